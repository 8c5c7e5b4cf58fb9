using System;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// The accept thread's answer when every worker is busy: 503 with Retry-After at once, then the connection is closed.
    /// Before closing it reads what the client has already sent (up to the end of its request head), so the close is a
    /// FIN and not a reset that could destroy the 503 before the client reads it. Bounded in bytes and time: a client
    /// that sends nothing holds the accept thread for <see cref="HttpServerOptions.BusyDrainMs"/> at most.
    /// </summary>
    internal sealed class BusyResponder
    {
        private static readonly byte[] Busy = Ascii.Bytes("busy: every worker is serving another request, retry in a second");

        private readonly HttpServerOptions _options;
        private readonly IMonotonicClock _clock;
        private readonly ResponseWriter _output;
        private readonly byte[] _scratch = new byte[256];

        public BusyResponder(HttpServerOptions options, IMonotonicClock clock)
        {
            _options = options;
            _clock = clock;
            _output = new ResponseWriter(256, clock);
        }

        /// <summary>Answers 503 and closes <paramref name="connection"/> (always, whatever happens).</summary>
        public void Refuse(IConnection connection)
        {
            try
            {
                long now = _clock.NowMs;
                _output.Begin(connection, now + _options.BusyReplyTimeoutMs);
                HttpResponseHead.WriteError(_output, 503, Busy, false, HttpResponseHead.RetryAfterOneSecond);
                DrainRequestHead(connection, now + _options.BusyDrainMs);
            }
            catch (Exception)
            {
                // The client went away or would not take the answer in time: closing is all that is left.
            }
            finally
            {
                connection.Close();
            }
        }

        private void DrainRequestHead(IConnection connection, long deadlineMs)
        {
            int limit = _options.MaxRequestLineBytes + _options.MaxHeaderBytes + _options.MaxBodyBytes;
            int total = 0;
            int tail = 0; // the last bytes seen, to find CR LF CR LF across reads
            while (total < limit)
            {
                int remaining = (int)(deadlineMs - _clock.NowMs);
                int received = remaining <= 0 ? -1 : connection.Receive(_scratch, 0, _scratch.Length, remaining);
                if (received <= 0)
                {
                    return; // nothing more in time, or the client closed
                }

                total += received;
                for (int i = 0; i < received; i++)
                {
                    tail = (tail << 8) | _scratch[i];
                    if (tail == 0x0D0A0D0A)
                    {
                        // The head is in; a body would follow at once, so take what is already there and stop.
                        connection.Receive(_scratch, 0, _scratch.Length, 1);
                        return;
                    }
                }
            }
        }
    }
}
