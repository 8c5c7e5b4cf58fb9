using System;
using System.Collections.Generic;
using System.IO;

namespace FurnaceFw.AllocCheck;

/// <summary>
/// What a call into a framework assembly (anything not analysed) costs on the device. Read from
/// framework-methods.txt: one rule a line, <c>alloc|free Type::Method  # why</c>; a type or method ending in '*'
/// matches by prefix; the first matching rule wins. A framework call no rule matches is reported as unclassified and
/// fails the check: nothing is silently taken as free.
/// </summary>
public sealed class FrameworkTable
{
    private readonly List<Rule> _rules = new();

    public static FrameworkTable Parse(string text, string origin)
    {
        var table = new FrameworkTable();
        string[] lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            string line = lines[i];
            int hash = line.IndexOf('#');
            string reason = hash >= 0 ? line[(hash + 1)..].Trim() : "";
            string body = (hash >= 0 ? line[..hash] : line).Trim();
            if (body.Length == 0)
            {
                continue;
            }

            string[] parts = body.Split((char[])null, StringSplitOptions.RemoveEmptyEntries);
            int separator = parts.Length == 2 ? parts[1].IndexOf("::", StringComparison.Ordinal) : -1;
            if (parts.Length != 2 || (parts[0] != "alloc" && parts[0] != "free") || separator <= 0)
            {
                throw new FormatException($"{origin}:{i + 1}: expected 'alloc|free Namespace.Type::Method  # reason', got '{line.Trim()}'");
            }

            table._rules.Add(new Rule(parts[0] == "alloc", parts[1][..separator], parts[1][(separator + 2)..], reason, $"{origin}:{i + 1}"));
        }

        return table;
    }

    public static FrameworkTable Load(string path) => Parse(File.ReadAllText(path), Path.GetFileName(path));

    /// <summary>Finds the rule for <paramref name="typeName"/>::<paramref name="methodName"/>; false when none matches.</summary>
    public bool TryClassify(string typeName, string methodName, out bool allocates, out string reason)
    {
        foreach (Rule rule in _rules)
        {
            if (Matches(rule.Type, typeName) && Matches(rule.Method, methodName))
            {
                allocates = rule.Allocates;
                reason = rule.Reason.Length > 0 ? rule.Reason : rule.Where;
                return true;
            }
        }

        allocates = false;
        reason = null;
        return false;
    }

    private static bool Matches(string pattern, string name) =>
        pattern.EndsWith('*') ? name.StartsWith(pattern[..^1], StringComparison.Ordinal) : pattern == name;

    private sealed record Rule(bool Allocates, string Type, string Method, string Reason, string Where);
}
