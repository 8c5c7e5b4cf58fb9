namespace FurnaceFw.Web
{
    /// <summary>
    /// Strict, incremental HTTP/1.1 request parser (RFC 9112) over a fixed buffer. Call <see cref="Parse"/> after
    /// every receive; it resumes where it stopped. Limits are checked as bytes arrive, before anything is stored.
    /// </summary>
    /// <remarks>
    /// Policy, chosen to leave no room for request smuggling on a device that never talks to a proxy:
    /// CRLF only (a bare LF or CR is 400); no obs-fold; no whitespace between a field name and its colon; ASCII only;
    /// exactly one valid Host (RFC 3986 authority, no userinfo) for HTTP/1.1; one Content-Length of plain digits; any
    /// Transfer-Encoding is 501 (400 together with Content-Length); origin-form targets of RFC 3986 characters only.
    /// </remarks>
    public sealed class HttpRequestParser
    {
        /// <summary>More bytes are needed.</summary>
        public const int NeedMore = 0;

        /// <summary>Request line, headers and body are complete.</summary>
        public const int Complete = 1;

        private const int PhaseRequestLine = 0;
        private const int PhaseHeaders = 1;
        private const int PhaseBody = 2;

        private static readonly byte[] Get = Ascii.Bytes("GET");
        private static readonly byte[] Head = Ascii.Bytes("HEAD");
        private static readonly byte[] Post = Ascii.Bytes("POST");
        private static readonly byte[] HttpSlash = Ascii.Bytes("HTTP/");

        private readonly HttpServerOptions _options;

        public HttpRequestParser(HttpServerOptions options)
        {
            _options = options;
        }

        /// <summary>Size of a receive buffer that can hold any request within the limits.</summary>
        public int RequiredBufferBytes => _options.MaxRequestLineBytes + _options.MaxHeaderBytes + _options.MaxBodyBytes;

        /// <summary>Examines buffer[0, length). Returns <see cref="NeedMore"/>, <see cref="Complete"/>, or the HTTP error status.</summary>
        public int Parse(byte[] buffer, int length, HttpRequest request)
        {
            if (request.Phase == PhaseRequestLine)
            {
                int status = ScanRequestLine(buffer, length, request);
                if (status != Complete)
                {
                    return status;
                }
            }

            if (request.Phase == PhaseHeaders)
            {
                int status = ScanHeaders(buffer, length, request);
                if (status != Complete)
                {
                    return status;
                }
            }

            return length - request.BodyStart >= request.BodyLength ? Complete : NeedMore;
        }

        private int ScanRequestLine(byte[] buffer, int length, HttpRequest request)
        {
            int limit = _options.MaxRequestLineBytes;
            for (int i = request.ScanPos; i < length; i++)
            {
                byte b = buffer[i];
                if (b == (byte)'\n')
                {
                    if (i == 0 || buffer[i - 1] != (byte)'\r')
                    {
                        return 400;
                    }

                    request.ScanPos = i + 1;
                    request.HeadersStart = i + 1;
                    request.LineStart = i + 1;
                    request.Phase = PhaseHeaders;
                    return ParseRequestLine(buffer, i - 1, request);
                }

                if (i >= limit - 1)
                {
                    return 414;
                }

                int check = CheckLineByte(buffer, i, false);
                if (check != 0)
                {
                    return check;
                }
            }

            request.ScanPos = length;
            return NeedMore;
        }

        private int ScanHeaders(byte[] buffer, int length, HttpRequest request)
        {
            int limit = request.HeadersStart + _options.MaxHeaderBytes;
            for (int i = request.ScanPos; i < length; i++)
            {
                if (i >= limit)
                {
                    return 431;
                }

                byte b = buffer[i];
                if (b != (byte)'\n')
                {
                    int check = CheckLineByte(buffer, i, true);
                    if (check != 0)
                    {
                        return check;
                    }

                    continue;
                }

                int lineEnd = i - 1;
                if (lineEnd < request.LineStart || buffer[lineEnd] != (byte)'\r')
                {
                    return 400;
                }

                int lineStart = request.LineStart;
                request.LineStart = i + 1;
                request.ScanPos = i + 1;
                if (lineEnd == lineStart)
                {
                    request.BodyStart = i + 1;
                    request.Phase = PhaseBody;
                    return CheckFraming(request);
                }

                if (++request.HeaderCount > _options.MaxHeaderCount)
                {
                    return 431;
                }

                int status = HeaderFieldParser.Parse(buffer, lineStart, lineEnd - lineStart, request);
                if (status != Complete)
                {
                    return status;
                }
            }

            request.ScanPos = length;
            return NeedMore;
        }

        /// <summary>0 if the byte may appear in a request line or field line; otherwise 400.</summary>
        private static int CheckLineByte(byte[] buffer, int i, bool allowTab)
        {
            // Called for every byte except LF: so a CR before it means a bare CR.
            if (i > 0 && buffer[i - 1] == (byte)'\r')
            {
                return 400;
            }

            byte b = buffer[i];
            if (b == (byte)'\r')
            {
                return 0;
            }

            if (b >= 0x20 && b < 0x7F)
            {
                return 0;
            }

            return allowTab && b == (byte)'\t' ? 0 : 400;
        }

        private static int ParseRequestLine(byte[] buffer, int end, HttpRequest request)
        {
            int methodEnd = IndexOf(buffer, 0, end, (byte)' ');
            if (methodEnd <= 0)
            {
                return 400;
            }

            int targetStart = methodEnd + 1;
            int targetEnd = IndexOf(buffer, targetStart, end, (byte)' ');
            if (targetEnd <= targetStart)
            {
                return 400;
            }

            int versionStart = targetEnd + 1;
            int versionStatus = ParseVersion(buffer, versionStart, end - versionStart, request);
            if (versionStatus != Complete)
            {
                return versionStatus;
            }

            for (int i = 0; i < methodEnd; i++)
            {
                if (!Ascii.IsTokenChar(buffer[i]))
                {
                    return 400;
                }
            }

            if (Ascii.Equals(buffer, 0, methodEnd, Get, false))
            {
                request.Method = HttpRequest.MethodGet;
            }
            else if (Ascii.Equals(buffer, 0, methodEnd, Head, false))
            {
                request.Method = HttpRequest.MethodHead;
            }
            else if (Ascii.Equals(buffer, 0, methodEnd, Post, false))
            {
                request.Method = HttpRequest.MethodPost;
            }
            else
            {
                return 501;
            }

            // Origin-form only: this server is never a proxy's target, so absolute-form and '*' are refused, and so is
            // any character RFC 3986 does not allow in a path or query (a fragment '#' included).
            if (!RequestTarget.IsValidOriginForm(buffer, targetStart, targetEnd))
            {
                return 400;
            }

            request.TargetStart = targetStart;
            request.TargetLength = targetEnd - targetStart;
            return Complete;
        }

        private static int ParseVersion(byte[] buffer, int start, int length, HttpRequest request)
        {
            if (length != 8 || !Ascii.Equals(buffer, start, 5, HttpSlash, false) || buffer[start + 6] != (byte)'.')
            {
                return 400;
            }

            int major = buffer[start + 5] - '0';
            int minor = buffer[start + 7] - '0';
            if (major < 0 || major > 9 || minor < 0 || minor > 9)
            {
                return 400;
            }

            if (major != 1 || minor > 1)
            {
                return 505;
            }

            request.VersionMinor = minor;
            return Complete;
        }

        private int CheckFraming(HttpRequest request)
        {
            if (request.VersionMinor == 1 && request.HostStart < 0)
            {
                return 400;
            }

            if (request.HasTransferEncoding)
            {
                // Both framings at once is the classic smuggling form; a lone Transfer-Encoding is just unsupported.
                return request.ContentLength >= 0 ? 400 : 501;
            }

            if (request.Method == HttpRequest.MethodPost && request.ContentLength < 0)
            {
                return 411;
            }

            return request.ContentLength > _options.MaxBodyBytes ? 413 : Complete;
        }

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
