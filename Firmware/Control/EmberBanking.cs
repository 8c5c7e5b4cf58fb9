namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Banks the fire when demand stops, instead of letting it die.
    /// <para>Model: a banked fire is a bed of embers that goes out if the firebox cools below the point where
    /// charcoal keeps glowing. While banking, the element holds the sensor inside the ember-keep band
    /// (<c>banking.ember_low_c</c>..<c>banking.ember_high_c</c>), but may be on for at most
    /// <c>banking.duty_percent</c> of each <c>banking.duty_window_s</c> window, so a bank keeps embers and never
    /// becomes heating by another name. After <c>banking.max_minutes</c> the bank ends and the controller idles.</para>
    /// <para>Analogs: Furnace-Controller-ESP32 BLOWTHROUGH bursts, the PS40 pellet controller's low-fire pilot.</para>
    /// </summary>
    public sealed class EmberBanking
    {
        private readonly Thermostat _band = new Thermostat();
        private readonly long _maxMs;
        private readonly long _windowMs;
        private readonly long _onBudgetMs;
        private long _startMs;
        private long _windowStartMs;
        private long _onInWindowMs;
        private long _lastMs;
        private bool _lastOn;

        public EmberBanking(long maxMs, long windowMs, int dutyPercent)
        {
            _maxMs = maxMs;
            _windowMs = windowMs;
            _onBudgetMs = windowMs * dutyPercent / 100;
        }

        public void Start(long nowMs)
        {
            _band.Reset();
            _startMs = nowMs;
            _windowStartMs = nowMs;
            _onInWindowMs = 0;
            _lastMs = nowMs;
            _lastOn = false;
        }

        public bool IsExpired(long nowMs) => nowMs - _startMs >= _maxMs;

        public long RemainingMs(long nowMs)
        {
            long remaining = _maxMs - (nowMs - _startMs);
            return remaining > 0 ? remaining : 0;
        }

        /// <summary>Whether banking wants the element on now.</summary>
        /// <param name="elementWasOn">What the element actually did since the last call, for the duty account.</param>
        public bool Decide(int temperatureQuarterC, int emberLowQuarterC, int emberHighQuarterC, bool elementWasOn, long nowMs)
        {
            if (_lastOn && elementWasOn)
            {
                _onInWindowMs += nowMs - _lastMs;
            }

            if (nowMs - _windowStartMs >= _windowMs)
            {
                _windowStartMs = nowMs;
                _onInWindowMs = 0;
            }

            bool wants = _band.Decide(temperatureQuarterC, emberLowQuarterC, emberHighQuarterC) && _onInWindowMs < _onBudgetMs;
            _lastMs = nowMs;
            _lastOn = wants;
            return wants;
        }
    }
}
