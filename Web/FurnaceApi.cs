using System;
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;

namespace FurnaceFw.Web
{
    /// <summary>
    /// Routes one request: the page, GET /api/status, GET /api/history, POST /api/setpoint, POST /api/mode,
    /// POST /api/reset-latch. One instance per worker; everything it needs per request is allocated here, once, and
    /// every literal it writes or matches is a byte array made at start-up.
    /// </summary>
    internal sealed class FurnaceApi : IRequestHandler
    {
        private const int BodyStatus = 1;
        private const int BodyHistory = 2;
        private const int BodyPosted = 3;

        private const int PostedSetpoint = 1;
        private const int PostedMode = 2;
        private const int PostedArm = 3;
        private const int PostedConfirm = 4;

        private static readonly byte[] PathRoot = Ascii.Bytes("/");
        private static readonly byte[] PathIndex = Ascii.Bytes("/index.html");
        private static readonly byte[] PathStatus = Ascii.Bytes("/api/status");
        private static readonly byte[] PathHistory = Ascii.Bytes("/api/history");
        private static readonly byte[] PathSetpoint = Ascii.Bytes("/api/setpoint");
        private static readonly byte[] PathMode = Ascii.Bytes("/api/mode");
        private static readonly byte[] PathResetLatch = Ascii.Bytes("/api/reset-latch");

        private static readonly byte[] FieldSetpoint = Ascii.Bytes("setpoint_c");
        private static readonly byte[] FieldMode = Ascii.Bytes("mode");
        private static readonly byte[] FieldAction = Ascii.Bytes("action");
        private static readonly byte[] FieldToken = Ascii.Bytes("token");
        private static readonly byte[] ValueHeat = Ascii.Bytes("heat");
        private static readonly byte[] ValueOff = Ascii.Bytes("off");
        private static readonly byte[] ValueArm = Ascii.Bytes("arm");
        private static readonly byte[] ValueConfirm = Ascii.Bytes("confirm");

        private static readonly byte[] KeyPosted = JsonWriter.Key("posted");
        private static readonly byte[] KeySetpoint = JsonWriter.Key("setpoint_c");
        private static readonly byte[] KeyMode = JsonWriter.Key("mode");
        private static readonly byte[] KeyToken = JsonWriter.Key("token");
        private static readonly byte[] KeyArmWindow = JsonWriter.Key("arm_window_s");
        private static readonly byte[] KeyCommandCount = JsonWriter.Key("command_count");
        private static readonly byte[] NameSetpoint = Ascii.Bytes("setpoint");
        private static readonly byte[] NameMode = Ascii.Bytes("mode");
        private static readonly byte[] NameArm = Ascii.Bytes("arm");
        private static readonly byte[] NameConfirm = Ascii.Bytes("confirm");

        private static readonly byte[] BadSetpointBody = Ascii.Bytes("body must be {\\\"setpoint_c\\\": number in whole quarter degrees}");
        private static readonly byte[] SetpointOutOfRange = Ascii.Bytes("setpoint_c out of range; see setpoint_min_c and setpoint_max_c in /api/status");
        private static readonly byte[] BadModeBody = Ascii.Bytes("body must be {\\\"mode\\\":\\\"heat\\\"} or {\\\"mode\\\":\\\"off\\\"}");
        private static readonly byte[] BadResetBody = Ascii.Bytes("body must be {\\\"action\\\":\\\"arm\\\"} or {\\\"action\\\":\\\"confirm\\\",\\\"token\\\":N}");
        private static readonly byte[] NothingLatched = Ascii.Bytes("no latched trip to reset");
        private static readonly byte[] HistoryBusy = Ascii.Bytes("history busy, retry");
        private static readonly byte[] SnapshotBusy = Ascii.Bytes("controller snapshot busy, retry");

        private readonly FurnaceWebApp _app;
        private readonly ResponseWriter _output;
        private readonly JsonWriter _json;
        private readonly StatusJson _status;
        private readonly HistoryJson _history;
        private readonly RequestGuard _guard;
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();
        private readonly Random _tokens;
        private HttpRequest _request;
        private bool _headOnly;
        private int _posted;
        private int _postedValue;

