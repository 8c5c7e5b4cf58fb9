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
}
