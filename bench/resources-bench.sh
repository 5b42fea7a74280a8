#!/bin/sh
# Peak memory of srtoolbox-cli import at full scale: the resources test with a pack of 10,000
# files (ctest runs it with 2,000), plus the 1 GB files and the 5,000-page PDF. Prints each case's
# peak RSS (the CLI and its extraction workers) and time.   bench/resources-bench.sh [FILES]
set -eu
cd "$(dirname "$0")/.."
files=${1:-10000}
cmake --build build --target TestCliImportResources srtoolbox-cli srtoolbox-extract >/dev/null
SRT_IMPORT_FILES=$files LC_ALL=C.UTF-8 build/tests/TestCliImportResources 2>&1 | grep -E 'QINFO|PASS|FAIL|Totals'
