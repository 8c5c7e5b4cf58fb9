using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FurnaceFw.Http.Tests;

/// <summary>A raw TCP client: sends exact bytes (malformed ones included) and reads the response until the server closes.</summary>
internal static class RawHttp
{
    public sealed record Response(int Status, string Head, string Body, bool Closed)
    {
        public string Header(string name)
        {
            foreach (string line in Head.Split("\r\n"))
            {
                int colon = line.IndexOf(':');
                if (colon > 0 && line[..colon].Equals(name, StringComparison.OrdinalIgnoreCase))
                {
                    return line[(colon + 1)..].Trim();
                }
            }

            return "";
        }
    }

    public static Response Send(int port, string request, int timeoutMs = 5000, bool halfClose = false, IPAddress? from = null)
        => Send(port, Encoding.Latin1.GetBytes(request), timeoutMs, halfClose, from);

    /// <summary>Status 0 means the server closed or reset the connection without a response. With
    /// <paramref name="halfClose"/> the client shuts its sending side after the request (a truncated request). With
    /// <paramref name="from"/> the client connects from that loopback address (127.0.0.2 ... work on Linux).</summary>
    public static Response Send(int port, byte[] request, int timeoutMs = 5000, bool halfClose = false, IPAddress? from = null)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.ReceiveTimeout = timeoutMs;
        socket.SendTimeout = timeoutMs;
        if (from != null)
        {
            socket.Bind(new IPEndPoint(from, 0));
        }

        try
        {
            socket.Connect(IPAddress.Loopback, port);
        }
        catch (SocketException e) when (e.SocketErrorCode == SocketError.ConnectionRefused)
        {
            return new Response(0, "connection refused", "", true);
        }

        try
        {
            socket.Send(request);
            if (halfClose)
            {
                socket.Shutdown(SocketShutdown.Send);
            }
        }
        catch (SocketException)
        {
            // The server may answer and close before taking a large request; read what it said.
        }

        return ReadToClose(socket);
    }

    public static Response ReadToClose(Socket socket)
    {
        var received = new MemoryStream();
        var buffer = new byte[8192];
        bool closed = false;
        try
        {
            while (true)
            {
                int n = socket.Receive(buffer);
                if (n == 0)
                {
                    closed = true;
                    break;
                }

                received.Write(buffer, 0, n);
            }
        }
        catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionAborted)
        {
            closed = true;
        }

        return Parse(received.ToArray(), closed);
    }

    public static Response Get(int port, string path) => Send(port, $"GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");

    public static Response Get(int port, string path, string host, IPAddress? from = null)
        => Send(port, $"GET {path} HTTP/1.1\r\nHost: {host}\r\n\r\n", from: from);

    public static Response Post(int port, string path, string body, string? pin = WebTestHost.Pin, string extraHeaders = "X-Furnace-Csrf: 1\r\n",
        string? host = null, IPAddress? from = null)
    {
        string pinHeader = pin == null ? "" : $"X-Furnace-Pin: {pin}\r\n";
        return Send(port, $"POST {path} HTTP/1.1\r\nHost: {host ?? "127.0.0.1:" + port}\r\n{pinHeader}{extraHeaders}Content-Type: application/json\r\n"
            + $"Content-Length: {Encoding.ASCII.GetByteCount(body)}\r\n\r\n{body}", from: from);
    }

    private static Response Parse(byte[] data, bool closed)
    {
        string text = Encoding.Latin1.GetString(data);
        int split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        if (!text.StartsWith("HTTP/1.1 ", StringComparison.Ordinal) || split < 0)
        {
            return new Response(0, text, "", closed);
        }

        int status = int.Parse(text.AsSpan(9, 3));
        return new Response(status, text[..split], text[(split + 4)..], closed);
    }
}
