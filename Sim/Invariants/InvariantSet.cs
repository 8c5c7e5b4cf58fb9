namespace FurnaceFw.Sim.Invariants;

/// <summary>The seven campaign invariants, built fresh for one run.</summary>
public static class InvariantSet
{
    public static readonly string[] Ids = { "I1", "I2", "I3", "I4", "I5", "I6", "I7" };

    public static Invariant Create(string id, InvariantLimits limits) => id switch
    {
        "I1" => new OverTemperatureInvariant(limits),
        "I2" => new RelaySafetyInvariant(limits),
        "I3" => new HeatingEvidenceInvariant(limits),
        "I4" => new HeatAfterResetInvariant(limits),
        "I5" => new BankingDutyInvariant(limits),
        "I6" => new RelayWearInvariant(limits),
        "I7" => new LatchSurvivalInvariant(limits),
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "expected I1..I7"),
    };

    public static Invariant[] CreateAll(InvariantLimits limits) => Ids.Select(id => Create(id, limits)).ToArray();
}
