#!/bin/sh
# Builds the app and starts it on a demo library holding the bundled sample pack.
# Usage: scripts/run.sh [extra srtoolbox arguments]   (the demo library is ./demo-library)
set -eu
cd "$(dirname "$0")/.."
./scripts/install-deps.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
cmake --build build -j"$(nproc)" --target srtoolbox srtoolbox-cli
library="$PWD/demo-library"
if [ ! -f "$library/catalog.db" ]; then
  echo "Importing the sample pack into $library ..."
  build/app/cli/srtoolbox-cli --library "$library" import resources/sample-pack
fi
exec build/app/gui/srtoolbox --library "$library" "$@"
