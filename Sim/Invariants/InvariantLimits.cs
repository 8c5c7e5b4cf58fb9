using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// The bounds the invariants hold the firmware to, derived from its settings. Each one is stated in docs/scenarios.md
/// ("The campaign") with its reason.
/// </summary>
public sealed record InvariantLimits
{
    /// <summary>I1: how far the true temperature may pass <c>safety.high_limit_c</c> before a trip must be latched. It
    /// covers the sensor noise the campaign injects (up to ±10 °C) and a frame or two of delay; a healthy firmware trips
    /// within one frame of a true reading at the limit.</summary>
    public const double OverTemperatureMarginC = 20;

    /// <summary>I3: slack on top of <c>safety.watch_period_s</c> for the firmware judging readings (noise, NotReady
    /// cycles, the last cycle before its check) while the checker judges the truth.</summary>
    public const long HeatingEvidenceSlackMs = 60_000;

    /// <summary>I7: a trip whose save the flash refused must be persisted once the flash has accepted writes for this long
    /// in total (the firmware may retry with a back-off instead of every cycle).</summary>
    public const long FlashRetryGraceMs = 10_000;

    public double HighLimitC { get; init; }

    public long WatchPeriodMs { get; init; }

    public double WatchIncreaseC { get; init; }

    public long MinOffMs { get; init; }

    public int ControlPeriodMs { get; init; }

    public int DutyPercent { get; init; }

    public long DutyWindowMs { get; init; }

    /// <summary>I3: element-powered time allowed in total without the true temperature rising by <see cref="WatchIncreaseC"/>.</summary>
    public long HeatingEvidenceBoundMs => WatchPeriodMs + HeatingEvidenceSlackMs;

    /// <summary>I5: element-on time allowed in any banking window.</summary>
    public long BankingBudgetMs => DutyWindowMs * DutyPercent / 100;

    /// <summary>I6: closes of one relay allowed in any hour, not counting boots: one per <c>relay.min_off_s</c> (at least one
    /// control period apart) plus one; each boot in the hour adds one (boot counts as a switch-off, SR-5).</summary>
    public int RelayClosesPerHour => (int)(3_600_000 / Math.Max(MinOffMs, Math.Max(1, ControlPeriodMs))) + 1;

    public static InvariantLimits From(FurnaceSettings s) => new()
    {
        HighLimitC = s.HighLimitQuarterC / 4.0,
        WatchPeriodMs = s.WatchPeriodMs,
        WatchIncreaseC = s.WatchIncreaseQuarterC / 4.0,
        MinOffMs = s.MinOffMs,
        ControlPeriodMs = s.ControlPeriodMs,
        DutyPercent = s.BankingDutyPercent,
        DutyWindowMs = s.BankingDutyWindowMs,
    };
}
