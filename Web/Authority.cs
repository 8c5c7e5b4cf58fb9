namespace FurnaceFw.Web
{
    /// <summary>
    /// RFC 3986 §3.2.2–3.2.3 authority without userinfo, as the Host field (RFC 9110 §7.2) and an Origin carry it:
    /// host [ ":" port ], where host is an IP-literal ("[" IPv6address / IPvFuture "]"), an IPv4address or a reg-name.
    /// Parsed in place; the only output memory is the caller's 8-group array for an IPv6 address.
    /// </summary>
    /// <remarks>
    /// Stricter than the grammar in two places, both refusals rather than interpretations: a ',' in a reg-name is
    /// refused (it reads as a list of hosts), and a port has at most 5 digits and is at most 65535.
    /// </remarks>
    internal static class Authority
    {
        public const int Invalid = 0;
        public const int RegName = 1;
        public const int IPv4 = 2;
        public const int IPv6 = 3;
        public const int IPvFuture = 4;

        /// <summary>No port was given.</summary>
        public const int NoPort = -1;

        /// <summary>Parses buffer[start, start+length). Returns the host kind or <see cref="Invalid"/>.</summary>
        /// <param name="hostLength">Length of the host part (brackets included for an IP-literal).</param>
        /// <param name="port">The port, or <see cref="NoPort"/>.</param>
        /// <param name="ipv4">For <see cref="IPv4"/>: the address as a.b.c.d → (a &lt;&lt; 24) | (b &lt;&lt; 16) | (c &lt;&lt; 8) | d.</param>
        /// <param name="ipv6">For <see cref="IPv6"/>: the eight 16-bit groups (at least 8 elements).</param>
        public static int Parse(byte[] buffer, int start, int length, int[] ipv6, out int hostLength, out int port, out int ipv4)
        {
            hostLength = 0;
            port = NoPort;
            ipv4 = 0;
            if (length <= 0)
            {
                return Invalid;
            }

            int end = start + length;
            int kind;
            int hostEnd;
            if (buffer[start] == (byte)'[')
            {
                int close = IndexOf(buffer, start + 1, end, (byte)']');
                if (close < 0)
                {
                    return Invalid;
                }

                kind = ParseIpLiteral(buffer, start + 1, close, ipv6);
                hostEnd = close + 1;
            }
            else
            {
                hostEnd = IndexOf(buffer, start, end, (byte)':');
                if (hostEnd < 0)
                {
                    hostEnd = end;
                }

                kind = IsIPv4(buffer, start, hostEnd, out ipv4) ? IPv4 : IsRegName(buffer, start, hostEnd) ? RegName : Invalid;
            }

            if (kind == Invalid)
            {
                return Invalid;
            }

            hostLength = hostEnd - start;
            if (hostEnd == end)
            {
                return kind;
            }

            if (buffer[hostEnd] != (byte)':' || !ParsePort(buffer, hostEnd + 1, end, out port))
            {
                return Invalid;
            }

            return kind;
        }

        private static bool ParsePort(byte[] buffer, int start, int end, out int port)
        {
            port = 0;
            if (end - start > 5)
            {
                return false;
            }

            if (start == end)
            {
                port = NoPort; // "host:" is allowed by RFC 3986 (port = *DIGIT) and means the default port
                return true;
            }

            for (int i = start; i < end; i++)
            {
                if (!Ascii.IsDigit(buffer[i]))
                {
                    return false;
                }

                port = port * 10 + (buffer[i] - '0');
            }

            return port <= 65535;
        }

        /// <summary>reg-name = 1*( unreserved / pct-encoded / sub-delims ), without ',' (see remarks).</summary>
        private static bool IsRegName(byte[] buffer, int start, int end)
        {
            if (start == end)
            {
                return false;
            }

            for (int i = start; i < end; i++)
            {
                byte b = buffer[i];
                if (b == (byte)'%')
                {
                    if (i + 2 >= end || !Ascii.IsHexDigit(buffer[i + 1]) || !Ascii.IsHexDigit(buffer[i + 2]))
                    {
                        return false;
                    }

                    i += 2;
                }
                else if (b == (byte)',' || !(Ascii.IsUnreserved(b) || Ascii.IsSubDelim(b)))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>IPv4address = dec-octet "." dec-octet "." dec-octet "." dec-octet, no leading zeros.</summary>
        public static bool IsIPv4(byte[] buffer, int start, int end, out int address)
        {
            address = 0;
            int octets = 0;
            int i = start;
            while (true)
            {
                int digitsStart = i;
                int value = 0;
                while (i < end && Ascii.IsDigit(buffer[i]) && i - digitsStart < 3)
                {
                    value = value * 10 + (buffer[i] - '0');
                    i++;
                }

                int digits = i - digitsStart;
                if (digits == 0 || value > 255 || (digits > 1 && buffer[digitsStart] == (byte)'0'))
                {
                    return false;
                }

                address = (address << 8) | value;
                if (++octets == 4)
                {
                    return i == end;
                }

                if (i >= end || buffer[i] != (byte)'.')
                {
                    return false;
                }

                i++;
            }
        }

        private static int ParseIpLiteral(byte[] buffer, int start, int end, int[] ipv6)
        {
            if (start < end && (buffer[start] == (byte)'v' || buffer[start] == (byte)'V'))
            {
                return IsIPvFuture(buffer, start + 1, end) ? IPvFuture : Invalid;
            }

            return ParseIPv6(buffer, start, end, ipv6) ? IPv6 : Invalid;
        }

        /// <summary>After the "v": 1*HEXDIG "." 1*( unreserved / sub-delims / ":" ).</summary>
        private static bool IsIPvFuture(byte[] buffer, int start, int end)
        {
            int i = start;
            while (i < end && Ascii.IsHexDigit(buffer[i]))
            {
                i++;
            }

            if (i == start || i >= end || buffer[i] != (byte)'.' || i + 1 == end)
            {
                return false;
            }

            for (i++; i < end; i++)
            {
                byte b = buffer[i];
                if (!(Ascii.IsUnreserved(b) || Ascii.IsSubDelim(b) || b == (byte)':'))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>RFC 3986 IPv6address: up to eight h16 groups, one "::" for a run of zero groups, and an optional
        /// dotted IPv4 tail counting as two groups. Fills <paramref name="groups"/>.</summary>
        private static bool ParseIPv6(byte[] buffer, int start, int end, int[] groups)
        {
            for (int g = 0; g < 8; g++)
            {
                groups[g] = 0;
            }

            int count = 0;
            int gap = -1;
            int i = start;
            if (end - start >= 2 && buffer[i] == (byte)':' && buffer[i + 1] == (byte)':')
            {
                gap = 0;
                i += 2;
                if (i == end)
                {
                    return true; // "::"
                }
            }

            while (i < end)
            {
                if (count == 8)
                {
                    return false;
                }

                int groupStart = i;
                int value = 0;
                while (i < end && Ascii.IsHexDigit(buffer[i]) && i - groupStart < 4)
                {
                    value = (value << 4) | HexValue(buffer[i]);
                    i++;
                }

                if (i < end && buffer[i] == (byte)'.')
                {
                    // A dotted IPv4 tail: it must end the address and needs two free groups.
                    int address;
                    if (count > 6 || !IsIPv4(buffer, groupStart, end, out address))
                    {
                        return false;
                    }

                    groups[count++] = (address >> 16) & 0xFFFF;
                    groups[count++] = address & 0xFFFF;
                    i = end;
                    break;
                }

                if (i == groupStart)
                {
                    return false; // an empty group outside "::", or a fifth hex digit
                }

                groups[count++] = value;
                if (i == end)
                {
                    break;
                }

                if (buffer[i] != (byte)':')
                {
                    return false;
                }

                i++;
                if (i < end && buffer[i] == (byte)':')
                {
                    if (gap >= 0)
                    {
                        return false; // a second "::"
                    }

                    gap = count;
                    i++;
                    if (i == end)
                    {
                        break;
                    }
                }
                else if (i == end)
                {
                    return false; // a trailing single ':'
                }
            }

            if (gap < 0)
            {
                return count == 8;
            }

            if (count == 8)
            {
                return false; // "::" must stand for at least one group
            }

            // Move the groups after the gap to the end; the run in between stays zero.
            int tail = count - gap;
            for (int k = 1; k <= tail; k++)
            {
                groups[8 - k] = groups[count - k];
                groups[count - k] = 0;
            }

            return true;
        }

        private static int HexValue(byte b) => b <= (byte)'9' ? b - '0' : (b | 0x20) - 'a' + 10;

        private static int IndexOf(byte[] buffer, int start, int end, byte value)
        {
            for (int i = start; i < end; i++)
            {
                if (buffer[i] == value)
                {
                    return i;
                }
            }

            return -1;
        }
    }
}
