using System.Device.I2c;

namespace FurnaceFw.Host.Transport;

/// <summary>Linux i2c-dev (/dev/i2c-N) through System.Device.I2c. A NAK or adapter error surfaces as <see cref="BusException"/>.</summary>
public sealed class LinuxI2cTransport : II2cTransport
{
    private readonly I2cDevice _device;

    public LinuxI2cTransport(int busId, int address7)
    {
        string path = $"/dev/i2c-{busId}";
        Description = $"{path} @ 0x{address7:X2}";
        if (!File.Exists(path))
        {
            throw new FurnaceException(ExitCode.DeviceNotFound,
                $"{path} does not exist: enable I2C (raspi-config, or dtparam=i2c_arm=on) or pick another --bus");
        }

        try
        {
            _device = I2cDevice.Create(new I2cConnectionSettings(busId, address7));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FurnaceException(ExitCode.DeviceNotFound,
                $"cannot open {path}: {e.Message} (is the user in group i2c?)", e);
        }
    }

    public string Description { get; }

    public void Write(ReadOnlySpan<byte> data)
    {
        byte[] bytes = data.ToArray();
        Guard(() => _device.Write(bytes), "write");
    }

    public void Read(Span<byte> buffer)
    {
        var temp = new byte[buffer.Length];
        Guard(() => _device.Read(temp), "read");
        temp.CopyTo(buffer);
    }

    public void WriteRead(ReadOnlySpan<byte> write, Span<byte> read)
    {
        byte[] request = write.ToArray();
        var temp = new byte[read.Length];
        Guard(() => _device.WriteRead(request, temp), "write-read");
        temp.CopyTo(read);
    }

    public void Dispose() => _device.Dispose();

    private void Guard(Action transfer, string what)
    {
        try
        {
            transfer();
        }
        catch (IOException e)
        {
            // The kernel reports a NAK as ENXIO/EREMOTEIO; either way the target did not take part.
            throw new BusException(BusFault.Nak, $"{what} on {Description}: {e.Message}", e);
        }
    }
}
