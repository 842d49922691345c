#!/usr/bin/env bash
# The store through the CLI: ingest (JSONL, HTML, RSS, bad input), idempotency,
# replacement, a real kill -9 in the middle of an ingest, query filters and
# every export format.
set -euo pipefail
bin=$1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
fail=0
die() { echo "FAIL: $*"; fail=1; }
sql() { python3 -c 'import sqlite3,sys; c=sqlite3.connect("file:"+sys.argv[1]+"?mode=ro", uri=True); print(c.execute(sys.argv[2]).fetchone()[0])' "$1" "$2"; }

# ---- 1. mixed inputs: JSONL with broken lines, HTML with and without body, RSS and not-RSS
mkdir "$d/in"
cp data/examples/articles.jsonl "$d/in/articles.jsonl"
{
  echo '{"id": "broken", "text": "قصف'
  echo '{"id": "notext"}'
  echo '{"id": "english", "text": "The army shelled the city and killed six civilians yesterday."}'
} >"$d/in/bad.jsonl"
cat >"$d/in/page.html" <<'HTML'
<html><head><title>مقتل ثلاثة بقصف على حلب</title><meta property="article:published_time" content="2023-05-16T08:00:00Z"></head>
<body><nav>الرئيسية</nav><article><p>قتل ثلاثة مدنيين بقصف مدفعي استهدف حي الشعار في مدينة حلب أمس.</p></article></body></html>
HTML
printf '<html><head><title>صفحة بلا جسم</title></head></html>\n' >"$d/in/nobody.html"
cat >"$d/in/feed.rss" <<'RSS'
<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>وكالة</title>
<item><guid>rss-1</guid><title>اعتقالات في عمان</title><link>http://example.org/1</link>
<pubDate>Thu, 20 Jun 2024 09:00:00 +0300</pubDate>
<description>&lt;p&gt;اعتقلت الشرطة الأردنية خمسة متظاهرين في عمان يوم الخميس.&lt;/p&gt;</description></item>
</channel></rss>
RSS
printf 'this is not XML <<<\n' >"$d/in/broken.xml"
db="$d/s.db"
"$bin" ingest "$d/in" --db "$db" >"$d/out1.txt" 2>"$d/err1.txt" || { cat "$d/err1.txt"; die "ingest failed"; }
cat "$d/out1.txt"
grep -q "bad.jsonl:1: not valid JSON (skipped)" "$d/err1.txt" || die "broken JSON line not reported"
grep -q "nobody.html: HTML page without a body (skipped)" "$d/err1.txt" || die "HTML without body not reported"
grep -q "broken.xml: not XML" "$d/err1.txt" || die "non-XML feed not reported"
grep -q "document english .*not Arabic" "$d/err1.txt" || die "English document not reported"
grep -q "12 added, 0 replaced, 0 unchanged, 5 skipped" "$d/out1.txt" || die "ingest summary: $(head -1 "$d/out1.txt")"
grep -q "documents/s" "$d/out1.txt" || die "no speed"
[ "$(sql "$db" 'select count(*) from documents')" = 12 ] || die "12 documents expected"
[ "$(sql "$db" "select published from documents where id='rss-1'")" = 2024-06-20 ] || die "RSS pubDate"
[ "$(sql "$db" "select title from documents where id='page'")" = "مقتل ثلاثة بقصف على حلب" ] || die "HTML title"
# the stored events are what `marsad code` writes
"$bin" code data/examples/articles.jsonl 2>/dev/null | sort >"$d/code.jsonl"
sql "$db" "select count(*) from events where doc_id like 'ex-%'" >"$d/n"
[ "$(cat "$d/n")" = "$(wc -l <"$d/code.jsonl")" ] || die "events stored $(cat "$d/n") != coded $(wc -l <"$d/code.jsonl")"
"$bin" export --db "$db" --format jsonl 2>/dev/null | grep '"doc_id": "ex-' | sort >"$d/exp.jsonl"
cmp -s "$d/code.jsonl" "$d/exp.jsonl" || die "export jsonl differs from code output"

