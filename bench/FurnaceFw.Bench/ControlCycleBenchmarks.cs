using BenchmarkDotNet.Attributes;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Board;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Bench;

/// <summary>Time and bytes per control cycle: the firmware alone, and with the simulated plant.</summary>
[MemoryDiagnoser]
public class ControlCycleBenchmarks
{
    private VirtualBoard _board = null!;
    private VirtualClock _clock = null!;
    private ControlCycle _cycle = null!;

    [GlobalSetup]
    public void Setup()
    {
        _clock = new VirtualClock();
        _board = new VirtualBoard(new BoardOptions(), _clock);
        _board.Plant.LoadFuel(3);
        _board.Plant.Ignite();
        _board.Firmware.Mailbox.PostSetpoint(180 * 4);
        _board.Firmware.Mailbox.PostMode(ControlMode.Heat);
        for (int i = 0; i < 2_000; i++)
        {
            _board.Step();
        }

        _cycle = _board.Firmware.Cycle;
    }

    /// <summary>One firmware cycle: driver read and frame check, supervisor, decision, relay writes, snapshot publish,
    /// feed. The clock moves one period per call so every call reads a fresh frame, as on the device.</summary>
    [Benchmark(Baseline = true)]
    public void FirmwareCycle()
    {
        _clock.Advance(_board.ControlPeriodMs);
        _cycle.Step();
    }

    /// <summary>One simulated control period: plant integration plus the firmware cycle plus the watchdog check.</summary>
    [Benchmark]
    public void BoardStep() => _board.Step();
}
