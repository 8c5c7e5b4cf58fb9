using System.Diagnostics;
using System.Text.Json;

namespace FurnaceFw.NfCheck;

/// <summary>A package reference of an .nfproj: the assembly name and the package folder its HintPath points into.</summary>
public sealed record NfReference(string Assembly, string? PackageId, string? PackageVersion, string HintPath);

/// <summary>
/// An .nfproj as MSBuild evaluates it. The nanoFramework project-system imports are conditional on Exists(), so on a
/// machine without the extension MSBuild still evaluates the items and properties exactly as Visual Studio would.
/// </summary>
public sealed class NfProject
{
    public required string Path { get; init; }
    public required string Variant { get; init; }
    public required string AssemblyName { get; init; }
    public required string OutputType { get; init; }
    public required string LangVersion { get; init; }
    public required string[] DefineConstants { get; init; }
    public required string[] Compile { get; init; }
    public required NfReference[] References { get; init; }
    public required string[] ProjectReferences { get; init; }

    public string Name => Variant.Length == 0 ? AssemblyName : $"{AssemblyName} ({Variant})";

    public static NfProject Evaluate(string path, string variant)
    {
        var psi = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { "msbuild", path, "-nologo", "-getItem:Compile", "-getItem:Reference", "-getItem:ProjectReference",
                     "-getProperty:AssemblyName", "-getProperty:OutputType", "-getProperty:LangVersion", "-getProperty:DefineConstants" })
        {
            psi.ArgumentList.Add(a);
        }

        if (variant.Length > 0)
        {
            psi.ArgumentList.Add("-p:" + variant);
        }

        using var proc = Process.Start(psi)!;
        string stdout = proc.StandardOutput.ReadToEnd();
        string stderr = proc.StandardError.ReadToEnd();
        proc.WaitForExit();
        if (proc.ExitCode != 0)
        {
            throw new InvalidOperationException($"msbuild could not evaluate {path}: {stdout}{stderr}");
        }

        using var doc = JsonDocument.Parse(stdout);
        var props = doc.RootElement.GetProperty("Properties");
        var items = doc.RootElement.GetProperty("Items");
        JsonElement[] Items(string name) => items.TryGetProperty(name, out var a) ? a.EnumerateArray().ToArray() : Array.Empty<JsonElement>();
        string Meta(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.GetString() ?? "" : "";

        return new NfProject
        {
            Path = path,
            Variant = variant,
            AssemblyName = props.GetProperty("AssemblyName").GetString()!,
            OutputType = props.GetProperty("OutputType").GetString()!,
            LangVersion = props.GetProperty("LangVersion").GetString()!,
            DefineConstants = props.GetProperty("DefineConstants").GetString()!
                .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries),
            // Compile order matters to the interop table: MSBuild's order, which is what the .nfproj build gets too.
            Compile = Items("Compile").Select(e => Meta(e, "FullPath")).ToArray(),
            References = Items("Reference").Select(e => ParseReference(Meta(e, "Identity"), Meta(e, "HintPath"))).ToArray(),
            ProjectReferences = Items("ProjectReference").Select(e => Meta(e, "FullPath")).ToArray(),
        };
    }

    /// <summary>HintPath ...\packages\&lt;id&gt;.&lt;version&gt;\lib\&lt;assembly&gt;.dll, as NuGet's packages.config layout writes it.</summary>
    private static NfReference ParseReference(string identity, string hintPath)
    {
        string assembly = identity.Split(',')[0].Trim();
        string[] parts = hintPath.Replace('\\', '/').Split('/');
        int lib = Array.LastIndexOf(parts, "lib");
        if (lib < 1)
        {
            return new NfReference(assembly, null, null, hintPath);
        }

        // "<id>.<major>.<minor>.<patch>": the version is the first dot-separated part that starts with a digit.
        string folder = parts[lib - 1];
        string[] segments = folder.Split('.');
        int first = Array.FindIndex(segments, s => s.Length > 0 && char.IsDigit(s[0]));
        if (first < 1)
        {
            return new NfReference(assembly, null, null, hintPath);
        }

        return new NfReference(assembly, string.Join('.', segments[..first]), string.Join('.', segments[first..]), hintPath);
    }
}
