using System;
using System.Runtime.CompilerServices;

namespace nanoFramework.TestFramework
{
    /// <summary>
    /// Host implementation of the nanoFramework.TestFramework Assert overloads the surface declares
    /// (surface/packages/nanoFramework.TestFramework): same signatures, so a test that compiles here compiles there.
    /// </summary>
    public sealed class Assert
    {
        public static void AreEqual(bool expected, bool actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(byte expected, byte actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(int expected, int actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(long expected, long actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(uint expected, uint actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(ushort expected, ushort actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(string expected, string actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreEqual(object expected, object actual, [CallerArgumentExpression("actual")] string message = "") => Equal(expected, actual, message);

        public static void AreNotEqual(int notExpected, int actual, [CallerArgumentExpression("actual")] string message = "")
        {
            if (notExpected == actual)
            {
                Fail($"expected anything but {notExpected}", message);
            }
        }

        public static void AreNotEqual(long notExpected, long actual, [CallerArgumentExpression("actual")] string message = "")
        {
            if (notExpected == actual)
            {
                Fail($"expected anything but {notExpected}", message);
            }
        }

        public static void IsTrue(bool condition, [CallerArgumentExpression("condition")] string message = "")
        {
            if (!condition)
            {
                Fail("expected true", message);
            }
        }

        public static void IsFalse(bool condition, [CallerArgumentExpression("condition")] string message = "")
        {
            if (condition)
            {
                Fail("expected false", message);
            }
        }

        public static void IsNull(object value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value != null)
            {
                Fail($"expected null, got {value}", message);
            }
        }

        public static void IsNotNull(object value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value == null)
            {
                Fail("expected not null", message);
            }
        }

        public static void AreSame(object expected, object actual, [CallerArgumentExpression("actual")] string message = "")
        {
            if (!ReferenceEquals(expected, actual))
            {
                Fail("expected the same instance", message);
            }
        }

        public static void Contains(string expected, string value, [CallerArgumentExpression("value")] string message = "")
        {
            if (value == null || expected == null || value.IndexOf(expected, StringComparison.Ordinal) < 0)
            {
                Fail($"expected \"{value}\" to contain \"{expected}\"", message);
            }
        }

        public static void ThrowsException(Type exceptionType, Action action, [CallerArgumentExpression("action")] string message = "")
        {
            try
            {
                action();
            }
            catch (Exception e) when (e.GetType() == exceptionType)
            {
                return;
            }
            catch (Exception e)
            {
                Fail($"expected {exceptionType.Name}, got {e.GetType().Name}: {e.Message}", message);
            }

            Fail($"expected {exceptionType.Name}, nothing was thrown", message);
        }

        public static void SkipTest(string message = null) => throw new SkipTestException(message);

        private static void Equal<T>(T expected, T actual, string message)
        {
            if (!Equals(expected, actual))
            {
                Fail($"expected <{expected}>, got <{actual}>", message);
            }
        }

        private static void Fail(string what, string message) =>
            throw new AssertFailedException(string.IsNullOrEmpty(message) ? what : $"{message}: {what}");
    }

    public static class OutputHelper
    {
        public static void Write(string message) => Console.Write(message);

        public static void WriteLine(string message) => Console.WriteLine(message);
    }
}
