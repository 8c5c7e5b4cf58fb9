namespace FurnaceFw.Web
{
    /// <summary>Writes the "http" member of /api/status: the server's own counters (docs/http-api.md).</summary>
    internal sealed class ServerStatusJson
    {
        private static readonly byte[] Http = JsonWriter.Key("http");
        private static readonly byte[] WritesEnabled = JsonWriter.Key("writes_enabled");
        private static readonly byte[] Workers = JsonWriter.Key("workers");
        private static readonly byte[] BusyWorkers = JsonWriter.Key("busy_workers");
        private static readonly byte[] Accepted = JsonWriter.Key("accepted");
        private static readonly byte[] Served = JsonWriter.Key("served");
        private static readonly byte[] BusyRejected = JsonWriter.Key("busy_rejected");
        private static readonly byte[] BadRequests = JsonWriter.Key("bad_requests");
        private static readonly byte[] Misdirected = JsonWriter.Key("misdirected");
        private static readonly byte[] Timeouts = JsonWriter.Key("timeouts");
        private static readonly byte[] Resets = JsonWriter.Key("resets");
        private static readonly byte[] AcceptFailures = JsonWriter.Key("accept_failures");
        private static readonly byte[] ListenFailures = JsonWriter.Key("listen_failures");
        private static readonly byte[] ListenerRestarts = JsonWriter.Key("listener_restarts");
        private static readonly byte[] LinkDownStops = JsonWriter.Key("link_down_stops");
        private static readonly byte[] AcceptLoopErrors = JsonWriter.Key("accept_loop_errors");
        private static readonly byte[] AuthFailures = JsonWriter.Key("auth_failures");
        private static readonly byte[] RateLimited = JsonWriter.Key("rate_limited");
        private static readonly byte[] Forbidden = JsonWriter.Key("forbidden");

        private readonly JsonWriter _json;
        private readonly HttpServer _server;

        public ServerStatusJson(JsonWriter json, HttpServer server)
        {
            _json = json;
            _server = server;
        }

        public void Write()
        {
            HttpServerStats stats = _server.Stats;
            JsonWriter j = _json;
            j.BeginObject(Http);
            j.Bool(WritesEnabled, _server.Options.Pin != null && _server.Options.Pin.Length > 0);
            j.Number(Workers, _server.Options.WorkerCount);
            j.Number(BusyWorkers, _server.BusyWorkers);
            j.Number(Accepted, stats.Accepted);
            j.Number(Served, stats.Served);
            j.Number(BusyRejected, stats.BusyRejected);
            j.Number(BadRequests, stats.BadRequests);
            j.Number(Misdirected, stats.Misdirected);
            j.Number(Timeouts, stats.Timeouts);
            j.Number(Resets, stats.Resets);
            j.Number(AcceptFailures, stats.AcceptFailures);
            j.Number(ListenFailures, stats.ListenFailures);
            j.Number(ListenerRestarts, stats.ListenerRestarts);
            j.Number(LinkDownStops, stats.LinkDownStops);
            j.Number(AcceptLoopErrors, stats.AcceptLoopErrors);
            j.Number(AuthFailures, stats.AuthFailures);
            j.Number(RateLimited, stats.RateLimited);
            j.Number(Forbidden, stats.Forbidden);
            j.EndObject();
        }
    }
}
