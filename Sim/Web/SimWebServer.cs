using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Web;

namespace FurnaceFw.Sim.Web;

/// <summary>
/// The firmware's web server running against a virtual board: the same <see cref="HttpServer"/> and
/// <see cref="FurnaceWebApp"/> as the device, on 127.0.0.1 over a <see cref="BudgetedSocketTransport"/>, following the
/// board's simulated link and its resets. Deadlines use real time even when the board runs on a virtual clock.
/// </summary>
public sealed class SimWebServer : IDisposable
{
    /// <summary>
    /// Listen backlog for the Sim on a Linux host. Linux drops a SYN when the listen queue is full and the client
    /// retries only after a second (then 2 s, 4 s...), so with the board's small backlog a burst of clients measures
    /// TCP retransmission, not the server. The accept thread takes every queued connection within milliseconds (a
    /// worker or a 503), so a deeper host queue changes no answer, only how many SYNs Linux drops. The board's lwIP
    /// holds at most 4 pending connections (HttpServerOptions.Backlog); docs/http-api.md says what that means there.
    /// </summary>
    public const int HostBacklog = 16;

    private readonly VirtualBoard _board;

    public SimWebServer(VirtualBoard board, HttpServerOptions options, BudgetedSocketTransport? transport = null)
    {
        _board = board;
        Options = options;
        Transport = transport ?? new BudgetedSocketTransport();
        var clock = new RealTimeClock();
        App = new FurnaceWebApp(board.Firmware, options, clock);
        Server = new HttpServer(options, Transport, board.Link, clock, App);
        board.Rebooted += App.Attach;
    }

    public HttpServerOptions Options { get; }

    public BudgetedSocketTransport Transport { get; }

    public FurnaceWebApp App { get; }

    public HttpServer Server { get; }

    public int Port => Transport.BoundPort;

    public string Url => "http://127.0.0.1:" + Port + "/";

    /// <summary>Starts the server and waits (up to 5 s) until it listens, so <see cref="Port"/> is known.</summary>
    public void Start()
    {
        Server.Start();
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!Server.IsListening && DateTime.UtcNow < deadline && _board.Link.IsUp)
        {
            Thread.Sleep(5);
        }
    }

    public void Dispose()
    {
        _board.Rebooted -= App.Attach;
        Server.Stop(5000);
    }
}
