using FurnaceFw.Host;

namespace FurnaceFw.Mqtt;

/// <summary>Where the broker is: <c>mqtt://host[:1883]</c> (plain TCP) or <c>mqtts://host[:8883]</c> (TLS).</summary>
public sealed record BrokerEndpoint(string Host, int Port, bool UseTls)
{
    public const int DefaultPort = 1883;
    public const int DefaultTlsPort = 8883;

    public override string ToString() => $"{(UseTls ? "mqtts" : "mqtt")}://{Host}:{Port}";

    /// <summary>Parses a broker URI; anything else is a usage error that names the option and what was wrong.</summary>
    public static BrokerEndpoint Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new FurnaceException(ExitCode.Usage, "--broker is required, e.g. --broker mqtt://127.0.0.1:1883");
        }

        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out Uri? uri) || uri.Host.Length == 0)
        {
            throw new FurnaceException(ExitCode.Usage, $"--broker '{text}': expected mqtt://HOST[:PORT] or mqtts://HOST[:PORT]");
        }

        bool tls = uri.Scheme switch
        {
            "mqtt" => false,
            "mqtts" => true,
            _ => throw new FurnaceException(ExitCode.Usage, $"--broker '{text}': scheme '{uri.Scheme}' is not mqtt or mqtts"),
        };

        if (uri.UserInfo.Length > 0)
        {
            // A password in a URI ends up in `ps`, shell history and the unit file: refuse it outright.
            throw new FurnaceException(ExitCode.Usage,
                $"--broker: credentials in the URI are refused (they would show in the process list); use --credentials FILE or the environment (docs/mqtt.md)");
        }

        if (uri.AbsolutePath is not ("" or "/") || uri.Query.Length > 0)
        {
            throw new FurnaceException(ExitCode.Usage, $"--broker '{text}': a broker URI has no path or query");
        }

        int port = uri.IsDefaultPort || uri.Port < 0 ? (tls ? DefaultTlsPort : DefaultPort) : uri.Port;
        return new BrokerEndpoint(uri.Host, port, tls);
    }
}
