namespace FurnaceFw.NfCheck;

/// <summary>
/// A probe uses one thing nanoFramework lacks and must fail with the code on its "// expect:" line: a compiler error
/// (CS0117), or one of <see cref="AssemblyRules"/>' codes (NF0002) for what compiles but cannot run. "OK" marks a
/// positive control; "CS1729|CS7036" accepts either (the real package may have more overloads than the surface, which
/// changes the compiler's error for the same mistake). "// langversion: N" compiles the probe at another language version (default 10).
/// </summary>
public sealed class ProbeRunner
{
    private readonly string _outDir;
    private readonly Dictionary<string, string> _packageDlls;
    private readonly Csc _csc;
    private readonly Report _report;

    public ProbeRunner(string repo, string outDir, Dictionary<string, string> packageDlls, Csc csc, Report report)
    {
        _ = repo;
        _outDir = Path.Combine(outDir, "probes");
        Directory.CreateDirectory(_outDir);
        _packageDlls = packageDlls;
        _csc = csc;
        _report = report;
    }

    /// <summary>Runs every probe, two at a time (each is its own compiler process), and reports them in order.</summary>
    public void RunAll(IEnumerable<string> probes)
    {
        var list = probes.ToList();
        var results = new Report[list.Count];
        Parallel.For(0, list.Count, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            results[i] = new Report(buffered: true);
            Run(list[i], results[i]);
        });
        foreach (var r in results)
        {
            _report.Append(r);
        }
    }

    private void Run(string probe, Report report)
    {
        string name = "probe " + Path.GetFileNameWithoutExtension(probe);
        string[] text = File.ReadAllLines(probe);
        string? expect = Header(text, "expect");
        if (expect == null)
        {
            report.Fail(name, "no '// expect: CODE' line");
            return;
        }

        string langVersion = Header(text, "langversion") ?? "10";
        string dll = Path.Combine(_outDir, Path.GetFileNameWithoutExtension(probe) + ".dll");
        var (ok, diagnostics) = _csc.Compile(dll, "library", langVersion, new[] { probe }, _packageDlls.Values, Array.Empty<string>(),
            new[] { "-nowarn:CS0169,CS0414,CS0649,CS0168,CS0219" });
        var rules = ok ? AssemblyRules.Check(dll) : new List<string>();
        string first = diagnostics.Concat(rules).FirstOrDefault() ?? "";

        if (expect == "OK")
        {
            if (ok && rules.Count == 0)
            {
                report.Pass(name);
            }
            else
            {
                report.Fail(name, "the positive control must compile clean: " + first);
            }
        }
        else if (expect.StartsWith("NF", StringComparison.Ordinal))
        {
            if (rules.Any(r => r.StartsWith(expect, StringComparison.Ordinal)))
            {
                report.Pass(name);
            }
            else
            {
                report.Fail(name, ok ? $"compiled and passed the metadata rules, expected {expect}" : $"did not compile ({first}), expected it to compile and fail {expect}");
            }
        }
        else if (ok)
        {
            report.Fail(name, $"compiled against the nanoFramework surface, but nanoFramework lacks this API (expected {expect})");
        }
        else if (expect.Split('|').Any(code => diagnostics.Any(d => d.Contains("error " + code.Trim()))))
        {
            report.Pass(name);
        }
        else
        {
            report.Fail(name, $"failed for another reason than {expect}: {first}");
        }
    }

    private static string? Header(string[] lines, string key)
    {
        string prefix = "// " + key + ":";
        return lines.Where(l => l.StartsWith(prefix, StringComparison.Ordinal)).Select(l => l[prefix.Length..].Trim()).FirstOrDefault();
    }
}
