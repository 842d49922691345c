#!/usr/bin/env bash
# scaling.sh: throughput of `marsad bench` on the SaudiNewsNet corpus
# (../shared/data/news/saudinewsnet/*.jsonl, ~31k articles) at 1k, 5k, 10k and
# all documents, with --threads 1 and --threads 2. Subsets are the first N
# lines of the corpus (files in name order), made in a temporary directory.
#   scripts/scaling.sh                     uses build/marsad
#   MARSAD_BIN=build-rel/marsad THREADS="1 2 4" SIZES="1000 all" scripts/scaling.sh
# Skips (exit 0) with a message when the corpus is not there.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BIN=${MARSAD_BIN:-$ROOT/build/marsad}
CORPUS=${SCALING_CORPUS:-$ROOT/../shared/data/news/saudinewsnet}
SIZES=${SIZES:-1000 5000 10000 all}
THREADS=${THREADS:-1 2}
REPEAT=${REPEAT:-2}  # runs per point; the fastest is reported (other load on the machine only slows runs down)

if [ ! -d "$CORPUS" ] || ! ls "$CORPUS"/*.jsonl >/dev/null 2>&1; then
  echo "scaling: $CORPUS is absent: skipped" >&2
  exit 0
fi
[ -x "$BIN" ] || { echo "scaling: $BIN not built (cmake --build build)" >&2; exit 1; }

TMP=$(mktemp -d "${TMPDIR:-/tmp}/marsad-scaling.XXXXXX")
trap 'rm -rf "$TMP"' EXIT
cat "$CORPUS"/*.jsonl >"$TMP/all.jsonl"
for n in $SIZES; do
  [ "$n" = all ] || head -n "$n" "$TMP/all.jsonl" >"$TMP/$n.jsonl"
done

btype=$(grep -s '^CMAKE_BUILD_TYPE:' "$(dirname "$BIN")/CMakeCache.txt" | cut -d= -f2 || true)
echo "# marsad bench scaling: $BIN (${btype:-unknown build type}), $(nproc) cores, best of $REPEAT, $(date -u +%Y-%m-%d)"
printf '%-6s %-7s %-7s %-7s %-9s %-10s %-8s %-9s %-9s %-8s\n' \
  docs coded threads secs docs/s sent/s MB/s events/s speedup rss_MB
for n in $SIZES; do
  base=""
  for t in $THREADS; do
    out=""
    best=""
    for ((r = 0; r < REPEAT; ++r)); do
      o=$("$BIN" bench "$TMP/$n.jsonl" --threads "$t" 2>/dev/null)
      s=$(sed -n 's/^bench: \([0-9.]*\) s .*/\1/p' <<<"$o")
      if [ -z "$best" ] || awk -v a="$s" -v b="$best" 'BEGIN { exit !(a < b) }'; then best=$s; out=$o; fi
    done
    # bench: 1000 documents (984 coded), 21578 sentences, 6.1 MB, 6046 events, threads 2
    # bench: 0.78 s  1289 documents/s  27815 sentences/s  7.81 MB/s  7794 events/s
    # bench: start-up 8.7 ms, peak RSS 26.0 MB, JSONL written 9.9 MB
    read -r docs coded < <(sed -n 's/^bench: \([0-9]*\) documents (\([0-9]*\) coded).*/\1 \2/p' <<<"$out")
    read -r secs dps sps mbs eps < <(sed -n \
      's/^bench: \([0-9.]*\) s  \([0-9.]*\) documents\/s  \([0-9.]*\) sentences\/s  \([0-9.]*\) MB\/s  \([0-9.]*\) events\/s.*/\1 \2 \3 \4 \5/p' <<<"$out")
    rss=$(sed -n 's/^bench: start-up .*peak RSS \([0-9.]*\) MB.*/\1/p' <<<"$out")
    [ -n "$base" ] || base=$secs
    speed=$(awk -v a="$base" -v b="$secs" 'BEGIN { printf "%.2fx", (b > 0 ? a / b : 0) }')
    printf '%-6s %-7s %-7s %-7s %-9s %-10s %-8s %-9s %-9s %-8s\n' \
      "$docs" "$coded" "$t" "$secs" "$dps" "$sps" "$mbs" "$eps" "$speed" "$rss"
  done
done
