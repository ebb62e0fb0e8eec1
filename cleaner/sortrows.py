"""LAY002: the reading order of PyMuPDF `get_text(sort=True)` text.

PyMuPDF's sorted text (pymupdf.utils.get_sorted_text) groups the page's words into lines
by height (words whose tops or bottoms lie within 3 pt), sorts the lines by their bottoms,
and writes each line's words left to right, each padded by as many spaces as the gap before
it holds of the word's own average character width (so one space is about one em of the
gap). The habits that set it apart from `pdftotext -layout`'s grid (LAY001):

- a gutter is one to three spaces, a newspaper's gap of one to three ems;
- no form feed: pdftotext ends each sheet with one, so a page holding one is left to
  LAY001 however narrow its gaps;
- two columns whose baselines differ by more than the tolerance print on lines of their
  own, one after the other (the columns' lines alternate);
- a line whose top stands more than half its height above the bottom of the line before
  is written with no line break at all: it is glued to the end of the line before, padded
  from the page's left edge, not from the text it follows.

So the page is read as pieces of text placed in ems (a glued part of a line placed from
the left edge again, on a row of its own, where that puts it at a column's start and the
plain reading puts it where no column starts, or past the page's width, but not where
it would stand in the line's first piece's own place: that is the next column's line),
linked into
columns (each piece under the piece above it, at most `max_skip` lines up, overlapping it
and starting within a paragraph's indent of it, or opening the next paragraph an indent
in under a last line no wider than that, 单。; not a line flush with a paragraph's end
past a blank line and running on past it, or under a last line short of the column's
line before it, nor a short head flush under a full line that runs on, past a row the
column leaves out, over a headline set wider or a title's stack: the next article's
title); a piece on its own
(a title's line, a byline, a caption) goes with the column starting nearest below it that
it overlaps. The page's rows (parted by `row_gap` blank lines) are read in turn, each in
T. Breuel's order: of two columns one over the other the upper first, of two side by side
the left first.
A column whose paragraph a photo cuts goes on under the photo's caption (_continued).
A column ending mid-sentence on a full line runs on at the top of its box's next column,
beside it a gutter to the right, starting on one of its lines and no longer: that column
is read right after it (_run_on), though an item beside stands wholly above it.
A page whose pieces do not stand in columns is left as printed (DBT004 flags it).

A row glued on with no space at all (its text starts at the page's left edge: a first
column's line) runs on from the line's last word; it is cut off where the line holds no
first column's text, the lines around it (or, in a run of such lines, the nearest that do)
do, and the line runs past the page or the word past its own column's measure
(_unspaced).

Each word is padded in its own characters' width: a caption's line, in smaller type than
the body, stands at `small_type` of where its padding puts it (pieces_of); a title's line
first on its row (no clause mark; at the left edge or at no column start), in larger type,
is padded and counted in its large characters, and the piece after it, landing where no
column starts, goes to the first column start the row reaches widened up to `title_scale`
times (_title_line); after a line plainly a title's and no column's (_plain_title,
_column_line) it goes so too where it lands at a column start, to the first more than
jitter past there (the start it lands on is chance).

What it cannot mend: a large title's padding counts its own large characters, so where a
title stands across a line is known only so far (after a title's line that is not plainly
one, the piece after it may land on another column's start by chance and go with the
wrong column; a title first on its line but off the left edge, or after another piece,
stands where its ems put it, short of its place); and a row
glued on with no space that ends a paragraph short of the measure, or onto a line that
holds a first column's text, or whose column's measure the lines around it do not show,
is not cut off.
"""
from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from .registry import RuleSet

_WORD = regex.compile(r"[^ \t\u3000]+")
_RUN_END = regex.compile(r"[ \t\u3000]{2,}")


def _em(text: str) -> float:
    """A run's printed width in ems: Han characters and full-width marks one, the rest half."""
    return sum(0.5 if ord(c) < 0x2000 else 1.0 for c in text)


@dataclass(slots=True)
class _Piece:
    row: int  # the source line * 4, + 1 for a part glued onto the end of the line before
    line: int  # the source line
    x0: float  # ems from the page's left edge
    x1: float
    start: int  # span in the source
    end: int


@dataclass(slots=True)
class _Item:
    """A column (pieces one under another) or a piece on its own."""

    pieces: list[_Piece] = field(default_factory=list)
    title: bool = False  # it opens with a line kept out of the column above: a title

    @property
    def r0(self) -> int:
        return self.pieces[0].row

    @property
    def r1(self) -> int:
        return self.pieces[-1].row

    @property
    def x0(self) -> float:
        return min(p.x0 for p in self.pieces)

    @property
    def x1(self) -> float:
        return max(p.x1 for p in self.pieces)


@dataclass(frozen=True, slots=True)
class _Params:
    narrow_gap: float
    start_support: int
    split_gap: int
    split_run: int
    jitter: float
    indent: float
    overlap: float
    max_skip: int
    head_skip: int
    head_pieces: int
    title_pieces: int
    row_gap: int
    max_band: int
    max_crossing: float
    max_width: int
    max_line_pieces: int
    snap: float
    glue_lines: int
    unspaced_lines: int
    unspaced_head: float
    width_share: float
    continue_lines: int
    line_end: str
    clause_mark: str
    head_min: float
    small_type: float
    small_start: str
    small_credit: str
    credit_chars: int
    closing_mark: str
    glue_reach: int
    last_line: str
    end_reach: int
    caption_reach: int
    right_support: int
    title_scale: float
    title_mark: str
    title_ems: float
    measure_reach: int
    no_title_open: str


def params(rules: RuleSet) -> _Params:
    return _Params(*(rules.param("LAY002", k) for k in _Params.__slots__))


