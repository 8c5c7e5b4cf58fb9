using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>
/// Reads the controller's diagnostics log through the I2C log window (protocol 1.2, Capability.Log): write
/// LogSelect with a PEC, then read the 64-byte window in one transaction. A controller without the capability gives
/// <see cref="ExitCode.NotSupported"/>; a selection beyond LogNewest is refused by the controller
/// (<see cref="ExitCode.CommandRejected"/>).
/// </summary>
public sealed class LogReader
{
    private const int WindowLength = RegisterAddress.LogEntryText + 40 - RegisterAddress.LogSelect;

    private readonly FurnaceClient _client;
    private readonly RegisterDefinition _select = RegisterMap.Find("LogSelect")!;

    public LogReader(FurnaceClient client)
    {
        _client = client;
    }

    /// <summary>Selects <paramref name="sequence"/> (0 = the oldest held) and reads it back with the counters.</summary>
    public LogEntryText Read(int sequence)
    {
        _client.Write(_select, sequence);
        byte[] w = _client.ReadBytes(RegisterAddress.LogSelect, WindowLength);
        int At(int address) => address - RegisterAddress.LogSelect;
        int length = Math.Min((int)w[At(RegisterAddress.LogEntryLength)], 40);
        return new LogEntryText(
            Selected: sequence,
            Sequence: RegisterCodec.Read(w, At(RegisterAddress.LogEntrySequence), 4, false),
            Newest: RegisterCodec.Read(w, At(RegisterAddress.LogNewest), 4, false),
            Dropped: RegisterCodec.Read(w, At(RegisterAddress.LogDropped), 2, false),
            Capacity: w[At(RegisterAddress.LogCapacity)],
            TimeMs: (uint)RegisterCodec.Read(w, At(RegisterAddress.LogEntryTime), 4, false),
            Level: (LogLevel)w[At(RegisterAddress.LogEntryLevel)],
            Text: RegisterFormatter.Ascii(w, At(RegisterAddress.LogEntryText), length));
    }

    /// <summary>The counters only (selects the oldest entry on the way).</summary>
    public LogEntryText Counters() => Read(0);
}
