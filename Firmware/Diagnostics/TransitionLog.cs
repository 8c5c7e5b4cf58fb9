using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Diagnostics
{
    /// <summary>The last state transitions, newest first on read. Fixed arrays: no allocation after construction.</summary>
    public sealed class TransitionLog
    {
        public const int Capacity = 8;

        private readonly long[] _timeMs = new long[Capacity];
        private readonly byte[] _from = new byte[Capacity];
        private readonly byte[] _to = new byte[Capacity];
        private readonly byte[] _reason = new byte[Capacity];
        private int _next;
        private int _count;

        public int Count => _count;

        public void Add(long timeMs, FurnaceState from, FurnaceState to, ReasonCode reason)
        {
            _timeMs[_next] = timeMs;
            _from[_next] = (byte)from;
            _to[_next] = (byte)to;
            _reason[_next] = (byte)reason;
            _next = (_next + 1) % Capacity;
            if (_count < Capacity)
            {
                _count++;
            }
        }

        /// <summary>Copies entries newest first into the given arrays (each at least <see cref="Capacity"/> long).</summary>
        public void CopyNewestFirst(long[] timeMs, byte[] from, byte[] to, byte[] reason)
        {
            for (int i = 0; i < Capacity; i++)
            {
                if (i < _count)
                {
                    int slot = (_next - 1 - i + Capacity) % Capacity;
                    timeMs[i] = _timeMs[slot];
                    from[i] = _from[slot];
                    to[i] = _to[slot];
                    reason[i] = _reason[slot];
                }
                else
                {
                    timeMs[i] = 0;
                    from[i] = 0;
                    to[i] = 0;
                    reason[i] = 0;
                }
            }
        }
    }
}
