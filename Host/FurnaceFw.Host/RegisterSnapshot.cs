using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>Every register the controller offers, decoded from one block read (one control snapshot).</summary>
public sealed class RegisterSnapshot
{
    private readonly byte[] _image;

    /// <param name="readEnd">End (exclusive) of the bytes actually read into <paramref name="image"/>: registers beyond it are
    /// left out, never shown from the fill bytes.</param>
    public RegisterSnapshot(DeviceIdentity identity, byte[] image, int readEnd = RegisterMap.AddressSpace)
    {
        Identity = identity;
        _image = image;
        Registers = RegisterMap.All.Where(r => r.IsReadable && identity.Supports(r) && r.Address + r.Width <= readEnd).ToList();
    }

    public DeviceIdentity Identity { get; }

    /// <summary>Readable registers the controller offers, in address order.</summary>
    public IReadOnlyList<RegisterDefinition> Registers { get; }

    /// <summary>The register's integer; 0 for a Text register (its value is characters, see <see cref="Text"/>).</summary>
    public int Raw(RegisterDefinition register) =>
        register.Format == RegisterFormat.Text ? 0 : RegisterCodec.Decode(register, _image, register.Address);

    /// <summary>The raw value, or null when this controller does not offer the register.</summary>
    public int? TryRaw(string name)
    {
        RegisterDefinition? register = RegisterMap.Find(name);
        return register != null && Registers.Contains(register) ? Raw(register) : null;
    }

    public string Text(RegisterDefinition register) => register.Format == RegisterFormat.Text
        ? RegisterFormatter.Ascii(_image, register.Address, register.Width)
        : RegisterFormatter.Format(register, Raw(register));
}
