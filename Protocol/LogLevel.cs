namespace FurnaceFw.Protocol
{
    /// <summary>Severity of a diagnostics log entry (I2C register LogEntryLevel). Wire-stable: never renumber, only append.</summary>
    public enum LogLevel : byte
    {
        Info = 1,

        /// <summary>Something is wrong but the controller works around it (a setting fell back to its default).</summary>
        Warning = 2,

        /// <summary>Something failed: a board setup step, an invalid configuration.</summary>
        Error = 3,
    }
}
