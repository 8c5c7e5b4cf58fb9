using FurnaceFw.Firmware.Network;

namespace FurnaceFw.Tests.Network;

[TestClass]
public sealed class LinkStateTrackerTests
{
    [TestMethod]
    [DataRow(true, "192.168.1.20", true)]
    [DataRow(true, "0.0.0.0", false)]
    [DataRow(true, "", false)]
    [DataRow(true, null, false)]
    [DataRow(false, "192.168.1.20", false)]
    public void Update_LinkAndAddress_BothNeeded(bool available, string? address, bool expectedUp)
    {
        LinkStateTracker tracker = new();

        tracker.Update(available, address!);

        Assert.AreEqual(expectedUp, tracker.IsUp, "link " + available + ", address '" + address + "'");
    }

    [TestMethod]
    public void Update_Flaps_AreCounted()
    {
        LinkStateTracker tracker = new();

        tracker.Update(true, "10.0.0.2");
        tracker.Update(true, "10.0.0.2");
        tracker.Update(false, "10.0.0.2");
        tracker.Update(true, "10.0.0.2");

        Assert.AreEqual(3, tracker.ChangeCount, "up, down, up: the repeated 'up' is not a change");
        Assert.IsTrue(tracker.IsUp, "up at the end");
    }

    [TestMethod]
    [DataRow("192.168.1.20", unchecked((int)0xC0A80114))]
    [DataRow("10.0.0.2", 0x0A000002)]
    [DataRow("255.255.255.255", -1)]
    [DataRow("0.0.0.0", 0)]
    [DataRow("0.1.2.3", 0)]
    [DataRow("192.168.1", 0)]
    [DataRow("192.168.1.20.5", 0)]
    [DataRow("192.168.1.256", 0)]
    [DataRow("192.168..1", 0)]
    [DataRow("192.168.1.x", 0)]
    [DataRow(" 192.168.1.1", 0)]
    public void ParseIpv4_DottedText_PacksOrRejects(string text, int expected)
    {
        Assert.AreEqual(expected, LinkStateTracker.ParseIpv4(text), $"'{text}'");
    }

    [TestMethod]
    public void Update_AddressAndSignal_ReadBackAndClearWhenTheLinkDrops()
    {
        LinkStateTracker tracker = new();
        Assert.AreEqual(FurnaceFw.Firmware.Ports.LinkSignal.Unknown, tracker.SignalDbm, "no reading before the driver gives one");

        tracker.Update(true, "192.168.1.20");
        tracker.UpdateSignal(-61);
        Assert.AreEqual(unchecked((int)0xC0A80114), tracker.Ipv4Address, "address packed a.b.c.d");
        Assert.AreEqual(-61, tracker.SignalDbm, "signal in dBm");

        tracker.UpdateSignal(0);
        Assert.AreEqual(FurnaceFw.Firmware.Ports.LinkSignal.Unknown, tracker.SignalDbm, "0 dBm is no reading a station gets: unknown");
        tracker.UpdateSignal(-70);
        tracker.Update(false, "192.168.1.20");
        Assert.AreEqual(0, tracker.Ipv4Address, "no address while the link is down");
        Assert.AreEqual(FurnaceFw.Firmware.Ports.LinkSignal.Unknown, tracker.SignalDbm, "no signal while the link is down");
    }
}
