#!/usr/bin/env bash
# The workbench what-if as a user meets it (docs/performance.md, issue 16): `./hardground serve` started through the
# launcher, the reference scenario's page opened (the server keeps its baseline), WARM what-ifs of the scenario's
# first chance posted at settings between the measured ones, then five measured. Prints each measured answer: the
# server's own time (simulate and draw, `totalMillis`), its simulation alone, and curl's wall time; then the
# median of the server's times and the server's peak memory. Then a drag, modelled with curl: four moves 90 ms
# apart (past the page's 60 ms debounce), each sent as its own what-if as the page did before 0.2.0's one-in-flight
# change, against the page's way now (the first move's what-if, then the last position's when it lands): the wall
# time from the first move to the last answer, five times each. JAVA_OPTS passes through to the server.
# Usage: bench/serve.sh [WARM] [PORT]
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
warm=${1:-40}
port=${2:-18790}
path='commitments[kr-foundation-pays].chance'
./hardground score scenarios/japan-korea-2023.yaml >/dev/null   # build the jar, fill the rule cache
body=$(mktemp)   # curl writes the answer here: piped into a program still starting, its time would count the wait
temp_files=$body
source bench/workbench.sh
start_workbench serve.sh "$port"
post() {
  curl -s -o "$body" -w '%{time_total}' -X POST "$base/api/whatif" -H "X-Hardground-Token: $token" -H "Origin: $base" \
    -H 'Sec-Fetch-Site: same-origin' -H 'Content-Type: application/json' \
    --data "{\"file\":\"japan-korea-2023.yaml\",\"sets\":[{\"path\":\"$path\",\"value\":\"$1\"}]}"
}
answer() {
  python3 -c 'import sys, json
j = json.load(open(sys.argv[1]))
print(j["totalMillis"], j["simulateMillis"], round(float(sys.argv[2]) * 1000))' "$body" "$1"
}
for j in $(seq 0 $((warm - 1))); do
  post "$(awk -v j="$j" 'BEGIN { printf "%.4f", 0.0125 + 0.025 * (j % 30) + 0.0001 * int(j / 30) }')" >/dev/null
done
echo "$(date -u '+%Y-%m-%d %H:%M UTC'); load average $(cut -d' ' -f1-3 /proc/loadavg); $warm warm-up what-ifs of $path"
echo "server ms  simulate ms  curl ms"
times=()
for v in 0.25 0.35 0.45 0.55 0.65; do
  read -r total simulate wall < <(answer "$(post "$v")")
  printf "%9s  %11s  %7s\n" "$total" "$simulate" "$wall"
  times+=("$total")
done
median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
echo "median answer: $median ms; server peak memory: $(grep VmHWM "/proc/$server/status" | awk '{printf "%.0f MB", $2 / 1024}')"
ms_since() { echo $(( ($(date +%s%N) - $1) / 1000000 )); }
echo "a drag of four moves 90 ms apart, first move to last answer: each sent ms, one in flight ms"
for r in 1 2 3 4 5; do
  start=$(date +%s%N)
  pids=()
  for k in 1 2 3 4; do
    post "0.5$r$k" >/dev/null &
    pids+=($!)
    sleep 0.09
  done
  wait "${pids[@]}"
  each=$(ms_since "$start")
  start=$(date +%s%N)
  post "0.6${r}1" >/dev/null
  post "0.6${r}4" >/dev/null
  printf "%28s  %15s\n" "$each" "$(ms_since "$start")"
done
