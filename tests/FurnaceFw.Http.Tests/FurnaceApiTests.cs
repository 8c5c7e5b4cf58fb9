using System.Text.Json;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol;

namespace FurnaceFw.Http.Tests;

[TestClass]
public sealed class FurnaceApiTests
{
    [TestMethod]
    public void GetStatus_AfterBoot_ReportsSnapshotValuesAsJson()
    {
        using var host = new WebTestHost();
        host.StepBoard(3);
        RawHttp.Response response = RawHttp.Get(host.Port, "/api/status");

        Assert.AreEqual(200, response.Status, response.Head);
        Assert.AreEqual("application/json", response.Header("Content-Type"), "content type");
        Assert.AreEqual(response.Body.Length.ToString(), response.Header("Content-Length"), "Content-Length must match the body");
        using JsonDocument json = JsonDocument.Parse(response.Body);
        JsonElement root = json.RootElement;
        var snapshot = host.Board.ReadSnapshot();
        Assert.AreEqual("idle", root.GetProperty("state").GetString(), "state");
        Assert.AreEqual("power_on", root.GetProperty("reason").GetString(), "reason");
        Assert.AreEqual(snapshot.SetpointQuarterC / 4.0, root.GetProperty("setpoint_c").GetDouble(), "setpoint");
        Assert.AreEqual(snapshot.TemperatureQuarterC / 4.0, root.GetProperty("temperature_c").GetDouble(), "temperature");
        Assert.AreEqual(snapshot.CycleCount, root.GetProperty("cycle").GetInt32(), "cycle count");
        Assert.IsTrue(root.GetProperty("link_up").GetBoolean(), "link");
        Assert.AreEqual(JsonValueKind.Null, root.GetProperty("config_problem").ValueKind, "no config problem");
        Assert.IsTrue(root.GetProperty("http").GetProperty("writes_enabled").GetBoolean(), "writes enabled with a PIN");
        Assert.AreEqual(0, root.GetProperty("fault_names").GetArrayLength(), "no faults at boot");
    }

    [TestMethod]
    public void GetPage_Root_IsSelfContainedHtmlWithStrictPolicy()
    {
        using var host = new WebTestHost();
        RawHttp.Response response = RawHttp.Get(host.Port, "/");

        Assert.AreEqual(200, response.Status, response.Head);
        StringAssert.StartsWith(response.Header("Content-Type"), "text/html", "content type");
        StringAssert.Contains(response.Header("Content-Security-Policy"), "default-src 'none'", "CSP");
        StringAssert.Contains(response.Body, "/api/status", "the page polls the status API");
        Assert.DoesNotContain("http://", response.Body.Replace("http://www.w3.org", ""), "nothing fetched from elsewhere");
        Assert.DoesNotContain("https://", response.Body, "nothing fetched from elsewhere");
        Assert.IsLessThan(20 * 1024, response.Body.Length, "the page stays small (it is streamed from flash, but every byte crosses the board's Wi-Fi)");
        Assert.AreEqual(response.Body.Length.ToString(), response.Header("Content-Length"), "Content-Length is the character count");
        Assert.IsTrue(FurnaceFw.Web.IndexPage.Html.All(c => c < 128), "the page is ASCII, so characters and bytes agree");
    }

    [TestMethod]
    public void HeadPage_Root_SendsHeadersWithoutBody()
    {
        using var host = new WebTestHost();
        RawHttp.Response response = RawHttp.Send(host.Port, $"HEAD / HTTP/1.1\r\nHost: 127.0.0.1:{host.Port}\r\n\r\n");

        Assert.AreEqual(200, response.Status, response.Head);
        Assert.AreEqual(FurnaceFw.Web.IndexPage.Html.Length.ToString(), response.Header("Content-Length"), "HEAD announces the GET length");
        Assert.AreEqual("", response.Body, "HEAD has no body");
    }

