namespace FurnaceFw.Sim.Cli;

/// <summary>The terminal the CLI talks to; tests pass writers and no keyboard.</summary>
public sealed class SimConsole
{
    public required TextWriter Out { get; init; }

    public required TextWriter Error { get; init; }

    /// <summary>Stdout is a terminal: the live status line is rewritten in place with \r.</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>Returns a pressed key, or null when none is waiting (or there is no keyboard).</summary>
    public Func<ConsoleKeyInfo?> TryReadKey { get; init; } = () => null;

    /// <summary>Stdin is a keyboard, so single keys drive the live furnace.</summary>
    public bool HasKeyboard { get; init; }

    public static SimConsole FromSystemConsole()
    {
        bool keyboard = !Console.IsInputRedirected;
        return new SimConsole
        {
            Out = Console.Out,
            Error = Console.Error,
            OutputIsTerminal = !Console.IsOutputRedirected,
            HasKeyboard = keyboard,
            TryReadKey = keyboard ? ReadKeyIfAvailable : () => null,
        };
    }

    private static ConsoleKeyInfo? ReadKeyIfAvailable()
    {
        try
        {
            return Console.KeyAvailable ? Console.ReadKey(intercept: true) : null;
        }
        catch (InvalidOperationException)
        {
            // Stdin went away (closed terminal): carry on without a keyboard.
            return null;
        }
    }
}
