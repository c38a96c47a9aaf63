#!/usr/bin/env bash
# Cold start-up figures for docs/performance.md (issue 17): each command in a fresh JVM through the launcher,
# with the rule cache warm (the common case) and cold (--no-cache), beside the JVM's own floor (`java -version`
# with the launcher's flags) measured in the same run. Prints for each the median wall time and the median CPU
# time (user + system) of N runs, runs interleaved so that a change in the machine's load hits every row alike,
# the load average before and after, and the peak resident memory of a 100,000-trial simulation.
# On a shared machine wall times are upper bounds; CPU time is what the run itself cost.
# Usage: bench/cold.sh [N]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-5}
./hardground --version >/dev/null   # build the jar and the class-data archive first
./hardground score scenarios/japan-korea-2023.yaml >/dev/null   # fill the rule cache
work="$(mktemp -d "${TMPDIR:-/tmp}/hardground-cold.XXXXXX")"
trap 'rm -rf "$work"' EXIT

ref=scenarios/japan-korea-2023.yaml
labels=("JVM floor: java -version, the launcher's flags"
  "score (cold JVM, cached rules)"
  "score --no-cache (cold JVM, rules compiled)"
  "simulate 10,000 trials (cold JVM)"
  "simulate 100,000 trials --threads 1 (cold JVM)"
  "simulate 100,000 trials --threads 2 (cold JVM)"
  "sensitivity, all inputs at 2,000 trials (cold JVM)")
commands=("java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -XX:MaxTenuringThreshold=0 -Xshare:auto -version"
  "./hardground score $ref"
  "./hardground score $ref --no-cache"
  "./hardground simulate $ref"
  "./hardground simulate $ref --trials 100000 --threads 1"
  "./hardground simulate $ref --trials 100000 --threads 2"
  "./hardground sensitivity $ref")

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); $(nproc) cores; $(java -version 2>&1 | head -1); load average $(cut -d' ' -f1-3 /proc/loadavg)"
for _ in $(seq "$n"); do
  for i in "${!commands[@]}"; do
    # shellcheck disable=SC2086
    /usr/bin/time -f "%e %U %S %M" -o "$work/t" ${commands[$i]} >/dev/null 2>&1
    echo "$(cat "$work/t")" >> "$work/$i"
  done
done
for i in "${!commands[@]}"; do
  printf "%-52s %6.2f s wall %6.2f s cpu\n" "${labels[$i]}" \
    "$(awk '{print $1}' "$work/$i" | median)" "$(awk '{print $2 + $3}' "$work/$i" | median)"
done
awk '{print $4}' "$work/5" | median | awk '{printf "%-52s %6.0f MB\n", "peak RSS, simulate 100,000 trials --threads 2", $1/1024}'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
