using System;
using FurnaceFw.Firmware.Ports;

namespace FurnaceFw.Device.Board
{
    /// <summary>Milliseconds since boot from nanoFramework.Runtime.Native (Environment.TickCount64): monotonic, never
    /// follows the wall clock (DateTime.UtcNow jumps when SNTP sets it).</summary>
    public sealed class TickCountClock : IMonotonicClock
    {
        public long NowMs => Environment.TickCount64;
    }
}
