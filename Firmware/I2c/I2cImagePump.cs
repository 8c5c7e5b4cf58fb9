using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// Connects the register bank to an <see cref="II2cImageTarget"/>: validates the host writes the target queued,
    /// folds its unknown-read count into BusErrors, then renders and publishes one snapshot's image. Call it after
    /// each control cycle (or from any thread: it reads the snapshot with <see cref="SnapshotExchange.TryRead"/>
    /// and never waits). Allocates nothing.
    /// </summary>
    public sealed class I2cImagePump
    {
        /// <summary>At most this many queued writes per call (the RP2040 ring holds 16), so a flood cannot stall the caller.</summary>
        public const int MaxWritesPerPump = 16;

        private readonly I2cRegisterBank _bank;
        private readonly SnapshotExchange _snapshots;
        private readonly II2cImageTarget _target;
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();
        private readonly byte[] _image = new byte[RegisterMap.AddressSpace];
        private readonly byte[] _write = new byte[RegisterMap.MaxWriteData + 1];
        private int _unknownSeen;
        private int _publishedSnapshot = -1;

        public I2cImagePump(I2cRegisterBank bank, SnapshotExchange snapshots, II2cImageTarget target)
        {
            _bank = bank;
            _snapshots = snapshots;
            _target = target;
            _unknownSeen = target.UnknownReadCount;
        }

        /// <summary>Publishes refused because a host read held the other buffer (retried on the next call).</summary>
        public int PublishBusyCount { get; private set; }

        /// <summary>Runs once; returns the number of host writes handled.</summary>
        public int Pump()
        {
            int handled = 0;
            while (handled < MaxWritesPerPump)
            {
                int length = _target.TakeWrite(_write);
                if (length <= 0)
                {
                    break;
                }

                _bank.OnWrite(_write, length);
                handled++;
            }

            int unknown = _target.UnknownReadCount;
            _bank.Errors.NoteUnknownReads(unknown - _unknownSeen);
            bool errorsChanged = handled > 0 || unknown != _unknownSeen;
            _unknownSeen = unknown;

            // Rendering costs more than polling on the device's interpreter: only when something can have changed.
            int snapshot = _snapshots.PublishCount;
            if (!errorsChanged && snapshot == _publishedSnapshot)
            {
                return handled;
            }

            if (_snapshots.TryRead(_snapshot))
            {
                int imageLength = _bank.RenderImage(_snapshot, _image);
                if (_target.Publish(_image, imageLength))
                {
                    _publishedSnapshot = snapshot;
                }
                else
                {
                    _publishedSnapshot = -1;
                    PublishBusyCount++;
                }
            }
            else
            {
                _bank.Errors.NoteStaleImage();
            }

            return handled;
        }
    }
}
