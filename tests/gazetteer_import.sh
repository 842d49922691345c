#!/usr/bin/env bash
# `marsad gazetteer import` with the GeoNames tables in ../shared/data/geonames:
# admin names come from admin1CodesASCII.txt / admin2Codes.txt, and the
# imported places resolve.
set -euo pipefail
bin=$1
cd "$(dirname "$0")/.."
g=../shared/data/geonames
if [ ! -f "$g/cities15000_MENA_subset.txt" ]; then
  echo "skipped: ../shared/data/geonames is absent"
  exit 77
fi
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
"$bin" gazetteer import "$g/cities15000_MENA_subset.txt" "$g/admin1CodesASCII.txt" "$g/admin2Codes.txt" \
  --cities500 "" -o "$d/user.gaz" 2>"$d/err.txt"
cat "$d/err.txt"
grep -q "rows have an Arabic-script name" "$d/err.txt"
# a broken dump is reported, not fatal
printf 'not\ta\tgeonames\trow\n' >"$d/broken.txt"
"$bin" gazetteer import "$d/broken.txt" --cities500 "" -o "$d/broken.gaz" 2>"$d/err2.txt"
grep -q "0 of 1 rows" "$d/err2.txt"
# Zakho (GeoNames 89570) is in Duhok (admin1 IQ.08 in admin1CodesASCII.txt)
out=$("$bin" geocode "وقع انفجار في مدينة زاخو." --gazetteer "$d/user.gaz")
echo "$out"
echo "$out" | grep -q "geonameid 89570"
echo "$out" | grep -q "| Duhok /"
echo "gazetteer import: ok"
