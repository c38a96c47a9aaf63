#!/usr/bin/env bash
# Figures for docs/performance.md, "Ranged inputs": each command in a fresh JVM through the launcher (rule
# cache warm), wall and CPU seconds (median of N runs): the reference simulate, the same with 10 ranged
# inputs, and sensitivity --global over 20 ranged inputs with S base samples (once: it is long).
# Usage: bench/uncertainty.sh [N] [S] [POINT_TRIALS]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
n=${1:-3}
samples=${2:-1000}
point=${3:-20}
./hardground score scenarios/japan-korea-2023.yaml >/dev/null   # build the jar, fill the rule cache

median() { sort -n | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
measure() {
  local label=$1 runs=$2; shift 2
  local times
  times=$(for _ in $(seq "$runs"); do /usr/bin/time -f "%e %U" "$@" 2>&1 >/dev/null | tail -1; done)
  printf "%-66s %7.2f s wall %7.2f s cpu\n" "$label" \
    "$(cut -d' ' -f1 <<<"$times" | median)" "$(cut -d' ' -f2 <<<"$times" | median)"
}

echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
measure "simulate reference, 10,000 trials (point inputs)" "$n" ./hardground simulate scenarios/japan-korea-2023.yaml
measure "simulate bench/ranged-10.yaml, 10,000 trials (10 ranged inputs)" "$n" ./hardground simulate bench/ranged-10.yaml
measure "sensitivity --global bench/ranged-20.yaml, $samples samples x $point trials" 1 \
  ./hardground sensitivity bench/ranged-20.yaml --global --samples "$samples" --point-trials "$point"
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
