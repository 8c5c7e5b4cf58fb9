using System.Device.Gpio;
using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Board;

/// <summary>The virtual board's fault hooks do what docs/scenarios.md says, whatever the firmware makes of them.</summary>
[TestClass]
public sealed class FaultInjectionTests
{
    private static VirtualBoard NewBoard(BoardOptions? options = null) => new(options ?? new BoardOptions(), new VirtualClock());

    private static void Run(VirtualBoard board, long ms)
    {
        long end = board.Clock.NowMs + ms;
        while (board.Clock.NowMs < end)
        {
            board.Step();
        }
    }

    private static int Frame(SimulatedMax6675 chip)
    {
        var buffer = new byte[2];
        try
        {
            chip.Read(buffer);
        }
        catch (IOException)
        {
            return -1;
        }

        return (buffer[0] << 8) | buffer[1];
    }

    [TestMethod]
    [DataRow(true, PinMode.Output, true, true)]
    [DataRow(true, PinMode.Output, false, false)]
    [DataRow(false, PinMode.Output, false, true)]
    [DataRow(false, PinMode.Output, true, false)]
    [DataRow(true, PinMode.Input, true, false)]
    [DataRow(false, PinMode.Input, false, false)]
    public void RelayModule_PinStateAsWired_EnergizesTheCoil(bool wiredActiveHigh, PinMode mode, bool high, bool energized)
    {
        var relay = new RelayModule("element", 14, wiredActiveHigh);

        Assert.AreEqual(energized, relay.CoilEnergized(mode, high ? PinValue.High : PinValue.Low),
            $"{(wiredActiveHigh ? "active-high" : "active-low")} module, pin {mode} {(high ? "high" : "low")}");
    }

    [TestMethod]
    public void RelayModule_InputPulledToItsActiveLevel_EnergizesWhenFloating()
    {
        var relay = new RelayModule("cutoff", 15, wiredActiveHigh: false) { EnergizedWhenFloating = true };

        Assert.IsTrue(relay.CoilEnergized(PinMode.Input, PinValue.High), "a module whose input floats to its active level");
    }

    [TestMethod]
    public void RelayModule_WeldedOrDeadContacts_IgnoreTheCoil()
    {
        var relay = new RelayModule("element", 14, true) { Contacts = RelayContacts.Welded };
        Assert.IsTrue(relay.Conducts(coilEnergized: false), "welded contacts conduct with the coil off");

        relay.Contacts = RelayContacts.Dead;
        Assert.IsFalse(relay.Conducts(coilEnergized: true), "dead contacts never conduct");
    }

    [TestMethod]
    public void Board_WiringDifferentFromTheFirmwareSetting_ReadsThePinsAsWired()
    {
        // The firmware believes active-high and writes its "off" as low; an active-low module sees low as "on".
        VirtualBoard board = NewBoard(new BoardOptions { RelaysActiveHigh = true, ElementWiredActiveHigh = false, CutoffWiredActiveHigh = false });
        Run(board, 1_000);

        Assert.AreEqual(FurnaceState.Idle, board.ReadSnapshot().State);
        Assert.IsTrue(board.ElementRelayEnergized && board.CutoffRelayEnergized, "both modules energize on the firmware's 'off' level");
        Assert.IsTrue(board.ElementPowered, "the element heats although the firmware holds it off");
    }

    [TestMethod]
    public void Chip_RawFrame_ClocksOutExactlyThatFrame()
    {
        VirtualBoard board = NewBoard();
        board.Thermocouple.Base.Set(SensorFault.RawFrame, rawFrame: 0x0001);

        Assert.AreEqual(0x0001, Frame(board.Thermocouple));
        Assert.AreEqual(0x0001, board.Thermocouple.LastFrame);
    }

