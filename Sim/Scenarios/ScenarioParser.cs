using System.Globalization;
using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Reads the scenario format (docs/scenarios.md): one statement per line, <c>#</c> starts a comment.
/// The whole file is checked before anything runs; the first problem is reported with file and line.
/// </summary>
public static class ScenarioParser
{
    public const string Statements = "seed, settings, plant, config, wiring, run, at, every, expect";

    /// <summary>Steps one file may expand to (repetitions and <c>for</c> clauses included).</summary>
    public const int MaxSteps = 500_000;

    public static Scenario ParseFile(string path) => Parse(File.ReadAllText(path), path);

    public static Scenario Parse(string text, string fileName)
    {
        var state = new ScenarioBuilder(fileName);
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

    private static void ParseLine(ScenarioBuilder s, int line, string text)
    {
        string[] words = text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        var w = new Words(words);
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
            case "config":
                s.AddConfigLine(line, text["config".Length..].Trim());
                break;
            case "wiring":
                s.Wiring(w);
                break;
            case "at":
                long at = w.Time("a time");
                s.StepTime(at);
                s.Times.Add((line, at));
                AddStep(s, line, text, words, 2, at, 0, at);
                break;
            case "every":
                ParseEvery(s, line, text, w, words);
                break;
            case "expect":
                s.Expectations.AddRange(ExpectationParser.Parse(line, text, w, s.Times, s.Limits));
                break;
            default:
                throw new ScenarioSyntaxException($"unknown statement '{statement}' (expected {Statements})");
        }
    }

    /// <summary><c>every P from A to B STEP [for D]</c>: the step at A, A+P, ... up to B.</summary>
    private static void ParseEvery(ScenarioBuilder s, int line, string text, Words w, string[] words)
    {
        long period = w.Time("a repetition period");
        w.Expect("from");
        long from = w.Time("a start time");
        w.Expect("to");
        long to = w.Time("an end time");
        if (period <= 0)
        {
            throw new ScenarioSyntaxException("the repetition period must be longer than 0s");
        }

        if (to < from)
        {
            throw new ScenarioSyntaxException($"'from {ScenarioTime.Format(from)} to {ScenarioTime.Format(to)}' ends before it starts");
        }

        s.StepTime(from);
        s.Times.Add((line, to));
        AddStep(s, line, text, words, 6, from, period, to);
    }

    /// <summary>Adds a step (repeated every <paramref name="period"/> up to <paramref name="to"/>), with its end when it
    /// carries <c>for D</c>.</summary>
    private static void AddStep(ScenarioBuilder s, int line, string text, string[] words, int start, long from, long period, long to)
    {
        string[] step = words[start..];
        long forMs = -1;
        if (step.Length >= 3 && step[^2] == "for" && step[0] == "fault" && ScenarioTime.TryParse(step[^1], out long d))
        {
            forMs = d;
            step = step[..^2];
        }

        var w = new Words(step, string.Join(' ', words[..start]));
        Action<StepContext> apply = StepParser.Parse(w, forMs >= 0, out Action<StepContext>? undo);
        if (forMs >= 0)
        {
            if (undo == null)
            {
                throw new ScenarioSyntaxException($"'{string.Join(' ', step)}' happens once: it takes no 'for'");
            }

            if (forMs <= 0 || (period > 0 && forMs >= period))
            {
                throw new ScenarioSyntaxException(period > 0
                    ? $"'for {ScenarioTime.Format(forMs)}' must be shorter than the repetition period ({ScenarioTime.Format(period)})"
                    : "'for' needs a duration longer than 0s");
            }
        }

        for (long at = from; at <= to; at += period)
        {
            s.AddStep(at, line, text, apply);
            if (forMs >= 0)
            {
                s.AddStep(at + forMs, line, text + " (end)", undo!);
            }

            if (period <= 0)
            {
                break;
            }
        }

        if (forMs >= 0)
        {
            s.Times.Add((line, (period > 0 ? from + (to - from) / period * period : from) + forMs));
        }
    }

    private static void ParseSettings(ScenarioBuilder s, int line, Words w)
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
}
