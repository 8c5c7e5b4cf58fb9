#!/usr/bin/env bash
# The nanoFramework API-surface check (see surface/nanoFramework-stable/README.md).
#  1. builds the reference-only surface assembly;
#  2. compiles every device-side source (SurfaceCheck.csproj) and the on-device tests (SurfaceCheck.DeviceTests.csproj)
#     against that surface alone;
#  3. proves the check bites: each probe in surface/probes must FAIL to compile against the surface with the error
#     code in its "// expect:" line (allowed.cs, the positive control, must compile).
# Prints "PASS name" / "FAIL name" per check and ends with "surface: N passed, M failed". Exit 1 on any failure.
set -uo pipefail
cd "$(dirname "$0")/.."
config=Release
passed=0 failed=0
pass() { echo "PASS $1"; passed=$((passed + 1)); }
fail() { echo "FAIL $1${2:+: $2}"; failed=$((failed + 1)); }

build() { # name project [msbuild args...]
  local name="$1" project="$2"; shift 2
  local log; log="$(mktemp)"
  if dotnet build "$project" -c "$config" -nologo -v:m -warnaserror "$@" >"$log" 2>&1; then
    grep -h "surface check:" "$log" | sed 's/^ */  /' | sort -u
    pass "$name"
  else
    grep -E "error" "$log" | sed 's|'"$PWD"'/||g' | sort -u | head -n 60
    fail "$name" "does not compile against the nanoFramework stable surface (errors above)"
  fi
  rm -f "$log"
}

build surface-assembly surface/nanoFramework-stable/NanoSurface.csproj
build device-sources-pico-w surface/SurfaceCheck.csproj -p:BoardConstant=BOARD_PICO_W
build device-sources-esp32 surface/SurfaceCheck.csproj -p:BoardConstant=BOARD_ESP32
build device-tests surface/SurfaceCheck.DeviceTests.csproj

surface_dll=surface/nanoFramework-stable/bin/$config/net10.0/nanoFramework.StableSurface.dll
csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll"
if [ ! -f "$surface_dll" ] || [ ! -f "$csc" ]; then
  fail probes "missing $surface_dll or $csc"
else
  out="$(mktemp -d)"
  for probe in surface/probes/*.cs; do
    name="probe-$(basename "$probe" .cs)"
    expect="$(sed -n 's|^// expect: *||p' "$probe" | head -n 1)"
    result="$(dotnet "$csc" -nologo -noconfig -nostdlib+ -langversion:13.0 -target:library -r:"$surface_dll" \
      -out:"$out/probe.dll" "$probe" 2>&1)"
    rc=$?
    if [ "$expect" = "OK" ]; then
      [ $rc -eq 0 ] && pass "$name" || fail "$name" "the positive control must compile: $(echo "$result" | grep -m1 error)"
    elif [ $rc -eq 0 ]; then
      fail "$name" "compiled against the surface, but nanoFramework lacks this API"
    elif echo "$result" | grep -q "error $expect"; then
      pass "$name"
    else
      fail "$name" "failed for another reason than $expect: $(echo "$result" | grep -m1 error)"
    fi
  done
  rm -rf "$out"
fi

echo "surface: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
