#!/usr/bin/env bash
# Installs Debian's mosquitto (and mosquitto_sub/_pub for step 55) for the MQTT bridge tests (tests/FurnaceFw.Mqtt.Tests), which step 20 runs: each test starts
# its own broker on a free loopback port with a generated config, and kills and restarts it mid-run. Nothing runs as a
# service. With CI set, a missing /usr/sbin/mosquitto fails those tests instead of skipping them.
set -uo pipefail
. .ci/lib.sh
ensure_apt mosquitto mosquitto-clients || { record_counts mosquitto 0 1; exit 1; }
version="$(/usr/sbin/mosquitto -h 2>&1 || true)" # -h prints its usage and exits non-zero
grep -m1 'mosquitto version' <<<"$version" || { echo "mosquitto does not run: $version"; record_counts mosquitto 0 1; exit 1; }
# Debian's package may start a system broker on 1883 where an init system runs; the tests never use it.
record_counts mosquitto 1 0
