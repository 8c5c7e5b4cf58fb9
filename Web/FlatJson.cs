namespace FurnaceFw.Web
{
    /// <summary>
    /// Reads request bodies of the form {"key": value, ...} where every value is a plain string (no escapes), a
    /// number, true, false or null. Anything else (nesting, escapes, trailing data) is malformed: bodies are tiny,
    /// so a strict reader is both enough and safe.
    /// </summary>
    public static class FlatJson
    {
        public const int Malformed = -1;
        public const int Absent = 0;
        public const int Found = 1;

        private static readonly byte[] True = Ascii.Bytes("true");
        private static readonly byte[] False = Ascii.Bytes("false");
        private static readonly byte[] Null = Ascii.Bytes("null");

        /// <summary>Looks up <paramref name="key"/>. Returns <see cref="Found"/> with the value's bytes (quotes stripped for
        /// strings), <see cref="Absent"/>, or <see cref="Malformed"/> for a bad body or a key given twice.</summary>
        public static int Find(byte[] buffer, int start, int length, byte[] key, out int valueStart, out int valueLength, out bool isString)
        {
            valueStart = 0;
            valueLength = 0;
            isString = false;
            int end = start + length;
            int i = SkipWhitespace(buffer, start, end);
            if (i >= end || buffer[i] != (byte)'{')
            {
                return Malformed;
            }

            i = SkipWhitespace(buffer, i + 1, end);
            int result = Absent;
            if (i < end && buffer[i] == (byte)'}')
            {
                return SkipWhitespace(buffer, i + 1, end) == end ? Absent : Malformed;
            }

            while (true)
            {
                int keyStart;
                int keyLength;
                i = ReadString(buffer, i, end, out keyStart, out keyLength);
                if (i < 0)
                {
                    return Malformed;
                }

                i = SkipWhitespace(buffer, i, end);
                if (i >= end || buffer[i] != (byte)':')
                {
                    return Malformed;
                }

                i = SkipWhitespace(buffer, i + 1, end);
                int vStart;
                int vLength;
                bool vIsString = i < end && buffer[i] == (byte)'"';
                i = vIsString ? ReadString(buffer, i, end, out vStart, out vLength) : ReadScalar(buffer, i, end, out vStart, out vLength);
                if (i < 0)
                {
                    return Malformed;
                }

                if (Ascii.Equals(buffer, keyStart, keyLength, key, false))
                {
                    if (result == Found)
                    {
                        return Malformed;
                    }

                    result = Found;
                    valueStart = vStart;
                    valueLength = vLength;
                    isString = vIsString;
                }

                i = SkipWhitespace(buffer, i, end);
                if (i >= end)
                {
                    return Malformed;
                }

                if (buffer[i] == (byte)'}')
                {
                    return SkipWhitespace(buffer, i + 1, end) == end ? result : Malformed;
                }

                if (buffer[i] != (byte)',')
                {
                    return Malformed;
                }

                i = SkipWhitespace(buffer, i + 1, end);
            }
        }

        /// <summary>Parses a decimal number of degrees to quarter degrees: "65", "65.5", "-3.25". Only whole quarters are
        /// accepted. Returns false for anything else.</summary>
        public static bool TryParseQuarters(byte[] buffer, int start, int length, out int quarters)
        {
            quarters = 0;
            int end = start + length;
            int i = start;
            bool negative = i < end && buffer[i] == (byte)'-';
            if (negative)
            {
                i++;
            }

            int whole = 0;
            int digits = 0;
            while (i < end && IsDigit(buffer[i]) && digits < 5)
            {
                whole = whole * 10 + (buffer[i++] - '0');
                digits++;
            }

            if (digits == 0)
            {
                return false;
            }

            int fraction = 0;
            if (i < end && buffer[i] == (byte)'.')
            {
                i++;
                int fractionDigits = end - i;
                if (fractionDigits < 1 || fractionDigits > 2)
                {
                    return false;
                }

                int hundredths = 0;
                for (int d = 0; d < 2; d++)
                {
                    hundredths *= 10;
                    if (i < end)
                    {
                        if (!IsDigit(buffer[i]))
                        {
                            return false;
                        }

                        hundredths += buffer[i++] - '0';
                    }
                }

                if (hundredths % 25 != 0)
                {
                    return false;
                }

                fraction = hundredths / 25;
            }

            if (i != end)
            {
                return false;
            }

            quarters = whole * 4 + fraction;
            if (negative)
            {
                quarters = -quarters;
            }

            return true;
        }

        /// <summary>Parses an optionally negative integer of up to 10 digits that fits an int.</summary>
        public static bool TryParseInt(byte[] buffer, int start, int length, out int value)
        {
            value = 0;
            int i = start;
            int end = start + length;
            bool negative = i < end && buffer[i] == (byte)'-';
            if (negative)
            {
                i++;
            }

            if (i == end || end - i > 10)
            {
                return false;
            }

            long result = 0;
            for (; i < end; i++)
            {
                if (!IsDigit(buffer[i]))
                {
                    return false;
                }

                result = result * 10 + (buffer[i] - '0');
            }

            if (negative)
            {
                result = -result;
            }

            if (result > int.MaxValue || result < int.MinValue)
            {
                return false;
            }

            value = (int)result;
            return true;
        }

        private static int ReadString(byte[] buffer, int i, int end, out int start, out int length)
        {
            start = 0;
            length = 0;
            if (i >= end || buffer[i] != (byte)'"')
            {
                return -1;
            }

            start = i + 1;
            for (int j = start; j < end; j++)
            {
                byte b = buffer[j];
                if (b == (byte)'"')
                {
                    length = j - start;
                    return j + 1;
                }

                if (b == (byte)'\\' || b < 0x20 || b > 0x7E)
                {
                    return -1;
                }
            }

            return -1;
        }

        private static int ReadScalar(byte[] buffer, int i, int end, out int start, out int length)
        {
            start = i;
            while (i < end && (IsDigit(buffer[i]) || buffer[i] == (byte)'-' || buffer[i] == (byte)'.'
                || (buffer[i] >= (byte)'a' && buffer[i] <= (byte)'z')))
            {
                i++;
            }

            length = i - start;
            if (length == 0)
            {
                return -1;
            }

            byte first = buffer[start];
            if (first >= (byte)'a' && first <= (byte)'z')
            {
                bool literal = Ascii.Equals(buffer, start, length, True, false) || Ascii.Equals(buffer, start, length, False, false)
                    || Ascii.Equals(buffer, start, length, Null, false);
                return literal ? i : -1;
            }

            // Numbers: letters (e.g. exponents) are not accepted here; digits, '-' and '.' are checked by the caller's parser.
            for (int j = start; j < i; j++)
            {
                if (buffer[j] >= (byte)'a' && buffer[j] <= (byte)'z')
                {
                    return -1;
                }
            }

            return i;
        }

        private static int SkipWhitespace(byte[] buffer, int i, int end)
        {
            while (i < end && (buffer[i] == (byte)' ' || buffer[i] == (byte)'\t' || buffer[i] == (byte)'\r' || buffer[i] == (byte)'\n'))
            {
                i++;
            }

            return i;
        }

        private static bool IsDigit(byte b) => Ascii.IsDigit(b);
    }
}
