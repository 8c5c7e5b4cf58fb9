using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// One thermocouple read: a temperature or a fault, never both, never an exception.
    /// </summary>
    /// <remarks>
    /// A class filled in place, not a struct: on nanoFramework's interpreter every struct value is a heap block and
    /// every copy of it (argument, return, local) allocates. The control cycle owns one instance for its whole life
    /// and the sensor fills it each cycle, so a read allocates nothing on the device.
    /// </remarks>
    public sealed class ThermocoupleReading
    {
        /// <summary>Temperature in quarter °C (the MAX6675's own LSB); 0 unless <see cref="Status"/> is Ok.</summary>
        public int QuarterCelsius { get; private set; }

        public SensorStatus Status { get; private set; } = SensorStatus.NotReady;

        public bool IsValid => Status == SensorStatus.Ok;

        /// <summary>True when a frame was actually clocked in this time (valid or not).</summary>
        public bool IsFresh => Status != SensorStatus.NotReady;

        public void SetValid(int quarterCelsius)
        {
            QuarterCelsius = quarterCelsius;
            Status = SensorStatus.Ok;
        }

        public void SetFault(SensorStatus status)
        {
            QuarterCelsius = 0;
            Status = status;
        }

        public void CopyFrom(ThermocoupleReading other)
        {
            QuarterCelsius = other.QuarterCelsius;
            Status = other.Status;
        }

        /// <summary>A new valid reading. Allocates: for tests and start-up, never on the control cycle.</summary>
        public static ThermocoupleReading Valid(int quarterCelsius)
        {
            ThermocoupleReading reading = new ThermocoupleReading();
            reading.SetValid(quarterCelsius);
            return reading;
        }

        /// <summary>A new fault reading. Allocates: for tests and start-up, never on the control cycle.</summary>
        public static ThermocoupleReading Fault(SensorStatus status)
        {
            ThermocoupleReading reading = new ThermocoupleReading();
            reading.SetFault(status);
            return reading;
        }
    }
}
