# Helpers for .ci/steps/*.sh. A step records its counts with record_counts NAME PASSED FAILED SKIPPED.
record_counts() {
  echo "$2 $3 ${4:-0}" > "$CI_RESULTS/$1"
}

# Installs Debian packages when a command is missing (CI machines may be new).
ensure_apt() {
  local missing=()
  for pkg in "$@"; do
    dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
  done
  [ ${#missing[@]} -eq 0 ] && return 0
  echo "installing: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq && apt-get install -y -qq "${missing[@]}" >/dev/null
}

# Runs `dotnet test` on a project or solution and records the counts from its TRX results.
dotnet_test_step() {
  local name="$1"; shift
  local trxdir="$CI_RESULTS/trx-$name"
  dotnet test "$@" --logger "trx" --results-directory "$trxdir" 2>&1 | tail -n 40
  local rc=${PIPESTATUS[0]}
  python3 - "$trxdir" "$name" "$CI_RESULTS" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
trxdir, name, out = sys.argv[1:]
p = f = s = 0
for path in glob.glob(trxdir + "/**/*.trx", recursive=True):
    c = ET.parse(path).getroot().find(".//{*}Counters")
    if c is None: continue
    p += int(c.get("passed", 0)); f += int(c.get("failed", 0)) + int(c.get("error", 0)) + int(c.get("timeout", 0)) + int(c.get("aborted", 0))
    s += int(c.get("notExecuted", 0)) + int(c.get("inconclusive", 0))
open(f"{out}/{name}", "w").write(f"{p} {f} {s}\n")
print(f"{name}: {p} passed, {f} failed, {s} skipped")
PY
  if [ "$rc" -ne 0 ]; then
    # A crash or build failure can leave no TRX: make sure it counts as a failure.
    read -r _ f _ < "$CI_RESULTS/$name"
    [ "$f" -gt 0 ] || echo "0 1 0" > "$CI_RESULTS/$name"
  fi
  return "$rc"
}
