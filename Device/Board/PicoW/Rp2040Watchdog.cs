using FurnaceFw.Device.Rp2040;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>The RP2040 hardware watchdog through the project's native interop (Native/src/watchdog.c). Fed only by
    /// the control cycle; the nanoCLR cannot feed it (docs/native-interop.md).</summary>
    public sealed class Rp2040Watchdog : IWatchdog
    {
        public void Enable(int timeoutMs) => NativeWatchdog.Enable(timeoutMs);

        public void Feed() => NativeWatchdog.Feed();

        // TODO(device): clear the native resets-since-healthy scratch counter (SR-8) once the interop has it.
        public void MarkHealthy()
        {
        }

        /// <summary>Reset counters kept in WATCHDOG SCRATCH registers: survive a watchdog reset, cleared at power-on.</summary>
        public static BootInfo ReadBootInfo() =>
            new BootInfo(NativeWatchdog.ResetCount, NativeWatchdog.ReadResetReason() == ResetReason.Watchdog, 0);
    }
}
