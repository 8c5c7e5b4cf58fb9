namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// What each board allows: default wiring, which GPIOs exist and which pins a bus can use. Used by the
    /// nf.config parser so that a wiring mistake is reported with its key and line before any pin is opened.
    /// </summary>
    public static class BoardProfile
    {
        /// <summary>Default 7-bit I2C target address: the register map's (docs/i2c-register-map.md).</summary>
        public const int DefaultI2cAddress = FurnaceFw.Protocol.I2c.RegisterMap.DefaultAddress;

        public static string Name(BoardKind board) => board == BoardKind.Esp32 ? "esp32" : "pico_w";

        /// <summary>Parses a board name as written in nf.config; returns false for anything else.</summary>
        public static bool TryParse(string name, out BoardKind board)
        {
            board = BoardKind.PicoW;
            if (name == "pico_w")
            {
                return true;
            }

            if (name == "esp32")
            {
                board = BoardKind.Esp32;
                return true;
            }

            return false;
        }

        public static void ApplyDefaults(BoardKind board, PinConfiguration pins)
        {
            pins.RelaysActiveHigh = true;
            pins.RelayPolarityKnown = true;
            pins.ResetButtonActiveLow = true;
            pins.StatusLedActiveHigh = true;
            pins.I2cAddress = DefaultI2cAddress;
            if (board == BoardKind.PicoW)
            {
                // Pico W: SPI0 on GP18 (SCK) / GP16 (MISO), CS on GP17; relays GP14/GP15; host I2C on I2C1 GP6/GP7, the block
                // the native target build frees from the ChibiOS I2C driver by default (docs/native-interop.md).
                pins.SpiBus = 0;
                pins.SpiClockPin = 18;
                pins.SpiMisoPin = 16;
                pins.SpiChipSelectPin = 17;
                pins.ElementRelayPin = 14;
                pins.CutoffRelayPin = 15;
                pins.I2cBus = 1;
                pins.I2cDataPin = 6;
                pins.I2cClockPin = 7;
                pins.ResetButtonPin = 20;
                pins.StatusLedPin = 21;
            }
            else
            {
                // ESP32 DevKitC: the usual VSPI pins for the sensor, GPIO21/22 for the host's I2C, relays on GPIO26/27.
                pins.SpiBus = 1;
                pins.SpiClockPin = 18;
                pins.SpiMisoPin = 19;
                pins.SpiChipSelectPin = 5;
                pins.ElementRelayPin = 26;
                pins.CutoffRelayPin = 27;
                pins.I2cBus = 1;
                pins.I2cDataPin = 21;
                pins.I2cClockPin = 22;
                pins.ResetButtonPin = 32;
                pins.StatusLedPin = 33;
            }
        }

        /// <summary>Null when <paramref name="pin"/> can drive an output on the board, else why not.</summary>
        public static string CheckOutputPin(BoardKind board, int pin)
        {
            string problem = CheckInputPin(board, pin);
            if (problem != null)
            {
                return problem;
            }

            return board == BoardKind.Esp32 && pin >= 34 ? "GPIO" + pin + " is input-only on the ESP32" : null;
        }

        /// <summary>Null when <paramref name="pin"/> exists and is free for the application, else why not.</summary>
        public static string CheckInputPin(BoardKind board, int pin)
        {
            if (board == BoardKind.PicoW)
            {
                if (pin < 0 || pin > 28)
                {
                    return "the Pico W has GP0..GP28";
                }

                return pin >= 23 && pin <= 25 ? "GP" + pin + " is wired to the CYW43 Wi-Fi chip on the Pico W" : null;
            }

            if (pin < 0 || pin > 39 || pin == 20 || pin == 24 || (pin >= 28 && pin <= 31))
            {
                return "the ESP32 has no GPIO" + pin;
            }

            return pin >= 6 && pin <= 11 ? "GPIO" + pin + " is wired to the ESP32's SPI flash" : null;
        }

        public static string CheckSpiBus(BoardKind board, int bus) =>
            board == BoardKind.PicoW
                ? (bus == 0 || bus == 1 ? null : "the Pico W has SPI0 and SPI1 (0 or 1)")
                : (bus == 1 || bus == 2 ? null : "nanoFramework's ESP32 SPI buses are SPI1 and SPI2 (1 or 2)");

        public static string CheckI2cBus(BoardKind board, int bus) =>
            board == BoardKind.PicoW
                ? (bus == 0 || bus == 1 ? null : "the Pico W has I2C0 and I2C1 (0 or 1)")
                : (bus == 1 || bus == 2 ? null : "nanoFramework's ESP32 I2C buses are I2C1 and I2C2 (1 or 2)");

        /// <summary>On the Pico W the nanoFramework firmware fixes the SPI pins of each bus; -1 when the board lets them move.</summary>
        public static int FixedSpiClockPin(BoardKind board, int bus) => board != BoardKind.PicoW ? -1 : (bus == 0 ? 18 : 10);

        public static int FixedSpiMisoPin(BoardKind board, int bus) => board != BoardKind.PicoW ? -1 : (bus == 0 ? 16 : 12);

        /// <summary>The MOSI pin the Pico W firmware claims for the bus (the MAX6675 does not use it, but nothing else may).</summary>
        public static int FixedSpiMosiPin(BoardKind board, int bus) => board != BoardKind.PicoW ? -1 : (bus == 0 ? 19 : 11);

        /// <summary>Null when the pin can carry the I2C block's SDA (<paramref name="clock"/> false) or SCL function.</summary>
        public static string CheckI2cPin(BoardKind board, int bus, int pin, bool clock)
        {
            if (board != BoardKind.PicoW)
            {
                return null;
            }

            // RP2040 datasheet §2.19.2 function table: I2Cn SDA is on GPIO 4k + 2n, SCL on GPIO 4k + 2n + 1.
            int expected = 2 * bus + (clock ? 1 : 0);
            return pin % 4 == expected ? null : "GP" + pin + " cannot be I2C" + bus + (clock ? " SCL" : " SDA") + " on the RP2040";
        }
    }
}
