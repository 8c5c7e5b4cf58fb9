using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Tests.Control;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Board;

/// <summary>The thin thread runner's own behaviour, on real threads in real time. Not run alongside other
/// classes: a starved CPU would make a healthy loop look late.</summary>
[TestClass]
[DoNotParallelize]
public class ThreadedRunnerTests
{
    private static bool WaitUntil(Func<bool> condition, int timeoutMs)
    {
        var deadline = DateTime.UtcNow.AddMilliseconds(timeoutMs);
        while (DateTime.UtcNow < deadline)
        {
            if (condition())
            {
                return true;
            }

            Thread.Sleep(10);
        }

        return condition();
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void LiveBoard_OtherThreadBlockedForeverHoldingEverything_ControlKeepsCyclingAndFeeding()
    {
        var board = new VirtualBoard(new BoardOptions(), new RealTimeClock());
        using var live = new LiveRunner(board);
        var firmware = board.Firmware;

        // Everything another thread can reach is held: none of it may be something the control thread waits for.
        var hung = new HungHandler(board, 150 * 4);
        int feedsBefore = board.Watchdog.FeedCount;
        var snapshot = new ControllerSnapshot();
        firmware.Snapshots.TryRead(snapshot);
        int cyclesBefore = snapshot.CycleCount;

        Thread.Sleep(1_500);

        firmware.Snapshots.TryRead(snapshot);
        int feeds = board.Watchdog.FeedCount - feedsBefore;
        hung.Dispose();
        Assert.IsTrue(feeds >= 4, $"only {feeds} watchdog feeds in 1.5 s while another thread was blocked");
        Assert.IsTrue(snapshot.CycleCount - cyclesBefore >= 4, "control cycles stopped");
        Assert.AreEqual(0, board.WatchdogResets, "a blocked handler thread must never cost a watchdog reset");
        Assert.AreEqual(150 * 4, snapshot.SetpointQuarterC, "a command posted by the blocked thread still arrived");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void LiveBoard_ControlThreadWedgedInSpiRead_WatchdogResetsAndBoardBootsSafeWithLatch()
    {
        var board = new VirtualBoard(new BoardOptions(), new RealTimeClock());
        using var live = new LiveRunner(board);
        board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        Assert.IsTrue(WaitUntil(() => board.ReadSnapshot().State == FurnaceState.Tripped, 5_000), "precondition: latched sensor fault");
        board.Thermocouple.Fault = SensorFault.None;
        var wedged = board.Firmware;

        board.Thermocouple.Gate.Reset();

        Assert.IsTrue(WaitUntil(() => board.WatchdogResets >= 1, 8_000), "the watchdog never reset the wedged board");
        Assert.AreNotSame(wedged, board.Firmware);
        Assert.IsTrue(WaitUntil(() => board.ReadSnapshot().CycleCount > 3, 3_000), "the rebooted firmware does not cycle");
        ControllerSnapshot s = board.ReadSnapshot();
        Assert.AreEqual(FurnaceState.Tripped, s.State, "the latch must survive the watchdog reset");
        Assert.IsTrue(s.LastResetByWatchdog);
        Assert.IsFalse(board.ElementRelayEnergized);
        Assert.IsFalse(board.CutoffRelayEnergized);
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Runner_CycleThrows_OutputsSafeAndWatchdogNotFed()
    {
        var h = new CycleHarness();
        var throwing = new ThrowingThermocouple();
        var firmware = new FurnaceFw.Firmware.FurnaceFirmware(h.Settings, null, new RealTimeClock(), throwing, h.Relays,
            h.Watchdog, h.Latch, h.Link, new BootInfo(0, false, 0));
        var runner = new ControlLoopRunner(firmware.Cycle, new RealTimeClock(), h.Settings.ControlPeriodMs);

        runner.Start(ThreadPriority.AboveNormal);
        bool threw = WaitUntil(() => runner.ExceptionCount >= 3, 5_000);
        runner.Stop(2_000);

        Assert.IsTrue(threw, "the runner should have kept running through exceptions");
        Assert.AreEqual(0, h.Watchdog.Feeds, "a cycle that threw must never feed the watchdog");
        Assert.IsFalse(h.Relays.Element);
        Assert.IsFalse(h.Relays.Cutoff);
    }

    private sealed class ThrowingThermocouple : IThermocouple
    {
        public void Read(long nowMs, bool elementOn, ThermocoupleReading reading) => throw new InvalidOperationException("driver bug");
    }
}
