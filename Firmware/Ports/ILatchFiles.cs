namespace FurnaceFw.Firmware.Ports
{
    /// <summary>
    /// The few file operations the latch store needs, on the board's internal flash (LittleFS on drive I:). A port so
    /// the save protocol and its recovery run unchanged on the device and against the simulator's flash, where a
    /// power cut can land between any two operations.
    /// </summary>
    public interface ILatchFiles
    {
        bool Exists(string name);

        /// <summary>Reads up to <c>buffer.Length</c> bytes of <paramref name="name"/>; returns how many. Throws when unreadable.</summary>
        int Read(string name, byte[] buffer);

        /// <summary>Creates <paramref name="name"/> (which must not exist) holding <paramref name="count"/> bytes, flushed
        /// to the medium before it returns. Throws on failure.</summary>
        void Create(string name, byte[] data, int count);

        void Delete(string name);

        /// <summary>Renames a file. The target must not exist (nanoFramework's File.Move refuses an existing target).</summary>
        void Rename(string from, string to);
    }
}
