using System;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Persistence
{
    /// <summary>
    /// The safety latch in flash, so a trip survives a reset and a power cut. Save writes the new record to
    /// "furnace.latch.new", deletes "furnace.latch" and renames the new copy over it; Load decides with
    /// <see cref="LatchFileRecovery"/> which copy to believe. A copy that exists but is not whole makes Load throw, and the
    /// control cycle then boots tripped: a power cut can never turn a trip into "clear".
    /// </summary>
    public sealed class LatchFileStore : ILatchStore
    {
        // Static fields, not literals at each use: on nanoFramework every ldstr allocates a string header.
        private static readonly string MainName = "furnace.latch";
        private static readonly string PendingName = "furnace.latch.new";

        private readonly ILatchFiles _files;
        private readonly byte[] _record = new byte[LatchRecord.Length];

        // One byte longer than a record, so an over-long file is seen as not whole.
        private readonly byte[] _readBuffer = new byte[LatchRecord.Length + 1];

        public LatchFileStore(ILatchFiles files)
        {
            _files = files;
        }

        public int Load(out ReasonCode reason)
        {
            int mainFaults = 0;
            int pendingFaults = 0;
            ReasonCode mainReason = ReasonCode.None;
            ReasonCode pendingReason = ReasonCode.None;
            bool mainExists = _files.Exists(MainName);
            bool pendingExists = _files.Exists(PendingName);
            bool mainValid = mainExists && TryRead(MainName, out mainFaults, out mainReason);
            bool pendingValid = pendingExists && TryRead(PendingName, out pendingFaults, out pendingReason);
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
                    throw new InvalidOperationException("latch file is not whole; the furnace boots tripped");
            }
        }

        public void Save(int latchedFaults, ReasonCode reason)
        {
            LatchRecord.Encode(latchedFaults, reason, _record);
            if (_files.Exists(PendingName))
            {
                _files.Delete(PendingName);
            }

            _files.Create(PendingName, _record, _record.Length);

            // The rename refuses an existing target: delete, then rename. A power cut in between leaves only the whole
            // new copy, which Load picks up.
            if (_files.Exists(MainName))
            {
                _files.Delete(MainName);
            }

            _files.Rename(PendingName, MainName);
        }

        private bool TryRead(string name, out int faults, out ReasonCode reason)
        {
            faults = 0;
            reason = ReasonCode.None;
            try
            {
                int count = _files.Read(name, _readBuffer);
                return LatchRecord.TryDecode(_readBuffer, count, out faults, out reason);
            }
            catch (Exception)
            {
                return false;
            }
        }
    }
}
