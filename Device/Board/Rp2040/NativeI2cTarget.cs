using System;
using System.Runtime.CompilerServices;

namespace FurnaceFw.Device.Rp2040
{
    /// <summary>
    /// I2C target (slave) served from an interrupt handler on the RP2040: a 256-byte register
    /// bank the host reads, and a queue of the host's register writes.
    /// Native side: Native/src/furnace_i2c.c through the FurnaceFw.Device.Rp2040 interop assembly.
    /// </summary>
    /// <remarks>
    /// Protocol: the first byte of a host write sets the register pointer, following bytes are data.
    /// A read (after a repeated START, or as its own transfer) returns bytes from the pointer with
    /// auto-increment; addresses at or beyond the published length read as 0xEE.
    /// A host read always sees one consistent image, even if <see cref="Publish"/> runs meanwhile.
    /// </remarks>
    public static class NativeI2cTarget
    {
        /// <summary>Size of the register bank (8-bit register pointer).</summary>
        public const int RegisterBankSize = 256;

        /// <summary>Longest queued write: pointer byte + 32 data bytes. <see cref="TakeWrite"/> needs a buffer at least this long.</summary>
        public const int MaxWriteLength = 33;

        /// <summary>Byte served for registers that were not published.</summary>
        public const byte UnknownRegisterValue = 0xEE;

        /// <summary>Number of counters filled by <see cref="ReadCounters"/>.</summary>
        public const int CounterCount = 8;

        // Counter indices for ReadCounters. wire-stable: i2c_counter_index_t in
        // Native/src/i2c_target_counters.h; never renumber.

        /// <summary>Counter index: host writes delivered to the queue.</summary>
        public const int CounterWritesQueued = 0;

        /// <summary>Counter index: host read transfers that ended with STOP.</summary>
        public const int CounterReadsCompleted = 1;

        /// <summary>Counter index: bytes served as 0xEE (unpublished register or past 0xFF).</summary>
        public const int CounterUnknownReads = 2;

        /// <summary>Counter index: writes dropped because the 16-entry queue was full.</summary>
        public const int CounterOverflowQueueFull = 3;

        /// <summary>Counter index: writes dropped because they carried more than 32 data bytes.</summary>
        public const int CounterOverflowTooLong = 4;

        /// <summary>Counter index: bus-level errors (TX abort, RX overrun).</summary>
        public const int CounterBusErrors = 5;

        /// <summary>Counter index: transfers cut before a clean STOP (data of a cut write is dropped).</summary>
        public const int CounterAbortedTransfers = 6;

        /// <summary>Counter index: <see cref="Publish"/> calls refused because a host read still held the other image.</summary>
        public const int CounterPublishBusy = 7;

        private const int StatusOk = 0;
        private const int StatusArg = -1;
        private const int StatusBusy = -3;
        private const int StatusState = -4;
        private const int StatusPin = -5;

        /// <summary>Starts serving as an I2C target.</summary>
        /// <param name="i2cIndex">0 for I2C0, 1 for I2C1. The block must not also be used by System.Device.I2c.</param>
        /// <param name="address">7-bit address, 0x08–0x77.</param>
        /// <param name="sdaPin">GPIO for SDA: GPIO % 4 == 0 for I2C0, == 2 for I2C1.</param>
        /// <param name="sclPin">GPIO for SCL: GPIO % 4 == 1 for I2C0, == 3 for I2C1.</param>
        /// <exception cref="ArgumentOutOfRangeException">Index, address or pins invalid.</exception>
        /// <exception cref="InvalidOperationException">Already started.</exception>
        public static void Start(int i2cIndex, int address, int sdaPin, int sclPin)
        {
            if (i2cIndex < 0 || i2cIndex > 1)
            {
                throw new ArgumentOutOfRangeException(nameof(i2cIndex), "I2C index must be 0 or 1.");
            }

            if (address < 0x08 || address > 0x77)
            {
                throw new ArgumentOutOfRangeException(nameof(address), "I2C address must be 0x08-0x77.");
            }

            switch (NativeStart(i2cIndex, address, sdaPin, sclPin))
            {
                case StatusOk:
                    return;
                case StatusPin:
                    throw new ArgumentOutOfRangeException(nameof(sdaPin), "SDA/SCL pins cannot carry this I2C block.");
                case StatusState:
                    throw new InvalidOperationException("I2C target already started.");
                default:
                    throw new ArgumentOutOfRangeException(nameof(i2cIndex), "Invalid I2C target configuration.");
            }
        }

