#!/usr/bin/env bash
# The seed article's rules that need no gazetteer (../shared/tools/check_seed.py --core).
set -euo pipefail
bin=$1
cd "$(dirname "$0")/.."
if [ ! -f ../shared/tools/check_seed.py ] || [ ! -f ../shared/data/seed/article.txt ]; then
  echo "skipped: ../shared (the seed article and check_seed.py) is absent"
  exit 77
fi
python3 ../shared/tools/check_seed.py "$bin" ../shared/data/seed/article.txt --core
