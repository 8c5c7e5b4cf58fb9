using System.Text.Json;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt.Tests;

[TestClass]
public sealed class FurnaceReadingTests
{
    [TestMethod]
    public void ValidReading_PublishesNumbersWithUnitsInTheirNames()
    {
        FurnaceReading reading = ReadingFactory.From(ReadingFactory.Image(s => { s.TemperatureQuarterC = 605; s.ElementOn = true; s.Mode = ControlMode.Heat; s.State = FurnaceState.Heating; }));
        JsonElement json = JsonDocument.Parse(StateDocument.Render(reading, 42.5, new BridgeCounters()).Json).RootElement;

        Assert.AreEqual(151.25, json.GetProperty("temperature_c").GetDouble(), "quarter °C to °C");
        Assert.AreEqual(180.0, json.GetProperty("setpoint_c").GetDouble());
        Assert.AreEqual("heating", json.GetProperty("action").GetString(), "element on");
        Assert.AreEqual("heat", json.GetProperty("mode").GetString());
        Assert.AreEqual(42.5, json.GetProperty("element_duty_pct").GetDouble());
    }

    [TestMethod]
    [DataRow(SensorStatus.OpenThermocouple)]
    [DataRow(SensorStatus.BusAllOnes)]
    [DataRow(SensorStatus.Stuck)]
    [DataRow(SensorStatus.NotReady)]
    public void InvalidSensor_TemperatureIsNullNeverANumber(SensorStatus status)
    {
        FurnaceReading reading = ReadingFactory.From(ReadingFactory.Image(s => { s.SensorStatus = status; s.TemperatureQuarterC = 0; }));
        JsonElement json = JsonDocument.Parse(StateDocument.Render(reading, null, new BridgeCounters()).Json).RootElement;

        Assert.AreEqual(JsonValueKind.Null, json.GetProperty("temperature_c").ValueKind, $"{status}: the 0 in the register is not a temperature");
        Assert.AreEqual(status.ToString(), json.GetProperty("sensor_status").GetString(), "the sensor state is published instead");
    }

    [TestMethod]
    [DataRow(-271 * 4)]
    [DataRow(1373 * 4)]
    public void TemperatureOutsideThePhysicalRange_IsNull(int quarterC)
    {
        byte[] image = ReadingFactory.Image();
        RegisterCodec.Write(image, RegisterAddress.Temperature, 2, quarterC);

        Assert.IsNull(ReadingFactory.From(image).TemperatureQuarterC, $"{quarterC / 4} °C with SensorStatus Ok is still not a reading");
    }

    [TestMethod]
    public void SetpointOutsideItsRegisterRange_IsNull()
    {
        byte[] image = ReadingFactory.Image();
        RegisterCodec.Write(image, RegisterAddress.Setpoint, 2, -4);
        RegisterCodec.Write(image, RegisterAddress.SetpointMax, 2, 0x7FFF);

        FurnaceReading reading = ReadingFactory.From(image);

        Assert.IsNull(reading.SetpointQuarterC, "a negative setpoint is outside 0..850 °C");
        Assert.IsNull(reading.SetpointMaxQuarterC, "so is 8191 °C");
    }

    [TestMethod]
    public void UnknownEnumValuesAndFaultBits_FromANewerFirmware_ShownByNumber()
    {
        byte[] image = ReadingFactory.Image();
        image[RegisterAddress.State] = 42;
        image[RegisterAddress.SensorStatus] = 99;
        image[RegisterAddress.LastReason] = 200;
        image[RegisterAddress.HostLink] = 7;
        image[RegisterAddress.Mode] = 9;
        RegisterCodec.Write(image, RegisterAddress.Faults, 2, 1 << 12);

        JsonElement json = JsonDocument.Parse(StateDocument.Render(ReadingFactory.From(image), null, new BridgeCounters()).Json).RootElement;

        Assert.AreEqual("Unknown(42)", json.GetProperty("state").GetString());
        Assert.AreEqual(42, json.GetProperty("state_code").GetInt32());
        Assert.AreEqual("Unknown(99)", json.GetProperty("sensor_status").GetString());
        Assert.AreEqual(JsonValueKind.Null, json.GetProperty("temperature_c").ValueKind, "an unknown sensor status is not Ok");
        Assert.AreEqual("Unknown(200)", json.GetProperty("last_reason").GetString());
        Assert.AreEqual("Unknown(7)", json.GetProperty("host_link").GetString());
        Assert.AreEqual(JsonValueKind.Null, json.GetProperty("mode").ValueKind, "an unknown mode is not offered to Home Assistant");
        Assert.AreEqual("Bit(12)", json.GetProperty("fault_names")[0].GetString());
    }

    [TestMethod]
    public void ChangeKey_IgnoresUptimeAndCounters_ButNotTheFurnace()
    {
        var counters = new BridgeCounters();
        StateDocument a = StateDocument.Render(ReadingFactory.From(ReadingFactory.Image(s => s.CycleCount = 10)), 10, counters);
        counters.Poll();
        StateDocument b = StateDocument.Render(ReadingFactory.From(ReadingFactory.Image(s => s.CycleCount = 14)), 10.2, counters);
        StateDocument c = StateDocument.Render(ReadingFactory.From(ReadingFactory.Image(s => s.TemperatureQuarterC = 601)), 10, counters);

        Assert.AreEqual(a.ChangeKey, b.ChangeKey, "cycles, polls and a 0.2 % duty wobble are not a change");
        Assert.AreNotEqual(a.ChangeKey, c.ChangeKey, "a quarter degree is");
        Assert.AreNotEqual(a.Json, b.Json, "the document itself still carries them");
    }

    [TestMethod]
    [DataRow(FurnaceState.Heating, ControlMode.Heat, false, "idle")]
    [DataRow(FurnaceState.Heating, ControlMode.Heat, true, "heating")]
    [DataRow(FurnaceState.Banking, ControlMode.Off, false, "idle")]
    [DataRow(FurnaceState.Idle, ControlMode.Off, false, "off")]
    [DataRow(FurnaceState.Tripped, ControlMode.Off, false, "off")]
    [DataRow(FurnaceState.ConfigFault, ControlMode.Off, false, "off")]
    public void HvacAction_FollowsTheElementAndTheDemand(FurnaceState state, ControlMode mode, bool element, string action)
    {
        FurnaceReading reading = ReadingFactory.From(ReadingFactory.Image(s => { s.State = state; s.Mode = mode; s.ElementOn = element; }));

        Assert.AreEqual(action, reading.HvacAction, $"{state}, {mode}, element {element}");
        CollectionAssert.Contains(HaDiscoverySchema.ClimateActions, reading.HvacAction, "a value Home Assistant accepts");
    }
}
