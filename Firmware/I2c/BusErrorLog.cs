using System.Threading;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// The bank's error flags and counters. Written by the thread that handles host writes and, on the RP2040,
    /// by the thread that folds in the native unknown-read count, so every update is one Interlocked operation.
    /// </summary>
    public sealed class BusErrorLog
    {
        private int _flags;
        private int _rejectedWrites;
        private int _acceptedWrites;
        private int _unknownReads;
        private int _lastRejectRegister;
        private int _lastRejectReason;

        /// <summary>Sticky <see cref="BusErrorFlags"/>.</summary>
        public int Flags => Interlocked.CompareExchange(ref _flags, 0, 0);

        public int RejectedWrites => Interlocked.CompareExchange(ref _rejectedWrites, 0, 0);

        public int AcceptedWrites => Interlocked.CompareExchange(ref _acceptedWrites, 0, 0);

        public int UnknownReads => Interlocked.CompareExchange(ref _unknownReads, 0, 0);

        public int LastRejectRegister => Interlocked.CompareExchange(ref _lastRejectRegister, 0, 0);

        public WriteRejectReason LastRejectReason => (WriteRejectReason)Interlocked.CompareExchange(ref _lastRejectReason, 0, 0);

        public void NoteRejected(int register, WriteRejectReason reason)
        {
            Interlocked.Exchange(ref _lastRejectRegister, register & 0xFF);
            Interlocked.Exchange(ref _lastRejectReason, (int)reason);
            Interlocked.Increment(ref _rejectedWrites);
            SetFlags(BusErrorFlags.ForReject(reason));
        }

        public void NoteAccepted() => Interlocked.Increment(ref _acceptedWrites);

        /// <summary>Bytes served as the unknown pattern (the RP2040 passes the native counter's delta).</summary>
        public void NoteUnknownReads(int count)
        {
            if (count <= 0)
            {
                return;
            }

            int seen = Interlocked.CompareExchange(ref _unknownReads, 0, 0);
            while (true)
            {
                int sum = seen + count < seen ? int.MaxValue : seen + count; // saturate rather than wrap
                int previous = Interlocked.CompareExchange(ref _unknownReads, sum, seen);
                if (previous == seen)
                {
                    break;
                }

                seen = previous;
            }

            SetFlags(BusErrorFlags.UnknownRegisterRead);
        }

        public void NoteStaleImage() => SetFlags(BusErrorFlags.StaleImage);

        /// <summary>ClearErrors: the flags go, the counters keep counting.</summary>
        public void ClearFlags() => Interlocked.Exchange(ref _flags, 0);

        private void SetFlags(int bits)
        {
            int seen = Interlocked.CompareExchange(ref _flags, 0, 0);
            while ((seen & bits) != bits)
            {
                int previous = Interlocked.CompareExchange(ref _flags, seen | bits, seen);
                if (previous == seen)
                {
                    return;
                }

                seen = previous;
            }
        }
    }
}