    [TestMethod]
    public void Chip_OverlayOneFrameInThreeOverAFrozenBase_ShowsTheBaseBetween()
    {
        VirtualBoard board = NewBoard();
        board.Thermocouple.Base.Set(SensorFault.Frozen, frozenQuarterC: 176 * 4);
        board.Thermocouple.Overlay.Set(SensorFault.BusAllZeros, framesOn: 1, framesCycle: 3);

        int frozen = Max6675Frame.Encode(176 * 4, openInput: false);
        int[] frames = Enumerable.Range(0, 6).Select(_ => Frame(board.Thermocouple)).ToArray();

        CollectionAssert.AreEqual(new[] { 0, frozen, frozen, 0, frozen, frozen }, frames, "zeros on 1 of 3 frames, the frozen reading between");
    }

    [TestMethod]
    public void Chip_BurstOfThreeFrames_EndsByItself()
    {
        VirtualBoard board = NewBoard();
        board.Thermocouple.NoiseLsb = 0;
        board.Thermocouple.Overlay.Set(SensorFault.BusError, frameCount: 3);

        int[] frames = Enumerable.Range(0, 5).Select(_ => Frame(board.Thermocouple)).ToArray();

        CollectionAssert.AreEqual(new[] { -1, -1, -1 }, frames[..3], "three transfers throw");
        Assert.IsTrue(frames[3] > 0 && frames[4] > 0, "then live frames again");
        Assert.AreEqual(SensorFault.None, board.Thermocouple.Overlay.Fault);
    }

    [TestMethod]
    public void Chip_DetachedProbe_IsPlausibleAndNoisyButNotTheTruth()
    {
        VirtualBoard board = NewBoard();
        board.Thermocouple.NoiseLsb = 2;
        board.Thermocouple.Base.Set(SensorFault.Detached, frozenQuarterC: 60 * 4);

        int[] values = Enumerable.Range(0, 50).Select(_ => Frame(board.Thermocouple) >> 3).ToArray();

        Assert.IsTrue(values.All(v => Math.Abs(v - 240) <= 2), "within the noise of 60 °C");
        Assert.IsTrue(values.Distinct().Count() > 1, "alive: it moves by the noise, so a stuck-value check cannot see it");
    }

    [TestMethod]
    public void PowerCut_PinsFloatScratchClearsFlashKeepsTheLatch()
    {
        VirtualBoard board = NewBoard();
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        Run(board, 2_000);
        Assert.AreEqual(FurnaceState.Tripped, board.ReadSnapshot().State, "precondition: a latched sensor fault");
        board.Thermocouple.Fault = SensorFault.None;
        board.ControlStalled = true;
        Run(board, 3_000);
        Assert.AreEqual(1, board.ScratchWatchdogResets, "precondition: one watchdog reset");

        board.CutPower(10_000);
        Assert.IsFalse(board.PoweredOn);
        Assert.IsFalse(board.ElementRelayEnergized || board.CutoffRelayEnergized, "no power: both coils de-energized");
        Run(board, 10_250);

        Assert.IsTrue(board.PoweredOn, "the power came back after 10 s");
        Assert.AreEqual(0, board.ScratchWatchdogResets, "the scratch registers do not survive a power cut");
        Assert.AreEqual(0, board.ResetsSinceHealthy);
        Assert.AreEqual(FurnaceState.Tripped, board.ReadSnapshot().State, "the flash kept the latch");
        Assert.AreEqual(1, board.PowerCuts);
    }

    [TestMethod]
    public void PowerCutDuringTheTripSave_TearsTheNewCopyAndTheBoardBootsTripped()
    {
        VirtualBoard board = NewBoard();
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        Run(board, 1_000);
        int createsBefore = board.Flash!.CreatesBegun;
        board.CutPowerDuringFlashOperation(operations: 1, offMs: 5_000); // Exists(new) completes, Create(new) is cut
        board.Thermocouple.Fault = SensorFault.OpenThermocouple;

        Run(board, 2_000);
        Assert.IsFalse(board.PoweredOn, "the power failed inside the trip's save");
        Assert.AreEqual(createsBefore + 1, board.Flash.CreatesBegun, "the new copy's write began");
        board.Thermocouple.Fault = SensorFault.None;
        Run(board, 5_000);

        Assert.IsTrue(board.PoweredOn);
        Assert.AreEqual(FurnaceState.Tripped, board.ReadSnapshot().State, "a torn new copy boots tripped");
    }

