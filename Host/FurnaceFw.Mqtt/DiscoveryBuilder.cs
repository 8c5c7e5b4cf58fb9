using System.Reflection;
using System.Text.Json.Nodes;
using FurnaceFw.Host;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt;

/// <summary>
/// Home Assistant MQTT discovery (https://www.home-assistant.io/integrations/mqtt/#mqtt-discovery): one retained config
/// per entity under PREFIX/COMPONENT/DEVICE/OBJECT/config, all tied to one device block. Every entity reads the one
/// state document, so Home Assistant never mixes values from two polls. An entity the controller cannot feed (its
/// capability bit is clear) gets an empty retained config instead, which removes it.
/// </summary>
public sealed class DiscoveryBuilder
{
    /// <summary>Every (component, object id) the bridge can announce: the complete list <see cref="Forget"/> clears.</summary>
    public static readonly (string Component, string ObjectId)[] Entities =
    {
        ("climate", "furnace"),
        ("sensor", "temperature"),
        ("sensor", "element_duty"),
        ("sensor", "watchdog_resets"),
        ("sensor", "sensor_status"),
        ("sensor", "state"),
        ("binary_sensor", "latched_trip"),
        ("binary_sensor", "element_relay"),
        ("binary_sensor", "cutoff_relay"),
        ("binary_sensor", "config_fault"),
    };

    private readonly TopicLayout _topics;

    public DiscoveryBuilder(TopicLayout topics) => _topics = topics;

    /// <summary>Retained configs for this controller; the climate's limits are the controller's own SetpointMin/Max.</summary>
    public IReadOnlyList<MqttMessage> Build(DeviceIdentity identity, FurnaceReading reading)
    {
        bool status = Offers(identity, "State");
        bool climate = status && Offers(identity, "Setpoint") && Offers(identity, "Mode") && Offers(identity, "SetpointMax");
        var messages = new List<MqttMessage>();
        foreach (var (component, objectId) in Entities)
        {
            JsonObject? config = (component, objectId) switch
            {
                ("climate", _) when climate => Climate(identity, reading),
                ("climate", _) => null,
                (_, "watchdog_resets") when status => Sensor(identity, objectId, "Watchdog resets", "{{ value_json.watchdog_resets }}",
                    extra: new JsonObject { ["state_class"] = "total_increasing", ["entity_category"] = "diagnostic", ["icon"] = "mdi:restart-alert" }),
                (_, "temperature") when status => Sensor(identity, objectId, "Temperature", "{{ value_json.temperature_c }}",
                    extra: new JsonObject
                    {
                        ["device_class"] = "temperature", ["unit_of_measurement"] = "°C", ["state_class"] = "measurement",
                        ["suggested_display_precision"] = 1,
                    },
                    validWhen: "value_json.temperature_c is not none"),
                (_, "element_duty") when status => Sensor(identity, objectId, "Element duty", "{{ value_json.element_duty_pct }}",
                    extra: new JsonObject { ["unit_of_measurement"] = "%", ["state_class"] = "measurement", ["icon"] = "mdi:percent" },
                    validWhen: "value_json.element_duty_pct is not none"),
                (_, "sensor_status") when status => Sensor(identity, objectId, "Sensor status", "{{ value_json.sensor_status }}",
                    extra: new JsonObject { ["entity_category"] = "diagnostic", ["icon"] = "mdi:thermometer-alert" }),
                (_, "state") when status => Sensor(identity, objectId, "State", "{{ value_json.state }}",
                    extra: new JsonObject { ["icon"] = "mdi:fireplace" }),
                (_, "latched_trip") when status => Binary(identity, objectId, "Latched trip", "latched", "problem"),
                (_, "element_relay") when status => Binary(identity, objectId, "Element relay", "element_on", "power"),
                (_, "cutoff_relay") when status => Binary(identity, objectId, "Cutoff relay closed", "cutoff_closed", null),
                (_, "config_fault") when status => Binary(identity, objectId, "Configuration fault", "config_fault", "problem"),
                _ => null,
            };
            messages.Add(new MqttMessage(_topics.Discovery(component, objectId), config?.ToJsonString(JsonText.Serializer) ?? "", Retain: true));
        }

        return messages;
    }

    /// <summary>Empty retained payloads for every entity and the bridge's own retained topics: Home Assistant removes the device.</summary>
    public IReadOnlyList<MqttMessage> Forget()
    {
        var messages = new List<MqttMessage>();
        foreach (var (component, objectId) in Entities)
        {
            messages.Add(new MqttMessage(_topics.Discovery(component, objectId), "", Retain: true));
        }

        messages.Add(new MqttMessage(_topics.State, "", Retain: true));
        messages.Add(new MqttMessage(_topics.Bridge, "", Retain: true));
        messages.Add(new MqttMessage(_topics.Availability, "", Retain: true));
        return messages;
    }

