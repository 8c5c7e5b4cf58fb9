// Reference-only: nanoFramework.System.Net sockets (declarations only). Note what nanoFramework lacks compared with
// .NET: Socket.Dispose() is an explicit IDisposable implementation (use Close() or using), and there is no Shutdown,
// Connected, Blocking, NoDelay property, async or Span overloads.
namespace System.Net
{
    public abstract class EndPoint
    {
        public virtual Sockets.AddressFamily AddressFamily => throw null;
        public abstract EndPoint Create(SocketAddress socketAddress);
        public abstract SocketAddress Serialize();
    }

    public class SocketAddress
    {
        public SocketAddress(Sockets.AddressFamily family, int size) { }
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
        public byte[] GetAddressBytes() => throw null;
        public static IPAddress Parse(string ipString) => throw null;
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
        public IPAddress Address { get => throw null; set { } }
        public int Port { get => throw null; set { } }
        public override EndPoint Create(SocketAddress socketAddress) => throw null;
        public override SocketAddress Serialize() => throw null;
        public override string ToString() => throw null;
        public override bool Equals(object obj) => throw null;
        public override int GetHashCode() => throw null;
    }
}

namespace System.Net.Sockets
{
    public enum AddressFamily { Unknown = -1, Unspecified = 0, InterNetwork = 2, InterNetworkV6 = 23 }

    public enum SocketType { Unknown = -1, Stream = 1, Dgram = 2, Raw = 3, Rdm = 4, Seqpacket = 5 }

    public enum ProtocolType { Unknown = -1, IP = 0, Icmp = 1, Tcp = 6, Udp = 17, Raw = 255 }

    [Flags]
    public enum SocketFlags { None = 0, OutOfBand = 1, Peek = 2, DontRoute = 4, Partial = 0x8000 }

    public enum SelectMode { SelectRead = 0, SelectWrite = 1, SelectError = 2 }

    public enum SocketOptionLevel { IP = 0, Tcp = 6, Udp = 17, Socket = 0xffff }

    public enum SocketOptionName
    {
        NoDelay = 1, ReuseAddress = 4, KeepAlive = 8, DontRoute = 16, Broadcast = 32, Linger = 128,
        DontLinger = -129, ExclusiveAddressUse = -5, SendBuffer = 0x1001, ReceiveBuffer = 0x1002, SendTimeout = 0x1005,
        ReceiveTimeout = 0x1006, Error = 0x1007, Type = 0x1008, MaxConnections = 0x7fffffff,
        AddMembership = 12, DropMembership = 13,
    }

    public enum SocketError
    {
        SocketError = -1, Success = 0, Interrupted = 10004, AccessDenied = 10013, Fault = 10014, InvalidArgument = 10022,
        TooManyOpenSockets = 10024, WouldBlock = 10035, InProgress = 10036, AlreadyInProgress = 10037, NotSocket = 10038,
        MessageSize = 10040, AddressAlreadyInUse = 10048, AddressNotAvailable = 10049, NetworkDown = 10050,
        NetworkUnreachable = 10051, NetworkReset = 10052, ConnectionAborted = 10053, ConnectionReset = 10054,
        NoBufferSpaceAvailable = 10055, IsConnected = 10056, NotConnected = 10057, Shutdown = 10058, TimedOut = 10060,
        ConnectionRefused = 10061, HostDown = 10064, HostUnreachable = 10065,
    }

    public class SocketException : Exception
    {
        public SocketException(SocketError errorCode) { }
        public int ErrorCode => throw null;
        public SocketError SocketErrorCode => throw null;
    }

    public class Socket : IDisposable
    {
        public Socket(AddressFamily addressFamily, SocketType socketType, ProtocolType protocolType) { }
        public int Available => throw null;
        public EndPoint LocalEndPoint => throw null;
        public EndPoint RemoteEndPoint => throw null;
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
        public void GetSocketOption(SocketOptionLevel optionLevel, SocketOptionName optionName, byte[] val) => throw null;
        public bool Poll(int microSeconds, SelectMode mode) => throw null;
        protected virtual void Dispose(bool disposing) => throw null;
        void IDisposable.Dispose() => throw null;
    }
}
