using System.Device.Spi;
using FurnaceFw.Drivers.Max6675;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// A MAX6675 on a simulated SPI bus: returns real 16-bit frames (big-endian, as clocked out) built from the
/// plant's probe temperature, quantised to 0.25 °C, with optional noise and injected faults, so the real
/// driver decodes them.
/// <para>Faults come in two layers (<see cref="SensorFaultLayer"/>): a base and an overlay, each with a frame pattern
/// (on N of every M frames) and an optional burst length, so "a reading frozen at 150 °C with one 0x0000 frame every
/// 115 s" is a base and a repeated overlay.</para>
/// </summary>
public sealed class SimulatedMax6675 : SpiDevice
{
    private readonly Func<double> _probeCelsius;
    private readonly Random _random;
    private int _stuckFrame = -1;

    public SimulatedMax6675(Func<double> probeCelsius, int seed)
    {
        _probeCelsius = probeCelsius;
        _random = new Random(seed);
        ConnectionSettings = Max6675.CreateSettings(busId: 0, chipSelectPin: 17);
    }

    public override SpiConnectionSettings ConnectionSettings { get; }

    /// <summary>The base fault (e.g. a frozen reading); frames outside its pattern are live.</summary>
    public SensorFaultLayer Base { get; } = new();

    /// <summary>A fault on top of the base (e.g. a burst of zeros over a frozen reading); frames outside its pattern show
    /// the base.</summary>
    public SensorFaultLayer Overlay { get; } = new();

    /// <summary>The base fault; setting it shows it on every frame from now on and clears the overlay.</summary>
    public SensorFault Fault
    {
        get => Base.Fault;
        set
        {
            Base.Set(value);
            Overlay.Clear();
        }
    }

    /// <summary>Noise amplitude in LSB (0.25 °C); a real chip jitters by about ±1 LSB.</summary>
    public int NoiseLsb { get; set; } = 1;

    /// <summary>Frames clocked out so far.</summary>
    public int FramesRead { get; private set; }

    /// <summary>The last frame clocked out; -1 when the last transfer threw.</summary>
    public int LastFrame { get; private set; } = -1;

    /// <summary>The true probe temperature when <see cref="LastFrame"/> was clocked out, quarter °C.</summary>
    public int LastTrueQuarterC { get; private set; }

    /// <summary>Makes <see cref="Read"/> block until released (a wedged bus), to stall the control thread.</summary>
    public ManualResetEventSlim Gate { get; } = new(initialState: true);

    public override void Read(Span<byte> buffer)
    {
        Gate.Wait();
        int frame = NextFrame();
        FramesRead++;
        LastFrame = frame;
        if (frame < 0)
        {
            throw new IOException("simulated SPI transfer failure");
        }

        for (int i = 0; i < buffer.Length; i++)
        {
            buffer[i] = i switch
            {
                0 => (byte)(frame >> 8),
                1 => (byte)frame,
                _ => 0xFF,
            };
        }
    }

    public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException("the MAX6675 is read-only (no MOSI)");

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer) => Read(readBuffer);

    /// <summary>The next frame, or -1 for a transfer that throws.</summary>
    private int NextFrame()
    {
        LastTrueQuarterC = (int)Math.Round(_probeCelsius() * 4);
        int live = Max6675Frame.Encode(LastTrueQuarterC + Noise(), openInput: false);
        SensorFaultLayer layer = Overlay;
        SensorFault fault = Overlay.Take();
        if (fault == SensorFault.None)
        {
            layer = Base;
            fault = Base.Take();
        }

        if (Base.Fault != SensorFault.Stuck && Overlay.Fault != SensorFault.Stuck)
        {
            _stuckFrame = -1; // a stuck converter stays stuck at its value through an overlay's frames
        }

        switch (fault)
        {
            case SensorFault.OpenThermocouple:
                return Max6675Frame.Encode(0x0FFF, openInput: true);
            case SensorFault.BusAllZeros:
                return 0x0000;
            case SensorFault.BusAllOnes:
                return 0xFFFF;
            case SensorFault.ShiftedFrame:
                return 0x8000 | (live >> 1);
            case SensorFault.BusError:
                return -1;
            case SensorFault.RawFrame:
                return layer.RawFrame;
            case SensorFault.Frozen:
                return Max6675Frame.Encode(layer.FrozenQuarterC, openInput: false);
            case SensorFault.Detached:
                return Max6675Frame.Encode(layer.FrozenQuarterC + Noise(), openInput: false);
            case SensorFault.Stuck:
                if (_stuckFrame < 0)
                {
                    _stuckFrame = live;
                }

                return _stuckFrame;
            default:
                return live;
        }
    }

    private int Noise() => NoiseLsb > 0 ? _random.Next(-NoiseLsb, NoiseLsb + 1) : 0;
}
