using FurnaceFw.FlashPlan;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Device.Tests;

[TestClass]
public sealed class FlashPlannerTests
{
    private static readonly FlashRules Rules = FlashRules.Load(Repo.File(FlashRules.FileName));

    private static FlashPlanResult Plan(FlashRequest request, bool imageExists = true) =>
        FlashPlanner.Plan(Rules, request, "/repo", "/tmp/nf-files.json", "/tmp/nf-network.json", _ => imageExists);

    private static string[] Lines(FlashPlanResult plan) => plan.Commands.Select(c => c.CommandLine).ToArray();

    [TestMethod]
    [DataRow("2.5.126", "flags")]
    [DataRow("nanoff 2.5.78+a1b2c3", "flags")]
    [DataRow(".NET nanoFramework Firmware Flasher v3.0.12-preview", "verbs")]
    [DataRow("3.1.0", "verbs")]
    public void SyntaxFor_VersionOutput_PicksFlagsOrVerbs(string output, string expected)
    {
        Assert.AreEqual(expected, Rules.SyntaxFor(output), output);
    }

    [TestMethod]
    public void SyntaxFor_NoVersion_ExplainsWhatWasPrinted()
    {
        FlashPlanException e = Assert.ThrowsExactly<FlashPlanException>(() => Rules.SyntaxFor("command not understood"));
        StringAssert.Contains(e.Message, "got: 'command not understood'", "shows what nanoff said");
    }

    [TestMethod]
    public void Plan_PicoWithNanoff2_FlagSyntaxAndNoPortForFirmware()
    {
        FlashPlanResult plan = Plan(new FlashRequest { Board = "pico_w", Port = "COM5", NanoffVersionOutput = "2.5.126", ConfigPath = "nf.config" });

        CollectionAssert.AreEqual(new[]
        {
            "nanoff --update --target PICO_RP2040_W",
            "nanoff --target PICO_RP2040_W --serialport COM5 --deploy --image /repo/Device/FurnaceFw.Device/bin/Release/FurnaceFw.Device.bin",
            "nanoff --serialport COM5 --filedeployment /tmp/nf-files.json",
        }, Lines(plan), string.Join("\n", Lines(plan)));
        StringAssert.Contains(plan.FilesJson, "\"FileName\":\"I:\\\\nf.config\"", "the file lands on the internal drive");
    }

    [TestMethod]
    public void Plan_Esp32WithNanoff3_VerbSyntaxAndWifi()
    {
        FlashPlanResult plan = Plan(new FlashRequest
        {
            Board = "esp32", Port = "/dev/ttyUSB0", NanoffVersionOutput = "3.0.4", Image = "/build/my app.bin", WifiSsid = "Cabin", WifiPassword = "pw12345678",
        });

        CollectionAssert.AreEqual(new[]
        {
            "nanoff flash target ESP32_PSRAM_REV3 serialport /dev/ttyUSB0",
            "nanoff deploy target ESP32_PSRAM_REV3 serialport /dev/ttyUSB0 image \"/build/my app.bin\"",
            "nanoff deploy network /tmp/nf-network.json",
        }, Lines(plan), string.Join("\n", Lines(plan)));
        StringAssert.Contains(plan.NetworkJson, "\"Ssid\":\"Cabin\"", "Wi-Fi settings in the network deployment file");
    }

    [TestMethod]
    public void Plan_PicoFirmwareOnly_NeedsNoPort()
    {
        FlashPlanResult plan = Plan(new FlashRequest { Board = "pico_w", NanoffVersionOutput = "2.5.126", SkipApp = true });

        CollectionAssert.AreEqual(new[] { "nanoff --update --target PICO_RP2040_W" }, Lines(plan), "BOOTSEL drive, no serial port");
    }

    [TestMethod]
    public void Plan_AppWithoutPort_SaysHowToFindOne()
    {
        FlashPlanException e = Assert.ThrowsExactly<FlashPlanException>(() => Plan(new FlashRequest { Board = "pico_w", NanoffVersionOutput = "2.5.126" }));
        StringAssert.Contains(e.Message, "no serial port", "what is missing");
        StringAssert.Contains(e.Message, "--listports", "how to find it");
    }

    [TestMethod]
    public void Plan_MissingBuildOutput_SaysToBuildFirst()
    {
        FlashPlanException e = Assert.ThrowsExactly<FlashPlanException>(() =>
            Plan(new FlashRequest { Board = "pico_w", Port = "COM5", NanoffVersionOutput = "2.5.126" }, imageExists: false));
        StringAssert.Contains(e.Message, "no app image at '/repo/Device/FurnaceFw.Device/bin/Release/FurnaceFw.Device.bin'", "which file");
        StringAssert.Contains(e.Message, "build FurnaceFw.Device.sln", "what to do");
    }

    [TestMethod]
    public void Plan_UnknownBoard_ListsKnownOnes()
    {
        FlashPlanException e = Assert.ThrowsExactly<FlashPlanException>(() => Plan(new FlashRequest { Board = "pico2", Port = "COM5", NanoffVersionOutput = "2.5.126" }));
        StringAssert.Contains(e.Message, "known: pico_w, esp32", "choices");
    }
}
