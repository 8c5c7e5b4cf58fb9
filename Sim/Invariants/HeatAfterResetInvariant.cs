using FurnaceFw.Protocol;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I4: no heat after a reset without a new heat command accepted after it. After an accepted latch reset, and after
/// every boot (power-on or watchdog reset), the element relay must stay de-energized until a heat command (local or
/// host mode heat) is accepted in a later cycle — one drained in the reset's own cycle does not count, and "accepted"
/// means the firmware's published mode is heat at the end of the cycle that drained it.
/// </summary>
public sealed class HeatAfterResetInvariant : Invariant
{
    private bool _blocked = true;
    private string _since = "power-on at 0s";

    public HeatAfterResetInvariant(InvariantLimits limits)
        : base("I4", "no heat without a new command", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        // A boot in this step came before its cycle (between steps) or after it (a reset ends the step): either way the
        // mode published at the end of the step is the new instance's, so the order below holds.
        if (f.Booted)
        {
            _blocked = true;
            _since = "boot at " + T(f.NowMs);
        }

        if (f.HeatPosted && f.CycleRan && f.Mode == ControlMode.Heat && !f.LatchCleared)
        {
            _blocked = false;
        }

        if (f.LatchCleared)
        {
            _blocked = true; // a heat command drained in the reset's own cycle came before the reset: it does not count
            _since = "latch reset at " + T(f.NowMs);
        }

        if (_blocked && f.ElementCoil && (f.CycleRan || f.Booted))
        {
            Report(f.NowMs, _since.StartsWith("latch", StringComparison.Ordinal) ? "heat after a latch reset" : "heat after a boot",
                $"element relay energized (state {Scenarios.Keywords.Of(f.State)}) with no heat command accepted since the {_since}");
        }
    }
}
