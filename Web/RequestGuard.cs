namespace FurnaceFw.Web
{
    /// <summary>Per worker: asks the shared <see cref="WriteGuard"/> whether a POST may write and, if not, answers the
    /// refusal with a message that says why (401, 403, 429).</summary>
    internal sealed class RequestGuard
    {
        private static readonly byte[] WrongPin = Ascii.Bytes("missing or wrong PIN (X-Furnace-Pin)");
        private static readonly byte[] TooManyPins = Ascii.Bytes("too many wrong PINs from this address, wait and retry");
        private static readonly byte[] CrossSite = Ascii.Bytes("cross-site request or missing X-Furnace-Csrf: 1");
        private static readonly byte[] WritesDisabled = Ascii.Bytes("writes disabled: no PIN configured");

        private readonly FurnaceWebApp _app;
        private readonly ResponseWriter _output;

        public RequestGuard(FurnaceWebApp app, ResponseWriter output)
        {
            _app = app;
            _output = output;
        }

        /// <summary>True if the request may write; otherwise the refusal has been written.</summary>
        public bool Authorize(HttpRequest request, bool headOnly)
        {
            WriteGuard guard = _app.Guard;
            switch (guard.Check(request))
            {
                case WriteGuard.Allowed:
                    return true;
                case 401:
                    HttpResponseHead.WriteError(_output, 401, WrongPin, headOnly, null);
                    return false;
                case 429:
                    HttpResponseHead.WriteError(_output, 429, TooManyPins, headOnly, HttpResponseHead.RetryAfterTenSeconds);
                    return false;
                default:
                    HttpResponseHead.WriteError(_output, 403, guard.WritesEnabled ? CrossSite : WritesDisabled, headOnly, null);
                    return false;
            }
        }
    }
}
