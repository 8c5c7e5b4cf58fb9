using System;
using System.Threading;
using FurnaceFw.Device.Rp2040;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;

namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>
    /// Serves the register bank from the RP2040's interrupt-driven I2C target (NativeI2cTarget): after each control
    /// cycle publishes a snapshot, renders the register image and hands it to the native double buffer; host writes
    /// queued by the ISR are drained into the bank (which validates them and posts to the mailbox). Runs on its own
    /// thread, never on the control thread, and allocates nothing per cycle or transaction.
    /// </summary>
    public sealed class Rp2040I2cTargetService
    {
        /// <summary>Poll period: well under the 250 ms control period, so an image is at most one cycle plus this old.</summary>
        public const int PollMs = 10;

        private readonly I2cRegisterBank _bank;
        private readonly SnapshotExchange _snapshots;
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();
        private readonly byte[] _image = new byte[NativeI2cTarget.RegisterBankSize];
        private readonly byte[] _write = new byte[NativeI2cTarget.MaxWriteLength];
        private int _lastPublished = -1;
        private int _imageLength;
        private bool _pending;

        public Rp2040I2cTargetService(I2cRegisterBank bank, SnapshotExchange snapshots)
        {
            _bank = bank;
            _snapshots = snapshots;
        }

        /// <summary>Starts the native target on I2C<paramref name="block"/> and the service thread.</summary>
        public void Start(int block, int address, int sdaPin, int sclPin, ThreadPriority priority)
        {
            NativeI2cTarget.Start(block, address, sdaPin, sclPin);
            Thread thread = new Thread(Run);
            thread.Priority = priority;
            thread.Start();
        }

        private void Run()
        {
            while (true)
            {
                try
                {
                    PublishIfNew();
                    DrainWrites();
                }
                catch (Exception)
                {
                    // Never let the service die: the next poll retries. The native side keeps serving the last image.
                }

                Thread.Sleep(PollMs);
            }
        }

        private void PublishIfNew()
        {
            int published = _snapshots.PublishCount;
            if (published != _lastPublished && _snapshots.TryRead(_snapshot))
            {
                _lastPublished = published;
                _imageLength = _bank.RenderImage(_snapshot, _image);
                _pending = true;
            }

            // Busy means a host read still holds the other buffer: keep the image and retry on the next poll.
            if (_pending && NativeI2cTarget.Publish(_image, _imageLength))
            {
                _pending = false;
            }
        }

        private void DrainWrites()
        {
            int count;
            while ((count = NativeI2cTarget.TakeWrite(_write)) > 0)
            {
                _bank.OnWrite(_write, count);
            }
        }
    }
}
