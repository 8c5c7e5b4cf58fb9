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

        /// <summary>Heat was asked for while a trip is latched (Tripped or BootLoop): a reset comes first, and it leaves the mode off.</summary>
        RejectedTripped = 12,

        /// <summary>A remote latch reset of a fault that only the reset button at the furnace may clear (over-temperature by default).</summary>
        RejectedNeedsLocalReset = 13,
    }
}