# ---- 2. idempotent; a changed document replaces its events
"$bin" ingest "$d/in" --db "$db" >"$d/out2.txt" 2>/dev/null
grep -q "0 added, 0 replaced, 12 unchanged" "$d/out2.txt" || die "second ingest: $(head -1 "$d/out2.txt")"
ev_before=$(sql "$db" 'select count(*) from events')
sed -i 's/حي الشعار في مدينة حلب/حي الشعار في مدينة حلب، وتظاهر مئات في حمص ضد الحكومة/' "$d/in/page.html"
"$bin" ingest "$d/in/page.html" --db "$db" >"$d/out3.txt" 2>/dev/null
grep -q "0 added, 1 replaced, 0 unchanged" "$d/out3.txt" || die "replacement: $(head -1 "$d/out3.txt")"
[ "$(sql "$db" 'select count(*) from documents')" = 12 ] || die "replacement added a document"
[ "$(sql "$db" "select count(*) from events where doc_id='page' and type='PROTEST'")" -ge 1 ] || die "new events of the replaced document"
"$bin" query --db "$db" --q "حِمص" --format jsonl 2>/dev/null | grep -q '"doc_id": "page"' || die "FTS after replacement"

# ---- 3. query filters
"$bin" query --db "$db" --q "إدلب" --format jsonl >"$d/q.jsonl" 2>"$d/qerr"
[ -s "$d/q.jsonl" ] || die "query --q found nothing"
python3 - "$d/q.jsonl" <<'PY' || fail=1
import json, sys
for l in open(sys.argv[1]):
    j = json.loads(l)
    assert j["doc_id"].startswith("ex-"), j["doc_id"]
PY
"$bin" query --db "$db" --type ASSAULT --format jsonl --limit 1000 2>/dev/null | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert rows and all(r["type"] == "ASSAULT" for r in rows), "type filter"' || die "type filter"
"$bin" query --db "$db" --bbox 35.5,32,37.5,37.5 --format geojson 2>/dev/null | python3 -c '
import json, sys
fc = json.load(sys.stdin)
assert fc["features"], "bbox found nothing"
for f in fc["features"]:
    lon, lat = f["geometry"]["coordinates"]
    assert 35.5 <= lon <= 37.5 and 32 <= lat <= 37.5, (lon, lat)' || die "bbox filter"
"$bin" query --db "$db" --from 2024-01-01 --to 2024-12-31 --format jsonl --limit 1000 2>/dev/null | python3 -c '
import json, sys
rows = [json.loads(l) for l in sys.stdin]
assert rows
for r in rows:
    d = r["date"]["start"] or r["date"]["end"]
    assert "2024-01-01" <= d <= "2024-12-31", d' || die "date filter"
"$bin" query --db "$db" --bbox 1,2,3 2>/dev/null && die "bad --bbox accepted"
"$bin" query --db "$db" --from 2024-13-01 2>/dev/null && die "bad --from accepted"
"$bin" query --db "$d/none.db" 2>/dev/null && die "missing database accepted"
"$bin" query --db "$db" --type "x' OR 1=1 --" --format jsonl 2>/dev/null | grep -q . && die "SQL injection through --type"
"$bin" query --db "$db" --limit 3 >"$d/table.txt" 2>/dev/null
[ "$(wc -l <"$d/table.txt")" = 4 ] || die "table: header + 3 rows"

# ---- 4. exports
total=$(sql "$db" 'select count(*) from events')
"$bin" export --db "$db" --format csv -o "$d/e.csv" 2>/dev/null
python3 - "$d/e.csv" "$total" <<'PY' || die "csv export"
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert len(rows) - 1 == int(sys.argv[2]), (len(rows), sys.argv[2])
assert all(len(r) == len(rows[0]) for r in rows)
PY
"$bin" export --db "$db" --format gdelt -o "$d/e.tsv" 2>/dev/null
[ "$(wc -l <"$d/e.tsv")" = "$total" ] || die "gdelt rows"
awk -F'\t' 'NF != 61 { bad = 1 } END { exit bad }' "$d/e.tsv" || die "gdelt rows without 61 fields"
"$bin" export --db "$db" --format polecat -o "$d/p.tsv" 2>/dev/null
awk -F'\t' 'NF != 40 { bad = 1 } END { exit bad }' "$d/p.tsv" || die "polecat rows without 40 fields"
"$bin" export --db "$db" --format acled -o "$d/a.csv" 2>/dev/null
python3 - "$d/a.csv" "$db" <<'PY' || die "acled export"
import csv, sqlite3, sys
rows = list(csv.reader(open(sys.argv[1], newline="")))
assert rows[0][0] == "data_id" and rows[0][28] == "fatalities" and rows[0][-1] == "injured", rows[0]
c = sqlite3.connect(sys.argv[2])
n = c.execute("select count(*) from events where json_extract(json, '$.acled') is not null").fetchone()[0]
assert len(rows) - 1 == n, (len(rows), n)
PY
"$bin" export --db "$db" --format geojson -o "$d/g.json" 2>/dev/null
python3 - "$d/g.json" "$db" <<'PY' || die "geojson export"
import json, sqlite3, sys
fc = json.load(open(sys.argv[1]))
c = sqlite3.connect(sys.argv[2])
n = c.execute("select count(*) from events where lat is not null").fetchone()[0]
assert fc["type"] == "FeatureCollection" and len(fc["features"]) == n, (len(fc["features"]), n)
PY
"$bin" export --db "$db" --format nope 2>/dev/null && die "unknown export format accepted"

