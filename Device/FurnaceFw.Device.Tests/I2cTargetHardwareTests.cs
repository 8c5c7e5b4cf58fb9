using System.Threading;
using FurnaceFw.Device.Rp2040;
using FurnaceFw.Firmware.Config;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>
    /// HIL: the native I2C target against a real master. Run `furnacectl info` (or i2cget) on the host while this test
    /// waits; without a master on the bus the test is skipped, not passed.
    /// </summary>
    [TestClass]
    public class I2cTargetHardwareTests
    {
        private const int WaitForHostMs = 30000;

        [TestMethod]
        public void Target_HostReadsIdentity_ReadCounterAdvances()
        {
            HardwareSetup.RequireBoard("firmware with the interop and an I2C master");
            PinConfiguration pins = HardwareSetup.DefaultWiring().Pins;
            byte[] image = new byte[4] { 0x46, 0x4E, 0x46, 0x57 };
            int[] counters = new int[NativeI2cTarget.CounterCount];
            NativeI2cTarget.Start(pins.I2cBus, pins.I2cAddress, pins.I2cDataPin, pins.I2cClockPin);
            try
            {
                Assert.IsTrue(NativeI2cTarget.Publish(image, image.Length), "nothing is reading yet, so the publish succeeds");
                OutputHelper.WriteLine("waiting up to 30 s for a host read at 0x" + pins.I2cAddress.ToString("X2"));
                int waited = 0;
                do
                {
                    Thread.Sleep(100);
                    waited += 100;
                    NativeI2cTarget.ReadCounters(counters);
                }
                while (counters[NativeI2cTarget.CounterReadsCompleted] == 0 && waited < WaitForHostMs);

                if (counters[NativeI2cTarget.CounterReadsCompleted] == 0)
                {
                    Assert.SkipTest("no I2C master read the target within 30 s");
                }

                Assert.AreEqual(0, counters[NativeI2cTarget.CounterBusErrors], "no bus errors during the host's reads");
            }
            finally
            {
                NativeI2cTarget.Stop();
            }
        }
    }
}
