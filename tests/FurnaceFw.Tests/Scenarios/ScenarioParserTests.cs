using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Scenarios;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Scenarios;

[TestClass]
public sealed class ScenarioParserTests
{
    private const string File = "scenarios/x.scn";

    [TestMethod]
    public void Parse_FullExample_ReadsEveryStatement()
    {
        Scenario s = ScenarioParser.Parse("""
            # a comment line
            seed 42
            settings safety.high_limit_c=340 relay.min_on_s=20   # trailing comment
            plant element_w=4000
            at 0s    fuel 3kg
            at 0s    ignite
            at 0s    mode heat
            at 0s    setpoint 180
            at 30m   fault sensor open
            at 31m   clear sensor
            at 31m   fault noise 4
            at 32m   fault element 40%
            at 33m   fault element dead
            at 34m   fault relay welded
            at 35m   fault door open
            at 36m   fault losses 2.5x
            at 37m   fault stall
            at 38m   reset-latch
            at 39m   host timeout 60s
            at 39m   host mode heat
            at 39m   host setpoint 170
            at 39m   host alive
            expect at 20m state heating
            expect at 20m temp between 170 and 190
            expect from 1h to 2h relay cutoff closed
            expect trip over-temperature between 40m and 45m
            expect no trip between 0s and 39m
            expect at 2h resets 1
            expect at 2h embers out
            expect at 2h command rejected-too-hot
            expect at 2h sensor open-thermocouple
            expect at 2h fault heating-failed
            expect at 2h faults none
            expect at 2h reason latch-restored
            expect from 1h to 2h duty below 20%
            expect at 2h host solo
            expect at 2h setpoint 180
            run 2h
            """, File);

        Assert.AreEqual(42, s.Seed);
        Assert.AreEqual(2 * 3_600_000L, s.RunMs);
        Assert.AreEqual(340, s.Settings.Get(Setting.HighLimitC), "settings override");
        Assert.AreEqual(20, s.Settings.Get(Setting.MinOnS), "settings override");
        Assert.AreEqual(4000, s.Plant.ElementW, "plant override");
        Assert.AreEqual(18, s.Steps.Count);
        Assert.AreEqual(30 * 60_000L, s.Steps[4].AtMs);
        Assert.AreEqual(9, s.Steps[4].Line, "line numbers are 1-based file lines");
        Assert.AreEqual(15, s.Expectations.Count);
    }

    [TestMethod]
    public void Parse_NoSettings_UsesTheFirmwareDefaults()
    {
        Scenario s = ScenarioParser.Parse("run 1m", File);
        Assert.AreEqual(SettingsTable.All[Setting.HighLimitC].Default, s.Settings.Get(Setting.HighLimitC));
        Assert.AreEqual(1, s.Seed, "default seed");
    }

