"""BLK015: pipe tables in markdown from layout tools, found so they stay whole.

A layout tool that writes markdown may set a table as a GitHub-style pipe table: a header
row, a delimiter row (`| --- | :---: |`) with as many cells, and the rows under it, each
line starting with `|`. Read as prose, its rows became section headings and were joined
to each other and to the paragraph after it. The cleaner keeps such a table as one body
block, line for line (BodyBlock type "table").
"""
from __future__ import annotations

import regex

# A row: up to three spaces (GFM: four open a code block), then a pipe.
_ROW = regex.compile(r"[ ]{0,3}\|")
# A cell boundary: a pipe no backslash escapes (GFM: \| is a pipe inside a cell).
_BAR = regex.compile(r"(?<!\\)\|")
# A delimiter row's cell: hyphens, a colon on either side for the column's alignment.
_DELIMITER_CELL = regex.compile(r"[ \t]*:?-+:?[ \t]*")


def cells(row: str) -> list[str]:
    """A row's cells: split at unescaped pipes, the leading and trailing pipe dropped.

    >>> cells("| 城市 | 气温 |"), cells("| a \\\\| b | c")
    ([' 城市 ', ' 气温 '], [' a \\\\| b ', ' c'])
    """
    row = row.strip()
    parts = _BAR.split(row)
    if row.startswith("|"):
        parts = parts[1:]
    if len(parts) > 1 and _BAR.search(row[-1:]) and not row.endswith("\\|"):
        parts = parts[:-1]
    return parts


def is_delimiter(row: str) -> bool:
    """Whether a row is a table's delimiter row: every cell hyphens, colons at its ends.

    >>> is_delimiter("| --- | :---: |"), is_delimiter("| 1 | 2 |"), is_delimiter("|  |")
    (True, False, False)
    """
    parts = cells(row)
    return bool(parts) and all(_DELIMITER_CELL.fullmatch(c) for c in parts)


def pipe_tables(source: str, lines: list[tuple[int, int, int, int]]) -> dict[int, tuple[int, dict]]:
    """The pipe tables among the source's `lines` (start, end, raw start, blank lines
    before, as the blocks stage reads them): {first line's index: (index past its last
    line, evidence)}. A table is a row over a delimiter row of as many cells, no blank line
    between, and the rows that follow it without a blank line, each opening with a pipe.
    Lines that open with a pipe but have no delimiter row under their first are no table."""
    def row(n: int) -> bool:
        return n < len(lines) and _ROW.match(source, lines[n][2]) is not None

    found: dict[int, tuple[int, dict]] = {}
    n = 0
    while n + 1 < len(lines):
        head, delim = (source[s:e] for s, e, *_ in lines[n:n + 2])
        columns = len(cells(head))
        if (row(n) and row(n + 1) and not lines[n + 1][3] and is_delimiter(delim)
                and len(cells(delim)) == columns):
            end = n + 2
            while row(end) and not lines[end][3]:
                end += 1
            found[n] = (end, {"rows": end - n - 1, "columns": columns,
                              "header": head[:40]})
            n = end
        else:
            n += 1
    return found
