#!/usr/bin/env bash
# Spark benchmark: N generated scenario files (default 500) from the reference scenario, each with its three
# variants, every one of them expecting a survival figure, so that N x 4 scenario-variants are simulated at
# TRIALS trials each (default 10,000). Times, in fresh JVMs with the same flags (JVM defaults), the CLI's
# `batch --threads 1` and `--threads 2` and the Spark job on local[1] and local[2] over the same files, REPEAT times in turn
# (default 1), and checks that every run wrote the same JSON byte for byte (but for each row's wall time). Files go to target/bench-spark/.
# The one-core runs are pinned to one core (taskset -c 0, where taskset exists): unpinned, a one-thread JVM still
# compiles and collects on the second core, so "one core" would be more than one. PIN= (empty) leaves them unpinned.
# Usage: bench/spark.sh [N] [TRIALS] [REPEAT]        Figures: docs/scale.md
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
n="${1:-500}"
trials="${2:-10000}"
repeat="${3:-1}"
[ -f "$root/target/hardground.jar" ] || mvn -B -q -DskipTests package >&2
work="$root/target/bench-spark"
rm -rf "$work" && mkdir -p "$work/in"
jar="$work/hardground.jar"        # a copy: a rebuild during the run cannot pull the jar from under it
cp "$root/target/hardground.jar" "$jar"

# The classpath Spark needs besides the jar: the provided dependencies, from Maven alone.
cp_file="$root/target/spark-provided.classpath"
[ -s "$cp_file" ] || mvn -B -q dependency:build-classpath -Dmdep.includeScope=provided -Dmdep.outputFile="$cp_file" >&2
opens="$(mvn -B -q help:evaluate -Dexpression=spark.jvm.opens -DforceStdout 2>/dev/null | sed "s/\x1b\[[0-9;]*m//g" || true)"
[ -n "$opens" ] || { echo "cannot read spark.jvm.opens from pom.xml" >&2; exit 2; }

# Scenario i: the reference with its own id, public support and Korean approval varying with i; base and
# variants all expect a survival figure (loose enough to hold), so each is simulated.
for i in $(seq 1 "$n"); do
  support=$(( 20 + i % 60 ))
  approval=$(( 25 + (i * 7) % 50 ))
  sed -e "s/^id: japan-korea-2023/id: bench-$i/" \
      -e "s/publicSupport: 0.35 /publicSupport: 0.$support /" \
      -e "s/approval: 0.35, approvalTrend: flat/approval: 0.$approval, approvalTrend: flat/" \
      -e '/^    set: /a\    expect: { survival: { min: 0.0 } }' \
      -e '/^expect:/,$d' scenarios/japan-korea-2023.yaml > "$work/in/s$i.yaml"
  printf 'expect:\n  survival: { min: 0.0 }\n' >> "$work/in/s$i.yaml"
done

java -jar "$jar" lint --rules rules >/dev/null   # the rule base compiled once, into the cache: every run loads it

timed() { # label, command...: wall time, and the CPU time (user + system) the run used, which load does not inflate
  local label="$1"; shift
  local start end cpu
  start=$(date +%s.%N)
  /usr/bin/time -f '%U %S' -o "$work/$label.time" "$@" > "$work/$label.out" 2> "$work/$label.err" \
      || { echo "$label failed:"; tail -5 "$work/$label.err"; exit 1; }
  end=$(date +%s.%N)
  cpu=$(awk '{ print $1 + $2 }' "$work/$label.time")
  printf '%-16s %8.1f s wall  %8.1f s CPU   load %s\n' "$label" "$(echo "$end - $start" | bc)" "$cpu" \
      "$(cut -d' ' -f1-3 /proc/loadavg)"
}

pin="${PIN-taskset -c 0}"
command -v taskset >/dev/null || pin=""

echo "$n files, $(( n * 4 )) scenario-variants x $trials trials; $(nproc) cores; $(java -version 2>&1 | head -1); one-core runs: ${pin:-not pinned}"
for r in $(seq 1 "$repeat"); do
  # shellcheck disable=SC2086
  timed "cli-threads-1" $pin java -jar "$jar" batch "$work/in" --trials "$trials" --threads 1 --json "$work/cli-1.json"
  timed "cli-threads-2" java -jar "$jar" batch "$work/in" --trials "$trials" --threads 2 --json "$work/cli.json"
  for m in 1 2; do
    one=""; [ "$m" = 1 ] && one="$pin"
    # shellcheck disable=SC2086
    timed "spark-local-$m" $one java $opens -Dspark.master="local[$m]" -cp "$jar:$(cat "$cp_file")" \
        dev.hardground.spark.SparkJob batch "$work/in" --trials "$trials" --json "$work/spark-$m.json"
  done
  # every byte but each row's "time", the one field that measures the run rather than its result
  for f in cli cli-1 spark-1 spark-2; do grep -v '"time" : ' "$work/$f.json" > "$work/$f.untimed"; done
  cmp "$work/cli.untimed" "$work/cli-1.untimed" && cmp "$work/cli.untimed" "$work/spark-1.untimed" \
      && cmp "$work/cli.untimed" "$work/spark-2.untimed" \
      && echo "round $r: all four JSON reports identical but for rows' times ($(grep -c '"survival" : {' "$work/cli.json") simulated)"
done
