#!/usr/bin/env bash
# Installs Debian's chromium for the web UI's browser test (tests/FurnaceFw.Http.Tests/BrowserTests.cs), which step 20
# runs. The test drives it over the DevTools protocol: no browser download, no driver. With CI set, a missing
# /usr/bin/chromium fails that test instead of skipping it.
set -uo pipefail
. .ci/lib.sh
ensure_apt chromium || { record_counts chromium 0 1; exit 1; }
/usr/bin/chromium --version 2>/dev/null | grep -i chromium || { record_counts chromium 0 1; exit 1; }
