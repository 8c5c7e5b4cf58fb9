using System.Threading;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>
    /// Raspberry Pi Pico W (nanoFramework target PICO_RP2040_W): MAX6675 on SPI0/SPI1 (fixed pins, see
    /// <see cref="PicoSpiBus"/>), relays on GPIOs from nf.config, the RP2040 hardware watchdog and I2C target through
    /// the project's native interop, the latch on drive I: (LittleFS, 32 KB).
    /// </summary>
    public sealed class PicoWBoard : DeviceBoard
    {
        private readonly Rp2040Watchdog _watchdog = new Rp2040Watchdog();
        private readonly BootInfo _bootInfo;

        public PicoWBoard(DeviceConfiguration config)
            : base(config, PicoSpiBus.ManagedBusId(config.Pins.SpiBus))
        {
            _bootInfo = Rp2040Watchdog.ReadBootInfo();
        }

        /// <summary>
        /// Arms the RP2040 watchdog before anything that can hang runs (file system, nf.config, board setup): if boot
        /// stalls, the board resets and the reset counts toward SR-8's boot-loop limit. Called first thing at boot,
        /// before the board exists; <see cref="DeviceBoard.EnableWatchdog"/> re-arms it with control.watchdog_ms
        /// when the control loop starts.
        /// </summary>
        public static void ArmBootWatchdog(int timeoutMs) => Rp2040Watchdog.ArmForBoot(timeoutMs);

        public override string Name => "pico_w";

        public override IWatchdog Watchdog => _watchdog;

        public override BootInfo BootInfo => _bootInfo;

        public override bool HasHardwareWatchdog => true;

        public override void EnableWatchdog(int timeoutMs) => _watchdog.Enable(timeoutMs);

        public override void StartI2cTarget(I2cRegisterBank bank, SnapshotExchange snapshots, PinConfiguration pins, ThreadPriority priority)
        {
            // The native target takes the RP2040 block index as is (I2C0 = 0): no bus-id shift, unlike SPI.
            new Rp2040I2cTargetService(bank, snapshots).Start(pins.I2cBus, pins.I2cAddress, pins.I2cDataPin, pins.I2cClockPin, priority);
        }
    }
}
