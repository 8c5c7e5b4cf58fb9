namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// SMBus Packet Error Code: CRC-8, polynomial x^8 + x^2 + x + 1 (0x07), initial value 0, no reflection, no final
    /// XOR (SMBus 3.x §6.4). Check value: CRC of ASCII "123456789" = 0xF4. For a host write the PEC covers the
    /// address byte (7-bit address &lt;&lt; 1, write bit 0), the register byte and the data bytes.
    /// </summary>
    public static class Pec
    {
        private static readonly byte[] Table = BuildTable();

        /// <summary>Continues a CRC over <paramref name="count"/> bytes from <paramref name="offset"/>.</summary>
        public static byte Update(byte crc, byte[] data, int offset, int count)
        {
            for (int i = 0; i < count; i++)
            {
                crc = Table[(crc ^ data[offset + i]) & 0xFF];
            }

            return crc;
        }

        /// <summary>Continues a CRC over one byte.</summary>
        public static byte Update(byte crc, byte value) => Table[(crc ^ value) & 0xFF];

        /// <summary>The PEC of a host write of <paramref name="count"/> bytes (register byte first) to a 7-bit address.</summary>
        public static byte ForWrite(int address7, byte[] transaction, int offset, int count)
        {
            byte crc = Update(0, (byte)((address7 << 1) & 0xFE));
            return Update(crc, transaction, offset, count);
        }

        private static byte[] BuildTable()
        {
            byte[] table = new byte[256];
            for (int i = 0; i < 256; i++)
            {
                int crc = i;
                for (int bit = 0; bit < 8; bit++)
                {
                    crc = (crc & 0x80) != 0 ? ((crc << 1) ^ 0x07) : (crc << 1);
                }

                table[i] = (byte)(crc & 0xFF);
            }

            return table;
        }
    }
}
