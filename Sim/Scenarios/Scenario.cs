using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>A parsed scenario file: how to build the board, what to do when, and what must be observed.</summary>
public sealed class Scenario
{
    public required string Name { get; init; }

    public int Seed { get; init; } = 1;

    public required FurnaceSettings Settings { get; init; }

    public required PlantParameters Plant { get; init; }

    /// <summary>How long the scenario runs on the virtual clock.</summary>
    public long RunMs { get; init; }

    /// <summary>Timed steps in time order (ties keep file order).</summary>
    public required IReadOnlyList<ScenarioStep> Steps { get; init; }

    public required IReadOnlyList<Expectation> Expectations { get; init; }
}

/// <summary>What a step can touch: the board with its fault hooks, and a seeded random source for tokens.</summary>
public sealed record StepContext(VirtualBoard Board, Random Random);

/// <summary>One timed step, e.g. <c>at 30m fault sensor open</c>.</summary>
public sealed record ScenarioStep(long AtMs, int Line, string Text, Action<StepContext> Apply);
