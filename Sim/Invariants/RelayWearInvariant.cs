using FurnaceFw.Sim.Board;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I6: relay operations per hour stay bounded. Each relay closes (coil de-energized → energized, sampled at every step)
/// at most <see cref="InvariantLimits.RelayClosesPerHour"/> times in any hour — one per <c>relay.min_off_s</c> plus one —
/// plus one for each boot in that hour (boot counts as a switch-off, SR-5). Operations are twice the closes.
/// </summary>
public sealed class RelayWearInvariant : Invariant
{
    private const long HourMs = 3_600_000;
    private readonly Queue<long> _elementCloses = new();
    private readonly Queue<long> _cutoffCloses = new();
    private readonly Queue<long> _boots = new();
    private bool _element;
    private bool _cutoff;

    public RelayWearInvariant(InvariantLimits limits)
        : base("I6", "relay wear", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        foreach (BoardEvent e in f.Events)
        {
            if (e.Kind == BoardEventKind.Booted)
            {
                _boots.Enqueue(e.AtMs);
            }
        }

        Trim(_boots, f.NowMs);
        Track(ref _element, f.ElementCoil, _elementCloses, "element", f.NowMs);
        Track(ref _cutoff, f.CutoffCoil, _cutoffCloses, "cutoff", f.NowMs);
    }

    private void Track(ref bool was, bool now, Queue<long> closes, string relay, long nowMs)
    {
        if (now && !was)
        {
            closes.Enqueue(nowMs);
        }

        was = now;
        Trim(closes, nowMs);
        int allowed = Limits.RelayClosesPerHour + _boots.Count;
        if (closes.Count > allowed)
        {
            Report(nowMs, $"{relay} relay chatter",
                $"the {relay} relay closed {closes.Count} times in the hour ending {T(nowMs)} (bound {allowed}: one per "
                + $"relay.min_off_s = {S(Limits.MinOffMs)} plus one, plus {_boots.Count} boot(s))");
            closes.Clear();
        }
    }

    private static void Trim(Queue<long> times, long nowMs)
    {
        while (times.Count > 0 && times.Peek() <= nowMs - HourMs)
        {
            times.Dequeue();
        }
    }
}
