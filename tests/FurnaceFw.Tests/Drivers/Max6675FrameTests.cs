using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Protocol;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Drivers;

[TestClass]
public class Max6675FrameTests
{
    // Datasheet 19-2235 frame layout: D15 dummy 0, D14..D3 temperature in 0.25 °C, D2 open input, D1 device ID 0.
    [TestMethod]
    [DataRow(0x0008, 1, DisplayName = "0.25 °C: one LSB")]
    [DataRow(0x0C80, 400, DisplayName = "100.00 °C")]
    [DataRow(0x0C81, 400, DisplayName = "D0 is three-state: ignored")]
    [DataRow(0x7FF8, 4095, DisplayName = "1023.75 °C: full scale")]
    public void Decode_ValidFrame_ReturnsQuarterCelsius(int frame, int expectedQuarterC)
    {
        SensorStatus status = Max6675Frame.Decode(frame, out int quarterC);

        Assert.AreEqual(SensorStatus.Ok, status, $"frame 0x{frame:X4}");
        Assert.AreEqual(expectedQuarterC, quarterC, $"frame 0x{frame:X4}");
    }

    [TestMethod]
    [DataRow(0x0000, SensorStatus.BusAllZeros, DisplayName = "0x0000 is a bus fault, not 0 °C")]
    [DataRow(0x0001, SensorStatus.BusAllZeros, DisplayName = "0x0001 is 0x0000 with D0 floating high: a bus fault, not 0 °C")]
    [DataRow(0xFFFE, SensorStatus.BusAllOnes, DisplayName = "0xFFFE is 0xFFFF with D0 floating low: a bus fault")]
    [DataRow(0xFFFF, SensorStatus.BusAllOnes, DisplayName = "0xFFFF is a bus fault, not an open probe")]
    [DataRow(0x0C84, SensorStatus.OpenThermocouple, DisplayName = "D2 set: open thermocouple")]
    [DataRow(0x8C80, SensorStatus.BadSignBit, DisplayName = "D15 set: shifted or corrupt frame")]
    [DataRow(0x0C82, SensorStatus.BadDeviceId, DisplayName = "D1 set: not a MAX6675")]
    [DataRow(0x8006, SensorStatus.BadSignBit, DisplayName = "several faults: D15 wins")]
    public void Decode_FaultFrame_ReturnsFaultAndNoTemperature(int frame, SensorStatus expected)
    {
        SensorStatus status = Max6675Frame.Decode(frame, out int quarterC);

        Assert.AreEqual(expected, status, $"frame 0x{frame:X4}");
        Assert.AreEqual(0, quarterC, "a fault frame must not leak a temperature");
    }

    [TestMethod]
    public void Decode_EveryFrameWithD2D1D15Clear_RoundTripsThroughEncode()
    {
        for (int quarterC = 1; quarterC <= 4095; quarterC++)
        {
            int frame = Max6675Frame.Encode(quarterC, openInput: false);
            Assert.AreEqual(SensorStatus.Ok, Max6675Frame.Decode(frame, out int decoded), $"{quarterC}");
            Assert.AreEqual(quarterC, decoded);
        }
    }

    [TestMethod]
    public void Decode_AllSixtyFiveThousandFrames_NeverThrowsAndOnlyOkCarriesTemperature()
    {
        for (int frame = 0; frame <= 0xFFFF; frame++)
        {
            SensorStatus status = Max6675Frame.Decode(frame, out int quarterC);
            if (status != SensorStatus.Ok)
            {
                Assert.AreEqual(0, quarterC, $"frame 0x{frame:X4}");
            }
            else
            {
                Assert.AreEqual(0, frame & 0x8006, $"frame 0x{frame:X4} decoded as valid with a fault bit set");
                Assert.IsTrue(quarterC > 0, $"frame 0x{frame:X4} decoded as a valid 0 °C: an all-zero temperature field is a bus fault");
                Assert.AreEqual(status, Max6675Frame.Decode(frame ^ 1, out _), $"frame 0x{frame:X4}: D0 is three-state and must not matter");
            }
        }
    }
}
