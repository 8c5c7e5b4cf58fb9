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
        private readonly Random _seeds = new Random();
        private FirmwareAttachment _attachment;
        private WriteGuard _guard;

        public FurnaceWebApp(FurnaceFirmware firmware, HttpServerOptions options, IMonotonicClock clock)
        {
            _attachment = new FirmwareAttachment(firmware);
            _options = options;
            _clock = clock;
        }

        /// <summary>Read without a lock (a lock takes a heap record per request on nanoFramework): a reference read is
        /// atomic, and a request that still sees the previous firmware during a simulated reset is harmless.</summary>
        internal FirmwareAttachment Attachment => _attachment;

        /// <summary>The shared write guard (PIN and origin checks); null until the server has started.</summary>
        public WriteGuard Guard => _guard;

        /// <summary>Points the API at a new firmware instance (the simulator rebuilds it on a simulated reset).</summary>
        public void Attach(FurnaceFirmware firmware)
        {
            _attachment = new FirmwareAttachment(firmware);
        }

        public IRequestHandler CreateHandler(HttpServer server, ResponseWriter output)
        {
            if (_guard == null)
            {
                _guard = new WriteGuard(_options, _clock, server.Stats);
            }

            // Each worker draws latch-reset tokens from its own generator, so no lock is needed per request.
            return new FurnaceApi(this, server, output, new Random(_seeds.Next()));
        }
    }
}
