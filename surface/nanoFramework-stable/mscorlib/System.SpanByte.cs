// Reference-only: System.SpanByte, the stable line's byte span (CoreLibrary 1.x). There is no Span<T> here.
namespace System
{
    public readonly ref struct SpanByte
    {
        private readonly byte[] _array;
        public SpanByte(byte[] array) => throw null;
        public SpanByte(byte[] array, int start, int length) => throw null;
        public static SpanByte Empty => throw null;
        public int Length => throw null;
        public bool IsEmpty => throw null;
        public byte this[int index] { get => throw null; set { } }
        public SpanByte Slice(int start) => throw null;
        public SpanByte Slice(int start, int length) => throw null;
        public void CopyTo(SpanByte destination) => throw null;
        public byte[] ToArray() => throw null;
        public static implicit operator SpanByte(byte[] array) => throw null;
    }
}
