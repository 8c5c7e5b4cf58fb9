namespace FurnaceFw.Protocol.I2c
{
    /// <summary>What a host may do with a register. Wire-stable: never renumber.</summary>
    public enum RegisterAccess : byte
    {
        /// <summary>Read only. A write is rejected with <see cref="WriteRejectReason.ReadOnly"/>.</summary>
        Read = 1,

        /// <summary>Write only (a command). Reads return 0x00 bytes.</summary>
        Write = 2,

        /// <summary>Readable and writable.</summary>
        ReadWrite = 3,
    }
}
