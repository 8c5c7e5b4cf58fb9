using System;
using FurnaceFw.Firmware.Config;
using FurnaceFw.Firmware.Diagnostics;
using FurnaceFw.Firmware.Ports;
using FurnaceFw.Firmware.Safety;
using FurnaceFw.Protocol;

namespace FurnaceFw.Firmware.Control
{
    /// <summary>
    /// One control cycle: drain commands → read → supervise → decide → write outputs → publish → feed the
    /// watchdog. The same code runs under the device's thread (<see cref="ControlLoopRunner"/>) and under the
    /// simulator's deterministic stepper. Allocates nothing after construction.
    /// </summary>
    /// <remarks>
    /// States: Idle ⇄ Heating → Banking → Idle; any → Tripped on a safety trip (latched, persisted);
    /// Tripped → Idle on a confirmed latch reset; ConfigFault at boot when the configuration is invalid.
    /// </remarks>
    public sealed class ControlCycle
    {
        private readonly FurnaceSettings _settings;
        private readonly IMonotonicClock _clock;
        private readonly IThermocouple _sensor;
        private readonly IRelayOutputs _relays;
        private readonly IWatchdog _watchdog;
        private readonly ILatchStore _latchStore;
        private readonly ILinkStatus _link;
        private readonly CommandMailbox _mailbox;
        private readonly SnapshotExchange _exchange;

        private readonly OverTemperatureCheck _overTemperature;
        private readonly SensorFaultDebounce _sensorFaults;
        private readonly HeatingRateCheck _heatingRate;
        private readonly ThermalRunawayCheck _runaway;
        private readonly RelayTiming _relayTiming;
        private readonly Thermostat _thermostat = new Thermostat();
        private readonly EmberBanking _banking;
        private readonly LatchResetArbiter _latchReset = new LatchResetArbiter();
        private readonly HostLinkGuard _hostLink = new HostLinkGuard();
        private readonly TransitionLog _transitions = new TransitionLog();
        private readonly ControllerSnapshot _snapshot = new ControllerSnapshot();

        private readonly bool _configValid;
        private FurnaceState _state;
        private ReasonCode _reason;
        private long _stateSinceMs;
        private int _latchedFaults;
        private int _setpointQuarterC;
        private ControlMode _mode = ControlMode.Off;
        private bool _elementOn;
        private bool _cutoffClosed;
        private readonly ThermocoupleReading _reading = new ThermocoupleReading();
        private int _lastValidQuarterC;
        private bool _lastReadingValid;
        private long _lastStepMs;
        private bool _booted;
        private int _hostAliveSeen;
        private ReasonCode _demandOffReason = ReasonCode.DemandOff;

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
            SnapshotExchange exchange)
        {
            _settings = settings;
            _configValid = configValid;
            _clock = clock;
            _sensor = sensor;
            _relays = relays;
            _watchdog = watchdog;
            _latchStore = latchStore;
            _link = link;
            _mailbox = mailbox;
            _exchange = exchange;

            _overTemperature = new OverTemperatureCheck(settings.HighLimitQuarterC);
            _sensorFaults = new SensorFaultDebounce(settings.SensorFaultCount);
            _heatingRate = new HeatingRateCheck(settings.WatchPeriodMs, settings.WatchIncreaseQuarterC);
            _runaway = new ThermalRunawayCheck(settings.RunawayPeriodMs, settings.RunawayHysteresisQuarterC);
            _relayTiming = new RelayTiming(settings.MinOnMs, settings.MinOffMs, clock.NowMs);
            _banking = new EmberBanking(settings.BankingMaxMs, settings.BankingDutyWindowMs, settings.BankingDutyPercent);
            _setpointQuarterC = settings.DefaultSetpointQuarterC;
            _snapshot.WatchdogResetCount = bootInfo.WatchdogResetCount;
            _snapshot.LastResetByWatchdog = bootInfo.LastResetByWatchdog;
            _snapshot.LatchResetBelowQuarterC = settings.LatchResetBelowQuarterC;
        }

        public FurnaceState State => _state;

        public int LatchedFaults => _latchedFaults;

        /// <summary>Per-minute history for the web chart; fed below, read by other threads without waiting.</summary>
        public TemperatureHistory History { get; } = new TemperatureHistory(TemperatureHistory.DefaultCapacity);

