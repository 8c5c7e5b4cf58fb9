namespace FurnaceFw.Protocol
{
    /// <summary>The controller's top-level state. Wire-stable: never renumber, only append.</summary>
    public enum FurnaceState : byte
    {
        /// <summary>No demand. Element off and cutoff open: nothing needs power, so a welded element relay cannot heat.</summary>
        Idle = 0,

        /// <summary>Demand: thermostat control around the setpoint; cutoff closed.</summary>
        Heating = 1,

        /// <summary>Demand ended: the element holds the ember-keep band at a low duty for a bounded time.</summary>
        Banking = 2,

        /// <summary>A latched safety trip. Element off and cutoff relay open until an explicit reset.</summary>
        Tripped = 3,

        /// <summary>The configuration is invalid. Nothing heats until it is fixed.</summary>
        ConfigFault = 4,

        /// <summary>
        /// The board kept resetting by watchdog before it could run healthy (SR-8). Latched and persisted like a trip:
        /// element off, cutoff open, until an explicit latch reset.
        /// </summary>
        BootLoop = 5,
    }
}
