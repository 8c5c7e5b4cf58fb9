using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// <c>host ...</c> steps: writes of an I2C host, framed as on the bus (register, big-endian value, SMBus PEC) and handed
/// to the board's register bank, so they pass the same validation as a real host's (range, Co-op rule downstream). A
/// write the bank refuses changes nothing; its reason is kept for <c>expect ... host write REASON</c>.
/// </summary>
internal static class HostSteps
{
    public const string Writes = "timeout, mode, setpoint, alive, reset-latch";

    public static Action<StepContext> Parse(Words w)
    {
        string what = w.OneOf("host write", "timeout", "mode", "setpoint", "alive", "reset-latch");
        switch (what)
        {
            case "timeout":
                int seconds = (int)(w.Time("a host watchdog timeout (0s leaves Co-op)") / 1000);
                return c => Write(c, RegisterAddress.HostWatchdogTimeout, seconds);
            case "mode":
                ControlMode mode = w.Keyword<ControlMode>("mode");
                return c =>
                {
                    Write(c, RegisterAddress.Mode, (int)mode);
                    c.HeatPosted |= mode == ControlMode.Heat;
                };
            case "setpoint":
                int quarter = (int)Math.Round(w.Number("setpoint in °C", -50, 1000, "c") * 4);
                return c => Write(c, RegisterAddress.Setpoint, quarter);
            case "alive":
                // Any accepted write feeds the host watchdog; ClearErrors changes nothing else that matters here.
                return c => Write(c, RegisterAddress.ClearErrors, 1);
            default:
                return LatchReset(w, (c, register, token) => Write(c, register, token), 65535,
                    RegisterAddress.LatchResetArm, RegisterAddress.LatchResetConfirm);
        }
    }

    /// <summary>
    /// <c>reset-latch</c>: arm and confirm with one random token in the same cycle (the firmware drains arm first).
    /// <c>reset-latch arm N</c> / <c>reset-latch confirm N</c>: one half with a given token, for stray or wrong writes.
    /// </summary>
    public static Action<StepContext> LatchReset(Words w, Action<StepContext, int, int> post, int maxToken, int armSlot, int confirmSlot)
    {
        if (w.AtEnd)
        {
            return c =>
            {
                int token = c.Random.Next(1, maxToken == int.MaxValue ? int.MaxValue : maxToken + 1);
                post(c, armSlot, token);
                post(c, confirmSlot, token);
            };
        }

        bool arm = w.OneOf("latch reset half", "arm", "confirm") == "arm";
        int given = w.Integer("token", 0, maxToken);
        return c => post(c, arm ? armSlot : confirmSlot, given);
    }

    private static void Write(StepContext c, int register, int value)
    {
        RegisterDefinition definition = RegisterMap.StartingAt(register);
        byte[] frame = new byte[definition.WriteLength];
        frame[0] = (byte)register;
        RegisterCodec.Write(frame, 1, definition.Width, value);
        frame[^1] = Pec.ForWrite(RegisterMap.DefaultAddress, frame, 0, frame.Length - 1);
        c.LastHostWrite = c.HostBus.OnWrite(frame, frame.Length);
        c.HostWrites++;
    }
}
