namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>
    /// The ONE place the Pico's SPI bus numbering is translated. nf.config and the pinout say SPI0/SPI1; nanoFramework's
    /// shared SPI native code subtracts one from the managed bus id ("internally SPI bus ID is zero based",
    /// sys_dev_spi_native_System_Device_Spi_SpiDevice.cpp) and the RP driver maps index 0 to SPI0
    /// (targets/ChibiOS/_nanoCLR/System.Device.Spi/cpu_spi.cpp). So managed bus id 1 = SPI0, 2 = SPI1.
    /// The PICO_RP2040 README's "bus 0 = SPI0" example contradicts the code: verify on hardware (docs/device.md).
    /// I2C is NOT shifted on the RP2040 (bus id used as is), and the native I2C target takes the block index directly.
    /// </summary>
    public static class PicoSpiBus
    {
        /// <summary>Managed SpiConnectionSettings bus id for pinout bus SPI<paramref name="pinoutBus"/>.</summary>
        public static int ManagedBusId(int pinoutBus) => pinoutBus + 1;
    }
}
