namespace FurnaceFw.Protocol
{
    /// <summary>The user's demand. Wire-stable: never renumber, only append.</summary>
    public enum ControlMode : byte
    {
        /// <summary>No heat wanted; a burning fire is banked, then left idle.</summary>
        Off = 0,

        /// <summary>Hold the setpoint.</summary>
        Heat = 1,
    }
}
