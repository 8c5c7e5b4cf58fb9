using FurnaceFw.Web;

namespace FurnaceFw.Http.Tests;

/// <summary>The listener never dies: repeated accept failures re-create it; a link flap closes and re-opens it.</summary>
[TestClass]
public sealed class ListenerRecoveryTests
{
    [TestMethod]
    public void AcceptFailures_ManyInARow_ListenerIsRecreatedAndServes()
    {
        using var host = new WebTestHost(o => { o.AcceptFailuresBeforeRestart = 4; o.MinBackoffMs = 10; });
        host.Transport.FailNextAccepts(10);
        // While the listener is being re-created a connect is refused; keep trying until all 10 failures happened.
        for (int attempt = 0; host.Transport.InjectedFailures < 10; attempt++)
        {
            Assert.IsLessThan(200, attempt, "the injected failures should be used up within 200 attempts");
            RawHttp.Response failed = RawHttp.Get(host.Port, "/api/status");
            Assert.AreEqual(0, failed.Status, $"attempt {attempt}: an accept that fails (no free socket) drops the client");
            Thread.Sleep(5);
        }

        host.WaitForIdle();
        Assert.AreEqual(200, RawHttp.Get(host.Port, "/api/status").Status, "serves again after the failures");
        Assert.AreEqual(10, host.Stats.AcceptFailures, "every failure counted");
        Assert.AreEqual(2, host.Stats.ListenerRestarts, "10 failures with a restart every 4 re-create the listener twice");
        Assert.Contains("\"listener_restarts\":2", RawHttp.Get(host.Port, "/api/status").Body, "visible in /api/status");
    }

    [TestMethod]
    public void LinkFlap_DownThenUp_ListenerClosesThenReturns()
    {
        using var host = new WebTestHost();
        int cycles = host.Board.ReadSnapshot().CycleCount;
        host.Board.Link.IsUp = false;
        WaitUntil(() => !host.Web.Server.IsListening, "listener closes when the link drops");
        Assert.AreEqual(0, host.Transport.OpenSockets, "no socket held while the link is down");
        host.StepBoard(4);

        host.Board.Link.IsUp = true;
        WaitUntil(() => host.Web.Server.IsListening, "listener returns with the link");
        Assert.AreEqual(200, RawHttp.Get(host.Port, "/api/status").Status, "serves on the same port again");
        Assert.AreEqual(1, host.Stats.LinkDownStops, "the stop is counted");
        Assert.AreEqual(cycles + 4, host.Board.ReadSnapshot().CycleCount, "the control cycle ran through the flap");
    }

    [TestMethod]
    public void Listen_BudgetExhausted_RetriesWithBackoffUntilItCan()
    {
        var transport = new FurnaceFw.Sim.Web.BudgetedSocketTransport(socketBudget: 0);
        var board = new FurnaceFw.Sim.Board.VirtualBoard(new FurnaceFw.Sim.Board.BoardOptions(), new FurnaceFw.Sim.Hardware.VirtualClock());
        var options = new HttpServerOptions { Port = 0, MinBackoffMs = 10, MaxBackoffMs = 40 };
        using var web = new FurnaceFw.Sim.Web.SimWebServer(board, options, transport);
        web.Start();
        WaitUntil(() => web.Server.Stats.ListenFailures >= 3, "failed listens are counted and retried");
        Assert.IsFalse(web.Server.IsListening, "cannot listen without a socket");
    }

    [TestMethod]
    public void AcceptLoop_LinkStatusThrows_LoopSurvivesCountsAndServes()
    {
        var link = new ThrowingLink(throws: 3);
        var transport = new FurnaceFw.Sim.Web.BudgetedSocketTransport();
        var board = new FurnaceFw.Sim.Board.VirtualBoard(new FurnaceFw.Sim.Board.BoardOptions(), new FurnaceFw.Sim.Hardware.VirtualClock());
        var options = new HttpServerOptions { Port = 0, MinBackoffMs = 10 };
        var app = new FurnaceWebApp(board.Firmware, options, new FurnaceFw.Sim.Hardware.RealTimeClock());
        var server = new HttpServer(options, transport, link, new FurnaceFw.Sim.Hardware.RealTimeClock(), app);
        server.Start();
        try
        {
            WaitUntil(() => server.IsListening, "listening once the link read stops throwing");
            Assert.AreEqual(3, server.Stats.AcceptLoopErrors, "each throw counted");
            Assert.AreEqual(200, RawHttp.Get(transport.BoundPort, "/api/status").Status, "serves");
        }
        finally
        {
            server.Stop(5000);
        }
    }

    private sealed class ThrowingLink : FurnaceFw.Firmware.Ports.ILinkStatus
    {
        private int _throws;

        public ThrowingLink(int throws) => _throws = throws;

        public bool IsUp => Interlocked.Decrement(ref _throws) >= 0 ? throw new InvalidOperationException("driver glitch") : true;

        public int Ipv4Address => FurnaceFw.Sim.Hardware.SimulatedLink.Loopback;

        public int SignalDbm => FurnaceFw.Firmware.Ports.LinkSignal.Unknown;
    }

    private static void WaitUntil(Func<bool> condition, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (!condition())
        {
            Assert.IsLessThan(deadline, DateTime.UtcNow, $"timed out waiting: {what}");
            Thread.Sleep(10);
        }
    }
}
