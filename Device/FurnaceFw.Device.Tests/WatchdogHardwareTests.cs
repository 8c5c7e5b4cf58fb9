using System.Threading;
using FurnaceFw.Device.Rp2040;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>
    /// HIL: the RP2040 watchdog through the native interop. Enabling cannot be undone, so this class keeps feeding
    /// from a timer for the rest of the run. The reset itself (stop feeding → reboot → ResetReason.Watchdog and a
    /// higher ResetCount) ends the test run, so it is the manual step in docs/device.md, checked by
    /// ReadResetReason_AfterManualWatchdogReset_ReportsWatchdog on the next run.
    /// </summary>
    [TestClass]
    public class WatchdogHardwareTests
    {
        private static Timer _keepFeeding;

        [Setup]
        public void EnableAndKeepFeeding()
        {
            HardwareSetup.RequireBoard("firmware with the FurnaceFw.Device.Rp2040 interop");
            NativeWatchdog.Enable(NativeWatchdog.MaxTimeoutMs);
            _keepFeeding = new Timer(state => NativeWatchdog.Feed(), null, 0, 1000);
        }

        [TestMethod]
        public void Feed_AfterEnable_DoesNotThrow()
        {
            HardwareSetup.RequireBoard("firmware with the FurnaceFw.Device.Rp2040 interop");
            NativeWatchdog.Feed();
            Thread.Sleep(100);
            NativeWatchdog.Feed();
        }

        [TestMethod]
        public void Enable_OutOfRange_IsRefused()
        {
            HardwareSetup.RequireBoard("firmware with the FurnaceFw.Device.Rp2040 interop");
            bool refused = false;
            try
            {
                NativeWatchdog.Enable(NativeWatchdog.MaxTimeoutMs + 1);
            }
            catch (System.ArgumentOutOfRangeException)
            {
                refused = true;
            }

            Assert.IsTrue(refused, "a timeout the RP2040 cannot honour (erratum E1) is refused, not truncated");
        }

        [TestMethod]
        public void ReadResetReason_Always_IsADefinedValue()
        {
            HardwareSetup.RequireBoard("firmware with the FurnaceFw.Device.Rp2040 interop");
            ResetReason reason = NativeWatchdog.ReadResetReason();
            OutputHelper.WriteLine("reset reason " + ((int)reason).ToString() + ", watchdog resets " + NativeWatchdog.ResetCount.ToString());

            Assert.IsTrue(reason == ResetReason.PowerOn || reason == ResetReason.Watchdog || reason == ResetReason.Forced, "decoded");
            Assert.IsTrue(NativeWatchdog.ResetCount >= 0, "counter");
        }
    }
}
