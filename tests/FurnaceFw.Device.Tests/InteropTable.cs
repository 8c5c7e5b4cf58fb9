using System.Reflection;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace FurnaceFw.Device.Tests;

/// <summary>
/// The native method table of an interop assembly as nanoFramework's metadata processor lays it out, computed from the
/// compiled assembly, and the hand-maintained C++ table it must equal. The processor's order (metadata-processor,
/// nanoTablesContext.GetOrderedTypes/GetOrderedMethods, nanoSkeletonGenerator): types by full name, a type's callees in
/// the same assembly before it; within a type, virtual methods, then other instance methods, then static ones, each in
/// MethodDef order; every method gets a slot, null unless it has no IL body (InternalCall).
/// </summary>
internal static class InteropTable
{
    /// <summary>Compiles the .cs files of an nfproj folder (and Properties/) as the device build does: C# 10, official mscorlib.</summary>
    public static byte[] Compile(string assemblyName, IEnumerable<(string Path, string Text)> sources)
    {
        var parse = new CSharpParseOptions(LanguageVersion.CSharp10);
        var trees = sources.Select(s => CSharpSyntaxTree.ParseText(s.Text, parse, s.Path)).ToList();
        var compilation = CSharpCompilation.Create(assemblyName, trees, new[] { MetadataReference.CreateFromFile(Mscorlib) },
            new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary, optimizationLevel: OptimizationLevel.Release, deterministic: true));
        using var stream = new MemoryStream();
        var result = compilation.Emit(stream);
        if (!result.Success)
        {
            throw new InvalidOperationException(string.Join("\n", result.Diagnostics.Where(d => d.Severity == DiagnosticSeverity.Error)));
        }

