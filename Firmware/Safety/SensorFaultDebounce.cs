using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-2 Sensor fault.
    /// <para>Hazard: heating on a reading that is not the furnace's temperature (open probe, dead chip, bus fault).</para>
    /// <para>Detection: frame validation in the driver; this rule counts consecutive bad frames.</para>
    /// <para>Action: the element is off from the first bad frame (an old value is never reused, see
    /// <see cref="IsSuspect"/>); after <c>safety.sensor_fault_count</c> consecutive bad frames (default 3) a
    /// latched SensorFault with the cutoff open.</para>
    /// <para>Source: Klipper thermocouple.c max_invalid_count = 3; Marlin THERMOCOUPLE_MAX_ERRORS.</para>
    /// </summary>
    public sealed class SensorFaultDebounce
    {
        private readonly int _limit;
        private int _consecutive;

        public SensorFaultDebounce(int limit)
        {
            _limit = limit;
        }

        public int ConsecutiveBadFrames => _consecutive;

        /// <summary>Counts this frame; returns true once the consecutive limit is reached.</summary>
        public bool Evaluate(ThermocoupleReading reading)
        {
            if (!reading.IsFresh)
            {
                return false;
            }

            _consecutive = reading.IsValid ? 0 : _consecutive + 1;
            return _consecutive >= _limit;
        }

        /// <summary>True for any bad frame: the element must be off this cycle.</summary>
        public static bool IsSuspect(ThermocoupleReading reading) => !reading.IsValid;
    }
}
