using System.Device.Spi;

namespace FurnaceFw.Tests.Drivers;

/// <summary>Returns queued 16-bit frames; counts transfers. Throws when asked to.</summary>
internal sealed class FakeSpiDevice : SpiDevice
{
    private readonly Queue<int> _frames = new();

    public override SpiConnectionSettings ConnectionSettings { get; } = new(0, 5);

    public int Reads { get; private set; }

    public bool Throw { get; set; }

    public int Repeat { get; set; } = -1;

    public void Enqueue(params int[] frames)
    {
        foreach (int f in frames)
        {
            _frames.Enqueue(f);
        }
    }

    public override void Read(Span<byte> buffer)
    {
        Reads++;
        if (Throw)
        {
            throw new IOException("bus down");
        }

        int frame = _frames.Count > 0 ? _frames.Dequeue() : Repeat;
        buffer[0] = (byte)(frame >> 8);
        buffer[1] = (byte)frame;
    }

    public override void Write(ReadOnlySpan<byte> buffer) => throw new NotSupportedException();

    public override void TransferFullDuplex(ReadOnlySpan<byte> writeBuffer, Span<byte> readBuffer) => throw new NotSupportedException();
}
