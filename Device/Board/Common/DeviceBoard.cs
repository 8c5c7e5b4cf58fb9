using System.Device.Gpio;
using System.Device.Spi;
using System.Threading;
using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Drivers.Relays;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Firmware.I2c;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board
{
    /// <summary>
    /// One board's ports for the firmware. Construction order is the safety order: the relay pins are driven
    /// de-energized first, before the sensor, storage or network are touched. Subclasses add the watchdog, boot
    /// information and the I2C target, which differ per chip.
    /// </summary>
    public abstract class DeviceBoard
    {
        // Static on purpose: if anything later in construction throws, the board object is dropped, but the
        // controller that drives the relay pins safe must never be finalized (that would release the pins).
        private static GpioController s_gpio;

        protected DeviceBoard(DeviceConfiguration config, int managedSpiBusId)
        {
            PinConfiguration pins = config.Pins;
            if (s_gpio == null)
            {
                s_gpio = new GpioController();
            }

            // Unknown polarity: neither level is known to be safe, so the pins are never made outputs.
            Relays = pins.RelayPolarityKnown
                ? new RelayPair(s_gpio, pins.ElementRelayPin, pins.CutoffRelayPin, pins.RelaysActiveHigh)
                : (IRelayOutputs)new HighImpedanceRelays(s_gpio, pins.ElementRelayPin, pins.CutoffRelayPin);

            SpiDevice spi = SpiDevice.Create(Max6675.CreateSettings(managedSpiBusId, pins.SpiChipSelectPin));
            Sensor = new Max6675(spi, config.Settings.StuckSensorMs, config.Settings.MaxStepQuarterC);
            LatchStore = new LatchFileStore(new InternalStorageLatchFiles(InternalStorageLatchFiles.DefaultDirectory));
            Link = new NetworkLinkStatus();
            Clock = new TickCountClock();
        }

        /// <summary>"pico_w" or "esp32", as in nf.config.</summary>
        public abstract string Name { get; }

        public IMonotonicClock Clock { get; }

        public IThermocouple Sensor { get; }

        public IRelayOutputs Relays { get; }

        public ILatchStore LatchStore { get; }

        public NetworkLinkStatus Link { get; }

        public abstract IWatchdog Watchdog { get; }

        public abstract BootInfo BootInfo { get; }

        /// <summary>True when a hardware watchdog really resets the board if the control loop stops.</summary>
        public abstract bool HasHardwareWatchdog { get; }

        /// <summary>Arms the watchdog. Called once, just before the control loop starts; cannot be undone.</summary>
        public abstract void EnableWatchdog(int timeoutMs);

        /// <summary>Starts serving the register bank to the host on its own thread.</summary>
        public abstract void StartI2cTarget(I2cRegisterBank bank, SnapshotExchange snapshots, PinConfiguration pins, ThreadPriority priority);
    }
}
