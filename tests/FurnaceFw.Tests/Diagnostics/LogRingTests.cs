using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Diagnostics;

[TestClass]
public class LogRingTests
{
    [TestMethod]
    public void Write_FirstEntries_ReadBackWithSequenceTimeLevelText()
    {
        var log = new LogRing(4);
        int first = log.Write(LogLevel.Info, 1500, "boot");
        int second = log.Write(LogLevel.Error, 1600, "free heap ", 81234, " B");
        var entry = new LogEntry();

        Assert.AreEqual(1, first, "sequence numbers start at 1");
        Assert.AreEqual(2, second);
        Assert.IsTrue(log.TryRead(2, entry), "entry 2 is held");
        Assert.AreEqual(2, entry.Sequence);
        Assert.AreEqual(1600L, entry.TimeMs);
        Assert.AreEqual(LogLevel.Error, entry.Level);
        Assert.AreEqual("free heap 81234 B", entry.ToString());
        Assert.AreEqual(1, log.OldestSequence);
        Assert.AreEqual(2, log.NewestSequence);
        Assert.AreEqual(0, log.DroppedCount);
    }

    [TestMethod]
    public void Write_PastCapacity_DropsOldestAndCountsThem()
    {
        var log = new LogRing(4);
        for (int i = 1; i <= 10; i++)
        {
            log.Write(LogLevel.Info, i * 10, "entry ", i, "");
        }

        var entry = new LogEntry();
        Assert.AreEqual(10, log.NewestSequence);
        Assert.AreEqual(7, log.OldestSequence, "4 entries held: 7..10");
        Assert.AreEqual(6, log.DroppedCount, "1..6 were overwritten");
        Assert.IsFalse(log.TryRead(6, entry), "an overwritten entry is gone, not replaced by the slot's new one");
        Assert.AreEqual(0, entry.Sequence, "a failed read leaves the entry empty");
        Assert.IsFalse(log.TryRead(11, entry), "a future entry is not held");
        Assert.IsFalse(log.TryRead(0, entry), "0 is no entry");
        for (int i = 7; i <= 10; i++)
        {
            Assert.IsTrue(log.TryRead(i, entry), $"entry {i} is held");
            Assert.AreEqual($"entry {i}", entry.ToString());
            Assert.AreEqual(i * 10L, entry.TimeMs);
        }
    }

    [TestMethod]
    public void Write_LongOrNonAsciiText_CutToMaxAndReplaced()
    {
        var log = new LogRing(2);
        log.Write(LogLevel.Warning, 0, new string('x', 100));
        log.Write(LogLevel.Warning, 0, "temp 450°C\n");
        var entry = new LogEntry();

        log.TryRead(1, entry);
        Assert.AreEqual(LogRing.MaxTextBytes, entry.TextLength, "cut at MaxTextBytes");
        log.TryRead(2, entry);
        Assert.AreEqual("temp 450?C?", entry.ToString(), "outside printable ASCII becomes '?'");
    }

    [TestMethod]
    [DataRow(0, "v=0.")]
    [DataRow(-7, "v=-7.")]
    [DataRow(int.MaxValue, "v=2147483647.")]
    [DataRow(int.MinValue, "v=-2147483648.")]
    public void Write_WithValue_FormatsDecimal(int value, string expected)
    {
        var log = new LogRing(1);
        log.Write(LogLevel.Info, 0, "v=", value, ".");
        var entry = new LogEntry();

        log.TryRead(1, entry);
        Assert.AreEqual(expected, entry.ToString());
    }

    [TestMethod]
    public void WriteAndRead_SteadyState_AllocateNothingOnCoreClr()
    {
        var log = new LogRing(8);
        var entry = new LogEntry();
        log.Write(LogLevel.Info, 0, "warm-up", 1, "");
        log.TryRead(1, entry);

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 1000; i++)
        {
            log.Write(LogLevel.Info, i, "free heap ", i, " B");
            log.TryRead(log.NewestSequence, entry);
        }

        Assert.AreEqual(0L, GC.GetAllocatedBytesForCurrentThread() - before, "writing and reading entries allocates nothing");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void TryRead_WhileWritersRun_NeverReturnsATornEntry()
    {
        var log = new LogRing(4);
        int stop = 0;
        // Two writers (startup and another thread, say); each entry's time, level and text all derive from one number.
        Thread[] writers = Enumerable.Range(0, 2).Select(w => new Thread(() =>
        {
            for (int n = 1; Volatile.Read(ref stop) == 0; n++)
            {
                int k = n * 2 + w;
                log.Write((LogLevel)(1 + k % 3), k, "k=", k, k % 2 == 0 ? " even padding text....." : " odd");
            }
        })).ToArray();
        foreach (Thread t in writers)
        {
            t.Start();
        }

        var entry = new LogEntry();
        int checkedEntries = 0;
        var until = DateTime.UtcNow.AddMilliseconds(500);
        try
        {
            while (DateTime.UtcNow < until)
            {
                int newest = log.NewestSequence;
                for (int s = newest - 3; s <= newest; s++)
                {
                    if (!log.TryRead(s, entry))
                    {
                        continue;
                    }

                    int k = (int)entry.TimeMs;
                    string expected = $"k={k}" + (k % 2 == 0 ? " even padding text....." : " odd");
                    Assert.AreEqual(expected, entry.ToString(), $"entry {s} is whole");
                    Assert.AreEqual((LogLevel)(1 + k % 3), entry.Level, $"entry {s} level matches its text");
                    checkedEntries++;
                }
            }
        }
        finally
        {
            Volatile.Write(ref stop, 1);
            foreach (Thread t in writers)
            {
                t.Join();
            }
        }

        Assert.IsTrue(checkedEntries > 100, $"the reader saw enough entries ({checkedEntries})");
        Assert.AreEqual(log.NewestSequence, log.DroppedCount + log.Capacity, "every entry either held or counted as dropped");
    }
}
