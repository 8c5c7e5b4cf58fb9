using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

[TestClass]
public sealed class I2cRegisterBankTests
{
    [TestMethod]
    public void Read_IdentityBlock_ReportsMagicVersionAndCapabilities()
    {
        var h = new BankHarness();

        byte[] identity = h.Read(0x00, 16);

        Assert.AreEqual(RegisterMap.Magic, RegisterCodec.Read(identity, 0, 4, false), "magic");
        Assert.AreEqual(RegisterMap.ProtocolMajor, identity[4], "major");
        Assert.AreEqual(RegisterMap.ImageLength, identity[7], "image length");
        Assert.AreEqual(RegisterMap.Capabilities, RegisterCodec.Read(identity, 12, 4, false), "capabilities");
    }

    [TestMethod]
    public void Read_StatusFromSnapshot_IsBigEndianAndSigned()
    {
        var h = new BankHarness();
        h.Publish(s => { s.TemperatureQuarterC = -10; s.State = FurnaceState.Heating; s.CycleCount = 0x01020304; s.ElementOn = true; s.CutoffClosed = true; });

        Assert.AreEqual(-10, h.ReadRegister("Temperature"), "signed quarter °C");
        Assert.AreEqual((int)FurnaceState.Heating, h.ReadRegister("State"), "state");
        CollectionAssert.AreEqual(new byte[] { 1, 2, 3, 4 }, h.Read(RegisterAddress.CycleCount, 4), "big-endian");
        Assert.AreEqual(3, h.ReadRegister("Relays"), "both relay bits");
    }

    [TestMethod]
    public void ReadByte_BeyondImage_ReturnsPatternAndFlagsUnknown()
    {
        var h = new BankHarness();

        byte[] bytes = h.Read(RegisterMap.ImageLength, 3);

        CollectionAssert.AreEqual(new byte[] { 0xEE, 0xEE, 0xEE }, bytes, "unknown pattern");
        Assert.AreEqual(BusErrorFlags.UnknownRegisterRead, h.ReadRegister("BusErrors") & BusErrorFlags.UnknownRegisterRead, "flag set");
        Assert.AreEqual(3, h.ReadRegister("UnknownReads"), "counted per byte");
    }

    [TestMethod]
    public void ReadByte_PastAddress255_StaysAtEndWithoutWrapping()
    {
        var h = new BankHarness();

        byte[] bytes = h.Read(0xFE, 4);

        CollectionAssert.AreEqual(new byte[] { 0xEE, 0xEE, 0xEE, 0xEE }, bytes, "no wrap back to the magic at 0x00");
        Assert.AreEqual(256, h.Bank.Pointer, "pointer parks at 256");
    }

    [TestMethod]
    public void OnWrite_ValidSetpoint_PostsToMailboxAndFeedsHostWatchdog()
    {
        var h = new BankHarness();
        int alive = h.Mailbox.HostAliveCount;

        WriteRejectReason reason = h.Write("Setpoint", 600);

        Assert.AreEqual(WriteRejectReason.None, reason, "accepted");
        Assert.IsTrue(h.Mailbox.TryTakeHostSetpoint(out int posted), "posted");
        Assert.AreEqual(600, posted, "value");
        Assert.AreEqual(alive + 1, h.Mailbox.HostAliveCount, "an accepted write counts as the host being alive");
    }

    [TestMethod]
    public void OnWrite_EachWritableRegister_ReachesItsSlot()
    {
        var h = new BankHarness();

        h.Write("Mode", 1);
        h.Write("HostWatchdogTimeout", 30);
        h.Write("LatchResetArm", 0x1234);
        h.Write("LatchResetConfirm", 0x1234);

        Assert.IsTrue(h.Mailbox.TryTakeHostMode(out int mode) && mode == 1, "mode");
        Assert.IsTrue(h.Mailbox.TryTakeHostWatchdogTimeout(out int timeout) && timeout == 30, "timeout");
        Assert.IsTrue(h.Mailbox.TryTakeLatchResetArm(out int arm) && arm == 0x1234, "arm");
        Assert.IsTrue(h.Mailbox.TryTakeLatchResetConfirm(out int confirm) && confirm == 0x1234, "confirm");
    }

