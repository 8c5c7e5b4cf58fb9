using FurnaceFw.Firmware.I2c;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>The host library's transport over the simulator's bus, in process.</summary>
internal sealed class BusTransport : II2cTransport
{
    private readonly SimulatedI2cBus _bus;
    private readonly int _address;

    public BusTransport(SimulatedI2cBus bus, int address)
    {
        _bus = bus;
        _address = address;
    }

    public string Description => $"in-process bus @ 0x{_address:X2}";

    public int Writes { get; private set; }

    /// <summary>Every read transaction: the register pointer it started at and its length in bytes.</summary>
    public List<(int Address, int Length)> Reads { get; } = new();

    private int _pointer;

    /// <summary>Called before every transfer (e.g. to step a virtual board).</summary>
    public Action? BeforeTransfer { get; init; }

    public void Write(ReadOnlySpan<byte> data)
    {
        Writes++;
        if (data.Length > 0)
        {
            _pointer = data[0];
        }

        Check(SimBusFrame.OpWrite, data, Span<byte>.Empty);
    }

    public void Read(Span<byte> buffer)
    {
        Reads.Add((_pointer, buffer.Length));
        Check(SimBusFrame.OpRead, ReadOnlySpan<byte>.Empty, buffer);
    }

    public void WriteRead(ReadOnlySpan<byte> write, Span<byte> read)
    {
        _pointer = write.Length > 0 ? write[0] : _pointer;
        Reads.Add((_pointer, read.Length));
        Check(SimBusFrame.OpWriteRead, write, read);
    }

    public void Dispose()
    {
    }

    private void Check(byte op, ReadOnlySpan<byte> write, Span<byte> read)
    {
        BeforeTransfer?.Invoke();
        byte status = _bus.Transfer(op, _address, write, read);
        if (status != SimBusFrame.StatusOk)
        {
            throw new BusException(BusFault.Nak, $"status {status}");
        }
    }
}

/// <summary>A controller that is only an image: any identity, any capability set, or garbage.</summary>
internal sealed class ScriptedController : II2cTarget
{
    private readonly byte[] _image = new byte[256];
    private int _pointer;

    public ScriptedController(byte fill) => Array.Fill(_image, fill);

    public int StateChangingWrites { get; private set; }

    /// <summary>Flips bytes after each read start (an unreliable bus).</summary>
    public bool Noisy { get; set; }

    /// <summary>An image as this firmware renders it, then edited by the test.</summary>
    public static ScriptedController FromCurrentFirmware(Action<byte[]>? edit = null)
    {
        var controller = new ScriptedController(0);
        var harness = new BankHarness();
        harness.Bank.RenderImage(new FurnaceFw.Firmware.Control.ControllerSnapshot(), controller._image);
        edit?.Invoke(controller._image);
        return controller;
    }

    public void Edit(Action<byte[]> edit) => edit(_image);

    public WriteRejectReason OnWrite(byte[] buffer, int count)
    {
        if (count > 0)
        {
            _pointer = buffer[0];
        }

        if (count > 1)
        {
            StateChangingWrites++;
        }

        return WriteRejectReason.None;
    }

    public void OnReadStart()
    {
        if (Noisy)
        {
            _image[5] ^= 0x01;
        }
    }

    public byte ReadByte() => _pointer < 256 ? _image[_pointer++] : (byte)0xEE;
}

/// <summary>A transport whose transfers never return (a wedged adapter) until disposed.</summary>
internal sealed class HangingTransport : II2cTransport
{
    private readonly ManualResetEventSlim _released = new(false);

    public string Description => "hanging bus";

    public void Write(ReadOnlySpan<byte> data) => _released.Wait();

    public void Read(Span<byte> buffer) => _released.Wait();

    public void WriteRead(ReadOnlySpan<byte> write, Span<byte> read) => _released.Wait();

    public void Dispose() => _released.Set();
}

/// <summary>A virtual board on a simulated bus, stepped one control period per bus transfer (deterministic).</summary>
internal sealed class BoardOnBus
{
    public BoardOnBus(BoardOptions? options = null)
    {
        Harness = new BoardHarness(options);
        Target = new BoardI2cTarget(Harness.Board, RegisterMap.DefaultAddress);
        Bus.Attach(RegisterMap.DefaultAddress, Target);
        Transport = new BusTransport(Bus, RegisterMap.DefaultAddress) { BeforeTransfer = () => Harness.Board.Step() };
    }

    public BoardHarness Harness { get; }

    public SimulatedI2cBus Bus { get; } = new();

    public BoardI2cTarget Target { get; }

    public BusTransport Transport { get; }
}