        public FurnaceApi(FurnaceWebApp app, HttpServer server, ResponseWriter output, Random tokens)
        {
            _tokens = tokens;
            _app = app;
            _output = output;
            _json = new JsonWriter(output);
            _status = new StatusJson(_json, server);
            _history = new HistoryJson(_json, TemperatureHistory.DefaultCapacity);
            _guard = new RequestGuard(app, output);
        }

        public void Handle(HttpRequest request, ResponseWriter output)
        {
            _request = request;
            _headOnly = request.Method == HttpRequest.MethodHead;
            bool read = request.Method != HttpRequest.MethodPost;
            FirmwareAttachment attachment = _app.Attachment;
            if (request.PathIs(PathRoot) || request.PathIs(PathIndex))
            {
                if (AllowRead(read))
                {
                    // Streamed from the string in flash through the 1 KB buffer: no copy of the page in RAM.
                    HttpResponseHead.Write(_output, 200, HttpResponseHead.Html, IndexPage.Length, HttpResponseHead.PageSecurityHeaders);
                    if (!_headOnly)
                    {
                        _output.AppendAscii(IndexPage.Html, IndexPage.Length);
                    }
                }
            }
            else if (request.PathIs(PathStatus))
            {
                if (AllowRead(read) && ReadSnapshot(attachment.Firmware))
                {
                    _status.Prepare(_snapshot, attachment);
                    SendJson(200, BodyStatus);
                }
            }
            else if (request.PathIs(PathHistory))
            {
                if (AllowRead(read))
                {
                    if (!attachment.Firmware.Snapshots.TryRead(_snapshot) || !_history.Prepare(attachment.Firmware.Cycle.History, _snapshot.TimeMs))
                    {
                        Error(503, HistoryBusy, HttpResponseHead.RetryAfterOneSecond);
                        return;
                    }

                    SendJson(200, BodyHistory);
                }
            }
            else if (request.PathIs(PathSetpoint))
            {
                if (AllowWrite(read))
                {
                    PostSetpoint(attachment.Firmware);
                }
            }
            else if (request.PathIs(PathMode))
            {
                if (AllowWrite(read))
                {
                    PostMode(attachment.Firmware);
                }
            }
            else if (request.PathIs(PathResetLatch))
            {
                if (AllowWrite(read))
                {
                    PostLatchReset(attachment.Firmware);
                }
            }
            else
            {
                Error(404, HttpResponseHead.DefaultMessage(404), null);
            }
        }

        private bool AllowRead(bool read)
        {
            if (!read)
            {
                Error(405, HttpResponseHead.DefaultMessage(405), HttpResponseHead.AllowGetHead);
            }

            return read;
        }

        /// <summary>POST only, then same origin, CSRF header, rate limit and PIN (the guard answers any refusal).</summary>
        private bool AllowWrite(bool read)
        {
            if (read)
            {
                Error(405, HttpResponseHead.DefaultMessage(405), HttpResponseHead.AllowPost);
                return false;
            }

            return _guard.Authorize(_request, _headOnly);
        }

        private void PostSetpoint(FurnaceFirmware firmware)
        {
            int start;
            int length;
            bool isString;
            int found = FlatJson.Find(_request.Buffer, _request.BodyStart, _request.BodyLength, FieldSetpoint, out start, out length, out isString);
            int quarters;
            if (found != FlatJson.Found || isString || !FlatJson.TryParseQuarters(_request.Buffer, start, length, out quarters))
            {
                Error(400, BadSetpointBody, null);
                return;
            }

            if (quarters < firmware.Settings.MinSetpointQuarterC || quarters > firmware.Settings.MaxSetpointQuarterC)
            {
                Error(422, SetpointOutOfRange, null);
                return;
            }

            if (ReadSnapshot(firmware))
            {
                firmware.Mailbox.PostSetpoint(quarters);
                Posted(PostedSetpoint, quarters);
            }
        }

