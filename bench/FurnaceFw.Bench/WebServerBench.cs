using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.Web;
using FurnaceFw.Web;

namespace FurnaceFw.Bench;

/// <summary>
/// GET /api/status against the firmware's HTTP server on loopback under the Pico W socket budget (4 sockets, 2
/// workers, the device defaults): requests per second with one client and with four at once, and the bytes the
/// server's worker threads allocate per request (parse, snapshot read, JSON, send, close) measured with
/// GC.GetAllocatedBytesForCurrentThread inside the transport.
/// </summary>
public static class WebServerBench
{
    public static void Run(int seconds)
    {
        var board = new VirtualBoard(new BoardOptions(), new VirtualClock());
        board.Step();
        using var web = new SimWebServer(board, new HttpServerOptions { Port = 0, Pin = "000000", AcceptLoopbackHost = true, Backlog = SimWebServer.HostBacklog });
        web.Start();
        int port = web.Port;
        byte[] request = Encoding.ASCII.GetBytes($"GET /api/status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\n\r\n");

        Measure("warm-up (JIT)", web, request, clients: 1, seconds: 1, print: false);
        Console.WriteLine($"GET /api/status, {web.Transport.SocketBudget}-socket budget, {web.Options.WorkerCount} workers, "
            + $"{Environment.ProcessorCount} cores, .NET {Environment.Version}");
        Measure("1 client, sequential", web, request, clients: 1, seconds, print: true);
        Measure("4 clients at once", web, request, clients: 4, seconds, print: true);
    }

    private static void Measure(string label, SimWebServer web, byte[] request, int clients, int seconds, bool print)
    {
        long allocatedBefore = web.Transport.WorkerAllocatedBytes;
        int measuredBefore = web.Transport.MeasuredConnections;
        long processBefore = GC.GetTotalAllocatedBytes(precise: true);
        int busyBefore = web.Server.Stats.BusyRejected;
        var ok = new int[clients];
        var failed = new int[clients];
        var stop = Stopwatch.StartNew();
        var threads = new Thread[clients];
        for (int c = 0; c < clients; c++)
        {
            int index = c;
            threads[c] = new Thread(() =>
            {
                var buffer = new byte[4096];
                while (stop.ElapsedMilliseconds < seconds * 1000L)
                {
                    if (Get(web.Port, request, buffer))
                    {
                        ok[index]++;
                    }
                    else
                    {
                        failed[index]++;
                    }
                }
            });
            threads[c].Start();
        }

        foreach (Thread t in threads)
        {
            t.Join();
        }

        double elapsed = stop.Elapsed.TotalSeconds;
        int served = ok.Sum();
        int connections = web.Transport.MeasuredConnections - measuredBefore;
        long workerBytes = web.Transport.WorkerAllocatedBytes - allocatedBefore;
        long processBytes = GC.GetTotalAllocatedBytes(precise: true) - processBefore;
        if (print)
        {
            Console.WriteLine($"{label,-22} {served / elapsed,8:F0} req/s  200s {served}, other {failed.Sum()} "
                + $"(503 busy {web.Server.Stats.BusyRejected - busyBefore})  "
                + $"server worker {(double)workerBytes / Math.Max(1, connections),6:F1} B/request  "
                + $"whole process (clients + sockets) {(double)processBytes / Math.Max(1, served + failed.Sum()),7:F0} B/request");
        }
    }

    private static bool Get(int port, byte[] request, byte[] buffer)
    {
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.Connect(IPAddress.Loopback, port);
            socket.Send(request);
            int total = 0;
            int n;
            while ((n = socket.Receive(buffer, total, buffer.Length - total, SocketFlags.None)) > 0)
            {
                total += n;
            }

            return total > 12 && buffer[9] == (byte)'2' && buffer[10] == (byte)'0' && buffer[11] == (byte)'0';
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
