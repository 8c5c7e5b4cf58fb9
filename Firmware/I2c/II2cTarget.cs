using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// What an I2C target peripheral calls, one transaction at a time, on one thread. Every call returns at once:
    /// it never waits on the control thread and allocates nothing.
    /// </summary>
    public interface II2cTarget
    {
        /// <summary>A complete host write: register byte first, then data (and PEC). A 1-byte write only moves the
        /// register pointer. Returns why it was rejected, or None.</summary>
        WriteRejectReason OnWrite(byte[] buffer, int count);

        /// <summary>A read transaction starts: latch one consistent image for all of its bytes.</summary>
        void OnReadStart();

        /// <summary>The byte at the register pointer; the pointer then advances (auto-increment).</summary>
        byte ReadByte();
    }
}
