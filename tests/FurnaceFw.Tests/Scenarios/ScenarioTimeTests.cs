using FurnaceFw.Sim.Scenarios;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Scenarios;

[TestClass]
public sealed class ScenarioTimeTests
{
    [TestMethod]
    [DataRow("250ms", 250L)]
    [DataRow("30s", 30_000L)]
    [DataRow("20m", 1_200_000L)]
    [DataRow("2h", 7_200_000L)]
    [DataRow("1h30m", 5_400_000L)]
    [DataRow("1.5s", 1_500L)]
    [DataRow("0s", 0L)]
    public void TryParse_ValidDuration_ReturnsMilliseconds(string text, long expected)
    {
        Assert.IsTrue(ScenarioTime.TryParse(text, out long ms), text);
        Assert.AreEqual(expected, ms, text);
    }

    [TestMethod]
    [DataRow("30")]
    [DataRow("30x")]
    [DataRow("m")]
    [DataRow("")]
    [DataRow("-5s")]
    [DataRow("0.5ms")]
    [DataRow("1.2.3s")]
    [DataRow("30S")]
    public void TryParse_NotADuration_ReturnsFalse(string text)
    {
        Assert.IsFalse(ScenarioTime.TryParse(text, out _), $"'{text}' must not parse");
    }

    [TestMethod]
    [DataRow(0L, "0s")]
    [DataRow(250L, "0.25s")]
    [DataRow(5_400_000L, "1h30m")]
    [DataRow(3_723_250L, "1h2m3.25s")]
    public void Format_Milliseconds_ReadsBackAsTheSameDuration(long ms, string expected)
    {
        Assert.AreEqual(expected, ScenarioTime.Format(ms));
        Assert.IsTrue(ScenarioTime.TryParse(expected, out long back));
        Assert.AreEqual(ms, back, "format then parse round-trips");
    }
}
