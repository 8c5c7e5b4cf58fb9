using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-1: at or above the high limit the element goes off and the cutoff opens in the same cycle; latched; persisted.</summary>
[TestClass]
public class OverTemperatureRuleTests
{
    [TestMethod]
    public void Step_ReadingAtHighLimit_ElementOffAndCutoffOpenInThatCycle()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 300, currentC: 290);
        Assert.IsTrue(h.Relays.Element, "precondition: heating");

        h.StepCelsius(h.LimitC);

        Assert.IsFalse(h.Relays.Element, "element must go off in the cycle that saw the limit");
        Assert.IsFalse(h.Relays.Cutoff, "cutoff relay must open in the same cycle");
        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(ReasonCode.OverTemperature, h.Snapshot().LastReason);
        Assert.AreEqual(FaultFlags.OverTemperature, h.Latch.Load(out _), "latch must be persisted");
    }

    [TestMethod]
    public void Step_ReadingOneLsbBelowLimit_DoesNotTrip()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 300, currentC: 290);

        h.StepCelsius(h.LimitC - 0.25);

        Assert.AreNotEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.IsTrue(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Step_ElementJustSwitchedOn_MinimumOnTimeDoesNotDelayTheTrip()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 300, currentC: 290);
        Assert.IsTrue(h.Relays.Element, "precondition: element just switched on, min-on not yet served");

        h.StepCelsius(h.LimitC + 1);

        Assert.IsFalse(h.Relays.Element, "relay.min_on_s must never hold the element on through a trip");
    }

    [TestMethod]
    public void Step_TemperatureFallsAfterTrip_StaysLatched()
    {
        var h = new CycleHarness();
        h.StepCelsius(h.LimitC + 10);

        h.HoldCelsius(25, 60_000);

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "an over-temperature trip never clears by itself");
        Assert.IsFalse(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Boot_AfterTripAndReset_ComesUpTrippedWithRelaysSafe()
    {
        var latch = new MemoryLatchStore();
        var before = new CycleHarness(latch: latch);
        before.StepCelsius(before.LimitC + 10);

        var after = new CycleHarness(latch: latch);
        after.Mailbox.PostMode(ControlMode.Heat);
        after.HoldCelsius(25, 60_000);

        Assert.AreEqual(FurnaceState.Tripped, after.Cycle.State);
        Assert.AreEqual(ReasonCode.LatchRestored, after.Snapshot().LastReason);
        Assert.IsFalse(after.Relays.Element);
        Assert.IsFalse(after.Relays.Cutoff);
    }

    [TestMethod]
    public void Step_HeatCommandWhileTripped_DoesNothing()
    {
        var h = new CycleHarness();
        h.StepCelsius(h.LimitC + 10);

        h.Mailbox.PostMode(ControlMode.Heat);
        h.Mailbox.PostSetpoint(200 * 4);
        h.HoldCelsius(25, 60_000);

        Assert.IsFalse(h.Relays.Element, "no command can heat a tripped furnace");
    }
}
