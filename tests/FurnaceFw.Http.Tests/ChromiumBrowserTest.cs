using Microsoft.Playwright;
using Microsoft.Playwright.MSTest;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// Playwright's MSTest base, launched on Debian's chromium (no browser download): headless, no sandbox (CI runs as
/// root), and every background network feature off. Without /usr/bin/chromium a test is inconclusive on a developer
/// machine and fails in CI (CI set), where .ci/steps/15-chromium.sh installs it.
/// </summary>
public abstract class ChromiumBrowserTest : BrowserTest
{
    public const string ChromiumPath = "/usr/bin/chromium";

    public override Task<BrowserTypeLaunchOptions?> LaunchOptionsAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            if (!string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI")))
            {
                Assert.Fail($"{ChromiumPath} is missing in CI; .ci/steps/15-chromium.sh installs Debian's chromium package");
            }

            Assert.Inconclusive($"{ChromiumPath} not installed (apt-get install chromium); the browser tests run in CI");
        }

        return Task.FromResult<BrowserTypeLaunchOptions?>(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = new[] { "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync" },
        });
    }

    /// <summary>A fresh context at a screen size (phones with touch), with page errors and console errors collected.</summary>
    protected async Task<(IPage Page, List<string> Errors)> OpenAsync(string url, int width, int height, ColorScheme scheme = ColorScheme.Light)
    {
        bool phone = width < 700;
        IBrowserContext context = await NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            IsMobile = phone,
            HasTouch = phone,
            ColorScheme = scheme,
        });
        IPage page = await context.NewPageAsync();
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add("page error: " + e);
        page.Console += (_, m) =>
        {
            if (m.Type == "error")
            {
                errors.Add("console: " + m.Text);
            }
        };
        await page.GotoAsync(url);
        await Expect(page.Locator("#state")).Not.ToHaveTextAsync("--", new() { Timeout = 20000 }); // the first status arrived
        return (page, errors);
    }

    /// <summary>The page may never scroll sideways (checked at 320 px, the narrowest phone).</summary>
    protected static async Task AssertNoHorizontalScrollAsync(IPage page, string where)
    {
        int[] widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.IsLessThanOrEqualTo(widths[1], widths[0], $"{where}: the page is {widths[0]} px wide in a {widths[1]} px window (horizontal scroll)");
    }

    /// <summary>Keeps a screenshot with the test results (never committed) for a human to look at.</summary>
    protected async Task ScreenshotAsync(IPage page, string name)
    {
        string file = Path.Combine(TestContext.TestRunResultsDirectory ?? Path.GetTempPath(), name + ".png");
        await page.ScreenshotAsync(new() { Path = file, FullPage = true });
        TestContext.WriteLine("screenshot " + file);
    }
}
