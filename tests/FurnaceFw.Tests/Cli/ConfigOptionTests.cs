using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Cli;

/// <summary>--config FILE: the device's parser in the Sim; problems printed with file and line; a bad file boots ConfigFault.</summary>
[TestClass]
public sealed class ConfigOptionTests
{
    private readonly StringWriter _out = new();
    private readonly StringWriter _error = new();
    private string _dir = null!;

    [TestInitialize]
    public void CreateDirectory() => _dir = Directory.CreateTempSubdirectory("furnacefw-config-").FullName;

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(_dir, recursive: true);

    private SimConsole Console => new() { Out = _out, Error = _error };

    private BoardOptions? Apply(SimOptions options, BoardOptions board)
    {
        SimOptions updated = options;
        return ConfigOption.Apply(ref updated, board, Console);
    }

    private string Write(string text)
    {
        string path = Path.Combine(_dir, "nf.config");
        File.WriteAllText(path, text);
        return path;
    }

    [TestMethod]
    public void Parse_ConfigOption_SetsPath()
    {
        Assert.AreEqual("x/nf.config", SimOptions.Parse(new[] { "--config", "x/nf.config" }).ConfigPath, "path kept as given");
    }

    [TestMethod]
    public void Parse_ConfigWithScenario_IsAUsageError()
    {
        UsageException e = Assert.ThrowsExactly<UsageException>(() => SimOptions.Parse(new[] { "--config", "a", "--scenario", "b" }));
        StringAssert.Contains(e.Message, "cannot be combined with --scenario", "why");
    }

    [TestMethod]
    public void Apply_ValidFile_UsesItsSettingsAndWiring()
    {
        string path = Write("[control]\nsetpoint_c = 150\n[relay]\nelement_pin = 20\ncutoff_pin = 21\nactive_high = false\n");

        BoardOptions? board = Apply(new SimOptions { ConfigPath = path }, new BoardOptions());

        Assert.IsNotNull(board, "readable file");
        Assert.IsNull(board.ConfigProblem, "valid: " + _error);
        Assert.AreEqual(150, board.Settings.Get(Setting.DefaultSetpointC), "setting from the file");
        Assert.AreEqual(20, board.ElementPin, "wiring from the file");
        Assert.IsFalse(board.RelaysActiveHigh, "relay polarity from the file");
        Assert.AreEqual(string.Empty, _error.ToString(), "no problems printed");
    }

    [TestMethod]
    public void Apply_FileWithProblems_PrintsFileLineKeyAndBootsConfigFault()
    {
        string path = Write("# mine\nsafety.high_limit_c = 2000\nwifi.sid = home\n");

        BoardOptions? board = Apply(new SimOptions { ConfigPath = path }, new BoardOptions());

        Assert.IsNotNull(board, "a bad file still runs the furnace, safely");
        Assert.IsNotNull(board.ConfigProblem, "the furnace gets the problem and boots into ConfigFault");
        string[] lines = _error.ToString().Trim().Split('\n').Select(l => l.TrimEnd('\r')).ToArray();
        Assert.AreEqual(path + ":2: safety.high_limit_c: 2000 is outside 100..900 °C", lines[0], "file:line: key: problem");
        Assert.AreEqual(path + ":3: wifi.sid: unknown key (did you mean wifi.ssid?)", lines[1], "second problem");
        Assert.AreEqual(new FurnaceSettings().Get(Setting.HighLimitC), board.Settings.Get(Setting.HighLimitC), "an invalid file never tunes the safety rules");
        StringAssert.Contains(_out.ToString(), "ConfigFault", "the user is told the furnace will not heat");
    }

    [TestMethod]
    public void Apply_MissingFile_ReturnsNullWithMessage()
    {
        BoardOptions? board = Apply(new SimOptions { ConfigPath = Path.Combine(_dir, "absent.config") }, new BoardOptions());

        Assert.IsNull(board, "nothing to simulate");
        StringAssert.Contains(_error.ToString(), "error: cannot read config", "message on stderr");
    }

    [TestMethod]
    public void Apply_RepositoryExample_IsValid()
    {
        string example = Config.ExampleNfConfigTests.RepoFile("nf.config");

        BoardOptions? board = Apply(new SimOptions { ConfigPath = example }, new BoardOptions());

        Assert.IsNotNull(board, "readable");
        Assert.IsNull(board.ConfigProblem, "the shipped example runs: " + _error);
    }

    [TestMethod]
    public void Apply_WithHttpAndNoPinOption_UsesTheFilesPin()
    {
        string path = Write("http.pin = 4711\n");
        SimOptions options = new() { ConfigPath = path, HttpPort = 0 };

        ConfigOption.Apply(ref options, new BoardOptions(), Console);

        Assert.AreEqual("4711", options.HttpPin, "the web PIN the user configured");
    }

    [TestMethod]
    public void Apply_PinOptionGiven_WinsOverTheFile()
    {
        string path = Write("http.pin = 4711\n");
        SimOptions options = new() { ConfigPath = path, HttpPort = 0, HttpPin = "9999" };

        ConfigOption.Apply(ref options, new BoardOptions(), Console);

        Assert.AreEqual("9999", options.HttpPin, "the command line wins");
    }

    [TestMethod]
    public void Run_ConfigFileMissing_Exits2BeforeAnythingRuns()
    {
        string missing = Path.Combine(_dir, "absent.config");

        int exit = SimApp.Run(new[] { "--config", missing }, Console, CancellationToken.None, Path.Combine(_dir, "latch"));

        Assert.AreEqual(SimApp.ExitUsage, exit, "nothing to simulate");
        StringAssert.Contains(_error.ToString(), "cannot read config '" + missing + "'", "names the file");
        Assert.DoesNotContain("live virtual furnace", _out.ToString(), "the furnace never started");
    }
}
