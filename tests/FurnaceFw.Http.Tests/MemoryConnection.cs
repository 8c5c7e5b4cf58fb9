using FurnaceFw.Web;

namespace FurnaceFw.Http.Tests;

/// <summary>A connection that keeps what was sent (for writer and handler tests without sockets).</summary>
internal sealed class MemoryConnection : IConnection
{
    public List<byte> Bytes { get; } = new();

    public int Receive(byte[] buffer, int offset, int count, int timeoutMs) => 0;

    public void Send(byte[] buffer, int offset, int count, int timeoutMs) => Bytes.AddRange(new ArraySegment<byte>(buffer, offset, count));

    public int RemoteAddress => 0x7F000001;

    public void Close()
    {
    }
}
