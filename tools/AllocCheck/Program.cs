using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FurnaceFw.AllocCheck;

// AllocCheck: counts what allocates on nanoFramework's interpreter along the named entry points (budgets.json) and
// exits 1 when an entry point is over budget, reaches an unresolved virtual call or an unclassified framework call.
// Usage: AllocCheck [--budgets FILE] [--framework FILE] [--assembly DLL]... [--entry NAME]... [--verbose]
// Exit codes: 0 every entry point within budget; 1 a check failed; 2 bad arguments or configuration.
string here = AppContext.BaseDirectory;
string budgetsPath = Path.Combine(here, "budgets.json");
string frameworkPath = Path.Combine(here, "framework-methods.txt");
var assemblies = new List<string>();
var only = new List<string>();
bool verbose = false;
for (int i = 0; i < args.Length; i++)
{
    string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
    try
    {
        switch (args[i])
        {
            case "--budgets": budgetsPath = Next(); break;
            case "--framework": frameworkPath = Next(); break;
            case "--assembly": assemblies.Add(Next()); break;
            case "--entry": only.Add(Next()); break;
            case "--verbose": verbose = true; break;
            default: throw new ArgumentException($"unknown argument '{args[i]}'");
        }
    }
    catch (ArgumentException e)
    {
        Console.Error.WriteLine($"AllocCheck: {e.Message}");
        return 2;
    }
}

if (assemblies.Count == 0)
{
    // The portable assemblies this tool references, copied next to it by the build (tools/AllocCheck/AllocCheck.csproj).
    assemblies.AddRange(Directory.GetFiles(here, "FurnaceFw.*.dll").OrderBy(p => p, StringComparer.Ordinal));
}

try
{
    BudgetFile budgets = BudgetFile.Load(budgetsPath);
    FrameworkTable framework = FrameworkTable.Load(frameworkPath);
    using var set = new AssemblySet(assemblies);
    var walker = new EntryWalker(set, new MethodScanner(set, framework));
    Console.WriteLine($"AllocCheck: nanoFramework interpreter allocation rules over {string.Join(", ", assemblies.Select(Path.GetFileName))}");
    int passed = 0, failed = 0;
    foreach (EntryPoint entry in budgets.EntryPoints.Where(e => only.Count == 0 || only.Contains(e.Name)))
    {
        EntryResult result = walker.Walk(entry);
        ReportWriter.Write(Console.Out, result, verbose);
        if (result.Passed) passed++; else failed++;
    }

    Console.WriteLine($"alloc: {passed} passed, {failed} failed");
    return failed == 0 ? 0 : 1;
}
catch (Exception e) when (e is FormatException or InvalidOperationException or IOException or BadImageFormatException)
{
    Console.Error.WriteLine($"AllocCheck: {e.Message}");
    return 2;
}
