using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.Safety
{
    /// <summary>
    /// SR-7 Host heat needs a live host. A host on the I2C bus may raise heat (mode Off → Heat, or a setpoint
    /// increase) only in Co-op, and what it raised expires as soon as the controller is back in Solo.
    /// <list type="bullet">
    /// <item>Co-op starts when the host writes a non-zero HostWatchdogTimeout T (5..3600 s). Every accepted host
    /// write (valid PEC, passed validation) re-arms the deadline to now + T. Reads never count: a stuck poller or
    /// an i2cdump must not keep a dead daemon "alive".</item>
    /// <item>Solo returns when the host writes T = 0 (a clean exit) or when the deadline passes (counted in
    /// HostExpiries).</item>
    /// <item>In Solo a host heat raise is refused (<see cref="CommandResult.RejectedRequiresCoop"/>); lowering
    /// heat is always allowed.</item>
    /// <item>The first heat raise in Co-op remembers the last local mode and setpoint (the revert point); local
    /// commands move the revert point. On return to Solo the mode goes back to the revert mode if the host had
    /// turned heat on, and the setpoint drops to the revert setpoint if it is higher (reason HostCommandExpired).</item>
    /// </list>
    /// Local safety never depends on this rule: it only ever lowers heat, and it sits beside, not in front of,
    /// the trip checks.
    /// </summary>
    public sealed class HostLinkGuard
    {
        private bool _coop;
        private long _timeoutMs;
        private long _deadlineMs;
        private bool _leaseActive;
        private int _revertSetpointQuarterC;
        private ControlMode _revertMode;
        private int _expiries;

        public bool IsCoop => _coop;

        public int TimeoutSeconds => _coop ? (int)(_timeoutMs / 1000) : 0;

        /// <summary>Times the deadline passed while in Co-op.</summary>
        public int Expiries => _expiries;

        /// <summary>True while host-raised heat is in force and will be reverted on return to Solo.</summary>
        public bool HostHeatActive => _leaseActive;

        public long RemainingMs(long nowMs)
        {
            if (!_coop)
            {
                return 0;
            }

            long remaining = _deadlineMs - nowMs;
            return remaining > 0 ? remaining : 0;
        }

        /// <summary>The host wrote HostWatchdogTimeout: 0 leaves Co-op, otherwise enters or stays with the new timeout.</summary>
        public void SetTimeout(int seconds, long nowMs)
        {
            if (seconds <= 0)
            {
                _coop = false;
                return;
            }

            _coop = true;
            _timeoutMs = seconds * 1000L;
            _deadlineMs = nowMs + _timeoutMs;
        }

        /// <summary>An accepted host write arrived.</summary>
        public void NoteAlive(long nowMs)
        {
            if (_coop)
            {
                _deadlineMs = nowMs + _timeoutMs;
            }
        }

        /// <summary>Decides a host command. Does not change the setpoint or mode itself.</summary>
        public CommandResult Admit(bool raisesHeat, int currentSetpointQuarterC, ControlMode currentMode)
        {
            if (!raisesHeat)
            {
                return CommandResult.Accepted;
            }

            if (!_coop)
            {
                return CommandResult.RejectedRequiresCoop;
            }

            if (!_leaseActive)
            {
                _leaseActive = true;
                _revertSetpointQuarterC = currentSetpointQuarterC;
                _revertMode = currentMode;
            }

            return CommandResult.Accepted;
        }

        /// <summary>A local (web, button) setpoint was accepted: it becomes the value to return to.</summary>
        public void NoteLocalSetpoint(int quarterCelsius) => _revertSetpointQuarterC = quarterCelsius;

        /// <summary>A local mode was accepted: it becomes the mode to return to.</summary>
        public void NoteLocalMode(ControlMode mode) => _revertMode = mode;

        /// <summary>
        /// Once per cycle: ends Co-op when the deadline has passed, and in Solo reverts host-raised heat.
        /// Returns true when it lowered the mode or setpoint.
        /// </summary>
        public bool Expire(long nowMs, ref int setpointQuarterC, ref ControlMode mode)
        {
            if (_coop && nowMs - _deadlineMs >= 0)
            {
                _coop = false;
                _expiries++;
            }

            if (_coop || !_leaseActive)
            {
                return false;
            }

            _leaseActive = false;
            bool lowered = false;
            if (setpointQuarterC > _revertSetpointQuarterC)
            {
                setpointQuarterC = _revertSetpointQuarterC;
                lowered = true;
            }

            if (mode == ControlMode.Heat && _revertMode != ControlMode.Heat)
            {
                mode = _revertMode;
                lowered = true;
            }

            return lowered;
        }
    }
}
