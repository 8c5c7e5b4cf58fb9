using FurnaceFw.Firmware.Ports;
using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Tests.Control;

namespace FurnaceFw.Tests.Safety;

/// <summary>On a trip the relays go safe first and the latch is persisted after; a failed save is retried.</summary>
[TestClass]
public sealed class LatchPersistenceTests
{
    [TestMethod]
    public void Step_Trip_RelaysAreSafeBeforeTheLatchIsSaved()
    {
        var store = new RelayWatchingStore();
        var h = new CycleHarness(latch: null, store: store);
        store.Relays = h.Relays;
        h.StartHeating(setpointC: 180, currentC: 100);
        Assert.IsTrue(h.Relays.Element, "precondition: heating");

        h.StepCelsius(h.LimitC + 1);

        Assert.AreEqual(1, store.Saves, "the trip was saved");
        Assert.IsFalse(store.ElementAtSave, "a slow or hung flash write must never find the element still energized");
        Assert.IsFalse(store.CutoffAtSave);
    }

    [TestMethod]
    public void Step_SaveFails_RetriedUntilItSucceeds()
    {
        var flash = new SimulatedFlash { FailWrites = true };
        var h = new CycleHarness(latch: null, store: new LatchFileStore(flash));
        h.StartHeating(setpointC: 180, currentC: 100);

        h.StepCelsius(h.LimitC + 1);
        h.HoldCelsius(h.LimitC - 50, 3000);
        Assert.IsTrue(h.Snapshot().LatchSavePending, "the failed save is still owed");
        Assert.IsTrue(h.Snapshot().LatchPersistErrorCount >= 2, "and was retried");

        flash.FailWrites = false;
        h.HoldCelsius(h.LimitC - 50, 2000);

        Assert.IsFalse(h.Snapshot().LatchSavePending);
        Assert.AreEqual(FaultFlags.OverTemperature, new LatchFileStore(flash).Load(out _), "the trip reached the flash in the end");
    }

    [TestMethod]
    public void Step_CycleThrowsAfterAFreshRead_DoesNotFeedTheWatchdog()
    {
        var h = new CycleHarness();
        h.StepCelsius(100);
        int fed = h.Watchdog.Feeds;
        h.Relays.ThrowOnWrite = true;

        Assert.ThrowsExactly<InvalidOperationException>(() => h.StepCelsius(100));
        h.Relays.ThrowOnWrite = false;
        h.Cycle.FailSafe();

        Assert.AreEqual(fed, h.Watchdog.Feeds, "a cycle that read a frame but failed to write the outputs must not feed");
    }

    private sealed class RelayWatchingStore : ILatchStore
    {
        public RecordingRelays? Relays { get; set; }

        public int Saves { get; private set; }

        public bool ElementAtSave { get; private set; }

        public bool CutoffAtSave { get; private set; }

        public int Load(out ReasonCode reason)
        {
            reason = ReasonCode.None;
            return 0;
        }

        public void Save(int latchedFaults, ReasonCode reason)
        {
            Saves++;
            ElementAtSave = Relays!.Element;
            CutoffAtSave = Relays.Cutoff;
        }
    }
}
