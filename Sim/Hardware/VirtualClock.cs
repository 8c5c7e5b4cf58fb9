using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>A clock that moves only when told: scenarios run deterministically and as fast as the CPU allows.</summary>
public sealed class VirtualClock : IMonotonicClock
{
    private long _nowMs;

    public long NowMs => Interlocked.Read(ref _nowMs);

    public void Advance(long ms) => Interlocked.Add(ref _nowMs, ms);
}
