using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using Microsoft.Playwright;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// The control panel in a real browser (Playwright on Debian's chromium) against the Sim's live board: heat on and off
/// and a latch reset driven through the page with the PIN, at phone (360 and 320 px) and desktop sizes, with no
/// horizontal scroll and no script error or CSP violation.
/// </summary>
[TestClass]
public sealed class BrowserTests : ChromiumBrowserTest
{
    [TestMethod]
    [DataRow(360, 780, DisplayName = "heat/off, phone 360 px")]
    [DataRow(320, 640, DisplayName = "heat/off, phone 320 px")]
    [DataRow(1280, 900, DisplayName = "heat/off, desktop 1280 px")]
    public async Task ControlPanel_HeatThenOff_ReachTheControllerThroughThePage(int width, int height)
    {
        using var host = new WebTestHost(clock: ClockKind.Real);
        using var live = new LiveRunner(host.Board);
        (IPage page, List<string> errors) = await OpenAsync(host.Web.Url, width, height);
        await Expect(page.Locator("#state")).ToHaveTextAsync("idle");
        await AssertNoHorizontalScrollAsync(page, $"{width} px, idle");

        await page.FillAsync("#pin", WebTestHost.Pin);
        await page.ClickAsync("#heat");
        await Expect(page.Locator("#msg")).ToHaveTextAsync("Heat: accepted", new() { Timeout = 15000 });
        Assert.AreEqual(ControlMode.Heat, host.Board.ReadSnapshot().Mode, "the click reached the control thread");
        await Expect(page.Locator("#heat")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("#state")).ToHaveTextAsync("heating", new() { Timeout = 10000 });
        await AssertNoHorizontalScrollAsync(page, $"{width} px, heating");

        await page.ClickAsync("#off");
        await Expect(page.Locator("#msg")).ToHaveTextAsync("Off: accepted", new() { Timeout = 15000 });
        Assert.AreEqual(ControlMode.Off, host.Board.ReadSnapshot().Mode, "off reached the control thread");
        await Expect(page.Locator("#off")).ToHaveAttributeAsync("aria-pressed", "true");

        await ScreenshotAsync(page, $"furnace-page-{width}");
        Assert.IsEmpty(errors, "no script errors or CSP violations: " + string.Join("; ", errors));
    }

    [TestMethod]
    [DataRow(360, 780, DisplayName = "latch reset, phone 360 px")]
    [DataRow(320, 640, DisplayName = "latch reset, phone 320 px")]
    [DataRow(1280, 900, DisplayName = "latch reset, desktop 1280 px")]
    public async Task LatchReset_ThroughThePage_ArmsConfirmsAndClearsTheTrip(int width, int height)
    {
        using var host = new WebTestHost(clock: ClockKind.Real);
        using var live = new LiveRunner(host.Board);
        host.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        (IPage page, List<string> errors) = await OpenAsync(host.Web.Url, width, height);
        await Expect(page.Locator("#trip")).ToBeVisibleAsync(new() { Timeout = 15000 });
        await Expect(page.Locator("#tripwhy")).ToContainTextAsync("sensor fault");
        await Expect(page.Locator("#tripwhy")).ToContainTextAsync("ago");
        await Expect(page.Locator("#ready")).ToContainTextAsync("not yet: the sensor reading is valid");
        await Expect(page.Locator("#arm")).ToBeDisabledAsync();
        await AssertNoHorizontalScrollAsync(page, $"{width} px, tripped");
        await ScreenshotAsync(page, $"furnace-tripped-{width}");

        host.Board.Thermocouple.Fault = SensorFault.None;
        await Expect(page.Locator("#arm")).ToBeEnabledAsync(new() { Timeout = 10000 });
        await page.FillAsync("#pin", WebTestHost.Pin);
        await page.ClickAsync("#arm");
        await Expect(page.Locator("#confirm")).ToBeVisibleAsync(new() { Timeout = 15000 });
        await Expect(page.Locator("#rmsg")).ToHaveTextAsync("Step 1, arm: armed");
        await page.ClickAsync("#confirm");
        await Expect(page.Locator("#rmsg")).ToHaveTextAsync("Trip cleared. Heat stays off until you turn it on.", new() { Timeout = 15000 });

        Assert.IsFalse(host.Board.ReadSnapshot().IsLatched, "the latch is cleared in the controller");
        await Expect(page.Locator("#trip")).ToBeHiddenAsync(new() { Timeout = 10000 });
        Assert.IsEmpty(errors, "no script errors or CSP violations: " + string.Join("; ", errors));
    }

