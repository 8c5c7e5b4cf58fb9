namespace FurnaceFw.Device.Rp2040
{
    /// <summary>
    /// Why the RP2040 last reset, decoded from the WATCHDOG REASON register
    /// (RP2040 datasheet §4.7.6).
    /// </summary>
    /// <remarks>
    /// wire-stable: equals <c>furnace_reset_reason_t</c> in Native/src/watchdog.h; never renumber.
    /// </remarks>
    public enum ResetReason
    {
        /// <summary>Neither REASON bit set: power-on, brown-out or RUN-pin reset.</summary>
        PowerOn = 0,

        /// <summary>REASON.TIMER: the watchdog counted down to zero (not fed in time).</summary>
        Watchdog = 1,

        /// <summary>REASON.FORCE: the watchdog was triggered on purpose (CTRL.TRIGGER).</summary>
        Forced = 2
    }
}
