#!/usr/bin/env bash
# Browser tests of the web interface: build tidings (debug), ingest examples/news.jsonl
# into a temporary database, create a write token, serve on a free loopback port, run
# the Playwright tests against the system's Chromium, stop the server.
#   e2e/run.sh                 run the tests
#   e2e/run.sh --screenshots   also write docs/web-*.png
# Needs node/npm and /usr/bin/chromium (apt-get install chromium); `npm ci` is run here.
set -euo pipefail

cd "$(dirname "$0")/.."
root=$(pwd)
if [[ "${1:-}" == "--screenshots" ]]; then export SCREENSHOTS=1; fi

cargo build -p tidings-cli --bin tidings
target=${CARGO_TARGET_DIR:-$root/target}
bin=$target/debug/tidings

work=$(mktemp -d)
server=""
site=""
cleanup() {
    if [[ -n "$server" ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; fi
    if [[ -n "$site" ]]; then kill "$site" 2>/dev/null || true; wait "$site" 2>/dev/null || true; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$bin" ingest --db "$work/e2e.db" examples/news.jsonl >/dev/null
export TIDINGS_TOKEN=$("$bin" token create --db "$work/e2e.db" --scope write --label e2e 2>/dev/null)

# A free port: bind to port 0 and read back what the system chose.
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
"$bin" serve --db "$work/e2e.db" --addr "127.0.0.1:$port" 2>"$work/server.log" &
server=$!
export TIDINGS_URL="http://127.0.0.1:$port"
for _ in $(seq 1 100); do
    if curl -fsS "$TIDINGS_URL/healthz" >/dev/null 2>&1; then break; fi
    if ! kill -0 "$server" 2>/dev/null; then cat "$work/server.log"; exit 1; fi
    sleep 0.2
done

# A local web site with one news page, for coding an article by its URL (the server
# fetches it; nothing leaves the machine).
mkdir -p "$work/site"
cat >"$work/site/article.html" <<'HTML'
<!doctype html><html><head><title>Gunmen kill three villagers near Maiduguri</title>
<meta property="article:published_time" content="2024-05-05T08:00:00Z"></head>
<body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Gunmen kill three villagers near Maiduguri</h1>
<p>Police said gunmen killed three villagers in Maiduguri, Nigeria, on 4 May 2024.</p>
<p>The attackers arrived on motorcycles and fled before soldiers reached the village, a police spokesman told reporters.</p>
</article><footer>Example News</footer></body></html>
HTML
site_port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')
python3 -m http.server --bind 127.0.0.1 --directory "$work/site" "$site_port" >"$work/site.log" 2>&1 &
site=$!
export ARTICLE_URL="http://127.0.0.1:$site_port/article.html"
for _ in $(seq 1 50); do
    if curl -fsS "$ARTICLE_URL" >/dev/null 2>&1; then break; fi
    sleep 0.1
done

cd e2e
if [[ ! -d node_modules/@playwright/test ]]; then
    PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
fi
timeout 600 npx playwright test
