using System.Threading;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware.Network
{
    /// <summary>
    /// Link state as the network driver last reported it. The board's network code calls <see cref="Update"/> and
    /// <see cref="UpdateSignal"/> from NetworkChange events and its own thread; the getters are plain memory reads for
    /// the control cycle and the web server, and never touch the network.
    /// </summary>
    public sealed class LinkStateTracker : ILinkStatus
    {
        private int _up;
        private int _changes;
        private int _address;
        private int _signalDbm = LinkSignal.Unknown;

        /// <summary>Associated and holding an IPv4 address, as of the last update.</summary>
        public bool IsUp => Interlocked.CompareExchange(ref _up, 0, 0) != 0;

        /// <summary>How often the state flipped (shown in diagnostics; a flapping link is visible).</summary>
        public int ChangeCount => Interlocked.CompareExchange(ref _changes, 0, 0);

        public int Ipv4Address => Interlocked.CompareExchange(ref _address, 0, 0);

        public int SignalDbm => Interlocked.CompareExchange(ref _signalDbm, 0, 0);

        /// <summary>Records the driver's view: link flag and the interface's IPv4 address ("0.0.0.0" without a lease).</summary>
        public void Update(bool linkAvailable, string ipv4Address)
        {
            int address = linkAvailable ? ParseIpv4(ipv4Address) : 0;
            int up = address != 0 ? 1 : 0;
            Interlocked.Exchange(ref _address, address);
            if (Interlocked.Exchange(ref _up, up) != up)
            {
                Interlocked.Increment(ref _changes);
            }

            if (up == 0)
            {
                Interlocked.Exchange(ref _signalDbm, LinkSignal.Unknown);
            }
        }

        /// <summary>Records the driver's RSSI in dBm; anything that is not a plausible reading (-1 or above, below -127)
        /// is stored as <see cref="LinkSignal.Unknown"/>.</summary>
        public void UpdateSignal(int dbm) =>
            Interlocked.Exchange(ref _signalDbm, dbm >= LinkSignal.Unknown || dbm < -127 ? LinkSignal.Unknown : dbm);

        /// <summary>True for a usable IPv4 address: not empty, not 0.0.0.0 (nanoFramework's "no lease").</summary>
        public static bool HasAddress(string ipv4Address) => ParseIpv4(ipv4Address) != 0;

        /// <summary>Dotted IPv4 → (a &lt;&lt; 24) | (b &lt;&lt; 16) | (c &lt;&lt; 8) | d; 0 for null, malformed, or an address in 0.0.0.0/8.
        /// Reads the string in place (no allocation): it runs on the network thread, never on the control path.</summary>
        public static int ParseIpv4(string text)
        {
            if (text == null)
            {
                return 0;
            }

            int length = text.Length;
            int address = 0;
            int octets = 0;
            int value = -1;
            for (int i = 0; i <= length; i++)
            {
                char c = i < length ? text[i] : '.';
                if (c >= '0' && c <= '9')
                {
                    value = (value < 0 ? 0 : value * 10) + (c - '0');
                    if (value > 255)
                    {
                        return 0;
                    }
                }
                else if (c == '.' && value >= 0 && octets < 4)
                {
                    address = (address << 8) | value;
                    octets++;
                    value = -1;
                }
                else
                {
                    return 0;
                }
            }

            return octets == 4 && (address >> 24) != 0 ? address : 0;
        }
    }
}
