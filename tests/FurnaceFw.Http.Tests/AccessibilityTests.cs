using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using Microsoft.Playwright;

namespace FurnaceFw.Http.Tests;

/// <summary>
/// axe-core (Deque.AxeCore.Playwright) on the page in every state it can be in, in the light and the dark scheme, at
/// phone and desktop sizes: no serious or critical violation. Moderate and minor ones are listed in the test output.
/// </summary>
[TestClass]
public sealed class AccessibilityTests : ChromiumBrowserTest
{
    [TestMethod]
    [DataRow("idle", ColorScheme.Light, 360)]
    [DataRow("idle", ColorScheme.Dark, 1280)]
    [DataRow("heating", ColorScheme.Light, 1280)]
    [DataRow("heating", ColorScheme.Dark, 360)]
    [DataRow("tripped", ColorScheme.Light, 360)]
    [DataRow("tripped", ColorScheme.Dark, 1280)]
    [DataRow("config_fault", ColorScheme.Light, 1280)]
    [DataRow("config_fault", ColorScheme.Dark, 320)]
    public async Task Page_InEveryState_HasNoSeriousOrCriticalViolations(string state, ColorScheme scheme, int width)
    {
        BoardOptions board = state == "config_fault"
            ? new BoardOptions { ConfigProblem = new ConfigProblem(42, "safety.high_limit_c", "2000 is outside 100..900 \u00b0C") }
            : new BoardOptions();
        using var host = new WebTestHost(board: board);
        int perMinute = 60000 / host.Board.ControlPeriodMs;
        host.StepBoard(perMinute * 3);
        if (state == "heating")
        {
            host.Board.Firmware.Mailbox.PostMode(ControlMode.Heat);
            host.StepBoard(perMinute * 3);
        }
        else if (state == "tripped")
        {
            host.Board.Thermocouple.Fault = SensorFault.OpenThermocouple;
            host.StepBoard(perMinute * 2);
        }

        Assert.AreEqual(state, ProtocolNameOf(host.Board.ReadSnapshot().State), "precondition: the board is in the state under test");
        (IPage page, List<string> errors) = await OpenAsync(host.Web.Url, width, 900, scheme);
        await Expect(page.Locator("#state")).ToHaveTextAsync(state.Replace('_', ' '));
        await Expect(page.Locator("#chart path.tl")).ToHaveCountAsync(1, new() { Timeout = 10000 });
        if (state == "tripped")
        {
            await Expect(page.Locator("#trip")).ToBeVisibleAsync();
        }
        else if (state == "config_fault")
        {
            await Expect(page.Locator("#problem")).ToContainTextAsync("line 42, setting safety.high_limit_c");
        }

        AxeResult result = await page.RunAxe();
        foreach (AxeResultItem item in result.Violations)
        {
            TestContext.WriteLine($"{item.Impact}: {item.Id} ({item.Nodes.Length} nodes): {item.Help}");
        }

        string[] blocking = result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Impact} {v.Id}: {v.Help} at {string.Join(", ", v.Nodes.Select(n => string.Join(" ", n.Target)))}")
            .ToArray();
        Assert.IsEmpty(blocking, $"{state}, {scheme}, {width} px: " + string.Join(" | ", blocking));
        Assert.IsGreaterThan(10, result.Passes.Length, "axe ran its rules on the page");
        Assert.IsEmpty(errors, string.Join("; ", errors));
    }

    private static string ProtocolNameOf(FurnaceState state) => System.Text.Encoding.ASCII.GetString(FurnaceFw.Web.ProtocolNames.Of(state)!);
}
