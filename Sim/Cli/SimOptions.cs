using System.Globalization;
using System.Text;

namespace FurnaceFw.Sim.Cli;

/// <summary>
/// The command line of <c>dotnet run --project Sim</c>. To add an option: one property here, one row in
/// <see cref="Table"/> (name, value name, help, how to apply it), and a check in <see cref="Validate"/> if it
/// needs one. Nothing else parses arguments.
/// </summary>
public sealed record SimOptions
{
    /// <summary>Run this scenario file on the virtual clock instead of the live furnace.</summary>
    public string? ScenarioPath { get; init; }

    /// <summary>Pace a scenario at this multiple of real time; null runs it as fast as possible.</summary>
    public double? Speed { get; init; }

    /// <summary>Seeds sensor noise and latch-reset tokens; overrides a scenario's own seed.</summary>
    public int? Seed { get; init; }

    /// <summary>With a scenario: print the status line every this many simulated milliseconds.</summary>
    public long? TraceMs { get; init; }

    public bool ShowHelp { get; init; }

    /// <summary>Live mode: serve the simulated I2C bus on 127.0.0.1:PORT for <c>furnacectl --sim</c> (0 = any free port).</summary>
    public int? I2cPort { get; init; }

    /// <summary>Run the live furnace with the settings and relay wiring of this nf.config file.</summary>
    public string? ConfigPath { get; init; }

    /// <summary>Live mode: serve the firmware's web UI on 127.0.0.1:PORT under the Pico W socket budget (0 = any free port).</summary>
    public int? HttpPort { get; init; }

    /// <summary>With --http: the PIN for web writes; null generates one and prints it.</summary>
    public string? HttpPin { get; init; }

    /// <summary>web.hostname from --config: a name the web server answers to besides 127.0.0.1 and localhost.</summary>
    public string? HttpHostname { get; init; }

    /// <summary>Every option: its name, its value's name (null for a flag), its help line, and how it sets the record.</summary>
    private static readonly OptionSpec[] Table =
    {
        new("--scenario", "FILE", "run a scenario file on the virtual clock, print a summary; exit 0 if all expectations pass, 1 if not",
            (o, v) => o with { ScenarioPath = v }),
        new("--speed", "N", "with --scenario: pace the run at N x real time (default: as fast as possible)",
            (o, v) => o with { Speed = ParseDouble("--speed", v, 0.001, 1e9) }),
        new("--seed", "N", "seed for sensor noise and tokens (default: the scenario's seed, or 1)",
            (o, v) => o with { Seed = ParseInt("--seed", v) }),
        new("--trace", "INTERVAL", "with --scenario: print the status line every INTERVAL of simulated time (e.g. 30s, 5m)",
            (o, v) => o with { TraceMs = ParseInterval("--trace", v) }),
        new("--i2c-port", "PORT", "live mode: serve the simulated I2C bus on 127.0.0.1:PORT for furnacectl --sim (docs/i2c-register-map.md)",
            (o, v) => o with { I2cPort = ParseInt("--i2c-port", v) }),
        new("--config", "FILE", "run the live furnace with an nf.config file; problems print as FILE:LINE: key: problem and boot it into ConfigFault",
            (o, v) => o with { ConfigPath = v }),
        new("--http", "PORT", "live mode: serve the web UI on 127.0.0.1:PORT with the board's 4-socket budget (docs/http-api.md)",
            (o, v) => o with { HttpPort = ParseInt("--http", v) }),
        new("--http-pin", "PIN", "with --http: the PIN for setpoint and latch-reset writes (default: a random 6-digit PIN, printed)",
            (o, v) => o with { HttpPin = v }),
        new("--help", null, "show this help", (o, _) => o with { ShowHelp = true }),
    };

    public static string HelpText
    {
        get
        {
            var text = new StringBuilder();
            text.AppendLine("FurnaceFw virtual board: the real firmware on a simulated Pico W and furnace.");
            text.AppendLine();
            text.AppendLine("usage: dotnet run --project Sim [-- options]");
            text.AppendLine("  (no options)     run a live virtual furnace in real time; keys are listed when it starts");
            foreach (OptionSpec option in Table)
            {
                string left = option.ValueName == null ? option.Name : option.Name + " " + option.ValueName;
                text.AppendLine($"  {left,-17}{option.Help}");
            }

            text.AppendLine();
            text.AppendLine("exit codes: 0 ok, 1 a scenario expectation failed, 2 bad arguments or scenario file");
            text.AppendLine("scenario format: docs/scenarios.md");
            return text.ToString();
        }
    }

