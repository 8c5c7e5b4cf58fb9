using System.Text;
using FurnaceFw.Protocol;

namespace FurnaceFw.Mqtt.Tests;

[TestClass]
public sealed class CommandParserTests
{
    private static BridgeCommand? Parse(string name, string payload, out string error) =>
        CommandParser.TryParse(name, Encoding.UTF8.GetBytes(payload), null, () => 777, out BridgeCommand? command, out error) ? command : null;

    [TestMethod]
    [DataRow("150", 600)]
    [DataRow("150.0", 600)]
    [DataRow(" 150.25 ", 601)]
    [DataRow("0", 0)]
    public void Setpoint_PlainCelsius_BecomesQuarterDegrees(string payload, int quarters)
    {
        BridgeCommand? command = Parse("setpoint", payload, out string error);

        Assert.IsNotNull(command, error);
        Assert.AreEqual(CommandKind.Setpoint, command.Kind);
        Assert.AreEqual(quarters, command.Raw, "quarter °C on the wire");
    }

    [TestMethod]
    [DataRow("setpoint", "abc", "not a temperature")]
    [DataRow("setpoint", "1e2", "not a temperature")]
    [DataRow("setpoint", "NaN", "not a temperature")]
    [DataRow("setpoint", "150.1", "multiple of 0.25")]
    [DataRow("setpoint", "-1", "outside")]
    [DataRow("setpoint", "851", "outside")]
    [DataRow("mode", "cool", "heat or off")]
    [DataRow("mode", "", "heat or off")]
    [DataRow("latch_reset/arm", "0", "1..65535")]
    [DataRow("latch_reset/arm", "65536", "1..65535")]
    [DataRow("latch_reset/confirm", "", "1..65535")]
    [DataRow("latch_reset/confirm", "-5", "1..65535")]
    [DataRow("reboot", "1", "unknown command")]
    public void BadPayload_IsRefusedWithWhatWasWrong(string name, string payload, string says)
    {
        BridgeCommand? command = Parse(name, payload, out string error);

        Assert.IsNull(command, $"set/{name} '{payload}' must not reach the bus");
        StringAssert.Contains(error, says, "the error names the problem");
        StringAssert.Contains(error, "set/" + name, "the error names the topic");
    }

    [TestMethod]
    public void Setpoint_OutsideTheControllersOwnLimits_IsRefusedBeforeTheBus()
    {
        FurnaceReading reading = ReadingFactory.With(setpointMinQuarterC: 30 * 4, setpointMaxQuarterC: 300 * 4);

        bool ok = CommandParser.TryParse("setpoint", "301"u8, reading, () => 1, out _, out string error);

        Assert.IsFalse(ok, "above SetpointMax");
        StringAssert.Contains(error, "30..300", "names the controller's range");
    }

    [TestMethod]
    public void Payload_NotUtf8OrTooLong_IsRefused()
    {
        Assert.IsFalse(CommandParser.TryParse("mode", new byte[] { 0xFF, 0xFE }, null, () => 1, out _, out string notText), "invalid UTF-8");
        StringAssert.Contains(notText, "UTF-8");
        Assert.IsFalse(CommandParser.TryParse("mode", new byte[65], null, () => 1, out _, out string tooLong), "65 bytes");
        StringAssert.Contains(tooLong, "longer than 64");
    }

    [TestMethod]
    public void Arm_EmptyPayload_TakesARandomToken_ConfirmNeverDoes()
    {
        BridgeCommand? arm = Parse("latch_reset/arm", "", out _);
        BridgeCommand? confirm = Parse("latch_reset/confirm", "", out string error);

        Assert.AreEqual(777, arm?.Raw, "the arm draws a token");
        Assert.IsNull(confirm, "a confirm without the token is refused: " + error);
    }

    [TestMethod]
    public void Mode_CaseInsensitive_MapsToControlMode()
    {
        Assert.AreEqual((int)ControlMode.Heat, Parse("mode", "HEAT", out _)?.Raw);
        Assert.AreEqual((int)ControlMode.Off, Parse("mode", "off", out _)?.Raw);
    }
}
