using System;
using System.Runtime.CompilerServices;

namespace FurnaceFw.Device.Rp2040
{
    /// <summary>
    /// The RP2040 hardware watchdog, fed only from managed code.
    /// Native side: Native/src/watchdog.c through the FurnaceFw.Device.Rp2040 interop assembly.
    /// </summary>
    /// <remarks>
    /// The firmware image is built so that the nanoCLR cannot feed this watchdog on its own
    /// (see docs/native-interop.md, "Who can feed the watchdog"): if the thread that calls
    /// <see cref="Feed"/> stops, the board resets after the timeout.
    /// Once enabled, the watchdog can only be disarmed by a reset.
    /// </remarks>
    public static class NativeWatchdog
    {
        /// <summary>Shortest timeout accepted, in milliseconds.</summary>
        public const int MinTimeoutMs = 1;

        /// <summary>
        /// Longest timeout the hardware can honour, in milliseconds: LOAD is 24 bits of 1 µs
        /// ticks and erratum RP2040-E1 halves the effective time, so 0xFFFFFF / 2 µs ≈ 8388 ms.
        /// </summary>
        public const int MaxTimeoutMs = 8388;

        private const int StatusOk = 0;
        private const int StatusRange = -2;
        private const int StatusState = -4;

        /// <summary>Arms (or re-arms with a new timeout) the hardware watchdog.</summary>
        /// <param name="timeoutMs">Timeout in milliseconds, 1–8388.</param>
        /// <exception cref="ArgumentOutOfRangeException">Outside 1–8388 ms.</exception>
        public static void Enable(int timeoutMs)
        {
            if (timeoutMs < MinTimeoutMs || timeoutMs > MaxTimeoutMs)
            {
                throw new ArgumentOutOfRangeException(nameof(timeoutMs), "Watchdog timeout must be 1-8388 ms.");
            }

            ThrowOnError(NativeEnable(timeoutMs));
        }

        /// <summary>Arms the hardware watchdog with a <see cref="TimeSpan"/> timeout.</summary>
        /// <param name="timeout">1 ms to 8388 ms.</param>
        /// <exception cref="ArgumentOutOfRangeException">Outside 1–8388 ms.</exception>
        public static void Enable(TimeSpan timeout)
        {
            long ms = timeout.Ticks / TimeSpan.TicksPerMillisecond;
            if (ms < MinTimeoutMs || ms > MaxTimeoutMs)
            {
                throw new ArgumentOutOfRangeException(nameof(timeout), "Watchdog timeout must be 1-8388 ms.");
            }

            Enable((int)ms);
        }

        /// <summary>Reloads the watchdog counter with the armed timeout.</summary>
        /// <exception cref="InvalidOperationException"><see cref="Enable(int)"/> was never called since boot.</exception>
        public static void Feed()
        {
            ThrowOnError(NativeFeed());
        }

        /// <summary>Why the chip last reset. The value is captured once per boot.</summary>
        /// <returns>The reset reason.</returns>
        public static ResetReason ReadResetReason()
        {
            switch (NativeReadResetReason())
            {
                case (int)ResetReason.Watchdog:
                    return ResetReason.Watchdog;
                case (int)ResetReason.Forced:
                    return ResetReason.Forced;
                default:
                    return ResetReason.PowerOn;
            }
        }

        /// <summary>
        /// Watchdog resets (timer or forced) since the last power-on. Kept in WATCHDOG
        /// SCRATCH0–2, so it survives a watchdog reset and restarts at 0 after power-on.
        /// </summary>
        public static int ResetCount
        {
            get { return NativeReadResetCount(); }
        }

        private static void ThrowOnError(int status)
        {
            switch (status)
            {
                case StatusOk:
                    return;
                case StatusRange:
                    throw new ArgumentOutOfRangeException("timeoutMs", "Watchdog timeout must be 1-8388 ms.");
                case StatusState:
                    throw new InvalidOperationException("Watchdog not enabled.");
                default:
                    throw new InvalidOperationException("Native watchdog error " + status.ToString() + ".");
            }
        }

        #region Native Calls

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeEnable(int timeoutMs);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeFeed();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeReadResetReason();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeReadResetCount();

        #endregion

        // Everything below was added after the first native table: it stays at the END of the class (the last type
        // with methods), so its slots are appended to Native/interop/FurnaceFw_Device_Rp2040.cpp and no existing slot
        // moves. InteropTableTests fails if the two disagree.

        /// <summary>
        /// Watchdog timeouts in a row since the firmware last called <see cref="MarkHealthy"/> (this boot's included),
        /// kept in WATCHDOG SCRATCH3: survives a watchdog reset, cleared at power-on. SR-8's boot-loop evidence.
        /// </summary>
        public static int ResetsSinceHealthy
        {
            get { return NativeReadResetsSinceHealthy(); }
        }

        /// <summary>The firmware has run healthy: clears <see cref="ResetsSinceHealthy"/> in SCRATCH3.</summary>
        public static void MarkHealthy()
        {
            NativeMarkHealthy();
        }

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeReadResetsSinceHealthy();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeMarkHealthy();
    }
}
