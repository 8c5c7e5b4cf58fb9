using FurnaceFw.Sim.Board;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I7: a latched trip survives a watchdog reset or a power cut at any instant, mid-save included: the firmware that
/// boots next restores a latch. A trip the firmware could not save because the flash refused the write must be saved
/// once the flash accepts writes again (after <see cref="InvariantLimits.FlashRetryGraceMs"/> of writable flash in
/// total). Reported separately as notes, not violations, because no firmware can do better:
/// <list type="bullet">
/// <item>the flash refused every write since the trip (or accepted them for less than the grace);</item>
/// <item>the power failed in the very cycle that decided the trip, before the save wrote a byte (a cut before the first
/// flash write; the trip is re-detected at boot if its cause persists).</item>
/// </list>
/// </summary>
public sealed class LatchSurvivalInvariant : Invariant
{
    private int _latched;
    private long _trippedAtMs = -1;
    private long _writableSinceTripMs;
    private int _obligation;
    private long _obligationAtMs;
    private string _obligationKind = string.Empty;
    private bool _excusedNoWrite;
    private bool _excusedFlash;

    public LatchSurvivalInvariant(InvariantLimits limits)
        : base("I7", "latch survives resets", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        foreach (BoardEvent e in f.Events)
        {
            switch (e.Kind)
            {
                case BoardEventKind.WatchdogReset:
                case BoardEventKind.PowerCut:
                    Died(e, f);
                    break;
                case BoardEventKind.Booted:
                    Judge(e);
                    break;
            }
        }

        if (f.CycleRan || f.Booted)
        {
            if (f.LatchedFaults != 0 && _latched == 0)
            {
                _trippedAtMs = f.NowMs;
                _writableSinceTripMs = 0;
            }

            _latched = f.LatchedFaults;
        }

        if (_latched != 0 && f.Powered && !f.FlashRefusingWrites)
        {
            _writableSinceTripMs += f.StepMs;
        }
    }

    private void Died(BoardEvent e, CycleFacts f)
    {
        if (e.LatchedFaults < 0 || _obligation != 0)
        {
            return; // died while booting: it knew nothing; an earlier obligation still stands
        }

        _obligation = e.LatchedFaults;
        _obligationAtMs = e.AtMs;
        _obligationKind = e.Kind == BoardEventKind.PowerCut ? "power cut" : "watchdog reset";
        bool trippedInDyingCycle = _latched == 0;
        _excusedNoWrite = trippedInDyingCycle && !e.LatchWriteBegun;
        _excusedFlash = !trippedInDyingCycle && _writableSinceTripMs < InvariantLimits.FlashRetryGraceMs;
        if (trippedInDyingCycle && f.FlashRefusingWrites)
        {
            _excusedFlash = true;
        }
    }

    private void Judge(BoardEvent booted)
    {
        int lost = _obligation;
        _obligation = 0;
        if (lost == 0 || booted.LatchedFaults != 0)
        {
            return;
        }

        string what = $"latched {Scenarios.FaultNames.Describe(lost)} lost across the {_obligationKind} at {T(_obligationAtMs)}: "
            + $"the firmware booted at {T(booted.AtMs)} with no latch";
        if (_excusedNoWrite)
        {
            Note(_obligationAtMs, "trip lost: power failed before its save wrote anything", what + " (the power failed in the trip's own cycle before the save wrote a byte)");
        }
        else if (_excusedFlash)
        {
            Note(_obligationAtMs, "trip lost: the flash refused every write", what
                + $" (the flash refused writes; it accepted them for only {S(_writableSinceTripMs)} since the trip)");
        }
        else
        {
            Report(_obligationAtMs, "trip lost across a reset", what
                + (_trippedAtMs >= 0 ? $" (tripped at {T(_trippedAtMs)}; the flash accepted writes for {S(_writableSinceTripMs)} since)" : string.Empty));
        }

        _latched = 0;
    }
}
