#!/usr/bin/env bash
# Bad input through the CLI: each gets a clear message naming the document and
# the problem, the batch goes on, and the summary counts what was skipped.
set -euo pipefail
bin=$1
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
{
  echo '{"id": "good-1", "text": "قصفت الطائرات الإسرائيلية مواقع في غزة أمس.", "date": "2020-04-13"}'
  echo '{"id": "broken", "text": "قصف'
  echo '{"id": "empty", "text": ""}'
  echo '{"id": "english", "text": "The army shelled the city and killed six civilians yesterday."}'
  printf '{"id": "badutf8", "text": "\xff\xfe قصف"}\n'
  echo '{"id": "nul", "text": "قصفت\u0000الطائرات"}'
  echo '{"id": "notext"}'
  echo '{"id": "good-2", "text": "تظاهر آلاف الطلاب في الخرطوم ضد الحكومة السودانية.", "date": "2020-04-13"}'
} >"$d/in.jsonl"
"$bin" code "$d/in.jsonl" >"$d/out.jsonl" 2>"$d/err.txt"
cat "$d/err.txt"
fail=0
check() { grep -q -- "$1" "$d/err.txt" || { echo "MISSING in stderr: $1"; fail=1; }; }
check "in.jsonl:2: not valid JSON (skipped)"
check "document empty (.*in.jsonl:3): empty text (skipped)"
check "document english (.*in.jsonl:4): not Arabic"
check "in.jsonl:5: not valid JSON"
check "document nul (.*in.jsonl:6): text contains a NUL character (skipped)"
check "in.jsonl:7: no 'text' field in document notext (skipped)"
check "6 skipped"
grep -q '"doc_id": "good-1"' "$d/out.jsonl" || { echo "good-1 not coded"; fail=1; }
grep -q '"doc_id": "good-2"' "$d/out.jsonl" || { echo "good-2 not coded"; fail=1; }
# a plain-text document that is empty, and stdin
: >"$d/empty.txt"
"$bin" code "$d/empty.txt" 2>"$d/err2.txt" >/dev/null
grep -q "document empty (.*empty.txt): empty text (skipped)" "$d/err2.txt" || { echo "empty .txt not reported"; cat "$d/err2.txt"; fail=1; }
echo 'قصفت الطائرات مواقع المسلحين الخميس.' | "$bin" code - --date 2020-04-13 >"$d/stdin.jsonl" 2>/dev/null
grep -q '"start": "2020-04-09"' "$d/stdin.jsonl" || { echo "stdin text not coded"; fail=1; }
# a bad --date is a usage error
if "$bin" code "$d/empty.txt" --date 2020-13-45 2>/dev/null; then echo "bad --date accepted"; fail=1; fi
# a lexicon row with a bad code is reported, the rest of the user lexicon works
mkdir "$d/lex"
printf 'قصفت جوا|قصف جوي\tV\tASSAULT\taerial\t195\t-\tمثال\nرمى\tV\tASSULT\t-\t190\t-\tمثال\n' >"$d/lex/triggers_user.tsv"
printf 'كتيبة الاختبار\tirq\tTest Brigade\torg\n' >"$d/lex/actors_user.tsv"
echo 'قصفت الطائرات مواقع' | "$bin" code - --lexicon "$d/lex" 2>"$d/err3.txt" >/dev/null
grep -q "triggers_user.tsv:2: unknown PLOVER type 'ASSULT'" "$d/err3.txt" || { echo "bad lexicon row not reported"; cat "$d/err3.txt"; fail=1; }
grep -q "actors_user.tsv:1: bad code 'irq'" "$d/err3.txt" || { echo "bad actor code not reported"; fail=1; }
# a 50 MB document is bounded by the per-document limit and reported; the next one is coded
python3 - "$d/huge.jsonl" <<'PY'
import json, sys
s = "قصفت الطائرات مواقع المسلحين في المدينة. " * 650000
with open(sys.argv[1], "w", encoding="utf-8") as f:
    f.write(json.dumps({"id": "huge", "text": s}, ensure_ascii=False) + "\n")
    f.write(json.dumps({"id": "after-huge", "text": "تظاهر آلاف الطلاب في الخرطوم أمس.", "date": "2020-04-13"}, ensure_ascii=False) + "\n")
PY
"$bin" code "$d/huge.jsonl" >"$d/huge.out" 2>"$d/huge.err"
grep -q "document huge (.*huge.jsonl:1): document is [0-9]* bytes, over the limit of 5242880 (--max-doc-bytes) (skipped)" "$d/huge.err" || { echo "50 MB document not reported"; cat "$d/huge.err"; fail=1; }
grep -q '"doc_id": "after-huge"' "$d/huge.out" || { echo "document after the huge one not coded"; fail=1; }
[ $fail = 0 ] && echo "bad input: all reported"
exit $fail
