using System.Globalization;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Parses a condition after <c>expect at T</c> or <c>expect from T1 to T2</c>. Conditions read the firmware's
/// published snapshot, the relay pins as the board sees them, and the plant.
/// </summary>
internal static class ConditionParser
{
    public const string Subjects = "state, reason, temp, plant, firebox, relay, sensor, fault, faults, command, resets, embers, host, setpoint, mode, power";

    public static Condition Parse(Words w, string text)
    {
        string subject = w.Next($"a condition ({Subjects})");
        Condition condition = subject switch
        {
            "state" => Keyword(text, w.Keyword<FurnaceState>("state"), o => o.Snapshot.State),
            "reason" => Keyword(text, w.Keyword<ReasonCode>("reason"), o => o.Snapshot.LastReason),
            "sensor" => Keyword(text, w.Keyword<SensorStatus>("sensor status"), o => o.Snapshot.SensorStatus),
            "command" => Keyword(text, w.Keyword<CommandResult>("command result"), o => o.Snapshot.LastCommandResult),
            "temp" => Temperature(w, text),
            "plant" => TrueTemperature(w, text, "plant", o => o.Board.Plant.ProbeC),
            "firebox" => TrueTemperature(w, text, "firebox", o => o.Board.Plant.FireboxC),
            "power" => Power(w, text),
            "relay" => Relay(w, text),
            "fault" => Fault(w, text),
            "faults" => NoFaults(w, text),
            "resets" => Resets(w, text),
            "embers" => Embers(w, text),
            "host" => HostLink(w, text),
            "setpoint" => Setpoint(w, text),
            "mode" => Keyword(text, w.Keyword<ControlMode>("mode"), o => o.Snapshot.Mode),
            _ => throw new ScenarioSyntaxException($"unknown condition '{subject}' (expected {Subjects})"),
        };
        w.End();
        return condition;
    }

    private static Condition Keyword<TEnum>(string text, TEnum expected, Func<Observation, TEnum> actual)
        where TEnum : struct, Enum =>
        new(text, o => actual(o).Equals(expected), o => Keywords.Of(actual(o)));

    private static Condition Temperature(Words w, string text)
    {
        (string form, double low, double high) = Range(w);

        // A reading the firmware rejected has no temperature: it satisfies no temperature test.
        return new Condition(text,
            o => o.Snapshot.SensorStatus == SensorStatus.Ok && InRange(o.TemperatureC, low, high, form),
            o => o.Snapshot.SensorStatus == SensorStatus.Ok
                ? o.TemperatureC.ToString("0.00", CultureInfo.InvariantCulture) + " °C"
                : "no temperature (sensor " + Keywords.Of(o.Snapshot.SensorStatus) + ")",
            o => o.TemperatureC);
    }

    /// <summary><c>plant below 470c</c>: the plant's true temperature at the probe (what a healthy probe would read, no
    /// noise or faults) or in the firebox; never "no temperature".</summary>
    private static Condition TrueTemperature(Words w, string text, string what, Func<Observation, double> celsius)
    {
        (string form, double low, double high) = Range(w);
        return new Condition(text, o => InRange(celsius(o), low, high, form),
            o => celsius(o).ToString("0.00", CultureInfo.InvariantCulture) + " °C (" + what + ", true)", celsius);
    }

    /// <summary>"between A and B" / "above A" / "below A", in °C with an optional c: 470 or 470c.</summary>
    private static (string Form, double Low, double High) Range(Words w)
    {
        string form = w.OneOf("temperature test", "between", "above", "below");
        double low = double.NegativeInfinity;
        double high = double.PositiveInfinity;
        switch (form)
        {
            case "between":
                low = w.Number("lower temperature in °C", -50, 1100, "c");
                w.Expect("and");
                high = w.Number("upper temperature in °C", low, 1100, "c");
                break;
            case "above":
                low = w.Number("temperature in °C", -50, 1100, "c");
                break;
            default:
                high = w.Number("temperature in °C", -50, 1100, "c");
                break;
        }

        return (form, low, high);
    }

