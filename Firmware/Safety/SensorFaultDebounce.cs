using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-2 Sensor fault.
    /// <para>Hazard: heating on a reading that is not the furnace's temperature (open probe, dead chip, bus fault,
    /// a loose connector that fails now and then).</para>
    /// <para>Detection: frame validation in the driver; this rule counts bad frames. It trips on
    /// <c>safety.sensor_fault_count</c> (3) bad frames within any <c>safety.sensor_fault_window</c> (1200) consecutive
    /// frames — three in a row is the fast case of the same rule. Frames never read (NotReady) do not count either way.</para>
    /// <para>Action: the element is off from the first bad frame (an old value is never reused, see
    /// <see cref="IsSuspect"/>); on the trip a latched SensorFault with the cutoff open. Because each isolated bad frame
    /// cuts the element short of its minimum on time, the window also bounds how often noise can do that: at most
    /// count − 1 times per window.</para>
    /// <para>Source: Klipper thermocouple.c max_invalid_count = 3 (consecutive); Marlin THERMOCOUPLE_MAX_ERRORS. Both
    /// reset on one good frame, so a fault on every other frame never trips them: the window closes that gap.</para>
    /// </summary>
    public sealed class SensorFaultDebounce
    {
        private readonly int _limit;
        private readonly int _windowFrames;

        // Frame numbers of the last _limit bad frames, a ring: the oldest of them is at _next once it is full.
        private readonly int[] _badFrames;
        private int _stored;
        private int _next;
        private int _frame;
        private int _consecutive;

        public SensorFaultDebounce(int limit, int windowFrames)
        {
            _limit = limit;
            _windowFrames = windowFrames;
            _badFrames = new int[limit];
        }

        public int ConsecutiveBadFrames => _consecutive;

        /// <summary>Counts this frame; returns true once <c>count</c> bad frames fall within the window.</summary>
        public bool Evaluate(ThermocoupleReading reading)
        {
            if (!reading.IsFresh)
            {
                return false;
            }

            _frame++;
            if (reading.IsValid)
            {
                _consecutive = 0;
                return false;
            }

            _consecutive++;
            _badFrames[_next] = _frame;
            _next = (_next + 1) % _limit;
            if (_stored < _limit)
            {
                _stored++;
            }

            // Subtraction, not comparison, so the frame counter may wrap.
            return _stored == _limit && _frame - _badFrames[_next] < _windowFrames;
        }

        /// <summary>True for any bad frame: the element must be off this cycle.</summary>
        public static bool IsSuspect(ThermocoupleReading reading) => !reading.IsValid;
    }
}
