using System.Threading;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board.Esp32
{
    /// <summary>
    /// ESP32 with I2C slave support (e.g. nanoFramework target ESP32_PSRAM_REV3): SPI and I2C routed to the nf.config
    /// pins, the latch on drive I:, the I2C target through I2cSlaveDevice. No hardware watchdog and no reset counters
    /// are reachable from managed code on this target (<see cref="NoManagedWatchdog"/>).
    /// </summary>
    public sealed class Esp32Board : DeviceBoard
    {
        private readonly NoManagedWatchdog _watchdog = new NoManagedWatchdog();

        public Esp32Board(DeviceConfiguration config)
            : base(RoutePins(config), config.Pins.SpiBus)
        {
        }

        /// <summary>No managed watchdog on the ESP32 (see <see cref="NoManagedWatchdog"/>): boot is not watched.</summary>
        public static void ArmBootWatchdog(int timeoutMs)
        {
        }

        public override string Name => "esp32";

        public override IWatchdog Watchdog => _watchdog;

        /// <summary>No reset-reason counters without native support on this target: reported as a clean boot.</summary>
        public override BootInfo BootInfo => new BootInfo(0, false, 0);

        public override bool HasHardwareWatchdog => false;

        public override void EnableWatchdog(int timeoutMs)
        {
        }

        public override void StartI2cTarget(I2cRegisterBank bank, SnapshotExchange snapshots, PinConfiguration pins, ThreadPriority priority)
        {
            new Esp32I2cTargetService(bank).Start(pins.I2cBus, pins.I2cAddress, priority);
        }

        private static DeviceConfiguration RoutePins(DeviceConfiguration config)
        {
            // Runs before the base constructor: routing is a few register writes, and the pins must carry the buses
            // before the SPI device opens. The base then drives the relays safe before anything else.
            Esp32PinRouting.Apply(config.Pins);
            return config;
        }
    }
}
