"""BLK015: pipe tables in markdown from layout tools, found so they stay whole.

A layout tool that writes markdown may set a table as a GitHub-style pipe table: a header
row, a delimiter row (`| --- | :---: |`) with as many cells, and the rows under it, each
line starting with `|`; or, as GFM allows, without the pipes at a row's ends (`城市 | 气温`
over `--- | ---`), each line then holding a pipe between its cells. Read as prose, its rows became section headings and were joined
to each other and to the paragraph after it. The cleaner keeps such a table as one body
block, line for line (BodyBlock type "table").
"""
from __future__ import annotations

import regex

# A row: up to three spaces (GFM: four open a code block), then a pipe.
_ROW = regex.compile(r"[ ]{0,3}\|")
# ... or, in a table whose rows leave out the pipes at their ends, a line with a pipe
# between two cells (no more than three spaces before it either).
_BARE_ROW = regex.compile(r"[ ]{0,3}(?! )[^\n]*?(?<!\\)\|")
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
    between, and the rows that follow it without a blank line, each opening with a pipe;
    where the header row opens with none (`a | b` over `--- | ---`), each holding one.
    Lines that open with a pipe but have no delimiter row under their first are no table,
    nor is a line over hyphens with no pipe in them (a heading's underline, a rule).

    >>> page = "城市 | 气温\\n--- | ---\\n北京 | 12℃\\n\\n正文。"
    >>> pipe_tables(page, [(0, 7, 0, 0), (8, 17, 8, 0), (18, 26, 18, 0), (28, 31, 28, 1)])
    {0: (3, {'rows': 2, 'columns': 2, 'header': '城市 | 气温'})}
    """
    def row(n: int, bare: bool = False) -> bool:
        return n < len(lines) and (_ROW.match(source, lines[n][2]) is not None or bare and (
            _BARE_ROW.match(source, lines[n][2], lines[n][1]) is not None))

    found: dict[int, tuple[int, dict]] = {}
    n = 0
    while n + 1 < len(lines):
        head, delim = (source[s:e] for s, e, *_ in lines[n:n + 2])
        columns = len(cells(head))
        bare = not row(n)  # (GFM: the pipes at a row's ends may be left out)
        if (row(n, bare) and row(n + 1, bare) and not lines[n + 1][3] and is_delimiter(delim)
                and len(cells(delim)) == columns):
            end = n + 2
            while row(end, bare) and not lines[end][3]:
                end += 1
            found[n] = (end, {"rows": end - n - 1, "columns": columns,
                              "header": head[:40]})
            n = end
        else:
            n += 1
    return found
