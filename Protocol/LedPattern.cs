namespace FurnaceFw.Protocol
{
    /// <summary>
    /// What the status LED shows, one pattern per state (docs/safety.md, "Status LED"): 16 ticks of 250 ms, a 4-second
    /// frame. <see cref="LedPatterns.Mask"/> gives each pattern's frame. Wire-stable: never renumber, only append.
    /// </summary>
    public enum LedPattern : byte
    {
        /// <summary>No LED fitted, or the controller has not booted.</summary>
        Off = 0,

        /// <summary>One short blink every 4 s.</summary>
        Idle = 1,

        /// <summary>Heating, element on: steady for 3 s of every 4.</summary>
        HeatingElementOn = 2,

        /// <summary>Heating, element off (in the thermostat band): 1 s on, 1 s off.</summary>
        HeatingElementOff = 3,

        /// <summary>Banking the embers: two half-second pulses.</summary>
        Banking = 4,

        /// <summary>Tripped, over-temperature: one long flash, then 1 short blink. Reset only at the furnace (default).</summary>
        TrippedOverTemperature = 5,

        /// <summary>Tripped, sensor fault: one long flash, then 2 short blinks.</summary>
        TrippedSensorFault = 6,

        /// <summary>Tripped, heating failed: one long flash, then 3 short blinks.</summary>
        TrippedHeatingFailed = 7,

        /// <summary>Tripped, thermal runaway: one long flash, then 4 short blinks.</summary>
        TrippedThermalRunaway = 8,

        /// <summary>Boot loop latched (SR-8): one long flash, then 5 short blinks.</summary>
        BootLoop = 9,

        /// <summary>Invalid nf.config: fast blinking (250 ms on, 250 ms off).</summary>
        ConfigFault = 10,

        /// <summary>The reset button is stuck (held at boot or for too long): 500 ms on, 500 ms off.</summary>
        ButtonStuck = 11,

        /// <summary>The reset button has been held long enough: steady on, release now to reset.</summary>
        ButtonHeld = 12,
    }
}
