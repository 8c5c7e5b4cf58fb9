namespace FurnaceFw.Web
{
    /// <summary>
    /// Byte-level ASCII helpers: requests are matched as bytes, and every literal the request path writes or compares is
    /// a byte array made once at start-up by <see cref="Bytes"/>. On nanoFramework's interpreter each string literal
    /// (ldstr) allocates a header and indexing a string walks its UTF-8 from the start, so neither is used per request.
    /// </summary>
    internal static class Ascii
    {
        /// <summary>Start-up only: the bytes of an ASCII literal.</summary>
        public static byte[] Bytes(string text)
        {
            byte[] bytes = new byte[text.Length];
            for (int i = 0; i < bytes.Length; i++)
            {
                bytes[i] = (byte)text[i];
            }

            return bytes;
        }

        public static byte ToLower(byte b) => b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;

        /// <summary>buffer[start, start+length) equals <paramref name="text"/>, optionally ignoring ASCII case.</summary>
        public static bool Equals(byte[] buffer, int start, int length, byte[] text, bool ignoreCase)
        {
            if (start < 0 || length != text.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                byte a = buffer[start + i];
                byte b = text[i];
                if (ignoreCase)
                {
                    a = ToLower(a);
                    b = ToLower(b);
                }

                if (a != b)
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>Two ranges of the same or different buffers are equal ignoring ASCII case.</summary>
        public static bool EqualsIgnoreCase(byte[] a, int aStart, byte[] b, int bStart, int length)
        {
            for (int i = 0; i < length; i++)
            {
                if (ToLower(a[aStart + i]) != ToLower(b[bStart + i]))
                {
                    return false;
                }
            }

            return true;
        }

        public static bool IsDigit(byte b) => b >= (byte)'0' && b <= (byte)'9';

        public static bool IsAlpha(byte b) => (b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z');

        public static bool IsHexDigit(byte b) => IsDigit(b) || (b >= (byte)'a' && b <= (byte)'f') || (b >= (byte)'A' && b <= (byte)'F');

        /// <summary>RFC 9110 tchar: the characters allowed in a method or field name.</summary>
        public static bool IsTokenChar(byte b)
        {
            if (IsAlpha(b) || IsDigit(b))
            {
                return true;
            }

            switch (b)
            {
                case (byte)'!':
                case (byte)'#':
                case (byte)'$':
                case (byte)'%':
                case (byte)'&':
                case (byte)'\'':
                case (byte)'*':
                case (byte)'+':
                case (byte)'-':
                case (byte)'.':
                case (byte)'^':
                case (byte)'_':
                case (byte)'`':
                case (byte)'|':
                case (byte)'~':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>RFC 3986 unreserved: ALPHA / DIGIT / "-" / "." / "_" / "~".</summary>
        public static bool IsUnreserved(byte b) =>
            IsAlpha(b) || IsDigit(b) || b == (byte)'-' || b == (byte)'.' || b == (byte)'_' || b == (byte)'~';

        /// <summary>RFC 3986 sub-delims: "!" / "$" / "&amp;" / "'" / "(" / ")" / "*" / "+" / "," / ";" / "=".</summary>
        public static bool IsSubDelim(byte b)
        {
            switch (b)
            {
                case (byte)'!':
                case (byte)'$':
                case (byte)'&':
                case (byte)'\'':
                case (byte)'(':
                case (byte)')':
                case (byte)'*':
                case (byte)'+':
                case (byte)',':
                case (byte)';':
                case (byte)'=':
                    return true;
                default:
                    return false;
            }
        }

        /// <summary>Parses 1–9 decimal digits; -1 for anything else (sign, space, empty, too long).</summary>
        public static int ParseDecimal(byte[] buffer, int start, int length)
        {
            if (length < 1 || length > 9)
            {
                return -1;
            }

            int value = 0;
            for (int i = 0; i < length; i++)
            {
                byte b = buffer[start + i];
                if (!IsDigit(b))
                {
                    return -1;
                }

                value = value * 10 + (b - '0');
            }

            return value;
        }
    }
}
