using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace FurnaceFw.Http.Tests;

/// <summary>Clients that trickle bytes hold a worker no longer than the one request deadline (not per read).</summary>
[TestClass]
public sealed class SlowlorisTests
{
    private const int DeadlineMs = 1200;

    [TestMethod]
    public void TricklingClients_MoreThanWorkers_AreCutAtTheDeadlineAndServingResumes()
    {
        using var host = new WebTestHost(o => o.RequestDeadlineMs = DeadlineMs);
        const int clients = 5;
        var heldMs = new long[clients];
        var threads = new Thread[clients];
        for (int i = 0; i < clients; i++)
        {
            int index = i;
            threads[i] = new Thread(() => heldMs[index] = TrickleUntilClosed(host.Port, stepMs: 50, giveUpMs: 10 * DeadlineMs));
            threads[i].Start();
        }

        var held = System.Diagnostics.Stopwatch.StartNew();
        while (host.Web.Server.BusyWorkers < host.Web.Options.WorkerCount && held.ElapsedMilliseconds < DeadlineMs / 2)
        {
            Thread.Sleep(5);
        }

        Assert.AreEqual(host.Web.Options.WorkerCount, host.Web.Server.BusyWorkers, "precondition: trickling clients hold every worker");
        RawHttp.Response whileHeld = RawHttp.Get(host.Port, "/api/status");
        foreach (Thread t in threads)
        {
            t.Join();
        }

        host.WaitForIdle();
        RawHttp.Response after = RawHttp.Get(host.Port, "/api/status");
        host.WaitForIdle();

        long worst = heldMs.Max();
        Assert.IsLessThan(DeadlineMs + 1500, worst, $"a trickling client held its connection {worst} ms; the deadline is {DeadlineMs} ms");
        Assert.IsGreaterThanOrEqualTo(2, host.Stats.Timeouts, "the two workers' trickling clients were cut by the deadline");
        Assert.AreNotEqual(200, whileHeld.Status, "while both workers are held a new request is refused at once (503 or reset), not queued");
        Assert.AreEqual(200, after.Status, "after the deadline the server serves again");
        Assert.AreEqual(1, host.Transport.OpenSockets, "only the listener is left open");
        Console.WriteLine($"slowloris: {clients} clients, deadline {DeadlineMs} ms, longest hold {worst} ms, holds [{string.Join(", ", heldMs)}], "
            + $"timeouts {host.Stats.Timeouts}, busy 503 {host.Stats.BusyRejected}, accept failures {host.Stats.AcceptFailures}");
    }

    /// <summary>Sends a never-ending header one byte at a time; returns how long the server kept the connection open.</summary>
    private static long TrickleUntilClosed(int port, int stepMs, int giveUpMs)
    {
        var watch = Stopwatch.StartNew();
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        try
        {
            socket.Connect(IPAddress.Loopback, port);
            byte[] head = Encoding.ASCII.GetBytes("GET / HTTP/1.1\r\nHost: h\r\nX-Slow: ");
            socket.Send(head, 0, 1, SocketFlags.None);
            var one = new byte[1] { (byte)'a' };
            var sink = new byte[512];
            while (watch.ElapsedMilliseconds < giveUpMs)
            {
                if (socket.Poll(stepMs * 1000, SelectMode.SelectRead) && socket.Receive(sink) == 0)
                {
                    break;
                }

                socket.Send(one);
            }
        }
        catch (SocketException)
        {
            // Reset or refused: the server let go of this client.
        }

        return watch.ElapsedMilliseconds;
    }
}
