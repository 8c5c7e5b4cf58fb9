using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Persistence
{
    /// <summary>
    /// The safety latch as stored in flash: 16 bytes, "FLT1", version, reason, the latched fault bits (big-endian)
    /// and a CRC-32 over the first 12 bytes. A record that fails any check is corrupt, and a corrupt latch reads as
    /// tripped (<see cref="Ports.ILatchStore"/>). Portable so the host tests the exact bytes the device writes.
    /// </summary>
    public static class LatchRecord
    {
        public const int Length = 16;
        private const byte Version = 1;

        /// <summary>Writes the record for <paramref name="latchedFaults"/> into <paramref name="record"/> (16 bytes).</summary>
        public static void Encode(int latchedFaults, ReasonCode reason, byte[] record)
        {
            record[0] = (byte)'F';
            record[1] = (byte)'L';
            record[2] = (byte)'T';
            record[3] = (byte)'1';
            record[4] = Version;
            record[5] = (byte)reason;
            record[6] = 0;
            record[7] = 0;
            WriteInt(record, 8, latchedFaults);
            WriteInt(record, 12, (int)Crc32(record, 0, 12));
        }

        /// <summary>True when <paramref name="count"/> bytes form a whole, uncorrupted record with only latchable bits.</summary>
        public static bool TryDecode(byte[] record, int count, out int latchedFaults, out ReasonCode reason)
        {
            latchedFaults = 0;
            reason = ReasonCode.None;
            if (record == null || count != Length || record[0] != 'F' || record[1] != 'L' || record[2] != 'T' || record[3] != '1'
                || record[4] != Version || (uint)ReadInt(record, 12) != Crc32(record, 0, 12))
            {
                return false;
            }

            int faults = ReadInt(record, 8);
            if ((faults & ~FaultFlags.LatchedMask) != 0)
            {
                return false;
            }

            latchedFaults = faults;
            reason = (ReasonCode)record[5];
            return true;
        }

        /// <summary>CRC-32 (IEEE 802.3, reflected, 0xEDB88320), bitwise: 12 bytes do not justify a 1 KB table.</summary>
        public static uint Crc32(byte[] data, int offset, int count)
        {
            uint crc = 0xFFFFFFFF;
            for (int i = offset; i < offset + count; i++)
            {
                crc ^= data[i];
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
                }
            }

            return ~crc;
        }

        private static void WriteInt(byte[] buffer, int offset, int value)
        {
            buffer[offset] = (byte)(value >> 24);
            buffer[offset + 1] = (byte)(value >> 16);
            buffer[offset + 2] = (byte)(value >> 8);
            buffer[offset + 3] = (byte)value;
        }

        private static int ReadInt(byte[] buffer, int offset) =>
            (buffer[offset] << 24) | (buffer[offset + 1] << 16) | (buffer[offset + 2] << 8) | buffer[offset + 3];
    }
}
