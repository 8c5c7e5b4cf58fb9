using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Protocol;

namespace FurnaceFw.Tests.Persistence;

[TestClass]
public sealed class LatchRecordTests
{
    private static byte[] Encoded(int faults, ReasonCode reason)
    {
        byte[] record = new byte[LatchRecord.Length];
        LatchRecord.Encode(faults, reason, record);
        return record;
    }

    [TestMethod]
    public void Encode_ThenDecode_RoundTrips()
    {
        byte[] record = Encoded(FaultFlags.OverTemperature | FaultFlags.ThermalRunaway, ReasonCode.OverTemperature);

        Assert.IsTrue(LatchRecord.TryDecode(record, record.Length, out int faults, out ReasonCode reason), "whole record decodes");
        Assert.AreEqual(FaultFlags.OverTemperature | FaultFlags.ThermalRunaway, faults, "fault bits");
        Assert.AreEqual(ReasonCode.OverTemperature, reason, "reason");
    }

    [TestMethod]
    public void Crc32_KnownVector_MatchesIeee()
    {
        byte[] data = "123456789"u8.ToArray();

        Assert.AreEqual(0xCBF43926u, LatchRecord.Crc32(data, 0, data.Length), "CRC-32 check value");
    }

    [TestMethod]
    public void TryDecode_AnySingleBitFlip_IsRejected()
    {
        byte[] good = Encoded(FaultFlags.SensorFault, ReasonCode.SensorFault);
        for (int bit = 0; bit < good.Length * 8; bit++)
        {
            byte[] bad = (byte[])good.Clone();
            bad[bit / 8] ^= (byte)(1 << (bit % 8));
            Assert.IsFalse(LatchRecord.TryDecode(bad, bad.Length, out _, out _), "bit " + bit + " flipped must read as corrupt");
        }
    }

    [TestMethod]
    public void TryDecode_TruncatedOrNull_IsRejected()
    {
        byte[] good = Encoded(0, ReasonCode.LatchReset);

        Assert.IsFalse(LatchRecord.TryDecode(good, 15, out _, out _), "a torn write is shorter");
        Assert.IsFalse(LatchRecord.TryDecode(null!, 16, out _, out _), "no data");
        Assert.IsFalse(LatchRecord.TryDecode(new byte[16], 16, out _, out _), "erased flash reads as zeros");
    }

    [TestMethod]
    public void TryDecode_NonLatchableBits_IsRejected()
    {
        byte[] record = Encoded(FaultFlags.SensorSuspect, ReasonCode.None);

        Assert.IsFalse(LatchRecord.TryDecode(record, record.Length, out _, out _), "only latchable bits may be stored");
    }
}
