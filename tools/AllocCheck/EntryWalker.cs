using System;
using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;

namespace FurnaceFw.AllocCheck;

/// <summary>What the walk found for one entry point.</summary>
public sealed class EntryResult
{
    public EntryResult(EntryPoint entry)
    {
        Entry = entry;
    }

    public EntryPoint Entry { get; }

    public List<AllocationSite> Sites { get; } = new();

    public List<string> Methods { get; } = new();

    /// <summary>Unresolved calls not waived in budgets.json (fail the check unless only on error paths).</summary>
    public List<string> Unresolved { get; } = new();

    public List<string> Waived { get; } = new();

    public List<string> Unclassified { get; } = new();

    /// <summary>The first call chain that reached each method, for the report.</summary>
    public Dictionary<string, string> Via { get; } = new();

    public int Counted => Sites.Count(s => !s.ErrorPath);

    public int ErrorOnly => Sites.Count(s => s.ErrorPath);

    public bool Passed => Counted <= Entry.Budget && Unresolved.Count == 0 && Unclassified.Count == 0;
}

/// <summary>
/// Walks everything reachable from an entry point's roots and collects the allocation sites. A method reached only
/// through calls on error paths counts all its sites as error-path sites; a pruned method is not entered.
/// </summary>
public sealed class EntryWalker
{
    private readonly AssemblySet _set;
    private readonly MethodScanner _scanner;

    public EntryWalker(AssemblySet set, MethodScanner scanner)
    {
        _set = set;
        _scanner = scanner;
    }

    public EntryResult Walk(EntryPoint entry)
    {
        var result = new EntryResult(entry);
        var pruned = new HashSet<MethodDefinition>();
        foreach (Waiver prune in entry.Prune)
        {
            List<MethodDefinition> found = _set.FindMethods(prune.Method);
            if (found.Count == 0)
            {
                throw new InvalidOperationException($"entry point '{entry.Name}': prune '{prune.Method}' names no method (renamed?)");
            }

            pruned.UnionWith(found);
        }

        // normal[m] = reached through a call that is not on an error path; error-only otherwise.
        var normal = new Dictionary<MethodDefinition, bool>();
        var queue = new Queue<MethodDefinition>();
        foreach (string root in entry.Roots)
        {
            List<MethodDefinition> found = _set.FindMethods(root);
            if (found.Count == 0)
            {
                throw new InvalidOperationException($"entry point '{entry.Name}': root '{root}' names no method (renamed?)");
            }

            foreach (MethodDefinition m in found)
            {
                normal[m] = true;
                result.Via[MethodScanner.Name(m)] = "root";
                queue.Enqueue(m);
            }
        }

        while (queue.Count > 0)
        {
            MethodDefinition method = queue.Dequeue();
            bool reachedNormally = normal[method];
            foreach ((MethodDefinition callee, bool errorCall) in _scanner.Scan(method).Calls)
            {
                if (pruned.Contains(callee))
                {
                    continue;
                }

                bool calleeNormal = reachedNormally && !errorCall;
                if (normal.TryGetValue(callee, out bool known) && (known || !calleeNormal))
                {
                    continue;
                }

                normal[callee] = calleeNormal;
                result.Via[MethodScanner.Name(callee)] = MethodScanner.Name(method);
                queue.Enqueue(callee);
            }
        }

        var waivers = entry.Unresolved.Select(w => w.Method).ToHashSet(StringComparer.Ordinal);
        foreach ((MethodDefinition method, bool reachedNormally) in normal.OrderBy(p => MethodScanner.Name(p.Key), StringComparer.Ordinal))
        {
            result.Methods.Add(MethodScanner.Name(method));
            MethodFacts facts = _scanner.Scan(method);
            foreach (AllocationSite site in facts.Sites)
            {
                result.Sites.Add(reachedNormally ? site : site with { ErrorPath = true });
            }

            foreach ((string call, bool error, string where) in facts.Unresolved)
            {
                bool errorOnly = error || !reachedNormally;
                if (waivers.Contains(ShortName(call)) || waivers.Contains(call))
                {
                    result.Waived.Add($"{call} at {where}");
                }
                else if (!errorOnly)
                {
                    result.Unresolved.Add($"{call} at {where}");
                }
            }

            foreach ((string call, bool error, string where) in facts.Unclassified)
            {
                if (!error && reachedNormally)
                {
                    result.Unclassified.Add($"{call} at {where}");
                }
            }
        }

        return result;
    }

    /// <summary>Namespace.Type::Method → Type::Method, the form budgets.json may use.</summary>
    private static string ShortName(string call)
    {
        int separator = call.IndexOf("::", StringComparison.Ordinal);
        int dot = separator > 0 ? call.LastIndexOf('.', separator) : -1;
        return dot >= 0 ? call[(dot + 1)..] : call;
    }
}
