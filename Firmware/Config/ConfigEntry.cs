namespace FurnaceFw.Firmware.Config
{
    /// <summary>One "key = value" line of nf.config, with the section prefix already applied.</summary>
    public sealed class ConfigEntry
    {
        public ConfigEntry(string key, string value, int line)
        {
            Key = key;
            Value = value;
            Line = line;
        }

        public string Key { get; }

        public string Value { get; }

        /// <summary>1-based line number in the file.</summary>
        public int Line { get; }
    }
}
