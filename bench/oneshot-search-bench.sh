#!/bin/bash
# One-shot command-line searches, process start to exit: `srtoolbox-cli search --json --limit 50
# --facets QUERY` on a library of the search benchmark, for two programs in the same run (before and
# after a change), warm and with the page cache dropped; per run the wall time, the pages of the
# memory-mapped catalog the process touched (resident size of its catalog.db mapping just before
# SQLite unmaps it, via bench/catalog-pages-shim.c) plus the bytes it read() from the catalog (a
# search reads it unmapped: app/cli/main.cpp), its private memory and its bytes read.
#   bench/oneshot-search-bench.sh LIBDIR [BEFORE_CLI]
#     LIBDIR       a library made by `search-bench generate` (bench/search-bench.sh), e.g.
#                  build-bench/search-bench/lib-100000
#     BEFORE_CLI   the program to compare with (e.g. main's build-bench/app/cli/srtoolbox-cli copied
#                  aside); without it only AFTER_CLI is measured
# Environment:
#   AFTER_CLI   the program under test (default: $SRT_BUILD_DIR/app/cli/srtoolbox-cli, build-bench)
#   RUNS        warm rounds over the queries (default 20)
#   FILL=0      do not read the catalogs into the page cache before the warm runs (see below)
#   COLD=0      skip the dropped-cache runs (they need root: echo 3 > /proc/sys/vm/drop_caches)
# CPU is user + system time of the process (/usr/bin/time): on a loaded machine the wall time is
# mostly waiting for a core.
# The two programs may need different schema versions: each gets its own copy of the catalog
# (LIBDIR.before/, LIBDIR.after/, made once with cp; delete them to start over), opened once
# beforehand so that a migration is not timed. About 2.2 GB per copy at 100,000 documents. A library
# generated at schema 9 (the facet indexes) is taken back to schema 6 for a BEFORE_CLI that refuses it
# (sqlite3 drops the three indexes and restores the one on pack_entries(document_id)).
set -eu
export LC_ALL=C.UTF-8
cd "$(dirname "$0")/.."
[ $# -ge 1 ] || { sed -n 2,20p "$0"; exit 2; }
lib=$(cd "$1" && pwd)
before=${2:-}
build=${SRT_BUILD_DIR:-build-bench}
after=${AFTER_CLI:-$build/app/cli/srtoolbox-cli}
runs=${RUNS:-20}
cold=${COLD:-1}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

cc -O2 -shared -fPIC -o "$work/shim.so" bench/catalog-pages-shim.c -ldl

queries=(
  ''                                  # everything (the window's first search, with 200 rows there)
  'font'                              # 42,000 matches at 100,000 documents
  'Beispiel'
  'Silbentrennung'                    # rare
  'font size'
  '"the following"'
  'pack*'
  'tab*'
  'satz'                              # compound parts
  'tag:Förderung'                     # a filter only
  'jahr:2019..2021 Beispiel'          # a filter with words
  'kategorie:Mobilität jahr:2023'
  'titel:Leitfaden Dokument'
)

# One library copy per program.
prepare() { # name program
  local copy=$lib.$1
  if [ ! -f "$copy/catalog.db" ]; then
    mkdir -p "$copy"
    for f in "$lib"/*; do
      case $(basename "$f") in baseline.db*|backups) ;; *) cp -a "$f" "$copy/" ;; esac
    done
  fi
  # a migration here, not in a timed run
  if ! "$2" --library "$copy" search --limit 0 -- Silbentrennung >/dev/null 2>"$work/open.txt"; then
    if [ "$(sqlite3 "$copy/catalog.db" 'PRAGMA user_version')" = 9 ]; then
      sqlite3 "$copy/catalog.db" "DROP INDEX documents_facets; DROP INDEX pack_entries_document_pack;
        DROP INDEX ocr_pages_document; CREATE INDEX pack_entries_document ON pack_entries(document_id);
        PRAGMA user_version = 6;"
    fi
    "$2" --library "$copy" search --limit 0 -- Silbentrennung >/dev/null || { cat "$work/open.txt"; exit 1; }
  fi
  rm -rf "$copy"/backups 2>/dev/null || true
}
programs=()
[ -n "$before" ] && { prepare before "$before"; programs+=("before:$before"); }
prepare after "$after"; programs+=("after:$after")

# run name program query → appends "name ms catalog_kb anon_kb hwm_kb read_bytes" to $work/name.warm
one() {
  local name=$1 program=$2 query=$3 out=$4
  rm -f "$work/shim.txt"
  local start=$EPOCHREALTIME
  SRT_PAGES_OUT=$work/shim.txt LD_PRELOAD=$work/shim.so /usr/bin/time -f "%U %S" -o "$work/cpu.txt" \
    "$program" --library "$lib.$name" search --json --limit 50 --facets -- "$query" >"$work/out.json"
  local end=$EPOCHREALTIME
  local ms=$(( (${end/./} - ${start/./}) / 1000 ))
  # catalog pages: the resident part of its mapping plus what was read() from it (not mapped)
  local rss anon hwm read rchar catalog_read
  read -r rss anon hwm read rchar catalog_read <<<"$(head -1 "$work/shim.txt" | sed 's/[a-z_]*=//g')"
  local cpu; cpu=$(awk '{printf "%d", ($1 + $2) * 1000}' "$work/cpu.txt")
  echo "$ms $((rss + ${catalog_read:-0})) $anon $hwm $read $cpu $query" >>"$work/$name.$out"
}

echo "machine: $(nproc) cores, $(uptime | sed 's/.*load/load/'), $(date -u +%Y-%m-%dT%H:%MZ)"
echo "library: $lib ($(( $(stat -c %s "$lib/catalog.db") / 1048576 )) MB catalog)"
# Warm: the whole catalog in the page cache first (FILL=1, default; as after an import or `stats`):
# the kernel then maps up to 16 cached neighbours with every page a process touches (fault-around),
# the worst case for "catalog touched". FILL=0 keeps what earlier runs left (after a dropped cache:
# only the pages searches read). Then one untimed pass and RUNS rounds, the programs taking turns.
if [ "${FILL:-1}" = 1 ]; then
  for p in "${programs[@]}"; do cat "$lib.${p%%:*}/catalog.db" >/dev/null; done
fi
for q in "${queries[@]}"; do for p in "${programs[@]}"; do one "${p%%:*}" "${p#*:}" "$q" discard; done; done
for ((r = 0; r < runs; r++)); do
  for q in "${queries[@]}"; do for p in "${programs[@]}"; do one "${p%%:*}" "${p#*:}" "$q" warm; done; done
done
if [ "$cold" = 1 ]; then
  for q in "${queries[@]}"; do
    for p in "${programs[@]}"; do
      sync; echo 3 >/proc/sys/vm/drop_caches || { echo "cannot drop the page cache (root?)"; cold=0; break 2; }
      one "${p%%:*}" "${p#*:}" "$q" cold
    done
  done
fi
echo "after the runs: $(uptime | sed 's/.*load/load/')"

python3 - "$work" "$runs" "${programs[@]%%:*}" <<'EOF'
import sys, os, statistics
work, runs, names = sys.argv[1], sys.argv[2], sys.argv[3:]
def rows(path):
    out = []
    if os.path.exists(path):
        for line in open(path, encoding='utf-8'):
            p = line.rstrip('\n').split(' ', 6)
            out.append((int(p[0]), int(p[1]), int(p[2]), int(p[3]), int(p[4]), p[6], int(p[5])))
    return out
def pct(values, q):
    v = sorted(values)
    return v[min(len(v) - 1, int(round(q * (len(v) - 1))))]
print()
print(f"| program | runs | warm median ms | warm p95 ms | warm max ms | CPU median / p95 ms | catalog touched p95 / max MB | private p95 / max MB | cold median ms | cold p95 ms | cold max ms | cold read p95 / max MB |")
print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
for n in names:
    w, c = rows(f"{work}/{n}.warm"), rows(f"{work}/{n}.cold")
    ms = [r[0] for r in w]; cat = [r[1] / 1024 for r in w]; anon = [r[2] / 1024 for r in w]; cpu = [r[6] for r in w]
    cms = [r[0] for r in c]; crd = [r[4] / 1048576 for r in c]
    cold = (f"{statistics.median(cms):.0f} | {pct(cms, .95)} | {max(cms)} | {pct(crd, .95):.0f} / {max(crd):.0f}"
            if c else "– | – | – | –")
    print(f"| {n} | {len(w)} | {statistics.median(ms):.0f} | {pct(ms, .95)} | {max(ms)} | {statistics.median(cpu):.0f} / {pct(cpu, .95)} | {pct(cat, .95):.0f} / {max(cat):.0f} | "
          f"{pct(anon, .95):.0f} / {max(anon):.0f} | {cold} |")
print()
print("Per query (warm median ms / catalog touched MB, max; cold ms / read MB):")
queries = []
for r in rows(f"{work}/{names[-1]}.warm"):
    if r[5] not in queries:
        queries.append(r[5])
print("| query | " + " | ".join(f"{n} warm | {n} cold" for n in names) + " |")
print("| --- | " + " | ".join("---: | ---:" for n in names) + " |")
for q in queries:
    cells = []
    for n in names:
        w = [r for r in rows(f"{work}/{n}.warm") if r[5] == q]
        c = [r for r in rows(f"{work}/{n}.cold") if r[5] == q]
        cells.append(f"{statistics.median([r[0] for r in w]):.0f} ms / {max(r[1] for r in w) / 1024:.0f} MB" if w else "–")
        cells.append(f"{c[0][0]} ms / {c[0][4] / 1048576:.0f} MB" if c else "–")
    print(f"| `{q}` | " + " | ".join(cells) + " |")
EOF
