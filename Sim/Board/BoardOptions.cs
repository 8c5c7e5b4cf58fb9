using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Board;

/// <summary>How to build a virtual board.</summary>
public sealed record BoardOptions
{
    public FurnaceSettings Settings { get; init; } = new();

    /// <summary>Set to boot as with a configuration file that failed validation (the furnace must not heat).</summary>
    public ConfigProblem? ConfigProblem { get; init; }

    public PlantParameters Plant { get; init; } = new();

    /// <summary>Seeds sensor noise; the same seed gives the same run.</summary>
    public int Seed { get; init; } = 1;

    public int ElementPin { get; init; } = 14;

    public int CutoffPin { get; init; } = 15;

    /// <summary>The firmware's <c>relay.active_high</c>: what it believes energizes a relay coil.</summary>
    public bool RelaysActiveHigh { get; init; } = true;

    /// <summary>How the element relay module is wired on the board (true: a high pin energizes it); null: as the
    /// firmware is configured. A mismatch is a wiring or configuration error the firmware cannot see.</summary>
    public bool? ElementWiredActiveHigh { get; init; }

    /// <summary>How the cutoff relay module is wired; null: as the firmware is configured.</summary>
    public bool? CutoffWiredActiveHigh { get; init; }

    /// <summary>The element module's input is pulled to its active level: a pin left as an input energizes it.</summary>
    public bool ElementEnergizedWhenFloating { get; init; }

    /// <summary>The cutoff module's input is pulled to its active level.</summary>
    public bool CutoffEnergizedWhenFloating { get; init; }

    /// <summary>Where the latch survives resets; null (the default) is the board's simulated flash with the firmware's own
    /// file store (<see cref="FurnaceFw.Firmware.Persistence.LatchFileStore"/>), so power cuts hit the real save protocol.</summary>
    public ILatchStore? LatchStore { get; init; }
}
