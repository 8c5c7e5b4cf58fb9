namespace FurnaceFw.Firmware.Config
{
    /// <summary>One tunable: its configuration key, default, legal range, unit and why the default is what it is.</summary>
    public sealed class SettingDefinition
    {
        public SettingDefinition(string key, int defaultValue, int min, int max, string unit, string reason)
        {
            Key = key;
            Default = defaultValue;
            Min = min;
            Max = max;
            Unit = unit;
            Reason = reason;
        }

        /// <summary>The key in nf.config, e.g. "safety.high_limit_c".</summary>
        public string Key { get; }

        public int Default { get; }

        public int Min { get; }

        public int Max { get; }

        public string Unit { get; }

        public string Reason { get; }

        public bool Accepts(int value) => value >= Min && value <= Max;
    }
}
