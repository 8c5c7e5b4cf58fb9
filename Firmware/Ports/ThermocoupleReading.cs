using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Ports
{
    /// <summary>One thermocouple read: a temperature or a fault, never both, never an exception.</summary>
    public struct ThermocoupleReading
    {
        /// <summary>Temperature in quarter °C (the MAX6675's own LSB); 0 unless <see cref="Status"/> is Ok.</summary>
        public readonly int QuarterCelsius;

        public readonly SensorStatus Status;

        private ThermocoupleReading(int quarterCelsius, SensorStatus status)
        {
            QuarterCelsius = quarterCelsius;
            Status = status;
        }

        public bool IsValid => Status == SensorStatus.Ok;

        /// <summary>True when a frame was actually clocked in this time (valid or not).</summary>
        public bool IsFresh => Status != SensorStatus.NotReady;

        public static ThermocoupleReading Valid(int quarterCelsius) => new ThermocoupleReading(quarterCelsius, SensorStatus.Ok);

        public static ThermocoupleReading Fault(SensorStatus status) => new ThermocoupleReading(0, status);
    }
}
