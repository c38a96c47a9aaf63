# Sourced by bench/serve.sh and bench/browser.sh (not run on its own).
# start_workbench NAME PORT: starts `./hardground serve scenarios` through the launcher on PORT, waits until it
# answers, and opens the reference scenario's page (the server computes and keeps its baseline). Sets server
# (its pid), base (its URL), token (the page's write token) and log (its output); on exit the server is stopped
# and the log removed, with any files named in temp_files. NAME prefixes an error.
start_workbench() {
  local name=$1 port=$2
  log=$(mktemp)
  ./hardground serve scenarios --port "$port" >"$log" 2>&1 &
  server=$!
  trap 'kill "$server" 2>/dev/null || true; rm -f "$log" ${temp_files:-}' EXIT
  base="http://127.0.0.1:$port"
  for _ in $(seq 120); do
    curl -s -o /dev/null "$base/" && break
    sleep 0.5
  done
  token=$(curl -s "$base/" | grep -o 'name="hardground-token" content="[^"]*"' | sed 's/.*content="//; s/"$//')
  [ -n "$token" ] || { echo "$name: no token from $base (server log: $(cat "$log"))" >&2; exit 1; }
  curl -s -o /dev/null "$base/scenario?file=japan-korea-2023.yaml"
}
