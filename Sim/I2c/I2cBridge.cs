using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Sim.I2c;

/// <summary>
/// The live simulator's I2C side: the board's register bank on a simulated bus, served on 127.0.0.1:PORT, plus the
/// simulator-control op (sensor faults, NAK-all) that CI uses to trip the furnace end to end.
/// </summary>
public sealed class I2cBridge : IDisposable
{
    private readonly I2cSocketServer _server;

    private I2cBridge(VirtualBoard board, LiveRunner runner, int port, int address7)
    {
        Bus.Attach(address7, new BoardI2cTarget(board, address7));
        _server = new I2cSocketServer(Bus, port, (command, argument) => Control(runner, command, argument));
        Address = address7;
    }

    public SimulatedI2cBus Bus { get; } = new();

    public int Port => _server.Port;

    public int Address { get; }

    public static I2cBridge Start(VirtualBoard board, LiveRunner runner, int port, int address7 = RegisterMap.DefaultAddress) =>
        new(board, runner, port, address7);

    public void Dispose() => _server.Dispose();

    private bool Control(LiveRunner runner, byte command, byte argument)
    {
        switch (command)
        {
            case SimBusFrame.ControlSensorFault when Enum.IsDefined(typeof(SensorFault), (int)argument):
                runner.Post(b => b.Thermocouple.Fault = (SensorFault)argument);
                return true;
            case SimBusFrame.ControlNakAll when argument <= 2:
                Bus.NakAll = argument == 1;
                Bus.NakData = argument == 2;
                return true;
            default:
                return false;
        }
    }
}
