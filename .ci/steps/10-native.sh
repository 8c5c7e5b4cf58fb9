#!/usr/bin/env bash
# Native interop (C): host unit tests under CTest, then the Cortex-M0+ cross-compile with -Werror.
set -uo pipefail
. .ci/lib.sh
ensure_apt cmake gcc gcc-arm-none-eabi libnewlib-arm-none-eabi || { record_counts native 0 1; exit 1; }

log="$(mktemp)"
bash Native/build.sh test 2>&1 | tee "$log" | tail -n 25
rc=${PIPESTATUS[0]}
# ctest: "100% tests passed, 0 tests failed out of 6"
summary=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" | tail -n 1)
total=$(echo "$summary" | sed -E 's/.*out of ([0-9]+).*/\1/')
failed=$(echo "$summary" | sed -E 's/.* ([0-9]+) tests failed.*/\1/')
if [ -z "$summary" ]; then total=0; failed=1; fi
passed=$((total - failed))

if bash Native/build.sh cross; then
  passed=$((passed + 1))
else
  failed=$((failed + 1)); rc=1
fi
record_counts native "$passed" "$failed"
exit "$rc"
