namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// Big-endian encoding of register values. Values travel as <c>int</c>: a 4-byte unsigned register is its bit
    /// pattern (convert with <c>(uint)</c> on a host).
    /// </summary>
    public static class RegisterCodec
    {
        /// <summary>Writes <paramref name="value"/> big-endian into <paramref name="width"/> bytes (1, 2 or 4).</summary>
        public static void Write(byte[] buffer, int offset, int width, int value)
        {
            for (int i = width - 1; i >= 0; i--)
            {
                buffer[offset + i] = (byte)(value & 0xFF);
                value >>= 8;
            }
        }

        /// <summary>Reads a big-endian value of <paramref name="width"/> bytes; sign-extends when <paramref name="signed"/>.</summary>
        public static int Read(byte[] buffer, int offset, int width, bool signed)
        {
            int value = 0;
            for (int i = 0; i < width; i++)
            {
                value = (value << 8) | buffer[offset + i];
            }

            if (signed && width < 4)
            {
                int shift = 32 - 8 * width;
                value = (value << shift) >> shift;
            }

            return value;
        }

        /// <summary>Encodes a register's value at its own address in a register image.</summary>
        public static void Encode(RegisterDefinition register, byte[] image, int value) =>
            Write(image, register.Address, register.Width, value);

        /// <summary>Decodes a register's value from a buffer that holds the register at <paramref name="offset"/>.</summary>
        public static int Decode(RegisterDefinition register, byte[] buffer, int offset) =>
            Read(buffer, offset, register.Width, register.Signed);

        /// <summary>Clamps to the range of an unsigned 16-bit register (counters saturate rather than wrap).</summary>
        public static int SaturateU16(int value) => value < 0 ? 0 : (value > 0xFFFF ? 0xFFFF : value);

        /// <summary>Clamps to the range of a signed 16-bit register.</summary>
        public static int SaturateI16(int value) => value < -32768 ? -32768 : (value > 32767 ? 32767 : value);
    }
}
