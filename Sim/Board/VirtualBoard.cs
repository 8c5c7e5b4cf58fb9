using System.Device.Gpio;
using FurnaceFw.Drivers.Max6675;
using FurnaceFw.Drivers.Relays;
using FurnaceFw.Firmware;
using FurnaceFw.Firmware.Control;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.Persistence;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Protocol;
using FurnaceFw.Sim.Hardware;
using FurnaceFw.Sim.Plant;

namespace FurnaceFw.Sim.Board;

/// <summary>
/// A simulated Pico W running the real firmware against simulated hardware: the furnace plant, a MAX6675
/// that returns real frames, relay modules on GPIO pins (wired active-high or active-low), a watchdog that resets
/// the board, and flash that keeps the latch through resets and power cuts with the firmware's own save protocol.
/// A reset throws the firmware objects away and builds new ones, as a real reset does.
/// <para>Two ways to run it: <see cref="Step"/> advances a virtual clock one control cycle at a time
/// (deterministic, as fast as the CPU goes), or <see cref="LiveRunner"/> runs the firmware's own thread
/// runner in real time. Fault hooks are listed in docs/scenarios.md.</para>
/// </summary>
public sealed partial class VirtualBoard
{
    private readonly BoardOptions _options;
    private readonly ILatchStore _latchStore;
    private readonly List<BoardEvent> _events = new();
    private readonly List<BoardEvent> _betweenSteps = new();
    private bool _inStep;
    private SimulatedGpioDriver _gpio = null!;
    private GpioController _gpioController = null!;
    private bool _booting;
    private bool _inCycle;
    private bool _resetPending;
    private bool _cutPending;
    private long _powerBackAtMs = -1;
    private long _cutForMs;
    private bool _bootCompleted;
    private int _createsAtCycleStart;
    private long _wedgeAtMs = -1;

    public VirtualBoard(BoardOptions options, IMonotonicClock clock)
    {
        _options = options;
        Clock = clock;
        if (options.LatchStore == null)
        {
            Flash = new SimulatedFlash { Elapse = ElapseDuringFirmwareCall };
            Flash.PowerFailed += OnFlashPowerFailed;
            _latchStore = new LatchFileStore(Flash);
        }
        else
        {
            _latchStore = options.LatchStore;
        }

        Plant = new FurnacePlant(options.Plant);
        Thermocouple = new SimulatedMax6675(() => Plant.ProbeC, options.Seed);
        Link = new SimulatedLink();
        ElementRelay = new RelayModule("element", options.ElementPin, options.ElementWiredActiveHigh ?? options.RelaysActiveHigh)
        {
            EnergizedWhenFloating = options.ElementEnergizedWhenFloating,
        };
        CutoffRelay = new RelayModule("cutoff", options.CutoffPin, options.CutoffWiredActiveHigh ?? options.RelaysActiveHigh)
        {
            EnergizedWhenFloating = options.CutoffEnergizedWhenFloating,
        };
        Timing = new CycleTiming(options.Settings.ControlPeriodMs, options.Seed ^ 0x5EED, clock.NowMs);
        PowerOn(lastResetByWatchdog: false);
    }

    public IMonotonicClock Clock { get; }

    public FurnacePlant Plant { get; }

    public SimulatedMax6675 Thermocouple { get; }

    public SimulatedLink Link { get; }

    /// <summary>The diagnostics log of the current boot (served over I2C and on the page like the device's).</summary>
    public LogRing Log { get; private set; } = null!; // set by PowerOn

    /// <summary>The flash holding the latch files; null when <see cref="BoardOptions.LatchStore"/> replaced it.</summary>
    public SimulatedFlash? Flash { get; }

    public RelayModule ElementRelay { get; }

    public RelayModule CutoffRelay { get; }

    /// <summary>When cycles run (deterministic mode): period, jitter, late cycles.</summary>
    public CycleTiming Timing { get; }

    public SimulatedWatchdog Watchdog { get; private set; } = null!;

    /// <summary>The firmware instance running since the last reset (after a power cut: the dead one, until power returns).</summary>
    public FurnaceFirmware Firmware { get; private set; } = null!;

    public bool PoweredOn { get; private set; }

    /// <summary>Watchdog resets during this simulation (all of them; the board's own count is lost at a power cut).</summary>
    public int WatchdogResets { get; private set; }

    /// <summary>Watchdog resets since power-on (the RP2040 scratch register the firmware reads at boot).</summary>
    public int ScratchWatchdogResets { get; private set; }

    /// <summary>Watchdog resets in a row without a healthy run between them (the RP2040's scratch register; 0 after power-on).</summary>
    public int ResetsSinceHealthy { get; private set; }

