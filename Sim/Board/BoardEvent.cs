namespace FurnaceFw.Sim.Board;

/// <summary>What happened to the board between two observations (rare: allocations are fine).</summary>
public enum BoardEventKind
{
    /// <summary>The hardware watchdog expired and reset the board (the firmware instance is gone).</summary>
    WatchdogReset,

    /// <summary>The board lost power (GPIO floats, scratch registers are lost, the flash keeps what it holds).</summary>
    PowerCut,

    /// <summary>A new firmware instance booted (after power-on or a watchdog reset); <see cref="BoardEvent.LatchedFaults"/> is
    /// what it restored.</summary>
    Booted,

    /// <summary>A relay pin presented its energizing level (as wired) while the firmware was booting, before the safe
    /// level was written.</summary>
    BootGlitch,
}

/// <summary>One board event with what the invariant checkers need to judge it.</summary>
/// <param name="LatchedFaults">Reset and power cut: the latched faults of the firmware instance that died (read from its
/// control cycle at that instant, so a trip decided in the dying cycle counts). Booted: the faults the new instance
/// restored.</param>
/// <param name="LatchWriteBegun">Reset and power cut: a latch file write had begun (whole or torn) in the cycle that was
/// running when it happened.</param>
/// <param name="Detail">For a boot glitch: which relay.</param>
public sealed record BoardEvent(BoardEventKind Kind, long AtMs, int LatchedFaults, bool LatchWriteBegun, string Detail = "");
