using FurnaceFw.Sim.Invariants;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// <c>expect invariant I3</c> (or <c>expect invariants</c> for all seven): the campaign's invariant checker runs on every
/// step of the whole scenario and the expectation fails at its first violation. This is how a shrunk campaign
/// violation becomes a regression test.
/// </summary>
public sealed class InvariantExpectation : Expectation
{
    private readonly string _id;
    private readonly Func<InvariantLimits> _limits;
    private Invariant? _invariant;

    /// <param name="limits">Read when a run starts: the scenario's settings are complete by then.</param>
    public InvariantExpectation(int line, string text, string id, Func<InvariantLimits> limits)
        : base(line, text)
    {
        _id = id;
        _limits = limits;
    }

    public string InvariantId => _id;

    /// <summary>The checker of the current run (its first violation and notes).</summary>
    public Invariant Checker => _invariant ??= InvariantSet.Create(_id, _limits());

    public override void Reset() => _invariant = InvariantSet.Create(_id, _limits());

    public override void Observe(Observation o) => Checker.Observe(o.Facts);

    public override ExpectationOutcome Finish(long endMs)
    {
        Invariant invariant = Checker;
        if (invariant.First is Violation v)
        {
            return Outcome(false, ScenarioTime.Format(v.AtMs), $"{v.Category}: {v.Explanation}");
        }

        string notes = invariant.Notes.Count == 0 ? string.Empty
            : $" ({invariant.Notes.Count} note(s), e.g. {invariant.Notes[0].Explanation})";
        return Outcome(true, "0s.." + ScenarioTime.Format(endMs), $"{invariant.Title}: held on every step{notes}");
    }
}
