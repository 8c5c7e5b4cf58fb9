namespace FurnaceFw.Mqtt;

/// <summary>The broker said no in a way retrying cannot fix (bad credentials, not authorized, certificate rejected).</summary>
public sealed class BrokerRefusedException : Exception
{
    public BrokerRefusedException(string message, Exception? inner = null)
        : base(message, inner)
    {
    }
}
