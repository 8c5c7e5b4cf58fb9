using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Tests.Control;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-9: an over-temperature trip is reset by a person at the furnace; other faults may be reset remotely.</summary>
[TestClass]
public sealed class ResetPolicyRuleTests
{
    private static CycleHarness OverTemperatureTrippedAndCool(FurnaceSettings? settings = null)
    {
        var h = new CycleHarness(settings);
        h.StepCelsius(h.LimitC + 5);
        Assert.AreEqual(FaultFlags.OverTemperature, h.Cycle.LatchedFaults, "precondition: over-temperature latched");
        h.HoldCelsius(40, 10_000);
        return h;
    }

    private static CycleHarness SensorFaultTrippedAndCool()
    {
        var h = new CycleHarness();
        for (int i = 0; i < h.Settings.SensorFaultCount; i++)
        {
            h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
        }

        Assert.AreEqual(FaultFlags.SensorFault, h.Cycle.LatchedFaults, "precondition: sensor fault latched");
        h.HoldCelsius(40, 10_000);
        return h;
    }

    private static void RemoteReset(CycleHarness h, int token)
    {
        h.Mailbox.PostLatchResetArm(token);
        h.StepCelsius(40);
        h.Mailbox.PostLatchResetConfirm(token);
        h.StepCelsius(40);
    }

    private static void LongPress(CycleHarness h, double celsius)
    {
        h.Button.IsPressed = true;
        h.HoldCelsius(celsius, h.Settings.ButtonLongPressMs + 500);
        h.Button.IsPressed = false;
        h.HoldCelsius(celsius, 1000);
    }

    [TestMethod]
    public void RemoteReset_OverTemperatureByDefault_RefusedAtTheArm()
    {
        var h = OverTemperatureTrippedAndCool();

        RemoteReset(h, 31);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "a high-limit trip is not cleared from afar");
        Assert.AreEqual(FaultFlags.OverTemperature, h.Cycle.LatchedFaults);
        Assert.AreEqual(CommandResult.RejectedNeedsLocalReset, h.Snapshot().LastCommandResult);
        Assert.AreEqual(0, h.Snapshot().RemoteResettableFaults & FaultFlags.OverTemperature, "published for the web page and I2C");
    }

    [TestMethod]
    public void RemoteReset_OverTemperatureExplicitlyAllowed_Accepted()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.RemoteResetOverTemperature, 1);
        var h = OverTemperatureTrippedAndCool(settings);

        RemoteReset(h, 31);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(ReasonCode.LatchReset, h.Snapshot().LastReason);
    }

    [TestMethod]
    public void RemoteReset_SensorFaultByDefault_Accepted()
    {
        var h = SensorFaultTrippedAndCool();

        RemoteReset(h, 32);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State, "the owner fixes a probe remotely... after replacing it");
    }

    [TestMethod]
    public void RemoteReset_SensorFaultNotAllowed_NeedsTheButton()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.RemoteResetSensorFault, 0);
        var h = new CycleHarness(settings);
        for (int i = 0; i < h.Settings.SensorFaultCount; i++)
        {
            h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
        }

        h.HoldCelsius(40, 10_000);
        RemoteReset(h, 33);

        Assert.AreEqual(CommandResult.RejectedNeedsLocalReset, h.Snapshot().LastCommandResult);
        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
    }

    [TestMethod]
    public void LongPress_OverTemperatureCoolAndValid_ResetsLocally()
    {
        var h = OverTemperatureTrippedAndCool();

        LongPress(h, 40);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(ReasonCode.LocalReset, h.Snapshot().LastReason);
        Assert.AreEqual(0, h.Latch.Load(out _), "persisted");
        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode, "a reset never restarts heating");
    }

    [TestMethod]
    public void LongPress_WhileHot_RefusedAndLatchKept()
    {
        var h = OverTemperatureTrippedAndCool();

        LongPress(h, h.Settings.LatchResetBelowQuarterC / 4.0 + 5);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "SR-6's threshold applies at the furnace too");
        Assert.AreEqual(CommandResult.RejectedTooHot, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void LongPress_SensorInvalid_Refused()
    {
        var h = OverTemperatureTrippedAndCool();

        h.Button.IsPressed = true;
        h.HoldCelsius(40, h.Settings.ButtonLongPressMs + 500);
        h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
        h.Button.IsPressed = false;
        h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
        h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(CommandResult.RejectedSensorInvalid, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void StuckButton_ResetsNothingAndShowsAsAFault()
    {
        var h = OverTemperatureTrippedAndCool();

        h.Button.IsPressed = true;
        h.HoldCelsius(40, h.Settings.ButtonStuckMs + 1000);
        Assert.AreNotEqual(0, h.Snapshot().Faults & FaultFlags.ButtonStuck, "a stuck button is a fault on every interface");
        Assert.AreEqual(ButtonState.Stuck, h.Snapshot().ButtonState);
        h.Button.IsPressed = false;
        h.HoldCelsius(40, 2000);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "a stuck button resets nothing");
        Assert.AreEqual(0, h.Snapshot().Faults & FaultFlags.ButtonStuck, "released: the fault clears");
    }

    [TestMethod]
    public void ButtonHeldAtBoot_ResetsNothing()
    {
        var latch = new FurnaceFw.Sim.Hardware.MemoryLatchStore();
        latch.Save(FaultFlags.OverTemperature, ReasonCode.OverTemperature);
        var h = new CycleHarness(latch: latch);
        h.Button.IsPressed = true;

        h.HoldCelsius(40, 5000);
        h.Button.IsPressed = false;
        h.HoldCelsius(40, 2000);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "held through the boot: not a deliberate press");
    }

    [TestMethod]
    public void LongPress_NothingLatched_ChangesNothing()
    {
        var h = new CycleHarness();
        int commands = h.Snapshot().CommandCount;

        LongPress(h, 40);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(commands, h.Snapshot().CommandCount, "no result is reported for a press with nothing to reset");
    }
}
