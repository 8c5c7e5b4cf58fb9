using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Diagnostics
{
    /// <summary>One log entry copied out of the <see cref="LogRing"/>: a class filled in place, so reading allocates nothing.</summary>
    public sealed class LogEntry
    {
        /// <summary>1 for the first entry since boot; 0 when this holds nothing.</summary>
        public int Sequence;

        /// <summary>Monotonic milliseconds since boot when it was written.</summary>
        public long TimeMs;

        public LogLevel Level;

        /// <summary>ASCII text, <see cref="TextLength"/> bytes used (a character outside printable ASCII is stored as '?').</summary>
        public readonly byte[] Text = new byte[LogRing.MaxTextBytes];

        public int TextLength;

        /// <summary>The text as a string. Allocates: for hosts and tests, not for the device's hot paths.</summary>
        public override string ToString()
        {
            char[] chars = new char[TextLength];
            for (int i = 0; i < TextLength; i++)
            {
                chars[i] = (char)Text[i];
            }

            return new string(chars);
        }
    }
}
