using nanoFramework.Hardware.Esp32;

namespace FurnaceFw.Device.Board.Esp32
{
    /// <summary>
    /// Routes the ESP32's SPI and I2C signals to the GPIOs in nf.config (the ESP32's GPIO matrix lets any pin carry
    /// them; nanoFramework's defaults put I2C1 SCL and SPI1 CLOCK both on GPIO19, so they must be set explicitly).
    /// nanoFramework's ESP32 bus ids are used as is (SPI1/SPI2, I2C1/I2C2); the I2C slave driver maps busId 1 to I2C_NUM_0.
    /// </summary>
    public static class Esp32PinRouting
    {
        public static void Apply(Firmware.Config.PinConfiguration pins)
        {
            bool spi1 = pins.SpiBus == 1;
            Configuration.SetPinFunction(pins.SpiClockPin, spi1 ? DeviceFunction.SPI1_CLOCK : DeviceFunction.SPI2_CLOCK);
            Configuration.SetPinFunction(pins.SpiMisoPin, spi1 ? DeviceFunction.SPI1_MISO : DeviceFunction.SPI2_MISO);

            bool i2c1 = pins.I2cBus == 1;
            Configuration.SetPinFunction(pins.I2cDataPin, i2c1 ? DeviceFunction.I2C1_DATA : DeviceFunction.I2C2_DATA);
            Configuration.SetPinFunction(pins.I2cClockPin, i2c1 ? DeviceFunction.I2C1_CLOCK : DeviceFunction.I2C2_CLOCK);
        }
    }
}
