using System.Device.Gpio;
using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Drivers.Relays;
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Board;

/// <summary>
/// A simulated Pico W running the real firmware against simulated hardware: the furnace plant, a MAX6675
/// that returns real frames, relays on GPIO pins, a watchdog that resets the board, and a latch store
/// that survives resets. A reset throws the firmware objects away and builds new ones, as a real reset does.
/// <para>Two ways to run it: <see cref="Step"/> advances a virtual clock one control period at a time
/// (deterministic, as fast as the CPU goes), or <see cref="LiveRunner"/> runs the firmware's own thread
/// runner in real time.</para>
/// </summary>
public sealed class VirtualBoard
{
    private readonly BoardOptions _options;
    private readonly ILatchStore _latchStore;
    private SimulatedGpioDriver _gpio = null!;
    private GpioController _gpioController = null!;

    public VirtualBoard(BoardOptions options, IMonotonicClock clock)
    {
        _options = options;
        Clock = clock;
        _latchStore = options.LatchStore ?? new MemoryLatchStore();
        Plant = new FurnacePlant(options.Plant);
        Thermocouple = new SimulatedMax6675(() => Plant.ProbeC, options.Seed);
        Link = new SimulatedLink();
        PowerOn(lastResetByWatchdog: false);
    }

    public IMonotonicClock Clock { get; }

    public FurnacePlant Plant { get; }

    public SimulatedMax6675 Thermocouple { get; }

    public SimulatedLink Link { get; }

    /// <summary>The diagnostics log of the current boot (served over I2C and on the page like the device's).</summary>
    public LogRing Log { get; private set; } = null!; // set by PowerOn

    public SimulatedWatchdog Watchdog { get; private set; } = null!;

    /// <summary>The firmware instance running since the last reset.</summary>
    public FurnaceFirmware Firmware { get; private set; } = null!;

    public int WatchdogResets { get; private set; }

    /// <summary>Watchdog resets in a row without a healthy run between them (the RP2040's scratch register; 0 after power-on).</summary>
    public int ResetsSinceHealthy { get; private set; }

    /// <summary>Raised after a reset has rebuilt the firmware (the argument is the new instance).</summary>
    public event Action<FurnaceFirmware>? Rebooted;

    /// <summary>Deterministic mode only: while true the control cycle does not run (a wedged control thread).</summary>
    public bool ControlStalled { get; set; }

    /// <summary>Fault injection: the element relay's contacts are welded shut (it conducts whatever the pin says).</summary>
    public bool ElementRelayWelded { get; set; }

    public int ControlPeriodMs => _options.Settings.ControlPeriodMs;

    public bool ElementRelayEnergized => IsEnergized(_options.ElementPin);

    public bool CutoffRelayEnergized => IsEnergized(_options.CutoffPin);

    /// <summary>Power reaches the element: its relay conducts and the cutoff is closed.</summary>
    public bool ElementPowered => (ElementRelayEnergized || ElementRelayWelded) && CutoffRelayEnergized;

    public SimulatedGpioDriver Gpio => _gpio;

    /// <summary>Advances the virtual clock by one control period: plant, then the firmware's cycle, then the watchdog.</summary>
    public void Step()
    {
        if (Clock is not VirtualClock virtualClock)
        {
            throw new InvalidOperationException("Step() needs a VirtualClock; a live board runs on its own thread");
        }

        int period = ControlPeriodMs;
        Plant.Step(period / 1000.0, ElementPowered);
        virtualClock.Advance(period);
        if (!ControlStalled)
        {
            Firmware.Cycle.Step();
        }

        CheckWatchdog();
    }

    /// <summary>Resets the board if its watchdog has expired. Returns true if it did.</summary>
    public bool CheckWatchdog()
    {
        if (!Watchdog.HasExpired(Clock.NowMs))
        {
            return false;
        }

        WatchdogResets++;
        ControlStalled = false;
        PowerOn(lastResetByWatchdog: true);
        return true;
    }

    private void PowerOn(bool lastResetByWatchdog)
    {
        // The old firmware instance may still be running somewhere (a wedged thread); cut it off from the pins.
        _gpio?.Disconnect();
        _gpio = new SimulatedGpioDriver();
        _gpioController = new SimulatedGpioController(_gpio);
        ResetsSinceHealthy = lastResetByWatchdog ? ResetsSinceHealthy + 1 : 0;
        Watchdog = new SimulatedWatchdog(Clock, _options.Settings.WatchdogTimeoutMs, () => ResetsSinceHealthy = 0);
        Thermocouple.Gate.Set();

        var sensor = new Max6675(Thermocouple, _options.Settings.StuckSensorMs);
        var relays = new RelayPair(_gpioController, _options.ElementPin, _options.CutoffPin, _options.RelaysActiveHigh);
        Firmware = new FurnaceFirmware(_options.Settings, _options.ConfigProblem, Clock, sensor, relays, Watchdog,
            _latchStore, Link, new BootInfo(WatchdogResets, lastResetByWatchdog, ResetsSinceHealthy));
        LogStartup(lastResetByWatchdog);
        Firmware.Cycle.Boot();
        Rebooted?.Invoke(Firmware);
    }

    // The events the device's start-up writes into its log ring (RAM: a reset starts a new one, as on the board).
    private void LogStartup(bool lastResetByWatchdog)
    {
        Log = new LogRing(LogRing.DefaultCapacity);
        long now = Clock.NowMs;
        if (lastResetByWatchdog)
        {
            Log.Write(LogLevel.Warning, now, "reset by the watchdog, count ", WatchdogResets, "");
        }

        if (_options.ConfigProblem != null)
        {
            Log.Write(LogLevel.Error, now, "nf.config " + _options.ConfigProblem);
        }

        Log.Write(LogLevel.Info, now, "furnace: started on the virtual board");
    }

    private bool IsEnergized(int pin)
    {
        PinValue level = _gpio.LevelOf(pin);
        return _options.RelaysActiveHigh ? level == PinValue.High : (_gpio.ModeOf(pin) == PinMode.Output && level == PinValue.Low);
    }

    /// <summary>Reads the current firmware's latest snapshot.</summary>
    public ControllerSnapshot ReadSnapshot(ControllerSnapshot? into = null)
    {
        into ??= new ControllerSnapshot();
        Firmware.Snapshots.TryRead(into);
        return into;
    }
}
