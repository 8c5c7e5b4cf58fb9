using System.Text.RegularExpressions;
using FurnaceFw.Sim.Cli;

namespace FurnaceFw.Http.Tests;

[TestClass]
public sealed class HttpOptionTests
{
    [TestMethod]
    public void Parse_HttpWithPin_SetsBoth()
    {
        SimOptions options = SimOptions.Parse(new[] { "--http", "8080", "--http-pin", "246810" });
        Assert.AreEqual(8080, options.HttpPort, "port");
        Assert.AreEqual("246810", options.HttpPin, "pin");
    }

    [TestMethod]
    [DataRow(new[] { "--http-pin", "1234" }, "needs --http", DisplayName = "PIN without --http")]
    [DataRow(new[] { "--http", "70000" }, "outside 0..65535", DisplayName = "port out of range")]
    [DataRow(new[] { "--http", "x" }, "not a whole number", DisplayName = "port not a number")]
    [DataRow(new[] { "--http", "0", "--http-pin", "12" }, "4 to 32", DisplayName = "PIN too short")]
    [DataRow(new[] { "--http", "0", "--http-pin", "12 34" }, "4 to 32", DisplayName = "PIN with a space")]
    [DataRow(new[] { "--http", "0", "--scenario", "s.txt" }, "not --scenario", DisplayName = "with a scenario")]
    public void Parse_BadHttpArguments_NameTheProblem(string[] args, string expected)
    {
        var error = Assert.ThrowsExactly<UsageException>(() => SimOptions.Parse(args));
        StringAssert.Contains(error.Message, expected, "the message says what was wrong");
    }

    [TestMethod]
    public void Run_LiveWithHttp_PrintsUrlAndServesThePage()
    {
        var output = new StringWriter();
        var console = new SimConsole { Out = TextWriter.Synchronized(output), Error = TextWriter.Synchronized(new StringWriter()) };
        using var stop = new CancellationTokenSource();
        string latch = Path.Combine(Path.GetTempPath(), "furnacefw-http-test-" + Guid.NewGuid().ToString("N"), "latch");
        int exit = -1;
        var sim = new Thread(() => exit = SimApp.Run(new[] { "--http", "0" }, console, stop.Token, latch));
        sim.Start();
        try
        {
            Match url = Match.Empty;
            for (int i = 0; i < 200 && !url.Success; i++)
            {
                Thread.Sleep(50);
                url = Regex.Match(output.ToString(), @"web UI on http://127\.0\.0\.1:(\d+)/ \(PIN (\d{6}), generated\)");
            }

            Assert.IsTrue(url.Success, "the Sim prints the URL and the generated PIN; it printed: " + output);
            int port = int.Parse(url.Groups[1].Value);
            Assert.AreEqual(200, RawHttp.Get(port, "/").Status, "the Sim serves the page");
            Assert.AreEqual(202, RawHttp.Post(port, "/api/setpoint", "{\"setpoint_c\": 70}", pin: url.Groups[2].Value).Status,
                "the printed PIN works");
        }
        finally
        {
            stop.Cancel();
            sim.Join(10000);
        }

        Assert.AreEqual(SimApp.ExitOk, exit, "the Sim stops cleanly with the web server running");
    }
}
