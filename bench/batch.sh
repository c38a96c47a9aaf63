#!/usr/bin/env bash
# Batch benchmark: generates N scenario files (default 1000) from the reference scenario, each with its three
# variants and score expectations (BENCH_SURVIVAL=1 adds a survival expectation, so that every base scenario is
# also simulated at batch's default 2,000 trials), and times `hardground batch` on them in a fresh JVM through the
# launcher, with its flags and class-data archive, as CI runs it (`./hardground batch`, docs/ci.md);
# BENCH_PLAIN_JAVA=1 runs `java -jar` with the JVM's defaults instead, as this script did before 2026-12-02. The
# rule base is compiled once beforehand so that the timed run loads it from the cache (the "built once" case);
# BENCH_NO_CACHE=1 times a cold compile too.
# Usage: bench/batch.sh [N] [extra batch options...]   Figures: docs/performance-batch.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-1000}"
shift || true
jar="$root/target/hardground.jar"
[ -f "$jar" ] || mvn -B -q -DskipTests package >&2

work="$(mktemp -d "${TMPDIR:-/tmp}/hardground-bench.XXXXXX")"
trap 'rm -rf "$work"' EXIT
cache="$work/cache"

# Scenario i: the reference with its own id, a public support and Korean approval that vary with i, and
# expectations loose enough to hold, so the run measures judging and not failure reporting.
for i in $(seq 1 "$n"); do
  support=$(( 20 + i % 60 ))
  approval=$(( 25 + (i * 7) % 50 ))
  sed -e "s/^id: japan-korea-2023/id: bench-$i/" \
      -e "s/publicSupport: 0.35 /publicSupport: 0.$support /" \
      -e "s/approval: 0.35, approvalTrend: flat/approval: 0.$approval, approvalTrend: flat/" \
      -e '/^expect:/,$d' scenarios/japan-korea-2023.yaml > "$work/s$i.yaml"
  printf 'expect:\n  score: { min: 0, max: 100 }\n' >> "$work/s$i.yaml"
  [ -n "${BENCH_SURVIVAL:-}" ] && printf '  survival: { min: 0.0 }\n' >> "$work/s$i.yaml"
done

java -jar "$jar" lint --rules rules --cache-dir "$cache" >/dev/null   # build the rule base once, into the cache
"$root/hardground" --version >/dev/null   # and the launcher's class-data archive, made once per build
opts=(--cache-dir "$cache")
[ -n "${BENCH_NO_CACHE:-}" ] && opts=(--no-cache)
run=("$root/hardground")
[ -n "${BENCH_PLAIN_JAVA:-}" ] && run=(java -jar "$jar")

start=$(date +%s.%N)
set +e
"${run[@]}" batch "$work" --rules rules "${opts[@]}" --json "$work/batch.json" "$@" > "$work/out.txt"
code=$?
set -e
end=$(date +%s.%N)
rows=$(grep -c '"status"' "$work/batch.json" || true)
grep 'scenario-variants' "$work/out.txt" || true
printf 'files: %d  rows: %d  exit: %d  wall: %.2f s\n' "$n" "$rows" "$code" "$(echo "$end - $start" | bc)"
