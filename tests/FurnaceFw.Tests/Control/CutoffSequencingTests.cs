using FurnaceFw.Protocol;

namespace FurnaceFw.Tests.Control;

/// <summary>
/// The cutoff relay closes one cycle before the element turns on and opens one cycle after it turned off: it never
/// switches current, and a welded element relay has no power whenever the element is meant to be off. A trip opens
/// both at once.
/// </summary>
[TestClass]
public sealed class CutoffSequencingTests
{
    [TestMethod]
    public void Step_HeatAsked_CutoffClosesOneCycleBeforeTheElement()
    {
        var h = new CycleHarness();
        h.Mailbox.PostMode(ControlMode.Heat);

        bool sawCutoffAlone = false;
        for (long t = 0; t <= h.Settings.MinOffMs + 2 * h.Period && !h.Relays.Element; t += h.Period)
        {
            bool cutoffBefore = h.Relays.Cutoff;
            h.StepCelsius(100);
            if (h.Relays.Element)
            {
                Assert.IsTrue(cutoffBefore, "the element turned on in a cycle whose previous cycle had the cutoff open");
            }

            sawCutoffAlone |= h.Relays.Cutoff && !h.Relays.Element;
        }

        Assert.IsTrue(h.Relays.Element, "precondition: the element turned on");
        Assert.IsTrue(sawCutoffAlone, "there was a cycle with the cutoff closed and the element still off");
    }

    [TestMethod]
    public void Step_ElementTurnsOff_CutoffOpensTheNextCycle()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 180, currentC: 100);
        h.HoldCelsius(100, h.Settings.MinOnMs);
        Assert.IsTrue(h.Relays.Element, "precondition: heating");

        h.StepCelsius(181);
        Assert.IsFalse(h.Relays.Element, "at the setpoint the element turns off");
        Assert.IsTrue(h.Relays.Cutoff, "the cutoff stays closed for the cycle in which the element opens");

        h.StepCelsius(181);
        Assert.IsFalse(h.Relays.Cutoff, "one cycle later the cutoff opens: a welded element relay would have no power");
        Assert.AreEqual(FurnaceState.Heating, h.Cycle.State, "still heating; the cutoff just follows the element");
    }

    [TestMethod]
    public void Step_Trip_OpensBothInTheSameCycle()
    {
        var h = new CycleHarness();
        h.StartHeating(setpointC: 180, currentC: 100);

        h.StepCelsius(h.LimitC);

        Assert.IsFalse(h.Relays.Element);
        Assert.IsFalse(h.Relays.Cutoff, "a trip does not wait a cycle: the cutoff opens with the element");
    }

    [TestMethod]
    public void Step_ElementOnOrOff_ElementIsNeverOnWithTheCutoffOpen()
    {
        var h = new CycleHarness();
        h.Mailbox.PostMode(ControlMode.Heat);
        double t = 150;
        for (int i = 0; i < 20_000; i++)
        {
            t += i % 400 < 200 ? 0.05 : -0.05; // swings through the band for hours
            h.StepCelsius(t);
            Assert.IsFalse(h.Relays.Element && !h.Relays.Cutoff, $"cycle {i}: element energized with the cutoff open");
        }
    }

    [TestMethod]
    public void Step_WishFlippingEveryCycle_CutoffClosesAtMostOncePerMinimumOffTime()
    {
        // A reading alternating across the thermostat band every frame (within the plausible step): the element's own
        // timing holds it, and the cutoff must not chatter ahead of it either (I6).
        var h = new CycleHarness();
        h.Mailbox.PostSetpoint(4 * 180);
        h.Mailbox.PostMode(ControlMode.Heat);
        int closes = 0;
        bool wasClosed = false;
        long runMs = 10 * 60_000;
        for (long t = 0; t < runMs; t += h.Period)
        {
            h.StepCelsius(t / h.Period % 2 == 0 ? 170 : 185);
            closes += h.Relays.Cutoff && !wasClosed ? 1 : 0;
            wasClosed = h.Relays.Cutoff;
        }

        long bound = runMs / h.Settings.MinOffMs + 1;
        Assert.IsTrue(closes <= bound, $"the cutoff closed {closes} times in 10 minutes; at most {bound} (one per relay.min_off_s)");
        Assert.IsTrue(closes > 0, "it still heats when asked");
    }
}
