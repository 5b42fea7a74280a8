#!/bin/sh
# Builds everything and runs every test: the normal build, then the whole suite again under
# AddressSanitizer + UndefinedBehaviorSanitizer (clang, in the tree that also holds the fuzzers),
# then a bounded libFuzzer run of every fuzz target (scripts/fuzz.sh, 20 s per target).   Usage: scripts/test.sh [--no-sanitizers] [--no-fuzz]
set -eu
cd "$(dirname "$0")/.."
sanitizers=1
fuzz=1
for arg in "$@"; do
  case $arg in
    --no-sanitizers) sanitizers=0; fuzz=0 ;; # the fuzzers are sanitizer builds too
    --no-fuzz) fuzz=0 ;;
    *) echo "usage: scripts/test.sh [--no-sanitizers] [--no-fuzz]" >&2; exit 2 ;;
  esac
done
start=$(date +%s)
# Each phase's time, so a run that nears CI's budget shows where the minutes go.
phase() { echo "== $1 ($(( $(date +%s) - start )) s since start)"; }
./scripts/install-deps.sh
jobs=$(nproc)
phase "packages installed"

cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$jobs"
phase "normal build done"
ctest --test-dir build --output-on-failure -j"$jobs"
phase "normal tests done"

if [ $sanitizers = 1 ]; then
  # One clang tree for the sanitized tests and the fuzzers: the core is compiled once for both.
  # Debug keeps Q_ASSERT armed (bounds checks of QList/QString::at); -O1 and line tables keep the
  # build and the runs fast.
  cmake -S . -B build-asan -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -gline-tables-only" \
    -DCMAKE_CXX_COMPILER=clang++ -DSRT_SANITIZE=ON -DSRT_BUILD_FUZZ=ON -DSRT_BUILD_BENCH=OFF >/dev/null
  cmake --build build-asan -j"$jobs"
  phase "sanitizer build done"
  ASAN_OPTIONS=detect_leaks=1:abort_on_error=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
  LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
    ctest --test-dir build-asan --output-on-failure -j"$jobs"
  phase "sanitizer tests done"
fi

if [ $fuzz = 1 ]; then
  SRT_FUZZ_BUILD_DIR=build-asan ./scripts/fuzz.sh
  phase "fuzzing done"
fi
