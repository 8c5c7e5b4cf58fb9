using System.Threading;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// Hands the control thread's snapshot to other threads without a lock (a sequence lock).
    /// <para>The control thread (the only writer) never waits: it bumps the sequence to odd, copies, bumps it to
    /// even. A reader copies between two reads of the sequence and retries if a write overlapped. No reader,
    /// however stuck, can hold anything the writer needs, so a hung web or I2C thread cannot stall control.</para>
    /// </summary>
    public sealed class SnapshotExchange
    {
        private const int MaxReadAttempts = 16;

        private readonly ControllerSnapshot _shared = new ControllerSnapshot();
        private int _sequence;

        /// <summary>Number of completed publishes; 0 before the first cycle.</summary>
        public int PublishCount => ReadSequence() / 2;

        /// <summary>Control thread only.</summary>
        public void Publish(ControllerSnapshot source)
        {
            Interlocked.Increment(ref _sequence);
            _shared.CopyFrom(source);
            Interlocked.Increment(ref _sequence);
        }

        /// <summary>Copies the latest snapshot into <paramref name="destination"/>. Returns false only if every attempt
        /// overlapped a write (the writer publishes once per cycle, so this means the reader was starved).</summary>
        public bool TryRead(ControllerSnapshot destination)
        {
            for (int attempt = 0; attempt < MaxReadAttempts; attempt++)
            {
                int before = ReadSequence();
                if ((before & 1) != 0)
                {
                    Thread.Sleep(0);
                    continue;
                }

                destination.CopyFrom(_shared);
                if (ReadSequence() == before)
                {
                    return true;
                }
            }

            return false;
        }

        // CompareExchange is a full fence on both runtimes and nanoFramework lacks Volatile.Read.
        private int ReadSequence() => Interlocked.CompareExchange(ref _sequence, 0, 0);
    }
}
