using System.Net;
using System.Net.Sockets;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Sim.I2c;

/// <summary>
/// Serves a <see cref="SimulatedI2cBus"/> on a local TCP port (<see cref="SimBusFrame"/> framing) so that
/// `furnacectl --sim` talks to the simulator exactly as to /dev/i2c-N. Loopback only; one thread per client.
/// </summary>
public sealed class I2cSocketServer : IDisposable
{
    private readonly SimulatedI2cBus _bus;
    private readonly TcpListener _listener;
    private readonly List<TcpClient> _clients = new();
    private readonly Thread _acceptThread;
    private volatile bool _stopping;

    private readonly Func<byte, byte, bool>? _control;

    /// <param name="control">Handles <see cref="SimBusFrame.OpSimControl"/> (command, argument); null refuses it.</param>
    public I2cSocketServer(SimulatedI2cBus bus, int port, Func<byte, byte, bool>? control = null)
    {
        _bus = bus;
        _control = control;
        _listener = new TcpListener(IPAddress.Loopback, port);
        _listener.Start();
        Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
        _acceptThread = new Thread(AcceptLoop) { IsBackground = true, Name = "i2c-socket-accept" };
        _acceptThread.Start();
    }

    /// <summary>The bound port (useful when constructed with port 0).</summary>
    public int Port { get; }

    public void Dispose()
    {
        _stopping = true;
        _listener.Stop();
        lock (_clients)
        {
            foreach (TcpClient client in _clients)
            {
                client.Dispose();
            }
        }

        _acceptThread.Join(TimeSpan.FromSeconds(2));
    }

    private void AcceptLoop()
    {
        while (!_stopping)
        {
            TcpClient client;
            try
            {
                client = _listener.AcceptTcpClient();
            }
            catch (Exception) when (_stopping)
            {
                return;
            }
            catch (SocketException)
            {
                continue;
            }

            client.NoDelay = true;
            lock (_clients)
            {
                _clients.Add(client);
            }

            new Thread(() => Serve(client)) { IsBackground = true, Name = "i2c-socket-client" }.Start();
        }
    }

    private void Serve(TcpClient client)
    {
        try
        {
            using NetworkStream stream = client.GetStream();
            var header = new byte[SimBusFrame.RequestHeaderLength];
            var write = new byte[255];
            var read = new byte[255];
            while (!_stopping)
            {
                if (!TryReadExactly(stream, header))
                {
                    return; // the client closed the connection
                }

                int writeLength = header[2];
                int readLength = header[3];
                if (!TryReadExactly(stream, write.AsSpan(0, writeLength)))
                {
                    return;
                }

                byte status = header[0] == SimBusFrame.OpSimControl
                    ? Control(write.AsSpan(0, writeLength), readLength)
                    : _bus.Transfer(header[0], header[1] & 0x7F, write.AsSpan(0, writeLength), read.AsSpan(0, readLength));
                int replyLength = status == SimBusFrame.StatusOk ? readLength : 0;
                var reply = new byte[SimBusFrame.ResponseHeaderLength + replyLength];
                reply[0] = status;
                reply[1] = (byte)replyLength;
                read.AsSpan(0, replyLength).CopyTo(reply.AsSpan(SimBusFrame.ResponseHeaderLength));
                stream.Write(reply);
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or SocketException)
        {
            // A client that vanished mid-request is the client's problem, never the simulator's.
        }
        finally
        {
            lock (_clients)
            {
                _clients.Remove(client);
            }

            client.Dispose();
        }
    }

    private byte Control(ReadOnlySpan<byte> command, int readLength) =>
        _control != null && command.Length == 2 && readLength == 0 && _control(command[0], command[1])
            ? SimBusFrame.StatusOk : SimBusFrame.StatusBadRequest;

    private static bool TryReadExactly(NetworkStream stream, Span<byte> buffer)
    {
        int total = 0;
        while (total < buffer.Length)
        {
            int n = stream.Read(buffer[total..]);
            if (n == 0)
            {
                return false;
            }

            total += n;
        }

        return true;
    }
}
