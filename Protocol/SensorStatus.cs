namespace FurnaceFw.Protocol
{
    /// <summary>Outcome of one thermocouple read. Wire-stable: never renumber, only append.</summary>
    public enum SensorStatus : byte
    {
        /// <summary>A valid, fresh temperature.</summary>
        Ok = 0,

        /// <summary>D2 set: the thermocouple input is open.</summary>
        OpenThermocouple = 1,

        /// <summary>0x0000: MISO floating or held low (no chip, dead chip, wrong clock).</summary>
        BusAllZeros = 2,

        /// <summary>0xFFFF: MISO pulled up with nothing driving it.</summary>
        BusAllOnes = 3,

        /// <summary>D15 (dummy sign bit) set: the frame is shifted or corrupt.</summary>
        BadSignBit = 4,

        /// <summary>D1 (device ID) set: not a MAX6675 or a corrupt frame.</summary>
        BadDeviceId = 5,

        /// <summary>The value has not moved for too long while the element was on.</summary>
        Stuck = 6,

        /// <summary>Asked again before a conversion could finish; no new frame was read.</summary>
        NotReady = 7,

        /// <summary>The SPI transfer itself failed.</summary>
        BusError = 8,

        /// <summary>A well-formed frame whose value jumped further from the previous frame than a furnace can move in one
        /// period (safety.max_step_c): a replayed or corrupted frame, not a temperature.</summary>
        Implausible = 9,
    }
}
