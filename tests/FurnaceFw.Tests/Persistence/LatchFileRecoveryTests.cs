using FurnaceFw.Firmware.Persistence;

namespace FurnaceFw.Tests.Persistence;

[TestClass]
public sealed class LatchFileRecoveryTests
{
    [TestMethod]
    [DataRow(false, false, false, false, LatchSource.NeverWritten, "new board")]
    [DataRow(true, true, false, false, LatchSource.Main, "normal boot")]
    [DataRow(true, true, true, false, LatchSource.Corrupt, "power lost while writing the new copy (it may have been a trip)")]
    [DataRow(true, true, true, true, LatchSource.Pending, "power lost before the old copy was deleted")]
    [DataRow(false, false, true, true, LatchSource.Pending, "power lost between delete and rename")]
    [DataRow(true, false, false, false, LatchSource.Corrupt, "main file damaged")]
    [DataRow(false, false, true, false, LatchSource.Corrupt, "only a torn new copy")]
    [DataRow(true, false, true, false, LatchSource.Corrupt, "both damaged")]
    public void Choose_EveryPowerCutPoint_NeverForgetsATrip(bool mainExists, bool mainValid, bool pendingExists, bool pendingValid,
        LatchSource expected, string situation)
    {
        Assert.AreEqual(expected, LatchFileRecovery.Choose(mainExists, mainValid, pendingExists, pendingValid), situation);
    }
}
