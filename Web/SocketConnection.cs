using System;
using System.Net;
using System.Net.Sockets;

namespace FurnaceFw.Web
{
    /// <summary>An accepted System.Net.Sockets connection with poll-then-receive timeouts (no blocking read without a bound).</summary>
    public sealed class SocketConnection : IConnection
    {
        private readonly Socket _socket;
        private bool _closed;
        private bool _remoteKnown;
        private int _remoteAddress;

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

        public int RemoteAddress
        {
            get
            {
                if (!_remoteKnown)
                {
                    _remoteKnown = true;
                    try
                    {
                        IPEndPoint endPoint = _socket.RemoteEndPoint as IPEndPoint;
                        _remoteAddress = endPoint == null ? 0 : PackAddress(endPoint.Address.GetAddressBytes());
                    }
                    catch (Exception)
                    {
                        _remoteAddress = 0; // the peer is already gone; its attempt is charged to address 0
                    }
                }

                return _remoteAddress;
            }
        }

        /// <summary>An IPv4 address (or an IPv4-mapped IPv6 one) as (a &lt;&lt; 24) | (b &lt;&lt; 16) | (c &lt;&lt; 8) | d; any other IPv6
        /// address folded into an int (a client key for the PIN limiter, not an address).</summary>
        public static int PackAddress(byte[] bytes)
        {
            int offset = bytes.Length == 16 && IsIpv4Mapped(bytes) ? 12 : 0;
            if (bytes.Length - offset == 4)
            {
                return (bytes[offset] << 24) | (bytes[offset + 1] << 16) | (bytes[offset + 2] << 8) | bytes[offset + 3];
            }

            int folded = 0;
            for (int i = 0; i < bytes.Length; i++)
            {
                folded = (folded << 5) - folded + bytes[i];
            }

            return folded;
        }

        private static bool IsIpv4Mapped(byte[] bytes)
        {
            for (int i = 0; i < 10; i++)
            {
                if (bytes[i] != 0)
                {
                    return false;
                }
            }

            return bytes[10] == 0xFF && bytes[11] == 0xFF;
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
