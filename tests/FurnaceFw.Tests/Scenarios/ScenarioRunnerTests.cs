using FurnaceFw.Sim.Scenarios;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Scenarios;

/// <summary>The engine's verdicts: expectations that should fail do fail, with what was observed.</summary>
[TestClass]
public sealed class ScenarioRunnerTests
{
    private static ScenarioReport Run(string text) => new ScenarioRunner(ScenarioParser.Parse(text, "test.scn")).Run();

    [TestMethod]
    public void Run_WrongState_FailsWithObservedState()
    {
        ScenarioReport report = Run("run 1m\nexpect at 30s state heating");

        Assert.IsFalse(report.Passed);
        Assert.AreEqual("idle", report.Outcomes[0].Observed, "nobody asked for heat");
        Assert.AreEqual("30s", report.Outcomes[0].When);
    }

    [TestMethod]
    public void Run_StepsTakeEffectInTheirCycle_ModeHeatIsSeenAtTheSameTime()
    {
        ScenarioReport report = Run("run 1m\nat 10s mode heat\nexpect at 9s state idle\nexpect at 10s state heating");

        Assert.IsTrue(report.Passed, string.Join("; ", report.Outcomes.Select(o => o.Observed)));
    }

    [TestMethod]
    public void Run_TripBeforeItsWindow_Fails()
    {
        // The sensor goes open at 1m: the sensor-fault trip comes at once, before the window.
        ScenarioReport report = Run("run 10m\nat 1m fault sensor open\nexpect trip sensor-fault between 5m and 10m");

        Assert.IsFalse(report.Passed);
        StringAssert.Contains(report.Outcomes[0].Observed, "sensor-fault tripped at 1m");
    }

    [TestMethod]
    public void Run_TripExpected_PassesAndNoTripFails()
    {
        ScenarioReport report = Run("run 10m\nat 1m fault sensor open\nexpect trip sensor-fault between 1m and 2m\nexpect no trip");

        Assert.IsTrue(report.Outcomes[0].Passed, report.Outcomes[0].Observed);
        Assert.IsFalse(report.Outcomes[1].Passed, "a trip happened, so 'no trip' fails");
    }

    [TestMethod]
    public void Run_RangeViolated_FailsAtTheFirstViolation()
    {
        ScenarioReport report = Run("run 10m\nat 0s mode heat\nexpect from 0s to 10m temp below 25");

        Assert.IsFalse(report.Passed, "the element heats the furnace past 25 °C");
        StringAssert.Contains(report.Outcomes[0].Observed, "°C");
    }

    [TestMethod]
    public void Run_SameScenarioTwice_GivesTheSameReport()
    {
        Scenario scenario = ScenarioParser.Parse("seed 3\nrun 30m\nat 0s mode heat\nat 0s fault noise 8\nexpect from 1m to 30m temp above 0", "t.scn");

        ScenarioReport first = new ScenarioRunner(scenario).Run();
        ScenarioReport second = new ScenarioRunner(scenario).Run();

        CollectionAssert.AreEqual(first.Outcomes.ToList(), second.Outcomes.ToList(), "same seed, same run (deterministic)");
    }

    [TestMethod]
    public void Run_StallFault_WatchdogResetsTheBoard()
    {
        ScenarioReport report = Run("run 1m\nat 10s fault stall\nexpect at 9s resets 0\nexpect at 15s resets 1\nexpect at 15s relay cutoff open");

        Assert.IsTrue(report.Passed, string.Join("; ", report.Outcomes.Select(o => o.Text + " → " + o.Observed)));
        Assert.AreEqual(1, report.WatchdogResets);
    }

    [TestMethod]
    public void Run_TripAgainAfterLatchReset_CountsTheSecondTrip()
    {
        ScenarioReport report = Run("settings safety.latch_reset_below_c=150\nrun 10m\nat 1m fault sensor open\nat 2m clear sensor\n"
            + "at 3m reset-latch\nat 5m fault sensor open\nexpect at 3m command accepted\nexpect trip sensor-fault between 4m and 6m");

        Assert.IsTrue(report.Passed, string.Join("; ", report.Outcomes.Select(o => o.Text + " → " + o.Observed)));
    }

