#!/usr/bin/env bash
# `furnacectl mqtt` as a process, the way systemd runs it: the live simulator, a mosquitto with a password file, the
# bridge with credentials from the environment, mosquitto_sub/_pub as the user. Checks discovery, state, a command and
# its result, a bad credentials exit (8), and a clean SIGTERM (exit 0, Solo, "offline"). Everything is stopped on exit.
set -uo pipefail
. .ci/lib.sh

passed=0 failed=0
check() { # name command...
  local name="$1"; shift
  if "$@"; then echo "PASS $name"; passed=$((passed + 1)); else echo "FAIL $name"; failed=$((failed + 1)); fi
}

ctl_dll=Host/furnacectl/bin/Release/net10.0/furnacectl.dll
if [ ! -f "$ctl_dll" ] || [ ! -f Sim/bin/Release/net10.0/FurnaceFw.Sim.dll ]; then
  dotnet build FurnaceFw.sln -c Release -warnaserror -v:q -nologo >/dev/null || { record_counts mqtt-e2e 0 1; exit 1; }
fi
for tool in /usr/sbin/mosquitto mosquitto_sub mosquitto_pub mosquitto_passwd; do
  command -v "$tool" >/dev/null || { echo "missing $tool (step 16 installs it)"; record_counts mqtt-e2e 0 1; exit 1; }
done

work="$(mktemp -d)"
export XDG_STATE_HOME="$work/state"
sim="" broker="" bridge="" sub=""
stop() {
  for p in $bridge $sub $broker; do kill -TERM "$p" 2>/dev/null; done
  if [ -n "$sim" ]; then
    kill -TERM -- "-$sim" 2>/dev/null
    for _ in $(seq 50); do kill -0 "$sim" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$sim" 2>/dev/null
  fi
  wait 2>/dev/null
  rm -rf "$work"
}
trap stop EXIT

port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
mosquitto_passwd -b -c "$work/passwd" furnace "s3cret" 2>/dev/null
chmod 0644 "$work/passwd"
printf 'listener %s 127.0.0.1\nallow_anonymous false\npassword_file %s\npersistence false\n%s' "$port" "$work/passwd" \
  "$([ "$(id -u)" = 0 ] && echo 'user root')" > "$work/mosquitto.conf"
/usr/sbin/mosquitto -c "$work/mosquitto.conf" >"$work/broker.log" 2>&1 &
broker=$!

setsid dotnet run --project Sim -c Release --no-build -- --i2c-port 0 >"$work/sim.log" 2>&1 &
sim=$!
i2c=""
for _ in $(seq 120); do
  i2c="$(grep -oE 'I2C bus on 127\.0\.0\.1:[0-9]+' "$work/sim.log" | grep -oE '[0-9]+$' | head -n 1)"
  [ -n "$i2c" ] && break
  sleep 0.5
done
[ -n "$i2c" ] || { echo "the simulator did not open its I2C port"; cat "$work/sim.log"; record_counts mqtt-e2e 0 1; exit 1; }

sub_args=(-h 127.0.0.1 -p "$port" -u furnace -P s3cret)
mosquitto_sub "${sub_args[@]}" -v -t 'furnacefw/#' -t 'homeassistant/#' >"$work/sub.log" 2>&1 &
sub=$!
until_line() { # pattern seconds
  for _ in $(seq $(( $2 * 5 ))); do grep -qE "$1" "$work/sub.log" && return 0; sleep 0.2; done
  echo "  never saw /$1/; last lines:"; tail -n 5 "$work/sub.log" | cut -c1-200; return 1
}

FURNACECTL_MQTT_USERNAME=furnace FURNACECTL_MQTT_PASSWORD=wrong \
  timeout 60 dotnet "$ctl_dll" --sim "127.0.0.1:$i2c" mqtt --broker "mqtt://127.0.0.1:$port" --device-id ci >"$work/refused.log" 2>&1
rc=$?
cat "$work/refused.log"
check "wrong password: the broker refuses, exit 8 (RestartPreventExitStatus)" test "$rc" -eq 8

FURNACECTL_MQTT_USERNAME=furnace FURNACECTL_MQTT_PASSWORD=s3cret \
  dotnet "$ctl_dll" --sim "127.0.0.1:$i2c" mqtt --broker "mqtt://127.0.0.1:$port" --device-id ci --poll-ms 500 >"$work/bridge.log" 2>&1 &
bridge=$!
check "discovery: the climate config is retained" until_line '^homeassistant/climate/ci/furnace/config \{' 60
check "online" until_line '^furnacefw/ci/availability online' 30
check "state holds Co-op" until_line '^furnacefw/ci/state .*"host_link":"CoOp"' 30
mosquitto_pub "${sub_args[@]}" -t furnacefw/ci/set/setpoint -m 140
check "setpoint result is the controller's Accepted" until_line '^furnacefw/ci/result \{"command":"setpoint","ok":true,"result":"Accepted"' 30
check "state shows the setpoint" until_line '^furnacefw/ci/state .*"setpoint_c":140' 30
mosquitto_pub "${sub_args[@]}" -t furnacefw/ci/set/mode -m cool
check "bad mode gets BadRequest" until_line '^furnacefw/ci/result \{"command":"mode","ok":false,"result":"BadRequest"' 30

kill -TERM "$bridge"; wait "$bridge"; bridge_rc=$?; bridge=""
cat "$work/bridge.log"
check "SIGTERM: exit 0" test "$bridge_rc" -eq 0
check "SIGTERM: offline published" until_line '^furnacefw/ci/availability offline' 10
check "SIGTERM: controller back in Solo" bash -c "for _ in \$(seq 25); do [ \"\$(dotnet $ctl_dll --sim 127.0.0.1:$i2c get HostLink)\" = Solo ] && exit 0; sleep 0.2; done; exit 1"

record_counts mqtt-e2e "$passed" "$failed"
[ "$failed" -eq 0 ]
