// Reference-only: nanoFramework.Runtime.Native (declarations only).
namespace nanoFramework.Runtime.Native
{
    public static class GC
    {
        /// <summary>Runs the collector; returns the free managed heap in bytes.</summary>
        public static uint Run(bool compactHeap) => throw null;
        public static bool EnableGCMessages(bool enable) => throw null;
    }

    public static class Power
    {
        public delegate void RebootEventHandler();
        public static event RebootEventHandler OnRebootEvent;
        public static void RebootDevice() => throw null;
        public static void RebootDevice(int exeConstraintTimeout) => throw null;
    }

    public static class ExecutionConstraint
    {
        public static void Install(int timeoutMilliseconds, int priority) => throw null;
    }

    public class ConstraintException : System.Exception
    {
        public ConstraintException() { }
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
