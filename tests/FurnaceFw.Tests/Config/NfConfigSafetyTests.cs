using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Config;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Tests.Config;

/// <summary>An invalid nf.config must leave the furnace safe: ConfigFault, nothing heats, the problem visible.</summary>
[TestClass]
public sealed class NfConfigSafetyTests
{
    [TestMethod]
    public void InvalidFile_BootsIntoConfigFault_AndNeverHeats()
    {
        NfConfigResult result = NfConfigParser.Parse("control.setpoint_c = 200\nsafety.high_limit_c = 2000\n", BoardKind.PicoW, boardIsFixed: false);
        BoardOptions options = NfConfigFile.ApplyTo(new BoardOptions(), result);
        VirtualBoard board = new(options, new VirtualClock());
        board.Firmware.Mailbox.PostMode(ControlMode.Heat);

        for (int i = 0; i < 40; i++)
        {
            board.Step();
            Assert.IsFalse(board.ElementPowered, "cycle " + i + ": an invalid configuration must not heat");
        }

        ControllerSnapshot snapshot = board.ReadSnapshot();
        Assert.AreEqual(FurnaceState.ConfigFault, snapshot.State, "state shows why it will not heat");
        Assert.AreSame(result.FirstProblem, board.Firmware.ConfigProblem, "the problem reaches every interface through the firmware");
        StringAssert.Contains(board.Firmware.ConfigProblem!.ToString(), "line 2: safety.high_limit_c", "line and key visible");
    }

    [TestMethod]
    public void ValidFile_AppliesSettingsAndRelayWiring()
    {
        NfConfigResult result = NfConfigParser.Parse("relay.element_pin = 20\nrelay.cutoff_pin = 21\nrelay.active_high = false\ncontrol.setpoint_c = 150", BoardKind.PicoW, boardIsFixed: false);
        BoardOptions options = NfConfigFile.ApplyTo(new BoardOptions(), result);

        Assert.IsNull(options.ConfigProblem, "valid");
        Assert.AreEqual(20, options.ElementPin, "element pin");
        Assert.AreEqual(21, options.CutoffPin, "cutoff pin");
        Assert.IsFalse(options.RelaysActiveHigh, "active-low");
        Assert.AreEqual(150, options.Settings.Get(Setting.DefaultSetpointC), "setting applied");
    }
}
