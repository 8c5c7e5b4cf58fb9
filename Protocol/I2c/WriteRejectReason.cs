namespace FurnaceFw.Protocol.I2c
{
    /// <summary>Why the register bank refused a host write (register LastRejectReason). Wire-stable: never renumber, only append.</summary>
    public enum WriteRejectReason : byte
    {
        None = 0,

        /// <summary>The register byte is not the first address of any register in this firmware's map.</summary>
        UnknownRegister = 1,

        /// <summary>The register exists but is read-only.</summary>
        ReadOnly = 2,

        /// <summary>The transaction was not exactly register + width data bytes + PEC.</summary>
        BadLength = 3,

        /// <summary>The PEC byte did not match the CRC-8 over address, register and data.</summary>
        BadCrc = 4,

        /// <summary>The value is outside the register's documented range.</summary>
        OutOfRange = 5,
    }
}
