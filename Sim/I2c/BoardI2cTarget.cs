using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;

namespace FurnaceFw.Sim.I2c;

/// <summary>
/// The virtual board's I2C target: a register bank on the running firmware, rebuilt when the board resets (as the
/// device rebuilds it at boot), so a host on the bus sees a reset exactly as on hardware.
/// </summary>
public sealed class BoardI2cTarget : II2cTarget
{
    private readonly int _address;
    private volatile I2cRegisterBank _bank;

    public BoardI2cTarget(VirtualBoard board, int address7)
    {
        _address = address7;
        _bank = NewBank(board.Firmware, board.Log);
        board.Rebooted += firmware => _bank = NewBank(firmware, board.Log);
    }

    /// <summary>The bank serving the current firmware instance.</summary>
    public I2cRegisterBank Bank => _bank;

    public WriteRejectReason OnWrite(byte[] buffer, int count) => _bank.OnWrite(buffer, count);

    public void OnReadStart() => _bank.OnReadStart();

    public byte ReadByte() => _bank.ReadByte();

    private I2cRegisterBank NewBank(FurnaceFirmware firmware, LogRing log) =>
        new(firmware.Snapshots, firmware.Mailbox, firmware.Settings, _address, FirmwareVersion.Packed, firmware.ConfigProblem, log);
}
