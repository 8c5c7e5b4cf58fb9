using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Network;
using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Protocol;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>
    /// Portable logic re-run on the nanoFramework CLR, where string, integer and array behaviour is nanoFramework's own:
    /// the host tests prove the logic, these prove it survives the device runtime.
    /// </summary>
    [TestClass]
    public class PortableOnDeviceTests
    {
        [TestMethod]
        public void NfConfig_ValidAndInvalidLines_ParseAsOnTheHost()
        {
            NfConfigResult good = NfConfigParser.Parse("[control]\nsetpoint_c = 150\n[relay]\nactive_high = false\n", BoardKind.PicoW, true);
            NfConfigResult bad = NfConfigParser.Parse("# x\nsafety.high_limt_c = 300\n", BoardKind.PicoW, true);

            Assert.IsTrue(good.IsValid, "valid file");
            Assert.AreEqual(150, good.Config.Settings.Get(Setting.DefaultSetpointC), "section key applied");
            Assert.IsFalse(good.Config.Pins.RelaysActiveHigh, "bool applied");
            Assert.AreEqual(1, bad.Problems.Length, "one problem");
            Assert.AreEqual(2, bad.FirstProblem.Line, "line number");
            Assert.IsTrue(bad.FirstProblem.Message.IndexOf("did you mean safety.high_limit_c?") >= 0, "suggestion");
        }

        [TestMethod]
        public void ConfigValue_HexAndNegative_ParseWithoutIntParse()
        {
            int value;
            Assert.IsTrue(ConfigValue.TryParseInt("0x5E", out value) && value == 0x5E, "hex");
            Assert.IsTrue(ConfigValue.TryParseInt("-12", out value) && value == -12, "negative");
            Assert.IsFalse(ConfigValue.TryParseInt("1234567890", out value), "overflow refused");
        }

        [TestMethod]
        public void LatchRecord_RoundTripAndCrc_MatchTheHost()
        {
            byte[] record = new byte[LatchRecord.Length];
            LatchRecord.Encode(FaultFlags.OverTemperature, ReasonCode.OverTemperature, record);
            int faults;
            ReasonCode reason;

            Assert.IsTrue(LatchRecord.TryDecode(record, record.Length, out faults, out reason), "decodes");
            Assert.AreEqual(FaultFlags.OverTemperature, faults, "faults");
            Assert.IsTrue(LatchRecord.Crc32(new byte[] { 0x31, 0x32, 0x33, 0x34, 0x35, 0x36, 0x37, 0x38, 0x39 }, 0, 9) == 0xCBF43926, "CRC-32 check value");
        }

        [TestMethod]
        public void Max6675Frame_OpenThermocoupleBit_IsAFault()
        {
            int quarterC;
            Assert.IsTrue(Max6675Frame.Decode(Max6675Frame.Encode(100, true), out quarterC) != SensorStatus.Ok, "D2 set: open thermocouple");
            Assert.IsTrue(Max6675Frame.Decode(Max6675Frame.Encode(100, false), out quarterC) == SensorStatus.Ok && quarterC == 100, "25 °C");
        }

        [TestMethod]
        public void LinkStateTracker_NoLease_IsDown()
        {
            LinkStateTracker link = new LinkStateTracker();
            link.Update(true, "0.0.0.0");
            Assert.IsFalse(link.IsUp, "no address");
            link.Update(true, "192.168.1.9");
            Assert.IsTrue(link.IsUp, "address");
        }
    }
}
