using FurnaceFw.Protocol;

namespace FurnaceFw.Host;

/// <summary>One entry of the controller's diagnostics log as read over I2C, with the ring's counters at that moment.</summary>
/// <param name="Selected">The sequence number asked for.</param>
/// <param name="Sequence">The entry shown; 0 when the selected entry is no longer (or not yet) held.</param>
/// <param name="Newest">LogNewest: the newest sequence number (0 = no entry yet).</param>
/// <param name="Dropped">LogDropped: entries overwritten since boot.</param>
public sealed record LogEntryText(int Selected, int Sequence, int Newest, int Dropped, int Capacity, uint TimeMs, LogLevel Level, string Text)
{
    /// <summary>The oldest entry the controller still holds.</summary>
    public int Oldest => Newest == 0 ? 0 : Math.Max(1, Newest - Capacity + 1);

    public bool Held => Sequence != 0 && Sequence == Selected;

    /// <summary>"#12  0:01:23.456  ERROR    text".</summary>
    public string Format()
    {
        var time = TimeSpan.FromMilliseconds(TimeMs);
        string level = Level switch
        {
            LogLevel.Info => "info",
            LogLevel.Warning => "WARNING",
            LogLevel.Error => "ERROR",
            _ => $"level{(int)Level}", // a newer firmware's level, shown by number
        };
        return $"#{Sequence,-5} {(int)time.TotalHours}:{time.Minutes:00}:{time.Seconds:00}.{time.Milliseconds:000}  {level,-8} {Text}";
    }
}
