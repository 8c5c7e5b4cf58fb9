using System.Diagnostics;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>The result of one scenario run.</summary>
public sealed record ScenarioReport(
    string Name, int Seed, long SimulatedMs, TimeSpan Wall, int WatchdogResets, IReadOnlyList<ExpectationOutcome> Outcomes)
{
    public bool Passed => Outcomes.All(o => o.Passed);

    public int PassedCount => Outcomes.Count(o => o.Passed);

    public int FailedCount => Outcomes.Count(o => !o.Passed);

    /// <summary>Simulated time over wall time.</summary>
    public double SpeedFactor => SimulatedMs / Math.Max(Wall.TotalMilliseconds, 0.001);
}

/// <summary>
/// Runs a scenario on a <see cref="VirtualBoard"/> with a <see cref="VirtualClock"/>, one control period at a time.
/// Per period: steps due by the end of the period are applied, the board steps (plant, then the firmware's
/// cycle, which drains the mailbox first), then every expectation sees the snapshot. Deterministic for a seed.
/// </summary>
public sealed class ScenarioRunner
{
    private readonly Scenario _scenario;

    public ScenarioRunner(Scenario scenario)
    {
        _scenario = scenario;
    }

    /// <summary>Overrides the file's seed (the CLI's <c>--seed</c>).</summary>
    public int? Seed { get; init; }

    /// <summary>Simulated time per wall time; null runs as fast as the CPU goes.</summary>
    public double? Speed { get; init; }

    /// <summary>Called about once per wall-clock second with the simulated time reached.</summary>
    public Action<long>? Progress { get; init; }

    /// <summary>Called every <see cref="TraceEveryMs"/> of simulated time with the observation of that cycle.</summary>
    public Action<Observation>? Trace { get; init; }

    public long TraceEveryMs { get; init; } = 60_000;

    public ScenarioReport Run(CancellationToken cancel = default)
    {
        int seed = Seed ?? _scenario.Seed;
        var clock = new VirtualClock();
        var board = new VirtualBoard(_scenario.Board with { Seed = seed }, clock);
        var context = new StepContext(board, new Random(seed));
        var observation = new Observation(board, context);
        var recorder = new FactsRecorder(board);
        foreach (Expectation expectation in _scenario.Expectations)
        {
            expectation.Reset();
        }

        var wall = Stopwatch.StartNew();
        long lastProgressMs = 0;
        long lastTraceSlot = -1;
        int nextStep = 0;
        int previousLatched = 0;
        IReadOnlyList<ScenarioStep> steps = _scenario.Steps;
        while (clock.NowMs < _scenario.RunMs && !cancel.IsCancellationRequested)
        {
            long cycleAt = clock.NowMs + board.NextStepMs;
            while (nextStep < steps.Count && steps[nextStep].AtMs <= cycleAt)
            {
                steps[nextStep++].Apply(context);
            }

            board.Step();

            board.ReadSnapshot(observation.Snapshot);
            recorder.Record(observation.Facts, board, observation.Snapshot, context);
            int latched = observation.Snapshot.Faults & FaultFlags.LatchedMask;
            observation.NowMs = clock.NowMs;
            observation.NewTrips = latched & ~previousLatched;
            previousLatched = latched;
            foreach (Expectation expectation in _scenario.Expectations)
            {
                expectation.Observe(observation);
            }

            if (Trace != null && clock.NowMs / TraceEveryMs != lastTraceSlot)
            {
                lastTraceSlot = clock.NowMs / TraceEveryMs;
                Trace(observation);
            }

            if (Speed is double speed)
            {
                Pace(wall, clock.NowMs, speed, cancel);
            }

            if (Progress != null && wall.ElapsedMilliseconds - lastProgressMs >= 1000)
            {
                lastProgressMs = wall.ElapsedMilliseconds;
                Progress(clock.NowMs);
            }
        }

        wall.Stop();
        var outcomes = _scenario.Expectations.Select(e => e.Finish(clock.NowMs)).OrderBy(o => o.Line).ToList();
        return new ScenarioReport(_scenario.Name, seed, clock.NowMs, wall.Elapsed, board.WatchdogResets, outcomes);
    }

    private static void Pace(Stopwatch wall, long simulatedMs, double speed, CancellationToken cancel)
    {
        double dueMs = simulatedMs / speed;
        double aheadMs = dueMs - wall.Elapsed.TotalMilliseconds;
        if (aheadMs >= 1)
        {
            cancel.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(aheadMs));
        }
    }
}
