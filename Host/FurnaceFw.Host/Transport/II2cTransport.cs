namespace FurnaceFw.Host.Transport;

/// <summary>
/// Raw I2C transfers to one target address. Implementations throw <see cref="BusException"/> for a NAK, an I/O
/// error or a timeout, never anything else, and never block longer than their timeout.
/// </summary>
public interface II2cTransport : IDisposable
{
    /// <summary>Where the bytes go, for messages ("/dev/i2c-1 @ 0x5E", "sim 127.0.0.1:7455 @ 0x5E").</summary>
    string Description { get; }

    void Write(ReadOnlySpan<byte> data);

    void Read(Span<byte> buffer);

    /// <summary>Write then read with a repeated start (one combined transfer).</summary>
    void WriteRead(ReadOnlySpan<byte> write, Span<byte> read);
}
