#!/bin/bash
# Search latency on libraries of 1,000, 10,000 and 100,000 documents made of real PDF text, against a
# plain FTS5 table (unicode61) holding the same documents, measured in the same run.
#   bench/search-bench.sh [SIZE...]        (default sizes: 1000 10000 100000)
# Environment:
#   SRT_BUILD_DIR   build directory (default: build; configured as Release if missing)
#   SRT_BENCH_DATA  where libraries and the corpus text cache go (default: $SRT_BUILD_DIR/search-bench)
#   CORPUS          folder of PDFs (default: build/bench-corpus/pdf, fetched by ../shared/corpus/real-pdfs.sh
#                   when missing; not needed once $SRT_BENCH_DATA/corpus-text.bin exists)
#   RUNS            timed rounds over the 50 queries (default 5)
#   DETAIL=1        also per-query times and the per-statement breakdown (--per-query --profile)
# A size whose library exists is not generated again (delete $SRT_BENCH_DATA/lib-N to redo it).
# Disk: about 45 KB per document (catalog + baseline), i.e. ~4.5 GB for 100,000.
set -eu
cd "$(dirname "$0")/.."
build=${SRT_BUILD_DIR:-build}
data=${SRT_BENCH_DATA:-$build/search-bench}
runs=${RUNS:-5}
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(1000 10000 100000)

if [ ! -f "$build/build.ninja" ] && [ ! -f "$build/Makefile" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
fi
log=$(mktemp)
cmake --build "$build" --target search-bench >"$log" 2>&1 || { cat "$log"; rm -f "$log"; exit 1; }
rm -f "$log"
bench=$build/bench/search-bench
mkdir -p "$data"

corpus_args=()
if [ ! -f "$data/corpus-text.bin" ]; then
  corpus=${CORPUS:-$PWD/build/bench-corpus/pdf}
  if [ ! -d "$corpus" ]; then
    ../shared/corpus/real-pdfs.sh "$(dirname "$corpus")" >/dev/null
  fi
  corpus_args=(--corpus "$corpus")
fi

summary=$(mktemp); trap 'rm -f "$summary"' EXIT
version=$(git log -1 --format=%h 2>/dev/null || echo unknown)
git diff --quiet HEAD -- app resources 2>/dev/null || version="$version + uncommitted changes in app/ or resources/"
echo "code: $version; machine: $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $(date -u +%Y-%m-%dT%H:%MZ)"
for n in "${sizes[@]}"; do
  lib=$data/lib-$n
  if [ ! -f "$lib/catalog.db" ] || [ ! -f "$lib/bench-info.txt" ]; then
    need=$(( n * 45 * 1024 + 2 * 1024 * 1024 * 1024 ))
    avail=$(df --output=avail -B1 "$data" | tail -1)
    if [ "$avail" -lt "$need" ]; then
      echo "skipping $n documents: $((avail / 1048576)) MB free in $data, need about $((need / 1048576)) MB"
      continue
    fi
    rm -rf "$lib"
    echo "== generating $n documents"
    "$bench" generate "${corpus_args[@]}" --docs "$n" --out "$lib" 2>&1 | grep -v '^"\?Error\|^Syntax \(Warning\|Error\)' || true
    [ -f "$lib/bench-info.txt" ] || { echo "generation of $n documents failed"; exit 1; }
    corpus_args=()
  fi
  detail=()
  [ "${DETAIL:-0}" = 1 ] && detail=(--per-query --profile)
  "$bench" query --library "$lib" --runs "$runs" --summary "$summary" "${detail[@]}"
done

echo "## Growth (all 50 queries; ms wall time, last three columns CPU time; top 50 = ranked hits with snippets; baseline = plain FTS5 unicode61)"
echo
echo "| documents | text MB | catalog.db MB | top 50 median | top 50 p95 | facets median | facets p95 | baseline median | baseline p95 | prefix p95 | baseline prefix p95 | CPU: top 50 p95 | CPU: facets p95 | CPU: baseline p95 |"
echo "| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
cat "$summary"
echo
echo "Targets at 100,000 documents: top 50 p95 <= 50 ms, facets <= 100 ms, catalog <= 2 x text."
