using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;

namespace FurnaceFw.Sim.Hardware;

/// <summary>A latch store that survives simulated resets (it belongs to the board, not the firmware) but not the process.</summary>
public sealed class MemoryLatchStore : ILatchStore
{
    private int _faults;
    private ReasonCode _reason;

    public int SaveCount { get; private set; }

    public int Load(out ReasonCode reason)
    {
        reason = _reason;
        return _faults;
    }

    public void Save(int latchedFaults, ReasonCode reason)
    {
        _faults = latchedFaults;
        _reason = reason;
        SaveCount++;
    }
}
