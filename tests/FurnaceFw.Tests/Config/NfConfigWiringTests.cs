using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Tests.Config;

[TestClass]
public sealed class NfConfigWiringTests
{
    private static NfConfigResult Parse(string text, BoardKind board = BoardKind.PicoW) => NfConfigParser.Parse(text, board, boardIsFixed: true);

    private static void AssertSingleProblem(NfConfigResult result, string key, string fragment)
    {
        string all = string.Join(" | ", result.Problems.Select(p => p.ToString()));
        Assert.HasCount(1, result.Problems, "expected one problem, got: " + all);
        Assert.AreEqual(key, result.Problems[0].Key, "key named: " + all);
        StringAssert.Contains(result.Problems[0].Message, fragment, "problem text");
    }

    [TestMethod]
    [DataRow("relay.element_pin = 23", "relay.element_pin", "CYW43")]
    [DataRow("relay.element_pin = 29", "relay.element_pin", "GP0..GP28")]
    [DataRow("relay.cutoff_pin = -1", "relay.cutoff_pin", "GP0..GP28")]
    [DataRow("relay.cutoff_pin = x", "relay.cutoff_pin", "not a whole number")]
    [DataRow("spi.bus = 2", "spi.bus", "SPI0 and SPI1")]
    [DataRow("i2c.bus = 2", "i2c.bus", "I2C0 and I2C1")]
    [DataRow("spi.sck_pin = 2", "spi.sck_pin", "SCK is GP18")]
    [DataRow("spi.miso_pin = 0", "spi.miso_pin", "MISO is GP16")]
    [DataRow("i2c.sda_pin = 9", "i2c.sda_pin", "cannot be I2C1 SDA")]
    [DataRow("i2c.scl_pin = 5", "i2c.scl_pin", "cannot be I2C1 SCL")]
    [DataRow("relay.element_pin = 19", "relay.element_pin", "SPI0 MOSI")]
    [DataRow("relay.cutoff_pin = 14", "relay.cutoff_pin", "already used by relay.element_pin")]
    [DataRow("relay.active_high = yes", "relay.active_high", "true or false")]
    [DataRow("i2c.address = 0x80", "i2c.address", "0x08..0x77")]
    [DataRow("i2c.address = 3", "i2c.address", "0x08..0x77")]
    [DataRow("http.port = 0", "http.port", "1..65535")]
    [DataRow("http.port = 70000", "http.port", "1..65535")]
    [DataRow("http.pin = 12", "http.pin", "4..32 characters")]
    [DataRow("http.pin = 12 34", "http.pin", "no spaces")]
    [DataRow("web.hostname = fur nace", "web.hostname", "character 4 is not allowed")]
    [DataRow("web.hostname = furnace_1.local", "web.hostname", "character 8 is not allowed")]
    [DataRow("web.hostname = user@furnace", "web.hostname", "character 5 is not allowed")]
    [DataRow("web.hostname = furnace.local.", "web.hostname", "empty label")]
    [DataRow("web.hostname = -furnace", "web.hostname", "starts or ends with '-'")]
    [DataRow("web.hostname = 192.168.1.5", "web.hostname", "a name, not an address")]
    [DataRow("wifi.password = short", "wifi.password", "8..63 characters")]
    [DataRow("button.pin = 24", "button.pin", "CYW43")]
    [DataRow("button.pin = 14", "button.pin", "already used by relay.element_pin")]
    [DataRow("button.active_low = pressed", "button.active_low", "true or false")]
    [DataRow("led.pin = 40", "led.pin", "GP0..GP28")]
    [DataRow("led.pin = 20", "led.pin", "already used by button.pin")]
    [DataRow("led.active_high = 2", "led.active_high", "true or false")]
    [DataRow("wifi.ssid = \"" + "0123456789012345678901234567890123" + "\"", "wifi.ssid", "1..32 characters")]
    public void Parse_PicoWiringMistake_IsReportedWithKey(string line, string key, string fragment)
    {
        AssertSingleProblem(Parse(line), key, fragment);
    }

    [TestMethod]
    [DataRow("relay.element_pin = 6", "relay.element_pin", "SPI flash")]
    [DataRow("relay.element_pin = 34", "relay.element_pin", "input-only")]
    [DataRow("relay.element_pin = 20", "relay.element_pin", "no GPIO20")]
    [DataRow("spi.bus = 0", "spi.bus", "SPI1 and SPI2")]
    public void Parse_Esp32WiringMistake_IsReportedWithKey(string line, string key, string fragment)
    {
        AssertSingleProblem(Parse(line, BoardKind.Esp32), key, fragment);
    }

    [TestMethod]
    public void Parse_Esp32InputOnlyPinForMiso_IsAccepted()
    {
        NfConfigResult result = Parse("spi.miso_pin = 34\nspi.sck_pin = 14", BoardKind.Esp32);

        Assert.IsTrue(result.IsValid, string.Join(" | ", result.Problems.Select(p => p.ToString())));
        Assert.AreEqual(34, result.Config.Pins.SpiMisoPin, "input-only pins can receive");
    }

