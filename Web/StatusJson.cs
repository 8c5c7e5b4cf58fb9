using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Web
{
    /// <summary>Writes GET /api/status from one snapshot (see docs/http-api.md for every field). Reveals no secret.</summary>
    internal sealed class StatusJson
    {
        private static readonly byte[] UptimeS = JsonWriter.Key("uptime_s");
        private static readonly byte[] Cycle = JsonWriter.Key("cycle");
        private static readonly byte[] TemperatureC = JsonWriter.Key("temperature_c");
        private static readonly byte[] Sensor = JsonWriter.Key("sensor");
        private static readonly byte[] SetpointC = JsonWriter.Key("setpoint_c");
        private static readonly byte[] SetpointMinC = JsonWriter.Key("setpoint_min_c");
        private static readonly byte[] SetpointMaxC = JsonWriter.Key("setpoint_max_c");
        private static readonly byte[] Mode = JsonWriter.Key("mode");
        private static readonly byte[] State = JsonWriter.Key("state");
        private static readonly byte[] Reason = JsonWriter.Key("reason");
        private static readonly byte[] StateAgeS = JsonWriter.Key("state_age_s");
        private static readonly byte[] BankingRemainingS = JsonWriter.Key("banking_remaining_s");
        private static readonly byte[] ElementOn = JsonWriter.Key("element_on");
        private static readonly byte[] CutoffClosed = JsonWriter.Key("cutoff_closed");
        private static readonly byte[] Faults = JsonWriter.Key("faults");
        private static readonly byte[] FaultNames = JsonWriter.Key("fault_names");
        private static readonly byte[] Latched = JsonWriter.Key("latched");
        private static readonly byte[] LatchResetBelowC = JsonWriter.Key("latch_reset_below_c");
        private static readonly byte[] LinkUp = JsonWriter.Key("link_up");
        private static readonly byte[] LinkIp = JsonWriter.Key("link_ip");
        private static readonly byte[] LinkSignalDbm = JsonWriter.Key("link_signal_dbm");
        private static readonly byte[] HostCoop = JsonWriter.Key("host_coop");
        private static readonly byte[] WatchdogResets = JsonWriter.Key("watchdog_resets");
        private static readonly byte[] LastResetByWatchdog = JsonWriter.Key("last_reset_by_watchdog");
        private static readonly byte[] LateCycles = JsonWriter.Key("late_cycles");
        private static readonly byte[] SensorErrors = JsonWriter.Key("sensor_errors");
        private static readonly byte[] LatchPersistErrors = JsonWriter.Key("latch_persist_errors");
        private static readonly byte[] LastCommandResult = JsonWriter.Key("last_command_result");
        private static readonly byte[] CommandCount = JsonWriter.Key("command_count");
        private static readonly byte[] Transitions = JsonWriter.Key("transitions");
        private static readonly byte[] AgeS = JsonWriter.Key("age_s");
        private static readonly byte[] From = JsonWriter.Key("from");
        private static readonly byte[] To = JsonWriter.Key("to");
        private static readonly byte[] ConfigProblemKey = JsonWriter.Key("config_problem");
        private static readonly byte[] Line = JsonWriter.Key("line");
        private static readonly byte[] Key = JsonWriter.Key("key");
        private static readonly byte[] Message = JsonWriter.Key("message");

        private readonly JsonWriter _json;
        private readonly ServerStatusJson _server;
        private readonly ILinkStatus _link;
        private ControllerSnapshot _s;
        private FurnaceSettings _settings;
        private ConfigProblemText _problem;

        public StatusJson(JsonWriter json, HttpServer server)
        {
            _json = json;
            _server = new ServerStatusJson(json, server);
            _link = server.Link;
        }

        public void Prepare(ControllerSnapshot snapshot, FirmwareAttachment attachment)
        {
            _s = snapshot;
            _settings = attachment.Firmware.Settings;
            _problem = attachment.ConfigProblem;
        }

        public void Write()
        {
            ControllerSnapshot s = _s;
            JsonWriter j = _json;
            j.BeginObject();
            j.Number(UptimeS, s.TimeMs / 1000);
            j.Number(Cycle, s.CycleCount);
            if (s.SensorStatus == SensorStatus.Ok)
            {
                j.Quarters(TemperatureC, s.TemperatureQuarterC);
            }
            else
            {
                j.Null(TemperatureC);
            }

            j.NameOrNumber(Sensor, ProtocolNames.Of(s.SensorStatus), (int)s.SensorStatus);
            j.Quarters(SetpointC, s.SetpointQuarterC);
            j.Quarters(SetpointMinC, _settings.MinSetpointQuarterC);
            j.Quarters(SetpointMaxC, _settings.MaxSetpointQuarterC);
            j.NameOrNumber(Mode, ProtocolNames.Of(s.Mode), (int)s.Mode);
            j.NameOrNumber(State, ProtocolNames.Of(s.State), (int)s.State);
            j.NameOrNumber(Reason, ProtocolNames.Of(s.LastReason), (int)s.LastReason);
            j.Number(StateAgeS, (s.TimeMs - s.StateSinceMs) / 1000);
            j.Number(BankingRemainingS, s.BankingRemainingMs / 1000);
            j.Bool(ElementOn, s.ElementOn);
            j.Bool(CutoffClosed, s.CutoffClosed);
            j.Number(Faults, s.Faults);
            WriteFaultNames(s.Faults);
            j.Bool(Latched, s.IsLatched);
            j.Quarters(LatchResetBelowC, s.LatchResetBelowQuarterC);
            j.Bool(LinkUp, s.LinkUp);
            WriteLink();
            j.Bool(HostCoop, s.HostCoop);
            j.Number(WatchdogResets, s.WatchdogResetCount);
            j.Bool(LastResetByWatchdog, s.LastResetByWatchdog);
            j.Number(LateCycles, s.LateCycleCount);
            j.Number(SensorErrors, s.SensorErrorCount);
            j.Number(LatchPersistErrors, s.LatchPersistErrorCount);
            j.NameOrNumber(LastCommandResult, ProtocolNames.Of(s.LastCommandResult), (int)s.LastCommandResult);
            j.Number(CommandCount, s.CommandCount);
            WriteTransitions(s);
            WriteConfigProblem();
            _server.Write();
            j.EndObject();
        }

        /// <summary>The link's address and signal as the driver holds them now (memory reads, no I/O).</summary>
        private void WriteLink()
        {
            ILinkStatus link = _link;
            _json.Ipv4(LinkIp, link.Ipv4Address);
            int signal = link.SignalDbm;
            if (signal == LinkSignal.Unknown)
            {
                _json.Null(LinkSignalDbm);
            }
            else
            {
                _json.Number(LinkSignalDbm, signal);
            }
        }

        /// <summary>Every set bit: its name, or the bit's value when this firmware has no name for it.</summary>
        private void WriteFaultNames(int faults)
        {
            _json.BeginArray(FaultNames);
            for (int bit = 0; bit < 32; bit++)
            {
                int flag = 1 << bit;
                if ((faults & flag) != 0)
                {
                    _json.ArrayNameOrNumber(ProtocolNames.FaultBit(bit), flag);
                }
            }

            _json.EndArray();
        }

        /// <summary>The last state transitions, newest first, with their age and reason.</summary>
        private void WriteTransitions(ControllerSnapshot s)
        {
            JsonWriter j = _json;
            j.BeginArray(Transitions);
            for (int i = 0; i < TransitionLog.Capacity; i++)
            {
                int from = s.TransitionFrom[i];
                int to = s.TransitionTo[i];
                int reason = s.TransitionReason[i];
                if (from == 0 && to == 0 && reason == 0)
                {
                    break; // unused slots are zero: the log holds fewer than Capacity entries
                }

                j.BeginObject();
                long ageMs = s.TimeMs - s.TransitionTimeMs[i];
                j.Number(AgeS, ageMs < 0 ? 0 : ageMs / 1000);
                j.NameOrNumber(From, ProtocolNames.Of((FurnaceState)from), from);
                j.NameOrNumber(To, ProtocolNames.Of((FurnaceState)to), to);
                j.NameOrNumber(Reason, ProtocolNames.Of((ReasonCode)reason), reason);
                j.EndObject();
            }

            j.EndArray();
        }

        private void WriteConfigProblem()
        {
            if (_problem == null)
            {
                _json.Null(ConfigProblemKey);
                return;
            }

            _json.BeginObject(ConfigProblemKey);
            _json.Number(Line, _problem.Line);
            _json.String(Key, _problem.Key);
            _json.String(Message, _problem.Message);
            _json.EndObject();
        }
    }
}
