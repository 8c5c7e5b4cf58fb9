using FurnaceFw.Host;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Mqtt;

/// <summary>
/// Runs a parsed command on the bus through the same client as furnacectl, and reports the controller's verdict.
/// Raising heat works because the bridge keeps the controller in Co-op; the controller still applies every rule
/// (ranges, Co-op, latch-reset arm/confirm), and its answer is what is reported. Runs on the bridge's bus thread.
/// </summary>
public static class CommandExecutor
{
    /// <summary>Executes <paramref name="command"/>; returns the result JSON. Bus failures propagate so the caller counts them.</summary>
    public static string Execute(FurnaceClient client, BridgeCommand command)
    {
        RegisterDefinition register = RegisterMap.Find(command.Kind switch
        {
            CommandKind.Setpoint => "Setpoint",
            CommandKind.Mode => "Mode",
            CommandKind.LatchResetArm => "LatchResetArm",
            _ => "LatchResetConfirm",
        })!;
        int? token = command.Kind is CommandKind.LatchResetArm ? command.Raw : null;
        CommandOutcome outcome;
        try
        {
            outcome = client.Submit(register, command.Raw);
        }
        catch (FurnaceException e) when (e.ExitCode is ExitCode.NotSupported or ExitCode.Usage)
        {
            return CommandReport.Render(command.Name, false, "NotSupported", e.Message);
        }

        string message = outcome.Succeeded
            ? Success(command)
            : outcome.BankReject != null
                ? $"the controller's register bank refused the write: {outcome.ResultText}"
                : FurnaceClient.Explain(outcome.Result);
        return CommandReport.Render(command.Name, outcome.Succeeded, outcome.ResultText, message, outcome.Succeeded ? token : null);
    }

    /// <summary>The report for a command the bus could not carry (the bridge retries the bus, not the command).</summary>
    public static string BusFailure(BridgeCommand command, Exception e) =>
        CommandReport.Render(command.Name, false, "BusError", $"not delivered: {e.Message}; nothing was retried, send it again");

    private static string Success(BridgeCommand command) => command.Kind switch
    {
        CommandKind.Setpoint => $"setpoint {command.Raw / 4.0:0.##} °C",
        CommandKind.Mode => $"mode {command.Payload.ToLowerInvariant()}",
        CommandKind.LatchResetArm => $"armed: send this token to set/latch_reset/confirm within 30 s",
        _ => "latch reset confirmed",
    };
}