    private static Condition Power(Words w, string text)
    {
        bool on = w.OneOf("board power", "on", "off") == "on";
        return new Condition(text, o => o.Board.PoweredOn == on, o => o.Board.PoweredOn ? "on" : "off");
    }

    private static bool InRange(double t, double low, double high, string form) => form switch
    {
        "above" => t > low,
        "below" => t < high,
        _ => t >= low && t <= high,
    };

    private static Condition Relay(Words w, string text)
    {
        string relay = w.OneOf("relay", "element", "cutoff");
        if (relay == "element")
        {
            bool on = w.OneOf("element relay state", "on", "off") == "on";
            return new Condition(text, o => o.Board.ElementRelayEnergized == on, o => o.Board.ElementRelayEnergized ? "on" : "off");
        }

        bool closed = w.OneOf("cutoff relay state", "closed", "open") == "closed";
        return new Condition(text, o => o.Board.CutoffRelayEnergized == closed, o => o.Board.CutoffRelayEnergized ? "closed" : "open");
    }

    private static Condition Fault(Words w, string text)
    {
        string word = w.Next($"a fault ({FaultNames.Expected})");
        if (!FaultNames.TryParse(word, out int flag))
        {
            throw new ScenarioSyntaxException($"unknown fault '{word}' (expected {FaultNames.Expected})");
        }

        return new Condition(text, o => (o.Snapshot.Faults & flag) != 0, o => FaultNames.Describe(o.Snapshot.Faults));
    }

    private static Condition NoFaults(Words w, string text)
    {
        w.Expect("none");
        return new Condition(text, o => (o.Snapshot.Faults & FaultFlags.LatchedMask) == 0, o => FaultNames.Describe(o.Snapshot.Faults));
    }

    private static Condition Resets(Words w, string text)
    {
        int expected = w.Integer("watchdog reset count", 0, 1_000_000);
        return new Condition(text, o => o.Board.WatchdogResets == expected, o => o.Board.WatchdogResets.ToString(CultureInfo.InvariantCulture));
    }

    private static Condition HostLink(Words w, string text)
    {
        string word = w.OneOf("host condition", "coop", "solo", "write");
        if (word == "write")
        {
            // host write accepted | out-of-range | bad-crc | ...: the bank's verdict on the last host write.
            string[] reasons = Keywords.All<WriteRejectReason>().Select(r => r == "none" ? "accepted" : r).ToArray();
            string expected = w.OneOf("host write result", reasons);
            return new Condition(text, o => o.Context.HostWrites > 0 && HostWriteWord(o.Context.LastHostWrite) == expected,
                o => o.Context.HostWrites == 0 ? "no host write yet" : HostWriteWord(o.Context.LastHostWrite));
        }

        bool coop = word == "coop";
        return new Condition(text, o => o.Snapshot.HostCoop == coop, o => o.Snapshot.HostCoop ? "coop" : "solo");
    }

    private static string HostWriteWord(WriteRejectReason reason) => reason == WriteRejectReason.None ? "accepted" : Keywords.Of(reason);

    private static Condition Setpoint(Words w, string text)
    {
        int quarter = (int)Math.Round(w.Number("setpoint in °C", -50, 1000) * 4);
        return new Condition(text, o => o.Snapshot.SetpointQuarterC == quarter,
            o => (o.Snapshot.SetpointQuarterC / 4.0).ToString("0.##", CultureInfo.InvariantCulture) + " °C");
    }

    private static Condition Embers(Words w, string text)
    {
        bool alive = w.OneOf("ember state", "alive", "out") == "alive";
        return new Condition(text, o => o.Board.Plant.EmbersAlive == alive,
            o => (o.Board.Plant.EmbersAlive ? "alive" : "out")
                + string.Create(CultureInfo.InvariantCulture, $" (wood {o.Board.Plant.WoodKg:0.00} kg, char {o.Board.Plant.CharKg:0.00} kg, firebox {o.Board.Plant.FireboxC:0} °C)"));
    }
}
