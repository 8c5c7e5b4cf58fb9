using FurnaceFw.Sim.Cli;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Cli;

[TestClass]
public sealed class SimOptionsTests
{
    [TestMethod]
    public void Parse_NoArguments_IsLiveMode()
    {
        SimOptions o = SimOptions.Parse(Array.Empty<string>());

        Assert.IsNull(o.ScenarioPath);
        Assert.IsNull(o.Speed);
        Assert.IsNull(o.Seed);
        Assert.IsFalse(o.ShowHelp);
    }

    [TestMethod]
    public void Parse_ScenarioWithSpeedSeedAndTrace_ReadsEach()
    {
        SimOptions o = SimOptions.Parse(new[] { "--scenario", "a.scn", "--speed=100", "--seed", "-7", "--trace", "5m" });

        Assert.AreEqual("a.scn", o.ScenarioPath);
        Assert.AreEqual(100.0, o.Speed);
        Assert.AreEqual(-7, o.Seed);
        Assert.AreEqual(300_000L, o.TraceMs);
    }

    [TestMethod]
    [DataRow("--help")]
    [DataRow("-h")]
    public void Parse_Help_SetsShowHelp(string flag)
    {
        Assert.IsTrue(SimOptions.Parse(new[] { flag }).ShowHelp);
    }

    [TestMethod]
    [DataRow(new[] { "--x" }, "unknown option '--x' (see --help)")]
    [DataRow(new[] { "--frobnicate", "3" }, "unknown option '--frobnicate' (see --help)")]
    [DataRow(new[] { "scenario.scn" }, "unexpected argument 'scenario.scn' (see --help)")]
    [DataRow(new[] { "--scenario" }, "option '--scenario' needs a value (FILE)")]
    [DataRow(new[] { "--scenario", "--seed", "3" }, "option '--scenario' needs a value (FILE)")]
    [DataRow(new[] { "--scenario=" }, "option '--scenario' needs a file name")]
    [DataRow(new[] { "--seed", "abc" }, "option '--seed': 'abc' is not a whole number")]
    [DataRow(new[] { "--scenario", "a", "--speed", "fast" }, "option '--speed': 'fast' is not a number")]
    [DataRow(new[] { "--scenario", "a", "--speed", "0" }, "option '--speed': 0 is outside 0.001..1000000000")]
    [DataRow(new[] { "--speed", "10" }, "option '--speed' needs --scenario")]
    [DataRow(new[] { "--trace", "1m" }, "option '--trace' needs --scenario")]
    [DataRow(new[] { "--scenario", "a", "--trace", "often" }, "option '--trace': 'often' is not a duration")]
    [DataRow(new[] { "--seed", "1", "--seed", "2" }, "option '--seed' given twice")]
    [DataRow(new[] { "--help=yes" }, "option '--help' takes no value")]
    public void Parse_BadArguments_ThrowsNamingTheArgument(string[] args, string message)
    {
        var e = Assert.ThrowsExactly<UsageException>(() => SimOptions.Parse(args));

        Assert.StartsWith(message, e.Message);
    }

    [TestMethod]
    public void HelpText_ListsEveryOption()
    {
        foreach (string option in new[] { "--scenario FILE", "--speed N", "--seed N", "--trace INTERVAL", "--help" })
        {
            Assert.Contains(option, SimOptions.HelpText, "help lists " + option);
        }
    }
}
