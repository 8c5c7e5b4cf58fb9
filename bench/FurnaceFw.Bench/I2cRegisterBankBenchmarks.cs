using BenchmarkDotNet.Attributes;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Bench;

/// <summary>
/// Time and bytes per I2C transaction in the register bank (docs/i2c-register-map.md, "Performance"). The
/// Allocated column must read 0: a transaction never allocates.
/// </summary>
[MemoryDiagnoser]
public class I2cRegisterBankBenchmarks
{
    private readonly byte[] _setpointFrame = new byte[4];
    private readonly byte[] _badPecFrame = new byte[4];
    private readonly byte[] _pointer = { RegisterAddress.StatusBlock };
    private readonly byte[] _image = new byte[RegisterMap.AddressSpace];
    private readonly ControllerSnapshot _snapshot = new();
    private I2cRegisterBank _bank = null!;
    private VirtualBoard _board = null!;

    [GlobalSetup]
    public void Setup()
    {
        _board = new VirtualBoard(new BoardOptions(), new VirtualClock());
        for (int i = 0; i < 100; i++)
        {
            _board.Step();
        }

        var firmware = _board.Firmware;
        _bank = new I2cRegisterBank(firmware.Snapshots, firmware.Mailbox, firmware.Settings, RegisterMap.DefaultAddress, FirmwareVersion.Packed);
        WriteFrame.Encode(RegisterMap.DefaultAddress, RegisterMap.Find("Setpoint")!, 150 * 4, _setpointFrame);
        _setpointFrame.CopyTo(_badPecFrame, 0);
        _badPecFrame[3] ^= 0x5A;
        firmware.Snapshots.TryRead(_snapshot);
    }

    /// <summary>A valid setpoint write: lookup, length, PEC, range, mailbox post, host-alive note.</summary>
    [Benchmark]
    public void ValidWrite() => _bank.OnWrite(_setpointFrame, _setpointFrame.Length);

    /// <summary>A write with a wrong PEC: rejected, counted, flagged.</summary>
    [Benchmark]
    public void RejectedWrite() => _bank.OnWrite(_badPecFrame, _badPecFrame.Length);

    /// <summary>What an ESP32 host read of the status and control blocks costs: pointer, snapshot copy + render, 74 bytes.</summary>
    [Benchmark(Baseline = true)]
    public byte ReadStatusBlock()
    {
        _bank.OnWrite(_pointer, 1);
        _bank.OnReadStart();
        byte last = 0;
        for (int i = RegisterAddress.StatusBlock; i < RegisterMap.ImageLength; i++)
        {
            last = _bank.ReadByte();
        }

        return last;
    }

    /// <summary>The RP2040 path: render the image once per control cycle for the native double buffer.</summary>
    [Benchmark]
    public int RenderImage() => _bank.RenderImage(_snapshot, _image);
}
