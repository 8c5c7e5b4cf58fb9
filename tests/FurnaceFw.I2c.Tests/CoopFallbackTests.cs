using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.I2c.Tests;

/// <summary>SR-7 (HostLinkGuard) on a running virtual board, driven through the register bank as a host would.</summary>
[TestClass]
public sealed class CoopFallbackTests
{
    [TestMethod]
    public void HostModeHeat_InSolo_IsRefusedAndNothingHeats()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);

        Assert.AreEqual(WriteRejectReason.None, b.Write("Mode", (int)ControlMode.Heat), "the bank accepts the frame");
        b.StepSeconds(1);

        var s = b.Snapshot();
        Assert.AreEqual(CommandResult.RejectedRequiresCoop, s.LastCommandResult, "the control thread refuses a host heat raise in Solo");
        Assert.AreEqual(ControlMode.Off, s.Mode, "mode stays off");
        Assert.AreEqual(FurnaceState.Idle, s.State, "state");
    }

    [TestMethod]
    public void HostSetpointDecrease_InSolo_IsAccepted()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);

        b.Write("Setpoint", 150 * 4);
        b.StepSeconds(1);

        Assert.AreEqual(150 * 4, b.Snapshot().SetpointQuarterC, "lowering heat never needs Co-op");
    }

    [TestMethod]
    public void HostHeat_HostFallsSilent_ExpiresBackToSoloAndOff()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);
        b.Write("HostWatchdogTimeout", 10);
        b.Write("Mode", (int)ControlMode.Heat);
        b.StepSeconds(1);
        Assert.AreEqual(FurnaceState.Heating, b.Snapshot().State, "precondition: the host turned heat on in Co-op");
        Assert.IsTrue(b.Snapshot().HostCoop, "precondition: Co-op");

        b.StepSeconds(10);

        var s = b.Snapshot();
        Assert.IsFalse(s.HostCoop, "silent past the timeout: back to Solo");
        Assert.AreEqual(1, s.HostExpiryCount, "expiry counted");
        Assert.AreEqual(ControlMode.Off, s.Mode, "host-raised heat expired");
        Assert.AreEqual(FurnaceState.Banking, s.State, "the fire is banked, not dropped");
        Assert.AreEqual(ReasonCode.HostCommandExpired, s.LastReason, "the transition says why");
    }

    [TestMethod]
    public void HostHeat_HostKeepsWriting_StaysInCoop()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);
        b.Write("HostWatchdogTimeout", 10);
        b.Write("Mode", (int)ControlMode.Heat);

        for (int i = 0; i < 12; i++)
        {
            b.StepSeconds(5);
            b.Write("HostWatchdogTimeout", 10); // what `furnacectl coop` does
        }

        var s = b.Snapshot();
        Assert.IsTrue(s.HostCoop, "fed every 5 s with a 10 s timeout");
        Assert.AreEqual(ControlMode.Heat, s.Mode, "heat kept");
        Assert.AreEqual(0, s.HostExpiryCount, "no expiry");
    }

    [TestMethod]
    public void HostSetpointRaise_CleanExit_RevertsToLocalSetpointWithoutCountingExpiry()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);
        int local = b.Snapshot().SetpointQuarterC;
        b.Write("HostWatchdogTimeout", 30);
        b.Write("Setpoint", local + 40);
        b.StepSeconds(1);
        Assert.AreEqual(local + 40, b.Snapshot().SetpointQuarterC, "precondition: raised in Co-op");

        b.Write("HostWatchdogTimeout", 0);
        b.StepSeconds(1);

        var s = b.Snapshot();
        Assert.IsFalse(s.HostCoop, "timeout 0 leaves Co-op");
        Assert.AreEqual(local, s.SetpointQuarterC, "the raise expired with the link");
        Assert.AreEqual(0, s.HostExpiryCount, "a clean exit is not an expiry");
    }

    [TestMethod]
    public void LocalSetpoint_DuringHostLease_BecomesTheValueToReturnTo()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);
        b.Write("HostWatchdogTimeout", 10);
        b.Write("Setpoint", 250 * 4);
        b.StepSeconds(1);
        b.Board.Firmware.Mailbox.PostSetpoint(260 * 4); // the user on the web page
        b.StepSeconds(1);

        b.StepSeconds(12);

        Assert.AreEqual(260 * 4, b.Snapshot().SetpointQuarterC, "a local choice is never expired by the host rule");
    }

    [TestMethod]
    public void SensorFault_InCoopWithLiveHost_StillTrips()
    {
        var b = new BoardHarness();
        b.StepSeconds(1);
        b.Write("HostWatchdogTimeout", 60);
        b.Write("Mode", (int)ControlMode.Heat);
        b.StepSeconds(1);

        b.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        for (int i = 0; i < 8; i++)
        {
            b.Write("HostWatchdogTimeout", 60);
            b.Board.Step();
        }

        var s = b.Snapshot();
        Assert.AreEqual(FurnaceState.Tripped, s.State, "local safety does not wait for the host");
        Assert.IsFalse(b.Board.ElementPowered, "element unpowered");
    }
}
