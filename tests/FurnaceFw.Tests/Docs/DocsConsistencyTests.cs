using System.Text.RegularExpressions;
using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Tests.Docs;

/// <summary>
/// Numbers and names the docs quote must match the code: setting defaults, the shipped scenarios and what they show.
/// (The register table and the furnacectl exit-code table have their own generated/checked tests.)
/// </summary>
[TestClass]
public sealed partial class DocsConsistencyTests
{
    // `safety.high_limit_c` (450 °C ...) or `safety.high_limit_c` = 450; not a range such as (1 ms..10 s) or (90–120 °C).
    [GeneratedRegex(@"`(?<key>[a-z_]+\.[a-z_]+)`\s*(?:=\s*|\()(?<value>\d+)(?![\d.]|\s*[a-z°%]*\s*(?:\.\.|–))")]
    private static partial Regex QuotedSetting();

    [GeneratedRegex(@"`(?<file>[a-z0-9-]+\.scn)`")]
    private static partial Regex ScenarioName();

    private static string Root => Path.GetDirectoryName(ExampleNfConfigPath())!;

    private static string ExampleNfConfigPath() => FurnaceFw.Tests.Config.ExampleNfConfigTests.RepoFile("nf.config");

    private static IEnumerable<string> MarkdownFiles() =>
        Directory.GetFiles(Path.Combine(Root, "docs"), "*.md").Append(Path.Combine(Root, "README.md"));

    [TestMethod]
    public void Docs_QuotedSettingDefaults_MatchTheSettingsTable()
    {
        var wrong = new List<string>();
        int checkedCount = 0;
        foreach (string path in MarkdownFiles())
        {
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match quote in QuotedSetting().Matches(lines[i]))
                {
                    int index = SettingsTable.IndexOf(quote.Groups["key"].Value);
                    if (index < 0)
                    {
                        continue; // not a setting (a pin, a file, a register)
                    }

                    checkedCount++;
                    int quoted = int.Parse(quote.Groups["value"].Value);
                    if (quoted != SettingsTable.All[index].Default)
                    {
                        wrong.Add($"{Path.GetFileName(path)}:{i + 1}: {quote.Value} but the default is {SettingsTable.All[index].Default}");
                    }
                }
            }
        }

        Assert.IsTrue(checkedCount >= 20, $"the docs quote setting defaults in many places; found only {checkedCount}");
        Assert.IsEmpty(wrong, "docs quote stale defaults:\n" + string.Join("\n", wrong));
    }

    [TestMethod]
    public void Docs_MentionedScenarios_Exist()
    {
        var missing = new List<string>();
        foreach (string path in MarkdownFiles())
        {
            string[] lines = File.ReadAllLines(path);
            for (int i = 0; i < lines.Length; i++)
            {
                foreach (Match m in ScenarioName().Matches(lines[i]))
                {
                    string file = m.Groups["file"].Value;
                    if (!File.Exists(Path.Combine(Root, "scenarios", file)) && !lines[i].Contains("my.scn") && file != "x.scn")
                    {
                        missing.Add($"{Path.GetFileName(path)}:{i + 1}: {file}");
                    }
                }
            }
        }

        Assert.IsEmpty(missing, "docs name scenarios that do not exist:\n" + string.Join("\n", missing));
    }

    [TestMethod]
    public void ScenariosTable_ListsEveryShippedScenario_AndItsTripsAreTheFilesOwn()
    {
        string doc = File.ReadAllText(Path.Combine(Root, "docs", "scenarios.md"));
        string table = doc[doc.IndexOf("## Shipped scenarios", StringComparison.Ordinal)..doc.IndexOf("## Format", StringComparison.Ordinal)];
        var problems = new List<string>();

        foreach (string path in Directory.GetFiles(Path.Combine(Root, "scenarios"), "*.scn"))
        {
            string name = Path.GetFileName(path);
            string? row = table.Split('\n').FirstOrDefault(l => l.Contains("`" + name + "`", StringComparison.Ordinal));
            if (row == null)
            {
                problems.Add($"{name} is shipped but not in the table");
                continue;
            }

            // A fault the row says the scenario trips must be one the file expects to trip or to see latched.
            string text = File.ReadAllText(path);
            foreach ((string camel, string kebab) in Faults)
            {
                bool claimed = Regex.IsMatch(row, $@"\b{camel}\b") && !Regex.IsMatch(row, $@"no {camel}|not {camel}");
                bool expected = Regex.IsMatch(text, $@"expect (?:trip {kebab}\b|.*\bfault {kebab}\b)");
                if (claimed && !expected && row.Split('`').Count(p => p.EndsWith(".scn", StringComparison.Ordinal)) == 1)
                {
                    problems.Add($"the table says {name} shows {camel}, but the file expects no {kebab}");
                }
            }
        }

        Assert.IsEmpty(problems, string.Join("\n", problems));
    }

    private static readonly (string Camel, string Kebab)[] Faults =
    {
        ("OverTemperature", "over-temperature"),
        ("SensorFault", "sensor-fault"),
        ("HeatingFailed", "heating-failed"),
        ("ThermalRunaway", "thermal-runaway"),
        ("BootLoop", "boot-loop"),
    };
}
