using FurnaceFw.Firmware.Config;
using FurnaceFw.Protocol;

namespace FurnaceFw.Tests.Control;

/// <summary>How commands are admitted: heat refused while tripped, a reset leaves the mode off, colliding commands
/// resolve to the lower heat, nothing changes in ConfigFault, and the control thread range-checks what it is sent.</summary>
[TestClass]
public sealed class CommandRulesTests
{
    private static CycleHarness TrippedAndCool()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.RemoteResetOverTemperature, 1); // SR-6 and the command rules, not SR-9, are under test here
        var h = new CycleHarness(settings);
        h.StartHeating(setpointC: 180, currentC: 100);
        h.StepCelsius(h.LimitC + 5);
        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "precondition: tripped");
        h.HoldCelsius(40, 60_000);
        return h;
    }

    [TestMethod]
    public void Step_HeatWhileTripped_RefusedAndModeStaysOff()
    {
        var h = TrippedAndCool();

        h.Mailbox.PostMode(ControlMode.Heat);
        h.StepCelsius(40);

        Assert.AreEqual(CommandResult.RejectedTripped, h.Snapshot().LastCommandResult);
        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode);
    }

    [TestMethod]
    public void Step_HostHeatWhileTrippedInCoop_Refused()
    {
        var h = TrippedAndCool();
        h.Mailbox.PostHostWatchdogTimeout(60);
        h.StepCelsius(40);

        h.Mailbox.PostHostMode(ControlMode.Heat);
        h.StepCelsius(40);

        Assert.AreEqual(CommandResult.RejectedTripped, h.Snapshot().LastCommandResult);
        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode);
    }

    [TestMethod]
    public void Step_ResetConfirmedWithHeatPostedInTheSameCycle_NeverHeats()
    {
        var h = TrippedAndCool();
        h.Mailbox.PostLatchResetArm(99);
        h.StepCelsius(40);

        h.Mailbox.PostMode(ControlMode.Heat);
        h.Mailbox.PostLatchResetConfirm(99);
        h.StepCelsius(40);
        h.HoldCelsius(40, h.Settings.MinOffMs + 10_000);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State, "the reset was accepted");
        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode, "a reset always leaves the mode off");
        Assert.IsFalse(h.Relays.Element, "a reset never restarts heating");
        Assert.IsFalse(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Step_LocalOffAndCoopHostHeatInOneCycle_OffWins()
    {
        var h = new CycleHarness();
        h.Mailbox.PostHostWatchdogTimeout(60);
        h.StepCelsius(100);

        h.Mailbox.PostMode(ControlMode.Off);
        h.Mailbox.PostHostMode(ControlMode.Heat);
        h.StepCelsius(100);

        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode, "when commands collide, the one that lowers heat wins");
        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
    }

    [TestMethod]
    public void Step_LocalHeatAndHostOffInOneCycle_OffWins()
    {
        var h = new CycleHarness();

        h.Mailbox.PostMode(ControlMode.Heat);
        h.Mailbox.PostHostMode(ControlMode.Off);
        h.StepCelsius(100);

        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode);
    }

    [TestMethod]
    [DataRow(150, 200, 150)]
    [DataRow(200, 150, 150)]
    public void Step_LocalAndCoopHostSetpointsInOneCycle_LowerWins(int localC, int hostC, int expectedC)
    {
        var h = new CycleHarness();
        h.Mailbox.PostHostWatchdogTimeout(60);
        h.StepCelsius(100);

        h.Mailbox.PostSetpoint(4 * localC);
        h.Mailbox.PostHostSetpoint(4 * hostC);
        h.StepCelsius(100);

        Assert.AreEqual(4 * expectedC, h.Snapshot().SetpointQuarterC, "the lower setpoint is applied last");
    }

    [TestMethod]
    public void Step_LatchResetInConfigFault_RefusedAndLatchKept()
    {
        var latch = new FurnaceFw.Sim.Hardware.MemoryLatchStore();
        latch.Save(FaultFlags.OverTemperature, ReasonCode.OverTemperature);
        var h = new CycleHarness(configProblem: new ConfigProblem(3, "safety.high_limit_c", "not a number"), latch: latch);
        int savesBefore = latch.SaveCount;

        h.Mailbox.PostLatchResetArm(5);
        h.StepCelsius(40);
        h.Mailbox.PostLatchResetConfirm(5);
        h.StepCelsius(40);

        Assert.AreEqual(CommandResult.RejectedConfigFault, h.Snapshot().LastCommandResult);
        Assert.AreEqual(FaultFlags.OverTemperature, h.Cycle.LatchedFaults, "a rejected reset clears nothing");
        Assert.AreEqual(FaultFlags.OverTemperature, latch.Load(out _), "and persists nothing");
        Assert.AreEqual(savesBefore, latch.SaveCount);
    }

    [TestMethod]
    [DataRow(1)]
    [DataRow(4)]
    [DataRow(3601)]
    [DataRow(-5)]
    public void Step_HostTimeoutOutOfRange_RefusedAndStaysSolo(int seconds)
    {
        var h = new CycleHarness();

        h.Mailbox.PostHostWatchdogTimeout(seconds);
        h.StepCelsius(100);

        Assert.IsFalse(h.Snapshot().HostCoop, $"a host timeout of {seconds} s must not enter Co-op (0 or 5..3600 only)");
        Assert.AreEqual(CommandResult.RejectedOutOfRange, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void Settings_MinOnThatCannotFitTheBankingBudget_AreInconsistent()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.BankingDutyWindowS, 60);
        settings.Set(Setting.BankingDutyPercent, 20);
        settings.Set(Setting.MinOnS, 30);

        string? problem = settings.CheckConsistency();

        Assert.IsNotNull(problem, "a 30 s minimum on time cannot fit a 12 s banking budget");
        StringAssert.Contains(problem, "relay.min_on_s");
    }
}
