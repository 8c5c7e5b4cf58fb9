using System.Threading;

namespace FurnaceFw.Web
{
    /// <summary>Server counters, incremented with Interlocked by any server thread and shown in /api/status.</summary>
    public sealed class HttpServerStats
    {
        internal int _accepted;
        internal int _served;
        internal int _busyRejected;
        internal int _badRequests;
        internal int _timeouts;
        internal int _resets;
        internal int _acceptFailures;
        internal int _listenFailures;
        internal int _listenerRestarts;
        internal int _authFailures;
        internal int _rateLimited;
        internal int _forbidden;
        internal int _linkDownStops;
        internal int _slotViolations;
        internal int _acceptLoopErrors;
        internal int _misdirected;

        public int Accepted => Read(ref _accepted);

        /// <summary>Requests answered 421 because their Host does not name this board (DNS rebinding defence).</summary>
        public int Misdirected => Read(ref _misdirected);

        /// <summary>Requests that got a response from a worker (any status).</summary>
        public int Served => Read(ref _served);

        /// <summary>Connections answered 503 by the accept loop because every worker was busy.</summary>
        public int BusyRejected => Read(ref _busyRejected);

        /// <summary>Requests answered with a 4xx/5xx by the parser (malformed, too large, unsupported).</summary>
        public int BadRequests => Read(ref _badRequests);

        /// <summary>Connections closed because the request deadline passed.</summary>
        public int Timeouts => Read(ref _timeouts);

        /// <summary>Connections that failed with a socket error (reset by the peer, send failure).</summary>
        public int Resets => Read(ref _resets);

        /// <summary>Accept calls that threw (on the Pico W: every socket in use).</summary>
        public int AcceptFailures => Read(ref _acceptFailures);

        /// <summary>Attempts to create the listening socket that failed.</summary>
        public int ListenFailures => Read(ref _listenFailures);

        /// <summary>Times the listening socket was closed and re-created after repeated accept failures.</summary>
        public int ListenerRestarts => Read(ref _listenerRestarts);

        public int AuthFailures => Read(ref _authFailures);

        public int RateLimited => Read(ref _rateLimited);

        /// <summary>Writes refused as cross-site or without the CSRF header.</summary>
        public int Forbidden => Read(ref _forbidden);

        /// <summary>Times the listener was closed because the link went down.</summary>
        public int LinkDownStops => Read(ref _linkDownStops);

        /// <summary>Unexpected exceptions caught by the accept loop (which then re-creates its listener). Should stay 0.</summary>
        public int AcceptLoopErrors => Read(ref _acceptLoopErrors);

        /// <summary>A worker slot was handed a new connection while it still held one. Must stay 0; tests assert it.</summary>
        public int SlotViolations => Read(ref _slotViolations);

        private static int Read(ref int counter) => Interlocked.CompareExchange(ref counter, 0, 0);
    }
}
