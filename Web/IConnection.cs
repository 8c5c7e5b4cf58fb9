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

        /// <summary>Releases the socket. Never throws; safe to call twice.</summary>
        void Close();
    }
}
