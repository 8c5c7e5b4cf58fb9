using System.Threading;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Protocol;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Firmware.I2c
{
    /// <summary>
    /// The controller's I2C register bank (<see cref="RegisterMap"/>): serves reads from an image of one control
    /// snapshot and turns validated host writes into mailbox commands.
    /// <para>A write is accepted only if it names the first byte of a writable register, is exactly register +
    /// width + PEC bytes long, carries the right PEC and an in-range value. Anything else is rejected, counted and
    /// flagged in BusErrors, and changes nothing. Each accepted write feeds the host watchdog.</para>
    /// <para>Threading: one thread calls <see cref="II2cTarget"/> (the ESP32 I2cSlaveDevice loop, the simulator's
    /// bus). <see cref="OnReadStart"/> copies the snapshot with <see cref="SnapshotExchange.TryRead"/>, which never
    /// waits for the control thread. The RP2040 instead calls <see cref="RenderImage"/> after each cycle and hands
    /// the image to the native double buffer. No call allocates.</para>
    /// </summary>
    public sealed class I2cRegisterBank : II2cTarget
    {
        private readonly SnapshotExchange _snapshots;
        private readonly CommandMailbox _mailbox;
        private readonly FurnaceSettings _settings;
        private readonly int _address;
        private readonly int _firmwareVersion;
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();
        private readonly byte[] _image = new byte[RegisterMap.AddressSpace];
        private readonly BusErrorLog _errors = new BusErrorLog();
        private readonly ConfigProblem _configProblem;
        private readonly LogRing _log;
        private readonly LogEntry _logEntry = new LogEntry();
        private int _logSelected;
        private int _pointer;

        /// <param name="address7">The 7-bit bus address: it is part of every write's PEC.</param>
        /// <param name="configProblem">Why the configuration was rejected (FurnaceFirmware.ConfigProblem), or null.</param>
        /// <param name="log">The diagnostics log served in the log window, or null (the window then reads as empty).</param>
        public I2cRegisterBank(SnapshotExchange snapshots, CommandMailbox mailbox, FurnaceSettings settings, int address7,
            int firmwareVersion, ConfigProblem configProblem = null, LogRing log = null)
        {
            _configProblem = configProblem;
            _log = log;
            _snapshots = snapshots;
            _mailbox = mailbox;
            _settings = settings;
            _address = address7;
            _firmwareVersion = firmwareVersion;
            RenderImage(_snapshot, _image);
        }

        public BusErrorLog Errors => _errors;

        /// <summary>The register pointer (0..256; 256 = past the end, reads return the unknown pattern).</summary>
        public int Pointer => _pointer;

        public WriteRejectReason OnWrite(byte[] buffer, int count)
        {
            if (buffer == null || count <= 0)
            {
                return WriteRejectReason.None; // an address-only probe (i2cdetect's quick write) changes nothing
            }

            if (count > buffer.Length)
            {
                count = buffer.Length;
            }

            int register = buffer[0];
            _pointer = register;
            if (count == 1)
            {
                return WriteRejectReason.None;
            }

            WriteRejectReason reason = Validate(buffer, count);
            if (reason != WriteRejectReason.None)
            {
                _errors.NoteRejected(register, reason);
                return reason;
            }

            RegisterDefinition definition = RegisterMap.StartingAt(register);
            Apply(register, RegisterCodec.Decode(definition, buffer, 1));
            _errors.NoteAccepted();
            _mailbox.NoteHostAlive();
            return WriteRejectReason.None;
        }

        public void OnReadStart()
        {
            if (_snapshots.TryRead(_snapshot))
            {
                RenderImage(_snapshot, _image);
            }
            else
            {
                // Starved by back-to-back publishes: the previous image is still one whole cycle, so serve it.
                _errors.NoteStaleImage();
            }
        }

        public byte ReadByte()
        {
            int address = _pointer;
            if (address < RegisterMap.AddressSpace)
            {
                _pointer = address + 1; // stops at 256: no wrap back to the identity block
            }

            if (address >= RegisterMap.ImageLength)
            {
                _errors.NoteUnknownReads(1);
                return RegisterMap.UnknownByte;
            }

            return _image[address];
        }

        /// <summary>Renders the image of <paramref name="snapshot"/> with this bank's error log; returns its length.</summary>
        public int RenderImage(ControllerSnapshot snapshot, byte[] image)
        {
            int length = RegisterImageWriter.Render(snapshot, _settings, _configProblem, _errors, _firmwareVersion, image);
            LogWindowWriter.Render(_log, Interlocked.CompareExchange(ref _logSelected, 0, 0), _logEntry, image);
            return length;
        }

        private WriteRejectReason Validate(byte[] buffer, int count)
        {
            RegisterDefinition definition = RegisterMap.StartingAt(buffer[0]);
            if (definition == null)
            {
                return WriteRejectReason.UnknownRegister;
            }

            if (!definition.IsWritable)
            {
                return WriteRejectReason.ReadOnly;
            }

            if (count != definition.WriteLength)
            {
                return WriteRejectReason.BadLength;
            }

            if (Pec.ForWrite(_address, buffer, 0, count - 1) != buffer[count - 1])
            {
                return WriteRejectReason.BadCrc;
            }

            int value = RegisterCodec.Decode(definition, buffer, 1);
            return definition.AcceptsRaw(value) && AcceptsLive(definition.Address, value)
                ? WriteRejectReason.None : WriteRejectReason.OutOfRange;
        }

        // Bounds that come from configuration or from rules a min/max pair cannot express.
        private bool AcceptsLive(int register, int value)
        {
            switch (register)
            {
                case RegisterAddress.Setpoint:
                    return value >= _settings.MinSetpointQuarterC && value <= _settings.MaxSetpointQuarterC;
                case RegisterAddress.HostWatchdogTimeout:
                    return value == 0 || value >= RegisterMap.HostWatchdogMinSeconds;
                case RegisterAddress.LogSelect:
                    return value <= (_log == null ? 0 : _log.NewestSequence); // an entry not written yet cannot be shown
                default:
                    return true;
            }
        }

        private void Apply(int register, int value)
        {
            switch (register)
            {
                case RegisterAddress.Setpoint:
                    _mailbox.PostHostSetpoint(value);
                    break;
                case RegisterAddress.Mode:
                    _mailbox.PostHostMode((ControlMode)value);
                    break;
                case RegisterAddress.ClearErrors:
                    _errors.ClearFlags();
                    break;
                case RegisterAddress.HostWatchdogTimeout:
                    _mailbox.PostHostWatchdogTimeout(value);
                    break;
                case RegisterAddress.LatchResetArm:
                    _mailbox.PostLatchResetArm(value);
                    break;
                case RegisterAddress.LatchResetConfirm:
                    _mailbox.PostLatchResetConfirm(value);
                    break;
                case RegisterAddress.LogSelect:
                    Interlocked.Exchange(ref _logSelected, value);
                    break;
            }
        }
    }
}
