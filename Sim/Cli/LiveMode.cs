using System.Diagnostics;
using System.Security.Cryptography;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.Scenarios;

namespace FurnaceFw.Sim.Cli;

/// <summary>
/// The default mode: the firmware on a virtual board in real time (its own control thread, a hardware thread
/// for the plant and watchdog), a status line twice a second, and single keys when stdin is a keyboard.
/// Stops on q, Ctrl+C or SIGTERM, leaving the relays de-energized through the firmware's fail-safe path.
/// </summary>
public static class LiveMode
{
    public const string KeyHelp = "keys: h heat  o off  + / - setpoint ±5°C  f load 3 kg of wood (ignites a cold firebox)  r reset latch  q quit\n"
        + "faults: t thermocouple open/closed  s stall the control thread (watchdog resets the board)  x hang a handler thread holding every lock";

    private const int RenderMs = 500;
    private const int RedirectedRenderMs = 5000;
    private const int PollMs = 50;

    /// <summary>$XDG_STATE_HOME/furnacefw, else ~/.local/state/furnacefw: where the live board keeps its flash files.</summary>
    public static string DefaultStateDirectory()
    {
        string? state = Environment.GetEnvironmentVariable("XDG_STATE_HOME");
        if (string.IsNullOrEmpty(state))
        {
            state = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "state");
        }

