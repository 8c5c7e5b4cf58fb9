using System.Text;
using FurnaceFw.Host;

namespace FurnaceFw.Mqtt;

/// <summary>
/// The furnace's id on the broker. The identity block has no serial number, so the default is derived from where the
/// controller is: host name, bus and address ("boiler-pi-i2c1-5e"). That is stable across restarts and firmware
/// upgrades, unique on a broker shared by many hosts, and stays with the furnace a host serves (a replaced board on
/// the same bus keeps its Home Assistant entities). <c>--device-id</c> overrides it.
/// </summary>
public static class DeviceName
{
    public const int MaxLength = 64;

    /// <summary>The default id for a controller on Linux bus <paramref name="bus"/> or the simulator's port.</summary>
    public static string Derive(string hostName, string where, int address) =>
        Sanitize($"{hostName}-{where}-{address:x2}");

    /// <summary>Checks a user-given id: only [a-zA-Z0-9_-] (Home Assistant's object_id alphabet, safe in any topic).</summary>
    public static string Validate(string id)
    {
        if (id.Length == 0 || id.Length > MaxLength)
        {
            throw new FurnaceException(ExitCode.Usage, $"--device-id '{id}': use 1..{MaxLength} characters");
        }

        foreach (char c in id)
        {
            if (!IsAllowed(c))
            {
                throw new FurnaceException(ExitCode.Usage, $"--device-id '{id}': '{c}' is not allowed; use letters, digits, '_' and '-'");
            }
        }

        return id;
    }

    private static string Sanitize(string text)
    {
        var id = new StringBuilder(text.Length);
        foreach (char c in text.ToLowerInvariant())
        {
            id.Append(IsAllowed(c) ? c : '-');
        }

        string result = id.ToString().Trim('-');
        return result.Length > MaxLength ? result[..MaxLength] : result.Length == 0 ? "furnace" : result;
    }

    private static bool IsAllowed(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-';
}
