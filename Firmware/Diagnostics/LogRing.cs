using System.Threading;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Diagnostics
{
    /// <summary>
    /// The diagnostics log that survives a Release build (Debug.WriteLine does not): a fixed ring of entries, each
    /// a sequence number, a time, a level and up to <see cref="MaxTextBytes"/> ASCII characters. Read over I2C
    /// (registers LogSelect..LogEntryText), by furnacectl log and on the web page.
    /// <para>Memory: all of it is allocated here, once. Writing copies the characters into the ring and allocates
    /// nothing (a literal argument is the caller's); reading copies into a caller's <see cref="LogEntry"/>.</para>
    /// <para>Threads: writers take turns through one Interlocked flag, held only while copying one entry; a writer
    /// that cannot get it within a few yields drops its entry and counts it (<see cref="LostCount"/>) rather than
    /// wait. Readers never block anyone: each slot has its own sequence lock, and a read that overlaps a write is
    /// retried or reported as busy. When the ring is full the oldest entry is overwritten and counted
    /// (<see cref="DroppedCount"/>).</para>
    /// </summary>
    public sealed class LogRing
    {
        /// <summary>Longest text kept per entry; the rest is cut (the I2C window shows exactly this many bytes).</summary>
        public const int MaxTextBytes = 40;

        /// <summary>Entries kept by default: the last 32 events of a boot.</summary>
        public const int DefaultCapacity = 32;

        private const int MaxClaimAttempts = 8;
        private const int MaxReadAttempts = 8;

        private readonly int[] _slotSequence;
        private readonly int[] _slotVersion;
        private readonly long[] _timeMs;
        private readonly byte[] _level;
        private readonly byte[] _length;
        private readonly byte[] _text;
        private int _writing;
        private int _newest;
        private int _lost;

        public LogRing(int capacity)
        {
            if (capacity < 1 || capacity > 255)
            {
                capacity = DefaultCapacity;
            }

            _slotSequence = new int[capacity];
            _slotVersion = new int[capacity];
            _timeMs = new long[capacity];
            _level = new byte[capacity];
            _length = new byte[capacity];
            _text = new byte[capacity * MaxTextBytes];
        }

        public int Capacity => _slotSequence.Length;

        /// <summary>Sequence number of the newest entry; 0 before the first.</summary>
        public int NewestSequence => Interlocked.CompareExchange(ref _newest, 0, 0);

        /// <summary>Sequence number of the oldest entry still held; 0 before the first.</summary>
        public int OldestSequence
        {
            get
            {
                int newest = NewestSequence;
                return newest == 0 ? 0 : (newest > Capacity ? newest - Capacity + 1 : 1);
            }
        }

        /// <summary>Entries overwritten by newer ones since boot.</summary>
        public int DroppedCount
        {
            get
            {
                int newest = NewestSequence;
                return newest > Capacity ? newest - Capacity : 0;
            }
        }

        /// <summary>Entries never written because another writer held the ring for too long.</summary>
        public int LostCount => Interlocked.CompareExchange(ref _lost, 0, 0);

        /// <summary>Adds an entry; returns its sequence number, or 0 if it was lost to a busy ring.</summary>
        public int Write(LogLevel level, long timeMs, string text) => Write(level, timeMs, text, false, 0, null);

        /// <summary>Adds "text value suffix" (value in decimal) without building a string: "free heap 81234 B".</summary>
        public int Write(LogLevel level, long timeMs, string text, int value, string suffix) =>
            Write(level, timeMs, text, true, value, suffix);

        /// <summary>Copies entry <paramref name="sequence"/> into <paramref name="entry"/>. False when it is not held
        /// (overwritten, or not written yet) or kept changing under every attempt; <paramref name="entry"/> then holds nothing.</summary>
        public bool TryRead(int sequence, LogEntry entry)
        {
            int newest = NewestSequence;
            if (sequence > 0 && sequence <= newest)
            {
                int slot = (sequence - 1) % Capacity;
                for (int attempt = 0; attempt < MaxReadAttempts; attempt++)
                {
                    int before = Interlocked.CompareExchange(ref _slotVersion[slot], 0, 0);
                    if ((before & 1) != 0)
                    {
                        Thread.Sleep(0);
                        continue;
                    }

                    if (_slotSequence[slot] != sequence)
                    {
                        break; // overwritten by a newer entry
                    }

                    entry.TimeMs = _timeMs[slot];
                    entry.Level = (LogLevel)_level[slot];
                    int length = _length[slot];
                    for (int i = 0; i < length; i++)
                    {
                        entry.Text[i] = _text[slot * MaxTextBytes + i];
                    }

                    entry.TextLength = length;
                    if (Interlocked.CompareExchange(ref _slotVersion[slot], 0, 0) == before && _slotSequence[slot] == sequence)
                    {
                        entry.Sequence = sequence;
                        return true;
                    }
                }
            }

            entry.Sequence = 0;
            entry.TextLength = 0;
            return false;
        }

        private int Write(LogLevel level, long timeMs, string text, bool withValue, int value, string suffix)
        {
            if (!Claim())
            {
                Interlocked.Increment(ref _lost);
                return 0;
            }

            int sequence = _newest + 1;
            int slot = (sequence - 1) % Capacity;
            int start = slot * MaxTextBytes;
            Interlocked.Increment(ref _slotVersion[slot]); // odd: readers of this slot retry
            _slotSequence[slot] = sequence;
            _timeMs[slot] = timeMs;
            _level[slot] = (byte)level;
            int length = Append(text, start, 0);
            if (withValue)
            {
                length = AppendDecimal(value, start, length);
                length = Append(suffix, start, length);
            }

            _length[slot] = (byte)length;
            Interlocked.Increment(ref _slotVersion[slot]); // even again: the slot is whole
            Interlocked.Exchange(ref _newest, sequence);
            Interlocked.Exchange(ref _writing, 0);
            return sequence;
        }

        private bool Claim()
        {
            for (int attempt = 0; attempt < MaxClaimAttempts; attempt++)
            {
                if (Interlocked.CompareExchange(ref _writing, 1, 0) == 0)
                {
                    return true;
                }

                Thread.Sleep(0);
            }

            return false;
        }

        private int Append(string text, int start, int length)
        {
            if (text == null)
            {
                return length;
            }

            for (int i = 0; i < text.Length && length < MaxTextBytes; i++)
            {
                char c = text[i];
                _text[start + length++] = c >= ' ' && c <= '~' ? (byte)c : (byte)'?';
            }

            return length;
        }

        // Decimal digits without ToString (which allocates a string on the device).
        private int AppendDecimal(int value, int start, int length)
        {
            long v = value;
            if (v < 0)
            {
                if (length < MaxTextBytes)
                {
                    _text[start + length++] = (byte)'-';
                }

                v = -v;
            }

            long divisor = 1;
            while (divisor * 10 <= v)
            {
                divisor *= 10;
            }

            for (; divisor > 0 && length < MaxTextBytes; divisor /= 10)
            {
                _text[start + length++] = (byte)('0' + (int)(v / divisor % 10));
            }

            return length;
        }
    }
}
