using System.Diagnostics;
using FurnaceFw.Sim.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Cli;

/// <summary>The CLI entry point in-process: exit codes, messages, and the live mode's clean start and stop.</summary>
// CPU-heavy (whole scenarios, live threads): kept apart from the timing-sensitive classes that run in parallel.
[TestClass]
[DoNotParallelize]
public sealed class SimAppTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private string _dir = null!;

    [TestInitialize]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("furnacefw-cli-").FullName;

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private int Run(string[] args, CancellationToken cancel = default, Queue<char>? keys = null, int terminalWidth = 0)
    {
        var console = new SimConsole
        {
            Out = _out,
            Error = _error,
            OutputIsTerminal = terminalWidth > 0,
            Width = () => terminalWidth,
            HasKeyboard = keys != null,
            TryReadKey = () => keys != null && keys.TryDequeue(out char c) ? new ConsoleKeyInfo(c, default, false, false, false) : null,
        };
        return SimApp.Run(args, console, cancel, Path.Combine(_dir, "state", "latch"));
    }

    private string WriteScenario(string text)
    {
        string path = Path.Combine(_dir, "test.scn");
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void Run_UnknownOption_Exits2WithMessageOnStderr()
    {
        Assert.AreEqual(2, Run(new[] { "--x" }));
        Assert.AreEqual("error: unknown option '--x' (see --help)", _error.ToString().Trim());
        Assert.AreEqual(string.Empty, _out.ToString(), "nothing runs");
    }

    [TestMethod]
    public void Run_Help_Exits0AndPrintsUsage()
    {
        Assert.AreEqual(0, Run(new[] { "--help" }));
        Assert.Contains("usage: dotnet run --project Sim", _out.ToString());
    }

    [TestMethod]
    public void Run_MissingScenarioFile_Exits2NamingTheFile()
    {
        string path = Path.Combine(_dir, "nope.scn");

        Assert.AreEqual(2, Run(new[] { "--scenario", path }));
        Assert.Contains($"cannot read scenario file '{path}'", _error.ToString());
    }

    [TestMethod]
    public void Run_MalformedScenario_Exits2NamingFileAndLine()
    {
        string path = WriteScenario("run 1h\nat 0s fault sensor opn\n");

        Assert.AreEqual(2, Run(new[] { "--scenario", path }));
        Assert.Contains($"error: {path}:2: unknown sensor fault 'opn' (expected open,", _error.ToString());
    }

    [TestMethod]
    public void Run_PassingScenario_Exits0WithSummary()
    {
        string path = WriteScenario("run 10m\nat 0s mode heat\nexpect at 5m state heating\n");

        Assert.AreEqual(0, Run(new[] { "--scenario", path }));
        Assert.Contains("PASS  line 3", _out.ToString());
        Assert.Contains("1 passed, 0 failed", _out.ToString());
    }

    [TestMethod]
    public void Run_FailingScenario_Exits1NamingTheFailure()
    {
        string path = WriteScenario("run 10m\nexpect at 5m state heating\n");

        Assert.AreEqual(1, Run(new[] { "--scenario", path }));
        Assert.Contains("FAIL  line 2", _out.ToString());
        Assert.Contains("at 5m: idle", _out.ToString());
    }

    [TestMethod]
    public void Run_PacedScenario_TakesAboutSimulatedTimeOverSpeed()
    {
        string path = WriteScenario("run 10s\nexpect at 10s state idle\n");
        var wall = Stopwatch.StartNew();

        Assert.AreEqual(0, Run(new[] { "--scenario", path, "--speed", "20" }));

        Assert.IsGreaterThanOrEqualTo(400, wall.ElapsedMilliseconds, "10 s at 20x must take about 500 ms, not run flat out");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Run_LiveModeWithoutKeyboard_StopsCleanlyOnCancel()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));
        var wall = Stopwatch.StartNew();

        int exit = Run(Array.Empty<string>(), stop.Token);

        string output = _out.ToString();
        Assert.AreEqual(0, exit, output + _error);
        Assert.IsLessThan(10_000, wall.ElapsedMilliseconds, "stops within seconds of the cancel");
        Assert.Contains("Latch file: " + Path.Combine(_dir, "state", "latch", "furnace.latch"), output);
        Assert.Contains("stdin is not a keyboard", output);
        Assert.Contains("idle (power-on)", output, "at least one status line");
        Assert.Contains("stopped: element off, cutoff open", output);
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Run_LiveModeKeys_HeatThenQuit_ExitsOnItsOwn()
    {
        var keys = new Queue<char>(new[] { 'h', '+', 'z', 'q' });

        int exit = Run(Array.Empty<string>(), CancellationToken.None, keys);

        string output = _out.ToString();
        Assert.AreEqual(0, exit, output);
        Assert.Contains("keys: h heat", output, "key help at start");
        Assert.Contains("mode heat", output);
        Assert.Contains("setpoint 185°C: accepted", output, "the control thread took the new setpoint");
        Assert.Contains("unknown key 'z'", output);
        Assert.Contains("stopped: element off, cutoff open", output);
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Run_LiveModeFaultKeys_InjectAndStillStopSafe()
    {
        var keys = new Queue<char>(new[] { 't', 'x', 't', 'q' });

        int exit = Run(Array.Empty<string>(), CancellationToken.None, keys);

        string output = _out.ToString();
        Assert.AreEqual(0, exit, output);
        Assert.Contains("faults: t thermocouple", output, "fault keys listed at start");
        Assert.Contains("thermocouple open", output);
        Assert.Contains("a handler thread now hangs", output);
        Assert.Contains("thermocouple reconnected", output);
        Assert.Contains("stopped: element off, cutoff open", output, "a hung handler does not keep the Sim from stopping safe");
    }

    [TestMethod]
    [Timeout(20_000, CooperativeCancellation = true)]
    public void Run_LiveModeOnNarrowTerminal_RewritesOneLineThatNeverWraps()
    {
        using var stop = new CancellationTokenSource(TimeSpan.FromMilliseconds(1500));

        Assert.AreEqual(0, Run(Array.Empty<string>(), stop.Token, terminalWidth: 60));

        string[] statusWrites = _out.ToString().Split('\r', '\n').Where(l => l.Contains(" set ")).ToArray();
        Assert.IsGreaterThanOrEqualTo(2, statusWrites.Length, "refreshed about twice a second: " + _out);
        Assert.IsTrue(statusWrites.All(l => l.TrimEnd().Length < 60), "cut to the width: " + string.Join(" | ", statusWrites));
        Assert.Contains("\r", _out.ToString(), "rewritten in place");
    }
}
