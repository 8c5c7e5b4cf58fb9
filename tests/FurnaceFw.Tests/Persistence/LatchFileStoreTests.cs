using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Tests.Persistence;

[TestClass]
public sealed class LatchFileStoreTests
{
    [TestMethod]
    public void Load_NewBoard_ReadsClear()
    {
        var store = new LatchFileStore(new SimulatedFlash());

        Assert.AreEqual(0, store.Load(out ReasonCode reason));
        Assert.AreEqual(ReasonCode.None, reason);
    }

    [TestMethod]
    public void SaveThenLoad_RoundTripsFaultsAndReason()
    {
        var flash = new SimulatedFlash();
        new LatchFileStore(flash).Save(FaultFlags.OverTemperature, ReasonCode.OverTemperature);

        int faults = new LatchFileStore(flash).Load(out ReasonCode reason);

        Assert.AreEqual(FaultFlags.OverTemperature, faults);
        Assert.AreEqual(ReasonCode.OverTemperature, reason);
        CollectionAssert.AreEquivalent(new[] { "furnace.latch" }, flash.Names.ToArray(), "only the main file is left after a save");
    }

    /// <summary>
    /// The safety property: once a trip's save has begun writing its new copy, a power cut at any later point never
    /// boots clear. A cut before that first write (the existence check) leaves nothing of the trip in flash; no save
    /// protocol can keep what never reached the medium (the campaign's I7 reports that case separately).
    /// </summary>
    [TestMethod]
    public void SaveTrip_PowerCutAtEveryOperationAfterTheWriteBegan_NeverLoadsClear()
    {
        int operations = CountSaveOperations(previousFaults: 0, FaultFlags.SensorFault);
        Assert.IsTrue(operations >= 4, $"a save takes several operations ({operations})");

        int checkedCuts = 0;
        for (int cutAfter = 0; cutAfter <= operations; cutAfter++)
        {
            var flash = new SimulatedFlash();
            new LatchFileStore(flash).Save(0, ReasonCode.LatchReset);
            int createsBefore = flash.CreatesBegun;
            flash.CutPowerAfterOperations = cutAfter;
            new LatchFileStore(flash).Save(FaultFlags.SensorFault, ReasonCode.SensorFault);
            flash.RestorePower();
            if (flash.CreatesBegun == createsBefore)
            {
                continue; // the power failed before the new copy's first byte: nothing of the trip reached the flash
            }

            checkedCuts++;

            int faults;
            try
            {
                faults = new LatchFileStore(flash).Load(out _);
            }
            catch (InvalidOperationException)
            {
                continue; // not whole: the control cycle boots tripped
            }

            Assert.AreNotEqual(0, faults,
                $"power cut after {cutAfter} of {operations} operations of a trip save loaded 'clear' (files: {string.Join(", ", flash.Names)})");
        }

        Assert.IsTrue(checkedCuts >= operations - 1, $"only {checkedCuts} cut points came after the write began");
    }

    [TestMethod]
    public void SaveClear_PowerCutAtEveryOperation_LoadsTheOldTripTheNewClearOrFailsSafe()
    {
        int operations = CountSaveOperations(FaultFlags.OverTemperature, 0);
        for (int cutAfter = 0; cutAfter <= operations; cutAfter++)
        {
            var flash = new SimulatedFlash();
            new LatchFileStore(flash).Save(FaultFlags.OverTemperature, ReasonCode.OverTemperature);
            flash.CutPowerAfterOperations = cutAfter;
            new LatchFileStore(flash).Save(0, ReasonCode.LatchReset);
            flash.RestorePower();

            try
            {
                int faults = new LatchFileStore(flash).Load(out _);
                Assert.IsTrue(faults == 0 || faults == FaultFlags.OverTemperature, $"cut after {cutAfter}: loaded {faults}");
            }
            catch (InvalidOperationException)
            {
                // Boots tripped: the reset must be repeated, which is safe.
            }
        }
    }

    [TestMethod]
    public void Load_TornNewCopyBesideAWholeClearMain_FailsSafe()
    {
        var flash = new SimulatedFlash();
        new LatchFileStore(flash).Save(0, ReasonCode.LatchReset);
        flash.Create("furnace.latch.new", new byte[] { (byte)'F', (byte)'L' }, 2);

        Assert.ThrowsExactly<InvalidOperationException>(() => new LatchFileStore(flash).Load(out _),
            "a torn new copy may have been a trip: the furnace must boot tripped");
    }

    [TestMethod]
    public void Save_FlashWritesFail_Throws()
    {
        var flash = new SimulatedFlash { FailWrites = true };

        Assert.ThrowsExactly<IOException>(() => new LatchFileStore(flash).Save(FaultFlags.OverTemperature, ReasonCode.OverTemperature),
            "a failed save must be reported, so the control cycle retries it");
    }

    private static int CountSaveOperations(int previousFaults, int faults)
    {
        var flash = new SimulatedFlash();
        new LatchFileStore(flash).Save(previousFaults, ReasonCode.None);
        int before = flash.Operations;
        new LatchFileStore(flash).Save(faults, ReasonCode.None);
        return flash.Operations - before;
    }
}
