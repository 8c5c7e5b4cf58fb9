using System.Globalization;
using FurnaceFw.Sim.Scenarios;

namespace FurnaceFw.Sim.Cli;

/// <summary><c>--scenario FILE</c>: parse it completely, run it on the virtual clock, print one line per expectation.</summary>
public static class ScenarioMode
{
    public static int Run(SimOptions options, SimConsole console, CancellationToken cancel)
    {
        string path = options.ScenarioPath!;
        Scenario scenario;
        try
        {
            scenario = ScenarioParser.ParseFile(path);
        }
        catch (ScenarioParseException e)
        {
            console.Error.WriteLine("error: " + e.Message);
            return SimApp.ExitUsage;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            console.Error.WriteLine($"error: cannot read scenario file '{path}': {e.Message}");
            return SimApp.ExitUsage;
        }

        TextWriter o = console.Out;
        string pace = options.Speed is double s ? string.Create(CultureInfo.InvariantCulture, $", paced at {s}x real time") : string.Empty;
        o.WriteLine($"scenario {path}: {ScenarioTime.Format(scenario.RunMs)} simulated, seed {options.Seed ?? scenario.Seed}{pace}");
        var runner = new ScenarioRunner(scenario)
        {
            Seed = options.Seed,
            Speed = options.Speed,
            Trace = options.TraceMs == null ? null : ob => o.WriteLine($"{ScenarioTime.Format(ob.NowMs),10}  " + StatusLine.Format(ob.Snapshot, ob.Board, ob.NowMs)),
            TraceEveryMs = options.TraceMs ?? 60_000,
            Progress = options.TraceMs != null ? null : now => o.WriteLine($"  ... {ScenarioTime.Format(now)} of {ScenarioTime.Format(scenario.RunMs)}"),
        };
        ScenarioReport report = runner.Run(cancel);
        Print(report, o);
        if (cancel.IsCancellationRequested)
        {
            o.WriteLine("interrupted before the end of the run");
            return SimApp.ExitFailed;
        }

        return report.Passed ? SimApp.ExitOk : SimApp.ExitFailed;
    }

    public static void Print(ScenarioReport report, TextWriter o)
    {
        foreach (ExpectationOutcome outcome in report.Outcomes)
        {
            string verdict = outcome.Passed ? "PASS" : "FAIL";
            o.WriteLine($"  {verdict}  line {outcome.Line,-4} {outcome.Text}");
            o.WriteLine($"              at {outcome.When}: {outcome.Observed}");
        }

        o.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{report.PassedCount} passed, {report.FailedCount} failed; {ScenarioTime.Format(report.SimulatedMs)} in {report.Wall.TotalMilliseconds:0} ms ({report.SpeedFactor:0}x real time), watchdog resets {report.WatchdogResets}"));
        if (report.Outcomes.Count == 0)
        {
            o.WriteLine("(the scenario has no expect lines, so there was nothing to check)");
        }
    }
}
