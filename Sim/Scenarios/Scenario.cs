using FurnaceFw.Firmware.Config;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>A parsed scenario file: how to build the board, what to do when, and what must be observed.</summary>
public sealed class Scenario
{
    public required string Name { get; init; }

    public int Seed { get; init; } = 1;

    /// <summary>The settings the firmware runs with (defaults when a <c>config</c> line made the configuration invalid).</summary>
    public required FurnaceSettings Settings { get; init; }

    public required PlantParameters Plant { get; init; }

    /// <summary>The board: settings, plant, the firmware's relay polarity and config problem, the wiring as built.</summary>
    public required BoardOptions Board { get; init; }

    /// <summary>Problems the device's parser found in the <c>config</c> lines ("file:line: key: problem"); the board then
    /// boots into ConfigFault, as the device would.</summary>
    public IReadOnlyList<string> ConfigProblems { get; init; } = Array.Empty<string>();

    /// <summary>How long the scenario runs on the virtual clock.</summary>
    public long RunMs { get; init; }

    /// <summary>Timed steps in time order (ties keep file order).</summary>
    public required IReadOnlyList<ScenarioStep> Steps { get; init; }

    public required IReadOnlyList<Expectation> Expectations { get; init; }
}

/// <summary>One timed step, e.g. <c>at 30m fault sensor open</c> (a repetition or a <c>for</c> clause makes several, all
/// with the line they came from).</summary>
public sealed record ScenarioStep(long AtMs, int Line, string Text, Action<StepContext> Apply);
