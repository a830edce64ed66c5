#!/usr/bin/env bash
# Run the Planmark e2e suite in a real VS Code (code-server + headless chromium).
#   npm run compile && bash test/e2e/run.sh
# Installs the prerequisites on first use (test/e2e/setup.sh), then runs test/e2e/driver.js in
# test mode. Exit code = the suite's result (0 passed, 1 failed, 2 harness error, 124 stopped by
# the inactivity guard: no progress for PLANMARK_TEST_INACTIVITY_MS).
# All driver options pass through as env variables or arguments (see test/e2e/README.md), e.g.
#   SHOT=out/e2e.png PLANMARK_TEST_INACTIVITY_MS=300000 bash test/e2e/run.sh --verbose
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO="$(cd "$HERE/../.." && pwd)"

bash "$HERE/setup.sh" || { echo "[e2e] setup failed (see above); not running the suite" >&2; exit 2; }

TESTS="${TESTS:-$REPO/out/test/e2e/suite/index.js}"
if [ ! -f "$TESTS" ]; then
  echo "[e2e] $TESTS is missing: run npm run compile first" >&2
  exit 1
fi

cd "$REPO"
export TESTS
MODE=test exec node "$HERE/driver.js" "$@"
