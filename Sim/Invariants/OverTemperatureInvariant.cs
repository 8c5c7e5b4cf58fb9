namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// I1: the true temperature never passes <c>safety.high_limit_c</c> by more than
/// <see cref="InvariantLimits.OverTemperatureMarginC"/> without a latched trip, checked after every control cycle that
/// ran.
/// <para>When it applies: whenever the sensor told the truth (its last valid frame carried the true temperature, give or
/// take its noise; invalid frames are faults the firmware sees and must latch on), or the element has been powered for
/// longer than the I3 bound since the sensor last told the truth. Known limit: a probe that returns a plausible but wrong
/// value while the element is off (or on for less than the I3 bound) cannot be told from a steady fire: the element is
/// not what heats, and the firmware has no damper and no second sensor. Nothing is checked while the board is off,
/// booting or wedged (no cycle runs: nothing could trip).</para>
/// </summary>
public sealed class OverTemperatureInvariant : Invariant
{
    private bool _lying;
    private long _lyingSinceMs;
    private long _elementOnWhileLyingMs;

    public OverTemperatureInvariant(InvariantLimits limits)
        : base("I1", "over-temperature is latched", limits)
    {
    }

    public override void Observe(CycleFacts f)
    {
        if (f.FreshFrame && f.FrameValid)
        {
            if (f.FrameLying && !_lying)
            {
                _lyingSinceMs = f.NowMs;
                _elementOnWhileLyingMs = 0;
            }

            _lying = f.FrameLying;
        }

        if (_lying)
        {
            _elementOnWhileLyingMs += f.ElementPoweredMs;
        }

        if (!f.CycleRan || f.LatchedFaults != 0 || f.TrueProbeC <= Limits.HighLimitC + InvariantLimits.OverTemperatureMarginC)
        {
            return;
        }

        if (!_lying)
        {
            Report(f.NowMs, "over the limit with a truthful sensor",
                $"true temperature {C(f.TrueProbeC)} passed the {C(Limits.HighLimitC)} limit + {C(InvariantLimits.OverTemperatureMarginC)} "
                + $"with no trip latched (state {Scenarios.Keywords.Of(f.State)}; the sensor tells the truth)");
        }
        else if (_elementOnWhileLyingMs > Limits.HeatingEvidenceBoundMs)
        {
            Report(f.NowMs, "over the limit, heated on a lying sensor",
                $"true temperature {C(f.TrueProbeC)} passed the {C(Limits.HighLimitC)} limit + {C(InvariantLimits.OverTemperatureMarginC)} "
                + $"with no trip latched; the probe has read a wrong value since {T(_lyingSinceMs)} and the element was powered "
                + $"{S(_elementOnWhileLyingMs)} meanwhile (bound {S(Limits.HeatingEvidenceBoundMs)})");
        }
    }
}