    [TestMethod]
    [DataRow("run 1h\nfrobnicate 3", 2, "unknown statement 'frobnicate' (expected seed, settings, plant, run, at, expect)")]
    [DataRow("run 1h\nat 0s dance", 2, "unknown command 'dance'")]
    [DataRow("run 1h\nat 30 fuel 3kg", 2, "bad time '30' (e.g. 500ms, 30s, 20m, 2h, 1h30m)")]
    [DataRow("run 1h\nat 3q fuel 3kg", 2, "bad time '3q'")]
    [DataRow("run soon", 1, "bad time 'soon'")]
    [DataRow("run 0s", 1, "the run must last longer than 0s")]
    [DataRow("run 1h\nat 0s setpoint hot", 2, "bad number 'hot' for setpoint in °C")]
    [DataRow("run 1h\nat 0s fuel lots", 2, "bad number 'lots' for fuel load in kg")]
    [DataRow("run 1h\nat 0s fuel 99kg", 2, "fuel load in kg 99kg is outside 0..50")]
    [DataRow("run 1h\nat 0s fault noise 2.5", 2, "bad number '2.5' for noise amplitude in LSB (0.25 °C) (expected a whole number)")]
    [DataRow("run 1h\nat 0s fault sensor opn", 2, "unknown sensor fault 'opn' (expected open, zeros, ones, stuck, shifted, buserror, none)")]
    [DataRow("run 1h\nat 0s fault heater", 2, "unknown fault 'heater' (expected sensor, noise, element, relay, door, losses, stall)")]
    [DataRow("run 1h\nat 0s fault relay stuck", 2, "expected 'welded' after 'at 0s fault relay', found 'stuck'")]
    [DataRow("run 1h\nat 0s clear everything", 2, "unknown fault to clear 'everything'")]
    [DataRow("run 1h\nat 0s mode turbo", 2, "unknown mode 'turbo' (expected off, heat)")]
    [DataRow("run 1h\nat 0s mode", 2, "'at 0s mode' needs mode (off, heat)")]
    [DataRow("run 1h\nat 0s ignite now", 2, "unexpected 'now' after 'at 0s ignite'")]
    [DataRow("run 1h\nat 20m ignite\nat 10m ignite", 3, "step at 10m comes after a step at 20m; list steps in time order")]
    [DataRow("run 1h\nat 2h ignite", 2, "time 2h is after the end of the run (1h, line 1)")]
    [DataRow("run 1h\nexpect at 2h state idle", 2, "time 2h is after the end of the run")]
    [DataRow("run 1h\nrun 2h", 2, "'run' given twice (first on line 1)")]
    [DataRow("seed 1\nseed 2\nrun 1h", 2, "'seed' given twice")]
    [DataRow("seed x\nrun 1h", 1, "bad number 'x' for seed")]
    [DataRow("run 1h\nexpect at 1m state boiling", 2, "unknown state 'boiling' (expected idle, heating, banking, tripped, config-fault, boot-loop)")]
    [DataRow("run 1h\nexpect at 1m mood happy", 2, "unknown condition 'mood'")]
    [DataRow("run 1h\nexpect at 1m temp between 190 and 170", 2, "upper temperature in °C 170 is outside 190..1100")]
    [DataRow("run 1h\nexpect at 1m temp near 170", 2, "unknown temperature test 'near' (expected between, above, below)")]
    [DataRow("run 1h\nexpect at 1m relay heater on", 2, "unknown relay 'heater' (expected element, cutoff)")]
    [DataRow("run 1h\nexpect at 1m relay cutoff on", 2, "unknown cutoff relay state 'on' (expected closed, open)")]
    [DataRow("run 1h\nexpect at 1m fault overheat", 2, "unknown fault 'overheat' (expected over-temperature, sensor-fault, heating-failed, thermal-runaway, boot-loop)")]
    [DataRow("run 1h\nexpect trip overheat between 1m and 2m", 2, "unknown fault 'overheat' (expected over-temperature, sensor-fault, heating-failed, thermal-runaway, boot-loop, any)")]
    [DataRow("run 1h\nexpect trip any between 5m and 2m", 2, "'between 5m and 2m' ends before it starts")]
    [DataRow("run 1h\nexpect trip any", 2, "'expect trip any' needs 'between'")]
    [DataRow("run 1h\nexpect from 5m to 2m state idle", 2, "'from 5m to 2m' ends before it starts")]
    [DataRow("run 1h\nexpect from 1m to 2m duty around 5%", 2, "unknown duty test 'around' (expected below, above)")]
    [DataRow("run 1h\nexpect from 1m to 2m duty below lots", 2, "bad number 'lots' for duty in %")]
    [DataRow("run 1h\nexpect from 1m to 2m duty below 150%", 2, "duty in % 150% is outside 0..100")]
    [DataRow("run 1h\nat 0s host reboot", 2, "unknown host write 'reboot' (expected timeout, mode, setpoint, alive)")]
    [DataRow("run 1h\nat 0s host timeout 60", 2, "bad time '60'")]
    [DataRow("run 1h\nexpect at 1m host online", 2, "unknown host link state 'online' (expected coop, solo)")]
    [DataRow("run 1h\nexpect sometime state idle", 2, "unknown expectation 'sometime' (expected at, from, trip, no)")]
    [DataRow("run 1h\nexpect at 1m command maybe", 2, "unknown command result 'maybe'")]
    [DataRow("run 1h\nsettings safety.high_limit=300", 2, "unknown setting 'safety.high_limit' (see Firmware/Config/SettingsTable.cs)")]
    [DataRow("run 1h\nsettings safety.high_limit_c", 2, "bad setting 'safety.high_limit_c' (expected key=value)")]
    [DataRow("run 1h\nsettings safety.high_limit_c=hot", 2, "bad number 'hot' for safety.high_limit_c (expected a whole number)")]
    [DataRow("run 1h\nsettings safety.high_limit_c=5000", 2, "safety.high_limit_c = 5000 is outside 100..900 °C")]
    [DataRow("run 1h\nsettings", 2, "'settings' needs key=value pairs")]
    [DataRow("run 1h\nsettings safety.high_limit_c=200", 2, "inconsistent settings: control.max_setpoint_c must be at least 20 °C below safety.high_limit_c")]
    [DataRow("run 1h\nplant element_watts=4000", 2, "unknown plant parameter 'element_watts' (expected ambient_c,")]
    [DataRow("run 1h\nplant element_w=-5", 2, "bad number '-5' for plant element_w (expected a number ≥ 0)")]
    public void Parse_MalformedLine_ThrowsNamingFileLineAndProblem(string text, int line, string problem)
    {
        var e = Assert.ThrowsExactly<ScenarioParseException>(() => ScenarioParser.Parse(text, File));

        Assert.AreEqual(line, e.LineNumber, e.Message);
        Assert.StartsWith($"{File}:{line}: ", e.Message, "message starts with file:line");
        Assert.Contains(problem, e.Problem, "the problem is named");
    }

    [TestMethod]
    public void Parse_NoRunLine_ThrowsNamingTheFile()
    {
        var e = Assert.ThrowsExactly<ScenarioParseException>(() => ScenarioParser.Parse("seed 1\nat 0s ignite\n", File));

        Assert.AreEqual(0, e.LineNumber);
        Assert.AreEqual($"{File}: missing 'run <duration>' line (e.g. run 2h)", e.Message);
    }

    [TestMethod]
    public void Parse_ErrorOnLaterLine_ReportsTheFirstProblemOnly()
    {
        var e = Assert.ThrowsExactly<ScenarioParseException>(() => ScenarioParser.Parse("run 1h\n\n# c\nat 0s dance\nat 0s sing", File));

        Assert.AreEqual(4, e.LineNumber, "blank and comment lines still count");
    }

    [TestMethod]
    public void ParseFile_WindowsLineEndings_Parse()
    {
        Scenario s = ScenarioParser.Parse("run 1h\r\nat 0s mode heat\r\nexpect at 1m state heating\r\n", File);

        Assert.AreEqual(1, s.Steps.Count);
        Assert.AreEqual(1, s.Expectations.Count);
    }
}
