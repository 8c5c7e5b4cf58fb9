using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Host;

/// <summary>Every register the controller offers, decoded from one block read (one control snapshot).</summary>
public sealed class RegisterSnapshot
{
    private readonly byte[] _image;

    public RegisterSnapshot(DeviceIdentity identity, byte[] image)
    {
        Identity = identity;
        _image = image;
        Registers = RegisterMap.All.Where(r => r.IsReadable && identity.Supports(r)).ToList();
    }

    public DeviceIdentity Identity { get; }

    /// <summary>Readable registers the controller offers, in address order.</summary>
    public IReadOnlyList<RegisterDefinition> Registers { get; }

    public int Raw(RegisterDefinition register) => RegisterCodec.Decode(register, _image, register.Address);

    /// <summary>The raw value, or null when this controller does not offer the register.</summary>
    public int? TryRaw(string name)
    {
        RegisterDefinition? register = RegisterMap.Find(name);
        return register != null && Registers.Contains(register) ? Raw(register) : null;
    }

    public string Text(RegisterDefinition register) => RegisterFormatter.Format(register, Raw(register));
}
