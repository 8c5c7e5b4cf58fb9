namespace FurnaceFw.Protocol
{
    /// <summary>
    /// Fault bits reported in status. Latched bits stay set until a latch reset; transient bits
    /// describe this cycle only. Wire-stable: never reuse a bit.
    /// </summary>
    public static class FaultFlags
    {
        public const int None = 0;

        /// <summary>Latched: temperature reached the high limit.</summary>
        public const int OverTemperature = 1 << 0;

        /// <summary>Latched: N consecutive bad sensor frames.</summary>
        public const int SensorFault = 1 << 1;

        /// <summary>Latched: element on but temperature did not rise (Marlin WATCH_TEMP).</summary>
        public const int HeatingFailed = 1 << 2;

        /// <summary>Latched: temperature stayed far below target for too long (Marlin THERMAL_PROTECTION).</summary>
        public const int ThermalRunaway = 1 << 3;

        /// <summary>Latched: K watchdog resets in a row, each before the firmware ran healthy (SR-8).</summary>
        public const int BootLoop = 1 << 4;

        /// <summary>Transient: this cycle's sensor frame was bad; the element is held off.</summary>
        public const int SensorSuspect = 1 << 8;

        /// <summary>Transient: the configuration is invalid; nothing heats.</summary>
        public const int ConfigInvalid = 1 << 9;

        /// <summary>Transient: the reset button is stuck (held at boot or for longer than button.stuck_s); it resets nothing.</summary>
        public const int ButtonStuck = 1 << 10;

        /// <summary>The bits that latch and survive a reset.</summary>
        public const int LatchedMask = OverTemperature | SensorFault | HeatingFailed | ThermalRunaway | BootLoop;
    }
}
