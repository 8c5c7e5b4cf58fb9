using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.Web;
using FurnaceFw.Web;

namespace FurnaceFw.Http.Tests;

/// <summary>A virtual board with the web server on a loopback port under the Pico W socket budget.</summary>
internal sealed class WebTestHost : IDisposable
{
    public const string Pin = "482916";

    public WebTestHost(Action<HttpServerOptions>? configure = null, int socketBudget = HttpServerOptions.PicoWSocketBudget,
        ClockKind clock = ClockKind.Virtual, BoardOptions? board = null)
    {
        Clock = clock == ClockKind.Virtual ? new VirtualClock() : new RealTimeClock();
        Board = new VirtualBoard(board ?? new BoardOptions(), Clock);
        var options = new HttpServerOptions
        {
            Port = 0, Pin = Pin, RequestDeadlineMs = 2000, AcceptLoopbackHost = true, Backlog = SimWebServer.HostBacklog,
        };
        configure?.Invoke(options);
        Web = new SimWebServer(Board, options, new BudgetedSocketTransport(socketBudget));
        Web.Start();
        Assert.IsTrue(Web.Server.IsListening, "the server should listen within 5 s of Start");
    }

    public FurnaceFw.Firmware.Ports.IMonotonicClock Clock { get; }

    public VirtualBoard Board { get; }

    public SimWebServer Web { get; }

    public int Port => Web.Port;

    public HttpServerStats Stats => Web.Server.Stats;

    public BudgetedSocketTransport Transport => Web.Transport;

    /// <summary>Steps a deterministic board so the control thread drains the mailbox and publishes.</summary>
    public void StepBoard(int cycles = 1)
    {
        for (int i = 0; i < cycles; i++)
        {
            Board.Step();
        }
    }

    /// <summary>Waits until every worker is idle and only the listener holds a socket (connections all closed).</summary>
    public void WaitForIdle(int timeoutMs = 5000)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline && (Transport.OpenSockets > 1 || Web.Server.BusyWorkers > 0))
        {
            Thread.Sleep(5);
        }
    }

    public void Dispose() => Web.Dispose();
}

internal enum ClockKind
{
    Virtual,
    Real,
}
