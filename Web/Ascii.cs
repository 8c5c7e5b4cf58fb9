namespace FurnaceFw.Web
{
    /// <summary>Byte-level ASCII helpers for the parser: no strings are built from request bytes.</summary>
    internal static class Ascii
    {
        public static byte ToLower(byte b) => b >= (byte)'A' && b <= (byte)'Z' ? (byte)(b + 32) : b;

        public static bool Equals(byte[] buffer, int start, int length, string text, bool ignoreCase)
        {
            if (start < 0 || length != text.Length)
            {
                return false;
            }

            for (int i = 0; i < length; i++)
            {
                byte a = buffer[start + i];
                byte b = (byte)text[i];
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

        /// <summary>RFC 9110 tchar: the characters allowed in a method or field name.</summary>
        public static bool IsTokenChar(byte b)
        {
            if ((b >= (byte)'a' && b <= (byte)'z') || (b >= (byte)'A' && b <= (byte)'Z') || (b >= (byte)'0' && b <= (byte)'9'))
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
                if (b < (byte)'0' || b > (byte)'9')
                {
                    return -1;
                }

                value = value * 10 + (b - '0');
            }

            return value;
        }
    }
}
