namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// The I2C register map: the single source of truth for firmware, simulator, host library and
    /// docs/i2c-register-map.md (a test checks the docs table against <see cref="All"/>).
    /// <para>Byte-addressed, 256 addresses, big-endian, auto-increment. A read at or beyond <see cref="ImageLength"/>
    /// returns <see cref="UnknownByte"/> and sets BusErrorFlags.UnknownRegisterRead; reserved bytes inside the image
    /// also read <see cref="UnknownByte"/> but are not errors.</para>
    /// </summary>
    public static class RegisterMap
    {
        /// <summary>"FNFW": says "FurnaceFw controller".</summary>
        public const int Magic = 0x464E4657;

        /// <summary>Bumped only for an incompatible change; a host refuses any other major.</summary>
        public const int ProtocolMajor = 1;

        /// <summary>Bumped when registers are added; a host accepts any minor and gates on capability bits.</summary>
        public const int ProtocolMinor = 2;

        /// <summary>Bytes this firmware publishes (addresses 0 .. ImageLength-1).</summary>
        public const int ImageLength = 0xB0;

        /// <summary>Served for every address that holds no published byte.</summary>
        public const byte UnknownByte = 0xEE;

        /// <summary>The whole address space (8-bit register pointer).</summary>
        public const int AddressSpace = 256;

        /// <summary>Largest data payload of one host write (the RP2040 target queues register + 32 bytes).</summary>
        public const int MaxWriteData = 32;

        /// <summary>Default 7-bit bus address; configurable (docs/i2c-register-map.md explains the choice).</summary>
        public const int DefaultAddress = 0x5E;

        /// <summary>Largest value LogSelect accepts; 0 selects the oldest entry held.</summary>
        public const int LogSelectMax = int.MaxValue;

        /// <summary>Shortest non-zero host watchdog timeout: a host must be able to keep it fed over a busy bus.</summary>
        public const int HostWatchdogMinSeconds = 5;

        /// <summary>Longest host watchdog timeout: a host silent for an hour has not kept its heat.</summary>
        public const int HostWatchdogMaxSeconds = 3600;

        /// <summary>Every capability bit this firmware sets.</summary>
        public const int Capabilities = Capability.Status | Capability.Setpoint | Capability.Mode | Capability.LatchReset
            | Capability.HostWatchdog | Capability.BusErrors | Capability.Counters | Capability.TransitionHistory | Capability.CommandAck | Capability.ConfigProblem | Capability.SafetyHealth | Capability.LocalPanel
            | Capability.Log;

        private const string QuarterC = "°C";

        public static readonly RegisterDefinition[] All = new RegisterDefinition[]
        {
            R("Magic", RegisterAddress.Magic, 4, false, RegisterFormat.Hex, "", Capability.Always,
                "0x464E4657 (\"FNFW\"): a FurnaceFw controller. Anything else is a foreign device."),
            R("ProtocolMajor", RegisterAddress.ProtocolMajor, 1, false, RegisterFormat.Number, "", Capability.Always,
                "Protocol major version; a host refuses a major it does not know."),
            R("ProtocolMinor", RegisterAddress.ProtocolMinor, 1, false, RegisterFormat.Number, "", Capability.Always,
                "Protocol minor version; informational, hosts gate on Capabilities."),
            R("RegisterCount", RegisterAddress.RegisterCount, 1, false, RegisterFormat.Number, "", Capability.Always,
                "Number of registers in this firmware's map."),
            R("ImageLength", RegisterAddress.ImageLength, 1, false, RegisterFormat.Number, "bytes", Capability.Always,
                "Bytes published; addresses from here on read 0xEE and count as unknown."),
            R("FirmwareVersion", RegisterAddress.FirmwareVersion, 4, false, RegisterFormat.Version, "", Capability.Always,
                "Firmware version, bytes major.minor.patch.build."),
            R("Capabilities", RegisterAddress.Capabilities, 4, false, RegisterFormat.Flags, "", Capability.Always,
                "Capability bitmap: a host uses a register only if its bit is set."),

            R("Temperature", RegisterAddress.Temperature, 2, true, RegisterFormat.Number, QuarterC, Capability.Status,
                "Last thermocouple reading, signed quarter °C (valid only when SensorStatus is Ok)."),
            R("SensorStatus", RegisterAddress.SensorStatus, 1, false, RegisterFormat.Enumeration, "", Capability.Status,
                "SensorStatus enum of the last read (0 Ok)."),
            R("State", RegisterAddress.State, 1, false, RegisterFormat.Enumeration, "", Capability.Status,
                "FurnaceState enum: 0 Idle, 1 Heating, 2 Banking, 3 Tripped, 4 ConfigFault, 5 BootLoop."),
            R("Faults", RegisterAddress.Faults, 2, false, RegisterFormat.Flags, "", Capability.Status,
                "FaultFlags bits: latched bits 0-4, transient bits 8-9."),
            R("Latched", RegisterAddress.Latched, 1, false, RegisterFormat.Boolean, "", Capability.Status,
                "1 while a safety trip is latched (cleared only by the arm/confirm latch reset)."),
            R("Relays", RegisterAddress.Relays, 1, false, RegisterFormat.Flags, "", Capability.Status,
                "Bit 0: element relay energised. Bit 1: cutoff relay closed."),
            R("Uptime", RegisterAddress.Uptime, 4, false, RegisterFormat.Number, "s", Capability.Status,
                "Seconds since the controller booted."),
            R("CycleCount", RegisterAddress.CycleCount, 4, false, RegisterFormat.Number, "", Capability.Status,
                "Control cycles since boot."),
            R("CycleCountCheck", RegisterAddress.CycleCountCheck, 4, false, RegisterFormat.Hex, "", Capability.Status,
                "Bitwise NOT of CycleCount from the same image: lets a host prove a block read was not torn."),
            R("WatchdogResets", RegisterAddress.WatchdogResets, 2, false, RegisterFormat.Number, "", Capability.Status,
                "Hardware watchdog resets since power-on (saturates at 65535)."),
            R("LastReason", RegisterAddress.LastReason, 1, false, RegisterFormat.Enumeration, "", Capability.Status,
                "ReasonCode of the last state transition."),
            R("LinkUp", RegisterAddress.LinkUp, 1, false, RegisterFormat.Boolean, "", Capability.Status,
                "1 while the network link is up."),
            R("RecentReasons", RegisterAddress.RecentReasons, 4, false, RegisterFormat.ReasonList, "", Capability.TransitionHistory,
                "ReasonCodes of the last four transitions, newest in the first byte (0 = none)."),
            R("LastCommandResult", RegisterAddress.LastCommandResult, 1, false, RegisterFormat.Enumeration, "", Capability.CommandAck,
                "CommandResult of the last command the control thread processed (any source)."),
            R("HostLink", RegisterAddress.HostLink, 1, false, RegisterFormat.Enumeration, "", Capability.HostWatchdog,
                "HostLinkMode: 0 Solo, 1 Co-op."),
            R("CommandCount", RegisterAddress.CommandCount, 2, false, RegisterFormat.Number, "", Capability.CommandAck,
                "Commands processed (wraps at 65536): a change means LastCommandResult is new."),
            R("SensorErrors", RegisterAddress.SensorErrors, 2, false, RegisterFormat.Number, "", Capability.Counters,
                "Bad thermocouple frames since boot (saturates)."),
            R("LateCycles", RegisterAddress.LateCycles, 2, false, RegisterFormat.Number, "", Capability.Counters,
                "Control cycles that started more than 1.5 periods late (saturates)."),
            R("HostWatchdogRemaining", RegisterAddress.HostWatchdogRemaining, 2, false, RegisterFormat.Number, "s", Capability.HostWatchdog,
                "Seconds until Co-op falls back to Solo unless the host writes (0 in Solo)."),
            R("HostExpiries", RegisterAddress.HostExpiries, 2, false, RegisterFormat.Number, "", Capability.HostWatchdog,
                "Times the host watchdog expired since boot (saturates)."),
            R("LatchResetBelow", RegisterAddress.LatchResetBelow, 2, true, RegisterFormat.Number, QuarterC, Capability.LatchReset,
                "A latch reset is refused unless the temperature is below this (quarter °C)."),
            R("SetpointMin", RegisterAddress.SetpointMin, 2, true, RegisterFormat.Number, QuarterC, Capability.Setpoint,
                "Lowest setpoint a write may carry (quarter °C)."),
            R("SetpointMax", RegisterAddress.SetpointMax, 2, true, RegisterFormat.Number, QuarterC, Capability.Setpoint,
                "Highest setpoint a write may carry (quarter °C)."),

            R("BusErrors", RegisterAddress.BusErrors, 2, false, RegisterFormat.Flags, "", Capability.BusErrors,
                "Sticky BusErrorFlags; cleared by ClearErrors."),
            R("RejectedWrites", RegisterAddress.RejectedWrites, 2, false, RegisterFormat.Number, "", Capability.BusErrors,
                "Host writes rejected since boot (saturates)."),
            R("AcceptedWrites", RegisterAddress.AcceptedWrites, 2, false, RegisterFormat.Number, "", Capability.BusErrors,
                "Host writes accepted since boot (saturates)."),
            R("UnknownReads", RegisterAddress.UnknownReads, 2, false, RegisterFormat.Number, "", Capability.BusErrors,
                "Bytes served as 0xEE from beyond ImageLength (saturates)."),
            R("LastRejectRegister", RegisterAddress.LastRejectRegister, 1, false, RegisterFormat.Hex, "", Capability.BusErrors,
                "Register byte of the last rejected write."),
            R("LastRejectReason", RegisterAddress.LastRejectReason, 1, false, RegisterFormat.Enumeration, "", Capability.BusErrors,
                "WriteRejectReason of the last rejected write."),
            R("LatchSaveErrors", RegisterAddress.LatchSaveErrors, 2, false, RegisterFormat.Number, "", Capability.SafetyHealth,
                "Latch saves to flash that failed since boot (saturates); each is retried every second until one succeeds."),
            R("LatchSavePending", RegisterAddress.LatchSavePending, 1, false, RegisterFormat.Boolean, "", Capability.SafetyHealth,
                "1 while a latch change is held in RAM but not yet in flash: a power cut now would lose it."),
            R("ResetsInARow", RegisterAddress.ResetsInARow, 1, false, RegisterFormat.Number, "", Capability.SafetyHealth,
                "Watchdog resets in a row before this boot without a healthy run between them; safety.boot_loop_resets latches BootLoop (SR-8)."),

            W("Setpoint", RegisterAddress.Setpoint, 2, RegisterAccess.ReadWrite, true, RegisterFormat.Number, QuarterC, Capability.Setpoint,
                0, 3400, "Target temperature, quarter °C; writes must also lie within SetpointMin..SetpointMax. A raise needs Co-op."),
            W("Mode", RegisterAddress.Mode, 1, RegisterAccess.ReadWrite, false, RegisterFormat.Enumeration, "", Capability.Mode,
                0, 1, "ControlMode: 0 Off, 1 Heat. Off -> Heat from the host needs Co-op."),
            W("ClearErrors", RegisterAddress.ClearErrors, 1, RegisterAccess.Write, false, RegisterFormat.Number, "", Capability.BusErrors,
                1, 1, "Write 1 to clear BusErrors (the counters keep counting)."),
            W("HostWatchdogTimeout", RegisterAddress.HostWatchdogTimeout, 2, RegisterAccess.ReadWrite, false, RegisterFormat.Number, "s",
                Capability.HostWatchdog, 0, HostWatchdogMaxSeconds, "0 = Solo; 5..3600 = enter or stay in Co-op with this timeout."),
            W("LatchResetArm", RegisterAddress.LatchResetArm, 2, RegisterAccess.Write, false, RegisterFormat.Number, "", Capability.LatchReset,
                1, 65535, "Step 1 of a latch reset: a non-zero token."),
            W("LatchResetConfirm", RegisterAddress.LatchResetConfirm, 2, RegisterAccess.Write, false, RegisterFormat.Number, "", Capability.LatchReset,
                1, 65535, "Step 2, within 30 s: the same token. Refused unless latched, cool and sensor valid."),

            R("ConfigProblemLine", RegisterAddress.ConfigProblemLine, 2, false, RegisterFormat.Number, "", Capability.ConfigProblem,
                "nf.config line of the problem that put the furnace in ConfigFault; 0 when valid or not tied to a line."),
            R("ConfigProblemSetting", RegisterAddress.ConfigProblemSetting, 1, false, RegisterFormat.Number, "", Capability.ConfigProblem,
                "0 = configuration valid; 1..254 = SettingsTable index + 1 of the key at fault; 255 = another key (pins, network)."),

            R("ButtonState", RegisterAddress.ButtonState, 1, false, RegisterFormat.Enumeration, "", Capability.LocalPanel,
                "ButtonState of the reset button at the furnace: 0 Released, 1 Pressed, 2 LongPressReady (release to reset), 3 Stuck."),
            R("LedPattern", RegisterAddress.LedPattern, 1, false, RegisterFormat.Enumeration, "", Capability.LocalPanel,
                "LedPattern the status LED shows (docs/safety.md, Status LED): 1 Idle .. 12 ButtonHeld."),
            R("LedModifiers", RegisterAddress.LedModifiers, 1, false, RegisterFormat.Flags, "", Capability.LocalPanel,
                "LedModifiers in the pattern's last second: bit 0 Wi-Fi down, bit 1 host Co-op."),
            R("LedMask", RegisterAddress.LedMask, 2, false, RegisterFormat.Hex, "", Capability.LocalPanel,
                "The LED's 4-second frame: bit i = on during the i-th 250 ms tick."),
            R("RemoteResettableFaults", RegisterAddress.RemoteResettableFaults, 2, false, RegisterFormat.Flags, "", Capability.LocalPanel,
                "FaultFlags a remote latch reset may clear; a latched fault outside this mask needs the button at the furnace (SR-9)."),

            W("LogSelect", RegisterAddress.LogSelect, 4, RegisterAccess.ReadWrite, false, RegisterFormat.Number, "", Capability.Log,
                0, LogSelectMax, "Sequence number of the log entry the window shows; 0 = the oldest held. Refused (OutOfRange) beyond LogNewest."),
            R("LogNewest", RegisterAddress.LogNewest, 4, false, RegisterFormat.Number, "", Capability.Log,
                "Sequence number of the newest log entry (1 = the first since boot; 0 = none yet)."),
            R("LogDropped", RegisterAddress.LogDropped, 2, false, RegisterFormat.Number, "", Capability.Log,
                "Log entries overwritten by newer ones since boot (saturates); the oldest held is LogNewest - LogCapacity + 1."),
            R("LogCapacity", RegisterAddress.LogCapacity, 1, false, RegisterFormat.Number, "", Capability.Log,
                "Log entries the controller holds."),
            R("LogEntryLevel", RegisterAddress.LogEntryLevel, 1, false, RegisterFormat.Enumeration, "", Capability.Log,
                "LogLevel of the selected entry: 1 Info, 2 Warning, 3 Error (0 = no entry)."),
            R("LogEntrySequence", RegisterAddress.LogEntrySequence, 4, false, RegisterFormat.Number, "", Capability.Log,
                "Sequence number of the entry shown; 0 = the selected entry is no longer (or not yet) held."),
            R("LogEntryTime", RegisterAddress.LogEntryTime, 4, false, RegisterFormat.Number, "ms", Capability.Log,
                "When the entry was written, milliseconds since boot (wraps after 49.7 days)."),
            R("LogEntryLength", RegisterAddress.LogEntryLength, 1, false, RegisterFormat.Number, "bytes", Capability.Log,
                "Characters of LogEntryText in use (0..40)."),
            R("LogEntryText", RegisterAddress.LogEntryText, 40, false, RegisterFormat.Text, "", Capability.Log,
                "The entry's text: printable ASCII, zero-padded to 40 bytes."),
        };

        private static readonly RegisterDefinition[] ByStart = IndexByStart();

        /// <summary>The register named <paramref name="name"/> (case-insensitive), or null.</summary>
        public static RegisterDefinition Find(string name)
        {
            for (int i = 0; i < All.Length; i++)
            {
                if (string.Compare(All[i].Name.ToLower(), name.ToLower()) == 0)
                {
                    return All[i];
                }
            }

            return null;
        }

        /// <summary>The register whose first byte is <paramref name="address"/>, or null.</summary>
        public static RegisterDefinition StartingAt(int address) =>
            address >= 0 && address < AddressSpace ? ByStart[address] : null;

        /// <summary>The register that contains byte <paramref name="address"/>, or null (a reserved byte).</summary>
        public static RegisterDefinition Covering(int address)
        {
            for (int i = 0; i < All.Length; i++)
            {
                if (All[i].Covers(address))
                {
                    return All[i];
                }
            }

            return null;
        }

        private static RegisterDefinition[] IndexByStart()
        {
            RegisterDefinition[] index = new RegisterDefinition[AddressSpace];
            for (int i = 0; i < All.Length; i++)
            {
                index[All[i].Address] = All[i];
            }

            return index;
        }

        private static RegisterDefinition R(string name, int address, int width, bool signed, RegisterFormat format, string unit,
            int capability, string description) =>
            new RegisterDefinition(name, address, width, RegisterAccess.Read, signed, format, unit, unit == QuarterC ? 4 : 1,
                capability, 0, 0, description);

        private static RegisterDefinition W(string name, int address, int width, RegisterAccess access, bool signed, RegisterFormat format,
            string unit, int capability, int min, int max, string description) =>
            new RegisterDefinition(name, address, width, access, signed, format, unit, unit == QuarterC ? 4 : 1, capability, min, max,
                description);
    }
}
