using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Decides latch-reset requests once per cycle: remote ones (arm/confirm through the mailbox, from the web page or
    /// the I2C host; SR-6) and the local one (a long press of the reset button at the furnace), under the reset policy
    /// (SR-9: over-temperature only at the furnace by default). Both need a valid reading below
    /// <c>safety.latch_reset_below_c</c>; nothing is reset in ConfigFault. Each request gets its own result.
    /// </summary>
    public sealed class LatchResets
    {
        private readonly CommandMailbox _mailbox;
        private readonly CommandIntake _commands;
        private readonly ResetPolicy _policy;
        private readonly int _resetBelowQuarterC;
        private readonly bool _configValid;
        private readonly LatchResetArbiter _arbiter = new LatchResetArbiter();
        private readonly ResetButtonMonitor _button;

        public LatchResets(CommandMailbox mailbox, CommandIntake commands, FurnaceSettings settings, bool configValid)
        {
            _mailbox = mailbox;
            _commands = commands;
            _policy = new ResetPolicy(settings);
            _resetBelowQuarterC = settings.LatchResetBelowQuarterC;
            _configValid = configValid;
            _button = new ResetButtonMonitor(settings.ButtonLongPressMs, settings.ButtonStuckMs);
        }

        public ButtonState Button => _button.State;

        /// <summary>The latched faults a remote reset may clear (SR-9).</summary>
        public int RemoteResettableFaults => _policy.RemoteResettableFaults;

        /// <summary>Returns the reason to clear the latch with (LatchReset or LocalReset), or None.</summary>
        /// <param name="buttonPressed">The button's raw level this cycle.</param>
        /// <param name="sensorValid">The last frame read was valid.</param>
        public ReasonCode Take(bool buttonPressed, int latchedFaults, bool sensorValid, int temperatureQuarterC, long nowMs)
        {
            bool latched = latchedFaults != 0;
            int token;
            if (_mailbox.TryTakeLatchResetArm(out token))
            {
                _commands.Report(!_configValid ? CommandResult.RejectedConfigFault
                    : latched && !_policy.AllowsRemote(latchedFaults) ? CommandResult.RejectedNeedsLocalReset
                    : _arbiter.Arm(token, latched, nowMs));
            }

            ReasonCode reset = ReasonCode.None;
            if (_mailbox.TryTakeLatchResetConfirm(out token))
            {
                // The arbiter always sees the confirm (any confirm disarms); config and policy refusals take precedence.
                CommandResult result = _arbiter.Confirm(token, latched, sensorValid, temperatureQuarterC, _resetBelowQuarterC, nowMs);
                if (!_configValid)
                {
                    result = CommandResult.RejectedConfigFault;
                }
                else if (latched && !_policy.AllowsRemote(latchedFaults))
                {
                    result = CommandResult.RejectedNeedsLocalReset;
                }

                _commands.Report(result);
                reset = result == CommandResult.Accepted ? ReasonCode.LatchReset : ReasonCode.None;
            }

            if (_button.Sample(buttonPressed, nowMs) && latched && reset == ReasonCode.None)
            {
                CommandResult result = !_configValid ? CommandResult.RejectedConfigFault
                    : !sensorValid ? CommandResult.RejectedSensorInvalid
                    : temperatureQuarterC >= _resetBelowQuarterC ? CommandResult.RejectedTooHot
                    : CommandResult.Accepted;
                _commands.Report(result);
                reset = result == CommandResult.Accepted ? ReasonCode.LocalReset : ReasonCode.None;
            }

            return reset;
        }
    }
}
