#!/usr/bin/env bash
# nanoFramework's allocation rules, checked on the IL: tools/AllocCheck walks the control cycle, the I2C transaction
# and the HTTP request paths of the portable assemblies and fails when an entry point goes over its budget in
# tools/AllocCheck/budgets.json (docs/performance.md, "Allocation on the device"). One count per entry point.
set -uo pipefail
. .ci/lib.sh
log="$(mktemp)"
dotnet build tools/AllocCheck -c Release -warnaserror -v:q -nologo >"$log" 2>&1 || { tail -n 30 "$log"; record_counts alloc 0 1; exit 1; }
dotnet tools/AllocCheck/bin/Release/net10.0/AllocCheck.dll 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
summary="$(grep -E '^alloc: [0-9]+ passed, [0-9]+ failed' "$log" | tail -n 1)"
if [ -z "$summary" ]; then
  record_counts alloc 0 1
  exit 1
fi
p="$(echo "$summary" | sed -E 's/alloc: ([0-9]+) passed.*/\1/')"
f="$(echo "$summary" | sed -E 's/.* ([0-9]+) failed/\1/')"
record_counts alloc "$p" "$f"
exit "$rc"
