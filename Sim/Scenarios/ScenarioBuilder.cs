using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Config;
using FurnaceFw.Sim.Invariants;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>Everything gathered while reading one scenario file, and the checks that need the whole file.</summary>
internal sealed class ScenarioBuilder
{
    public readonly string File;
    public readonly FurnaceSettings Settings = new();
    public PlantParameters Plant = new();
    public readonly List<Expectation> Expectations = new();
    public readonly List<(int Line, long Ms)> Times = new();
    public int Seed = 1;
    public int SeedLine;
    public int RunLine;
    public int SettingsLine;
    public long RunMs;

    private readonly List<(long AtMs, int Order, ScenarioStep Step)> _steps = new();
    private readonly List<(int Line, string Text)> _config = new();
    private long _lastStepMs;
    private bool? _elementWiredActiveHigh;
    private bool? _cutoffWiredActiveHigh;
    private bool _elementFloats;
    private bool _cutoffFloats;
    private BoardOptions? _board;

    public ScenarioBuilder(string file)
    {
        File = file;
    }

    public void Once(ref int seenAt, int line, string statement)
    {
        if (seenAt != 0)
        {
            throw new ScenarioSyntaxException($"'{statement}' given twice (first on line {seenAt})");
        }

        seenAt = line;
    }

    /// <summary>Lines must be in time order by the time they start at (a repetition may overlap later lines).</summary>
    public void StepTime(long at)
    {
        if (at < _lastStepMs)
        {
            throw new ScenarioSyntaxException(
                $"step at {ScenarioTime.Format(at)} comes after a step at {ScenarioTime.Format(_lastStepMs)}; list steps in time order");
        }

        _lastStepMs = at;
    }

    public void AddStep(long at, int line, string text, Action<StepContext> apply)
    {
        if (_steps.Count >= ScenarioParser.MaxSteps)
        {
            throw new ScenarioSyntaxException($"more than {ScenarioParser.MaxSteps} steps: make the repetition sparser");
        }

        _steps.Add((at, _steps.Count, new ScenarioStep(at, line, text, apply)));
    }

    /// <summary><c>config key = value</c>: a line of the board's nf.config, read by the device's own parser at the end.</summary>
    public void AddConfigLine(int line, string text)
    {
        if (text.Length == 0)
        {
            throw new ScenarioSyntaxException("'config' needs an nf.config line, e.g. config relay.active_high = false");
        }

        _config.Add((line, text));
    }

    /// <summary><c>wiring element active-low [floating-on] cutoff active-high ...</c> / <c>wiring relays active-low</c>.</summary>
    public void Wiring(Words w)
    {
        if (w.AtEnd)
        {
            throw new ScenarioSyntaxException("'wiring' needs a relay and its polarity, e.g. wiring relays active-low");
        }

        while (!w.AtEnd)
        {
            string relay = w.OneOf("relay", "relays", "element", "cutoff");
            bool activeHigh = w.OneOf("polarity", "active-high", "active-low") == "active-high";
            bool floats = w.TryTake("floating-on");
            if (relay != "cutoff")
            {
                _elementWiredActiveHigh = activeHigh;
                _elementFloats = floats;
            }

            if (relay != "element")
            {
                _cutoffWiredActiveHigh = activeHigh;
                _cutoffFloats = floats;
            }
        }
    }

    /// <summary>The invariant bounds from the settings the board will run with.</summary>
    public InvariantLimits Limits() => InvariantLimits.From((_board ?? BuildBoard()).Settings);

    public Scenario Finish()
    {
        if (RunLine == 0)
        {
            throw new ScenarioParseException(File, 0, "missing 'run <duration>' line (e.g. run 2h)");
        }

        string? inconsistent = Settings.CheckConsistency();
        if (inconsistent != null)
        {
            throw new ScenarioParseException(File, SettingsLine, "inconsistent settings: " + inconsistent);
        }

        foreach ((int line, long ms) in Times)
        {
            if (ms > RunMs)
            {
                throw new ScenarioParseException(File, line,
                    $"time {ScenarioTime.Format(ms)} is after the end of the run ({ScenarioTime.Format(RunMs)}, line {RunLine})");
            }
        }

        _board = BuildBoard();
        _steps.Sort((a, b) => a.AtMs != b.AtMs ? a.AtMs.CompareTo(b.AtMs) : a.Order.CompareTo(b.Order));
        return new Scenario
        {
            Name = File,
            Seed = Seed,
            Settings = _board.Settings,
            Plant = Plant,
            RunMs = RunMs,
            Board = _board,
            ConfigProblems = _configProblems,
            Steps = _steps.Select(s => s.Step).ToList(),
            Expectations = Expectations,
        };
    }

    private string[] _configProblems = Array.Empty<string>();

    private BoardOptions BuildBoard()
    {
        var board = new BoardOptions { Settings = Settings, Plant = Plant, Seed = Seed };
        if (_config.Count > 0)
        {
            // Line numbers of the config text are the scenario's own, so a problem names the scenario line.
            var text = new System.Text.StringBuilder();
            int at = 1;
            foreach ((int line, string configLine) in _config)
            {
                while (at < line)
                {
                    text.Append('\n');
                    at++;
                }

                text.Append(configLine).Append('\n');
                at++;
            }

            NfConfigResult result = NfConfigParser.Parse(text.ToString(), BoardKind.PicoW, boardIsFixed: false);
            _configProblems = NfConfigFile.Describe(File, result).ToArray();
            board = NfConfigFile.ApplyTo(board, result);
            if (result.IsValid)
            {
                board = board with { Settings = MergeSettings(result.Config.Settings) };
            }
        }

        return board with
        {
            ElementWiredActiveHigh = _elementWiredActiveHigh,
            CutoffWiredActiveHigh = _cutoffWiredActiveHigh,
            ElementEnergizedWhenFloating = _elementFloats,
            CutoffEnergizedWhenFloating = _cutoffFloats,
        };
    }

    /// <summary>The config file's settings, with the scenario's own <c>settings</c> lines on top.</summary>
    private FurnaceSettings MergeSettings(FurnaceSettings fromConfig)
    {
        var defaults = new FurnaceSettings();
        for (int i = 0; i < SettingsTable.All.Length; i++)
        {
            if (Settings.Get(i) != defaults.Get(i))
            {
                fromConfig.Set(i, Settings.Get(i));
            }
        }

        return fromConfig;
    }
}