    [TestMethod]
    public void SlowFlash_SaveLongerThanTheWatchdog_ResetsTheBoardMidSaveWithThePinsReleased()
    {
        VirtualBoard board = NewBoard();
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        Run(board, 1_000);
        board.Flash!.OperationMs = 3_000;
        board.Thermocouple.Fault = SensorFault.OpenThermocouple;

        var events = new List<BoardEvent>();
        for (int i = 0; i < 12 && board.WatchdogResets == 0; i++)
        {
            board.Step();
            events.AddRange(board.StepEvents);
        }

        Assert.AreEqual(1, board.WatchdogResets, "a 3 s write outlasts the 2 s watchdog");
        Assert.IsTrue(events.Any(e => e.Kind == BoardEventKind.WatchdogReset && e.LatchWriteBegun), "the reset landed inside the save");
        Assert.IsFalse(board.ElementRelayEnergized, "after the reset the element relay is off");
    }

    [TestMethod]
    public void SlowFlash_SaveShorterThanTheWatchdog_MakesTheCycleLate()
    {
        VirtualBoard board = NewBoard();
        Run(board, 1_000);
        board.Flash!.OperationMs = 500;
        board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        long before = board.Clock.NowMs;

        Run(board, 2_000);

        Assert.AreEqual(0, board.WatchdogResets);
        Assert.IsTrue(board.ReadSnapshot().LateCycleCount > 0, "the save's writes delayed the next cycle");
        Assert.IsTrue(board.Clock.NowMs - before >= 2_000);
    }

    [TestMethod]
    public void Wedge_ForTwoBoots_HangsThreeTimesThenRuns()
    {
        VirtualBoard board = NewBoard();
        board.Wedge(afterMs: 1_000, boots: 2);

        Run(board, 60_000);

        Assert.AreEqual(3, board.WatchdogResets, "the hang now, then after each of the next 2 boots");
        Assert.AreEqual(0, board.WedgeBootsLeft);
        Assert.IsTrue(board.ReadSnapshot().CycleCount > 100, "running normally after the wedge");
    }

    [TestMethod]
    public void Wedge_Forever_KeepsResettingAndCountsResetsSinceHealthy()
    {
        VirtualBoard board = NewBoard();
        board.Wedge(afterMs: 0, boots: -1);

        Run(board, 30_000);

        Assert.IsTrue(board.WatchdogResets >= 10, $"a reset every ~2 s ({board.WatchdogResets})");
        Assert.IsTrue(board.ResetsSinceHealthy >= 10, "never healthy in between");
    }

    [TestMethod]
    public void CyclePeriodShorterThanTheConversion_GivesNotReadyReads()
    {
        VirtualBoard board = NewBoard();
        board.Timing.Set(periodMs: 150, jitterMs: 0, board.Clock.NowMs);
        int notReady = 0;
        for (int i = 0; i < 40; i++)
        {
            board.Step();
            notReady += board.ReadSnapshot().SensorStatus == SensorStatus.NotReady ? 1 : 0;
        }

        Assert.IsTrue(notReady >= 10, $"reads 150 ms apart are refused before the 220 ms conversion ({notReady} of 40)");
        Assert.AreEqual(0, board.WatchdogResets);
    }

    [TestMethod]
    public void LateCycle_LongerThanTheWatchdog_ResetsTheBoardBeforeTheCycleRuns()
    {
        VirtualBoard board = NewBoard();
        Run(board, 1_000);
        board.Timing.Delay(3_000);

        board.Step();

        Assert.AreEqual(1, board.WatchdogResets, "3 s without a feed");
        Assert.IsFalse(board.LastStepCycleRan);
    }
}
