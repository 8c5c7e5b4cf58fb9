namespace FurnaceFw.Web
{
    /// <summary>
    /// Status line and the headers every response carries: always Connection: close, never cached. Every piece is a
    /// byte array made once at start-up, so writing a head allocates nothing.
    /// </summary>
    public static class HttpResponseHead
    {
        public static readonly byte[] Json = Ascii.Bytes("application/json");
        public static readonly byte[] Html = Ascii.Bytes("text/html; charset=utf-8");

        /// <summary>The page runs only its own inline code and talks only to this device.</summary>
        public static readonly byte[] PageSecurityHeaders = Ascii.Bytes(
            "Content-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
            + "X-Frame-Options: DENY\r\n");

        public static readonly byte[] RetryAfterOneSecond = Ascii.Bytes("Retry-After: 1\r\n");
        public static readonly byte[] RetryAfterTenSeconds = Ascii.Bytes("Retry-After: 10\r\n");
        public static readonly byte[] AllowGetHead = Ascii.Bytes("Allow: GET, HEAD\r\n");
        public static readonly byte[] AllowPost = Ascii.Bytes("Allow: POST\r\n");

        private static readonly byte[] ContentType = Ascii.Bytes("Content-Type: ");
        private static readonly byte[] ContentLength = Ascii.Bytes("\r\nContent-Length: ");
        private static readonly byte[] Common = Ascii.Bytes(
            "\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n");
        private static readonly byte[] Crlf = Ascii.Bytes("\r\n");
        private static readonly byte[] ErrorOpen = Ascii.Bytes("{\"error\":\"");
        private static readonly byte[] ErrorClose = Ascii.Bytes("\"}");

        private static readonly int[] Codes =
        {
            200, 202, 400, 401, 403, 404, 405, 408, 409, 411, 413, 414, 421, 422, 429, 431, 500, 501, 503, 505,
        };

        private static readonly byte[][] StatusLines = BuildStatusLines();
        private static readonly byte[] UnknownStatusLine = Ascii.Bytes("HTTP/1.1 500 Internal Server Error\r\n");

        private static readonly byte[] Malformed = Ascii.Bytes("malformed request");
        private static readonly byte[] NotFound = Ascii.Bytes("no such resource");
        private static readonly byte[] MethodNotAllowed = Ascii.Bytes("method not allowed here");
        private static readonly byte[] LengthRequired = Ascii.Bytes("Content-Length required (chunked bodies are not supported)");
        private static readonly byte[] TooLarge = Ascii.Bytes("request body too large");
        private static readonly byte[] LineTooLong = Ascii.Bytes("request line too long");
        private static readonly byte[] HeadersTooLarge = Ascii.Bytes("request headers too large");
        private static readonly byte[] NotImplemented = Ascii.Bytes("not implemented (method or Transfer-Encoding)");
        private static readonly byte[] Busy = Ascii.Bytes("busy, retry shortly");
        private static readonly byte[] VersionNotSupported = Ascii.Bytes("HTTP version not supported");
        private static readonly byte[] Error = Ascii.Bytes("error");

        public static void Write(ResponseWriter output, int status, byte[] contentType, int contentLength, byte[] extraHeaders)
        {
            output.Append(StatusLine(status));
            output.Append(ContentType);
            output.Append(contentType);
            output.Append(ContentLength);
            output.Append(contentLength);
            output.Append(Common);
            if (extraHeaders != null)
            {
                output.Append(extraHeaders);
            }

            output.Append(Crlf);
        }

        /// <summary>A complete JSON error response: {"error":"message"}. The message is plain ASCII without quotes.</summary>
        public static void WriteError(ResponseWriter output, int status, byte[] message, bool headOnly, byte[] extraHeaders)
        {
            Write(output, status, Json, message.Length + ErrorOpen.Length + ErrorClose.Length, extraHeaders);
            if (!headOnly)
            {
                output.Append(ErrorOpen);
                output.Append(message);
                output.Append(ErrorClose);
            }

            output.Flush();
        }

        /// <summary>The error message the server sends for a status the parser or router produced.</summary>
        public static byte[] DefaultMessage(int status)
        {
            switch (status)
            {
                case 400: return Malformed;
                case 404: return NotFound;
                case 405: return MethodNotAllowed;
                case 411: return LengthRequired;
                case 413: return TooLarge;
                case 414: return LineTooLong;
                case 431: return HeadersTooLarge;
                case 501: return NotImplemented;
                case 503: return Busy;
                case 505: return VersionNotSupported;
                default: return Error;
            }
        }

        /// <summary>"HTTP/1.1 NNN Phrase\r\n" for <paramref name="status"/>.</summary>
        public static byte[] StatusLine(int status)
        {
            for (int i = 0; i < Codes.Length; i++)
            {
                if (Codes[i] == status)
                {
                    return StatusLines[i];
                }
            }

            return UnknownStatusLine;
        }

        private static byte[][] BuildStatusLines()
        {
            string[] phrases =
            {
                "OK", "Accepted", "Bad Request", "Unauthorized", "Forbidden", "Not Found", "Method Not Allowed", "Request Timeout",
                "Conflict", "Length Required", "Content Too Large", "URI Too Long", "Misdirected Request", "Unprocessable Content",
                "Too Many Requests", "Request Header Fields Too Large", "Internal Server Error", "Not Implemented",
                "Service Unavailable", "HTTP Version Not Supported",
            };
            byte[][] lines = new byte[Codes.Length][];
            for (int i = 0; i < lines.Length; i++)
            {
                lines[i] = Ascii.Bytes("HTTP/1.1 " + Codes[i].ToString() + " " + phrases[i] + "\r\n");
            }

            return lines;
        }
    }
}
