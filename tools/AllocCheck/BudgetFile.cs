using System;
using System.IO;
using System.Text.Json;

namespace FurnaceFw.AllocCheck;

/// <summary>budgets.json: the entry points the check walks and the allocation budget of each.</summary>
public sealed class BudgetFile
{
    public EntryPoint[] EntryPoints { get; set; } = Array.Empty<EntryPoint>();

    public static BudgetFile Parse(string json, string origin)
    {
        BudgetFile file;
        try
        {
            file = JsonSerializer.Deserialize<BudgetFile>(json, new JsonSerializerOptions
            {
                PropertyNameCaseInsensitive = true,
                ReadCommentHandling = JsonCommentHandling.Skip,
                UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
            });
        }
        catch (JsonException e)
        {
            throw new FormatException($"{origin}: {e.Message}", e);
        }

        if (file == null || file.EntryPoints.Length == 0)
        {
            throw new FormatException($"{origin}: no entryPoints");
        }

        foreach (EntryPoint entry in file.EntryPoints)
        {
            if (string.IsNullOrWhiteSpace(entry.Name) || entry.Roots.Length == 0 || entry.Budget < 0)
            {
                throw new FormatException($"{origin}: entry point '{entry.Name}' needs a name, at least one root and a budget >= 0");
            }

            foreach (Waiver waiver in entry.Prune)
            {
                RequireReason(origin, entry, waiver.Method, waiver.Reason);
            }

            foreach (Waiver waiver in entry.Unresolved)
            {
                RequireReason(origin, entry, waiver.Method, waiver.Reason);
            }
        }

        return file;
    }

    public static BudgetFile Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    private static void RequireReason(string origin, EntryPoint entry, string method, string reason)
    {
        if (string.IsNullOrWhiteSpace(method) || string.IsNullOrWhiteSpace(reason))
        {
            throw new FormatException($"{origin}: entry point '{entry.Name}': every prune/unresolved item needs a method and a reason");
        }
    }
}

/// <summary>One path the check walks: its roots, what it leaves out and why, and its budget of allocation sites.</summary>
public sealed class EntryPoint
{
    public string Name { get; set; }

    public string Description { get; set; } = "";

    /// <summary>Allocation sites allowed outside error paths.</summary>
    public int Budget { get; set; }

    /// <summary>Methods the walk starts from: <c>Type::Method</c> (Type full or simple; Method '*' = all).</summary>
    public string[] Roots { get; set; } = Array.Empty<string>();

    /// <summary>Methods not walked on this path (another request's branch), each with its reason.</summary>
    public Waiver[] Prune { get; set; } = Array.Empty<Waiver>();

    /// <summary>Virtual calls with no implementation in the analysed assemblies, accepted with a reason (e.g. the
    /// board implements them in Device/). Any other unresolved call fails the check.</summary>
    public Waiver[] Unresolved { get; set; } = Array.Empty<Waiver>();
}

public sealed class Waiver
{
    public string Method { get; set; }

    public string Reason { get; set; }
}