# ---- 5. kill -9 in the middle of a real ingest, then again: nothing lost, nothing doubled
python3 - "$d/big.jsonl" <<'PY'
import json, sys
cities = ["بغداد", "الموصل", "حلب", "إدلب", "غزة", "صنعاء", "طرابلس", "الخرطوم", "درعا", "البصرة"]
verbs = ["قصفت الطائرات مواقع في", "تظاهر مئات الطلاب في", "اعتقلت الشرطة عشرة أشخاص في", "اجتمع وزير الخارجية مع نظيره في"]
with open(sys.argv[1], "w") as f:
    for i in range(6000):
        t = "%s %s يوم الخميس، وقتل %d مدنيين." % (verbs[i % 4], cities[i % 10], i % 7 + 2)
        f.write(json.dumps({"id": "gen-%05d" % i, "date": "2024-03-%02d" % (i % 28 + 1), "text": t}, ensure_ascii=False) + "\n")
PY
kdb="$d/kill.db"
"$bin" ingest "$d/big.jsonl" --db "$kdb" --threads 1 --batch 50 >/dev/null 2>"$d/kerr" &
pid=$!
n=0
for _ in $(seq 1 200); do
  sleep 0.05
  n=$(sql "$kdb" 'select count(*) from documents' 2>/dev/null || echo 0)
  [ "$n" -ge 300 ] && break
done
kill -9 "$pid" 2>/dev/null || true
wait "$pid" 2>/dev/null || true
mid=$(sql "$kdb" 'select count(*) from documents')
echo "killed with $mid of 6000 documents stored"
[ "$mid" -gt 0 ] && [ "$mid" -lt 6000 ] || die "kill -9 did not land in the middle ($mid)"
[ $((mid % 50)) = 0 ] || die "a partial batch survived the kill ($mid)"
"$bin" ingest "$d/big.jsonl" --db "$kdb" >"$d/kout" 2>/dev/null || die "ingest after kill -9 failed"
cat "$d/kout"
grep -q "$((6000 - mid)) added, 0 replaced, $mid unchanged" "$d/kout" || die "resume after kill: $(head -1 "$d/kout")"
[ "$(sql "$kdb" 'select count(*) from documents')" = 6000 ] || die "documents after resume"
[ "$(sql "$kdb" 'select count(distinct id) from documents')" = 6000 ] || die "duplicate documents"
"$bin" code "$d/big.jsonl" 2>/dev/null | wc -l >"$d/ncode"
[ "$(sql "$kdb" 'select count(*) from events')" = "$(cat "$d/ncode")" ] || die "events after resume != events coded ($(cat "$d/ncode"))"
[ "$(sql "$kdb" 'select count(*) from events_rtree')" = "$(sql "$kdb" 'select count(*) from events where lat is not null')" ] || die "R*Tree out of step"
[ "$(sql "$kdb" 'pragma integrity_check')" = ok ] || die "integrity_check"
"$bin" query --db "$kdb" --q "بغداد" --limit 1 2>"$d/qn" >/dev/null
grep -q "of $(sql "$kdb" "select count(*) from events e join documents d on d.rowid = e.doc_rowid where d.text like '%بغداد%'") matching" "$d/qn" || die "FTS after resume: $(cat "$d/qn")"

[ $fail = 0 ] && echo "store CLI: all checks passed"
exit $fail
