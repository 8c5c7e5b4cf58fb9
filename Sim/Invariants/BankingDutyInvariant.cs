using FurnaceFw.Protocol;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I5: while banking, the element is on for at most <c>banking.duty_percent</c> of ANY window of
/// <c>banking.duty_window_s</c> (a sliding window, not the firmware's own windows), counting every millisecond power
/// reaches the element while the firmware is banking, whoever holds it on (the thermostat, the minimum on-time, a welded
/// contact). The firmware decides once a cycle, so the budget gets one step (the longest seen) plus one control period
/// of slack.
/// </summary>
public sealed class BankingDutyInvariant : Invariant
{
    private readonly Queue<(long EndMs, long OnMs)> _window = new();
    private long _onInWindowMs;
    private bool _banking;
    private long _longestStepMs;

    public BankingDutyInvariant(InvariantLimits limits)
        : base("I5", "banking duty", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        _longestStepMs = Math.Max(_longestStepMs, f.StepMs);

        // The step's power was spent in the state published at the end of the previous step.
        if (_banking && f.ElementPoweredMs > 0)
        {
            _window.Enqueue((f.NowMs, f.ElementPoweredMs));
            _onInWindowMs += f.ElementPoweredMs;
        }

        while (_window.Count > 0 && _window.Peek().EndMs <= f.NowMs - Limits.DutyWindowMs)
        {
            _onInWindowMs -= _window.Dequeue().OnMs;
        }

        long allowed = Limits.BankingBudgetMs + _longestStepMs + Limits.ControlPeriodMs;
        if (_onInWindowMs > allowed)
        {
            Report(f.NowMs, "banking over its duty",
                $"element on {S(_onInWindowMs)} while banking in the {S(Limits.DutyWindowMs)} ending {T(f.NowMs)}: "
                + $"over {Limits.DutyPercent} % ({S(Limits.BankingBudgetMs)}, with slack {S(allowed)})");
            _window.Clear();
            _onInWindowMs = 0;
        }

        if (f.CycleRan || f.Booted || !f.Powered)
        {
            _banking = f.Powered && f.State == FurnaceState.Banking && !f.Booted;
        }
    }
}
