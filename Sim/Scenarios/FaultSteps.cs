using System.Globalization;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// <c>fault ...</c> and <c>clear ...</c> steps: the board's hardware hooks. Every fault that lasts has an undo, so
/// <c>fault X for D</c> and <c>every P from A to B fault X for D</c> can end it by themselves.
/// </summary>
internal static class FaultSteps
{
    public const string Targets = "sensor, noise, element, relay, door, losses, stall, wedge, cycle, flash";

    /// <summary>Loss multiplier of <c>fault door open</c>: cold air through the firebox and out of the flue.</summary>
    public const double DoorOpenLossFactor = 4;

    public static readonly (string Word, SensorFault Fault)[] SensorFaults =
    {
        ("open", SensorFault.OpenThermocouple),
        ("zeros", SensorFault.BusAllZeros),
        ("ones", SensorFault.BusAllOnes),
        ("stuck", SensorFault.Stuck),
        ("shifted", SensorFault.ShiftedFrame),
        ("buserror", SensorFault.BusError),
        ("frame", SensorFault.RawFrame),
        ("frozen", SensorFault.Frozen),
        ("detached", SensorFault.Detached),
        ("none", SensorFault.None),
    };

    /// <summary>Parses what follows <c>fault</c>; <paramref name="undo"/> ends the fault (null for one-off events).</summary>
    /// <param name="timed">The step carries <c>for D</c>: a sensor fault then goes on the overlay, over the base fault.</param>
    public static Action<StepContext> Fault(Words w, bool timed, out Action<StepContext>? undo)
    {
        string target = w.OneOf("fault", Targets.Split(", "));
        undo = Clear(target == "relay" ? "relay" : target);
        switch (target)
        {
            case "sensor":
                return Sensor(w, timed, out undo);
            case "noise":
                int lsb = w.Integer("noise amplitude in LSB (0.25 °C)", 0, 400);
                return c => c.Board.Thermocouple.NoiseLsb = lsb;
            case "element":
                if (w.TryTake("dead"))
                {
                    return c => c.Board.Plant.ElementHealth = 0;
                }

                double percent = w.Number("element power in % of rated (or 'dead')", 0, 100, "%");
                return c => c.Board.Plant.ElementHealth = percent / 100;
            case "relay":
                return Relay(w, out undo);
            case "door":
                w.Expect("open");
                return c => c.Board.Plant.LossFactor = DoorOpenLossFactor;
            case "losses":
                double factor = w.Number("loss multiplier", 0.1, 100, "x");
                return c => c.Board.Plant.LossFactor = factor;
            case "stall":
                return c => c.Board.ControlStalled = true;
            case "wedge":
                return Wedge(w);
            case "cycle":
                return Cycle(w, ref undo);
            default:
                return Flash(w);
        }
    }

    /// <summary>Parses what follows <c>clear</c>.</summary>
    public static Action<StepContext> Clear(Words w)
    {
        string target = w.OneOf("fault to clear", Targets.Split(", "));
        if (target == "relay" && !w.AtEnd)
        {
            bool element = w.OneOf("relay", "element", "cutoff") == "element";
            return c => (element ? c.Board.ElementRelay : c.Board.CutoffRelay).Contacts = RelayContacts.Healthy;
        }

        return Clear(target);
    }

    private static Action<StepContext> Clear(string target) => target switch
    {
        "sensor" => c => c.Board.Thermocouple.Fault = SensorFault.None, // both layers
        "noise" => c => c.Board.Thermocouple.NoiseLsb = 1,
        "element" => c => c.Board.Plant.ElementHealth = 1,
        "relay" => c =>
        {
            c.Board.ElementRelay.Contacts = RelayContacts.Healthy;
            c.Board.CutoffRelay.Contacts = RelayContacts.Healthy;
        },
        "door" or "losses" => c => c.Board.Plant.LossFactor = 1,
        "stall" => c => c.Board.ControlStalled = false,
        "wedge" => c => c.Board.ClearWedge(),
        "cycle" => c => c.Board.Timing.Set(0, 0, c.Board.Clock.NowMs),
        _ => c =>
        {
            if (c.Board.Flash is SimulatedFlash flash)
            {
                flash.FailWrites = false;
                flash.OperationMs = 0;
            }
        },
    };

