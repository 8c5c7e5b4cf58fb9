namespace FurnaceFw.Mqtt;

public enum CommandKind
{
    Setpoint,
    Mode,
    LatchResetArm,
    LatchResetConfirm,
}

/// <summary>A command that passed parsing, ready for the bus: the register's raw value (quarter °C, mode number, token).</summary>
public sealed record BridgeCommand(CommandKind Kind, int Raw, string Payload)
{
    /// <summary>The name used on the result topic: the command topic's suffix.</summary>
    public string Name => Kind switch
    {
        CommandKind.Setpoint => "setpoint",
        CommandKind.Mode => "mode",
        CommandKind.LatchResetArm => "latch_reset/arm",
        _ => "latch_reset/confirm",
    };
}
