#!/usr/bin/env bash
# Figures for docs/performance.md (issue 11): importing the shipped UCDP PAD agreements and back-testing them
# at 1,000 trials each, in fresh JVMs through the launcher, as a user would run it. Prints the median wall time
# of N runs of import + backtest together, then the in-process split from `bench --backtest`.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-5}
csv=data/ucdp-pad-22.1-merged-1975-2009.csv
out=target/bench-ucdp
./hardground --version >/dev/null   # build the jar and the class-data archive first
./hardground score scenarios/japan-korea-2023.yaml >/dev/null   # fill the rule cache

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
times=$(for _ in $(seq "$n"); do
  rm -rf "$out"
  start=$(date +%s.%N)
  ./hardground import ucdp-pad "$csv" --out "$out" >/dev/null 2>&1
  ./hardground backtest "$out" --trials 1000 >/dev/null
  echo "$(date +%s.%N) - $start" | bc
done)
printf "%-66s %6.2f s\n" "import $(ls "$out" | wc -l) agreements + backtest at 1,000 trials (cold JVMs, median of $n)" \
  "$(echo "$times" | median)"
./hardground bench --backtest "$out" --trials 1000 --runs 3 | tail -1
