using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>
/// Talks to one controller. <see cref="Connect"/> probes the identity block once, on one thread, before anything
/// else (the HALPI2 lesson), and refuses a foreign device or an unknown major. After that every register access is
/// gated on the capability bits and ImageLength, so an older or newer firmware is used only for what it offers.
/// Not thread-safe: one client per thread.
/// </summary>
public sealed class FurnaceClient : IDisposable
{
    private readonly II2cTransport _transport;
    private readonly ClientOptions _options;

    private FurnaceClient(II2cTransport transport, ClientOptions options, DeviceIdentity identity)
    {
        _transport = transport;
        _options = options;
        Identity = identity;
    }

    public DeviceIdentity Identity { get; }

    public string Where => _transport.Description;

    /// <summary>Reads the identity block twice (a noisy bus shows as a mismatch) and validates it.</summary>
    public static FurnaceClient Connect(II2cTransport transport, ClientOptions options)
    {
        byte[] first = ReadBlock(transport, options, RegisterAddress.Magic, DeviceIdentity.BlockLength);
        DeviceIdentity identity = DeviceIdentity.Parse(first, transport.Description);
        byte[] second = ReadBlock(transport, options, RegisterAddress.Magic, DeviceIdentity.BlockLength);
        if (!first.AsSpan().SequenceEqual(second))
        {
            throw new FurnaceException(ExitCode.BusError,
                $"the identity block at {transport.Description} read differently twice ({Convert.ToHexString(first)} vs {Convert.ToHexString(second)}): the bus is unreliable");
        }

        return new FurnaceClient(transport, options, identity);
    }

    /// <summary>
    /// Largest read the client makes in one transaction: nanoFramework's ESP32 target buffers 128 bytes per transaction
    /// (docs/furnacectl.md, "Limits").
    /// </summary>
    public const int MaxReadLength = 128;

    /// <summary>
    /// End (exclusive) of the controller's snapshot block: 0x10 up to here (status, errors, safety health, control,
    /// configuration, local panel; 96 bytes) is read in one transaction, so it is one control snapshot. The log window
    /// from here on has its own select/read protocol and is read separately.
    /// </summary>
    public const int SnapshotBlockEnd = RegisterAddress.LogSelect;

    /// <summary>Every register the controller offers: the snapshot block in one transaction (never torn), then the log
    /// window, each read at most <see cref="MaxReadLength"/> bytes long.</summary>
    public RegisterSnapshot ReadAll() => ReadImage(Identity.ImageLength);

    /// <summary>Only the snapshot block (0x10..0x6F): what a poller needs, in one transaction of one control snapshot.</summary>
    public RegisterSnapshot ReadStatus() => ReadImage(Math.Min(Identity.ImageLength, SnapshotBlockEnd));

    private RegisterSnapshot ReadImage(int end)
    {
        var image = new byte[RegisterMap.AddressSpace];
        Array.Fill(image, RegisterMap.UnknownByte);
        int snapshotEnd = Math.Min(end, SnapshotBlockEnd);
        if (snapshotEnd > RegisterAddress.StatusBlock)
        {
            ReadBlock(_transport, _options, RegisterAddress.StatusBlock, snapshotEnd - RegisterAddress.StatusBlock).CopyTo(image, RegisterAddress.StatusBlock);
        }

        for (int address = snapshotEnd; address < end; address += MaxReadLength)
        {
            int length = Math.Min(MaxReadLength, end - address);
            ReadBlock(_transport, _options, address, length).CopyTo(image, address);
        }

        byte[] identity = ReadBlock(_transport, _options, RegisterAddress.Magic, DeviceIdentity.BlockLength);
        if (DeviceIdentity.Parse(identity, Where) != Identity)
        {
            throw new FurnaceException(ExitCode.DeviceNotFound,
                $"the device at {Where} no longer has the identity it had at connect (firmware changed or device replaced): reconnect");
        }

        identity.CopyTo(image, 0);

        var snapshot = new RegisterSnapshot(Identity, image, end);
        int? cycle = snapshot.TryRaw("CycleCount");
        int? check = snapshot.TryRaw("CycleCountCheck");
        if (cycle.HasValue && check.HasValue && check.Value != ~cycle.Value)
        {
            throw new FurnaceException(ExitCode.BusError,
                $"status block from {Where} is inconsistent (CycleCountCheck does not match CycleCount): corrupted transfer");
        }

        return snapshot;
    }

