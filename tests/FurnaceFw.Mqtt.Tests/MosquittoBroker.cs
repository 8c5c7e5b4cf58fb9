using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace FurnaceFw.Mqtt.Tests;

/// <summary>
/// A real Debian mosquitto, owned by one test: its own generated config on a free loopback port, no persistence, and
/// <see cref="Kill"/>/<see cref="Restart"/> to take it away mid-run. Where mosquitto is missing the test is inconclusive,
/// except under CI=true, where it fails: CI must install it (.ci/steps/16-mosquitto.sh).
/// </summary>
public sealed class MosquittoBroker : IDisposable
{
    public const string Executable = "/usr/sbin/mosquitto";

    private readonly string _directory;
    private Process? _process;

    private MosquittoBroker(string extraConfig, Action<string>? prepare)
    {
        _directory = System.IO.Directory.CreateTempSubdirectory("mosquitto-test-").FullName;
        Port = FreePort();
        prepare?.Invoke(_directory);
        // Started as root, mosquitto drops to user "mosquitto", which cannot read this test's files: stay root instead.
        string user = Environment.UserName == "root" ? "user root\n" : "";
        File.WriteAllText(ConfigPath,
            $"listener {Port} 127.0.0.1\n{user}persistence false\nlog_dest file {Path.Combine(_directory, "mosquitto.log")}\nlog_type error\nlog_type warning\n"
            + (extraConfig.Length == 0 ? "allow_anonymous true\n" : extraConfig.Replace("{dir}", _directory, StringComparison.Ordinal)));
    }

    public int Port { get; }

    public string Uri => $"mqtt://127.0.0.1:{Port}";

    public string Directory => _directory;

    private string ConfigPath => Path.Combine(_directory, "mosquitto.conf");

    /// <summary>Starts a broker, or ends the test: inconclusive without mosquitto, failed under CI=true. "{dir}" in
    /// <paramref name="extraConfig"/> is the broker's own directory, where <paramref name="prepare"/> may write files first.</summary>
    public static MosquittoBroker Start(string extraConfig = "", Action<string>? prepare = null)
    {
        if (!File.Exists(Executable))
        {
            string message = $"{Executable} is not installed (apt-get install mosquitto)";
            if (string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase))
            {
                Assert.Fail(message + ": CI must install it");
            }

            Assert.Inconclusive(message);
        }

        var broker = new MosquittoBroker(extraConfig, prepare);
        broker.Restart();
        return broker;
    }

    /// <summary>(Re)starts mosquitto on the same port and waits until it accepts connections.</summary>
    public void Restart()
    {
        if (_process is { HasExited: false })
        {
            throw new InvalidOperationException("mosquitto is already running");
        }

        _process = Process.Start(new ProcessStartInfo(Executable, $"-c {ConfigPath}") { UseShellExecute = false, RedirectStandardError = true })!;
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(20))
        {
            if (_process.HasExited)
            {
                Assert.Fail($"mosquitto exited at start ({_process.ExitCode}): {_process.StandardError.ReadToEnd()}");
            }

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

        Assert.Fail($"mosquitto did not listen on {Port} within 20 s");
    }

    /// <summary>Kills the broker at once (SIGKILL: no clean goodbye to anyone, as in a crash or a power cut).</summary>
    public void Kill()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            _process.WaitForExit(10_000);
        }
    }

    public void Dispose()
    {
        Kill();
        _process?.Dispose();
        try
        {
            System.IO.Directory.Delete(_directory, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private static int FreePort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        int port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
