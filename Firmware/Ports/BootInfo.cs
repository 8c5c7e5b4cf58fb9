namespace FurnaceFw.Firmware.Ports
{
    /// <summary>What the board knows about why it started (watchdog scratch registers on the RP2040).</summary>
    public sealed class BootInfo
    {
        public BootInfo(int watchdogResetCount, bool lastResetByWatchdog, int resetsSinceHealthy)
        {
            WatchdogResetCount = watchdogResetCount;
            LastResetByWatchdog = lastResetByWatchdog;
            ResetsSinceHealthy = resetsSinceHealthy;
        }

        /// <summary>Watchdog resets since power-on.</summary>
        public int WatchdogResetCount { get; }

        public bool LastResetByWatchdog { get; }

        /// <summary>
        /// Watchdog resets in a row, none of them preceded by a healthy run (<see cref="IWatchdog.MarkHealthy"/>),
        /// including this boot's. Survives watchdog resets, cleared at power-on. SR-8 latches BootLoop when it reaches
        /// <c>safety.boot_loop_resets</c>.
        /// </summary>
        public int ResetsSinceHealthy { get; }
    }
}
