namespace FurnaceFw.Firmware.Config
{
    /// <summary>The boards the firmware knows how to wire. Values appear in nf.config as their names, not numbers.</summary>
    public enum BoardKind
    {
        /// <summary>Raspberry Pi Pico W (RP2040 + CYW43439), nanoFramework target PICO_RP2040_W.</summary>
        PicoW = 0,

        /// <summary>An ESP32 with I2C target support, e.g. nanoFramework target ESP32_PSRAM_REV3.</summary>
        Esp32 = 1,
    }
}
