using System.Text.RegularExpressions;
using FurnaceFw.Firmware.Config;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Tests.Docs;

/// <summary>The README's safety table quotes defaults; this keeps it true to <see cref="SettingsTable"/>.</summary>
[TestClass]
public partial class ReadmeTests
{
    [GeneratedRegex(@"`(?<key>[a-z_]+\.[a-z_]+)` = (?<value>\d+)")]
    private static partial Regex QuotedDefault();

    private static string RepoFile(string name)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            string path = Path.Combine(dir.FullName, name);
            if (File.Exists(path) && File.Exists(Path.Combine(dir.FullName, "FurnaceFw.sln")))
            {
                return path;
            }
        }

        throw new FileNotFoundException(name);
    }

    [TestMethod]
    public void Readme_QuotedDefaults_MatchTheSettingsTable()
    {
        string readme = File.ReadAllText(RepoFile("README.md"));
        var quotes = QuotedDefault().Matches(readme);

        Assert.IsTrue(quotes.Count >= 8, $"expected the safety table to quote defaults, found {quotes.Count}");
        foreach (Match quote in quotes)
        {
            string key = quote.Groups["key"].Value;
            int index = SettingsTable.IndexOf(key);
            Assert.IsTrue(index >= 0, $"README quotes unknown key {key}");
            Assert.AreEqual(SettingsTable.All[index].Default, int.Parse(quote.Groups["value"].Value), $"README default for {key}");
        }
    }

    [TestMethod]
    public void Readme_SafetyTable_NamesEveryRule()
    {
        string readme = File.ReadAllText(RepoFile("README.md"));

        foreach (string rule in new[] { "SR-1", "SR-2", "SR-3", "SR-4", "SR-5", "SR-6", "SR-7", "SR-8", "SR-9", "Latch persistence", "Watchdog", "Safe default" })
        {
            StringAssert.Contains(readme, "| " + rule, $"README safety table lacks {rule}");
        }
    }
}
