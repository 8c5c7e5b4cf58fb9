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
        /// <param name="configProblem">Null when the configuration is valid; otherwise the furnace boots into
        /// ConfigFault (nothing heats) and the problem is shown on every interface.</param>
        /// <param name="button">The reset button at the furnace; null when none is fitted.</param>
        /// <param name="led">The status LED; null when none is fitted.</param>
        public FurnaceFirmware(FurnaceSettings settings, ConfigProblem configProblem, IMonotonicClock clock, IThermocouple sensor,
            IRelayOutputs relays, IWatchdog watchdog, ILatchStore latchStore, ILinkStatus link, BootInfo bootInfo,
            IResetButton button = null, IStatusLed led = null)
        {
            Settings = settings;
            ConfigProblem = configProblem;
            BootInfo = bootInfo;
            bool configValid = configProblem == null;
            Mailbox = new CommandMailbox();
            Snapshots = new SnapshotExchange();
            Cycle = new ControlCycle(settings, configValid, clock, sensor, relays, watchdog, latchStore, link, bootInfo,
                Mailbox, Snapshots, button ?? NoLocalPanel.Instance, led ?? NoLocalPanel.Instance);
        }

        public FurnaceSettings Settings { get; }

        /// <summary>Null when the configuration is valid.</summary>
        public ConfigProblem ConfigProblem { get; }

        public BootInfo BootInfo { get; }

        public CommandMailbox Mailbox { get; }

        public SnapshotExchange Snapshots { get; }

        public ControlCycle Cycle { get; }
    }
}
