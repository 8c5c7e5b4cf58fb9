using FurnaceFw.Protocol;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-3 heating failed and SR-4 thermal runaway.</summary>
[TestClass]
public class HeatingRuleTests
{
    [TestMethod]
    public void Step_ElementOnAndNoRiseForWatchPeriod_TripsHeatingFailed()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        Assert.IsTrue(h.Relays.Element, "precondition: heating");

        h.HoldCelsius(100, h.Settings.WatchPeriodMs - 2 * h.Period);
        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State, "tripped before the watch period ended");
        h.HoldCelsius(100, 3 * h.Period);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(ReasonCode.HeatingFailed, h.Snapshot().LastReason);
        Assert.IsFalse(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Step_ElementOnAndRisingJustEnough_DoesNotTrip()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        double t = 100;
        long stepMs = h.Settings.WatchPeriodMs * 9 / 10;
        double rise = h.Settings.WatchIncreaseQuarterC / 4.0;

        for (int i = 0; i < 20; i++)
        {
            h.HoldCelsius(t, stepMs);
            t += rise;
        }

        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State);
    }

    [TestMethod]
    public void Step_ElementOffAndTemperatureFlat_DoesNotTrip()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 100, currentC: 150);

        h.HoldCelsius(150, 4 * h.Settings.WatchPeriodMs);

        Assert.IsFalse(h.Relays.Element);
        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State);
    }

    [TestMethod]
    public void Step_FarBelowTargetForRunawayPeriodWhileSlowlyRising_TripsThermalRunaway()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 150);
        h.HoldCelsius(200, 60_000);

        // Fall far below target, then creep up slowly enough to satisfy the heating-rate watch.
        double t = 140;
        long elapsed = 0;
        long stepMs = h.Settings.WatchPeriodMs / 2;
        while (h.Cycle.State == FurnaceState.Heating && elapsed < 2 * h.Settings.RunawayPeriodMs)
        {
            h.HoldCelsius(t, stepMs);
            elapsed += stepMs;
            t += h.Settings.WatchIncreaseQuarterC / 4.0;
        }

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(ReasonCode.ThermalRunaway, h.Snapshot().LastReason);
        Assert.IsTrue(elapsed >= h.Settings.RunawayPeriodMs, $"tripped after {elapsed} ms, before the runaway period");
        Assert.IsTrue(t < 200 - h.Settings.RunawayHysteresisQuarterC / 4.0, "precondition: still below the band");
    }

    [TestMethod]
    public void Step_BelowBandBeforeFirstReachingTarget_IsFirstHeatingNotRunaway()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 250, currentC: 100);
        double t = 100;
        long stepMs = h.Settings.WatchPeriodMs / 2;

        for (long elapsed = 0; elapsed < 2 * h.Settings.RunawayPeriodMs; elapsed += stepMs)
        {
            h.HoldCelsius(t, stepMs);
            t += h.Settings.WatchIncreaseQuarterC / 4.0;
        }

        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State, "a slow first heat-up is the heating-rate rule's job");
    }

    [TestMethod]
    public void Step_FrozenReadingWithABadFrameNowAndThen_StillTripsOnTotalOnTime()
    {
        // The reviewer's schedule: a plausible frozen value and one 0x0000 frame every 115 s used to restart the watch.
        FurnaceFw.Firmware.Config.FurnaceSettings settings = new();
        settings.Set(FurnaceFw.Firmware.Config.Setting.StuckSensorS, 3600); // isolate SR-3 from the stuck detector
        var h = new CycleHarness(settings);
        h.StartHeating(setpointC: 200, currentC: 100);
        long elapsed = 0;

        while (h.Cycle.State == FurnaceState.Heating && elapsed < 20 * h.Settings.WatchPeriodMs)
        {
            h.HoldCelsius(100, 115_000);
            h.Step(FurnaceFw.Firmware.Ports.ThermocoupleReading.Fault(SensorStatus.BusAllZeros));
            elapsed += 115_000 + h.Period;
        }

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "a bad frame must not restart the heating watch");
        Assert.AreEqual(ReasonCode.HeatingFailed, h.Snapshot().LastReason);
        Assert.IsTrue(elapsed <= h.Settings.WatchPeriodMs + h.Settings.MinOffMs + 115_000,
            $"tripped after {elapsed / 1000} s: on-time must accrue across the interruptions");
    }

    [TestMethod]
    public void Step_ElementInterruptedByOffPeriods_AccruesOnTimeAcrossThem()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        long onMs = 0;

        // Element on, then the setpoint drops below the reading (off for a while), then back: the temperature never rises.
        while (h.Cycle.State == FurnaceState.Heating && onMs < 3 * h.Settings.WatchPeriodMs)
        {
            for (long t = 0; t < 60_000 && h.Cycle.State == FurnaceState.Heating; t += h.Period)
            {
                h.StepCelsius(100);
                onMs += h.Relays.Element ? h.Period : 0;
            }

            h.Mailbox.PostSetpoint(4 * 50);
            h.HoldCelsius(100, h.Settings.MinOffMs + 1000);
            h.Mailbox.PostSetpoint(4 * 200);
        }

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "off periods must not wipe the on-time already accrued");
        Assert.AreEqual(ReasonCode.HeatingFailed, h.Snapshot().LastReason);
        Assert.IsTrue(onMs <= h.Settings.WatchPeriodMs + 2 * h.Period, $"tripped after {onMs} ms of element-on time");
    }

    [TestMethod]
    public void Step_DeadElementWhileBanking_TripsHeatingFailed()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 195);
        h.Mailbox.PostMode(ControlMode.Off);
        h.StepCelsius(80);
        Assert.AreEqual(FurnaceState.Banking, h.Cycle.State, "precondition: banking");

        // Below the ember band, the element pulses within its duty budget, and nothing ever warms.
        h.HoldCelsius(80, 4 * h.Settings.BankingDutyWindowMs);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "SR-3 watches banking too");
        Assert.AreEqual(ReasonCode.HeatingFailed, h.Snapshot().LastReason);
    }
}
