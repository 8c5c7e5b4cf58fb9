namespace FurnaceFw.Web
{
    /// <summary>Status line and the headers every response carries: always Connection: close, never cached.</summary>
    public static class HttpResponseHead
    {
        public const string Json = "application/json";
        public const string Html = "text/html; charset=utf-8";

        /// <summary>The page runs only its own inline code and talks only to this device.</summary>
        public const string PageSecurityHeaders =
            "Content-Security-Policy: default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; "
            + "connect-src 'self'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'\r\n"
            + "X-Frame-Options: DENY\r\n";

        public static void Write(ResponseWriter output, int status, string contentType, int contentLength, string extraHeaders)
        {
            output.Append("HTTP/1.1 ");
            output.Append(status);
            output.Append((byte)' ');
            output.Append(ReasonPhrase(status));
            output.Append("\r\nContent-Type: ");
            output.Append(contentType);
            output.Append("\r\nContent-Length: ");
            output.Append(contentLength);
            output.Append("\r\nConnection: close\r\nCache-Control: no-store\r\nX-Content-Type-Options: nosniff\r\nReferrer-Policy: no-referrer\r\n");
            if (extraHeaders != null)
            {
                output.Append(extraHeaders);
            }

            output.Append("\r\n");
        }

        /// <summary>A complete JSON error response: {"error":"message"}. The message must be plain ASCII without quotes.</summary>
        public static void WriteError(ResponseWriter output, int status, string message, bool headOnly, string extraHeaders)
        {
            Write(output, status, Json, message.Length + 12, extraHeaders);
            if (!headOnly)
            {
                output.Append("{\"error\":\"");
                output.Append(message);
                output.Append("\"}");
            }

            output.Flush();
        }

        /// <summary>The error message the server sends for a status the parser or router produced.</summary>
        public static string DefaultMessage(int status)
        {
            switch (status)
            {
                case 400: return "malformed request";
                case 404: return "no such resource";
                case 405: return "method not allowed here";
                case 411: return "Content-Length required";
                case 413: return "request body too large";
                case 414: return "request line too long";
                case 431: return "request headers too large";
                case 501: return "not implemented (method or Transfer-Encoding)";
                case 503: return "busy, retry shortly";
                case 505: return "HTTP version not supported";
                default: return "error";
            }
        }

        public static string ReasonPhrase(int status)
        {
            switch (status)
            {
                case 200: return "OK";
                case 202: return "Accepted";
                case 400: return "Bad Request";
                case 401: return "Unauthorized";
                case 403: return "Forbidden";
                case 404: return "Not Found";
                case 405: return "Method Not Allowed";
                case 408: return "Request Timeout";
                case 409: return "Conflict";
                case 411: return "Length Required";
                case 413: return "Content Too Large";
                case 414: return "URI Too Long";
                case 422: return "Unprocessable Content";
                case 429: return "Too Many Requests";
                case 431: return "Request Header Fields Too Large";
                case 500: return "Internal Server Error";
                case 501: return "Not Implemented";
                case 503: return "Service Unavailable";
                case 505: return "HTTP Version Not Supported";
                default: return "Status";
            }
        }
    }
}
