#!/usr/bin/env bash
# Installs Debian's mosquitto (and mosquitto_sub/_pub for step 55) for the MQTT bridge tests (tests/FurnaceFw.Mqtt.Tests), which step 20 runs: each test starts
# its own broker on a free loopback port with a generated config, and kills and restarts it mid-run. Nothing runs as a
# service. With CI set, a missing /usr/sbin/mosquitto fails those tests instead of skipping them.
set -uo pipefail
. .ci/lib.sh
ensure_apt mosquitto mosquitto-clients || { record_counts mosquitto 0 1; exit 1; }
/usr/sbin/mosquitto -h 2>/dev/null | head -n 1 | grep -q 'mosquitto version' || { echo "mosquitto does not run"; record_counts mosquitto 0 1; exit 1; }
# Debian's package may start a system broker on 1883 where an init system runs; the tests never use it.
record_counts mosquitto 1 0
