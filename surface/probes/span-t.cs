// expect: CS0234
// Span<T> is 2.0-preview only; the stable line has SpanByte.
class Probe { void M(System.Span<byte> buffer) { } }
