namespace FurnaceFw.Protocol.I2c
{
    /// <summary>Whether a host has taken part in control (register HostLink). Wire-stable: never renumber.</summary>
    public enum HostLinkMode : byte
    {
        /// <summary>No live host: the controller runs on local settings alone; host heat raises are refused or expired.</summary>
        Solo = 0,

        /// <summary>A host set a non-zero watchdog timeout and keeps writing within it.</summary>
        CoOp = 1,
    }
}
