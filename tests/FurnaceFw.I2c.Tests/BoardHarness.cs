using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.I2c.Tests;

/// <summary>A deterministic virtual board with a register bank on its firmware, as the simulator wires it.</summary>
internal sealed class BoardHarness
{
    public BoardHarness(BoardOptions? options = null)
    {
        Clock = new VirtualClock();
        Board = new VirtualBoard(options ?? new BoardOptions(), Clock);
        Bank = NewBank();
        Board.Rebooted += _ => Bank = NewBank();
    }

    public VirtualClock Clock { get; }

    public VirtualBoard Board { get; }

    public I2cRegisterBank Bank { get; private set; }

    public void StepSeconds(double seconds)
    {
        int steps = (int)Math.Ceiling(seconds * 1000 / Board.ControlPeriodMs);
        for (int i = 0; i < steps; i++)
        {
            Board.Step();
        }
    }

    public ControllerSnapshot Snapshot() => Board.ReadSnapshot();

    public WriteRejectReason Write(string register, int value)
    {
        byte[] frame = BankHarness.Frame(register, value);
        return Bank.OnWrite(frame, frame.Length);
    }

    private I2cRegisterBank NewBank() =>
        new(Board.Firmware.Snapshots, Board.Firmware.Mailbox, Board.Firmware.Settings, BankHarness.Address, FirmwareVersion.Packed);
}
