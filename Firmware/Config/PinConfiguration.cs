namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// Where the hardware is wired. Bus numbers are the ones printed on the board's pinout (Pico: SPI0/SPI1,
    /// I2C0/I2C1; ESP32: nanoFramework's SPI1/SPI2, I2C1/I2C2); the board binding converts them to the managed
    /// bus ids in one place. Defaults come from <see cref="BoardProfile.ApplyDefaults"/>.
    /// </summary>
    public sealed class PinConfiguration
    {
        /// <summary>The value of an optional pin (button, LED) that is not wired.</summary>
        public const int NotFitted = -1;

        /// <summary>Pinout bus number of the MAX6675's SPI bus.</summary>
        public int SpiBus { get; set; }

        public int SpiChipSelectPin { get; set; }

        public int SpiClockPin { get; set; }

        public int SpiMisoPin { get; set; }

        public int ElementRelayPin { get; set; }

        public int CutoffRelayPin { get; set; }

        /// <summary>True when a high pin energizes a relay coil.</summary>
        public bool RelaysActiveHigh { get; set; }

        /// <summary>
        /// False when nf.config gave relay.active_high a value that is not true or false: the board then leaves both
        /// relay pins high-impedance (inputs, never outputs), since either level might energize the module.
        /// </summary>
        public bool RelayPolarityKnown { get; set; } = true;

        /// <summary>GPIO of the latch-reset button at the furnace; <see cref="NotFitted"/> for none.</summary>
        public int ResetButtonPin { get; set; }

        /// <summary>True (default) when pressing pulls the pin low: a button to ground with the internal pull-up.</summary>
        public bool ResetButtonActiveLow { get; set; }

        /// <summary>GPIO of the status LED; <see cref="NotFitted"/> for none.</summary>
        public int StatusLedPin { get; set; }

        /// <summary>True (default) when a high pin lights the LED (GPIO → resistor → LED → ground).</summary>
        public bool StatusLedActiveHigh { get; set; }

        /// <summary>Pinout bus number of the I2C target (the host's bus).</summary>
        public int I2cBus { get; set; }

        public int I2cDataPin { get; set; }

        public int I2cClockPin { get; set; }

        /// <summary>7-bit I2C target address.</summary>
        public int I2cAddress { get; set; }
    }
}
