#!/usr/bin/env bash
# Converts the five legacy exports of ../shared/data/conversion into a fresh register with the
# wizard's own suggestions (--auto), prints each batch's report, and measures the result against
# the sample's truth (pairwise precision and recall of the rows that ended in the same customer).
# Usage: scripts/convert-sample.sh [REGISTER.sqlite]   (default: a new file in /tmp)
set -euo pipefail
here="$(cd "$(dirname "$0")/.." && pwd)"
admin="$here/build/src/admin/luotsi-admin"
data="$here/../shared/data/conversion"
register="${1:-$(mktemp -d)/conversion.sqlite}"
[ -x "$admin" ] || { echo "Build first: scripts/build.sh" >&2; exit 1; }
[ -d "$data" ] || { echo "The sample is missing: $data" >&2; exit 1; }

run() { echo "== $*"; "$admin" import "$@" --auto --database "$register" 2>/dev/null; }
run "$data/source0_enterprise.xlsx"
run "$data/source0_enterprise.xlsx" --sheet Yhtymät
run "$data/source1_tilaajat.csv"
run "$data/source2_sonet.xlsx"
run "$data/source3_prospektit.xlsx"
run "$data/source4_cirix.xls"
echo "== evaluation against truth.csv ($register)"
"$admin" batches --evaluate "$data/truth.csv" --database "$register"
