namespace FurnaceFw.Protocol
{
    /// <summary>
    /// Conditions the status LED adds in the last second of each 4-second frame of an operating pattern (idle, heating,
    /// banking): two short blinks for Wi-Fi down, one for a host holding Co-op, a 0.75 s flash for both. Fault patterns
    /// use the whole frame and show no tail. Wire-stable: never reuse a bit.
    /// </summary>
    public static class LedModifiers
    {
        public const int None = 0;

        /// <summary>The Wi-Fi link is down.</summary>
        public const int WifiDown = 1 << 0;

        /// <summary>A host on I2C holds Co-op (SR-7).</summary>
        public const int HostCoop = 1 << 1;
    }
}