def narrow_gaps(source: str, rules: RuleSet) -> float | None:
    """The width, in spaces, that a quarter of the gaps between two runs of text on one
    line (the column gaps: LAY002's `column_gap`) are at most (wider gaps beside pictures
    do not count), or None when no line holds one."""
    gap = rules.param_patterns("LAY002", "column_gap")[0]
    widths = sorted(len(m.group(1)) for m in gap.finditer(source))
    if not widths:
        return None
    return widths[len(widths) // 4]


def _words(text: str) -> list[tuple[int, int, int, float]]:
    """A line's words: (spaces before, start, end, em width)."""
    out, last = [], 0
    for m in _WORD.finditer(text):
        a, b = m.span()
        out.append((a - last, a, b, _em(m.group())))
        last = b
    return out


def pieces_of(source: str, p: _Params, log: list[dict[str, Any]] | None = None) -> list[_Piece]:
    """The source's runs of text placed in ems; a part glued onto the end of a line (its
    padding counted from the page's left edge) placed so, on a row of its own.

    The page's width is first taken from where its lines end; where the pieces so placed
    end further on (at least `right_support` of them at one place: the last column's lines
    end at the page's right edge), the lines ended short of it (a page whose lines are
    mostly glued, or short), and the pieces are placed again with that width."""
    lines = source.split("\n")
    starts_at = []
    pos = 0
    for text in lines:
        starts_at.append(pos)
        pos += len(text) + 1
    parsed = [_words(t) for t in lines]  # (read once, for both placings)
    first_log: list[dict[str, Any]] = []
    out, width = _placed(source, lines, starts_at, parsed, p, first_log, 0.0)
    right = _furthest(Counter(round(pc.x1) for pc in out), p.right_support, 0)
    if right > width + p.jitter:
        first_log = []
        out, width = _placed(source, lines, starts_at, parsed, p, first_log, right)
    if log is not None:
        log.extend(first_log)
    return out


def _furthest(ends: Counter, least: float, default: float) -> float:
    """The furthest place where at least `least` of the counted `ends` fall, within one em
    either way; `default` where there is none."""
    return max((x for x in ends if sum(ends[x + d] for d in (-1, 0, 1)) >= least),
               default=default)


def _placed(source: str, lines: list[str], starts_at: list[int], parsed: list[list],
            p: _Params, log: list[dict[str, Any]] | None,
            at_least: float) -> tuple[list[_Piece], float]:
    """`pieces_of`'s pieces of the source's `lines` (each starting at `starts_at`, its
    words `parsed`), and the page's width they were placed with (at least `at_least` ems)."""
    # Where lines' first words start (never glued), and words after a wide gap: the page's
    # column starts; the page's width: the furthest place where at least start_support
    # lines and `width_share` of them end (a column's justified lines end together; lines
    # with a part glued on end past it, each at its own place, a few of them together).
    # Each line's words as its padding places them, for _column_line (a gutter may be
    # one space: a column's line is a word of its own).
    first, anywhere, ends = Counter(), Counter(), Counter()
    runs: list[list[tuple[float, float]]] = []
    for words in parsed:
        end = 0.0
        runs.append([])
        for k, (s, a, b, w) in enumerate(words):
            x0 = end + s * w / (b - a)
            if k == 0 or s >= 2:
                first[round(x0)] += 1
            runs[-1].append((x0, x0 + w))
            anywhere[round(x0)] += 1
            end = x0 + w
        if words:
            ends[round(end)] += 1
    least = max(p.start_support, p.width_share * sum(ends.values()))
    width = max(_furthest(ends, least, max(ends, default=0)), at_least)

    def support(x: float, starts: Counter = first) -> int:
        return sum(starts[round(x) + d] for d in (-1, 0, 1))

    parsed = _unspaced(parsed, source, starts_at, width, p, log)
    small_start, small_credit = regex.compile(p.small_start), regex.compile(p.small_credit)
    # The last caption line placed: (its source line, where its padding put it, whether
    # the caption goes on: it ends no sentence and no credit).
    caption: tuple[int, float, bool] | None = None

    def small(n: int, a: int, raw: float) -> bool:
        """A caption's line, set in smaller type than the body's (see small_type)."""
        nonlocal caption
        # Its first run (up to a gap of two spaces or more: a gutter).
        text = _RUN_END.split(lines[n][a:].strip())[0]
        goes_on = caption is not None and caption[2] and caption[0] == n - 1 and abs(
            caption[1] - raw) <= p.jitter + 0.5
        credit = bool(small_credit.search(text))
        if not (small_start.search(text) or credit and len(text) <= p.credit_chars or goes_on):
            return False
        caption = (n, raw, not (regex.search(p.line_end, text) or credit))
        return True

    title_mark = regex.compile(p.title_mark)
    plain_title = _plain_title(p)
    out: list[_Piece] = []
    for n, words in enumerate(parsed):
        base = starts_at[n]
        row = 4 * n
        end = 0.0
        prev: _Piece | None = None
        at_line = len(out)  # the line's pieces: out[at_line:]
        for k, (s, a, b, w) in enumerate(words):
            per = w / (b - a)
            apart = False
            if s < 0:
                # Glued on with no space at all: a first column's line (_unspaced).
                x0, row, prev, s = 0.0, 4 * n + 1, None, 0
            elif k == 0:
                x0 = s * per
                if small(n, a, x0):
                    # Padded in its own smaller characters: it stands that much left.
                    x0, w = x0 * p.small_type, w * p.small_type
            else:
                x0 = end + s * per
                reset = s * per
                if s >= 2 and reset + 1 < x0 and row == 4 * n and support(
                        reset) >= p.start_support and (
                        support(x0, anywhere) < p.start_support or x0 + w > width + p.indent + p.jitter):
                    if _own_column(out[at_line:], reset, w, p):
                        # Not glued where it would stand in the line's first column: the
                        # next column's line, past a gutter (a piece of its own).
                        apart = True
                    else:
                        # Glued: the next line's text, padded from the page's left edge.
                        x0, row, prev = reset, row + 1, None
            x1 = x0 + w
            if prev is not None and not apart and (s == 1 and min(
                    b - a, _last_run(source, prev)) < 2 or (
                    s < p.split_gap and support(x0) < p.start_support
                    and min(b - a, _last_run(source, prev)) < p.split_run)):
                # A narrow gap to a place where no column starts: a space within a
                # column's line (记者 孙广勇, a spaced name, Musée Guimet), one piece.
                prev.x1, prev.end = x1, base + b
            else:
                if k and (support(x0) < p.start_support or prev is not None and plain_title(
                        source[prev.start:prev.end]) and not _column_line(prev, runs, p)) and _title_line(
                        prev, out[at_line:], row, title_mark, source, support, p):
                    # A title's line first on its row, padded and counted in its own large
                    # characters, which print wider than the body's ems (the gap after it
                    # is padded in the next piece's own, the body's): the row up to the
                    # gap is that much wider. The piece after it stands at the first
                    # column start (at least start_support runs, where they peak) that
                    # the row so widened reaches, at most `title_scale` times as wide.
                    # Where the piece after it lands at a column start already, that
                    # may be chance (a page of several boxes has many starts): after a
                    # line that is plainly a title's (_plain_title) and no column's line
                    # (_column_line) it goes on to the first start more than jitter
                    # past there (large type prints at least 1.1 times the body's ems,
                    # so the place its ems give is short of the piece's own).
                    gap = x0 - prev.x1
                    past = x0 + p.jitter if support(x0) >= p.start_support else 0.0
                    for f in (1 + i / 10 for i in range(1, round(10 * (p.title_scale - 1)) + 1)):
                        at = f * prev.x1 + gap
                        if at > past and support(at) >= max(p.start_support, support(at + 1)):
                            prev.x0, prev.x1 = f * prev.x0, f * prev.x1
                            x0, x1 = at, at + w
                            break
                if k and support(x0) < p.start_support:
                    # What the line holds before a piece prints at least as wide as its
                    # characters' ems (a justified line is spread to its measure, a
                    # title's characters are larger): a later piece that lands where no
                    # column starts stands right of there: at the nearest column start
                    # (where the starts peak) within `snap` times the ems before it;
                    # the piece before it printed that much wider.
                    for d in range(1, int(p.snap * end) + 1):
                        if support(x0 + d) >= max(p.start_support, support(x0 + d + 1)):
                            x0, x1 = x0 + d, x1 + d
                            if prev is not None:  # (this row's: a glued part sets it None)
                                prev.x1 += d  # it printed wider
                            break
                prev = _Piece(row, n, x0, x1, base + a, base + b)
                out.append(prev)
            end = x1
    return out, width


def _title_line(prev: _Piece | None, line: list[_Piece], row: int,
                title_mark: regex.Pattern, source: str, support, p: _Params) -> bool:
    """Whether `prev`, the last piece of its line's pieces so far (`line`), may be a
    title's line in large type: the first piece of its printed `row`, holding no clause
    mark (`title_mark`: a column's line holds one as a rule, a title none), at the page's
    left edge or where its padding, counted in ems, puts it at no column start nor a
    paragraph's indent in from one (`support`: a column's line first on its row, the
    right box's row printed on a line of its own, is padded in the body's ems and stands
    there)."""
    return (prev is not None and bool(line) and prev is line[-1]
            and all(q.row != row for q in line[:-1])
            and not title_mark.search(source, prev.start, prev.end)
            and (prev.x0 <= p.jitter or all(support(prev.x0 - d) < p.start_support
                                            for d in range(int(p.indent) + 1))))


def _plain_title(p: _Params):
    """A test of whether a run of text is plainly a title's line: at least `title_ems` ems
    wide (not a name, 任仲平, nor a word broken off), holding no space (a byline's spaced
    name: 记者 李 刚), no clause mark (`clause_mark`: 动，来到…), no sentence's end
    (`line_end`: a paragraph's last line) nor credit (`small_credit`: …摄), and not opening
    on `no_title_open`: a bracket (a jump marker, （上接第七版）, is set in the body's type)
    or a subtitle's dash (——…, set barely larger than the body: widened, it overshoots).

    >>> from cleaner import RuleSet
    >>> plain = _plain_title(params(RuleSet.load(profile="auto")))
    >>> plain("乡村道路上的绿牌车多了"), plain("乡村道路上的，绿牌车多了"), plain("（上接第七版）")
    (True, False, False)
    >>> plain("——多地推进情况观察"), plain("任仲平"), plain("记者 李刚 王强 赵明")
    (False, False, False)
    """
    marks = regex.compile("|".join((p.clause_mark, p.line_end, p.small_credit, p.no_title_open)))

    def plain(text: str) -> bool:
        return " " not in text and _em(text) >= p.title_ems and not marks.search(text)
    return plain


def _column_line(pc: _Piece, runs: list[list[tuple[float, float]]], p: _Params) -> bool:
    """Whether a line at most `measure_reach` lines up or down holds a word (`runs`: each
    line's words as its padding places them) standing where the piece `pc` stands: starting
    with it or a paragraph's indent in (within jitter) and ending with it (within jitter).
    Such a piece is a column's line at the column's measure, padded in the body's ems; a
    title's line set in large type rarely ends where a column's lines end."""
    return any(abs(r1 - pc.x1) <= p.jitter and -p.jitter <= r0 - pc.x0 <= p.indent + p.jitter
               for m in range(max(0, pc.line - p.measure_reach), pc.line + p.measure_reach + 1)
               if m != pc.line and m < len(runs) for r0, r1 in runs[m])


def _own_column(line: list[_Piece], reset: float, w: float, p: _Params) -> bool:
    """Whether a part that would be glued on (placed from `reset`, `w` ems wide) would
    stand in the own place of the first piece of its line (`line`: the line's pieces so
    far): starting within a paragraph's indent (and jitter) of it and overlapping it,
    right after it, or, later on the line, at a paragraph's indent over a first column's
    line at the page's left edge.

    Rows are glued where the next row's top stands above the bottom of the row before by
    more than half its height: rows of boxes side by side whose baselines are off, or rows
    past a tall title's row. Two lines of one column never stand so close, so the part is
    no glued row but the next column's line past a gutter of two or three spaces (a
    paragraph's short last line, 具和竹制餐具。, before a wide gap, or a gutter's spaces
    printed wider). Past other pieces a title's tall row may stand between, and the part
    may be the first piece's column going on: only a part at the first column's indent is
    kept so there (a title's stack off the left edge goes on past the title beside it)."""
    if not line:
        return False
    first = line[0]
    if len(line) > 1 and (first.x0 > p.jitter or reset > p.indent + p.jitter):
        return False
    return (abs(first.x0 - reset) <= p.indent + p.jitter
            and first.x0 < reset + w - p.jitter and reset < first.x1 - p.jitter)


def _unspaced(parsed: list[list[tuple[int, int, int, float]]], source: str,
              starts_at: list[int], width: float, p: _Params,
              log: list[dict[str, Any]] | None = None) -> list[list[tuple[int, int, int, float]]]:
    """The lines' words, a first column's line glued on with no space cut off the word
    it runs on from (marked with -1 spaces before it); each cut logged in `log` (its
    source offset, the first column's measure and what told it).

    A row glued onto a line is padded from the page's left edge; a row whose text starts
    at that edge, the first column's, gets no space at all: its line runs on from the
    last word of the line it is glued to. Such a line holds no text at the first column
    (its first word stands past `indent` and jitter) while at least `unspaced_lines` of
    the lines `glue_lines` up and down do (`near`), or, where rows are glued onto a run of
    lines and none of those holds a first column's line of its own, the nearest
    `glue_lines` up and down that do, at most `glue_reach` lines off (`far`). Read as
    printed it runs past the page's width, or the word runs at least `unspaced_head` ems
    past where the lines around it starting with it end (`overflow`: its own column's
    measure, that at least `unspaced_lines` of the words starting within indent and
    jitter of it, `glue_reach` lines up and down, reach), though the line ends short of
    the page (its glued row is the line of a box further left). A word of it at least
    `unspaced_head` ems wider than the first column's widest lines ends with the glued
    line: its last ems, the nearest to their widest, but never opening on a closing mark
    (`closing_mark`: no printed line does), which ends the line before. Where the measure
    was read far off or the line ends short of the page, the part before the cut is a
    line too: as wide as the first column's lines (within indent and jitter: the box's
    columns are as wide), but for a caption's opening (`small_start`: a caption set across
    the photo over two columns), or ending a paragraph (`last_line`) or a credit
    (`small_credit`), or, where it is none, a paragraph's last line ending within
    `end_reach` characters of the cut (the measure read a character or two off), cut
    there; else it is cut nowhere (a caption's or a title's words wider than the column:
    图为… / 现代化取得…). A caption's opening at most `caption_reach` characters off the
    cut is where its glued line starts (_caption_opening)."""
    no_start = regex.compile(p.closing_mark)
    last_line = regex.compile(p.last_line)
    small_start, small_credit = regex.compile(p.small_start), regex.compile(p.small_credit)
    tol = p.indent + p.jitter
    heads: list[tuple[float, float] | None] = []
    ends: list[float] = []
    placed: list[list[tuple[float, float]]] = []  # each line's words as printed: (x0, x1)
    for words in parsed:
        end = 0.0
        row = []
        for s, a, b, w in words:
            x0 = end + s * w / (b - a)
            row.append((x0, x0 + w))
            end = x0 + w
        placed.append(row)
        ends.append(end)
        heads.append(row[0] if row else None)
    firsts = [m for m, h in enumerate(heads) if h is not None and h[0] <= tol]
    out = []
    for n, words in enumerate(parsed):
        h = heads[n]
        if h is None or h[0] <= tol:
            out.append(words)
            continue
        within = ends[n] <= width + tol
        near = [heads[m][1] for m in range(max(0, n - p.glue_lines),
                                           min(len(parsed), n + p.glue_lines + 1))
                if m != n and heads[m] is not None and heads[m][0] <= tol]
        far = len(near) < p.unspaced_lines
        if far:
            at = bisect.bisect_left(firsts, n)
            near = [heads[m][1] for m in firsts[max(0, at - p.glue_lines):at + p.glue_lines + 1]
                    if m != n and abs(m - n) <= p.glue_reach]
        if len(near) < p.unspaced_lines:
            out.append(words)
            continue
        measure = max(near)
        cut_words = list(words)
        for k, (s, a, b, w) in enumerate(words):
            if w < measure + p.unspaced_head:
                continue
            if within:
                x0, x1 = placed[n][k]
                column = _reached([e for m in range(max(0, n - p.glue_reach),
                                                    min(len(parsed), n + p.glue_reach + 1))
                                   if m != n for st, e in placed[m] if abs(st - x0) <= tol], p)
                if column is None or x1 < column + p.unspaced_head:
                    break
            text = source[starts_at[n] + a:starts_at[n] + b]
            tail, cut = 0.0, len(text)
            while cut > 0 and tail + _em(text[cut - 1]) <= measure + 0.5:
                cut -= 1
                tail += _em(text[cut])
            if cut == 0 or tail < measure - p.jitter:
                break
            # (the part before is a line: it ends a paragraph or a credit, or is as wide as
            # the column and opens no caption)
            a_line = (last_line.search(text[:cut]) or small_credit.search(text[:cut])
                      or w - tail >= measure - tol and not small_start.match(text))
            if (far or within) and not a_line:
                # The measure read a character or two off (lines of another box, or
                # marks and digits printed at other widths): a paragraph's last line
                # ending within `end_reach` characters of the cut is the line cut from.
                ended = next((c for d in sorted(range(-p.end_reach, p.end_reach + 1), key=abs)
                              for c in [cut + d] if 0 < c < len(text)
                              and last_line.search(text[:c])), None)
                if ended is None:
                    break
                cut, tail = ended, _em(text[ended:])
            # No printed line opens on a closing mark (避头尾: 。，、）…): the glued line's
            # ems are fewer than their widest where it holds digits or Latin letters (half
            # an em each), and its last ems then reach back past such a mark, which ends
            # the line it is cut from.
            while cut < len(text) - 1 and no_start.match(text, cut):
                tail -= _em(text[cut])
                cut += 1
            # A caption's line glued on (smaller type: its ems are not the measure's)
            # starts at its opening, a character or two off the measured cut.
            opening = _caption_opening(text, cut, small_start, p)
            moved = opening != cut
            if moved:
                cut, tail = opening, _em(text[opening:])
            cut_words[k:k + 1] = [(s, a, a + cut, w - tail), (-1, a + cut, b, tail)]
            if log is not None:
                log.append({"at": starts_at[n] + a + cut, "measure": round(measure, 1),
                            "by": "overflow" if within else "far" if far else "near",
                            **({"opens": "caption"} if moved else {})})
            break
        out.append(cut_words)
    return out


def _caption_opening(text: str, cut: int, small_start: regex.Pattern, p: _Params) -> int:
    """Where a measured no-space cut in `text` (the word a row is glued onto) goes: to a
    caption's opening (`small_start`: 图为…, 下图：) at most `caption_reach` characters
    off, the nearest (the later of two as near); else it stays. A caption's line set under
    its photo in the first column is glued onto the line beside it like any other row, and
    its ems, in smaller type, are not the measure's: the measured cut falls a character
    or two off its opening (…记者从市轨道交图|为货轮在港口装卸集装箱。, …提高了图为|学生在…).

    >>> from cleaner import RuleSet
    >>> p = params(RuleSet.load(profile="auto"))
    >>> start = regex.compile(p.small_start)
    >>> _caption_opening("记者从市轨道交图为货轮在港口装卸集装箱。", 8, start, p)
    7
    >>> _caption_opening("记者从市轨道交通货轮在港口装卸集装箱。", 8, start, p)
    8
    """
    near = (cut + d for d in sorted(range(-p.caption_reach, p.caption_reach + 1),
                                    key=lambda d: (abs(d), -d)))
    return next((c for c in near if 0 < c < len(text) and small_start.match(text[c:])), cut)


def _reached(ends: list[float], p: _Params) -> float | None:
    """The furthest of the ends that at least `unspaced_lines` of them reach (within
    jitter): a column's measure (its full lines end there; a wider line alone does not
    count), or None."""
    xs = sorted(ends, reverse=True)
    k = p.unspaced_lines - 1
    return next((e for i, e in enumerate(xs) if i + k < len(xs) and e - xs[i + k] <= p.jitter),
                None)


def _last_run(source: str, piece: _Piece) -> int:
    text = source[piece.start:piece.end]
    return len(text) - (text.rfind(" ") + 1)


def chains(pieces: list[_Piece], blank: list[int], p: _Params,
           ends: frozenset[int] = frozenset(),
           clauses: frozenset[int] = frozenset()) -> list[_Item]:
    """The pieces linked into columns: each piece is put under the nearest piece above it
    that it overlaps, when it starts where that column starts (give or take a paragraph's
    indent) and no run of `row_gap` blank lines parts them; or, past a paragraph's last
    line no wider than the indent, that it does not overlap, when it opens the column's
    next paragraph there (_opens_under).

    A column's line that ends a sentence (`ends`: the starts of such pieces) short of the
    line after it, or of the column's line before it, ends its paragraph, and the column's
    next paragraph opens two ems in: a line below it past a blank line, flush with it
    (within jitter), is no line of that column but the next article's title set under it
    (its item is marked a title's). So is a head flush under a full line that runs on
    (_head_past_run_on): the column goes on at the next column's top, not under it."""
    items: list[_Item] = []
    open_: list[_Item] = []
    by_row: dict[int, list[_Piece]] = {}
    for pc in pieces:
        by_row.setdefault(pc.row, []).append(pc)
    for row in sorted(by_row):
        # Columns whose last piece stands more than `max_skip` lines up take no more
        # pieces (kept out of the search, so a page of many lines costs no more than a
        # short one).
        open_ = [it for it in open_ if it.pieces[-1].line + p.max_skip >= row // 4]
        taken: set[int] = set()
        for pc in by_row[row]:
            best, title = None, False
            for i, it in enumerate(open_):
                if i in taken:
                    continue
                last = it.pieces[-1]
                if blank[pc.line] - blank[last.line] >= p.row_gap:
                    continue
                if _opens_under(it.pieces, pc, ends, blank, p):
                    pass  # the next paragraph, its indent past a last line of a word or two
                elif last.x1 <= pc.x0 or pc.x1 <= last.x0:
                    continue  # no overlap
                else:
                    # Under the piece above: most of the narrower of the two overlaps the
                    # other, and they start within a paragraph's indent (and jitter) of
                    # each other.
                    overlap = min(last.x1, pc.x1) - max(last.x0, pc.x0)
                    if overlap < p.overlap * min(last.x1 - last.x0, pc.x1 - pc.x0) or abs(
                            pc.x0 - last.x0) > p.indent + 2 * p.jitter:
                        continue
                if (last.start in ends and len(it.pieces) > 1 and blank[pc.line] > blank[last.line]
                        and abs(pc.x0 - last.x0) <= p.jitter and (
                            pc.x1 > last.x1 + p.jitter
                            or last.x1 < it.pieces[-2].x1 - p.jitter)):
                    title = True
                    continue  # a title under a paragraph's end, not its column's next line
                if _head_past_run_on(it.pieces, pc, by_row, ends, p, clauses):
                    title = True
                    continue  # the next article's head, not the run-on's next line
                if best is None or last.row > open_[best].pieces[-1].row:
                    best = i
            # Nothing else may stand between the piece and the one it goes under.
            if best is not None:
                last = open_[best].pieces[-1]
                lo, hi = max(last.x0, pc.x0), min(last.x1, pc.x1)
                if any(q.x0 < hi and lo < q.x1
                       for r in range(last.row + 1, pc.row) for q in by_row.get(r, ())):
                    best = None
            if best is None:
                it = _Item([pc], title)
                items.append(it)
                open_.append(it)
                taken.add(len(open_) - 1)
            else:
                open_[best].pieces.append(pc)
                taken.add(best)
    return items


def _head_past_run_on(column: list[_Piece], pc: _Piece, by_row: dict[int, list[_Piece]],
                      ends: frozenset[int], p: _Params,
                      clauses: frozenset[int] = frozenset()) -> bool:
    """Whether `pc`, flush with the column's last piece under a row the column leaves out,
    is the next article's head set under the column's end, not its next line (committed
    gen-0001: …科创企业南京埃斯顿自动化股份 / 绿色发展新答卷 / 粤西首个…投运, the column going
    on 有限公司… at the next column's top). The column's last piece is a full line
    (_measure) that ends no sentence (`ends`): its paragraph runs on at the top of the
    box's next column. Its lines leave a row out before `pc` (more lines apart than its
    last two), where the head's larger type stands. `pc` is a head: ending no sentence,
    holding no clause's mark (`clauses`: 动，来到…), at least `head_min` ems wide (not a
    word broken off) and more than jitter short of the column's line; and the first piece
    under it that it overlaps (at most `head_skip` lines down) is set wider than the
    column (its edge more than indent and jitter past the column's: a headline across
    columns) or is a head too (more than indent and jitter short, ending no sentence and
    holding no clause's mark: a title's stack, a byline).

    Left alone: a column whose last line ends a sentence (the title check in `chains`
    decides) or is short of the measure; a line right under the column's, an indent in,
    as wide as the column, or with the column's text under it."""
    if len(column) < 2:
        return False
    prev, last = column[-2], column[-1]
    if (last.start in ends or not _measure([prev, last], p)
            or pc.start in ends or pc.start in clauses
            or pc.line - last.line <= max(1, last.line - prev.line)
            or pc.x1 - pc.x0 < p.head_min
            or abs(pc.x0 - last.x0) > p.jitter or pc.x1 >= last.x1 - p.jitter):
        return False
    # (Rows are source lines * 4, + 1 for a glued part: `head_skip` lines down end at row
    # + 4 * head_skip + 1. Read those rows alone, not every row of the page, so a page of
    # many lines costs no more per piece than a short one.)
    under = next((q for r in range(pc.row + 1, pc.row + 4 * p.head_skip + 2)
                  for q in by_row.get(r, ())
                  if q.x0 < pc.x1 - p.jitter and pc.x0 < q.x1 - p.jitter), None)
    if under is None:
        return False
    tol = p.indent + p.jitter
    wider = under.x0 < last.x0 - tol or under.x1 > last.x1 + tol
    head = under.start not in ends and under.x1 < last.x1 - tol and under.start not in clauses
    return wider or head


def _opens_under(column: list[_Piece], pc: _Piece, ends: frozenset[int], blank: list[int],
                 p: _Params) -> bool:
    """Whether `pc` opens the column's next paragraph under the column's last piece, a
    paragraph's last line no wider than the indent (…交出一份亮眼成绩 / 单。, …感 / 慨。): a
    new paragraph opens `indent` ems in, so its first line and such a last line do not
    overlap at all, and the column's link (most of the narrower piece over the other)
    missed it. The last piece ends a sentence (`ends`) and starts flush (within jitter)
    with the column's line over it, which ends none (the paragraph ran on into the short
    line); `pc` starts an indent in from them and ends where that line ends (within
    indent and jitter), and the lines between it and the short line are blank (a line of
    text between, another box's heading read elsewhere, is no paragraph's).

    Left alone: a short line that ends no sentence (a title's tail, a credit's last
    characters), a line starting anywhere else, and any line where the column's last
    piece overlaps it (the ordinary link)."""
    if len(column) < 2:
        return False
    last, full = column[-1], column[-2]
    return (last.start in ends and full.start not in ends
            and blank[pc.line] - blank[last.line] == pc.line - last.line - 1
            and last.x1 <= pc.x0 + p.jitter and abs(full.x0 - last.x0) <= p.jitter
            and abs(pc.x0 - last.x0 - p.indent) <= p.jitter
            and abs(pc.x1 - full.x1) <= p.indent + p.jitter)


def _stacked(items: list[_Item], blank: list[int], p: _Params) -> list[_Item]:
    """Each piece standing on its own (a headline's line, a subtitle, a byline, a caption;
    items of at most `head_pieces` pieces, or `title_pieces` where the item is a title kept
    out of the column above: a title wrapped once) put with the item that starts nearest
    below it, at most `head_skip` lines of text down, and overlaps it, from the bottom up
    (a head stack of several lines goes with the column under it), in its place by row."""
    items = sorted(items, key=lambda it: (it.r0, it.x0))
    gone = [False] * len(items)

    def put(pc: _Piece, j: int) -> None:
        pieces = items[j].pieces
        k = 0
        while k < len(pieces) and pieces[k].row < pc.row:
            k += 1
        pieces.insert(k, pc)

    for i in range(len(items) - 1, -1, -1):
        it = items[i]
        if gone[i] or len(it.pieces) > (p.title_pieces if it.title else p.head_pieces):
            continue
        pc = it.pieces[-1]
        best = None
        for j in range(i + 1, len(items)):
            b = items[j]
            if gone[j] or b.r0 <= pc.row:
                continue
            between = blank[b.pieces[0].line] - blank[pc.line]  # blank lines between
            if b.pieces[0].line - pc.line - between > p.head_skip or between >= p.row_gap:
                break
            if b.x0 < it.x1 - p.jitter and it.x0 < b.x1 - p.jitter:
                best = j
                break
        if best is not None:
            for q in it.pieces:
                put(q, best)
            gone[i] = True
    return [it for it, g in zip(items, gone) if not g]


def _continued(items: list[_Item], p: _Params, ends: frozenset[int],
               captions: frozenset[int]) -> list[_Item]:
    """A column cut by a photo, going on under the photo's caption: an item whose first
    piece opens a caption (`captions`) standing under a column whose last piece ends no
    sentence (`ends`: the starts of the pieces that do), in the same place (its edges
    within a paragraph's indent and jitter of the column's), at most `continue_lines`
    lines below it with nothing between them there, joins it, so the column is read down
    before the column beside it (which Breuel's order would put first: it stands wholly
    above the part under the photo)."""
    items = sorted(items, key=lambda it: (it.r0, it.x0))
    box = [[it.x0, it.x1, it.r0, it.r1] for it in items]
    gone = [False] * len(items)
    tol = p.indent + p.jitter
    # Only an item opening with a caption goes under another: each is weighed against
    # the items once (a page of many items costs their number times its captions).
    for j in range(len(items)):
        if items[j].pieces[0].start not in captions:
            continue
        bx0, bx1, br0, br1 = box[j]
        above = None  # the nearest item above it that it stands under
        for i in range(len(items)):
            ax0, ax1, ar0, ar1 = box[i]
            if i == j or gone[i] or ar1 >= br0 or bx1 <= ax0 or ax1 <= bx0:
                continue
            if above is None or ar1 > box[above][3]:
                above = i
        if above is None:
            continue
        ax0, ax1, ar0, ar1 = box[above]
        if abs(bx0 - ax0) > tol or abs(bx1 - ax1) > tol or (br0 - ar1) // 4 > p.continue_lines:
            continue
        if items[above].pieces[-1].start in ends:
            continue  # its paragraph ended there
        # Nothing between them (in rows) overlapping the column.
        if any(not gone[k] and k not in (above, j) and box[k][2] < br0 and box[k][3] > ar1
               and box[k][0] < ax1 and ax0 < box[k][1] for k in range(len(items))):
            continue
        items[above].pieces.extend(items[j].pieces)
        gone[j] = True
        box[above] = [min(ax0, bx0), max(ax1, bx1), ar0, max(ar1, br1)]
    return [it for it, g in zip(items, gone) if not g]


def _run_on(items: list[_Item], p: _Params, ends: frozenset[int]) -> list[_Item]:
    """A column whose last line ends no sentence runs on at the top of its box's next
    column: the column starting on the line of one of its pieces, a gutter to its right
    (within indent and jitter of that piece's end), its first line as wide as the last
    (within jitter) and a line its paragraph runs on from (_heads_column), and ending no
    lower than it (a box's first columns are its longest), is read right after it, even
    where an item beside stands wholly above that column (Breuel's order would read that
    first)."""
    items = sorted(items, key=lambda it: (it.r0, it.x0))
    gone = [False] * len(items)
    for i, a in enumerate(items):
        if gone[i] or len(a.pieces) < 2:
            continue
        while a.pieces[-1].start not in ends and _measure(a.pieces[-2:], p):
            at = {q.row: q for q in a.pieces}
            last = a.pieces[-1]
            nxt = next((j for j, b in enumerate(items) if not gone[j] and j != i
                        and len(b.pieces) > 1 and b.r0 in at and _heads_column(b.pieces, p)
                        and 0 <= b.pieces[0].x0 - at[b.r0].x1 <= p.indent + p.jitter
                        and abs((b.pieces[0].x1 - b.pieces[0].x0) - (last.x1 - last.x0)) <= p.jitter
                        and b.pieces[-1].line <= last.line), None)
            if nxt is None:
                break
            a.pieces.extend(items[nxt].pieces)
            gone[nxt] = True
    return [it for it, g in zip(items, gone) if not g]


def _heads_column(pieces: list[_Piece], p: _Params) -> bool:
    """The column's first piece is a line of it that its paragraph runs on from: the line
    under it starts flush with it or opens the next paragraph an indent in (within
    jitter), and ends no further right (within jitter). A sentence run on from the column
    before ends there as often as not (…战胜无数风险挑战、始终走 / 在时代前列。), so the
    line under the first need not be full too. Not a column whose first line is indented
    (a paragraph's opening: the line under it stands left of it)."""
    a, b = pieces[0], pieces[1]
    return -p.jitter <= b.x0 - a.x0 <= p.indent + p.jitter and b.x1 <= a.x1 + p.jitter


def _measure(pair: list[_Piece], p: _Params) -> bool:
    """The second of two pieces of a column is a full line of it: flush with the first and
    ending where it ends (within jitter), at the column's measure."""
    a, b = pair
    return abs(a.x0 - b.x0) <= p.jitter and abs(a.x1 - b.x1) <= p.jitter


def read(items: list[_Item], blank: list[int], p: _Params, out: list[_Piece]) -> None:
    """Append the items' pieces to `out` in reading order: the page cut top from bottom
    where `row_gap` blank lines run across it (its rows), each band read in order."""
    by_r = sorted(items, key=lambda it: (it.r0, it.x0))
    bands: list[list[_Item]] = [[by_r[0]]]
    bottom = by_r[0].r1
    for it in by_r[1:]:
        if blank[it.pieces[0].line] - blank[_line_of_row(bottom)] >= p.row_gap:  # (it starts below)
            bands.append([])
        bands[-1].append(it)
        bottom = max(bottom, it.r1)
    for band in bands:
        # Breuel's order weighs every pair: a band of more items than any page prints
        # (a hostile page) is read as printed, by rows.
        if len(band) > p.max_band:
            out.extend(sorted((pc for it in band for pc in it.pieces), key=lambda pc: pc.start))
            continue
        for it in _band_order(band, p):
            out.extend(it.pieces)


def _band_order(items: list[_Item], p: _Params) -> list[_Item]:
    """A band's items in reading order (after T. Breuel's order of text lines): of two
    items that overlap left to right, the upper first; of two that do not, the upper
    first when one stands wholly above the other (a box's columns before the box set
    under them, a head before the columns of the box beside it), else (side by side) the
    left first. The order is completed left to right: the leftmost item free to go next
    goes next; where the placing is off and the order turns in a circle, the leftmost
    item left goes."""
    n = len(items)
    tol = p.jitter
    # Each item's bounds, taken once: the pairs ask them n times each, and a column's
    # bounds go through all its pieces.
    box = [(it.x0, it.x1, it.r0, it.r1) for it in items]

    after: list[list[int]] = [[] for _ in range(n)]
    before = [0] * n
    for i, (ax0, ax1, ar0, ar1) in enumerate(box):
        for j, (bx0, bx1, br0, br1) in enumerate(box):
            if i == j:
                continue
            if ax0 < bx1 - tol and bx0 < ax1 - tol:  # one over the other
                first = ar0 < br0 or (ar0 == br0 and ax0 < bx0)
            elif ar1 < br0 or br1 < ar0:
                first = ar1 < br0
            else:
                first = ax1 - tol <= bx0
            if first:
                after[i].append(j)
                before[j] += 1
    done = [False] * n
    order: list[_Item] = []
    for _ in range(n):
        free = [k for k in range(n) if not done[k] and before[k] == 0]
        if not free:  # a cycle (placing is approximate): the leftmost, upper item goes
            free = [k for k in range(n) if not done[k]]
        k = min(free, key=lambda k: (box[k][0], box[k][2]))
        done[k] = True
        order.append(items[k])
        for j in after[k]:
            before[j] -= 1
    return order


def _line_of_row(row: int) -> int:
    return row // 4


def linked_columns(source: str, pieces: list[_Piece],
                   p: _Params) -> tuple[list[_Item], list[int], frozenset[int]]:
    """The pieces linked into columns (`chains`), with what the linking reads: the blank
    lines before each line of the source and the starts of the pieces that end a sentence
    (`line_end`); chains also reads those that hold a clause's mark (`clause_mark`)."""
    lines = source.split("\n")
    blank = [0] * (len(lines) + 1)  # blank lines before each line
    for n, text in enumerate(lines):
        blank[n + 1] = blank[n] + (not text.strip())
    end = regex.compile(p.line_end)
    ends = frozenset(pc.start for pc in pieces if end.search(source, pc.start, pc.end))
    clause = regex.compile(p.clause_mark)
    clauses = frozenset(pc.start for pc in pieces if clause.search(source, pc.start, pc.end))
    return chains(pieces, blank, p, ends, clauses), blank, ends


def order(source: str, rules: RuleSet) -> tuple[list[tuple[int, int]], dict[str, Any]] | None:
    """The page's spans in reading order and the evidence, or None when the page is not
    sort=True text with columns side by side."""
    p = params(rules)
    if max(map(len, source.split("\n"))) > p.max_width:
        # No printed row is so wide; linking its pieces would cost the square of their
        # number. Left to LAY001, which leaves it as printed.
        return None
    width = narrow_gaps(source, rules)
    if width is None or width > p.narrow_gap:
        return None
    unspaced: list[dict[str, Any]] = []
    pieces = pieces_of(source, p, unspaced)
    if not pieces or max(Counter(pc.line for pc in pieces).values()) > p.max_line_pieces:
        # A line of more pieces than a printed row holds: no newspaper page (and the
        # columns' search would cost the square of their number).
        return None
    linked, blank, ends = linked_columns(source, pieces, p)
    crossing = _crossing(pieces, linked, p)
    if crossing > p.max_crossing:
        # The pieces do not stand in columns (a line's run overlaps one of the line
        # above that its column did not take): leave the page as printed (DBT004).
        return None
    # (CAP001 turned off, no piece is a caption to the cleaner: none is read on under one.)
    captions = frozenset(pc.start for pc in pieces if rules.on("CAP001") and rules[
        "CAP001"].search(source[pc.start:pc.end]))
    items = _run_on(_continued(_stacked(linked, blank, p), p, ends, captions), p, ends)
    out: list[_Piece] = []
    read(items, blank, p, out)
    glued = sum(1 for pc in pieces if pc.row % 4)
    return [(pc.start, pc.end) for pc in out], {
        "gap_spaces": width, "columns": sum(1 for it in items if len(it.pieces) > 1),
        "glued": glued, "crossing": round(crossing, 3), "unspaced": unspaced}


def _crossing(pieces: list[_Piece], items: list[_Item], p: _Params) -> float:
    """The share of the pieces that overlap a piece of the line above that is not in
    their column: columns side by side never overlap, so on a page set in columns only
    a head over its columns, a box's end and a misplaced piece do."""
    owner = {id(pc): k for k, it in enumerate(items) for pc in it.pieces}
    by_line: dict[int, list[_Piece]] = {}
    for pc in pieces:
        by_line.setdefault(pc.line, []).append(pc)
    crossing = sum(1 for pc in pieces if any(
        q.x0 < pc.x1 - p.jitter and pc.x0 < q.x1 - p.jitter and owner[id(q)] != owner[id(pc)]
        for q in by_line.get(pc.line - 1, ())))
    return crossing / len(pieces)

