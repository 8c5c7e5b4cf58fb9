namespace FurnaceFw.Web
{
    /// <summary>Validates one field line (RFC 9112 §5) and records the few fields the server acts on.</summary>
    internal static class HeaderFieldParser
    {
        private static readonly byte[] Host = Ascii.Bytes("host");
        private static readonly byte[] ContentLength = Ascii.Bytes("content-length");
        private static readonly byte[] TransferEncoding = Ascii.Bytes("transfer-encoding");
        private static readonly byte[] Origin = Ascii.Bytes("origin");
        private static readonly byte[] FetchSite = Ascii.Bytes("sec-fetch-site");
        private static readonly byte[] Csrf = Ascii.Bytes("x-furnace-csrf");
        private static readonly byte[] Pin = Ascii.Bytes("x-furnace-pin");

        /// <summary>Parses buffer[start, start+length) (CRLF excluded). Returns <see cref="HttpRequestParser.Complete"/> or 400.</summary>
        public static int Parse(byte[] buffer, int start, int length, HttpRequest request)
        {
            int end = start + length;
            int colon = -1;
            for (int i = start; i < end; i++)
            {
                if (buffer[i] == (byte)':')
                {
                    colon = i;
                    break;
                }

                // Covers obs-fold (a line starting with SP/HTAB) and whitespace before the colon: both are 400 (RFC 9112 §5.1, §5.2).
                if (!Ascii.IsTokenChar(buffer[i]))
                {
                    return 400;
                }
            }

            if (colon <= start)
            {
                return 400;
            }

            int valueStart = colon + 1;
            int valueEnd = end;
            while (valueStart < valueEnd && IsWhitespace(buffer[valueStart]))
            {
                valueStart++;
            }

            while (valueEnd > valueStart && IsWhitespace(buffer[valueEnd - 1]))
            {
                valueEnd--;
            }

            int nameLength = colon - start;
            int valueLength = valueEnd - valueStart;
            if (Ascii.Equals(buffer, start, nameLength, Host, true))
            {
                return ParseHost(buffer, valueStart, valueLength, request);
            }
            else if (Ascii.Equals(buffer, start, nameLength, ContentLength, true))
            {
                int value = Ascii.ParseDecimal(buffer, valueStart, valueLength);
                if (request.ContentLength >= 0 || value < 0)
                {
                    return 400;
                }

                request.ContentLength = value;
            }
            else if (Ascii.Equals(buffer, start, nameLength, TransferEncoding, true))
            {
                request.HasTransferEncoding = true;
            }
            else if (Ascii.Equals(buffer, start, nameLength, Origin, true))
            {
                return Record(ref request.OriginStart, ref request.OriginLength, valueStart, valueLength);
            }
            else if (Ascii.Equals(buffer, start, nameLength, FetchSite, true))
            {
                return Record(ref request.FetchSiteStart, ref request.FetchSiteLength, valueStart, valueLength);
            }
            else if (Ascii.Equals(buffer, start, nameLength, Csrf, true))
            {
                return Record(ref request.CsrfStart, ref request.CsrfLength, valueStart, valueLength);
            }
            else if (Ascii.Equals(buffer, start, nameLength, Pin, true))
            {
                return Record(ref request.PinStart, ref request.PinLength, valueStart, valueLength);
            }

            return HttpRequestParser.Complete;
        }

        /// <summary>RFC 9112 §3.2: exactly one Host, and a valid one (host [":" port] per RFC 3986, no userinfo, no
        /// path, nothing else); otherwise 400.</summary>
        private static int ParseHost(byte[] buffer, int valueStart, int valueLength, HttpRequest request)
        {
            if (request.HostStart >= 0)
            {
                return 400;
            }

            int hostLength;
            int port;
            int ipv4;
            int kind = Authority.Parse(buffer, valueStart, valueLength, request.HostIpv6, out hostLength, out port, out ipv4);
            if (kind == Authority.Invalid)
            {
                return 400;
            }

            request.HostStart = valueStart;
            request.HostLength = valueLength;
            request.HostNameLength = hostLength;
            request.HostKind = kind;
            request.HostPort = port;
            request.HostIpv4 = ipv4;
            return HttpRequestParser.Complete;
        }

        // A security-relevant field sent twice is ambiguous: refuse rather than pick one.
        private static int Record(ref int fieldStart, ref int fieldLength, int valueStart, int valueLength)
        {
            if (fieldStart >= 0)
            {
                return 400;
            }

            fieldStart = valueStart;
            fieldLength = valueLength;
            return HttpRequestParser.Complete;
        }

        private static bool IsWhitespace(byte b) => b == (byte)' ' || b == (byte)'\t';
    }
}
