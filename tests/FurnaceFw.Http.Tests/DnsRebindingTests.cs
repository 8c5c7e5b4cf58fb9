using System.Text.Json;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// The Host must name this board on every request (its current address from the link, or web.hostname; loopback names
/// only where the Sim allows them), otherwise 421 before any handler runs; and a write's Origin must be this request's
/// own host and port. These hosts play the device: loopback names are not accepted unless a test says so.
/// </summary>
[TestClass]
public sealed class DnsRebindingTests
{
    private const int LanAddress = unchecked((int)0xC0A80132); // 192.168.1.50
    private const string Body = "{\"setpoint_c\": 55}";

    [TestMethod]
    public void Get_HostIsTheLinkAddress_IsServedAndAnyOtherAddressIs421()
    {
        using var host = DeviceLikeHost();
        host.Board.Link.Ipv4Address = LanAddress;

        Assert.AreEqual(200, RawHttp.Get(host.Port, "/api/status", "192.168.1.50").Status, "the board's own address");
        Assert.AreEqual(200, RawHttp.Get(host.Port, "/api/status", "192.168.1.50:80").Status, "with a port");
        Assert.AreEqual(421, RawHttp.Get(host.Port, "/api/status", "192.168.1.51").Status, "a neighbour's address");
        Assert.AreEqual(421, RawHttp.Get(host.Port, "/api/status", "127.0.0.1").Status, "loopback is not this board's name on the device");
        Assert.AreEqual(421, RawHttp.Get(host.Port, "/api/status", "localhost").Status, "nor is localhost");
        Assert.AreEqual(3, host.Stats.Misdirected, "every 421 counted");
    }

    [TestMethod]
    public void Get_LinkAddressChanges_TheNewAddressIsAcceptedAndTheOldOneRefused()
    {
        using var host = DeviceLikeHost();
        host.Board.Link.Ipv4Address = LanAddress;
        Assert.AreEqual(200, RawHttp.Get(host.Port, "/", "192.168.1.50").Status, "first lease");

        host.Board.Link.Ipv4Address = unchecked((int)0xC0A80163); // a new DHCP lease: 192.168.1.99
        Assert.AreEqual(421, RawHttp.Get(host.Port, "/", "192.168.1.50").Status, "the old address is someone else's now");
        Assert.AreEqual(200, RawHttp.Get(host.Port, "/", "192.168.1.99").Status, "the new address, read from the link without a restart");
    }

    [TestMethod]
    [DataRow("furnace.local", 200)]
    [DataRow("Furnace.LOCAL:8080", 200)]
    [DataRow("furnace.local.", 200)]
    [DataRow("furnace.local.attacker.example", 421)]
    [DataRow("evil.furnace.local", 421)]
    [DataRow("furnace", 421)]
    public void Get_ConfiguredHostname_OnlyThatNameIsServed(string hostHeader, int expected)
    {
        using var host = DeviceLikeHost(o => o.Hostname = "furnace.local");
        Assert.AreEqual(expected, RawHttp.Get(host.Port, "/api/status", hostHeader).Status, $"Host: {hostHeader}");
    }

    [TestMethod]
    [DataRow("/")]
    [DataRow("/api/status")]
    [DataRow("/api/history")]
    [DataRow("/nope")]
    public void Get_RebindingPage_EveryResourceIs421WithoutAnyData(string path)
    {
        using var host = DeviceLikeHost();
        RawHttp.Response response = RawHttp.Get(host.Port, path, "furnace.attacker.example");

        Assert.AreEqual(421, response.Status, response.Head);
        Assert.DoesNotContain("temperature_c", response.Body, "no furnace data for a page on another site");
        StringAssert.Contains(response.Body, "web.hostname", "the refusal says how to reach the board");
    }

    [TestMethod]
    public void PostSetpoint_RebindingPageWithTheRightPin_Is421AndThePinIsNeverTried()
    {
        using var host = DeviceLikeHost();
        int before = host.Board.ReadSnapshot().SetpointQuarterC;
        string headers = "Origin: http://furnace.attacker.example\r\nSec-Fetch-Site: same-origin\r\nX-Furnace-Csrf: 1\r\n";
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", Body, extraHeaders: headers, host: "furnace.attacker.example");

        Assert.AreEqual(421, response.Status, "the issue's reproduction was accepted with 202: " + response.Body);
        host.StepBoard();
        Assert.AreEqual(before, host.Board.ReadSnapshot().SetpointQuarterC, "setpoint unchanged");
        Assert.AreEqual(0, host.Stats.AuthFailures + host.Stats.RateLimited, "the PIN was not compared, so no allowance was spent");
    }

    [TestMethod]
    [DataRow("http://127.0.0.1:{PORT}", "127.0.0.1:{PORT}", 202, DisplayName = "same host and port")]
    [DataRow("HTTP://127.0.0.1:{PORT}", "127.0.0.1:{PORT}", 202, DisplayName = "scheme in capitals")]
    [DataRow("http://localhost:{PORT}", "localhost:{PORT}", 202, DisplayName = "localhost on both")]
    [DataRow("http://127.0.0.1", "127.0.0.1:80", 202, DisplayName = "default port on one side")]
    [DataRow("http://localhost:{PORT}", "127.0.0.1:{PORT}", 403, DisplayName = "another of the board's names")]
    [DataRow("http://127.0.0.1:1", "127.0.0.1:{PORT}", 403, DisplayName = "another port")]
    [DataRow("http://127.0.0.1:{PORT}/", "127.0.0.1:{PORT}", 403, DisplayName = "a path after the origin")]
    [DataRow("http://user@127.0.0.1:{PORT}", "127.0.0.1:{PORT}", 403, DisplayName = "userinfo")]
    [DataRow("http://furnace.attacker.example", "127.0.0.1:{PORT}", 403, DisplayName = "the attacker's origin")]
    [DataRow("http://", "127.0.0.1:{PORT}", 403, DisplayName = "no host")]
    public void PostSetpoint_Origin_MustBeThisRequestsOwnHostAndPort(string origin, string hostHeader, int expected)
    {
        using var host = new WebTestHost();
        string port = host.Port.ToString();
        string headers = $"Origin: {origin.Replace("{PORT}", port)}\r\nX-Furnace-Csrf: 1\r\n";
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", Body, extraHeaders: headers, host: hostHeader.Replace("{PORT}", port));

        Assert.AreEqual(expected, response.Status, response.Body);
    }

    /// <summary>A board on a LAN: no loopback names (the Sim's convenience), only what the link and the config say.</summary>
    private static WebTestHost DeviceLikeHost(Action<FurnaceFw.Web.HttpServerOptions>? configure = null) =>
        new(o =>
        {
            o.AcceptLoopbackHost = false;
            configure?.Invoke(o);
        });
}
