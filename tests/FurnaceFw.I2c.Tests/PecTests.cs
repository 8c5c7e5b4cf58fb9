using System.Text;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.I2c.Tests;

[TestClass]
public sealed class PecTests
{
    [TestMethod]
    public void Update_CheckString_MatchesCrc8SmbusCheckValue()
    {
        byte[] check = Encoding.ASCII.GetBytes("123456789");

        byte crc = Pec.Update(0, check, 0, check.Length);

        Assert.AreEqual(0xF4, crc, "CRC-8/SMBUS check value for \"123456789\" is 0xF4 (poly 0x07, init 0, no reflection)");
    }

    [TestMethod]
    public void ForWrite_DocumentedExample_MatchesDocs()
    {
        // docs/i2c-register-map.md worked example: setpoint 150 °C (600 = 0x0258) to 0x5E → 0xBC 0x50 0x02 0x58 + PEC.
        byte[] frame = { 0x50, 0x02, 0x58 };

        byte pec = Pec.ForWrite(0x5E, frame, 0, frame.Length);

        Assert.AreEqual(0xF1, pec, "PEC over BC 50 02 58");
    }

    [TestMethod]
    public void ForWrite_OtherAddress_GivesOtherPec()
    {
        byte[] frame = { 0x52, 0x01 };

        Assert.AreNotEqual(Pec.ForWrite(0x5E, frame, 0, 2), Pec.ForWrite(0x5F, frame, 0, 2),
            "the address is part of the PEC, so a frame meant for another device fails the check");
    }

    [TestMethod]
    public void Update_BitwiseReference_AgreesForAllBytes()
    {
        for (int b = 0; b < 256; b++)
        {
            int crc = b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) & 0xFF : (crc << 1) & 0xFF;
            }

            Assert.AreEqual(crc, Pec.Update(0, (byte)b), $"table entry {b:X2}");
        }
    }
}
