using System.Threading;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Diagnostics
{
    /// <summary>
    /// The last hours of the furnace, one sample per minute, in a fixed ring: mean temperature (quarter °C), setpoint,
    /// state at the end of the minute and element duty. Written by the control thread once per cycle with no
    /// allocation; read by any thread through a sequence lock, so a reader never makes the control thread wait.
    /// </summary>
    /// <remarks>Memory: <see cref="BytesPerSample"/> bytes per sample, 2,160 bytes for the default 6 hours.</remarks>
    public sealed class TemperatureHistory
    {
        public const int SampleIntervalMs = 60000;

        /// <summary>Six hours of minutes.</summary>
        public const int DefaultCapacity = 360;

        /// <summary>Two shorts and two bytes per sample.</summary>
        public const int BytesPerSample = 6;

        /// <summary>Stored for a minute with no valid reading (sensor fault or the board just booted).</summary>
        public const short NoTemperature = short.MinValue;

        private const int MaxReadAttempts = 16;

        private readonly short[] _temperature;
        private readonly short[] _setpoint;
        private readonly byte[] _state;
        private readonly byte[] _duty;
        private int _next;
        private int _count;
        private long _newestEndMs;
        private int _sequence;

        // The minute being accumulated (not yet visible to readers).
        private long _minute = -1;
        private int _sumQuarterC;
        private int _validCount;
        private int _cycles;
        private int _onCycles;
        private int _setpointQuarterC;
        private FurnaceState _lastState;

        public TemperatureHistory(int capacity)
        {
            _temperature = new short[capacity];
            _setpoint = new short[capacity];
            _state = new byte[capacity];
            _duty = new byte[capacity];
        }

        public int Capacity => _temperature.Length;

        /// <summary>Control thread only: adds one cycle to the current minute and commits the minute when it ends.</summary>
        public void Record(long nowMs, bool valid, int quarterC, int setpointQuarterC, FurnaceState state, bool elementOn)
        {
            long minute = nowMs / SampleIntervalMs;
            if (_minute < 0)
            {
                _minute = minute;
            }

            if (minute != _minute)
            {
                Commit(_minute);
                // A gap (the loop stalled for minutes) is shown as minutes without data, never bridged.
                int gaps = 0;
                for (long m = _minute + 1; m < minute && gaps < Capacity; m++, gaps++)
                {
                    _cycles = 0;
                    _validCount = 0;
                    Commit(m);
                }

                _minute = minute;
                _sumQuarterC = 0;
                _validCount = 0;
                _cycles = 0;
                _onCycles = 0;
            }

            _cycles++;
            if (valid)
            {
                _sumQuarterC += quarterC;
                _validCount++;
            }

            if (elementOn)
            {
                _onCycles++;
            }

            _setpointQuarterC = setpointQuarterC;
            _lastState = state;
        }

        /// <summary>
        /// Copies the samples, oldest first, into the caller's arrays (each at least <see cref="Capacity"/> long).
        /// Returns the count, or -1 if every attempt overlapped a write. <paramref name="newestEndMs"/> is the end
        /// of the newest sample's minute on the firmware clock.
        /// </summary>
        public int CopyTo(short[] temperature, short[] setpoint, byte[] state, byte[] duty, out long newestEndMs)
        {
            for (int attempt = 0; attempt < MaxReadAttempts; attempt++)
            {
                int before = ReadSequence();
                if ((before & 1) != 0)
                {
                    Thread.Sleep(0);
                    continue;
                }

                int count = _count;
                int start = _next - count;
                if (start < 0)
                {
                    start += Capacity;
                }

                for (int i = 0; i < count; i++)
                {
                    int index = (start + i) % Capacity;
                    temperature[i] = _temperature[index];
                    setpoint[i] = _setpoint[index];
                    state[i] = _state[index];
                    duty[i] = _duty[index];
                }

                newestEndMs = _newestEndMs;
                if (ReadSequence() == before)
                {
                    return count;
                }
            }

            newestEndMs = 0;
            return -1;
        }

        private void Commit(long minute)
        {
            Interlocked.Increment(ref _sequence);
            _temperature[_next] = _validCount == 0 ? NoTemperature : (short)(_sumQuarterC / _validCount);
            _setpoint[_next] = (short)_setpointQuarterC;
            _state[_next] = (byte)_lastState;
            _duty[_next] = (byte)(_cycles == 0 ? 0 : _onCycles * 100 / _cycles);
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
            {
                _count++;
            }

            _newestEndMs = (minute + 1) * SampleIntervalMs;
            Interlocked.Increment(ref _sequence);
        }

        private int ReadSequence() => Interlocked.CompareExchange(ref _sequence, 0, 0);
    }
}
