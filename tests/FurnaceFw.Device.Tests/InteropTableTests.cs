using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Device.Tests;

/// <summary>
/// The C++ method table of the FurnaceFw.Device.Rp2040 interop (Native/interop/FurnaceFw_Device_Rp2040.cpp) must list
/// every method of the compiled assembly in the metadata processor's order, the native ones by name. The processor's
/// checksum cannot guard this: it stays 0 until the first native method, so a managed method added ahead of the
/// natives shifts every native slot with the checksum unchanged, and the firmware would call the wrong function.
/// </summary>
[TestClass]
public sealed class InteropTableTests
{
    private static readonly string Rp2040Dir = Repo.File("Device/Board/Rp2040");
    private static readonly string CppPath = Repo.File("Native/interop/FurnaceFw_Device_Rp2040.cpp");

    [TestMethod]
    public void Rp2040Table_MatchesTheCompiledAssembly_EntryByEntry()
    {
        byte[] image = InteropTable.Compile("FurnaceFw.Device.Rp2040", InteropTable.ProjectSources(Rp2040Dir));
        var expected = InteropTable.Expected(image);
        var declared = InteropTable.Declared(File.ReadAllText(CppPath));

        var lines = new List<string>();
        for (int i = 0; i < Math.Max(expected.Count, declared.Count); i++)
        {
            string want = i < expected.Count ? expected[i] ?? "nullptr" : "(nothing)";
            string have = i < declared.Count ? declared[i] ?? "nullptr" : "(nothing)";
            if (want != have)
            {
                lines.Add($"slot {i}: the assembly needs {want}, the C++ table has {have}");
            }
        }

        Assert.IsTrue(expected.Count(e => e != null) >= 4, "the assembly must have native methods (InternalCall)");
        Assert.AreEqual(0, lines.Count, "Native/interop/FurnaceFw_Device_Rp2040.cpp is out of step with Device/Board/Rp2040 "
            + "(append new methods at the end of the last type; see docs/native-interop.md):\n" + string.Join("\n", lines));
    }

    [TestMethod]
    public void Expected_ManagedMethodAddedAheadOfTheNatives_ShiftsEveryNativeSlot()
    {
        // What the test exists to catch: a helper added at the top of NativeI2cTarget moves its natives one slot down.
        var sources = InteropTable.ProjectSources(Rp2040Dir).Select(s => Path.GetFileName(s.Path) == "NativeI2cTarget.cs"
            ? (Path: s.Path, Text: s.Text.Replace("public static class NativeI2cTarget\n    {", "public static class NativeI2cTarget\n    {\n        public static int Helper() => 1;\n"))
            : (Path: s.Path, Text: s.Text)).ToList();
        Assert.IsTrue(sources.Any(s => s.Text.Contains("Helper()")), "the probe edit must apply to NativeI2cTarget.cs");

        var shifted = InteropTable.Expected(InteropTable.Compile("FurnaceFw.Device.Rp2040", sources));
        var declared = InteropTable.Declared(File.ReadAllText(CppPath));
        Assert.AreNotEqual(string.Join(",", declared), string.Join(",", shifted), "a shifted table must not match the C++ one");
    }

    [TestMethod]
    public void Compile_UsesTheOfficialMscorlib()
    {
        Assert.IsTrue(File.Exists(InteropTable.Mscorlib), $"nanoFramework.CoreLibrary 1.17.11 must be restored: {InteropTable.Mscorlib}");
    }

    [TestMethod]
    public void Declared_ParsesEntriesAndComments()
    {
        var table = InteropTable.Declared("static const CLR_RT_MethodHandler method_lookup[] =\n{\n    nullptr, // Start\n    NULL,\n    Library_A_B::C___STATIC__VOID,\n};");
        CollectionAssert.AreEqual(new[] { null, null, "Library_A_B::C___STATIC__VOID" }, table);
    }
}