    public int PowerCuts { get; private set; }

    /// <summary>Events of the last <see cref="Step"/> (resets, power cuts, boots, boot glitches), with those that happened
    /// between it and the step before (the first boot, a power cut a scenario step made).</summary>
    public IReadOnlyList<BoardEvent> StepEvents => _events;

    /// <summary>Raised after a reset has rebuilt the firmware (the argument is the new instance).</summary>
    public event Action<FurnaceFirmware>? Rebooted;

    /// <summary>Deterministic mode only: while true the control cycle does not run (a wedged control thread).</summary>
    public bool ControlStalled { get; set; }

    /// <summary>A wedge that survives reboots: after each boot the control thread hangs again <see cref="WedgeAfterMs"/> later,
    /// for <see cref="WedgeBootsLeft"/> more boots (-1: forever; 0: the wedge is over).</summary>
    public int WedgeBootsLeft { get; private set; }

    public long WedgeAfterMs { get; private set; }

    /// <summary>Fault injection: the element relay's contacts are welded shut (it conducts whatever the pin says).</summary>
    public bool ElementRelayWelded
    {
        get => ElementRelay.Contacts == RelayContacts.Welded;
        set => ElementRelay.Contacts = value ? RelayContacts.Welded : RelayContacts.Healthy;
    }

    public int ControlPeriodMs => _options.Settings.ControlPeriodMs;

    /// <summary>How long the next <see cref="Step"/> advances the clock.</summary>
    public long NextStepMs => Math.Max(0, Timing.DueMs - Clock.NowMs);

    /// <summary>The element relay's coil, from its pin as wired (de-energized while the board has no power).</summary>
    public bool ElementRelayEnergized => PoweredOn && ElementRelay.CoilEnergized(_gpio.ModeOf(ElementRelay.Pin), _gpio.RegisterOf(ElementRelay.Pin));

    public bool CutoffRelayEnergized => PoweredOn && CutoffRelay.CoilEnergized(_gpio.ModeOf(CutoffRelay.Pin), _gpio.RegisterOf(CutoffRelay.Pin));

    /// <summary>Power reaches the element: its relay conducts and the cutoff relay conducts.</summary>
    public bool ElementPowered => ElementRelay.Conducts(ElementRelayEnergized) && CutoffRelay.Conducts(CutoffRelayEnergized);

    /// <summary>Virtual ms the element was powered during the last <see cref="Step"/> (including flash time inside the cycle).</summary>
    public long LastStepElementPoweredMs { get; private set; }

    /// <summary>The firmware's control cycle ran to its end in the last <see cref="Step"/>.</summary>
    public bool LastStepCycleRan { get; private set; }

    public SimulatedGpioDriver Gpio => _gpio;

    /// <summary>Advances the virtual clock to the next cycle: plant, then the firmware's cycle, then resets and power events.</summary>
    public void Step()
    {
        if (Clock is not VirtualClock)
        {
            throw new InvalidOperationException("Step() needs a VirtualClock; a live board runs on its own thread");
        }

        _events.Clear();
        _events.AddRange(_betweenSteps);
        _betweenSteps.Clear();
        _inStep = true;
        try
        {
            StepOnce();
        }
        finally
        {
            _inStep = false;
        }
    }

    private void StepOnce()
    {
        LastStepElementPoweredMs = 0;
        LastStepCycleRan = false;
        Elapse(NextStepMs);
        if (!PoweredOn)
        {
            if (_powerBackAtMs >= 0 && Clock.NowMs >= _powerBackAtMs)
            {
                PowerOn(lastResetByWatchdog: false);
            }
            else
            {
                Timing.Restart(Clock.NowMs);
            }

            return;
        }

        if (_wedgeAtMs >= 0 && Clock.NowMs >= _wedgeAtMs)
        {
            _wedgeAtMs = -1;
            ControlStalled = true;
        }

        // A watchdog that expired during the interval resets the board before the cycle could run (a late cycle).
        if (!_resetPending && !_cutPending && !ControlStalled && !Watchdog.HasExpired(Clock.NowMs))
        {
            _inCycle = true;
            _createsAtCycleStart = Flash?.CreatesBegun ?? 0;
            Firmware.Cycle.Step();
            _inCycle = false;
            LastStepCycleRan = !_resetPending && !_cutPending;
        }

        if (_cutPending)
        {
            _cutPending = false;
            CutPower(_cutForMs, fromCycle: true);
            return;
        }

        if (_resetPending || Watchdog.HasExpired(Clock.NowMs))
        {
            bool fromCycle = _resetPending;
            _resetPending = false;
            ResetByWatchdog(fromCycle);
            return;
        }

        Timing.Advance(Clock.NowMs);
    }

