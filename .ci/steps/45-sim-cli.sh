#!/usr/bin/env bash
# The simulator's command line as a user runs it: scenario exit codes (0 pass, 1 fail, 2 bad input), the
# live furnace stopping cleanly on SIGTERM and SIGINT with redirected stdin, and the live latch file
# (restored at start; a corrupt one fails safe). The in-process tests cover the same code; this covers the
# process: signals, exit codes, stdout/stderr.
set -uo pipefail
. .ci/lib.sh

passed=0 failed=0
check() { # name command...
  local name="$1"; shift
  if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}

sim=Sim/bin/Release/net10.0/FurnaceFw.Sim
if [ ! -x "$sim" ]; then
  dotnet build Sim -c Release -warnaserror -v:q -nologo >/dev/null || { record_counts sim-cli 0 1; exit 1; }
fi

work="$(mktemp -d)"
export XDG_STATE_HOME="$work/state" # the live furnace keeps its latch here, not in the CI user's home
live=""
cleanup() {
  [ -n "$live" ] && kill -KILL "$live" 2>/dev/null
  rm -rf "$work"
}
trap cleanup EXIT

rc_is() { # expected-rc command... (output in $work/out)
  local want="$1"; shift
  "$@" >"$work/out" 2>"$work/err"; local rc=$?
  [ "$rc" -eq "$want" ] || { echo "  exit $rc, expected $want"; cat "$work/out" "$work/err"; return 1; }
}
out_has() { grep -qF -- "$1" "$work/out" || { echo "  stdout lacks: $1"; cat "$work/out"; return 1; }; }
err_has() { grep -qF -- "$1" "$work/err" || { echo "  stderr lacks: $1"; cat "$work/err"; return 1; }; }

# Starts the live furnace with stdin from /dev/null, sends a signal after it has run a while, and expects a
# clean exit 0 with the relays de-energized. Gives up (and fails) after 20 s.
live_stops_on() { # signal
  # A non-interactive shell starts background jobs with SIGINT ignored; restore the default as a terminal would.
  env --default-signal=INT "$sim" </dev/null >"$work/out" 2>"$work/err" &
  live=$!
  for _ in $(seq 40); do grep -q " set " "$work/out" && break; sleep 0.25; done
  sleep 1
  kill "-$1" "$live"
  for _ in $(seq 80); do kill -0 "$live" 2>/dev/null || break; sleep 0.25; done
  if kill -0 "$live" 2>/dev/null; then echo "  still running 20 s after SIG$1"; return 1; fi
  wait "$live"; local rc=$?
  live=""
  [ "$rc" -eq 0 ] || { echo "  exit $rc after SIG$1"; cat "$work/out" "$work/err"; return 1; }
  out_has "stopped: element off, cutoff open"
}

# Runs the live furnace for about 3 s and keeps its output.
live_briefly() {
  timeout -s TERM 3 "$sim" </dev/null >"$work/out" 2>"$work/err"
  return 0
}

printf 'run 10m\nat 0s mode heat\nexpect at 5m state idle\n' >"$work/fails.scn"
printf 'run 1h\nat 0s fault sensor opn\n' >"$work/bad.scn"

check "README command runs a shipped scenario (exit 0)" rc_is 0 dotnet run --project Sim -c Release --no-build -- --scenario scenarios/normal-heating.scn
check "summary counts the expectations" out_has "$(grep -c '^expect' scenarios/normal-heating.scn) passed, 0 failed"
check "24 h scenario passes" rc_is 0 "$sim" --scenario scenarios/day-24h.scn
check "a failed expectation exits 1" rc_is 1 "$sim" --scenario "$work/fails.scn"
check "the failure names line and observation" out_has "FAIL  line 3"
check "a malformed scenario exits 2" rc_is 2 "$sim" --scenario "$work/bad.scn"
check "the parse error names file and line" err_has "$work/bad.scn:2: unknown sensor fault 'opn'"
check "a missing scenario file exits 2" rc_is 2 "$sim" --scenario "$work/none.scn"
check "an unknown option exits 2" rc_is 2 "$sim" --bogus
check "the unknown option is named" err_has "unknown option '--bogus' (see --help)"
check "--help exits 0" rc_is 0 "$sim" --help
check "live furnace stops cleanly on SIGTERM" live_stops_on TERM
check "live furnace stops cleanly on SIGINT" live_stops_on INT
check "live furnace prints its latch file" out_has "Latch file: $XDG_STATE_HOME/furnacefw/furnace.latch"
# A whole record in the device's own format (Firmware/Persistence/LatchRecord: "FLT1", version 1, reason, 2 zero
# bytes, fault bits big-endian, CRC-32 of the first 12 bytes big-endian).
write_record() { # file faults reason
  python3 - "$@" <<'PY'
import struct, sys, zlib
path, faults, reason = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
head = b"FLT1" + bytes([1, reason, 0, 0]) + struct.pack(">i", faults)
open(path, "wb").write(head + struct.pack(">I", zlib.crc32(head)))
PY
}
latch="$XDG_STATE_HOME/furnacefw/furnace.latch"
write_record "$latch" 1 10
check "a persisted over-temperature latch is restored" bash -c "$(declare -f live_briefly); sim=$sim work=$work; live_briefly; grep -q 'tripped (latch-restored)' $work/out"
printf 'garbage' >"$latch"
check "a corrupt latch file boots tripped" bash -c "$(declare -f live_briefly); sim=$sim work=$work; live_briefly; grep -q 'tripped (latch-restored)' $work/out"
write_record "$latch" 0 5
check "a whole clear record boots idle" bash -c "$(declare -f live_briefly); sim=$sim work=$work; live_briefly; grep -q 'idle (power-on)' $work/out"
printf 'FLT1' >"$latch.new"
check "a new copy torn by a power cut mid-save boots tripped" bash -c "$(declare -f live_briefly); sim=$sim work=$work; live_briefly; grep -q 'tripped (latch-restored)' $work/out"

echo "sim-cli: $passed passed, $failed failed"
record_counts sim-cli "$passed" "$failed"
[ "$failed" -eq 0 ]
