using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Device.Tests
{
    /// <summary>
    /// The rig the hardware tests expect: a Pico W wired as docs/device.md (default nf.config pins), a MAX6675 with a
    /// thermocouple at room temperature, the relay inputs on GP14/GP15 (or an LED + resistor each), and for the I2C test
    /// a host (e.g. a Raspberry Pi running furnacectl) on I2C1 GP6/GP7.
    /// </summary>
    public static class HardwareSetup
    {
        public static DeviceConfiguration DefaultWiring() => new DeviceConfiguration(BoardKind.PicoW);
    }
}
