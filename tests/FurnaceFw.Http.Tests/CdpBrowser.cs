using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net.WebSockets;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// Headless Chromium driven over the Chrome DevTools Protocol on a WebSocket (no browser download, no driver): the
/// Debian package's /usr/bin/chromium, a fresh profile, every background network feature off.
/// </summary>
internal sealed class CdpBrowser : IDisposable
{
    public const string ChromiumPath = "/usr/bin/chromium";

    private readonly Process _process;
    private readonly string _profile;
    private readonly ClientWebSocket _socket = new();
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonElement>> _pending = new();
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reader;
    private int _nextId;

    private CdpBrowser(Process process, string profile, Uri pageSocket)
    {
        _process = process;
        _profile = profile;
        _socket.ConnectAsync(pageSocket, CancellationToken.None).Wait(TimeSpan.FromSeconds(10));
        _reader = Task.Run(ReadLoop);
    }

    /// <summary>Exceptions thrown by page scripts and console errors, as CDP reported them.</summary>
    public ConcurrentQueue<string> PageErrors { get; } = new();

    public static CdpBrowser Launch(int width, int height)
    {
        string profile = Path.Combine(Path.GetTempPath(), "furnacefw-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var start = new ProcessStartInfo(ChromiumPath)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (string arg in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--disable-extensions", "--disable-default-apps", "--mute-audio",
            "--user-data-dir=" + profile, "--remote-debugging-port=0", $"--window-size={width},{height}", "about:blank",
        })
        {
            start.ArgumentList.Add(arg);
        }

        Process process = Process.Start(start)!;
        process.ErrorDataReceived += (_, _) => { };
        process.OutputDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        process.BeginOutputReadLine();
        try
        {
            int port = WaitForDevToolsPort(profile, process);
            using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
            for (int attempt = 0; ; attempt++)
            {
                JsonArray targets = JsonNode.Parse(http.GetStringAsync($"http://127.0.0.1:{port}/json/list").Result)!.AsArray();
                JsonNode? page = targets.FirstOrDefault(t => (string?)t!["type"] == "page");
                if (page != null)
                {
                    return new CdpBrowser(process, profile, new Uri((string)page["webSocketDebuggerUrl"]!));
                }

                if (attempt > 50)
                {
                    throw new InvalidOperationException("chromium opened no page target");
                }

                Thread.Sleep(100);
            }
        }
        catch
        {
            Kill(process);
            throw;
        }
    }

    public JsonElement Send(string method, object? parameters = null, int timeoutMs = 15000)
    {
        int id = Interlocked.Increment(ref _nextId);
        var reply = new TaskCompletionSource<JsonElement>(TaskCreationOptions.RunContinuationsAsynchronously);
        _pending[id] = reply;
        byte[] message = JsonSerializer.SerializeToUtf8Bytes(new { id, method, @params = parameters ?? new { } });
        _socket.SendAsync(message, WebSocketMessageType.Text, true, CancellationToken.None).Wait(timeoutMs);
        if (!reply.Task.Wait(timeoutMs))
        {
            throw new TimeoutException($"CDP {method} got no reply in {timeoutMs} ms");
        }

        JsonElement result = reply.Task.Result;
        if (result.TryGetProperty("error", out JsonElement error))
        {
            throw new InvalidOperationException($"CDP {method} failed: {error}");
        }

        return result.GetProperty("result");
    }

    /// <summary>Evaluates a JS expression in the page (promises awaited) and returns its value as a string.</summary>
    public string Evaluate(string expression)
    {
        JsonElement result = Send("Runtime.evaluate", new { expression, awaitPromise = true, returnByValue = true });
        if (result.TryGetProperty("exceptionDetails", out JsonElement exception))
        {
            throw new InvalidOperationException($"page script failed: {exception}");
        }

        JsonElement value = result.GetProperty("result");
        return value.TryGetProperty("value", out JsonElement v) ? (v.ValueKind == JsonValueKind.String ? v.GetString()! : v.GetRawText()) : "";
    }

    /// <summary>Polls <paramref name="expression"/> until it evaluates to "true"; returns false on timeout.</summary>
    public bool WaitFor(string expression, int timeoutMs)
    {
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < timeoutMs)
        {
            if (Evaluate(expression) == "true")
            {
                return true;
            }

            Thread.Sleep(100);
        }

        return false;
    }

    public byte[] Screenshot() => Convert.FromBase64String(Send("Page.captureScreenshot", new { format = "png" }).GetProperty("data").GetString()!);

    public void Dispose()
    {
        _stop.Cancel();
        try
        {
            _socket.Abort();
        }
        catch (WebSocketException)
        {
        }

        Kill(_process);
        try
        {
            Directory.Delete(_profile, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still be writing its profile as it dies; the temp directory is cleaned by the OS.
        }
    }

    private static int WaitForDevToolsPort(string profile, Process process)
    {
        string file = Path.Combine(profile, "DevToolsActivePort");
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 30000)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"chromium exited at start with code {process.ExitCode}");
            }

            if (File.Exists(file))
            {
                string[] lines = File.ReadAllLines(file);
                if (lines.Length > 0 && int.TryParse(lines[0], out int port))
                {
                    return port;
                }
            }

            Thread.Sleep(50);
        }

        throw new TimeoutException("chromium did not open its DevTools port within 30 s");
    }

    private static void Kill(Process process)
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5000);
            }
        }
        catch (InvalidOperationException)
        {
        }

        process.Dispose();
    }

    private async Task ReadLoop()
    {
        var buffer = new byte[1 << 20];
        var message = new MemoryStream();
        try
        {
            while (!_stop.IsCancellationRequested && _socket.State == WebSocketState.Open)
            {
                WebSocketReceiveResult received = await _socket.ReceiveAsync(buffer, _stop.Token);
                message.Write(buffer, 0, received.Count);
                if (!received.EndOfMessage)
                {
                    continue;
                }

                using JsonDocument document = JsonDocument.Parse(message.ToArray());
                message.SetLength(0);
                JsonElement root = document.RootElement.Clone();
                if (root.TryGetProperty("id", out JsonElement id) && _pending.TryRemove(id.GetInt32(), out var reply))
                {
                    reply.SetResult(root);
                }
                else if (root.TryGetProperty("method", out JsonElement method))
                {
                    string name = method.GetString()!;
                    if (name == "Runtime.exceptionThrown" || (name == "Runtime.consoleAPICalled"
                        && root.GetProperty("params").GetProperty("type").GetString() == "error"))
                    {
                        PageErrors.Enqueue(root.GetProperty("params").ToString());
                    }
                }
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closing.
        }
    }
}
