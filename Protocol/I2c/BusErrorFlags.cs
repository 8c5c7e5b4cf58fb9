namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// Sticky bits in register BusErrors: set when the register bank sees the condition, cleared only by a valid
    /// write to ClearErrors. Wire-stable: never reuse a bit.
    /// </summary>
    public static class BusErrorFlags
    {
        public const int None = 0;

        /// <summary>A read reached an address at or beyond ImageLength (served as <see cref="RegisterMap.UnknownByte"/>).</summary>
        public const int UnknownRegisterRead = 1 << 0;

        /// <summary>A write named an unknown register.</summary>
        public const int UnknownRegisterWrite = 1 << 1;

        /// <summary>A write named a read-only register.</summary>
        public const int ReadOnlyWrite = 1 << 2;

        /// <summary>A write had the wrong length.</summary>
        public const int BadLength = 1 << 3;

        /// <summary>A write failed its PEC check.</summary>
        public const int BadCrc = 1 << 4;

        /// <summary>A write carried an out-of-range value.</summary>
        public const int OutOfRange = 1 << 5;

        /// <summary>A read was served from the previous image because the snapshot could not be copied in time.</summary>
        public const int StaleImage = 1 << 6;

        /// <summary>The flag for one reject reason.</summary>
        public static int ForReject(WriteRejectReason reason)
        {
            switch (reason)
            {
                case WriteRejectReason.UnknownRegister: return UnknownRegisterWrite;
                case WriteRejectReason.ReadOnly: return ReadOnlyWrite;
                case WriteRejectReason.BadLength: return BadLength;
                case WriteRejectReason.BadCrc: return BadCrc;
                case WriteRejectReason.OutOfRange: return OutOfRange;
                default: return None;
            }
        }
    }
}
