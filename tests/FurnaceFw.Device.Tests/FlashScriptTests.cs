using System.Text.RegularExpressions;
using FurnaceFw.FlashPlan;
using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Device.Tests;

/// <summary>
/// PowerShell is not installable here, so flash.ps1 cannot run in CI. These tests pin what keeps it honest: it takes
/// every nanoff argument from flash.rules.json (as FlashPlanner does, which the other tests run), substitutes exactly
/// the planner's placeholders, and uses every step template.
/// </summary>
[TestClass]
public sealed class FlashScriptTests
{
    private static readonly string Script = File.ReadAllText(Repo.File("flash.ps1"));
    private static readonly FlashRules Rules = FlashRules.Load(Repo.File(FlashRules.FileName));

    /// <summary>The script without comments and help text: only code can hard-code syntax.</summary>
    private static string Code => Regex.Replace(Regex.Replace(Script, "<#.*?#>", string.Empty, RegexOptions.Singleline), "(?m)^\\s*#.*$", string.Empty);

    [TestMethod]
    public void Script_ReadsTheSharedRulesFile()
    {
        StringAssert.Contains(Code, "'flash.rules.json'", "flash.ps1 must read the same rules as the planner");
    }

    [TestMethod]
    public void Script_HardCodesNoNanoffFlag()
    {
        IEnumerable<string> flags = Rules.Syntaxes.Values.SelectMany(s => s.Values).SelectMany(t => t).Where(a => a.StartsWith("--", StringComparison.Ordinal)).Distinct();

        foreach (string flag in flags)
        {
            Assert.DoesNotContain(flag + " ", Code, flag + " must come from flash.rules.json, not from the script");
            Assert.DoesNotContain(flag + "'", Code, flag + " must come from flash.rules.json, not from the script");
        }
    }

    [TestMethod]
    public void Script_SubstitutesExactlyThePlannersPlaceholders()
    {
        Match table = Regex.Match(Code, @"\$values = @\{(?<body>.*?)\}", RegexOptions.Singleline);
        Assert.IsTrue(table.Success, "flash.ps1 must build its placeholder table as $values = @{ ... }");
        string[] scriptTokens = Regex.Matches(table.Groups["body"].Value, @"(?m)^\s*(\w+)\s*=").Select(m => m.Groups[1].Value).Order().ToArray();

        CollectionAssert.AreEqual(FlashRules.Tokens.Order().ToArray(), scriptTokens, "script and planner substitute the same placeholders");
        foreach (string argument in Rules.Syntaxes.Values.SelectMany(s => s.Values).SelectMany(t => t))
        {
            foreach (Match placeholder in Regex.Matches(argument, @"\{(\w+)\}"))
            {
                CollectionAssert.Contains(FlashRules.Tokens.ToArray(), placeholder.Groups[1].Value, "rules use only known placeholders: " + argument);
            }
        }
    }

    [TestMethod]
    public void Script_UsesEveryStepTemplate_AndEverySyntaxDefinesThem()
    {
        string[] steps = { "flashWithPort", "flashNoPort", "deployApp", "deployFiles", "deployNetwork" };
        foreach (string step in steps)
        {
            StringAssert.Contains(Code, "$templates." + step, "flash.ps1 runs step " + step);
            foreach (KeyValuePair<string, IReadOnlyDictionary<string, string[]>> syntax in Rules.Syntaxes)
            {
                Assert.IsTrue(syntax.Value.ContainsKey(step), syntax.Key + " syntax defines " + step);
            }
        }
    }

    [TestMethod]
    public void Script_DetectsSyntaxWithTheRulesVersionPattern()
    {
        StringAssert.Contains(Code, "nanoff --version", "asks nanoff for its version");
        StringAssert.Contains(Code, "$rules.versionPattern", "parses it with the shared pattern");
        StringAssert.Contains(Code, "$rules.verbSyntaxFromMajor", "switches syntax at the shared major version");
        StringAssert.Contains(Code, "$rules.jsonDirectory", "writes the deployment JSON where the planner says");
        StringAssert.Contains(Code, "$rules.configFileOnDevice", "puts nf.config where the device reads it");
    }

    [TestMethod]
    public void Script_ReportsMissingToolPortAndImage()
    {
        StringAssert.Contains(Code, "nanoff not found", "missing nanoff");
        StringAssert.Contains(Code, "no serial port", "missing port argument");
        StringAssert.Contains(Code, "not found: is the board plugged in", "port given but absent");
        StringAssert.Contains(Code, "no app image at", "missing build output");
        StringAssert.Contains(Code, "SupportsShouldProcess = $true", "-WhatIf prints the commands instead of running them");
    }
}
