"""report.diff: a unified diff of the source page against the cleaned page, made hunk by
hunk from the edit log (the log already says where every change is: linear in the page)."""
from __future__ import annotations

from bisect import bisect_right

from ..assemble import line_starts

CONTEXT = 3  # unified diff context lines, as diff -u and git use


def diff_report(page, manifest) -> str:
    """A unified diff (--- a/name, +++ b/name) of page.source against page.text (two, one
    after the other, when layout edits put the source's columns in reading order first).

    Each top-level edit touches a known run of source lines; edits sharing a line make one
    change block, whose new lines are the block's source with its edits replayed.
    """
    name = page.name or manifest.get("source") or "page"
    if page.text == page.source:
        return ""  # (edits that undo each other: …\n inserted, \n… deleted, change nothing)
    # Columns put in reading order first: the layout edits are a patch of their own, from
    # the source to the ordered text the edits refer to; the two apply in turn.
    ordered = getattr(page, "ordered", page.source)  # a page-like object may hold no layout
    return (_diff(page.source, manifest.get("layout", []), name)
            + _diff(ordered, manifest["edits"], name))


def _diff(source: str, edits: list[dict], name: str) -> str:
    starts = _line_starts(source)
    blocks = _change_blocks(source, starts, edits)
    if not blocks:
        return ""
    n = len(starts)

    def old_lines(a: int, b: int) -> list[str]:
        return _split_lines(source[_off(starts, a, source):_off(starts, b, source)])

    out = [f"--- a/{name}\n", f"+++ b/{name}\n"]
    delta = 0  # new line number minus old line number, before the current hunk
    for hunk in _hunks(blocks):
        lo, hi = max(0, hunk[0][0] - CONTEXT), min(n, hunk[-1][1] + CONTEXT)
        body, grow, cursor = [], 0, lo
        for a, b, new in hunk:
            body += _prefixed(" ", old_lines(cursor, a))
            body += _prefixed("-", old_lines(a, b)) + _prefixed("+", new)
            grow += len(new) - (b - a)
            cursor = b
        body += _prefixed(" ", old_lines(cursor, hi))
        out.append(f"@@ -{_range(lo, hi - lo)} +{_range(lo + delta, hi - lo + grow)} @@\n")
        out += body
        delta += grow
    return "".join(out)


def _line_starts(text: str) -> list[int]:
    """Offsets where the text's lines start (a final newline starts no further line)."""
    starts = line_starts(text)
    if starts[-1] == len(text):
        starts.pop()
    return starts


def _line_of(starts: list[int], offset: int, text: str) -> int:
    if offset >= len(text) and (not text or text.endswith("\n")):
        return len(starts)  # past the last line: an insertion at the very end
    return bisect_right(starts, offset) - 1


def _off(starts: list[int], line: int, text: str) -> int:
    return starts[line] if line < len(starts) else len(text)


def _split_lines(text: str) -> list[str]:
    """Lines with their ends; only "\\n" ends a line (str.splitlines also splits on
    U+2028 and form feeds, which diff and patch do not)."""
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    return out + [lines[-1]] if lines[-1] else out


def _change_blocks(source: str, starts: list[int], edits: list[dict]):
    """(first line, end line, new lines) for each run of source lines the edits change."""
    runs: list[list] = []  # [first, end, edits]
    for e in edits:
        first = _line_of(starts, e["start"], source)
        # The line holding the edit's end is touched too: a join pulls it up.
        end = min(max(_line_of(starts, e["end"], source) + 1, first), len(starts))
        if runs and first < runs[-1][1]:
            runs[-1][1] = max(runs[-1][1], end)
            runs[-1][2].append(e)
        else:
            runs.append([first, end, [e]])
    blocks = []
    for first, end, run in runs:
        lo, hi = _off(starts, first, source), _off(starts, end, source)
        pieces, cursor = [], lo
        for e in run:
            pieces += [source[cursor:e["start"]], e["after"]]
            cursor = e["end"]
        pieces.append(source[cursor:hi])
        old, new = _split_lines(source[lo:hi]), _split_lines("".join(pieces))
        # Lines the edits leave as they were are context, not change.
        head = 0
        while head < min(len(old), len(new)) and old[head] == new[head]:
            head += 1
        tail = 0
        while tail < min(len(old), len(new)) - head and old[-1 - tail] == new[-1 - tail]:
            tail += 1
        if len(old) == len(new) == head + tail:
            continue
        blocks.append((first + head, end - tail, new[head:len(new) - tail]))
    return blocks


def _hunks(blocks):
    """Blocks close enough to share their context go in one hunk."""
    hunks = [[blocks[0]]]
    for block in blocks[1:]:
        if block[0] - hunks[-1][-1][1] <= 2 * CONTEXT:
            hunks[-1].append(block)
        else:
            hunks.append([block])
    return hunks


def _prefixed(mark: str, lines: list[str]) -> list[str]:
    return [mark + line if line.endswith("\n") else f"{mark}{line}\n\\ No newline at end of file\n"
            for line in lines]


def _range(start: int, length: int) -> str:
    """A hunk range as unified diffs write it (difflib's convention)."""
    first = start + 1 if length else start
    return str(first) if length == 1 else f"{first},{length}"


# --- report.html -------------------------------------------------------------------------
