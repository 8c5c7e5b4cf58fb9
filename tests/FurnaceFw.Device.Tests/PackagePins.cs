using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FurnaceFw.Device.Tests;

/// <summary>
/// What a device project pins (packages.config, .nfproj HintPaths) checked against what each pinned package declares
/// it needs (surface/packages.json, read from each package's nuspec at its tag). NuGet's packages.config restore does
/// not enforce dependency minimums, so a mismatch only shows up at deployment or run time on a board.
/// </summary>
internal static class PackagePins
{
    /// <summary>id → (version, declared dependencies id → minimum version).</summary>
    public static Dictionary<string, (string Version, Dictionary<string, string> Dependencies)> LoadManifest(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        return doc.RootElement.GetProperty("packages").EnumerateArray().ToDictionary(
            p => p.GetProperty("id").GetString()!,
            p => (p.GetProperty("version").GetString()!,
                  p.GetProperty("dependencies").EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetString()!)),
            StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>id → version; a package listed twice keeps its first version (<see cref="Duplicates"/> reports it).</summary>
    public static Dictionary<string, string> ReadPackagesConfig(string path)
    {
        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in XDocument.Load(path).Descendants("package"))
        {
            pins.TryAdd((string)p.Attribute("id")!, (string)p.Attribute("version")!);
        }

        return pins;
    }

    /// <summary>Package ids listed more than once in a packages.config, or assemblies referenced twice by an .nfproj.</summary>
    public static List<string> Duplicates(string name, IEnumerable<string> ids) =>
        ids.GroupBy(i => i, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1)
            .Select(g => $"{name}: {g.Key} is listed {g.Count()} times").ToList();

    /// <summary>Every problem with one project's pins, each naming the file, the package and both versions.</summary>
    public static List<string> Check(string configName, Dictionary<string, string> pins,
        Dictionary<string, (string Version, Dictionary<string, string> Dependencies)> manifest)
    {
        var problems = new List<string>();
        foreach (var (id, version) in pins)
        {
            if (!manifest.TryGetValue(id, out var known))
            {
                problems.Add($"{configName}: {id} {version} is not in surface/packages.json (add its surface and declared dependencies)");
                continue;
            }

            if (known.Version != version)
            {
                problems.Add($"{configName}: pins {id} {version}, surface/packages.json describes {known.Version}");
                continue;
            }

            foreach (var (dependency, minimum) in known.Dependencies)
            {
                if (!pins.TryGetValue(dependency, out string? pinned))
                {
                    problems.Add($"{configName}: {id} {version} needs {dependency} >= {minimum}, which is not pinned");
                }
                else if (Compare(pinned, minimum) < 0)
                {
                    problems.Add($"{configName}: {id} {version} needs {dependency} >= {minimum}, the project pins {pinned}");
                }
            }
        }

        return problems;
    }

    /// <summary>HintPaths ..\packages\&lt;id&gt;.&lt;version&gt;\lib\... that disagree with packages.config.</summary>
    public static List<string> CheckHintPaths(string nfprojName, string nfprojText, Dictionary<string, string> pins)
    {
        var problems = new List<string>();
        foreach (Match m in Regex.Matches(nfprojText, @"packages[\\/](?<folder>[^\\/]+)[\\/]lib[\\/]"))
        {
            string folder = m.Groups["folder"].Value;
            var version = Regex.Match(folder, @"\.(?<v>\d+(\.\d+)+)$");
            string id = folder[..version.Index];
            if (!pins.TryGetValue(id, out string? pinned))
            {
                problems.Add($"{nfprojName}: references {folder}, but packages.config does not pin {id}");
            }
            else if (pinned != version.Groups["v"].Value)
            {
                problems.Add($"{nfprojName}: references {folder}, packages.config pins {id} {pinned}");
            }
        }

        return problems;
    }

    public static int Compare(string a, string b)
    {
        int[] x = a.Split('.').Select(int.Parse).ToArray();
        int[] y = b.Split('.').Select(int.Parse).ToArray();
        for (int i = 0; i < Math.Max(x.Length, y.Length); i++)
        {
            int c = (i < x.Length ? x[i] : 0).CompareTo(i < y.Length ? y[i] : 0);
            if (c != 0)
            {
                return c;
            }
        }

        return 0;
    }
}
