using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Takes every posted command once per cycle and applies it to the <see cref="Demand"/>, each with its own result.
    /// <para>Rules, in the order they apply:</para>
    /// <list type="bullet">
    /// <item>In ConfigFault nothing changes: every command is refused (RejectedConfigFault).</item>
    /// <item>Values are range-checked here again, whatever checked them before (the I2C bank, the web server).</item>
    /// <item>Heat is refused while a trip is latched (RejectedTripped): a reset comes first and leaves the mode off.</item>
    /// <item>A host (I2C) may raise heat only in Co-op (SR-7, <see cref="HostLinkGuard"/>).</item>
    /// <item>When commands collide in one cycle, the one that lowers heat is applied last, so it wins: Off after
    /// Heat, the lower setpoint after the higher.</item>
    /// </list>
    /// </summary>
    public sealed class CommandIntake
    {
        private const int None = int.MinValue;

        private readonly CommandMailbox _mailbox;
        private readonly FurnaceSettings _settings;
        private readonly HostLinkGuard _hostLink;
        private readonly ControllerSnapshot _results;
        private int _hostAliveSeen;

        /// <param name="results">Where each command's result is recorded (LastCommandResult, CommandCount).</param>
        public CommandIntake(CommandMailbox mailbox, FurnaceSettings settings, HostLinkGuard hostLink, ControllerSnapshot results)
        {
            _mailbox = mailbox;
            _settings = settings;
            _hostLink = hostLink;
            _results = results;
        }

        /// <summary>Applies mode and setpoint commands, and the host link's own writes.</summary>
        /// <param name="heatRefused">A trip is latched: heat is refused.</param>
        public void Apply(Demand demand, bool configValid, bool heatRefused, long nowMs)
        {
            TakeHostLink(nowMs);

            int localSetpoint = Take(_mailbox.TryTakeSetpoint(out int value), value);
            int hostSetpoint = Take(_mailbox.TryTakeHostSetpoint(out value), value);
            int localMode = Take(_mailbox.TryTakeMode(out value), value);
            int hostMode = Take(_mailbox.TryTakeHostMode(out value), value);

            if (!configValid)
            {
                RefuseAll(localSetpoint, hostSetpoint, localMode, hostMode);
                return;
            }

            // The higher setpoint first, the lower last.
            bool hostFirst = hostSetpoint != None && (localSetpoint == None || hostSetpoint > localSetpoint);
            if (hostFirst)
            {
                ApplyHostSetpoint(demand, hostSetpoint);
                ApplyLocalSetpoint(demand, localSetpoint);
            }
            else
            {
                ApplyLocalSetpoint(demand, localSetpoint);
                ApplyHostSetpoint(demand, hostSetpoint);
            }

            // Heat first, Off last.
            bool hostHeatFirst = hostMode == (int)ControlMode.Heat;
            if (hostHeatFirst)
            {
                ApplyHostMode(demand, hostMode, heatRefused);
                ApplyLocalMode(demand, localMode, heatRefused);
            }
            else
            {
                ApplyLocalMode(demand, localMode, heatRefused);
                ApplyHostMode(demand, hostMode, heatRefused);
            }
        }

        /// <summary>Records a command's outcome where every interface reads it.</summary>
        public void Report(CommandResult result)
        {
            _results.LastCommandResult = result;
            _results.CommandCount++;
        }

        private void TakeHostLink(long nowMs)
        {
            if (_mailbox.TryTakeHostWatchdogTimeout(out int seconds))
            {
                // The bank enforces 0 or 5..3600 s; so does the control thread, whatever posted it.
                if (seconds == 0 || (seconds >= RegisterMap.HostWatchdogMinSeconds && seconds <= RegisterMap.HostWatchdogMaxSeconds))
                {
                    _hostLink.SetTimeout(seconds, nowMs);
                }
                else
                {
                    Report(CommandResult.RejectedOutOfRange);
                }
            }

            int alive = _mailbox.HostAliveCount;
            if (alive != _hostAliveSeen)
            {
                _hostAliveSeen = alive;
                _hostLink.NoteAlive(nowMs);
            }
        }

        private void ApplyLocalSetpoint(Demand demand, int value)
        {
            if (value == None)
            {
                return;
            }

            if (!SetpointInRange(value))
            {
                Report(CommandResult.RejectedOutOfRange);
                return;
            }

            demand.SetpointQuarterC = value;
            _hostLink.NoteLocalSetpoint(value);
            Report(CommandResult.Accepted);
        }

        private void ApplyHostSetpoint(Demand demand, int value)
        {
            if (value == None)
            {
                return;
            }

            if (!SetpointInRange(value))
            {
                Report(CommandResult.RejectedOutOfRange);
                return;
            }

            CommandResult result = _hostLink.Admit(value > demand.SetpointQuarterC, demand.SetpointQuarterC, demand.Mode);
            if (result == CommandResult.Accepted)
            {
                demand.SetpointQuarterC = value;
            }

            Report(result);
        }

        private void ApplyLocalMode(Demand demand, int value, bool heatRefused)
        {
            if (value == None)
            {
                return;
            }

            CommandResult result = CheckMode(value, heatRefused);
            if (result == CommandResult.Accepted)
            {
                demand.Mode = (ControlMode)value;
                _hostLink.NoteLocalMode(demand.Mode);
            }

            Report(result);
        }

        private void ApplyHostMode(Demand demand, int value, bool heatRefused)
        {
            if (value == None)
            {
                return;
            }

            CommandResult result = CheckMode(value, heatRefused);
            if (result == CommandResult.Accepted)
            {
                bool raises = value == (int)ControlMode.Heat && demand.Mode != ControlMode.Heat;
                result = _hostLink.Admit(raises, demand.SetpointQuarterC, demand.Mode);
                if (result == CommandResult.Accepted)
                {
                    demand.Mode = (ControlMode)value;
                }
            }

            Report(result);
        }

        private static CommandResult CheckMode(int value, bool heatRefused)
        {
            if (value != (int)ControlMode.Off && value != (int)ControlMode.Heat)
            {
                return CommandResult.RejectedOutOfRange;
            }

            return value == (int)ControlMode.Heat && heatRefused ? CommandResult.RejectedTripped : CommandResult.Accepted;
        }

        private void RefuseAll(int localSetpoint, int hostSetpoint, int localMode, int hostMode)
        {
            RefuseSetpoint(localSetpoint);
            RefuseSetpoint(hostSetpoint);
            RefuseMode(localMode);
            RefuseMode(hostMode);
        }

        private void RefuseSetpoint(int value)
        {
            if (value != None)
            {
                Report(SetpointInRange(value) ? CommandResult.RejectedConfigFault : CommandResult.RejectedOutOfRange);
            }
        }

        private void RefuseMode(int value)
        {
            if (value != None)
            {
                Report(value == (int)ControlMode.Off || value == (int)ControlMode.Heat ? CommandResult.RejectedConfigFault : CommandResult.RejectedOutOfRange);
            }
        }

        private bool SetpointInRange(int value) => value >= _settings.MinSetpointQuarterC && value <= _settings.MaxSetpointQuarterC;

        private static int Take(bool taken, int value) => taken ? value : None;
    }
}
