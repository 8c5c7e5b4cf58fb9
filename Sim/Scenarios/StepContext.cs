using FurnaceFw.Protocol.I2c;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.I2c;

namespace FurnaceFw.Sim.Scenarios;

/// <summary>
/// What a step can touch: the board with its fault hooks, the board's I2C target (host writes go through the register
/// bank's validation, as a real host's do), and a seeded random source for tokens. Steps also note what they did that
/// the invariant checkers must know (a heat command was posted).
/// </summary>
public sealed class StepContext
{
    public StepContext(VirtualBoard board, Random random)
    {
        Board = board;
        Random = random;
        HostBus = new BoardI2cTarget(board, RegisterMap.DefaultAddress);
    }

    public VirtualBoard Board { get; }

    public Random Random { get; }

    /// <summary>The register bank a host on the I2C bus writes to; rebuilt on every reboot.</summary>
    public BoardI2cTarget HostBus { get; }

    /// <summary>The result of the last host write (<see cref="WriteRejectReason.None"/> = accepted).</summary>
    public WriteRejectReason LastHostWrite { get; set; }

    /// <summary>Host writes so far (a condition can tell "none yet" from "accepted").</summary>
    public int HostWrites { get; set; }

    /// <summary>A heat command (local or host mode heat) was posted since the runner last cleared this.</summary>
    public bool HeatPosted { get; set; }
}
