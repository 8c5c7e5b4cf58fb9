using FurnaceFw.Firmware.Config;
using FurnaceFw.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Control;

[TestClass]
public class EmberBankingTests
{
    private static CycleHarness HeatingThenOff()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.BankingMaxMinutes, 60);
        var h = new CycleHarness(settings);
        h.StartHeating(setpointC: 200, currentC: 195);
        h.Mailbox.PostMode(ControlMode.Off);
        h.StepCelsius(195);
        return h;
    }

    [TestMethod]
    public void Step_DemandStops_EntersBankingWithReason()
    {
        var h = HeatingThenOff();

        Assert.AreEqual(FurnaceState.Banking, h.Cycle.State);
        Assert.AreEqual(ReasonCode.DemandOff, h.Snapshot().LastReason);
    }

    [TestMethod]
    public void Step_BankingBelowEmberBand_ElementOnWithinDutyBudget()
    {
        var h = HeatingThenOff();
        long window = h.Settings.BankingDutyWindowMs;
        long onMs = 0;

        for (long t = 0; t < window; t += h.Period)
        {
            h.StepCelsius(60);
            onMs += h.Relays.Element ? h.Period : 0;
        }

        long budget = window * h.Settings.BankingDutyPercent / 100;
        Assert.IsTrue(onMs > 0, "banking must keep the embers warm");
        Assert.IsTrue(onMs <= budget + h.Period, $"element on {onMs} ms in one window; budget {budget} ms");
    }

    [TestMethod]
    public void Step_BankingInsideEmberBand_ElementOffAboveHighEdge()
    {
        var h = HeatingThenOff();

        h.HoldCelsius(h.Settings.EmberHighQuarterC / 4.0 + 1, 5 * 60_000);

        Assert.IsFalse(h.Relays.Element, "above the ember band banking does not heat");
    }

    [TestMethod]
    public void Step_BankingLongerThanMaximum_GoesIdle()
    {
        var h = HeatingThenOff();

        h.HoldCelsius(100, h.Settings.BankingMaxMs - 2 * h.Period);
        Assert.AreEqual(FurnaceState.Banking, h.Cycle.State);
        h.HoldCelsius(100, 3 * h.Period);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(ReasonCode.BankingTimeout, h.Snapshot().LastReason);
        Assert.IsFalse(h.Relays.Element);
    }

    [TestMethod]
    public void Step_DemandReturnsWhileBanking_BackToHeating()
    {
        var h = HeatingThenOff();

        h.Mailbox.PostMode(ControlMode.Heat);
        h.StepCelsius(150);

        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State);
        Assert.AreEqual(ReasonCode.DemandOn, h.Snapshot().LastReason);
    }

    [TestMethod]
    public void Step_BankingBelowTheBand_NoSlidingWindowExceedsTheBudget()
    {
        var h = HeatingThenOff();
        var on = new List<bool>();

        for (long t = 0; t < 4 * h.Settings.BankingDutyWindowMs; t += h.Period)
        {
            h.StepCelsius(60 + (t / 7_000 % 3)); // wobbling, always below the band
            on.Add(h.Relays.Element);
        }

        AssertNoWindowOverBudget(h, on);
    }

    [TestMethod]
    public void Step_MinimumOnTimeHoldsTheElementIntoBanking_CountedAgainstTheBudget()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.BankingDutyPercent, 10); // 60 s of 600 s
        settings.Set(Setting.MinOnS, 50);
        var h = new CycleHarness(settings);
        h.StartHeating(setpointC: 200, currentC: 60);
        h.StepCelsius(60);
        Assert.IsTrue(h.Relays.Element, "precondition: the element just turned on");

        h.Mailbox.PostMode(ControlMode.Off);
        var on = new List<bool>();
        for (long t = 0; t < 3 * h.Settings.BankingDutyWindowMs; t += h.Period)
        {
            h.StepCelsius(60);
            Assert.AreEqual(FurnaceState.Banking, h.Cycle.State);
            on.Add(h.Relays.Element);
        }

        Assert.IsTrue(on.Take(10).All(e => e), "the minimum on time holds the element on into banking");
        AssertNoWindowOverBudget(h, on);
    }

    [TestMethod]
    public void Step_ProbeFarAboveTheBandWithTheElementOff_EndsBankingWithHeatWithoutCall()
    {
        var h = HeatingThenOff();

        h.HoldCelsius(h.Settings.MaxSetpointQuarterC / 4.0 + 5, h.Settings.MinOnMs + 5_000);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State, "far above any ember bed with the element off, no bank is needed");
        Assert.AreEqual(ReasonCode.HeatWithoutCall, h.Snapshot().LastReason);
    }

    [TestMethod]
    public void Step_HostTogglingHeatAndOffEveryFewSeconds_BudgetSpansTheBankingSessions()
    {
        // The campaign's I5 finding: each new banking session used to start a fresh budget.
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 60);
        var on = new List<bool>();
        for (long t = 0; t < 3 * h.Settings.BankingDutyWindowMs; t += h.Period)
        {
            long phase = t % 10_000;
            if (phase == 0)
            {
                h.Mailbox.PostMode(ControlMode.Off);
            }
            else if (phase == 5_000)
            {
                h.Mailbox.PostMode(ControlMode.Heat);
            }

            h.StepCelsius(60);
            on.Add(h.Relays.Element && h.Cycle.State == FurnaceState.Banking);
        }

        AssertNoWindowOverBudget(h, on);
    }

    private static void AssertNoWindowOverBudget(CycleHarness h, List<bool> on)
    {
        int windowCycles = (int)(h.Settings.BankingDutyWindowMs / h.Period);
        long budgetMs = h.Settings.BankingDutyBudgetMs;
        int count = 0;
        for (int i = 0; i < on.Count; i++)
        {
            count += on[i] ? 1 : 0;
            if (i >= windowCycles)
            {
                count -= on[i - windowCycles] ? 1 : 0;
            }

            Assert.IsTrue((long)count * h.Period <= budgetMs,
                $"{count * h.Period} ms on in the window ending at cycle {i}; budget {budgetMs} ms");
        }

        Assert.IsTrue(on.Any(e => e), "banking kept the embers warm at all");
    }
}
