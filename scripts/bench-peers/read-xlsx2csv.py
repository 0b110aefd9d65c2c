#!/usr/bin/python3
"""Peer of 'luotsi-admin bench': converts the first sheet of an .xlsx to CSV with xlsx2csv.

Usage: /usr/bin/python3 read-xlsx2csv.py FILE.xlsx
Prints one line, 'rows=N cells=M': N CSV records with at least one non-empty field, M non-empty
fields. Exit 0 on success; on any error a message on stderr and exit 1 (2 for a wrong command line).

Debian's xlsx2csv package ships the module as a script, /usr/share/xlsx2csv/xlsx2csv.py (with
/usr/bin/xlsx2csv a link to it), not on Python's path: it is loaded here by its path. The CSV
goes into a sink that parses each record as it is written and keeps only the counts, so memory
stays flat whatever the sheet's size (xlsx2csv itself keeps the shared strings, as it must).
"""
import collections
import csv
import importlib.util
import os
import sys

XLSX2CSV_MODULE = "/usr/share/xlsx2csv/xlsx2csv.py"


def load_xlsx2csv():
    spec = importlib.util.spec_from_file_location("xlsx2csv", XLSX2CSV_MODULE)
    if spec is None:
        raise ImportError(f"cannot load {XLSX2CSV_MODULE} (is Debian's xlsx2csv installed?)")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


class CountingSink:
    """A text file for xlsx2csv's csv.writer: parses the CSV back as it arrives and counts.

    csv.writer calls write() once per record with the whole record; the lines of each write go
    to a csv.reader that pulls them from this object (a record with a line break inside a quoted
    field spans several lines, all in the same write)."""

    def __init__(self):
        self.rows = 0
        self.cells = 0
        self._lines = collections.deque()
        self._reader = csv.reader(self)

    # the csv.reader's input: the lines written so far and not yet parsed
    def __iter__(self):
        return self

    def __next__(self):
        if self._lines:
            return self._lines.popleft()
        raise StopIteration

    def write(self, text):
        # split on '\n' only, keeping it: csv.reader ends a record at the end of each line it gets
        start = 0
        while True:
            end = text.find("\n", start)
            if end < 0:
                if start < len(text):
                    self._lines.append(text[start:])
                break
            self._lines.append(text[start:end + 1])
            start = end + 1
        while self._lines:
            try:
                record = next(self._reader)
            except StopIteration:
                break
            filled = sum(1 for field in record if field != "")
            if filled:
                self.rows += 1
                self.cells += filled
        return len(text)

    def flush(self):
        pass


def first_worksheet(converter):
    """xlsx2csv's number (1, 2, ...: the workbook's order) of the first sheet that is a worksheet.

    xlsx2csv converts the sheet it is given, a chart sheet too (into no rows): the number is the
    first whose relationship is a worksheet's, or 1 when the relationships do not say."""
    sheets = converter.workbook.sheets
    if not sheets:
        # convert() would only print a warning and return
        raise ValueError("the workbook has no sheet")
    relationships = converter.workbook.relationships.relationships
    for sheet in sheets:
        kind = (relationships.get(sheet.get("relation_id")) or {}).get("type") or ""
        if kind.endswith("/worksheet"):
            return sheet["index"]
    return 1


def main(argv):
    if len(argv) != 2:
        print("usage: read-xlsx2csv.py FILE.xlsx", file=sys.stderr)
        return 2
    xlsx2csv = load_xlsx2csv()
    sink = CountingSink()
    converter = xlsx2csv.Xlsx2csv(argv[1], outputencoding="utf-8")
    converter.convert(sink, sheetid=first_worksheet(converter))
    print(f"rows={sink.rows} cells={sink.cells}")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main(sys.argv))
    except Exception as error:  # any failure to read the file is the peer's failure
        print(f"read-xlsx2csv: {type(error).__name__}: {error}", file=sys.stderr)
        sys.stderr.flush()
        # not sys.exit: a half-made Xlsx2csv's __del__ would add a confusing AttributeError
        os._exit(1)
