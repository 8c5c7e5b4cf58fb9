using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Decides whether a POST may write: same-origin only (Origin, Sec-Fetch-Site), the custom CSRF header present
    /// (a cross-site page cannot add it without a CORS preflight, which this server never grants), and the device PIN
    /// compared in constant time. Failed PIN attempts drain a small global token bucket; when it is empty every PIN
    /// check is refused with 429 until it refills, so guessing is limited to one try per refill period.
    /// </summary>
    /// <remarks>The bucket is global, not per client: memory stays bounded, at the cost that a guesser also locks out the
    /// owner for a while. A PIN of 6+ digits keeps guessing hopeless at that rate (see docs/http-api.md).</remarks>
    public sealed class WriteGuard
    {
        public const int Allowed = 0;

        private static readonly byte[] One = Ascii.Bytes("1");
        private static readonly byte[] SameOrigin = Ascii.Bytes("same-origin");
        private static readonly byte[] None = Ascii.Bytes("none");
        private static readonly byte[] HttpScheme = Ascii.Bytes("http://");

        private readonly byte[] _pin;
        private readonly IMonotonicClock _clock;
        private readonly HttpServerStats _stats;
        private readonly int _burst;
        private readonly int _refillMs;
        private readonly object _bucketLock = new object();
        private int _tokens;
        private long _lastRefillMs;

        public WriteGuard(HttpServerOptions options, IMonotonicClock clock, HttpServerStats stats)
        {
            _clock = clock;
            _stats = stats;
            _burst = options.PinAttemptBurst < 1 ? 1 : options.PinAttemptBurst;
            _refillMs = options.PinAttemptRefillMs < 1 ? 1 : options.PinAttemptRefillMs;
            _tokens = _burst;
            _lastRefillMs = clock.NowMs;
            string pin = options.Pin;
            _pin = new byte[pin == null ? 0 : pin.Length];
            for (int i = 0; i < _pin.Length; i++)
            {
                _pin[i] = (byte)pin[i];
            }
        }

        public bool WritesEnabled => _pin.Length > 0;

        /// <summary>Returns <see cref="Allowed"/>, 403 (cross-site, no CSRF header, writes disabled), 429 (rate limited) or 401 (PIN missing or wrong).</summary>
        public int Check(HttpRequest request)
        {
            if (!IsSameOrigin(request) || !Ascii.Equals(request.Buffer, request.CsrfStart, request.CsrfLength, One, false) || !WritesEnabled)
            {
                Interlocked.Increment(ref _stats._forbidden);
                return 403;
            }

            if (request.PinStart < 0)
            {
                Interlocked.Increment(ref _stats._authFailures);
                return 401;
            }

            lock (_bucketLock)
            {
                Refill();
                if (_tokens == 0)
                {
                    Interlocked.Increment(ref _stats._rateLimited);
                    return 429;
                }

                if (PinMatches(request.Buffer, request.PinStart, request.PinLength))
                {
                    return Allowed;
                }

                _tokens--;
            }

            Interlocked.Increment(ref _stats._authFailures);
            return 401;
        }

        private static bool IsSameOrigin(HttpRequest request)
        {
            byte[] buffer = request.Buffer;
            if (request.FetchSiteStart >= 0
                && !Ascii.Equals(buffer, request.FetchSiteStart, request.FetchSiteLength, SameOrigin, true)
                && !Ascii.Equals(buffer, request.FetchSiteStart, request.FetchSiteLength, None, true))
            {
                return false;
            }

            if (request.OriginStart < 0)
            {
                return true;
            }

            // Origin must be exactly "http://" + Host: a page served by this device, nothing else ("null" included).
            return request.HostStart >= 0
                && request.OriginLength == HttpScheme.Length + request.HostLength
                && Ascii.Equals(buffer, request.OriginStart, HttpScheme.Length, HttpScheme, true)
                && Ascii.EqualsIgnoreCase(buffer, request.OriginStart + HttpScheme.Length, buffer, request.HostStart, request.HostLength);
        }

        /// <summary>Time depends only on the stored PIN's length, never on where a guess first differs.</summary>
        private bool PinMatches(byte[] buffer, int start, int length)
        {
            int difference = length ^ _pin.Length;
            for (int i = 0; i < _pin.Length; i++)
            {
                byte given = i < length ? buffer[start + i] : (byte)0;
                difference |= given ^ _pin[i];
            }

            return difference == 0;
        }

        private void Refill()
        {
            long now = _clock.NowMs;
            long periods = (now - _lastRefillMs) / _refillMs;
            if (periods <= 0)
            {
                return;
            }

            _lastRefillMs += periods * _refillMs;
            long tokens = _tokens + periods;
            _tokens = tokens > _burst ? _burst : (int)tokens;
        }
    }
}
