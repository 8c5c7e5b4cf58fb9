using FurnaceFw.Firmware.I2c;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>The RP2040 path: the native target serves the image and queues writes; the pump validates and publishes.</summary>
[TestClass]
public sealed class I2cImagePumpTests
{
    private sealed class FakeImageTarget : II2cImageTarget
    {
        public readonly Queue<byte[]> Writes = new();
        public byte[] Published = Array.Empty<byte>();
        public bool Busy;

        public int UnknownReadCount { get; set; }

        public bool Publish(byte[] image, int length)
        {
            if (Busy)
            {
                return false;
            }

            Published = image[..length];
            return true;
        }

        public int TakeWrite(byte[] buffer)
        {
            if (Writes.Count == 0)
            {
                return 0;
            }

            byte[] write = Writes.Dequeue();
            write.CopyTo(buffer, 0);
            return write.Length;
        }
    }

    [TestMethod]
    public void Pump_QueuedWrites_ValidatedAndReflectedInThePublishedImage()
    {
        var h = new BankHarness();
        var target = new FakeImageTarget();
        var pump = new I2cImagePump(h.Bank, h.Snapshots, target);
        target.Writes.Enqueue(BankHarness.Frame("Setpoint", 600));
        target.Writes.Enqueue(new byte[] { 0x52, 0x01, 0x00 }); // bad PEC

        int handled = pump.Pump();

        Assert.AreEqual(2, handled, "both writes drained");
        Assert.IsTrue(h.Mailbox.TryTakeHostSetpoint(out int setpoint) && setpoint == 600, "valid write posted");
        Assert.IsFalse(h.Mailbox.TryTakeHostMode(out _), "bad PEC dropped");
        Assert.AreEqual(RegisterMap.ImageLength, target.Published.Length, "whole image published");
        Assert.AreEqual(1, RegisterCodec.Read(target.Published, RegisterAddress.RejectedWrites, 2, false), "the reject shows at once");
    }

    [TestMethod]
    public void Pump_NativeUnknownReads_FoldedIntoBusErrors()
    {
        var h = new BankHarness();
        var target = new FakeImageTarget { UnknownReadCount = 5 };
        var pump = new I2cImagePump(h.Bank, h.Snapshots, target);
        target.UnknownReadCount = 12;

        pump.Pump();

        Assert.AreEqual(7, RegisterCodec.Read(target.Published, RegisterAddress.UnknownReads, 2, false), "only reads since start");
        Assert.AreEqual(BusErrorFlags.UnknownRegisterRead, RegisterCodec.Read(target.Published, RegisterAddress.BusErrors, 2, false)
            & BusErrorFlags.UnknownRegisterRead, "flag set");
    }

    [TestMethod]
    public void Pump_TargetBusy_CountsAndPublishesNextTime()
    {
        var h = new BankHarness();
        var target = new FakeImageTarget { Busy = true };
        var pump = new I2cImagePump(h.Bank, h.Snapshots, target);

        pump.Pump();
        target.Busy = false;
        pump.Pump();

        Assert.AreEqual(1, pump.PublishBusyCount, "busy counted");
        Assert.AreEqual(RegisterMap.ImageLength, target.Published.Length, "published on the retry");
    }

    [TestMethod]
    public void Pump_NothingChangedSinceLastPublish_DoesNotRenderAgain()
    {
        var h = new BankHarness();
        var target = new CountingTarget();
        var pump = new I2cImagePump(h.Bank, h.Snapshots, target);
        pump.Pump();

        pump.Pump();
        pump.Pump();
        Assert.AreEqual(1, target.Publishes, "an unchanged snapshot is not rendered and published again");

        h.Publish(s => s.CycleCount = 99);
        pump.Pump();
        Assert.AreEqual(2, target.Publishes, "a new snapshot is published");
    }

    private sealed class CountingTarget : II2cImageTarget
    {
        public int Publishes { get; private set; }

        public int UnknownReadCount => 0;

        public bool Publish(byte[] image, int length)
        {
            Publishes++;
            return true;
        }

        public int TakeWrite(byte[] buffer) => 0;
    }

    [TestMethod]
    public void Pump_WriteFlood_BoundedPerCall()
    {
        var h = new BankHarness();
        var target = new FakeImageTarget();
        var pump = new I2cImagePump(h.Bank, h.Snapshots, target);
        for (int i = 0; i < 40; i++)
        {
            target.Writes.Enqueue(new byte[] { 0x13, 0, 0 });
        }

        Assert.AreEqual(I2cImagePump.MaxWritesPerPump, pump.Pump(), "a flood cannot hold the caller");
    }

    [TestMethod]
    public void Pump_ThousandCalls_AllocateNothing()
    {
        var h = new BankHarness();
        h.Publish(s => s.CycleCount = 3);
        var target = new NoAllocTarget();
        var pump = new I2cImagePump(h.Bank, h.Snapshots, target);
        for (int i = 0; i < 50; i++)
        {
            pump.Pump();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            pump.Pump();
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "bytes allocated by 1000 pumps with a write each");
    }

    private sealed class NoAllocTarget : II2cImageTarget
    {
        private readonly byte[] _frame = BankHarness.Frame("Setpoint", 600);
        private bool _pending = true;

        public int UnknownReadCount { get; private set; }

        public bool Publish(byte[] image, int length)
        {
            _pending = true;
            UnknownReadCount++;
            return true;
        }

        public int TakeWrite(byte[] buffer)
        {
            if (!_pending)
            {
                return 0;
            }

            _pending = false;
            Array.Copy(_frame, buffer, _frame.Length);
            return _frame.Length;
        }
    }
}
