namespace FurnaceFw.Web
{
    /// <summary>
    /// One accepted TCP connection. Exactly one thread owns it at a time (the accept loop until it hands it to a
    /// worker, then that worker), and only the owner calls any member, including <see cref="Close"/>.
    /// </summary>
    public interface IConnection
    {
        /// <summary>Waits up to <paramref name="timeoutMs"/> for data. Returns the byte count, 0 when the peer closed,
        /// or -1 when nothing arrived in time. Throws a SocketException on a reset.</summary>
        int Receive(byte[] buffer, int offset, int count, int timeoutMs);

        /// <summary>Sends everything or throws; gives up (throws) after <paramref name="timeoutMs"/>.</summary>
        void Send(byte[] buffer, int offset, int count, int timeoutMs);

        /// <summary>The client's IPv4 address as (a &lt;&lt; 24) | (b &lt;&lt; 16) | (c &lt;&lt; 8) | d (an IPv4-mapped IPv6 address as its IPv4
        /// address); read on the first call and kept. Only write requests ask (it costs allocations on nanoFramework).</summary>
        int RemoteAddress { get; }

        /// <summary>Releases the socket. Never throws; safe to call twice.</summary>
        void Close();
    }
}
