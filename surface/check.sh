#!/usr/bin/env bash
# The nanoFramework compile check (surface/README.md): builds surface/NfCheck, which
#  1. compiles each package surface in surface/packages against the official mscorlib (nanoFramework.CoreLibrary from
#     NuGet), named and versioned like the real package;
#  2. compiles every device assembly (Device/**/*.nfproj, both board images) alone, with exactly the references its
#     .nfproj has, and checks the output's metadata (no generics, nothing the compiler embedded, no Pico-throwing or
#     float-only Math);
#  3. proves the check bites: each probe in surface/probes must fail the way its "// expect:" line says.
# Prints "PASS name" / "FAIL name: why" per check and ends with "surface: N passed, M failed". Exit 1 on any failure.
# Extra arguments go to NfCheck (e.g. --packages DIR to compile against real package assemblies instead).
set -uo pipefail
cd "$(dirname "$0")/.."
csc="$(dirname "$(readlink -f "$(command -v dotnet)")")/sdk/$(dotnet --version)/Roslyn/bincore/csc.dll"
log="$(mktemp)"
if ! dotnet build surface/NfCheck -c Release -nologo -v:q >"$log" 2>&1; then
  grep -E "error" "$log" | sort -u | head -n 20
  rm -f "$log"
  echo "FAIL nfcheck: surface/NfCheck does not build"
  echo "surface: 0 passed, 1 failed"
  exit 1
fi
rm -f "$log"
dotnet surface/NfCheck/bin/Release/net10.0/NfCheck.dll --repo . --csc "$csc" "$@"
