namespace FurnaceFw.Firmware.Config
{
    /// <summary>Checks that the wiring keys fit together: bus pin functions, the Pico's fixed SPI pins, and no pin used twice.</summary>
    public static class WiringCheck
    {
        public static void Check(DeviceConfiguration config, ConfigEntry[] entries, ConfigProblemList problems)
        {
            PinConfiguration pins = config.Pins;
            BoardKind board = config.Board;

            int fixedClock = BoardProfile.FixedSpiClockPin(board, pins.SpiBus);
            if (fixedClock >= 0 && pins.SpiClockPin != fixedClock)
            {
                problems.Add(LineOf(entries, ConfigKeys.SpiClockPin), ConfigKeys.SpiClockPin,
                    "SPI" + pins.SpiBus + " SCK is GP" + fixedClock + " in the Pico W firmware, not GP" + pins.SpiClockPin);
            }

            int fixedMiso = BoardProfile.FixedSpiMisoPin(board, pins.SpiBus);
            if (fixedMiso >= 0 && pins.SpiMisoPin != fixedMiso)
            {
                problems.Add(LineOf(entries, ConfigKeys.SpiMisoPin), ConfigKeys.SpiMisoPin,
                    "SPI" + pins.SpiBus + " MISO is GP" + fixedMiso + " in the Pico W firmware, not GP" + pins.SpiMisoPin);
            }

            CheckI2cPin(board, pins.I2cBus, pins.I2cDataPin, false, ConfigKeys.I2cDataPin, entries, problems);
            CheckI2cPin(board, pins.I2cBus, pins.I2cClockPin, true, ConfigKeys.I2cClockPin, entries, problems);

            // The button and the LED are optional: a default pin of theirs that the file gave to something else is simply
            // not fitted (an older nf.config stays valid); only pins the file itself names twice are a problem.
            pins.ResetButtonPin = DefaultUnlessTaken(pins.ResetButtonPin, ConfigKeys.ResetButtonPin, pins, entries);
            pins.StatusLedPin = DefaultUnlessTaken(pins.StatusLedPin, ConfigKeys.StatusLedPin, pins, entries);

            string[] keys = new string[]
            {
                ConfigKeys.SpiChipSelectPin, ConfigKeys.SpiClockPin, ConfigKeys.SpiMisoPin, ConfigKeys.ElementRelayPin,
                ConfigKeys.CutoffRelayPin, ConfigKeys.I2cDataPin, ConfigKeys.I2cClockPin, ConfigKeys.ResetButtonPin,
                ConfigKeys.StatusLedPin,
            };
            int[] values = new int[]
            {
                pins.SpiChipSelectPin, pins.SpiClockPin, pins.SpiMisoPin, pins.ElementRelayPin,
                pins.CutoffRelayPin, pins.I2cDataPin, pins.I2cClockPin, pins.ResetButtonPin, pins.StatusLedPin,
            };
            int mosi = BoardProfile.FixedSpiMosiPin(board, pins.SpiBus);
            for (int i = 0; i < values.Length; i++)
            {
                if (values[i] == PinConfiguration.NotFitted)
                {
                    continue;
                }

                for (int j = 0; j < i; j++)
                {
                    if (values[i] == values[j])
                    {
                        problems.Add(LineOf(entries, keys[i]), keys[i], "pin " + values[i] + " is already used by " + keys[j]);
                    }
                }

                if (values[i] == mosi)
                {
                    problems.Add(LineOf(entries, keys[i]), keys[i], "GP" + mosi + " is SPI" + pins.SpiBus + " MOSI, claimed by the SPI bus");
                }
            }
        }

        private static int DefaultUnlessTaken(int pin, string key, PinConfiguration pins, ConfigEntry[] entries)
        {
            if (pin == PinConfiguration.NotFitted || LineOf(entries, key) != 0)
            {
                return pin;
            }

            bool taken = pin == pins.SpiChipSelectPin || pin == pins.SpiClockPin || pin == pins.SpiMisoPin
                || pin == pins.ElementRelayPin || pin == pins.CutoffRelayPin || pin == pins.I2cDataPin || pin == pins.I2cClockPin
                || (key == ConfigKeys.StatusLedPin && pin == pins.ResetButtonPin);
            return taken ? PinConfiguration.NotFitted : pin;
        }

        private static void CheckI2cPin(BoardKind board, int bus, int pin, bool clock, string key, ConfigEntry[] entries, ConfigProblemList problems)
        {
            string problem = BoardProfile.CheckI2cPin(board, bus, pin, clock);
            if (problem != null)
            {
                problems.Add(LineOf(entries, key), key, problem);
            }
        }

        /// <summary>The line that set <paramref name="key"/>, or 0 when the value is a default.</summary>
        private static int LineOf(ConfigEntry[] entries, string key)
        {
            for (int i = 0; i < entries.Length; i++)
            {
                if (entries[i].Key == key)
                {
                    return entries[i].Line;
                }
            }

            return 0;
        }
    }
}
