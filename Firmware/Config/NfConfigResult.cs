namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// The outcome of parsing nf.config: the configuration (defaults wherever a value was missing or bad) and every
    /// problem found. When <see cref="IsValid"/> is false the firmware must boot into ConfigFault and not heat.
    /// </summary>
    public sealed class NfConfigResult
    {
        public NfConfigResult(DeviceConfiguration config, ConfigProblem[] problems)
        {
            Config = config;
            Problems = problems;
        }

        public DeviceConfiguration Config { get; }

        /// <summary>Every problem in file order of discovery; empty when the file is valid.</summary>
        public ConfigProblem[] Problems { get; }

        public bool IsValid => Problems.Length == 0;

        /// <summary>The problem to show on the web UI and over I2C (the first one found); null when valid.</summary>
        public ConfigProblem FirstProblem => Problems.Length == 0 ? null : Problems[0];

        /// <summary>"nf.config:12: safety.high_limit_c: 2000 is outside 100..900 °C" (no line number when the
        /// problem spans keys, e.g. a consistency rule).</summary>
        public static string Format(string fileName, ConfigProblem problem) =>
            problem.Line > 0 ? fileName + ":" + problem.Line + ": " + problem.Message : fileName + ": " + problem.Message;
    }
}
