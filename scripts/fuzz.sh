#!/bin/sh
# Builds the libFuzzer targets (tests/fuzz, clang, ASan + UBSan) in build-fuzz (or SRT_FUZZ_BUILD_DIR) and runs each for a
# bounded time, two at a time, on a temporary copy of its seed and regression corpora (the
# repository is never written to). Any crash, leak, timeout or oracle failure fails the script; the
# input that caused it is kept in build-fuzz/findings/<target>/ to be added to
# tests/fuzz/regressions/<target>/ once fixed.
#   Usage: scripts/fuzz.sh [SECONDS_PER_TARGET]   (default 20: the whole test command is near its 20 minutes)
set -eu
cd "$(dirname "$0")/.."
seconds=${1:-20}
parallel=2
targets="archive ooxml odf office-xml html text manifest query ocr-boxes"

# SRT_FUZZ_BUILD_DIR: a tree configured with SRT_BUILD_FUZZ=ON already (scripts/test.sh's sanitizer
# tree, which has the tests too); otherwise build-fuzz, fuzzers only.
build=${SRT_FUZZ_BUILD_DIR:-build-fuzz}
if [ -z "${SRT_FUZZ_BUILD_DIR:-}" ]; then
  # Debug keeps Q_ASSERT (bounds checks of QList/QString::at and operator[]) armed; -O1 and line
  # tables only keep the build and the runs fast.
  cmake -S . -B build-fuzz -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER=clang++ -DSRT_BUILD_FUZZ=ON -DSRT_BUILD_TESTS=OFF -DSRT_BUILD_BENCH=OFF >/dev/null
fi
cmake --build "$build" --target fuzzers -j"$(nproc)"

work=$(mktemp -d "${TMPDIR:-/tmp}/srt-fuzz.XXXXXX")
trap 'rm -rf "$work"' EXIT INT TERM
findings="$PWD/$build/findings"
rm -rf "$findings"

run() {
  name=$1
  mkdir -p "$work/$name/corpus" "$work/$name/artifacts"
  cp tests/fuzz/corpus/"$name"/* "$work/$name/corpus/"
  find tests/fuzz/regressions/"$name" -type f ! -name '.*' -exec cp {} "$work/$name/corpus/" \;
  dict=""
  [ -f tests/fuzz/dict/"$name".dict ] && dict="-dict=tests/fuzz/dict/$name.dict"
  if ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
     LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" LC_ALL=C.UTF-8 \
     "$build"/tests/fuzz/fuzz-"$name" -max_total_time="$seconds" -timeout=30 -rss_limit_mb=2048 \
       -max_len=65536 -print_final_stats=1 $dict -artifact_prefix="$work/$name/artifacts/" \
       "$work/$name/corpus" >"$work/$name/log" 2>&1; then
    echo "fuzz-$name: ok, $(grep -m1 'stat::number_of_executed_units' "$work/$name/log" | awk '{print $2}') runs in ${seconds}s"
  else
    echo "fuzz-$name: FAILED" >&2
    tail -n 60 "$work/$name/log" >&2
    mkdir -p "$findings/$name"
    cp "$work/$name/artifacts/"* "$findings/$name/" 2>/dev/null || true
    cp "$work/$name/log" "$findings/$name/log.txt"
    return 1
  fi
}

status=0
set -- $targets
while [ $# -gt 0 ]; do
  pids=""
  i=0
  while [ $# -gt 0 ] && [ $i -lt $parallel ]; do
    run "$1" &
    pids="$pids $!"
    shift
    i=$((i + 1))
  done
  for pid in $pids; do
    wait "$pid" || status=1
  done
done
[ $status -eq 0 ] || echo "Fuzzing found problems; the inputs are in $findings" >&2
exit $status
