#!/usr/bin/env python3
"""Removes each safety rule in turn and checks that the test suite notices.

For every mutant: copy the repo to a temp dir, apply one textual change that disables a rule, run the
core test project, and expect at least one failing test. Prints a table; exits 1 if any mutant survived.
Usage: python3 tools/safety-mutants.py [--only NAME]
Takes about 40 s per mutant on 2 cores.
"""
import os, shutil, subprocess, sys, tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# name, file, original text, replacement
MUTANTS = [
    # SR-1 over-temperature
    ("SR-1 over-temperature check", "Firmware/Safety/OverTemperatureCheck.cs",
     "=> reading.IsValid && reading.QuarterCelsius >= _highLimitQuarterC;", "=> false;"),
    ("SR-1 a trip opens the cutoff at once", "Firmware/Control/ControlCycle.cs",
     "bool cutoff = !tripSafe && (element || _relayTiming.WaitingForCutoff || elementWasOn);",
     "bool cutoff = element || _relayTiming.WaitingForCutoff || elementWasOn;"),
    ("SR-1 latch persisted", "Firmware/Control/LatchKeeper.cs",
     "_store.Save(_faults, _reason);", "_ = _store;"),
    ("Latch: relays safe before the save", "Firmware/Control/ControlCycle.cs",
     "            WriteRelays(_supervisor.OverTemperatureNow, elementWasOn, now);\n\n            // Relays first, flash second: a slow or failing save never holds the element on.\n            _latch.Persist(now);",
     "            _latch.Persist(now);\n            WriteRelays(_supervisor.OverTemperatureNow, elementWasOn, now);"),
    ("Latch: a failed save is retried", "Firmware/Control/LatchKeeper.cs",
     "_nextAttemptMs = nowMs + RetryMs;", "_dirty = false;"),
    ("Latch: a torn new copy reads tripped", "Firmware/Persistence/LatchFileRecovery.cs",
     "return pendingValid ? LatchSource.Pending : LatchSource.Corrupt;",
     "return pendingValid ? LatchSource.Pending : mainExists && mainValid ? LatchSource.Main : LatchSource.Corrupt;"),
    # SR-2 sensor fault
    ("SR-2 sensor fault latch", "Firmware/Safety/SensorFaultDebounce.cs",
     "return _stored == _limit && _frame - _badFrames[_next] < _windowFrames;", "return false;"),
    ("SR-2 N bad frames within a window, not only in a row", "Firmware/Safety/SensorFaultDebounce.cs",
     "return _stored == _limit && _frame - _badFrames[_next] < _windowFrames;", "return _consecutive >= _limit;"),
    ("SR-2 element off on the first bad frame", "Firmware/Control/ControlCycle.cs",
     "bool usable = _reading.IsValid\n", "bool usable = true\n"),
    ("SR-2 0x0000 is a bus fault, not 0 °C", "Drivers/Max6675/Max6675Frame.cs",
     "if (frame == 0x0000)", "if (frame == 0x10000)"),
    ("SR-2 D0 is three-state (0x0001 is a bus fault)", "Drivers/Max6675/Max6675Frame.cs",
     "frame &= 0xFFFF & ~ThreeStateBit;", "frame &= 0xFFFF;"),
    ("SR-2 stuck value detection", "Drivers/Max6675/StuckReadingDetector.cs",
     "return _heatedUnchangedMs >= _stuckAfterMs;", "return _stuckAfterMs < 0;"),
    ("NotReady keeps the previous decision", "Firmware/Control/ControlCycle.cs",
     "|| (!fresh && _haveFreshFrame && _lastFrameValid && now - _lastFrameMs <= 2L * _settings.ControlPeriodMs);", "|| false;"),
    ("Safe default: boot writes relays off", "Firmware/Control/ControlCycle.cs",
     "            _relays.Write(false, false);\n            _elementOn = false;", "            _elementOn = false;"),
    # SR-3 / SR-4
    ("SR-3 heating failed", "Firmware/Safety/HeatingRateCheck.cs",
     "return _onWithoutRiseMs >= _periodMs;", "return false;"),
    ("SR-3 integrates across bad frames and off periods", "Firmware/Safety/HeatingRateCheck.cs",
     "            if (_started && elementWasOn)\n            {\n                _onWithoutRiseMs += nowMs - _lastMs;\n            }",
     "            if (_started && elementWasOn && reading.IsValid)\n            {\n                _onWithoutRiseMs += nowMs - _lastMs;\n            }\n            else\n            {\n                _onWithoutRiseMs = 0;\n            }"),
    ("SR-4 thermal runaway", "Firmware/Safety/ThermalRunawayCheck.cs",
     "return nowMs - _lastInBandMs >= _periodMs;", "return false;"),
    # SR-5 relay timing and the cutoff sequence
    ("SR-5 minimum on/off time", "Firmware/Safety/RelayTiming.cs",
     "if (wanted != _on && nowMs - _changedMs >= (_on ? _minOnMs : _minOffMs))", "if (wanted != _on)"),
    ("SR-5 trips bypass minimum on time", "Firmware/Safety/RelayTiming.cs",
     "            if (!permitted)\n            {\n                SetState(false, nowMs);\n                return false;\n            }\n", ""),
    ("Cutoff closes a cycle before the element", "Firmware/Safety/RelayTiming.cs",
     "if (wanted && !cutoffReady)", "if (wanted && cutoffReady && !cutoffReady)"),
    ("Cutoff opens a cycle after the element (welded relay)", "Firmware/Control/ControlCycle.cs",
     "bool cutoff = !tripSafe && (element || _relayTiming.WaitingForCutoff || elementWasOn);",
     "bool cutoff = !tripSafe && heatState;"),
    ("SR-5 the cutoff keeps its minimum off time", "Firmware/Control/ControlCycle.cs",
     "if (cutoff && !_cutoffClosed && now - _cutoffOpenedMs < _settings.MinOffMs)", "if (cutoff && _cutoffClosed && !_cutoffClosed)"),
    ("SR-2 a jump no furnace makes is a bad frame", "Drivers/Max6675/StepPlausibilityCheck.cs",
     "bool implausible = _haveLast && (step > _maxStepQuarterC || -step > _maxStepQuarterC);", "bool implausible = false;"),
    ("Banking duty spans sessions", "Firmware/Control/EmberBanking.cs",
     "            _startMs = nowMs;\n            _lastMs = nowMs;\n        }",
     "            _startMs = nowMs;\n            _lastMs = nowMs;\n            for (int i = 0; i < Slots; i++)\n            {\n                _slotIndex[i] = -1;\n            }\n        }"),
    # SR-6 latch reset and command rules
    ("SR-6 reset needs arm", "Firmware/Safety/LatchResetArbiter.cs",
     "if (armed == 0)\n            {\n                return CommandResult.RejectedNotArmed;", "if (armed == int.MinValue)\n            {\n                return CommandResult.RejectedNotArmed;"),
    ("SR-6 reset needs matching token", "Firmware/Safety/LatchResetArbiter.cs",
     "if (token != armed)", "if (token == int.MinValue)"),
    ("SR-6 reset only below threshold", "Firmware/Safety/LatchResetArbiter.cs",
     "if (temperatureQuarterC >= resetBelowQuarterC)", "if (temperatureQuarterC == int.MinValue)"),
    ("SR-6 a trip turns the mode off", "Firmware/Control/ControlCycle.cs",
     "                _demand.Mode = ControlMode.Off;\n                if (!IsTripState(_state))", "                if (!IsTripState(_state))"),
    ("Heat refused while tripped", "Firmware/Control/CommandIntake.cs",
     "return value == (int)ControlMode.Heat && heatRefused ? CommandResult.RejectedTripped : CommandResult.Accepted;",
     "return CommandResult.Accepted;"),
    ("Colliding modes: Off wins", "Firmware/Control/CommandIntake.cs",
     "bool hostHeatFirst = hostMode == (int)ControlMode.Heat;", "bool hostHeatFirst = hostMode != (int)ControlMode.Heat;"),
    ("Colliding setpoints: lower wins", "Firmware/Control/CommandIntake.cs",
     "(localSetpoint == None || hostSetpoint > localSetpoint)", "(localSetpoint == None || hostSetpoint < localSetpoint)"),
    ("ConfigFault: a reset changes nothing", "Firmware/Control/LatchResets.cs",
     "                if (!_configValid)\n                {\n                    result = CommandResult.RejectedConfigFault;\n                }\n                else if (latched",
     "                if (latched"),
    ("Host timeout range checked by the control thread", "Firmware/Control/CommandIntake.cs",
     "if (seconds == 0 || (seconds >= RegisterMap.HostWatchdogMinSeconds && seconds <= RegisterMap.HostWatchdogMaxSeconds))",
     "if (seconds != int.MinValue)"),
    ("Watchdog fed only after a fresh reading", "Firmware/Control/ControlCycle.cs",
     "if (_reading.IsFresh)\n            {\n                _watchdog.Feed();", "if (true)\n            {\n                _watchdog.Feed();"),
    # Banking
    ("Banking duty limit", "Firmware/Control/EmberBanking.cs",
     "return OnInWindowMs(nowMs) + needed <= _budgetMs;", "return true;"),
    ("Banking starts only if the minimum on time fits", "Firmware/Control/EmberBanking.cs",
     "long needed = _reserveMs + (elementOn ? 0 : _minOnMs);", "long needed = 0;"),
    ("Banking ends after its maximum", "Firmware/Control/EmberBanking.cs",
     "public bool IsExpired(long nowMs) => nowMs - _startMs >= _maxMs;", "public bool IsExpired(long nowMs) => false;"),
    ("Banking ends on heat without a call", "Firmware/Control/ControlCycle.cs",
     "else if (!elementWasOn && _reading.IsValid && _reading.QuarterCelsius >= _settings.MaxSetpointQuarterC)",
     "else if (now == long.MinValue)"),
    ("Settings: min_on must fit the banking budget", "Firmware/Config/FurnaceSettings.cs",
     "if (BankingDutyPercent > 0 && MinOnMs + WatchdogTimeoutMs > BankingDutyBudgetMs)", "if (BankingDutyPercent < 0)"),
    # SR-8 boot loop
    ("SR-8 boot loop latches", "Firmware/Safety/BootLoopGuard.cs",
     "public bool IsBootLoop(BootInfo bootInfo) => bootInfo.ResetsSinceHealthy >= _resetLimit;",
     "public bool IsBootLoop(BootInfo bootInfo) => false;"),
    ("SR-8 healthy only after a healthy run", "Firmware/Safety/BootLoopGuard.cs",
     "if (!_markedHealthy && nowMs - _bootMs >= _healthyAfterMs)", "if (!_markedHealthy)"),
    # SR-9 local reset at the furnace, the button and the LED
    ("SR-9 over-temperature reset only at the furnace", "Firmware/Safety/ResetPolicy.cs",
     "mask |= settings.Get(Setting.RemoteResetOverTemperature) != 0 ? FaultFlags.OverTemperature : 0;",
     "mask |= FaultFlags.OverTemperature;"),
    ("Button: only a long press counts", "Firmware/Safety/ResetButtonMonitor.cs",
     "longPress = !_stuck && heldMs >= _longPressMs && heldMs < _stuckMs;", "longPress = !_stuck;"),
    ("Button: a stuck button resets nothing", "Firmware/Safety/ResetButtonMonitor.cs",
     "longPress = !_stuck && heldMs >= _longPressMs && heldMs < _stuckMs;", "longPress = heldMs >= _longPressMs;"),
    ("Button: debounced", "Firmware/Safety/ResetButtonMonitor.cs",
     "bool stable = rawPressed == _lastRaw;", "bool stable = true;"),
    ("Local reset keeps SR-6's threshold", "Firmware/Control/LatchResets.cs",
     "                    : temperatureQuarterC >= _resetBelowQuarterC ? CommandResult.RejectedTooHot\n", ""),
    ("LED shows a trip", "Firmware/Control/StatusLight.cs",
     "if (latchedFaults != 0)", "if (latchedFaults == -1)"),
    # SR-7 host heat needs a live host, and the I2C write checks
    ("SR-7 host heat raise refused in Solo", "Firmware/Safety/HostLinkGuard.cs",
     "            if (!_coop)\n            {\n                return CommandResult.RejectedRequiresCoop;",
     "            if (!_coop && _timeoutMs == -1)\n            {\n                return CommandResult.RejectedRequiresCoop;",
     "tests/FurnaceFw.I2c.Tests"),
    ("SR-7 host deadline ends Co-op", "Firmware/Safety/HostLinkGuard.cs",
     "if (_coop && nowMs - _deadlineMs >= 0)", "if (_coop && nowMs - _deadlineMs >= 0 && nowMs == long.MinValue)",
     "tests/FurnaceFw.I2c.Tests"),
    ("SR-7 Solo reverts host heat", "Firmware/Safety/HostLinkGuard.cs",
     "if (_coop || !_leaseActive)", "if (_coop || !_leaseActive || nowMs != long.MinValue)", "tests/FurnaceFw.I2c.Tests"),
    ("SR-7 cycle applies the expiry", "Firmware/Control/ControlCycle.cs",
     "if (_hostLink.Expire(now, ref _demand.SetpointQuarterC, ref _demand.Mode))",
     "if (now == long.MinValue && _hostLink.Expire(now, ref _demand.SetpointQuarterC, ref _demand.Mode))", "tests/FurnaceFw.I2c.Tests"),
    ("I2C write PEC check", "Firmware/I2c/I2cRegisterBank.cs",
     "if (Pec.ForWrite(_address, buffer, 0, count - 1) != buffer[count - 1])",
     "if (Pec.ForWrite(_address, buffer, 0, count - 1) != buffer[count - 1] && count == -1)", "tests/FurnaceFw.I2c.Tests"),
]


