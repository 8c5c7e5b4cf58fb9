using System;

namespace nanoFramework.Runtime.Native
{
    /// <summary>
    /// Stand-in for nanoFramework.Runtime.Native's GC on .NET, so the heap test compiles here. It is never reached: the
    /// test skips first (HardwareSetup.RequireBoard); if it were, it says why instead of returning a made-up figure.
    /// </summary>
    public static class GC
    {
        public static uint Run(bool compactHeap) =>
            throw new PlatformNotSupportedException("nanoFramework's managed heap exists only on the board");
    }
}
