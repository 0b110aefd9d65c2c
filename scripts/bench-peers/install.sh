#!/usr/bin/env bash
# Installs the peers of 'luotsi-admin bench': other tools an admin could read the same .xlsx with
# (openpyxl, xlsx2csv, SheetJS, exceljs), and copies their runner scripts into the peers folder.
# Installs only what is missing; run again, it only checks. See README.md beside this file.
# Debian packages need root, or sudo for a user who has it; the npm packages go into the peers
# folder of the user who runs this (no root needed for them).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
peers="${LUOTSI_BENCH_PEERS:-${XDG_CACHE_HOME:-$HOME/.cache}/luotsi-bench/peers}"
runners=(read-openpyxl.py read-xlsx2csv.py read-sheetjs.js read-exceljs.js)
changed=0

# --- Debian packages -------------------------------------------------------------------------
packages=(
    # openpyxl for Debian's own /usr/bin/python3 (a pyenv or venv python3 on PATH does not see it)
    python3-openpyxl
    # xlsx2csv: its module is /usr/share/xlsx2csv/xlsx2csv.py, loaded by read-xlsx2csv.py
    xlsx2csv
    # what an admin would also reach for: unzip to look inside an .xlsx, sqlite3 for the database
    unzip sqlite3
)
# Node.js and npm for SheetJS and exceljs; a node already on PATH (say from nodesource, which
# brings its own npm) is used as it is.
if ! command -v node >/dev/null 2>&1; then
    packages+=(nodejs npm)
elif ! command -v npm >/dev/null 2>&1; then
    packages+=(npm)
fi

missing=()
for package in "${packages[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed"; then
        missing+=("$package")
    fi
done

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -eq 0 ]; then
        as_root=()
    elif command -v sudo >/dev/null 2>&1; then
        as_root=(sudo)
    else
        echo "bench-peers: these packages are missing and installing them needs root or sudo:" >&2
        echo "  ${missing[*]}" >&2
        exit 1
    fi
    echo "bench-peers: installing ${missing[*]}"
    export DEBIAN_FRONTEND=noninteractive
    "${as_root[@]}" apt-get update -q
    "${as_root[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
    changed=1
fi

# --- the peers folder: runner scripts, package.json/lock, node_modules ----------------------
mkdir -p "$peers"

for runner in "${runners[@]}"; do
    if ! cmp -s "$here/$runner" "$peers/$runner"; then
        install -m 0755 "$here/$runner" "$peers/$runner"
        echo "bench-peers: copied $runner into $peers"
        changed=1
    fi
done

# npm is needed when package.json or the lock changed since the last install, or when a pinned
# package is not installed at its pinned version (say node_modules was removed by hand).
npm_needed=0
if ! cmp -s "$here/package.json" "$peers/package.json"; then
    npm_needed=1
elif [ -f "$here/package-lock.json" ] && ! cmp -s "$here/package-lock.json" "$peers/package-lock.json"; then
    npm_needed=1
elif ! node -e '
    const path = require("path");
    const peers = process.argv[1];
    const pinned = require(path.join(peers, "package.json")).dependencies;
    for (const [name, version] of Object.entries(pinned)) {
        let installed;
        try { installed = require(path.join(peers, "node_modules", name, "package.json")).version; }
        catch (e) { process.exit(1); }
        if (installed !== version) process.exit(1);
    }' "$peers"; then
    npm_needed=1
fi

if [ "$npm_needed" -eq 1 ]; then
    echo "bench-peers: installing the npm packages into $peers"
    cp "$here/package.json" "$peers/package.json"
    if [ -f "$here/package-lock.json" ]; then
        cp "$here/package-lock.json" "$peers/package-lock.json"
        (cd "$peers" && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
    else
        rm -f "$peers/package-lock.json"
        (cd "$peers" && npm install --no-audit --no-fund --loglevel=error >/dev/null)
    fi
    changed=1
fi

if [ "$changed" -eq 0 ]; then
    echo "bench-peers: nothing was missing (peers in $peers)."
fi

# --- is each peer ready? ----------------------------------------------------------------------
# Each runner reads a tiny workbook written here with openpyxl: 2 rows, 3 non-empty cells.
sample="$(mktemp --suffix=.xlsx)"
trap 'rm -f "$sample"' EXIT
sample_made=0
if /usr/bin/python3 - "$sample" 2>/dev/null <<'EOF'
import sys, openpyxl
wb = openpyxl.Workbook()
ws = wb.active
ws.append(["nimi", "määrä"])
ws.append(["Åke", None])
ws.append([None, None])
wb.save(sys.argv[1])
EOF
then
    sample_made=1
fi

status=0
check() {  # check NAME VERSION COMMAND...
    local name="$1" version="$2" out
    shift 2
    if [ "$sample_made" -eq 0 ]; then
        echo "bench-peers: $name: NOT ready (no sample workbook: /usr/bin/python3 has no openpyxl)"
        status=1
    elif out="$("$@" "$sample" 2>&1)" && [ "$out" = "rows=2 cells=3" ]; then
        echo "bench-peers: $name $version: ready: $* FILE"
    else
        echo "bench-peers: $name: NOT ready: '$* FILE' gave: ${out:-nothing}"
        status=1
    fi
}
version_of() {  # version_of PYTHON-EXPRESSION | version_of npm NAME
    if [ "$1" = npm ]; then
        node -p "require(process.argv[1]).version" "$peers/node_modules/$2/package.json" 2>/dev/null || echo "?"
    else
        /usr/bin/python3 -c "$1" 2>/dev/null || echo "?"
    fi
}

check openpyxl "$(version_of 'import openpyxl; print(openpyxl.__version__)')" \
    /usr/bin/python3 "$peers/read-openpyxl.py"
check xlsx2csv "$(dpkg-query -W -f='${Version}' xlsx2csv 2>/dev/null || echo "?")" \
    /usr/bin/python3 "$peers/read-xlsx2csv.py"
check SheetJS "$(version_of npm xlsx)" node "$peers/read-sheetjs.js"
check exceljs "$(version_of npm exceljs)" node "$peers/read-exceljs.js"
exit "$status"
