namespace FurnaceFw.Protocol.I2c
{
    /// <summary>One row of the register map: where a value lives, how it is encoded and who may use it.</summary>
    public sealed class RegisterDefinition
    {
        public RegisterDefinition(string name, int address, int width, RegisterAccess access, bool signed, RegisterFormat format,
            string unit, int scale, int capability, int min, int max, string description)
        {
            Name = name;
            Address = address;
            Width = width;
            Access = access;
            Signed = signed;
            Format = format;
            Unit = unit;
            Scale = scale;
            Capability = capability;
            Min = min;
            Max = max;
            Description = description;
        }

        /// <summary>The name hosts use (furnactl get/set NAME); never renamed once released.</summary>
        public string Name { get; }

        /// <summary>First byte address in the 256-byte space; never moved once released.</summary>
        public int Address { get; }

        /// <summary>Bytes: 1, 2 or 4, big-endian.</summary>
        public int Width { get; }

        public RegisterAccess Access { get; }

        /// <summary>Two's complement when true.</summary>
        public bool Signed { get; }

        public RegisterFormat Format { get; }

        /// <summary>Unit of the scaled value ("" for none).</summary>
        public string Unit { get; }

        /// <summary>Divisor from raw to unit: value = raw / Scale (4 for quarter °C, 1 otherwise).</summary>
        public int Scale { get; }

        /// <summary>The <see cref="I2c.Capability"/> bit that announces this register; 0 = always present.</summary>
        public int Capability { get; }

        /// <summary>Smallest raw value a write may carry (writable registers only).</summary>
        public int Min { get; }

        /// <summary>Largest raw value a write may carry (writable registers only).</summary>
        public int Max { get; }

        public string Description { get; }

        public bool IsReadable => (Access & RegisterAccess.Read) != 0;

        public bool IsWritable => (Access & RegisterAccess.Write) != 0;

        /// <summary>Bytes of a valid write transaction: register byte, data, PEC.</summary>
        public int WriteLength => Width + 2;

        /// <summary>True when <paramref name="address"/> falls inside this register.</summary>
        public bool Covers(int address) => address >= Address && address < Address + Width;

        /// <summary>True when a write may carry <paramref name="raw"/> (static bounds only; the bank adds live ones).</summary>
        public bool AcceptsRaw(int raw) => raw >= Min && raw <= Max;
    }
}
