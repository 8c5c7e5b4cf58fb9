using System;
using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// A small HTTP/1.1 server for a board with a handful of sockets: one accept thread and a fixed pool of worker
    /// threads, all created at <see cref="Start"/>. One request per connection (Connection: close), one deadline per
    /// request, 503 at once when every worker is busy.
    /// </summary>
    /// <remarks>
    /// The listener never dies: when accept keeps failing it is closed and re-created with back-off, and every failure
    /// is counted in <see cref="Stats"/>. It follows the link: while <see cref="ILinkStatus.IsUp"/> is false the
    /// listener is closed, and it is re-created when the link returns. Nothing here touches the control thread.
    /// </remarks>
    public sealed class HttpServer
    {
        private readonly HttpServerOptions _options;
        private readonly ISocketTransport _transport;
        private readonly ILinkStatus _link;
        private readonly IMonotonicClock _clock;
        private readonly IRequestHandlerFactory _handlers;
        private readonly HttpWorker[] _workers;
        private readonly BusyResponder _busy;
        private readonly AutoResetEvent _workerFreed = new AutoResetEvent(false);
        private Thread _acceptThread;
        // Flags shared between threads: ints through Interlocked (nanoFramework has no volatile; see DEVELOPERS.md).
        private int _stopRequested;
        private int _listening;
        private int _backoffMs;
        private int _consecutiveAcceptFailures;

        public HttpServer(HttpServerOptions options, ISocketTransport transport, ILinkStatus link, IMonotonicClock clock,
            IRequestHandlerFactory handlers)
        {
            if (options.WorkerCount < 1)
            {
                throw new ArgumentOutOfRangeException("options", "WorkerCount must be at least 1");
            }

            _options = options;
            _transport = transport;
            _link = link;
            _clock = clock;
            _handlers = handlers;
            Stats = new HttpServerStats();
            HostPolicy = new HostPolicy(options, link);
            var parser = new HttpRequestParser(options);
            _workers = new HttpWorker[options.WorkerCount];
            for (int i = 0; i < _workers.Length; i++)
            {
                _workers[i] = new HttpWorker(this, options, clock, parser);
            }

            _busy = new BusyResponder(options, clock);
            _backoffMs = options.MinBackoffMs;
        }

        public HttpServerOptions Options => _options;

        public HttpServerStats Stats { get; }

        /// <summary>The link the server follows (its address and signal are shown in /api/status).</summary>
        internal ILinkStatus Link => _link;

        /// <summary>Which Host names this board (checked on every request before any handler).</summary>
        internal HostPolicy HostPolicy { get; }

        /// <summary>True while a listening socket is open.</summary>
        public bool IsListening => Interlocked.CompareExchange(ref _listening, 0, 0) != 0;

        /// <summary>Workers serving a connection right now.</summary>
        public int BusyWorkers
        {
            get
            {
                int busy = 0;
                for (int i = 0; i < _workers.Length; i++)
                {
                    if (_workers[i].IsBusy)
                    {
                        busy++;
                    }
                }

                return busy;
            }
        }

        internal bool StopRequested => Interlocked.CompareExchange(ref _stopRequested, 0, 0) != 0;

        public void Start()
        {
            for (int i = 0; i < _workers.Length; i++)
            {
                _workers[i].Start(_handlers.CreateHandler(this, _workers[i].Output));
            }

            _acceptThread = new Thread(AcceptLoop);
            _acceptThread.Start();
        }

        /// <summary>Stops accepting, lets each worker finish its request, closes everything. True if all threads ended in time.</summary>
        public bool Stop(int timeoutMs)
        {
            Interlocked.Exchange(ref _stopRequested, 1);
            bool stopped = _acceptThread == null || _acceptThread.Join(timeoutMs);
            for (int i = 0; i < _workers.Length; i++)
            {
                _workers[i].Wake();
                stopped &= _workers[i].Join(timeoutMs);
            }

            return stopped;
        }

        private void AcceptLoop()
        {
            IListenSocket listener = null;
            while (!StopRequested)
            {
                try
                {
                    listener = AcceptOnce(listener);
                }
                catch (Exception)
                {
                    // Nothing above should throw; if something does, the loop still must not die with it.
                    Interlocked.Increment(ref Stats._acceptLoopErrors);
                    if (listener != null)
                    {
                        listener = CloseListener(listener);
                    }

                    BackOff();
                }
            }

            if (listener != null)
            {
                CloseListener(listener);
            }
        }

        /// <summary>One turn of the accept loop: follow the link, (re)create the listener, accept and dispatch one connection.</summary>
        private IListenSocket AcceptOnce(IListenSocket listener)
        {
            if (!_link.IsUp)
            {
                if (listener != null)
                {
                    Interlocked.Increment(ref Stats._linkDownStops);
                    listener = CloseListener(listener);
                }

                Thread.Sleep(_options.AcceptPollMs);
                return listener;
            }

            if (listener == null)
            {
                return TryListen();
            }

            if (!WaitForConnection(listener))
            {
                return listener;
            }

            IConnection connection;
            try
            {
                connection = listener.Accept();
            }
            catch (Exception)
            {
                // On the Pico W this is "no free socket": lwIP already dropped the client. Keep the listener unless
                // it keeps failing, and never stop for good (nanoFramework's HttpListener stops after 6).
                Interlocked.Increment(ref Stats._acceptFailures);
                if (++_consecutiveAcceptFailures >= _options.AcceptFailuresBeforeRestart)
                {
                    _consecutiveAcceptFailures = 0;
                    Interlocked.Increment(ref Stats._listenerRestarts);
                    listener = CloseListener(listener);
                }

                // A short fixed pause, not a growing one: a full socket table empties as soon as a worker closes.
                Thread.Sleep(_options.MinBackoffMs);
                return listener;
            }

            _consecutiveAcceptFailures = 0;
            Interlocked.Increment(ref Stats._accepted);
            Dispatch(connection);
            return listener;
        }

        private IListenSocket TryListen()
        {
            try
            {
                IListenSocket listener = _transport.Listen(_options.Port, _options.Backlog);
                Interlocked.Exchange(ref _listening, 1);
                _backoffMs = _options.MinBackoffMs;
                return listener;
            }
            catch (Exception)
            {
                Interlocked.Increment(ref Stats._listenFailures);
                BackOff();
                return null;
            }
        }

        private bool WaitForConnection(IListenSocket listener)
        {
            try
            {
                return listener.WaitForConnection(_options.AcceptPollMs);
            }
            catch (Exception)
            {
                // Let Accept surface and count the failure.
                return true;
            }
        }

        private IListenSocket CloseListener(IListenSocket listener)
        {
            Interlocked.Exchange(ref _listening, 0);
            listener.Close();
            return null;
        }

        private void BackOff()
        {
            Thread.Sleep(_backoffMs);
            int next = _backoffMs * 2;
            _backoffMs = next > _options.MaxBackoffMs ? _options.MaxBackoffMs : next;
        }

        /// <summary>A worker calls this after it has closed its connection and is idle again.</summary>
        internal void OnWorkerFreed() => _workerFreed.Set();

        /// <summary>Hands the connection to an idle worker, or answers 503 itself at once and closes it.</summary>
        /// <remarks>A worker that is just closing frees its slot a moment later, so the accept thread waits up to
        /// <see cref="HttpServerOptions.BusyGraceMs"/> for one, woken the moment a worker frees (not by polling). Then
        /// it refuses: the connection never waits in the listen backlog for a worker.</remarks>
        private void Dispatch(IConnection connection)
        {
            long acceptedAtMs = _clock.NowMs;
            long graceEnd = acceptedAtMs + _options.BusyGraceMs;
            while (!TryAssign(connection, acceptedAtMs))
            {
                int wait = (int)(graceEnd - _clock.NowMs);
                if (wait <= 0)
                {
                    Interlocked.Increment(ref Stats._busyRejected);
                    _busy.Refuse(connection);
                    return;
                }

                _workerFreed.WaitOne(wait, false);
            }
        }

        private bool TryAssign(IConnection connection, long acceptedAtMs)
        {
            for (int i = 0; i < _workers.Length; i++)
            {
                if (_workers[i].TryAssign(connection, acceptedAtMs))
                {
                    return true;
                }
            }

            return false;
        }
    }
}
