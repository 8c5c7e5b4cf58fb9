using System;
using System.Device.Spi;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Drivers.Max6675
{
    /// <summary>
    /// MAX6675 cold-junction-compensated K-thermocouple converter (Maxim datasheet 19-2235) on SPI.
    /// <para>Read-only: CS low stops a conversion and presents the last result; CS high starts the next one,
    /// which takes up to 220 ms. Reading sooner returns the same old value, so this driver refuses to read
    /// faster than <see cref="ConversionTimeMs"/> and reports <see cref="SensorStatus.NotReady"/>.</para>
    /// </summary>
    public sealed class Max6675 : IThermocouple
    {
        /// <summary>Mode 0 (CPOL 0, CPHA 0): data valid on the falling edge, as ESPHome, Klipper and Marlin use.</summary>
        public const SpiMode SpiModeRequired = SpiMode.Mode0;

        /// <summary>The chip allows 4.3 MHz; 1 MHz leaves margin for long leads near relays.</summary>
        public const int SpiClockHz = 1000000;

        /// <summary>Worst-case conversion time (datasheet: 0.17 s typical, 0.22 s max).</summary>
        public const int ConversionTimeMs = 220;

#if NANOFRAMEWORK_1_0
        /// <summary>The 16-bit frame is read as one 16-bit word (see the read buffer below).</summary>
        public const int FrameWordBits = 16;
#else
        /// <summary>The 16-bit frame is read as two bytes, most significant first.</summary>
        public const int FrameWordBits = 8;
#endif

        private readonly SpiDevice _spi;
        private readonly StuckReadingDetector _stuck;
        private readonly StepPlausibilityCheck _step;
#if NANOFRAMEWORK_1_0
        // One 16-bit word into a ushort[]: nanoFramework's Read(ushort[]) hands the array to native code as is, where
        // Read(byte[]) would first convert it to a SpanByte, a struct the interpreter copies to the heap every cycle.
        private readonly ushort[] _word = new ushort[1];
#else
        private readonly byte[] _frame = new byte[2];
#endif
        private long _lastReadMs;
        private bool _hasRead;

        /// <param name="stuckAfterMs">safety.stuck_sensor_s: an unmoving value with the element on is stuck after this.</param>
        /// <param name="maxStepQuarterC">safety.max_step_c: a bigger jump between two frames in a row is implausible.</param>
        public Max6675(SpiDevice spi, long stuckAfterMs, int maxStepQuarterC)
        {
            _spi = spi;
            _stuck = new StuckReadingDetector(stuckAfterMs);
            _step = new StepPlausibilityCheck(maxStepQuarterC);
        }

        /// <summary>The one place the chip's SPI settings are made.</summary>
        public static SpiConnectionSettings CreateSettings(int busId, int chipSelectPin)
        {
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.Mode = SpiModeRequired;
            settings.ClockFrequency = SpiClockHz;
            settings.DataBitLength = FrameWordBits;
            return settings;
        }

        /// <summary>The last raw frame read (for diagnostics).</summary>
        public int LastRawFrame { get; private set; }

        public void Read(long nowMs, bool elementOn, ThermocoupleReading reading)
        {
            if (_hasRead && nowMs - _lastReadMs < ConversionTimeMs)
            {
                reading.SetFault(SensorStatus.NotReady);
                return;
            }

            _hasRead = true;
            _lastReadMs = nowMs;
            int raw;
            try
            {
                raw = ReadRawFrame();
            }
            catch (Exception)
            {
                _step.Break();
                reading.SetFault(SensorStatus.BusError);
                return;
            }

            LastRawFrame = raw;
            int quarterCelsius;
            SensorStatus status = Max6675Frame.Decode(raw, out quarterCelsius);
            if (status != SensorStatus.Ok)
            {
                // The stuck detector keeps its history: a bad frame now and then must not hide a frozen value.
                _step.Break();
                reading.SetFault(status);
                return;
            }

            if (_step.IsImplausible(quarterCelsius))
            {
                reading.SetFault(SensorStatus.Implausible);
                return;
            }

            if (_stuck.IsStuck(quarterCelsius, elementOn, nowMs))
            {
                reading.SetFault(SensorStatus.Stuck);
                return;
            }

            reading.SetValid(quarterCelsius);
        }

        private int ReadRawFrame()
        {
#if NANOFRAMEWORK_1_0
            _spi.Read(_word);
            return _word[0];
#else
            _spi.Read(_frame);
            return (_frame[0] << 8) | _frame[1];
#endif
        }
    }
}
