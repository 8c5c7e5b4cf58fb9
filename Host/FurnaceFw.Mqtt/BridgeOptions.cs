namespace FurnaceFw.Mqtt;

/// <summary>How the bridge behaves; every value has a documented default (docs/mqtt.md).</summary>
public sealed record BridgeOptions
{
    /// <summary>Stable id of this furnace on the broker ([a-zA-Z0-9_-]): topics, unique_ids and the client id derive from it.</summary>
    public required string DeviceId { get; init; }

    /// <summary>Root of the bridge's own topics: ROOT/DEVICE/state, .../set/..., ...</summary>
    public string TopicRoot { get; init; } = "furnacefw";

    /// <summary>Home Assistant's discovery prefix.</summary>
    public string DiscoveryPrefix { get; init; } = "homeassistant";

    /// <summary>One block read of the controller per period.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>State is published on change, and at least this often.</summary>
    public TimeSpan PublishEvery { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Host watchdog timeout written to the controller (Co-op); rewritten every third of it.</summary>
    public int WatchdogSeconds { get; init; } = 30;

    /// <summary>Window of the element duty figure the bridge computes from its polls.</summary>
    public TimeSpan DutyWindow { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>Longest back-off between broker connection attempts.</summary>
    public TimeSpan MaxReconnectDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest back-off between attempts to reach the controller on the bus.</summary>
    public TimeSpan MaxBusRetryDelay { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Results waiting for the broker beyond this many are dropped oldest-first (and counted).</summary>
    public int ResultQueueCapacity { get; init; } = 32;

    /// <summary>Commands waiting for the bus beyond this many are refused with a "busy" result.</summary>
    public int CommandQueueCapacity { get; init; } = 8;

    /// <summary>How long a stop may spend publishing the final availability and status (systemd's TimeoutStopSec is 15 s).</summary>
    public TimeSpan StopTimeout { get; init; } = TimeSpan.FromSeconds(5);
}
