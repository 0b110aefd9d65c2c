#!/usr/bin/env bash
# Refreshes the Finnish reference data the core embeds (resources/data/, built into luotsi_core as
# :/data/...) from the shared folder beside the repository (../shared/data/finnish).
#
# Where the data comes from: Posti's public postal-code file, flattened by the shared folder's
# maintainers from postcodes.json of the repository theikkila/postinumerot (MIT). Posti's terms
# of use for the postal-code file apply. See ../shared/data/finnish/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."

source_dir="${LUOTSI_SHARED_DIR:-../shared}/data/finnish"
target_dir="resources/data"

if [ ! -f "$source_dir/postcodes.csv" ]; then
    echo "refresh-finnish-data: $source_dir/postcodes.csv not found." >&2
    echo "  Set LUOTSI_SHARED_DIR to the shared folder, or check it out beside the repository." >&2
    exit 1
fi

expected_header="postcode;postcode_fi_name;postcode_sv_name;postcode_abbr_fi;postcode_abbr_sv;type_code;ad_area_code;ad_area_fi;ad_area_sv;municipal_code;municipal_name_fi;municipal_name_sv;municipal_language_ratio_code;valid_from;date"
if [ "$(head -n 1 "$source_dir/postcodes.csv" | tr -d '\r')" != "$expected_header" ]; then
    echo "refresh-finnish-data: the columns of $source_dir/postcodes.csv have changed;" >&2
    echo "  update src/core/register/PostalCodeTable.cpp before refreshing." >&2
    exit 1
fi

mkdir -p "$target_dir"
cp "$source_dir/postcodes.csv" "$target_dir/postcodes.csv"
rows=$(($(wc -l < "$target_dir/postcodes.csv") - 1))
dated=$(sed -n '2p' "$target_dir/postcodes.csv" | awk -F';' '{print $15}')
echo "refresh-finnish-data: copied $rows postal codes (data dated $dated)"
echo "  from $(cd "$source_dir" && pwd)/postcodes.csv"
echo "  to   $(pwd)/$target_dir/postcodes.csv"
echo "  origin: Posti's postal-code file via theikkila/postinumerot (MIT); Posti's terms of use apply."
