namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Banks the fire when demand stops, instead of letting it die.
    /// <para>Model: a banked fire is a bed of embers that goes out if the firebox cools below the point where
    /// charcoal keeps glowing. While banking, the element holds the sensor inside the ember-keep band
    /// (<c>banking.ember_low_c</c>..<c>banking.ember_high_c</c>), but may be on for at most
    /// <c>banking.duty_percent</c> of ANY <c>banking.duty_window_s</c> window, so a bank keeps embers and never
    /// becomes heating by another name. After <c>banking.max_minutes</c> the bank ends and the controller idles.</para>
    /// <para>Duty: every millisecond the element is actually on while banking counts, whoever holds it on (the thermostat
    /// before banking began, the minimum on time). Time is kept in 60 slots per window; the sum of the last 60 slots plus
    /// the current one covers any window ending now, so the limit holds for sliding windows, not only fixed ones. The
    /// element starts only when the budget can also absorb the minimum on time, and keeps <c>reserveMs</c> in hand for
    /// one late cycle.</para>
    /// <para>Analogs: Furnace-Controller-ESP32 BLOWTHROUGH bursts, the PS40 pellet controller's low-fire pilot.</para>
    /// </summary>
    public sealed class EmberBanking
    {
        private const int SlotsPerWindow = 60;
        private const int Slots = SlotsPerWindow + 1;

        private readonly Thermostat _band = new Thermostat();
        private readonly long _maxMs;
        private readonly long _slotMs;
        private readonly long _budgetMs;
        private readonly long _minOnMs;
        private readonly long _reserveMs;
        private readonly long[] _slotIndex = new long[Slots];
        private readonly long[] _slotOnMs = new long[Slots];
        private long _startMs;
        private long _lastMs;

        /// <param name="minOnMs">relay.min_on: once on, the element may be held on this long.</param>
        /// <param name="reserveMs">The longest a cycle can be late before the watchdog resets the board.</param>
        public EmberBanking(long maxMs, long windowMs, int dutyPercent, long minOnMs, long reserveMs)
        {
            _maxMs = maxMs;
            _slotMs = windowMs / SlotsPerWindow;
            _budgetMs = windowMs * dutyPercent / 100;
            _minOnMs = minOnMs;
            _reserveMs = reserveMs;
            for (int i = 0; i < Slots; i++)
            {
                _slotIndex[i] = -1;
            }
        }

        /// <summary>A banking session begins. The duty slots are kept: a window spanning several short sessions (a host
        /// toggling heat and off) counts the element time of all of them.</summary>
        public void Start(long nowMs)
        {
            _band.Reset();
            _startMs = nowMs;
            _lastMs = nowMs;
        }

        public bool IsExpired(long nowMs) => nowMs - _startMs >= _maxMs;

        public long RemainingMs(long nowMs)
        {
            long remaining = _maxMs - (nowMs - _startMs);
            return remaining > 0 ? remaining : 0;
        }

        /// <summary>Books what the element actually did during the interval that ends now. Call every banking cycle.</summary>
        public void Account(bool elementWasOn, long nowMs)
        {
            long t = _lastMs;
            _lastMs = nowMs;
            if (!elementWasOn)
            {
                return;
            }

            while (t < nowMs)
            {
                long slot = t / _slotMs;
                long slotEnd = (slot + 1) * _slotMs;
                long end = slotEnd < nowMs ? slotEnd : nowMs;
                int i = (int)(slot % Slots);
                if (_slotIndex[i] != slot)
                {
                    _slotIndex[i] = slot;
                    _slotOnMs[i] = 0;
                }

                _slotOnMs[i] += end - t;
                t = end;
            }
        }

        /// <summary>Element-on time booked in the slots that cover the window ending now.</summary>
        public long OnInWindowMs(long nowMs)
        {
            long current = nowMs / _slotMs;
            long sum = 0;
            for (int i = 0; i < Slots; i++)
            {
                long slot = _slotIndex[i];
                if (slot >= 0 && slot > current - Slots && slot <= current)
                {
                    sum += _slotOnMs[i];
                }
            }

            return sum;
        }

        /// <summary>Whether banking wants the element on for the next cycle.</summary>
        /// <param name="elementOn">Whether the element is on now (staying on needs less budget than starting).</param>
        public bool Decide(int temperatureQuarterC, int emberLowQuarterC, int emberHighQuarterC, bool elementOn, long nowMs)
        {
            if (!_band.Decide(temperatureQuarterC, emberLowQuarterC, emberHighQuarterC))
            {
                return false;
            }

            long needed = _reserveMs + (elementOn ? 0 : _minOnMs);
            return OnInWindowMs(nowMs) + needed <= _budgetMs;
        }
    }
}
