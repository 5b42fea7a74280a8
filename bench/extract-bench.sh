#!/bin/bash
# CPU seconds of our PDF text extraction (in-process, no import around it) against pdftotext on the
# same files, one file after another. CPU time, not wall time: the ratio says how much more work per
# page our extraction does. Run it with nothing else on the machine all the same (caches, turbo).
# "text path" leaves pages without a text layer unread, as pdftotext does; "with OCR" is what the
# import does, reading those pages (figures, scans) with OCR, work pdftotext never does.
#   bench/extract-bench.sh PDF_DIR
set -eu
cd "$(dirname "$0")/.."
dir=${1:?usage: bench/extract-bench.sh PDF_DIR}
bench=$PWD/build/bench/extract-bench
[ -x "$bench" ] || cmake --build build --target extract-bench >/dev/null
mapfile -d '' files < <(find "$dir" -name '*.pdf' -print0 | sort -z)
cpu() { awk '{ printf "%.3f", $1 + $2 }'; }
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
base=$( { /usr/bin/time -f '%U %S' sh -c 'for f in "$@"; do pdftotext -q "$f" /dev/null || true; done' _ "${files[@]}" ; } 2>&1 | tail -1 | cpu)
text=$("$bench" --no-ocr "${files[@]}")
ours=$("$bench" "${files[@]}")
echo "load after:  $(cut -d' ' -f1-3 /proc/loadavg)"
echo "pdftotext:      cpu_s $base"
echo "ours text path: $text"
echo "ours with OCR:  $ours"
ratio() { awk -v b="$base" -v o="$(sed 's/.*cpu_s //' <<<"$1")" 'BEGIN { printf "%.2f", o / b }'; }
echo "CPU ratio ours/pdftotext: text path $(ratio "$text"), with OCR $(ratio "$ours")"
