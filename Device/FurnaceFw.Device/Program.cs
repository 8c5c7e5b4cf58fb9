using System.Threading;

namespace FurnaceFw.Device
{
    /// <summary>
    /// Device entry point. Everything is built by <see cref="DeviceStartup"/>; Main only starts it and then parks,
    /// because the control loop, the I2C target and the web server each run on their own thread.
    /// </summary>
    public static class Program
    {
        public static void Main()
        {
            DeviceStartup.Run();
            Thread.Sleep(Timeout.Infinite);
        }
    }
}
