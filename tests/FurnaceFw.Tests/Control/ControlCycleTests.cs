using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Control;

[TestClass]
public class ControlCycleTests
{
    [TestMethod]
    public void Boot_Always_WritesBothRelaysDeEnergizedFirst()
    {
        var h = new CycleHarness();

        Assert.IsTrue(h.Relays.Writes >= 1);
        Assert.IsFalse(h.Relays.Element);
        Assert.IsFalse(h.Relays.Cutoff);
        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(ReasonCode.PowerOn, h.Snapshot().LastReason);
    }

    [TestMethod]
    public void Step_EveryCycle_WritesOutputsAndFeedsWatchdogOnce()
    {
        var h = new CycleHarness();
        int writes = h.Relays.Writes;

        h.HoldCelsius(20, 100 * h.Period);

        Assert.AreEqual(writes + 100, h.Relays.Writes, "outputs are written every cycle, not only on change");
        Assert.AreEqual(100, h.Watchdog.Feeds, "fed once per completed cycle with a fresh reading");
    }

    [TestMethod]
    public void Step_Idle_CutoffOpenSoAWeldedElementRelayHasNoPower()
    {
        var h = new CycleHarness();

        h.HoldCelsius(20, 60_000);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.IsFalse(h.Relays.Cutoff, "no demand, no power to the element circuit");
    }

    [TestMethod]
    public void Boot_BeforeFirstFrame_PublishesNotReadyNotAFakeReading()
    {
        var h = new CycleHarness();

        var s = h.Snapshot();

        Assert.AreEqual(SensorStatus.NotReady, s.SensorStatus, "no frame has been read yet");
        Assert.AreEqual(0, s.Faults & FaultFlags.SensorSuspect, "no frame read is not a bad frame: nothing to suspect yet");
    }

    [TestMethod]
    public void Step_HeatDemandBelowSetpoint_ElementOnAndCutoffClosed()
    {
        var h = new CycleHarness();

        h.StartHeating(setpointC: 180, currentC: 100);

        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State);
        Assert.IsTrue(h.Relays.Element);
        Assert.IsTrue(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Step_SetpointOutOfRange_RejectedAndUnchanged()
    {
        var h = new CycleHarness();
        int before = h.Snapshot().SetpointQuarterC;

        h.Mailbox.PostSetpoint(h.Settings.MaxSetpointQuarterC + 1);
        h.StepCelsius(20);

        Assert.AreEqual(CommandResult.RejectedOutOfRange, h.Snapshot().LastCommandResult);
        Assert.AreEqual(before, h.Snapshot().SetpointQuarterC);
    }

    [TestMethod]
    public void Step_UnknownMode_RejectedAndUnchanged()
    {
        var h = new CycleHarness();

        h.Mailbox.PostMode((ControlMode)7);
        h.StepCelsius(20);

        Assert.AreEqual(CommandResult.RejectedOutOfRange, h.Snapshot().LastCommandResult);
        Assert.AreEqual(ControlMode.Off, h.Snapshot().Mode);
    }

    [TestMethod]
    public void Boot_WithConfigProblem_NeverHeats()
    {
        var h = new CycleHarness(configProblem: new ConfigProblem(3, "safety.high_limit_c", "not a number"));

        h.Mailbox.PostMode(ControlMode.Heat);
        h.HoldCelsius(20, 10 * 60_000);

        Assert.AreEqual(FurnaceState.ConfigFault, h.Cycle.State);
        Assert.IsFalse(h.Relays.Element);
        Assert.IsFalse(h.Relays.Cutoff);
        Assert.AreNotEqual(0, h.Snapshot().Faults & FaultFlags.ConfigInvalid);
        Assert.AreEqual(CommandResult.RejectedConfigFault, h.Snapshot().LastCommandResult);
    }

    [TestMethod]
    public void Snapshot_AfterTransitions_ListsThemNewestFirstWithReasons()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        h.StepCelsius(h.LimitC + 10);

        var s = h.Snapshot();

        Assert.AreEqual((byte)FurnaceState.Tripped, s.TransitionTo[0]);
        Assert.AreEqual((byte)ReasonCode.OverTemperature, s.TransitionReason[0]);
        Assert.AreEqual((byte)FurnaceState.Heating, s.TransitionTo[1]);
        Assert.AreEqual((byte)ReasonCode.DemandOn, s.TransitionReason[1]);
        Assert.AreEqual((byte)ReasonCode.PowerOn, s.TransitionReason[2]);
    }

    [TestMethod]
    public void TransitionLog_MoreThanCapacity_KeepsTheNewest()
    {
        var log = new TransitionLog();
        for (int i = 0; i < TransitionLog.Capacity + 3; i++)
        {
            log.Add(i, FurnaceState.Idle, FurnaceState.Heating, (ReasonCode)(i % 5));
        }

        var time = new long[TransitionLog.Capacity];
        var from = new byte[TransitionLog.Capacity];
        var to = new byte[TransitionLog.Capacity];
        var reason = new byte[TransitionLog.Capacity];
        log.CopyNewestFirst(time, from, to, reason);

        Assert.AreEqual(TransitionLog.Capacity + 2, time[0]);
        Assert.AreEqual(3, time[TransitionLog.Capacity - 1]);
        Assert.AreEqual(TransitionLog.Capacity, log.Count);
    }

    [TestMethod]
    public void Settings_ValueOutOfRange_ThrowsNamingKeyAndRange()
    {
        var settings = new FurnaceSettings();

        var e = Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => settings.Set(Setting.HighLimitC, 5000));

        StringAssert.Contains(e.Message, "safety.high_limit_c");
        StringAssert.Contains(e.Message, "100..900");
        Assert.AreEqual(SettingsTable.All[Setting.HighLimitC].Default, settings.Get(Setting.HighLimitC), "a rejected value leaves the setting unchanged");
    }

    [TestMethod]
    public void Settings_MaxSetpointTooCloseToLimit_IsInconsistent()
    {
        var settings = new FurnaceSettings();
        settings.Set(Setting.MaxSetpointC, settings.Get(Setting.HighLimitC) - 10);

        string? problem = settings.CheckConsistency();

        Assert.IsNotNull(problem);
        StringAssert.Contains(problem, "control.max_setpoint_c");
    }

    [TestMethod]
    public void SettingsTable_Defaults_AreInRangeAndConsistent()
    {
        foreach (SettingDefinition d in SettingsTable.All)
        {
            Assert.IsTrue(d.Accepts(d.Default), $"{d.Key} default {d.Default} outside {d.Min}..{d.Max}");
            Assert.IsFalse(string.IsNullOrWhiteSpace(d.Reason), $"{d.Key} needs a reason");
        }

        Assert.AreEqual(Setting.Count, SettingsTable.All.Length);
        Assert.IsNull(new FurnaceSettings().CheckConsistency());
    }
}
