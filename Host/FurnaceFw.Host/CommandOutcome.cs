using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>What became of one command: refused by the register bank (<see cref="BankReject"/>), or processed by the
/// control thread with <see cref="Result"/>. Unknown results from a newer firmware are kept as their number.</summary>
public sealed record CommandOutcome(WriteRejectReason? BankReject, CommandResult Result)
{
    /// <summary>The bank took it and the control thread accepted it (or armed a latch reset).</summary>
    public bool Succeeded => BankReject == null && Result is CommandResult.Accepted or CommandResult.Armed;

    /// <summary>"Accepted", "RejectedRequiresCoop", "BadCrc" or "Unknown(42)" for a value this host does not know.</summary>
    public string ResultText => BankReject is WriteRejectReason reason
        ? NameOf(reason, typeof(WriteRejectReason), (int)reason)
        : NameOf(Result, typeof(CommandResult), (int)Result);

    private static string NameOf(object value, Type type, int number) =>
        Enum.IsDefined(type, value) ? value.ToString()! : $"Unknown({number})";
}
