#!/usr/bin/env bash
# sanitize.sh: builds the unit tests and the CLI with AddressSanitizer +
# UndefinedBehaviorSanitizer (-DMARSAD_SANITIZE=ON, g++) into build-asan/ and
# runs the GoogleTest binary (marsad_tests) with halt_on_error: any report
# fails the run. Only the targets marsad and marsad_tests are built.
#   scripts/sanitize.sh                   every test
#   scripts/sanitize.sh 'Pipeline*'       a gtest filter
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
BUILD=${ASAN_BUILD_DIR:-$ROOT/build-asan}

echo "== sanitize: building $BUILD (ASan + UBSan)" >&2
# -O1 keeps the instrumented build and the run short; -g for the stacks
cmake -S "$ROOT" -B "$BUILD" -DMARSAD_SANITIZE=ON -DCMAKE_BUILD_TYPE=Debug \
  -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g" >/dev/null
cmake --build "$BUILD" --target marsad marsad_tests lexicon -j"$(nproc)"

export ASAN_OPTIONS="halt_on_error=1:abort_on_error=1:detect_leaks=1:detect_stack_use_after_return=1:strict_string_checks=1:check_initialization_order=1:detect_odr_violation=2"
export UBSAN_OPTIONS="halt_on_error=1:print_stacktrace=1"
FILTER=${1:-*}
echo "== sanitize: marsad_tests --gtest_filter=$FILTER" >&2
# the tests read data/ relative to the source tree (as under ctest)
(cd "$ROOT" && "$BUILD/marsad_tests" --gtest_filter="$FILTER" --gtest_brief=1)
echo "== sanitize: the CLI on the example articles and on bad input" >&2
"$BUILD/marsad" code "$ROOT/data/examples/articles.jsonl" --threads 2 >/dev/null
printf '{"id":"a","text":"\xff\xfe"}\n{"id":\n{"id":"b","text":"قتل الجيش مسلحين\\u0000"}\nnot json\n' |
  "$BUILD/marsad" code - --threads 2 >/dev/null 2>"$BUILD/bad_input.err" && rc=0 || rc=$?
# 0 or 1 (documents reported and skipped) are fine; a sanitizer abort is not
if ((rc > 1)); then
  cat "$BUILD/bad_input.err" >&2
  echo "sanitize: marsad code on bad input exited with $rc" >&2
  exit 1
fi
echo "sanitize: clean" >&2
