using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Control;

[TestClass]
[DoNotParallelize]
public class SnapshotExchangeTests
{
    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void TryRead_WhileWriterPublishesContinuously_NeverReturnsATornSnapshot()
    {
        var exchange = new SnapshotExchange();
        var stop = false;
        var writer = new Thread(() =>
        {
            var s = new ControllerSnapshot();
            for (int i = 1; !Volatile.Read(ref stop); i++)
            {
                // Every field carries the same counter: a torn copy has fields from two publishes.
                s.CycleCount = i;
                s.TemperatureQuarterC = i;
                s.SetpointQuarterC = i;
                s.TimeMs = i;
                s.TransitionTimeMs[7] = i;
                exchange.Publish(s);

                // The control thread publishes every 250 ms; a writer that never pauses only measures starvation.
                Thread.SpinWait(200);
            }
        });
        writer.Start();

        var read = new ControllerSnapshot();
        int consistent = 0;
        var until = DateTime.UtcNow.AddMilliseconds(700);
        while (DateTime.UtcNow < until)
        {
            if (exchange.TryRead(read))
            {
                Assert.AreEqual(read.CycleCount, read.TemperatureQuarterC, "torn read");
                Assert.AreEqual(read.CycleCount, read.SetpointQuarterC, "torn read");
                Assert.AreEqual(read.CycleCount, read.TimeMs, "torn read");
                Assert.AreEqual(read.CycleCount, read.TransitionTimeMs[7], "torn read");
                consistent++;
            }
        }

        Volatile.Write(ref stop, true);
        writer.Join();
        Assert.IsTrue(consistent > 10, $"only {consistent} successful reads");
    }

    [TestMethod]
    public void Mailbox_TwoPostsBeforeDrain_LastWriterWins()
    {
        var mailbox = new CommandMailbox();

        mailbox.PostSetpoint(100);
        mailbox.PostSetpoint(200);

        Assert.IsTrue(mailbox.TryTakeSetpoint(out int value));
        Assert.AreEqual(200, value);
        Assert.IsFalse(mailbox.TryTakeSetpoint(out _), "a slot is emptied when taken");
    }

    [TestMethod]
    public void Mailbox_Empty_TakesNothing()
    {
        var mailbox = new CommandMailbox();

        Assert.IsFalse(mailbox.TryTakeMode(out _));
        Assert.IsFalse(mailbox.TryTakeLatchResetArm(out _));
        Assert.IsFalse(mailbox.TryTakeLatchResetConfirm(out _));
        mailbox.PostMode(ControlMode.Heat);
        Assert.IsTrue(mailbox.TryTakeMode(out int mode));
        Assert.AreEqual((int)ControlMode.Heat, mode);
    }
}
