using System.Collections.Concurrent;
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Control;

namespace FurnaceFw.Sim.Board;

/// <summary>
/// Runs a virtual board in real time on real threads: the firmware's own <see cref="ControlLoopRunner"/>
/// drives the control cycle, and a "hardware" thread advances the plant and watches the watchdog. When the
/// watchdog expires the hardware thread resets the board and starts a runner for the new firmware instance;
/// the wedged old thread, if it ever wakes, writes to pins that are no longer connected.
/// </summary>
public sealed class LiveRunner : IDisposable
{
    private const int HardwareTickMs = 20;

    private readonly VirtualBoard _board;
    private readonly ConcurrentQueue<Action<VirtualBoard>> _hardwareActions = new();
    private readonly Thread _hardware;
    private volatile bool _stop;
    private ControlLoopRunner _runner;

    public LiveRunner(VirtualBoard board)
    {
        _board = board;
        _runner = StartRunner(board.Firmware);
        _hardware = new Thread(HardwareLoop) { IsBackground = true, Name = "board-hardware" };
        _hardware.Start();
    }

    public int RunnerExceptions => _runner.ExceptionCount;

    /// <summary>Runs an action on the hardware thread before its next plant step (the plant is not thread-safe).</summary>
    public void Post(Action<VirtualBoard> action) => _hardwareActions.Enqueue(action);

    public void Dispose()
    {
        _stop = true;
        _hardware.Join();
        _runner.Stop(2000);
    }

    private ControlLoopRunner StartRunner(FurnaceFirmware firmware)
    {
        var runner = new ControlLoopRunner(firmware.Cycle, _board.Clock, _board.ControlPeriodMs);
        runner.Start(ThreadPriority.AboveNormal);
        return runner;
    }

    private void HardwareLoop()
    {
        long last = _board.Clock.NowMs;
        while (!_stop)
        {
            Thread.Sleep(HardwareTickMs);
            while (_hardwareActions.TryDequeue(out Action<VirtualBoard>? action))
            {
                action(_board);
            }

            long now = _board.Clock.NowMs;
            _board.Plant.Step((now - last) / 1000.0, _board.ElementPowered);
            last = now;

            ControlLoopRunner old = _runner;
            if (_board.CheckWatchdog())
            {
                old.Stop(0);
                _runner = StartRunner(_board.Firmware);
            }
        }
    }
}
