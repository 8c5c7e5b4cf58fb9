using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Board;

[TestClass]
public class ZeroAllocationTests
{
    [TestMethod]
    public void ControlCycle_SteadyState_AllocatesNothing()
    {
        var board = new VirtualBoard(new BoardOptions(), new VirtualClock());
        board.Plant.LoadFuel(3);
        board.Plant.Ignite();
        board.Firmware.Mailbox.PostSetpoint(180 * 4);
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        for (int i = 0; i < 2_000; i++)
        {
            board.Step();
        }

        var cycle = board.Firmware.Cycle;
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 20_000; i++)
        {
            cycle.Step();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(0, allocated, $"{allocated} bytes allocated over 20,000 control cycles (driver, supervisor, relays, snapshot)");
    }

    [TestMethod]
    public void ControlCycle_WhileHeatingBankingAndFaulted_AllocatesNothing()
    {
        var board = new VirtualBoard(new BoardOptions(), new VirtualClock());
        board.Firmware.Mailbox.PostSetpoint(120 * 4);
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        for (int i = 0; i < 2_000; i++)
        {
            board.Step();
        }

        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 4_000; i++)
        {
            board.Firmware.Cycle.Step();
        }

        board.Firmware.Mailbox.PostMode(ControlMode.Off);
        for (int i = 0; i < 4_000; i++)
        {
            board.Firmware.Cycle.Step();
        }

        board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        for (int i = 0; i < 4_000; i++)
        {
            board.Firmware.Cycle.Step();
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.AreEqual(0, allocated, $"{allocated} bytes allocated across heating, banking and a latched trip");
    }
}
