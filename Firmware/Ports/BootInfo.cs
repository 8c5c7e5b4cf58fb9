namespace FurnaceFw.Firmware.Ports
{
    /// <summary>What the board knows about why it started (watchdog scratch registers on the RP2040).</summary>
    public sealed class BootInfo
    {
        public BootInfo(int watchdogResetCount, bool lastResetByWatchdog)
        {
            WatchdogResetCount = watchdogResetCount;
            LastResetByWatchdog = lastResetByWatchdog;
        }

        public int WatchdogResetCount { get; }

        public bool LastResetByWatchdog { get; }
    }
}
