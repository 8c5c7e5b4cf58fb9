using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-5: minimum on and off times protect the relay but never delay a trip.</summary>
[TestClass]
public class RelayTimingRuleTests
{
    [TestMethod]
    public void Step_SetpointReachedRightAfterSwitchOn_ElementHeldOnForMinimumOnTime()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 150);
        Assert.IsTrue(h.Relays.Element);

        h.HoldCelsius(201, h.Settings.MinOnMs - 2 * h.Period);
        Assert.IsTrue(h.Relays.Element, "thermostat chatter must not switch the relay before relay.min_on_s");
        h.HoldCelsius(201, 3 * h.Period);

        Assert.IsFalse(h.Relays.Element);
    }

    [TestMethod]
    public void Step_DemandReturnsRightAfterSwitchOff_ElementHeldOffForMinimumOffTime()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 150);
        for (int i = 0; i < 1000 && h.Relays.Element; i++)
        {
            h.StepCelsius(201);
        }

        Assert.IsFalse(h.Relays.Element, "precondition: just switched off");

        h.HoldCelsius(150, h.Settings.MinOffMs - 2 * h.Period);
        Assert.IsFalse(h.Relays.Element);
        // The cutoff opened a cycle after the element and keeps its own minimum off time; then it leads by a cycle.
        h.HoldCelsius(150, 4 * h.Period);

        Assert.IsTrue(h.Relays.Element);
    }

    [TestMethod]
    public void Step_BadFrameRightAfterSwitchOn_ElementOffAtOnce()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 200, currentC: 150);
        Assert.IsTrue(h.Relays.Element);

        h.Step(ThermocoupleReading.Fault(SensorStatus.OpenThermocouple));

        Assert.IsFalse(h.Relays.Element, "a sensor fault switches off inside the minimum-on time");
    }

    [TestMethod]
    public void Step_AfterBoot_ElementWaitsMinimumOffTime()
    {
        var h = new CycleHarness();
        h.Mailbox.PostMode(ControlMode.Heat);

        h.HoldCelsius(100, h.Settings.MinOffMs - 2 * h.Period);

        Assert.IsFalse(h.Relays.Element, "a reset loop must not chatter the element relay");
    }
}
