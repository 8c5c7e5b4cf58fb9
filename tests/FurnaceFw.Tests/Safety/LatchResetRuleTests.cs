using FurnaceFw.Protocol;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-6: a latch clears only on an armed, confirmed reset with a matching token while cool.</summary>
[TestClass]
public class LatchResetRuleTests
{
    // An over-temperature trip with remote resets allowed for it: these tests are about SR-6's arm/confirm rules; SR-9's
    // default (over-temperature only at the furnace) has its own tests in ResetPolicyRuleTests.
    private static CycleHarness TrippedAndCool()
    {
        var settings = new FurnaceFw.Firmware.Config.FurnaceSettings();
        settings.Set(FurnaceFw.Firmware.Config.Setting.RemoteResetOverTemperature, 1);
        var h = new CycleHarness(settings);
        h.StepCelsius(h.LimitC + 10);
        h.HoldCelsius(40, 10_000);
        return h;
    }

    [TestMethod]
    public void Confirm_AfterArmWithSameTokenWhileCool_ClearsLatchAndPersists()
    {
        var h = TrippedAndCool();

        h.Mailbox.PostLatchResetArm(4242);
        h.StepCelsius(40);
        h.Mailbox.PostLatchResetConfirm(4242);
        h.StepCelsius(40);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(ReasonCode.LatchReset, h.Snapshot().LastReason);
        Assert.AreEqual(CommandResult.Accepted, h.Snapshot().LastCommandResult);
        Assert.AreEqual(0, h.Latch.Load(out _), "the cleared latch must be persisted");
        Assert.IsFalse(h.Relays.Cutoff, "idle after a reset: the cutoff stays open until heat is asked for");
        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode, "a reset never restarts heating by itself");

        h.Mailbox.PostMode(ControlMode.Heat);
        h.StepCelsius(40);
        for (long t = 0; !h.Relays.Cutoff && t <= h.Settings.MinOffMs; t += h.Period)
        {
            Assert.IsFalse(h.Relays.Element, "the element waits for the cutoff");
            h.StepCelsius(40);
        }

        Assert.IsTrue(h.Relays.Cutoff, "the cutoff closes again once heat is demanded");
        Assert.IsFalse(h.Relays.Element, "the cutoff closes one cycle before the element, never onto a live element");
        h.StepCelsius(40);
        Assert.IsTrue(h.Relays.Element, "then the element turns on");
    }

    [TestMethod]
    public void Confirm_WithoutArm_IsRejected()
    {
        var h = TrippedAndCool();

        h.Mailbox.PostLatchResetConfirm(4242);
        h.StepCelsius(40);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "a single stray write cannot clear a trip");
        Assert.AreEqual(CommandResult.RejectedNotArmed, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void Confirm_WithOtherToken_IsRejectedAndDisarms()
    {
        var h = TrippedAndCool();
        h.Mailbox.PostLatchResetArm(4242);
        h.StepCelsius(40);

        h.Mailbox.PostLatchResetConfirm(4243);
        h.StepCelsius(40);
        h.Mailbox.PostLatchResetConfirm(4242);
        h.StepCelsius(40);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(CommandResult.RejectedNotArmed, h.Snapshot().LastCommandResult, "a failed confirm must disarm");
    }

    [TestMethod]
    public void Confirm_WhileAboveResetThreshold_IsRejected()
    {
        var h = TrippedAndCool();
        h.StepCelsius(h.LimitC + 10);
        double hot = h.Settings.LatchResetBelowQuarterC / 4.0;

        h.Mailbox.PostLatchResetArm(7);
        h.StepCelsius(hot);
        h.Mailbox.PostLatchResetConfirm(7);
        h.StepCelsius(hot);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(CommandResult.RejectedTooHot, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void Confirm_AfterArmWindow_IsRejected()
    {
        var h = TrippedAndCool();
        h.Mailbox.PostLatchResetArm(7);
        h.StepCelsius(40);

        h.HoldCelsius(40, 31_000);
        h.Mailbox.PostLatchResetConfirm(7);
        h.StepCelsius(40);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(CommandResult.RejectedArmExpired, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void Confirm_WhileSensorInvalid_IsRejected()
    {
        var h = TrippedAndCool();
        h.Mailbox.PostLatchResetArm(7);
        h.StepCelsius(40);

        h.Step(FurnaceFw.Firmware.Ports.ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
        h.Mailbox.PostLatchResetConfirm(7);
        h.Step(FurnaceFw.Firmware.Ports.ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(CommandResult.RejectedSensorInvalid, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void Arm_WhenNotLatched_IsRejected()
    {
        var h = new CycleHarness();

        h.Mailbox.PostLatchResetArm(7);
        h.StepCelsius(40);

        Assert.AreEqual(CommandResult.RejectedNotLatched, h.Snapshot().LastCommandResult);
    }
}
