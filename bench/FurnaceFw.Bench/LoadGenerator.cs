using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FurnaceFw.Bench;

/// <summary>
/// A closed-loop HTTP/1.1 load generator: each client thread connects, sends one request, reads until the server
/// closes, records the latency from connect to close and the status, and starts again at once. Every request is a new
/// connection (the furnace server always closes; the request asks Kestrel to close too).
/// </summary>
public static class LoadGenerator
{
    /// <summary>Runs <paramref name="clients"/> threads against 127.0.0.1:<paramref name="port"/> for
    /// <paramref name="seconds"/>.</summary>
    public static LoadResult Run(int port, byte[] request, int clients, double seconds, int timeoutMs = 10000)
    {
        var perClient = new List<Sample>[clients];
        var threads = new Thread[clients];
        var stop = Stopwatch.StartNew();
        long endTicks = (long)(seconds * Stopwatch.Frequency);
        for (int c = 0; c < clients; c++)
        {
            int index = c;
            perClient[c] = new List<Sample>(4096);
            threads[c] = new Thread(() =>
            {
                var buffer = new byte[16384];
                while (stop.ElapsedTicks < endTicks)
                {
                    perClient[index].Add(One(port, request, buffer, timeoutMs));
                }
            });
            threads[c].Start();
        }

        foreach (Thread t in threads)
        {
            t.Join();
        }

        return new LoadResult(perClient.SelectMany(s => s).ToArray(), stop.Elapsed.TotalSeconds);
    }

    private static Sample One(int port, byte[] request, byte[] buffer, int timeoutMs)
    {
        long start = Stopwatch.GetTimestamp();
        int total = 0;
        try
        {
            using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            socket.ReceiveTimeout = timeoutMs;
            socket.SendTimeout = timeoutMs;
            socket.NoDelay = true;
            socket.Connect(IPAddress.Loopback, port);
            socket.Send(request);

            // The first 512 bytes (the head) are kept; the rest of the body is read over the bytes after them.
            int n;
            while ((n = socket.Receive(buffer, Math.Min(total, 512), buffer.Length - Math.Min(total, 512), SocketFlags.None)) > 0)
            {
                total += n;
            }
        }
        catch (SocketException)
        {
            // Refused, reset or timed out: it counts as answered only if a complete response arrived before that.
        }

        double ms = Stopwatch.GetElapsedTime(start).TotalMilliseconds;
        int status = IsComplete(buffer, total) ? ParseStatus(buffer) : 0;
        return new Sample(ms, status, status == 503 && FindHeader(buffer, "Retry-After: ") != null);
    }

    /// <summary>A status line, a head ending in CR LF CR LF and the whole Content-Length body.</summary>
    private static bool IsComplete(byte[] buffer, int total)
    {
        string head = System.Text.Encoding.ASCII.GetString(buffer, 0, Math.Min(total, 512));
        int end = head.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        string? length = end < 0 ? null : FindHeader(buffer, "Content-Length: ");
        return total >= 12 && length != null && int.TryParse(length, out int body) && total >= end + 4 + body;
    }

    private static int ParseStatus(byte[] b) =>
        b[0] == (byte)'H' && b[8] == (byte)' ' ? (b[9] - '0') * 100 + (b[10] - '0') * 10 + (b[11] - '0') : 0;

    private static string? FindHeader(byte[] buffer, string name)
    {
        string head = System.Text.Encoding.ASCII.GetString(buffer, 0, Math.Min(buffer.Length, 512));
        int at = head.IndexOf(name, StringComparison.Ordinal);
        return at < 0 ? null : head.Substring(at + name.Length, Math.Max(0, head.IndexOf('\r', at) - at - name.Length));
    }
}

/// <summary>One request: latency from connect to the server's close, the status (0 = no HTTP response: refused, reset
/// or timed out), and whether a 503 carried Retry-After.</summary>
public readonly record struct Sample(double LatencyMs, int Status, bool RetryAfter);

/// <summary>What a load run saw.</summary>
public sealed class LoadResult
{
    public LoadResult(Sample[] samples, double seconds)
    {
        Samples = samples;
        Seconds = seconds;
    }

    public Sample[] Samples { get; }

    public double Seconds { get; }

    public int Count(int status) => Samples.Count(s => s.Status == status);

    /// <summary>Requests that got no HTTP response at all (refused, reset, timed out).</summary>
    public int Failed => Samples.Count(s => s.Status == 0);

    public int Other => Samples.Count(s => s.Status != 0 && s.Status != 200 && s.Status != 503);

    public double Percentile(double p, Func<Sample, bool>? where = null)
    {
        double[] sorted = Samples.Where(where ?? (_ => true)).Select(s => s.LatencyMs).OrderBy(v => v).ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }

        int index = (int)Math.Ceiling(p / 100.0 * sorted.Length) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Length - 1)];
    }
}
