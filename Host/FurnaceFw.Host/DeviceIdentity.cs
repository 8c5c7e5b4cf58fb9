using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>The controller's identity block (0x00-0x0F), validated: only a FurnaceFw controller of a known major gets one.</summary>
public sealed record DeviceIdentity(int ProtocolMajor, int ProtocolMinor, int RegisterCount, int ImageLength, uint FirmwareVersion,
    uint Capabilities)
{
    public const int BlockLength = 16;

    /// <summary>The major this library speaks.</summary>
    public const int SupportedMajor = RegisterMap.ProtocolMajor;

    public string FirmwareVersionText =>
        $"{FirmwareVersion >> 24}.{(FirmwareVersion >> 16) & 0xFF}.{(FirmwareVersion >> 8) & 0xFF}.{FirmwareVersion & 0xFF}";

    /// <summary>True when the controller publishes the register and announces its capability bit.</summary>
    public bool Supports(RegisterDefinition register) =>
        (Capabilities & (uint)register.Capability) == (uint)register.Capability && register.Address + register.Width <= ImageLength;

    /// <summary>Capability bits this library does not know (from a newer firmware): reported, never used.</summary>
    public uint UnknownCapabilities => Capabilities & ~(uint)RegisterMap.Capabilities;

    /// <summary>Checks a raw identity block. Throws a <see cref="FurnaceException"/> naming what is wrong.</summary>
    public static DeviceIdentity Parse(ReadOnlySpan<byte> block, string where)
    {
        if (block.Length < BlockLength)
        {
            throw new ArgumentException("identity block is 16 bytes", nameof(block));
        }

        if (AllEqual(block, 0xFF) || AllEqual(block, 0x00))
        {
            throw new FurnaceException(ExitCode.DeviceNotFound,
                $"no FurnaceFw controller at {where}: the identity block read all 0x{block[0]:X2} (an idle bus or a device without registers)");
        }

        byte[] bytes = block[..BlockLength].ToArray();
        uint magic = (uint)RegisterCodec.Read(bytes, RegisterAddress.Magic, 4, false);
        if (magic != RegisterMap.Magic)
        {
            throw new FurnaceException(ExitCode.DeviceNotFound,
                $"foreign device at {where}: magic 0x{magic:X8} is not 0x{RegisterMap.Magic:X8} (\"FNFW\"); refusing to talk to it");
        }

        int major = bytes[RegisterAddress.ProtocolMajor];
        int minor = bytes[RegisterAddress.ProtocolMinor];
        if (major != SupportedMajor)
        {
            throw new FurnaceException(ExitCode.IncompatibleVersion,
                $"controller at {where} speaks protocol {major}.{minor}; this furnacectl speaks {SupportedMajor}.x. "
                + (major > SupportedMajor ? "Upgrade furnacectl." : "Upgrade the controller firmware."));
        }

        int imageLength = bytes[RegisterAddress.ImageLength];
        if (imageLength < BlockLength)
        {
            throw new FurnaceException(ExitCode.DeviceNotFound,
                $"controller at {where} reports ImageLength {imageLength}, shorter than its own identity block: corrupt or foreign");
        }

        return new DeviceIdentity(major, minor, bytes[RegisterAddress.RegisterCount], imageLength,
            (uint)RegisterCodec.Read(bytes, RegisterAddress.FirmwareVersion, 4, false),
            (uint)RegisterCodec.Read(bytes, RegisterAddress.Capabilities, 4, false));
    }

    private static bool AllEqual(ReadOnlySpan<byte> block, byte value)
    {
        foreach (byte b in block)
        {
            if (b != value)
            {
                return false;
            }
        }

        return true;
    }
}
