namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// Network link state as the driver already knows it (association flags, interface address, signal).
    /// Implementations must never open a connection to find out: that is how a furnace deadlocked.
    /// </summary>
    public interface ILinkStatus
    {
        /// <summary>Associated and holding an IPv4 address. Reads memory only; never blocks.</summary>
        bool IsUp { get; }

        /// <summary>The interface's IPv4 address a.b.c.d as (a &lt;&lt; 24) | (b &lt;&lt; 16) | (c &lt;&lt; 8) | d; 0 while it has
        /// none. Reads memory only; never blocks. The web server accepts requests addressed to it (DNS rebinding defence).</summary>
        int Ipv4Address { get; }

        /// <summary>Received signal strength of the associated access point in dBm (a negative number, e.g. -61);
        /// <see cref="LinkSignal.Unknown"/> (-1) when there is no reading (link down, not measured yet, or a driver
        /// without one). Reads memory only; never blocks.</summary>
        int SignalDbm { get; }
    }
}
