// Reference-only: the nanoFramework.TestFramework API the on-device tests use (declarations only).
namespace nanoFramework.TestFramework
{
    [System.AttributeUsage(System.AttributeTargets.Class)]
    public sealed class TestClassAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class TestMethodAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class SetupAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Method)]
    public sealed class CleanupAttribute : System.Attribute { }

    [System.AttributeUsage(System.AttributeTargets.Method, AllowMultiple = true)]
    public sealed class DataRowAttribute : System.Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { }
    }

    public static class Assert
    {
        public static void AreEqual(int expected, int actual, string message = "") => throw null;
        public static void AreEqual(long expected, long actual, string message = "") => throw null;
        public static void AreEqual(uint expected, uint actual, string message = "") => throw null;
        public static void AreEqual(byte expected, byte actual, string message = "") => throw null;
        public static void AreEqual(bool expected, bool actual, string message = "") => throw null;
        public static void AreEqual(string expected, string actual, string message = "") => throw null;
        public static void AreEqual(object expected, object actual, string message = "") => throw null;
        public static void AreNotEqual(int expected, int actual, string message = "") => throw null;
        public static void IsTrue(bool condition, string message = "") => throw null;
        public static void IsFalse(bool condition, string message = "") => throw null;
        public static void IsNull(object value, string message = "") => throw null;
        public static void IsNotNull(object value, string message = "") => throw null;
        public static void AreSame(object expected, object actual, string message = "") => throw null;
        public static void Contains(string expected, string actual, string message = "") => throw null;
        public static void SkipTest(string message = "") => throw null;
    }

    public static class OutputHelper
    {
        public static void WriteLine(string message) => throw null;
    }
}
