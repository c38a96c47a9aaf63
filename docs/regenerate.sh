#!/usr/bin/env bash
# Regenerates what the README and docs show from the current build: the references generated from the model
# (docs/rules.md, docs/scenario.md, schema/scenario.schema.json), the quick start's output (between the
# quickstart-output markers in README.md) and docs/report-screenshot.png (with headless Chromium, when it is
# installed; without it the screenshot is left as it is and this says so). QuickStartIT fails when the README's
# block is not what the current jar prints. Usage: bash docs/regenerate.sh
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"

# The references generated from the model; RuleVocabularyTest, FieldsTest and SchemaCommandTest fail when stale.
./hardground reference rules -o docs/rules.md
./hardground reference scenario -o docs/scenario.md
./hardground schema -o schema/scenario.schema.json
echo "regenerate: docs/rules.md, docs/scenario.md and schema/scenario.schema.json updated" >&2

# The quick start: the whole output up to the first two fired rules, an ellipsis, and the last rule.
output="$(./hardground score scenarios/japan-korea-2023.yaml --explain)"
block="$(printf '%s\n' "$output" | awk '
  /^  fired rules/ { fired = NR }
  { lines[NR] = $0 }
  END {
    for (i = 1; i <= NR; i++) {
      if (!fired || i <= fired + 4) print lines[i]
    }
    if (fired && NR > fired + 6) { print "    …"; print lines[NR - 1]; print lines[NR] }
    else if (fired) { for (i = fired + 5; i <= NR; i++) print lines[i] }
  }')"
begin='<!-- quickstart-output:begin (bash docs/regenerate.sh) -->'
end='<!-- quickstart-output:end -->'
grep -qF "$begin" README.md && grep -qF "$end" README.md || { echo "regenerate: README.md lacks the quickstart-output markers" >&2; exit 2; }
tmp="$(mktemp README.md.XXXXXX)"
BLOCK="$block" BEGIN="$begin" END="$end" awk '
  index($0, ENVIRON["BEGIN"]) == 1 { print; print "```text"; print ENVIRON["BLOCK"]; print "```"; skip = 1; next }
  index($0, ENVIRON["END"]) == 1 { skip = 0 }
  !skip { print }' README.md > "$tmp"
mv "$tmp" README.md
echo "regenerate: README.md quick-start output updated" >&2

# The report screenshot, at the size ReportBrowserIT uses.
browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "regenerate: no chromium on the PATH; docs/report-screenshot.png left unchanged (apt-get install chromium)" >&2
  exit 0
fi
mkdir -p target
./hardground report scenarios/japan-korea-2023.yaml --out target/regenerate-report.html >&2
profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --user-data-dir="$profile" \
  --screenshot="$root/docs/report-screenshot.png" --window-size=1280,2400 \
  "file://$root/target/regenerate-report.html" >/dev/null 2>&1
echo "regenerate: docs/report-screenshot.png updated" >&2
