using System.Text;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Web;

namespace FurnaceFw.Http.Tests;

/// <summary>Parsing a request and writing its response allocates nothing once the worker's buffers exist.</summary>
[TestClass]
public sealed class RequestAllocationTests
{
    [TestMethod]
    [DataRow("GET /api/status HTTP/1.1\r\nHost: h\r\n\r\n", DisplayName = "status")]
    [DataRow("GET /api/history HTTP/1.1\r\nHost: h\r\n\r\n", DisplayName = "history")]
    [DataRow("GET / HTTP/1.1\r\nHost: h\r\n\r\n", DisplayName = "page")]
    [DataRow("POST /api/setpoint HTTP/1.1\r\nHost: h\r\nX-Furnace-Csrf: 1\r\nX-Furnace-Pin: 482916\r\nContent-Length: 18\r\n\r\n{\"setpoint_c\": 60}", DisplayName = "setpoint")]
    [DataRow("GET /nope HTTP/1.1\r\nHost: h\r\n\r\n", DisplayName = "404")]
    public void ParseAndHandle_Request_AllocatesNothing(string text)
    {
        var board = new VirtualBoard(new BoardOptions(), new VirtualClock());
        board.Step();
        var options = new HttpServerOptions { Pin = WebTestHost.Pin, PinAttemptBurst = 1000 };
        var clock = new RealTimeClock();
        var app = new FurnaceWebApp(board.Firmware, options, clock);
        var server = new HttpServer(options, new NullTransport(), board.Link, clock, app);
        var output = new ResponseWriter(options.ResponseBufferBytes, clock);
        IRequestHandler handler = app.CreateHandler(server, output);
        var parser = new HttpRequestParser(options);
        var request = new HttpRequest();
        var buffer = new byte[parser.RequiredBufferBytes];
        byte[] bytes = Encoding.ASCII.GetBytes(text);
        Array.Copy(bytes, buffer, bytes.Length);
        var connection = new CountingConnection();

        long allocated = 0;
        for (int round = 0; round < 2; round++)
        {
            long before = GC.GetAllocatedBytesForCurrentThread();
            for (int i = 0; i < 200; i++)
            {
                request.Reset(buffer);
                Assert.AreEqual(HttpRequestParser.Complete, parser.Parse(buffer, bytes.Length, request), "parses");
                output.Begin(connection, clock.NowMs + 5000);
                handler.Handle(request, output);
                output.Flush();
            }

            allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        }

        Assert.IsGreaterThan(0L, connection.Bytes, "responses were written");
        Assert.AreEqual(0L, allocated, $"bytes allocated for 200 requests after warm-up ({allocated / 200.0:F1} B per request)");
    }

    private sealed class CountingConnection : IConnection
    {
        public long Bytes { get; private set; }

        public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => 0;

        public void Send(byte[] buffer, int offset, int count, int timeoutMs) => Bytes += count;

        public int RemoteAddress => 0x7F000001;

        public void Close()
        {
        }
    }

    private sealed class NullTransport : ISocketTransport
    {
        public IListenSocket Listen(int port, int backlog) => throw new System.Net.Sockets.SocketException();
    }
}
