#!/bin/sh
# Installs the Debian 12 packages needed to build, test and run Smart Region Toolbox.
# As root it installs what is missing; otherwise it prints the apt-get line to run.
set -eu
PKGS="build-essential cmake ninja-build pkg-config git
qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
libqt6sql6-sqlite libgl-dev
libpoppler-qt6-dev libpoppler-cpp-dev libarchive-dev libstemmer-dev libsqlite3-dev nettle-dev
xvfb xauth fonts-dejavu-core poppler-utils clang libclang-rt-14-dev
desktop-file-utils appstream
libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui
libtesseract-dev tesseract-ocr tesseract-ocr-deu tesseract-ocr-eng"
missing=""
for p in $PKGS; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing="$missing $p"
done
[ -z "$missing" ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "Missing packages. Please run:" >&2
  echo "  sudo apt-get update && sudo apt-get install -y$missing" >&2
  exit 1
fi
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends $missing >/dev/null
