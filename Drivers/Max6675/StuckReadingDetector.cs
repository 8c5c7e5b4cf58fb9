namespace FurnaceFw.Drivers.Max6675
{
    /// <summary>
    /// Flags a reading that has not moved by a single LSB for too long while the element was on. A live
    /// thermocouple on a heated furnace always moves; a frozen value is a latched-up chip or a frame replayed
    /// from a stuck bus. Bad frames in between do not reset it (the driver does not pass them in): a fault now and
    /// then must not hide a frozen value.
    /// </summary>
    public sealed class StuckReadingDetector
    {
        private readonly long _stuckAfterMs;
        private int _lastValue = -1;
        private long _heatedUnchangedMs;
        private long _lastMs;
        private bool _haveLast;

        public StuckReadingDetector(long stuckAfterMs)
        {
            _stuckAfterMs = stuckAfterMs;
        }

        /// <summary>Returns true when <paramref name="quarterCelsius"/> counts as stuck.</summary>
        public bool IsStuck(int quarterCelsius, bool elementOn, long nowMs)
        {
            if (!_haveLast || quarterCelsius != _lastValue)
            {
                _lastValue = quarterCelsius;
                _heatedUnchangedMs = 0;
            }
            else if (elementOn)
            {
                _heatedUnchangedMs += nowMs - _lastMs;
            }

            _haveLast = true;
            _lastMs = nowMs;
            return _heatedUnchangedMs >= _stuckAfterMs;
        }
    }
}
