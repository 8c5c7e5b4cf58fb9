namespace FurnaceFw.Sim.Cli;

/// <summary>The CLI's entry point, callable in-process by tests: parse arguments, then run one mode.</summary>
public static class SimApp
{
    public const int ExitOk = 0;
    public const int ExitFailed = 1;
    public const int ExitUsage = 2;

    /// <param name="stateDirectory">Where the live furnace keeps its flash files (the latch); null for the user's state directory.</param>
    public static int Run(IReadOnlyList<string> args, SimConsole console, CancellationToken cancel, string? stateDirectory = null)
    {
        SimOptions options;
        try
        {
            options = SimOptions.Parse(args);
        }
        catch (UsageException e)
        {
            console.Error.WriteLine("error: " + e.Message);
            return ExitUsage;
        }

        if (options.ShowHelp)
        {
            console.Out.Write(SimOptions.HelpText);
            return ExitOk;
        }

        if (options.ScenarioPath != null)
        {
            return ScenarioMode.Run(options, console, cancel);
        }

        return LiveMode.Run(options, console, stateDirectory ?? LiveMode.DefaultStateDirectory(), cancel);
    }
}
