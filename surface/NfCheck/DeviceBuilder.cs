using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace FurnaceFw.NfCheck;

/// <summary>
/// Compiles one device assembly the way its .nfproj builds it: its own sources, its own LangVersion and defines, and
/// only the package assemblies and projects it references. A missing reference therefore fails here, as it would in
/// Visual Studio, and every HintPath must agree with packages.config and with surface/packages.json.
/// </summary>
public sealed class DeviceBuilder
{
    private readonly string _repo;
    private readonly string _outDir;
    private readonly PackageManifest _manifest;
    private readonly Dictionary<string, string> _packageDlls;
    private readonly Csc _csc;
    private readonly Report _report;
    private readonly Dictionary<string, string?> _built = new();
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, NfProject> _evaluated = new();

    public DeviceBuilder(string repo, string outDir, PackageManifest manifest, Dictionary<string, string> packageDlls, Csc csc, Report report)
    {
        _repo = repo;
        _outDir = outDir;
        _manifest = manifest;
        _packageDlls = packageDlls;
        _csc = csc;
        _report = report;
    }

    /// <summary>A project whose items depend on $(Board) is checked once per board image.</summary>
    public static string[] VariantsOf(string nfproj) =>
        File.ReadAllText(nfproj).Contains("$(Board)") ? new[] { "Board=PicoW", "Board=Esp32" } : new[] { "" };

    /// <summary>Evaluates every project and board variant up front, two MSBuild processes at a time.</summary>
    public void EvaluateAll(IEnumerable<string> nfprojs)
    {
        var work = nfprojs.SelectMany(p => VariantsOf(p).Select(v => (Path: p, Variant: v))).ToList();
        Parallel.ForEach(work, new ParallelOptions { MaxDegreeOfParallelism = 2 },
            w => _evaluated[w.Path + "|" + w.Variant] = NfProject.Evaluate(w.Path, w.Variant));
    }

    /// <summary>Builds the project (and what it references); returns the output path, or null if it failed.</summary>
    public string? Build(string nfproj, string variant)
    {
        if (variant.Length > 0 && VariantsOf(nfproj).Length == 1)
        {
            variant = "";
        }

        string key = nfproj + "|" + variant;
        if (_built.TryGetValue(key, out var done))
        {
            return done;
        }

        _built[key] = null; // a reference cycle fails instead of recursing forever
        var project = _evaluated.TryGetValue(key, out var evaluated) ? evaluated : NfProject.Evaluate(nfproj, variant);
        string name = "assembly " + project.Name;
        var problems = new List<string>();

        string langVersion = project.LangVersion;
        if (!Regex.IsMatch(langVersion, @"^\d+(\.\d+)?$"))
        {
            problems.Add($"{Rel(nfproj)}: LangVersion is '{langVersion}'; pin it to a number (10.0) so every compiler emits the same metadata");
            langVersion = "10";
        }

        foreach (var twice in project.References.GroupBy(r => r.Assembly).Where(g => g.Count() > 1))
        {
            problems.Add($"{Rel(nfproj)}: references {twice.Key} {twice.Count()} times");
        }

        var refs = new List<string>();
        var pins = ReadPackagesConfig(Path.Combine(Path.GetDirectoryName(nfproj)!, "packages.config"));
        foreach (var r in project.References)
        {
            string? problem = CheckReference(r, pins);
            if (problem != null)
            {
                problems.Add($"{Rel(nfproj)}: {problem}");
                continue;
            }

            refs.Add(_packageDlls[r.Assembly]);
        }

        foreach (string dep in project.ProjectReferences)
        {
            string? output = Build(dep, variant);
            if (output == null)
            {
                problems.Add($"{Rel(nfproj)}: references {Rel(dep)}, which did not build");
                continue;
            }

            refs.Add(output);
        }

        if (problems.Count > 0)
        {
            _report.Result(name, false, problems);
            return null;
        }

        bool exe = project.OutputType.Equals("Exe", StringComparison.OrdinalIgnoreCase);
        string dir = Path.Combine(_outDir, "device", variant.Length == 0 ? "any" : variant.Replace('=', '-'));
        Directory.CreateDirectory(dir);
        string dll = Path.Combine(dir, project.AssemblyName + (exe ? ".exe" : ".dll"));
        var (ok, diagnostics) = _csc.Compile(dll, exe ? "exe" : "library", langVersion, project.Compile, refs, project.DefineConstants);
        var lines = diagnostics.Select(d => d.Replace(_repo + "/", "")).ToList();
        if (ok)
        {
            lines.AddRange(AssemblyRules.Check(dll));
        }

        _report.Result(name, ok && lines.Count == 0, lines);
        _built[key] = ok && lines.Count == 0 ? dll : null;
        return _built[key];
    }

    private string? CheckReference(NfReference r, Dictionary<string, string> pins)
    {
        if (r.PackageId == null)
        {
            return $"reference {r.Assembly} has no package HintPath (..\\packages\\<id>.<version>\\lib\\<assembly>.dll): '{r.HintPath}'";
        }

        var package = _manifest.FindById(r.PackageId);
        if (package == null)
        {
            return $"reference {r.Assembly}: package {r.PackageId} is not in surface/packages.json";
        }

        if (package.Version != r.PackageVersion)
        {
            return $"reference {r.Assembly}: HintPath has {r.PackageId} {r.PackageVersion}, surface/packages.json pins {package.Version}";
        }

        string hint = r.HintPath.Replace('\\', '/');
        if (!package.LibFiles.Any(f => Path.GetFileNameWithoutExtension(f) == r.Assembly && hint.EndsWith("/lib/" + f, StringComparison.Ordinal)))
        {
            return $"reference {r.Assembly}: package {package.Id} ships lib/{string.Join(", lib/", package.LibFiles)} (HintPath '{r.HintPath}')";
        }

        if (!pins.TryGetValue(package.Id, out string? pinned))
        {
            return $"reference {r.Assembly}: package {package.Id} is not in packages.config";
        }

        if (pinned != r.PackageVersion)
        {
            return $"reference {r.Assembly}: packages.config pins {package.Id} {pinned}, the HintPath points at {r.PackageVersion}";
        }

        return null;
    }

    private static Dictionary<string, string> ReadPackagesConfig(string path)
    {
        if (!File.Exists(path))
        {
            return new Dictionary<string, string>();
        }

        var pins = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var p in XDocument.Load(path).Descendants("package"))
        {
            // A duplicate is PackagePinTests' to report; keep the first version here.
            pins.TryAdd((string)p.Attribute("id")!, (string)p.Attribute("version")!);
        }

        return pins;
    }

    private string Rel(string path) => Path.GetRelativePath(_repo, path);
}