        /// <summary>Makes the outputs safe, restores a persisted latch and enters the first state.</summary>
        public void Boot()
        {
            long now = _clock.NowMs;
            _relays.Write(false, false);
            _reading.SetFault(SensorStatus.NotReady);
            _state = FurnaceState.Idle;
            _stateSinceMs = now;
            _lastStepMs = now;

            ReasonCode restoredReason;
            _latchedFaults = LoadLatch(out restoredReason) & FaultFlags.LatchedMask;
            if (!_configValid)
            {
                Enter(FurnaceState.ConfigFault, ReasonCode.ConfigInvalid, now);
            }
            else if (_latchedFaults != 0)
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

            DrainCommands(now);
            if (_hostLink.Expire(now, ref _setpointQuarterC, ref _mode))
            {
                _demandOffReason = ReasonCode.HostCommandExpired;
            }

            _sensor.Read(now, _elementOn, _reading);
            if (_reading.IsFresh && !_reading.IsValid)
            {
                _snapshot.SensorErrorCount++;
            }

            bool overTemperatureNow = Supervise(now);
            bool element = DecideElement(now);
            // The cutoff closes only while heat may be called for: idle, a welded element relay has no power.
            _cutoffClosed = _latchedFaults == 0 && !overTemperatureNow
                && (_state == FurnaceState.Heating || _state == FurnaceState.Banking);
            _elementOn = element && _cutoffClosed;
            _relays.Write(_elementOn, _cutoffClosed);

            if (_reading.IsValid)
            {
                _lastValidQuarterC = _reading.QuarterCelsius;
            }

            _lastReadingValid = _reading.IsValid;
            Publish(now);
            History.Record(now, _reading.IsValid, _reading.QuarterCelsius, _setpointQuarterC, _state, _elementOn);

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

        private bool Supervise(long now)
        {
            int trips = 0;
            bool overTemperature = _overTemperature.IsTripped(_reading);
            if (overTemperature)
            {
                trips |= FaultFlags.OverTemperature;
            }

            if (_sensorFaults.Evaluate(_reading))
            {
                trips |= FaultFlags.SensorFault;
            }

            if (_heatingRate.Evaluate(_reading, _elementOn, now))
            {
                trips |= FaultFlags.HeatingFailed;
            }

            if (_state == FurnaceState.Heating)
            {
                if (_runaway.Evaluate(_reading, _setpointQuarterC, now))
                {
                    trips |= FaultFlags.ThermalRunaway;
                }
            }
            else
            {
                _runaway.Stop();
            }

            int newTrips = trips & ~_latchedFaults;
            if (newTrips != 0)
            {
                _latchedFaults |= newTrips;
                _mode = ControlMode.Off;
                if (_state != FurnaceState.Tripped)
                {
                    Enter(FurnaceState.Tripped, ReasonFor(newTrips), now);
                }

                // The outputs go safe in this cycle before this returns; persisting after is fine, because the
                // in-memory latch already holds them off.
                SaveLatch();
            }

            return overTemperature;
        }

        private bool DecideElement(long now)
        {
            switch (_state)
            {
                case FurnaceState.Idle:
                    if (_mode == ControlMode.Heat)
                    {
                        Enter(FurnaceState.Heating, ReasonCode.DemandOn, now);
                    }

                    break;
                case FurnaceState.Heating:
                    if (_mode != ControlMode.Heat)
                    {
                        _banking.Start(now);
                        Enter(FurnaceState.Banking, _demandOffReason, now);
                    }

                    break;
                case FurnaceState.Banking:
                    if (_mode == ControlMode.Heat)
                    {
                        Enter(FurnaceState.Heating, ReasonCode.DemandOn, now);
                    }
                    else if (_banking.IsExpired(now))
                    {
                        Enter(FurnaceState.Idle, ReasonCode.BankingTimeout, now);
                    }

                    break;
            }

            _demandOffReason = ReasonCode.DemandOff;
            bool wanted = false;
            if (_reading.IsValid)
            {
                int t = _reading.QuarterCelsius;
                if (_state == FurnaceState.Heating)
                {
                    wanted = _thermostat.Decide(t, _setpointQuarterC - _settings.ThermostatHysteresisQuarterC, _setpointQuarterC);
                }
                else if (_state == FurnaceState.Banking)
                {
                    wanted = _banking.Decide(t, _settings.EmberLowQuarterC, _settings.EmberHighQuarterC, _elementOn, now);
                }
            }

            // Any bad frame holds the element off this cycle (SR-2): an old value is never reused.
            bool permitted = _reading.IsValid
                && _latchedFaults == 0
                && (_state == FurnaceState.Heating || _state == FurnaceState.Banking);
            return _relayTiming.Decide(wanted, permitted, now);
        }

        private void DrainCommands(long now)
        {
            int value;
            if (_mailbox.TryTakeSetpoint(out value))
            {
                Accept(value >= _settings.MinSetpointQuarterC && value <= _settings.MaxSetpointQuarterC
                    ? CommandResult.Accepted : CommandResult.RejectedOutOfRange);
                if (_snapshot.LastCommandResult == CommandResult.Accepted)
                {
                    _setpointQuarterC = value;
                    _hostLink.NoteLocalSetpoint(value);
                }
            }

            if (_mailbox.TryTakeMode(out value))
            {
                bool known = value == (int)ControlMode.Off || value == (int)ControlMode.Heat;
                Accept(known ? CommandResult.Accepted : CommandResult.RejectedOutOfRange);
                if (known)
                {
                    _mode = (ControlMode)value;
                    _hostLink.NoteLocalMode(_mode);
                }
            }

            DrainHostCommands(now);

            if (_mailbox.TryTakeLatchResetArm(out value))
            {
                Accept(_latchReset.Arm(value, _latchedFaults != 0, now));
            }

            if (_mailbox.TryTakeLatchResetConfirm(out value))
            {
                CommandResult result = _latchReset.Confirm(value, _latchedFaults != 0, _lastReadingValid,
                    _lastValidQuarterC, _settings.LatchResetBelowQuarterC, now);
                Accept(result);
                if (result == CommandResult.Accepted)
                {
                    _latchedFaults = 0;
                    SaveLatch();
                    Enter(_configValid ? FurnaceState.Idle : FurnaceState.ConfigFault, ReasonCode.LatchReset, now);
                }
            }
        }

        // Host (I2C) commands: range-checked like local ones, then admitted by the Co-op rule (SR-7).
        private void DrainHostCommands(long now)
        {
            int value;
            if (_mailbox.TryTakeHostWatchdogTimeout(out value))
            {
                _hostLink.SetTimeout(value, now);
            }

            int alive = _mailbox.HostAliveCount;
            if (alive != _hostAliveSeen)
            {
                _hostAliveSeen = alive;
                _hostLink.NoteAlive(now);
            }

            if (_mailbox.TryTakeHostSetpoint(out value))
            {
                bool inRange = value >= _settings.MinSetpointQuarterC && value <= _settings.MaxSetpointQuarterC;
                Accept(inRange ? _hostLink.Admit(value > _setpointQuarterC, _setpointQuarterC, _mode) : CommandResult.RejectedOutOfRange);
                if (_snapshot.LastCommandResult == CommandResult.Accepted)
                {
                    _setpointQuarterC = value;
                }
            }

            if (_mailbox.TryTakeHostMode(out value))
            {
                bool known = value == (int)ControlMode.Off || value == (int)ControlMode.Heat;
                bool raises = value == (int)ControlMode.Heat && _mode != ControlMode.Heat;
                Accept(known ? _hostLink.Admit(raises, _setpointQuarterC, _mode) : CommandResult.RejectedOutOfRange);
                if (_snapshot.LastCommandResult == CommandResult.Accepted)
                {
                    _mode = (ControlMode)value;
                }
            }
        }

        private void Accept(CommandResult result)
        {
            if (!_configValid && result != CommandResult.RejectedOutOfRange)
            {
                result = CommandResult.RejectedConfigFault;
            }

            _snapshot.LastCommandResult = result;
            _snapshot.CommandCount++;
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
            s.Faults = _latchedFaults
                | (_reading.IsValid ? 0 : FaultFlags.SensorSuspect)
                | (_configValid ? 0 : FaultFlags.ConfigInvalid);
            s.ElementOn = _elementOn;
            s.CutoffClosed = _cutoffClosed;
            s.SetpointQuarterC = _setpointQuarterC;
            s.Mode = _mode;
            s.ConsecutiveSensorErrors = _sensorFaults.ConsecutiveBadFrames;
            s.LinkUp = _link.IsUp;
            s.HostCoop = _hostLink.IsCoop;
            s.HostWatchdogTimeoutS = _hostLink.TimeoutSeconds;
            s.HostWatchdogRemainingMs = _hostLink.RemainingMs(now);
            s.HostExpiryCount = _hostLink.Expiries;
            s.BankingRemainingMs = _state == FurnaceState.Banking ? _banking.RemainingMs(now) : 0;
            _transitions.CopyNewestFirst(s.TransitionTimeMs, s.TransitionFrom, s.TransitionTo, s.TransitionReason);
            _exchange.Publish(s);
        }

        private int LoadLatch(out ReasonCode reason)
        {
            try
            {
                return _latchStore.Load(out reason);
            }
            catch (Exception)
            {
                // An unreadable store must not read as "clear": fail safe into a latched sensor fault.
                reason = ReasonCode.LatchRestored;
                return FaultFlags.SensorFault;
            }
        }

        private void SaveLatch()
        {
            try
            {
                _latchStore.Save(_latchedFaults, _reason);
            }
            catch (Exception)
            {
                // The latch still holds in RAM; a failed write is counted so it shows.
                _snapshot.LatchPersistErrorCount++;
            }
        }

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
