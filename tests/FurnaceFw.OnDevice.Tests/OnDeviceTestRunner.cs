using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Microsoft.VisualStudio.TestTools.UnitTesting;
using Nano = nanoFramework.TestFramework;

namespace FurnaceFw.OnDevice.Tests;

/// <summary>
/// Runs every nanoFramework.TestFramework test of Device/FurnaceFw.Device.Tests as one MSTest case each (a [DataRow]
/// method once per row), with the launcher's semantics: one instance per class, its [Setup] methods once before the
/// class's first test, its [Cleanup] methods once after the run. A SkipTest (every hardware test off the board) is
/// reported as skipped (inconclusive), a failed Nano assertion or any other exception as failed.
/// </summary>
[TestClass]
public sealed class OnDeviceTestRunner
{
    private static readonly ConcurrentDictionary<Type, Lazy<(object Instance, Exception SetupFailure)>> Classes = new();

    public static IEnumerable<object[]> Cases =>
        TestClasses().SelectMany(t => TestMethods(t).SelectMany(m =>
        {
            var rows = m.GetCustomAttributes<Nano.DataRowAttribute>().ToArray();
            return rows.Length == 0
                ? new[] { new object[] { t.Name, m.Name, -1 } }
                : rows.Select((_, i) => new object[] { t.Name, m.Name, i });
        }));

    public static string CaseName(MethodInfo method, object[] data) =>
        (int)data[2] < 0 ? $"{data[0]}.{data[1]}" : $"{data[0]}.{data[1]} (row {data[2]})";

    [TestMethod]
    [DynamicData(nameof(Cases), DynamicDataDisplayName = nameof(CaseName))]
    public void OnDeviceTest(string className, string methodName, int row)
    {
        Type type = TestClasses().Single(t => t.Name == className);
        MethodInfo method = type.GetMethod(methodName)!;
        var (instance, setupFailure) = Classes.GetOrAdd(type, t => new Lazy<(object, Exception)>(() => Setup(t))).Value;
        if (setupFailure != null)
        {
            Report(setupFailure, $"[Setup] of {className}");
        }

        object[] args = row < 0 ? null : method.GetCustomAttributes<Nano.DataRowAttribute>().ElementAt(row).MethodParameters;
        try
        {
            method.Invoke(method.IsStatic ? null : instance, args);
        }
        catch (TargetInvocationException e)
        {
            Report(e.InnerException!, methodName);
        }
    }

    [TestMethod]
    public void Discovery_FindsEveryTestClassInTheSources()
    {
        string dir = Path.Combine(RepoRoot(), "Device", "FurnaceFw.Device.Tests");
        int declared = Directory.GetFiles(dir, "*.cs").Sum(f => Regex.Matches(File.ReadAllText(f), @"^\s*\[TestClass\]", RegexOptions.Multiline).Count);
        Assert.IsTrue(declared >= 6, $"expected the on-device test classes in {dir}, found {declared}");
        Assert.AreEqual(declared, TestClasses().Count(), "every [TestClass] in the on-device sources must be discovered and run here");
        Assert.IsTrue(Cases.Count() >= 10, "the on-device tests must reach the runner");
    }

    [ClassCleanup]
    public static void CleanupAll()
    {
        foreach (var (type, state) in Classes)
        {
            if (!state.IsValueCreated || state.Value.SetupFailure != null)
            {
                continue;
            }

            foreach (var m in type.GetMethods().Where(m => m.IsDefined(typeof(Nano.CleanupAttribute))))
            {
                m.Invoke(m.IsStatic ? null : state.Value.Instance, null);
            }
        }
    }

    private static (object, Exception) Setup(Type type)
    {
        object instance = Activator.CreateInstance(type)!;
        try
        {
            foreach (var m in type.GetMethods().Where(m => m.IsDefined(typeof(Nano.SetupAttribute))))
            {
                m.Invoke(m.IsStatic ? null : instance, null);
            }

            return (instance, null);
        }
        catch (TargetInvocationException e)
        {
            return (instance, e.InnerException);
        }
    }

    private static void Report(Exception e, string where)
    {
        switch (e)
        {
            case Nano.SkipTestException skip:
                Assert.Inconclusive($"skipped: {skip.Message}");
                break;
            case Nano.AssertFailedException failed:
                Assert.Fail($"{where}: {failed.Message}");
                break;
            default:
                Assert.Fail($"{where} threw {e.GetType().Name}: {e.Message}\n{e.StackTrace}");
                break;
        }
    }

    private static IEnumerable<Type> TestClasses() =>
        typeof(OnDeviceTestRunner).Assembly.GetTypes()
            .Where(t => t.IsDefined(typeof(Nano.TestClassAttribute)))
            .OrderBy(t => t.Name, StringComparer.Ordinal);

    private static IEnumerable<MethodInfo> TestMethods(Type type) =>
        type.GetMethods().Where(m => m.IsDefined(typeof(Nano.TestMethodAttribute))).OrderBy(m => m.Name, StringComparer.Ordinal);

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FurnaceFw.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }
}
