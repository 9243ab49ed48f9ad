#!/usr/bin/env python3
"""Prints an XLSX workbook as JSON, read with openpyxl, for the XLSX tests.

    python3 xlsx_dump.py FILE.xlsx [MAX_ROWS]

An independent reader: the tests compare what Excel would see (typed values,
number formats, frozen panes, autofilter, sheet names, column widths) with
what they wrote, not what our own code says it wrote. Output:

    {"sheets": [{"name": "...", "freeze": "A2", "filter": "A1:C4", "rows": 4,
                 "widths": {"A": 12.7, ...},
                 "cells": [[{"t": "s|n|d|f|b", "v": ..., "f": "0.0%"}, ...], ...]}]}

t is openpyxl's data type (s string, n number, d date, f formula, b bool),
null for a blank cell; dates are written as ISO text. Only the first MAX_ROWS
rows (default all) are listed; "rows" counts them all. Exits 77 (a skip for
the test) when openpyxl is missing.
"""
import datetime
import json
import sys

try:
    import openpyxl
except ImportError:
    print("python3-openpyxl is not installed (scripts/install-deps.sh installs it)", file=sys.stderr)
    sys.exit(77)


def cell_json(cell):
    if cell.value is None:
        return None
    value = cell.value
    kind = cell.data_type
    if isinstance(value, (datetime.datetime, datetime.date)):
        value = value.isoformat()
        kind = "d"
    return {"t": kind, "v": value, "f": cell.number_format}


def main():
    path = sys.argv[1]
    max_rows = int(sys.argv[2]) if len(sys.argv) > 2 else None
    book = openpyxl.load_workbook(path)  # not read_only: that mode does not read panes and widths
    sheets = []
    for ws in book.worksheets:
        rows = []
        for i, row in enumerate(ws.iter_rows()):
            if max_rows is not None and i >= max_rows:
                break
            rows.append([cell_json(c) for c in row])
        widths = {letter: dim.width for letter, dim in ws.column_dimensions.items() if dim.customWidth}
        sheets.append({
            "name": ws.title,
            "freeze": ws.freeze_panes,
            "filter": ws.auto_filter.ref,
            "rows": ws.max_row,
            "widths": widths,
            "cells": rows,
        })
    json.dump({"sheets": sheets}, sys.stdout, ensure_ascii=False)


if __name__ == "__main__":
    main()
