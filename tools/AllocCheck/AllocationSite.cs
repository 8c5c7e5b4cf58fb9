namespace FurnaceFw.AllocCheck;

/// <summary>One instruction (or method entry, offset -1) that allocates on the device.</summary>
/// <param name="Method">The method, as Namespace.Type::Name.</param>
/// <param name="Offset">IL offset; -1 for the method's entry (struct locals).</param>
/// <param name="Detail">The type, literal, callee or rule concerned.</param>
/// <param name="Source">file:line from the PDB, or empty.</param>
/// <param name="ErrorPath">Only on a path that ends in a throw, inside a catch, or in code only such paths call.</param>
/// <param name="InLoop">Inside a backward branch: it may run more than once per call.</param>
public sealed record AllocationSite(string Method, int Offset, SiteKind Kind, string Detail, string Source, bool ErrorPath, bool InLoop)
{
    public string OffsetText => Offset < 0 ? "entry" : $"IL_{Offset:x4}";
}
