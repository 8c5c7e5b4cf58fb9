namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I3: element-powered time without evidence of heating is bounded in total, whatever bad frames or off periods
/// interleave. Evidence is the TRUE probe temperature rising by <c>safety.watch_increase_c</c> while the element is
/// powered: the temperature changes of powered steps are summed (off periods are left out, so a thermostat that holds a
/// narrow band by short bursts still shows its bursts' heat), and evidence is that sum climbing
/// <c>safety.watch_increase_c</c> above its lowest point. The element-powered milliseconds since the last evidence add
/// up across off periods and bad frames and must stay within <see cref="InvariantLimits.HeatingEvidenceBoundMs"/>
/// (<c>safety.watch_period_s</c> + 60 s). An accepted latch reset starts afresh (a person decided to try again).
/// </summary>
public sealed class HeatingEvidenceInvariant : Invariant
{
    private bool _started;
    private double _lastC;
    private double _poweredRiseC;
    private double _lowRiseC;
    private long _poweredMs;
    private long _sinceMs;

    public HeatingEvidenceInvariant(InvariantLimits limits)
        : base("I3", "heating shows evidence", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        double t = f.TrueProbeC;
        if (!_started || f.LatchCleared)
        {
            _started = true;
            _lastC = t;
            Restart(f.NowMs);
            return;
        }

        if (f.ElementPoweredMs > 0)
        {
            _poweredMs += f.ElementPoweredMs;
            _poweredRiseC += t - _lastC;
            _lowRiseC = Math.Min(_lowRiseC, _poweredRiseC);
        }

        _lastC = t;
        if (_poweredRiseC - _lowRiseC >= Limits.WatchIncreaseC)
        {
            Restart(f.NowMs);
            return;
        }

        if (_poweredMs > Limits.HeatingEvidenceBoundMs)
        {
            Report(f.NowMs, "element on without heating",
                $"element powered {S(_poweredMs)} in total since {T(_sinceMs)} while the true temperature did not rise "
                + $"{C(Limits.WatchIncreaseC)} during it (now {C(t)}); bound {S(Limits.HeatingEvidenceBoundMs)}");
            Restart(f.NowMs); // count each bound's worth once
        }
    }

    private void Restart(long nowMs)
    {
        _poweredRiseC = 0;
        _lowRiseC = 0;
        _poweredMs = 0;
        _sinceMs = nowMs;
    }
}
