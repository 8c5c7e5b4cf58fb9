using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Tests.Config;

[TestClass]
public sealed class NfConfigParserTests
{
    private static NfConfigResult Parse(string text, BoardKind board = BoardKind.PicoW) => NfConfigParser.Parse(text, board, boardIsFixed: true);

    private static ConfigProblem Single(NfConfigResult result)
    {
        Assert.HasCount(1, result.Problems, "expected exactly one problem, got: " + string.Join(" | ", result.Problems.Select(p => p.ToString())));
        return result.Problems[0];
    }

    [TestMethod]
    public void Parse_Empty_IsValidWithDefaults()
    {
        NfConfigResult result = Parse(string.Empty);

        Assert.IsTrue(result.IsValid, "an empty file means every default");
        Assert.IsNull(result.FirstProblem, "no problem to show");
        Assert.AreEqual(SettingsTable.All[Setting.HighLimitC].Default, result.Config.Settings.Get(Setting.HighLimitC), "default high limit");
        Assert.AreEqual(17, result.Config.Pins.SpiChipSelectPin, "Pico W default CS pin");
        Assert.AreEqual(BoardProfile.DefaultI2cAddress, result.Config.Pins.I2cAddress, "default I2C address");
    }

    [TestMethod]
    public void Parse_SectionAndQualifiedKeys_SetTheSameSetting()
    {
        NfConfigResult sectioned = Parse("[safety]\nhigh_limit_c = 400\n");
        NfConfigResult qualified = Parse("safety.high_limit_c=400");

        Assert.IsTrue(sectioned.IsValid && qualified.IsValid, "both forms are valid");
        Assert.AreEqual(400, sectioned.Config.Settings.Get(Setting.HighLimitC), "section prefix applied");
        Assert.AreEqual(400, qualified.Config.Settings.Get(Setting.HighLimitC), "qualified key applied");
    }

    [TestMethod]
    public void Parse_CommentsBlankLinesCrLfAndBom_AreIgnoredAndLinesCountRight()
    {
        NfConfigResult result = Parse("\uFEFF# comment\r\n\r\n   # indented comment\r\ncontrol.setpoint_c = oops\r\n");

        ConfigProblem problem = Single(result);
        Assert.AreEqual(4, problem.Line, "CRLF counted once per line");
        Assert.AreEqual("control.setpoint_c", problem.Key, "key named");
    }

    [TestMethod]
    public void Parse_UnknownKeyWithTypo_SuggestsTheKnownKey()
    {
        ConfigProblem problem = Single(Parse("\n\nsafety.high_limt_c = 300"));

        Assert.AreEqual(3, problem.Line, "line of the unknown key");
        Assert.AreEqual("safety.high_limt_c", problem.Key, "the unknown key is named");
        StringAssert.Contains(problem.Message, "did you mean safety.high_limit_c?", "suggestion");
    }

    [TestMethod]
    public void Parse_KnownNameInWrongSection_SuggestsTheRightSection()
    {
        ConfigProblem problem = Single(Parse("[control]\nhigh_limit_c = 300"));

        StringAssert.Contains(problem.Message, "did you mean safety.high_limit_c?", "same name, other section");
    }

    [TestMethod]
    public void Parse_UnrelatedUnknownKey_HasNoSuggestion()
    {
        ConfigProblem problem = Single(Parse("colour = blue"));

        StringAssert.Contains(problem.Message, "unknown key", "reported as unknown");
        Assert.DoesNotContain("did you mean", problem.Message, "nothing is close to 'colour'");
    }

    [TestMethod]
    public void Parse_DuplicateKey_NamesBothLines()
    {
        ConfigProblem problem = Single(Parse("control.setpoint_c = 100\n[control]\nsetpoint_c = 120"));

        Assert.AreEqual(3, problem.Line, "the second occurrence is the error");
        StringAssert.Contains(problem.Message, "set twice (first on line 1)", "first line named");
    }

    [TestMethod]
    [DataRow("abc")]
    [DataRow("3.5")]
    [DataRow("1e3")]
    [DataRow("")]
    [DataRow("+5")]
    [DataRow("1234567890")]
    [DataRow("12 # comment")]
    public void Parse_NotAWholeNumber_IsRejectedAndDefaultKept(string value)
    {
        NfConfigResult result = Parse("safety.high_limit_c = " + value);

        ConfigProblem problem = Single(result);
        StringAssert.Contains(problem.Message, "is not a whole number", "bad number for '" + value + "'");
        Assert.AreEqual(SettingsTable.All[Setting.HighLimitC].Default, result.Config.Settings.Get(Setting.HighLimitC), "default kept");
    }

