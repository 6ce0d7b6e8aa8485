#!/usr/bin/env bash
# Latency of `GET /api/events` with filters, measured with wrk against 127.0.0.1
# (eval/REPORT.md, "API latency over 100,000 events"). Not part of CI.
#
#   eval/bench/serve_latency.sh BIN DB [LABEL]
#
# Serves DB with the tidings binary BIN on a free loopback port and runs wrk for each
# mix below (2 threads, 8 connections, 10 s after a 2 s warm-up; a request may take
# up to 60 s), printing one
# Markdown table row per mix: p50, p99 and requests/s. The cursor of page 50 is found
# by walking the pages with curl first. Needs wrk (`apt-get install wrk`), curl, python3.
set -euo pipefail

bin=$1
db=$2
label=${3:-$(basename "$bin")}
duration=${WRK_DURATION:-10s}
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
url="http://127.0.0.1:$port"
log=$(mktemp)
"$bin" serve --db "$db" --addr "127.0.0.1:$port" 2>"$log" &
server=$!
trap 'kill $server 2>/dev/null || true; wait $server 2>/dev/null || true; rm -f "$log"' EXIT
for _ in $(seq 1 600); do
    if curl -fsS "$url/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then cat "$log"; exit 1; fi
    sleep 0.5
done

# The cursor of page 50 (summary view, 100 events a page).
cursor=""
for _ in $(seq 1 49); do
    cursor=$(curl -fsS "$url/api/events?view=summary${cursor:+&cursor=$cursor}" |
        python3 -c 'import json, sys; print(json.load(sys.stdin)["next_cursor"] or "")')
done

# Filters chosen to match a realistic share of the corpus: one country with many
# events (the most frequent one), one month, one type.
country=$(curl -fsS "$url/api/events?view=summary&limit=2000" |
    python3 -c 'import collections, json, sys; c = collections.Counter(e["country"] for e in json.load(sys.stdin)["events"] if e["country"]); print(c.most_common(1)[0][0])')

declare -a mixes=(
    "no filter|/api/events?view=summary"
    "no filter, full view|/api/events"
    "country=$country|/api/events?view=summary&country=$country"
    "since=2020-03&until=2020-03|/api/events?view=summary&since=2020-03&until=2020-03"
    "type=Protests|/api/events?view=summary&type=Protests"
    "country + type + year|/api/events?view=summary&country=$country&type=Battles&since=2019&until=2019"
    "cursor page 50|/api/events?view=summary&cursor=$cursor"
    "event by id|/api/events/ID"
)

id=$(curl -fsS "$url/api/events?view=summary&limit=1&country=$country" | python3 -c 'import json, sys; print(json.load(sys.stdin)["events"][0]["id"])')
echo "| $label: mix | events in reply | p50 | p99 | requests/s |"
echo "|---|---:|---:|---:|---:|"
for mix in "${mixes[@]}"; do
    name=${mix%%|*}
    path=${mix#*|}
    path=${path/ID/$id}
    n=$(curl -fsS "$url$path" | python3 -c 'import json, sys; d = json.load(sys.stdin); print(len(d["events"]) if "events" in d and isinstance(d["events"], list) and "next_cursor" in d else 1)')
    wrk -t2 -c8 -d2s --timeout 60s "$url$path" >/dev/null
    out=$(wrk -t2 -c8 -d"$duration" --timeout 60s --latency "$url$path")
    p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    rps=$(awk '$1 == "Requests/sec:" {print $2}' <<<"$out")
    errors=$(grep -E "Non-2xx|Socket errors" <<<"$out" || true)
    if [[ "$rps" == "0.00" ]]; then
        # No request finished within the run: time three in a row, one at a time.
        times=$(for _ in 1 2 3; do curl -fsS -o /dev/null -w '%{time_total}\n' "$url$path"; done | sort -n)
        p50="$(sed -n 2p <<<"$times")s (3 sequential curl)"
        p99="$(sed -n 3p <<<"$times")s (max)"
        rps="0 in ${duration} at 8 connections"
    fi
    echo "| $name | $n | $p50 | $p99 | $rps |${errors:+ $errors}"
done
