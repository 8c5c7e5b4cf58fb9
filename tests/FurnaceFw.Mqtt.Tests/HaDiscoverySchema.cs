using System.Text.Json;
using System.Text.RegularExpressions;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>
/// What Home Assistant requires of an MQTT discovery config, per entity type, as its documentation states it. Each rule
/// names its source; <see cref="Validate"/> returns every violation so a failing test lists them all.
/// Sources (read 2026-12 through the project's search tool):
/// - Discovery topic and payload, device block, availability: https://www.home-assistant.io/integrations/mqtt/
///   ("&lt;discovery_prefix&gt;/&lt;component&gt;/[&lt;node_id&gt;/]&lt;object_id&gt;/config"; node_id and object_id only
///   [a-zA-Z0-9_-]; the device block "only works through MQTT discovery and when unique_id is set"; "at least one of
///   identifiers or connections must be present to identify the device"; availability_mode all|any|latest).
/// - climate: https://www.home-assistant.io/integrations/climate.mqtt/ (modes "needs to be a subset of" auto, off, cool,
///   heat, dry, fan_only; action values off, heating, cooling, drying, idle, fan; precision 0.1, 0.5 or 1.0;
///   temperature_unit C or F; min_temp/max_temp floats).
/// - sensor: https://www.home-assistant.io/integrations/sensor.mqtt/ and the device/state classes of
///   https://www.home-assistant.io/integrations/sensor/ (temperature in °C, °F or K; state_class measurement, total,
///   total_increasing).
/// - binary_sensor: https://www.home-assistant.io/integrations/binary_sensor.mqtt/ (state_topic; payload_on/off default
///   ON/OFF) and the device classes of https://www.home-assistant.io/integrations/binary_sensor/#device-class.
/// - entity_category config|diagnostic: https://developers.home-assistant.io/docs/core/entity/#generic-properties.
/// </summary>
public static class HaDiscoverySchema
{
    public static readonly string[] ClimateModes = { "auto", "off", "cool", "heat", "dry", "fan_only" };
    public static readonly string[] ClimateActions = { "off", "heating", "cooling", "drying", "idle", "fan" };
    public static readonly double[] ClimatePrecisions = { 0.1, 0.5, 1.0 };
    public static readonly string[] StateClasses = { "measurement", "total", "total_increasing" };
    public static readonly string[] TemperatureUnits = { "°C", "°F", "K" };

    public static readonly string[] BinarySensorClasses =
    {
        "battery", "battery_charging", "carbon_monoxide", "cold", "connectivity", "door", "garage_door", "gas", "heat", "light", "lock",
        "moisture", "motion", "moving", "occupancy", "opening", "plug", "power", "presence", "problem", "running", "safety", "smoke",
        "sound", "tamper", "update", "vibration", "window",
    };

    private static readonly Regex TopicId = new("^[a-zA-Z0-9_-]+$");
    private static readonly Regex ValueJsonField = new(@"value_json\.([a-z_]+)");

    /// <summary>Checks one config published on <paramref name="topic"/>; <paramref name="state"/> is a state document the
    /// templates read from (every field a template names must exist in it).</summary>
    public static List<string> Validate(string topic, JsonElement config, JsonElement state, string discoveryPrefix = "homeassistant")
    {
        var errors = new List<string>();
        string[] levels = topic.Split('/');
        if (levels.Length is not (4 or 5) || levels[0] != discoveryPrefix || levels[^1] != "config")
        {
            errors.Add($"{topic}: not <prefix>/<component>/[<node_id>/]<object_id>/config");
            return errors;
        }

        string component = levels[1];
        foreach (string id in levels[2..^1])
        {
            Check(errors, TopicId.IsMatch(id), $"{topic}: '{id}' has characters outside [a-zA-Z0-9_-]");
        }

        Check(errors, config.ValueKind == JsonValueKind.Object, $"{topic}: payload is not a JSON object");
        if (errors.Count > 0)
        {
            return errors;
        }

        Common(errors, topic, config);
        switch (component)
        {
            case "climate":
                Climate(errors, topic, config, state);
                break;
            case "sensor":
                Sensor(errors, topic, config);
                break;
            case "binary_sensor":
                Binary(errors, topic, config);
                break;
            default:
                errors.Add($"{topic}: component '{component}' is not one this schema knows");
                break;
        }

        // Every template reads fields that the state document has.
        foreach (JsonProperty property in config.EnumerateObject().Where(p => p.Name.EndsWith("template", StringComparison.Ordinal)))
        {
            foreach (Match m in ValueJsonField.Matches(property.Value.GetString() ?? ""))
            {
                Check(errors, state.TryGetProperty(m.Groups[1].Value, out _), $"{topic}: {property.Name} reads value_json.{m.Groups[1].Value}, which the state lacks");
            }
        }

        return errors;
    }

