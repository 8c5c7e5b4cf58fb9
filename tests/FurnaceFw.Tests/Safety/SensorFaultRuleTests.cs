using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-2: element off on the first bad frame; N bad frames in a row, or within a window of M frames, latch a SensorFault.</summary>
[TestClass]
public class SensorFaultRuleTests
{
    [TestMethod]
    [DataRow(SensorStatus.OpenThermocouple)]
    [DataRow(SensorStatus.BusAllZeros)]
    [DataRow(SensorStatus.BusAllOnes)]
    [DataRow(SensorStatus.BadSignBit)]
    [DataRow(SensorStatus.BadDeviceId)]
    [DataRow(SensorStatus.Stuck)]
    [DataRow(SensorStatus.BusError)]
    public void Step_FirstBadFrame_ElementOffButNotLatched(SensorStatus fault)
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        h.HoldCelsius(100, h.Settings.MinOnMs);
        Assert.IsTrue(h.Relays.Element, "precondition: heating");

        h.Step(ThermocoupleReading.Fault(fault));

        Assert.IsFalse(h.Relays.Element, "the last good value must never be reused");
        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State, "one bad frame is noise, not yet a fault");
        Assert.AreNotEqual(0, h.Snapshot().Faults & FaultFlags.SensorSuspect);
    }

    [TestMethod]
    [DataRow(SensorStatus.OpenThermocouple)]
    [DataRow(SensorStatus.BusAllZeros)]
    [DataRow(SensorStatus.BusAllOnes)]
    [DataRow(SensorStatus.Stuck)]
    [DataRow(SensorStatus.BusError)]
    public void Step_ConsecutiveBadFramesReachLimit_LatchesSensorFault(SensorStatus fault)
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);

        for (int i = 1; i < h.Settings.SensorFaultCount; i++)
        {
            h.Step(ThermocoupleReading.Fault(fault));
            Assert.AreNotEqual(FurnaceState.Tripped, h.Cycle.State, $"tripped after only {i} bad frames");
        }

        h.Step(ThermocoupleReading.Fault(fault));

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State);
        Assert.AreEqual(ReasonCode.SensorFault, h.Snapshot().LastReason);
        Assert.IsFalse(h.Relays.Cutoff, "a latched sensor fault opens the cutoff");
        Assert.AreEqual(FaultFlags.SensorFault, h.Latch.Load(out _));
    }

    [TestMethod]
    [DataRow(2, DisplayName = "every other frame bad")]
    [DataRow(3, DisplayName = "one frame in three bad")]
    [DataRow(50, DisplayName = "one frame in fifty bad")]
    public void Step_BadFramesInterleavedWithGoodOnes_LatchWithinTheWindow(int everyNth)
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        int frames = 0;

        while (h.Cycle.State == FurnaceState.Heating && frames < 10 * h.Settings.SensorFaultWindowFrames)
        {
            frames++;
            if (frames % everyNth == 0)
            {
                h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
            }
            else
            {
                h.StepCelsius(100);
            }
        }

        Assert.AreEqual(FurnaceState.Tripped, h.Cycle.State, "a good frame between bad ones must not restart the count");
        Assert.AreEqual(ReasonCode.SensorFault, h.Snapshot().LastReason);
        Assert.AreEqual(h.Settings.SensorFaultCount * everyNth, frames, "trips on the count-th bad frame");
    }

    [TestMethod]
    public void Step_IsolatedBadFramesSparserThanTheWindow_DoNotLatch()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        int spacing = h.Settings.SensorFaultWindowFrames / (h.Settings.SensorFaultCount - 1) + 1;

        for (int round = 0; round < 6; round++)
        {
            h.Step(ThermocoupleReading.Fault(SensorStatus.BusAllZeros));
            h.HoldCelsius(100 + 3 * round, (spacing - 1) * (long)h.Period); // warming: SR-3 is satisfied
        }

        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State, "isolated noise, fewer than count per window, must not latch");
    }

    [TestMethod]
    public void Step_NotReadyRightAfterAGoodFrame_KeepsThePreviousDecision()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);
        Assert.IsTrue(h.Relays.Element, "precondition: heating");

        h.Step(ThermocoupleReading.Fault(SensorStatus.NotReady));

        Assert.IsTrue(h.Relays.Element, "a cycle that came too soon to read a frame must not drop the element (and restart min_off)");
        Assert.IsTrue(h.Relays.Cutoff);
        Assert.AreEqual(0, h.Snapshot().Faults & FaultFlags.SensorSuspect, "no frame read is not a bad frame");
    }

    [TestMethod]
    public void Step_NotReadyLongAfterTheLastFrame_SwitchesOff()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);

        h.Step(ThermocoupleReading.Fault(SensorStatus.NotReady));
        h.Step(ThermocoupleReading.Fault(SensorStatus.NotReady));
        h.Step(ThermocoupleReading.Fault(SensorStatus.NotReady));

        Assert.IsFalse(h.Relays.Element, "with no frame for several periods the decision is stale: element off");
    }

    [TestMethod]
    public void Step_NoFrameRead_DoesNotFeedTheWatchdog()
    {
        var h = new CycleHarness();
        h.StepCelsius(100);
        int fed = h.Watchdog.Feeds;

        h.Step(ThermocoupleReading.Fault(SensorStatus.NotReady));

        Assert.AreEqual(fed, h.Watchdog.Feeds, "a cycle without a fresh reading must not feed the watchdog");
        Assert.IsFalse(h.Relays.Element);
    }
}
