using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;

namespace FurnaceFw.Sim.Invariants;

/// <summary>
/// What the invariant checkers see after each step of the virtual board: the plant's truth, the relays as wired, the
/// firmware's published state, what the harness did, and board events. Plain data, filled in place by
/// <see cref="Scenarios.FactsRecorder"/> every step, or by hand in a checker's unit test.
/// </summary>
public sealed class CycleFacts
{
    public long NowMs { get; set; }

    /// <summary>Virtual time since the previous step.</summary>
    public long StepMs { get; set; }

    /// <summary>The board has power at the end of the step.</summary>
    public bool Powered { get; set; }

    /// <summary>A control cycle ran to its end in this step (not stalled, off, booting or cut short by a reset).</summary>
    public bool CycleRan { get; set; }

    /// <summary>The true temperature at the probe's position (what a healthy probe would read), °C.</summary>
    public double TrueProbeC { get; set; }

    /// <summary>The element relay's coil, from its pin as wired.</summary>
    public bool ElementCoil { get; set; }

    /// <summary>The cutoff relay's coil, from its pin as wired (energized = closed).</summary>
    public bool CutoffCoil { get; set; }

    /// <summary>Milliseconds of this step during which power reached the element (both relays conducting, whatever holds
    /// them: the firmware, a welded contact).</summary>
    public long ElementPoweredMs { get; set; }

    /// <summary>The firmware's published state at the end of the step (the last one it published while it ran).</summary>
    public FurnaceState State { get; set; }

    /// <summary>Latched fault bits the firmware published (<see cref="FaultFlags.LatchedMask"/>).</summary>
    public int LatchedFaults { get; set; }

    public ControlMode Mode { get; set; }

    /// <summary>The chip clocked out a frame in this step.</summary>
    public bool FreshFrame { get; set; }

    /// <summary>That frame decodes as a valid temperature.</summary>
    public bool FrameValid { get; set; }

    /// <summary>That frame is valid but its temperature is not the truth (beyond the chip's noise + 1 °C): a frozen,
    /// detached, stuck or raw-value fault the firmware cannot tell from a real reading.</summary>
    public bool FrameLying { get; set; }

    /// <summary>The temperature that frame decodes to, °C (when valid).</summary>
    public double FrameC { get; set; }

    /// <summary>A heat command (local or host mode heat) was posted before this step's cycle.</summary>
    public bool HeatPosted { get; set; }

    /// <summary>The latch went from set to clear in this step without a reboot: a latch reset was accepted.</summary>
    public bool LatchCleared { get; set; }

    /// <summary>The flash refuses writes (worn or full) at the end of the step.</summary>
    public bool FlashRefusingWrites { get; set; }

    /// <summary>Resets, power cuts, boots and boot glitches of this step, in order.</summary>
    public List<BoardEvent> Events { get; } = new();

    public bool Booted
    {
        get
        {
            foreach (BoardEvent e in Events)
            {
                if (e.Kind == BoardEventKind.Booted)
                {
                    return true;
                }
            }

            return false;
        }
    }
}
