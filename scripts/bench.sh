#!/usr/bin/env bash
# Installs what is missing (the build's packages and the bench's peers), builds, and runs
# luotsi-admin bench with the given arguments, e.g. scripts/bench.sh --scale 1000000 --json b.json
# The generated register and files are kept in ~/.cache/luotsi-bench (see docs/performance.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
scripts/bench-peers/install.sh
scripts/build.sh
exec "${LUOTSI_BUILD_DIR:-build}/src/admin/luotsi-admin" bench "$@"