    /// <summary>
    /// <c>fault sensor KIND [frames N of M] [for N frames]</c>. Without a pattern, a burst length or a <c>for D</c> it is
    /// the base fault (replacing both layers); with any of them it goes on the overlay, over the base, and its end
    /// clears only the overlay.
    /// </summary>
    private static Action<StepContext> Sensor(Words w, bool timed, out Action<StepContext>? undo)
    {
        string word = w.OneOf("sensor fault", SensorFaults.Select(f => f.Word).ToArray());
        SensorFault fault = SensorFaults.First(f => f.Word == word).Fault;
        int raw = 0;
        int frozenQuarterC = 0;
        if (fault == SensorFault.RawFrame)
        {
            raw = Frame(w.Next("a 16-bit frame (e.g. 0x0001)"));
        }
        else if (fault is SensorFault.Frozen or SensorFault.Detached)
        {
            frozenQuarterC = (int)Math.Round(w.Number("temperature in °C", 0, 1023.75, "c") * 4);
        }

        int on = 1;
        int cycle = 1;
        int count = -1;
        if (w.TryTake("frames"))
        {
            on = w.Integer("faulty frames", 1, 1_000_000);
            w.Expect("of");
            cycle = w.Integer("frames in the pattern", on, 1_000_000);
        }

        if (w.TryTake("for"))
        {
            count = w.Integer("number of faulty frames", 1, 1_000_000);
            w.Expect("frames");
        }

        bool overlay = timed || on != 1 || cycle != 1 || count != -1;
        if (fault == SensorFault.None && overlay)
        {
            throw new ScenarioSyntaxException("'fault sensor none' takes no frame pattern, burst or 'for'");
        }

        if (overlay)
        {
            undo = c => c.Board.Thermocouple.Overlay.Clear();
            return c => c.Board.Thermocouple.Overlay.Set(fault, on, cycle, count, raw, frozenQuarterC);
        }

        undo = c => c.Board.Thermocouple.Fault = SensorFault.None;
        return c =>
        {
            c.Board.Thermocouple.Base.Set(fault, 1, 1, -1, raw, frozenQuarterC);
            c.Board.Thermocouple.Overlay.Clear();
        };
    }

    private static int Frame(string word)
    {
        bool hex = word.StartsWith("0x", StringComparison.Ordinal);
        if (!int.TryParse(hex ? word[2..] : word, hex ? NumberStyles.AllowHexSpecifier : NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            || value < 0 || value > 0xFFFF)
        {
            throw new ScenarioSyntaxException($"bad frame '{word}' (expected 0x0000..0xFFFF or 0..65535)");
        }

        return value;
    }

    private static Action<StepContext> Relay(Words w, out Action<StepContext>? undo)
    {
        // "fault relay welded" is the element relay (the original form).
        string which = w.OneOf("relay fault", "element", "cutoff", "welded");
        bool element = which != "cutoff";
        RelayContacts contacts = which == "welded" ? RelayContacts.Welded
            : w.OneOf("relay fault", "welded", "dead") == "welded" ? RelayContacts.Welded : RelayContacts.Dead;
        undo = c => (element ? c.Board.ElementRelay : c.Board.CutoffRelay).Contacts = RelayContacts.Healthy;
        return c => (element ? c.Board.ElementRelay : c.Board.CutoffRelay).Contacts = contacts;
    }

    private static Action<StepContext> Wedge(Words w)
    {
        long afterMs = w.TryTake("after") ? w.Time("how long after each boot the control thread hangs") : 0;
        int boots = -1;
        if (w.TryTake("for"))
        {
            boots = w.Integer("number of boots", 0, 1_000_000);
            w.Expect("boots");
        }

        return c => c.Board.Wedge(afterMs, boots);
    }

    private static Action<StepContext> Cycle(Words w, ref Action<StepContext>? undo)
    {
        string what = w.OneOf("cycle timing fault", "period", "jitter", "late");
        long ms = w.Time(what == "late" ? "how late the next cycle comes" : "a duration");
        switch (what)
        {
            case "period":
                if (ms < 1 || ms > 10_000)
                {
                    throw new ScenarioSyntaxException($"cycle period {ScenarioTime.Format(ms)} is outside 1ms..10s");
                }

                return c => c.Board.Timing.Set((int)ms, c.Board.Timing.JitterMs, c.Board.Clock.NowMs);
            case "jitter":
                if (ms > 10_000)
                {
                    throw new ScenarioSyntaxException($"cycle jitter {ScenarioTime.Format(ms)} is over 10s");
                }

                return c => c.Board.Timing.Set(c.Board.Timing.PeriodMs, (int)ms, c.Board.Clock.NowMs);
            default:
                undo = null; // one late cycle: nothing lasts
                return c => c.Board.Timing.Delay(ms);
        }
    }

    private static Action<StepContext> Flash(Words w)
    {
        if (w.OneOf("flash fault", "fail", "slow") == "fail")
        {
            return c => RequireFlash(c).FailWrites = true;
        }

        long ms = w.Time("how long each flash operation takes");
        if (ms > 600_000)
        {
            throw new ScenarioSyntaxException($"flash operation time {ScenarioTime.Format(ms)} is over 10m");
        }

        return c => RequireFlash(c).OperationMs = (int)ms;
    }

    private static SimulatedFlash RequireFlash(StepContext c) =>
        c.Board.Flash ?? throw new InvalidOperationException("this board's latch store is not the simulated flash");
}