    /// <summary>Raw bytes of the image from <paramref name="address"/> in one transaction (the caller checks capabilities).</summary>
    public byte[] ReadBytes(int address, int length) => ReadBlock(_transport, _options, address, length);

    /// <summary>One register's raw value.</summary>
    public int Read(RegisterDefinition register)
    {
        RequireSupported(register);
        if (!register.IsReadable)
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name} is write-only");
        }

        if (register.Format == RegisterFormat.Text)
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name} is text, not a number: read it with `furnacectl log` or `status`");
        }

        return RegisterCodec.Decode(register, ReadBlock(_transport, _options, register.Address, register.Width), 0);
    }

    /// <summary>
    /// Writes one register with its PEC and confirms the outcome: the bank's verdict (BusErrors block) and, for
    /// commands the control thread processes, its <see cref="CommandResult"/>. Throws <see cref="FurnaceException"/>
    /// with <see cref="ExitCode.CommandRejected"/> when either refuses.
    /// </summary>
    public CommandResult Write(RegisterDefinition register, int raw)
    {
        CommandOutcome outcome = Submit(register, raw);
        if (outcome.BankReject is WriteRejectReason reason)
        {
            throw new FurnaceException(ExitCode.CommandRejected, $"the controller rejected the write to {register.Name}: {reason}");
        }

        if (!outcome.Succeeded)
        {
            throw new FurnaceException(ExitCode.CommandRejected,
                $"{register.Name}: the controller answered {outcome.ResultText}: {Explain(outcome.Result)}");
        }

        return outcome.Result;
    }

    /// <summary>
    /// Like <see cref="Write"/>, but a refusal is returned, not thrown, with the controller's own verdict (a daemon
    /// reports it as it is). Still throws for a usage error, a register not offered, a bus error, or a command the
    /// control thread never processed.
    /// </summary>
    public CommandOutcome Submit(RegisterDefinition register, int raw)
    {
        RequireSupported(register);
        if (!register.IsWritable)
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name} is read-only");
        }

        if (!register.AcceptsRaw(raw))
        {
            throw new FurnaceException(ExitCode.Usage, $"{register.Name}: raw value {raw} is outside {register.Min}..{register.Max}");
        }

        bool acknowledged = IsControlCommand(register) && Identity.Supports(RegisterMap.Find("CommandCount")!);
        int? countBefore = acknowledged ? Read(RegisterMap.Find("CommandCount")!) : null;
        int? rejectedBefore = TryReadCounter("RejectedWrites");

        var frame = new byte[register.WriteLength];
        WriteFrame.Encode(_options.Address, register, raw, frame);
        _transport.Write(frame);

        WriteRejectReason? reject = BankVerdict(register, rejectedBefore);
        if (reject != null)
        {
            return new CommandOutcome(reject, CommandResult.None);
        }

        return new CommandOutcome(null, acknowledged ? AwaitResult(register, countBefore!.Value) : CommandResult.Accepted);
    }

    /// <summary>Arm, then confirm with the same token; throws with the controller's reason if refused.</summary>
    public void ResetLatch(int token)
    {
        Expect(Write(RegisterMap.Find("LatchResetArm")!, token), CommandResult.Armed, "arm");
        try
        {
            Expect(Write(RegisterMap.Find("LatchResetConfirm")!, token), CommandResult.Accepted, "confirm");
        }
        catch (FurnaceException e) when (e.ExitCode == ExitCode.CommandRejected && Read(RegisterMap.Find("Latched")!) == 0)
        {
            // A confirm retried after a lost acknowledgement reports "not latched": the first one did the reset.
        }
    }

    /// <summary>Enter or stay in Co-op (seconds &gt; 0) or return to Solo (0). The write itself is the keep-alive.</summary>
    public void SetHostWatchdog(int seconds) => Write(RegisterMap.Find("HostWatchdogTimeout")!, seconds);

    public void Dispose() => _transport.Dispose();

    public static string Explain(CommandResult result) => result switch
    {
        CommandResult.RejectedRequiresCoop => "raising heat from the host needs Co-op: run `furnacectl coop` (or use the controller's own interface)",
        CommandResult.RejectedTooHot => "the furnace is still above LatchResetBelow; let it cool",
        CommandResult.RejectedNotLatched => "no trip is latched",
        CommandResult.RejectedSensorInvalid => "the thermocouple reading is not valid; fix the sensor first",
        CommandResult.RejectedConfigFault => "the controller's configuration is invalid; fix it first",
        CommandResult.RejectedTripped => "a trip is latched: reset the latch first (the reset leaves the mode off)",
        CommandResult.RejectedNeedsLocalReset => "this trip can only be reset with the reset button at the furnace: look at the furnace first",
        CommandResult.RejectedOutOfRange => "value out of range for this controller",
        CommandResult.RejectedArmExpired => "the arm window (30 s) passed",
        CommandResult.RejectedNotArmed or CommandResult.RejectedTokenMismatch => "arm/confirm sequence broken (another host writing?)",
        _ => result.ToString(),
    };

    private static bool IsControlCommand(RegisterDefinition register) =>
        register.Address is RegisterAddress.Setpoint or RegisterAddress.Mode or RegisterAddress.LatchResetArm or RegisterAddress.LatchResetConfirm;

    private static void Expect(CommandResult actual, CommandResult expected, string step)
    {
        if (actual != expected)
        {
            throw new FurnaceException(ExitCode.CommandRejected, $"latch reset {step}: {actual}: {Explain(actual)}");
        }
    }

    private void RequireSupported(RegisterDefinition register)
    {
        if (!Identity.Supports(register))
        {
            throw new FurnaceException(ExitCode.NotSupported,
                $"{register.Name} is not offered by the controller at {Where} (firmware {Identity.FirmwareVersionText}, protocol {Identity.ProtocolMajor}.{Identity.ProtocolMinor})");
        }
    }

    private int? TryReadCounter(string name)
    {
        RegisterDefinition register = RegisterMap.Find(name)!;
        return Identity.Supports(register) ? Read(register) : null;
    }

    private WriteRejectReason? BankVerdict(RegisterDefinition register, int? rejectedBefore)
    {
        if (rejectedBefore is null || rejectedBefore.Value == 0xFFFF)
        {
            return null; // no error block, or a saturated counter: the control-thread result is all we can check
        }

        if (Read(RegisterMap.Find("RejectedWrites")!) != rejectedBefore.Value && Read(RegisterMap.Find("LastRejectRegister")!) == register.Address)
        {
            return (WriteRejectReason)Read(RegisterMap.Find("LastRejectReason")!);
        }

        return null;
    }

    private CommandResult AwaitResult(RegisterDefinition register, int countBefore)
    {
        RegisterDefinition count = RegisterMap.Find("CommandCount")!;
        DateTime deadline = DateTime.UtcNow + _options.CommandAckTimeout;
        while (DateTime.UtcNow < deadline)
        {
            Thread.Sleep(_options.PollInterval);
            if (Read(count) != countBefore)
            {
                return (CommandResult)Read(RegisterMap.Find("LastCommandResult")!);
            }
        }

        throw new FurnaceException(ExitCode.BusError,
            $"{register.Name}: the controller accepted the write but did not process it within {_options.CommandAckTimeout.TotalSeconds:0.#} s (control loop stalled?)");
    }

    private static byte[] ReadBlock(II2cTransport transport, ClientOptions options, int address, int length)
    {
        var buffer = new byte[length];
        if (options.SeparateTransactions)
        {
            transport.Write(new[] { (byte)address });
            transport.Read(buffer);
        }
        else
        {
            transport.WriteRead(new[] { (byte)address }, buffer);
        }

        return buffer;
    }
}
