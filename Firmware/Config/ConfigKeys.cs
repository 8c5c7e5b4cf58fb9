namespace FurnaceFw.Firmware.Config
{
    /// <summary>
    /// The nf.config keys that are not control or safety settings (those are in <see cref="SettingsTable"/>).
    /// Key names are part of the file format: never rename one without accepting the old name too.
    /// </summary>
    public static class ConfigKeys
    {
        public const string Board = "board";
        public const string SpiBus = "spi.bus";
        public const string SpiChipSelectPin = "spi.cs_pin";
        public const string SpiClockPin = "spi.sck_pin";
        public const string SpiMisoPin = "spi.miso_pin";
        public const string ElementRelayPin = "relay.element_pin";
        public const string CutoffRelayPin = "relay.cutoff_pin";
        public const string RelaysActiveHigh = "relay.active_high";
        public const string I2cBus = "i2c.bus";
        public const string I2cDataPin = "i2c.sda_pin";
        public const string I2cClockPin = "i2c.scl_pin";
        public const string I2cAddress = "i2c.address";
        public const string HttpPort = "http.port";
        public const string HttpPin = "http.pin";
        public const string WifiSsid = "wifi.ssid";
        public const string WifiPassword = "wifi.password";
        public const string WebHostname = "web.hostname";
        public const string ResetButtonPin = "button.pin";
        public const string ResetButtonActiveLow = "button.active_low";
        public const string StatusLedPin = "led.pin";
        public const string StatusLedActiveHigh = "led.active_high";

        public static readonly string[] Others = new string[]
        {
            Board, SpiBus, SpiChipSelectPin, SpiClockPin, SpiMisoPin, ElementRelayPin, CutoffRelayPin, RelaysActiveHigh,
            I2cBus, I2cDataPin, I2cClockPin, I2cAddress, HttpPort, HttpPin, WifiSsid, WifiPassword, WebHostname,
            ResetButtonPin, ResetButtonActiveLow, StatusLedPin, StatusLedActiveHigh,
        };

        /// <summary>True for every key nf.config accepts.</summary>
        public static bool IsKnown(string key)
        {
            if (SettingsTable.IndexOf(key) >= 0)
            {
                return true;
            }

            for (int i = 0; i < Others.Length; i++)
            {
                if (Others[i] == key)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