    [TestMethod]
    [DataRow(new byte[] { 0x51, 0x00, 0x00, 0x00 }, WriteRejectReason.UnknownRegister, DisplayName = "middle of Setpoint")]
    [DataRow(new byte[] { 0xA0, 0x01, 0x00 }, WriteRejectReason.UnknownRegister, DisplayName = "unknown address")]
    [DataRow(new byte[] { 0x13, 0x01, 0x00 }, WriteRejectReason.ReadOnly, DisplayName = "State is read-only")]
    [DataRow(new byte[] { 0x52, 0x01 }, WriteRejectReason.BadLength, DisplayName = "no PEC")]
    [DataRow(new byte[] { 0x52, 0x00, 0x01, 0x31 }, WriteRejectReason.BadLength, DisplayName = "too long")]
    [DataRow(new byte[] { 0x52, 0x01, 0x30 }, WriteRejectReason.BadCrc, DisplayName = "PEC off by one")]
    public void OnWrite_Invalid_RejectsCountsAndChangesNothing(byte[] frame, WriteRejectReason expected)
    {
        var h = new BankHarness();

        WriteRejectReason reason = h.Bank.OnWrite(frame, frame.Length);

        Assert.AreEqual(expected, reason, "reason");
        Assert.IsFalse(h.Mailbox.TryTakeHostMode(out _), "no mode posted");
        Assert.IsFalse(h.Mailbox.TryTakeHostSetpoint(out _), "no setpoint posted");
        Assert.AreEqual(0, h.Mailbox.HostAliveCount, "a rejected write does not feed the host watchdog");
        Assert.AreEqual(1, h.ReadRegister("RejectedWrites"), "counted");
        Assert.AreEqual(frame[0], h.ReadRegister("LastRejectRegister"), "register reported");
        Assert.AreEqual((int)expected, h.ReadRegister("LastRejectReason"), "reason reported");
        Assert.AreEqual(BusErrorFlags.ForReject(expected), h.ReadRegister("BusErrors") & BusErrorFlags.ForReject(expected), "flag");
    }

    [TestMethod]
    [DataRow("Mode", 2)]
    [DataRow("Setpoint", 301 * 4)]
    [DataRow("Setpoint", 29 * 4)]
    [DataRow("HostWatchdogTimeout", 4)]
    [DataRow("HostWatchdogTimeout", 3601)]
    [DataRow("LatchResetArm", 0)]
    [DataRow("ClearErrors", 0)]
    public void OnWrite_OutOfRange_Rejected(string register, int value)
    {
        var h = new BankHarness();

        Assert.AreEqual(WriteRejectReason.OutOfRange, h.Write(register, value), $"{register} = {value}");
        Assert.AreEqual(0, h.Mailbox.HostAliveCount, "nothing accepted");
    }

    [TestMethod]
    public void OnWrite_ClearErrors_ClearsFlagsButKeepsCounters()
    {
        var h = new BankHarness();
        h.Bank.OnWrite(new byte[] { 0x13, 0, 0 }, 3);

        Assert.AreEqual(WriteRejectReason.None, h.Write("ClearErrors", 1), "accepted");

        Assert.AreEqual(0, h.ReadRegister("BusErrors"), "flags cleared");
        Assert.AreEqual(1, h.ReadRegister("RejectedWrites"), "counter kept");
    }

    [TestMethod]
    public void OnWrite_PointerOnly_SetsPointerWithoutSideEffects()
    {
        var h = new BankHarness();

        h.Bank.OnWrite(new byte[] { 0x52 }, 1);

        Assert.AreEqual(0x52, h.Bank.Pointer, "pointer");
        Assert.AreEqual(0, h.ReadRegister("RejectedWrites") + h.ReadRegister("AcceptedWrites"), "not a state-changing write");
    }

    [TestMethod]
    public void Transactions_TenThousand_AllocateNothing()
    {
        var h = new BankHarness();
        h.Publish(s => s.CycleCount = 1);
        byte[] setpoint = BankHarness.Frame("Setpoint", 600);
        byte[] garbage = { 0x52, 0x07, 0x99 };
        byte[] pointer = { 0x00 };
        for (int i = 0; i < 100; i++)
        {
            RunTransactions(h, setpoint, garbage, pointer); // warm up: JIT, static tables
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 10_000; i++)
        {
            RunTransactions(h, setpoint, garbage, pointer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(0L, allocated, "bytes allocated by 10,000 write + read transactions");
    }

    private static void RunTransactions(BankHarness h, byte[] setpoint, byte[] garbage, byte[] pointer)
    {
        h.Bank.OnWrite(setpoint, setpoint.Length);
        h.Bank.OnWrite(garbage, garbage.Length);
        h.Bank.OnWrite(pointer, 1);
        h.Bank.OnReadStart();
        for (int b = 0; b < 0x60; b++)
        {
            h.Bank.ReadByte();
        }
    }
}
