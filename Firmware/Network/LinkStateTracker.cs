using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Network
{
    /// <summary>
    /// Link state as the network driver last reported it. The board's network code calls <see cref="Update"/> from
    /// NetworkChange events and its own thread; <see cref="IsUp"/> is a plain memory read for the control cycle and
    /// the web server, and never touches the network.
    /// </summary>
    public sealed class LinkStateTracker : ILinkStatus
    {
        private int _up;
        private int _changes;

        /// <summary>Associated and holding an IPv4 address, as of the last update.</summary>
        public bool IsUp => _up != 0;

        /// <summary>How often the state flipped (shown in diagnostics; a flapping link is visible).</summary>
        public int ChangeCount => _changes;

        /// <summary>Records the driver's view: link flag and the interface's IPv4 address ("0.0.0.0" without a lease).</summary>
        public void Update(bool linkAvailable, string ipv4Address)
        {
            int up = linkAvailable && HasAddress(ipv4Address) ? 1 : 0;
            if (Interlocked.Exchange(ref _up, up) != up)
            {
                Interlocked.Increment(ref _changes);
            }
        }

        /// <summary>True for a usable IPv4 address: not empty, not 0.0.0.0 (nanoFramework's "no lease").</summary>
        public static bool HasAddress(string ipv4Address) =>
            ipv4Address != null && ipv4Address.Length >= 7 && ipv4Address != "0.0.0.0" && ipv4Address[0] != '0';
    }
}
