namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// Network link state as the driver already knows it (association flags, interface address).
    /// Implementations must never open a connection to find out: that is how a furnace deadlocked.
    /// </summary>
    public interface ILinkStatus
    {
        /// <summary>Associated and holding an IPv4 address. Reads memory only; never blocks.</summary>
        bool IsUp { get; }
    }
}
