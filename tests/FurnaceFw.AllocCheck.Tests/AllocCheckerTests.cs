using FurnaceFw.AllocCheck.Tests.Samples;

namespace FurnaceFw.AllocCheck.Tests;

/// <summary>The checker flags what allocates on nanoFramework's interpreter and nothing else (Samples.cs).</summary>
[TestClass]
public sealed class AllocCheckerTests
{
    private const string Table = """
        free  System.Math::Abs*   # absent on purpose in one test
        alloc System.Int32::ToString   # a new string
        free  System.Object::.ctor
        free  System.TimeSpan::get_Ticks
        free  System.DateTime::get_Ticks
        """;

    [TestMethod]
    public void Walk_StructPassedByValue_CountsCopiesAndLocal()
    {
        EntryResult r = Walk("Samples::PassesStruct");

        Assert.IsTrue(r.Sites.Any(s => s.Kind == SiteKind.StructCopy && s.Detail.Contains("ldfld") && s.Detail.Contains(nameof(Pair))),
            "loading the Pair field by value is a clone on nanoCLR: " + Describe(r));
        Assert.IsTrue(r.Sites.Any(s => s.Kind == SiteKind.StructCopy && s.Method.EndsWith("::TakesStruct") && s.Detail.StartsWith("ldarg")),
            "reading a field of a by-value struct argument loads (clones) the argument: " + Describe(r));
        Assert.IsFalse(r.Passed, "a budget of 0 must fail");
    }

    [TestMethod]
    public void Walk_StructLocal_AllocatedAtEntryButRefPassIsFree()
    {
        EntryResult r = Walk("Samples::HasStructLocal");

        Assert.AreEqual(1, r.Counted, "one Pair local at entry, passed by ref without a copy: " + Describe(r));
        Assert.AreEqual(SiteKind.StructLocal, r.Sites.Single().Kind);
        Assert.AreEqual(-1, r.Sites.Single().Offset);
    }

    [TestMethod]
    public void Walk_StringLiteral_IsFlagged()
    {
        EntryResult r = Walk("Samples::Literal");

        AllocationSite site = r.Sites.Single();
        Assert.AreEqual(SiteKind.StringLiteral, site.Kind, Describe(r));
        StringAssert.Contains(site.Detail, "hello");
        StringAssert.Contains(site.Source, "Samples.cs:", "the PDB gives the source line");
    }

    [TestMethod]
    public void Walk_Boxing_IsFlagged()
    {
        EntryResult r = Walk("Samples::Boxes");

        Assert.AreEqual(SiteKind.Box, r.Sites.Single().Kind, Describe(r));
    }

    [TestMethod]
    public void Walk_FrameworkCallInTable_CountsAsAllocation()
    {
        EntryResult r = Walk("Samples::FrameworkCall");

        AllocationSite site = r.Sites.Single(s => s.Kind == SiteKind.FrameworkCall);
        StringAssert.Contains(site.Detail, "System.Int32::ToString");
        Assert.AreEqual(0, r.Unclassified.Count, Describe(r));
    }

    [TestMethod]
    public void Walk_FrameworkCallMissingFromTable_FailsAsUnclassified()
    {
        EntryResult r = Walk("Samples::Abs", table: "alloc System.Int32::ToString");

        Assert.AreEqual(0, r.Counted, Describe(r));
        Assert.IsTrue(r.Unclassified.Single().StartsWith("System.Math::Abs"), string.Join("; ", r.Unclassified));
        Assert.IsFalse(r.Passed, "an unclassified framework call must fail the check, not pass silently");
    }

    [TestMethod]
    public void Walk_PrimitivesEnumsArraysTimeSpanDateTime_AllocateNothing()
    {
        EntryResult clean = Walk("Samples::Clean");
        EntryResult ticks = Walk("Samples::Ticks");

        Assert.AreEqual(0, clean.Sites.Count, Describe(clean));
        Assert.AreEqual(0, ticks.Sites.Count, "nanoCLR keeps DateTime/TimeSpan inline: " + Describe(ticks));
        Assert.IsTrue(clean.Passed && ticks.Passed);
    }