    /// <summary>Parses arguments; throws <see cref="UsageException"/> naming the bad argument.</summary>
    public static SimOptions Parse(IReadOnlyList<string> args)
    {
        var options = new SimOptions();
        var seen = new HashSet<string>();
        for (int i = 0; i < args.Count; i++)
        {
            string arg = args[i];
            string name = arg;
            string? inlineValue = null;
            int eq = arg.IndexOf('=');
            if (arg.StartsWith("--", StringComparison.Ordinal) && eq > 2)
            {
                name = arg[..eq];
                inlineValue = arg[(eq + 1)..];
            }

            if (name == "-h")
            {
                name = "--help";
            }

            OptionSpec? spec = Array.Find(Table, o => o.Name == name);
            if (spec == null)
            {
                throw new UsageException(name.StartsWith('-')
                    ? $"unknown option '{name}' (see --help)"
                    : $"unexpected argument '{arg}' (see --help)");
            }

            if (!seen.Add(name))
            {
                throw new UsageException($"option '{name}' given twice");
            }

            string value = string.Empty;
            if (spec.ValueName != null)
            {
                if (inlineValue != null)
                {
                    value = inlineValue;
                }
                else if (i + 1 < args.Count && !args[i + 1].StartsWith("--", StringComparison.Ordinal))
                {
                    value = args[++i];
                }
                else
                {
                    throw new UsageException($"option '{name}' needs a value ({spec.ValueName})");
                }
            }
            else if (inlineValue != null)
            {
                throw new UsageException($"option '{name}' takes no value");
            }

            options = spec.Apply(options, value);
        }

        Validate(options);
        return options;
    }

    private static void Validate(SimOptions options)
    {
        if (options.Speed != null && options.ScenarioPath == null)
        {
            throw new UsageException("option '--speed' needs --scenario (the live furnace always runs in real time)");
        }

        if (options.TraceMs != null && options.ScenarioPath == null)
        {
            throw new UsageException("option '--trace' needs --scenario (the live furnace always shows its status)");
        }

        if (options.I2cPort != null && (options.I2cPort < 0 || options.I2cPort > 65535))
        {
            throw new UsageException($"option '--i2c-port': {options.I2cPort} is outside 0..65535");
        }

        if (options.I2cPort != null && options.ScenarioPath != null)
        {
            throw new UsageException("option '--i2c-port' is for the live furnace, not --scenario");
        }

        if (options.HttpPort != null && (options.HttpPort < 0 || options.HttpPort > 65535))
        {
            throw new UsageException($"option '--http': {options.HttpPort} is outside 0..65535");
        }

        if (options.HttpPort != null && options.ScenarioPath != null)
        {
            throw new UsageException("option '--http' is for the live furnace, not --scenario");
        }

        if (options.HttpPin != null && options.HttpPort == null)
        {
            throw new UsageException("option '--http-pin' needs --http");
        }

        if (options.HttpPin != null && (options.HttpPin.Length < 4 || options.HttpPin.Length > 32
            || options.HttpPin.Any(c => c <= ' ' || c > '~')))
        {
            throw new UsageException("option '--http-pin': use 4 to 32 printable ASCII characters without spaces");
        }

        if (options.ConfigPath != null && options.ScenarioPath != null)
        {
            throw new UsageException("option '--config' cannot be combined with --scenario (a scenario sets its own settings)");
        }

        if (options.ScenarioPath is { Length: 0 })
        {
            throw new UsageException("option '--scenario' needs a file name");
        }
    }

    private static int ParseInt(string name, string value) =>
        int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int parsed)
            ? parsed
            : throw new UsageException($"option '{name}': '{value}' is not a whole number");

    private static long ParseInterval(string name, string value) =>
        Scenarios.ScenarioTime.TryParse(value, out long ms) && ms > 0
            ? ms
            : throw new UsageException($"option '{name}': '{value}' is not a duration ({Scenarios.ScenarioTime.Examples})");

    private static double ParseDouble(string name, string value, double min, double max)
    {
        if (!double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) || double.IsNaN(parsed))
        {
            throw new UsageException($"option '{name}': '{value}' is not a number");
        }

        if (parsed < min || parsed > max)
        {
            throw new UsageException($"option '{name}': {value} is outside {min.ToString(CultureInfo.InvariantCulture)}..{max.ToString(CultureInfo.InvariantCulture)}");
        }

        return parsed;
    }

    private sealed record OptionSpec(string Name, string? ValueName, string Help, Func<SimOptions, string, SimOptions> Apply);
}

/// <summary>Bad command-line arguments: the message names the argument; the CLI exits with code 2.</summary>
public sealed class UsageException : Exception
{
    public UsageException(string message)
        : base(message)
    {
    }
}
