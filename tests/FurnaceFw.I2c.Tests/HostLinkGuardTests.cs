using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;

namespace FurnaceFw.I2c.Tests;

[TestClass]
public sealed class HostLinkGuardTests
{
    [TestMethod]
    public void Admit_RaiseInSolo_Refused()
    {
        var guard = new HostLinkGuard();

        Assert.AreEqual(CommandResult.RejectedRequiresCoop, guard.Admit(true, 720, ControlMode.Off), "raise without Co-op");
        Assert.AreEqual(CommandResult.Accepted, guard.Admit(false, 720, ControlMode.Heat), "lowering is always fine");
    }

    [TestMethod]
    public void Expire_OneMsBeforeDeadline_StaysCoop_AtDeadline_Solo()
    {
        var guard = new HostLinkGuard();
        guard.SetTimeout(10, 1000);
        int setpoint = 800;
        ControlMode mode = ControlMode.Heat;
        guard.Admit(true, 700, ControlMode.Off);

        Assert.IsFalse(guard.Expire(10_999, ref setpoint, ref mode), "1 ms before the deadline nothing changes");
        Assert.IsTrue(guard.IsCoop, "still Co-op");

        Assert.IsTrue(guard.Expire(11_000, ref setpoint, ref mode), "at the deadline the raise expires");
        Assert.IsFalse(guard.IsCoop, "Solo");
        Assert.AreEqual(700, setpoint, "setpoint back to the revert point");
        Assert.AreEqual(ControlMode.Off, mode, "mode back to the revert point");
        Assert.AreEqual(1, guard.Expiries, "counted");
    }

    [TestMethod]
    public void NoteAlive_BeforeDeadline_PushesDeadline()
    {
        var guard = new HostLinkGuard();
        guard.SetTimeout(10, 0);
        guard.NoteAlive(9_000);
        int setpoint = 0;
        ControlMode mode = ControlMode.Off;

        guard.Expire(18_999, ref setpoint, ref mode);

        Assert.IsTrue(guard.IsCoop, "deadline re-armed to 19 000 ms");
        Assert.AreEqual(1, guard.RemainingMs(18_999), "remaining");
    }

    [TestMethod]
    public void Expire_HostLoweredBelowRevertPoint_KeepsTheLowerValue()
    {
        var guard = new HostLinkGuard();
        guard.SetTimeout(10, 0);
        guard.Admit(true, 700, ControlMode.Heat);
        int setpoint = 600; // the host later lowered it below where it started
        ControlMode mode = ControlMode.Heat;
        guard.SetTimeout(0, 1);

        Assert.IsFalse(guard.Expire(2, ref setpoint, ref mode), "nothing to lower");
        Assert.AreEqual(600, setpoint, "expiry never raises heat");
        Assert.AreEqual(ControlMode.Heat, mode, "heat was local before the host came");
    }
}

[TestClass]
public sealed class CommandResultNamesTests
{
    [TestMethod]
    public void WebName_EveryCommandResult_IsNamed()
    {
        foreach (CommandResult result in Enum.GetValues<CommandResult>())
        {
            Assert.IsNotNull(FurnaceFw.Web.ProtocolNames.Of(result),
                $"{result} needs a name on the web interface (Web/ProtocolNames.cs)");
        }
    }
}
