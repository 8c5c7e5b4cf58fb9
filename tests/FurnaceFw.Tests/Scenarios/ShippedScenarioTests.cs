using FurnaceFw.Sim.Scenarios;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Scenarios;

/// <summary>Every file in scenarios/ parses and passes every one of its expectations.</summary>
// CPU-heavy (whole scenarios, live threads): kept apart from the timing-sensitive classes that run in parallel.
[TestClass]
[DoNotParallelize]
public sealed class ShippedScenarioTests
{
    private static string Directory => Path.Combine(AppContext.BaseDirectory, "scenarios");

    public static IEnumerable<object[]> Files =>
        System.IO.Directory.GetFiles(Directory, "*.scn").Order().Select(f => new object[] { Path.GetFileName(f) });

    [TestMethod]
    public void ScenarioDirectory_IsCopied_HasTheShippedScenarios()
    {
        string[] names = System.IO.Directory.GetFiles(Directory, "*.scn").Select(Path.GetFileName).ToArray()!;
        // Normal heating, ember banking and every fault the issue names.
        string[] required =
        {
            "normal-heating.scn", "ember-banking.scn", "ember-no-banking.scn", "over-temperature.scn", "over-temperature-fire.scn",
            "sensor-open.scn", "sensor-zeros.scn", "sensor-ones.scn", "sensor-shifted.scn", "sensor-buserror.scn",
            "sensor-stuck.scn", "sensor-stuck-defaults.scn", "sensor-noise.scn", "heating-failed.scn",
            "thermal-runaway.scn", "control-stall.scn", "latch-survives-reset.scn", "latch-reset.scn", "host-lease.scn", "day-24h.scn", "power-cut.scn",
        };
        CollectionAssert.IsSubsetOf(required, names,
            "the scenarios are copied next to the tests by the csproj; found: " + string.Join(", ", names));
    }

    [TestMethod]
    [DynamicData(nameof(Files))]
    public void ShippedScenario_Runs_AllExpectationsPass(string file)
    {
        Scenario scenario = ScenarioParser.ParseFile(Path.Combine(Directory, file));
        Assert.IsTrue(scenario.Expectations.Count > 0, $"{file} checks nothing");

        ScenarioReport report = new ScenarioRunner(scenario).Run();

        var failures = report.Outcomes.Where(o => !o.Passed).Select(o => $"line {o.Line} '{o.Text}' at {o.When}: {o.Observed}");
        Assert.IsTrue(report.Passed, $"{file}: " + string.Join("; ", failures));
        Assert.AreEqual(scenario.RunMs, report.SimulatedMs, $"{file} ran to its end");

        // Not the benchmark (bench/ and docs/performance.md): a wide net for anything that paces or blocks on wall time.
        Assert.IsGreaterThan(1_000.0, report.SpeedFactor, $"{file} ran at only {report.SpeedFactor:0}x real time");
    }
}
