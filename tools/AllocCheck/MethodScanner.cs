using System.Collections.Generic;
using System.Linq;
using Mono.Cecil;
using Mono.Cecil.Cil;

namespace FurnaceFw.AllocCheck;

/// <summary>What one method body does that matters to the check: its allocation sites and its calls.</summary>
public sealed class MethodFacts
{
    public List<AllocationSite> Sites { get; } = new();

    /// <summary>Analysed methods it can call, and whether each call is only on an error path.</summary>
    public List<(MethodDefinition Callee, bool ErrorPath)> Calls { get; } = new();

    /// <summary>Virtual or indirect calls with no analysed implementation.</summary>
    public List<(string Call, bool ErrorPath, string Where)> Unresolved { get; } = new();

    /// <summary>Framework calls no rule in the table classifies.</summary>
    public List<(string Call, bool ErrorPath, string Where)> Unclassified { get; } = new();
}

/// <summary>Applies nanoCLR's allocation rules (docs/performance.md) to one method's IL.</summary>
public sealed class MethodScanner
{
    private readonly AssemblySet _set;
    private readonly FrameworkTable _framework;
    private readonly Dictionary<MethodDefinition, MethodFacts> _cache = new();

    public MethodScanner(AssemblySet set, FrameworkTable framework)
    {
        _set = set;
        _framework = framework;
    }

    public MethodFacts Scan(MethodDefinition method)
    {
        if (_cache.TryGetValue(method, out MethodFacts cached))
        {
            return cached;
        }

        var facts = new MethodFacts();
        _cache[method] = facts;
        if (!method.HasBody)
        {
            return facts;
        }

        string name = Name(method);
        MethodBody body = method.Body;
        var paths = new ErrorPaths(body);
        Instruction first = body.Instructions.Count > 0 ? body.Instructions[0] : null;
        foreach (VariableDefinition local in body.Variables.Where(v => _set.IsHeapStruct(v.VariableType)))
        {
            facts.Sites.Add(new AllocationSite(name, -1, SiteKind.StructLocal, $"local V_{local.Index} {local.VariableType.FullName}",
                Source(method, first), false, false));
        }

        foreach (Instruction i in body.Instructions)
        {
            bool error = paths.IsError(i);
            bool loop = paths.IsInLoop(i);
            void Site(SiteKind kind, string detail) => facts.Sites.Add(new AllocationSite(name, i.Offset, kind, detail, Source(method, i), error, loop));

            switch (i.OpCode.Code)
            {
                case Code.Newarr:
                    Site(SiteKind.NewArray, ((TypeReference)i.Operand).FullName + "[]");
                    break;
                case Code.Ldstr:
                    Site(SiteKind.StringLiteral, Quote((string)i.Operand));
                    break;
                case Code.Box:
                    if (((TypeReference)i.Operand).IsValueType)
                    {
                        Site(SiteKind.Box, ((TypeReference)i.Operand).FullName);
                    }

                    break;
                case Code.Newobj:
                    Site(SiteKind.NewObject, ((MethodReference)i.Operand).DeclaringType.FullName);
                    Call(facts, (MethodReference)i.Operand, false, error, i, name, method);
                    break;
                case Code.Call:
                case Code.Callvirt:
                    Call(facts, (MethodReference)i.Operand, i.OpCode.Code == Code.Callvirt, error, i, name, method);
                    break;
                case Code.Calli:
                    facts.Unresolved.Add(("calli " + i.Operand, error, $"{name} {Offset(i)}"));
                    break;
                default:
                    TypeReference loaded = LoadedValueType(method, i);
                    if (loaded != null && _set.IsHeapStruct(loaded))
                    {
                        Site(SiteKind.StructCopy, $"{i.OpCode.Name} {loaded.FullName}");
                    }

                    break;
            }
        }

        return facts;
    }

    public static string Name(MethodReference method) => $"{method.DeclaringType.FullName}::{method.Name}";

