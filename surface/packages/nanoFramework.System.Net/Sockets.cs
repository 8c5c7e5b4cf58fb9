// Reference-only: nanoFramework.System.Net 1.11.54 (nanoframework/System.Net, tag v1.11.54): sockets and addresses.
// Differences from .NET that matter here: Socket.Dispose() is an explicit IDisposable implementation (call Close());
// no Shutdown, Blocking or NoDelay property, no async or Span overloads; SocketException has ErrorCode only (no
// SocketErrorCode); IPEndPoint.Address/Port are read-only. Enums list the values used (the real ones; names are stable).
namespace System.Net
{
    public abstract class EndPoint
    {
        public abstract SocketAddress Serialize();

        public abstract EndPoint Create(SocketAddress socketAddress);
    }

    public class SocketAddress
    {
        public SocketAddress(Sockets.AddressFamily family, int size) { }

        public Sockets.AddressFamily Family => throw null;

        public int Size => throw null;

        public byte this[int offset] { get => throw null; set { } }
    }

    public class IPAddress
    {
        public static readonly IPAddress Any;
        public static readonly IPAddress Loopback;
        public static readonly IPAddress Broadcast;
        public static readonly IPAddress None;

        public IPAddress(long newAddress) { }

        public IPAddress(byte[] address) { }

        public Sockets.AddressFamily AddressFamily => throw null;

        public static bool operator ==(IPAddress a, IPAddress b) => throw null;

        public static bool operator !=(IPAddress a, IPAddress b) => throw null;

        public static IPAddress Parse(string ipString) => throw null;

        public byte[] GetAddressBytes() => throw null;

        public bool Equals(IPAddress other) => throw null;

        public override bool Equals(object obj) => throw null;

        public override int GetHashCode() => throw null;

        public override string ToString() => throw null;
    }

    public class IPEndPoint : EndPoint
    {
        public const int MinPort = 0;
        public const int MaxPort = 65535;

        public IPEndPoint(long address, int port) { }

        public IPEndPoint(IPAddress address, int port) { }

        public IPAddress Address => throw null;

        public Sockets.AddressFamily AddressFamily => throw null;

        public int Port => throw null;

        public override SocketAddress Serialize() => throw null;

        public override EndPoint Create(SocketAddress socketAddress) => throw null;

        public override string ToString() => throw null;

        public override bool Equals(object obj) => throw null;

        public override int GetHashCode() => throw null;
    }
}

namespace System.Net.Sockets
{
    public enum AddressFamily
    {
        Unknown = -1,
        Unspecified = 0,
        InterNetwork = 2,
    }

    public enum SocketType
    {
        Unknown = -1,
        Stream = 1,
        Dgram = 2,
        Raw = 3,
    }

    public enum ProtocolType
    {
        Unknown = -1,
        IP = 0,
        Icmp = 1,
        Tcp = 6,
        Udp = 17,
        Raw = 255,
    }

    [Flags]
    public enum SocketFlags
    {
        None = 0,
        OutOfBand = 1,
        Peek = 2,
        DontRoute = 4,
        Partial = 32768,
    }

    public enum SelectMode
    {
        SelectRead = 0,
        SelectWrite = 1,
        SelectError = 2,
    }

    public enum SocketOptionLevel
    {
        IP = 0,
        Tcp = 6,
        Udp = 17,
        Socket = 65535,
    }

    public enum SocketOptionName
    {
        NoDelay = 1,
        ReuseAddress = 4,
        KeepAlive = 8,
        Linger = 128,
        DontLinger = -129,
        SendBuffer = 4097,
        ReceiveBuffer = 4098,
        SendTimeout = 4101,
        ReceiveTimeout = 4102,
        Error = 4103,
    }

    public enum SocketError
    {
        SocketError = -1,
        Success = 0,
        TooManyOpenSockets = 10024,
        WouldBlock = 10035,
        AddressAlreadyInUse = 10048,
        NetworkDown = 10050,
        ConnectionAborted = 10053,
        ConnectionReset = 10054,
        NoBufferSpaceAvailable = 10055,
        NotConnected = 10057,
        TimedOut = 10060,
        ConnectionRefused = 10061,
        HostUnreachable = 10065,
    }

    public class SocketException : Exception
    {
        public SocketException(SocketError errorCode) { }

        public int ErrorCode => throw null;
    }

    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) { }

        public int Available => throw null;

        public EndPoint LocalEndPoint => throw null;

        public EndPoint RemoteEndPoint => throw null;

        public bool Connected => throw null;

        public int ReceiveTimeout { get => throw null; set { } }

        public int SendTimeout { get => throw null; set { } }

        public SocketType SocketType => throw null;

        public void Bind(EndPoint localEP) => throw null;

        public void Connect(EndPoint remoteEP) => throw null;

        public void Close() => throw null;

        public void Listen(int backlog) => throw null;

        public Socket Accept() => throw null;

        public int Send(byte[] buffer) => throw null;

        public int Send(byte[] buffer, SocketFlags socketFlags) => throw null;

        public int Send(byte[] buffer, int size, SocketFlags socketFlags) => throw null;

        public int Send(byte[] buffer, int offset, int size, SocketFlags socketFlags) => throw null;

        public int SendTo(byte[] buffer, int offset, int size, SocketFlags socketFlags, EndPoint remoteEP) => throw null;

        public int SendTo(byte[] buffer, EndPoint remoteEP) => throw null;

        public int Receive(byte[] buffer) => throw null;

        public int Receive(byte[] buffer, SocketFlags socketFlags) => throw null;

        public int Receive(byte[] buffer, int size, SocketFlags socketFlags) => throw null;

        public int Receive(byte[] buffer, int offset, int size, SocketFlags socketFlags) => throw null;

        public int ReceiveFrom(byte[] buffer, int offset, int size, SocketFlags socketFlags, ref EndPoint remoteEP) => throw null;

        public int ReceiveFrom(byte[] buffer, ref EndPoint remoteEP) => throw null;

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, int optionValue) => throw null;

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, bool optionValue) => throw null;

        public void SetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, byte[] optionValue) => throw null;

        public object GetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName) => throw null;

        public bool Poll(int microSeconds, SelectMode mode) => throw null;

        protected virtual void Dispose(bool disposing) => throw null;

        void IDisposable.Dispose() => throw null;
    }
}
