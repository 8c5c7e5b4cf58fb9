namespace FurnaceFw.Protocol
{
    /// <summary>The outcome of the last command the control thread processed. Wire-stable: never renumber, only append.</summary>
    public enum CommandResult : byte
    {
        None = 0,
        Accepted = 1,
        RejectedOutOfRange = 2,
        RejectedNotArmed = 3,
        RejectedTokenMismatch = 4,
        RejectedTooHot = 5,
        RejectedNotLatched = 6,
        RejectedArmExpired = 7,
        RejectedSensorInvalid = 8,
        RejectedConfigFault = 9,
        Armed = 10,

        /// <summary>A host command that would raise heat arrived while the host link is in Solo (docs/i2c-register-map.md).</summary>
        RejectedRequiresCoop = 11,
    }
}
