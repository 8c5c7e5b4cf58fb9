using System.Text.Json;
using System.Text.RegularExpressions;

namespace FurnaceFw.FlashPlan;

/// <summary>flash.rules.json: boards, the nanoff version rule and the command templates of each syntax.</summary>
public sealed class FlashRules
{
    public const string FileName = "flash.rules.json";

    /// <summary>The placeholders a template may use; flash.ps1 substitutes exactly these.</summary>
    public static readonly IReadOnlyList<string> Tokens = new[] { "target", "port", "image", "files", "network" };

    public required IReadOnlyDictionary<string, BoardRule> Boards { get; init; }

    public required string VersionPattern { get; init; }

    public required int VerbSyntaxFromMajor { get; init; }

    public required string DefaultImage { get; init; }

    public required string ConfigFileOnDevice { get; init; }

    /// <summary>Folder under the system temp directory for the file/network deployment JSON nanoff reads.</summary>
    public required string JsonDirectory { get; init; }

    /// <summary>"flags" (nanoff 2.x) and "verbs" (3.x): step name → argument template.</summary>
    public required IReadOnlyDictionary<string, IReadOnlyDictionary<string, string[]>> Syntaxes { get; init; }

    public static FlashRules Load(string path)
    {
        using JsonDocument document = JsonDocument.Parse(File.ReadAllText(path));
        JsonElement root = document.RootElement;
        var boards = new Dictionary<string, BoardRule>();
        foreach (JsonProperty board in root.GetProperty("boards").EnumerateObject())
        {
            boards[board.Name] = new BoardRule(board.Value.GetProperty("target").GetString()!, board.Value.GetProperty("platform").GetString()!,
                board.Value.GetProperty("flashNeedsPort").GetBoolean());
        }

        var syntaxes = new Dictionary<string, IReadOnlyDictionary<string, string[]>>();
        foreach (JsonProperty syntax in root.GetProperty("syntaxes").EnumerateObject())
        {
            syntaxes[syntax.Name] = syntax.Value.EnumerateObject()
                .ToDictionary(step => step.Name, step => step.Value.EnumerateArray().Select(a => a.GetString()!).ToArray());
        }

        return new FlashRules
        {
            Boards = boards,
            VersionPattern = root.GetProperty("versionPattern").GetString()!,
            VerbSyntaxFromMajor = root.GetProperty("verbSyntaxFromMajor").GetInt32(),
            DefaultImage = root.GetProperty("defaultImage").GetString()!,
            ConfigFileOnDevice = root.GetProperty("configFileOnDevice").GetString()!,
            JsonDirectory = root.GetProperty("jsonDirectory").GetString()!,
            Syntaxes = syntaxes,
        };
    }

    /// <summary>"flags" or "verbs" from what `nanoff --version` printed; throws when no version can be found.</summary>
    public string SyntaxFor(string versionOutput)
    {
        Match match = Regex.Match(versionOutput ?? string.Empty, VersionPattern);
        if (!match.Success)
        {
            throw new FlashPlanException("cannot tell the nanoff version from `nanoff --version` (got: '" + (versionOutput ?? "").Trim() + "')");
        }

        return int.Parse(match.Groups[1].Value) >= VerbSyntaxFromMajor ? "verbs" : "flags";
    }
}

public sealed record BoardRule(string Target, string Platform, bool FlashNeedsPort);

/// <summary>A plan cannot be made: the message says what is missing and how to fix it.</summary>
public sealed class FlashPlanException : Exception
{
    public FlashPlanException(string message)
        : base(message)
    {
    }
}
