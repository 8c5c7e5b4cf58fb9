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

    public bool RelaysActiveHigh { get; init; } = true;

    /// <summary>Where the latch survives resets; defaults to memory owned by the board.</summary>
    public ILatchStore? LatchStore { get; init; }
}
