#!/usr/bin/env bash
# fuzz_smoke.sh: builds the libFuzzer targets (fuzz/) with clang into
# build-fuzz/ and runs each one briefly from its seed corpus (fuzz/corpus/).
# Fails on any crash, sanitizer report (ASan/UBSan), leak, timeout or OOM.
#   scripts/fuzz_smoke.sh                 about 60 s of fuzzing in all
#   FUZZ_TOTAL_SECONDS=600 scripts/fuzz_smoke.sh
#   scripts/fuzz_smoke.sh fuzz_date       one target
# Longer runs: docs/ROBUSTNESS.md.
set -euo pipefail

# apt packages this script needs (besides the project's own build dependencies)
FUZZ_APT_PACKAGES=(clang-14 libclang-rt-14-dev)

cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${FUZZ_BUILD_DIR:-$ROOT/build-fuzz}
TOTAL=${FUZZ_TOTAL_SECONDS:-60}
CXX_FUZZ=${FUZZ_CXX:-clang++-14}

if ! command -v "$CXX_FUZZ" >/dev/null 2>&1; then
  echo "fuzz_smoke: $CXX_FUZZ not found (apt-get install -y ${FUZZ_APT_PACKAGES[*]})" >&2
  exit 1
fi

echo "== fuzz_smoke: building $BUILD with $CXX_FUZZ" >&2
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_CXX_COMPILER="$CXX_FUZZ" -DMARSAD_FUZZ=ON \
  -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$BUILD" --target fuzzers -j"$(nproc)"

read -r -a ALL <"$BUILD/fuzz_targets.txt"
ALL=(${ALL[@]//;/ })
if (($#)); then TARGETS=("$@"); else TARGETS=("${ALL[@]}"); fi
PER=$((TOTAL / ${#TARGETS[@]}))
((PER < 5)) && PER=5

WORK=$(mktemp -d "${TMPDIR:-/tmp}/marsad-fuzz.XXXXXX")
trap 'rm -rf "$WORK"' EXIT
ARTIFACTS=$BUILD/artifacts
mkdir -p "$ARTIFACTS"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:symbolize=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}

failed=()
for t in "${TARGETS[@]}"; do
  seeds=$ROOT/fuzz/corpus/${t#fuzz_}
  mkdir -p "$WORK/$t"
  echo "== fuzz_smoke: $t for ${PER}s (seeds: fuzz/corpus/${t#fuzz_})" >&2
  # new inputs go to the scratch corpus; the seed directory is only read
  if "$BUILD/fuzz/$t" "$WORK/$t" "$seeds" -max_total_time="$PER" -timeout=10 -rss_limit_mb=2048 \
       -max_len=8192 -artifact_prefix="$ARTIFACTS/$t-" -print_final_stats=1 \
       >"$WORK/$t.log" 2>&1; then
    grep -E '^stat::(number_of_executed_units|new_units_added)' "$WORK/$t.log" | tr '\n' ' ' >&2
    echo >&2
  else
    echo "== fuzz_smoke: $t FAILED; the input is in $ARTIFACTS/; last lines of the log:" >&2
    tail -n 40 "$WORK/$t.log" >&2
    failed+=("$t")
  fi
done
if ((${#failed[@]})); then
  echo "fuzz_smoke: FAILED: ${failed[*]} (reproduce: build-fuzz/fuzz/TARGET build-fuzz/artifacts/FILE)" >&2
  exit 1
fi
echo "fuzz_smoke: ${#TARGETS[@]} targets, ${PER}s each, no crash, leak or timeout" >&2
