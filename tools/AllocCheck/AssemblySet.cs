using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Mono.Cecil;

namespace FurnaceFw.AllocCheck;

/// <summary>
/// The analysed assemblies (with their PDBs when present) and the questions the walk asks of them: which method a
/// name means, which methods a virtual or interface call can reach, and whether a type is a struct that nanoCLR
/// keeps in a heap block.
/// </summary>
public sealed class AssemblySet : IDisposable
{
    private readonly List<ModuleDefinition> _modules = new();
    private readonly HashSet<string> _names = new(StringComparer.Ordinal);
    private readonly SetResolver _resolver = new();
    private readonly Dictionary<string, bool> _structCache = new(StringComparer.Ordinal);

    public AssemblySet(IEnumerable<string> paths)
    {
        var dirs = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            dirs.Add(Path.GetDirectoryName(Path.GetFullPath(path)));
        }

        foreach (string dir in dirs)
        {
            _resolver.AddSearchDirectory(dir);
        }

        // Framework types (System.Runtime, System.Device.Gpio, ...) resolve from the running runtime's directory.
        _resolver.AddSearchDirectory(Path.GetDirectoryName(typeof(object).Assembly.Location));
        foreach (string path in paths)
        {
            bool symbols = File.Exists(Path.ChangeExtension(path, ".pdb"));
            var parameters = new ReaderParameters { AssemblyResolver = _resolver, ReadSymbols = symbols };
            ModuleDefinition module = ModuleDefinition.ReadModule(path, parameters);
            _modules.Add(module);
            _names.Add(module.Assembly.Name.Name);
            _resolver.Register(module.Assembly); // so every reference resolves to this one copy of the assembly
        }
    }

    public IReadOnlyList<ModuleDefinition> Modules => _modules;

    public IEnumerable<TypeDefinition> AllTypes => _modules.SelectMany(m => m.GetTypes());

    /// <summary>True when <paramref name="type"/> is defined in an analysed assembly (its IL is walked).</summary>
    public bool IsAnalysed(TypeReference type)
    {
        string scope = type.Scope switch
        {
            ModuleDefinition m => m.Assembly.Name.Name,
            AssemblyNameReference a => a.Name,
            _ => type.Module?.Assembly.Name.Name,
        };
        return scope != null && _names.Contains(scope);
    }

    /// <summary>Methods named by <c>Type::Method</c>: Type is a full name or a simple name, Method '*' means all.</summary>
    public List<MethodDefinition> FindMethods(string spec)
    {
        int separator = spec.IndexOf("::", StringComparison.Ordinal);
        if (separator <= 0)
        {
            throw new FormatException($"'{spec}' is not Type::Method");
        }

        string typeName = spec[..separator];
        string methodName = spec[(separator + 2)..];
        return AllTypes
            .Where(t => t.FullName == typeName || t.Name == typeName)
            .SelectMany(t => t.Methods)
            .Where(m => m.HasBody && (methodName == "*" || m.Name == methodName))
            .ToList();
    }

    /// <summary>
    /// Every analysed method a <c>callvirt</c> to <paramref name="target"/> can reach: for an interface method, its
    /// implementation in every analysed type that implements the interface; for a virtual method, itself (unless
    /// abstract) and every override in analysed subtypes.
    /// </summary>
    public List<MethodDefinition> Implementations(MethodDefinition target)
    {
        var result = new List<MethodDefinition>();
        TypeDefinition declaring = target.DeclaringType;
        if (declaring.IsInterface)
        {
            foreach (TypeDefinition type in AllTypes.Where(t => t.IsClass && !t.IsInterface && Implements(t, declaring)))
            {
                MethodDefinition impl = FindImplementation(type, target);
                if (impl != null && impl.HasBody && !result.Contains(impl))
                {
                    result.Add(impl);
                }
            }

            return result;
        }

        if (!target.IsAbstract && target.HasBody && IsAnalysed(declaring))
        {
            result.Add(target);
        }

        if (!target.IsVirtual || target.IsFinal || declaring.IsSealed)
        {
            return result;
        }

        foreach (TypeDefinition type in AllTypes.Where(t => t != declaring && DerivesFrom(t, declaring)))
        {
            MethodDefinition impl = type.Methods.FirstOrDefault(m => m.IsVirtual && !m.IsNewSlot && m.HasBody && SameSignature(m, target));
            if (impl != null && !result.Contains(impl))
            {
                result.Add(impl);
            }
        }

        return result;
    }

    /// <summary>
    /// True for a value type that nanoCLR stores as a heap block (DATATYPE_VALUETYPE): any struct except the
    /// primitives, enums (stored as their underlying integer) and DateTime/TimeSpan (stored inline as 8 bytes, see
    /// Interpreter.cpp ldfld and ExecutionEngine::InitializeLocals). An unresolvable value type counts as a struct.
    /// </summary>
    public bool IsHeapStruct(TypeReference type)
    {
        if (type == null || type.IsByReference || type.IsPointer || type.IsGenericParameter || type.IsArray || !type.IsValueType)
        {
            return false;
        }

        if (type.IsPrimitive || type.MetadataType == MetadataType.Void)
        {
            return false;
        }

        string key = type.FullName;
        if (_structCache.TryGetValue(key, out bool cached))
        {
            return cached;
        }

        bool result;
        if (key == "System.DateTime" || key == "System.TimeSpan")
        {
            result = false;
        }
        else
        {
            TypeDefinition definition = TryResolve(type);
            result = definition == null || !definition.IsEnum;
        }

        _structCache[key] = result;
        return result;
    }

    public TypeDefinition TryResolve(TypeReference type)
    {
        try
        {
            return type.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    public MethodDefinition TryResolve(MethodReference method)
    {
        try
        {
            return method.Resolve();
        }
        catch (AssemblyResolutionException)
        {
            return null;
        }
    }

    public void Dispose()
    {
        foreach (ModuleDefinition module in _modules)
        {
            module.Dispose();
        }

        _resolver.Dispose();
    }

    private bool Implements(TypeDefinition type, TypeDefinition iface)
    {
        for (TypeDefinition t = type; t != null; t = t.BaseType == null ? null : TryResolve(t.BaseType))
        {
            foreach (InterfaceImplementation impl in t.Interfaces)
            {
                TypeDefinition resolved = TryResolve(impl.InterfaceType);
                if (resolved == iface || (resolved != null && resolved.IsInterface && resolved != t && Implements(resolved, iface)))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool DerivesFrom(TypeDefinition type, TypeDefinition baseType)
    {
        for (TypeReference b = type.BaseType; b != null;)
        {
            TypeDefinition resolved = TryResolve(b);
            if (resolved == null)
            {
                return false;
            }

            if (resolved == baseType)
            {
                return true;
            }

            b = resolved.BaseType;
        }

        return false;
    }

    private MethodDefinition FindImplementation(TypeDefinition type, MethodDefinition ifaceMethod)
    {
        for (TypeDefinition t = type; t != null; t = t.BaseType == null ? null : TryResolve(t.BaseType))
        {
            MethodDefinition explicitImpl = t.Methods.FirstOrDefault(m => m.Overrides.Any(o => TryResolve(o) == ifaceMethod));
            if (explicitImpl != null)
            {
                return explicitImpl;
            }

            MethodDefinition implicitImpl = t.Methods.FirstOrDefault(m => m.IsVirtual && m.IsPublic && SameSignature(m, ifaceMethod));
            if (implicitImpl != null)
            {
                return implicitImpl;
            }
        }

        return null;
    }

    private static bool SameSignature(MethodDefinition a, MethodDefinition b) =>
        a.Name == b.Name
        && a.Parameters.Count == b.Parameters.Count
        && a.ReturnType.FullName == b.ReturnType.FullName
        && a.Parameters.Select(p => p.ParameterType.FullName).SequenceEqual(b.Parameters.Select(p => p.ParameterType.FullName));

    private sealed class SetResolver : DefaultAssemblyResolver
    {
        public void Register(AssemblyDefinition assembly) => RegisterAssembly(assembly);
    }
}
