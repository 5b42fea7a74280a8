#!/bin/bash
# Import throughput against the pdftotext baseline, measured in the same run on the same files, and
# the small-files rate.
#   bench/import-bench.sh [PDF_DIR] [RUNS] [SMALL_FILES]
# PDF_DIR defaults to /work/real-pdfs/pdf, else a corpus of ~700 real PDFs fetched by
# ../shared/corpus/real-pdfs.sh. For each run: pdftotext with 2 parallel jobs over PDF_DIR, then
# srtoolbox-cli import --jobs 2 of it into a fresh library (it also hashes, stores, extracts all pages
# in worker processes and writes and indexes the catalog) while the CPU of the CLI and its workers is
# sampled every 0.5 s from /proc. Prints the best run's seconds, the ratio, the CPU seconds of both
# sides, each process's busy share and a coarse CPU timeline, and the machine's load before and after.
# Then imports a generated folder of SMALL_FILES (default 10,000; 0 skips) small .txt/.md files.
# SRT_BENCH_KEEP=DIR keeps the CPU samples (CSV) there.
set -eu
cd "$(dirname "$0")/.."
pdfs=${1:-}
runs=${2:-1}
small=${3:-10000}
if [ -z "$pdfs" ]; then
  pdfs=/work/real-pdfs/pdf
  if [ ! -d "$pdfs" ]; then
    pdfs=$PWD/build/bench-corpus/pdf
    [ -d "$pdfs" ] || ../shared/corpus/real-pdfs.sh "$PWD/build/bench-corpus" >/dev/null
  fi
fi
cli=${SRT_CLI:-$PWD/build/app/cli/srtoolbox-cli} # SRT_CLI: another build to compare
timeline=$PWD/bench/cpu-timeline.sh
[ -x "$cli" ] && [ -x "$PWD/build/app/worker/srtoolbox-extract" ] \
  || cmake --build build --target srtoolbox-cli srtoolbox-extract >/dev/null
count=$(find "$pdfs" -name '*.pdf' | wc -l)
bytes=$(find "$pdfs" -name '*.pdf' -printf '%s\n' | awk '{s+=$1} END {print s}')
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT
keep=${SRT_BENCH_KEEP:-$work}
mkdir -p "$keep"

calc() { awk "BEGIN { printf \"%.3f\", $1 }"; }
now() { date +%s.%N; }

# Runs an import in the background with the sampler beside it; sets $elapsed.
import_sampled() { # LIBRARY CSV REPORT PATH
  local t0 pid
  rm -rf "$1"
  t0=$(now)
  "$cli" --library "$1" import --jobs 2 "$4" >"$3" 2>&1 &
  pid=$!
  "$timeline" record "$pid" "$2" 0.5 &
  wait "$pid" || true
  elapsed=$(calc "$(now) - $t0")
  wait
}

echo "machine: $(nproc) cores; load before: $(uptime)"
printf 'corpus: %d PDFs, %s MB (%s)\n' "$count" "$(calc "$bytes / 1048576")" "$pdfs"
best_base=; best_imp=; best_run=
for run in $(seq "$runs"); do
  # In the order the import reads a folder (sorted by name), so that both end on the same files:
  # the last long PDF keeps one core busy alone on both sides.
  t0=$(now)
  base_cpu=$( { /usr/bin/time -f '%U %S' xargs -0 -P 2 -I{} sh -c 'pdftotext -q "$1" - >/dev/null 2>&1 || true' _ {} \
    < <(find "$pdfs" -name '*.pdf' -print0 | LC_ALL=C sort -z) ; } 2>&1 | tail -1 | awk '{ printf "%.1f", $1 + $2 }')
  base=$(calc "$(now) - $t0")
  import_sampled "$work/lib" "$keep/import-cpu-$run.csv" "$work/report-$run.txt" "$pdfs"
  printf 'run %d: pdftotext %.1f s (%s CPU s), import %.1f s, ratio %.2f; load now: %s\n' "$run" "$base" "$base_cpu" \
    "$elapsed" "$(calc "$base / $elapsed")" "$(uptime | sed 's/.*load/load/')"
  if [ -z "$best_run" ] || awk "BEGIN { exit !($base / $elapsed > $best_base / $best_imp) }"; then
    best_base=$base; best_imp=$elapsed; best_run=$run; best_cpu=$base_cpu
  fi
done
mb=$(calc "$bytes / 1048576")
echo
printf '%-32s %8s %8s %10s\n' "best run ($best_run of $runs)" "wall s" "MB/s" "docs/s"
printf '%-32s %8.1f %8.1f %10.1f\n' "pdftotext, 2 jobs" "$best_base" "$(calc "$mb / $best_base")" "$(calc "$count / $best_base")"
printf '%-32s %8.1f %8.1f %10.1f\n' "srtoolbox-cli import, 2 jobs" "$best_imp" "$(calc "$mb / $best_imp")" "$(calc "$count / $best_imp")"
printf 'throughput ratio import / pdftotext: %.2f (target >= 0.90)\n' "$(calc "$best_base / $best_imp")"
printf 'pdftotext CPU: %s s\n' "$best_cpu"
tail -1 "$work/report-$best_run.txt"
"$cli" --library "$work/lib" stats | sed -n '2,4p' || true
echo
"$timeline" summary "$keep/import-cpu-$best_run.csv" "$best_imp" 10

if [ "$small" -gt 0 ]; then
  echo
  # Small municipal notes: a few hundred bytes to a few KB each, in 20 folders.
  mkdir -p "$work/small"
  awk -v n="$small" -v dir="$work/small" 'BEGIN {
    srand(17)
    split("Bebauungsplan Haushalt Satzung Gebühren Friedhof Kindergarten Feuerwehr Wasserversorgung Abwasser Straßenreinigung Bauantrag Vergabe Förderung Breitband Schule Sitzung", w, " ")
    for (i = 0; i < n; i++) {
      d = dir "/ordner" (i % 20); if (i < 20) system("mkdir -p " d)
      f = d "/notiz" i ((i % 3 == 0) ? ".md" : ".txt")
      lines = 5 + int(rand() * 40)
      if (i % 3 == 0) printf "# %s %d\n\n", w[1 + i % 16], i > f
      for (l = 0; l < lines; l++) {
        s = ""
        for (k = 0; k < 10; k++) s = s " " w[1 + int(rand() * 16)] (int(rand() * 1000))
        print "Die Gemeinde beschließt" s "." > f
      }
      close(f)
    }
  }'
  small_bytes=$(du -sb "$work/small" | cut -f1)
  import_sampled "$work/small-lib" "$keep/small-cpu.csv" "$work/small-report.txt" "$work/small"
  printf 'small files: %d .txt/.md files, %s MB: import %.1f s, %.0f files/s (target >= 2000); load now: %s\n' \
    "$small" "$(calc "$small_bytes / 1048576")" "$elapsed" "$(calc "$small / $elapsed")" "$(uptime | sed 's/.*load/load/')"
  tail -1 "$work/small-report.txt"
  "$timeline" summary "$keep/small-cpu.csv" "$elapsed" 5
fi
echo
echo "load after: $(uptime)"
