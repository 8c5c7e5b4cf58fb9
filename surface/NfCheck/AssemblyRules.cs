using System.Reflection.Metadata;
using System.Reflection.Metadata.Ecma335;
using System.Reflection.PortableExecutable;

namespace FurnaceFw.NfCheck;

/// <summary>
/// What the compiler accepts but nanoFramework's stable line cannot load, read from the compiled assembly's metadata.
/// CoreLibrary 1.17.11 declares Action&lt;T&gt;/Func&lt;T&gt; (for the 2.0 line), so a generic instantiation compiles against
/// it; the stable interpreter has no generics. And a C# 11+ compiler embeds attribute types mscorlib lacks
/// (RefSafetyRulesAttribute, EmbeddedAttribute, ...), which adds TypeDefs and MethodDefs nobody wrote.
/// </summary>
public static class AssemblyRules
{
    public const string GenericDefinition = "NF0001";
    public const string GenericInstantiation = "NF0002";
    public const string EmbeddedCompilerType = "NF0003";
    public const string ThrowsOnPico = "NF0004";
    public const string FloatMath = "NF0005";

    /// <summary>
    /// System.Math members that throw NotImplementedException on the Pico targets (NF_FEATURE_LIGHT_MATH in
    /// nf-interpreter's nf_native_system_math). Pow and Round are implemented there.
    /// </summary>
    private static readonly HashSet<string> LightMathThrows = new(StringComparer.Ordinal)
    {
        "Acos", "Asin", "Atan", "Atan2", "Cbrt", "Ceiling", "Cos", "Cosh", "Exp", "Floor", "IEEERemainder", "Log", "Log10",
        "Sin", "Sinh", "Sqrt", "Tan", "Tanh",
    };

    /// <summary>Overloaded for int, float and double only: a long or uint argument silently becomes a float.</summary>
    private static readonly HashSet<string> IntegerLookingMath = new(StringComparer.Ordinal) { "Abs", "Max", "Min", "Sign", "Clamp" };

    /// <summary>Each problem as "NFxxxx: text".</summary>
    public static List<string> Check(string assemblyPath)
    {
        var problems = new List<string>();
        using var stream = File.OpenRead(assemblyPath);
        using var pe = new PEReader(stream);
        var md = pe.GetMetadataReader();

        foreach (var h in md.TypeDefinitions)
        {
            var t = md.GetTypeDefinition(h);
            string name = TypeName(md, t);
            if (t.GetGenericParameters().Count > 0)
            {
                problems.Add($"{GenericDefinition}: generic type {name} (nanoFramework's stable line has no generics)");
            }

            foreach (var mh in t.GetMethods())
            {
                var m = md.GetMethodDefinition(mh);
                if (m.GetGenericParameters().Count > 0)
                {
                    problems.Add($"{GenericDefinition}: generic method {name}.{md.GetString(m.Name)}");
                }
            }

            string ns = md.GetString(t.Namespace);
            if (ns == "Microsoft.CodeAnalysis" || (ns == "System.Runtime.CompilerServices" && name.EndsWith("Attribute", StringComparison.Ordinal)))
            {
                problems.Add($"{EmbeddedCompilerType}: the compiler embedded {name} (mscorlib lacks it): it adds types and methods to "
                    + "the assembly; keep LangVersion at 10 and avoid the feature that needs it");
            }
        }

        if (md.GetTableRowCount(TableIndex.MethodSpec) > 0)
        {
            problems.Add($"{GenericInstantiation}: {md.GetTableRowCount(TableIndex.MethodSpec)} generic method instantiation(s)");
        }


        // Every signature: TypeSpecs, fields, methods, member references and locals (a generic can hide in any of them).
        var generics = new GenericFinder();
        for (int row = 1; row <= md.GetTableRowCount(TableIndex.TypeSpec); row++)
        {
            md.GetTypeSpecification(MetadataTokens.TypeSpecificationHandle(row)).DecodeSignature(generics, null);
        }

        foreach (var h in md.FieldDefinitions)
        {
            md.GetFieldDefinition(h).DecodeSignature(generics, null);
        }

        foreach (var h in md.MethodDefinitions)
        {
            md.GetMethodDefinition(h).DecodeSignature(generics, null);
        }

        foreach (var h in md.MemberReferences)
        {
            var r = md.GetMemberReference(h);
            if (r.GetKind() == MemberReferenceKind.Method)
            {
                var signature = r.DecodeMethodSignature(generics, null);
                CheckMath(md, r, signature, problems);
            }
            else
            {
                r.DecodeFieldSignature(generics, null);
            }
        }

        for (int row = 1; row <= md.GetTableRowCount(TableIndex.StandAloneSig); row++)
        {
            var sig = md.GetStandaloneSignature(MetadataTokens.StandaloneSignatureHandle(row));
            if (sig.GetKind() == StandaloneSignatureKind.LocalVariables)
            {
                sig.DecodeLocalSignature(generics, null);
            }
        }

        foreach (var g in generics.Found)
        {
            problems.Add($"{GenericInstantiation}: generic type {g} used (nanoFramework's stable line has no generics)");
        }

        return problems.Distinct().ToList();
    }

