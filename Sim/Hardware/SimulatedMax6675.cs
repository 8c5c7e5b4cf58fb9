using System.Device.Spi;
using FurnaceFw.Drivers.Max6675;

namespace FurnaceFw.Sim.Hardware;

/// <summary>
/// A MAX6675 on a simulated SPI bus: returns real 16-bit frames (big-endian, as clocked out) built from the
/// plant's probe temperature, quantised to 0.25 °C, with optional noise and injected faults, so the real
/// driver decodes them.
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

    public SensorFault Fault { get; set; }

    /// <summary>Noise amplitude in LSB (0.25 °C); a real chip jitters by about ±1 LSB.</summary>
    public int NoiseLsb { get; set; } = 1;

    /// <summary>Frames clocked out so far.</summary>
    public int FramesRead { get; private set; }

    /// <summary>Makes <see cref="Read"/> block until released (a wedged bus), to stall the control thread.</summary>
    public ManualResetEventSlim Gate { get; } = new(initialState: true);

    public override void Read(Span<byte> buffer)
    {
        Gate.Wait();
        if (Fault == SensorFault.BusError)
        {
            throw new IOException("simulated SPI transfer failure");
        }

        int frame = NextFrame();
        FramesRead++;
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

    private int NextFrame()
    {
        int quarter = (int)Math.Round(_probeCelsius() * 4);
        if (NoiseLsb > 0)
        {
            quarter += _random.Next(-NoiseLsb, NoiseLsb + 1);
        }

        int live = Max6675Frame.Encode(quarter, openInput: false);
        switch (Fault)
        {
            case SensorFault.OpenThermocouple:
                _stuckFrame = -1;
                return Max6675Frame.Encode(0x0FFF, openInput: true);
            case SensorFault.BusAllZeros:
                return 0x0000;
            case SensorFault.BusAllOnes:
                return 0xFFFF;
            case SensorFault.ShiftedFrame:
                return 0x8000 | (live >> 1);
            case SensorFault.Stuck:
                if (_stuckFrame < 0)
                {
                    _stuckFrame = live;
                }

                return _stuckFrame;
            default:
                _stuckFrame = -1;
                return live;
        }
    }
}
