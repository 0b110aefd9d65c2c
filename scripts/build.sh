#!/usr/bin/env bash
# Configures and builds Luotsi into build/ (or $LUOTSI_BUILD_DIR), warnings as errors.
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir="${LUOTSI_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUOTSI_WARNINGS_AS_ERRORS=ON
cmake --build "$build_dir" -j"$(nproc)"
