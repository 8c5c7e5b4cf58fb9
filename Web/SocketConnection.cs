using System;
using System.Net.Sockets;

namespace FurnaceFw.Web
{
    /// <summary>An accepted System.Net.Sockets connection with poll-then-receive timeouts (no blocking read without a bound).</summary>
    public sealed class SocketConnection : IConnection
    {
        private readonly Socket _socket;
        private bool _closed;

        public SocketConnection(Socket socket)
        {
            _socket = socket;
        }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs)
        {
            if (timeoutMs <= 0 || !_socket.Poll(timeoutMs * 1000, SelectMode.SelectRead))
            {
                return -1;
            }

            // Readable with nothing to read means the peer closed: Receive returns 0.
            return _socket.Receive(buffer, offset, count, SocketFlags.None);
        }

        public void Send(byte[] buffer, int offset, int count, int timeoutMs)
        {
            _socket.SendTimeout = timeoutMs < 1 ? 1 : timeoutMs;
            while (count > 0)
            {
                int sent = _socket.Send(buffer, offset, count, SocketFlags.None);
                offset += sent;
                count -= sent;
            }
        }

        public void Close()
        {
            if (_closed)
            {
                return;
            }

            _closed = true;
            CloseQuietly(_socket);
        }

        internal static void CloseQuietly(Socket socket)
        {
            try
            {
                socket.Close();
            }
            catch (Exception)
            {
                // Closing must not fail a path that is already cleaning up; the socket is gone either way.
            }
        }
    }
}
