using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FurnaceFw.FleetBench;

/// <summary>Debian's mosquitto on a free loopback port with a generated config, owned and stopped by the bench.</summary>
internal sealed class BenchBroker : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("fleet-bench-mosquitto-").FullName;
    private readonly Process _process;

    public BenchBroker()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        Port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        string config = Path.Combine(_directory, "mosquitto.conf");
        File.WriteAllText(config, $"listener {Port} 127.0.0.1\n{(Environment.UserName == "root" ? "user root\n" : "")}persistence false\n"
            + "allow_anonymous true\nmax_queued_messages 10000\nlog_dest none\n");
        _process = Process.Start(new ProcessStartInfo("/usr/sbin/mosquitto", $"-c {config}") { UseShellExecute = false })
            ?? throw new InvalidOperationException("cannot start /usr/sbin/mosquitto (apt-get install mosquitto)");
        for (int i = 0; i < 200; i++)
        {
            try
            {
                using var probe = new TcpClient();
                probe.Connect(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException)
            {
                Thread.Sleep(50);
            }
        }

        throw new InvalidOperationException("mosquitto did not listen within 10 s");
    }

    public int Port { get; }

    public int Pid => _process.Id;

    /// <summary>CPU time mosquitto has used (from /proc), for its share of the figures.</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public long ResidentBytes
    {
        get
        {
            _process.Refresh();
            return _process.WorkingSet64;
        }
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill();
            _process.WaitForExit(5000);
        }

        Directory.Delete(_directory, recursive: true);
    }
}
