#!/usr/bin/env bash
# The HTTP API end to end: builds a store with `marsad ingest` from
# data/examples/articles.jsonl, starts the REAL server (marsad serve) on a
# free loopback port, checks every endpoint's status codes and a few values
# with curl, then stops it.
set -euo pipefail
bin=$(realpath "$1")
cd "$(dirname "$0")/.."
command -v curl >/dev/null || { echo "FAIL: curl is not installed (./marsad.sh installs it)"; exit 1; }

work=$(mktemp -d)
pid=""
cleanup() {
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then kill "$pid"; wait "$pid" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT

fails=0
ok() { echo "ok   $*"; }
bad() { echo "FAIL $*"; fails=$((fails + 1)); }

db=$work/test.db
"$bin" ingest data/examples/articles.jsonl --db "$db" 2>"$work/ingest.err" || { cat "$work/ingest.err"; echo "FAIL: ingest"; exit 1; }

TOKEN=test-token-0123456789
# --port 0: the server picks a free port and prints its URL when ready
"$bin" serve --db "$db" --port 0 --host 127.0.0.1 --token "$TOKEN" --max-body-bytes 200000 \
  >"$work/serve.out" 2>"$work/serve.err" &
pid=$!
base=""
for _ in $(seq 1 100); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve.out" 2>/dev/null | head -1 || true)
  [ -n "$base" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.err"; echo "FAIL: the server exited"; exit 1; }
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/serve.err"; echo "FAIL: the server did not print its URL"; exit 1; }
echo "server at $base"

# status METHOD PATH EXPECTED [curl args...]: checks the status code; the body is in $work/body
status() {
  local m=$1 path=$2 want=$3
  shift 3
  local got
  got=$(curl -s -o "$work/body" -w '%{http_code}' -X "$m" "$@" "$base$path" || true)
  if [ "$got" = "$want" ]; then ok "$m $path → $got"; else bad "$m $path → $got (want $want): $(head -c 300 "$work/body")"; fi
}
# jq-less JSON checks with python3
jcheck() {  # jcheck DESCRIPTION PYTHON_EXPR (j = the parsed body)
  if python3 -c "import json,sys; j=json.load(open('$work/body')); sys.exit(0 if ($2) else 1)" 2>/dev/null; then
    ok "$1"
  else
    bad "$1: $(head -c 300 "$work/body")"
  fi
}

# --- health, events
status GET /api/health 200
jcheck "health: documents = 10, writable" "j['documents'] == 10 and j['writable'] is True"
status GET /api/events 200
jcheck "events: total > 0, default limit 100, records" "j['total'] > 0 and j['limit'] == 100 and j['offset'] == 0 and len(j['events']) == min(100, j['total']) and 'event_id' in j['events'][0]"
total=$(python3 -c "import json; print(json.load(open('$work/body'))['total'])")
event_id=$(python3 -c "
import json
j = json.load(open('$work/body'))
print(next(e['event_id'] for e in j['events'] if e['doc_id'] == 'ex-01-syria-idlib-airstrike'))")
echo "known event: $event_id (of $total)"
status GET "/api/events?limit=2&offset=1" 200
jcheck "events: limit/offset page" "j['limit'] == 2 and j['offset'] == 1 and len(j['events']) == 2"
status GET "/api/events?type=ASSAULT&limit=1000" 200
jcheck "events: type filter" "j['total'] > 0 and all(e['type'] == 'ASSAULT' for e in j['events'])"
status GET "/api/events?type=assault" 200
status GET "/api/events?from=2023-05-16&to=2023-05-16&limit=1000" 200
jcheck "events: date filter" "all(((e.get('date') or {}).get('start') or (e.get('date') or {}).get('end') or '2023-05-16') <= '2023-05-16' for e in j['events'])"
status GET "/api/events?country=SY&limit=1000" 200
status GET "/api/events?actor=SYR" 200
status GET "/api/events?modality=asserted" 200
status GET "/api/events?bbox=35,32,43,38&limit=1000" 200
jcheck "events: bbox filter" "all(35 <= e['location']['lon'] <= 43 and 32 <= e['location']['lat'] <= 38 for e in j['events'])"
status GET "/api/events?doc=ex-01-syria-idlib-airstrike" 200
jcheck "events: doc filter" "j['total'] > 0 and all(e['doc_id'] == 'ex-01-syria-idlib-airstrike' for e in j['events'])"
status GET "/api/events?format=geojson&limit=1000" 200
jcheck "geojson: FeatureCollection of located points" "j['type'] == 'FeatureCollection' and len(j['features']) > 0 and all(f['geometry']['type'] == 'Point' and len(f['geometry']['coordinates']) == 2 for f in j['features']) and 'type' in j['features'][0]['properties']"

# --- bad parameters: 400 with the parameter's name
status GET "/api/events?from=2023-13-01" 400
jcheck "400 names the parameter (from)" "j['parameter'] == 'from' and 'error' in j"
status GET "/api/events?from=yesterday" 400
status GET "/api/events?to=2023-02-30" 400
status GET "/api/events?from=2023-05-10&to=2023-05-01" 400
status GET "/api/events?limit=1001" 400
jcheck "400 names the parameter (limit)" "j['parameter'] == 'limit'"
status GET "/api/events?limit=0" 400
status GET "/api/events?limit=abc" 400
status GET "/api/events?offset=-1" 400
status GET "/api/events?bbox=1,2,3" 400
jcheck "400 names the parameter (bbox)" "j['parameter'] == 'bbox'"
status GET "/api/events?bbox=0,0,200,10" 400
status GET "/api/events?bbox=10,0,0,10" 400
status GET "/api/events?bbox=a,b,c,d" 400
status GET "/api/events?type=BOMBING" 400
status GET "/api/events?country=SYRIA" 400
status GET "/api/events?modality=maybe" 400
status GET "/api/events?format=xml" 400
status GET "/api/events?nonsense=1" 400
jcheck "400 on an unknown parameter names it" "j['parameter'] == 'nonsense'"
status GET "/api/events?limit=1&limit=2" 400

# --- one event, one document
status GET "/api/events/$(python3 -c "import urllib.parse,sys; print(urllib.parse.quote(sys.argv[1], safe=''))" "$event_id")" 200
jcheck "event by id" "j['event_id'] == '$event_id' and j['doc_id'] == 'ex-01-syria-idlib-airstrike' and len(j['sentence']) > 0"
status GET /api/events/no-such-event 404
jcheck "404 is JSON" "'error' in j"
status GET /api/documents/ex-01-syria-idlib-airstrike 200
jcheck "document: text, events, spans" "j['id'] == 'ex-01-syria-idlib-airstrike' and 'غارة' in j['text'] and len(j['events']) > 0 and any(s['kind'] == 'trigger' for s in j['spans']) and j['published'] == '2023-05-16'"
status GET /api/documents/no-such-doc 404

# --- stats, places, search
status GET "/api/stats/timeline" 200
jcheck "timeline: day buckets" "len(j['buckets']) > 0 and j['granularity'] == 'day' and all(len(b['period']) == 10 for b in j['buckets']) and sum(b['count'] for b in j['buckets']) <= $total"
status GET "/api/stats/timeline?granularity=week" 200
jcheck "timeline: week buckets" "all('-W' in b['period'] for b in j['buckets'])"
status GET "/api/stats/timeline?granularity=month&type=ASSAULT" 200
jcheck "timeline: month buckets, one type" "len(j['buckets']) > 0 and all(len(b['period']) == 7 and b['type'] == 'ASSAULT' for b in j['buckets'])"
status GET "/api/stats/timeline?granularity=year" 400
status GET "/api/stats/types" 200
jcheck "types: counts add up to the total" "sum(t['count'] for t in j['types']) == $total and any(t['type'] == 'ASSAULT' for t in j['types'])"
status GET "/api/places" 200
jcheck "places: name, lat, lon, count" "len(j['places']) > 0 and all('lat' in p and 'lon' in p and p['count'] > 0 for p in j['places'])"
status GET "/api/search?q=%D8%BA%D8%A7%D8%B1%D8%A9" 200
jcheck "search: غارة finds the Idlib article" "any(r['id'] == 'ex-01-syria-idlib-airstrike' for r in j['results'])"
status GET "/api/search" 400
status GET "/api/search?q=x&limit=5000" 400

# --- paths and methods
status GET /api/nothing 404
status GET /nothing 404
status DELETE /api/events 405
status PUT /api/documents/ex-01-syria-idlib-airstrike 405 --data x
status GET /api/documents 405
status POST /api/events 405 --data x

# --- static files
status GET / 200
grep -q 'id="map"' "$work/body" && ok "index.html served" || bad "index.html"
status GET /static/app.js 200
status GET /static/style.css 200
status GET /static/../CMakeLists.txt 404
status GET /static/%2e%2e/CMakeLists.txt 404
if [ -d node_modules/leaflet ]; then
  status GET /static/vendor/leaflet/dist/leaflet.js 200
  status GET /static/vendor/world-atlas/countries-50m.json 200
  status GET /static/vendor/@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2 200
  status GET /static/vendor/commander/package.json 404
fi

# --- writing: POST /api/documents
doc='{"id":"srv-test-1","date":"2023-06-01","source":"test","title":"اختبار","text":"قتل ثلاثة مدنيين جراء غارة جوية على بلدة بداما في ريف إدلب اليوم الخميس."}'
status POST /api/documents 401 -H 'Content-Type: application/json' --data-binary "$doc"
status POST /api/documents 403 -H 'Authorization: Bearer wrong-token-xxxx' --data-binary "$doc"
status POST /api/documents 400 -H "Authorization: Bearer $TOKEN" --data-binary '[{"id": 1'
status POST /api/documents 400 -H "Authorization: Bearer $TOKEN" --data-binary '{"id":"x"}'
status POST /api/documents 201 -H "Authorization: Bearer $TOKEN" -H 'Content-Type: application/json' --data-binary "$doc"
jcheck "POST: one document added with events" "j['added'] == 1 and j['events'] > 0 and j['documents'][0]['status'] == 'added'"
new_event=$(python3 -c "import json; print(json.load(open('$work/body'))['documents'][0]['event_ids'][0])")
status POST /api/documents 200 -H "Authorization: Bearer $TOKEN" --data-binary "$doc"
jcheck "POST again: unchanged" "j['unchanged'] == 1 and j['added'] == 0"
status GET /api/documents/srv-test-1 200
jcheck "the POSTed document is stored" "j['id'] == 'srv-test-1' and len(j['events']) > 0"
status GET "/api/events/$new_event" 200
status GET /api/health 200
jcheck "health: 11 documents" "j['documents'] == 11"
# JSONL body with two documents, one of them bad
printf '%s\n%s\n' '{"id":"srv-test-2","date":"2023-06-02","text":"اعتقلت قوات الأمن العراقية خمسة أشخاص في بغداد أمس."}' '{"text": 5}' >"$work/two.jsonl"
status POST /api/documents 201 -H "Authorization: Bearer $TOKEN" --data-binary @"$work/two.jsonl"
jcheck "POST JSONL: one added, one skipped" "j['added'] == 1 and j['skipped'] == 1"
# 413: a body larger than --max-body-bytes
head -c 300000 /dev/zero | tr '\0' 'a' >"$work/huge"
status POST /api/documents 413 -H "Authorization: Bearer $TOKEN" -H 'Expect:' --data-binary @"$work/huge"

# --- read-only server: POST is off without a token, the store is opened read-only
kill "$pid"
wait "$pid" 2>/dev/null || true
pid=""
env -u MARSAD_TOKEN "$bin" serve --db "$db" --port 0 >"$work/serve2.out" 2>"$work/serve2.err" &
pid=$!
base=""
for _ in $(seq 1 100); do
  base=$(grep -o 'http://127\.0\.0\.1:[0-9]*' "$work/serve2.out" 2>/dev/null | head -1 || true)
  [ -n "$base" ] && break
  sleep 0.1
done
[ -n "$base" ] || { cat "$work/serve2.err"; echo "FAIL: the read-only server did not start"; exit 1; }
grep -q "read-only" "$work/serve2.out" && ok "read-only mode announced" || bad "read-only mode not announced"
status POST /api/documents 403 -H "Authorization: Bearer $TOKEN" --data-binary "$doc"
status GET /api/health 200
jcheck "read-only: writable false, 12 documents" "j['writable'] is False and j['documents'] == 12"

# --- bad options
if "$bin" serve --db "$work/missing.db" --port 0 >/dev/null 2>&1; then bad "serve on a missing db should fail"; else ok "serve on a missing db fails"; fi
if "$bin" serve --db "$db" --port 70000 >/dev/null 2>&1; then bad "serve --port 70000 should fail"; else ok "serve --port 70000 fails"; fi

if [ "$fails" -ne 0 ]; then
  echo "server_test: $fails check(s) failed"
  echo "--- server stderr"; cat "$work/serve.err" | tail -20
  exit 1
fi
echo "server_test: all checks passed"
