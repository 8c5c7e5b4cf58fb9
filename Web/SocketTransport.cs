using System;
using System.Net;
using System.Net.Sockets;

namespace FurnaceFw.Web
{
    /// <summary>The device transport: plain System.Net.Sockets, using only members nanoFramework's Socket has.</summary>
    public sealed class SocketTransport : ISocketTransport
    {
        private readonly IPAddress _address;

        /// <param name="address">Address to bind; <see cref="IPAddress.Any"/> on the device.</param>
        public SocketTransport(IPAddress address)
        {
            _address = address;
        }

        public IListenSocket Listen(int port, int backlog)
        {
            Socket socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                socket.Bind(new IPEndPoint(_address, port));
                socket.Listen(backlog);
                return new SocketListener(socket);
            }
            catch (Exception)
            {
                socket.Close();
                throw;
            }
        }

        private sealed class SocketListener : IListenSocket
        {
            private readonly Socket _socket;

            public SocketListener(Socket socket)
            {
                _socket = socket;
            }

            public bool WaitForConnection(int timeoutMs) => _socket.Poll(timeoutMs * 1000, SelectMode.SelectRead);

            public IConnection Accept() => new SocketConnection(_socket.Accept());

            public void Close() => SocketConnection.CloseQuietly(_socket);
        }
    }
}