        return Path.Combine(state, "furnacefw");
    }

    public static int Run(SimOptions options, SimConsole console, string stateDirectory, CancellationToken cancel)
    {
        TextWriter o = console.Out;
        Directory.CreateDirectory(stateDirectory);
        var latchStore = new LatchFileStore(new DirectoryLatchFiles(stateDirectory));
        string latchPath = Path.Combine(stateDirectory, "furnace.latch");
        BoardOptions? boardOptions = ConfigOption.Apply(ref options, new BoardOptions { Seed = options.Seed ?? 1, LatchStore = latchStore }, console);
        if (boardOptions == null)
        {
            return SimApp.ExitUsage;
        }

        var board = new VirtualBoard(boardOptions, new RealTimeClock());
        o.WriteLine("FurnaceFw live virtual furnace (real time). Latch file: " + latchPath);
        o.WriteLine(console.HasKeyboard ? KeyHelp : "stdin is not a keyboard: keys are off; stop with Ctrl+C or SIGTERM");

        var runner = new LiveRunner(board);
        using I2c.I2cBridge? i2c = options.I2cPort is int port ? I2c.I2cBridge.Start(board, runner, port) : null;
        if (i2c != null)
        {
            o.WriteLine($"I2C bus on 127.0.0.1:{i2c.Port}, controller at 0x{i2c.Address:X2}: furnacectl --sim 127.0.0.1:{i2c.Port} status");
        }
        using Web.SimWebServer? web = HttpOption.Start(options, board, o);
        var snapshot = new ControllerSnapshot();
        var render = Stopwatch.StartNew();
        int lastLength = 0;
        bool quit = false;
        HungHandler? hung = null;
        try
        {
            long nextRender = 0;
            while (!quit && !cancel.IsCancellationRequested)
            {
                if (render.ElapsedMilliseconds >= nextRender)
                {
                    nextRender = render.ElapsedMilliseconds + (console.OutputIsTerminal ? RenderMs : RedirectedRenderMs);
                    string line = StatusLine.Format(board.ReadSnapshot(snapshot), board, board.Clock.NowMs);
                    lastLength = Write(console, line, lastLength);
                }

                if (console.TryReadKey() is ConsoleKeyInfo key)
                {
                    string? said = HandleKey(key.KeyChar, board, runner, snapshot, cancel, ref quit, ref hung);
                    if (said != null)
                    {
                        lastLength = Write(console, said, lastLength, endLine: true);
                    }
                }

                cancel.WaitHandle.WaitOne(PollMs);
            }
        }
        finally
        {
            hung?.Dispose();
            runner.Dispose();
            board.Thermocouple.Gate.Set();
            board.Firmware.Cycle.FailSafe();
        }

        if (console.OutputIsTerminal)
        {
            o.WriteLine();
        }

        bool safe = !board.ElementRelayEnergized && !board.CutoffRelayEnergized;
        o.WriteLine(safe ? "stopped: element off, cutoff open" : "stopped, but a relay is still energized");
        return safe ? SimApp.ExitOk : SimApp.ExitFailed;
    }

    private static int Write(SimConsole console, string line, int lastLength, bool endLine = false)
    {
        if (!console.OutputIsTerminal)
        {
            console.Out.WriteLine(line);
            return 0;
        }

        // Rewrite the status line in place (cut to the terminal's width so it never wraps); a message gets its
        // own line and the status continues below it.
        int width = console.Width();
        if (width > 1 && line.Length >= width)
        {
            line = line[..(width - 1)];
        }

        console.Out.Write("\r" + line.PadRight(lastLength));
        if (endLine)
        {
            console.Out.WriteLine();
            return 0;
        }

        console.Out.Flush();
        return line.Length;
    }

    private static string? HandleKey(char key, VirtualBoard board, LiveRunner runner, ControllerSnapshot snapshot, CancellationToken cancel,
        ref bool quit, ref HungHandler? hung)
    {
        CommandMailbox mailbox = board.Firmware.Mailbox;
        switch (char.ToLowerInvariant(key))
        {
            case 'h':
                mailbox.PostMode(ControlMode.Heat);
                return "mode heat";
            case 'o':
                mailbox.PostMode(ControlMode.Off);
                return "mode off";
            case '+':
            case '=':
            case '-':
                int step = key == '-' ? -20 : 20;
                int target = board.ReadSnapshot(snapshot).SetpointQuarterC + step;
                return $"setpoint {target / 4.0:0.##}°C: " + Send(board, snapshot, cancel, m => m.PostSetpoint(target));
            case 'f':
                runner.Post(b =>
                {
                    b.Plant.LoadFuel(3);
                    if (!b.Plant.EmbersAlive)
                    {
                        b.Plant.Ignite();
                    }
                });
                return "loaded 3 kg of wood";
            case 'r':
                return "latch reset: " + ResetLatch(board, snapshot, cancel);
            case 't':
                board.Thermocouple.Fault = board.Thermocouple.Fault == SensorFault.None ? SensorFault.OpenThermocouple : SensorFault.None;
                return "thermocouple " + (board.Thermocouple.Fault == SensorFault.None ? "reconnected" : "open");
            case 's':
                board.Thermocouple.Gate.Reset();
                return "control thread wedged in its SPI read: watch the watchdog reset the board";
            case 'x':
                hung ??= new HungHandler(board, board.ReadSnapshot(snapshot).SetpointQuarterC);
                return "a handler thread now hangs holding every lock it can reach; the control loop carries on";
            case 'q':
                quit = true;
                return null;
            default:
                return "unknown key '" + key + "'; " + KeyHelp;
        }
    }

    /// <summary>Arms with a random token, waits for the control thread to take it, then confirms with the same token.</summary>
    private static string ResetLatch(VirtualBoard board, ControllerSnapshot snapshot, CancellationToken cancel)
    {
        int token = RandomNumberGenerator.GetInt32(1, int.MaxValue);
        string armed = Send(board, snapshot, cancel, m => m.PostLatchResetArm(token));
        if (snapshot.LastCommandResult != CommandResult.Armed)
        {
            return armed;
        }

        string result = Send(board, snapshot, cancel, m => m.PostLatchResetConfirm(token));
        return snapshot.LastCommandResult == CommandResult.RejectedTooHot
            ? $"{result} (must be below {snapshot.LatchResetBelowQuarterC / 4}°C)"
            : result;
    }

    /// <summary>Posts a command, waits up to a second for the control thread to process it, and returns its result.</summary>
    private static string Send(VirtualBoard board, ControllerSnapshot snapshot, CancellationToken cancel, Action<CommandMailbox> post)
    {
        int before = board.ReadSnapshot(snapshot).CommandCount;
        post(board.Firmware.Mailbox);
        var wait = Stopwatch.StartNew();
        while (wait.ElapsedMilliseconds < 1000 && !cancel.IsCancellationRequested)
        {
            if (board.ReadSnapshot(snapshot).CommandCount != before)
            {
                return Keywords.Of(snapshot.LastCommandResult);
            }

            Thread.Sleep(10);
        }

        return "no answer from the control thread within 1 s";
    }
}
