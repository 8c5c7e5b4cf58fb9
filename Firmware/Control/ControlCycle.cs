using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// One control cycle: take commands and reset requests → read → supervise → decide → write the relays → persist →
    /// show the status LED → publish → feed the watchdog. The same code runs under the device's thread (<see cref="ControlLoopRunner"/>) and under the
    /// simulator's deterministic stepper. Allocates nothing after construction.
    /// </summary>
    /// <remarks>
    /// <para>States: Idle ⇄ Heating → Banking → Idle; any → Tripped on a safety trip (latched, persisted); Tripped or
    /// BootLoop → Idle on a confirmed latch reset, which leaves the mode off; ConfigFault at boot when the configuration
    /// is invalid; BootLoop at boot after too many watchdog resets in a row (SR-8).</para>
    /// <para>Relays: the cutoff closes one cycle before the element turns on and opens one cycle after it turned off, so
    /// it never switches current and a welded element relay has no power whenever the element is meant to be off. A
    /// trip opens both at once.</para>
    /// </remarks>
    public sealed class ControlCycle
    {
        private readonly FurnaceSettings _settings;
        private readonly bool _configValid;
        private readonly IMonotonicClock _clock;
        private readonly IThermocouple _sensor;
        private readonly IRelayOutputs _relays;
        private readonly IWatchdog _watchdog;
        private readonly ILinkStatus _link;
        private readonly IResetButton _button;
        private readonly BootInfo _bootInfo;
        private readonly SnapshotExchange _exchange;

        private readonly ThermocoupleReading _reading = new ThermocoupleReading();
        private readonly Demand _demand = new Demand();
        private readonly LatchKeeper _latch;
        private readonly SafetySupervisor _supervisor;
        private readonly RelayTiming _relayTiming;
        private readonly BootLoopGuard _bootLoop;
        private readonly Thermostat _thermostat = new Thermostat();
        private readonly EmberBanking _banking;
        private readonly HostLinkGuard _hostLink = new HostLinkGuard();
        private readonly CommandIntake _commands;
        private readonly LatchResets _resets;
        private readonly StatusLight _light;
        private readonly TransitionLog _transitions = new TransitionLog();
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();

        private FurnaceState _state;
        private ReasonCode _reason;
        private long _stateSinceMs;
        private bool _elementOn;
        private bool _cutoffClosed;
        private long _cutoffOpenedMs;
        private long _lastStepMs;
        private bool _booted;

        // The last frame actually read (NotReady reads are not frames).
        private bool _haveFreshFrame;
        private bool _lastFrameValid;
        private long _lastFrameMs;
        private int _lastValidQuarterC;

        public ControlCycle(
            FurnaceSettings settings,
            bool configValid,
            IMonotonicClock clock,
            IThermocouple sensor,
            IRelayOutputs relays,
            IWatchdog watchdog,
            ILatchStore latchStore,
            ILinkStatus link,
            BootInfo bootInfo,
            CommandMailbox mailbox,
            SnapshotExchange exchange,
            IResetButton button,
            IStatusLed led)
        {
            _settings = settings;
            _configValid = configValid;
            _clock = clock;
            _sensor = sensor;
            _relays = relays;
            _watchdog = watchdog;
            _link = link;
            _button = button;
            _bootInfo = bootInfo;
            _exchange = exchange;

            long now = clock.NowMs;
            _latch = new LatchKeeper(latchStore);
            _supervisor = new SafetySupervisor(settings);
            _relayTiming = new RelayTiming(settings.MinOnMs, settings.MinOffMs, now);
            _bootLoop = new BootLoopGuard(settings.BootLoopResets, settings.BootHealthyMs, now);
            _banking = new EmberBanking(settings.BankingMaxMs, settings.BankingDutyWindowMs, settings.BankingDutyPercent,
                settings.MinOnMs, settings.WatchdogTimeoutMs);
            _commands = new CommandIntake(mailbox, settings, _hostLink, _snapshot);
            _resets = new LatchResets(mailbox, _commands, settings, configValid);
            _light = new StatusLight(led);
            _demand.SetpointQuarterC = settings.DefaultSetpointQuarterC;
            _snapshot.WatchdogResetCount = bootInfo.WatchdogResetCount;
            _snapshot.LastResetByWatchdog = bootInfo.LastResetByWatchdog;
            _snapshot.ResetsSinceHealthy = bootInfo.ResetsSinceHealthy;
            _snapshot.LatchResetBelowQuarterC = settings.LatchResetBelowQuarterC;
            _snapshot.RemoteResettableFaults = _resets.RemoteResettableFaults;
        }

        public FurnaceState State => _state;

        public int LatchedFaults => _latch.Faults;

        /// <summary>Per-minute history for the web chart; fed below, read by other threads without waiting.</summary>
        public TemperatureHistory History { get; } = new TemperatureHistory(TemperatureHistory.DefaultCapacity);

        /// <summary>Makes the outputs safe, restores a persisted latch and enters the first state.</summary>
        public void Boot()
        {
            long now = _clock.NowMs;
            _relays.Write(false, false);
            _elementOn = false;
            _cutoffClosed = false;
            _cutoffOpenedMs = now; // boot counts as opening, as for the element (SR-5)
            _reading.SetFault(SensorStatus.NotReady);
            _state = FurnaceState.Idle;
            _stateSinceMs = now;
            _lastStepMs = now;

            _latch.Load();
            if (_bootLoop.IsBootLoop(_bootInfo))
            {
                // Persisted at once (the relays are already safe): the loop may well stop the first cycle.
                _latch.Latch(FaultFlags.BootLoop, ReasonCode.BootLoop);
                _latch.Persist(now);
            }

            if (!_configValid)
            {
                Enter(FurnaceState.ConfigFault, ReasonCode.ConfigInvalid, now);
            }
            else if ((_latch.Faults & FaultFlags.BootLoop) != 0)
            {
                Enter(FurnaceState.BootLoop, _bootLoop.IsBootLoop(_bootInfo) ? ReasonCode.BootLoop : ReasonCode.LatchRestored, now);
            }
            else if (_latch.Faults != 0)
            {
                Enter(FurnaceState.Tripped, ReasonCode.LatchRestored, now);
            }
            else
            {
                Enter(FurnaceState.Idle, ReasonCode.PowerOn, now);
            }

            _booted = true;
            Publish(now);
        }

        /// <summary>Runs one cycle. Call every <c>control.period_ms</c>.</summary>
        public void Step()
        {
            if (!_booted)
            {
                Boot();
            }

            long now = _clock.NowMs;
            if (now - _lastStepMs > _settings.ControlPeriodMs + _settings.ControlPeriodMs / 2)
            {
                _snapshot.LateCycleCount++;
            }

            _lastStepMs = now;
            _snapshot.CycleCount++;

            _commands.Apply(_demand, _configValid, IsTripState(_state) || _latch.Faults != 0, now);
            ReasonCode reset = _resets.Take(_button.IsPressed, _latch.Faults, _haveFreshFrame && _lastFrameValid, _lastValidQuarterC, now);
            if (reset != ReasonCode.None)
            {
                ClearLatch(reset, now);
            }

            if (_hostLink.Expire(now, ref _demand.SetpointQuarterC, ref _demand.Mode))
            {
                _demand.OffReason = ReasonCode.HostCommandExpired;
            }

            bool elementWasOn = _elementOn;
            _sensor.Read(now, elementWasOn, _reading);
            NoteFrame(now);

            Supervise(now, elementWasOn);
            FollowDemand(now, elementWasOn);
            WriteRelays(_supervisor.OverTemperatureNow, elementWasOn, now);

            // Relays first, flash second: a slow or failing save never holds the element on.
            _latch.Persist(now);
            _bootLoop.NoteCycle(now, _watchdog);
            _light.Update(_state, _latch.Faults, _elementOn, _link.IsUp, _hostLink.IsCoop, _resets.Button, now);

            Publish(now);
            History.Record(now, _reading.IsValid, _reading.QuarterCelsius, _demand.SetpointQuarterC, _state, _elementOn);

            // Fed only here: a cycle that read a fresh frame and wrote the outputs. A stalled read, an exception
            // or a wedged thread all end with no feed, and the hardware resets the board with the relays safe.
            if (_reading.IsFresh)
            {
                _watchdog.Feed();
            }
        }

        /// <summary>Called by a runner when a cycle threw: outputs safe, no watchdog feed.</summary>
        public void FailSafe()
        {
            _elementOn = false;
            _cutoffClosed = false;
            _relays.Write(false, false);
        }

        private void NoteFrame(long now)
        {
            if (!_reading.IsFresh)
            {
                return;
            }

            _haveFreshFrame = true;
            _lastFrameMs = now;
            _lastFrameValid = _reading.IsValid;
            if (_reading.IsValid)
            {
                _lastValidQuarterC = _reading.QuarterCelsius;
            }
            else
            {
                _snapshot.SensorErrorCount++;
            }
        }

        /// <summary>Runs every trip rule on this cycle's reading and latches what tripped (in RAM; persisted after the relays).</summary>
        private void Supervise(long now, bool elementWasOn)
        {
            int trips = _supervisor.Evaluate(_reading, elementWasOn, _state == FurnaceState.Heating, _demand.SetpointQuarterC, now);
            int newTrips = trips & ~_latch.Faults;
            if (newTrips != 0)
            {
                _latch.Latch(newTrips, ReasonFor(newTrips));
                _demand.Mode = ControlMode.Off;
                if (!IsTripState(_state))
                {
                    Enter(FurnaceState.Tripped, ReasonFor(newTrips), now);
                }
            }
        }

        /// <summary>Idle, Heating and Banking follow the demand.</summary>
        private void FollowDemand(long now, bool elementWasOn)
        {
            switch (_state)
            {
                case FurnaceState.Idle:
                    if (_demand.Mode == ControlMode.Heat)
                    {
                        Enter(FurnaceState.Heating, ReasonCode.DemandOn, now);
                    }

                    break;
                case FurnaceState.Heating:
                    if (_demand.Mode != ControlMode.Heat)
                    {
                        _banking.Start(now);
                        Enter(FurnaceState.Banking, _demand.OffReason, now);
                    }

                    break;
                case FurnaceState.Banking:
                    _banking.Account(elementWasOn, now);
                    if (_demand.Mode == ControlMode.Heat)
                    {
                        Enter(FurnaceState.Heating, ReasonCode.DemandOn, now);
                    }
                    else if (_banking.IsExpired(now))
                    {
                        Enter(FurnaceState.Idle, ReasonCode.BankingTimeout, now);
                    }
                    else if (!elementWasOn && _reading.IsValid && _reading.QuarterCelsius >= _settings.MaxSetpointQuarterC)
                    {
                        // Far above any ember bed with the element off: something heats without a call. No bank needed.
                        Enter(FurnaceState.Idle, ReasonCode.HeatWithoutCall, now);
                    }

                    break;
            }

            _demand.OffReason = ReasonCode.DemandOff;
        }

        /// <summary>Decides the element (thermostat or banking band, then SR-5 timing) and drives both relays.</summary>
        private void WriteRelays(bool overTemperatureNow, bool elementWasOn, long now)
        {
            bool heatState = _state == FurnaceState.Heating || _state == FurnaceState.Banking;
            bool tripSafe = _latch.Faults != 0 || overTemperatureNow || !_configValid || IsTripState(_state);

            // A bad frame holds the element off this cycle (SR-2): an old value is never reused. A cycle that came too
            // soon to read a frame (NotReady) keeps the previous decision if the last frame was good and recent.
            bool fresh = _reading.IsFresh;
            bool usable = _reading.IsValid
                || (!fresh && _haveFreshFrame && _lastFrameValid && now - _lastFrameMs <= 2L * _settings.ControlPeriodMs);

            bool wanted = false;
            if (usable && heatState)
            {
                if (!fresh)
                {
                    wanted = elementWasOn;
                }
                else if (_state == FurnaceState.Heating)
                {
                    int setpoint = _demand.SetpointQuarterC;
                    wanted = _thermostat.Decide(_reading.QuarterCelsius, setpoint - _settings.ThermostatHysteresisQuarterC, setpoint);
                }
                else
                {
                    wanted = _banking.Decide(_reading.QuarterCelsius, _settings.EmberLowQuarterC, _settings.EmberHighQuarterC,
                        elementWasOn, now);
                }
            }

            bool element = _relayTiming.Decide(wanted, usable && heatState && !tripSafe, _cutoffClosed, now);
            bool cutoff = !tripSafe && (element || _relayTiming.WaitingForCutoff || elementWasOn);

            // SR-5 for the cutoff too: it closes no sooner than relay.min_off_s after it opened, so a wish that flips every
            // cycle cannot chatter it (the element waits for it). Opening — a trip above all — is never delayed.
            if (cutoff && !_cutoffClosed && now - _cutoffOpenedMs < _settings.MinOffMs)
            {
                cutoff = false;
            }

            if (!cutoff && _cutoffClosed)
            {
                _cutoffOpenedMs = now;
            }

            _cutoffClosed = cutoff;
            _elementOn = element;
            _relays.Write(_elementOn, _cutoffClosed);
        }

        /// <summary>SR-6: a reset clears the latch and never restarts heating. The mode is already off: the trip turned it
        /// off and heat is refused while latched, so heating needs a new command after the reset.</summary>
        private void ClearLatch(ReasonCode reason, long now)
        {
            _latch.Clear(reason);
            _supervisor.StartAfresh();
            _watchdog.MarkHealthy();
            Enter(FurnaceState.Idle, reason, now);
        }

        private void Enter(FurnaceState state, ReasonCode reason, long now)
        {
            _transitions.Add(now, _state, state, reason);
            _state = state;
            _reason = reason;
            _stateSinceMs = now;
            if (state != FurnaceState.Heating)
            {
                _thermostat.Reset();
            }
        }

        private void Publish(long now)
        {
            ControllerSnapshot s = _snapshot;
            s.TimeMs = now;
            s.TemperatureQuarterC = _reading.QuarterCelsius;
            s.SensorStatus = _reading.Status;
            s.State = _state;
            s.LastReason = _reason;
            s.StateSinceMs = _stateSinceMs;
            s.Faults = _latch.Faults
                | (_haveFreshFrame && !_lastFrameValid ? FaultFlags.SensorSuspect : 0)
                | (_configValid ? 0 : FaultFlags.ConfigInvalid)
                | (_resets.Button == ButtonState.Stuck ? FaultFlags.ButtonStuck : 0);
            s.ElementOn = _elementOn;
            s.CutoffClosed = _cutoffClosed;
            s.SetpointQuarterC = _demand.SetpointQuarterC;
            s.Mode = _demand.Mode;
            s.ConsecutiveSensorErrors = _supervisor.ConsecutiveBadFrames;
            s.ButtonState = _resets.Button;
            s.LedPattern = _light.Pattern;
            s.LedModifiers = _light.Modifiers;
            s.LedMask = _light.Mask;
            s.LatchPersistErrorCount = _latch.ErrorCount;
            s.LatchSavePending = _latch.SavePending;
            s.LinkUp = _link.IsUp;
            s.HostCoop = _hostLink.IsCoop;
            s.HostWatchdogTimeoutS = _hostLink.TimeoutSeconds;
            s.HostWatchdogRemainingMs = _hostLink.RemainingMs(now);
            s.HostExpiryCount = _hostLink.Expiries;
            s.BankingRemainingMs = _state == FurnaceState.Banking ? _banking.RemainingMs(now) : 0;
            _transitions.CopyNewestFirst(s.TransitionTimeMs, s.TransitionFrom, s.TransitionTo, s.TransitionReason);
            _exchange.Publish(s);
        }

        private static bool IsTripState(FurnaceState state) => state == FurnaceState.Tripped || state == FurnaceState.BootLoop;

        private static ReasonCode ReasonFor(int trips)
        {
            if ((trips & FaultFlags.OverTemperature) != 0)
            {
                return ReasonCode.OverTemperature;
            }

            if ((trips & FaultFlags.SensorFault) != 0)
            {
                return ReasonCode.SensorFault;
            }

            if ((trips & FaultFlags.HeatingFailed) != 0)
            {
                return ReasonCode.HeatingFailed;
            }

            return ReasonCode.ThermalRunaway;
        }
    }
}
