#!/usr/bin/env bash
# Installs what is missing, builds, and runs every test (ctest; GUI tests on the offscreen
# platform). The shared test data beside the repository (../shared) is used when present.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/build.sh
ctest --test-dir "${LUOTSI_BUILD_DIR:-build}" --output-on-failure -j"$(nproc)"
