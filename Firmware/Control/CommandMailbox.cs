using System.Threading;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Commands from other threads (web, I2C, local buttons) to the control thread. One slot per command,
    /// last writer wins, each slot a single int exchanged atomically: posting never blocks, and the control
    /// thread drains all slots at the start of a cycle without ever waiting for a poster.
    /// </summary>
    public sealed class CommandMailbox
    {
        private const int Empty = int.MinValue;

        private int _setpointQuarterC = Empty;
        private int _mode = Empty;
        private int _latchResetArmToken = Empty;
        private int _latchResetConfirmToken = Empty;
        private int _hostSetpointQuarterC = Empty;
        private int _hostMode = Empty;
        private int _hostWatchdogTimeoutS = Empty;
        private int _hostAliveCount;

        public void PostSetpoint(int quarterCelsius) => Interlocked.Exchange(ref _setpointQuarterC, quarterCelsius);

        public void PostMode(ControlMode mode) => Interlocked.Exchange(ref _mode, (int)mode);

        /// <summary>First step of a latch reset: the requester picks a non-zero token.</summary>
        public void PostLatchResetArm(int token) => Interlocked.Exchange(ref _latchResetArmToken, token);

        /// <summary>Second step: the same token again, within the arm window.</summary>
        public void PostLatchResetConfirm(int token) => Interlocked.Exchange(ref _latchResetConfirmToken, token);

        /// <summary>A setpoint from the I2C host: subject to the Co-op rule (HostLinkGuard).</summary>
        public void PostHostSetpoint(int quarterCelsius) => Interlocked.Exchange(ref _hostSetpointQuarterC, quarterCelsius);

        /// <summary>A mode from the I2C host: subject to the Co-op rule (HostLinkGuard).</summary>
        public void PostHostMode(ControlMode mode) => Interlocked.Exchange(ref _hostMode, (int)mode);

        /// <summary>The host's watchdog timeout in seconds; 0 returns to Solo.</summary>
        public void PostHostWatchdogTimeout(int seconds) => Interlocked.Exchange(ref _hostWatchdogTimeoutS, seconds);

        /// <summary>An accepted host write: feeds the host watchdog.</summary>
        public void NoteHostAlive() => Interlocked.Increment(ref _hostAliveCount);

        /// <summary>Changes whenever <see cref="NoteHostAlive"/> was called.</summary>
        public int HostAliveCount => Interlocked.CompareExchange(ref _hostAliveCount, 0, 0);

        public bool TryTakeSetpoint(out int quarterCelsius) => TryTake(ref _setpointQuarterC, out quarterCelsius);

        public bool TryTakeMode(out int mode) => TryTake(ref _mode, out mode);

        public bool TryTakeLatchResetArm(out int token) => TryTake(ref _latchResetArmToken, out token);

        public bool TryTakeLatchResetConfirm(out int token) => TryTake(ref _latchResetConfirmToken, out token);

        public bool TryTakeHostSetpoint(out int quarterCelsius) => TryTake(ref _hostSetpointQuarterC, out quarterCelsius);

        public bool TryTakeHostMode(out int mode) => TryTake(ref _hostMode, out mode);

        public bool TryTakeHostWatchdogTimeout(out int seconds) => TryTake(ref _hostWatchdogTimeoutS, out seconds);

        private static bool TryTake(ref int slot, out int value)
        {
            value = Interlocked.Exchange(ref slot, Empty);
            return value != Empty;
        }
    }
}
