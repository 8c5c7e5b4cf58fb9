// Reference-only: nanoFramework.System.Device.I2c.Slave 1.0.20 (nanoframework/System.Device.I2c.Slave, tag v1.0.20).
// ESP32 targets only (the Pico W uses the project's native I2C target).
using System.Threading;

namespace System.Device.I2c
{
    public class I2cSlaveDevice : IDisposable
    {
        public I2cSlaveDevice(int busId, int deviceAddress) { }

        public int DeviceAddress => throw null;

        public int BusId => throw null;

        public bool ReadByte(out byte value, int timeout = Timeout.Infinite) => throw null;

        public int Read(SpanByte buffer, int timeout = Timeout.Infinite) => throw null;

        public bool WriteByte(byte value, int timeout = Timeout.Infinite) => throw null;

        public int Write(SpanByte buffer, int timeout = Timeout.Infinite) => throw null;

        public void Dispose() => throw null;

        protected virtual void Dispose(bool disposing) => throw null;
    }
}
