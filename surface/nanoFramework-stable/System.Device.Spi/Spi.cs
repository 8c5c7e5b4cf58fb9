// Reference-only: nanoFramework.System.Device.Spi on the stable 1.x line (SpanByte signatures; the 2.0 preview uses
// Span<byte>/ReadOnlySpan<byte> instead). Declarations only.
using System.Device.Gpio;

namespace System.Device.Spi
{
    public enum SpiMode { Mode0 = 0, Mode1 = 1, Mode2 = 2, Mode3 = 3 }

    public enum DataFlow { MsbFirst = 0, LsbFirst = 1 }

    public enum SpiSharingMode { Exclusive = 0, Shared = 1 }

    public sealed class SpiConnectionSettings
    {
        public SpiConnectionSettings(int busId, int chipSelectLine) { }
        public int BusId { get => throw null; set { } }
        public int ChipSelectLine { get => throw null; set { } }
        public SpiMode Mode { get => throw null; set { } }
        public int DataBitLength { get => throw null; set { } }
        public int ClockFrequency { get => throw null; set { } }
        public DataFlow DataFlow { get => throw null; set { } }
        public PinValue ChipSelectLineActiveState { get => throw null; set { } }
        public SpiSharingMode SharingMode { get => throw null; set { } }
    }

    public class SpiDevice : IDisposable
    {
        public SpiDevice(SpiConnectionSettings settings) { }
        public static SpiDevice Create(SpiConnectionSettings settings) => throw null;
        public SpiConnectionSettings ConnectionSettings => throw null;
        public byte ReadByte() => throw null;
        public void Read(SpanByte buffer) => throw null;
        public void Read(ushort[] buffer) => throw null;
        public void WriteByte(byte value) => throw null;
        public void Write(SpanByte buffer) => throw null;
        public void Write(ushort[] buffer) => throw null;
        public void TransferFullDuplex(SpanByte writeBuffer, SpanByte readBuffer) => throw null;
        public void TransferFullDuplex(ushort[] writeBuffer, ushort[] readBuffer) => throw null;
        public void Dispose() => throw null;
    }

    public class SpiDeviceAlreadyInUseException : Exception
    {
        public SpiDeviceAlreadyInUseException() { }
    }
}
