using System.Text;
using System.Text.Json;

namespace FurnaceFw.Mqtt;

/// <summary>
/// The retained JSON on ROOT/DEVICE/bridge: <c>{"state","message"[,"exit_code"],"firmware","protocol"}</c>. States:
/// starting, running, bus_error (retrying), stopped (clean stop, controller back in Solo), and the terminal ones the
/// daemon exits on: foreign, incompatible, not_supported, broker_refused.
/// </summary>
public static class BridgeStatusReport
{
    public static string Render(string state, string message, int? exitCode = null, string? firmware = null, string? protocol = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonText.Writer))
        {
            json.WriteStartObject();
            json.WriteString("state", state);
            json.WriteString("message", message);
            if (exitCode is int code)
            {
                json.WriteNumber("exit_code", code);
            }

            if (firmware != null)
            {
                json.WriteString("firmware", firmware);
            }

            if (protocol != null)
            {
                json.WriteString("protocol", protocol);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
