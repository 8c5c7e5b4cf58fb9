using System.Diagnostics;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Sim.Hardware;

/// <summary>Monotonic milliseconds from the host's high-resolution timer, for the live board.</summary>
public sealed class RealTimeClock : IMonotonicClock
{
    private readonly long _start = Stopwatch.GetTimestamp();

    public long NowMs => (long)Stopwatch.GetElapsedTime(_start).TotalMilliseconds;
}
