// Reference-only: nanoFramework.Hardware.Esp32 1.6.37 (nanoframework/nanoFramework.Hardware.Esp32, tag v1.6.37):
// pin routing only. Enum values are the real ones (they differ from any .NET IoT numbering): use names.
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction
    {
        SPI1_MOSI = 65792,
        SPI1_MISO = 65793,
        SPI1_CLOCK = 65794,
        SPI2_MOSI = 66048,
        SPI2_MISO = 66049,
        SPI2_CLOCK = 66050,
        I2C1_DATA = 131328,
        I2C1_CLOCK = 131329,
        I2C2_DATA = 131584,
        I2C2_CLOCK = 131585,
    }

    public class Configuration
    {
        public static void SetPinFunction(int gpioNumber, DeviceFunction function) => throw null;

        public static int GetFunctionPin(DeviceFunction function) => throw null;
    }
}
