using System;
using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// One of the server's fixed worker threads with its own buffers. The accept loop hands it a connection with
    /// <see cref="TryAssign"/>; from then on only this worker touches the connection, and it always closes it.
    /// The slot becomes free again only after the close, and every hand-over bumps a generation, so a slot is never
    /// reused while its previous connection can still be referred to.
    /// </summary>
    internal sealed class HttpWorker
    {
        private const int DrainReads = 8;
        private const int DrainWaitMs = 30;

        private static readonly byte[] MisdirectedMessage = Ascii.Bytes(
            "misdirected request: Host is not this furnace (use its IP address or the web.hostname set in nf.config)");

        private readonly HttpServer _server;
        private readonly HttpServerOptions _options;
        private readonly IMonotonicClock _clock;
        private readonly HttpRequestParser _parser;
        private readonly AutoResetEvent _wake = new AutoResetEvent(false);
        private readonly byte[] _receive;
        private readonly HttpRequest _request = new HttpRequest();
        private IRequestHandler _handler;
        private Thread _thread;
        private IConnection _connection;
        private long _acceptedAtMs;
        private int _busy;
        private int _generation;

        public HttpWorker(HttpServer server, HttpServerOptions options, IMonotonicClock clock, HttpRequestParser parser)
        {
            _server = server;
            _options = options;
            _clock = clock;
            _parser = parser;
            _receive = new byte[parser.RequiredBufferBytes];
            Output = new ResponseWriter(options.ResponseBufferBytes, clock);
        }

        public ResponseWriter Output { get; }

        public bool IsBusy => Interlocked.CompareExchange(ref _busy, 0, 0) != 0;

        public void Start(IRequestHandler handler)
        {
            _handler = handler;
            // Normal priority, below the control loop's AboveNormal. Not BelowNormal: a starved worker holds its socket
            // longer, and on a 4-socket board that turns into 503s for everyone.
            _thread = new Thread(Run);
            _thread.Start();
        }

        public bool Join(int timeoutMs) => _thread == null || _thread.Join(timeoutMs);

        public void Wake() => _wake.Set();

        /// <summary>Accept thread: gives this worker the connection if it is idle. On false the caller still owns it.</summary>
        public bool TryAssign(IConnection connection, long acceptedAtMs)
        {
            if (Interlocked.CompareExchange(ref _busy, 1, 0) != 0)
            {
                return false;
            }

            _connection = connection;
            _acceptedAtMs = acceptedAtMs;
            Interlocked.Increment(ref _generation);
            _wake.Set();
            return true;
        }

        private void Run()
        {
            while (!_server.StopRequested)
            {
                if (!_wake.WaitOne(_options.AcceptPollMs, false))
                {
                    continue;
                }

                IConnection connection = _connection;
                if (connection == null)
                {
                    continue;
                }

                int generation = Interlocked.CompareExchange(ref _generation, 0, 0);
                try
                {
                    Serve(connection);
                }
                catch (Exception)
                {
                    // Reset by the peer, a failed send, or a handler bug: the connection ends, the worker lives on.
                    Interlocked.Increment(ref _server.Stats._resets);
                }
                finally
                {
                    connection.Close();
                    if (Interlocked.CompareExchange(ref _generation, 0, 0) != generation)
                    {
                        Interlocked.Increment(ref _server.Stats._slotViolations);
                    }

                    _connection = null;
                    Interlocked.Exchange(ref _busy, 0);
                    _server.OnWorkerFreed();
                }
            }
        }

        private void Serve(IConnection connection)
        {
            long deadline = _acceptedAtMs + _options.RequestDeadlineMs;
            _request.Reset(_receive);
            _request.Connection = connection;
            int length = 0;
            while (true)
            {
                int remaining = (int)(deadline - _clock.NowMs);
                if (remaining <= 0)
                {
                    // A slow or silent client: it gets nothing more, and its slot is free again now.
                    Interlocked.Increment(ref _server.Stats._timeouts);
                    return;
                }

                int received = connection.Receive(_receive, length, _receive.Length - length, remaining);
                if (received < 0)
                {
                    continue;
                }

                if (received == 0)
                {
                    return;
                }

                length += received;
                int status = _parser.Parse(_receive, length, _request);
                if (status == HttpRequestParser.Complete)
                {
                    break;
                }

                if (status == HttpRequestParser.NeedMore && length == _receive.Length)
                {
                    status = 431;
                }

                if (status != HttpRequestParser.NeedMore)
                {
                    Interlocked.Increment(ref _server.Stats._badRequests);
                    Output.Begin(connection, deadline);
                    HttpResponseHead.WriteError(Output, status, HttpResponseHead.DefaultMessage(status),
                        _request.Method == HttpRequest.MethodHead, null);
                    Drain(connection, deadline);
                    CountTimeout();
                    return;
                }
            }

            Output.Begin(connection, deadline);
            if (!_server.HostPolicy.Accepts(_request))
            {
                // DNS rebinding defence: a name that is not this board's never reaches a handler.
                Interlocked.Increment(ref _server.Stats._misdirected);
                HttpResponseHead.WriteError(Output, 421, MisdirectedMessage, _request.Method == HttpRequest.MethodHead, null);
                CountTimeout();
                return;
            }

            _handler.Handle(_request, Output);
            Output.Flush();
            Interlocked.Increment(ref _server.Stats._served);
            CountTimeout();
        }

        /// <summary>A response cut short by the deadline (the writer stopped sending) is counted as a timeout.</summary>
        private void CountTimeout()
        {
            if (Output.TimedOut)
            {
                Interlocked.Increment(ref _server.Stats._timeouts);
            }
        }

        /// <summary>Reads a little of what the client is still sending, so the close does not turn into a reset that
        /// destroys the error response before the client reads it. Bounded in reads and time.</summary>
        private void Drain(IConnection connection, long deadline)
        {
            for (int i = 0; i < DrainReads; i++)
            {
                int remaining = (int)(deadline - _clock.NowMs);
                int wait = remaining < DrainWaitMs ? remaining : DrainWaitMs;
                if (wait <= 0 || connection.Receive(_receive, 0, _receive.Length, wait) <= 0)
                {
                    return;
                }
            }
        }
    }
}
