#!/bin/bash
# First page of a PDF on screen: the app's PdfPageRenderer (in-process, load + page 1 at 100 dpi)
# against `pdftoppm -r 100 -f 1 -l 1` (process spawn included), same run, same files.
#   bench/render-bench.sh [PDF_DIR] [RUNS]
# PDF_DIR defaults to the ~700 real PDFs fetched by ../shared/corpus/real-pdfs.sh; RUNS (default 3):
# each side's time per file is its best of RUNS. Per-file times go to $SRT_BUILD_DIR/render-bench.csv.
set -eu
cd "$(dirname "$0")/.."
build=${SRT_BUILD_DIR:-build}
pdfs=${1:-}
runs=${2:-3}
if [ -z "$pdfs" ]; then
  pdfs=$PWD/$build/bench-corpus/pdf
  [ -d "$pdfs" ] || ../shared/corpus/real-pdfs.sh "$PWD/$build/bench-corpus" >/dev/null
fi
command -v pdftoppm >/dev/null || { echo "needs pdftoppm (poppler-utils)"; exit 1; }
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target render-bench >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/render-bench" --runs "$runs" --stages --csv "$build/render-bench.csv" "$pdfs"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
