namespace FurnaceFw.Protocol.I2c
{
    /// <summary>How a host should present a register's value. Documentation only; the encoding is a big-endian integer except for Text.</summary>
    public enum RegisterFormat : byte
    {
        /// <summary>A number, divided by the register's scale and shown with its unit.</summary>
        Number = 0,

        /// <summary>A constant shown in hexadecimal.</summary>
        Hex = 1,

        /// <summary>Bit flags.</summary>
        Flags = 2,

        /// <summary>A value of one of the wire-stable enums in Protocol/ (named in the description).</summary>
        Enumeration = 3,

        /// <summary>0 = no, 1 = yes.</summary>
        Boolean = 4,

        /// <summary>Four bytes major.minor.patch.build.</summary>
        Version = 5,

        /// <summary>Four <see cref="ReasonCode"/> bytes, newest first.</summary>
        ReasonList = 6,
    
        /// <summary>ASCII text filling the register's bytes, zero-padded (not an integer: hosts decode it as characters).</summary>
        Text = 7,
    }
}
