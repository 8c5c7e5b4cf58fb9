namespace FurnaceFw.Sim.Scenarios;

/// <summary>A scenario file is malformed. The message names the file, the line and the problem.</summary>
public sealed class ScenarioParseException : Exception
{
    public ScenarioParseException(string file, int line, string problem)
        : base(line > 0 ? $"{file}:{line}: {problem}" : $"{file}: {problem}")
    {
        File = file;
        LineNumber = line;
        Problem = problem;
    }

    public string File { get; }

    /// <summary>1-based; 0 when the problem is with the file as a whole.</summary>
    public int LineNumber { get; }

    public string Problem { get; }
}

/// <summary>Thrown by the word parsers; the file parser adds the file and line.</summary>
internal sealed class ScenarioSyntaxException : Exception
{
    public ScenarioSyntaxException(string problem)
        : base(problem)
    {
    }
}
