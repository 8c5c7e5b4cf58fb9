using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board.Esp32
{
    /// <summary>
    /// HONEST GAP: nanoFramework has no managed watchdog API on any target, and the ESP32 build's native
    /// Watchdog_Reset is a weak no-op with the IDF task watchdog off (CONFIG_ESP_TASK_WDT_INIT=n). The project's
    /// native watchdog exists only for the RP2040. So on the ESP32 a wedged control loop is NOT reset by hardware;
    /// the relays still de-energize on every cycle exception, but a hung thread would hold the last output.
    /// Mitigation for ESP32 installations: an external watchdog IC or a relay board with its own timeout.
    /// See docs/device.md ("Watchdog").
    /// </summary>
    public sealed class NoManagedWatchdog : IWatchdog
    {
        public void Feed()
        {
        }

        /// <summary>No scratch register survives a reset here: the boot-loop count stays 0 (docs/device.md).</summary>
        public void MarkHealthy()
        {
        }
    }
}
