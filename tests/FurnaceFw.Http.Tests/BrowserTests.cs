using System.Text.Json;
using FurnaceFw.Sim.Board;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// A real browser against the Sim: headless Chromium loads the page from the server under the socket budget, sees
/// live values change, changes the setpoint with the PIN, and takes a phone-sized screenshot that must not be blank.
/// In CI (CI set) a missing /usr/bin/chromium is a failure; on a developer machine without it the test is inconclusive.
/// </summary>
[TestClass]
public sealed class BrowserTests
{
    private const int PhoneWidth = 412;
    private const int PhoneHeight = 915;

    public TestContext TestContext { get; set; } = null!;

    [TestMethod]
    public void Page_InHeadlessChromium_ShowsLiveValuesAndSetsSetpointWithPin()
    {
        RequireChromium();
        using var host = new WebTestHost(clock: ClockKind.Real);
        using var live = new LiveRunner(host.Board);
        using CdpBrowser browser = CdpBrowser.Launch(PhoneWidth, PhoneHeight);
        browser.Send("Runtime.enable");
        browser.Send("Page.enable");
        browser.Send("Emulation.setDeviceMetricsOverride", new { width = PhoneWidth, height = PhoneHeight, deviceScaleFactor = 1, mobile = true });
        browser.Send("Page.navigate", new { url = host.Web.Url });

        Assert.IsTrue(browser.WaitFor("!!document.getElementById('temp') && document.getElementById('temp').textContent.endsWith('\\u00b0C')", 20000),
            "the page shows a live temperature; it shows '" + browser.Evaluate("(document.getElementById('temp')||{}).textContent + ' / ' + (document.getElementById('link')||{}).textContent + ' / ' + location.href")
            + "'; page errors: " + string.Join("; ", browser.PageErrors));
        Assert.AreEqual("idle", browser.Evaluate("document.getElementById('state').textContent"), "state shown");
        Assert.AreEqual("clear", browser.Evaluate("document.getElementById('latch').textContent"), "latch shown");
        string uptime = browser.Evaluate("document.getElementById('uptime').textContent");
        Assert.IsTrue(browser.WaitFor($"document.getElementById('uptime').textContent !== {JsonSerializer.Serialize(uptime)}", 10000),
            $"live values change without a reload (uptime stayed '{uptime}')");

        int before = host.Board.ReadSnapshot().SetpointQuarterC;
        browser.Evaluate($"document.getElementById('pin').value = '{WebTestHost.Pin}';"
            + "for (let i = 0; i < 3; i++) document.getElementById('up').click(); document.getElementById('set').click(); 'clicked'");
        bool accepted = browser.WaitFor("document.getElementById('msg').textContent.includes('accepted')", 15000);
        Assert.IsTrue(accepted, "the page reports the setpoint accepted; it said: " + browser.Evaluate("document.getElementById('msg').textContent"));
        Assert.AreEqual(before + 12, host.Board.ReadSnapshot().SetpointQuarterC, "three +1 °C nudges reached the controller");
        string expected = JsonSerializer.Serialize((before + 12) / 4 + "\u00b0C");
        Assert.IsTrue(browser.WaitFor($"document.getElementById('setpoint').textContent === {expected}", 10000), "the page shows the new setpoint");

        byte[] png = browser.Screenshot();
        string file = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), "furnace-page-phone.png");
        File.WriteAllBytes(file, png);
        PngStats.Result stats = PngStats.Analyse(png);
        TestContext.WriteLine($"screenshot {file}: {stats.Width}x{stats.Height}, {stats.DistinctColours} colours, "
            + $"{stats.NonBackgroundFraction:P1} not background; page {FurnaceFw.Web.IndexPage.Html.Length} bytes");
        Assert.AreEqual(PhoneWidth, stats.Width, "phone-width screenshot");
        Assert.IsGreaterThan(30, stats.DistinctColours, "a rendered page has text, cards and a chart, not one flat colour");
        Assert.IsGreaterThan(0.05, stats.NonBackgroundFraction, "more than 5% of the screen is drawn on");
        Assert.IsEmpty(browser.PageErrors, "no script errors or CSP violations: " + string.Join("; ", browser.PageErrors));
    }

    private static void RequireChromium()
    {
        if (File.Exists(CdpBrowser.ChromiumPath))
        {
            return;
        }

        if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
        {
            Assert.Fail($"{CdpBrowser.ChromiumPath} is missing in CI; .ci/steps/15-chromium.sh installs Debian's chromium package");
        }

        Assert.Inconclusive($"{CdpBrowser.ChromiumPath} not installed (apt-get install chromium); the browser test runs in CI");
    }
}
