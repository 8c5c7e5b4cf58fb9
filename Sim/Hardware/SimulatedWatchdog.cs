using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// The board's hardware watchdog: once armed, it expires when not fed within the timeout. The board checks
/// <see cref="HasExpired"/> and resets itself, exactly as the RP2040 would, whatever the firmware is doing.
/// </summary>
public sealed class SimulatedWatchdog : IWatchdog
{
    private readonly IMonotonicClock _clock;
    private long _lastFeedMs;
    private int _feeds;

    private readonly Action? _onHealthy;

    /// <param name="onHealthy">Clears the board's resets-since-healthy count (the RP2040 keeps it in a scratch register).</param>
    public SimulatedWatchdog(IMonotonicClock clock, int timeoutMs, Action? onHealthy = null)
    {
        _clock = clock;
        _onHealthy = onHealthy;
        TimeoutMs = timeoutMs;
        _lastFeedMs = clock.NowMs;
    }

    public int TimeoutMs { get; }

    public int FeedCount => Volatile.Read(ref _feeds);

    public long LastFeedMs => Interlocked.Read(ref _lastFeedMs);

    public void Feed()
    {
        Interlocked.Exchange(ref _lastFeedMs, _clock.NowMs);
        Interlocked.Increment(ref _feeds);
    }

    public void MarkHealthy() => _onHealthy?.Invoke();

    public bool HasExpired(long nowMs) => nowMs - LastFeedMs > TimeoutMs;
}
