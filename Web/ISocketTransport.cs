namespace FurnaceFw.Web
{
    /// <summary>
    /// Creates listening sockets. The device uses <see cref="SocketTransport"/> (System.Net.Sockets); the simulator
    /// wraps real loopback sockets in a transport that enforces the Pico W's socket budget, so tests meet the
    /// same "no free socket" failures as the board.
    /// </summary>
    public interface ISocketTransport
    {
        /// <summary>Binds and listens on <paramref name="port"/> (all interfaces on the device). Throws a SocketException on failure.</summary>
        IListenSocket Listen(int port, int backlog);
    }
}
