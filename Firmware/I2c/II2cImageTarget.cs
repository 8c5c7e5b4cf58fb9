namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// An I2C target that serves reads itself from a published image and queues host writes (the RP2040's
    /// interrupt-driven target, Native/src/furnace_i2c.c via FurnaceFw.Device.Rp2040.NativeI2cTarget).
    /// </summary>
    public interface II2cImageTarget
    {
        /// <summary>Publishes <paramref name="length"/> bytes from address 0; false when a host read still holds the
        /// other buffer (publish again next time).</summary>
        bool Publish(byte[] image, int length);

        /// <summary>Copies the oldest queued write (register byte first) into <paramref name="buffer"/>; returns its
        /// length, 0 when none.</summary>
        int TakeWrite(byte[] buffer);

        /// <summary>Bytes the target has served as the unknown pattern since it started (a running count).</summary>
        int UnknownReadCount { get; }
    }
}
