using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-3 Heating failed.
    /// <para>Hazard: the element is on but heat does not reach the sensor (probe out of the firebox, element or
    /// contactor failed, sensor reading the wrong place): the controller would heat blindly forever.</para>
    /// <para>Detection: while the element stays on, the temperature must rise by <c>safety.watch_increase_c</c>
    /// (2 °C) within <c>safety.watch_period_s</c> (180 s). Each time it does, the baseline moves up; when the
    /// element turns off the watch stops.</para>
    /// <para>Action: latched HeatingFailed, element off, cutoff open.</para>
    /// <para>Source: Marlin WATCH_TEMP_PERIOD / WATCH_TEMP_INCREASE (20 s / 2 °C); Klipper verify_heater
    /// check_gain_time / heating_gain (20–60 s / 2 °C). The period is longer here because a furnace's firebox
    /// has minutes, not seconds, of thermal lag.</para>
    /// </summary>
    public sealed class HeatingRateCheck
    {
        private readonly long _periodMs;
        private readonly int _increaseQuarterC;
        private bool _watching;
        private long _baselineMs;
        private int _baselineQuarterC;

        public HeatingRateCheck(long periodMs, int increaseQuarterC)
        {
            _periodMs = periodMs;
            _increaseQuarterC = increaseQuarterC;
        }

        /// <summary>Returns true when the element has been on for a full period without the required rise.</summary>
        /// <param name="elementOn">Whether the element was energized during the interval that ends now.</param>
        public bool Evaluate(ThermocoupleReading reading, bool elementOn, long nowMs)
        {
            if (!elementOn || !reading.IsValid)
            {
                // Off: nothing to watch. Invalid: the sensor rule owns that cycle; restart cleanly after.
                _watching = false;
                return false;
            }

            if (!_watching || reading.QuarterCelsius >= _baselineQuarterC + _increaseQuarterC)
            {
                _watching = true;
                _baselineMs = nowMs;
                _baselineQuarterC = reading.QuarterCelsius;
                return false;
            }

            return nowMs - _baselineMs >= _periodMs;
        }
    }
}
