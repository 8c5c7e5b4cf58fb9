using System.Collections;

namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// Splits nf.config text into entries. The format: one "key = value" per line; '#' at the start of a line
    /// (after blanks) makes it a comment; "[section]" prefixes the following keys with "section."; values run to
    /// the end of the line (a '#' inside a value is part of it, since Wi-Fi passwords may contain one) and may be
    /// wrapped in double quotes to keep surrounding spaces. Syntax errors and duplicate keys are reported here.
    /// </summary>
    public static class NfConfigReader
    {
        public const int MaxLineLength = 200;
        public const int MaxEntries = 96;

        public static ConfigEntry[] Read(string text, ConfigProblemList problems)
        {
            ArrayList entries = new ArrayList();
            string section = string.Empty;
            int lineNumber = 0;
            int position = text.Length > 0 && text[0] == '\uFEFF' ? 1 : 0;
            while (position <= text.Length)
            {
                int end = position;
                while (end < text.Length && text[end] != '\n' && text[end] != '\r')
                {
                    end++;
                }

                lineNumber++;
                string line = text.Substring(position, end - position).Trim();
                position = end < text.Length && text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? end + 2 : end + 1;

                if (line.Length == 0 || line[0] == '#')
                {
                    continue;
                }

                if (line.Length > MaxLineLength)
                {
                    problems.Add(lineNumber, string.Empty, "line is longer than " + MaxLineLength + " characters");
                    continue;
                }

                if (line[0] == '[')
                {
                    section = ReadSection(line, lineNumber, problems, section);
                    continue;
                }

                int equals = line.IndexOf('=');
                if (equals < 0)
                {
                    problems.Add(lineNumber, string.Empty, "missing '=' in \"" + line + "\" (expected key = value)");
                    continue;
                }

                string key = line.Substring(0, equals).Trim();
                if (key.Length == 0)
                {
                    problems.Add(lineNumber, string.Empty, "missing key before '='");
                    continue;
                }

                if (section.Length > 0)
                {
                    key = section + "." + key;
                }

                ConfigEntry earlier = Find(entries, key);
                if (earlier != null)
                {
                    problems.Add(lineNumber, key, "set twice (first on line " + earlier.Line + ")");
                    continue;
                }

                if (entries.Count == MaxEntries)
                {
                    problems.Add(lineNumber, key, "too many entries (at most " + MaxEntries + ")");
                    break;
                }

                entries.Add(new ConfigEntry(key, ConfigValue.Unquote(line.Substring(equals + 1).Trim()), lineNumber));
            }

            ConfigEntry[] result = new ConfigEntry[entries.Count];
            for (int i = 0; i < result.Length; i++)
            {
                result[i] = (ConfigEntry)entries[i];
            }

            return result;
        }

        private static string ReadSection(string line, int lineNumber, ConfigProblemList problems, string current)
        {
            string name = line.Length >= 2 && line[line.Length - 1] == ']' ? line.Substring(1, line.Length - 2).Trim() : null;
            if (name == null || name.Length == 0 || !IsName(name))
            {
                problems.Add(lineNumber, string.Empty, "bad section header \"" + line + "\" (expected [name] with a-z, 0-9, _)");
                return current;
            }

            return name;
        }

        private static bool IsName(string name)
        {
            for (int i = 0; i < name.Length; i++)
            {
                char c = name[i];
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_'))
                {
                    return false;
                }
            }

            return true;
        }

        private static ConfigEntry Find(ArrayList entries, string key)
        {
            for (int i = 0; i < entries.Count; i++)
            {
                ConfigEntry entry = (ConfigEntry)entries[i];
                if (entry.Key == key)
                {
                    return entry;
                }
            }

            return null;
        }
    }
}
