namespace FurnaceFw.Protocol
{
    /// <summary>Why the controller entered its current state. Wire-stable: never renumber, only append.</summary>
    public enum ReasonCode : byte
    {
        None = 0,
        PowerOn = 1,
        DemandOn = 2,
        DemandOff = 3,
        BankingTimeout = 4,
        LatchReset = 5,
        LatchRestored = 6,
        OverTemperature = 10,
        SensorFault = 11,
        HeatingFailed = 12,
        ThermalRunaway = 13,
        ConfigInvalid = 14,
        HostCommandExpired = 15,

        /// <summary>Banking ended: the probe stayed far above the ember band with the element off (the fire heats on its own).</summary>
        HeatWithoutCall = 16,

        /// <summary>Entered BootLoop: too many watchdog resets in a row (SR-8).</summary>
        BootLoop = 17,

        /// <summary>A latch was cleared by a long press of the reset button at the furnace.</summary>
        LocalReset = 18,
    }
}
