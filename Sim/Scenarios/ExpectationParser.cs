using FurnaceFw.Protocol;
using FurnaceFw.Sim.Invariants;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Parses <c>expect ...</c> lines: <c>at T condition</c>, <c>from T1 to T2 condition</c> (or a duty), <c>trip FAULT
/// between T1 and T2</c>, <c>no trip [between T1 and T2]</c>, <c>invariant I3</c> / <c>invariants</c>, and a condition
/// followed by its time: <c>plant below 470c from 0s to 3h</c>, <c>state tripped at 2h</c>.
/// </summary>
internal static class ExpectationParser
{
    public const string Forms = "at, from, trip, no, invariant, invariants, or a condition followed by 'at T' / 'from T1 to T2'";

    /// <param name="times">Receives every time the line names, to be checked against the run's end.</param>
    public static IEnumerable<Expectation> Parse(int line, string text, Words w, List<(int Line, long Ms)> times, Func<InvariantLimits> limits)
    {
        string first = w.Next($"an expectation ({Forms})");
        switch (first)
        {
            case "at":
                long at = w.Time("a time");
                times.Add((line, at));
                return new[] { new AtExpectation(line, text, at, ConditionParser.Parse(w, text)) };
            case "from":
                return new[] { During(line, text, w, times) };
            case "trip":
                string kind = w.Next($"a fault ({FaultNames.Expected}, any)");
                int mask = FaultFlags.LatchedMask;
                if (kind != "any" && !FaultNames.TryParse(kind, out mask))
                {
                    throw new ScenarioSyntaxException($"unknown fault '{kind}' (expected {FaultNames.Expected}, any)");
                }

                (long tripFrom, long tripTo) = Window(line, w, times, required: true);
                return new[] { new TripExpectation(line, text, mask, tripFrom, tripTo, expectTrip: true) };
            case "no":
                w.Expect("trip");
                (long quietFrom, long quietTo) = Window(line, w, times, required: false);
                return new[] { new TripExpectation(line, text, FaultFlags.LatchedMask, quietFrom, quietTo, expectTrip: false) };
            case "invariant":
                string id = w.Next("an invariant (i1 .. i7)").ToUpperInvariant();
                if (Array.IndexOf(InvariantSet.Ids, id) < 0)
                {
                    throw new ScenarioSyntaxException($"unknown invariant '{id.ToLowerInvariant()}' (expected i1 .. i7)");
                }

                w.End();
                return new[] { new InvariantExpectation(line, text, id, limits) };
            case "invariants":
                w.End();
                return InvariantSet.Ids.Select(i => new InvariantExpectation(line, text, i, limits)).ToArray();
            default:
                return new[] { Trailing(line, text, w, times) };
        }
    }

    private static Expectation During(int line, string text, Words w, List<(int Line, long Ms)> times)
    {
        long from = w.Time("a start time");
        w.Expect("to");
        long to = w.Time("an end time");
        if (to < from)
        {
            throw new ScenarioSyntaxException($"'from {ScenarioTime.Format(from)} to {ScenarioTime.Format(to)}' ends before it starts");
        }

        times.Add((line, to));
        if (w.TryTake("duty"))
        {
            bool below = w.OneOf("duty test", "below", "above") == "below";
            double percent = w.Number("duty in %", 0, 100, "%");
            w.End();
            return new DutyExpectation(line, text, from, to, percent, below);
        }

        return new DuringExpectation(line, text, from, to, ConditionParser.Parse(w, text));
    }

    /// <summary><c>plant below 470c from 0s to 3h</c>: the condition first, its time at the end.</summary>
    private static Expectation Trailing(int line, string text, Words w, List<(int Line, long Ms)> times)
    {
        w.Back();
        string[] rest = w.Rest();
        int from = Array.LastIndexOf(rest, "from");
        int at = Array.LastIndexOf(rest, "at");
        int split = Math.Max(from, at);
        if (split <= 0)
        {
            throw new ScenarioSyntaxException(ConditionParser.Subjects.Split(", ").Contains(rest[0])
                ? $"'expect {string.Join(' ', rest)}' needs its time at the end: 'at T' or 'from T1 to T2'"
                : $"unknown expectation '{rest[0]}' (expected {Forms})");
        }

        var condition = new Words(rest[..split], "expect");
        var time = new Words(rest[split..], "expect " + string.Join(' ', rest[..split]));
        time.Next("at or from");
        if (split == at)
        {
            long ms = time.Time("a time");
            time.End();
            times.Add((line, ms));
            return new AtExpectation(line, text, ms, ConditionParser.Parse(condition, text));
        }

        long fromMs = time.Time("a start time");
        time.Expect("to");
        long toMs = time.Time("an end time");
        time.End();
        if (toMs < fromMs)
        {
            throw new ScenarioSyntaxException($"'from {ScenarioTime.Format(fromMs)} to {ScenarioTime.Format(toMs)}' ends before it starts");
        }

        times.Add((line, toMs));
        return new DuringExpectation(line, text, fromMs, toMs, ConditionParser.Parse(condition, text));
    }

    /// <summary>"between T1 and T2"; optional for "no trip" (then the whole run).</summary>
    private static (long From, long To) Window(int line, Words w, List<(int Line, long Ms)> times, bool required)
    {
        if (!required && w.AtEnd)
        {
            return (0, long.MaxValue);
        }

        w.Expect("between");
        long from = w.Time("a start time");
        w.Expect("and");
        long to = w.Time("an end time");
        w.End();
        if (to < from)
        {
            throw new ScenarioSyntaxException($"'between {ScenarioTime.Format(from)} and {ScenarioTime.Format(to)}' ends before it starts");
        }

        times.Add((line, to));
        return (from, to);
    }
}
