using System.Globalization;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Reads the scenario format (docs/scenarios.md): one statement per line, <c>#</c> starts a comment.
/// The whole file is checked before anything runs; the first problem is reported with file and line.
/// </summary>
public static class ScenarioParser
{
    public const string Statements = "seed, settings, plant, run, at, expect";

    public static Scenario ParseFile(string path) => Parse(File.ReadAllText(path), path);

    public static Scenario Parse(string text, string fileName)
    {
        var state = new ParseState(fileName);
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = StripComment(lines[i]).Trim();
            if (line.Length == 0)
            {
                continue;
            }

            try
            {
                ParseLine(state, i + 1, line);
            }
            catch (ScenarioSyntaxException e)
            {
                throw new ScenarioParseException(fileName, i + 1, e.Message);
            }
        }

        return state.Finish();
    }

    private static string StripComment(string line)
    {
        int hash = line.IndexOf('#');
        return hash >= 0 ? line[..hash] : line;
    }

    private static void ParseLine(ParseState s, int line, string text)
    {
        var w = new Words(text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        string statement = w.Next("a statement");
        switch (statement)
        {
            case "seed":
                s.Once(ref s.SeedLine, line, "seed");
                s.Seed = w.Integer("seed", int.MinValue, int.MaxValue);
                w.End();
                break;
            case "run":
                s.Once(ref s.RunLine, line, "run");
                s.RunMs = w.Time("a duration");
                if (s.RunMs <= 0)
                {
                    throw new ScenarioSyntaxException("the run must last longer than 0s");
                }

                w.End();
                break;
            case "settings":
                ParseSettings(s, line, w);
                break;
            case "plant":
                s.Plant = PlantOverrides.Apply(s.Plant, w);
                break;
            case "at":
                long at = w.Time("a time");
                if (at < s.LastStepMs)
                {
                    throw new ScenarioSyntaxException(
                        $"step at {ScenarioTime.Format(at)} comes after a step at {ScenarioTime.Format(s.LastStepMs)}; list steps in time order");
                }

                s.LastStepMs = at;
                s.Times.Add((line, at));
                s.Steps.Add(new ScenarioStep(at, line, text, StepParser.Parse(w)));
                break;
            case "expect":
                s.Expectations.Add(ParseExpectation(s, line, text, w));
                break;
            default:
                throw new ScenarioSyntaxException($"unknown statement '{statement}' (expected {Statements})");
        }
    }

    private static Expectation ParseExpectation(ParseState s, int line, string text, Words w)
    {
        string form = w.OneOf("expectation", "at", "from", "trip", "no");
        switch (form)
        {
            case "at":
                long at = w.Time("a time");
                s.Times.Add((line, at));
                return new AtExpectation(line, text, at, ConditionParser.Parse(w, text));
            case "from":
                long from = w.Time("a start time");
                w.Expect("to");
                long to = w.Time("an end time");
                if (to < from)
                {
                    throw new ScenarioSyntaxException($"'from {ScenarioTime.Format(from)} to {ScenarioTime.Format(to)}' ends before it starts");
                }

                s.Times.Add((line, to));
                if (w.TryTake("duty"))
                {
                    bool below = w.OneOf("duty test", "below", "above") == "below";
                    double percent = w.Number("duty in %", 0, 100, "%");
                    w.End();
                    return new DutyExpectation(line, text, from, to, percent, below);
                }

                return new DuringExpectation(line, text, from, to, ConditionParser.Parse(w, text));
            case "trip":
                string kind = w.Next($"a fault ({FaultNames.Expected}, any)");
                int mask = FaultFlags.LatchedMask;
                if (kind != "any" && !FaultNames.TryParse(kind, out mask))
                {
                    throw new ScenarioSyntaxException($"unknown fault '{kind}' (expected {FaultNames.Expected}, any)");
                }

                (long tripFrom, long tripTo) = Window(s, line, w, required: true);
                return new TripExpectation(line, text, mask, tripFrom, tripTo, expectTrip: true);
            default:
                w.Expect("trip");
                (long quietFrom, long quietTo) = Window(s, line, w, required: false);
                return new TripExpectation(line, text, FaultFlags.LatchedMask, quietFrom, quietTo, expectTrip: false);
        }
    }

    /// <summary>"between T1 and T2"; optional for "no trip" (then the whole run).</summary>
    private static (long From, long To) Window(ParseState s, int line, Words w, bool required)
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

        s.Times.Add((line, to));
        return (from, to);
    }

    private static void ParseSettings(ParseState s, int line, Words w)
    {
        if (w.AtEnd)
        {
            throw new ScenarioSyntaxException("'settings' needs key=value pairs, e.g. settings safety.high_limit_c=350");
        }

        while (!w.AtEnd)
        {
            string pair = w.Next("key=value");
            int eq = pair.IndexOf('=');
            string key = eq > 0 ? pair[..eq] : pair;
            int index = SettingsTable.IndexOf(key);
            if (eq <= 0 || index < 0)
            {
                throw new ScenarioSyntaxException(eq <= 0
                    ? $"bad setting '{pair}' (expected key=value)"
                    : $"unknown setting '{key}' (see Firmware/Config/SettingsTable.cs)");
            }

            if (!int.TryParse(pair.AsSpan(eq + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value))
            {
                throw new ScenarioSyntaxException($"bad number '{pair[(eq + 1)..]}' for {key} (expected a whole number)");
            }

            try
            {
                s.Settings.Set(index, value);
            }
            catch (ArgumentOutOfRangeException e)
            {
                throw new ScenarioSyntaxException(e.Message.Split(" (Parameter")[0]);
            }
        }

        s.SettingsLine = line;
    }

    /// <summary>Everything gathered while reading one file.</summary>
    private sealed class ParseState
    {
        public readonly string File;
        public readonly FurnaceSettings Settings = new();
        public PlantParameters Plant = new();
        public readonly List<ScenarioStep> Steps = new();
        public readonly List<Expectation> Expectations = new();
        public readonly List<(int Line, long Ms)> Times = new();
        public int Seed = 1;
        public int SeedLine;
        public int RunLine;
        public int SettingsLine;
        public long RunMs;
        public long LastStepMs;

        public ParseState(string file)
        {
            File = file;
        }

        public void Once(ref int seenAt, int line, string statement)
        {
            if (seenAt != 0)
            {
                throw new ScenarioSyntaxException($"'{statement}' given twice (first on line {seenAt})");
            }

            seenAt = line;
        }

        public Scenario Finish()
        {
            if (RunLine == 0)
            {
                throw new ScenarioParseException(File, 0, "missing 'run <duration>' line (e.g. run 2h)");
            }

            string? inconsistent = Settings.CheckConsistency();
            if (inconsistent != null)
            {
                throw new ScenarioParseException(File, SettingsLine, "inconsistent settings: " + inconsistent);
            }

            foreach ((int line, long ms) in Times)
            {
                if (ms > RunMs)
                {
                    throw new ScenarioParseException(File, line,
                        $"time {ScenarioTime.Format(ms)} is after the end of the run ({ScenarioTime.Format(RunMs)}, line {RunLine})");
                }
            }

            return new Scenario
            {
                Name = File,
                Seed = Seed,
                Settings = Settings,
                Plant = Plant,
                RunMs = RunMs,
                Steps = Steps,
                Expectations = Expectations,
            };
        }
    }
}
