#!/usr/bin/python3
"""Peer of 'luotsi-admin bench': reads the first worksheet of an .xlsx with openpyxl.

Usage: /usr/bin/python3 read-openpyxl.py FILE.xlsx
Prints one line, 'rows=N cells=M': N rows with at least one non-empty cell, M non-empty cells.
A cell is empty when it has no value or its value is the empty string; a formula counts by
its cached result (data_only=True), as Excel last computed it. The first worksheet is the first
in the workbook's order that is a worksheet (not a chart sheet).
Exit 0 on success; on any error a message on stderr and exit 1 (2 for a wrong command line).

Debian's python3-openpyxl is installed for Debian's /usr/bin/python3, hence the shebang: a
pyenv or venv 'python3' on PATH does not see it.
"""
import sys


def main(argv):
    if len(argv) != 2:
        print("usage: read-openpyxl.py FILE.xlsx", file=sys.stderr)
        return 2
    import openpyxl

    # read_only streams the sheet XML instead of building every cell object up front.
    workbook = openpyxl.load_workbook(argv[1], read_only=True, data_only=True)
    try:
        if not workbook.worksheets:
            raise ValueError("the workbook has no worksheet")
        sheet = workbook.worksheets[0]
        # Read-only mode stops at the size the file's <dimension> claims, and some writers put a
        # wrong one there (say A1:D1 on a sheet of 4 full rows): openpyxl's docs say to reset it,
        # and then every row and cell in the file is read.
        sheet.reset_dimensions()
        rows = cells = 0
        for values in sheet.iter_rows(values_only=True):
            filled = 0
            for value in values:
                if value is not None and value != "":
                    filled += 1
            if filled:
                rows += 1
                cells += filled
    finally:
        workbook.close()
    print(f"rows={rows} cells={cells}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception as error:  # any failure to read the file is the peer's failure
        print(f"read-openpyxl: {type(error).__name__}: {error}", file=sys.stderr)
        sys.exit(1)
