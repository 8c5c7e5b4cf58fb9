using System.Text;
using System.Text.Json;

namespace FurnaceFw.Mqtt;

/// <summary>
/// The JSON on ROOT/DEVICE/result for every command: <c>{"command","ok","result","message"[,"token"]}</c>. "result" is
/// the controller's own CommandResult (or the bank's reject reason, "Unknown(N)" for a value from a newer firmware), or
/// "BadRequest" / "Busy" / "BusError" when the bridge could not deliver it.
/// </summary>
public static class CommandReport
{
    public static string Render(string command, bool ok, string result, string message, int? token = null)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, JsonText.Writer))
        {
            json.WriteStartObject();
            json.WriteString("command", command);
            json.WriteBoolean("ok", ok);
            json.WriteString("result", result);
            json.WriteString("message", message);
            if (token is int t)
            {
                json.WriteNumber("token", t);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
