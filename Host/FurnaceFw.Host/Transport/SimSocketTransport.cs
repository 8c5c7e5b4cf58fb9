using System.Net.Sockets;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host.Transport;

/// <summary>
/// The simulator's I2C bus over TCP (<see cref="SimBusFrame"/>). Behaves like i2c-dev: a NAK is a
/// <see cref="BusException"/>; after any failure the connection is dropped and the next transfer reconnects, so a
/// late reply can never be mistaken for the answer to a newer request. Transfers are serialised: a transfer that
/// <see cref="RetryingTransport"/> abandoned after its timeout still owns the socket until it ends (its own socket
/// timeout bounds that), so a retry can never interleave its bytes with it.
/// </summary>
public sealed class SimSocketTransport : II2cTransport
{
    private readonly string _host;
    private readonly int _port;
    private readonly int _address;
    private readonly TimeSpan _timeout;
    private readonly object _gate = new();
    private TcpClient? _client;
    private NetworkStream? _stream;

    public SimSocketTransport(string host, int port, int address7, TimeSpan timeout)
    {
        _host = host;
        _port = port;
        _address = address7;
        _timeout = timeout;
        Description = $"sim {host}:{port} @ 0x{address7:X2}";
    }

    public string Description { get; }

    /// <summary>Parses "HOST:PORT", "PORT" or "" (defaults 127.0.0.1 and <see cref="SimBusFrame.DefaultPort"/>).</summary>
    public static (string Host, int Port) ParseEndpoint(string? endpoint)
    {
        if (string.IsNullOrWhiteSpace(endpoint))
        {
            return ("127.0.0.1", SimBusFrame.DefaultPort);
        }

        int colon = endpoint.LastIndexOf(':');
        string host = colon >= 0 ? endpoint[..colon] : "127.0.0.1";
        string portText = colon >= 0 ? endpoint[(colon + 1)..] : endpoint;
        if (!int.TryParse(portText, out int port) || port < 1 || port > 65535)
        {
            throw new FurnaceException(ExitCode.Usage, $"--sim '{endpoint}': expected HOST:PORT with a port 1..65535");
        }

        return (host.Length == 0 ? "127.0.0.1" : host, port);
    }

    public void Write(ReadOnlySpan<byte> data) => Transfer(SimBusFrame.OpWrite, data, Span<byte>.Empty);

    public void Read(Span<byte> buffer) => Transfer(SimBusFrame.OpRead, ReadOnlySpan<byte>.Empty, buffer);

    public void WriteRead(ReadOnlySpan<byte> write, Span<byte> read) => Transfer(SimBusFrame.OpWriteRead, write, read);

    public void Dispose() => Drop();

    private void Transfer(byte op, ReadOnlySpan<byte> write, Span<byte> read)
    {
        if (write.Length > 255 || read.Length > 255)
        {
            throw new ArgumentOutOfRangeException(nameof(write), "the simulator bus carries at most 255 bytes each way");
        }

        var request = new byte[SimBusFrame.RequestHeaderLength + write.Length];
        request[0] = op;
        request[1] = (byte)_address;
        request[2] = (byte)write.Length;
        request[3] = (byte)read.Length;
        write.CopyTo(request.AsSpan(SimBusFrame.RequestHeaderLength));
        lock (_gate)
        {
            try
            {
                NetworkStream stream = Connect();
                stream.Write(request);
                var header = new byte[SimBusFrame.ResponseHeaderLength];
                stream.ReadExactly(header);
                var data = new byte[header[1]];
                stream.ReadExactly(data);
                switch (header[0])
                {
                    case SimBusFrame.StatusOk when data.Length == read.Length:
                        data.CopyTo(read);
                        return;
                    case SimBusFrame.StatusNakAddress:
                        throw new BusException(BusFault.Nak, $"no device acknowledged address 0x{_address:X2} on {Description}");
                    case SimBusFrame.StatusNakData:
                        throw new BusException(BusFault.Nak, $"the target stopped acknowledging on {Description}");
                    default:
                        throw new BusException(BusFault.IoError, $"malformed reply from {Description} (status {header[0]}, {data.Length} bytes)");
                }
            }
            catch (BusException)
            {
                Drop();
                throw;
            }
            catch (IOException e) when (e.InnerException is SocketException { SocketErrorCode: SocketError.TimedOut })
            {
                Drop();
                throw new BusException(BusFault.Timeout, $"{Description} did not answer within {_timeout.TotalMilliseconds:0} ms", e);
            }
            catch (Exception e) when (e is IOException or SocketException or ObjectDisposedException)
            {
                Drop();
                throw new BusException(BusFault.IoError, $"{Description}: {e.Message}", e);
            }
        }
    }

    private NetworkStream Connect()
    {
        if (_stream != null)
        {
            return _stream;
        }

        var client = new TcpClient { NoDelay = true, ReceiveTimeout = (int)_timeout.TotalMilliseconds, SendTimeout = (int)_timeout.TotalMilliseconds };
        try
        {
            if (!client.ConnectAsync(_host, _port).Wait(_timeout))
            {
                client.Dispose();
                throw new BusException(BusFault.Timeout, $"no simulator answered at {_host}:{_port} within {_timeout.TotalMilliseconds:0} ms");
            }
        }
        catch (AggregateException e) when (e.InnerException is SocketException s)
        {
            client.Dispose();
            throw new BusException(BusFault.IoError, $"cannot connect to the simulator at {_host}:{_port}: {s.Message} (is `dotnet run --project Sim -- --i2c-port {_port}` running?)", s);
        }

        _client = client;
        _stream = client.GetStream();
        return _stream;
    }

    private void Drop()
    {
        _stream?.Dispose();
        _client?.Dispose();
        _stream = null;
        _client = null;
    }
}
