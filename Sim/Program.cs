using System.Runtime.InteropServices;
using FurnaceFw.Sim.Cli;

namespace FurnaceFw.Sim;

internal static class Program
{
    private static int Main(string[] args)
    {
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        using PosixSignalRegistration term = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            stop.Cancel();
        });

        return SimApp.Run(args, SimConsole.FromSystemConsole(), stop.Token);
    }
}
