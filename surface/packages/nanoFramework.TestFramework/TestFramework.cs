// Reference-only: nanoFramework.TestFramework 3.0.77 (nanoframework/nanoFramework.TestFramework, tag v3.0.77): the
// attributes, Assert overloads and OutputHelper the on-device tests use. tests/FurnaceFw.OnDevice.Tests has a host
// implementation of the same API so the same test sources also run under dotnet test.
using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
        public virtual TestMethodAttribute GetTestMethodAttribute(TestMethodAttribute testMethodAttribute) => throw null;
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class TestMethodAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class SetupAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = false)]
    public class CleanupAttribute : Attribute
    {
    }

    [AttributeUsage(AttributeTargets.Method, AllowMultiple = true)]
    public class DataRowAttribute : Attribute
    {
        public DataRowAttribute(params object[] methodParameters) { }

        public object[] MethodParameters => throw null;
    }

    public class SkipTestException : Exception
    {
        public SkipTestException(string message = null, Exception innerException = null) { }
    }

    public sealed partial class Assert
    {
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreEqual(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "") => throw null;

        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "") => throw null;

        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "") => throw null;

        public static void IsNotNull(object value, [CallerArgumentExpression("value")] string message = "") => throw null;

        public static void AreSame(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => throw null;

        public static void Contains(string expected, string value, [CallerArgumentExpression("value")] string message = "") => throw null;

        public static void ThrowsException(Type exceptionType, Action action, [CallerArgumentExpression("action")] string message = "") => throw null;

        public static void SkipTest(string message = null) => throw null;
    }

    public static class OutputHelper
    {
        public static void Write(string message) => throw null;

        public static void WriteLine(string message) => throw null;
    }
}
