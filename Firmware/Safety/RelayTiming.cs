namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-5 Minimum on and off times protect the element relay from chatter, and never delay a trip.
    /// <para>The thermostat's wish is held for <c>relay.min_on_s</c> / <c>relay.min_off_s</c>; a safety
    /// "off" (<paramref name="permitted"/> false) switches off at once whatever the timer says.</para>
    /// <para>Source: Marlin MIN_STATE_TIME (SLOW_PWM_HEATERS); ESPHome thermostat min_heating_run_time, whose
    /// delay of a safety-off is the behaviour this class exists to avoid.</para>
    /// </summary>
    public sealed class RelayTiming
    {
        private readonly long _minOnMs;
        private readonly long _minOffMs;
        private bool _on;
        private long _changedMs;

        /// <param name="bootMs">Boot counts as a switch-off, so a reset loop cannot chatter the relay.</param>
        public RelayTiming(long minOnMs, long minOffMs, long bootMs)
        {
            _minOnMs = minOnMs;
            _minOffMs = minOffMs;
            _changedMs = bootMs;
        }

        public bool IsOn => _on;

        /// <summary>Returns whether the element is energized this cycle.</summary>
        public bool Decide(bool wanted, bool permitted, long nowMs)
        {
            if (!permitted)
            {
                SetState(false, nowMs);
                return false;
            }

            if (wanted != _on)
            {
                long held = nowMs - _changedMs;
                long minimum = _on ? _minOnMs : _minOffMs;
                if (held >= minimum)
                {
                    SetState(wanted, nowMs);
                }
            }

            return _on;
        }

        private void SetState(bool on, long nowMs)
        {
            if (on != _on)
            {
                _on = on;
                _changedMs = nowMs;
            }
        }
    }
}
