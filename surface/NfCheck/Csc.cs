using System.Diagnostics;

namespace FurnaceFw.NfCheck;

/// <summary>Runs the SDK's C# compiler with no framework at all: only the references given.</summary>
public sealed class Csc
{
    private readonly string _cscDll;
    private readonly string _workDir;

    public Csc(string cscDll, string workDir)
    {
        _cscDll = cscDll;
        _workDir = workDir;
    }

    /// <summary>Compiles; returns the error and warning lines (empty when it compiled clean).</summary>
    public (bool Ok, string[] Diagnostics) Compile(string output, string target, string langVersion, IEnumerable<string> sources,
        IEnumerable<string> references, IEnumerable<string> defines, IEnumerable<string>? extraArgs = null)
    {
        var args = new List<string>
        {
            "-nologo", "-nostdlib+", "-deterministic+", "-debug-", "-optimize+", "-warnaserror+",
            "-target:" + target, "-langversion:" + langVersion, "-out:" + output,
        };
        var defineList = defines.ToList();
        if (defineList.Count > 0)
        {
            args.Add("-define:" + string.Join(';', defineList));
        }

        args.AddRange(references.Select(r => "-r:" + r));
        args.AddRange(extraArgs ?? Array.Empty<string>());
        args.AddRange(sources);
        string rsp = Path.Combine(_workDir, Path.GetFileNameWithoutExtension(output) + "." + Guid.NewGuid().ToString("N")[..8] + ".rsp");
        File.WriteAllLines(rsp, args.Select(a => "\"" + a + "\""));

        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        psi.ArgumentList.Add(_cscDll);
        psi.ArgumentList.Add("-noconfig"); // only honoured on the command line, not in a response file
        psi.ArgumentList.Add("@" + rsp);
        using var proc = Process.Start(psi)!;
        var stderrTask = proc.StandardError.ReadToEndAsync();
        string stdout = proc.StandardOutput.ReadToEnd();
        string stderr = stderrTask.Result;
        proc.WaitForExit();
        File.Delete(rsp);
        var lines = (stdout + stderr).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(l => l.Contains("error ") || l.Contains("warning ")).Distinct().ToArray();
        return (proc.ExitCode == 0, lines);
    }
}
