using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>A control thread publishing as fast as it can while a host reads the whole image over and over.</summary>
[TestClass]
public sealed class TornReadTests
{
    [TestMethod]
    [Timeout(60_000, CooperativeCancellation = true)]
    public void BlockRead_WhilePublishing_EveryImageIsFromOneSnapshot()
    {
        var h = new BankHarness();
        using var stop = new CancellationTokenSource();
        var publisher = new Thread(() =>
        {
            var snapshot = new FurnaceFw.Firmware.Control.ControllerSnapshot();
            int i = 0;
            while (!stop.IsCancellationRequested)
            {
                i++;
                // Every field that changes is derived from one counter, so a mix of two cycles is visible.
                snapshot.CycleCount = i;
                snapshot.TemperatureQuarterC = i & 0x3FFF;
                snapshot.SetpointQuarterC = (i * 3) & 0x3FFF;
                snapshot.TimeMs = (long)(i & 0xFFFFF) * 1000;
                snapshot.CommandCount = i;
                h.Snapshots.Publish(snapshot);
                Thread.SpinWait(100); // far faster than the 250 ms control period, but leaves readers a gap
            }
        });
        publisher.Start();

        var seen = new HashSet<int>();
        try
        {
            var clock = System.Diagnostics.Stopwatch.StartNew();
            // Until enough distinct cycles went by (a loaded CI machine may starve the publisher for a while).
            for (int read = 0; read < 20_000 || (seen.Count < 200 && clock.ElapsedMilliseconds < 20_000); read++)
            {
                byte[] image = h.Read(0x00, RegisterMap.ImageLength);
                int cycle = RegisterCodec.Read(image, RegisterAddress.CycleCount, 4, false);
                int check = RegisterCodec.Read(image, RegisterAddress.CycleCountCheck, 4, false);
                Assert.AreEqual(~cycle, check, $"read {read}: CycleCountCheck from another image");
                Assert.AreEqual(cycle & 0x3FFF, RegisterCodec.Read(image, RegisterAddress.Temperature, 2, true), $"read {read}: temperature torn");
                Assert.AreEqual((cycle * 3) & 0x3FFF, RegisterCodec.Read(image, RegisterAddress.Setpoint, 2, true), $"read {read}: setpoint torn");
                Assert.AreEqual(cycle & 0xFFFF, RegisterCodec.Read(image, RegisterAddress.CommandCount, 2, false), $"read {read}: command count torn");
                Assert.AreEqual(cycle & 0xFFFFF, RegisterCodec.Read(image, RegisterAddress.Uptime, 4, false), $"read {read}: uptime torn");
                seen.Add(cycle);
            }
        }
        finally
        {
            stop.Cancel();
            publisher.Join();
        }

        Console.WriteLine($"distinct cycles seen: {seen.Count}, stale flag: {h.Bank.Errors.Flags & BusErrorFlags.StaleImage}");
        Assert.IsTrue(seen.Count >= 200, $"the values must really change under the reader (saw {seen.Count} distinct cycles)");
    }
}
