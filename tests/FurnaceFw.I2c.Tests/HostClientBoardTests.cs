using FurnaceFw.Host;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.I2c.Tests;

/// <summary>The host library against the real firmware on a virtual board (one control period per bus transfer).</summary>
[TestClass]
public sealed class HostClientBoardTests
{
    private static readonly ClientOptions Options = new() { PollInterval = TimeSpan.Zero };

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Write_SetpointDecrease_AcceptedAndShownInStatus()
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);

        CommandResult result = client.Write(RegisterMap.Find("Setpoint")!, 150 * 4);

        Assert.AreEqual(CommandResult.Accepted, result, "result");
        Assert.AreEqual("150.00 °C", client.ReadAll().Text(RegisterMap.Find("Setpoint")!), "status shows it");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Write_ModeHeatInSolo_RejectedWithCoopHint()
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => client.Write(RegisterMap.Find("Mode")!, 1));

        Assert.AreEqual(ExitCode.CommandRejected, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, "coop", "tells the user how to get Co-op");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Write_ModeHeatInCoop_Heats()
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);

        client.SetHostWatchdog(30);
        client.Write(RegisterMap.Find("Mode")!, 1);
        RegisterSnapshot status = client.ReadAll();

        Assert.AreEqual("CoOp", status.Text(RegisterMap.Find("HostLink")!), "Co-op");
        Assert.AreEqual("Heating", status.Text(RegisterMap.Find("State")!), "heating");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ResetLatch_AfterSensorTripAndRepair_ClearsTheLatch()
    {
        var b = new BoardOnBus();
        b.Harness.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        b.Harness.StepSeconds(3);
        b.Harness.Board.Thermocouple.Fault = SensorFault.None;
        b.Harness.StepSeconds(1);
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);
        Assert.AreEqual(1, client.Read(RegisterMap.Find("Latched")!), "precondition: latched");

        client.ResetLatch(0x2468);

        Assert.AreEqual(0, client.Read(RegisterMap.Find("Latched")!), "latch cleared through arm + confirm");
        Assert.AreEqual("Idle", client.ReadAll().Text(RegisterMap.Find("State")!), "back to idle");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ResetLatch_WhenNotLatched_RejectedWithReason()
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => client.ResetLatch(7));

        Assert.AreEqual(ExitCode.CommandRejected, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, "RejectedNotLatched", "the controller's reason");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Write_SetpointAboveConfiguredMax_RejectedByBankAndNamed()
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);

        var ex = Assert.ThrowsExactly<FurnaceException>(() => client.Write(RegisterMap.Find("Setpoint")!, 320 * 4));

        Assert.AreEqual(ExitCode.CommandRejected, ex.ExitCode, ex.Message);
        StringAssert.Contains(ex.Message, "OutOfRange", "bank reason");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void ReadAll_AfterWatchdogReset_StillConsistent()
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options);
        b.Harness.Board.ControlStalled = true;
        b.Harness.StepSeconds(5); // the hardware watchdog resets the board; the bank is rebuilt

        RegisterSnapshot status = client.ReadAll();

        Assert.AreEqual(1, status.TryRaw("WatchdogResets"), "the host sees the reset");
    }
}
