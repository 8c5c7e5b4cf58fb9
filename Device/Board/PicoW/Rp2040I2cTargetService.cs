using System;
using System.Threading;
using FurnaceFw.Device.Rp2040;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.I2c;

namespace FurnaceFw.Device.Board.PicoW
{
    /// <summary>
    /// Serves the register bank from the RP2040's interrupt-driven I2C target: a thread of its own runs the
    /// firmware's <see cref="I2cImagePump"/> every <see cref="PollMs"/> — host writes queued by the ISR are validated
    /// by the bank, and a new image is published after each control cycle. Never on the control thread; allocates
    /// nothing per poll or transaction.
    /// </summary>
    public sealed class Rp2040I2cTargetService
    {
        /// <summary>Poll period: well under the 250 ms control period, so an image is at most one cycle plus this old.</summary>
        public const int PollMs = 10;

        private readonly I2cRegisterBank _bank;
        private readonly SnapshotExchange _snapshots;
        private I2cImagePump _pump;

        public Rp2040I2cTargetService(I2cRegisterBank bank, SnapshotExchange snapshots)
        {
            _bank = bank;
            _snapshots = snapshots;
        }

        /// <summary>Starts the native target on I2C<paramref name="block"/> and the service thread.</summary>
        public void Start(int block, int address, int sdaPin, int sclPin, ThreadPriority priority)
        {
            NativeI2cTarget.Start(block, address, sdaPin, sclPin);
            _pump = new I2cImagePump(_bank, _snapshots, new NativeI2cImageTarget());
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
                    _pump.Pump();
                }
                catch (Exception)
                {
                    // Never let the service die: the next poll retries. The native side keeps serving the last image.
                }

                Thread.Sleep(PollMs);
            }
        }
    }
}
