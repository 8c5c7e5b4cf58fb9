using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-1 Over-temperature.
    /// <para>Hazard: the furnace overheats (stuck element relay, runaway fire, wrong setpoint).</para>
    /// <para>Detection: a valid reading at or above <c>safety.high_limit_c</c> (default 450 °C).</para>
    /// <para>Action: element off and cutoff relay open in the same cycle; latched and persisted; cleared only
    /// by an explicit armed-and-confirmed reset below <c>safety.latch_reset_below_c</c>.</para>
    /// <para>Source: Marlin MAXTEMP + kill(); UL 353 / ASME CSD-1 manual-reset limit controls.</para>
    /// </summary>
    public sealed class OverTemperatureCheck
    {
        private readonly int _highLimitQuarterC;

        public OverTemperatureCheck(int highLimitQuarterC)
        {
            _highLimitQuarterC = highLimitQuarterC;
        }

        public bool IsTripped(ThermocoupleReading reading) => reading.IsValid && reading.QuarterCelsius >= _highLimitQuarterC;
    }
}