    private static void CheckMath(MetadataReader md, MemberReference r, MethodSignature<string> signature, List<string> problems)
    {
        if (r.Parent.Kind != HandleKind.TypeReference)
        {
            return;
        }

        var parent = md.GetTypeReference((TypeReferenceHandle)r.Parent);
        if (md.GetString(parent.Namespace) != "System" || md.GetString(parent.Name) != "Math")
        {
            return;
        }

        string name = md.GetString(r.Name);
        string call = $"Math.{name}({string.Join(",", signature.ParameterTypes)})";
        if (LightMathThrows.Contains(name))
        {
            problems.Add($"{ThrowsOnPico}: {call} throws NotImplementedException on the Pico W firmware (LIGHT_MATH); use integer arithmetic");
        }
        else if (IntegerLookingMath.Contains(name) && signature.ParameterTypes.Length > 0
                 && (signature.ParameterTypes[0] == "Single" || signature.ParameterTypes[0] == "Double"))
        {
            problems.Add($"{FloatMath}: {call}: System.Math has no long/uint overloads, so an integer argument went through "
                + "floating point; the firmware is integer-only (write a long helper)");
        }
    }

    private static string TypeName(MetadataReader md, TypeDefinition t)
    {
        string ns = md.GetString(t.Namespace);
        return (ns.Length > 0 ? ns + "." : "") + md.GetString(t.Name);
    }

    /// <summary>Decodes signatures to names and records every generic instantiation it meets.</summary>
    private sealed class GenericFinder : ISignatureTypeProvider<string, object?>
    {
        public SortedSet<string> Found { get; } = new(StringComparer.Ordinal);

        public string GetGenericInstantiation(string genericType, System.Collections.Immutable.ImmutableArray<string> typeArguments)
        {
            string name = genericType + "<" + string.Join(",", typeArguments) + ">";
            Found.Add(name);
            return name;
        }

        public string GetPrimitiveType(PrimitiveTypeCode typeCode) => typeCode.ToString();
        public string GetTypeFromDefinition(MetadataReader reader, TypeDefinitionHandle handle, byte rawTypeKind) => TypeName(reader, reader.GetTypeDefinition(handle));
        public string GetTypeFromReference(MetadataReader reader, TypeReferenceHandle handle, byte rawTypeKind)
        {
            var t = reader.GetTypeReference(handle);
            string ns = reader.GetString(t.Namespace);
            return (ns.Length > 0 ? ns + "." : "") + reader.GetString(t.Name);
        }

        public string GetTypeFromSpecification(MetadataReader reader, object? genericContext, TypeSpecificationHandle handle, byte rawTypeKind)
            => reader.GetTypeSpecification(handle).DecodeSignature(this, genericContext);
        public string GetSZArrayType(string elementType) => elementType + "[]";
        public string GetArrayType(string elementType, ArrayShape shape) => elementType + "[,]";
        public string GetByReferenceType(string elementType) => elementType + "&";
        public string GetPointerType(string elementType) => elementType + "*";
        public string GetPinnedType(string elementType) => elementType;
        public string GetModifiedType(string modifier, string unmodifiedType, bool isRequired) => unmodifiedType;
        public string GetFunctionPointerType(MethodSignature<string> signature) => "method*";
        public string GetGenericMethodParameter(object? genericContext, int index) => "!!" + index;
        public string GetGenericTypeParameter(object? genericContext, int index) => "!" + index;
    }
}
