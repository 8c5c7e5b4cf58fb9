namespace FurnaceFw.Protocol.I2c
{
    /// <summary>Builds the bytes of a host write: register byte, big-endian value, PEC.</summary>
    public static class WriteFrame
    {
        /// <summary>Writes the frame into <paramref name="destination"/> (at least width + 2 bytes); returns its length.</summary>
        public static int Encode(int address7, RegisterDefinition register, int value, byte[] destination)
        {
            destination[0] = (byte)register.Address;
            RegisterCodec.Write(destination, 1, register.Width, value);
            int length = register.Width + 1;
            destination[length] = Pec.ForWrite(address7, destination, 0, length);
            return length + 1;
        }
    }
}
