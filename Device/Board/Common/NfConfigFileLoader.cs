using System;
using System.IO;
using System.Text;
using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Device.Board
{
    /// <summary>
    /// Reads nf.config from internal storage. No file: every default (a board that was never configured still runs
    /// safely). A file that cannot be read, is too large or has any error: a result with problems, so the firmware
    /// boots into ConfigFault and shows why.
    /// </summary>
    public static class NfConfigFileLoader
    {
        public const string DefaultPath = "I:\\nf.config";

        /// <summary>Larger than any sensible nf.config, small enough for the Pico W's heap.</summary>
        public const int MaxFileBytes = 8192;

        public static NfConfigResult Load(string path, BoardKind builtFor)
        {
            if (!File.Exists(path))
            {
                return NfConfigParser.Defaults(builtFor);
            }

            string text;
            try
            {
                text = ReadText(path);
            }
            catch (Exception e)
            {
                return Unreadable(builtFor, path + " could not be read: " + e.Message);
            }

            if (text == null)
            {
                return Unreadable(builtFor, path + " is larger than " + MaxFileBytes + " bytes");
            }

            return NfConfigParser.Parse(text, builtFor, true);
        }

        private static string ReadText(string path)
        {
            using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
            {
                if (stream.Length > MaxFileBytes)
                {
                    return null;
                }

                byte[] bytes = new byte[(int)stream.Length];
                int count = 0;
                int read;
                while (count < bytes.Length && (read = stream.Read(bytes, count, bytes.Length - count)) > 0)
                {
                    count += read;
                }

                return Encoding.UTF8.GetString(bytes, 0, count);
            }
        }

        private static NfConfigResult Unreadable(BoardKind board, string message)
        {
            NfConfigResult defaults = NfConfigParser.Defaults(board);
            return new NfConfigResult(defaults.Config, new ConfigProblem[] { new ConfigProblem(0, string.Empty, message) });
        }
    }
}
