using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Web
{
    /// <summary>
    /// DNS rebinding defence, on every request: the Host must name this board. Accepted: the board's current IPv4
    /// address (read from the link status, no I/O), the host name configured as <c>web.hostname</c>, and, only where
    /// <see cref="HttpServerOptions.AcceptLoopbackHost"/> is set (the Sim), localhost, 127.0.0.1 and [::1].
    /// A page from attacker.example that re-points its name at the board still sends Host: attacker.example, so it is
    /// answered 421 before any handler runs, and its writes never reach the PIN check.
    /// </summary>
    internal sealed class HostPolicy
    {
        private const int LoopbackIpv4 = 0x7F000001;
        private static readonly byte[] Localhost = Ascii.Bytes("localhost");

        private readonly ILinkStatus _link;
        private readonly byte[] _hostname;
        private readonly bool _loopback;

        public HostPolicy(HttpServerOptions options, ILinkStatus link)
        {
            _link = link;
            _hostname = options.Hostname == null || options.Hostname.Length == 0 ? null : Ascii.Bytes(options.Hostname);
            _loopback = options.AcceptLoopbackHost;
        }

        /// <summary>True when the request's Host names this board (a request without Host, HTTP/1.0 only, has nothing
        /// to check: browsers always send one).</summary>
        public bool Accepts(HttpRequest request)
        {
            if (request.HostStart < 0)
            {
                return true;
            }

            switch (request.HostKind)
            {
                case Authority.IPv4:
                    int address = request.HostIpv4;
                    return (address != 0 && address == _link.Ipv4Address) || (_loopback && address == LoopbackIpv4);
                case Authority.IPv6:
                    return _loopback && IsIpv6Loopback(request.HostIpv6);
                case Authority.RegName:
                    return IsName(request.Buffer, request.HostStart, request.HostNameLength, _hostname)
                        || (_loopback && IsName(request.Buffer, request.HostStart, request.HostNameLength, Localhost));
                default:
                    return false;
            }
        }

        /// <summary>The name, ignoring case, with or without the trailing dot of a fully qualified name.</summary>
        private static bool IsName(byte[] buffer, int start, int length, byte[] name)
        {
            if (name == null)
            {
                return false;
            }

            if (length == name.Length + 1 && buffer[start + length - 1] == (byte)'.')
            {
                length--;
            }

            return length == name.Length && Ascii.EqualsIgnoreCase(buffer, start, name, 0, length);
        }

        private static bool IsIpv6Loopback(int[] groups)
        {
            for (int i = 0; i < 7; i++)
            {
                if (groups[i] != 0)
                {
                    return false;
                }
            }

            return groups[7] == 1;
        }
    }
}
