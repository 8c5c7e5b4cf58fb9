using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// The reset button at the furnace, judged once per control cycle: debounced, and counted only as a deliberate long
    /// press, so a bump, contact bounce or electrical noise never resets anything.
    /// <list type="bullet">
    /// <item>Debounce: a change of level counts only when two samples in a row agree (one control period).</item>
    /// <item>Long press: held continuously for <c>button.long_press_s</c> (3 s) and then released — the release is the
    /// request, so a button that is still held cannot fire. Once held long enough the state is LongPressReady (the LED
    /// goes steady: release now).</item>
    /// <item>Stuck: held at boot, or for <c>button.stuck_s</c> (60 s): Stuck, a fault that resets nothing; the eventual
    /// release does not count either.</item>
    /// </list>
    /// </summary>
    public sealed class ResetButtonMonitor
    {
        private readonly long _longPressMs;
        private readonly long _stuckMs;
        private bool _lastRaw;
        private bool _pressed;
        private bool _stuck;
        private bool _started;
        private long _pressedSinceMs;

        public ResetButtonMonitor(long longPressMs, long stuckMs)
        {
            _longPressMs = longPressMs;
            _stuckMs = stuckMs;
        }

        public ButtonState State { get; private set; }

        /// <summary>Takes one sample; returns true once, at the release that ends a valid long press.</summary>
        public bool Sample(bool rawPressed, long nowMs)
        {
            if (!_started)
            {
                // Held at boot: nobody pressed it on purpose after the furnace started; treat it as stuck until released.
                _started = true;
                _lastRaw = rawPressed;
                _pressed = rawPressed;
                _stuck = rawPressed;
                _pressedSinceMs = nowMs;
                State = rawPressed ? ButtonState.Stuck : ButtonState.Released;
                return false;
            }

            bool stable = rawPressed == _lastRaw;
            _lastRaw = rawPressed;
            bool longPress = false;
            if (stable && rawPressed != _pressed)
            {
                _pressed = rawPressed;
                if (_pressed)
                {
                    _pressedSinceMs = nowMs;
                }
                else
                {
                    long heldMs = nowMs - _pressedSinceMs;
                    longPress = !_stuck && heldMs >= _longPressMs && heldMs < _stuckMs;
                    _stuck = false;
                }
            }

            if (_pressed && !_stuck && nowMs - _pressedSinceMs >= _stuckMs)
            {
                _stuck = true;
            }

            State = !_pressed ? ButtonState.Released
                : _stuck ? ButtonState.Stuck
                : nowMs - _pressedSinceMs >= _longPressMs ? ButtonState.LongPressReady
                : ButtonState.Pressed;
            return longPress;
        }
    }
}
