namespace FurnaceFw.Firmware.I2c
{
    /// <summary>The firmware version published in register FirmwareVersion: bytes major.minor.patch.build.</summary>
    public static class FirmwareVersion
    {
        public const int Major = 0;
        public const int Minor = 1;
        public const int Patch = 0;
        public const int Build = 0;

        public const int Packed = (Major << 24) | (Minor << 16) | (Patch << 8) | Build;
    }
}
