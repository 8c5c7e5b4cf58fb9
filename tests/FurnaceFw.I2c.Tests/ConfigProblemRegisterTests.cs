using FurnaceFw.Firmware.Config;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

/// <summary>Protocol 1.1: a host can read why a furnace in ConfigFault will not heat.</summary>
[TestClass]
public sealed class ConfigProblemRegisterTests
{
    private static byte[] Image(BankHarness h)
    {
        var image = new byte[RegisterMap.AddressSpace];
        var snapshot = new FurnaceFw.Firmware.Control.ControllerSnapshot();
        h.Bank.RenderImage(snapshot, image);
        return image;
    }

    [TestMethod]
    public void Render_ValidConfiguration_ReportsNoProblem()
    {
        byte[] image = Image(new BankHarness());

        Assert.AreEqual(0, RegisterCodec.Read(image, RegisterAddress.ConfigProblemSetting, 1, false), "0 = valid");
        Assert.AreEqual(0, RegisterCodec.Read(image, RegisterAddress.ConfigProblemLine, 2, false));
        Assert.AreNotEqual(0, RegisterCodec.Read(image, RegisterAddress.Capabilities, 4, false) & Capability.ConfigProblem, "capability advertised");
    }

    [TestMethod]
    public void Render_SettingOutOfRange_NamesLineAndSetting()
    {
        var problem = new ConfigProblem(31, "safety.high_limit_c", "safety.high_limit_c = 5000 is outside 100..900 °C");

        byte[] image = Image(new BankHarness(configProblem: problem));

        Assert.AreEqual(31, RegisterCodec.Read(image, RegisterAddress.ConfigProblemLine, 2, false));
        Assert.AreEqual(Setting.HighLimitC + 1, RegisterCodec.Read(image, RegisterAddress.ConfigProblemSetting, 1, false),
            "SettingsTable index + 1");
    }

    [TestMethod]
    public void Render_ProblemWithAKeyOutsideTheSettingsTable_Reports255()
    {
        var problem = new ConfigProblem(4, "pins.element", "pin 99 does not exist");

        byte[] image = Image(new BankHarness(configProblem: problem));

        Assert.AreEqual(255, RegisterCodec.Read(image, RegisterAddress.ConfigProblemSetting, 1, false));
        Assert.AreEqual(4, RegisterCodec.Read(image, RegisterAddress.ConfigProblemLine, 2, false));
    }

    [TestMethod]
    public void Render_ProtocolMinorAndImageLength_CoverTheNewBlock()
    {
        byte[] image = Image(new BankHarness());

        Assert.AreEqual(RegisterMap.ProtocolMinor, RegisterCodec.Read(image, RegisterAddress.ProtocolMinor, 1, false), "the image carries the map's minor");
        Assert.AreEqual(RegisterMap.ImageLength, RegisterCodec.Read(image, RegisterAddress.ImageLength, 1, false));
        Assert.AreNotEqual(RegisterMap.UnknownByte, image[RegisterAddress.ConfigProblemSetting], "the new registers are published");
        Assert.AreEqual(RegisterMap.UnknownByte, image[RegisterMap.ImageLength], "beyond the image reads the unknown pattern");
    }
}
