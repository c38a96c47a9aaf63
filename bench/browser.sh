#!/usr/bin/env bash
# The workbench what-if as the analyst sees it (docs/performance.md, issue 16): `./hardground serve` started through
# the launcher, WARM what-ifs posted over HTTP as bench/serve.sh posts them, then the reference scenario's page in
# headless Chromium has one slider moved to MOVES new settings, one at a time; for each, the page's own figure from
# the move to the frame after the answer's redraw was painted, and the server's part (WorkbenchRedrawBench, a
# main in the test sources: Selenium stays a test dependency). Needs Debian's chromium and chromium-driver.
# Usage: bench/browser.sh [WARM] [MOVES] [PORT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
warm=${1:-300}
moves=${2:-40}
port=${3:-18791}
command -v chromium >/dev/null && command -v chromedriver >/dev/null \
  || { echo "browser.sh: needs chromium and chromedriver (apt-get install -y chromium chromium-driver)" >&2; exit 2; }
./hardground score scenarios/japan-korea-2023.yaml >/dev/null   # build the jar, fill the rule cache
mvn -B -q -o test-compile >&2 || mvn -B -q test-compile >&2
cp_file=target/test.classpath
[ -s "$cp_file" ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
source bench/workbench.sh
start_workbench browser.sh "$port"
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg); $(chromium --version 2>/dev/null | head -1)"
java -cp "target/test-classes:target/classes:$(cat "$cp_file")" dev.hardground.it.WorkbenchRedrawBench "$base/" "$token" "$warm" "$moves"
echo "server peak memory: $(grep VmHWM "/proc/$server/status" | awk '{printf "%.0f MB", $2 / 1024}')"