    [TestMethod]
    public void Parse_PicoSpi1WithItsFixedPins_IsAccepted()
    {
        NfConfigResult result = Parse("[spi]\nbus = 1\nsck_pin = 10\nmiso_pin = 12\ncs_pin = 13\n[i2c]\nbus = 1\nsda_pin = 2\nscl_pin = 3\naddress = 0x42");

        Assert.IsTrue(result.IsValid, string.Join(" | ", result.Problems.Select(p => p.ToString())));
        Assert.AreEqual(0x42, result.Config.Pins.I2cAddress, "hex address");
        Assert.AreEqual(1, result.Config.Pins.SpiBus, "bus as on the pinout");
    }

    [TestMethod]
    public void Parse_NetworkValues_KeepHashesAndQuotedSpaces()
    {
        NfConfigResult result = Parse("wifi.ssid = \" Cabin Net \"\nwifi.password = pa#ss word1\nhttp.pin = 8#41\nhttp.port = 8080");

        Assert.IsTrue(result.IsValid, string.Join(" | ", result.Problems.Select(p => p.ToString())));
        Assert.AreEqual(" Cabin Net ", result.Config.Network.WifiSsid, "quotes keep spaces");
        Assert.AreEqual("pa#ss word1", result.Config.Network.WifiPassword, "'#' inside a value is not a comment");
        Assert.AreEqual("8#41", result.Config.Network.HttpPin, "PIN");
        Assert.AreEqual(8080, result.Config.Network.HttpPort, "port");
    }

    [TestMethod]
    [DataRow("furnace.local")]
    [DataRow("Furnace")]
    [DataRow("boiler-room.home.arpa")]
    public void Parse_WebHostname_IsKept(string name)
    {
        NfConfigResult result = Parse("[web]\nhostname = " + name);

        Assert.IsTrue(result.IsValid, string.Join(" | ", result.Problems.Select(p => p.ToString())));
        Assert.AreEqual(name, result.Config.Network.WebHostname, "the name the web server answers to");
    }

    [TestMethod]
    public void Parse_WebHostnameLabelTooLong_IsRejected()
    {
        AssertSingleProblem(Parse("web.hostname = " + new string('a', 64) + ".local"), "web.hostname", "longer than 63");
    }

    [TestMethod]
    public void Parse_RelaysActiveLow_IsApplied()
    {
        Assert.IsFalse(Parse("relay.active_high = false").Config.Pins.RelaysActiveHigh, "active-low relay boards");
    }

    [TestMethod]
    public void Parse_RelayPolarityUnreadable_MarksItUnknownSoThePinsStayUndriven()
    {
        NfConfigResult result = Parse("relay.active_high = maybe");

        Assert.IsFalse(result.IsValid, "an unreadable polarity is a config problem (ConfigFault)");
        Assert.IsFalse(result.Config.Pins.RelayPolarityKnown, "neither level is known to be safe: the board must not drive the pins");
        StringAssert.Contains(result.FirstProblem.Message, "relay pins stay undriven", "every interface shows why the relays are not driven");
    }

    [TestMethod]
    public void Parse_RelayPolarityGivenOrDefault_IsKnown()
    {
        Assert.IsTrue(Parse("relay.active_high = false").Config.Pins.RelayPolarityKnown, "a readable value is known");
        Assert.IsTrue(Parse("# nothing about relays").Config.Pins.RelayPolarityKnown, "the documented default is known");
    }

    [TestMethod]
    public void Parse_ButtonAndLedDefaults_ArePullUpButtonAndActiveHighLed()
    {
        PinConfiguration pins = Parse("").Config.Pins;

        Assert.AreEqual(20, pins.ResetButtonPin);
        Assert.IsTrue(pins.ResetButtonActiveLow, "a button to ground with the internal pull-up");
        Assert.AreEqual(21, pins.StatusLedPin);
        Assert.IsTrue(pins.StatusLedActiveHigh);
    }

    [TestMethod]
    public void Parse_FileGivesTheDefaultButtonPinToARelay_ButtonIsNotFittedAndTheFileStaysValid()
    {
        NfConfigResult result = Parse("relay.element_pin = 20\nrelay.cutoff_pin = 21");

        Assert.IsTrue(result.IsValid, "an nf.config written before the button existed stays valid: " + string.Join(" | ", result.Problems.Select(p => p.ToString())));
        Assert.AreEqual(PinConfiguration.NotFitted, result.Config.Pins.ResetButtonPin);
        Assert.AreEqual(PinConfiguration.NotFitted, result.Config.Pins.StatusLedPin);
    }

    [TestMethod]
    public void Parse_ButtonAndLedNotFitted_AreAccepted()
    {
        NfConfigResult result = Parse("button.pin = -1\nled.pin = -1\nbutton.active_low = false");

        Assert.IsTrue(result.IsValid, string.Join(" | ", result.Problems.Select(p => p.ToString())));
        Assert.AreEqual(PinConfiguration.NotFitted, result.Config.Pins.ResetButtonPin);
        Assert.IsFalse(result.Config.Pins.ResetButtonActiveLow);
    }
}
