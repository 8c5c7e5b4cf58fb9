namespace FurnaceFw.Host;

/// <summary>A failure a user or script can act on: the message names what was wrong and where; the exit code classifies it.</summary>
public class FurnaceException : Exception
{
    public FurnaceException(ExitCode exitCode, string message, Exception? inner = null)
        : base(message, inner)
    {
        ExitCode = exitCode;
    }

    public ExitCode ExitCode { get; }
}
