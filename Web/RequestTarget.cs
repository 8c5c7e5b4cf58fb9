namespace FurnaceFw.Web
{
    /// <summary>
    /// The request-target in origin-form (RFC 9112 §3.2.1): absolute-path [ "?" query ], with the characters RFC 3986
    /// allows there. A fragment ('#'), spaces, controls, non-ASCII and the characters RFC 3986 excludes
    /// (&lt; &gt; " { } | \ ^ ` [ ]) are refused, as is a '%' not followed by two hex digits.
    /// </summary>
    internal static class RequestTarget
    {
        /// <summary>True for a valid origin-form target in buffer[start, end).</summary>
        public static bool IsValidOriginForm(byte[] buffer, int start, int end)
        {
            if (start >= end || buffer[start] != (byte)'/')
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
                else if (!IsPathOrQueryChar(b))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>pchar / "/" / "?" (the query may contain both; the path may contain '/').</summary>
        private static bool IsPathOrQueryChar(byte b) =>
            Ascii.IsUnreserved(b) || Ascii.IsSubDelim(b) || b == (byte)':' || b == (byte)'@' || b == (byte)'/' || b == (byte)'?';
    }
}
