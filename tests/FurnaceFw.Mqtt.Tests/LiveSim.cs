using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.I2c;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>
/// The simulator as `dotnet run --project Sim -- --i2c-port P` runs it, in process: the firmware on a real-time virtual
/// board (its own control thread), its I2C bus served on a loopback socket. <see cref="RestartClaimingMajor"/> is the test
/// hook that brings the socket back with a controller claiming another protocol major (an incompatible firmware).
/// </summary>
public sealed class LiveSim : IDisposable
{
    private readonly LiveRunner _runner;
    private readonly MajorOverride _target;
    private I2cSocketServer _server;

    public LiveSim()
    {
        Board = new VirtualBoard(new BoardOptions(), new RealTimeClock());
        _runner = new LiveRunner(Board);
        _target = new MajorOverride(new BoardI2cTarget(Board, RegisterMap.DefaultAddress));
        Bus.Attach(RegisterMap.DefaultAddress, _target);
        _server = new I2cSocketServer(Bus, 0);
        Port = _server.Port;
    }

    public VirtualBoard Board { get; }

    public SimulatedI2cBus Bus { get; } = new();

    public int Port { get; }

    public ControllerSnapshot Snapshot() => Board.ReadSnapshot();

    /// <summary>A client as furnacectl builds one (socket transport, bounded retries): what the daemon's connect factory returns.</summary>
    public FurnaceClient Connect()
    {
        var transport = new RetryingTransport(new SimSocketTransport("127.0.0.1", Port, RegisterMap.DefaultAddress, TimeSpan.FromMilliseconds(500)),
            3, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(20));
        try
        {
            return FurnaceClient.Connect(transport, new ClientOptions());
        }
        catch
        {
            transport.Dispose();
            throw;
        }
    }

    /// <summary>Runs an action on the board's hardware thread (plant, thermocouple faults).</summary>
    public void Post(Action<VirtualBoard> action) => _runner.Post(action);

    /// <summary>Stops serving the bus, then serves it again on the same port with the identity block claiming <paramref name="major"/>.</summary>
    public void RestartClaimingMajor(int major)
    {
        _server.Dispose();
        _target.Major = major;
        _server = new I2cSocketServer(Bus, Port);
    }

    /// <summary>Stops serving the bus, then serves another device at the same address: its first byte is not 'F' of "FNFW".</summary>
    public void RestartAsForeignDevice()
    {
        _server.Dispose();
        _target.Foreign = true;
        _server = new I2cSocketServer(Bus, Port);
    }

    public void Dispose()
    {
        _server.Dispose();
        _runner.Dispose();
        Board.Firmware.Cycle.FailSafe();
    }

    /// <summary>The board's target with byte 0x04 (ProtocolMajor) replaced when <see cref="Major"/> is set, and the magic's
    /// first byte when <see cref="Foreign"/> is.</summary>
    private sealed class MajorOverride : II2cTarget
    {
        private readonly II2cTarget _inner;
        private int _pointer;

        public MajorOverride(II2cTarget inner) => _inner = inner;

        public int? Major { get; set; }

        public bool Foreign { get; set; }

        public WriteRejectReason OnWrite(byte[] buffer, int count)
        {
            if (count > 0)
            {
                _pointer = buffer[0];
            }

            return _inner.OnWrite(buffer, count);
        }

        public void OnReadStart() => _inner.OnReadStart();

        public byte ReadByte()
        {
            byte value = _inner.ReadByte();
            int address = _pointer++;
            if (address == RegisterAddress.Magic && Foreign)
            {
                return (byte)'H'; // "HNFW": a device that is not ours
            }

            return address == RegisterAddress.ProtocolMajor && Major is int major ? (byte)major : value;
        }
    }
}
