using System.Globalization;
using System.Text;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt;

/// <summary>
/// Turns a message on ROOT/DEVICE/set/... into a <see cref="BridgeCommand"/>, or into an error that names the topic,
/// the payload and what was wrong. A command that fails here never reaches the bus, so it changes nothing.
/// <list type="bullet">
/// <item><c>set/setpoint</c>: °C as a plain number ("150", "150.5"), a multiple of 0.25, within the controller's own
/// SetpointMin..SetpointMax.</item>
/// <item><c>set/mode</c>: "heat" or "off" (Home Assistant's HVAC modes).</item>
/// <item><c>set/latch_reset/arm</c>: a token 1..65535, or empty for a random one (reported on the result topic).</item>
/// <item><c>set/latch_reset/confirm</c>: the same token. The controller checks it; the bridge never confirms by itself.</item>
/// </list>
/// </summary>
public static class CommandParser
{
    public const int MaxPayloadBytes = 64;

    /// <summary>Parses one command. <paramref name="reading"/> supplies the live setpoint limits (null before the first poll).</summary>
    public static bool TryParse(string commandName, ReadOnlySpan<byte> payloadBytes, FurnaceReading? reading, Func<int> randomToken,
        out BridgeCommand? command, out string error)
    {
        command = null;
        error = "";
        if (payloadBytes.Length > MaxPayloadBytes)
        {
            error = $"set/{commandName}: payload of {payloadBytes.Length} bytes is longer than {MaxPayloadBytes}";
            return false;
        }

        string payload;
        try
        {
            payload = new UTF8Encoding(false, true).GetString(payloadBytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            error = $"set/{commandName}: payload is not UTF-8 text";
            return false;
        }

        switch (commandName)
        {
            case "setpoint":
                return Setpoint(payload, reading, out command, out error);
            case "mode":
                return Mode(payload, out command, out error);
            case "latch_reset/arm":
                if (payload.Length == 0)
                {
                    command = new BridgeCommand(CommandKind.LatchResetArm, randomToken(), payload);
                    return true;
                }

                return Token(CommandKind.LatchResetArm, payload, out command, out error);
            case "latch_reset/confirm":
                return Token(CommandKind.LatchResetConfirm, payload, out command, out error);
            default:
                error = $"set/{commandName}: unknown command; known: set/setpoint, set/mode, set/latch_reset/arm, set/latch_reset/confirm";
                return false;
        }
    }

    private static bool Setpoint(string payload, FurnaceReading? reading, out BridgeCommand? command, out string error)
    {
        command = null;
        if (!decimal.TryParse(payload, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture,
                out decimal celsius))
        {
            error = $"set/setpoint: '{Shown(payload)}' is not a temperature in °C (e.g. 150 or 150.5)";
            return false;
        }

        decimal quarters = celsius * 4;
        if (quarters != decimal.Truncate(quarters))
        {
            error = $"set/setpoint: {payload} °C is not a multiple of 0.25 °C";
            return false;
        }

        RegisterDefinition register = RegisterMap.Find("Setpoint")!;
        int min = reading?.SetpointMinQuarterC ?? register.Min;
        int max = reading?.SetpointMaxQuarterC ?? register.Max;
        if (quarters < min || quarters > max)
        {
            error = $"set/setpoint: {payload} °C is outside this controller's range {min / 4.0:0.##}..{max / 4.0:0.##} °C";
            return false;
        }

        command = new BridgeCommand(CommandKind.Setpoint, (int)quarters, payload);
        error = "";
        return true;
    }

    private static bool Mode(string payload, out BridgeCommand? command, out string error)
    {
        command = null;
        error = "";
        switch (payload.ToLowerInvariant())
        {
            case "heat":
                command = new BridgeCommand(CommandKind.Mode, (int)ControlMode.Heat, payload);
                return true;
            case "off":
                command = new BridgeCommand(CommandKind.Mode, (int)ControlMode.Off, payload);
                return true;
            default:
                error = $"set/mode: '{Shown(payload)}' is not a mode; use heat or off";
                return false;
        }
    }

    private static bool Token(CommandKind kind, string payload, out BridgeCommand? command, out string error)
    {
        command = null;
        error = "";
        string name = kind == CommandKind.LatchResetArm ? "latch_reset/arm" : "latch_reset/confirm";
        if (!int.TryParse(payload, NumberStyles.None, CultureInfo.InvariantCulture, out int token) || token < 1 || token > 65535)
        {
            error = $"set/{name}: '{Shown(payload)}' is not a token 1..65535"
                + (kind == CommandKind.LatchResetConfirm ? " (send the token the arm result reported)" : "");
            return false;
        }

        command = new BridgeCommand(kind, token, payload);
        return true;
    }

    /// <summary>Echoes a payload safely in an error: control characters replaced, at most 32 characters.</summary>
    private static string Shown(string payload)
    {
        var shown = new StringBuilder();
        foreach (char c in payload.Length > 32 ? payload[..32] : payload)
        {
            shown.Append(char.IsControl(c) ? '?' : c);
        }

        return payload.Length > 32 ? shown + "..." : shown.ToString();
    }
}
