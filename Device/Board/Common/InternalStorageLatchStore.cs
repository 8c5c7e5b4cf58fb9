using System;
using System.IO;
using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Device.Board
{
    /// <summary>
    /// The safety latch in internal flash (drive I:, LittleFS on both boards), so a trip survives power loss.
    /// Save writes "latch.new", deletes "latch", renames; Load decides with <see cref="LatchFileRecovery"/> which copy
    /// to believe. A copy that exists but is not whole makes Load throw, and the control cycle then boots tripped.
    /// </summary>
    public sealed class InternalStorageLatchStore : ILatchStore
    {
        public const string DefaultDirectory = "I:\\";

        private readonly string _mainPath;
        private readonly string _pendingPath;
        private readonly byte[] _record = new byte[LatchRecord.Length];
        private readonly byte[] _readBuffer = new byte[LatchRecord.Length + 1];

        public InternalStorageLatchStore(string directory)
        {
            _mainPath = directory + "furnace.latch";
            _pendingPath = directory + "furnace.latch.new";
        }

        public int Load(out ReasonCode reason)
        {
            int mainFaults = 0;
            int pendingFaults = 0;
            ReasonCode mainReason = ReasonCode.None;
            ReasonCode pendingReason = ReasonCode.None;
            bool mainExists = File.Exists(_mainPath);
            bool pendingExists = File.Exists(_pendingPath);
            bool mainValid = mainExists && TryRead(_mainPath, out mainFaults, out mainReason);
            bool pendingValid = pendingExists && TryRead(_pendingPath, out pendingFaults, out pendingReason);
            switch (LatchFileRecovery.Choose(mainExists, mainValid, pendingExists, pendingValid))
            {
                case LatchSource.Main:
                    reason = mainReason;
                    return mainFaults;
                case LatchSource.Pending:
                    reason = pendingReason;
                    return pendingFaults;
                case LatchSource.NeverWritten:
                    reason = ReasonCode.None;
                    return 0;
                default:
                    throw new IOException("latch file is corrupt; the furnace boots tripped");
            }
        }

        public void Save(int latchedFaults, ReasonCode reason)
        {
            LatchRecord.Encode(latchedFaults, reason, _record);
            if (File.Exists(_pendingPath))
            {
                File.Delete(_pendingPath);
            }

            using (FileStream stream = new FileStream(_pendingPath, FileMode.CreateNew, FileAccess.Write))
            {
                stream.Write(_record, 0, _record.Length);
                stream.Flush();
            }

            // nanoFramework's File.Move refuses an existing target: delete, then rename. A power cut in between
            // leaves only the whole new copy, which Load picks up.
            if (File.Exists(_mainPath))
            {
                File.Delete(_mainPath);
            }

            File.Move(_pendingPath, _mainPath);
        }

        private bool TryRead(string path, out int faults, out ReasonCode reason)
        {
            faults = 0;
            reason = ReasonCode.None;
            try
            {
                int count = 0;
                using (FileStream stream = new FileStream(path, FileMode.Open, FileAccess.Read))
                {
                    int read;
                    while (count < _readBuffer.Length && (read = stream.Read(_readBuffer, count, _readBuffer.Length - count)) > 0)
                    {
                        count += read;
                    }
                }

                return LatchRecord.TryDecode(_readBuffer, count, out faults, out reason);
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
