using FurnaceFw.Device.Board;
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Web;
using System.Net;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>HIL: the managed heap left after building what the device app keeps for its whole life (docs/device.md
    /// "Memory budget" gives the host estimate this checks).</summary>
    [TestClass]
    public class HeapTests
    {
        /// <summary>What the HTTP server, sockets and lwIP buffers still need after start-up (estimate; see docs).</summary>
        private const uint MinimumFreeBytes = 40 * 1024;

        [TestMethod]
        public void Startup_FirmwareBankAndWebServer_LeaveEnoughHeap()
        {
            HardwareSetup.RequireBoard("nanoFramework's managed heap");
            uint before = nanoFramework.Runtime.Native.GC.Run(true);
            InertPorts ports = new InertPorts();
            FurnaceFirmware firmware = new FurnaceFirmware(new FurnaceSettings(), null, new TickCountClock(), ports, ports, ports, ports, ports,
                new BootInfo(0, false, 0));
            I2cRegisterBank bank = new I2cRegisterBank(firmware.Snapshots, firmware.Mailbox, firmware.Settings, BoardProfile.DefaultI2cAddress,
                FirmwareVersion.Packed);
            HttpServerOptions options = new HttpServerOptions();
            TickCountClock clock = new TickCountClock();
            HttpServer server = new HttpServer(options, new SocketTransport(IPAddress.Any), ports, clock, new FurnaceWebApp(firmware, options, clock));
            uint after = nanoFramework.Runtime.Native.GC.Run(true);

            OutputHelper.WriteLine("free heap " + before.ToString() + " -> " + after.ToString() + " bytes (start-up objects " + (before - after).ToString() + ")");
            Assert.IsNotNull(bank, "bank built");
            Assert.IsNotNull(server, "server built (not started: no sockets are opened by this test)");
            Assert.IsTrue(after >= MinimumFreeBytes, "at least 40 KB must stay free for the network and web server");
        }

        private sealed class InertPorts : IThermocouple, IRelayOutputs, IWatchdog, ILatchStore, ILinkStatus
        {
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
}
