using FurnaceFw.Device.Rp2040;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>The RP2040 hardware watchdog through the project's native interop (Native/src/watchdog.c). Fed only by
    /// the control cycle; the nanoCLR cannot feed it (docs/native-interop.md).</summary>
    public sealed class Rp2040Watchdog : IWatchdog
    {
        /// <summary>Arms the watchdog at the start of boot, before the board object exists.</summary>
        public static void ArmForBoot(int timeoutMs) => NativeWatchdog.Enable(timeoutMs);

        public void Enable(int timeoutMs) => NativeWatchdog.Enable(timeoutMs);

        public void Feed() => NativeWatchdog.Feed();

        /// <summary>SR-8: the firmware ran healthy; clears the resets-in-a-row count in WATCHDOG SCRATCH3.</summary>
        public void MarkHealthy() => NativeWatchdog.MarkHealthy();

        /// <summary>
        /// Reset counters kept in WATCHDOG SCRATCH registers: they survive a watchdog reset and are cleared at power-on.
        /// ResetsSinceHealthy counts watchdog timeouts in a row without a healthy run (SR-8's boot-loop evidence).
        /// </summary>
        public static BootInfo ReadBootInfo() =>
            new BootInfo(NativeWatchdog.ResetCount, NativeWatchdog.ReadResetReason() == ResetReason.Watchdog, NativeWatchdog.ResetsSinceHealthy);
    }
}
