namespace FurnaceFw.Sim.Board;

/// <summary>
/// When the deterministic board runs its next control cycle. Normally every <c>control.period_ms</c>; fault injection
/// can change the period (so reads come sooner than the MAX6675's 220 ms conversion: NotReady), add jitter, or make one
/// cycle late. A cycle that overran its slot (a slow flash save) is followed at once, as ControlLoopRunner does.
/// </summary>
public sealed class CycleTiming
{
    private readonly Random _random;
    private readonly int _firmwarePeriodMs;
    private long _dueMs;

    public CycleTiming(int firmwarePeriodMs, int seed, long nowMs)
    {
        _firmwarePeriodMs = firmwarePeriodMs;
        _random = new Random(seed);
        _dueMs = nowMs + firmwarePeriodMs;
    }

    /// <summary>The period between cycles; 0 for the firmware's own <c>control.period_ms</c>.</summary>
    public int PeriodMs { get; private set; }

    /// <summary>Each interval varies by up to ± this many ms.</summary>
    public int JitterMs { get; private set; }

    /// <summary>When the next cycle runs (virtual ms).</summary>
    public long DueMs => _dueMs;

    public void Set(int periodMs, int jitterMs, long nowMs)
    {
        PeriodMs = periodMs;
        JitterMs = jitterMs;
        Restart(nowMs);
    }

    /// <summary>The next cycle comes this much later (once).</summary>
    public void Delay(long ms) => _dueMs += ms;

    /// <summary>After a cycle or a boot at <paramref name="nowMs"/>: schedules the next one.</summary>
    public void Advance(long nowMs)
    {
        _dueMs += Interval();
        if (_dueMs < nowMs)
        {
            _dueMs = nowMs; // overran: no burst of catch-up cycles, the schedule restarts from now
        }
    }

    /// <summary>A new schedule from <paramref name="nowMs"/> (boot).</summary>
    public void Restart(long nowMs) => _dueMs = nowMs + Interval();

    private long Interval()
    {
        long interval = PeriodMs > 0 ? PeriodMs : _firmwarePeriodMs;
        if (JitterMs > 0)
        {
            interval += _random.Next(-JitterMs, JitterMs + 1);
        }

        return Math.Max(1, interval);
    }
}
