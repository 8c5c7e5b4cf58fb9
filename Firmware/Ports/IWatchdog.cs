namespace FurnaceFw.Firmware.Ports
{
    /// <summary>The hardware watchdog. Fed only at the end of a completed control cycle.</summary>
    public interface IWatchdog
    {
        void Feed();

        /// <summary>
        /// The firmware has run healthy long enough after boot (SR-8): clear the count of watchdog resets in a row
        /// (<see cref="BootInfo.ResetsSinceHealthy"/>), kept where a watchdog reset does not erase it (RP2040 scratch
        /// register). Called once per boot, from the control cycle.
        /// </summary>
        void MarkHealthy();
    }
}
