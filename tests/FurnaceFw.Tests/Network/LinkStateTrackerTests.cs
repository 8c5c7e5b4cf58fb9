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
}
