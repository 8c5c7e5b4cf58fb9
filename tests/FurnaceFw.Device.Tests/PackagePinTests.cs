using Microsoft.VisualStudio.TestTools.UnitTesting;

namespace FurnaceFw.Device.Tests;

[TestClass]
public sealed class PackagePinTests
{
    private static readonly Dictionary<string, (string Version, Dictionary<string, string> Dependencies)> Manifest =
        PackagePins.LoadManifest(Repo.File("surface/packages.json"));

    private static IEnumerable<string> PackagesConfigs =>
        Directory.GetFiles(Repo.File("Device"), "packages.config", SearchOption.AllDirectories)
            .Where(p => !p.Contains("/bin/") && !p.Contains("/obj/"));

    [TestMethod]
    public void DeviceProjects_PinEveryDeclaredDependencyAtOrAboveItsMinimum()
    {
        var configs = PackagesConfigs.ToList();
        Assert.IsTrue(configs.Count >= 8, $"expected a packages.config per device project, found {configs.Count}");
        var problems = configs.SelectMany(c => PackagePins.Check(Path.GetRelativePath(Repo.Root, c), PackagePins.ReadPackagesConfig(c), Manifest)).ToList();
        Assert.AreEqual(0, problems.Count, "package pins disagree with what the packages declare:\n" + string.Join("\n", problems));
    }

    [TestMethod]
    public void DeviceProjects_HintPathsMatchPackagesConfig()
    {
        var problems = new List<string>();
        foreach (string nfproj in Directory.GetFiles(Repo.File("Device"), "*.nfproj", SearchOption.AllDirectories))
        {
            var pins = PackagePins.ReadPackagesConfig(Path.Combine(Path.GetDirectoryName(nfproj)!, "packages.config"));
            problems.AddRange(PackagePins.CheckHintPaths(Path.GetRelativePath(Repo.Root, nfproj), File.ReadAllText(nfproj), pins));
        }

        Assert.AreEqual(0, problems.Count, string.Join("\n", problems));
    }

    [TestMethod]
    public void DeviceProjects_ListEachPackageAndReferenceOnce()
    {
        var problems = new List<string>();
        foreach (string config in PackagesConfigs)
        {
            problems.AddRange(PackagePins.Duplicates(Path.GetRelativePath(Repo.Root, config),
                System.Xml.Linq.XDocument.Load(config).Descendants("package").Select(p => (string)p.Attribute("id")!)));
        }

        foreach (string nfproj in Directory.GetFiles(Repo.File("Device"), "*.nfproj", SearchOption.AllDirectories))
        {
            var references = System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(nfproj), "<Reference Include=\"([^\",]+)").Select(m => m.Groups[1].Value);
            problems.AddRange(PackagePins.Duplicates(Path.GetRelativePath(Repo.Root, nfproj), references));
        }

        Assert.AreEqual(0, problems.Count, "a package or reference listed twice (a merge leftover?):\n" + string.Join("\n", problems));
    }

    [TestMethod]
    public void Duplicates_PackageListedTwice_IsReported()
    {
        CollectionAssert.AreEqual(new[] { "x: nanoFramework.System.Text is listed 2 times" },
            PackagePins.Duplicates("x", new[] { "nanoFramework.System.Text", "nanoFramework.CoreLibrary", "nanoFramework.System.Text" }));
    }

    [TestMethod]
    public void Check_SystemNetWithOldRuntimeEvents_ReportsTheDeclaredMinimum()
    {
        // The mismatch the project shipped with: System.Net 1.11.54 declares Runtime.Events >= 1.11.37.
        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["nanoFramework.CoreLibrary"] = "1.17.11",
            ["nanoFramework.Runtime.Events"] = "1.11.37",
            ["nanoFramework.System.Text"] = "1.3.42",
            ["nanoFramework.System.Threading"] = "1.1.52",
            ["nanoFramework.System.IO.Streams"] = "1.1.96",
            ["nanoFramework.System.Net"] = "1.11.54",
        };
        Assert.AreEqual(0, PackagePins.Check("ok", pins, Manifest).Count, "a consistent set must pass");

        var manifest = new Dictionary<string, (string, Dictionary<string, string>)>(Manifest, StringComparer.OrdinalIgnoreCase)
        {
            ["nanoFramework.Runtime.Events"] = ("1.11.32", new Dictionary<string, string> { ["nanoFramework.CoreLibrary"] = "1.17.11" }),
        };
        pins["nanoFramework.Runtime.Events"] = "1.11.32";
        var problems = PackagePins.Check("old", pins, manifest);
        Assert.AreEqual(1, problems.Count, string.Join("\n", problems));
        StringAssert.Contains(problems[0], "nanoFramework.System.Net 1.11.54 needs nanoFramework.Runtime.Events >= 1.11.37, the project pins 1.11.32");
    }

    [TestMethod]
    public void Check_MissingDependency_IsReported()
    {
        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["nanoFramework.CoreLibrary"] = "1.17.11",
            ["nanoFramework.System.Device.Spi"] = "1.3.82",
        };
        var problems = PackagePins.Check("spi-only", pins, Manifest);
        CollectionAssert.Contains(problems, "spi-only: nanoFramework.System.Device.Spi 1.3.82 needs nanoFramework.System.Device.Gpio >= 1.1.57, which is not pinned");
    }

    [TestMethod]
    public void CheckHintPaths_VersionDiffersFromPackagesConfig_IsReported()
    {
        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["nanoFramework.Runtime.Events"] = "1.11.37" };
        var problems = PackagePins.CheckHintPaths("x.nfproj", @"<HintPath>..\..\packages\nanoFramework.Runtime.Events.1.11.32\lib\nanoFramework.Runtime.Events.dll</HintPath>", pins);
        Assert.AreEqual(1, problems.Count);
        StringAssert.Contains(problems[0], "packages.config pins nanoFramework.Runtime.Events 1.11.37");
    }

    [TestMethod]
    public void Compare_NumericNotLexical()
    {
        Assert.IsTrue(PackagePins.Compare("1.11.37", "1.11.4") > 0, "1.11.37 is newer than 1.11.4");
        Assert.AreEqual(0, PackagePins.Compare("1.17", "1.17.0"));
    }
}
