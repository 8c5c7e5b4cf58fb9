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
}
