using FurnaceFw.Device.Rp2040;
using FurnaceFw.Firmware.I2c;

namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>The RP2040's interrupt-driven I2C target (Native/src/furnace_i2c.c) as the firmware's image target.</summary>
    public sealed class NativeI2cImageTarget : II2cImageTarget
    {
        private readonly int[] _counters = new int[NativeI2cTarget.CounterCount];

        public bool Publish(byte[] image, int length) => NativeI2cTarget.Publish(image, length);

        public int TakeWrite(byte[] buffer) => NativeI2cTarget.TakeWrite(buffer);

        public int UnknownReadCount
        {
            get
            {
                NativeI2cTarget.ReadCounters(_counters);
                return _counters[NativeI2cTarget.CounterUnknownReads];
            }
        }
    }
}
