using System.Reflection;
using FurnaceFw.Firmware.Config;
using nanoFramework.TestFramework;

namespace FurnaceFw.Device.Tests
{
    /// <summary>
    /// The rig the hardware tests expect: a Pico W wired as docs/device.md (default nf.config pins), a MAX6675 with a
    /// thermocouple at room temperature, the relay inputs on GP14/GP15 (or an LED + resistor each), and for the I2C test
    /// a host (e.g. a Raspberry Pi running furnacectl) on I2C1 GP6/GP7.
    /// The same test sources also run under dotnet test (tests/FurnaceFw.OnDevice.Tests): there every hardware test
    /// reports skipped through <see cref="RequireBoard"/>, and the portable tests run for real.
    /// </summary>
    public static class HardwareSetup
    {
        public static DeviceConfiguration DefaultWiring() => new DeviceConfiguration(BoardKind.PicoW);

        /// <summary>True on nanoFramework's CLR, whose core library is mscorlib (on .NET it is System.Private.CoreLib).</summary>
        public static bool OnNanoFramework => Assembly.GetAssembly(typeof(object)).GetName().Name == "mscorlib";

        /// <summary>Skips the calling test unless it runs on a board; <paramref name="needs"/> names the hardware.</summary>
        public static void RequireBoard(string needs)
        {
            if (!OnNanoFramework)
            {
                Assert.SkipTest("needs the board (" + needs + "): not on nanoFramework");
            }
        }
    }
}
