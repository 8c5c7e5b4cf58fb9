using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;

namespace FurnaceFw.Web
{
    /// <summary>Writes GET /api/status from one snapshot (see docs/http-api.md for every field). Reveals no secret.</summary>
    internal sealed class StatusJson
    {
        private readonly JsonWriter _json;
        private readonly HttpServer _server;
        private ControllerSnapshot _s;
        private FurnaceFirmware _firmware;

        public StatusJson(JsonWriter json, HttpServer server)
        {
            _json = json;
            _server = server;
        }

        public void Prepare(ControllerSnapshot snapshot, FurnaceFirmware firmware)
        {
            _s = snapshot;
            _firmware = firmware;
        }

        public void Write()
        {
            ControllerSnapshot s = _s;
            JsonWriter j = _json;
            j.BeginObject();
            j.Number("uptime_s", s.TimeMs / 1000);
            j.Number("cycle", s.CycleCount);
            bool valid = s.SensorStatus == SensorStatus.Ok;
            if (valid)
            {
                j.Quarters("temperature_c", s.TemperatureQuarterC);
            }
            else
            {
                j.Null("temperature_c");
            }

            j.String("sensor", ProtocolNames.Of(s.SensorStatus));
            j.Quarters("setpoint_c", s.SetpointQuarterC);
            FurnaceSettings settings = _firmware.Settings;
            j.Quarters("setpoint_min_c", settings.MinSetpointQuarterC);
            j.Quarters("setpoint_max_c", settings.MaxSetpointQuarterC);
            j.String("mode", ProtocolNames.Of(s.Mode));
            j.String("state", ProtocolNames.Of(s.State));
            j.String("reason", ProtocolNames.Of(s.LastReason));
            j.Number("state_age_s", (s.TimeMs - s.StateSinceMs) / 1000);
            j.Number("banking_remaining_s", s.BankingRemainingMs / 1000);
            j.Bool("element_on", s.ElementOn);
            j.Bool("cutoff_closed", s.CutoffClosed);
            j.Number("faults", s.Faults);
            j.BeginArray("fault_names");
            for (int bit = 1; bit != 0 && bit <= s.Faults; bit <<= 1)
            {
                string name = (s.Faults & bit) != 0 ? ProtocolNames.FaultBit(bit) : null;
                if (name != null)
                {
                    j.ArrayString(name);
                }
            }

            j.EndArray();
            j.Bool("latched", s.IsLatched);
            j.Quarters("latch_reset_below_c", s.LatchResetBelowQuarterC);
            j.Bool("link_up", s.LinkUp);
            j.Number("watchdog_resets", s.WatchdogResetCount);
            j.Bool("last_reset_by_watchdog", s.LastResetByWatchdog);
            j.Number("late_cycles", s.LateCycleCount);
            j.Number("sensor_errors", s.SensorErrorCount);
            j.Number("latch_persist_errors", s.LatchPersistErrorCount);
            j.String("last_command_result", ProtocolNames.Of(s.LastCommandResult));
            j.Number("command_count", s.CommandCount);
            WriteConfigProblem(_firmware.ConfigProblem);
            WriteServer();
            j.EndObject();
        }

        private void WriteConfigProblem(ConfigProblem problem)
        {
            if (problem == null)
            {
                _json.Null("config_problem");
                return;
            }

            _json.BeginObject("config_problem");
            _json.Number("line", problem.Line);
            _json.String("key", problem.Key ?? string.Empty);
            _json.String("message", problem.Message ?? string.Empty);
            _json.EndObject();
        }

        private void WriteServer()
        {
            HttpServerStats stats = _server.Stats;
            JsonWriter j = _json;
            j.BeginObject("http");
            j.Bool("writes_enabled", _server.Options.Pin != null && _server.Options.Pin.Length > 0);
            j.Number("workers", _server.Options.WorkerCount);
            j.Number("busy_workers", _server.BusyWorkers);
            j.Number("accepted", stats.Accepted);
            j.Number("served", stats.Served);
            j.Number("busy_rejected", stats.BusyRejected);
            j.Number("bad_requests", stats.BadRequests);
            j.Number("timeouts", stats.Timeouts);
            j.Number("resets", stats.Resets);
            j.Number("accept_failures", stats.AcceptFailures);
            j.Number("listen_failures", stats.ListenFailures);
            j.Number("listener_restarts", stats.ListenerRestarts);
            j.Number("link_down_stops", stats.LinkDownStops);
            j.Number("accept_loop_errors", stats.AcceptLoopErrors);
            j.Number("auth_failures", stats.AuthFailures);
            j.Number("rate_limited", stats.RateLimited);
            j.Number("forbidden", stats.Forbidden);
            j.EndObject();
        }
    }
}
