using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Decides whether a POST may write, in order: same origin (Sec-Fetch-Site, and an Origin that is http:// plus this
    /// request's own host and port, which the host policy has already matched to this board), the custom CSRF header (a
    /// cross-site page cannot add it without a CORS preflight, which this server never grants), a PIN attempt left for
    /// the client's address (<see cref="PinAttemptLimiter"/>), and the PIN compared in constant time.
    /// One instance shared by the workers; its attempt table is guarded by an Interlocked gate (a lock would take a
    /// lock record from the heap on nanoFramework).
    /// </summary>
    public sealed class WriteGuard
    {
        public const int Allowed = 0;

        private const int DefaultHttpPort = 80;

        private static readonly byte[] One = Ascii.Bytes("1");
        private static readonly byte[] SameOrigin = Ascii.Bytes("same-origin");
        private static readonly byte[] None = Ascii.Bytes("none");
        private static readonly byte[] HttpScheme = Ascii.Bytes("http://");

        private readonly byte[] _pin;
        private readonly IMonotonicClock _clock;
        private readonly HttpServerStats _stats;
        private readonly PinAttemptLimiter _limiter;
        private int _gate;

        public WriteGuard(HttpServerOptions options, IMonotonicClock clock, HttpServerStats stats)
        {
            _clock = clock;
            _stats = stats;
            _limiter = new PinAttemptLimiter(options, clock.NowMs);
            string pin = options.Pin;
            _pin = new byte[pin == null ? 0 : pin.Length];
            for (int i = 0; i < _pin.Length; i++)
            {
                _pin[i] = (byte)pin[i];
            }
        }

        public bool WritesEnabled => _pin.Length > 0;

        /// <summary>Addresses with recent failed PIN attempts (see <see cref="PinAttemptLimiter"/>).</summary>
        public int TrackedAddresses
        {
            get
            {
                EnterGate();
                try
                {
                    return _limiter.TrackedAddresses(_clock.NowMs);
                }
                finally
                {
                    Interlocked.Exchange(ref _gate, 0);
                }
            }
        }

        /// <summary>Returns <see cref="Allowed"/>, 403 (cross-site, no CSRF header, writes disabled), 429 (no attempt
        /// left for this address) or 401 (PIN missing or wrong).</summary>
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

            int address = request.Connection == null ? 0 : request.Connection.RemoteAddress;
            bool matched;
            EnterGate();
            try
            {
                long now = _clock.NowMs;
                int bucket = _limiter.Acquire(address, now);
                if (bucket == PinAttemptLimiter.Limited)
                {
                    // Refused before comparing: a limited client learns nothing about the PIN.
                    Interlocked.Increment(ref _stats._rateLimited);
                    return 429;
                }

                matched = PinMatches(request.Buffer, request.PinStart, request.PinLength);
                if (matched)
                {
                    _limiter.Succeeded(bucket, address);
                }
                else
                {
                    _limiter.Failed(bucket, address, now);
                }
            }
            finally
            {
                Interlocked.Exchange(ref _gate, 0);
            }

            if (matched)
            {
                return Allowed;
            }

            Interlocked.Increment(ref _stats._authFailures);
            return 401;
        }

        /// <summary>The critical section is a few array operations; a waiting worker yields until it is free.</summary>
        private void EnterGate()
        {
            while (Interlocked.CompareExchange(ref _gate, 1, 0) != 0)
            {
                Thread.Sleep(1);
            }
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

            // Origin must be http:// + this request's host and port (80 when absent): a page this board served, under a
            // name the host policy accepted. "null", https, a path, another host or another port are all refused.
            int schemeLength = HttpScheme.Length;
            if (request.HostStart < 0 || request.OriginLength <= schemeLength
                || !Ascii.Equals(buffer, request.OriginStart, schemeLength, HttpScheme, true))
            {
                return false;
            }

            int hostLength;
            int port;
            int ipv4;
            int kind = Authority.Parse(buffer, request.OriginStart + schemeLength, request.OriginLength - schemeLength, request.OriginIpv6,
                out hostLength, out port, out ipv4);
            return kind != Authority.Invalid
                && hostLength == request.HostNameLength
                && Ascii.EqualsIgnoreCase(buffer, request.OriginStart + schemeLength, buffer, request.HostStart, hostLength)
                && Normalize(port) == Normalize(request.HostPort);
        }

        private static int Normalize(int port) => port == Authority.NoPort ? DefaultHttpPort : port;

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
    }
}