    [TestMethod]
    public async Task Chart_AfterHoursOfHistory_ScalesToTheRecordedRangeAndMarksHeatAndTrips()
    {
        // 90 minutes on the virtual clock: 30 min idle, 30 min heating, then an open thermocouple trips it.
        using var host = new WebTestHost();
        int perMinute = 60000 / host.Board.ControlPeriodMs;
        host.StepBoard(perMinute * 30);
        host.Board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        host.StepBoard(perMinute * 30);
        host.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
        host.StepBoard(perMinute * 5);
        host.Board.Thermocouple.Fault = SensorFault.None;
        host.StepBoard(perMinute * 25);

        (IPage page, List<string> errors) = await OpenAsync(host.Web.Url, 360, 780);
        ILocator chart = page.Locator("#chart");
        await Expect(chart).ToHaveAttributeAsync("data-trips", "1", new() { Timeout = 10000 });
        double lo = double.Parse((await chart.GetAttributeAsync("data-lo"))!);
        double hi = double.Parse((await chart.GetAttributeAsync("data-hi"))!);
        double min = double.Parse((await chart.GetAttributeAsync("data-min"))!);
        double max = double.Parse((await chart.GetAttributeAsync("data-max"))!);
        TestContext.WriteLine($"axis {lo:F1}..{hi:F1} °C, recorded {min:F2}..{max:F2} °C");
        Assert.IsTrue(lo <= min && hi >= max, "the axis holds every recorded reading");
        Assert.IsLessThan((max - min) * 1.5 + 6, hi - lo, "the axis is scaled to the recorded range, not to the setpoint");
        await Expect(page.Locator("#hrange")).ToContainTextAsync($"Recorded: min {Math.Round(min, 2)}\u00b0C, max {Math.Round(max, 2)}\u00b0C");
        if (hi < 180)
        {
            await Expect(page.Locator("#hrange")).ToContainTextAsync("The setpoint (180\u00b0C) is above the chart.");
        }

        Assert.IsGreaterThan(0, await page.Locator("#chart rect.el").CountAsync(), "the heating minutes are shaded");
        string axis = string.Join(" | ", await page.Locator("#chart text").AllTextContentsAsync());
        StringAssert.Contains(axis, "now", "the time axis ends at now: " + axis);
        StringAssert.Contains(axis, "h ago", "and counts back in hours: " + axis);
        await AssertNoHorizontalScrollAsync(page, "360 px, chart");
        await ScreenshotAsync(page, "furnace-chart-360");
        Assert.IsEmpty(errors, string.Join("; ", errors));
    }

    [TestMethod]
    public async Task Page_ValuesThisFirmwareHasNoNameFor_AreShownByNumber()
    {
        using var host = new WebTestHost();
        host.StepBoard(4);
        IBrowserContext context = await NewContextAsync(new() { ViewportSize = new() { Width = 360, Height = 780 } });
        IPage page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        // Later firmware: a new state, reason, command result and fault bit, and the over-temperature policy's flag.
        await page.RouteAsync("**/api/status", async route =>
        {
            IAPIResponse real = await route.FetchAsync();
            string body = (await real.TextAsync())
                .Replace("\"state\":\"idle\"", "\"state\":17").Replace("\"reason\":\"power_on\"", "\"reason\":99")
                .Replace("\"last_command_result\":\"none\"", "\"last_command_result\":77")
                .Replace("\"latched\":false", "\"latched\":true,\"remote_reset_allowed\":false")
                .Replace("\"fault_names\":[]", "\"fault_names\":[1024]");
            await route.FulfillAsync(new() { Response = real, Body = body });
        });
        await page.GotoAsync(host.Web.Url);

        await Expect(page.Locator("#state")).ToHaveTextAsync("#17", new() { Timeout = 10000 });
        await Expect(page.Locator("#reason")).ToContainTextAsync("#99");
        await Expect(page.Locator("#faults")).ToHaveTextAsync("#1024");
        await Expect(page.Locator("#ready")).ToContainTextAsync("not yet: the over-temperature policy allows a reset from here (reset it at the furnace)");
        await Expect(page.Locator("#arm")).ToBeDisabledAsync();
        Assert.IsEmpty(errors, "unknown values never break the page: " + string.Join("; ", errors));
    }
}
