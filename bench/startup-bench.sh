#!/bin/bash
# Cold start to a usable window (first rows shown) with a large library, under QT_QPA_PLATFORM=offscreen.
#   bench/startup-bench.sh LIBRARY [RUNS]
# LIBRARY: e.g. the 100,000-document library bench/search-bench.sh builds (build/search-bench/lib-100000);
# it is opened read-only. Runs warm (page cache as it is), then, as root, cold (page cache dropped
# before each run, fewer runs), once more without the first-start sample pack offer, and times the
# start-up's catalog requests against cheaper ones (--probe), and then searches QUERY (default
# Beispiel) in the window for the catalog pages and private memory the window holds (--search).
set -eu
cd "$(dirname "$0")/.."
build=${SRT_BUILD_DIR:-build}
lib=${1:?usage: bench/startup-bench.sh LIBRARY [RUNS]}
runs=${2:-10}
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target startup-bench >/dev/null
export QT_QPA_PLATFORM=${QT_QPA_PLATFORM:-offscreen}
bench=$build/bench/startup-bench
"$bench" --library "$lib" --runs 1 >/dev/null # warm-up
"$bench" --library "$lib" --runs "$runs"
echo
"$bench" --library "$lib" --runs "$runs" --no-sample-offer
echo
"$bench" --library "$lib" --probe --runs "$runs"
echo
# Then a search with facets in the window: the catalog pages and private memory it holds.
"$bench" --library "$lib" --runs "$runs" --no-sample-offer --search "${QUERY:-Beispiel}"
if [ "$(id -u)" -eq 0 ] && [ -w /proc/sys/vm/drop_caches ]; then
  echo
  "$bench" --library "$lib" --runs $(( (runs + 1) / 2 )) --drop-caches
fi
