// Reference-only: nanoFramework.Runtime.Native 1.7.11 (nanoframework/nanoFramework.Runtime.Native, tag v1.7.11).
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        /// <summary>Runs the collector; returns the free managed heap in bytes.</summary>
        public static uint Run(bool compactHeap) => throw null;

        /// <summary>Returns void on nanoFramework (not bool).</summary>
        public static void EnableGCMessages(bool enable) => throw null;
    }

    public static class ExecutionConstraint
    {
        public static void Install(int timeoutMilliseconds, int priority) => throw null;
    }
}

namespace System
{
    /// <summary>Lives in the nanoFramework.Runtime.Native assembly, not in mscorlib.</summary>
    public static class Environment
    {
        /// <summary>Milliseconds since boot.</summary>
        public static long TickCount64 => throw null;
    }
}