    [TestMethod]
    public void PostSetpoint_WithPin_IsAppliedByTheControlThread()
    {
        using var host = new WebTestHost();
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", "{\"setpoint_c\": 61.25}");
        Assert.AreEqual(202, response.Status, response.Head + response.Body);

        host.StepBoard();
        var snapshot = host.Board.ReadSnapshot();
        Assert.AreEqual(245, snapshot.SetpointQuarterC, "61.25 °C is 245 quarter degrees");
        Assert.AreEqual(CommandResult.Accepted, snapshot.LastCommandResult, "command result");
        using JsonDocument status = JsonDocument.Parse(RawHttp.Get(host.Port, "/api/status").Body);
        Assert.AreEqual(61.25, status.RootElement.GetProperty("setpoint_c").GetDouble(), "next GET shows the new setpoint");
        Assert.AreEqual("accepted", status.RootElement.GetProperty("last_command_result").GetString(), "result visible over HTTP");
    }

    [TestMethod]
    [DataRow("{\"setpoint_c\": 1000}", 422, DisplayName = "above the maximum")]
    [DataRow("{\"setpoint_c\": 60.1}", 400, DisplayName = "not a whole quarter degree")]
    [DataRow("{\"setpoint_c\": \"60\"}", 400, DisplayName = "string instead of number")]
    [DataRow("{\"setpoint\": 60}", 400, DisplayName = "wrong key")]
    [DataRow("{\"setpoint_c\": 60, \"setpoint_c\": 70}", 400, DisplayName = "key given twice")]
    [DataRow("{\"setpoint_c\": 6e1}", 400, DisplayName = "exponent")]
    [DataRow("{\"setpoint_c\": {\"v\": 60}}", 400, DisplayName = "nested object")]
    [DataRow("{\"setpoint_c\": 60", 400, DisplayName = "unterminated object")]
    [DataRow("", 400, DisplayName = "empty body")]
    public void PostSetpoint_BadBody_IsRejectedWithReasonAndSetpointUnchanged(string body, int expected)
    {
        using var host = new WebTestHost();
        int before = host.Board.ReadSnapshot().SetpointQuarterC;
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", body);

        Assert.AreEqual(expected, response.Status, response.Body);
        StringAssert.Contains(response.Body, "setpoint_c", "the error names the field that was wrong");
        host.StepBoard();
        Assert.AreEqual(before, host.Board.ReadSnapshot().SetpointQuarterC, "state unchanged");
    }

    [TestMethod]
    public void PostMode_HeatThenOff_IsAppliedAndShownWithItsTransition()
    {
        using var host = new WebTestHost();
        host.StepBoard();
        RawHttp.Response heat = RawHttp.Post(host.Port, "/api/mode", "{\"mode\":\"heat\"}");
        Assert.AreEqual(202, heat.Status, heat.Body);
        Assert.AreEqual("heat", JsonDocument.Parse(heat.Body).RootElement.GetProperty("mode").GetString(), "the reply names the posted mode");
        host.StepBoard(2);
        Assert.AreEqual(ControlMode.Heat, host.Board.ReadSnapshot().Mode, "the control thread applied heat");

        JsonElement status = JsonDocument.Parse(RawHttp.Get(host.Port, "/api/status").Body).RootElement;
        Assert.AreEqual("heat", status.GetProperty("mode").GetString(), "mode over HTTP");
        JsonElement newest = status.GetProperty("transitions")[0];
        Assert.AreEqual("heating", newest.GetProperty("to").GetString(), "newest transition first: into heating");
        Assert.AreEqual("demand_on", newest.GetProperty("reason").GetString(), "with its reason");
        Assert.IsGreaterThanOrEqualTo(0, newest.GetProperty("age_s").GetInt32(), "and its age");

        Assert.AreEqual(202, RawHttp.Post(host.Port, "/api/mode", "{\"mode\":\"off\"}").Status, "off");
        host.StepBoard(2);
        Assert.AreEqual(ControlMode.Off, host.Board.ReadSnapshot().Mode, "the control thread applied off");
    }

    [TestMethod]
    [DataRow("{\"mode\":\"HEAT\"}", DisplayName = "upper case")]
    [DataRow("{\"mode\":1}", DisplayName = "number")]
    [DataRow("{\"mode\":\"on\"}", DisplayName = "unknown mode")]
    [DataRow("{}", DisplayName = "missing")]
    public void PostMode_BadBody_Is400NamingTheFieldAndModeUnchanged(string body)
    {
        using var host = new WebTestHost();
        host.StepBoard();
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/mode", body);

        Assert.AreEqual(400, response.Status, response.Body);
        StringAssert.Contains(response.Body, "mode", "the error names the field");
        host.StepBoard(2);
        Assert.AreEqual(ControlMode.Off, host.Board.ReadSnapshot().Mode, "mode unchanged");
    }

