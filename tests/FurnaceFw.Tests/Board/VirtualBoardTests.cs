using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Board;

[TestClass]
public class VirtualBoardTests
{
    private static VirtualBoard NewBoard(out VirtualClock clock, MemoryLatchStore? latch = null)
    {
        clock = new VirtualClock();
        return new VirtualBoard(new BoardOptions { LatchStore = latch }, clock);
    }

    private static void Run(VirtualBoard board, long ms)
    {
        for (long t = 0; t < ms; t += board.ControlPeriodMs)
        {
            board.Step();
        }
    }

    [TestMethod]
    public void Step_HeatDemand_RealDriverDecodesSimulatedFramesAndReachesSetpoint()
    {
        var board = NewBoard(out _);
        board.Firmware.Mailbox.PostSetpoint(150 * 4);
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);

        Run(board, 45 * 60_000);

        ControllerSnapshot s = board.ReadSnapshot();
        Assert.AreEqual(FurnaceState.Heating, s.State);
        Assert.AreEqual(SensorStatus.Ok, s.SensorStatus);
        Assert.IsTrue(Math.Abs(s.TemperatureQuarterC / 4.0 - 150) < 15, $"holding {s.TemperatureQuarterC / 4.0} °C for a 150 °C setpoint");
        Assert.AreEqual(0, board.WatchdogResets);
    }

    [TestMethod]
    public void Step_ControlStalled_WatchdogResetsBoardWhichBootsSafeWithLatchIntact()
    {
        var latch = new MemoryLatchStore();
        var board = NewBoard(out _, latch);
        board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        Run(board, 5_000);
        Assert.AreEqual(FurnaceState.Tripped, board.ReadSnapshot().State, "precondition: latched sensor fault");
        board.Thermocouple.Fault = SensorFault.None;
        var before = board.Firmware;

        board.ControlStalled = true;
        Run(board, board.Watchdog.TimeoutMs + 2 * board.ControlPeriodMs);

        Assert.AreEqual(1, board.WatchdogResets, "the stalled control loop must be reset by the watchdog");
        Assert.AreNotSame(before, board.Firmware, "a reset rebuilds the firmware from scratch");
        Assert.IsFalse(board.ElementRelayEnergized, "element relay must come up de-energized");
        Assert.IsFalse(board.CutoffRelayEnergized, "cutoff relay must come up open");
        ControllerSnapshot s = board.ReadSnapshot();
        Assert.AreEqual(FurnaceState.Tripped, s.State, "the latch survives the reset");
        Assert.AreEqual(ReasonCode.LatchRestored, s.LastReason);
        Assert.AreEqual(1, s.WatchdogResetCount);
        Assert.IsTrue(s.LastResetByWatchdog);
    }

    [TestMethod]
    public void Step_ControlRunning_NeverResetByWatchdog()
    {
        var board = NewBoard(out _);

        Run(board, 10 * 60_000);

        Assert.AreEqual(0, board.WatchdogResets);
    }

    [TestMethod]
    public void Step_ElementRelayWelded_ElementUnpoweredWheneverItIsMeantToBeOff()
    {
        var board = NewBoard(out _);
        board.Firmware.Mailbox.PostSetpoint(180 * 4);
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        board.ElementRelayWelded = true;
        double peak = 0;

        // (element commanded on, element powered) per cycle. The cutoff closes one cycle before an on period, so a
        // welded relay conducts in that lead cycle only: powered in a cycle with the element off before AND after it
        // is the failure.
        var cycles = new List<(bool On, bool Powered)>();
        for (long t = 0; t < 4 * 3_600_000; t += board.ControlPeriodMs)
        {
            board.Step();
            cycles.Add((board.ReadSnapshot().ElementOn, board.ElementPowered));
            peak = Math.Max(peak, board.Plant.ProbeC);
        }

        for (int i = 1; i + 1 < cycles.Count; i++)
        {
            bool offAround = !cycles[i - 1].On && !cycles[i].On && !cycles[i + 1].On;
            Assert.IsFalse(offAround && cycles[i].Powered,
                $"cycle {i}: the element was commanded off before, during and after, yet powered through the welded relay");
        }

        Assert.AreEqual(FurnaceState.Heating, board.ReadSnapshot().State, "a welded relay does not take control away");
        Assert.IsTrue(peak < 190, $"the thermostat kept its band with a welded relay (peak {peak:0.0} °C)");
    }

    [TestMethod]
    public void Step_OverfireTrips_ElementHasNoPowerEvenWithAWeldedRelay()
    {
        var board = NewBoard(out _);
        board.Firmware.Mailbox.PostSetpoint(180 * 4);
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        board.Plant.LoadFuel(8);
        board.Plant.Ignite();
        board.ElementRelayWelded = true;

        long tripAt = -1;
        for (long t = 0; t < 6 * 3_600_000 && tripAt < 0; t += board.ControlPeriodMs)
        {
            board.Step();
            if (board.ReadSnapshot().State == FurnaceState.Tripped)
            {
                tripAt = t;
            }
        }

        Assert.IsTrue(tripAt >= 0, "the overfire never tripped over-temperature");
        Assert.AreEqual(ReasonCode.OverTemperature, board.ReadSnapshot().LastReason);
        Assert.IsFalse(board.ElementPowered, "the open cutoff removes power from the welded element");
        Run(board, 4 * 3_600_000);
        Assert.IsFalse(board.ElementPowered, "and keeps it removed while the trip is latched");
        Assert.IsTrue(board.Plant.ProbeC < 450, $"still {board.Plant.ProbeC} °C four hours after the trip: the fire burned down");
    }
}
