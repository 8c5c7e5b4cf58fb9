using System.IO;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board
{
    /// <summary>
    /// The latch files on internal flash (drive I:, LittleFS on both boards). The save protocol and its recovery live in
    /// the portable <see cref="FurnaceFw.Firmware.Persistence.LatchFileStore"/>; this only maps its operations to System.IO.
    /// </summary>
    public sealed class InternalStorageLatchFiles : ILatchFiles
    {
        public const string DefaultDirectory = "I:\\";

        private readonly string _directory;

        public InternalStorageLatchFiles(string directory)
        {
            _directory = directory;
        }

        public bool Exists(string name) => File.Exists(_directory + name);

        public int Read(string name, byte[] buffer)
        {
            int count = 0;
            using (FileStream stream = new FileStream(_directory + name, FileMode.Open, FileAccess.Read))
            {
                int read;
                while (count < buffer.Length && (read = stream.Read(buffer, count, buffer.Length - count)) > 0)
                {
                    count += read;
                }
            }

            return count;
        }

        public void Create(string name, byte[] data, int count)
        {
            using (FileStream stream = new FileStream(_directory + name, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(data, 0, count);
                stream.Flush();
            }
        }

        public void Delete(string name) => File.Delete(_directory + name);

        public void Rename(string from, string to) => File.Move(_directory + from, _directory + to);
    }
}