    [TestMethod]
    public void Run_DutyOfAnElementHeatingFlatOut_IsAboveNinetyPercent()
    {
        ScenarioReport report = Run("run 20m\nat 0s mode heat\nexpect from 1m to 20m duty above 90%\nexpect from 1m to 20m duty below 50%");

        Assert.IsTrue(report.Outcomes[0].Passed, report.Outcomes[0].Observed);
        Assert.IsFalse(report.Outcomes[1].Passed, "a cold furnace heats flat out: " + report.Outcomes[1].Observed);
    }

    [TestMethod]
    public void Run_RepeatedTimedFaultOverAFrozenReading_ShowsTheBurstThenTheFrozenValue()
    {
        ScenarioReport report = Run("run 5m\nat 0s fault sensor frozen 100c\nevery 1m from 1m to 4m fault sensor zeros for 250ms\n"
            + "expect at 1m sensor bus-all-zeros\nexpect at 1m0.25s temp between 99 and 101\nexpect at 3m sensor bus-all-zeros\n"
            + "expect at 3m0.25s sensor ok");

        Assert.IsTrue(report.Passed, string.Join("; ", report.Outcomes.Select(o => o.Text + " → " + o.Observed)));
    }

    [TestMethod]
    public void Run_PlantExpectation_ReadsTheTruthNotTheSensor()
    {
        ScenarioReport report = Run("run 2m\nat 0s fault sensor frozen 500c\nexpect at 1m temp above 499\nexpect at 1m plant below 25\n"
            + "expect plant below 25c at 1m\nexpect firebox below 25 from 0s to 2m\nexpect plant above 400 at 1m");

        Assert.IsTrue(report.Outcomes.Take(4).All(o => o.Passed), string.Join("; ", report.Outcomes.Select(o => o.Text + " → " + o.Observed)));
        Assert.IsFalse(report.Outcomes[4].Passed, "the plant is cold whatever the probe says");
        StringAssert.Contains(report.Outcomes[4].Observed, "(plant, true)");
    }

    [TestMethod]
    public void Run_HostTimeoutBelowTheBankMinimum_IsRefusedAndChangesNothing()
    {
        ScenarioReport report = Run("run 2m\nat 10s host timeout 1s\nat 20s host timeout 60s\nat 30s host mode heat\n"
            + "expect at 10s host write out-of-range\nexpect at 10s host solo\nexpect at 20s host write accepted\nexpect at 20s host coop\n"
            + "expect at 30s state heating");

        Assert.IsTrue(report.Passed, string.Join("; ", report.Outcomes.Select(o => o.Text + " → " + o.Observed)));
    }

    [TestMethod]
    public void Run_PowerCutForThirtySeconds_IsOffThenBootsAgain()
    {
        ScenarioReport report = Run("run 12m\nat 0s mode heat\nat 10m power cut for 30s\nexpect at 9m relay cutoff closed\n"
            + "expect at 10m10s power off\nexpect at 10m10s relay element off\nexpect at 10m10s relay cutoff open\n"
            + "expect at 10m31s power on\nexpect at 10m31s resets 0");

        Assert.IsTrue(report.Passed, string.Join("; ", report.Outcomes.Select(o => o.Text + " → " + o.Observed)));
    }

    [TestMethod]
    public void Run_InvariantExpectation_FailsAtTheFirstViolationWithItsExplanation()
    {
        // Relays wired active-low while the firmware is told active-high: its "off" level energizes both modules.
        ScenarioReport report = Run("run 5m\nconfig relay.active_high = true\nwiring relays active-low\nexpect invariant i4\nexpect invariant i5");

        Assert.IsFalse(report.Outcomes[0].Passed, "heat with no heat command");
        StringAssert.Contains(report.Outcomes[0].Observed, "I4 heat after a boot");
        Assert.IsTrue(report.Outcomes[1].Passed, "no banking, no banking duty to break");
    }
}