        /// <summary>Stops serving and releases the I2C block. Queued writes stay readable.</summary>
        public static void Stop()
        {
            NativeStop();
        }

        /// <summary>
        /// Publishes a fresh register image in one step. Bytes beyond <paramref name="length"/> read as 0xEE.
        /// </summary>
        /// <param name="image">Register values from address 0.</param>
        /// <param name="length">Bytes of <paramref name="image"/> to publish, 0–256.</param>
        /// <returns>
        /// <c>true</c> when published; <c>false</c> when a host read that began before the previous
        /// publish is still running (the image was not changed: publish again next cycle).
        /// </returns>
        /// <exception cref="ArgumentNullException"><paramref name="image"/> is null.</exception>
        /// <exception cref="ArgumentOutOfRangeException"><paramref name="length"/> outside 0–256 or beyond the array.</exception>
        public static bool Publish(byte[] image, int length)
        {
            if (image == null)
            {
                throw new ArgumentNullException(nameof(image));
            }

            if (length < 0 || length > RegisterBankSize || length > image.Length)
            {
                throw new ArgumentOutOfRangeException(nameof(length), "Length must be 0-256 and within the array.");
            }

            int status = NativePublish(image, length);
            if (status == StatusBusy)
            {
                return false;
            }

            if (status != StatusOk)
            {
                throw new ArgumentOutOfRangeException(nameof(length), "Native publish rejected the image.");
            }

            return true;
        }

        /// <summary>Takes the oldest host write: pointer byte first, then its data bytes.</summary>
        /// <param name="buffer">At least <see cref="MaxWriteLength"/> (33) bytes.</param>
        /// <returns>Bytes copied into <paramref name="buffer"/>; 0 when no write is queued.</returns>
        /// <exception cref="ArgumentNullException"><paramref name="buffer"/> is null.</exception>
        /// <exception cref="ArgumentException"><paramref name="buffer"/> shorter than 33 bytes.</exception>
        public static int TakeWrite(byte[] buffer)
        {
            if (buffer == null)
            {
                throw new ArgumentNullException(nameof(buffer));
            }

            if (buffer.Length < MaxWriteLength)
            {
                throw new ArgumentException("Buffer must hold at least 33 bytes.", nameof(buffer));
            }

            int result = NativeTakeWrite(buffer);
            if (result == StatusArg)
            {
                throw new ArgumentException("Buffer must hold at least 33 bytes.", nameof(buffer));
            }

            return result;
        }

        /// <summary>Copies the counters (indices: the Counter* constants) into <paramref name="counters"/>.</summary>
        /// <param name="counters">At least <see cref="CounterCount"/> elements; extra elements are left untouched.</param>
        /// <exception cref="ArgumentNullException"><paramref name="counters"/> is null.</exception>
        /// <exception cref="ArgumentException">Fewer than <see cref="CounterCount"/> elements.</exception>
        public static void ReadCounters(int[] counters)
        {
            if (counters == null)
            {
                throw new ArgumentNullException(nameof(counters));
            }

            if (counters.Length < CounterCount)
            {
                throw new ArgumentException("Array must hold at least 8 counters.", nameof(counters));
            }

            NativeReadCounters(counters);
        }

        #region Native Calls

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeStart(int i2cIndex, int address, int sdaPin, int sclPin);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeStop();

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativePublish(byte[] image, int length);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern int NativeTakeWrite(byte[] buffer);

        [MethodImpl(MethodImplOptions.InternalCall)]
        private static extern void NativeReadCounters(int[] counters);

        #endregion
    }
}
