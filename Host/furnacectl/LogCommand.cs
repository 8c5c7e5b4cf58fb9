using System.CommandLine;
using FurnaceFw.Host;

namespace FurnaceFw.Furnacectl;

/// <summary>`log [--follow]`: the controller's diagnostics log (config problems, board setup failures, free heap, resets).</summary>
internal static class LogCommand
{
    public static Command Create(CliContext c)
    {
        var follow = new Option<bool>("--follow", "-f") { Description = "Keep printing new entries until Ctrl+C" };
        var interval = new Option<int>("--interval-ms") { Description = "With --follow: time between polls", DefaultValueFactory = _ => 1000 };
        var polls = new Option<int>("--polls") { Description = "With --follow: stop after N polls (0 = until Ctrl+C)", DefaultValueFactory = _ => 0 };
        var command = new Command("log", "The controller's diagnostics log, oldest first") { follow, interval, polls };
        command.SetAction(parse => c.Execute(parse, client =>
        {
            var reader = new LogReader(client);
            LogEntryText counters = reader.Counters();
            if (counters.Newest == 0)
            {
                c.Output.WriteLine("(the log is empty)");
            }
            else if (counters.Dropped > 0)
            {
                c.Output.WriteLine($"({counters.Dropped} older entries were overwritten; the controller holds the last {counters.Capacity})");
            }

            int next = Print(c, reader, counters.Oldest, counters.Newest);
            if (!parse.GetValue(follow))
            {
                return 0;
            }

            using var stop = new StopSignal();
            for (int poll = 0; parse.GetValue(polls) == 0 || poll < parse.GetValue(polls); poll++)
            {
                if (stop.Wait(TimeSpan.FromMilliseconds(Math.Max(50, parse.GetValue(interval)))))
                {
                    break;
                }

                int newest = reader.Counters().Newest;
                if (newest < next - 1)
                {
                    c.Output.WriteLine("(the controller restarted: its log starts again)");
                    next = 1;
                }

                next = Print(c, reader, next, newest);
            }

            return 0;
        }));
        return command;
    }

    // Prints entries from..to; returns the next sequence number to read.
    private static int Print(CliContext c, LogReader reader, int from, int to)
    {
        for (int sequence = Math.Max(from, 1); sequence <= to; sequence++)
        {
            LogEntryText entry = reader.Read(sequence);
            c.Output.WriteLine(entry.Held ? entry.Format() : $"#{sequence,-5} (overwritten before it could be read)");
        }

        return Math.Max(from, to + 1);
    }
}
