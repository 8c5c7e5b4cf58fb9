using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-8 Boot loop.
    /// <para>Hazard: a wedge that survives reboots (a hung bus, a corrupt file read at start-up, a driver bug). The
    /// watchdog resets the board each time with the relays safe, but forever, with nothing to say so: the furnace is
    /// silently out of service and the fault is forgotten at the next power cut.</para>
    /// <para>Detection: the board counts watchdog resets in a row that were not preceded by a healthy run
    /// (<see cref="BootInfo.ResetsSinceHealthy"/>, kept in a watchdog scratch register on the RP2040). At boot, a count
    /// of <c>safety.boot_loop_resets</c> (3) or more is a boot loop. A run of <c>safety.boot_healthy_s</c> (600 s) counts
    /// as healthy and clears the count (<see cref="IWatchdog.MarkHealthy"/>).</para>
    /// <para>Action: latched BootLoop, persisted like a trip: element off, cutoff open, until a latch reset.</para>
    /// <para>Source: Klipper's MCU shutdown that persists until FIRMWARE_RESTART; IEC 60730 Class B practice of
    /// treating repeated watchdog recovery as a fault rather than as normal operation.</para>
    /// </summary>
    public sealed class BootLoopGuard
    {
        private readonly int _resetLimit;
        private readonly long _healthyAfterMs;
        private readonly long _bootMs;
        private bool _markedHealthy;

        public BootLoopGuard(int resetLimit, long healthyAfterMs, long bootMs)
        {
            _resetLimit = resetLimit;
            _healthyAfterMs = healthyAfterMs;
            _bootMs = bootMs;
        }

        public bool IsBootLoop(BootInfo bootInfo) => bootInfo.ResetsSinceHealthy >= _resetLimit;

        /// <summary>Once per cycle: after a healthy run, clears the board's count of resets in a row (once per boot).</summary>
        public void NoteCycle(long nowMs, IWatchdog watchdog)
        {
            if (!_markedHealthy && nowMs - _bootMs >= _healthyAfterMs)
            {
                _markedHealthy = true;
                watchdog.MarkHealthy();
            }
        }
    }
}
