#!/usr/bin/env bash
# Cold start-up figures for docs/performance.md: each command in a fresh JVM, through the launcher, with the
# rule cache warm (the common case) and cold (--no-cache). Prints the median wall time of N runs and the
# peak resident memory of a 100,000-trial simulation.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-5}
./hardground --version >/dev/null   # build the jar and the class-data archive first

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local label=$1; shift
  for _ in $(seq "$n"); do
    /usr/bin/time -f "%e" "$@" 2>&1 >/dev/null | tail -1
  done | median | xargs printf "%-62s %6.2f s\n" "$label"
}

./hardground score scenarios/japan-korea-2023.yaml >/dev/null   # fill the rule cache
measure "score (cold JVM, cached rules)" ./hardground score scenarios/japan-korea-2023.yaml
measure "score --no-cache (cold JVM, rules compiled)" ./hardground score scenarios/japan-korea-2023.yaml --no-cache
measure "simulate 10,000 trials (cold JVM)" ./hardground simulate scenarios/japan-korea-2023.yaml
measure "sensitivity, all inputs at 2,000 trials (cold JVM)" ./hardground sensitivity scenarios/japan-korea-2023.yaml
/usr/bin/time -f "%M" ./hardground simulate scenarios/japan-korea-2023.yaml --trials 100000 2>&1 >/dev/null | tail -1 \
  | awk '{printf "%-62s %6.0f MB\n", "peak RSS, simulate 100,000 trials", $1/1024}'
