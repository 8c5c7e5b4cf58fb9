namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// Parses nf.config values the same way on every runtime: no culture, no whitespace, no '+', no overflow.
    /// (int.Parse differs between .NET and nanoFramework in what it tolerates; the file format must not.)
    /// </summary>
    public static class ConfigValue
    {
        /// <summary>Decimal ("-12", "350") or hexadecimal with 0x ("0x35"). At most 9 digits, so it never overflows.</summary>
        public static bool TryParseInt(string text, out int value)
        {
            value = 0;
            if (text == null || text.Length == 0)
            {
                return false;
            }

            if (text.Length > 2 && text[0] == '0' && (text[1] == 'x' || text[1] == 'X'))
            {
                return TryParseHex(text, 2, out value);
            }

            int start = text[0] == '-' ? 1 : 0;
            int digits = text.Length - start;
            if (digits == 0 || digits > 9)
            {
                return false;
            }

            int result = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                if (c < '0' || c > '9')
                {
                    return false;
                }

                result = (result * 10) + (c - '0');
            }

            value = start == 1 ? -result : result;
            return true;
        }

        public static bool TryParseBool(string text, out bool value)
        {
            value = text == "true";
            return text == "true" || text == "false";
        }

        /// <summary>Strips one pair of surrounding double quotes, so a value can keep leading or trailing spaces.</summary>
        public static string Unquote(string text)
        {
            if (text.Length >= 2 && text[0] == '"' && text[text.Length - 1] == '"')
            {
                return text.Substring(1, text.Length - 2);
            }

            return text;
        }

        private static bool TryParseHex(string text, int start, out int value)
        {
            value = 0;
            int digits = text.Length - start;
            if (digits == 0 || digits > 7)
            {
                return false;
            }

            int result = 0;
            for (int i = start; i < text.Length; i++)
            {
                char c = text[i];
                int nibble;
                if (c >= '0' && c <= '9')
                {
                    nibble = c - '0';
                }
                else if (c >= 'a' && c <= 'f')
                {
                    nibble = c - 'a' + 10;
                }
                else if (c >= 'A' && c <= 'F')
                {
                    nibble = c - 'A' + 10;
                }
                else
                {
                    return false;
                }

                result = (result << 4) | nibble;
            }

            value = result;
            return true;
        }
    }
}