    private JsonObject Climate(DeviceIdentity identity, FurnaceReading reading)
    {
        JsonObject config = Common(identity, "furnace", "Furnace");
        config["modes"] = new JsonArray("off", "heat");
        config["mode_state_topic"] = _topics.State;
        config["mode_state_template"] = "{{ value_json.mode }}";
        config["mode_command_topic"] = _topics.ModeCommand;
        config["temperature_state_topic"] = _topics.State;
        config["temperature_state_template"] = "{{ value_json.setpoint_c }}";
        config["temperature_command_topic"] = _topics.SetpointCommand;
        config["current_temperature_topic"] = _topics.State;
        config["current_temperature_template"] = "{{ value_json.temperature_c }}";
        config["action_topic"] = _topics.State;
        config["action_template"] = "{{ value_json.action }}";
        // The controller's own limits: Home Assistant never offers a setpoint the controller would refuse.
        config["min_temp"] = Celsius(reading.SetpointMinQuarterC ?? RegisterMap.Find("Setpoint")!.Min);
        config["max_temp"] = Celsius(reading.SetpointMaxQuarterC ?? RegisterMap.Find("Setpoint")!.Max);
        config["temp_step"] = 0.5;
        config["precision"] = 0.1;
        config["temperature_unit"] = "C";
        config["optimistic"] = false;
        config["qos"] = 1;
        return config;
    }

    private JsonObject Sensor(DeviceIdentity identity, string objectId, string name, string valueTemplate, JsonObject extra, string? validWhen = null)
    {
        JsonObject config = Common(identity, objectId, name, validWhen);
        config["state_topic"] = _topics.State;
        config["value_template"] = valueTemplate;
        foreach (var (key, value) in extra.ToArray())
        {
            extra.Remove(key);
            config[key] = value;
        }

        return config;
    }

    private JsonObject Binary(DeviceIdentity identity, string objectId, string name, string field, string? deviceClass)
    {
        JsonObject config = Common(identity, objectId, name);
        config["state_topic"] = _topics.State;
        config["value_template"] = $"{{{{ 'ON' if value_json.{field} else 'OFF' }}}}";
        config["payload_on"] = "ON";
        config["payload_off"] = "OFF";
        if (deviceClass != null)
        {
            config["device_class"] = deviceClass;
        }

        if (objectId is "cutoff_relay" or "config_fault")
        {
            config["entity_category"] = "diagnostic";
        }

        return config;
    }

    /// <summary>
    /// What every entity carries: unique_id, the device block, the origin, and availability. With
    /// <paramref name="validWhen"/> the entity is also unavailable while the state says its value is not valid
    /// (a bad thermocouple makes the temperature "unavailable", not 0 °C).
    /// </summary>
    private JsonObject Common(DeviceIdentity identity, string objectId, string name, string? validWhen = null)
    {
        var availability = new JsonArray(new JsonObject { ["topic"] = _topics.Availability });
        if (validWhen != null)
        {
            availability.Add(new JsonObject
            {
                ["topic"] = _topics.State,
                ["value_template"] = $"{{{{ 'online' if {validWhen} else 'offline' }}}}",
            });
        }

        return new JsonObject
        {
            ["name"] = name,
            ["unique_id"] = $"furnacefw_{_topics.DeviceId}_{objectId}",
            ["availability"] = availability,
            ["availability_mode"] = "all",
            ["device"] = new JsonObject
            {
                ["identifiers"] = new JsonArray($"furnacefw_{_topics.DeviceId}"),
                ["name"] = $"Furnace {_topics.DeviceId}",
                ["manufacturer"] = "FurnaceFw",
                ["model"] = "FurnaceFw furnace controller",
                ["sw_version"] = $"{identity.FirmwareVersionText} (I2C protocol {identity.ProtocolMajor}.{identity.ProtocolMinor})",
            },
            ["origin"] = new JsonObject
            {
                ["name"] = "furnacectl mqtt",
                ["sw_version"] = typeof(DiscoveryBuilder).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0",
            },
        };
    }

    private static bool Offers(DeviceIdentity identity, string register) => identity.Supports(RegisterMap.Find(register)!);

    private static double Celsius(int quarterC) => quarterC / 4.0; // exact in binary: quarters are powers of two
}
