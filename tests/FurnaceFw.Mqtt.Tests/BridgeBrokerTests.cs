using System.Diagnostics;
using System.Text.Json;
using FurnaceFw.Host;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>
/// `furnacectl mqtt` end to end: the simulator's I2C socket (real-time firmware), the daemon, a real mosquitto and an
/// MQTTnet subscriber. Timeouts are generous (a loaded 2-core machine); every wait is on a condition, none is a sleep.
/// </summary>
[TestClass]
public sealed class BridgeBrokerTests
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void Start_PublishesDiscoveryThatHomeAssistantAccepts()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("disc"), BridgeRun.Broker(broker), sim.Connect);

        Received state = probe.WaitFor(bridge.Topics.State, _ => true, Patience, "a state document");
        probe.WaitUntil(() => probe.Messages.Count(m => m.Topic.StartsWith("homeassistant/", StringComparison.Ordinal)) >= DiscoveryBuilder.Entities.Length,
            Patience, "every discovery config");

        var configs = probe.Messages.Where(m => m.Topic.StartsWith("homeassistant/", StringComparison.Ordinal)).ToList();
        var errors = configs.SelectMany(m => HaDiscoverySchema.Validate(m.Topic, m.Json, state.Json)).ToList();
        Assert.AreEqual(0, errors.Count, "discovery violates Home Assistant's rules:\n" + string.Join("\n", errors));
        JsonElement climate = configs.Single(m => m.Topic == "homeassistant/climate/disc/furnace/config").Json;
        Assert.AreEqual(sim.Board.Firmware.Settings.MinSetpointQuarterC / 4.0, climate.GetProperty("min_temp").GetDouble(), "min_temp is the controller's own");
        Assert.AreEqual(sim.Board.Firmware.Settings.MaxSetpointQuarterC / 4.0, climate.GetProperty("max_temp").GetDouble(), "max_temp is the controller's own");
        StringAssert.Contains(climate.GetProperty("device").GetProperty("sw_version").GetString(), $"protocol {RegisterMap.ProtocolMajor}.{RegisterMap.ProtocolMinor}",
            "device block names the protocol");
        Assert.AreEqual("online", probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "online", Patience, "online").Payload);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void SetpointAndMode_ThroughMqtt_ChangeTheControllerAndReportItsVerdict()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("cmd"), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("host_link").GetString() == "CoOp", Patience, "the bridge holds Co-op");

        int mark = probe.Count;
        probe.Publish(bridge.Topics.SetpointCommand, "212.5"); // a raise: allowed only because the bridge keeps Co-op
        Received result = probe.WaitForNew(mark, bridge.Topics.Result, _ => true, Patience, "the setpoint result");
        probe.Publish(bridge.Topics.ModeCommand, "heat");
        Received mode = probe.WaitForNew(mark, bridge.Topics.Result, m => m.Json.GetProperty("command").GetString() == "mode", Patience, "the mode result");

        Assert.IsTrue(result.Json.GetProperty("ok").GetBoolean(), result.Payload);
        Assert.AreEqual("Accepted", result.Json.GetProperty("result").GetString(), "the controller's own CommandResult");
        Assert.AreEqual(212.5 * 4, sim.Snapshot().SetpointQuarterC, "the controller's setpoint changed");
        Assert.AreEqual("Accepted", mode.Json.GetProperty("result").GetString(), mode.Payload);
        Assert.AreEqual(ControlMode.Heat, sim.Snapshot().Mode, "the controller heats");
        probe.WaitForNew(mark, bridge.Topics.State, m => m.Json.GetProperty("setpoint_c").GetDouble() == 212.5 && m.Json.GetProperty("mode").GetString() == "heat",
            Patience, "the state shows the new setpoint and mode");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void BadPayloads_GetAClearErrorAndChangeNothing()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("bad"), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.State, _ => true, Patience, "the first state");
        int setpointBefore = sim.Snapshot().SetpointQuarterC;
        int commandsBefore = sim.Snapshot().CommandCount;
        var cases = new (string Topic, string Payload, string Says)[]
        {
            (bridge.Topics.SetpointCommand, "abc", "not a temperature"),
            (bridge.Topics.SetpointCommand, "150.1", "multiple of 0.25"),
            (bridge.Topics.SetpointCommand, "999", "outside this controller's range"),
            (bridge.Topics.SetpointCommand, "", "not a temperature"),
            (bridge.Topics.ModeCommand, "cool", "use heat or off"),
            (bridge.Topics.LatchConfirmCommand, "0", "token 1..65535"),
            (bridge.Topics.LatchConfirmCommand, new string('9', 200), "longer than"),
            (bridge.Topics.Base + "/set/rules/off", "1", "unknown command"),
        };

        foreach (var (topic, payload, says) in cases)
        {
            int mark = probe.Count;
            probe.Publish(topic, payload);
            Received result = probe.WaitForNew(mark, bridge.Topics.Result, _ => true, Patience, $"an answer to {topic} '{payload}'");
            Assert.IsFalse(result.Json.GetProperty("ok").GetBoolean(), $"{topic} '{payload}' must be refused: {result.Payload}");
            Assert.AreEqual("BadRequest", result.Json.GetProperty("result").GetString(), result.Payload);
            StringAssert.Contains(result.Json.GetProperty("message").GetString(), says, $"the error says what was wrong: {result.Payload}");
        }

        Assert.AreEqual(setpointBefore, sim.Snapshot().SetpointQuarterC, "no refused payload changed the setpoint");
        Assert.AreEqual(commandsBefore, sim.Snapshot().CommandCount,
            "no refused payload reached the controller's command mailbox");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void RetainedCommand_OnTheBroker_IsRefusedNotReplayedAtStart()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        var options = BridgeRun.Options("replay");
        var topics = new TopicLayout(options);
        probe.Publish(topics.SetpointCommand, "100", retain: true); // left behind by a careless script
        int setpointBefore = sim.Snapshot().SetpointQuarterC;

        using var bridge = new BridgeRun(options, BridgeRun.Broker(broker), sim.Connect);
        Received result = probe.WaitFor(topics.Result, _ => true, Patience, "the bridge answers the stored command");
        probe.Publish(topics.SetpointCommand, "", retain: true);

        Assert.IsFalse(result.Json.GetProperty("ok").GetBoolean(), result.Payload);
        StringAssert.Contains(result.Json.GetProperty("message").GetString(), "retained", result.Payload);
        Assert.AreEqual(setpointBefore, sim.Snapshot().SetpointQuarterC, "a stored command never reaches the controller");
    }

    [TestMethod]
    [Timeout(180_000, CooperativeCancellation = true)]
    public void BrokerKilledAndRestarted_PollingGoesOnAndStateResumes()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var bridge = new BridgeRun(BridgeRun.Options("restart"), BridgeRun.Broker(broker), sim.Connect);
        using (var first = MqttProbe.Start(broker.Port))
        {
            first.WaitFor(bridge.Topics.Availability, m => m.Payload == "online", Patience, "online before the outage");
        }

        broker.Kill();
        int pollsAtKill = bridge.Daemon.Counters.Polls;
        var outage = Stopwatch.StartNew();
        while (bridge.Daemon.Counters.Polls < pollsAtKill + 4 && outage.Elapsed < Patience)
        {
            Thread.Sleep(50);
        }

        Assert.IsTrue(bridge.Daemon.Counters.Polls >= pollsAtKill + 4, "the bus keeps being polled while the broker is down");
        sim.Board.Firmware.Mailbox.PostSetpoint(155 * 4); // a change made while the broker was away
        broker.Restart();
        using var probe = MqttProbe.Start(broker.Port);

        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("setpoint_c").GetDouble() == 155, Patience,
            "the state after the restart shows the change made during the outage");
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "online", Patience, "online again");
        probe.WaitUntil(() => probe.Messages.Count(m => m.Topic.StartsWith("homeassistant/", StringComparison.Ordinal)) >= DiscoveryBuilder.Entities.Length,
            Patience, "discovery republished (the restarted broker kept nothing)");
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("bridge").GetProperty("broker_connects").GetInt32() >= 2, Patience,
            "the reconnect is counted in the state");
        Assert.AreEqual(0, bridge.Daemon.Counters.BusErrors, "a broker outage is not a bus error");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void BusNakingForAWhile_IsCountedAndRetried_NeverFatal()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("nak"), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "online", Patience, "online");

        sim.Bus.NakAll = true; // the controller stops answering (unplugged, rebooting, a wedged bus)
        probe.WaitFor(bridge.Topics.Bridge, m => m.Json.GetProperty("state").GetString() == "bus_error", Patience, "bus_error reported");
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "offline", Patience, "offline while the bus fails");
        int mark = probe.Count;
        sim.Bus.NakAll = false;

        probe.WaitForNew(mark, bridge.Topics.Availability, m => m.Payload == "online", Patience, "online again once the bus answers");
        Received state = probe.WaitForNew(mark, bridge.Topics.State, m => m.Json.GetProperty("bridge").GetProperty("bus_errors").GetInt32() > 0,
            Patience, "the bus errors are counted in the state");
        Assert.IsTrue(state.Json.GetProperty("bridge").GetProperty("bus_errors").GetInt32() >= 3, state.Payload);
        probe.WaitUntil(() => sim.Snapshot().HostCoop, Patience, "Co-op is taken up again after the outage");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void SimRestartedWithIncompatibleMajor_DaemonPublishesWhyAndExits4()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("major"), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("host_link").GetString() == "CoOp", Patience, "running in Co-op");

        sim.RestartClaimingMajor(RegisterMap.ProtocolMajor + 1);
        int code = bridge.WaitForExit(Patience);

        Assert.AreEqual((int)ExitCode.IncompatibleVersion, code, "documented exit 4 (RestartPreventExitStatus): " + bridge.Log);
        Received status = probe.WaitFor(bridge.Topics.Bridge, m => m.Json.GetProperty("state").GetString() == "incompatible", Patience, "the reason on the bridge topic");
        StringAssert.Contains(status.Json.GetProperty("message").GetString(), "Upgrade furnacectl", status.Payload);
        Assert.AreEqual(4, status.Json.GetProperty("exit_code").GetInt32(), status.Payload);
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "offline", Patience, "offline");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void ForeignDeviceAppearsAtTheAddress_DaemonPublishesWhyAndExits3()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("foreign"), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "online", Patience, "running");

        sim.RestartAsForeignDevice();
        int code = bridge.WaitForExit(Patience);

        Assert.AreEqual((int)ExitCode.DeviceNotFound, code, "documented exit 3 (RestartPreventExitStatus): " + bridge.Log);
        Received status = probe.WaitFor(bridge.Topics.Bridge, m => m.Json.GetProperty("state").GetString() == "foreign", Patience, "the reason");
        StringAssert.Contains(status.Json.GetProperty("message").GetString(), "foreign device", status.Payload);
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "offline", Patience, "offline");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void Trip_AppearsOnMqttWithinTwoPollPeriods()
    {
        const int pollMs = 2000; // two periods = 4 s: room for the scheduling noise of a loaded machine, still a real bound
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("trip", pollMs), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.State, m => !m.Json.GetProperty("latched").GetBoolean(), Patience, "a healthy state first");

        long latchedAt = 0;
        sim.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        var watch = Stopwatch.StartNew();
        while (latchedAt == 0 && watch.Elapsed < Patience)
        {
            if (sim.Snapshot().IsLatched)
            {
                latchedAt = Stopwatch.GetTimestamp();
            }

            Thread.Sleep(5);
        }

        Assert.AreNotEqual(0L, latchedAt, "the firmware latched the sensor fault");
        Received tripped = probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("latched").GetBoolean(), Patience, "the trip on MQTT");
        double delayMs = Stopwatch.GetElapsedTime(latchedAt, tripped.At).TotalMilliseconds;

        Assert.IsTrue(delayMs <= 2 * pollMs, $"the trip reached MQTT {delayMs:0} ms after the firmware latched it (limit {2 * pollMs} ms)");
        Assert.IsTrue(tripped.Json.GetProperty("temperature_c").ValueKind == JsonValueKind.Null,
            "an invalid reading is published as null, never as a number: " + tripped.Payload);
        Assert.AreEqual("OpenThermocouple", tripped.Json.GetProperty("sensor_status").GetString(), tripped.Payload);
        Assert.AreEqual("off", tripped.Json.GetProperty("action").GetString(), tripped.Payload);
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void LatchReset_ArmThenConfirmWithTheReportedToken_ClearsTheTrip()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        using var bridge = new BridgeRun(BridgeRun.Options("latch"), BridgeRun.Broker(broker), sim.Connect);
        sim.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("latched").GetBoolean(), Patience, "tripped");
        sim.Board.Thermocouple.Fault = SensorFault.None;
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("sensor_status").GetString() == "Ok", Patience, "sensor repaired");

        int mark = probe.Count;
        probe.Publish(bridge.Topics.LatchConfirmCommand, "4242");
        Received unarmed = probe.WaitForNew(mark, bridge.Topics.Result, _ => true, Patience, "confirm without arm");
        Assert.IsFalse(unarmed.Json.GetProperty("ok").GetBoolean(), "a confirm without an arm is refused by the controller: " + unarmed.Payload);
        Assert.IsTrue(sim.Snapshot().IsLatched, "still latched");

        mark = probe.Count;
        probe.Publish(bridge.Topics.LatchArmCommand, "");
        Received armed = probe.WaitForNew(mark, bridge.Topics.Result, _ => true, Patience, "the arm result");
        Assert.AreEqual("Armed", armed.Json.GetProperty("result").GetString(), armed.Payload);
        int token = armed.Json.GetProperty("token").GetInt32();
        Assert.IsTrue(sim.Snapshot().IsLatched, "arming alone never clears a trip");

        mark = probe.Count;
        probe.Publish(bridge.Topics.LatchConfirmCommand, token.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Received confirmed = probe.WaitForNew(mark, bridge.Topics.Result, _ => true, Patience, "the confirm result");

        Assert.AreEqual("Accepted", confirmed.Json.GetProperty("result").GetString(), confirmed.Payload);
        Assert.IsFalse(sim.Snapshot().IsLatched, "the trip is cleared");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void CleanStop_ReturnsTheControllerToSoloAndMarksItOffline()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        using var probe = MqttProbe.Start(broker.Port);
        var bridge = new BridgeRun(BridgeRun.Options("stop"), BridgeRun.Broker(broker), sim.Connect);
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("host_link").GetString() == "CoOp", Patience, "Co-op while running");
        probe.Publish(bridge.Topics.ModeCommand, "heat");
        probe.WaitFor(bridge.Topics.State, m => m.Json.GetProperty("mode").GetString() == "heat", Patience, "host-raised heat");

        int code = bridge.Stop();

        Assert.AreEqual(0, code, bridge.Log);
        probe.WaitUntil(() => !sim.Snapshot().HostCoop, Patience, "the controller is back in Solo");
        probe.WaitUntil(() => sim.Snapshot().Mode == ControlMode.Off, Patience, "host-raised heat expired with Solo");
        probe.WaitFor(bridge.Topics.Availability, m => m.Payload == "offline", Patience, "offline after a clean stop");
        probe.WaitFor(bridge.Topics.Bridge, m => m.Json.GetProperty("state").GetString() == "stopped", Patience, "the bridge says it stopped");
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void Forget_ClearsEveryRetainedTopicOfTheDevice()
    {
        using var broker = MosquittoBroker.Start();
        using var sim = new LiveSim();
        var options = BridgeRun.Options("forget");
        using (var bridge = new BridgeRun(options, BridgeRun.Broker(broker), sim.Connect))
        using (var probe = MqttProbe.Start(broker.Port))
        {
            probe.WaitFor(bridge.Topics.State, _ => true, Patience, "running");
            Assert.AreEqual(0, bridge.Stop(), bridge.Log);
        }

        using (var before = MqttProbe.Start(broker.Port))
        {
            before.Flush(Patience);
            int retained = before.Messages.Count(m => m.Retained && m.Topic.Contains("forget", StringComparison.Ordinal));
            Assert.IsTrue(retained >= DiscoveryBuilder.Entities.Length + 3, $"the stopped bridge left its retained topics ({retained}) for forget to clear");
        }

        int code = DiscoveryRemover.Run(BridgeRun.Broker(broker), new TopicLayout(options), _ => { });

        Assert.AreEqual(0, code, "forget succeeds");
        using var fresh = MqttProbe.Start(broker.Port);
        fresh.Flush(Patience); // whatever the broker still retains for the device has arrived by now
        var left = fresh.Messages.Where(m => m.Retained && m.Topic.Contains("forget", StringComparison.Ordinal)).Select(m => m.Topic).ToList();
        Assert.AreEqual(0, left.Count, "retained topics left behind: " + string.Join(", ", left));
    }

    [TestMethod]
    [Timeout(120_000, CooperativeCancellation = true)]
    public void WrongPassword_BrokerRefuses_DaemonExits8AndLeavesCoop()
    {
        // An empty password file refuses every user, which is all this test needs (no mosquitto_passwd required).
        using var probeBroker = MosquittoBroker.Start("allow_anonymous false\npassword_file {dir}/passwd\n",
            dir => File.WriteAllText(Path.Combine(dir, "passwd"), ""));
        using var sim = new LiveSim();

        using var bridge = new BridgeRun(BridgeRun.Options("auth"), BridgeRun.Broker(probeBroker, new BrokerCredentials("furnace", "wrong")), sim.Connect);
        int code = bridge.WaitForExit(Patience);

        Assert.AreEqual((int)ExitCode.BrokerRefused, code, bridge.Log);
        StringAssert.Contains(bridge.Log, "NotAuthorized", "says why");
        var solo = Stopwatch.StartNew();
        while (sim.Snapshot().HostCoop && solo.Elapsed < Patience)
        {
            Thread.Sleep(20); // the control thread applies the Solo write in its next cycle
        }

        Assert.IsFalse(sim.Snapshot().HostCoop, "the controller is not left in Co-op by a daemon that gave up");
    }
}
