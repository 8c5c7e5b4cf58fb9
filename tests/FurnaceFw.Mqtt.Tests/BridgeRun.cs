using FurnaceFw.Host;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>The daemon on its own thread, as `furnacectl mqtt` runs it, stopped by cancellation as SIGTERM stops the process.</summary>
public sealed class BridgeRun : IDisposable
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Thread _thread;
    private readonly List<string> _log = new();
    private int? _exitCode;

    public BridgeRun(BridgeOptions options, BrokerSettings broker, Func<FurnaceClient> connect)
    {
        Daemon = new BridgeDaemon(options, broker, connect, line =>
        {
            lock (_log)
            {
                _log.Add(line);
            }
        });
        _thread = new Thread(() => _exitCode = Daemon.Run(_stop.Token)) { IsBackground = true, Name = "bridge-under-test" };
        _thread.Start();
    }

    public BridgeDaemon Daemon { get; }

    public TopicLayout Topics => Daemon.Topics;

    public string Log
    {
        get
        {
            lock (_log)
            {
                return string.Join("\n", _log);
            }
        }
    }

    public static BridgeOptions Options(string deviceId, int pollMs = 500) => new()
    {
        DeviceId = deviceId,
        PollInterval = TimeSpan.FromMilliseconds(pollMs),
        PublishEvery = TimeSpan.FromSeconds(5),
        MaxReconnectDelay = TimeSpan.FromSeconds(2),
        MaxBusRetryDelay = TimeSpan.FromSeconds(1),
        StopTimeout = TimeSpan.FromSeconds(20), // a loaded 2-core machine can take longer than the daemon's 5 s to drain
    };

    public static BrokerSettings Broker(MosquittoBroker broker, BrokerCredentials? credentials = null) =>
        new(BrokerEndpoint.Parse(broker.Uri), credentials, null) { KeepAlive = TimeSpan.FromSeconds(5), Timeout = TimeSpan.FromSeconds(10) };

    /// <summary>Waits for the daemon to exit by itself; returns its exit code.</summary>
    public int WaitForExit(TimeSpan timeout)
    {
        Assert.IsTrue(_thread.Join(timeout), $"the daemon did not exit within {timeout.TotalSeconds:0} s; log:\n{Log}");
        return _exitCode!.Value;
    }

    /// <summary>Stops it as SIGTERM does and returns its exit code.</summary>
    public int Stop()
    {
        _stop.Cancel();
        return WaitForExit(TimeSpan.FromSeconds(30));
    }

    public void Dispose()
    {
        _stop.Cancel();
        _thread.Join(TimeSpan.FromSeconds(30));
    }
}
