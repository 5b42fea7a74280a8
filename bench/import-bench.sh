#!/bin/bash
# Import throughput against the pdftotext baseline, measured in the same run on the same files.
#   bench/import-bench.sh [PDF_DIR] [RUNS]
# PDF_DIR defaults to a corpus of ~700 real PDFs fetched by ../shared/corpus/real-pdfs.sh.
# Prints MB/s and documents/s for: pdftotext with 2 parallel jobs, and srtoolbox-cli import (fresh
# library each run; it also hashes, stores, extracts all pages and writes the catalog). Best of RUNS.
set -eu
cd "$(dirname "$0")/.."
pdfs=${1:-}
runs=${2:-3}
if [ -z "$pdfs" ]; then
  pdfs=$PWD/build/bench-corpus/pdf
  [ -d "$pdfs" ] || ../shared/corpus/real-pdfs.sh "$PWD/build/bench-corpus" >/dev/null
fi
cli=$PWD/build/app/cli/srtoolbox-cli
[ -x "$cli" ] || cmake --build build --target srtoolbox-cli >/dev/null
count=$(find "$pdfs" -name '*.pdf' | wc -l)
bytes=$(find "$pdfs" -name '*.pdf' -printf '%s\n' | awk '{s+=$1} END {print s}')
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

best() { sort -n | head -1; }
calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
now() { date +%s.%N; }

base_times=(); import_times=()
for run in $(seq "$runs"); do
  t0=$(now)
  find "$pdfs" -name '*.pdf' -print0 | xargs -0 -P 2 -I{} sh -c 'pdftotext -q "$1" - >/dev/null 2>&1 || true' _ {}
  t1=$(now)
  rm -rf "$work/lib"
  "$cli" --library "$work/lib" import --jobs 2 "$pdfs" >"$work/report.txt" || true
  t2=$(now)
  base_times+=("$(calc "$t1 - $t0")"); import_times+=("$(calc "$t2 - $t1")")
done
base=$(printf '%s\n' "${base_times[@]}" | best)
imp=$(printf '%s\n' "${import_times[@]}" | best)
mb=$(calc "$bytes / 1048576")
printf 'corpus: %d PDFs, %s MB (%s)\n' "$count" "$mb" "$pdfs"
printf '%-32s %8s %8s %10s\n' "" "wall s" "MB/s" "docs/s"
printf '%-32s %8.1f %8.1f %10.1f\n' "pdftotext, 2 jobs" "$base" "$(calc "$mb / $base")" "$(calc "$count / $base")"
printf '%-32s %8.1f %8.1f %10.1f\n' "srtoolbox-cli import, 2 threads" "$imp" "$(calc "$mb / $imp")" "$(calc "$count / $imp")"
printf 'throughput ratio import / pdftotext: %.2f (target >= 0.80)\n' "$(calc "$base / $imp")"
tail -1 "$work/report.txt"
"$cli" --library "$work/lib" stats | sed -n '2,6p'
