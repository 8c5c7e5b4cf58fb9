namespace FurnaceFw.Web
{
    /// <summary>
    /// Limits and settings for <see cref="HttpServer"/>. The defaults fit a Pico W: lwIP has 4 sockets in total,
    /// so the listener + 2 workers leaves one socket for the accept loop to answer "503 busy" with.
    /// </summary>
    public sealed class HttpServerOptions
    {
        public const int PicoWSocketBudget = 4;

        public int Port = 80;

        /// <summary>Worker threads, created once at start: at most this many requests are served at a time.</summary>
        public int WorkerCount = 2;

        /// <summary>One deadline for the whole request, from accept to the last byte sent (not per read).</summary>
        public int RequestDeadlineMs = 5000;

        /// <summary>Request line limit in bytes, CRLF included; longer gets 414.</summary>
        public int MaxRequestLineBytes = 256;

        /// <summary>All header lines together, CRLFs included; more gets 431.</summary>
        public int MaxHeaderBytes = 1024;

        /// <summary>Header field count; more gets 431.</summary>
        public int MaxHeaderCount = 24;

        /// <summary>Request body limit; a larger Content-Length gets 413 before anything is read.</summary>
        public int MaxBodyBytes = 128;

        /// <summary>Size of each worker's response chunk buffer (responses longer than this are sent in pieces).</summary>
        public int ResponseBufferBytes = 1024;

        /// <summary>Connections the network stack may hold before the accept thread takes them. On the Pico W lwIP keeps
        /// them in the listener's accept mailbox (DEFAULT_ACCEPTMBOX_SIZE 4, TCP_LISTEN_BACKLOG on); they are not sockets
        /// yet, and the accept thread takes each within milliseconds (a worker or a 503).</summary>
        public int Backlog = 4;

        /// <summary>How long the accept loop waits for a connection before it re-checks the link and stop flag.</summary>
        public int AcceptPollMs = 250;

        /// <summary>Consecutive accept failures after which the listening socket is closed and re-created.</summary>
        public int AcceptFailuresBeforeRestart = 8;

        /// <summary>Pause after a failed accept, and the first wait after a failed listen (which doubles up to <see cref="MaxBackoffMs"/>).</summary>
        public int MinBackoffMs = 50;

        public int MaxBackoffMs = 4000;

        /// <summary>How long the accept loop waits for a worker that is just closing before it answers 503 (it is woken
        /// as soon as one frees, so this is the most a refused client waits for it, not a poll interval).</summary>
        public int BusyGraceMs = 5;

        /// <summary>How long the accept loop may spend sending a 503 to a connection it cannot serve.</summary>
        public int BusyReplyTimeoutMs = 200;

        /// <summary>After the 503, how long the accept loop waits for the rest of the refused client's request head (read
        /// and dropped so the close is not a reset). A client that sends nothing costs at most this.</summary>
        public int BusyDrainMs = 20;

        /// <summary>Device PIN for writes (from the configuration). Null or empty disables every write.</summary>
        public string Pin;

        /// <summary>A host name the board answers to besides its IP address (nf.config web.hostname, already checked by
        /// HostNameCheck); null or empty: the address only. Any other Host gets 421.</summary>
        public string Hostname;

        /// <summary>Also accept localhost, 127.0.0.1 and [::1] as this board's name. The Sim only: no browser can send
        /// them to a board on the LAN, so the device leaves this off.</summary>
        public bool AcceptLoopbackHost;

        /// <summary>Failed PIN attempts one client address may make in a burst.</summary>
        public int PinAttemptBurst = 5;

        /// <summary>Each client address regains one attempt every this many ms.</summary>
        public int PinAttemptRefillMs = 10000;

        /// <summary>Client addresses with recent failed PIN attempts that are tracked one by one (a fixed table, nothing
        /// allocated per request). When all are in use, further addresses share one overflow allowance.</summary>
        public int PinClientSlots = 8;
    }
}
