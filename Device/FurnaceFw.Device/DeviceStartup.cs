using System;
using System.Diagnostics;
using System.Net;
using System.Threading;
using FurnaceFw.Device.Board;
#if BOARD_ESP32
using FurnaceFw.Device.Board.Esp32;
#else
using FurnaceFw.Device.Board.PicoW;
#endif
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Web;

namespace FurnaceFw.Device
{
    /// <summary>
    /// Boot order, chosen for safety (docs/device.md "Boot order"):
    /// 1. arm the watchdog with <see cref="BootWatchdogMs"/> before anything that can hang (the file system mount and
    ///    nf.config read, board setup): a stalled boot resets the board and counts toward SR-8's boot-loop limit;
    /// 2. read nf.config (invalid → ConfigFault, nothing heats);
    /// 3. build the board: the relay pins are the first thing it touches, driven de-energized (or left high-impedance
    ///    when their polarity is unknown), before SPI, the latch file or the network;
    /// 4. build the firmware, re-arm the watchdog with control.watchdog_ms, start the control thread at Highest (from
    ///    here only completed control cycles feed the watchdog);
    /// 5. I2C target at AboveNormal, then the network thread (Wi-Fi join, which can take long, link refresh, web
    ///    server) at BelowNormal: neither can delay a control cycle or a feed.
    /// Until step 3 every relay pin is still the input the chip reset left it (high-impedance).
    /// Nothing with a side effect sits inside a Debug call: Debug.WriteLine and its arguments vanish in Release.
    /// </summary>
    public static class DeviceStartup
    {
#if BOARD_ESP32
        /// <summary>The board this image was built for (build constant BOARD_ESP32; default Pico W).</summary>
        public const BoardKind BuiltFor = BoardKind.Esp32;
#else
        /// <summary>The board this image was built for (build constant BOARD_ESP32; default Pico W).</summary>
        public const BoardKind BuiltFor = BoardKind.PicoW;
#endif

        /// <summary>
        /// The watchdog timeout while booting: long enough for a slow LittleFS mount and board setup, below the RP2040's
        /// 8388 ms ceiling (NativeWatchdog.MaxTimeoutMs).
        /// </summary>
        public const int BootWatchdogMs = 8000;

        /// <summary>How often the network thread re-reads the link state besides the NetworkChange events.</summary>
        public const int LinkRefreshMs = 2000;

        public static void Run()
        {
#if BOARD_ESP32
            Esp32Board.ArmBootWatchdog(BootWatchdogMs);
#else
            PicoWBoard.ArmBootWatchdog(BootWatchdogMs);
#endif
            NfConfigResult config = NfConfigFileLoader.Load(NfConfigFileLoader.DefaultPath, BuiltFor);
            for (int i = 0; i < config.Problems.Length; i++)
            {
                Debug.WriteLine(NfConfigResult.Format(NfConfigFileLoader.DefaultPath, config.Problems[i]));
            }

            DeviceBoard board = BuildBoard(config.Config);
            if (board == null)
            {
                // The wiring itself could not be set up (a bus or pin the firmware refused). Nothing can be driven
                // reliably, so nothing runs: relay pins opened so far stay de-energized, nothing feeds the boot
                // watchdog, and the Pico resets every BootWatchdogMs (pins high-impedance through each reset).
                return;
            }

            // An invalid file never tunes the safety rules: the furnace runs the defaults in ConfigFault and does not heat.
            FurnaceSettings settings = config.IsValid ? config.Config.Settings : new FurnaceSettings();
            FurnaceFirmware firmware = new FurnaceFirmware(settings, config.FirstProblem, board.Clock, board.Sensor, board.Relays,
                board.Watchdog, board.LatchStore, board.Link, board.BootInfo);

            // Re-arms (and so feeds) the boot watchdog with the control loop's own timeout.
            board.EnableWatchdog(settings.WatchdogTimeoutMs);
            ControlLoopRunner control = new ControlLoopRunner(firmware.Cycle, board.Clock, settings.ControlPeriodMs);
            control.Start(ThreadPriority.Highest);

            StartI2c(board, firmware, config.Config.Pins);
            StartNetwork(board, firmware, config.Config.Network);
            uint freeHeapBytes = nanoFramework.Runtime.Native.GC.Run(true); // outside Debug: it must run in Release too
            Debug.WriteLine("furnace: started on " + board.Name + ", free heap " + freeHeapBytes.ToString() + " bytes");
        }

        private static DeviceBoard BuildBoard(DeviceConfiguration config)
        {
            try
            {
#if BOARD_ESP32
                return new Esp32Board(config);
#else
                return new PicoWBoard(config);
#endif
            }
            catch (Exception e)
            {
                Debug.WriteLine("furnace: board setup failed, not starting: " + e.Message);
                return null;
            }
        }

        private static void StartI2c(DeviceBoard board, FurnaceFirmware firmware, PinConfiguration pins)
        {
            try
            {
                I2cRegisterBank bank = new I2cRegisterBank(firmware.Snapshots, firmware.Mailbox, firmware.Settings, pins.I2cAddress,
                    FirmwareVersion.Packed, firmware.ConfigProblem);
                board.StartI2cTarget(bank, firmware.Snapshots, pins, ThreadPriority.AboveNormal);
            }
            catch (Exception e)
            {
                // The host interface is optional for safety: the furnace keeps running on local control.
                Debug.WriteLine("i2c: target not started: " + e.Message);
            }
        }

        private static void StartNetwork(DeviceBoard board, FurnaceFirmware firmware, NetworkConfiguration network)
        {
            board.Link.Start();
            NetworkThread worker = new NetworkThread(board, firmware, network);
            Thread thread = new Thread(worker.Run);
            thread.Priority = ThreadPriority.BelowNormal;
            thread.Start();
        }

        /// <summary>Joins Wi-Fi, starts the web server, then keeps the link state fresh. Runs below the control and I2C threads.</summary>
        private sealed class NetworkThread
        {
            private readonly DeviceBoard _board;
            private readonly FurnaceFirmware _firmware;
            private readonly NetworkConfiguration _network;

            public NetworkThread(DeviceBoard board, FurnaceFirmware firmware, NetworkConfiguration network)
            {
                _board = board;
                _firmware = firmware;
                _network = network;
            }

            public void Run()
            {
                WifiJoiner.JoinIfConfigured(_network);
                _board.Link.Refresh();
                StartWebServer();
                while (true)
                {
                    Thread.Sleep(LinkRefreshMs);
                    _board.Link.Refresh();
                }
            }

            private void StartWebServer()
            {
                try
                {
                    HttpServerOptions options = new HttpServerOptions();
                    options.Port = _network.HttpPort;
                    options.Pin = _network.HttpPin;
                    FurnaceWebApp app = new FurnaceWebApp(_firmware, options, _board.Clock);
                    HttpServer server = new HttpServer(options, new SocketTransport(IPAddress.Any), _board.Link, _board.Clock, app);
                    server.Start();
                }
                catch (Exception e)
                {
                    Debug.WriteLine("http: server not started: " + e.Message);
                }
            }
        }
    }
}
