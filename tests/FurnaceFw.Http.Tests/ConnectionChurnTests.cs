using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FurnaceFw.Sim.Board;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// The http.zig failure (a connection's state reused while an event could still reach it, under churn near the
/// connection limit), tested the way it was found: thousands of connect/GET/close cycles with abrupt resets, at and
/// beyond the socket budget, from several clients at once, while the real control loop runs on its own thread.
/// </summary>
[TestClass]
public sealed class ConnectionChurnTests
{
    private const int Clients = 6;

    [TestMethod]
    [DataRow(2, 10000, DisplayName = "at the limit: listener + 2 workers + 1 for the 503")]
    [DataRow(3, 10000, DisplayName = "beyond the limit: 3 workers leave no socket for the 503, accepts fail")]
    public void Churn_ManyClientsWithResets_NoLeakNoCrashListenerAliveControlOnTime(int workers, int cycles)
    {
        // A deeper host backlog than lwIP's: Linux drops SYNs beyond it and the client retries only after 1 s, which would
        // make this test measure TCP retransmission instead of the server. The socket budget is enforced at accept either way.
        using var host = new WebTestHost(o => { o.WorkerCount = workers; o.RequestDeadlineMs = 2000; o.MinBackoffMs = 1; o.Backlog = 32; },
            clock: ClockKind.Real);
        using var live = new LiveRunner(host.Board);
        Thread.Sleep(300);
        int feedsBefore = host.Board.Watchdog.FeedCount;
        int cyclesBefore = host.Board.ReadSnapshot().CycleCount;

        int done = 0;
        var outcomes = new int[5];
        var watch = Stopwatch.StartNew();
        var threads = new Thread[Clients];
        for (int c = 0; c < Clients; c++)
        {
            int seed = c;
            threads[c] = new Thread(() =>
            {
                var random = new Random(seed);
                while (Interlocked.Increment(ref done) <= cycles)
                {
                    Interlocked.Increment(ref outcomes[OneCycle(host.Port, random.Next(4))]);
                }
            });
            threads[c].Start();
        }

        foreach (Thread t in threads)
        {
            t.Join();
        }

        watch.Stop();
        var snapshot = host.Board.ReadSnapshot();
        RawHttp.Response final = RawHttp.Get(host.Port, "/api/status");
        host.WaitForIdle();
        Console.WriteLine($"churn workers={workers}: {cycles} cycles in {watch.ElapsedMilliseconds} ms; ok {outcomes[0]}, 503 {outcomes[1]}, "
            + $"reset/refused {outcomes[2]}, aborted by client {outcomes[3]}; accept failures {host.Stats.AcceptFailures}, "
            + $"refused by budget {host.Transport.RefusedAccepts}, peak sockets {host.Transport.PeakOpenSockets}, "
            + $"listener restarts {host.Stats.ListenerRestarts}, control cycles {snapshot.CycleCount - cyclesBefore}");

        Assert.AreEqual(200, final.Status, "the server still serves after the churn");
        Assert.IsTrue(host.Web.Server.IsListening, "the listener is alive");
        Assert.AreEqual(1, host.Transport.OpenSockets, $"no leaked socket: only the listener is open (busy workers {host.Web.Server.BusyWorkers}, "
            + $"accepted {host.Stats.Accepted}, served {host.Stats.Served}, resets {host.Stats.Resets}, timeouts {host.Stats.Timeouts}, bad {host.Stats.BadRequests}, busy {host.Stats.BusyRejected})");
        Assert.IsLessThanOrEqualTo(host.Transport.SocketBudget, host.Transport.PeakOpenSockets, "never more sockets than the budget");
        Assert.AreEqual(0, host.Stats.SlotViolations, "no worker slot was handed a connection while it still held one");
        Assert.IsGreaterThan(cycles / 4, outcomes[0], "a good share of requests were served");
        Assert.AreEqual(0, snapshot.LateCycleCount, "the control loop was never late during the churn");
        Assert.AreEqual(0, live.RunnerExceptions, "no control cycle threw");
        Assert.AreEqual(0, host.Board.WatchdogResets, "no watchdog reset");
        Assert.IsGreaterThan(feedsBefore, host.Board.Watchdog.FeedCount, "watchdog feeds continued");
        if (workers == 3)
        {
            Assert.IsGreaterThan(0, host.Transport.RefusedAccepts, "beyond the limit some accepts must fail for want of a socket");
        }
    }

    /// <summary>0 = 200, 1 = 503, 2 = reset or refused by the server, 3 = the client aborted on purpose.</summary>
    private static int OneCycle(int port, int kind)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        socket.ReceiveTimeout = 5000;
        try
        {
            socket.Connect(IPAddress.Loopback, port);
            switch (kind)
            {
                case 0:
                case 1:
                    socket.Send(Encoding.ASCII.GetBytes($"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"));
                    RawHttp.Response response = RawHttp.ReadToClose(socket);
                    return response.Status == 200 ? 0 : response.Status == 503 ? 1 : 2;
                case 2:
                    // Abrupt reset right after the request: the worker's send or close meets a dead peer.
                    socket.Send(Encoding.ASCII.GetBytes($"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n"));
                    Abort(socket);
                    return 3;
                default:
                    // Abrupt reset halfway through the request line.
                    socket.Send(Encoding.ASCII.GetBytes("GET /api/sta"));
                    Abort(socket);
                    return 3;
            }
        }
        catch (SocketException)
        {
            return 2;
        }
    }

    private static void Abort(Socket socket)
    {
        socket.LingerState = new LingerOption(true, 0);
        socket.Close();
    }
}
