using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Firmware
{
    /// <summary>
    /// The firmware's composition root: one control cycle with its mailbox and snapshot exchange, built from
    /// the board's ports. The device app and the virtual board both build it, and a reset builds it anew.
    /// </summary>
    public sealed class FurnaceFirmware
    {
        public FurnaceFirmware(FurnaceSettings settings, bool configValid, IMonotonicClock clock, IThermocouple sensor,
            IRelayOutputs relays, IWatchdog watchdog, ILatchStore latchStore, ILinkStatus link, BootInfo bootInfo)
        {
            Settings = settings;
            Mailbox = new CommandMailbox();
            Snapshots = new SnapshotExchange();
            Cycle = new ControlCycle(settings, configValid, clock, sensor, relays, watchdog, latchStore, link, bootInfo,
                Mailbox, Snapshots);
        }

        public FurnaceSettings Settings { get; }

        public CommandMailbox Mailbox { get; }

        public SnapshotExchange Snapshots { get; }

        public ControlCycle Cycle { get; }
    }
}
