using System.Text;
using System.Text.Json;

namespace FurnaceFw.Mqtt;

/// <summary>
/// The retained JSON on ROOT/DEVICE/state (docs/mqtt.md). Field names carry their unit (_c, _pct, _s). A value that is
/// not valid is null, never a stale or made-up number. <see cref="ChangeKey"/> leaves out what moves every poll by
/// itself (uptime, cycle count, counters), so "publish on change" means a change of the furnace, not of the clock.
/// </summary>
public sealed class StateDocument
{
    private StateDocument(string json, string changeKey)
    {
        Json = json;
        ChangeKey = changeKey;
    }

    public string Json { get; }

    public string ChangeKey { get; }

    public static StateDocument Render(FurnaceReading r, double? dutyPercent, BridgeCounters counters)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonText.Writer))
        {
            json.WriteStartObject();
            WriteQuarterC(json, "temperature_c", r.TemperatureQuarterC);
            json.WriteString("sensor_status", r.SensorStatusText);
            json.WriteNumber("sensor_status_code", r.SensorStatusCode);
            json.WriteString("state", r.StateText);
            json.WriteNumber("state_code", r.StateCode);
            WriteStringOrNull(json, "mode", r.HvacMode);
            json.WriteString("action", r.HvacAction);
            WriteQuarterC(json, "setpoint_c", r.SetpointQuarterC);
            WriteQuarterC(json, "setpoint_min_c", r.SetpointMinQuarterC);
            WriteQuarterC(json, "setpoint_max_c", r.SetpointMaxQuarterC);
            json.WriteBoolean("element_on", r.ElementOn);
            json.WriteBoolean("cutoff_closed", r.CutoffClosed);
            if (dutyPercent is double duty)
            {
                json.WriteNumber("element_duty_pct", duty);
            }
            else
            {
                json.WriteNull("element_duty_pct");
            }

            json.WriteBoolean("latched", r.Latched);
            json.WriteBoolean("config_fault", r.ConfigFault);
            json.WriteNumber("faults", r.Faults);
            json.WriteStartArray("fault_names");
            foreach (string name in r.FaultNames)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
            json.WriteNumber("watchdog_resets", r.WatchdogResets);
            WriteStringOrNull(json, "host_link", r.HostLinkText);
            json.WriteString("last_reason", r.LastReasonText);
            json.WriteNumber("uptime_s", r.UptimeS);
            json.WriteNumber("cycle", r.CycleCount);
            json.WriteStartObject("bridge");
            json.WriteNumber("polls", counters.Polls);
            json.WriteNumber("bus_errors", counters.BusErrors);
            json.WriteNumber("broker_connects", counters.BrokerConnects);
            json.WriteNumber("dropped_results", counters.DroppedResults);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        return new StateDocument(Encoding.UTF8.GetString(stream.ToArray()), ChangeKeyOf(r, dutyPercent));
    }

    private static string ChangeKeyOf(FurnaceReading r, double? dutyPercent) =>
        string.Join('|', r.TemperatureQuarterC, r.SensorStatusCode, r.StateCode, r.ModeCode, r.SetpointQuarterC, r.SetpointMinQuarterC,
            r.SetpointMaxQuarterC, r.ElementOn, r.CutoffClosed, r.Latched, r.Faults, r.WatchdogResets, r.HostLinkCode, r.LastReasonCode,
            dutyPercent is double d ? Math.Round(d) : -1);

    private static void WriteQuarterC(Utf8JsonWriter json, string name, int? quarterC)
    {
        if (quarterC is int q)
        {
            json.WriteNumber(name, q / 4.0);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStringOrNull(Utf8JsonWriter json, string name, string? value)
    {
        if (value != null)
        {
            json.WriteString(name, value);
        }
        else
        {
            json.WriteNull(name);
        }
    }
}