    private void Call(MethodFacts facts, MethodReference callee, bool virtualCall, bool error, Instruction i, string name, MethodDefinition caller)
    {
        string where = $"{name} {Offset(i)}";
        // constrained. T callvirt Object::ToString (and friends) on a struct T boxes the receiver first.
        if (i.Previous?.OpCode.Code == Code.Constrained && i.Previous.Operand is TypeReference constrained && constrained.IsValueType
            && callee.DeclaringType.FullName is "System.Object" or "System.ValueType" or "System.Enum")
        {
            facts.Sites.Add(new AllocationSite(name, i.Offset, SiteKind.Box, $"constrained call {Name(callee)} boxes {constrained.FullName}",
                Source(caller, i), error, false));
        }

        if (!_set.IsAnalysed(callee.DeclaringType))
        {
            string type = callee.DeclaringType.GetElementType().FullName;
            if (i.OpCode.Code != Code.Newobj)
            {
                if (_framework.TryClassify(type, callee.Name, out bool allocates, out string reason))
                {
                    if (allocates)
                    {
                        facts.Sites.Add(new AllocationSite(name, i.Offset, SiteKind.FrameworkCall, $"{type}::{callee.Name} ({reason})",
                            Source(caller, i), error, false));
                    }
                }
                else
                {
                    facts.Unclassified.Add(($"{type}::{callee.Name}", error, where));
                }
            }

            if (_set.IsHeapStruct(callee.ReturnType))
            {
                facts.Sites.Add(new AllocationSite(name, i.Offset, SiteKind.StructReturn, $"{type}::{callee.Name} returns {callee.ReturnType.FullName}",
                    Source(caller, i), error, false));
            }

            if (!virtualCall)
            {
                return;
            }
        }

        MethodDefinition resolved = _set.TryResolve(callee);
        if (resolved == null)
        {
            facts.Unresolved.Add((Name(callee) + " (cannot resolve)", error, where));
            return;
        }

        if (!virtualCall || !(resolved.IsVirtual || resolved.IsAbstract))
        {
            if (resolved.HasBody && _set.IsAnalysed(resolved.DeclaringType))
            {
                facts.Calls.Add((resolved, error));
            }

            return;
        }

        List<MethodDefinition> targets = _set.Implementations(resolved);
        foreach (MethodDefinition target in targets)
        {
            facts.Calls.Add((target, error));
        }

        bool frameworkDeclared = !_set.IsAnalysed(resolved.DeclaringType);
        if (targets.Count == 0 && !frameworkDeclared)
        {
            facts.Unresolved.Add((Name(resolved), error, where));
        }
    }

    /// <summary>The value type an instruction loads by value (a clone on nanoCLR), or null.</summary>
    private static TypeReference LoadedValueType(MethodDefinition method, Instruction i)
    {
        switch (i.OpCode.Code)
        {
            case Code.Ldloc_0: return Local(method, 0);
            case Code.Ldloc_1: return Local(method, 1);
            case Code.Ldloc_2: return Local(method, 2);
            case Code.Ldloc_3: return Local(method, 3);
            case Code.Ldloc:
            case Code.Ldloc_S: return ((VariableDefinition)i.Operand).VariableType;
            case Code.Ldarg_0: return Argument(method, 0);
            case Code.Ldarg_1: return Argument(method, 1);
            case Code.Ldarg_2: return Argument(method, 2);
            case Code.Ldarg_3: return Argument(method, 3);
            case Code.Ldarg:
            case Code.Ldarg_S: return ((ParameterDefinition)i.Operand).ParameterType;
            case Code.Ldfld:
            case Code.Ldsfld: return ((FieldReference)i.Operand).FieldType;
            case Code.Ldobj:
            case Code.Ldelem_Any: return (TypeReference)i.Operand;
            default: return null;
        }
    }

    private static TypeReference Local(MethodDefinition method, int index) => method.Body.Variables[index].VariableType;

    // ldarg.N counts `this` as 0 in an instance method; `this` of a struct is a reference, never a copy.
    private static TypeReference Argument(MethodDefinition method, int index)
    {
        if (method.HasThis)
        {
            if (index == 0)
            {
                return null;
            }

            index--;
        }

        return method.Parameters[index].ParameterType;
    }

    private static string Source(MethodDefinition method, Instruction i)
    {
        if (i == null || !method.DebugInformation.HasSequencePoints)
        {
            return "";
        }

        SequencePoint point = null;
        for (Instruction at = i; at != null && point == null; at = at.Previous)
        {
            point = method.DebugInformation.GetSequencePoint(at);
            if (point != null && point.IsHidden)
            {
                point = null;
            }
        }

        return point == null ? "" : $"{System.IO.Path.GetFileName(point.Document.Url)}:{point.StartLine}";
    }

    private static string Offset(Instruction i) => $"IL_{i.Offset:x4}";

    private static string Quote(string text) => "\"" + (text.Length > 40 ? text[..40] + "..." : text).Replace("\r", "\\r").Replace("\n", "\\n") + "\"";
}
