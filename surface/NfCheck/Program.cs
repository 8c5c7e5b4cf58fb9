using System.Reflection;
using FurnaceFw.NfCheck;

// The nanoFramework compile check. Prints "PASS name" / "FAIL name: why" per check and ends with
// "surface: N passed, M failed"; exit code 1 on any failure. See surface/README.md.
var options = Options.Parse(args);
string repo = Path.GetFullPath(options.Repo);
string outDir = Path.GetFullPath(options.Out ?? Path.Combine(repo, "surface", "obj", "nfcheck"));
if (Directory.Exists(outDir))
{
    Directory.Delete(outDir, recursive: true);
}

Directory.CreateDirectory(outDir);
var manifest = PackageManifest.Load(Path.Combine(repo, "surface", "packages.json"));
var csc = new Csc(options.Csc, outDir);
var report = new Report();

var corelib = manifest.FindByAssembly("mscorlib")!;
string packageRoot = Assembly.GetExecutingAssembly().GetCustomAttributes<AssemblyMetadataAttribute>()
    .First(a => a.Key == "NuGetPackageRoot").Value!;
string mscorlib = Path.Combine(packageRoot, corelib.Id.ToLowerInvariant(), corelib.Version, "lib", "mscorlib.dll");
if (!File.Exists(mscorlib))
{
    report.Fail("mscorlib", $"the official mscorlib is not at {mscorlib}: restore surface/NfCheck first");
    return report.Finish();
}

// 1. The package surfaces (or, with --packages, real package assemblies built elsewhere).
var packageDlls = new Dictionary<string, string> { ["mscorlib"] = mscorlib };
foreach (var package in manifest.InBuildOrder().Where(p => !p.Official))
{
    if (options.Packages != null)
    {
        foreach (string file in package.LibFiles)
        {
            packageDlls[Path.GetFileNameWithoutExtension(file)] = Path.Combine(Path.GetFullPath(options.Packages), file);
        }

        continue;
    }

    string dir = Path.Combine(repo, "surface", "packages", package.Id);
    string dll = Path.Combine(outDir, "packages", package.Assembly + ".dll");
    Directory.CreateDirectory(Path.GetDirectoryName(dll)!);
    string info = Path.Combine(outDir, "packages", package.Id + ".AssemblyInfo.cs");
    File.WriteAllText(info, $"[assembly: System.Reflection.AssemblyVersion(\"{package.Version}.0\")]\n");
    var sources = Directory.GetFiles(dir, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal).Append(info);
    var refs = new[] { mscorlib }.Concat(package.References.Select(r => packageDlls[r]));
    var (ok, diagnostics) = csc.Compile(dll, "library", "10", sources, refs, Array.Empty<string>(),
        new[] { "-nowarn:CS0067,CS0169,CS0649,CS0414,CS0626,CS0660,CS0661" });
    packageDlls[package.Assembly] = dll;
    foreach (string file in package.AlsoShips)
    {
        // Referenced, never called: an empty assembly of that name stands in for it.
        string other = Path.Combine(outDir, "packages", file);
        string otherInfo = Path.Combine(outDir, "packages", file + ".AssemblyInfo.cs");
        File.WriteAllText(otherInfo, $"[assembly: System.Reflection.AssemblyVersion(\"{package.Version}.0\")]\n");
        var built = csc.Compile(other, "library", "10", new[] { otherInfo }, new[] { mscorlib }, Array.Empty<string>());
        ok &= built.Ok;
        packageDlls[Path.GetFileNameWithoutExtension(file)] = other;
    }

    report.Result($"package {package.Id} {package.Version}", ok, diagnostics);
}

// 2. Every device assembly, alone, with exactly the references its .nfproj has.
var builder = new DeviceBuilder(repo, outDir, manifest, packageDlls, csc, report);
var nfprojs = Directory.GetFiles(Path.Combine(repo, "Device"), "*.nfproj", SearchOption.AllDirectories)
    .Where(p => !p.Contains("/bin/") && !p.Contains("/obj/")).OrderBy(p => p, StringComparer.Ordinal).ToList();
builder.EvaluateAll(nfprojs);
foreach (string nfproj in nfprojs)
{
    foreach (string variant in DeviceBuilder.VariantsOf(nfproj))
    {
        builder.Build(nfproj, variant);
    }
}

// 3. The probes: each uses one thing nanoFramework lacks and must fail the way its "// expect:" line says.
var probes = new ProbeRunner(repo, outDir, packageDlls, csc, report);
probes.RunAll(Directory.GetFiles(Path.Combine(repo, "surface", "probes"), "*.cs").OrderBy(p => p, StringComparer.Ordinal));

return report.Finish();

/// <summary>Command-line options.</summary>
internal sealed record Options(string Repo, string Csc, string? Packages, string? Out)
{
    public static Options Parse(string[] args)
    {
        string repo = ".", csc = "";
        string? packages = null, output = null;
        for (int i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            switch (args[i])
            {
                case "--repo": repo = Next(); break;
                case "--csc": csc = Next(); break;
                case "--packages": packages = Next(); break;
                case "--out": output = Next(); break;
                default: throw new ArgumentException($"unknown option {args[i]} (--repo DIR --csc CSC.DLL [--packages DIR] [--out DIR])");
            }
        }

        if (csc.Length == 0 || !File.Exists(csc))
        {
            throw new ArgumentException($"--csc must name the SDK's csc.dll (got '{csc}')");
        }

        return new Options(repo, csc, packages, output);
    }
}
