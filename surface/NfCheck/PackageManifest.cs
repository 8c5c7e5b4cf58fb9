using System.Text.Json;

namespace FurnaceFw.NfCheck;

/// <summary>One pinned nanoFramework package: its id, version, the assembly it ships and what it depends on.</summary>
public sealed record PackageInfo(string Id, string Version, string Assembly, bool Official, string[] AlsoShips, string[] References,
    Dictionary<string, string> Dependencies)
{
    /// <summary>Every file in lib/ a project may reference: the assembly's dll and what else the package ships there.</summary>
    public IEnumerable<string> LibFiles => AlsoShips.Prepend(Assembly + ".dll");
}

/// <summary>surface/packages.json: the packages the device projects may pin, with their declared dependencies.</summary>
public sealed class PackageManifest
{
    private PackageManifest(PackageInfo[] packages) => Packages = packages;

    public PackageInfo[] Packages { get; }

    public PackageInfo? FindById(string id) => Packages.FirstOrDefault(p => string.Equals(p.Id, id, StringComparison.OrdinalIgnoreCase));

    public PackageInfo? FindByAssembly(string assembly) => Packages.FirstOrDefault(p => p.Assembly == assembly);

    public static PackageManifest Load(string path)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(path));
        var list = new List<PackageInfo>();
        foreach (var p in doc.RootElement.GetProperty("packages").EnumerateArray())
        {
            list.Add(new PackageInfo(
                p.GetProperty("id").GetString()!,
                p.GetProperty("version").GetString()!,
                p.GetProperty("assembly").GetString()!,
                p.TryGetProperty("official", out var o) && o.GetBoolean(),
                p.TryGetProperty("alsoShips", out var a) ? a.EnumerateArray().Select(f => f.GetString()!).ToArray() : Array.Empty<string>(),
                p.GetProperty("references").EnumerateArray().Select(r => r.GetString()!).ToArray(),
                p.GetProperty("dependencies").EnumerateObject().ToDictionary(d => d.Name, d => d.Value.GetString()!)));
        }

        return new PackageManifest(list.ToArray());
    }

    /// <summary>Dependencies first, so each assembly can be compiled against the ones it references.</summary>
    public IEnumerable<PackageInfo> InBuildOrder()
    {
        var done = new HashSet<string>();
        var order = new List<PackageInfo>();
        void Visit(PackageInfo p)
        {
            if (!done.Add(p.Assembly))
            {
                return;
            }

            foreach (var r in p.References)
            {
                Visit(FindByAssembly(r) ?? throw new InvalidOperationException($"packages.json: {p.Id} references unknown assembly {r}"));
            }

            order.Add(p);
        }

        foreach (var p in Packages)
        {
            Visit(p);
        }

        return order;
    }
}
