using System;
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// The furnace's web application: the page and the JSON API over the firmware's snapshot exchange (reads) and
    /// command mailbox (writes). The web never waits on the control thread. Shared by all workers; each worker gets its
    /// own <see cref="FurnaceApi"/> with preallocated scratch memory.
    /// </summary>
    public sealed class FurnaceWebApp : IRequestHandlerFactory
    {
        private readonly HttpServerOptions _options;
        private readonly IMonotonicClock _clock;
        private readonly Random _random = new Random();
        private readonly object _lock = new object();
        private FirmwareAttachment _attachment;
        private WriteGuard _guard;

        public FurnaceWebApp(FurnaceFirmware firmware, HttpServerOptions options, IMonotonicClock clock)
        {
            _attachment = new FirmwareAttachment(firmware);
            _options = options;
            _clock = clock;
        }

        internal FirmwareAttachment Attachment
        {
            get { lock (_lock) { return _attachment; } }
        }

        internal WriteGuard Guard => _guard;

        /// <summary>Points the API at a new firmware instance (the simulator rebuilds it on a simulated reset).</summary>
        public void Attach(FurnaceFirmware firmware)
        {
            FirmwareAttachment attachment = new FirmwareAttachment(firmware);
            lock (_lock)
            {
                _attachment = attachment;
            }
        }

        public IRequestHandler CreateHandler(HttpServer server, ResponseWriter output)
        {
            if (_guard == null)
            {
                _guard = new WriteGuard(_options, _clock, server.Stats);
            }

            return new FurnaceApi(this, server, output);
        }

        /// <summary>A random non-zero latch-reset token.</summary>
        internal int NextToken()
        {
            lock (_lock)
            {
                return _random.Next(int.MaxValue - 1) + 1;
            }
        }
    }
}
