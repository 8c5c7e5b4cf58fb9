namespace FurnaceFw.Web
{
    /// <summary>A listening TCP socket, owned by the server's accept thread.</summary>
    public interface IListenSocket
    {
        /// <summary>True when a connection is waiting; false after <paramref name="timeoutMs"/> without one.</summary>
        bool WaitForConnection(int timeoutMs);

        /// <summary>Takes the waiting connection. Throws a SocketException when it fails (on the Pico W: no free socket).</summary>
        IConnection Accept();

        /// <summary>Releases the socket. Never throws; safe to call twice.</summary>
        void Close();
    }
}
