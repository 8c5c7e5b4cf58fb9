namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// The rule for <c>web.hostname</c>: a DNS host name (RFC 1123 §2.1, RFC 3696 §2) the board answers to besides its
    /// IP address, e.g. "furnace.local" or "furnace.home.arpa". Checked once at boot, so string building is fine here.
    /// </summary>
    public static class HostNameCheck
    {
        public const int MaxLength = 253;
        public const int MaxLabelLength = 63;

        /// <summary>Null when <paramref name="name"/> is a valid host name; otherwise what is wrong with it.</summary>
        public static string Problem(string name)
        {
            if (name.Length > MaxLength)
            {
                return "must be at most " + MaxLength + " characters (is " + name.Length + ")";
            }

            int labelStart = 0;
            bool letter = false;
            for (int i = 0; i <= name.Length; i++)
            {
                char c = i < name.Length ? name[i] : '.';
                if (c == '.')
                {
                    string label = LabelProblem(name, labelStart, i);
                    if (label != null)
                    {
                        return label;
                    }

                    labelStart = i + 1;
                }
                else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'))
                {
                    letter = true;
                }
                else if (!(c >= '0' && c <= '9') && c != '-')
                {
                    return "character " + (i + 1) + " is not allowed in a host name (letters, digits, '-' and '.')";
                }
            }

            // Digits and dots only would read as an IP address; the board's own address is always accepted anyway.
            return letter ? null : "must be a name, not an address (the board's IP address is always accepted)";
        }

        private static string LabelProblem(string name, int start, int end)
        {
            int length = end - start;
            if (length == 0)
            {
                return "has an empty label (two dots in a row, or a dot at the start or end)";
            }

            if (length > MaxLabelLength)
            {
                return "has a label longer than " + MaxLabelLength + " characters";
            }

            return name[start] == '-' || name[end - 1] == '-' ? "has a label that starts or ends with '-'" : null;
        }
    }
}
