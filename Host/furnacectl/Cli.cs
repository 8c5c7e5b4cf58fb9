using System.CommandLine;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;

namespace FurnaceFw.Furnacectl;

/// <summary>Builds the command tree and maps every failure to a documented exit code (docs/furnacectl.md).</summary>
public static class Cli
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var context = new CliContext(new GlobalOptions(), output, error);
        var root = new RootCommand("furnacectl: read and command a FurnaceFw furnace controller over I2C");
        context.Globals.AddTo(root);
        root.Subcommands.Add(ReadCommands.Info(context));
        root.Subcommands.Add(ReadCommands.Status(context));
        root.Subcommands.Add(ReadCommands.Get(context));
        root.Subcommands.Add(ReadCommands.Watch(context));
        root.Subcommands.Add(ControlCommands.Set(context));
        root.Subcommands.Add(ControlCommands.ResetLatch(context));
        root.Subcommands.Add(CoopCommand.Create(context));
        root.Subcommands.Add(MqttCommand.Create(context));
        root.Subcommands.Add(LogCommand.Create(context));

        ParseResult parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"furnacectl: {e.Message}");
            }

            error.WriteLine("Try 'furnacectl --help'.");
            return (int)ExitCode.Usage;
        }

        return parse.Invoke(new InvocationConfiguration { Output = output, Error = error });
    }
}

/// <summary>What every command needs: the global options and where to print.</summary>
internal sealed record CliContext(GlobalOptions Globals, TextWriter Output, TextWriter Error)
{
    /// <summary>Connects, runs <paramref name="body"/>, and turns failures into exit codes with one clear line each.</summary>
    public int Execute(ParseResult parse, Func<FurnaceClient, int> body)
    {
        try
        {
            using FurnaceClient client = Globals.Connect(parse);
            return body(client);
        }
        catch (FurnaceException e)
        {
            Error.WriteLine($"furnacectl: {e.Message}");
            return (int)e.ExitCode;
        }
        catch (BusException e)
        {
            Error.WriteLine($"furnacectl: bus error: {e.Message}");
            return (int)ExitCode.BusError;
        }
    }
}
