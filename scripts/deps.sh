#!/usr/bin/env bash
# Installs the Debian 12 packages Wirescope needs to build, test and run (through sudo when not root):
# Qt 6, SQLite, ICU, OpenSSL's libcrypto (SHA-1 for story ids), tcmalloc (the programs' allocator),
# the fonts and tools the window tests and screenshots use, and clang-14 with its runtime for the
# fuzzers and the sanitizer build.
set -euo pipefail
packages=(
    build-essential cmake pkg-config
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools libgl1-mesa-dev
    libsqlite3-dev sqlite3 libicu-dev libssl-dev libgoogle-perftools-dev python3
    fonts-noto-cjk xvfb xauth imagemagick poppler-utils
    clang-14 libclang-rt-14-dev
)
if [ "${WIRESCOPE_SKIP_DEPS:-}" = 1 ]; then
    exit 0
fi
sudo_cmd=()
if [ "$(id -u)" -ne 0 ]; then
    sudo_cmd=(sudo)
fi
missing=()
for package in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
done
if [ ${#missing[@]} -gt 0 ]; then
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
fi
