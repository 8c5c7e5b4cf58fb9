using FurnaceFw.Protocol;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// Parses what follows <c>at T</c>: local commands go through the firmware's <see cref="Firmware.Control.CommandMailbox"/>
/// exactly as the web side would post them, host commands through the I2C register bank (<see cref="HostSteps"/>), and
/// faults to the board's hardware hooks (<see cref="FaultSteps"/>). The firmware instance is looked up when the step runs,
/// never cached, because a reset replaces it.
/// </summary>
internal static class StepParser
{
    public const string Commands = "fuel, ignite, mode, setpoint, fault, clear, reset-latch, host, power";

    /// <param name="undo">For a fault that lasts: the step that ends it (what <c>for D</c> schedules); otherwise null.</param>
    /// <param name="timed">The step carries <c>for D</c> (see <see cref="FaultSteps.Fault"/>).</param>
    public static Action<StepContext> Parse(Words w, bool timed, out Action<StepContext>? undo)
    {
        undo = null;
        string command = w.Next($"a command ({Commands})");
        Action<StepContext> action = command switch
        {
            "fuel" => Fuel(w.Number("fuel load in kg", 0, 50, "kg")),
            "ignite" => c => c.Board.Plant.Ignite(),
            "mode" => Mode(w.Keyword<ControlMode>("mode")),
            "setpoint" => Setpoint(w.Number("setpoint in °C", -50, 1000, "c")),
            "fault" => FaultSteps.Fault(w, timed, out undo),
            "clear" => FaultSteps.Clear(w),
            "reset-latch" => HostSteps.LatchReset(w, PostLatchReset, int.MaxValue, 0, 1),
            "host" => HostSteps.Parse(w),
            "power" => Power(w),
            _ => throw new ScenarioSyntaxException($"unknown command '{command}' (expected {Commands})"),
        };
        w.End();
        return action;
    }

    private static Action<StepContext> Fuel(double kg) => c => c.Board.Plant.LoadFuel(kg);

    private static Action<StepContext> Mode(ControlMode mode) => c =>
    {
        c.Board.Firmware.Mailbox.PostMode(mode);
        c.HeatPosted |= mode == ControlMode.Heat;
    };

    private static Action<StepContext> Setpoint(double celsius)
    {
        int quarter = (int)Math.Round(celsius * 4);
        return c => c.Board.Firmware.Mailbox.PostSetpoint(quarter);
    }

    /// <summary>A local (web-side) latch reset half: slot 0 arms, 1 confirms.</summary>
    private static void PostLatchReset(StepContext c, int slot, int token)
    {
        if (slot == 0)
        {
            c.Board.Firmware.Mailbox.PostLatchResetArm(token);
        }
        else
        {
            c.Board.Firmware.Mailbox.PostLatchResetConfirm(token);
        }
    }

    /// <summary>
    /// <c>power cut [for D]</c>: the board loses power now (GPIO floats, scratch registers clear, flash keeps its files)
    /// and comes back after D, or at <c>power on</c>. <c>power cut after N flash-ops [for D]</c>: the power fails during
    /// the flash operation N from now (0: the next one), inside whatever the firmware is doing — a save, or a boot's load.
    /// </summary>
    private static Action<StepContext> Power(Words w)
    {
        if (w.OneOf("power event", "cut", "on") == "on")
        {
            return c => c.Board.RestorePower();
        }

        int operations = -1;
        if (w.TryTake("after"))
        {
            operations = w.Integer("flash operations that still complete", 0, 1000);
            w.Expect("flash-ops");
        }

        long offMs = -1;
        if (w.TryTake("for"))
        {
            offMs = w.Time("how long the power stays off");
        }

        if (operations >= 0)
        {
            return c => c.Board.CutPowerDuringFlashOperation(operations, offMs);
        }

        return c => c.Board.CutPower(offMs);
    }
}