    [TestMethod]
    public void PostResetLatch_ArmThenConfirmWhenCool_ClearsTheLatch()
    {
        using var host = new WebTestHost();
        host.Board.Thermocouple.Fault = FurnaceFw.Sim.Hardware.SensorFault.OpenThermocouple;
        host.StepBoard(10);
        Assert.IsTrue(host.Board.ReadSnapshot().IsLatched, "precondition: an open thermocouple latches a sensor fault");
        host.Board.Thermocouple.Fault = FurnaceFw.Sim.Hardware.SensorFault.None;
        host.StepBoard(2);

        RawHttp.Response arm = RawHttp.Post(host.Port, "/api/reset-latch", "{\"action\":\"arm\"}");
        Assert.AreEqual(202, arm.Status, arm.Body);
        int token = JsonDocument.Parse(arm.Body).RootElement.GetProperty("token").GetInt32();
        Assert.AreNotEqual(0, token, "the arm returns a non-zero token");
        host.StepBoard();
        Assert.AreEqual(CommandResult.Armed, host.Board.ReadSnapshot().LastCommandResult, "armed");

        RawHttp.Response confirm = RawHttp.Post(host.Port, "/api/reset-latch", $"{{\"action\":\"confirm\",\"token\":{token}}}");
        Assert.AreEqual(202, confirm.Status, confirm.Body);
        host.StepBoard();
        var snapshot = host.Board.ReadSnapshot();
        Assert.AreEqual(CommandResult.Accepted, snapshot.LastCommandResult, "confirmed");
        Assert.IsFalse(snapshot.IsLatched, "latch cleared");
    }

    [TestMethod]
    public void PostResetLatch_ConfirmWithWrongToken_LeavesTheLatch()
    {
        using var host = new WebTestHost();
        host.Board.Thermocouple.Fault = FurnaceFw.Sim.Hardware.SensorFault.OpenThermocouple;
        host.StepBoard(10);
        host.Board.Thermocouple.Fault = FurnaceFw.Sim.Hardware.SensorFault.None;
        host.StepBoard(2);

        int token = JsonDocument.Parse(RawHttp.Post(host.Port, "/api/reset-latch", "{\"action\":\"arm\"}").Body).RootElement.GetProperty("token").GetInt32();
        host.StepBoard();
        RawHttp.Post(host.Port, "/api/reset-latch", $"{{\"action\":\"confirm\",\"token\":{token ^ 1}}}");
        host.StepBoard();

        Assert.AreEqual(CommandResult.RejectedTokenMismatch, host.Board.ReadSnapshot().LastCommandResult, "wrong token");
        Assert.IsTrue(host.Board.ReadSnapshot().IsLatched, "still latched");
    }

    [TestMethod]
    public void PostResetLatch_NotLatched_Is409()
    {
        using var host = new WebTestHost();
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/reset-latch", "{\"action\":\"arm\"}");
        Assert.AreEqual(409, response.Status, response.Body);
    }

    [TestMethod]
    public void GetHistory_AfterMinutes_ReturnsOneSamplePerMinuteOldestFirst()
    {
        using var host = new WebTestHost();
        int cyclesPerMinute = TemperatureHistory.SampleIntervalMs / host.Board.ControlPeriodMs;
        host.StepBoard(cyclesPerMinute * 5 + 1);
        RawHttp.Response response = RawHttp.Get(host.Port, "/api/history");

        Assert.AreEqual(200, response.Status, response.Body);
        Assert.AreEqual(response.Body.Length.ToString(), response.Header("Content-Length"), "exact Content-Length for a chunked body");
        JsonElement root = JsonDocument.Parse(response.Body).RootElement;
        int count = root.GetProperty("count").GetInt32();
        Assert.IsTrue(count is 5 or 6, $"five minutes of cycles give five samples (six if the boot minute was cut), got {count}");
        Assert.AreEqual(count, root.GetProperty("temperature_c").GetArrayLength(), "one temperature per sample");
        Assert.AreEqual(count, root.GetProperty("duty_percent").GetArrayLength(), "one duty per sample");
        Assert.AreEqual(60, root.GetProperty("interval_s").GetInt32(), "interval");
    }
}