        private void PostMode(FurnaceFirmware firmware)
        {
            int start;
            int length;
            bool isString;
            byte[] body = _request.Buffer;
            int found = FlatJson.Find(body, _request.BodyStart, _request.BodyLength, FieldMode, out start, out length, out isString);
            bool heat = found == FlatJson.Found && isString && Ascii.Equals(body, start, length, ValueHeat, false);
            bool off = found == FlatJson.Found && isString && Ascii.Equals(body, start, length, ValueOff, false);
            if (!heat && !off)
            {
                Error(400, BadModeBody, null);
                return;
            }

            // The control thread decides (a trip or a configuration fault refuses heat); the result shows in
            // /api/status as last_command_result once command_count has moved past the one returned here.
            if (ReadSnapshot(firmware))
            {
                ControlMode mode = heat ? ControlMode.Heat : ControlMode.Off;
                firmware.Mailbox.PostMode(mode);
                Posted(PostedMode, (int)mode);
            }
        }

        private void PostLatchReset(FurnaceFirmware firmware)
        {
            int start;
            int length;
            bool isString;
            byte[] body = _request.Buffer;
            int found = FlatJson.Find(body, _request.BodyStart, _request.BodyLength, FieldAction, out start, out length, out isString);
            bool arm = found == FlatJson.Found && isString && Ascii.Equals(body, start, length, ValueArm, false);
            bool confirm = found == FlatJson.Found && isString && Ascii.Equals(body, start, length, ValueConfirm, false);
            int token = 0;
            if (confirm)
            {
                found = FlatJson.Find(body, _request.BodyStart, _request.BodyLength, FieldToken, out start, out length, out isString);
                confirm = found == FlatJson.Found && !isString && FlatJson.TryParseInt(body, start, length, out token) && token != 0;
            }

            if (!arm && !confirm)
            {
                Error(400, BadResetBody, null);
                return;
            }

            if (!ReadSnapshot(firmware))
            {
                return;
            }

            if (!_snapshot.IsLatched)
            {
                Error(409, NothingLatched, null);
                return;
            }

            // The control thread decides (token, arm window, sensor valid, temperature below the reset limit); the
            // result shows in /api/status as last_command_result once command_count has moved past the one returned.
            if (arm)
            {
                token = _tokens.Next(int.MaxValue - 1) + 1; // random and never 0
                firmware.Mailbox.PostLatchResetArm(token);
                Posted(PostedArm, token);
            }
            else
            {
                firmware.Mailbox.PostLatchResetConfirm(token);
                Posted(PostedConfirm, token);
            }
        }

        private bool ReadSnapshot(FurnaceFirmware firmware)
        {
            if (firmware.Snapshots.TryRead(_snapshot))
            {
                return true;
            }

            Error(503, SnapshotBusy, HttpResponseHead.RetryAfterOneSecond);
            return false;
        }

        private void Posted(int what, int value)
        {
            _posted = what;
            _postedValue = value;
            SendJson(202, BodyPosted);
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
                    WritePosted();
                    break;
            }
        }

        private void WritePosted()
        {
            JsonWriter j = _json;
            j.BeginObject();
            switch (_posted)
            {
                case PostedSetpoint:
                    j.String(KeyPosted, NameSetpoint);
                    j.Quarters(KeySetpoint, _postedValue);
                    break;
                case PostedMode:
                    j.String(KeyPosted, NameMode);
                    j.NameOrNumber(KeyMode, ProtocolNames.Of((ControlMode)_postedValue), _postedValue);
                    break;
                case PostedArm:
                    j.String(KeyPosted, NameArm);
                    j.Number(KeyToken, _postedValue);
                    j.Number(KeyArmWindow, LatchResetArbiter.ArmWindowMs / 1000);
                    break;
                default:
                    j.String(KeyPosted, NameConfirm);
                    break;
            }

            j.Number(KeyCommandCount, _snapshot.CommandCount);
            j.EndObject();
        }

        private void Error(int status, byte[] message, byte[] extraHeaders)
        {
            HttpResponseHead.WriteError(_output, status, message, _headOnly, extraHeaders);
        }
    }
}
