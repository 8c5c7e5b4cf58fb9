using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Tests.Control;

namespace FurnaceFw.Tests.Safety;

/// <summary>SR-8: a wedge that survives reboots latches a BootLoop fault instead of looping silently forever.</summary>
[TestClass]
public sealed class BootLoopRuleTests
{
    [TestMethod]
    public void Boot_ResetsInARowReachTheLimit_LatchesBootLoopAndPersistsIt()
    {
        var latch = new MemoryLatchStore();
        var h = new CycleHarness(latch: latch, bootInfo: new BootInfo(5, true, 3));

        Assert.AreEqual(FurnaceState.BootLoop, h.Cycle.State);
        Assert.AreEqual(ReasonCode.BootLoop, h.Snapshot().LastReason);
        Assert.AreEqual(FaultFlags.BootLoop, latch.Load(out _), "persisted at boot, before the first cycle can wedge again");
        Assert.IsFalse(h.Relays.Element);
        Assert.IsFalse(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Boot_FewerResetsInARow_BootsNormally()
    {
        var h = new CycleHarness(bootInfo: new BootInfo(7, true, 2));

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(0, h.Cycle.LatchedFaults);
    }

    [TestMethod]
    public void Step_InBootLoop_HeatIsRefusedAndNothingHeats()
    {
        var h = new CycleHarness(bootInfo: new BootInfo(3, true, 3));

        h.Mailbox.PostMode(ControlMode.Heat);
        h.HoldCelsius(40, 60_000);

        Assert.AreEqual(CommandResult.RejectedTripped, h.Snapshot().LastCommandResult);
        Assert.IsFalse(h.Relays.Element);
        Assert.IsFalse(h.Relays.Cutoff);
    }

    [TestMethod]
    public void Step_AfterAHealthyRun_ClearsTheCountOnce()
    {
        var h = new CycleHarness(bootInfo: new BootInfo(1, true, 1));

        h.HoldCelsius(40, h.Settings.BootHealthyMs - 1000);
        Assert.AreEqual(0, h.Watchdog.HealthyMarks, "not yet healthy");
        h.HoldCelsius(40, 2000);
        h.HoldCelsius(40, 60_000);

        Assert.AreEqual(1, h.Watchdog.HealthyMarks, "marked healthy once, after boot_healthy_s");
    }

    [TestMethod]
    public void Step_LatchResetFromBootLoop_GoesIdleAndClearsTheCount()
    {
        var h = new CycleHarness(bootInfo: new BootInfo(3, true, 3));

        h.Mailbox.PostLatchResetArm(11);
        h.StepCelsius(40);
        h.Mailbox.PostLatchResetConfirm(11);
        h.StepCelsius(40);

        Assert.AreEqual(FurnaceState.Idle, h.Cycle.State);
        Assert.AreEqual(0, h.Cycle.LatchedFaults);
        Assert.AreEqual(1, h.Watchdog.HealthyMarks, "a person reset it: the count of resets in a row starts again");
    }

    [TestMethod]
    public void VirtualBoard_WedgeThatSurvivesReboots_EndsInBootLoop()
    {
        var clock = new VirtualClock();
        var board = new FurnaceFw.Sim.Board.VirtualBoard(new FurnaceFw.Sim.Board.BoardOptions(), clock);

        for (int boot = 0; boot < 5 && board.Firmware.Cycle.State != FurnaceState.BootLoop; boot++)
        {
            board.ControlStalled = true; // wedges again after every boot
            long until = clock.NowMs + 10_000;
            while (clock.NowMs < until && !board.CheckWatchdog())
            {
                board.Step();
            }
        }

        Assert.AreEqual(FurnaceState.BootLoop, board.Firmware.Cycle.State, $"after {board.WatchdogResets} resets in a row");
        Assert.AreEqual(3, board.WatchdogResets, "safety.boot_loop_resets = 3");
    }
}
