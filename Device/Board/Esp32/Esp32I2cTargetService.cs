using System;
using System.Device.I2c;
using System.Threading;
using FurnaceFw.Firmware.I2c;

namespace FurnaceFw.Device.Board.Esp32
{
    /// <summary>
    /// Serves the register bank with nanoFramework's I2cSlaveDevice (ESP32 only). Its model is blocking and has no
    /// "master wants to read" callback, so every exchange is two separate transactions: the host writes the register
    /// byte (and, for a command, data + PEC); this loop passes that write to the bank, then stages the bytes from the
    /// register pointer in the slave's TX buffer for the host's following read. Repeated-start combined transfers
    /// cannot be served this way (docs/i2c-register-map.md). Nothing is allocated per transaction.
    /// </summary>
    public sealed class Esp32I2cTargetService
    {
        /// <summary>Bytes staged per read: the longest register group a host reads at once, within the 128-byte TX buffer.</summary>
        public const int StagedBytes = 32;

        /// <summary>Receive timeout, so the loop stays alive (and visible to a debugger) on a silent bus.</summary>
        public const int ReceiveTimeoutMs = 1000;

        private readonly I2cRegisterBank _bank;
        // The ESP32 slave driver's RX buffer size: an overlong host write arrives whole and the bank rejects it.
        private readonly byte[] _received = new byte[128];
        private readonly byte[] _staged = new byte[StagedBytes];
        private I2cSlaveDevice _device;

        public Esp32I2cTargetService(I2cRegisterBank bank)
        {
            _bank = bank;
        }

        public void Start(int busId, int address, ThreadPriority priority)
        {
            _device = new I2cSlaveDevice(busId, address);
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
                    int count = _device.Read(_received, ReceiveTimeoutMs);
                    if (count <= 0)
                    {
                        continue;
                    }

                    _bank.OnWrite(_received, count);
                    _bank.OnReadStart();
                    for (int i = 0; i < _staged.Length; i++)
                    {
                        _staged[i] = _bank.ReadByte();
                    }

                    _device.Write(_staged, ReceiveTimeoutMs);
                }
                catch (Exception)
                {
                    // A bus error must not end the service; the next host write starts a fresh exchange.
                    Thread.Sleep(10);
                }
            }
        }
    }
}
