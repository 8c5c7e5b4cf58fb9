using System.Text.Json;
using FurnaceFw.Furnacectl;
using FurnaceFw.Host;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>furnacectl in process against the simulator's socket: output and the documented exit codes.</summary>
[TestClass]
public sealed class FurnacectlCliTests
{
    private static BoardHarness s_board = null!;
    private static I2cSocketServer s_server = null!;
    private static Thread s_stepper = null!;
    private static volatile bool s_stop;

    [ClassInitialize]
    public static void Start(TestContext _)
    {
        s_board = new BoardHarness();
        var bus = new SimulatedI2cBus();
        bus.Attach(RegisterMap.DefaultAddress, new BoardI2cTarget(s_board.Board, RegisterMap.DefaultAddress));
        s_server = new I2cSocketServer(bus, 0);
        // The board runs on virtual time, one control period per millisecond of real time.
        s_stepper = new Thread(() =>
        {
            while (!s_stop)
            {
                s_board.Board.Step();
                Thread.Sleep(1);
            }
        }) { IsBackground = true };
        s_stepper.Start();
    }

    [ClassCleanup]
    public static void Stop()
    {
        s_stop = true;
        s_stepper.Join();
        s_server.Dispose();
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void StatusJson_AgainstSim_ExitsOkWithEveryRegister()
    {
        var (code, output, error) = Run("status", "--json");

        Assert.AreEqual((int)ExitCode.Ok, code, error);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement registers = json.RootElement.GetProperty("registers");
        Assert.AreEqual(RegisterMap.All.Count(r => r.IsReadable), registers.EnumerateObject().Count(), "every readable register");
        Assert.AreEqual("Ok", registers.GetProperty("SensorStatus").GetProperty("text").GetString(), "live sensor");
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void SetModeHeat_InSolo_ExitsCommandRejected()
    {
        var (code, _, error) = Run("set", "mode", "heat");

        Assert.AreEqual((int)ExitCode.CommandRejected, code, error);
        StringAssert.Contains(error, "RejectedRequiresCoop", "the controller's reason");
    }

    [TestMethod]
    [DataRow("set", "setpoint", "abc")]
    [DataRow("set", "setpoint", "150.1")]
    [DataRow("set", "setpoint", "900")]
    [DataRow("get", "NoSuchRegister")]
    [DataRow("set", "state", "1")]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void BadArguments_ExitUsage(params string[] args)
    {
        var (code, _, error) = Run(args);

        Assert.AreEqual((int)ExitCode.Usage, code, error);
        Assert.IsFalse(string.IsNullOrWhiteSpace(error), "says what was wrong");
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void UnknownCommand_ExitUsageWithoutTouchingTheBus()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int code = Cli.Run(new[] { "--sim", "127.0.0.1:1", "frobnicate" }, output, error);

        Assert.AreEqual((int)ExitCode.Usage, code, error.ToString());
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void NoSimulatorListening_ExitsBusError()
    {
        var output = new StringWriter();
        var error = new StringWriter();

        int code = Cli.Run(new[] { "--sim", "127.0.0.1:1", "--retries", "1", "info" }, output, error);

        Assert.AreEqual((int)ExitCode.BusError, code, error.ToString());
        StringAssert.Contains(error.ToString(), "127.0.0.1:1", "names where it looked");
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void WrongAddress_NakedAfterRetries_ExitsBusError()
    {
        var (code, _, error) = Run("--address", "0x5F", "--retries", "2", "info");

        Assert.AreEqual((int)ExitCode.BusError, code, error);
        StringAssert.Contains(error, "0x5F", "names the address");
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void Log_AgainstSim_PrintsTheStartupEntry()
    {
        var (code, output, error) = Run("log");

        Assert.AreEqual((int)ExitCode.Ok, code, error);
        StringAssert.Matches(output, new System.Text.RegularExpressions.Regex(@"#1 +\d+:\d\d:\d\d\.\d{3}  info +furnace: started on the virtual board"),
            "sequence, uptime, level and text of the Sim's start-up entry: " + output);
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void LogFollow_NewEntryWhilePolling_IsPrinted()
    {
        var writer = new Thread(() =>
        {
            Thread.Sleep(300);
            s_board.Board.Log.Write(FurnaceFw.Protocol.LogLevel.Warning, 0, "follow marker ", 42, "");
        });
        writer.Start();

        var (code, output, error) = Run("log", "--follow", "--interval-ms", "50", "--polls", "40");
        writer.Join();

        Assert.AreEqual((int)ExitCode.Ok, code, error);
        StringAssert.Contains(output, "WARNING  follow marker 42", "the entry written during --follow: " + output);
    }

    [TestMethod]
    [Timeout(30_000, CooperativeCancellation = true)]
    public void Log_BadOption_ExitsUsage()
    {
        var (code, _, error) = Run("log", "--polls", "many");

        Assert.AreEqual((int)ExitCode.Usage, code, error);
    }

    private static (int Code, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Cli.Run(new[] { "--sim", $"127.0.0.1:{s_server.Port}" }.Concat(args).ToArray(), output, error);
        return (code, output.ToString(), error.ToString());
    }
}

[TestClass]
public sealed class FurnacectlDocsTests
{
    [TestMethod]
    public void ExitCodeTable_ListsEveryExitCode()
    {
        string doc = File.ReadAllText(Path.Combine(RepoRoot(), "docs", "furnacectl.md"));

        foreach (ExitCode code in Enum.GetValues<ExitCode>())
        {
            StringAssert.Matches(doc, new System.Text.RegularExpressions.Regex($@"\n\| {(int)code} \| "),
                $"docs/furnacectl.md exit code table lacks {(int)code} ({code})");
        }
    }

    [TestMethod]
    public void Help_ExitsOkAndListsEveryCommand()
    {
        var output = new StringWriter();

        int code = Cli.Run(new[] { "--help" }, output, new StringWriter());

        Assert.AreEqual(0, code, "help is not an error");
        foreach (string command in new[] { "info", "status", "get", "set", "watch", "reset-latch", "coop", "mqtt" })
        {
            StringAssert.Contains(output.ToString(), command, $"help lists {command}");
        }
    }

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir != null && !File.Exists(Path.Combine(dir.FullName, "FurnaceFw.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("FurnaceFw.sln not found");
    }
}
