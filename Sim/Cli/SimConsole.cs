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

    /// <summary>Columns of the terminal, 0 when unknown; the in-place status line is cut to fit so it never wraps.</summary>
    public Func<int> Width { get; init; } = () => 0;

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
            Width = TerminalWidth,
        };
    }

    private static int TerminalWidth()
    {
        try
        {
            return Console.IsOutputRedirected ? 0 : Console.WindowWidth;
        }
        catch (IOException)
        {
            return 0;
        }
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
