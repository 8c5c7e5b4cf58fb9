namespace FurnaceFw.Firmware.Persistence
{
    /// <summary>Which stored copy of the latch to believe after a reset.</summary>
    public enum LatchSource
    {
        /// <summary>Neither file exists: a new board, nothing was ever latched.</summary>
        NeverWritten = 0,

        /// <summary>The main file is whole and no save was in progress.</summary>
        Main = 1,

        /// <summary>Power was lost between deleting the main file and renaming the new one: the new copy is whole.</summary>
        Pending = 2,

        /// <summary>A copy exists that is not whole (a torn new copy, a damaged file): the furnace must boot tripped.</summary>
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
            if (pendingExists)
            {
                // A pending copy is a save that began. Whole, it is the newest record. Not whole, power was cut while it
                // was written: what it was about to say is unknown (it may have been a trip), so nothing is believed.
                return pendingValid ? LatchSource.Pending : LatchSource.Corrupt;
            }

            if (mainExists)
            {
                return mainValid ? LatchSource.Main : LatchSource.Corrupt;
            }

            return LatchSource.NeverWritten;
        }
    }
}
