namespace FurnaceFw.Host.Transport;

public enum BusFault
{
    /// <summary>The target did not acknowledge (absent, busy, or refusing).</summary>
    Nak,

    /// <summary>The transfer did not finish in time.</summary>
    Timeout,

    /// <summary>Any other I/O failure (adapter error, socket closed).</summary>
    IoError,
}

/// <summary>One failed bus transfer. Retried by <see cref="RetryingTransport"/>; surfaces as exit code BusError.</summary>
public sealed class BusException : IOException
{
    public BusException(BusFault fault, string message, Exception? inner = null)
        : base(message, inner)
    {
        Fault = fault;
    }

    public BusFault Fault { get; }
}
