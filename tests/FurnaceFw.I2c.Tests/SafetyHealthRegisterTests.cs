using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>Protocol 1.2: a host can see a latch save the flash refused and a board that keeps resetting.</summary>
[TestClass]
public sealed class SafetyHealthRegisterTests
{
    [TestMethod]
    public void Render_SaveOwedAndResetsInARow_Published()
    {
        var snapshot = new ControllerSnapshot
        {
            LatchPersistErrorCount = 3,
            LatchSavePending = true,
            ResetsSinceHealthy = 2,
            State = FurnaceState.BootLoop,
            Faults = FaultFlags.BootLoop,
        };
        var image = new byte[RegisterMap.AddressSpace];

        new BankHarness().Bank.RenderImage(snapshot, image);

        Assert.AreEqual(3, RegisterCodec.Read(image, RegisterAddress.LatchSaveErrors, 2, false));
        Assert.AreEqual(1, RegisterCodec.Read(image, RegisterAddress.LatchSavePending, 1, false));
        Assert.AreEqual(2, RegisterCodec.Read(image, RegisterAddress.ResetsInARow, 1, false));
        Assert.AreEqual((int)FurnaceState.BootLoop, RegisterCodec.Read(image, RegisterAddress.State, 1, false));
        Assert.AreEqual(1, RegisterCodec.Read(image, RegisterAddress.Latched, 1, false), "BootLoop is a latched fault");
        Assert.AreNotEqual(0, RegisterCodec.Read(image, RegisterAddress.Capabilities, 4, false) & Capability.SafetyHealth, "capability advertised");
    }

    [TestMethod]
    public void Render_ResetsInARowBeyondAByte_Saturates()
    {
        var image = new byte[RegisterMap.AddressSpace];

        new BankHarness().Bank.RenderImage(new ControllerSnapshot { ResetsSinceHealthy = 1000 }, image);

        Assert.AreEqual(255, RegisterCodec.Read(image, RegisterAddress.ResetsInARow, 1, false));
    }
}
