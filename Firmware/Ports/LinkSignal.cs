namespace FurnaceFw.Firmware.Ports
{
    /// <summary>Values of <see cref="ILinkStatus.SignalDbm"/>.</summary>
    public static class LinkSignal
    {
        /// <summary>No reading. Never a real RSSI: a station's received signal is always well below -1 dBm.</summary>
        public const int Unknown = -1;
    }
}
