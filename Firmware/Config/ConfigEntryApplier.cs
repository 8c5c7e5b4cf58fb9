namespace FurnaceFw.Firmware.Config
{
    /// <summary>Applies the non-setting keys (<see cref="ConfigKeys"/>): board wiring, HTTP, web and Wi-Fi.</summary>
    public static class ConfigEntryApplier
    {
        /// <summary>Applies one entry; returns false when the key is not one of <see cref="ConfigKeys.Others"/>.</summary>
        public static bool Apply(DeviceConfiguration config, ConfigEntry entry, ConfigProblemList problems)
        {
            PinConfiguration pins = config.Pins;
            BoardKind board = config.Board;
            string key = entry.Key;
            int number;
            switch (key)
            {
                case ConfigKeys.Board:
                    return true; // read first, by NfConfigParser.ReadBoard
                case ConfigKeys.SpiBus:
                    if (ReadNumber(entry, problems, out number) && Check(entry, BoardProfile.CheckSpiBus(board, number), problems))
                    {
                        pins.SpiBus = number;
                    }

                    return true;
                case ConfigKeys.I2cBus:
                    if (ReadNumber(entry, problems, out number) && Check(entry, BoardProfile.CheckI2cBus(board, number), problems))
                    {
                        pins.I2cBus = number;
                    }

                    return true;
                case ConfigKeys.SpiMisoPin:
                    if (ReadNumber(entry, problems, out number) && Check(entry, BoardProfile.CheckInputPin(board, number), problems))
                    {
                        pins.SpiMisoPin = number;
                    }

                    return true;
                case ConfigKeys.SpiChipSelectPin:
                case ConfigKeys.SpiClockPin:
                case ConfigKeys.ElementRelayPin:
                case ConfigKeys.CutoffRelayPin:
                case ConfigKeys.I2cDataPin:
                case ConfigKeys.I2cClockPin:
                    if (ReadNumber(entry, problems, out number) && Check(entry, BoardProfile.CheckOutputPin(board, number), problems))
                    {
                        SetOutputPin(pins, key, number);
                    }

                    return true;
                case ConfigKeys.RelaysActiveHigh:
                    bool activeHigh;
                    if (ConfigValue.TryParseBool(entry.Value, out activeHigh))
                    {
                        pins.RelaysActiveHigh = activeHigh;
                    }
                    else
                    {
                        pins.RelayPolarityKnown = false;
                        problems.Add(entry.Line, key, "\"" + entry.Value + "\" must be true or false; relay pins stay undriven");
                    }

                    return true;
                case ConfigKeys.ResetButtonPin:
                    // -1: no button fitted (every latch reset is then remote, and SR-9's local-only faults need a button).
                    if (ReadNumber(entry, problems, out number)
                        && Check(entry, number == PinConfiguration.NotFitted ? null : BoardProfile.CheckInputPin(board, number), problems))
                    {
                        pins.ResetButtonPin = number;
                    }

                    return true;
                case ConfigKeys.StatusLedPin:
                    if (ReadNumber(entry, problems, out number)
                        && Check(entry, number == PinConfiguration.NotFitted ? null : BoardProfile.CheckOutputPin(board, number), problems))
                    {
                        pins.StatusLedPin = number;
                    }

                    return true;
                case ConfigKeys.ResetButtonActiveLow:
                case ConfigKeys.StatusLedActiveHigh:
                    bool level;
                    if (Check(entry, ConfigValue.TryParseBool(entry.Value, out level) ? null : "\"" + entry.Value + "\" must be true or false", problems))
                    {
                        if (key == ConfigKeys.ResetButtonActiveLow)
                        {
                            pins.ResetButtonActiveLow = level;
                        }
                        else
                        {
                            pins.StatusLedActiveHigh = level;
                        }
                    }

                    return true;
                case ConfigKeys.I2cAddress:
                    if (ReadNumber(entry, problems, out number)
                        && Check(entry, number >= 0x08 && number <= 0x77 ? null : number + " is outside the 7-bit range 0x08..0x77", problems))
                    {
                        pins.I2cAddress = number;
                    }

                    return true;
                case ConfigKeys.HttpPort:
                    if (ReadNumber(entry, problems, out number)
                        && Check(entry, number >= 1 && number <= 65535 ? null : number + " is outside 1..65535", problems))
                    {
                        config.Network.HttpPort = number;
                    }

                    return true;
                case ConfigKeys.HttpPin:
                    // Empty: no PIN, so the web page stays read-only.
                    if (Check(entry, entry.Value.Length == 0 ? null : CheckText(entry.Value, 4, 32, false), problems))
                    {
                        config.Network.HttpPin = entry.Value;
                    }

                    return true;
                case ConfigKeys.WebHostname:
                    // Empty: the board answers to its IP address only.
                    if (Check(entry, entry.Value.Length == 0 ? null : HostNameCheck.Problem(entry.Value), problems))
                    {
                        config.Network.WebHostname = entry.Value;
                    }

                    return true;
                case ConfigKeys.WifiSsid:
                    // Empty: keep the network already stored in the device's configuration block.
                    if (Check(entry, entry.Value.Length == 0 ? null : CheckText(entry.Value, 1, 32, true), problems))
                    {
                        config.Network.WifiSsid = entry.Value;
                    }

                    return true;
                case ConfigKeys.WifiPassword:
                    // WPA2 passphrases are 8..63 characters; empty means an open network.
                    if (Check(entry, entry.Value.Length == 0 ? null : CheckText(entry.Value, 8, 63, true), problems))
                    {
                        config.Network.WifiPassword = entry.Value;
                    }

                    return true;
                default:
                    return false;
            }
        }

        private static void SetOutputPin(PinConfiguration pins, string key, int pin)
        {
            switch (key)
            {
                case ConfigKeys.SpiChipSelectPin: pins.SpiChipSelectPin = pin; break;
                case ConfigKeys.SpiClockPin: pins.SpiClockPin = pin; break;
                case ConfigKeys.ElementRelayPin: pins.ElementRelayPin = pin; break;
                case ConfigKeys.CutoffRelayPin: pins.CutoffRelayPin = pin; break;
                case ConfigKeys.I2cDataPin: pins.I2cDataPin = pin; break;
                default: pins.I2cClockPin = pin; break;
            }
        }

        private static bool ReadNumber(ConfigEntry entry, ConfigProblemList problems, out int number)
        {
            if (ConfigValue.TryParseInt(entry.Value, out number))
            {
                return true;
            }

            problems.Add(entry.Line, entry.Key, "\"" + entry.Value + "\" is not a whole number");
            return false;
        }

        private static bool Check(ConfigEntry entry, string problem, ConfigProblemList problems)
        {
            if (problem == null)
            {
                return true;
            }

            problems.Add(entry.Line, entry.Key, problem);
            return false;
        }

        /// <summary>Printable ASCII only (what every Wi-Fi stack and browser agrees on); spaces only where allowed.</summary>
        private static string CheckText(string value, int minLength, int maxLength, bool spacesAllowed)
        {
            if (value.Length < minLength || value.Length > maxLength)
            {
                return "must be " + minLength + ".." + maxLength + " characters (is " + value.Length + ")";
            }

            for (int i = 0; i < value.Length; i++)
            {
                char c = value[i];
                if (c < ' ' || c > '~' || (c == ' ' && !spacesAllowed))
                {
                    return "character " + (i + 1) + " is not allowed (printable ASCII" + (spacesAllowed ? ")" : ", no spaces)");
                }
            }

            return null;
        }
    }
}
