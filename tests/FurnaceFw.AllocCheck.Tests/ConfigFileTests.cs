namespace FurnaceFw.AllocCheck.Tests;

/// <summary>budgets.json and framework-methods.txt: malformed files are refused with the place named.</summary>
[TestClass]
public sealed class ConfigFileTests
{
    [TestMethod]
    public void FrameworkTable_BadLine_NamesFileAndLine()
    {
        var e = Assert.ThrowsExactly<FormatException>(() => FrameworkTable.Parse("free System.A::B\nmaybe System.C::D", "t.txt"));

        StringAssert.Contains(e.Message, "t.txt:2");
    }

    [TestMethod]
    public void FrameworkTable_FirstMatchingRuleWins_PrefixWildcard()
    {
        FrameworkTable table = FrameworkTable.Parse("free System.String::get_Length\nalloc System.String::*  # makes strings", "t");

        Assert.IsTrue(table.TryClassify("System.String", "get_Length", out bool lengthAllocates, out _));
        Assert.IsTrue(table.TryClassify("System.String", "Concat", out bool concatAllocates, out string reason));
        Assert.IsFalse(table.TryClassify("System.Text.StringBuilder", "Append", out _, out _), "no rule: unclassified");
        Assert.IsFalse(lengthAllocates);
        Assert.IsTrue(concatAllocates);
        Assert.AreEqual("makes strings", reason);
    }

    [TestMethod]
    public void BudgetFile_WaiverWithoutReason_IsRefused()
    {
        const string json = """{ "entryPoints": [ { "name": "x", "budget": 0, "roots": ["A::B"], "unresolved": [ { "method": "I::M" } ] } ] }""";

        var e = Assert.ThrowsExactly<FormatException>(() => BudgetFile.Parse(json, "b.json"));

        StringAssert.Contains(e.Message, "reason");
    }

    [TestMethod]
    public void BudgetFile_UnknownProperty_IsRefused()
    {
        const string json = """{ "entryPoints": [ { "name": "x", "budjet": 0, "roots": ["A::B"] } ] }""";

        Assert.ThrowsExactly<FormatException>(() => BudgetFile.Parse(json, "b.json"));
    }

    [TestMethod]
    public void RepositoryFiles_Parse()
    {
        string dir = Path.Combine(AppContext.BaseDirectory);
        BudgetFile budgets = BudgetFile.Load(Path.Combine(dir, "budgets.json"));
        FrameworkTable.Load(Path.Combine(dir, "framework-methods.txt"));

        CollectionAssert.IsSubsetOf(new[] { "control-cycle", "i2c-transaction" }, budgets.EntryPoints.Select(e => e.Name).ToArray());
        Assert.AreEqual(0, budgets.EntryPoints.Single(e => e.Name == "control-cycle").Budget, "the control cycle's budget is 0");
        Assert.AreEqual(0, budgets.EntryPoints.Single(e => e.Name == "i2c-transaction").Budget, "an I2C transaction's budget is 0");
    }
}