    private static void Common(List<string> errors, string topic, JsonElement config)
    {
        Check(errors, Str(config, "unique_id") is { Length: > 0 }, $"{topic}: unique_id is required for the device registry");
        if (config.TryGetProperty("device", out JsonElement device))
        {
            bool ids = device.TryGetProperty("identifiers", out JsonElement identifiers)
                && (identifiers.ValueKind == JsonValueKind.String || (identifiers.ValueKind == JsonValueKind.Array && identifiers.GetArrayLength() > 0));
            bool connections = device.TryGetProperty("connections", out JsonElement c) && c.ValueKind == JsonValueKind.Array && c.GetArrayLength() > 0;
            Check(errors, ids || connections, $"{topic}: device needs identifiers or connections");
        }
        else
        {
            errors.Add($"{topic}: no device block (the furnace would not group its entities)");
        }

        Check(errors, !(config.TryGetProperty("availability", out _) && config.TryGetProperty("availability_topic", out _)),
            $"{topic}: availability and availability_topic must not be used together");
        if (config.TryGetProperty("availability", out JsonElement availability))
        {
            foreach (JsonElement entry in availability.EnumerateArray())
            {
                Check(errors, PublishTopic(Str(entry, "topic")), $"{topic}: an availability entry needs a topic without wildcards");
            }
        }

        if (Str(config, "availability_mode") is string mode)
        {
            Check(errors, mode is "all" or "any" or "latest", $"{topic}: availability_mode '{mode}'");
        }

        if (Str(config, "entity_category") is string category)
        {
            Check(errors, category is "config" or "diagnostic", $"{topic}: entity_category '{category}'");
        }

        foreach (JsonProperty property in config.EnumerateObject().Where(p => p.Name.EndsWith("_topic", StringComparison.Ordinal)))
        {
            Check(errors, PublishTopic(property.Value.GetString()), $"{topic}: {property.Name} '{property.Value}' is not a valid topic");
        }
    }

    private static void Climate(List<string> errors, string topic, JsonElement config, JsonElement state)
    {
        string[] modes = config.TryGetProperty("modes", out JsonElement m) ? m.EnumerateArray().Select(e => e.GetString()!).ToArray() : ClimateModes;
        Check(errors, modes.All(ClimateModes.Contains), $"{topic}: modes {string.Join(",", modes)} are not a subset of {string.Join(",", ClimateModes)}");
        if (config.TryGetProperty("precision", out JsonElement precision))
        {
            Check(errors, ClimatePrecisions.Contains(precision.GetDouble()), $"{topic}: precision {precision}");
        }

        if (Str(config, "temperature_unit") is string unit)
        {
            Check(errors, unit is "C" or "F", $"{topic}: temperature_unit '{unit}'");
        }

        bool limits = config.TryGetProperty("min_temp", out JsonElement min) & config.TryGetProperty("max_temp", out JsonElement max);
        Check(errors, limits && min.ValueKind == JsonValueKind.Number && max.ValueKind == JsonValueKind.Number && min.GetDouble() < max.GetDouble(),
            $"{topic}: min_temp/max_temp must be numbers with min < max (the controller's own limits)");
        Check(errors, config.TryGetProperty("temperature_command_topic", out _) && config.TryGetProperty("mode_command_topic", out _),
            $"{topic}: a thermostat needs temperature_command_topic and mode_command_topic");

        // What the state actually carries for the templates must be values Home Assistant accepts.
        if (state.TryGetProperty("mode", out JsonElement stateMode) && stateMode.ValueKind == JsonValueKind.String)
        {
            Check(errors, modes.Contains(stateMode.GetString()), $"{topic}: state mode '{stateMode}' is not in modes");
        }

        if (state.TryGetProperty("action", out JsonElement action))
        {
            Check(errors, ClimateActions.Contains(action.GetString()), $"{topic}: state action '{action}' is not a climate action");
        }
    }

    private static void Sensor(List<string> errors, string topic, JsonElement config)
    {
        Check(errors, config.TryGetProperty("state_topic", out _), $"{topic}: sensor needs state_topic");
        if (Str(config, "state_class") is string stateClass)
        {
            Check(errors, StateClasses.Contains(stateClass), $"{topic}: state_class '{stateClass}'");
        }

        if (Str(config, "device_class") == "temperature")
        {
            Check(errors, TemperatureUnits.Contains(Str(config, "unit_of_measurement")), $"{topic}: a temperature sensor needs unit °C, °F or K");
        }

        if (Str(config, "device_class") == "enum")
        {
            errors.Add($"{topic}: device_class enum would reject unknown values from a newer firmware");
        }
    }

    private static void Binary(List<string> errors, string topic, JsonElement config)
    {
        Check(errors, config.TryGetProperty("state_topic", out _), $"{topic}: binary_sensor needs state_topic");
        if (Str(config, "device_class") is string deviceClass)
        {
            Check(errors, BinarySensorClasses.Contains(deviceClass), $"{topic}: binary_sensor device_class '{deviceClass}'");
        }

        string on = Str(config, "payload_on") ?? "ON";
        string off = Str(config, "payload_off") ?? "OFF";
        string template = Str(config, "value_template") ?? "";
        Check(errors, template.Contains($"'{on}'") && template.Contains($"'{off}'"), $"{topic}: value_template must render payload_on/payload_off");
    }

    private static bool PublishTopic(string? topic) =>
        !string.IsNullOrEmpty(topic) && topic.IndexOfAny(new[] { '+', '#' }) < 0 && !topic.Contains("//") && !topic.StartsWith('/');

    private static string? Str(JsonElement element, string name) =>
        element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static void Check(List<string> errors, bool ok, string error)
    {
        if (!ok)
        {
            errors.Add(error);
        }
    }
}
