namespace FurnaceFw.Firmware.Config
{
    /// <summary>Wi-Fi and HTTP settings from nf.config.</summary>
    public sealed class NetworkConfiguration
    {
        public const int DefaultHttpPort = 80;

        /// <summary>Empty: the web UI is read-only (every write is refused) until a PIN is configured.</summary>
        public string HttpPin { get; set; } = string.Empty;

        public int HttpPort { get; set; } = DefaultHttpPort;

        /// <summary>Empty: keep whatever the device's own network configuration block holds.</summary>
        public string WifiSsid { get; set; } = string.Empty;

        public string WifiPassword { get; set; } = string.Empty;
    }
}
