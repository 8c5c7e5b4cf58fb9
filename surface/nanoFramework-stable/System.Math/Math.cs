// Reference-only: nanoFramework.System.Math as FurnaceFw may use it. Floor, Ceiling, Sqrt, Sin, Cos, Exp, Log,
// Pow, Round and the other transcendental functions are deliberately ABSENT: on the Pico targets
// (NF_FEATURE_LIGHT_MATH) several throw NotImplementedException, and the firmware is integer-only by rule.
namespace System
{
    public static class Math
    {
        public static int Abs(int value) => throw null;
        public static long Abs(long value) => throw null;
        public static int Max(int val1, int val2) => throw null;
        public static long Max(long val1, long val2) => throw null;
        public static uint Max(uint val1, uint val2) => throw null;
        public static int Min(int val1, int val2) => throw null;
        public static long Min(long val1, long val2) => throw null;
        public static uint Min(uint val1, uint val2) => throw null;
        public static int Sign(int value) => throw null;
        public static int Sign(long value) => throw null;
    }
}
