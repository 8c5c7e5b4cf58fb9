using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using FurnaceFw.Host;

namespace FurnaceFw.Mqtt;

/// <summary>How to reach the broker: endpoint, optional credentials, optional CA file for mqtts://.</summary>
public sealed record BrokerSettings(BrokerEndpoint Endpoint, BrokerCredentials? Credentials, string? CaFile)
{
    /// <summary>How often the client pings; the broker publishes the Last Will about 1.5 x this after the bridge vanishes.</summary>
    public TimeSpan KeepAlive { get; init; } = TimeSpan.FromSeconds(15);

    /// <summary>Limit for connect, subscribe and each publish acknowledgement.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>Loads the CA certificates (PEM) that must sign the broker's certificate; checked at start-up, not at first connect.</summary>
    public X509Certificate2Collection? LoadCa()
    {
        if (CaFile == null)
        {
            return null;
        }

        if (!Endpoint.UseTls)
        {
            throw new FurnaceException(ExitCode.Usage, "--ca-file needs an mqtts:// broker");
        }

        var collection = new X509Certificate2Collection();
        try
        {
            collection.ImportFromPemFile(CaFile);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CryptographicException)
        {
            throw new FurnaceException(ExitCode.Usage, $"--ca-file {CaFile}: not a readable PEM certificate file: {e.Message}", e);
        }

        if (collection.Count == 0)
        {
            throw new FurnaceException(ExitCode.Usage, $"--ca-file {CaFile}: no certificate in it");
        }

        return collection;
    }
}
