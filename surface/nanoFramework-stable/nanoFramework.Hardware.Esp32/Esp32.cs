// Reference-only: nanoFramework.Hardware.Esp32 pin routing (declarations only; enum values omitted: reference-only).
namespace nanoFramework.Hardware.Esp32
{
    public enum DeviceFunction
    {
        SPI1_MOSI, SPI1_MISO, SPI1_CLOCK, SPI2_MOSI, SPI2_MISO, SPI2_CLOCK,
        I2C1_DATA, I2C1_CLOCK, I2C2_DATA, I2C2_CLOCK,
    }

    public static class Configuration
    {
        public static void SetPinFunction(int pin, DeviceFunction function) => throw null;
        public static int GetFunctionPin(DeviceFunction function) => throw null;
    }
}
