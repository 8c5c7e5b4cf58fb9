using System.Text;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.Web;
using FurnaceFw.Web;

namespace FurnaceFw.Bench;

/// <summary>
/// Overload, side by side: 16 (or N) clients hammer GET /api/status, each request a new connection, first against
/// the furnace's server in the Sim (device defaults: 2 workers, 4 sockets in total as on the Pico W) and then against
/// a minimal Kestrel app answering the same bytes, in the same process and run. Prints requests, 200s, 503s (with
/// Retry-After), failures (no HTTP answer at all), and latency percentiles from connect to close.
/// </summary>
public static class OverloadBench
{
    public static void Run(int clients, double seconds)
    {
        var board = new VirtualBoard(new BoardOptions(), new VirtualClock());
        board.Step();
        using var web = new SimWebServer(board, SimOptions());
        web.Start();
        byte[] furnaceRequest = Request(web.Port);
        byte[] statusBody = StatusBody(web.Port);

        using (var kestrel = AsyncDispose(KestrelReference.Start(statusBody)))
        {
            int kestrelPort = kestrel.Value.Port;
            Console.WriteLine($"GET /api/status ({statusBody.Length}-byte JSON body), {clients} clients, {seconds:F0} s each, new connection per request; "
                + $"{Environment.ProcessorCount} cores, .NET {Environment.Version}, load average {LoadAverage()}");
            LoadGenerator.Run(web.Port, furnaceRequest, clients, 1); // warm-up (JIT) for both
            LoadGenerator.Run(kestrelPort, Request(kestrelPort), clients, 1);

            int busyBefore = web.Server.Stats.BusyRejected;
            LoadResult furnace = LoadGenerator.Run(web.Port, furnaceRequest, clients, seconds);
            int busy = web.Server.Stats.BusyRejected - busyBefore;
            LoadResult reference = LoadGenerator.Run(kestrelPort, Request(kestrelPort), clients, seconds);

            Console.WriteLine($"{"server",-34} {"req/s",7} {"200",7} {"503",6} {"failed",6}   p50 ms   p90 ms   p99 ms   max ms   p99 of 200s");
            Print($"furnace HttpServer ({web.Options.WorkerCount} workers, {web.Transport.SocketBudget} sockets)", furnace);
            Print("Kestrel (defaults, Connection: close)", reference);
            double ratio = furnace.Percentile(99) / reference.Percentile(99);
            Console.WriteLine($"p99 ratio furnace/Kestrel: {ratio:F2} (requirement: <= 10 with 0 failed); 503s with Retry-After: "
                + $"{furnace.Samples.Count(s => s.Status == 503 && s.RetryAfter)} of {furnace.Count(503)} (server counted {busy}); "
                + $"peak sockets {web.Transport.PeakOpenSockets} of {web.Transport.SocketBudget}");
        }
    }

    /// <summary>The Sim's server as --http runs it (device defaults; see HttpOption).</summary>
    private static HttpServerOptions SimOptions() => new() { Port = 0, Pin = "000000", AcceptLoopbackHost = true, Backlog = SimWebServer.HostBacklog };

    private static void Print(string name, LoadResult r)
    {
        Console.WriteLine($"{name,-34} {r.Samples.Length / r.Seconds,7:F0} {r.Count(200),7} {r.Count(503),6} {r.Failed + r.Other,6} "
            + $"{r.Percentile(50),8:F1} {r.Percentile(90),8:F1} {r.Percentile(99),8:F1} {r.Percentile(100),8:F1} {r.Percentile(99, s => s.Status == 200),13:F1}");
    }

    private static byte[] Request(int port) =>
        Encoding.ASCII.GetBytes($"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");

    private static byte[] StatusBody(int port)
    {
        using var client = new HttpClient();
        return client.GetByteArrayAsync($"http://127.0.0.1:{port}/api/status").GetAwaiter().GetResult();
    }

    private static string LoadAverage()
    {
        try
        {
            return File.ReadAllText("/proc/loadavg").Split(' ')[0];
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static SyncDisposer<T> AsyncDispose<T>(T value)
        where T : IAsyncDisposable => new(value);

    private readonly struct SyncDisposer<T>(T value) : IDisposable
        where T : IAsyncDisposable
    {
        public T Value { get; } = value;

        public void Dispose() => Value.DisposeAsync().AsTask().GetAwaiter().GetResult();
    }
}
