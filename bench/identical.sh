#!/usr/bin/env bash
# Byte-identical output before and after a speed-up: runs the same commands over every shipped scenario with
# an earlier jar and with target/hardground.jar, and compares what each wrote (stdout and exit code) byte for
# byte. Build the earlier jar from the commit before the change, e.g.
#   git worktree add /tmp/before main && (cd /tmp/before && mvn -B -q -o -DskipTests package)
#   bash bench/identical.sh /tmp/before/target/hardground.jar
# Usage: bench/identical.sh OLD.jar [TRIALS]        (TRIALS per simulation, default 2,000)
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
old="${1:?usage: bench/identical.sh OLD.jar [TRIALS]}"
trials="${2:-2000}"
work="$root/target/identical"
rm -rf "$work" && mkdir -p "$work/old" "$work/new"
new="$work/hardground.jar"   # a copy: a rebuild during the run cannot pull the jar from under it
cp "$root/target/hardground.jar" "$new"

run() { # jar, name, args...: stdout and the exit code into $work/{old,new}/name
  local jar="$1" side="$2" name="$3"; shift 3
  local code=0
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -jar "$jar" "$@" > "$work/$side/$name" 2>/dev/null || code=$?
  echo "exit $code" >> "$work/$side/$name"
}

both() { # name, args...
  run "$old" old "$@"
  run "$new" new "$@"
}

for f in scenarios/*.yaml scenarios/history/*.yaml; do
  n="$(basename "$f" .yaml)"
  both "$n.score" score "$f" --explain
  both "$n.score.json" score "$f" --format json
  both "$n.simulate.json" simulate "$f" --trials "$trials" --format json --threads 2
  both "$n.whatif" whatif "$f" --trials "$trials"
done
both ranged-10.simulate.json simulate bench/ranged-10.yaml --trials "$trials" --format json
both reference.sensitivity sensitivity scenarios/japan-korea-2023.yaml --trials 500
both ranged-20.global.json sensitivity bench/ranged-20.yaml --global --samples 10 --point-trials 10 --trials 300 --format json
both reference.whatif-weights whatif scenarios/japan-korea-2023.yaml --trials "$trials" \
  --try 'events[kr-2024-legislative].outcomes.government-wins=0.9' --try 'events[kr-2024-legislative].outcomes.opposition-wins=0.1'
for side in old new; do
  jar="$old"; [ "$side" = new ] && jar="$new"
  run "$jar" "$side" batch batch scenarios --trials "$trials" --json "$work/$side-batch.json"
  grep -v '"time" :' "$work/$side-batch.json" >> "$work/$side/batch"   # wall times differ from run to run
done
both help --help
both help-score help score
both completion completion bash
both unknown-command scroe scenarios/japan-korea-2023.yaml
both no-such-file score no-such.yaml

different=0
for f in "$work"/old/*; do
  n="$(basename "$f")"
  if ! cmp -s "$f" "$work/new/$n"; then
    echo "differs: $n"
    different=$((different + 1))
  fi
done
echo "$(find "$work/old" -type f | wc -l) outputs compared, $different different"
[ "$different" -eq 0 ]
