// Reference-only: nanoFramework.System.Device.I2c.Slave 1.x (SpanByte line). ESP32 targets only. Declarations only.
namespace System.Device.I2c
{
    public class I2cSlaveDevice : IDisposable
    {
        public I2cSlaveDevice(int busId, int deviceAddress) { }
        public int DeviceAddress => throw null;
        public int BusId => throw null;
        public bool ReadByte(out byte value, int timeout = System.Threading.Timeout.Infinite) => throw null;
        public int Read(SpanByte buffer, int timeout = System.Threading.Timeout.Infinite) => throw null;
        public bool WriteByte(byte value, int timeout = System.Threading.Timeout.Infinite) => throw null;
        public int Write(SpanByte buffer, int timeout = System.Threading.Timeout.Infinite) => throw null;
        public void Dispose() => throw null;
    }
}
