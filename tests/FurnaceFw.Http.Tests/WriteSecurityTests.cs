namespace FurnaceFw.Http.Tests;

/// <summary>Writes need POST, the PIN, same-origin and the CSRF header; PIN guessing is rate limited (per address:
/// PinLimiterTests); GETs reveal no secret.</summary>
[TestClass]
public sealed class WriteSecurityTests
{
    private const string Body = "{\"setpoint_c\": 55}";

    [TestMethod]
    public void PostSetpoint_NoPin_Is401AndNothingPosted()
    {
        using var host = new WebTestHost();
        int before = host.Board.ReadSnapshot().SetpointQuarterC;
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", Body, pin: null);

        Assert.AreEqual(401, response.Status, response.Body);
        host.StepBoard();
        Assert.AreEqual(before, host.Board.ReadSnapshot().SetpointQuarterC, "setpoint unchanged");
    }

    [TestMethod]
    public void PostSetpoint_WrongPin_Is401ThenRateLimitedEvenForTheRightPin()
    {
        using var host = new WebTestHost(o => { o.PinAttemptBurst = 3; o.PinAttemptRefillMs = 60000; });
        for (int i = 0; i < 3; i++)
        {
            Assert.AreEqual(401, RawHttp.Post(host.Port, "/api/setpoint", Body, pin: "000000").Status, $"wrong PIN attempt {i + 1}");
        }

        Assert.AreEqual(429, RawHttp.Post(host.Port, "/api/setpoint", Body, pin: "000000").Status, "bucket empty: wrong PIN gets 429");
        RawHttp.Response right = RawHttp.Post(host.Port, "/api/setpoint", Body);
        Assert.AreEqual(429, right.Status, "while limited, the right PIN is not even compared (no oracle)");
        Assert.AreEqual("10", right.Header("Retry-After"), "Retry-After tells the client to wait");
        Assert.AreEqual(2, host.Stats.RateLimited, "both limited attempts counted");
    }

    [TestMethod]
    [DataRow("Origin: http://evil.example\r\nX-Furnace-Csrf: 1\r\n", DisplayName = "foreign Origin")]
    [DataRow("Origin: null\r\nX-Furnace-Csrf: 1\r\n", DisplayName = "null Origin")]
    [DataRow("Origin: https://127.0.0.1:{PORT}\r\nX-Furnace-Csrf: 1\r\n", DisplayName = "other scheme")]
    [DataRow("Origin: http://127.0.0.1:{PORT}.evil\r\nX-Furnace-Csrf: 1\r\n", DisplayName = "Host as a prefix")]
    [DataRow("Sec-Fetch-Site: cross-site\r\nX-Furnace-Csrf: 1\r\n", DisplayName = "Sec-Fetch-Site cross-site")]
    [DataRow("Sec-Fetch-Site: same-site\r\nX-Furnace-Csrf: 1\r\n", DisplayName = "Sec-Fetch-Site same-site")]
    [DataRow("", DisplayName = "no CSRF header")]
    [DataRow("X-Furnace-Csrf: 0\r\n", DisplayName = "CSRF header with another value")]
    public void PostSetpoint_CrossSiteOrNoCsrfHeader_Is403EvenWithRightPin(string headers)
    {
        using var host = new WebTestHost();
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", Body, extraHeaders: headers.Replace("{PORT}", host.Port.ToString()));

        Assert.AreEqual(403, response.Status, response.Body);
        Assert.AreEqual(1, host.Stats.Forbidden, "counted as forbidden");
    }

    [TestMethod]
    public void PostSetpoint_SameOriginBrowserHeaders_IsAccepted()
    {
        using var host = new WebTestHost();
        string headers = $"Origin: http://127.0.0.1:{host.Port}\r\nSec-Fetch-Site: same-origin\r\nX-Furnace-Csrf: 1\r\n";
        Assert.AreEqual(202, RawHttp.Post(host.Port, "/api/setpoint", Body, extraHeaders: headers).Status, "what the page itself sends");
    }

    [TestMethod]
    public void PostSetpoint_NoPinConfigured_WritesDisabled()
    {
        using var host = new WebTestHost(o => o.Pin = null);
        RawHttp.Response response = RawHttp.Post(host.Port, "/api/setpoint", Body);
        Assert.AreEqual(403, response.Status, response.Body);
        StringAssert.Contains(response.Body, "no PIN configured", "says why");
    }

    [TestMethod]
    public void Get_EveryResource_NeverContainsThePin()
    {
        using var host = new WebTestHost();
        RawHttp.Post(host.Port, "/api/setpoint", Body);
        RawHttp.Post(host.Port, "/api/setpoint", Body, pin: "999999");
        foreach (string path in new[] { "/", "/api/status", "/api/history", "/nope" })
        {
            RawHttp.Response response = RawHttp.Get(host.Port, path);
            Assert.DoesNotContain(WebTestHost.Pin, response.Head + response.Body, $"GET {path} must not reveal the PIN");
        }
    }
}
