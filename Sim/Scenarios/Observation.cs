using FurnaceFw.Firmware.Control;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Invariants;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>What an expectation sees at the end of one control cycle. Reused every cycle (no allocation).</summary>
public sealed class Observation
{
    public Observation(VirtualBoard board, StepContext? context = null)
    {
        Board = board;
        Context = context ?? new StepContext(board, new Random(1));
    }

    public VirtualBoard Board { get; }

    /// <summary>What the steps see and did (the host bus, the last host write).</summary>
    public StepContext Context { get; }

    /// <summary>The same step as the invariant checkers see it (truth, relays as wired, events).</summary>
    public CycleFacts Facts { get; } = new();

    public ControllerSnapshot Snapshot { get; } = new();

    public long NowMs { get; internal set; }

    /// <summary>Latched fault bits that were set in this cycle (a trip), 0 otherwise.</summary>
    public int NewTrips { get; internal set; }

    public double TemperatureC => Snapshot.TemperatureQuarterC / 4.0;
}

/// <summary>A fact about the board at one moment, e.g. <c>state heating</c> or <c>temp between 170 and 190</c>.</summary>
/// <param name="Value">For numeric conditions, the measured value, so a range expectation can report min and max.</param>
public sealed record Condition(string Text, Func<Observation, bool> Holds, Func<Observation, string> Observed, Func<Observation, double>? Value = null);

/// <summary>The verdict on one expectation line.</summary>
/// <param name="When">When it was checked or violated, in scenario time words.</param>
public sealed record ExpectationOutcome(int Line, string Text, bool Passed, string When, string Observed);

/// <summary>An <c>expect</c> line. The runner shows it every cycle's observation, then asks for a verdict.</summary>
public abstract class Expectation
{
    protected Expectation(int line, string text)
    {
        Line = line;
        Text = text;
    }

    public int Line { get; }

    public string Text { get; }

    /// <summary>Forgets what an earlier run observed, so one parsed scenario can run again.</summary>
    public abstract void Reset();

    public abstract void Observe(Observation observation);

    public abstract ExpectationOutcome Finish(long endMs);

    protected ExpectationOutcome Outcome(bool passed, string when, string observed) => new(Line, Text, passed, when, observed);
}
