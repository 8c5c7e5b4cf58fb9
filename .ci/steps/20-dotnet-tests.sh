#!/usr/bin/env bash
# The README's test command: every host test project in the solution.
set -uo pipefail
. .ci/lib.sh
dotnet restore FurnaceFw.sln && dotnet build FurnaceFw.sln -c Release --no-restore -warnaserror || { record_counts dotnet-build 0 1; exit 1; }
dotnet_test_step dotnet-tests FurnaceFw.sln -c Release --no-build
