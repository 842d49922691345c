#!/usr/bin/env bash
# The web page end to end: starts the real server on a database built from
# data/examples/articles.jsonl, loads the page in headless chromium, checks
# that the map (country shapes, markers), the timeline canvas and the event
# view with the Arabic sentence appear, and saves a screenshot to
# <build>/web_screenshot.png.
set -euo pipefail
bin=$(realpath "$1")
builddir=$(dirname "$bin")
cd "$(dirname "$0")/.."

if [ ! -f node_modules/leaflet/dist/leaflet.js ] || [ ! -f node_modules/chart.js/dist/chart.umd.min.js ] ||
   [ ! -f node_modules/world-atlas/countries-50m.json ]; then
  echo "FAIL: node_modules/ (the web page's npm packages) is missing: run ./marsad.sh (or npm install at the repository root)"
  exit 1
fi
chromium=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$chromium" ]; then
  echo "FAIL: chromium is not installed: run ./marsad.sh (it installs the Debian chromium package)"
  exit 1
fi

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

db=$work/web.db
"$bin" ingest data/examples/articles.jsonl --db "$db" 2>"$work/ingest.err" || { cat "$work/ingest.err"; echo "FAIL: ingest"; exit 1; }
env -u MARSAD_TOKEN "$bin" serve --db "$db" --port 0 >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
base=""
for _ in $(seq 1 100); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" 2>/dev/null | head -1 || true)
  [ -n "$base" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.err"; echo "FAIL: the server exited"; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { echo "FAIL: the server did not print its URL"; exit 1; }

# a located event of the Idlib air-strike article
# (the air strike itself when it is located: its sentence has غارة)
curl -sf "$base/api/events?doc=ex-01-syria-idlib-airstrike&format=geojson" >"$work/ev.json"
event_id=$(python3 -c "
import json,sys
fs = json.load(open(sys.argv[1]))['features']
f = next((f for f in fs if 'غارة' in f['properties']['sentence']), fs[0])
print(f['id'])" "$work/ev.json")
trigger=$(curl -sf "$base/api/events/$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1], safe=''))" "$event_id")" |
  python3 -c "import json,sys; print(json.load(sys.stdin)['trigger']['text'])")
enc=$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1], safe=''))" "$event_id")
echo "page: $base/?event=$enc"

flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
       --disable-component-update --disable-sync --disable-dev-shm-usage --hide-scrollbars --lang=ar
       --window-size=1400,900 --virtual-time-budget=8000)
run_chromium() {  # run_chromium OUT_FILE ARGS...: one chromium with its own profile, at most 90 s
  local out=$1
  shift
  local prof
  prof=$(mktemp -d -p "$work")
  timeout 90 "$chromium" "${flags[@]}" --user-data-dir="$prof" "$@" >"$out" 2>"$out.err" || true
}
run_chromium "$work/dom.html" --dump-dom "$base/?event=$enc"
run_chromium "$work/shot.log" --screenshot="$builddir/web_screenshot.png" "$base/?event=$enc"

fails=0
check() {  # check DESCRIPTION PATTERN
  if grep -Eq "$2" "$work/dom.html"; then echo "ok   $1"; else echo "FAIL $1"; fails=$((fails + 1)); fi
}
check "the page is ready (data-ready)" 'data-ready="1"'
check "Leaflet map" 'class="[^"]*leaflet-container'
check "offline country shapes (SVG paths)" 'class="[^"]*country-shape'
check "event markers (ev-marker or clusters)" 'class="[^"]*(ev-marker|marker-cluster)'
check "the selected event's marker (or its cluster)" 'class="[^"]*(ev-marker|marker-cluster)[^"]*selected'
check "timeline canvas (chart.js)" '<canvas id="timeline"[^>]*(style|height)='
check "event view with the sentence, right-to-left" '<p class="sentence ar" dir="rtl"'
check "the trigger is highlighted" 'class="hl hl-trigger"'
check "the event's Arabic trigger, highlighted ($trigger)" "class=\"hl hl-trigger\"[^>]*>$trigger<"
check "the codes (CAMEO)" 'CAMEO'
check "a link to the document view" 'class="doc-link"'
check "table rows" '<tr data-id='
if grep -q 'id="banner"[^>]*>[^<]' "$work/dom.html" && ! grep -q 'id="banner" hidden' "$work/dom.html"; then
  echo "FAIL the page shows an error banner"; fails=$((fails + 1))
fi
if [ -s "$builddir/web_screenshot.png" ]; then
  echo "ok   screenshot saved: $builddir/web_screenshot.png ($(stat -c %s "$builddir/web_screenshot.png") bytes)"
else
  echo "FAIL no screenshot"; fails=$((fails + 1)); tail -5 "$work/shot.log.err" || true
fi
# nothing is loaded from anywhere but the server (no CDN)
if grep -Eo '(src|href)="https?://[^"]*"' web/index.html | grep -v '^$'; then
  echo "FAIL web/index.html loads from another host"; fails=$((fails + 1))
else
  echo "ok   no external scripts or styles in index.html"
fi

if [ "$fails" -ne 0 ]; then
  echo "web_test: $fails check(s) failed (DOM: $(wc -c <"$work/dom.html") bytes)"
  tail -20 "$work/dom.html.err" || true
  cp "$work/dom.html" "$builddir/web_dom.html" 2>/dev/null && echo "the DOM is in $builddir/web_dom.html"
  exit 1
fi
echo "web_test: all checks passed"
