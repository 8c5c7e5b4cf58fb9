using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Parses what follows <c>at T</c>: commands go through the firmware's <see cref="Firmware.Control.CommandMailbox"/>
/// exactly as the web or I2C side would post them; faults go to the board's hardware hooks. The firmware
/// instance is looked up when the step runs, never cached, because a watchdog reset replaces it.
/// </summary>
internal static class StepParser
{
    public const string Commands = "fuel, ignite, mode, setpoint, fault, clear, reset-latch, host";

    /// <summary>Loss multiplier of <c>fault door open</c>: cold air through the firebox and out of the flue.</summary>
    public const double DoorOpenLossFactor = 4;

    private static readonly (string Word, SensorFault Fault)[] SensorFaults =
    {
        ("open", SensorFault.OpenThermocouple),
        ("zeros", SensorFault.BusAllZeros),
        ("ones", SensorFault.BusAllOnes),
        ("stuck", SensorFault.Stuck),
        ("shifted", SensorFault.ShiftedFrame),
        ("buserror", SensorFault.BusError),
        ("none", SensorFault.None),
    };

    public static Action<StepContext> Parse(Words w)
    {
        string command = w.Next($"a command ({Commands})");
        Action<StepContext> action = command switch
        {
            "fuel" => Fuel(w.Number("fuel load in kg", 0, 50, "kg")),
            "ignite" => c => c.Board.Plant.Ignite(),
            "mode" => Mode(w.Keyword<ControlMode>("mode")),
            "setpoint" => Setpoint(w.Number("setpoint in °C", -50, 1000)),
            "fault" => Fault(w),
            "clear" => Clear(w.OneOf("fault to clear", "sensor", "noise", "element", "relay", "door", "losses", "stall")),
            "reset-latch" => ResetLatch,
            "host" => Host(w),
            _ => throw new ScenarioSyntaxException($"unknown command '{command}' (expected {Commands})"),
        };
        w.End();
        return action;
    }

    private static Action<StepContext> Fuel(double kg) => c => c.Board.Plant.LoadFuel(kg);

    private static Action<StepContext> Mode(ControlMode mode) => c => c.Board.Firmware.Mailbox.PostMode(mode);

    private static Action<StepContext> Setpoint(double celsius)
    {
        int quarter = (int)Math.Round(celsius * 4);
        return c => c.Board.Firmware.Mailbox.PostSetpoint(quarter);
    }

    /// <summary>Arm and confirm with the same random token; the firmware drains arm before confirm in one cycle.</summary>
    private static void ResetLatch(StepContext c)
    {
        int token = c.Random.Next(1, int.MaxValue);
        c.Board.Firmware.Mailbox.PostLatchResetArm(token);
        c.Board.Firmware.Mailbox.PostLatchResetConfirm(token);
    }

    /// <summary>
    /// An accepted write from the I2C host, as the register bank delivers it: it counts as a sign of life
    /// (re-arming the Co-op deadline), then posts through the host slots the Co-op rule (SR-7) admits.
    /// </summary>
    private static Action<StepContext> Host(Words w)
    {
        string what = w.OneOf("host write", "timeout", "mode", "setpoint", "alive");
        Action<Firmware.Control.CommandMailbox> post;
        switch (what)
        {
            case "timeout":
                int seconds = (int)(w.Time("a host watchdog timeout (0s leaves Co-op)") / 1000);
                post = m => m.PostHostWatchdogTimeout(seconds);
                break;
            case "mode":
                ControlMode mode = w.Keyword<ControlMode>("mode");
                post = m => m.PostHostMode(mode);
                break;
            case "setpoint":
                int quarter = (int)Math.Round(w.Number("setpoint in °C", -50, 1000) * 4);
                post = m => m.PostHostSetpoint(quarter);
                break;
            default:
                post = _ => { };
                break;
        }

        return c =>
        {
            Firmware.Control.CommandMailbox mailbox = c.Board.Firmware.Mailbox;
            mailbox.NoteHostAlive();
            post(mailbox);
        };
    }

    private static Action<StepContext> Fault(Words w)
    {
        string target = w.OneOf("fault", "sensor", "noise", "element", "relay", "door", "losses", "stall");
        switch (target)
        {
            case "sensor":
                string word = w.OneOf("sensor fault", SensorFaults.Select(f => f.Word).ToArray());
                SensorFault fault = SensorFaults.First(f => f.Word == word).Fault;
                return c => c.Board.Thermocouple.Fault = fault;
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
                w.Expect("welded");
                return c => c.Board.ElementRelayWelded = true;
            case "door":
                w.Expect("open");
                return c => c.Board.Plant.LossFactor = DoorOpenLossFactor;
            case "losses":
                double factor = w.Number("loss multiplier", 0.1, 100, "x");
                return c => c.Board.Plant.LossFactor = factor;
            default:
                return c => c.Board.ControlStalled = true;
        }
    }

    private static Action<StepContext> Clear(string target) => target switch
    {
        "sensor" => c => c.Board.Thermocouple.Fault = SensorFault.None,
        "noise" => c => c.Board.Thermocouple.NoiseLsb = 1,
        "element" => c => c.Board.Plant.ElementHealth = 1,
        "relay" => c => c.Board.ElementRelayWelded = false,
        "door" or "losses" => c => c.Board.Plant.LossFactor = 1,
        _ => c => c.Board.ControlStalled = false,
    };
}
