namespace FurnaceFw.Web
{
    /// <summary>
    /// Failed PIN attempts per client address: a token bucket per address in a fixed table of
    /// <see cref="HttpServerOptions.PinClientSlots"/> slots (burst <see cref="HttpServerOptions.PinAttemptBurst"/>, one
    /// attempt back every <see cref="HttpServerOptions.PinAttemptRefillMs"/>), plus one overflow bucket that every
    /// address without a slot shares. Nothing is allocated after construction.
    /// </summary>
    /// <remarks>
    /// Only failures take a slot, and a slot whose bucket has refilled is free again, so the table holds just the
    /// addresses that failed recently. A guesser drains its own bucket and no one else's: the owner at another address
    /// (tracked or not) keeps their attempts unless every slot is held by a recently failing address and the overflow
    /// bucket is empty, which takes at least <c>PinClientSlots + 1</c> guessing addresses. Slots are never taken
    /// from a drained address (that would hand a guesser a fresh bucket), so the total guessing rate is bounded by
    /// <c>PinClientSlots + 1</c> buckets whatever the number of addresses. A successful PIN frees its address's slot.
    /// Not thread-safe: <see cref="WriteGuard"/> serializes the calls.
    /// </remarks>
    internal sealed class PinAttemptLimiter
    {
        /// <summary>From <see cref="Acquire"/>: this attempt is refused without comparing the PIN (429).</summary>
        public const int Limited = -1;

        private readonly int[] _address;
        private readonly int[] _tokens;
        private readonly long[] _refilledMs;
        private readonly int _slots;
        private readonly int _burst;
        private readonly int _refillMs;

        public PinAttemptLimiter(HttpServerOptions options, long nowMs)
        {
            _slots = options.PinClientSlots < 1 ? 1 : options.PinClientSlots;
            _burst = options.PinAttemptBurst < 1 ? 1 : options.PinAttemptBurst;
            _refillMs = options.PinAttemptRefillMs < 1 ? 1 : options.PinAttemptRefillMs;

            // Index _slots is the overflow bucket.
            _address = new int[_slots + 1];
            _tokens = new int[_slots + 1];
            _refilledMs = new long[_slots + 1];
            for (int i = 0; i <= _slots; i++)
            {
                _tokens[i] = _burst;
                _refilledMs[i] = nowMs;
            }
        }

        /// <summary>Addresses holding a slot right now (tracked failures); for tests and diagnostics.</summary>
        public int TrackedAddresses(long nowMs)
        {
            int tracked = 0;
            for (int i = 0; i < _slots; i++)
            {
                Refill(i, nowMs);
                if (_tokens[i] < _burst)
                {
                    tracked++;
                }
            }

            return tracked;
        }

        /// <summary>Before comparing a PIN from <paramref name="address"/>: the bucket a failure will be charged to, or
        /// <see cref="Limited"/> when that bucket is empty.</summary>
        public int Acquire(int address, long nowMs)
        {
            int free = -1;
            for (int i = 0; i < _slots; i++)
            {
                Refill(i, nowMs);
                if (_tokens[i] == _burst)
                {
                    free = free < 0 ? i : free;
                }
                else if (_address[i] == address)
                {
                    return _tokens[i] > 0 ? i : Limited;
                }
            }

            if (free >= 0)
            {
                return free;
            }

            Refill(_slots, nowMs);
            return _tokens[_slots] > 0 ? _slots : Limited;
        }

        /// <summary>The PIN was wrong: charge the bucket <see cref="Acquire"/> returned (taking a free slot for the address).</summary>
        public void Failed(int bucket, int address, long nowMs)
        {
            if (bucket < _slots && _tokens[bucket] == _burst)
            {
                _address[bucket] = address;
                _refilledMs[bucket] = nowMs;
            }

            _tokens[bucket]--;
        }

        /// <summary>The PIN was right: the address's slot, if it had one, is free again.</summary>
        public void Succeeded(int bucket, int address)
        {
            if (bucket < _slots && _address[bucket] == address)
            {
                _tokens[bucket] = _burst;
            }
        }

        private void Refill(int i, long nowMs)
        {
            if (_tokens[i] >= _burst)
            {
                return;
            }

            long periods = (nowMs - _refilledMs[i]) / _refillMs;
            if (periods <= 0)
            {
                return;
            }

            long tokens = _tokens[i] + periods;
            _tokens[i] = tokens >= _burst ? _burst : (int)tokens;
            _refilledMs[i] += periods * _refillMs;
        }
    }
}
