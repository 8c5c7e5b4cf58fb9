namespace FurnaceFw.Firmware.Config
{
    /// <summary>Wi-Fi, HTTP and web settings from nf.config.</summary>
    public sealed class NetworkConfiguration
    {
        public const int DefaultHttpPort = 80;

        /// <summary>Empty: the web UI is read-only (every write is refused) until a PIN is configured.</summary>
        public string HttpPin { get; set; } = string.Empty;

        public int HttpPort { get; set; } = DefaultHttpPort;

        /// <summary>A host name the web server answers to besides the board's IP address (e.g. "furnace.local"); empty:
        /// the address only. Requests naming any other host get 421 (DNS rebinding defence, docs/http-api.md).</summary>
        public string WebHostname { get; set; } = string.Empty;

        /// <summary>Empty: keep whatever the device's own network configuration block holds.</summary>
        public string WifiSsid { get; set; } = string.Empty;

        public string WifiPassword { get; set; } = string.Empty;
    }
}
