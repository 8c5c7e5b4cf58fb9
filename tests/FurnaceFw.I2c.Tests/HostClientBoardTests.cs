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

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    [DataRow(false)]
    [DataRow(true)]
    public void EveryRead_CurrentFirmware_FitsTheEsp32TransactionBuffer(bool separate)
    {
        var b = new BoardOnBus();
        using FurnaceClient client = FurnaceClient.Connect(b.Transport, Options with { SeparateTransactions = separate });

        RegisterSnapshot all = client.ReadAll();
        RegisterSnapshot status = client.ReadStatus();
        new LogReader(client).Read(0);
        client.Read(RegisterMap.Find("Temperature")!);

        var tooLong = b.Transport.Reads.Where(r => r.Length > FurnaceClient.MaxReadLength).ToList();
        Assert.AreEqual(0, tooLong.Count, "reads longer than the ESP32's 128-byte buffer: "
            + string.Join(", ", tooLong.Select(r => $"0x{r.Address:X2}+{r.Length}")));
        int snapshotLength = FurnaceClient.SnapshotBlockEnd - RegisterAddress.StatusBlock;
        Assert.IsTrue(b.Transport.Reads.Count(r => r.Address == RegisterAddress.StatusBlock && r.Length == snapshotLength) >= 2,
            $"status and panel (0x10..0x6F, {snapshotLength} bytes) are one transaction, one snapshot, in both reads");
        Assert.AreEqual(b.Harness.Board.Log.Capacity, all.TryRaw("LogCapacity"), "the log window is read too, separately, with its real values");
        Assert.IsNull(status.TryRaw("LogCapacity"), "ReadStatus leaves out what it did not read instead of showing fill bytes");
        Assert.AreEqual(all.TryRaw("SetpointMax"), status.TryRaw("SetpointMax"), "both read the same registers below 0x70");
    }
}
