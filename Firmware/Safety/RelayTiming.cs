namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-5 Minimum on and off times protect the element relay from chatter, and never delay a trip.
    /// <para>The thermostat's wish is held for <c>relay.min_on_s</c> / <c>relay.min_off_s</c>; a safety
    /// "off" (<c>permitted</c> false) switches off at once whatever the timer says. Boot counts as a switch-off.</para>
    /// <para>The element turns on only once the cutoff relay has been closed for a cycle (<c>cutoffReady</c>): the
    /// cutoff never switches current (see <see cref="Control.ControlCycle"/>). While it waits,
    /// <see cref="WaitingForCutoff"/> asks for the cutoff to close.</para>
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

        /// <summary>True when the element may and wants to turn on but the cutoff was not closed last cycle.</summary>
        public bool WaitingForCutoff { get; private set; }

        /// <summary>Returns whether the element is energized this cycle.</summary>
        public bool Decide(bool wanted, bool permitted, bool cutoffReady, long nowMs)
        {
            WaitingForCutoff = false;
            if (!permitted)
            {
                SetState(false, nowMs);
                return false;
            }

            if (wanted != _on && nowMs - _changedMs >= (_on ? _minOnMs : _minOffMs))
            {
                if (wanted && !cutoffReady)
                {
                    WaitingForCutoff = true;
                    return false;
                }

                SetState(wanted, nowMs);
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
