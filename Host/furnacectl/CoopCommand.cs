using System.CommandLine;
using FurnaceFw.Host;
using FurnaceFw.Host.Transport;
using FurnaceFw.Protocol.I2c;

namespace FurnaceFw.Furnacectl;

/// <summary>
/// `furnacectl coop`: the daemon that keeps the controller in Co-op by rewriting HostWatchdogTimeout every T/3.
/// On SIGTERM/SIGINT it writes 0 (a clean return to Solo) and exits 0. Bus errors are logged and retried, since
/// the controller may be rebooting; a foreign or incompatible device ends the daemon with exit 3/4, which the
/// sample unit lists in RestartPreventExitStatus so systemd does not crashloop on it (the HALPI2 lesson).
/// </summary>
internal static class CoopCommand
{
    public static Command Create(CliContext c)
    {
        var timeout = new Option<int>("--watchdog-s") { Description = "Host watchdog timeout in seconds (5..3600)", DefaultValueFactory = _ => 30 };
        var command = new Command("coop", "Run as the Co-op daemon, feeding the controller's host watchdog") { timeout };
        command.SetAction(parse =>
        {
            int seconds = parse.GetValue(timeout);
            if (seconds < RegisterMap.HostWatchdogMinSeconds || seconds > 3600)
            {
                c.Error.WriteLine($"furnacectl: --watchdog-s {seconds}: expected {RegisterMap.HostWatchdogMinSeconds}..3600");
                return (int)ExitCode.Usage;
            }

            using var stop = new StopSignal();
            return Run(c, parse, seconds, stop);
        });
        return command;
    }

    private static int Run(CliContext c, ParseResult parse, int seconds, StopSignal stop)
    {
        TimeSpan feedEvery = TimeSpan.FromSeconds(seconds / 3.0);
        FurnaceClient? client = null;
        bool announced = false;
        try
        {
            while (!stop.Stopping)
            {
                try
                {
                    client ??= c.Globals.Connect(parse);
                    client.SetHostWatchdog(seconds);
                    if (!announced)
                    {
                        c.Output.WriteLine($"co-op: feeding {client.Where} every {feedEvery.TotalSeconds:0.#} s (timeout {seconds} s)");
                        c.Output.Flush();
                        announced = true;
                    }
                }
                catch (FurnaceException e) when (e.ExitCode is ExitCode.DeviceNotFound or ExitCode.IncompatibleVersion or ExitCode.NotSupported or ExitCode.Usage)
                {
                    c.Error.WriteLine($"furnacectl coop: {e.Message}");
                    return (int)e.ExitCode;
                }
                catch (Exception e) when (e is FurnaceException or BusException)
                {
                    c.Error.WriteLine($"furnacectl coop: {e.Message} (retrying)");
                    client?.Dispose();
                    client = null;
                    announced = false;
                }

                stop.Wait(feedEvery);
            }

            return LeaveCoop(c, client);
        }
        finally
        {
            client?.Dispose();
        }
    }

    private static int LeaveCoop(CliContext c, FurnaceClient? client)
    {
        if (client == null)
        {
            return 0; // never reached the controller: it is in Solo already, or will be when the timeout passes
        }

        try
        {
            client.SetHostWatchdog(0);
            c.Output.WriteLine("co-op: stopped; controller back in Solo");
            return 0;
        }
        catch (Exception e) when (e is FurnaceException or BusException)
        {
            c.Error.WriteLine($"furnacectl coop: could not leave Co-op cleanly ({e.Message}); the controller returns to Solo when its timeout passes");
            return (int)ExitCode.BusError;
        }
    }
}
