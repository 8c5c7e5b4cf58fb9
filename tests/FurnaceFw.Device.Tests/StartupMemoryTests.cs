using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Web;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Device.Tests;

/// <summary>
/// The memory budget of docs/device.md, measured: bytes the .NET runtime allocates while the device start-up builds
/// the long-lived objects (firmware + I2C register bank), and the transient cost of parsing nf.config. nanoFramework's
/// object headers and array layout differ from CoreCLR's, so these are an estimate of the order of magnitude, to be
/// checked on hardware with GC.Run (Device/FurnaceFw.Device.Tests). Rerun:
///   dotnet test tests/FurnaceFw.Device.Tests --filter StartupMemory --logger "console;verbosity=detailed"
/// </summary>
[TestClass]
public sealed class StartupMemoryTests
{
    /// <summary>About a quarter of a Pico W managed heap that is "likely well under 100 KB" (shared/reference/nanoframework.md
    /// §1.3): the rest is for thread stacks (nanoFramework keeps them on the managed heap), requests and socket buffers.</summary>
    public const long LongLivedBudgetBytes = 24 * 1024;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Startup_LongLivedObjects_FitTheBudget()
    {
        var ports = new Ports();
        FurnaceSettings settings = new();
        BuildOnce(settings, ports); // JIT and static initialisers out of the measurement

        long before = GC.GetAllocatedBytesForCurrentThread();
        FurnaceFirmware firmware = new(settings, null!, ports, ports, ports, ports, ports, ports, new BootInfo(0, false, 0));
        long afterFirmware = GC.GetAllocatedBytesForCurrentThread();
        I2cRegisterBank bank = new(firmware.Snapshots, firmware.Mailbox, firmware.Settings, BoardProfile.DefaultI2cAddress, FirmwareVersion.Packed);
        long afterBank = GC.GetAllocatedBytesForCurrentThread();
        HttpServer server = BuildWebServer(firmware, ports);
        long afterServer = GC.GetAllocatedBytesForCurrentThread();

        long firmwareBytes = afterFirmware - before;
        long bankBytes = afterBank - afterFirmware;
        long serverBytes = afterServer - afterBank;
        long total = afterServer - before;
        TestContext.WriteLine($"firmware (cycle, rules, mailbox, snapshots, history, transition log): {firmwareBytes} bytes");
        TestContext.WriteLine($"I2C register bank (snapshot copy, image, error log): {bankBytes} bytes");
        TestContext.WriteLine($"web app + HTTP server (workers and their buffers, before Start; the page is streamed from its constant): {serverBytes} bytes");
        TestContext.WriteLine($"long-lived total: {total} bytes (budget {LongLivedBudgetBytes})");
        GC.KeepAlive(bank);
        GC.KeepAlive(server);
        Assert.IsLessThan(LongLivedBudgetBytes, total, "start-up objects must leave the Pico W heap to lwIP, sockets and requests");
    }

    [TestMethod]
    public void Startup_ParsingTheExampleConfig_IsTransientAndSmall()
    {
        string text = File.ReadAllText(Repo.File("nf.config"));
        NfConfigParser.Parse(text, BoardKind.PicoW, true);

        long before = GC.GetAllocatedBytesForCurrentThread();
        NfConfigResult result = NfConfigParser.Parse(text, BoardKind.PicoW, true);
        long bytes = GC.GetAllocatedBytesForCurrentThread() - before;

        TestContext.WriteLine($"parsing the example nf.config ({text.Length} chars): {bytes} bytes, garbage once the board is built");
        Assert.IsTrue(result.IsValid, "example parses");
        Assert.IsLessThan(32 * 1024, bytes, "parsing must not need more than the Pico W can lend at boot");
    }

    private static void BuildOnce(FurnaceSettings settings, Ports ports)
    {
        FurnaceFirmware warm = new(settings, null!, ports, ports, ports, ports, ports, ports, new BootInfo(0, false, 0));
        GC.KeepAlive(new I2cRegisterBank(warm.Snapshots, warm.Mailbox, warm.Settings, BoardProfile.DefaultI2cAddress, FirmwareVersion.Packed));
        GC.KeepAlive(BuildWebServer(warm, ports));
    }

    /// <summary>As DeviceStartup builds it (default options: 2 workers for the Pico W's 4 sockets).</summary>
    private static HttpServer BuildWebServer(FurnaceFirmware firmware, Ports ports)
    {
        HttpServerOptions options = new() { Pin = "1234" };
        FurnaceWebApp app = new(firmware, options, ports);
        return new HttpServer(options, new SocketTransport(System.Net.IPAddress.Any), ports, ports, app);
    }

    /// <summary>Inert ports: only the firmware's own allocations are measured.</summary>
    private sealed class Ports : IMonotonicClock, IThermocouple, IRelayOutputs, IWatchdog, ILatchStore, ILinkStatus
    {
        public long NowMs => 0;

        public bool IsUp => false;

        public int Ipv4Address => 0;

        public int SignalDbm => LinkSignal.Unknown;

        public void Read(long nowMs, bool elementOn, ThermocoupleReading reading) => reading.SetFault(SensorStatus.NotReady);

        public void Write(bool elementEnergized, bool cutoffEnergized)
        {
        }

        public void Feed()
        {
        }

        public void MarkHealthy()
        {
        }

        public int Load(out ReasonCode reason)
        {
            reason = ReasonCode.None;
            return 0;
        }

        public void Save(int latchedFaults, ReasonCode reason)
        {
        }
    }
}
