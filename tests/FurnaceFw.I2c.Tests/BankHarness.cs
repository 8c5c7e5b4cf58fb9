using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>A register bank over a real mailbox and snapshot exchange, with host-side helpers that speak bytes.</summary>
internal sealed class BankHarness
{
    public const int Address = RegisterMap.DefaultAddress;

    public BankHarness(FurnaceSettings? settings = null, ConfigProblem? configProblem = null)
    {
        Settings = settings ?? new FurnaceSettings();
        Bank = new I2cRegisterBank(Snapshots, Mailbox, Settings, Address, FirmwareVersion.Packed, configProblem, Log);
    }

    public SnapshotExchange Snapshots { get; } = new();

    public LogRing Log { get; } = new(4);

    public CommandMailbox Mailbox { get; } = new();

    public FurnaceSettings Settings { get; }

    public I2cRegisterBank Bank { get; }

    public static byte[] Frame(string register, int value)
    {
        RegisterDefinition definition = RegisterMap.Find(register) ?? throw new ArgumentException(register);
        var frame = new byte[definition.WriteLength];
        WriteFrame.Encode(Address, definition, value, frame);
        return frame;
    }

    public WriteRejectReason Write(string register, int value)
    {
        byte[] frame = Frame(register, value);
        return Bank.OnWrite(frame, frame.Length);
    }

    /// <summary>Separate transactions, as an ESP32 host sees it: pointer write, then a read.</summary>
    public byte[] Read(int address, int count)
    {
        Bank.OnWrite(new[] { (byte)address }, 1);
        Bank.OnReadStart();
        var result = new byte[count];
        for (int i = 0; i < count; i++)
        {
            result[i] = Bank.ReadByte();
        }

        return result;
    }

    public int ReadRegister(string register)
    {
        RegisterDefinition definition = RegisterMap.Find(register)!;
        return RegisterCodec.Decode(definition, Read(definition.Address, definition.Width), 0);
    }

    public void Publish(Action<ControllerSnapshot> fill)
    {
        var snapshot = new ControllerSnapshot();
        fill(snapshot);
        Snapshots.Publish(snapshot);
    }
}
