using FurnaceFw.Firmware.Config;

namespace FurnaceFw.Tests.Config;

/// <summary>The commented nf.config at the repository root is the format's documentation: it must parse and stay complete.</summary>
[TestClass]
public sealed class ExampleNfConfigTests
{
    internal static string RepoFile(string name)
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir != null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FurnaceFw.sln")))
            {
                return Path.Combine(dir.FullName, name);
            }
        }

        throw new InvalidOperationException("repository root not found above " + AppContext.BaseDirectory);
    }

    private static string ExampleText => File.ReadAllText(RepoFile("nf.config"));

    [TestMethod]
    public void Example_Parse_IsValid()
    {
        NfConfigResult result = NfConfigParser.Parse(ExampleText, BoardKind.PicoW, boardIsFixed: true);

        Assert.IsTrue(result.IsValid, string.Join(" | ", result.Problems.Select(p => p.ToString())));
    }

    [TestMethod]
    public void Example_SettingValues_AreTheDefaults()
    {
        FurnaceSettings parsed = NfConfigParser.Parse(ExampleText, BoardKind.PicoW, boardIsFixed: true).Config.Settings;
        FurnaceSettings defaults = new();

        for (int i = 0; i < Setting.Count; i++)
        {
            Assert.AreEqual(defaults.Get(i), parsed.Get(i), SettingsTable.All[i].Key + ": the example documents the defaults");
        }
    }

    [TestMethod]
    public void Example_MentionsEveryKey()
    {
        ConfigEntry[] entries = NfConfigReader.Read(ExampleText, new ConfigProblemList());
        string[] present = entries.Select(e => e.Key).ToArray();
        IEnumerable<string> known = SettingsTable.All.Select(s => s.Key).Concat(ConfigKeys.Others);

        foreach (string key in known)
        {
            CollectionAssert.Contains(present, key, key + " is missing from the example nf.config");
        }
    }
}
