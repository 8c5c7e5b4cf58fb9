using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Tests.Config;

[TestClass]
public sealed class KeySuggesterTests
{
    [TestMethod]
    [DataRow("kitten", "sitting", 3)]
    [DataRow("", "abc", 3)]
    [DataRow("same", "same", 0)]
    public void Distance_KnownPairs_AreLevenshtein(string a, string b, int expected)
    {
        Assert.AreEqual(expected, KeySuggester.Distance(a, b), a + " -> " + b);
    }

    [TestMethod]
    [DataRow("wifi.sid", "wifi.ssid")]
    [DataRow("http.Port", "http.port")]
    [DataRow("relay.elemnt_pin", "relay.element_pin")]
    [DataRow("board_", "board")]
    public void Closest_Typos_FindTheKey(string typo, string expected)
    {
        Assert.AreEqual(expected, KeySuggester.Closest(typo), typo);
    }
}
