namespace FurnaceFw.AllocCheck;

/// <summary>What allocates on nanoFramework's interpreter (nanoCLR), one kind per rule in docs/performance.md.</summary>
public enum SiteKind
{
    /// <summary><c>newobj</c> of a class, or of a struct (nanoCLR's NewObject makes a heap block either way).</summary>
    NewObject,

    /// <summary><c>newarr</c>.</summary>
    NewArray,

    /// <summary><c>box</c> of a value type, or a constrained call that boxes.</summary>
    Box,

    /// <summary><c>ldstr</c>: nanoCLR makes a new string header for every literal it loads.</summary>
    StringLiteral,

    /// <summary>A struct value loaded by value (ldloc, ldarg, ldfld, ldsfld, ldelem, ldobj): nanoCLR clones it. This
    /// is what an argument passed by value, a return value and a copy into a local cost.</summary>
    StructCopy,

    /// <summary>A local of a struct type: nanoCLR allocates it on every entry to the method.</summary>
    StructLocal,

    /// <summary>A call into a framework method that returns a struct by value (its <c>ret</c> carries a clone).</summary>
    StructReturn,

    /// <summary>A call into a framework method the table (framework-methods.txt) lists as allocating.</summary>
    FrameworkCall,
}
