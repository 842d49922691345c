#!/usr/bin/env bash
# Golden test: code our example articles and compare with tests/golden/ exactly;
# check that every span slices the original text to its 'text'.
# Update after a reviewed change: tests/golden.sh build/marsad --update
set -euo pipefail
bin=$1
cd "$(dirname "$0")/.."
out=$(mktemp)
trap 'rm -f "$out"' EXIT
"$bin" code data/examples/articles.jsonl --threads 2 >"$out" 2>/dev/null
if [ "${2:-}" = "--update" ]; then
  cp "$out" tests/golden/articles.jsonl
  echo "golden updated: $(wc -l <"$out") events"
  exit 0
fi
python3 - "$out" data/examples/articles.jsonl <<'PY'
import json, sys
docs = {json.loads(l)["id"]: json.loads(l)["text"] for l in open(sys.argv[2], encoding="utf-8")}
bad = 0; n = 0
for line in open(sys.argv[1], encoding="utf-8"):
    e = json.loads(line); n += 1
    t = docs[e["doc_id"]]
    for k in ("actor1", "actor2", "location", "date", "trigger"):
        v = e.get(k)
        if v and v.get("span") and v.get("text") is not None:
            s = v["span"]
            if t[s[0]:s[1]] != v["text"]:
                bad += 1; print(f"span mismatch {e['event_id']} {k}: {t[s[0]:s[1]]!r} != {v['text']!r}")
    s = e["sentence_span"]
    if t[s[0]:s[1]] != e["sentence"]:
        bad += 1; print(f"sentence span mismatch {e['event_id']}")
print(f"golden spans: {n} events, {bad} mismatches")
sys.exit(1 if bad or n == 0 else 0)
PY
if ! diff -u tests/golden/articles.jsonl "$out" >/tmp/marsad_golden.diff; then
  head -50 /tmp/marsad_golden.diff
  echo "golden: output differs from tests/golden/articles.jsonl (review, then tests/golden.sh build/marsad --update)"
  exit 1
fi
echo "golden: identical ($(wc -l <"$out") events)"
