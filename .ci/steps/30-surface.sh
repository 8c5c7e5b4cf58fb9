#!/usr/bin/env bash
# The nanoFramework compile check (surface/README.md): each device assembly compiled alone, as its .nfproj says,
# against the official mscorlib and the package surfaces; metadata rules; probes that must fail. One count per
# package surface, per device assembly and per probe.
set -uo pipefail
. .ci/lib.sh
log="$(mktemp)"
bash surface/check.sh 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
summary="$(grep -E '^surface: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)"
if [ -z "$summary" ]; then
  record_counts surface 0 1
  exit 1
fi
p="$(echo "$summary" | sed -E 's/surface: ([0-9]+) passed.*/\1/')"
f="$(echo "$summary" | sed -E 's/.* ([0-9]+) failed/\1/')"
record_counts surface "$p" "$f"
exit "$rc"