    private void AddEvent(BoardEvent e) => (_inStep ? _events : _betweenSteps).Add(e);

    /// <summary>Resets the board if its watchdog has expired (the live runner's check). Returns true if it did.</summary>
    public bool CheckWatchdog()
    {
        if (!PoweredOn || !Watchdog.HasExpired(Clock.NowMs))
        {
            return false;
        }

        ResetByWatchdog(fromCycle: false);
        return true;
    }

    /// <summary>Reads the current firmware's latest snapshot.</summary>
    public ControllerSnapshot ReadSnapshot(ControllerSnapshot? into = null)
    {
        into ??= new ControllerSnapshot();
        Firmware.Snapshots.TryRead(into);
        return into;
    }

    private void ResetByWatchdog(bool fromCycle)
    {
        AddEvent(new BoardEvent(BoardEventKind.WatchdogReset, Clock.NowMs, DyingLatch(), fromCycle && LatchWriteBegunInLastCycle()));
        WatchdogResets++;
        ScratchWatchdogResets++;
        ResetsSinceHealthy++;
        ControlStalled = false;
        PowerOn(lastResetByWatchdog: true);
    }

    private void PowerOn(bool lastResetByWatchdog)
    {
        // The old firmware instance may still be running somewhere (a wedged thread); cut it off from the pins.
        _gpio?.Disconnect();
        if (!lastResetByWatchdog)
        {
            ScratchWatchdogResets = 0;
            ResetsSinceHealthy = 0;
        }

        PoweredOn = true;
        _powerBackAtMs = -1;
        ControlStalled = false;
        _gpio = new SimulatedGpioDriver { PinChanged = OnPinChanged };
        _gpioController = new SimulatedGpioController(_gpio);
        Watchdog = new SimulatedWatchdog(Clock, _options.Settings.WatchdogTimeoutMs, () => ResetsSinceHealthy = 0);
        Thermocouple.Gate.Set();
        if (Flash is { PowerLost: true })
        {
            Flash.RestorePower();
        }

        _booting = true;
        _bootCompleted = false;
        _createsAtCycleStart = Flash?.CreatesBegun ?? 0;
        var sensor = new Max6675(Thermocouple, _options.Settings.StuckSensorMs, _options.Settings.MaxStepQuarterC);
        var relays = new RelayPair(_gpioController, _options.ElementPin, _options.CutoffPin, _options.RelaysActiveHigh);
        Firmware = new FurnaceFirmware(_options.Settings, _options.ConfigProblem, Clock, sensor, relays, Watchdog,
            _latchStore, Link, new BootInfo(ScratchWatchdogResets, lastResetByWatchdog, ResetsSinceHealthy));
        LogStartup(lastResetByWatchdog);
        Firmware.Cycle.Boot();
        _booting = false;
        _bootCompleted = !_resetPending && !_cutPending;
        if (_bootCompleted)
        {
            AddEvent(new BoardEvent(BoardEventKind.Booted, Clock.NowMs, Firmware.Cycle.LatchedFaults, false));
        }

        Timing.Restart(Clock.NowMs);
        if (_wedgeAtMs >= 0)
        {
            _wedgeAtMs = Clock.NowMs + WedgeAfterMs; // a hang that had not happened yet comes this long after the new boot
        }
        else if (WedgeBootsLeft != 0)
        {
            WedgeBootsLeft = WedgeBootsLeft > 0 ? WedgeBootsLeft - 1 : -1;
            _wedgeAtMs = Clock.NowMs + WedgeAfterMs;
        }

        Rebooted?.Invoke(Firmware);
    }

    // The events the device's start-up writes into its log ring (RAM: a reset starts a new one, as on the board).
    private void LogStartup(bool lastResetByWatchdog)
    {
        Log = new LogRing(LogRing.DefaultCapacity);
        long now = Clock.NowMs;
        if (lastResetByWatchdog)
        {
            Log.Write(LogLevel.Warning, now, "reset by the watchdog, count ", ScratchWatchdogResets, "");
        }

        if (_options.ConfigProblem != null)
        {
            Log.Write(LogLevel.Error, now, "nf.config " + _options.ConfigProblem);
        }

        Log.Write(LogLevel.Info, now, "furnace: started on the virtual board");
    }

    /// <summary>Time passes: the plant runs with the relays as they are, and the clock moves.</summary>
    private void Elapse(long ms)
    {
        if (ms <= 0)
        {
            return;
        }

        bool powered = ElementPowered;
        Plant.Step(ms / 1000.0, powered);
        ((VirtualClock)Clock).Advance(ms);
        if (powered)
        {
            LastStepElementPoweredMs += ms;
        }
    }
}
