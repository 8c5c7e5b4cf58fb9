using System;

namespace nanoFramework.TestFramework
{
    // Host implementation of nanoFramework.TestFramework 3.0.77's attributes (same names, targets and semantics):
    // [Setup] runs once before a class's tests, [Cleanup] once after, [DataRow] once per row.
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
    public class TestClassAttribute : Attribute
    {
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
        public DataRowAttribute(params object[] methodParameters) => MethodParameters = methodParameters;

        public object[] MethodParameters { get; }
    }

    /// <summary>Thrown by <see cref="Assert.SkipTest"/>; the runner reports the test as skipped.</summary>
    public class SkipTestException : Exception
    {
        public SkipTestException(string message = null, Exception innerException = null)
            : base(message, innerException)
        {
        }
    }

    /// <summary>Thrown by a failed assertion; the runner reports the test as failed with its message.</summary>
    public class AssertFailedException : Exception
    {
        public AssertFailedException(string message)
            : base(message)
        {
        }
    }
}
