#!/bin/bash
# Import time of a pack whose one document carries many tags, beside an ordinary pack of the same
# run: the cost of a tag must not depend on how many tags its document has.
#   bench/tag-bench.sh [TAGS] [RUNS]
# TAGS defaults to 50000 (a toolbox.json of about 900 KB), RUNS to 1. Each import goes into
# a fresh library; the best of RUNS is printed, with the number of tags the catalog holds after it.
set -eu
export LC_ALL=C.UTF-8 LANG=C.UTF-8 LANGUAGE= # English labels for the stats line read below
cd "$(dirname "$0")/.."
tags=${1:-50000}
runs=${2:-1}
cli=$PWD/build/app/cli/srtoolbox-cli
[ -x "$cli" ] || cmake --build build --target srtoolbox-cli srtoolbox-extract >/dev/null
work=$(mktemp -d); trap 'rm -rf "$work"' EXIT

# The many-tags pack: one text file, one manifest entry with $tags distinct tags.
many=$work/Viele_Schlagworte
mkdir -p "$many"
echo "Protokoll der Sitzung des Ausschusses für Digitales." >"$many/Protokoll.txt"
{
  printf '{"format": "smart-region-toolbox-pack", "formatVersion": 1,\n "pack": {"name": "Viele Schlagworte"},\n'
  printf ' "documents": [{"file": "Protokoll.txt", "title": "Protokoll", "tags": [\n'
  awk -v n="$tags" 'BEGIN { for (i = 1; i <= n; i++) printf "  \"Thema %06d\"%s\n", i, (i < n ? "," : "") }'
  printf ' ]}]}\n'
} >"$many/toolbox.json"

# The ordinary pack: 200 text files in 5 folders, each described by the manifest with 5 tags.
plain=$work/Normales_Paket
mkdir -p "$plain"
{
  printf '{"format": "smart-region-toolbox-pack", "formatVersion": 1,\n "pack": {"name": "Normales Paket"},\n "documents": [\n'
  for i in $(seq 1 200); do
    dir=$plain/Kategorie_$((i % 5))
    mkdir -p "$dir"
    echo "Beispieldokument $i über Straßenbeleuchtung, Sensornetz und Parkraum." >"$dir/Dokument_$i.txt"
    printf '  {"file": "Kategorie_%d/Dokument_%d.txt", "tags": ["Licht", "Sensor %d", "Parken", "Jahr %d", "Netz"]}%s\n' \
      $((i % 5)) "$i" $((i % 7)) $((2000 + i % 20)) "$([ "$i" -lt 200 ] && echo ,)"
  done
  printf ' ]}\n'
} >"$plain/toolbox.json"

now() { date +%s.%N; }
calc() { awk "BEGIN { printf \"%.2f\", $1 }"; }
best() { sort -n | head -1; }
measure() { # pack → "seconds tags-in-catalog"
  local times=() lib
  for run in $(seq "$runs"); do
    lib=$work/lib-$run-$(basename "$1")
    local t0 t1
    t0=$(now)
    "$cli" --library "$lib" import --jobs 2 "$1" >"$work/report.txt" || { cat "$work/report.txt" >&2; exit 1; }
    t1=$(now)
    times+=("$(calc "$t1 - $t0")")
  done
  printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | best)" "$("$cli" --library "$lib" stats | awk '/^[^0-9]*[Tt]ags?:/ { print $NF }')"
}
read -r plain_s plain_tags < <(measure "$plain")
read -r many_s many_tags < <(measure "$many")
printf 'manifest of the many-tags pack: %s KB\n' "$(( $(stat -c %s "$many/toolbox.json") / 1024 ))"
printf '%-44s %8s %8s\n' "" "wall s" "tags"
printf '%-44s %8s %8s\n' "ordinary pack (200 documents, 5 tags each)" "$plain_s" "$plain_tags"
printf '%-44s %8s %8s\n' "one document with $tags tags" "$many_s" "$many_tags"
