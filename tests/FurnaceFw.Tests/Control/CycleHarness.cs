using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;

namespace FurnaceFw.Tests.Control;

/// <summary>A control cycle on scripted ports: the test sets the next reading and steps one period at a time.</summary>
internal sealed class CycleHarness
{
    /// <param name="store">Another latch store than <see cref="Latch"/> (then <see cref="Latch"/> is unused).</param>
    public CycleHarness(FurnaceSettings? settings = null, ConfigProblem? configProblem = null, MemoryLatchStore? latch = null,
        ILatchStore? store = null, BootInfo? bootInfo = null)
    {
        Settings = settings ?? new FurnaceSettings();
        Latch = latch ?? new MemoryLatchStore();
        Firmware = new FurnaceFirmware(Settings, configProblem, Clock, Sensor, Relays, Watchdog, store ?? Latch, Link,
            bootInfo ?? new BootInfo(0, false, 0), Button, Led);
        Firmware.Cycle.Boot();
    }

    public FurnaceSettings Settings { get; }

    public VirtualClock Clock { get; } = new();

    public ScriptedThermocouple Sensor { get; } = new();

    public RecordingRelays Relays { get; } = new();

    public CountingWatchdog Watchdog { get; } = new();

    public MemoryLatchStore Latch { get; }

    public SimulatedLink Link { get; } = new();

    public ScriptedButton Button { get; } = new();

    public RecordingLed Led { get; } = new();

    public FurnaceFirmware Firmware { get; }

    public ControlCycle Cycle => Firmware.Cycle;

    public CommandMailbox Mailbox => Firmware.Mailbox;

    public int Period => Settings.ControlPeriodMs;

    /// <summary>The configured over-temperature limit, °C.</summary>
    public double LimitC => Settings.HighLimitQuarterC / 4.0;

    /// <summary>Advances one period and runs one cycle with the given reading.</summary>
    public void Step(ThermocoupleReading reading)
    {
        Clock.Advance(Period);
        Sensor.Next = reading;
        Cycle.Step();
    }

    public void StepCelsius(double celsius) => Step(ThermocoupleReading.Valid((int)(celsius * 4)));

    /// <summary>Steps at a constant temperature for a duration.</summary>
    public void HoldCelsius(double celsius, long durationMs)
    {
        for (long t = 0; t < durationMs; t += Period)
        {
            StepCelsius(celsius);
        }
    }

    public ControllerSnapshot Snapshot()
    {
        var s = new ControllerSnapshot();
        Firmware.Snapshots.TryRead(s);
        return s;
    }

    /// <summary>Heat demanded at a setpoint, with the relay timers already satisfied.</summary>
    public void StartHeating(double setpointC, double currentC)
    {
        Mailbox.PostSetpoint((int)(setpointC * 4));
        Mailbox.PostMode(ControlMode.Heat);
        HoldCelsius(currentC, Settings.MinOffMs + Period);
    }
}

internal sealed class ScriptedThermocouple : IThermocouple
{
    public ThermocoupleReading Next { get; set; } = ThermocoupleReading.Valid(80);

    public bool LastElementOn { get; private set; }

    public void Read(long nowMs, bool elementOn, ThermocoupleReading reading)
    {
        LastElementOn = elementOn;
        reading.CopyFrom(Next);
    }
}

internal sealed class ScriptedButton : IResetButton
{
    public bool IsPressed { get; set; }
}

internal sealed class RecordingLed : IStatusLed
{
    public bool On { get; private set; }

    public void Set(bool on) => On = on;
}

internal sealed class RecordingRelays : IRelayOutputs
{
    public bool Element { get; private set; }

    public bool Cutoff { get; private set; }

    public int Writes { get; private set; }

    /// <summary>Makes the next writes throw (a GPIO driver fault).</summary>
    public bool ThrowOnWrite { get; set; }

    public void Write(bool elementEnergized, bool cutoffEnergized)
    {
        if (ThrowOnWrite)
        {
            throw new InvalidOperationException("simulated GPIO failure");
        }

        Element = elementEnergized;
        Cutoff = cutoffEnergized;
        Writes++;
    }
}

internal sealed class CountingWatchdog : IWatchdog
{
    private int _feeds;

    public int Feeds => Volatile.Read(ref _feeds);

    public int HealthyMarks { get; private set; }

    public void Feed() => Interlocked.Increment(ref _feeds);

    public void MarkHealthy() => HealthyMarks++;
}
