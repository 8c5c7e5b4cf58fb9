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
    public void Parse_EveryNewForm_ReadsAndExpandsIt()
    {
        Scenario s = ScenarioParser.Parse("""
            run 3h
            config relay.active_high = false
            wiring element active-low floating-on cutoff active-high
            at 0s    fault sensor frame 0x0001
            at 1m    fault sensor frozen 176c
            at 1m    fault sensor detached 60c frames 2 of 3
            at 2m    fault sensor open frames 1 of 2 for 5 frames
            at 3m    fault sensor zeros for 250ms
            at 4m    fault relay element dead
            at 4m    fault relay cutoff welded
            at 5m    fault wedge after 10s for 3 boots
            at 6m    fault cycle period 180ms
            at 6m    fault cycle jitter 50ms
            at 6m    fault cycle late 1.5s
            at 7m    fault flash fail for 1m
            at 8m    fault flash slow 300ms
            at 9m    power cut for 30s
            at 10m   power cut after 2 flash-ops for 5s
            at 11m   power cut
            at 12m   power on
            at 13m   reset-latch arm 7
            at 13m   reset-latch confirm 7
            at 14m   host reset-latch
            at 14m   host reset-latch arm 9
            at 15m   clear relay cutoff
            at 15m   clear wedge
            at 15m   clear cycle
            at 15m   clear flash
            every 115s from 18m to 30m fault sensor zeros for 250ms
            expect plant below 470c from 0s to 3h
            expect firebox above 10 at 1h
            expect at 1h power on
            expect at 1h host write accepted
            expect invariant i3
            expect invariants
            """, File);

        Assert.AreEqual(false, s.Board.RelaysActiveHigh, "config line read by the device's parser");
        Assert.AreEqual(false, s.Board.ElementWiredActiveHigh, "wiring: element");
        Assert.IsTrue(s.Board.ElementEnergizedWhenFloating, "wiring: floating-on");
        Assert.AreEqual(true, s.Board.CutoffWiredActiveHigh, "wiring: cutoff");
        Assert.AreEqual(7, s.Steps.Count(x => x.Line == 29) / 2, "every 115s from 18m to 30m: 7 faults, each with its end");
        Assert.AreEqual(2, s.Steps.Count(x => x.Line == 8), "'for 250ms' adds the end of the fault");
        Assert.AreEqual(3 * 60_000 + 250, s.Steps.Where(x => x.Line == 8).Max(x => x.AtMs), "the end comes 250 ms later");
        CollectionAssert.AreEqual(s.Steps.Select(x => x.AtMs).Order().ToList(), s.Steps.Select(x => x.AtMs).ToList(), "steps sorted by time");
        Assert.AreEqual(5 + 7, s.Expectations.Count, "'expect invariants' is one expectation per invariant");
    }

    [TestMethod]
    public void Parse_InvalidConfigLine_BootsIntoConfigFaultNamingTheLine()
    {
        Scenario s = ScenarioParser.Parse("run 1h\n\nconfig relay.active_high = maybe\n", File);

        Assert.IsNotNull(s.Board.ConfigProblem, "an unparsable polarity is a configuration problem: the board boots into ConfigFault");
        Assert.AreEqual(1, s.ConfigProblems.Count);
        StringAssert.StartsWith(s.ConfigProblems[0], $"{File}:3: relay.active_high", "the problem names the scenario line");
    }

    [TestMethod]
    public void Parse_NoSettings_UsesTheFirmwareDefaults()
    {
        Scenario s = ScenarioParser.Parse("run 1m", File);
        Assert.AreEqual(SettingsTable.All[Setting.HighLimitC].Default, s.Settings.Get(Setting.HighLimitC));
        Assert.AreEqual(1, s.Seed, "default seed");
    }

    [TestMethod]
    [DataRow("run 1h\nfrobnicate 3", 2, "unknown statement 'frobnicate' (expected seed, settings, plant, config, wiring, run, at, every, expect)")]
    [DataRow("run 1h\nat 0s dance", 2, "unknown command 'dance'")]
    [DataRow("run 1h\nat 30 fuel 3kg", 2, "bad time '30' (e.g. 500ms, 30s, 20m, 2h, 1h30m)")]
    [DataRow("run 1h\nat 3q fuel 3kg", 2, "bad time '3q'")]
    [DataRow("run soon", 1, "bad time 'soon'")]
    [DataRow("run 0s", 1, "the run must last longer than 0s")]
    [DataRow("run 1h\nat 0s setpoint hot", 2, "bad number 'hot' for setpoint in °C")]
    [DataRow("run 1h\nat 0s fuel lots", 2, "bad number 'lots' for fuel load in kg")]
    [DataRow("run 1h\nat 0s fuel 99kg", 2, "fuel load in kg 99kg is outside 0..50")]
    [DataRow("run 1h\nat 0s fault noise 2.5", 2, "bad number '2.5' for noise amplitude in LSB (0.25 °C) (expected a whole number)")]
    [DataRow("run 1h\nat 0s fault sensor opn", 2, "unknown sensor fault 'opn' (expected open, zeros, ones, stuck, shifted, buserror, frame, frozen, detached, none)")]
    [DataRow("run 1h\nat 0s fault heater", 2, "unknown fault 'heater' (expected sensor, noise, element, relay, door, losses, stall, wedge, cycle, flash)")]
    [DataRow("run 1h\nat 0s fault relay stuck", 2, "unknown relay fault 'stuck' (expected element, cutoff, welded)")]
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
    [DataRow("run 1h\nat 0s host reboot", 2, "unknown host write 'reboot' (expected timeout, mode, setpoint, alive, reset-latch)")]
    [DataRow("run 1h\nat 0s host timeout 60", 2, "bad time '60'")]
    [DataRow("run 1h\nexpect at 1m host online", 2, "unknown host condition 'online' (expected coop, solo, write)")]
    [DataRow("run 1h\nexpect sometime state idle", 2, "unknown expectation 'sometime' (expected at, from, trip, no, invariant, invariants")]
    [DataRow("run 1h\nexpect at 1m command maybe", 2, "unknown command result 'maybe'")]
    [DataRow("run 1h\nsettings safety.high_limit=300", 2, "unknown setting 'safety.high_limit' (see Firmware/Config/SettingsTable.cs)")]
    [DataRow("run 1h\nsettings safety.high_limit_c", 2, "bad setting 'safety.high_limit_c' (expected key=value)")]
    [DataRow("run 1h\nsettings safety.high_limit_c=hot", 2, "bad number 'hot' for safety.high_limit_c (expected a whole number)")]
    [DataRow("run 1h\nsettings safety.high_limit_c=5000", 2, "safety.high_limit_c = 5000 is outside 100..900 °C")]
    [DataRow("run 1h\nsettings", 2, "'settings' needs key=value pairs")]
    [DataRow("run 1h\nsettings safety.high_limit_c=200", 2, "inconsistent settings: control.max_setpoint_c must be at least 20 °C below safety.high_limit_c")]
    [DataRow("run 1h\nplant element_watts=4000", 2, "unknown plant parameter 'element_watts' (expected ambient_c,")]
    [DataRow("run 1h\nplant element_w=-5", 2, "bad number '-5' for plant element_w (expected a number ≥ 0)")]
    [DataRow("run 1h\nat 0s fault sensor frame 0x1FFFF", 2, "bad frame '0x1FFFF' (expected 0x0000..0xFFFF or 0..65535)")]
    [DataRow("run 1h\nat 0s fault sensor frame", 2, "'at 0s fault sensor frame' needs a 16-bit frame")]
    [DataRow("run 1h\nat 0s fault sensor frozen hot", 2, "bad number 'hot' for temperature in °C")]
    [DataRow("run 1h\nat 0s fault sensor detached 2000c", 2, "temperature in °C 2000c is outside 0..1023.75")]
    [DataRow("run 1h\nat 0s fault sensor zeros frames 2 of 1", 2, "frames in the pattern 1 is outside 2..1000000")]
    [DataRow("run 1h\nat 0s fault sensor zeros frames 1 in 2", 2, "expected 'of' after 'at 0s fault sensor zeros frames 1', found 'in'")]
    [DataRow("run 1h\nat 0s fault sensor open for 3 cycles", 2, "expected 'frames' after 'at 0s fault sensor open for 3', found 'cycles'")]
    [DataRow("run 1h\nat 0s fault sensor none frames 1 of 2", 2, "'fault sensor none' takes no frame pattern, burst or 'for'")]
    [DataRow("run 1h\nat 0s fault relay cutoff stuck", 2, "unknown relay fault 'stuck' (expected welded, dead)")]
    [DataRow("run 1h\nat 0s fault wedge for 3", 2, "'at 0s fault wedge for 3' needs 'boots'")]
    [DataRow("run 1h\nat 0s fault wedge after soon", 2, "bad time 'soon'")]
    [DataRow("run 1h\nat 0s fault cycle period 20s", 2, "cycle period 20s is outside 1ms..10s")]
    [DataRow("run 1h\nat 0s fault cycle slow 1s", 2, "unknown cycle timing fault 'slow' (expected period, jitter, late)")]
    [DataRow("run 1h\nat 0s fault flash melt", 2, "unknown flash fault 'melt' (expected fail, slow)")]
    [DataRow("run 1h\nat 0s fault flash slow 1h", 2, "flash operation time 1h is over 10m")]
    [DataRow("run 1h\nat 0s mode heat for 5m", 2, "unexpected 'for' after 'at 0s mode heat'")]
    [DataRow("run 1h\nat 0s fault cycle late 1s for 5m", 2, "'fault cycle late 1s' happens once: it takes no 'for'")]
    [DataRow("run 1h\nat 0s fault sensor open for 0s", 2, "'for' needs a duration longer than 0s")]
    [DataRow("run 1h\nat 50m fault sensor open for 20m", 2, "time 1h10m is after the end of the run")]
    [DataRow("run 1h\nevery 10m from 0s to 1h fault sensor zeros for 10m", 2, "'for 10m' must be shorter than the repetition period (10m)")]
    [DataRow("run 1h\nevery 0s from 0s to 1h ignite", 2, "the repetition period must be longer than 0s")]
    [DataRow("run 1h\nevery 1m from 30m to 10m ignite", 2, "'from 30m to 10m' ends before it starts")]
    [DataRow("run 1h\nevery 1m form 0s to 1h ignite", 2, "expected 'from' after 'every 1m', found 'form'")]
    [DataRow("run 1h\nevery 1m from 0s to 2h ignite", 2, "time 2h is after the end of the run")]
    [DataRow("run 1h\nat 20m ignite\nevery 1m from 10m to 30m ignite", 3, "step at 10m comes after a step at 20m")]
    [DataRow("run 1h\nevery 1m from 0s to 1h dance", 2, "unknown command 'dance'")]
    [DataRow("run 1h\nat 0s power cut after 2 flashops", 2, "expected 'flash-ops' after 'at 0s power cut after 2', found 'flashops'")]
    [DataRow("run 1h\nat 0s power reboot", 2, "unknown power event 'reboot' (expected cut, on)")]
    [DataRow("run 1h\nat 0s power cut for ever", 2, "bad time 'ever'")]
    [DataRow("run 1h\nat 0s host reset-latch arm x", 2, "bad number 'x' for token")]
    [DataRow("run 1h\nat 0s host reset-latch arm 70000", 2, "token 70000 is outside 0..65535")]
    [DataRow("run 1h\nat 0s reset-latch confirm", 2, "'at 0s reset-latch confirm' needs token")]
    [DataRow("run 1h\nat 0s reset-latch now", 2, "unknown latch reset half 'now' (expected arm, confirm)")]
    [DataRow("run 1h\nwiring element sideways", 2, "unknown polarity 'sideways' (expected active-high, active-low)")]
    [DataRow("run 1h\nwiring heater active-low", 2, "unknown relay 'heater' (expected relays, element, cutoff)")]
    [DataRow("run 1h\nwiring", 2, "'wiring' needs a relay and its polarity")]
    [DataRow("run 1h\nconfig", 2, "'config' needs an nf.config line")]
    [DataRow("run 1h\nexpect invariant i9", 2, "unknown invariant 'i9' (expected i1 .. i7)")]
    [DataRow("run 1h\nexpect invariants now", 2, "unexpected 'now' after 'expect invariants'")]
    [DataRow("run 1h\nexpect plant below 470c", 2, "'expect plant below 470c' needs its time at the end: 'at T' or 'from T1 to T2'")]
    [DataRow("run 1h\nexpect plant hot from 0s to 1h", 2, "unknown temperature test 'hot' (expected between, above, below)")]
    [DataRow("run 1h\nexpect plant below 470c from 0s to 2h", 2, "time 2h is after the end of the run")]
    [DataRow("run 1h\nexpect plant below 470c from 0s", 2, "'expect plant below 470c from 0s' needs 'to'")]
    [DataRow("run 1h\nexpect at 1m power maybe", 2, "unknown board power 'maybe' (expected on, off)")]
    [DataRow("run 1h\nexpect at 1m host write great", 2, "unknown host write result 'great' (expected accepted, unknown-register, read-only, bad-length, bad-crc, out-of-range)")]
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
