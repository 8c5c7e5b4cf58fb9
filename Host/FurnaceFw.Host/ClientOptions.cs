namespace FurnaceFw.Host;

/// <summary>How a <see cref="FurnaceClient"/> talks to the bus.</summary>
public sealed record ClientOptions
{
    /// <summary>7-bit address of the controller (default <see cref="Protocol.I2c.RegisterMap.DefaultAddress"/>).</summary>
    public int Address { get; init; } = Protocol.I2c.RegisterMap.DefaultAddress;

    /// <summary>Pointer write and read as two transactions (ESP32 targets) instead of one combined transfer.</summary>
    public bool SeparateTransactions { get; init; }

    /// <summary>How long the control thread may take to process a command (it runs every 250 ms by default).</summary>
    public TimeSpan CommandAckTimeout { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>Poll interval while waiting for a command acknowledgement.</summary>
    public TimeSpan PollInterval { get; init; } = TimeSpan.FromMilliseconds(50);
}
