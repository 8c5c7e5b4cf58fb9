namespace FurnaceFw.Protocol.I2c
{
    /// <summary>
    /// Bits of the Capabilities register. A host uses a register only when its capability bit is set (identity
    /// registers have bit 0 = none and are always present). Wire-stable: never reuse a bit; a new register set gets
    /// a new bit.
    /// </summary>
    public static class Capability
    {
        /// <summary>Identity block: always present, needs no bit.</summary>
        public const int Always = 0;

        /// <summary>Temperature, state, faults, latch, relays, uptime, cycle count, watchdog resets, last reason, link.</summary>
        public const int Status = 1 << 0;

        /// <summary>Setpoint register and its bounds.</summary>
        public const int Setpoint = 1 << 1;

        /// <summary>Mode register.</summary>
        public const int Mode = 1 << 2;

        /// <summary>Arm/confirm latch reset and its temperature threshold.</summary>
        public const int LatchReset = 1 << 3;

        /// <summary>Host watchdog: Co-op/Solo, timeout, remaining, expiries.</summary>
        public const int HostWatchdog = 1 << 4;

        /// <summary>Bus error flags and counters, ClearErrors.</summary>
        public const int BusErrors = 1 << 5;

        /// <summary>Sensor error and late-cycle counters.</summary>
        public const int Counters = 1 << 6;

        /// <summary>Recent transition reasons.</summary>
        public const int TransitionHistory = 1 << 7;

        /// <summary>Command result and command count (acknowledge a posted command).</summary>
        public const int CommandAck = 1 << 8;

        /// <summary>Why the configuration was rejected: its line and setting (protocol 1.1).</summary>
        public const int ConfigProblem = 1 << 9;

        /// <summary>Latch persistence and boot-loop health: failed latch saves, a save still owed, resets in a row (protocol 1.2).</summary>
        public const int SafetyHealth = 1 << 10;

        /// <summary>Diagnostics log window: select an entry by sequence number, read it back (protocol 1.2).</summary>
        public const int Log = 1 << 11;

        /// <summary>The reset button at the furnace, the status LED's pattern, which faults a remote reset may clear (protocol 1.2).</summary>
        public const int LocalPanel = 1 << 12;
    }
}
