using System.Diagnostics;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Bench;

/// <summary>
/// How much faster than real time the virtual board runs: a simulated day (fuel loads, heating, banking)
/// on the deterministic clock, timed with a stopwatch. Prints the speed factor and allocations per cycle.
/// </summary>
public static class SimulatorSpeed
{
    public static void Run(int repeats)
    {
        const long Day = 24L * 3_600_000;
        for (int r = 0; r < repeats; r++)
        {
            var board = new VirtualBoard(new BoardOptions(), new VirtualClock());
            var mailbox = board.Firmware.Mailbox;
            mailbox.PostSetpoint(180 * 4);
            long allocatedBefore = GC.GetAllocatedBytesForCurrentThread();
            var watch = Stopwatch.StartNew();
            long cycles = 0;
            for (long t = 0; t < Day; t += board.ControlPeriodMs, cycles++)
            {
                long hour = t / 3_600_000;
                if (t % 600_000 == 0 && board.Plant.WoodKg < 0.5 && hour % 8 < 6)
                {
                    // A user reloads when the wood is nearly gone while heat is wanted; live embers relight it.
                    board.Plant.LoadFuel(4);
                    if (!board.Plant.EmbersAlive)
                    {
                        board.Plant.Ignite();
                    }
                }

                if (t % 3_600_000 == 0)
                {
                    board.Firmware.Mailbox.PostMode(hour % 8 < 6 ? ControlMode.Heat : ControlMode.Off);
                }

                board.Step();
            }

            watch.Stop();
            long allocated = GC.GetAllocatedBytesForCurrentThread() - allocatedBefore;
            double factor = Day / watch.Elapsed.TotalMilliseconds;
            Console.WriteLine(
                $"24 h simulated in {watch.Elapsed.TotalMilliseconds:F0} ms: {factor:N0}x real time, " +
                $"{watch.Elapsed.TotalMilliseconds * 1e6 / cycles:F0} ns per period, " +
                $"{(double)allocated / cycles:F2} bytes allocated per period ({cycles:N0} periods, {board.WatchdogResets} resets, " +
                $"final state {board.ReadSnapshot().State})");
        }
    }
}
