namespace FurnaceFw.Mqtt;

/// <summary>
/// The only hand-over from the bus thread to the broker side, and it never blocks the bus thread: the latest state,
/// availability, bridge status and discovery are single slots (a newer value replaces an unsent one; only the latest
/// matters), and command results wait in a bounded queue that drops its oldest entry when the broker is away too long.
/// The lock guards only the swap of references, never I/O.
/// </summary>
public sealed class Outbox
{
    private readonly object _gate = new();
    private readonly Queue<string> _results = new();
    private readonly int _resultCapacity;
    private readonly BridgeCounters _counters;
    private readonly SemaphoreSlim _changed = new(0, 1);
    private string? _state;
    private string? _availability;
    private string? _bridgeStatus;
    private IReadOnlyList<MqttMessage>? _discovery;

    public Outbox(int resultCapacity, BridgeCounters counters)
    {
        _resultCapacity = resultCapacity;
        _counters = counters;
    }

    public void PostState(string json) => Set(ref _state, json);

    public void PostAvailability(bool online) => Set(ref _availability, online ? "online" : "offline");

    public void PostBridgeStatus(string json) => Set(ref _bridgeStatus, json);

    public void PostDiscovery(IReadOnlyList<MqttMessage> messages)
    {
        lock (_gate)
        {
            _discovery = messages;
        }

        Signal();
    }

    public void PostResult(string json)
    {
        lock (_gate)
        {
            _results.Enqueue(json);
            while (_results.Count > _resultCapacity)
            {
                _results.Dequeue();
                _counters.ResultDropped();
            }
        }

        Signal();
    }

    /// <summary>Takes everything unsent. Retained slots are kept as "last known" so a reconnect can republish them.</summary>
    public OutboxBatch Take(bool republishRetained, OutboxBatch lastSent)
    {
        lock (_gate)
        {
            var results = _results.ToArray();
            _results.Clear();
            return new OutboxBatch(
                Pick(_discovery, lastSent.Discovery, republishRetained),
                Pick(_availability, lastSent.Availability, republishRetained),
                Pick(_bridgeStatus, lastSent.BridgeStatus, republishRetained),
                Pick(_state, lastSent.State, republishRetained),
                results);
        }
    }

    /// <summary>Puts results back at the front after a failed publish (still bounded).</summary>
    public void Requeue(IReadOnlyList<string> results)
    {
        lock (_gate)
        {
            var rest = _results.ToArray();
            _results.Clear();
            foreach (string r in results.Concat(rest))
            {
                _results.Enqueue(r);
            }

            while (_results.Count > _resultCapacity)
            {
                _results.Dequeue();
                _counters.ResultDropped();
            }
        }
    }

    /// <summary>The last value of each retained slot (what a clean stop or a reconnect starts from).</summary>
    public OutboxBatch Snapshot()
    {
        lock (_gate)
        {
            return new OutboxBatch(_discovery, _availability, _bridgeStatus, _state, Array.Empty<string>());
        }
    }

    /// <summary>Wakes the broker side without posting anything (e.g. to start a drain).</summary>
    public void Wake() => Signal();

    /// <summary>Waits until something is posted or the timeout passes.</summary>
    public Task<bool> WaitAsync(TimeSpan timeout, CancellationToken cancel) => _changed.WaitAsync(timeout, cancel);

    private static T? Pick<T>(T? current, T? sent, bool all)
        where T : class => all || !ReferenceEquals(current, sent) ? current : null;

    private void Set(ref string? slot, string value)
    {
        lock (_gate)
        {
            if (slot == value)
            {
                return;
            }

            slot = value;
        }

        Signal();
    }

    private void Signal()
    {
        try
        {
            _changed.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already signalled: the broker side will take everything at once.
        }
    }
}

/// <summary>What the broker side publishes in one go: null slots have nothing new.</summary>
public sealed record OutboxBatch(IReadOnlyList<MqttMessage>? Discovery, string? Availability, string? BridgeStatus, string? State,
    IReadOnlyList<string> Results)
{
    public static readonly OutboxBatch Empty = new(null, null, null, null, Array.Empty<string>());
}
