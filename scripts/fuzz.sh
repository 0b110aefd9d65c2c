#!/usr/bin/env bash
# Fuzzes the spreadsheet readers with libFuzzer (clang, address + undefined sanitizers).
#
#   scripts/fuzz.sh [RUNS]      RUNS executions per target (default 1000000)
#
# Builds fuzz_xlsx, fuzz_xls and fuzz_csv (and luotsi_readers) in build-fuzz/, taking the shared
# build lock for the build only; then runs each target niced, seeded from
# ../shared/data/spreadsheets/{xlsx,xls,csv} (read only: new inputs go to build-fuzz/corpus/),
# and prints executions, time and crashes per target. Crash, timeout and out-of-memory inputs are
# kept in build-fuzz/artifacts/<target>/; replay one with build-fuzz/fuzz/fuzz_xlsx FILE.
set -euo pipefail
runs="${1:-1000000}"
root="$(cd "$(dirname "$0")/.." && pwd)"
build="$root/build-fuzz"
shared="${LUOTSI_SHARED_DIR:-$root/../shared}/data/spreadsheets"
lock=/tmp/luotsi-build.lock

flock "$lock" cmake -S "$root" -B "$build" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_C_COMPILER=clang \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLUOTSI_FUZZ=ON -DLUOTSI_BUILD_TESTS=OFF >/dev/null
flock "$lock" cmake --build "$build" -j2 --target fuzz_xlsx fuzz_xls fuzz_csv

# Zips mutate badly once compressed. Two more seed sets let mutations reach the XML: stored
# copies of the xlsx seeds, and their sheet, shared-string and style XML joined by NUL bytes
# (which fuzz_xlsx packs into a workbook itself).
stored="$build/seeds/xlsx-stored"
xml="$build/seeds/xlsx-xml"
if command -v python3 >/dev/null && [ -d "$shared/xlsx" ] && [ ! -d "$xml" ]; then
    mkdir -p "$stored" "$xml"
    python3 - "$shared/xlsx" "$stored" "$xml" <<'PY'
import os, sys, zipfile
source, stored, xml = sys.argv[1:4]
for name in sorted(os.listdir(source)):
    try:
        with zipfile.ZipFile(os.path.join(source, name)) as zin:
            parts = {i.filename.replace("\\", "/").lower(): zin.read(i.filename)
                     for i in zin.infolist()}
            with zipfile.ZipFile(os.path.join(stored, name), "w", zipfile.ZIP_STORED) as zout:
                for item in zin.infolist():
                    zout.writestr(item.filename, zin.read(item.filename))
        sheet = next((v for k, v in sorted(parts.items()) if "worksheets/sheet" in k
                      and k.endswith(".xml")), b"")
        joined = b"\0".join([sheet, parts.get("xl/sharedstrings.xml", b""),
                             parts.get("xl/styles.xml", b"")])
        with open(os.path.join(xml, name + ".xml"), "wb") as out:
            out.write(joined[:131072])
    except Exception:
        pass  # broken and encrypted seeds stay as they are
PY
fi

summary=()
status=0
for kind in xlsx xls csv; do
    target="fuzz_$kind"
    corpus="$build/corpus/$kind"
    artifacts="$build/artifacts/$kind"
    log="$build/$target.log"
    mkdir -p "$corpus" "$artifacts"
    seeds=("$shared/$kind")
    max_len=131072
    if [ "$kind" = xlsx ] && [ -d "$xml" ]; then seeds+=("$stored" "$xml"); fi
    if [ "$kind" = csv ]; then max_len=65536; fi
    start=$(date +%s)
    set +e
    nice -n 10 "$build/fuzz/$target" -runs="$runs" -max_len="$max_len" -timeout=20 \
        -rss_limit_mb=2048 -print_final_stats=1 -artifact_prefix="$artifacts/" \
        "$corpus" "${seeds[@]}" >"$log" 2>&1
    code=$?
    set -e
    seconds=$(( $(date +%s) - start ))
    executed=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
    crashes=$(find "$artifacts" -type f \( -name 'crash-*' -o -name 'timeout-*' -o -name 'oom-*' \
        -o -name 'leak-*' \) | wc -l)
    slow=$(find "$artifacts" -type f -name 'slow-unit-*' | wc -l)
    summary+=("$(printf '%-10s %10s executions %6s s  exit %d  crashes/timeouts/ooms %d  slow %d' \
        "$target" "${executed:-?}" "$seconds" "$code" "$crashes" "$slow")")
    if [ "$code" -ne 0 ] || [ "$crashes" -ne 0 ]; then status=1; fi
done
printf '%s\n' "${summary[@]}"
exit "$status"
