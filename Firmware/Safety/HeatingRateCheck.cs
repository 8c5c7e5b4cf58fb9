using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-3 Heating failed.
    /// <para>Hazard: the element is on but heat does not reach the sensor (probe out of the firebox, element or
    /// contactor failed, a reading frozen by a latched-up chip): the controller would heat blindly forever.</para>
    /// <para>Detection: evidence is integrated, not restarted. Every millisecond the element is on accrues; the account
    /// is cleared only by evidence of heating — a valid reading <c>safety.watch_increase_c</c> (2 °C) above the lowest
    /// valid reading since the last evidence. When <c>safety.watch_period_s</c> (180 s) of element-on time accrues
    /// without evidence, the rule trips. A bad frame, an off period or a change of state (heating, banking) does not
    /// wipe the account, so interleaved faults cannot hold it off.</para>
    /// <para>Action: latched HeatingFailed, element off, cutoff open.</para>
    /// <para>Source: Marlin WATCH_TEMP_PERIOD / WATCH_TEMP_INCREASE (20 s / 2 °C); Klipper verify_heater, which
    /// integrates its error rather than restarting a timer. The period is longer here because a firebox has minutes,
    /// not seconds, of thermal lag.</para>
    /// </summary>
    public sealed class HeatingRateCheck
    {
        private readonly long _periodMs;
        private readonly int _increaseQuarterC;
        private long _onWithoutRiseMs;
        private bool _haveBaseline;
        private int _lowestQuarterC;
        private long _lastMs;
        private bool _started;

        public HeatingRateCheck(long periodMs, int increaseQuarterC)
        {
            _periodMs = periodMs;
            _increaseQuarterC = increaseQuarterC;
        }

        /// <summary>Element-on time accrued since the last evidence of heating.</summary>
        public long OnWithoutRiseMs => _onWithoutRiseMs;

        /// <summary>Returns true once the element has been on for a full period, in total, without the required rise.</summary>
        /// <param name="elementWasOn">Whether the element was energized during the interval that ends now.</param>
        public bool Evaluate(ThermocoupleReading reading, bool elementWasOn, long nowMs)
        {
            if (_started && elementWasOn)
            {
                _onWithoutRiseMs += nowMs - _lastMs;
            }

            _started = true;
            _lastMs = nowMs;
            if (reading.IsValid)
            {
                int t = reading.QuarterCelsius;
                if (!_haveBaseline || t < _lowestQuarterC)
                {
                    _haveBaseline = true;
                    _lowestQuarterC = t;
                }
                else if (t >= _lowestQuarterC + _increaseQuarterC)
                {
                    // Evidence: heat reached the probe. Measure the next rise from here.
                    _lowestQuarterC = t;
                    _onWithoutRiseMs = 0;
                }
            }

            return _onWithoutRiseMs >= _periodMs;
        }

        /// <summary>Starts afresh: after a confirmed latch reset, when a person has looked at the furnace.</summary>
        public void Reset()
        {
            _onWithoutRiseMs = 0;
            _haveBaseline = false;
        }
    }
}
