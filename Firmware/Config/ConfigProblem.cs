namespace FurnaceFw.Firmware.Config
{
    /// <summary>Why a configuration was rejected: the key, the line and what was wrong. Shown on the web UI and over I2C.</summary>
    public sealed class ConfigProblem
    {
        public ConfigProblem(int line, string key, string message)
        {
            Line = line;
            Key = key;
            Message = message;
        }

        /// <summary>1-based line in the configuration file; 0 when the problem is not tied to one line.</summary>
        public int Line { get; }

        /// <summary>The key involved, or an empty string.</summary>
        public string Key { get; }

        public string Message { get; }

        public override string ToString() => Line > 0 ? "line " + Line + ": " + Message : Message;
    }
}
