namespace FurnaceFw.Firmware.Persistence
{
    /// <summary>Which stored copy of the latch to believe after a reset.</summary>
    public enum LatchSource
    {
        /// <summary>Neither file exists: a new board, nothing was ever latched.</summary>
        NeverWritten = 0,

        /// <summary>The main file is whole.</summary>
        Main = 1,

        /// <summary>Power was lost between deleting the main file and renaming the new one: the new copy is whole.</summary>
        Pending = 2,

        /// <summary>Something exists but nothing is whole: the furnace must boot tripped.</summary>
        Corrupt = 3,
    }

    /// <summary>
    /// The write-new-then-rename protocol on a file system whose rename refuses an existing target (nanoFramework's
    /// File.Move): write "latch.new", delete "latch", rename "latch.new" → "latch". Power can fail between any two
    /// steps; this decides what a reset believes, so a trip is never forgotten by a badly timed power cut.
    /// </summary>
    public static class LatchFileRecovery
    {
        public static LatchSource Choose(bool mainExists, bool mainValid, bool pendingExists, bool pendingValid)
        {
            if (mainExists && mainValid)
            {
                // A whole main file is the last completed save; a pending copy is a save that may not have finished.
                // Prefer the pending copy only if it is whole, since it is newer.
                return pendingExists && pendingValid ? LatchSource.Pending : LatchSource.Main;
            }

            if (pendingExists && pendingValid)
            {
                return LatchSource.Pending;
            }

            return mainExists || pendingExists ? LatchSource.Corrupt : LatchSource.NeverWritten;
        }
    }
}
