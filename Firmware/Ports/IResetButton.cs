namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// The latch-reset button at the furnace: a plain GPIO level, polled by the control cycle itself (no interrupt thread
    /// that could wedge). Debounce and long-press timing live in the firmware, not here.
    /// </summary>
    public interface IResetButton
    {
        /// <summary>The raw level, as pressed or not (polarity already applied). Reads memory only; never blocks.</summary>
        bool IsPressed { get; }
    }
}
