using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-4 Thermal runaway (loss of control).
    /// <para>Hazard: after reaching its target the furnace falls far below it and stays there while heat is
    /// demanded: a failed element or contactor, a probe that slipped out, a door left open.</para>
    /// <para>Detection: once the temperature has first reached the target, a timer re-arms whenever it is at or
    /// above target − <c>safety.runaway_hysteresis_c</c> (20 °C); if it stays below that for
    /// <c>safety.runaway_period_s</c> (900 s) it trips. A new target restarts the first-heating phase.</para>
    /// <para>Action: latched ThermalRunaway, element off, cutoff open.</para>
    /// <para>Source: Marlin THERMAL_PROTECTION_PERIOD / HYSTERESIS (40 s / 4 °C) and its TRFirstHeating /
    /// TRStable / TRRunaway states, scaled to a furnace's minutes-long time constants.</para>
    /// </summary>
    public sealed class ThermalRunawayCheck
    {
        private readonly long _periodMs;
        private readonly int _hysteresisQuarterC;
        private bool _active;
        private bool _reachedTarget;
        private int _targetQuarterC;
        private long _lastInBandMs;

        public ThermalRunawayCheck(long periodMs, int hysteresisQuarterC)
        {
            _periodMs = periodMs;
            _hysteresisQuarterC = hysteresisQuarterC;
        }

        /// <summary>Stops watching (no heat demanded, or the target is not a control target).</summary>
        public void Stop() => _active = false;

        /// <returns>True when the temperature stayed too far below target for too long.</returns>
        public bool Evaluate(ThermocoupleReading reading, int targetQuarterC, long nowMs)
        {
            if (!_active || targetQuarterC != _targetQuarterC)
            {
                _active = true;
                _reachedTarget = false;
                _targetQuarterC = targetQuarterC;
                _lastInBandMs = nowMs;
            }

            if (!reading.IsValid)
            {
                return false;
            }

            if (!_reachedTarget)
            {
                _reachedTarget = reading.QuarterCelsius >= targetQuarterC;
                _lastInBandMs = nowMs;
                return false;
            }

            if (reading.QuarterCelsius >= targetQuarterC - _hysteresisQuarterC)
            {
                _lastInBandMs = nowMs;
                return false;
            }

            return nowMs - _lastInBandMs >= _periodMs;
        }
    }
}
