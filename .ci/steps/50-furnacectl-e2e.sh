#!/usr/bin/env bash
# furnacectl end to end against the live simulator over its I2C socket, exactly as against /dev/i2c-N:
# identity, status, set, a refused heat raise in Solo, a sensor trip and reset-latch, the coop daemon entering
# Co-op and leaving it cleanly on SIGTERM, and a NAKing bus. The simulator is always stopped on exit.
set -uo pipefail
. .ci/lib.sh

passed=0 failed=0
check() { # name command...
  local name="$1"; shift
  if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}

ctl_dll=Host/furnacectl/bin/Release/net10.0/furnacectl.dll
if [ ! -f "$ctl_dll" ] || [ ! -f Sim/bin/Release/net10.0/FurnaceFw.Sim.dll ]; then
  dotnet build FurnaceFw.sln -c Release -warnaserror -v:q -nologo >/dev/null || { record_counts furnacectl-e2e 0 1; exit 1; }
fi

work="$(mktemp -d)"
export XDG_STATE_HOME="$work/state" # the live sim keeps its latch file here, not in the CI user's home
sim="" coop=""
stop() {
  [ -n "$coop" ] && kill -TERM "$coop" 2>/dev/null
  if [ -n "$sim" ]; then
    kill -TERM -- "-$sim" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$sim" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$sim" 2>/dev/null
    wait "$sim" 2>/dev/null
  fi
  rm -rf "$work"
}
trap stop EXIT

# Own process group, so the stop above reaches `dotnet run` and the simulator it starts.
setsid dotnet run --project Sim -c Release --no-build -- --i2c-port 0 >"$work/sim.log" 2>&1 &
sim=$!
port=""
for _ in $(seq 120); do
  port="$(grep -oE 'I2C bus on 127\.0\.0\.1:[0-9]+' "$work/sim.log" | grep -oE '[0-9]+$' | head -n 1)"
  [ -n "$port" ] && break
  kill -0 "$sim" 2>/dev/null || break
  sleep 0.5
done
if [ -z "$port" ]; then
  echo "the simulator did not open its I2C port:"; cat "$work/sim.log"
  record_counts furnacectl-e2e 0 1
  exit 1
fi
echo "simulator I2C bus on 127.0.0.1:$port"

ctl() { dotnet "$ctl_dll" --sim "127.0.0.1:$port" "$@"; }
rc_is() { # expected-rc command...
  local want="$1"; shift
  "$@" >"$work/out" 2>&1; local rc=$?
  cat "$work/out"
  [ "$rc" -eq "$want" ] || { echo "  (exit $rc, expected $want)"; return 1; }
}
simctl() { # command argument: the simulator-control op (SimBusFrame.OpSimControl)
  python3 - "$port" "$1" "$2" <<'PY'
import socket, sys
port, cmd, arg = (int(a) for a in sys.argv[1:])
with socket.create_connection(("127.0.0.1", port), timeout=5) as s:
    s.sendall(bytes([0x10, 0, 2, 0, cmd, arg]))
    sys.exit(0 if s.recv(2)[:1] == b"\x00" else 1)
PY
}
until_value() { # register expected seconds
  for _ in $(seq $(( $3 * 5 ))); do
    [ "$(ctl get "$1" 2>/dev/null)" = "$2" ] && return 0
    sleep 0.2
  done
  echo "  $1 never became '$2' (last: $(ctl get "$1" 2>&1))"; return 1
}

check "info identifies the controller" rc_is 0 ctl info
check "status prints the live state" rc_is 0 ctl status
check "set setpoint 150" rc_is 0 ctl set setpoint 150
check "status shows setpoint 150" bash -c "grep -qE '^Setpoint +150.00 ' <(dotnet $ctl_dll --sim 127.0.0.1:$port status)"
check "status --json is valid JSON" bash -c "dotnet $ctl_dll --sim 127.0.0.1:$port status --json | python3 -c 'import json,sys; d=json.load(sys.stdin); sys.exit(0 if d[\"registers\"][\"Setpoint\"][\"value\"] == 150 else 1)'"
check "heat raise in Solo is refused (exit 5)" rc_is 5 ctl set mode heat
check "unknown register is a usage error (exit 2)" rc_is 2 ctl get NoSuchRegister
check "get --raw prints quarter °C" bash -c "[ \"\$(dotnet $ctl_dll --sim 127.0.0.1:$port get setpoint --raw)\" = 600 ]"
check "watch prints lines and stops" bash -c "[ \"\$(dotnet $ctl_dll --sim 127.0.0.1:$port watch --count 3 --interval-ms 100 | grep -c 'State=')\" = 3 ]"

check "inject an open thermocouple" simctl 1 1
check "the controller trips and latches" until_value Latched yes 15
check "reset-latch refused while the sensor is bad (exit 5)" rc_is 5 ctl reset-latch
check "repair the thermocouple" simctl 1 0
check "sensor valid again" until_value SensorStatus Ok 10
check "reset-latch clears the trip" rc_is 0 ctl reset-latch
check "latch is clear" until_value Latched no 5

dotnet "$ctl_dll" --sim "127.0.0.1:$port" coop --watchdog-s 6 >"$work/coop.log" 2>&1 &
coop=$!
check "coop enters Co-op" until_value HostLink CoOp 15
check "heat raise in Co-op is accepted" rc_is 0 ctl set mode heat
check "heating" until_value State Heating 5
kill -TERM "$coop"; wait "$coop"; coop_rc=$?; coop=""
cat "$work/coop.log"
check "coop exits 0 on SIGTERM" test "$coop_rc" -eq 0
check "back in Solo after a clean exit" until_value HostLink Solo 5
check "host-raised heat expired" until_value Mode Off 5

check "NAK every byte" simctl 2 1
check "a NAKing bus is a bus error (exit 6), not a hang" rc_is 6 timeout 30 dotnet "$ctl_dll" --sim "127.0.0.1:$port" --retries 2 --timeout-ms 200 status
check "NAK the first data byte" simctl 2 2
check "a NAK mid-transfer is a bus error (exit 6)" rc_is 6 timeout 30 dotnet "$ctl_dll" --sim "127.0.0.1:$port" --retries 2 --timeout-ms 200 get State
check "bus restored" simctl 2 0
check "status works again" rc_is 0 ctl get State

record_counts furnacectl-e2e "$passed" "$failed"
[ "$failed" -eq 0 ]
