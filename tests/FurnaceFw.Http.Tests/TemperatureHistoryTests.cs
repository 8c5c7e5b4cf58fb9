using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol;

namespace FurnaceFw.Http.Tests;

[TestClass]
public sealed class TemperatureHistoryTests
{
    private const int Minute = TemperatureHistory.SampleIntervalMs;

    [TestMethod]
    public void Record_OneMinute_CommitsMeanSetpointStateAndDuty()
    {
        var history = new TemperatureHistory(10);
        for (int s = 0; s < 60; s++)
        {
            history.Record(s * 1000L, valid: true, quarterC: s < 30 ? 400 : 480, setpointQuarterC: 720, FurnaceState.Heating, elementOn: s < 15);
        }

        history.Record(Minute, true, 400, 720, FurnaceState.Heating, false);
        Samples samples = Copy(history);

        Assert.AreEqual(1, samples.Count, "a minute is visible only once it has ended");
        Assert.AreEqual(440, samples.Temperature[0], "mean of 30 s at 100 °C and 30 s at 120 °C");
        Assert.AreEqual(720, samples.Setpoint[0], "setpoint at the end of the minute");
        Assert.AreEqual((byte)FurnaceState.Heating, samples.State[0], "state");
        Assert.AreEqual(25, samples.Duty[0], "element on 15 of 60 cycles");
        Assert.AreEqual(Minute, samples.NewestEndMs, "the sample ends at the minute boundary");
    }

    [TestMethod]
    public void Record_MinuteWithoutValidReading_StoresNoTemperature()
    {
        var history = new TemperatureHistory(10);
        history.Record(0, valid: false, 0, 720, FurnaceState.Tripped, false);
        history.Record(Minute, true, 400, 720, FurnaceState.Tripped, false);

        Assert.AreEqual(TemperatureHistory.NoTemperature, Copy(history).Temperature[0], "a bad-sensor minute is no data, never 0 °C");
    }

    [TestMethod]
    public void Record_StallOfThreeMinutes_LeavesThreeEmptyMinutesNotABridge()
    {
        var history = new TemperatureHistory(10);
        history.Record(0, true, 400, 720, FurnaceState.Idle, false);
        history.Record(4 * Minute, true, 500, 720, FurnaceState.Idle, false);
        Samples samples = Copy(history);

        Assert.AreEqual(4, samples.Count, "minute 0 plus three empty minutes");
        Assert.AreEqual(400, samples.Temperature[0], "minute 0");
        for (int i = 1; i < 4; i++)
        {
            Assert.AreEqual(TemperatureHistory.NoTemperature, samples.Temperature[i], $"stalled minute {i} has no data");
        }

        Assert.AreEqual(4L * Minute, samples.NewestEndMs, "newest sample is minute 3");
    }

    [TestMethod]
    public void Record_MoreMinutesThanCapacity_KeepsTheNewestOldestFirst()
    {
        var history = new TemperatureHistory(5);
        for (int m = 0; m <= 8; m++)
        {
            history.Record(m * (long)Minute, true, 100 + m, 720, FurnaceState.Idle, false);
        }

        Samples samples = Copy(history);
        Assert.AreEqual(5, samples.Count, "capacity");
        CollectionAssert.AreEqual(new short[] { 103, 104, 105, 106, 107 }, samples.Temperature.Take(5).ToArray(), "newest five, oldest first");
    }

    [TestMethod]
    public void CopyTo_WhileTheWriterCommitsContinuously_NeverTorn()
    {
        var history = new TemperatureHistory(TemperatureHistory.DefaultCapacity);
        using var stop = new CancellationTokenSource();
        var writer = new Thread(() =>
        {
            // Each minute's temperature, setpoint and duty encode the same number, so a torn copy shows as a mismatch.
            for (long m = 0; !stop.IsCancellationRequested; m++)
            {
                int v = (int)(m % 100);
                history.Record(m * Minute, true, v, v, FurnaceState.Heating, v % 2 == 0);
            }
        });
        writer.Start();
        int copies = 0;
        var watch = System.Diagnostics.Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 500)
        {
            Samples samples = Copy(history);
            if (samples.Count < 0)
            {
                continue;
            }

            copies++;
            for (int i = 0; i < samples.Count; i++)
            {
                Assert.AreEqual(samples.Temperature[i], samples.Setpoint[i], $"copy {copies}, sample {i}: temperature and setpoint from different writes");
                Assert.AreEqual(samples.Temperature[i] % 2 == 0 ? 100 : 0, samples.Duty[i], $"copy {copies}, sample {i}: duty from another write");
            }
        }

        stop.Cancel();
        writer.Join();
        Assert.IsGreaterThan(10, copies, "enough consistent copies were checked");
    }

    private sealed record Samples(int Count, short[] Temperature, short[] Setpoint, byte[] State, byte[] Duty, long NewestEndMs);

    private static Samples Copy(TemperatureHistory history)
    {
        var t = new short[history.Capacity];
        var s = new short[history.Capacity];
        var st = new byte[history.Capacity];
        var d = new byte[history.Capacity];
        int count = history.CopyTo(t, s, st, d, out long newest);
        return new Samples(count, t, s, st, d, newest);
    }
}
