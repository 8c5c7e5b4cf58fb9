using System.Net;
using System.Net.Sockets;
using FurnaceFw.Web;

namespace FurnaceFw.Sim.Web;

/// <summary>
/// Real loopback sockets under the Pico W's socket budget: lwIP there has 4 sockets in total (MEMP_NUM_NETCONN 4),
/// the listener included, and an accept with none free drops the client and fails (ENFILE). This transport counts
/// every open socket and does the same, so the server meets the board's conditions in the simulator and in tests.
/// It also measures what the server allocates per connection on its worker threads.
/// </summary>
public sealed class BudgetedSocketTransport : ISocketTransport
{
    private readonly IPAddress _address;
    private int _open;
    private int _peak;
    private int _refused;
    private int _injectedFailures;
    private int _failNextAccepts;
    private int _boundPort;
    private long _workerAllocatedBytes;
    private int _measuredConnections;

    public BudgetedSocketTransport(int socketBudget = HttpServerOptions.PicoWSocketBudget, IPAddress? address = null)
    {
        SocketBudget = socketBudget;
        _address = address ?? IPAddress.Loopback;
    }

    public int SocketBudget { get; }

    /// <summary>Sockets open right now, the listener included. Never exceeds <see cref="SocketBudget"/>.</summary>
    public int OpenSockets => Volatile.Read(ref _open);

    public int PeakOpenSockets => Volatile.Read(ref _peak);

    /// <summary>Accepts that failed because the budget was used up (the client was reset).</summary>
    public int RefusedAccepts => Volatile.Read(ref _refused);

    public int InjectedFailures => Volatile.Read(ref _injectedFailures);

    /// <summary>The port actually bound (useful when listening on port 0); re-listens reuse it.</summary>
    public int BoundPort => Volatile.Read(ref _boundPort);

    /// <summary>Bytes allocated by the threads that served connections, from their first receive to their close.</summary>
    public long WorkerAllocatedBytes => Interlocked.Read(ref _workerAllocatedBytes);

    public int MeasuredConnections => Volatile.Read(ref _measuredConnections);

    /// <summary>Fault injection: the next <paramref name="count"/> accepts fail as if no socket were free.</summary>
    public void FailNextAccepts(int count) => Interlocked.Exchange(ref _failNextAccepts, count);

    public IListenSocket Listen(int port, int backlog)
    {
        if (!TryReserve())
        {
            throw new SocketException((int)SocketError.TooManyOpenSockets);
        }

        var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.SetSocketOption(SocketOptionLevel.Socket, SocketOptionName.ReuseAddress, true);
            int bindPort = port == 0 ? BoundPort : port;
            socket.Bind(new IPEndPoint(_address, bindPort));
            socket.Listen(backlog);
            Volatile.Write(ref _boundPort, ((IPEndPoint)socket.LocalEndPoint!).Port);
            return new Listener(this, socket);
        }
        catch
        {
            socket.Close();
            Release();
            throw;
        }
    }

    private bool TryReserve()
    {
        while (true)
        {
            int open = Volatile.Read(ref _open);
            if (open >= SocketBudget)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _open, open + 1, open) == open)
            {
                int peak;
                while ((peak = Volatile.Read(ref _peak)) < open + 1 && Interlocked.CompareExchange(ref _peak, open + 1, peak) != peak)
                {
                }

                return true;
            }
        }
    }

    private void Release() => Interlocked.Decrement(ref _open);

    private static void Abort(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
        }
        catch (SocketException)
        {
        }

        socket.Close();
    }

    private sealed class Listener : IListenSocket
    {
        private readonly BudgetedSocketTransport _owner;
        private readonly Socket _socket;
        private int _closed;

        public Listener(BudgetedSocketTransport owner, Socket socket)
        {
            _owner = owner;
            _socket = socket;
        }

        public bool WaitForConnection(int timeoutMs) => _socket.Poll(timeoutMs * 1000, SelectMode.SelectRead);

        public IConnection Accept()
        {
            Socket accepted = _socket.Accept();
            int inject = Volatile.Read(ref _owner._failNextAccepts);
            if (inject > 0 && Interlocked.CompareExchange(ref _owner._failNextAccepts, inject - 1, inject) == inject)
            {
                Interlocked.Increment(ref _owner._injectedFailures);
                Abort(accepted);
                throw new SocketException((int)SocketError.TooManyOpenSockets);
            }

            if (!_owner.TryReserve())
            {
                // What lwIP does with no free netconn: the client is dropped and accept fails.
                Interlocked.Increment(ref _owner._refused);
                Abort(accepted);
                throw new SocketException((int)SocketError.TooManyOpenSockets);
            }

            return new Connection(_owner, accepted);
        }

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                _socket.Close();
                _owner.Release();
            }
        }
    }

    private sealed class Connection : IConnection
    {
        private readonly BudgetedSocketTransport _owner;
        private readonly Socket _socket;
        private long _allocatedAtFirstReceive = -1;
        private int _closed;
        private int _remoteAddress = -1;

        public Connection(BudgetedSocketTransport owner, Socket socket)
        {
            _owner = owner;
            _socket = socket;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (_allocatedAtFirstReceive < 0)
            {
                _allocatedAtFirstReceive = GC.GetAllocatedBytesForCurrentThread();
            }

            if (timeoutMs <= 0 || !_socket.Poll(timeoutMs * 1000, SelectMode.SelectRead))
            {
                return -1;
            }

            return _socket.Receive(buffer, offset, count, SocketFlags.None);
        }

        public void Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            _socket.SendTimeout = Math.Max(1, timeoutMs);
            while (count > 0)
            {
                int sent = _socket.Send(buffer, offset, count, SocketFlags.None);
                offset += sent;
                count -= sent;
            }
        }

        public int RemoteAddress
        {
            get
            {
                if (_remoteAddress == -1)
                {
                    _remoteAddress = _socket.RemoteEndPoint is IPEndPoint endPoint ? SocketConnection.PackAddress(endPoint.Address.GetAddressBytes()) : 0;
                }

                return _remoteAddress;
            }
        }

        public void Close()
        {
            if (Interlocked.Exchange(ref _closed, 1) != 0)
            {
                return;
            }

            try
            {
                _socket.Close();
            }
            finally
            {
                _owner.Release();
                if (_allocatedAtFirstReceive >= 0)
                {
                    Interlocked.Add(ref _owner._workerAllocatedBytes, GC.GetAllocatedBytesForCurrentThread() - _allocatedAtFirstReceive);
                    Interlocked.Increment(ref _owner._measuredConnections);
                }
            }
        }
    }
}
