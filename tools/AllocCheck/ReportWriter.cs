using System.IO;
using System.Linq;

namespace FurnaceFw.AllocCheck;

/// <summary>Prints one entry point's result: verdict line, then every site (counted first, then error paths).</summary>
public static class ReportWriter
{
    public static void Write(TextWriter output, EntryResult r, bool verbose)
    {
        string verdict = r.Passed ? "ok" : "FAIL";
        output.WriteLine($"== {r.Entry.Name}: {r.Counted} allocation sites (budget {r.Entry.Budget}) {verdict}; "
            + $"{r.ErrorOnly} more on error paths; {r.Methods.Count} methods walked");
        foreach (AllocationSite site in r.Sites.Where(s => !s.ErrorPath).OrderBy(s => s.Method).ThenBy(s => s.Offset))
        {
            output.WriteLine("  " + Line(r, site));
        }

        if (r.Counted < r.Entry.Budget)
        {
            output.WriteLine($"  below budget: lower \"budget\" of {r.Entry.Name} in budgets.json to {r.Counted} so it cannot grow back");
        }

        foreach (string call in r.Unresolved)
        {
            output.WriteLine($"  UNRESOLVED virtual call (no implementation analysed; waive it in budgets.json with a reason): {call}");
        }

        foreach (string call in r.Unclassified)
        {
            output.WriteLine($"  UNCLASSIFIED framework call (add it to framework-methods.txt): {call}");
        }

        if (verbose)
        {
            foreach (AllocationSite site in r.Sites.Where(s => s.ErrorPath).OrderBy(s => s.Method).ThenBy(s => s.Offset))
            {
                output.WriteLine("  error path: " + Line(r, site));
            }

            foreach (string call in r.Waived)
            {
                output.WriteLine($"  waived unresolved call: {call}");
            }

            foreach (string method in r.Methods)
            {
                output.WriteLine($"  walked: {method}");
            }
        }
    }

    private static string Line(EntryResult r, AllocationSite s)
    {
        string via = r.Via.TryGetValue(s.Method, out string from) && from != "root" ? $"  (called from {from})" : "";
        string loop = s.InLoop ? " [in a loop]" : "";
        string source = s.Source.Length > 0 ? $" {s.Source}" : "";
        return $"{s.Kind,-13} {s.Method} {s.OffsetText}{source}: {s.Detail}{loop}{via}";
    }
}
