using FurnaceFw.Host;

namespace FurnaceFw.Mqtt;

/// <summary>
/// Broker user and password, never from the command line (it shows in <c>ps</c>): from a file given with
/// <c>--credentials FILE</c> (lines <c>username=...</c> and <c>password=...</c>, e.g. a systemd LoadCredential file), or from
/// the environment variables <see cref="UserVariable"/> and <see cref="PasswordVariable"/>. No credentials means anonymous.
/// </summary>
public sealed record BrokerCredentials(string Username, string Password)
{
    public const string UserVariable = "FURNACECTL_MQTT_USERNAME";
    public const string PasswordVariable = "FURNACECTL_MQTT_PASSWORD";

    /// <summary>Credentials from <paramref name="file"/> if given, else the environment; null when neither names a user.</summary>
    public static BrokerCredentials? Load(string? file, Func<string, string?> environment)
    {
        if (file != null)
        {
            return FromFile(file);
        }

        string? user = environment(UserVariable);
        string? password = environment(PasswordVariable);
        if (string.IsNullOrEmpty(user))
        {
            if (!string.IsNullOrEmpty(password))
            {
                throw new FurnaceException(ExitCode.Usage, $"{PasswordVariable} is set but {UserVariable} is not");
            }

            return null;
        }

        return new BrokerCredentials(user, password ?? "");
    }

    private static BrokerCredentials FromFile(string file)
    {
        string[] lines;
        try
        {
            lines = File.ReadAllLines(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FurnaceException(ExitCode.Usage, $"--credentials {file}: cannot read it: {e.Message}", e);
        }

        string? user = null;
        string? password = null;
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            int eq = line.IndexOf('=');
            string key = eq > 0 ? line[..eq].Trim() : "";
            string value = eq > 0 ? line[(eq + 1)..].Trim() : "";
            switch (key)
            {
                case "username":
                    user = value;
                    break;
                case "password":
                    password = value;
                    break;
                default:
                    // Name the line, never echo it: it may be a password with a typo in front of it.
                    throw new FurnaceException(ExitCode.Usage, $"--credentials {file}:{i + 1}: expected 'username=...' or 'password=...'");
            }
        }

        if (string.IsNullOrEmpty(user))
        {
            throw new FurnaceException(ExitCode.Usage, $"--credentials {file}: no 'username=' line");
        }

        return new BrokerCredentials(user, password ?? "");
    }
}
