using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-2: element off on the first bad frame; N consecutive bad frames latch a SensorFault.</summary>
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
    public void Step_GoodFrameBetweenBadOnes_RestartsTheCount()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 100);

        for (int round = 0; round < 20; round++)
        {
            for (int i = 1; i < h.Settings.SensorFaultCount; i++)
            {
                h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));
            }

            h.StepCelsius(100);
        }

        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State, "isolated noise must not latch");
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
