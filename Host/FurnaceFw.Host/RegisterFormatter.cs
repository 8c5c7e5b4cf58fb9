using System.Globalization;
using System.Text;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>Turns raw register values into text and user text into raw values, per the register map.</summary>
public static class RegisterFormatter
{
    private static readonly Dictionary<string, Type> Enums = new(StringComparer.OrdinalIgnoreCase)
    {
        ["SensorStatus"] = typeof(SensorStatus),
        ["State"] = typeof(FurnaceState),
        ["LastReason"] = typeof(ReasonCode),
        ["LastCommandResult"] = typeof(CommandResult),
        ["HostLink"] = typeof(HostLinkMode),
        ["LastRejectReason"] = typeof(WriteRejectReason),
        ["Mode"] = typeof(ControlMode),
    };

    /// <summary>A value as a person reads it: "150.25 °C", "Heating", "0x0003 (OverTemperature|SensorFault)".</summary>
    public static string Format(RegisterDefinition register, int raw)
    {
        switch (register.Format)
        {
            case RegisterFormat.Enumeration:
                return EnumName(register.Name, raw);
            case RegisterFormat.Boolean:
                return raw == 0 ? "no" : "yes";
            case RegisterFormat.Hex:
                return "0x" + ((uint)raw).ToString(register.Width == 4 ? "X8" : register.Width == 2 ? "X4" : "X2", CultureInfo.InvariantCulture);
            case RegisterFormat.Version:
                return $"{(raw >> 24) & 0xFF}.{(raw >> 16) & 0xFF}.{(raw >> 8) & 0xFF}.{raw & 0xFF}";
            case RegisterFormat.Flags:
                return FlagsText(register.Name, raw);
            case RegisterFormat.ReasonList:
                return string.Join(",", Enumerable.Range(0, 4).Select(i => (raw >> (24 - 8 * i)) & 0xFF).Where(r => r != 0)
                    .Select(r => EnumName("LastReason", r)).DefaultIfEmpty("none"));
            default:
                string number = register.Scale == 1
                    ? (register.Width == 4 && !register.Signed ? ((uint)raw).ToString(CultureInfo.InvariantCulture) : raw.ToString(CultureInfo.InvariantCulture))
                    : (raw / (double)register.Scale).ToString("0.00", CultureInfo.InvariantCulture);
                return register.Unit.Length == 0 ? number : number + " " + register.Unit;
        }
    }

    /// <summary>A Text register's characters: printable ASCII up to the first zero byte (anything else shown as '?').</summary>
    public static string Ascii(byte[] bytes, int offset, int count)
    {
        var text = new StringBuilder(count);
        for (int i = offset; i < offset + count && i < bytes.Length && bytes[i] != 0; i++)
        {
            text.Append(bytes[i] is >= 0x20 and <= 0x7E ? (char)bytes[i] : '?');
        }

        return text.ToString();
    }

    /// <summary>Parses a value for a write: a number in the register's unit ("150", "150.25"), an enum name, or "raw:N".</summary>
    public static int Parse(RegisterDefinition register, string text)
    {
        text = text.Trim();
        if (text.StartsWith("raw:", StringComparison.OrdinalIgnoreCase) && int.TryParse(text[4..], out int rawValue))
        {
            return rawValue;
        }

        if (Enums.TryGetValue(register.Name, out Type? enumType) && Enum.TryParse(enumType, text, true, out object? named)
            && !int.TryParse(text, out _))
        {
            return Convert.ToInt32(named, CultureInfo.InvariantCulture);
        }

        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out decimal number))
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name}: '{text}' is not a number"
                + (enumType != null ? " or one of " + string.Join(", ", Enum.GetNames(enumType)) : ""));
        }

        decimal scaled = number * register.Scale;
        if (scaled != decimal.Truncate(scaled))
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name}: {text} is not a multiple of 1/{register.Scale} {register.Unit}");
        }

        if (scaled < register.Min || scaled > register.Max)
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name}: {text} is outside {Format(register, register.Min)} .. {Format(register, register.Max)}");
        }

        return (int)scaled;
    }

    private static string EnumName(string register, int raw)
    {
        if (Enums.TryGetValue(register, out Type? type) && Enum.IsDefined(type, Enum.ToObject(type, raw)))
        {
            return Enum.GetName(type, Enum.ToObject(type, raw))!;
        }

        return $"Unknown({raw})"; // a newer firmware may append values: show it, never fail
    }

    private static string FlagsText(string register, int raw)
    {
        Type? constants = register switch
        {
            "Faults" => typeof(FaultFlags),
            "BusErrors" => typeof(BusErrorFlags),
            _ => null,
        };
        var names = new List<string>();
        if (register == "Relays")
        {
            if ((raw & 1) != 0) names.Add("element");
            if ((raw & 2) != 0) names.Add("cutoff-closed");
        }
        else if (register == "Capabilities")
        {
            names.AddRange(typeof(Capability).GetFields().Where(f => (int)f.GetValue(null)! != 0 && (raw & (int)f.GetValue(null)!) != 0).Select(f => f.Name));
        }
        else if (constants != null)
        {
            names.AddRange(constants.GetFields().Where(f => f.IsLiteral && f.Name != "None" && f.Name != "LatchedMask")
                .Where(f => (raw & (int)f.GetValue(null)!) != 0).Select(f => f.Name));
        }

        string hex = "0x" + ((uint)raw).ToString("X", CultureInfo.InvariantCulture);
        return names.Count == 0 ? hex : $"{hex} ({string.Join("|", names)})";
    }
}