def run(mutant, tmp):
    name, path, old, new = mutant[:4]
    project = mutant[4] if len(mutant) > 4 else "tests/FurnaceFw.Tests"
    target = os.path.join(tmp, path)
    text = open(target).read()
    if old not in text:
        return "STALE (pattern not found: update tools/safety-mutants.py)"
    open(target, "w").write(text.replace(old, new, 1))
    try:
        r = subprocess.run(["dotnet", "test", project, "-c", "Release", "--nologo"],
                           cwd=tmp, capture_output=True, text=True, timeout=900)
    finally:
        open(target, "w").write(text)
    out = r.stdout + r.stderr
    if "error CS" in out:
        return "DOES NOT COMPILE (fix the mutant)"
    for line in out.splitlines():
        if "Failed:" in line and "Passed:" in line:
            failed = int(line.split("Failed:")[1].split(",")[0])
            return f"killed ({failed} tests failed)" if failed else "SURVIVED"
    return "SURVIVED" if r.returncode == 0 else "killed (test run failed)"


def main():
    only = sys.argv[sys.argv.index("--only") + 1] if "--only" in sys.argv else None
    tmp = tempfile.mkdtemp(prefix="furnace-mutants-")
    shutil.copytree(ROOT, tmp, dirs_exist_ok=True,
                    ignore=shutil.ignore_patterns("bin", "obj", ".git", "build", "TestResults"))
    bad = 0
    for m in MUTANTS:
        if only and only not in m[0]:
            continue
        verdict = run(m, tmp)
        bad += 0 if verdict.startswith("killed") else 1
        print(f"{m[0]:45} {verdict}", flush=True)
    shutil.rmtree(tmp, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
