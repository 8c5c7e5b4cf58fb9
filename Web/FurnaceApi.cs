using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Routes one request: the page, GET /api/status, GET /api/history, POST /api/setpoint, POST /api/reset-latch.
    /// One instance per worker; everything it needs per request is allocated here, once.
    /// </summary>
    internal sealed class FurnaceApi : IRequestHandler
    {
        private const int BodyStatus = 1;
        private const int BodyHistory = 2;
        private const int BodyPosted = 3;

        private readonly FurnaceWebApp _app;
        private readonly ResponseWriter _output;
        private readonly JsonWriter _json;
        private readonly StatusJson _status;
        private readonly HistoryJson _history;
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();
        private HttpRequest _request;
        private bool _headOnly;
        private string _posted;
        private int _postedQuarters;
        private int _postedToken;

        public FurnaceApi(FurnaceWebApp app, HttpServer server, ResponseWriter output)
        {
            _app = app;
            _output = output;
            _json = new JsonWriter(output);
            _status = new StatusJson(_json, server);
            _history = new HistoryJson(_json, TemperatureHistory.DefaultCapacity);
        }

        public void Handle(HttpRequest request, ResponseWriter output)
        {
            _request = request;
            _headOnly = request.Method == HttpRequest.MethodHead;
            bool read = request.Method != HttpRequest.MethodPost;
            FurnaceFirmware firmware = _app.Firmware;
            if (request.PathIs("/") || request.PathIs("/index.html"))
            {
                if (!read)
                {
                    MethodNotAllowed("GET, HEAD");
                    return;
                }

                // Streamed from the string constant through the 1 KB buffer: no 8 KB copy of the page in RAM.
                HttpResponseHead.Write(_output, 200, HttpResponseHead.Html, IndexPage.Html.Length, HttpResponseHead.PageSecurityHeaders);
                if (!_headOnly)
                {
                    _output.Append(IndexPage.Html);
                }
            }
            else if (request.PathIs("/api/status"))
            {
                if (!read)
                {
                    MethodNotAllowed("GET, HEAD");
                    return;
                }

                if (!ReadSnapshot(firmware))
                {
                    return;
                }

                _status.Prepare(_snapshot, firmware);
                SendJson(200, BodyStatus);
            }
            else if (request.PathIs("/api/history"))
            {
                if (!read)
                {
                    MethodNotAllowed("GET, HEAD");
                    return;
                }

                if (!ReadSnapshot(firmware) || !_history.Prepare(firmware.Cycle.History, _snapshot.TimeMs))
                {
                    Error(503, "history busy, retry");
                    return;
                }

                SendJson(200, BodyHistory);
            }
            else if (request.PathIs("/api/setpoint"))
            {
                if (read)
                {
                    MethodNotAllowed("POST");
                    return;
                }

                if (Authorized())
                {
                    PostSetpoint(firmware);
                }
            }
            else if (request.PathIs("/api/reset-latch"))
            {
                if (read)
                {
                    MethodNotAllowed("POST");
                    return;
                }

                if (Authorized())
                {
                    PostLatchReset(firmware);
                }
            }
            else
            {
                Error(404, HttpResponseHead.DefaultMessage(404));
            }
        }

        private bool Authorized()
        {
            int status = _app.Guard.Check(_request);
            switch (status)
            {
                case WriteGuard.Allowed:
                    return true;
                case 401:
                    Error(401, "missing or wrong PIN (X-Furnace-Pin)");
                    return false;
                case 429:
                    Error(429, "too many wrong PINs, wait and retry", "Retry-After: 10\r\n");
                    return false;
                default:
                    Error(403, _app.Guard.WritesEnabled ? "cross-site request or missing X-Furnace-Csrf: 1" : "writes disabled: no PIN configured");
                    return false;
            }
        }

        private void PostSetpoint(FurnaceFirmware firmware)
        {
            int start;
            int length;
            bool isString;
            int found = FlatJson.Find(_request.Buffer, _request.BodyStart, _request.BodyLength, "setpoint_c", out start, out length, out isString);
            int quarters;
            if (found != FlatJson.Found || isString || !FlatJson.TryParseQuarters(_request.Buffer, start, length, out quarters))
            {
                Error(400, "body must be {\\\"setpoint_c\\\": number in whole quarter degrees}");
                return;
            }

            int min = firmware.Settings.MinSetpointQuarterC;
            int max = firmware.Settings.MaxSetpointQuarterC;
            if (quarters < min || quarters > max)
            {
                Error(422, "setpoint_c out of range; see setpoint_min_c and setpoint_max_c in /api/status");
                return;
            }

            if (!ReadSnapshot(firmware))
            {
                return;
            }

            firmware.Mailbox.PostSetpoint(quarters);
            _posted = "setpoint";
            _postedQuarters = quarters;
            SendJson(202, BodyPosted);
        }

        private void PostLatchReset(FurnaceFirmware firmware)
        {
            int start;
            int length;
            bool isString;
            byte[] body = _request.Buffer;
            int found = FlatJson.Find(body, _request.BodyStart, _request.BodyLength, "action", out start, out length, out isString);
            bool arm = found == FlatJson.Found && isString && Ascii.Equals(body, start, length, "arm", false);
            bool confirm = found == FlatJson.Found && isString && Ascii.Equals(body, start, length, "confirm", false);
            int token = 0;
            if (confirm)
            {
                found = FlatJson.Find(body, _request.BodyStart, _request.BodyLength, "token", out start, out length, out isString);
                confirm = found == FlatJson.Found && !isString && FlatJson.TryParseInt(body, start, length, out token) && token != 0;
            }

            if (!arm && !confirm)
            {
                Error(400, "body must be {\\\"action\\\":\\\"arm\\\"} or {\\\"action\\\":\\\"confirm\\\",\\\"token\\\":N}");
                return;
            }

            if (!ReadSnapshot(firmware))
            {
                return;
            }

            if (!_snapshot.IsLatched)
            {
                Error(409, "no latched trip to reset");
                return;
            }

            // The control thread decides (token, arm window, sensor valid, temperature below the reset limit); the
            // result shows in /api/status as last_command_result once command_count has moved past the one returned.
            if (arm)
            {
                token = _app.NextToken();
                firmware.Mailbox.PostLatchResetArm(token);
                _posted = "arm";
            }
            else
            {
                firmware.Mailbox.PostLatchResetConfirm(token);
                _posted = "confirm";
            }

            _postedToken = token;
            SendJson(202, BodyPosted);
        }

        private bool ReadSnapshot(FurnaceFirmware firmware)
        {
            if (firmware.Snapshots.TryRead(_snapshot))
            {
                return true;
            }

            Error(503, "controller snapshot busy, retry");
            return false;
        }

        private void SendJson(int status, int body)
        {
            _output.BeginCount();
            WriteBody(body);
            int length = _output.EndCount();
            HttpResponseHead.Write(_output, status, HttpResponseHead.Json, length, null);
            if (!_headOnly)
            {
                WriteBody(body);
            }
        }

        private void WriteBody(int body)
        {
            _json.Reset();
            switch (body)
            {
                case BodyStatus:
                    _status.Write();
                    break;
                case BodyHistory:
                    _history.Write();
                    break;
                default:
                    _json.BeginObject();
                    _json.String("posted", _posted);
                    if (_posted == "setpoint")
                    {
                        _json.Quarters("setpoint_c", _postedQuarters);
                    }
                    else if (_posted == "arm")
                    {
                        _json.Number("token", _postedToken);
                        _json.Number("arm_window_s", FurnaceFw.Firmware.Safety.LatchResetArbiter.ArmWindowMs / 1000);
                    }

                    _json.Number("command_count", _snapshot.CommandCount);
                    _json.EndObject();
                    break;
            }
        }

        private void MethodNotAllowed(string allow)
        {
            Error(405, HttpResponseHead.DefaultMessage(405), allow == "POST" ? "Allow: POST\r\n" : "Allow: GET, HEAD\r\n");
        }

        private void Error(int status, string message) => Error(status, message, null);

        private void Error(int status, string message, string extraHeaders)
        {
            HttpResponseHead.WriteError(_output, status, message, _headOnly, extraHeaders);
        }
    }
}