        return stream.ToArray();
    }

    /// <summary>Files as MSBuild's *.cs glob lists them (Windows: alphabetical, case-insensitive), then Properties/*.cs.</summary>
    public static IEnumerable<(string Path, string Text)> ProjectSources(string dir) =>
        Directory.GetFiles(dir, "*.cs").OrderBy(f => f, StringComparer.OrdinalIgnoreCase)
            .Concat(Directory.GetFiles(Path.Combine(dir, "Properties"), "*.cs").OrderBy(f => f, StringComparer.OrdinalIgnoreCase))
            .Select(f => (f, File.ReadAllText(f)));

    public static string Mscorlib
    {
        get
        {
            string root = typeof(InteropTable).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>().First(a => a.Key == "NuGetPackageRoot").Value!;
            return Path.Combine(root, "nanoframework.corelibrary", "1.17.11", "lib", "mscorlib.dll");
        }
    }

    /// <summary>One entry per method: null, or "Library_&lt;assembly&gt;_&lt;class&gt;::&lt;method&gt;" for a native one.</summary>
    public static List<string?> Expected(byte[] image)
    {
        using var pe = new PEReader(new MemoryStream(image));
        var md = pe.GetMetadataReader();
        string assembly = md.GetString(md.GetAssemblyDefinition().Name).Replace('.', '_');
        var types = md.TypeDefinitions.Select(h => (Handle: h, Def: md.GetTypeDefinition(h)))
            .Where(t => md.GetString(t.Def.Name) != "<Module>")
            .ToList();
        foreach (var t in types)
        {
            if (!t.Def.GetDeclaringType().IsNil)
            {
                throw new NotSupportedException($"nested type {md.GetString(t.Def.Name)}: extend InteropTable's type order (declaring type first)");
            }
        }

        CheckNoCallsBetweenTypes(md, pe, types.Select(t => t.Handle).ToHashSet());
        var table = new List<string?>();
        foreach (var t in types.OrderBy(t => FullName(md, t.Def), StringComparer.InvariantCulture))
        {
            var methods = t.Def.GetMethods().Select(h => md.GetMethodDefinition(h)).ToList();
            var ordered = methods.Where(m => (m.Attributes & MethodAttributes.Virtual) != 0)
                .Concat(methods.Where(m => (m.Attributes & (MethodAttributes.Virtual | MethodAttributes.Static)) == 0))
                .Concat(methods.Where(m => (m.Attributes & MethodAttributes.Static) != 0));
            string className = FullName(md, t.Def).Replace('.', '_');
            foreach (var m in ordered)
            {
                bool native = m.RelativeVirtualAddress == 0 && (m.Attributes & MethodAttributes.Abstract) == 0;
                table.Add(native ? $"Library_{assembly}_{className}::{NativeName(md, m)}" : null);
            }
        }

        return table;
    }

    /// <summary>The method_lookup[] entries of the C++ file, in order: null for nullptr/NULL.</summary>
    public static List<string?> Declared(string cpp)
    {
        var body = Regex.Match(cpp, @"method_lookup\[\]\s*=\s*\{(?<body>.*?)\};", RegexOptions.Singleline);
        if (!body.Success)
        {
            throw new InvalidOperationException("no method_lookup[] table in the C++ file");
        }

        string code = Regex.Replace(body.Groups["body"].Value, @"//[^\n]*", "");
        return code.Split(',').Select(e => e.Trim()).Where(e => e.Length > 0)
            .Select(e => e == "nullptr" || e == "NULL" ? null : e).ToList();
    }

    /// <summary>The processor also orders a type after the types whose methods it calls; with no such calls, name order is the order.</summary>
    private static void CheckNoCallsBetweenTypes(MetadataReader md, PEReader pe, HashSet<TypeDefinitionHandle> types)
    {
        foreach (var th in types)
        {
            foreach (var mh in md.GetTypeDefinition(th).GetMethods())
            {
                var m = md.GetMethodDefinition(mh);
                if (m.RelativeVirtualAddress == 0)
                {
                    continue;
                }

                // call/callvirt/newobj/ldftn followed by a MethodDef token (table 0x06). A byte pattern, not a full IL
                // decoder: a false match can only make this check complain, never hide a call.
                byte[] il = pe.GetMethodBody(m.RelativeVirtualAddress).GetILBytes() ?? Array.Empty<byte>();
                for (int i = 0; i + 4 < il.Length; i++)
                {
                    if ((il[i] == 0x28 || il[i] == 0x6F || il[i] == 0x73 || (il[i] == 0x06 && i > 0 && il[i - 1] == 0xFE)) && il[i + 4] == 0x06)
                    {
                        int row = il[i + 1] | (il[i + 2] << 8) | (il[i + 3] << 16);
                        if (row < 1 || row > md.MethodDefinitions.Count)
                        {
                            continue;
                        }

                        var callee = md.GetMethodDefinition(System.Reflection.Metadata.Ecma335.MetadataTokens.MethodDefinitionHandle(row)).GetDeclaringType();
                        if (callee != th)
                        {
                            throw new NotSupportedException($"{md.GetString(md.GetTypeDefinition(th).Name)} calls into "
                                + $"{md.GetString(md.GetTypeDefinition(callee).Name)}: the processor orders callees first; extend InteropTable");
                        }
                    }
                }
            }
        }
    }

    private static string FullName(MetadataReader md, TypeDefinition t)
    {
        string ns = md.GetString(t.Namespace);
        return (ns.Length > 0 ? ns + "." : "") + md.GetString(t.Name);
    }

    /// <summary>Name + ___STATIC__ (or ___) + return and parameter types in nanoCLR's names, joined by "__".</summary>
    private static string NativeName(MetadataReader md, MethodDefinition m)
    {
        var signature = m.DecodeSignature(new NanoTypeNames(), null);
        bool isStatic = (m.Attributes & MethodAttributes.Static) != 0;
        return md.GetString(m.Name) + (isStatic ? "___STATIC__" : "___")
            + string.Join("__", new[] { signature.ReturnType }.Concat(signature.ParameterTypes));
    }

    private sealed class NanoTypeNames : ISignatureTypeProvider<string, object?>
    {
        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode switch
        {
            PrimitiveTypeCode.Void => "VOID",
            PrimitiveTypeCode.Boolean => "BOOLEAN",
            PrimitiveTypeCode.Char => "CHAR",
            PrimitiveTypeCode.SByte => "I1",
            PrimitiveTypeCode.Byte => "U1",
            PrimitiveTypeCode.Int16 => "I2",
            PrimitiveTypeCode.UInt16 => "U2",
            PrimitiveTypeCode.Int32 => "I4",
            PrimitiveTypeCode.UInt32 => "U4",
            PrimitiveTypeCode.Int64 => "I8",
            PrimitiveTypeCode.UInt64 => "U8",
            PrimitiveTypeCode.Single => "R4",
            PrimitiveTypeCode.Double => "R8",
            PrimitiveTypeCode.String => "STRING",
            PrimitiveTypeCode.Object => "OBJECT",
            _ => throw new NotSupportedException($"{typeCode} in a native signature: extend InteropTable's type names"),
        };

        public string GetSZArrayType(string elementType) => "SZARRAY_" + elementType;

        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => Unsupported();
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind) => Unsupported();
        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind) => Unsupported();
        public string GetArrayType(string elementType, ArrayShape shape) => Unsupported();
        public string GetByReferenceType(string elementType) => Unsupported();
        public string GetPointerType(string elementType) => Unsupported();
        public string GetPinnedType(string elementType) => elementType;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetFunctionPointerType(MethodSignature<string> signature) => Unsupported();
        public string GetGenericInstantiation(string genericType, System.Collections.Immutable.ImmutableArray<string> typeArguments) => Unsupported();
        public string GetGenericMethodParameter(object? genericContext, int index) => Unsupported();
        public string GetGenericTypeParameter(object? genericContext, int index) => Unsupported();

        private static string Unsupported() =>
            "UNSUPPORTED"; // a managed method's signature may use anything; only native entries' names are compared
    }
}
