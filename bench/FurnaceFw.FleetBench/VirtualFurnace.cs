using System.Diagnostics;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.I2c;

namespace FurnaceFw.FleetBench;

/// <summary>
/// One virtual furnace: the firmware on a virtual board stepped in real time by the fleet's stepper, its register bank
/// on its own simulated bus, and a client transport to it (in process: the bench measures the bridge, not sockets).
/// <see cref="Changed"/> records when the firmware's snapshot first shows each new setpoint: the start of the latency.
/// </summary>
internal sealed class VirtualFurnace
{
    private readonly SimulatedI2cBus _bus = new();
    private int _lastSetpoint;

    public VirtualFurnace(int index)
    {
        Index = index;
        Board = new VirtualBoard(new BoardOptions { Seed = index + 1 }, Clock);
        _bus.Attach(RegisterMap.DefaultAddress, new BoardI2cTarget(Board, RegisterMap.DefaultAddress));
        _lastSetpoint = Board.ReadSnapshot().SetpointQuarterC;
    }

    public int Index { get; }

    public VirtualClock Clock { get; } = new();

    public VirtualBoard Board { get; }

    /// <summary>Setpoint (quarter °C) -> Stopwatch timestamp of the first snapshot that showed it.</summary>
    public Dictionary<int, long> Changed { get; } = new();

    /// <summary>One control period; notes a setpoint change the moment the firmware publishes it.</summary>
    public void Step()
    {
        Board.Step();
        int setpoint = Board.ReadSnapshot().SetpointQuarterC;
        if (setpoint != _lastSetpoint)
        {
            _lastSetpoint = setpoint;
            lock (Changed)
            {
                Changed[setpoint] = Stopwatch.GetTimestamp();
            }
        }
    }

    /// <summary>What the bridge's connect factory returns: the same retrying transport and client furnacectl builds.</summary>
    public FurnaceClient Connect() =>
        FurnaceClient.Connect(new RetryingTransport(new InProcessTransport(_bus), 3, TimeSpan.FromMilliseconds(500), TimeSpan.FromMilliseconds(20)),
            new ClientOptions());

    private sealed class InProcessTransport : II2cTransport
    {
        private readonly SimulatedI2cBus _bus;

        public InProcessTransport(SimulatedI2cBus bus) => _bus = bus;

        public string Description => "in-process bus @ 0x5E";

        public void Write(ReadOnlySpan<byte> data) => Check(_bus.Transfer(SimBusFrame.OpWrite, RegisterMap.DefaultAddress, data, Span<byte>.Empty));

        public void Read(Span<byte> buffer) => Check(_bus.Transfer(SimBusFrame.OpRead, RegisterMap.DefaultAddress, ReadOnlySpan<byte>.Empty, buffer));

        public void WriteRead(ReadOnlySpan<byte> write, Span<byte> read) =>
            Check(_bus.Transfer(SimBusFrame.OpWriteRead, RegisterMap.DefaultAddress, write, read));

        public void Dispose()
        {
        }

        private static void Check(byte status)
        {
            if (status != SimBusFrame.StatusOk)
            {
                throw new BusException(BusFault.Nak, $"status {status}");
            }
        }
    }
}
