#!/bin/bash
# OCR throughput: the app's extraction workers against the `tesseract` command on the same 300-dpi
# page images, both cores busy (bench/ocr-bench.cpp says how).
#   bench/ocr-bench.sh [PAGES] [PDF_OR_DIR...]   (default: 8 pages of the sample pack's PDFs; SRT_OCR_RUNS=3 runs, best of)
set -eu
cd "$(dirname "$0")/.."
build=${SRT_BUILD_DIR:-build}
pages=${1:-8}
shift || true
[ $# -gt 0 ] || set -- resources/sample-pack
command -v tesseract >/dev/null || { echo "needs the tesseract command (tesseract-ocr)"; exit 1; }
[ -f "$build/build.ninja" ] || cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build "$build" --target ocr-bench srtoolbox-extract >/dev/null
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
"$build/bench/ocr-bench" --pages "$pages" --threads "$(nproc)" --runs "${SRT_OCR_RUNS:-3}" "$@"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
