using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// Renders the diagnostics log window (registers LogSelect..LogEntryText, 0x70-0xAF) into a register image: the
    /// ring's counters and the entry the host selected. Allocates nothing: the entry is copied into a
    /// <see cref="LogEntry"/> the caller keeps.
    /// </summary>
    public static class LogWindowWriter
    {
        /// <param name="log">The ring, or null when the board keeps none (the window then reads as empty).</param>
        /// <param name="selected">LogSelect as written by the host; 0 = the oldest entry held.</param>
        public static void Render(LogRing log, int selected, LogEntry scratch, byte[] image)
        {
            int newest = log == null ? 0 : log.NewestSequence;
            int sequence = selected == 0 && log != null ? log.OldestSequence : selected;
            bool found = log != null && log.TryRead(sequence, scratch);

            RegisterCodec.Write(image, RegisterAddress.LogSelect, 4, selected);
            RegisterCodec.Write(image, RegisterAddress.LogNewest, 4, newest);
            RegisterCodec.Write(image, RegisterAddress.LogDropped, 2, RegisterCodec.SaturateU16(log == null ? 0 : log.DroppedCount));
            RegisterCodec.Write(image, RegisterAddress.LogCapacity, 1, log == null ? 0 : log.Capacity);
            RegisterCodec.Write(image, RegisterAddress.LogEntryLevel, 1, found ? (int)scratch.Level : 0);
            RegisterCodec.Write(image, RegisterAddress.LogEntrySequence, 4, found ? scratch.Sequence : 0);
            RegisterCodec.Write(image, RegisterAddress.LogEntryTime, 4, found ? (int)scratch.TimeMs : 0);
            int length = found ? scratch.TextLength : 0;
            RegisterCodec.Write(image, RegisterAddress.LogEntryLength, 1, length);
            for (int i = RegisterAddress.LogEntryLength + 1; i < RegisterAddress.LogEntryText; i++)
            {
                image[i] = RegisterMap.UnknownByte; // reserved
            }

            for (int i = 0; i < LogRing.MaxTextBytes; i++)
            {
                image[RegisterAddress.LogEntryText + i] = i < length ? scratch.Text[i] : (byte)0;
            }
        }
    }
}
