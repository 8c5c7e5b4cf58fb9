using FurnaceFw.Host;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>The diagnostics log window 0x70-0xAF: select by sequence number, read the entry; bad selections change nothing.</summary>
[TestClass]
public sealed class LogWindowTests
{
    [TestMethod]
    public void Select_HeldEntry_WindowShowsItWithCounters()
    {
        var h = new BankHarness();
        h.Log.Write(LogLevel.Info, 1200, "furnace: started");
        h.Log.Write(LogLevel.Error, 1300, "nf.config line 7: relay.min_on_s > 600");

        Assert.AreEqual(WriteRejectReason.None, h.Write("LogSelect", 2));

        Assert.AreEqual(2, h.ReadRegister("LogSelect"), "the selection reads back");
        Assert.AreEqual(2, h.ReadRegister("LogNewest"));
        Assert.AreEqual(4, h.ReadRegister("LogCapacity"));
        Assert.AreEqual(2, h.ReadRegister("LogEntrySequence"));
        Assert.AreEqual(1300, h.ReadRegister("LogEntryTime"));
        Assert.AreEqual((int)LogLevel.Error, h.ReadRegister("LogEntryLevel"));
        Assert.AreEqual("nf.config line 7: relay.min_on_s > 600", TextOf(h));
    }

    [TestMethod]
    public void Select_Zero_ShowsTheOldestHeld()
    {
        var h = new BankHarness();
        for (int i = 1; i <= 6; i++)
        {
            h.Log.Write(LogLevel.Info, i, "entry ", i, "");
        }

        Assert.AreEqual(WriteRejectReason.None, h.Write("LogSelect", 0));

        Assert.AreEqual(3, h.ReadRegister("LogEntrySequence"), "capacity 4: entries 3..6 are held");
        Assert.AreEqual("entry 3", TextOf(h));
        Assert.AreEqual(2, h.ReadRegister("LogDropped"), "1 and 2 were overwritten");
    }

    [TestMethod]
    public void Select_Overwritten_ShowsNoEntry()
    {
        var h = new BankHarness();
        h.Log.Write(LogLevel.Info, 0, "old");
        Assert.AreEqual(WriteRejectReason.None, h.Write("LogSelect", 1));
        for (int i = 0; i < 4; i++)
        {
            h.Log.Write(LogLevel.Info, 0, "newer");
        }

        Assert.AreEqual(0, h.ReadRegister("LogEntrySequence"), "entry 1 is gone: 0, never another entry's text");
        Assert.AreEqual(0, h.ReadRegister("LogEntryLength"));
        Assert.AreEqual("", TextOf(h));
    }

    [TestMethod]
    public void Select_BeyondNewest_RejectedOutOfRangeSelectionUnchanged()
    {
        var h = new BankHarness();
        h.Log.Write(LogLevel.Info, 5, "only entry");
        Assert.AreEqual(WriteRejectReason.None, h.Write("LogSelect", 1));

        WriteRejectReason reason = h.Write("LogSelect", 2);

        Assert.AreEqual(WriteRejectReason.OutOfRange, reason, "an entry not written yet cannot be selected");
        Assert.AreEqual((int)WriteRejectReason.OutOfRange, h.ReadRegister("LastRejectReason"), "the host can see why");
        Assert.AreEqual(RegisterAddress.LogSelect, h.ReadRegister("LastRejectRegister"));
        Assert.AreEqual(1, h.ReadRegister("LogSelect"), "selection unchanged");
        Assert.AreEqual("only entry", TextOf(h));
    }

    [TestMethod]
    [DataRow("bad PEC")]
    [DataRow("short")]
    [DataRow("negative")]
    public void Select_MalformedWrite_RejectedSelectionUnchanged(string kind)
    {
        var h = new BankHarness();
        h.Log.Write(LogLevel.Info, 5, "first");
        h.Log.Write(LogLevel.Info, 6, "second");
        Assert.AreEqual(WriteRejectReason.None, h.Write("LogSelect", 1));
        byte[] frame = BankHarness.Frame("LogSelect", kind == "negative" ? -1 : 2);
        int count = frame.Length;
        if (kind == "bad PEC")
        {
            frame[^1] ^= 0x5A;
        }
        else if (kind == "short")
        {
            count -= 2;
        }

        WriteRejectReason reason = h.Bank.OnWrite(frame, count);

        Assert.AreNotEqual(WriteRejectReason.None, reason, $"{kind} must be rejected");
        Assert.AreEqual(1, h.Bank.Errors.RejectedWrites, "counted");
        Assert.AreEqual(1, h.ReadRegister("LogSelect"), "selection unchanged");
        Assert.AreEqual("first", TextOf(h));
    }

    [TestMethod]
    public void Capability_LogBitAndMinor2_Advertised()
    {
        var h = new BankHarness();

        Assert.AreEqual(Capability.Log, h.ReadRegister("Capabilities") & Capability.Log, "bit 11");
        Assert.AreEqual(2, h.ReadRegister("ProtocolMinor"), "protocol 1.2");
        Assert.AreEqual(0xB0, h.ReadRegister("ImageLength"), "the image ends with the log window");
    }

    [TestMethod]
    public void RenderAndSelect_SteadyState_AllocateNothingOnCoreClr()
    {
        var h = new BankHarness();
        h.Log.Write(LogLevel.Info, 5, "entry");
        byte[] frame = BankHarness.Frame("LogSelect", 1);
        var image = new byte[RegisterMap.AddressSpace];
        var snapshot = new FurnaceFw.Firmware.Control.ControllerSnapshot();
        h.Bank.OnWrite(frame, frame.Length);
        h.Bank.RenderImage(snapshot, image);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 500; i++)
        {
            h.Bank.OnWrite(frame, frame.Length);
            h.Bank.RenderImage(snapshot, image);
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "select + render allocate nothing (the device figure is tools/AllocCheck's)");
    }

    [TestMethod]
    public void LogReader_ControllerWithoutLogCapability_NotSupportedNothingWritten()
    {
        var controller = ScriptedController.FromCurrentFirmware(image =>
            RegisterCodec.Write(image, RegisterAddress.Capabilities, 4, RegisterMap.Capabilities & ~Capability.Log));
        var bus = new FurnaceFw.Sim.I2c.SimulatedI2cBus();
        bus.Attach(RegisterMap.DefaultAddress, controller);
        using FurnaceClient client = FurnaceClient.Connect(new BusTransport(bus, RegisterMap.DefaultAddress), new ClientOptions());

        var e = Assert.ThrowsExactly<FurnaceException>(() => new LogReader(client).Read(0));

        Assert.AreEqual(ExitCode.NotSupported, e.ExitCode, e.Message);
        StringAssert.Contains(e.Message, "LogSelect");
        Assert.AreEqual(0, controller.StateChangingWrites, "nothing written to an older controller");
    }

    private const int LogRingTextBytes = FurnaceFw.Firmware.Diagnostics.LogRing.MaxTextBytes;

    private static string TextOf(BankHarness h)
    {
        int length = h.ReadRegister("LogEntryLength");
        byte[] text = h.Read(RegisterAddress.LogEntryText, LogRingTextBytes);
        for (int i = length; i < text.Length; i++)
        {
            Assert.AreEqual(0, text[i], $"text byte {i} beyond the length is zero padding");
        }

        return RegisterFormatter.Ascii(text, 0, length);
    }
}
