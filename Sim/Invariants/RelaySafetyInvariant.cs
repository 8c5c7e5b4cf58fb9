using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I2: the element relay is never energized with the cutoff open, and neither relay is energized in Tripped,
/// ConfigFault or BootLoop, judged from the pin levels as the relay modules are wired and from the firmware's published
/// state, after every cycle that ran and every boot. A relay pin that presents its energizing level at any instant
/// while the firmware boots (before the safe level was written) is a violation too.
/// </summary>
public sealed class RelaySafetyInvariant : Invariant
{
    public RelaySafetyInvariant(InvariantLimits limits)
        : base("I2", "relays safe", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        foreach (BoardEvent e in f.Events)
        {
            if (e.Kind == BoardEventKind.BootGlitch)
            {
                Report(e.AtMs, "relay energized during boot",
                    $"the {e.Detail} relay's pin presented its energizing level while the firmware booted (a pin became an "
                    + "output before the safe level was written)");
            }
        }

        if (!f.Powered || (!f.CycleRan && !f.Booted))
        {
            return;
        }

        if (f.ElementCoil && !f.CutoffCoil)
        {
            Report(f.NowMs, "element energized with the cutoff open",
                $"element relay energized with the cutoff relay open (state {Scenarios.Keywords.Of(f.State)})");
        }

        bool safeState = f.State is FurnaceState.Tripped or FurnaceState.ConfigFault or FurnaceState.BootLoop;
        if (safeState && (f.ElementCoil || f.CutoffCoil))
        {
            string relays = f.ElementCoil && f.CutoffCoil ? "both relays" : f.ElementCoil ? "the element relay" : "the cutoff relay";
            Report(f.NowMs, $"relay energized in {Scenarios.Keywords.Of(f.State)}",
                $"{relays} energized in {Scenarios.Keywords.Of(f.State)} (latched {Scenarios.FaultNames.Describe(f.LatchedFaults)})");
        }
    }
}