    [TestMethod]
    public void Parse_OutOfRange_StatesTheLegalRange()
    {
        NfConfigResult result = Parse("safety.high_limit_c = 2000");

        ConfigProblem problem = Single(result);
        Assert.AreEqual("safety.high_limit_c: 2000 is outside 100..900 °C", problem.Message, "range and unit");
        Assert.AreEqual(SettingsTable.All[Setting.HighLimitC].Default, result.Config.Settings.Get(Setting.HighLimitC), "default kept");
    }

    [TestMethod]
    public void Parse_MissingEquals_NamesTheLine()
    {
        ConfigProblem problem = Single(Parse("# ok\nsafety.high_limit_c 300"));

        Assert.AreEqual(2, problem.Line, "line");
        StringAssert.Contains(problem.Message, "missing '='", "what is wrong");
    }

    [TestMethod]
    public void Parse_MissingKey_IsRejected()
    {
        StringAssert.Contains(Single(Parse(" = 5")).Message, "missing key", "empty key");
    }

    [TestMethod]
    [DataRow("[safety")]
    [DataRow("[]")]
    [DataRow("[Safety]")]
    [DataRow("[a b]")]
    public void Parse_BadSectionHeader_IsRejected(string header)
    {
        StringAssert.Contains(Single(Parse(header)).Message, "bad section header", header);
    }

    [TestMethod]
    public void Parse_OverlongLine_IsRejected()
    {
        StringAssert.Contains(Single(Parse("wifi.ssid = " + new string('x', 250))).Message, "longer than", "line length cap");
    }

    [TestMethod]
    public void Parse_InconsistentSettings_ReportsTheRuleAndKeys()
    {
        ConfigProblem problem = Single(Parse("control.max_setpoint_c = 440"));

        Assert.AreEqual(0, problem.Line, "a cross-key rule is not tied to one line");
        StringAssert.Contains(problem.Message, "control.max_setpoint_c must be at least 20 °C below safety.high_limit_c", "rule");
    }

    [TestMethod]
    public void Parse_BoardForOtherFirmware_IsRejected()
    {
        ConfigProblem problem = Single(Parse("board = esp32"));

        Assert.AreEqual("board", problem.Key, "key");
        StringAssert.Contains(problem.Message, "esp32 does not match this firmware, built for pico_w", "mismatch explained");
    }

    [TestMethod]
    public void Parse_UnknownBoard_IsRejected()
    {
        StringAssert.Contains(Single(Parse("board = pico2")).Message, "is not a board (pico_w or esp32)", "unknown board");
    }

    [TestMethod]
    public void Parse_BoardNotFixed_UsesTheFilesBoardDefaults()
    {
        NfConfigResult result = NfConfigParser.Parse("board = esp32", BoardKind.PicoW, boardIsFixed: false);

        Assert.IsTrue(result.IsValid, "the Sim accepts either board");
        Assert.AreEqual(BoardKind.Esp32, result.Config.Board, "board from the file");
        Assert.AreEqual(26, result.Config.Pins.ElementRelayPin, "ESP32 default element pin");
    }

    [TestMethod]
    public void Parse_ProblemsAreCapped()
    {
        string text = string.Concat(Enumerable.Range(0, 60).Select(i => "bogus" + i + "\n"));

        Assert.HasCount(ConfigProblemList.MaxProblems, Parse(text).Problems, "a garbage file cannot fill the heap with problems");
    }

    [TestMethod]
    public void Format_WithAndWithoutLine_MatchesTheCliShape()
    {
        NfConfigResult result = Parse("safety.high_limit_c = 2000\ncontrol.max_setpoint_c = 800");

        Assert.AreEqual("nf.config:1: safety.high_limit_c: 2000 is outside 100..900 °C", NfConfigResult.Format("nf.config", result.Problems[0]), "file:line: key: problem");
        StringAssert.StartsWith(NfConfigResult.Format("nf.config", result.Problems[1]), "nf.config: control.max_setpoint_c must be", "no line for a cross-key rule");
    }

    [TestMethod]
    public void Parse_ProblemsFromBothPasses_AreInFileOrderWithCrossKeyLast()
    {
        NfConfigResult result = Parse("control.max_setpoint_c = 440\nsafety.high_limit_c = 2000\nbogus\n");

        int[] lines = result.Problems.Select(p => p.Line).ToArray();
        CollectionAssert.AreEqual(new[] { 2, 3, 0 }, lines, "value error (line 2), syntax error (line 3), then the cross-key rule");
        Assert.AreEqual(2, result.FirstProblem!.Line, "the first problem shown on the web and over I2C is the first in the file");
    }
}
