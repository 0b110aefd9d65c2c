#!/usr/bin/env bash
# Installs the Debian 12 packages Luotsi builds, runs and tests with; only those missing.
# Runs as root, or through sudo for a user who has it.
set -euo pipefail

packages=(
    # build
    build-essential cmake pkg-config git clang-format
    # Qt 6: widgets, SQL with the SQLite driver, charts, translations, tests
    qt6-base-dev qt6-base-dev-tools libqt6sql6-sqlite qt6-charts-dev
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n libgl-dev
    # libraries of the core
    libphonenumber-dev libsqlite3-dev sqlite3
    # spreadsheets: .xlsx read (zip + XML) and written; .xls is read by our own BIFF reader
    libzip-dev libexpat1-dev libxlsxwriter-dev
    # fuzzing the readers (clang with libFuzzer and the sanitizers)
    clang libclang-rt-14-dev
    # tests and benchmarks
    libgtest-dev libgmock-dev libbenchmark-dev
    # real windows for screenshots and the app on a machine without a display
    xvfb xauth xdotool imagemagick fonts-dejavu-core
)

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -eq 0 ]; then
    echo "install-deps: every package is already installed."
    exit 0
fi

if [ "$(id -u)" -eq 0 ]; then
    as_root=()
elif command -v sudo >/dev/null 2>&1; then
    as_root=(sudo)
else
    echo "install-deps: these packages are missing and installing them needs root or sudo:" >&2
    echo "  ${missing[*]}" >&2
    exit 1
fi

echo "install-deps: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" apt-get update -q
"${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