    [TestMethod]
    public void Walk_AllocationOnlyBeforeThrow_IsErrorPathNotCounted()
    {
        EntryResult r = Walk("Samples::ThrowsOnly");

        Assert.AreEqual(0, r.Counted, Describe(r));
        Assert.IsTrue(r.ErrorOnly >= 2, "the exception and its message are reported as error-path sites: " + Describe(r));
        Assert.IsTrue(r.Passed);
    }

    [TestMethod]
    public void Walk_AllocationInCatch_IsErrorPath()
    {
        EntryResult r = Walk("Samples::Catches");

        Assert.AreEqual(0, r.Counted, Describe(r));
        Assert.AreEqual(1, r.ErrorOnly, Describe(r));
    }

    [TestMethod]
    public void Walk_InterfaceCall_ReachesEveryAnalysedImplementation()
    {
        EntryResult r = Walk("Samples::ViaInterface");

        Assert.IsTrue(r.Methods.Contains(typeof(Square).FullName + "::Area"), "IShape.Area resolves to Square.Area");
        Assert.AreEqual(SiteKind.StringLiteral, r.Sites.Single(s => !s.ErrorPath && s.Method.EndsWith("Square::Area")).Kind);
        Assert.AreEqual("FurnaceFw.AllocCheck.Tests.Samples.Samples::ViaInterface", r.Via[typeof(Square).FullName + "::Area"]);
    }

    [TestMethod]
    public void Walk_InterfaceWithoutImplementation_FailsUnlessWaived()
    {
        EntryResult failing = Walk("Samples::Unresolvable");
        EntryResult waived = Walk("Samples::Unresolvable", unresolved: "INothing::Run");

        Assert.IsFalse(failing.Passed, "an unresolved virtual call must fail");
        StringAssert.Contains(failing.Unresolved.Single(), "INothing::Run");
        Assert.IsTrue(waived.Passed, "waived with a reason in budgets.json: " + string.Join("; ", waived.Unresolved));
        Assert.AreEqual(1, waived.Waived.Count);
    }

    [TestMethod]
    public void Walk_AllocationInLoop_IsMarked()
    {
        EntryResult r = Walk("Samples::AllocatesInLoop");

        Assert.IsTrue(r.Sites.Single(s => s.Kind == SiteKind.NewObject).InLoop, Describe(r));
    }

    [TestMethod]
    public void Walk_PrunedMethod_IsNotWalked()
    {
        EntryResult walked = Walk("Samples::CallsHelper");
        EntryResult pruned = Walk("Samples::CallsHelper", prune: "Samples::Helper");

        Assert.AreEqual(1, walked.Counted, Describe(walked));
        Assert.AreEqual(0, pruned.Counted, Describe(pruned));
    }

    [TestMethod]
    public void Walk_WithinBudget_Passes()
    {
        Assert.IsTrue(Walk("Samples::Literal", budget: 1).Passed);
        Assert.IsFalse(Walk("Samples::Literal", budget: 0).Passed);
    }

    [TestMethod]
    public void Walk_UnknownRoot_ThrowsNamingIt()
    {
        var e = Assert.ThrowsExactly<InvalidOperationException>(() => Walk("Samples::NoSuchMethod"));

        StringAssert.Contains(e.Message, "Samples::NoSuchMethod");
    }

    internal static EntryResult Walk(string root, int budget = 0, string prune = null, string unresolved = null, string table = Table)
    {
        var entry = new EntryPoint
        {
            Name = "sample",
            Roots = new[] { root },
            Budget = budget,
            Prune = prune == null ? Array.Empty<Waiver>() : new[] { new Waiver { Method = prune, Reason = "test" } },
            Unresolved = unresolved == null ? Array.Empty<Waiver>() : new[] { new Waiver { Method = unresolved, Reason = "test" } },
        };
        using var set = new AssemblySet(new[] { typeof(Samples.Samples).Assembly.Location });
        return new EntryWalker(set, new MethodScanner(set, FrameworkTable.Parse(table, "test table"))).Walk(entry);
    }

    private static string Describe(EntryResult r) =>
        string.Join("; ", r.Sites.Select(s => $"{s.Kind} {s.Method} {s.OffsetText} {s.Detail}{(s.ErrorPath ? " (error)" : "")}"));
}
