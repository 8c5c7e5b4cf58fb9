#!/usr/bin/env bash
# Installs Debian's chromium for the web UI's browser and accessibility tests (tests/FurnaceFw.Http.Tests/BrowserTests.cs,
# AccessibilityTests.cs), which step 20 runs. Playwright launches it through ExecutablePath: no browser download. With
# CI set, a missing /usr/bin/chromium fails those tests instead of skipping them.
set -uo pipefail
. .ci/lib.sh
ensure_apt chromium || { record_counts chromium 0 1; exit 1; }
/usr/bin/chromium --version 2>/dev/null | grep -i chromium || { record_counts chromium 0 1; exit 1; }
