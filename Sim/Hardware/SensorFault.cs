namespace FurnaceFw.Sim.Hardware;

/// <summary>Faults the simulated MAX6675 can be told to show.</summary>
public enum SensorFault
{
    None,

    /// <summary>Thermocouple disconnected: the chip sets D2.</summary>
    OpenThermocouple,

    /// <summary>MISO floating low or chip missing without a pull-up: 0x0000.</summary>
    BusAllZeros,

    /// <summary>MISO pulled up with no chip driving it: 0xFFFF.</summary>
    BusAllOnes,

    /// <summary>The chip repeats one frame forever (latched-up converter).</summary>
    Stuck,

    /// <summary>The SPI transfer throws.</summary>
    BusError,

    /// <summary>A frame shifted by one bit: D15 set.</summary>
    ShiftedFrame,

    /// <summary>Any raw 16-bit frame (<see cref="SimulatedMax6675.RawFrame"/>), e.g. 0x0001, which decodes as a valid 0 °C.</summary>
    RawFrame,

    /// <summary>A plausible temperature frozen to the LSB (<see cref="SimulatedMax6675.FrozenQuarterC"/>), no noise.</summary>
    Frozen,

    /// <summary>The probe reads a fixed place outside the firebox (<see cref="SimulatedMax6675.FrozenQuarterC"/>) with the
    /// chip's normal noise: plausible, alive, and wrong.</summary>
    Detached,
}
