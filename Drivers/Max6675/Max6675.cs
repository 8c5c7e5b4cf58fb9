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

        private readonly SpiDevice _spi;
        private readonly StuckReadingDetector _stuck;
        private readonly byte[] _frame = new byte[2];
        private long _lastReadMs;
        private bool _hasRead;

        public Max6675(SpiDevice spi, long stuckAfterMs)
        {
            _spi = spi;
            _stuck = new StuckReadingDetector(stuckAfterMs);
        }

        /// <summary>The one place the chip's SPI settings are made.</summary>
        public static SpiConnectionSettings CreateSettings(int busId, int chipSelectPin)
        {
            SpiConnectionSettings settings = new SpiConnectionSettings(busId, chipSelectPin);
            settings.Mode = SpiModeRequired;
            settings.ClockFrequency = SpiClockHz;
            settings.DataBitLength = 8;
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
            try
            {
                _spi.Read(_frame);
            }
            catch (Exception)
            {
                reading.SetFault(SensorStatus.BusError);
                return;
            }

            int raw = (_frame[0] << 8) | _frame[1];
            LastRawFrame = raw;
            int quarterCelsius;
            SensorStatus status = Max6675Frame.Decode(raw, out quarterCelsius);
            if (status != SensorStatus.Ok)
            {
                // The stuck detector keeps its history: a bad frame now and then must not hide a frozen value.
                reading.SetFault(status);
                return;
            }

            if (_stuck.IsStuck(quarterCelsius, elementOn, nowMs))
            {
                reading.SetFault(SensorStatus.Stuck);
                return;
            }

            reading.SetValid(quarterCelsius);
        }
    }
}
