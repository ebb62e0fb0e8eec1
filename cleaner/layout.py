"""Reading order: undo a converter that printed a row's columns side by side.

`pdftotext -layout` and PyMuPDF `get_text(sort=True)` write each printed row of the page as
one line: the text of every column that stands at that height, padded with spaces to its
position. A box's lines interleave with its neighbours' and the articles cannot be read.

The stage runs first, on the decoded source. An *orderer* (`order(source, rules) ->
Reorder | None`) gives the page's text as source spans in reading order; `plan` turns that
into layout edits (kind "layout"), one for each band of lines whose order changed, each
replacing the band by its spans one a line. The rest of the cleaner works on
`replay(source, layout edits)`, so the two logs replay in turn:
`replay(replay(page.source, page.layout), page.edits) == page.text`.

LAY001 (`columns`) reads a page by cutting it, as a newspaper is composed, into rectangles
(an X-Y cut), each region in turn:
- two blank lines across it part it top from bottom (the page's rows), but a row of at
  most `head_lines` lines (headline stacks) stays with the row below when a clear gutter
  runs through both;
- a run of `clear_gap` positions blank on every line parts it left from right (two cells
  of a row: cut before a box's own column gap, which its headline may overhang);
- a gutter parts it left from right: a position where every line leaves room (a gap, or
  nothing on one side) and at least `min_support` lines hold text on both sides; the
  left part is read before the right; where its sides stand side by side only down to
  some line, a run of blank lines below it longer than any between the lines above is a
  box's end: what is under it (the next box stacked in the cell) is read after;
- else the lines crossing its best gutter (a headline or a caption set across the
  columns below it) part it top from bottom;
- above a box's columns, a subtitle or byline standing over the second column (a large
  headline takes fewer character cells than it prints across, so what is centred under
  it lands right of it) is read with the head, before the columns, where the line above
  it is the head's and it starts off the column's start (or opens with ——) or is a
  short byline under a line so taken (the edit's evidence: `read_with_head`);
- on a character grid, where the gutter most lines back parts runs too narrow for
  columns (a short box's own column gap: its head and a jump line beside the next box's
  head, over a photo's blank rows), the next gutter every line leaves room at parts it left
  from right where its sides are wide enough and the region's top line has text on both
  (`_next_gutter`: two boxes side by side, their heads on one row; not a table's next gap,
  nor a caption's beside a column);
- with no backed gutter, a position blank on every line with lines wholly on each side
  (two columns whose lines alternate), or a wide gap all lines leave room at (headline
  stacks side by side), parts it left from right;
- a region left is read line by line.
On a character grid (pdftotext -layout) also: the page's first row, where the furniture
rules know a run of it, is its masthead, read first on its own; rows a blank band parts
are read as one region where a clear gutter runs through both and the lower one is columns
meeting at it (a column going on under a picture's space); one blank line across the page
under rows holding two columns or more ends a box over a title opening off every column's
start, or over a box stacked in its columns whose first line opens a paragraph where the
box's last line ended its text, or over rows holding two columns or more but fewer than
the box's (`_count_changes`: boxes stacked with their gutters lined up) (and such a box is
no head stack to join to the row below, nor are rows over a line that opens with a jump
marker from elsewhere, （上接第13版）, under blank rows: an article's run opens there, no
column above goes on into it);
a caption's credit set flush right under the caption, or any line CAP004 takes for a
credit there, is read with it; of the blank runs parting a region, the one the most lines
stand wholly beside is cut first, and where no gutter is backed, a blank run with text on
each side on `clear_lines` lines parts it; a gap under a column's full line ending on
`open_end` is no box's end (the column goes on), and blank rows between two such lines are
dropped; one space left of the next column's start in a line centred off every column's
start is a word space; a region's top line, one run starting left of the right side's
column start, is set across the region and read first; blank rows across the page do not
part two rows where a one-column box goes on through them (`_goes_on_across`), nor a box's
columns whose sides all go on through them (`_columns_go_on`: a neighbour's lines filled
the rows; a side of several columns, each of them); a byline (本报记者 邹 翔 韩晓蕾)
opening the lines under a head set across the gutter is read with the head
(`_bylines_up`); a gap of one space backs no gutter (`gutter_space`); one space after
a byline's title (本报记者 曹玲娟) is a word space, and so is none between two
large titles that both wrap, the right one's next line at its start, the left one's at its
start or centred under it (`_wraps_under`), and
where no gutter is backed, one space between two such titles is where the region parts
(`_titles_apart`), and so it is before a title set on one line where the left title's
wrapped line goes on from it in the page's words (CLS017) and not from the right one, or
the right one closes on ” or ）, or the wrapped line closes a （ or “ the left one opened
(`_left_goes_on`; the edit's evidence: `titles_apart`, the rows holding both); where the
gutter most lines back is crossed only by a title among the region's head lines, centred
across its box's own column gap, and the next box's title stands over that row wholly
right of another gutter as backed, wrapped onto the row, that gutter, crossed by no line,
parts the region (`_uncrossed`, evidence `titles_interleaved`); where a gutter is cut
with two such titles left of it, the right one,
its wrapped line and a subtitle (——) under it go right of the gutter: pushed against its
neighbour, it heads the box beyond (`_titles_across`; not a caption's credit, nor beside
a title set at its start over `column_title_lines` lines heading a column of its own); a
justified line stretched a space after every character (10 月 19 日 ， 第 138 届…), one
cell wholly left of a gutter, is measured packed where its characters fill the column, not
taken as crossing the gutter by its spaces (`_packed_end`); a
large title's first line over blank rows goes down with its next line under them
(`_titles_down`: its tall type set the rows), head stacks side by side on one row are
read with the boxes under them where a run blank on every line parts both, though every
line of the shorter box shares a row with its neighbour's (`_heads_side_by_side`), and a
title's one line over its subtitle
(——) and byline under such rows is a head stack read whole before the columns under it
(`_subtitle_under`); a short box's rows whose text ended over a title are no head stack to
read with the rows below (`_box_over_head`); a single blank line over a line opening
with a jump marker from elsewhere (（上接第8版）) ends the rows above it, where no column
beside the marker is left open on the line over it, or where that line holds an onward
marker (（下转第20版）: the box over it ends on that row) (`_arrives`); a gap under a
paragraph's end over a full line indented as a paragraph opens is no box's end; a gutter's runs are measured on lines
wholly on one side too (a box's short last column over a caption is a column); a form feed
opening a line (the PDF's next sheet) takes no place in the grid, and is read with the
line's first piece. A large title's first line read apart from its last, a few rows under
it within its width where its neighbours' lines filled the rows its tall type set, goes
down to it where a word of the page runs across the break, or where it is short and set
centred under it, as a centred head wraps, or at its start, as a left-set head wraps
(一张报纸，陪伴一座城市 / 七十年: not under a column's line nor a subtitle's), or, with
`wide_tails`, where a word runs across the break to a line as wide set at its start, the
rows under both blank in their place and neither holding a mark of text (a title filling
its measure: 近万名大学生志 / 愿者服务西部基 / 层, each line taken down to the next)
(`_titles_to_tails`; evidence `title_read_with_tail`, and `title_tail_centred` for the
centred and left-set ones). A title's line read right before its short last line over the
blank rows its tall type set is read on into it, the blank lines dropped, and a blank line
set over the title: the title's lines are one block (`_title_tails_read_on`; evidence
`title_tail_read_on`, the tail's line). A piece read right
under a line that ends a sentence (standing under some of it), over `row_gap` rows or more
blank where the two stand though other columns print on them, opens a block of its own
(`_column_gaps`: the column's box ended; not a caption's opening). A column's last line read, full and open, is read on where its column
goes on in its place below, whatever the page's cuts read first (`_goes_on_below`): under
fewer than `row_gap` blank rows (its neighbour's lines took them), or under a photo set in
the column, past its caption (and a row more under it where the page prints on that row, the
page's rows not parted over the caption: the caption's smaller type sets rows of its own),
or under up to `word_rows` blank rows where a word of the page runs across the break (a
neighbour in tighter leading took them: `read_on_word_across`), no further than a line
that opens no paragraph under `row_gap` blank rows below a sentence's end (the next box);
one not so read on goes on at the top of the box's next
column, read right after it where the cuts read something else between (`_goes_on_at_top`:
that column's top line full at its start, the column as wide, nothing set between the
two, standing on the left column's top row or up to `top_rows` rows under it, no wider
than its column (`_top_lower`: `read_on_under_top_row`); or, where a picture stands at
that column's top, the line past its caption: `read_on_past_caption`), and a byline over that column read between goes up before the columns, with the
head, as does a head's short line opening that column's run (a name-only byline, 图片报道:
the column weighed from its next line, `head_line_read_with_head`); a column's run read on into the next box stacked under it (blank rows in its place,
then a title, a caption, another column's line under a sentence's end, or a line over an
article's dateline or byline) ends there, so its last line over that box is weighed too
and only the next column's own stretch is read on (`_column_ends`). Positions are
character counts where the converter set each character in a grid cell whatever its width
(pdftotext -layout, which ends each sheet with a form feed: a page holding one is placed
so), so a column's lines start at the same count (± `jitter`); or
ems where it padded each word with spaces of the word's own average width (PyMuPDF
sort=True: digits and Latin letters are half an em, and push the cells after them right in
counts). The page is placed the way under which more cells line up.

When the cells do not align into columns, the text is left as it is and DBT004 flags the
page.
"""
from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from functools import partial
from typing import Any

import regex

from . import interleave, sortrows, titleparts
from .blocks import (_SENTENCE_END, Measure, display_width, names_alone, opens_with_dash,
                     set_in_ocr_blocks, unstretch)
from .model import Edit
from .ocr import OcrPage, glue_specks
from .registry import RuleSet
from .words import page_word

_WORD = sortrows._WORD  # a run of text between spaces (one pattern for both orderers)


@dataclass(frozen=True, slots=True)
class Reorder:
    """A page in reading order: `spans` of the source, to be joined by `joiner` ("\\n\\n"
    on a page that sets a blank line after every line, as pdfminer.six does, so the
    reordered lines keep the page's own spacing); the rule that found the order and its
    evidence (the gutters it cut at, say)."""

    spans: list[tuple[int, int]]
    rule: str
    evidence: dict[str, Any] = field(default_factory=dict)
    joiner: str = "\n"
    # Whether blank lines between two spans read one after the other stay (False where the
    # converter's blank lines mark no paragraph or box: PyMuPDF sort=True, LAY002).
    blank_lines: bool = True
    # The spans (by their place in `spans`) before which the blank lines go all the same: a
    # column's line going on over a blank row of the grid (LAY001 `_goes_on_over_blank`).
    joined: frozenset[int] = frozenset()
    # The spans before which a blank line is set though the source has none: what follows
    # the page's banner, moved up under the masthead (LAY001 `_banner`), no line of the
    # title under it.
    parted: frozenset[int] = frozenset()
    # Whether two spans of lines next to each other in the source, read one after the
    # other, stay joined by a newline where `joiner` is a blank line: one text box's lines
    # (LAY101 `keep_box_lines`).
    keep_box_lines: bool = False


Orderer = Callable[[str, RuleSet], "Reorder | None"]


@dataclass(frozen=True, slots=True)
class _Cell:
    x0: int  # position on the line (characters from the line's start)
    x1: int
    start: int  # span in the source
    end: int


@dataclass(slots=True)
class _Line:
    index: int
    start: int  # the line's span in the source, without its newline
    end: int
    cells: tuple[_Cell, ...]
    text: str = ""


def _sheet_start(text: str) -> int:
    """1 where the line opens with a form feed and holds text (pdftotext: the next sheet
    of the PDF begins here), else 0: the feed takes no place in the grid of positions."""
    return 1 if text.startswith("\f") and text.strip() else 0


def lines_of(source: str) -> list[_Line]:
    """The source's lines, each cut into cells at its spaces (a form feed opening a line
    is no cell: positions count from after it)."""
    out, pos = [], 0
    for n, text in enumerate(source.split("\n")):
        feed = _sheet_start(text)
        pos, text = pos + feed, text[feed:]
        cells: list[_Cell] = []
        for m in _WORD.finditer(text):
            a, b = m.span()
            if cells and a - cells[-1].x1 == 1 and min(b - a, _last_word(cells[-1], text)) < 2:
                # One space beside a lone character: a spaced name (刘 刚) or a line the
                # converter spread out to its justified width (悉 ： 为 迎 接), not a gutter.
                a = cells.pop().x0
            cells.append(_Cell(a, b, pos + a, pos + b))
        out.append(_Line(n, pos, pos + len(text), tuple(cells), text))
        pos += len(text) + 1
    return out


def em_lines_of(source: str) -> list[_Line]:
    """The source's lines cut into cells, placed in ems as PyMuPDF `sort=True` pads them: a
    line's first word is as many of its own average character widths from the page's left
    edge as it has spaces before it, each later word as many of its own from the end of the
    word before (pymupdf.utils.get_sorted_text)."""
    out, pos = [], 0
    for n, text in enumerate(source.split("\n")):
        feed = _sheet_start(text)
        pos, text = pos + feed, text[feed:]
        words = []
        end = 0.0
        for m in _WORD.finditer(text):
            a, b = m.span()
            w = sortrows._em(m.group())  # (LAY002's width in ems)
            spaces = a - (words[-1][3] if words else 0)
            x0 = (end if words else 0.0) + spaces * w / (b - a)
            words.append((x0, x0 + w, a, b))
            end = x0 + w
        cells: list[_Cell] = []
        for x0, x1, a, b in words:
            if cells and a - (cells[-1].end - pos) == 1 and min(
                    b - a, _last_word(_Cell(cells[-1].start - pos, cells[-1].end - pos, 0, 0), text)) < 2:
                last = cells.pop()
                cells.append(_Cell(last.x0, round(x1), last.start, pos + b))
                continue
            cells.append(_Cell(round(x0), round(x1), pos + a, pos + b))
        out.append(_Line(n, pos, pos + len(text), tuple(cells), text))
        pos += len(text) + 1
    return out


def _placed_lines(source: str, rules: RuleSet) -> tuple[list[_Line], dict[str, Any]]:
    """The page's lines with their cells placed as its converter placed them, and the
    evidence. pdftotext -layout sets each character in a grid cell, so positions are
    character counts; PyMuPDF sort=True pads with spaces of each word's own average width,
    so a column's lines start at one count only in ems (a line with digits or Latin letters,
    half an em each, pushes the cells after it right). The placing taken is the one under
    which more cells after a line's first start where at least LAY001's `shared_starts`
    cells start; but a page with a form feed is pdftotext's (it ends each sheet so; PyMuPDF
    writes none), placed on its grid whatever lines up better (seed 2701, gen-2706: its
    spaced datelines, 新 华 社 北 京 5 月 13 日 电, lined up more cells in ems)."""
    chars = lines_of(source)
    if "\f" in source:
        return chars, {}
    ems = em_lines_of(source)
    shared = rules.param("LAY001", "shared_starts")
    by_chars, by_ems = _aligned(chars, shared), _aligned(ems, shared)
    if by_ems > by_chars:
        return ems, {"positions": "ems", "aligned": [round(by_chars, 3), round(by_ems, 3)]}
    return chars, {}


def _aligned(lines: list[_Line], shared: int) -> float:
    """The share of the cells after a line's first that start where `shared` cells do."""
    starts = Counter(c.x0 for ln in lines for c in ln.cells)
    later = [c.x0 for ln in lines for c in ln.cells[1:]]
    return sum(1 for x in later if starts[x] >= shared) / max(len(later), 1)


def _last_word(cell: _Cell, text: str) -> int:
    return cell.x1 - max(text.rfind(" ", cell.x0, cell.x1) + 1, cell.x0)


# --- LAY001: columns side by side -------------------------------------------------------

def columns(source: str, rules: RuleSet) -> Reorder | None:
    """LAY001: the reading order of a page whose columns stand side by side on its lines,
    or None when the page does not print its columns so (most lines hold one column) or no
    gutter runs down it.

    >>> from cleaner.registry import default_rules
    >>> page = "甲栏的一行文字内容    乙栏的一行文字内容\\n" * 10
    >>> r = columns(page, default_rules())
    >>> [page[a:b] for a, b in r.spans][9:11], r.evidence
    (['甲栏的一行文字内容', '乙栏的一行文字内容'], {'gutters': [11], 'jitter': 2})
    """
    if not rules.on("LAY001"):
        return None
    if not side_by_side(source, rules):
        return None
    if max(map(len, source.split("\n"))) > rules.param("LAY001", "max_width"):
        # No printed row is so wide; cutting such lines column by column costs the square
        # of their width. Left as printed (DBT004 flags the page).
        return None
    lines, placed = _placed_lines(source, rules)
    rows = [(ln, ln.cells) for ln in lines if ln.cells]
    masthead = bool(rows) and not placed and _furniture_row(rows[0][0], rules)
    params = _params(
        rules, top=rows[0][0].index if masthead else -1, grid=not placed,
        filled=frozenset(ln.index for ln, _ in rows),
        credits=rules.param_patterns("CAP004", "credit") if rules.on("CAP004") else (),
        reporters=rules.param_patterns("CLS003", "titles") if rules.on("CLS003") else (),
        datelines=tuple(rules.dateline_rules),
        arrivals=((rules["JMP001"], *rules.param_patterns("JMP001", "from_elsewhere"))
                  if rules.on("JMP001") else ()),
        departures=((rules["JMP001"], *rules.param_patterns("JMP001", "onward"))
                    if rules.on("JMP001") else ()),
        words=partial(page_word, source=source, rules=rules) if rules.on("CLS017") else None,
        furniture=tuple(r for r in rules.pattern_rules if r.role == "furniture"),
        bylines=tuple(r for r in rules.pattern_rules if r.role == "byline"),
        numbers=rules.param_patterns("CLS010", "enumerated") if rules.on("CLS010") else ())
    gutters: list[int] = []
    pieces: list[tuple[int, int, int]] = []
    heads: list[int] = []  # lines read with a box's head (_centred_heads)
    # The lines where two titles side by side set where a region parts (`_titles_apart`,
    # `_uncrossed`), by the decision's name.
    titles: dict[str, set[int]] = {}
    try:
        _read(rows, params, gutters, pieces, heads, titles)
    except RecursionError:  # regions nested past Python's stack: too tangled to read
        return None
    if not gutters:
        return None
    moved: dict[str, list] = {}
    if params.grid:
        apart = _half_rows_apart(pieces, lines, params)
        if apart:
            moved["half_rows_read_apart"] = apart
        pieces, titles_down, centred = _titles_to_tails(pieces, lines, params)
        if titles_down:
            moved["title_read_with_tail"] = titles_down
        if centred:
            moved["title_tail_centred"] = centred
    if params.grid and rules.on("CAP001") and rules.on("CAP002"):
        pieces, below = _goes_on_below(pieces, lines, params, rules["CAP001"], rules["CAP002"])
        moved.update(below)
    if params.grid:
        pieces, topped = _goes_on_at_top(
            pieces, lines, params, rules["CAP001"] if rules.on("CAP001") else None,
            rules["CAP002"] if rules.on("CAP002") else None)
        moved.update(topped)
    _feeds_kept(source, lines, pieces)
    evidence = {"gutters": sorted(set(gutters)), "jitter": params.jitter, **placed}
    if heads:
        evidence["read_with_head"] = sorted({n + 1 for n in heads})
    evidence.update({name: sorted(n + 1 for n in found) for name, found in titles.items()})
    evidence.update(moved)
    parted: frozenset[int] = frozenset()
    if params.grid and masthead and (banner := _banner_up(rows, pieces, params)) is not None:
        evidence["banner"] = pieces[banner][0] + 1
        parted = frozenset({banner + 1})
    joined = _goes_on_over_blank(pieces, lines, params) if params.grid else frozenset()
    if joined:
        evidence["read_on_over_blank"] = sorted(pieces[k][0] + 1 for k in joined)
    if params.grid and params.tail_read_on:
        tails = _title_tails_read_on(pieces, lines, params) - joined
        if tails:
            evidence["title_tail_read_on"] = sorted(pieces[k][0] + 1 for k in tails)
            joined = joined | tails
            if params.tail_parted:
                parted = parted | {k - 1 for k in tails}
    if params.grid:
        gaps = _column_gaps(pieces, lines, params,
                            rules["CAP001"] if rules.on("CAP001") else None) - joined
        if gaps:
            evidence["column_gap_rows"] = sorted(pieces[k][0] + 1 for k in gaps)
            parted = parted | gaps
    return Reorder([(a, b) for _, a, b in pieces], "LAY001", evidence, joined=joined,
                   parted=parted)


def _half_rows_apart(pieces: list[tuple[int, int, int]], lines: list[_Line],
                     p: _Params) -> list[int]:
    """Two columns side by side a half row apart read one after the other (`pieces`
    reordered in place). pdftotext -layout sets the lines of two columns whose rows do not
    line up (a neighbour box in other leading) on rows of their own, the two columns'
    lines alternating row by row; no row holds both, so no gutter is backed there and the
    cuts read the rows in turn, a line of one column after a line of the other. Where
    pieces read one after another each stand one row under the one before, alternating
    between two places (each side's pieces starting within a paragraph's indent and
    `jitter` of each other) that stand apart (the left one's pieces all end before the
    right one's start), `min_support` pieces or more on each side (or two, each side
    holding a mark of text, `text_marks`: a caption's two lines beside a column's; two
    titles' stacks of two lines hold none), the side the alternation opens with (its
    higher line: the column the cuts were reading down) is read first, then the other.
    Returns the source lines (1-based) of the second side's first piece."""
    x = partial(_span, pieces, lines)
    text = partial(_piece_text, pieces, lines)
    moved: list[int] = []
    i = 0
    while i < len(pieces):
        # The alternation from i up to (not with) j, each side's starts lo..hi.
        lo, hi = [x(i)[0], None], [x(i)[0], None]
        j = i + 1
        while j < len(pieces) and pieces[j][0] == pieces[j - 1][0] + 1:
            s, at = (j - i) % 2, x(j)[0]
            if hi[s] is not None and max(hi[s], at) - min(lo[s], at) > p.indent + p.jitter:
                break
            lo[s], hi[s] = (at, at) if hi[s] is None else (min(lo[s], at), max(hi[s], at))
            j += 1
        side = [list(range(i, j, 2)), list(range(i + 1, j, 2))]
        if len(side[1]) >= p.min_support or len(side[1]) >= 2 and all(
                any(regex.search(p.text_marks, text(m)) for m in s) for s in side):
            ends = [max(x(m)[1] for m in s) for s in side]
            if ends[0] < lo[1] or ends[1] < lo[0]:
                pieces[i:j] = [pieces[m] for m in side[0] + side[1]]
                moved.append(pieces[i + len(side[0])][0] + 1)
                i = j
                continue
        # (The last piece may open the next alternation; none opens inside this one.)
        i = max(i + 1, j - 1)
    return moved


def _feeds_kept(source: str, lines: list[_Line], pieces: list[tuple[int, int, int]]) -> None:
    """Each form feed that opens a line (`_sheet_start`: outside the line's cells) read
    with the first piece of its line, so the sheet's end stays in the text: at its start
    where the piece opens the line, else on a line of its own before it."""
    first: dict[int, int] = {}  # each line's first piece
    for k, piece in enumerate(pieces):
        first.setdefault(piece[0], k)
    # (From the last piece up: a feed's piece split in two moves only the pieces after it.)
    fed = sorted((first[line.index] for line in lines if line.start
                  and source[line.start - 1] == "\f" and line.index in first), reverse=True)
    for at in fed:
        n, a, b = pieces[at]
        line = lines[n]
        pieces[at:at + 1] = [(n, a - 1, b)] if a == line.start else [
            (n, line.start - 1, line.start), (n, a, b)]


def _banner_up(rows: list[Row], pieces: list[tuple[int, int, int]], p: _Params) -> int | None:
    """Where the page's banner is moved to in `pieces`: right under the masthead's pieces,
    where its columns read it after some of a box's lines (the banner's row holds nothing
    else, and the gutter under it cut it into the first column). None where the page has
    no banner (`_banner`) or it is read there already."""
    parts = _rows_apart(rows, p.row_gap)
    if len(parts) < 2 or len(parts[1]) < 2 or not _banner(
            parts[1], max(cells[-1].x1 for _, cells in rows), p):
        return None
    line = parts[1][0][0].index
    at = [k for k, piece in enumerate(pieces) if piece[0] == line]
    top = {ln.index for ln, _ in parts[0]}
    under = next((k for k, piece in enumerate(pieces) if piece[0] not in top), None)
    if len(at) != 1 or under is None or at[0] == under:
        return None
    pieces.insert(under, pieces.pop(at[0]))
    return under


def _banner(rows: list[Row], width: int, p: _Params) -> bool:
    """Whether the first of the rows (the first under the masthead) is the page's banner, a
    slogan centred across the page (坚定信心 实干争先 奋力谱写高质量发展新篇章, 学习贯彻全会
    精神): alone on its line, its phrases fewer than `banner_space` spaces apart, no clause
    mark, off the page's left edge but starting in its left `banner_start` share (a large
    slogan takes fewer cells than it prints across), and nothing on the line under it
    starting where it starts (a box's kicker stands flush over its title; a column's lines
    further down may start there)."""
    cells = rows[0][1]
    x0 = cells[0].x0
    return (_columns_on(cells, p.banner_space) == 1
            and 2 * p.indent < x0 < p.banner_start * width
            and not regex.search(p.clause_mark, _text(rows[0]))
            and not any(abs(c.x0 - x0) <= p.jitter for _, cs in rows[1:2] for c in cs))


def _span(pieces: list[tuple[int, int, int]], lines: list[_Line], k: int) -> tuple[int, int]:
    """Where piece k starts and ends on its line (characters from the line's start)."""
    n, a, b = pieces[k]
    return a - lines[n].start, b - lines[n].start


def _piece_text(pieces: list[tuple[int, int, int]], lines: list[_Line], k: int) -> str:
    """Piece k's text."""
    n, a, b = pieces[k]
    return lines[n].text[a - lines[n].start:b - lines[n].start]


def _column_runs(pieces: list[tuple[int, int, int]], lines: list[_Line],
                 p: _Params) -> list[list[int]]:
    """The column each piece is read in: runs of pieces read one after another, each a
    line lower, starting where the run's lines start (or up to the indent and `jitter`
    right of it: a paragraph's first line)."""
    runs: list[list[int]] = []
    base = 0
    for k, (n, _, _) in enumerate(pieces):
        x0 = _span(pieces, lines, k)[0]
        if runs and pieces[k - 1][0] < n and -p.jitter <= x0 - base <= p.indent + p.jitter:
            runs[-1].append(k)
            base = min(base, x0)
        else:
            runs.append([k])
            base = x0
    return runs


def _column_ends(column: list[int], pieces: list[tuple[int, int, int]], lines: list[_Line],
                 p: _Params, caption: Any, credit: Any) -> list[list[int]]:
    """A column's run (`_column_runs`) cut where the next box stacked in the column's place
    begins (pdftotext -layout: a cut at the box's left edge reads its first column straight
    on into the box under it, 考，以亲历者的视角深入分析中 / 中欧班列（广州）今年开行突破500):
    past `row_gap` rows or more blank in its place, under `min_support` pieces or more, a
    piece that
      - does not go on the column's text (`_line_on`: a title wider than the column, or
        short and open), unless the run's next line stands right under it at its start
        and end (a column's lines: what stood above was a head, narrower); or a caption
        (CAP001) whose lines (to a sentence's end or a credit, CAP002) are not followed in
        the run by the column's line going on (a photo set in the column, the text going
        on under it, is no box's end);
      - stands at the column's start under a sentence's end: no paragraph opens
        unindented, so another box's column goes on there;
      - is followed, within the two pieces read after it, by a line opening with a
        dateline (CLS004) or a byline (CLS003's title, no clause mark): the next
        article's head.
    Past fewer blank rows, only where the next box's title stands there under a full open
    line of text (`_title_under_gap`). Past one blank row or more, where a jump marker
    saying the text comes from elsewhere stands left of the piece on its row, or is the
    piece (alone on its row, the article's text under it): a continued article's box
    opens there, `_arrival_beside`.
    Each part is a stretch of the column `_goes_on_at_top` weighs and reads on."""
    x = partial(_span, pieces, lines)
    text = partial(_piece_text, pieces, lines)

    def goes_on_past_caption(i: int, start: int, end: int) -> bool:
        # The run's first piece past the caption's lines (to a sentence's end or a credit)
        # goes on the column (`start` to `end`).
        ended = False
        for j in column[i:]:
            said = text(j)
            credited = credit is not None and bool(credit.search(said))
            if ended and not credited:
                return _line_on(x(j), said, start, end, p)
            ended = ended or credited or bool(_SENTENCE_END.search(said))
        return False

    parts = [[column[0]]]
    for i in range(1, len(column)):
        a, b = column[i - 1], column[i]
        if pieces[b][0] - pieces[a][0] - 1 >= p.row_gap and len(parts[-1]) >= p.min_support:
            start = min(x(j)[0] for j in parts[-1])
            end = _median([x(j)[1] for j in parts[-1]])
            said = text(b)
            if caption is not None and caption.search(said):
                opens = not goes_on_past_caption(i, start, end)
            else:
                # Not the column's line: a title, but for a line the run's next line stands
                # under at its measure (a column's; what was cut above was a head).
                c = column[i + 1] if i + 1 < len(column) else None
                opens = not _line_on(x(b), said, start, end, p) and not (
                    c is not None and pieces[c][0] - pieces[b][0] <= p.row_gap
                    and abs(x(c)[0] - x(b)[0]) <= p.jitter
                    and abs(x(c)[1] - x(b)[1]) <= p.jitter)
            # A line at the column's start under a sentence's end: no paragraph opens
            # unindented, so another box's column goes on there.
            opens = opens or bool(_SENTENCE_END.search(text(a)) and x(b)[0] - start < p.indent)
            # The page's furniture (a staff line at the page's foot, 本版责编：…) goes on no
            # column, however wide it prints.
            opens = opens or any(r.search(said) for r in p.furniture)
            after = [text(j) for j in range(b + 1, min(b + 3, len(pieces)))]
            # (A byline is names after its title, no clause mark: a column's line may open
            # with the title too, 记者2日从广州海关获悉，…)
            opens = opens or any(r.search(t) for t in after for r in p.datelines) or any(
                r.match(t) and not regex.search(p.clause_mark, t)
                for t in after for r in p.reporters)
            if opens:
                parts.append([])
        elif (0 < pieces[b][0] - pieces[a][0] - 1 < p.row_gap and len(parts[-1]) >= p.min_support
              and _title_under_gap(parts[-1], b, x, text, p, caption, credit)):
            parts.append([])
        elif (pieces[b][0] - pieces[a][0] > 1 and len(parts[-1]) >= p.min_support
              and _arrival_beside(lines, pieces[b][0], x(b)[0], p)):
            parts.append([])
        parts[-1].append(b)
    return parts


def _title_under_gap(part: list[int], b: int, x, text, p: _Params, caption: Any,
                     credit: Any) -> bool:
    """Whether the next box stacked in a column's place begins at piece `b`, read in the
    column's run under fewer than `row_gap` blank rows (pdftotext -layout leaves a single
    blank row where a box's text ends over the next box's title: …兼具技术前瞻性 / one row /
    走进产业园区): the column's stretch above (`part`) is text (a mark of a clause or a
    sentence's end, `text_marks`, in one of its last `min_support` lines: a title stack's
    lines hold none) whose last line is full and left open (`open_end`), and `b` is a
    title's line: `gap_title_chars` characters or more, no clause mark, short of the
    column's measure by a paragraph's indent and `jitter` or more (a kicker of 7 in a
    column of 11: 城市更新进行时, gen-17606), no caption's or credit's line. A
    single character or two under the row are the column's sentence going on (the grid
    drifted it down), a line as wide as the column its text."""
    a, said = part[-1], text(b)
    end = _median([x(j)[1] for j in part])
    if (x(a)[1] < end - p.jitter or not regex.search(p.open_end, text(a))
            or not any(regex.search(p.text_marks, text(j)) for j in part[-p.min_support:])):
        return False
    if caption is not None and caption.search(said) or _credit_line(said, credit, p):
        return False
    return (len(said.strip()) >= p.gap_title_chars and not regex.search(p.clause_mark, said)
            and x(b)[0] + sortrows._em(said) <= end - p.indent - p.jitter)


def _arrival_beside(lines: list[_Line], n: int, x0: int, p: _Params) -> bool:
    """Whether a jump marker saying the text comes from elsewhere (JMP001's pattern and a
    `from_elsewhere` word: （上接第三版）) stands on row n left of `x0`, or at `x0` (the
    marker alone on its row, its text under it), the row over it blank in its place: a
    continued article's box opens on that row, its first column's line beside the marker
    (or under it) part of it."""
    line = lines[n]
    return n > 0 and any(
        (run[-1].x1 <= x0 or abs(run[0].x0 - x0) <= p.jitter)
        and _says(_span_text(line, run), p.arrivals) and not any(
            d.x0 < run[-1].x1 and d.x1 > run[0].x0 for d in lines[n - 1].cells)
        for run in _runs(line.cells, p.column_space))


def _credit_line(said: str, credit: Any, p: _Params) -> bool:
    """Whether a piece's text is a photo credit's line: CAP002's credit, or one of the
    credits LAY001 knows (`credits`)."""
    return credit is not None and bool(credit.search(said)) or any(
        c.match(said) for c in p.credits)


def _read_after(count: int, follow: dict[int, list[int]], taken: set[int],
                before: dict[int, list[int]] | None = None) -> list[int]:
    """The reading order of `count` pieces, in their order but that the pieces `follow`
    lists for a piece are read right after it (each may have its own list) and those
    `before` lists for a piece right before it; the pieces `taken` are read only there."""
    before = before or {}
    order: list[int] = []
    for k in range(count):
        if k in taken:
            continue
        stack = [k]  # a piece, then what is read after it
        while stack:
            j = stack.pop()
            order.extend(before.get(j, ()))
            order.append(j)
            stack.extend(reversed(follow.get(j, ())))
    return order


def _goes_on_over_blank(pieces: list[tuple[int, int, int]], lines: list[_Line],
                        p: _Params) -> frozenset[int]:
    """The pieces read right after a piece of the same column (it starts at most the indent
    and `jitter` right of them) over blank rows of the grid, where that piece above is full
    (it ends where the median of at least `min_support` pieces of the column near it ends,
    less `jitter`) and ends on `open_end`, and the piece below is full too or, no wider,
    ends its sentence (a short open line there may be a title or a wrapped quote): the
    column's text goes on, and the blank rows (pdftotext -layout sets one where a row of
    another box stands half a line off) are no paragraph's or box's end."""
    x = partial(_span, pieces, lines)

    out = set()
    for k in range(1, len(pieces)):
        n, a, b = pieces[k - 1]
        if pieces[k][0] <= n + 1:
            continue
        (x0, x1), (y0, y1) = x(k - 1), x(k)
        if not -p.jitter <= x0 - y0 <= p.indent + p.jitter:
            continue
        near = [x(m)[1] for m in range(max(k - 6, 0), min(k + 5, len(pieces)))
                if m not in (k - 1, k) and abs(x(m)[0] - y0) <= p.jitter]
        if len(near) < p.min_support:
            continue
        end = _median(near)
        text = lines[n].text[a - lines[n].start:b - lines[n].start]
        m, c, d = pieces[k]
        below = lines[m].text[c - lines[m].start:d - lines[m].start]
        # Below: a full line, or one no wider that ends its sentence (a paragraph's last).
        below_full = abs(y1 - end) <= p.jitter
        below_last = y1 <= end + p.jitter and not regex.search(p.open_end, below)
        if x1 >= end - p.jitter and regex.search(p.open_end, text) and (below_full or below_last):
            out.add(k)
    return frozenset(out)


def _titles_to_tails(pieces: list[tuple[int, int, int]], lines: list[_Line],
                     p: _Params) -> tuple[list[tuple[int, int, int]], list[int], list[int]]:
    """A large title's first line read right before its last where the cuts read the two
    apart (pdftotext -layout: the title's tall type sets rows that its neighbours' lines
    fill, so its wrapped line stands a few rows under it, 百余家博物馆推出夜 / (a subtitle,
    a byline beside) / 间开放, and a cut across those rows read the first line with the row
    and the last with the box's text under it). The title's line is one run holding none of
    `tail_marks` (a comma may stand in a title: 流动的艺术，联动 / 的长三角), no line at
    least as wide over it within `title_clear` rows (a column's last line is no title), not
    the masthead's; the first piece under it within its width, at most `tail_rows` rows
    down and not on the next row (a column's next line), is one such run, set within the
    title's width (± `jitter`), narrower, and it closes a mark the title left open
    (`paired_marks`: 无声的灯塔（环球 / 走笔）) or a word of the page runs across the
    break (CLS017's `words`: 夜间; not a byline's bare name under a kicker, 科技创新在一线 /
    任仲平), or it is short and set centred under the title (`_centred_tail`: 全国大学生
    职业规划大赛总决赛 / 落幕), or, with `tail_read_on`, short and set at its start
    (`_left_tail`: 一张报纸，陪伴一座城市 / 七十年) where no column's line stands over the
    title at its start (`_column_over`) and the title is no subtitle's line (——), no
    justified line spaced out, and goes on no sentence (`_MID_SENTENCE`); with
    `wide_tails`, a line as wide set at its start is the title's next line too where a word
    runs across the break or a mark closes (`_wide_tail`: 近万名大学生志 / 愿者服务西部基),
    a line so taken goes down in turn to its own next line (a title of three lines), and a
    title's line as wide on the row right over the title's line, read right before it, is
    no column's line over it but the title's own, going down with it (`_upper_line`).
    The first line goes down to the last, read with the box's text under it. The pieces in the new order,
    the title lines moved (1-based), and those of them moved by the centring or the start
    alone."""
    spans = [_span(pieces, lines, k) for k in range(len(pieces))]
    text = partial(_piece_text, pieces, lines)

    title_like = partial(_title_run, pieces, lines, p)

    on: dict[int, list[int]] = {}
    for k, (n, _, _) in enumerate(pieces):
        on.setdefault(n, []).append(k)

    def within(m: int, x0: int, x1: int) -> list[int]:
        """The pieces on line m that stand under some of x0..x1."""
        return [j for j in on.get(m, []) if spans[j][0] < x1 and spans[j][1] > x0]

    tails: dict[int, int] = {}  # the tail's piece: the title's
    by_centre: set[int] = set()  # the title lines (1-based) taken down by `_centred_tail`
    for k, (n, _, _) in enumerate(pieces):
        # (A line taken as a title's wrapped line may go down to its own: a title of three.)
        if (k in tails and not p.wide_tails) or k in tails.values() or not title_like(k):
            continue
        centred = left = False
        x0, x1 = spans[k]
        # (With `wide_tails`, the title's own line on the row right over it, read right
        # before it: 粤西首个国家骨 / 干冷链物流基地 / (rows) / 投运.)
        upper = k - 1 if k and k not in tails and k - 1 not in tails.values() and title_like(
            k - 1) and _upper_line((*spans[k - 1], text(k - 1)), (x0, x1, text(k)),
                                   (pieces[k - 1][0], n), p) else None
        if any(spans[j][1] - spans[j][0] >= x1 - x0
               for m in range(max(0, n - p.title_clear), n) for j in within(m, x0, x1)
               if j != upper):
            continue
        under = next((found for m in range(n + 1, n + p.tail_rows + 1)
                      if (found := within(m, x0, x1))), [])
        if len(under) != 1 or pieces[under[0]][0] == n + 1:
            continue
        j = under[0]
        y0, y1 = spans[j]
        if (j == k + 1 or j in tails or not title_like(j) or n == p.top
                or not x0 - p.jitter <= y0 or not y1 <= x1 + p.jitter):
            continue
        said_on = _closes(text(k), text(j), p.paired_marks) or (
            p.words is not None and p.words(text(k), text(j)))
        if ((y1 - y0 < x1 - x0 or said_on and _wide_tail(
                spans[k], spans[j], (n, pieces[j][0]), within, text(k) + text(j), p))
                and (said_on or (
                    centred := _centred_tail(spans[k], spans[j], text(j), p)) or (
                    left := p.tail_read_on and _left_tail(spans[k], spans[j], text(j), p)
                    and not opens_with_dash(text(k)) and not _MID_SENTENCE.search(text(k))
                    and not _SPACED_OUT.search(text(k)) and not _column_over(lines, n, x0, x1, p)))):
            tails[j] = k
            if upper is not None:
                tails[k] = upper
            if centred or left:
                by_centre.add(pieces[k][0] + 1)
    if not tails:
        return pieces, [], []
    titles = set(tails.values())
    order: list[int] = []
    for k in range(len(pieces)):
        if k in titles:
            continue
        # (The title's lines before its last, each taken down to the next.)
        chain = [k]
        while chain[-1] in tails and len(chain) <= len(tails):
            chain.append(tails[chain[-1]])
        order.extend(reversed(chain))
    return [pieces[k] for k in order], sorted(pieces[k][0] + 1 for k in titles), sorted(by_centre)


def _upper_line(upper: tuple[int, int, str], line: tuple[int, int, str], rows: tuple[int, int],
                p: _Params) -> bool:
    """With `wide_tails`, whether `upper` (its span and text), read right before `line` on
    the row right over it (`rows`), is a title's line that wraps into it: at its start (±
    `jitter`), neither holding a mark of text (`text_marks`), a word of the page across the
    break or a mark closing (粤西首个国家骨 / 干冷链物流基地). So it is no column's line over
    `line` (`_titles_to_tails` asks for none as wide), and goes down with it."""
    (a0, _, said), (x0, _, under) = upper, line
    return (p.wide_tails and rows[0] == rows[1] - 1 and abs(a0 - x0) <= p.jitter
            and not regex.search(p.text_marks, said + under)
            and (_closes(said, under, p.paired_marks)
                 or p.words is not None and bool(p.words(said, under))))


def _wide_tail(title: tuple[int, int], tail: tuple[int, int], rows: tuple[int, int],
               within: Callable[[int, int, int], list[int]], said: str, p: _Params) -> bool:
    """With `wide_tails`, whether `tail` (its span, on line rows[1]), under a title's line
    (`title`, on rows[0]) within its width, is the next line of a large title that fills
    its measure (近万名大学生志 / 愿者服务西部基): as wide (± `jitter`), set at its start, the
    rows right under each of the two blank in its place (a column's line has its next line
    under it; a title's tall type sets blank rows), and neither line holding a mark of text
    (`text_marks`, searched in `said`, the two lines' text: a column's prose holds one).
    (The caller asks that a word of the page run across the break, or that it close a mark
    the title opened.)"""
    (x0, x1), (y0, y1) = title, tail
    return (p.wide_tails and abs(y0 - x0) <= p.jitter and y1 - y0 <= x1 - x0 + p.jitter
            and not within(rows[0] + 1, x0, x1) and not within(rows[1] + 1, y0, y1)
            and not regex.search(p.text_marks, said))


_NUMBER_MARK = regex.compile(r"(?<=\d)[.,](?=\d)")  # a decimal point or a thousands' comma
_SPACED_OUT = regex.compile(r"\S \S \S")  # a line justified a space after each character
_SPACED_NAME = regex.compile(r"\p{Han}[ \u3000]+\p{Han}{1,2}")  # 裴 桐: a two-character name spaced
# A column's line cut mid-sentence, no title's: opening with a clause's last character
# (问、作家…) or ending on a clause just opened (海滨公园音乐会上，市).
_MID_SENTENCE = regex.compile(r"^\s*\p{Han}[，、；：]|[，、；：]\p{Han}?\s*$")


def _not_a_tail(said: str, p: _Params) -> bool:
    """Whether a line under a title is no wrapped line of it: a byline (新华社记者, a bare
    name, 裴 桐 spaced out), a dateline's opening (四川日报讯（记者), furniture, a
    section's number alone."""
    packed = "".join(said.split())
    return (any(t.match(said) for t in p.reporters) or names_alone(said, p.bylines)
            or _SPACED_NAME.fullmatch(said.strip()) or any(r.search(said) for r in p.datelines)
            or any(r.search(said) for r in p.furniture)
            or any(n.fullmatch(packed) for n in p.numbers))


def _title_tails_read_on(pieces: list[tuple[int, int, int]], lines: list[_Line],
                         p: _Params) -> frozenset[int]:
    """The pieces that are a large title's short last line read right after its first over
    blank rows (pdftotext -layout: the title's tall type sets rows, blank in its place,
    between its lines: 确保基本实现社会主义现代化取得决定 / (two blank rows) / 性进展). The
    title's line is one run holding none of `tail_marks` (a decimal point or a thousands'
    comma may stand in it), not the masthead's, no subtitle's (——), no justified line
    spaced out, going on no sentence (`_MID_SENTENCE`), no column's line (`_column_over`);
    the piece read after it stands 2 to `tail_rows` rows under it with nothing between in
    the title's place, one such run within the title's width (± `jitter`), at most
    `tail_share` of it (a wider one downstream reads apart as it was: 今年将新建改扩建乡镇寄
    / 宿制学校1000所 read as one block was taken for a paragraph), no byline or dateline
    (`_not_a_tail`), and it closes a mark the title left open, or a word of the page runs
    across the break, or it is set centred under the title (`_centred_tail`) or at its
    start (`_left_tail`: 前4个月全国铁路完成货物发送量 / 16.9亿吨). Their blank lines go:
    the title's lines are one block."""
    x = partial(_span, pieces, lines)
    text = partial(_piece_text, pieces, lines)

    title_like = partial(_title_run, pieces, lines, p)

    out = set()
    for k in range(1, len(pieces)):
        n, m = pieces[k - 1][0], pieces[k][0]
        if not n + 2 <= m <= n + p.tail_rows or n == p.top:
            continue
        (x0, x1), (y0, y1) = x(k - 1), x(k)
        if not (x0 - p.jitter <= y0 and y1 <= x1 + p.jitter and y1 - y0 < x1 - x0):
            continue
        if not title_like(k - 1) or not title_like(k):
            continue
        title, said = text(k - 1), text(k)
        if y1 - y0 > p.tail_share * (x1 - x0) or opens_with_dash(title) or _MID_SENTENCE.search(
                title) or _SPACED_OUT.search(title) or _not_a_tail(said, p):
            continue  # (a wide line: read as its own; a subtitle; a column's line; a byline)
        if any(c.x0 < x1 and c.x1 > x0 for ln in lines[n + 1:m] for c in ln.cells):
            continue  # (something set in the title's place between: not its rows)
        if _column_over(lines, n, x0, x1, p):
            continue  # (a column's line over it: a column's line, no title)
        if (_closes(title, said, p.paired_marks)
                or (p.words is not None and p.words(title, said))
                or _centred_tail((x0, x1), (y0, y1), said, p)
                or _left_tail((x0, x1), (y0, y1), said, p)):
            out.add(k)
    return frozenset(out)


def _column_over(lines: list[_Line], n: int, x0: int, x1: int, p: _Params) -> bool:
    """Whether a line within `title_clear` rows over line n's piece x0..x1 stands over it at
    least as wide, or starts where it starts (± the indent) and ends where it ends: the
    column's line before it (a paragraph's first, indented), so the piece is a column's."""
    return any(c.x0 < x1 and c.x1 > x0 and (c.x1 - c.x0 >= x1 - x0 or (
        abs(c.x0 - x0) <= p.indent + p.jitter and c.x1 >= x1 - p.jitter))
        for ln in lines[max(0, n - p.title_clear):n] for c in ln.cells)


def _left_tail(title: tuple[int, int], tail: tuple[int, int], said: str, p: _Params) -> bool:
    """Whether `tail` is set at `title`'s start (± `jitter`) and short (at most `tail_share`
    of its width), as a left-set head's short wrapped line is (乡村道路上的“绿牌车” / 多了),
    and is no subtitle (——) nor what `_not_a_tail` turns away (a byline, a dateline)."""
    return (abs(title[0] - tail[0]) <= p.jitter
            and tail[1] - tail[0] <= p.tail_share * (title[1] - title[0])
            and not opens_with_dash(said) and not _not_a_tail(said, p))


def _title_run(pieces: list[tuple[int, int, int]], lines: list[_Line], p: _Params,
               k: int) -> bool:
    """Whether piece k may be a title's line (`_titles_to_tails`, `_title_tails_read_on`):
    one run, holding none of `tail_marks` but in a number (16.9亿吨, 1,000)."""
    n, a, b = pieces[k]
    cells = [c for c in lines[n].cells if a <= c.start and c.end <= b]
    return bool(cells) and _columns_on(tuple(cells), p.column_space) == 1 and not regex.search(
        p.tail_marks, _NUMBER_MARK.sub("", _piece_text(pieces, lines, k)))


def _centred_tail(title: tuple[int, int], tail: tuple[int, int], said: str, p: _Params) -> bool:
    """Whether `tail` (its span and text) is set centred under `title` as a centred head's
    short wrapped line is (its middle within `tail_centre` positions of the title's, at most
    `tail_share` of its width: 全国大学生职业规划大赛总决赛 / 落幕), and is no byline
    (新华社记者: CLS003's titles; a bare name, 任仲平, as BLK reads names alone) nor page
    furniture (第 1 页) centred under a kicker, a title or a column's line, nor a section's
    number alone (（一）, CLS010's `enumerated`), centred under a commentary's head over
    its text's first part."""
    return (abs(sum(title) - sum(tail)) <= 2 * p.tail_centre
            and tail[1] - tail[0] <= p.tail_share * (title[1] - title[0])
            and not any(t.match(said) for t in p.reporters) and not names_alone(said, p.bylines)
            and not any(r.search(said) for r in p.furniture)
            and not any(n.fullmatch("".join(said.split())) for n in p.numbers))


def _goes_on_below(pieces: list[tuple[int, int, int]], lines: list[_Line], p: _Params,
                   caption: Any, credit: Any
                   ) -> tuple[list[tuple[int, int, int]], dict[str, list]]:
    """The pieces reordered so a column goes on where it goes on in its place below its
    last line read (pdftotext -layout), past what the page's rows and gutters read first
    (a neighbour's column, the next row's boxes): under the last piece read of a column
    (`min_support` lines or more), full (ending where the median of the column's lines
    ends, less `jitter`), left open (`open_end`) and one column's text (no two runs a
    `column_space` apart: a line read whole across a gutter), the column's place holds
      - fewer than `row_gap` blank rows (the rows a neighbour's lines took, which
        pdftotext sets between a column's own; two part the page's rows), or up to
        `word_rows` where a word of the page runs across the break (`_goes_on_over_rows`),
        then the column's line going on (`_line_on`), or
      - blank rows and a caption, then the column's line going on, within `picture_rows`
        rows (`_going_on_under`): a photo set in the column cut it mid-sentence.
    The caption's lines and the column's lines from there (read one after another, each
    under the last in the column's place, up to a line under `row_gap` blank rows or more
    that does not open a paragraph, where the line above ended a sentence: `_box_ended`,
    the next box's title stacked in the column) are read right after the piece; what was
    read between is read after them. Returns the order and the evidence: the source lines
    (1-based) of the captions so read (`read_on_under_caption`), of the column's lines
    read on over blank rows alone (`read_on_in_column`), and of those of them read on over
    `row_gap` rows or more for the word across (`read_on_word_across`: each with the
    pair across the break, `word_across`, and, where only the word list knew it, the word,
    `listed`) or pushed down by the neighbours' rows (`read_on_pushed_down`).

    Not read so: a column's last line over another box's caption and title (the rows
    under the caption are blank too), nor over a paragraph's first line (indented: the
    sentence above goes on elsewhere)."""
    at: dict[int, list[int]] = {}
    for k, (n, _, _) in enumerate(pieces):
        at.setdefault(n, []).append(k)

    x = partial(_span, pieces, lines)
    text = partial(_piece_text, pieces, lines)

    # (Each column's last piece read is the one weighed.)
    runs = _column_runs(pieces, lines, p)
    follow: dict[int, list[int]] = {}
    taken: set[int] = set()
    for column in runs:
        k = column[-1]
        n, x1 = pieces[k][0], x(k)[1]
        if (len(column) < p.min_support or not regex.search(p.open_end, text(k))
                or regex.search(r"\S{2} {%d,}\S{2}" % p.column_space, text(k))):
            continue
        start = min(x(j)[0] for j in column)
        end = _median([x(j)[1] for j in column[:-1]])
        if x1 < end - p.jitter:
            continue
        group = _going_on_under(n, start, end, at, x, text, p, caption, credit, text(k))
        if not group or any(j in taken for j in group):
            continue
        # The column going on: the pieces read after its line found there, each a line
        # lower in the column's place.
        last = group[-1]
        while ((j := last + 1) < len(pieces) and pieces[j][0] > pieces[last][0]
               and -p.jitter <= x(j)[0] - start <= p.indent + p.jitter
               and x(j)[1] <= end + p.jitter and j not in taken
               and not (_box_ended(pieces[j][0] - pieces[last][0] - 1, text(last), p)
                        and not _indented(x(j)[0], start, p))):
            group.append(j)
            last = j
        if group == list(range(k + 1, k + 1 + len(group))):
            continue  # read so already
        follow[k] = group
        taken.update(group)
    if not follow:
        return pieces, {}
    order = _read_after(len(pieces), follow, taken)
    shown: dict[str, list] = {}
    for k, g in follow.items():
        key = "read_on_under_caption" if caption.search(text(g[0])) else "read_on_in_column"
        shown.setdefault(key, []).append(pieces[g[0]][0] + 1)
        n, m = pieces[k][0], pieces[g[0]][0]
        if key == "read_on_in_column" and _pushed_down(n, m, text(k), text(g[0]), p) and not (
                _goes_on_over_rows(n, m, text(k), text(g[0]), p)):
            shown.setdefault("read_on_pushed_down", []).append(pieces[g[0]][0] + 1)
        elif key == "read_on_in_column" and pieces[g[0]][0] - pieces[k][0] - 1 >= p.row_gap:
            shown.setdefault("read_on_word_across", []).append(
                {"line": pieces[g[0]][0] + 1,
                 **(p.words(text(k), text(g[0])) if p.words is not None else {})})
    return [pieces[k] for k in order], {
        key: sorted(v, key=lambda at: at["line"] if isinstance(at, dict) else at)
        for key, v in sorted(shown.items())}


def _goes_on_at_top(pieces: list[tuple[int, int, int]], lines: list[_Line], p: _Params,
                    caption: Any = None, credit: Any = None
                    ) -> tuple[list[tuple[int, int, int]], dict[str, list[int]]]:
    """The pieces reordered so a column's text goes on at the top of the box's next column
    (pdftotext -layout), past what the page's cuts read between (the neighbouring box's
    first line or title, a caption, the next box under the column): where the last piece
    of a column's run (pieces read one after another, each lower, at the column's start),
    or of a stretch of it the next box under it ends (`_column_ends`: the cut read the
    column on into that box), is
    full (ending where the median of the run's lines above ends, less `jitter`), left open
    (`open_end`), one column's text (no two runs `column_space` apart), with the row under
    it blank in the column's place and no line going on there under it (`_line_on`; but
    for a line on a row a continued article's box opens, `_arrival_beside`), the
    column's top is found up the page (lines at its start, full or ending a sentence, each
    within `row_gap` rows of the one under it, `min_support` or more: the cuts may have
    read some with the head above) with nothing over it within `row_gap` rows but a line
    short of the measure (a title, a byline) or one across the next column too (a head over
    both), and it is no caption's last line (a caption's run, CAP001's, under a picture).
    The run read later (or a later stretch of a run, where the cuts read a column on into
    the box stacked under it: that box's column) whose first piece (or its second, where
    the first is a head's short line over the column: `_head_over_run`, a name-only
    byline, 图片报道)
      - stands on that top row (or one off: a neighbour's half-row; or up to `top_rows`
        lower, no wider than its column: `_top_lower`, the top found being a head's line
        set at the column's start), with nothing over it
        but such a line (its column's top, not a line of it the cuts read apart), or opens
        a caption lower down (`_past_caption`) with nothing in the run's place from the top
        row down to it (a picture set at that column's top): its first piece past the
        caption is weighed so,
      - right of the column, at its own run's start and full (no paragraph's indent, no
        title's short line, no subtitle's dash: the sentence goes on there),
      - as wide as the column (a box's columns share a measure; another box's are other),
      - with nothing set between the two from the top down to `row_gap` rows under the
        line (a picture's blank cells with its caption under them: the text may go on
        under the picture),
    and of `min_support` pieces or more, the nearest, is read right after the line with the
    rest of its run's stretch (not the box stacked under that column); what was read
    between comes after, but for a byline over the top row standing over the next column
    (a line opening with CLS003's title, no clause mark, no credit: centred under the
    title, it lands there; over a column of the box, `_over_box_column`) or the head's
    short line the run opened with, read before the column's top line (the piece on the
    top row: a paragraph's first line indented past `jitter` is a run of its own) with
    the head. Returns the
    order and the evidence: the source lines (1-based) of the columns' tops so read
    (`read_on_at_top`; those under the top row, `read_on_under_top_row`), of the captions
    read past (`read_on_past_caption`: the caption stays where the cuts read it), of the
    jump markers whose box the column was read on past (`read_on_past_arrival`), of
    the bylines (`byline_read_with_head`), of the head's short lines
    (`head_line_read_with_head`) and of a head centred over the box read between the two
    (`_centred_over_box`: `head_centred_read_first`).

    Either column may be as short as `short_support` lines (a box two lines deep under its
    title; an article's last column, short), where the next column's first line stands on
    the top row itself, the column holds a mark of text (`text_marks`) in one of its last
    `min_support` lines (a title stack holds none) and, itself short, ends on a row blank
    across the page; the next column is read on down to `row_gap` blank rows (`_unbroken`),
    its source line logged (`read_on_short_column`).

    Not read so: a line whose column goes on in its place or under a heading's line set
    under it; a next column opening a paragraph or another article (indented), or topped
    by a subtitle; a column under a picture beside (text or a caption between)."""
    x = partial(_span, pieces, lines)
    text = partial(_piece_text, pieces, lines)

    runs = _column_runs(pieces, lines, p)
    next_in_run = {a: b for column in runs for a, b in zip(column, column[1:])}
    ends = [_column_ends(column, pieces, lines, p, caption, credit) for column in runs]
    at: dict[int, list[int]] = {}
    for k, (n, _, _) in enumerate(pieces):
        at.setdefault(n, []).append(k)

    def measure(column: list[int]) -> tuple[int, int]:
        return min(x(j)[0] for j in column), _median([x(j)[1] for j in column])

    def clear_over(row: int, lo: int, hi: int, start: int, end: int) -> bool:
        # Nothing in the place (lo to hi) on the `row_gap` rows over the row but a line
        # short of the measure (a title or byline over the column) or a line across
        # the first column's place too (a head over both).
        return not any(c.x0 < hi and c.x1 > lo and c.x1 >= hi - p.jitter
                       and not (c.x0 < end and c.x1 > start and (lo, hi) != (start, end))
                       for ln in lines[max(row - p.row_gap, 0):row] for c in ln.cells)

    # The columns a column may go on at the top of, in reading order, each with the stretch
    # read on there: each run, down to the first box stacked under it, and each later
    # stretch of a run, which the cuts read on past a box's end into the box stacked under
    # it, whose column a column beside it goes on in (…为经济回升向好创造了适宜的货币金融环
    # / 境。如何看待…, read after the box above's column in that place, gen-18206). Such a
    # stretch only on the top row itself: a box's columns share their rows, and one a
    # half-row off is a box beside, set in other leading.
    weighed = sorted([(run, parts[0], True) for run, parts in zip(runs, ends)]
                     + [(part, part, False) for parts in ends for part in parts[1:]],
                     key=lambda column: column[0][0])
    nexts = [column for column, _, _ in weighed]
    stretches = [stretch for _, stretch, _ in weighed]
    whole = [run for _, _, run in weighed]
    firsts = [column[0] for column in nexts]
    # Each one's head line over its column (`_head_over_run`), the measure of the rest,
    # and its first piece past a caption opening it; indexed by the rows a column's top
    # may stand on for them to be weighed (`_NearTop`).
    opened = [_head_over_run(run, pieces, text, x, p) for run in nexts]
    measured = [measure(run[head:]) for run, head in zip(nexts, opened)]
    past = [run[head:][_past_caption(run[head:], text, caption, credit, p)]
            for run, head in zip(nexts, opened)]
    near = _NearTop(nexts, opened, measured, past, pieces, lines, p)
    follow: dict[int, list[int]] = {}
    before: dict[int, list[int]] = {}
    taken: set[int] = set()
    pictured: list[int] = []  # the source lines (1-based) of captions read past
    low: list[int] = []  # ... of columns' tops read on under the top row (`_top_lower`)
    arrived: list[int] = []  # ... of jump markers a column was read on past (`_arrival_beside`)
    led: list[int] = []  # ... of head lines over a column's top read with the head
    centred: list[int] = []  # ... of a head centred over the box (`_centred_over_box`)
    shorts: list[int] = []  # ... of columns' tops read on where a column is short
    # Each run weighed whole (its last piece), then each stretch of it ending over the next
    # box stacked under it.
    for column in runs + [part for parts in ends for part in parts[:-1]]:
        k = column[-1]
        n = pieces[k][0]
        if (len(column) < p.short_support or not regex.search(p.open_end, text(k))
                or regex.search(r"\S{2} {%d,}\S{2}" % p.column_space, text(k))):
            continue
        said = [i for i, j in enumerate(column) if caption is not None and caption.search(text(j))]
        if said and not _past_caption(column[said[-1]:], text, caption, credit, p):
            continue  # a caption's last line (under a picture), no column's
        start, end = measure(column[:-1])
        if x(k)[1] < end - p.jitter or (
                x(column[-2])[1] < end - p.jitter and x(k)[0] - start < p.indent):
            continue  # (under a line short of the measure, only a paragraph's first line)
        under = lines[n + 1].cells if n + 1 < len(lines) else ()
        if any(c.x0 < end and c.x1 > start for c in under) or any(
                _line_on(x(j), text(j), start, end, p)
                and not _arrival_beside(lines, m, x(j)[0], p)
                for m in range(n + 2, n + 1 + p.row_gap) for j in at.get(m, ())
                if x(j)[0] < end and x(j)[1] > start):
            continue  # the column goes on in its place (or a heading's line under it)
        # The column's lines over it, read in the run or not: up the page while a line
        # stands at the column's start within `row_gap` rows of the one under it, full or
        # ending its sentence (a title over the column is neither).
        top, count, m = n, 1, n - 1
        while m >= 0 and top - m <= p.row_gap:
            cell = next((c for c in lines[m].cells if -p.jitter <= c.x0 - start
                         <= p.indent + p.jitter), None)
            if cell is None:
                m -= 1
                continue
            said = lines[m].text[cell.x0:cell.x1]
            if cell.x1 < end - p.jitter and not _SENTENCE_END.search(said):
                break
            top, count, m = m, count + 1, m - 1
        # A column shorter than `min_support` lines (a box two lines deep under its title)
        # ends on a row blank across the page (the page's rows part there): else its text
        # may go on under a picture beside it.
        short = min(len(column), count) < p.min_support
        if count < p.short_support or short and n + 1 in p.filled:
            continue
        if not clear_over(top, start, end, start, end):
            continue  # (the column's lines over it read apart: not its top)
        best = None
        for r in near.runs(top, bisect_right(firsts, k) - 1):
            other = nexts[r]
            # A short head line opening the run (a byline of names alone, a photo credit, a
            # section label) over the column's top: the run is weighed from its next piece,
            # the head line read with the head.
            head = opened[r]
            other = other[head:]
            j = other[0]
            if (len(other) < p.short_support or j == k + 1
                    or any(m in taken for m in stretches[r])
                    or regex.match(p.subtitle_mark, text(j))
                    or not whole[r] and pieces[j][0] != top):
                continue
            # Either column shorter than `min_support` lines (a box two lines deep; an
            # article's last column, short): only a next column opening on the top row
            # itself, under a column of text (a mark of a clause or a sentence's end in one
            # of its last lines; a title stack holds none), its lines down to `row_gap`
            # blank rows read on (the box's; under them the next box's title).
            if short or len(other) < p.min_support:
                deep = _unbroken([m for m in stretches[r] if m >= j], pieces, p)
                if len(deep) < p.short_support or pieces[j][0] != top or not any(
                        regex.search(p.text_marks, text(i)) for i in column[-p.min_support:]):
                    continue
            else:
                deep = None
            there, wide = measured[r]
            # A picture set at the column's top: its caption opens the run, and the text
            # goes on under it (the picture's rows blank in the column's place up to the top).
            f = past[r] if pieces[j][0] - top > 1 else j
            lower = f == j and abs(pieces[j][0] - top) > 1
            if lower and not _top_lower(pieces[j][0] - top, x(j), wide, p) or f != j and any(
                    c.x0 < wide + p.jitter and c.x1 > there - p.jitter
                    for ln in lines[top:pieces[j][0]] for c in ln.cells):
                continue
            if not (end < x(f)[0] < there + p.indent) or abs(
                    (wide - there) - (end - start)) > p.jitter or x(f)[1] < wide - p.jitter:
                continue
            if any(start + p.indent + p.jitter < c.x0 < x(f)[0] - p.jitter
                   for ln in lines[top:n + 1 + p.row_gap] for c in ln.cells):
                continue  # text set between the two (or a caption under a picture there)
            if not clear_over(pieces[j][0] if f == j else min(pieces[j][0], top),
                              there, wide, start, end):
                continue  # the column's top is higher: its lines over it were read apart
            if best is None or x(j)[0] < x(nexts[best][len(lead)])[0]:
                best, first, lowered, lead, shallow = r, f, lower, nexts[r][:head], deep
        if best is not None:
            opening = nexts[best][len(lead)]
            if lowered:
                low.append(pieces[opening][0] + 1)
            under = next_in_run.get(k)
            if under is not None and _arrival_beside(lines, pieces[under][0], x(under)[0], p):
                arrived.append(pieces[under][0] + 1)
            # (A caption over the column's text stays where the cuts read it.)
            if shallow is not None:
                shorts.append(pieces[opening][0] + 1)
            follow[k] = [m for m in (shallow or stretches[best]) if m >= first]
            if first != opening:
                pictured.append(pieces[opening][0] + 1)
            taken.update(follow[k])
            # The box's byline read between (centred under its title, it stands over the
            # next column or one further, a column of the box) goes up to be read before
            # the column's top line, with the head; so does a head line the run opened with.
            # (A photo's credit is a caption's: it stays where the cuts read it.)
            heads = [m for m in range(k + 1, opening) if m not in taken
                     and not any(c.search(text(m)) for c in p.credits) and (m in lead or (
                         pieces[m][0] < top and x(m)[0] >= x(opening)[0] - p.jitter
                         and any(r.match(text(m)) for r in p.reporters)
                         and not regex.search(p.clause_mark, text(m))
                         and _over_box_column(pieces[m][0], x(m), top, lines, p)))]
            over = [] if heads else _centred_over_box(
                [m for m in range(k + 1, opening) if m not in taken], pieces, lines, text,
                x, top, x(opening), (start, end), p)
            heads = heads or over
            first = next((m for m in at.get(top, ()) if -p.jitter <= x(m)[0] - start
                          <= p.indent + p.jitter), None)
            if heads and first is not None and first not in taken:
                before.setdefault(first, []).extend(heads)
                taken.update(heads)
                led.extend(pieces[m][0] + 1 for m in heads if m in lead)
                centred.extend(pieces[m][0] + 1 for m in over)
    if not follow:
        return pieces, {}
    order = _read_after(len(pieces), follow, taken, before)
    shown = {"read_on_at_top": sorted(pieces[g[0]][0] + 1 for g in follow.values())}
    if pictured:
        shown["read_on_past_caption"] = sorted(pictured)
    if arrived:
        shown["read_on_past_arrival"] = sorted(arrived)
    if low:
        shown["read_on_under_top_row"] = sorted(low)
    if shorts:
        shown["read_on_short_column"] = sorted(shorts)
    bylines = sorted(pieces[m][0] + 1 for g in before.values() for m in g)
    if set(bylines) - set(led) - set(centred):
        shown["byline_read_with_head"] = sorted(set(bylines) - set(led) - set(centred))
    if centred:
        shown["head_centred_read_first"] = sorted(centred)
    if led:
        shown["head_line_read_with_head"] = sorted(led)
    return [pieces[k] for k in order], shown


def _unbroken(stretch: list[int], pieces: list[tuple[int, int, int]], p: _Params) -> list[int]:
    """A column's stretch of pieces down to the first `row_gap` blank rows or more between
    two of them (`_goes_on_at_top`: a short box's column ends there, the next box's title
    under it)."""
    for i in range(1, len(stretch)):
        if pieces[stretch[i]][0] - pieces[stretch[i - 1]][0] - 1 >= p.row_gap:
            return stretch[:i]
    return stretch


class _NearTop:
    """The runs (and later stretches of runs) `_goes_on_at_top` may read on at a column's
    top row, found by that row instead of by weighing every run read later (on a long page
    every column would weigh every run: time growing with the square of the page). A run's
    first piece (past its head line) can only be taken from 1 row over the top row to
    `top_rows` under it (`_top_lower`), or lower where a caption opens the run and its
    place is blank from the top row down to it (a picture at the column's top): each run
    is listed under the top rows that let it be weighed, so what is left out is what the
    weighing refuses."""

    def __init__(self, runs: list[list[int]], opened: list[int],
                 measured: list[tuple[int, int]], past: list[int],
                 pieces: list[tuple[int, int, int]], lines: list[_Line], p: _Params):
        self.count = len(runs)
        self._by_top: dict[int, list[int]] = {}
        for r, (run, head) in enumerate(zip(runs, opened)):
            row = pieces[run[head]][0]
            tops = set(range(row - max(p.top_rows, 1), row + 2))
            if past[r] != run[head]:
                there, wide = measured[r]
                top = row - 1
                while top >= 0 and not any(c.x0 < wide + p.jitter and c.x1 > there - p.jitter
                                           for c in lines[top].cells):
                    if top < row - 1:
                        tops.add(top)
                    top -= 1
            for top in tops:
                self._by_top.setdefault(top, []).append(r)

    def runs(self, top: int, after: int) -> list[int]:
        """The runs after run `after` that a column whose top row is `top` may go on in,
        in the order they were read."""
        return [r for r in self._by_top.get(top, ()) if r > after]


def _head_over_run(run: list[int], pieces: list[tuple[int, int, int]], text, x,
                   p: _Params) -> int:
    """How many of a column's run's first pieces are a head's short line over the column
    (`_goes_on_at_top`), 1 or 0: the run's first piece, `head_line_share` of the measure of
    the run's lines under it or shorter, no clause mark, no sentence's end, within
    `row_gap` rows over the next piece (a commentary's byline of names alone, a photo
    credit, a section label such as 图片报道 set over the column's top; a credit, a
    caption's, stays where the cuts read it). Not a byline
    with its title (CLS003's, 本报记者 …): set over a column, it heads that column's own
    article, the text beside going on elsewhere."""
    if len(run) <= p.min_support:
        return 0
    said = text(run[0]).strip()
    start, end = min(x(j)[0] for j in run[1:]), _median([x(j)[1] for j in run[1:]])
    if (len(said) > p.head_line_share * (end - start) or regex.search(p.clause_mark, said)
            or _SENTENCE_END.search(said) or any(r.match(said) for r in p.reporters)
            or pieces[run[1]][0] - pieces[run[0]][0] > p.row_gap):
        return 0
    return 1


def _centred_over_box(between: list[int], pieces: list[tuple[int, int, int]],
                      lines: list[_Line], text, x, top: int, column: tuple[int, int],
                      own: tuple[int, int], p: _Params) -> list[int]:
    """The pieces read between a column's end and the next column's top (`between`) that
    are the box's head centred over it (`_goes_on_at_top`), or []: all of them over the
    box's top row, stacked within `row_gap` rows of each other, none left of the start of
    the next column (`column`: its top line's place), none holding a clause mark, a
    sentence's end or a photo's credit, one of them standing over a column of the box (the
    first line under it in its place on the box's top row, or up to `top_rows` lower, and
    about as wide as the next column's top line). A title and its byline centred over a
    box of several columns land over a column right of the first (pdftotext -layout
    gen-18005: 中国科技 活力奔涌 / 谷业凯 over the third of five), so the cuts read them
    between the first column and the second, which the first goes on into: read before
    the first column's top, with the head. Two lines at least (a
    title and its byline or subtitle: a line alone there is as often the page's slogan, 在
    推进中国式现代化建设中走在前列, or its footer, 第 1 页, set between two sheets), and not
    where anything stands over the first column (`own`: its place) from the stack's top row
    down."""
    if len(between) < 2 or any(
            pieces[m][0] >= top or x(m)[0] < column[0] - p.jitter
            or regex.search(p.clause_mark, text(m)) or _SENTENCE_END.search(text(m))
            or any(c.search(text(m)) for c in p.credits) for m in between):
        return []
    rows = [pieces[m][0] for m in between]
    if any(b - a > p.row_gap or b < a for a, b in zip(rows, rows[1:])):
        return []
    if any(c.x0 < own[1] and c.x1 > own[0] for ln in lines[rows[0]:top] for c in ln.cells):
        # (A head over the first column itself, from the stack's top row down: the lines
        # beside it are its kicker's or another box's, 新春走基层 over 中欧班列（广州）… at the
        # first column's start, gen-17805.)
        return []
    width = column[1] - column[0]

    def over_top(n: int, place: tuple[int, int]) -> bool:
        # (The first line under it in its place is on the box's top row or up to
        # `top_rows` under it: not a line of another head over the row, 石破茂致唁电 under
        # 山富市逝世… beside the box, gen-1504.)
        for m in range(n + 1, min(top + p.top_rows + 1, len(lines))):
            under = [c for c in lines[m].cells if c.x0 < place[1] and c.x1 > place[0]]
            if under:
                # (... a column's line, as wide as the column the text goes on into.)
                return m >= top and max(c.x1 - c.x0 for c in under) >= width - 2 * p.jitter
        return False

    return between if any(over_top(pieces[m][0], x(m)) for m in between) else []


def _over_box_column(n: int, place: tuple[int, int], top: int, lines: list[_Line],
                     p: _Params) -> bool:
    """Whether a line on row n at `place` (a byline `_goes_on_at_top` would read with the
    head) stands over a column of the box whose top row is `top`: the first line under it
    in its place stands on that row, one over it (a neighbour's half-row) or up to
    `top_rows` under it. A box's columns open on one row; a column opening higher is
    another box's, the byline over it that box's (a box beside, its head lower)."""
    for m in range(n + 1, min(top + p.top_rows + 1, len(lines))):
        if any(c.x0 < place[1] and c.x1 > place[0] for c in lines[m].cells):
            return m >= top - 1
    return False


def _top_lower(lower: int, place: tuple[int, int], wide: int, p: _Params) -> bool:
    """Whether a column's first line (at `place`), `lower` rows under the top row found for
    the column left of it, is its column's top all the same (`_goes_on_at_top`): at most
    `top_rows` rows lower and no wider than its column (ending by `wide`: a title over
    the column is wider). The walk up the left column takes a head's last lines set at its
    start as wide as it (a one-column title, a byline row) for the column's, or a
    neighbour's rows push the next column's top down in the grid."""
    return 1 < lower <= p.top_rows and place[1] <= wide + p.jitter


def _past_caption(run: list[int], text, caption: Any, credit: Any, p: _Params) -> int:
    """Where in a column's run its text starts under a caption opening it (CAP001: its
    lines on to one ending a sentence or a credit, CAP002's, and any credit line under it,
    CAP004's; another caption under it, a second picture's, is read so too); 0 where no
    caption opens it (or nothing but captions follows)."""
    if caption is None or credit is None or not caption.search(text(run[0])):
        return 0
    ended = False
    for i, j in enumerate(run):
        said = text(j)
        credited = _credit_line(said, credit, p)
        if ended and not credited and not caption.search(said):
            return i
        ended = (ended and not caption.search(said)) or credited or bool(
            _SENTENCE_END.search(said))
    return 0


def _going_on_under(n: int, start: int, end: int, at: dict[int, list[int]], x, text,
                   p: _Params, caption: Any, credit: Any, above: str) -> list[int]:
    """Under line n, in a column's place (start to end), the pieces that go on its text
    (`_goes_on_below`; `above`, line n's piece): the column's line (`_line_on`) under fewer
    than `row_gap` blank rows, or up to `word_rows` where a word of the page runs across
    the break (`_goes_on_over_rows`); or, after blank rows, a caption (a line opening as
    CAP001 knows one, its lines on to one ending a sentence or a credit, CAP002's, and any
    credit line under it, CAP004's: a caption in smaller type may run past the column's
    edge by the share `caption_type` saves), then, under fewer than `row_gap` blank rows, the column's line
    (or under `row_gap` where the page prints on the lower one and no `row_gap` rows over
    the caption are blank across the page: the caption's smaller type sets rows of its
    own between the neighbour's, seed 101 gen-0104). Under exactly `row_gap` rows the page
    prints on, a column's line in mid-sentence under an open one goes on too
    (`_pushed_down`).
    [] where anything else stands in the place first (text across it, another box's
    title), or nothing within `picture_rows` rows."""
    found: list[int] = []
    ended = False  # the caption's last line seen (a sentence's end or a credit)
    row = n  # the last line with text in the column's place
    parted = False  # rows blank across the page over the caption (the page's rows parted)
    for m in range(n + 1, n + 1 + p.picture_rows):
        if not found and m - n > p.row_gap and all(
                r not in p.filled for r in range(m - p.row_gap, m)):
            parted = True
        here = [k for k in at.get(m, ()) if x(k)[0] < end + p.jitter and x(k)[1] > start - p.jitter]
        if not here:
            # Rows blank under the caption: the next box, not the column; but for one row
            # more where the page prints on it (the caption's smaller type sets rows of
            # its own between the neighbour's, which push the column's line a row lower),
            # under a picture beside its neighbours, not under the page's rows parted.
            if ended and (m - row > p.row_gap or m - row == p.row_gap and (
                    m not in p.filled or parted)):
                return []
            continue
        k = here[0]
        said = text(k)
        if len(here) > 1 or x(k)[0] < start - p.jitter or x(k)[1] > start + (
                end - start) / p.caption_type + p.jitter:
            return []  # text across the column's place: no picture set in the column
        if not found and not caption.search(said):
            # No caption: the column's line, under the rows a neighbour's lines took (or
            # a few more, where a word of the page runs across the break).
            return [k] if _line_on(x(k), said, start, end, p) and (
                m - n - 1 < p.row_gap or _goes_on_over_rows(n, m, above, said, p)
                or _pushed_down(n, m, above, said, p)) else []
        if found and ended and not credit.search(said) and not any(
                c.match(said) for c in p.credits):
            return found + [k] if _line_on(x(k), said, start, end, p) else []
        found.append(k)
        row = m
        ended = ended or bool(_SENTENCE_END.search(said) or credit.search(said))
    return []


def _pushed_down(n: int, m: int, above: str, said: str, p: _Params) -> bool:
    """Whether a column's line on row n goes on to the next line in its place, on row m,
    past exactly `row_gap` rows blank in its place that the page prints on (its
    neighbours' rows pushed the column's next line down in the grid; no row of the page
    parts there): both lines are left open (`open_end`), and the lower one holds a mark of
    text (`text_marks`): a column's line in mid-sentence, no title's (a title holds none)
    nor a paragraph's last."""
    return (m - n - 1 == p.row_gap and all(r in p.filled for r in range(n + 1, m))
            and bool(regex.search(p.open_end, above)) and bool(regex.search(p.open_end, said))
            and bool(regex.search(p.text_marks, said)))


def _goes_on_over_rows(n: int, m: int, above: str, said: str, p: _Params) -> bool:
    """Whether a column's line on row n goes on to the next line in its place, on row m,
    over `row_gap` blank rows or more in its place: at most `word_rows` of them, and a word
    of the page runs across the break (CLS017's page words). A neighbour set in tighter
    leading, or a large title's tall rows beside it, took the rows between the column's
    own; some may be blank across the page."""
    return m - n - 1 <= p.word_rows and p.words is not None and bool(p.words(above, said))


def _box_ended(blank: int, above: str, p: _Params) -> bool:
    """Whether `blank` rows in a column's place under its line `above` end its box: the
    line ends a sentence and `row_gap` rows or more lie blank under it (`_column_gaps`)."""
    return blank >= p.row_gap and bool(_SENTENCE_END.search(above))


def _line_on(place: tuple[int, int], said: str, start: int, end: int, p: _Params) -> bool:
    """Whether a line at `place` goes on a column's text (start to end) left open above: it
    stands at the column's start (no paragraph's indent), no wider than the column in ems
    (digits and Latin letters take half a cell and fit more a line; a justified line
    stretched a space after every character, 运 时 间 从 原 来 的 10 多 个 小, measured
    without those spaces: it prints the column's measure), and is full or ends its
    sentence (a short open line there is a title)."""
    right = place[0] + sortrows._em(unstretch(said))
    if not (-p.jitter <= place[0] - start < p.indent and right <= end + p.jitter):
        return False
    return right >= end - p.jitter or not regex.search(p.open_end, said)


def _column_gaps(pieces: list[tuple[int, int, int]], lines: list[_Line],
                 p: _Params, caption: Any = None) -> frozenset[int]:
    """The pieces read right under a piece that ends a sentence (standing under some of
    it: the same column, or a title centred in it), over at least `row_gap` rows blank where
    the two stand though other columns print text on them (so the source holds no blank
    line there): pdftotext -layout leaves the rows between two rows of the page blank in
    each column, so the column's box ended and what is under it (another box's title)
    opens a block of its own. Not a caption set in the column (CAP001's patterns): the
    paragraph may go on under it."""
    out = set()
    for k in range(1, len(pieces)):
        n, a, b = pieces[k - 1]
        m, c, d = pieces[k]
        if m - n - 1 < p.row_gap:
            continue
        x0, x1 = a - lines[n].start, b - lines[n].start
        y0, y1 = c - lines[m].start, d - lines[m].start
        if not (y0 < x1 and x0 < y1) or not _SENTENCE_END.search(
                lines[n].text[x0:x1]):
            continue  # (a line ending mid-sentence goes on under a picture's rows)
        if caption is not None and caption.search(lines[m].text[y0:y1]):
            continue  # (a caption set in the column: the paragraph may go on under it)
        lo, hi = min(x0, y0), max(x1, y1)
        between = lines[n + 1:m]
        if all(not ln.cells for ln in between):
            continue  # (blank lines across the page: kept as they stand)
        if any(cell.x0 < hi and cell.x1 > lo for ln in between for cell in ln.cells):
            continue
        out.add(k)
    return frozenset(out)


def _furniture_row(line: _Line, rules: RuleSet) -> bool:
    """Whether a run of the line (runs `wide_gap` spaces apart or more: the paper's name,
    the date and edition) is page furniture as the furniture rules (role "furniture") know
    it: the line is the page's masthead."""
    wide = rules.param("LAY001", "wide_gap")
    runs = [run.strip() for run in regex.split(" {%d,}" % wide, line.text) if run.strip()]
    return any(r.search(run) for r in rules.pattern_rules if r.role == "furniture"
               for run in runs)


def side_by_side(source: str, rules: RuleSet) -> dict | None:
    """Whether many of the page's lines hold two runs of text a column gap apart (the
    evidence: lines counted, lines with a gap), else None."""
    lines = [t for t in source.split("\n") if t.strip()]
    if len(lines) < rules.param("LAY001", "min_lines"):
        return None
    gap = rules.param_patterns("LAY001", "column_gap")[0]
    gapped = sum(1 for t in lines if gap.search(t.strip()))
    if gapped < rules.param("LAY001", "min_share") * len(lines):
        return None
    return {"lines": len(lines), "lines_with_a_column_gap": gapped}


Row = tuple[_Line, tuple[_Cell, ...]]


@dataclass(frozen=True, slots=True)
class _Params:
    """LAY001's parameters (rules/layout.toml)."""

    jitter: int
    min_support: int
    row_gap: int
    min_column: int
    wide_gap: int
    clear_lines: int
    clear_gap: int
    head_lines: int
    indent: int
    subtitle_mark: str
    column_space: int
    open_end: str
    paired_marks: list
    banner_start: float
    clause_mark: str
    banner_space: int
    gutter_space: int
    title_marks: str
    title_clear: int
    tail_rows: int
    word_rows: int
    top_rows: int
    short_support: int
    head_line_share: float
    gap_title_chars: int
    tail_marks: str
    tail_centre: int
    tail_share: float
    tail_read_on: bool
    tail_parted: bool
    wide_tails: bool
    text_marks: str
    picture_rows: int
    caption_type: float
    column_title_lines: int
    stacked_columns: int
    # Not rule parameters: the page's first line with text where it is its masthead's (-1
    # where it is not), and whether its cells are placed in a grid of characters
    # (pdftotext -layout), not in ems.
    top: int
    grid: bool
    filled: frozenset[int]  # the page's lines with text
    credits: tuple  # CAP004's patterns of a photo's credit alone on a line (摄, 供图)
    reporters: tuple  # CLS003's byline titles (本报记者, 新华社记者, 通讯员)
    datelines: tuple  # the dateline rules (CLS004: 本报讯, 新华社北京10月19日电)
    arrivals: tuple  # JMP001 and its words that say the text comes from elsewhere (上接)
    departures: tuple = ()  # JMP001 and its words that say the text goes on elsewhere (下转)
    # The word of the page that runs across the break between two printed pieces (CLS017's
    # page words, words.page_word: {} where none does, so it reads as whether one does);
    # None where CLS017 is off.
    words: Callable[[str, str], dict] | None = None
    furniture: tuple = ()  # the furniture rules (role "furniture": 第 1 页, the paper's name)
    bylines: tuple = ()  # the byline rules (role "byline")
    numbers: tuple = ()  # a section's number alone (CLS010's `enumerated`: （一）, 二、)


def _params(rules: RuleSet, **page: Any) -> _Params:
    """LAY001's parameters (those of rules/layout.toml that _Params names) with the page's
    facts (`page`, by name: top, grid, filled, credits, ...). A field neither names is a
    TypeError here, not a value shifted into its neighbour's place."""
    shipped = rules["LAY001"].params
    return _Params(**{k: shipped[k] for k in _Params.__slots__ if k in shipped}, **page)


def _read(rows: list[Row], p: _Params, gutters: list[int],
          pieces: list[tuple[int, int, int]], heads: list[int],
          titles: dict[str, set[int]]) -> None:
    """Append the region's pieces (line, start, end) to `pieces` in reading order: the
    gutters cut at go to `gutters`, the lines where titles side by side set the cut to
    `titles` (by the decision's name)."""
    while len(rows) >= 2:
        how = _part(rows, p, heads, titles)
        if how is None:
            break
        if isinstance(how, list):  # top from bottom: each part in turn
            for part in how:
                _read(part, p, gutters, pieces, heads, titles)
            return
        x, splits = how  # left from right: the left part, then what stands right of it
        if p.grid:
            splits = _titles_across(rows, x, splits, p)
        gutters.append(x)
        _read([(line, cells[:k]) for (line, cells), k in zip(rows, splits) if k],
              p, gutters, pieces, heads, titles)
        rows = [(line, cells[k:]) for (line, cells), k in zip(rows, splits) if k < len(cells)]
    for line, cells in rows:
        first = cells[0]
        for a, b in zip(cells, cells[1:]):
            if b.x0 - a.x1 >= p.wide_gap:
                # Items far apart on one line (a masthead's name and its date) are read
                # one after the other.
                pieces.append((line.index, first.start, a.end))
                first = b
        pieces.append((line.index, first.start, cells[-1].end))


def _part(rows: list[Row], p: _Params, heads: list[int],
          titles: dict[str, set[int]]) -> list[list[Row]] | tuple[int, list[int]] | None:
    """How to part a region: its parts top to bottom (a list), or a gutter's position and
    how many cells of each line stand left of it, or None to read it line by line."""
    parts = _rows_apart(rows, p.row_gap)
    if p.grid:
        parts = _titles_down(parts, p)
    ended: set[int] = set()  # the lines that open a part under a box's end (_boxes_end)
    if p.grid:
        parts = [piece for part in parts for piece in _boxes_end(part, p, ended)]
        # A line opening with a jump marker from elsewhere (（上接第13版）) under blank rows
        # opens an article's run: no column above goes on into it (gen-15801).
        ended |= {part[0][0].index for part in parts[1:] if _from_elsewhere(part[0], p)}
    if len(parts) > 1:
        parts = _heads_down(parts, p, ended)
        if len(parts) > 1:
            return parts
        rows = parts[0]
    x = _clear_cut(rows, p.clear_lines, p.clear_gap, p.grid)
    if x is not None:
        return _head_first(rows, x, [_split_at(cells, x, 0) for _, cells in rows], p, heads)
    valid, backing = _gutters(rows, p.jitter, p.gutter_space if p.grid else 1)
    n = len(rows)
    backed = [x for x in range(len(backing)) if backing[x] >= p.min_support]
    # The gutter most lines leave room for; of those, the one most lines back.
    best = _middle_best(backed, lambda x: (valid[x], backing[x]))
    if best < 0:
        x, slack = _clear_cut(rows, p.clear_lines, 1, p.grid), 0
        if x is None and p.grid:
            # A run blank on every line, `clear_gap` wide, with text on each side on at
            # least `clear_lines` lines, though few lines hold both (a caption in a
            # picture's space beside a column, one of its lines sharing a row with it).
            x = _clear_cut(rows, p.clear_lines, p.clear_gap, p.grid, wholly=False)
        if x is None:
            x, slack = _wide_cut(rows, valid, p.wide_gap), p.jitter
        if x is None and p.grid:
            # Two large titles side by side one space apart, each wrapped (`_wraps_under`:
            # under its own start, or the left one centred under it): the space is the gap
            # between them.
            x = _titles_apart(rows, p)
            if x is not None:
                splits = [_split_at(cells, x, 0) for _, cells in rows]
                titles.setdefault("titles_apart", set()).update(
                    line.index for (line, cells), k in zip(rows, splits) if 0 < k < len(cells))
                return x, splits
        if x is None and p.grid:
            # A head over a box too short to back a gutter (two or three lines, sharing
            # rows with a neighbour's): the head's lines (at most `head_lines`, one run
            # each: a title, a banner) set across the box's column gap leave no run blank
            # on every line. Where the lines under them hold one, the head is read
            # first, then the box.
            k = next((k for k, (_, cells) in enumerate(rows)
                      if _columns_on(cells, p.column_space) > 1), 0)
            if 0 < k <= p.head_lines and k < len(rows) - 1 and _clear_cut(
                    rows[k:], p.clear_lines, p.clear_gap, p.grid, wholly=False) is not None:
                return [rows[:k], rows[k:]]
        return None if x is None else _head_first(
            rows, x, [_split_at(cells, x, slack) for _, cells in rows], p, heads)
    full = [x for x in backed if valid[x] == n]
    x = _middle_best(full, backing.__getitem__) if full else best
    judged = _judge(rows, x, p, heads)
    if p.grid and judged is not None and any(judged[1]):
        clear = _uncrossed(rows, full, backing, x, judged[1], p, heads)
        if clear is not None:
            titles.setdefault("titles_interleaved", set()).update(
                line.index for (line, _), crosses in zip(rows, judged[1]) if crosses)
            x, judged = clear
    if judged is None and p.grid:
        # The best gutter runs through a short box's own column gap (its head's lines and
        # a line or two under them beside the next box's head, the rows under them a
        # photo's blank space, gen-1801): the next gutter parts the two boxes side by
        # side, where its sides are wide enough for columns (not a table's next gap) and
        # the top line, the two heads' row, has text on both (not a caption's gap beside a
        # column, which `_goes_on_below` reads on).
        x = _next_gutter(full, backing, x)
        if x is not None and _judge(rows, x, p, []) is not None:
            splits = [_split_at(cells, x, p.jitter) for _, cells in rows]
            if 0 < splits[0] < len(rows[0][1]):
                return _head_first(rows, x, splits, p, heads)
    if judged is None:
        return None
    splits, crossing = judged
    if not any(crossing):
        ends = _box_end(rows, splits, p) or (_staggered_end(rows, splits, p) if p.grid else None)
        return ends if ends else (x, splits)
    # No gutter runs the whole region. A blank line across it (a box's end, a picture over
    # its columns) parts it; else the lines crossing its best gutter (a headline or a
    # caption over the columns) part it above and below them.
    runs: list[list[Row]] = []
    last = None
    for row, crosses in zip(rows, crossing):
        if crosses != last:
            runs.append([])
            last = crosses
        runs[-1].append(row)
    if p.grid:
        _bylines_up(runs, crossing[0], p)
    return runs if len(runs) > 1 else None


def _uncrossed(rows: list[Row], full: list[int], backing: list[int], x: int,
               crossing: list[bool], p: _Params, heads: list[int]
               ) -> tuple[int, tuple[list[int], list[bool]]] | None:
    """Another gutter every line leaves room at, as backed as x, that no line crosses, and
    how it parts the lines (`_judge`), where the lines crossing x are head lines (among the
    region's first `head_lines`, with `min_support` lines under them), a line above them
    stands wholly right of the other gutter and every line crossing x has text on both its
    sides: two boxes side by side, the left one's title set across its own column gap at x,
    the right one's title a row higher, wrapped onto the left one's row (pdftotext -layout:
    多地中小学增设劳动教育 / 社区食堂里的“家常”味道 … 实践课). Parted at x, the titles'
    rows were read across both boxes and 实践课 was glued to the left title. None
    where there is no such gutter (a title on the region's top line, nothing above it, is
    a head set across the columns, read first as before)."""
    last = max(n for n, c in enumerate(crossing) if c)
    first = crossing.index(True)
    if last >= p.head_lines or len(rows) - last - 1 < p.min_support or first == 0:
        return None
    runs: list[list[int]] = []
    for g in full:
        if backing[g] == backing[x]:
            if runs and g == runs[-1][-1] + 1:
                runs[-1].append(g)
            else:
                runs.append([g])
    for run in runs:
        if x in run:
            continue
        g = run[len(run) // 2]
        judged = _judge(rows, g, p, heads)
        if judged is None or any(judged[1]):
            continue
        splits = judged[0]
        if any(splits[n] == 0 for n in range(first)) and all(
                0 < splits[n] < len(rows[n][1]) for n, c in enumerate(crossing) if c):
            return g, judged
    return None


def _bylines_up(runs: list[list[Row]], crosses: bool, p: _Params) -> None:
    """A byline (`_byline`) opening the lines under a head set across the gutter is read
    with the head, not atop the column it stands over (pdftotext -layout: 本报记者 邹 翔
    韩晓蕾 centred under a title over a narrow box lands over its second column, as wide
    as that column, so no gutter's side takes it for the head's). `runs` alternate: the
    first crosses the gutter where `crosses`."""
    for k in range(1 if crosses else 2, len(runs), 2):
        if len(runs[k]) > 1 and _byline(runs[k][0], p):
            runs[k - 1].append(runs[k].pop(0))


def _byline(row: Row, p: _Params) -> bool:
    """Whether the row is a byline: it opens with a byline's title (本报记者, 新华社记者,
    通讯员: CLS003's titles) and holds no clause mark (本报记者 邹 翔 韩晓蕾)."""
    text = _text(row)
    # (One column's run only: a mark-free column line beside it would go up with it.)
    return (_columns_on(row[1], p.column_space) == 1 and any(t.match(text) for t in p.reporters)
            and not regex.search(p.clause_mark, text))


def _titles_down(parts: list[list[Row]], p: _Params) -> list[list[Row]]:
    """Each part's last line moved to the part below where it is a large title's first line
    and the part below opens with the title's next line (pdftotext -layout: a title's tall
    type sets blank rows between its lines, so the blank run parted the title: 海滨公园“落
    日音乐会” / (two rows) / 每周六开唱): the line is one run with no mark that ends a
    clause or sentence (`title_marks`), no line above it in its part as wide as it stands
    over it within `title_clear` rows (a column's line: the line is the column's last; a
    kicker over the title is shorter), and the line under the blank run holds one such run
    starting within the title's width and no wider than it."""
    for k in range(len(parts) - 1):
        up, down = parts[k], parts[k + 1]
        if len(up) > 1 and _title_tail(up, down[0], p):
            down.insert(0, up.pop())
    return [part for part in parts if part]


def _runs(cells: tuple[_Cell, ...], space: int) -> list[tuple[_Cell, ...]]:
    """A line's runs of cells: cells fewer than `space` spaces apart run together."""
    runs = [[cells[0]]]
    for a, c in zip(cells, cells[1:]):
        if c.x0 - a.x1 >= space:
            runs.append([])
        runs[-1].append(c)
    return [tuple(r) for r in runs]


def _title_tail(up: list[Row], under: Row, p: _Params) -> bool:
    """Whether `under` goes on the title whose first line is `up`'s last (`_titles_down`)."""
    title = up[-1]
    (line, cells), (below_line, row) = title, under
    if _columns_on(cells, p.column_space) != 1:
        return False
    x0, x1 = cells[0].x0, cells[-1].x1
    # The run under the title (what else shares its row stands a column gap off).
    below = tuple(c for c in row if c.x1 > x0 - p.jitter and c.x0 < x1)
    if not below or _columns_on(below, p.column_space) != 1 or any(
            c not in below and min(abs(c.x0 - below[-1].x1), abs(below[0].x0 - c.x1))
            < p.column_space for c in row):
        return False
    if not (x0 - p.jitter <= below[0].x0 < x1 and below[-1].x1 - below[0].x0 <= x1 - x0):
        return False
    if any(regex.search(p.title_marks, _text(r)) for r in (title, (below_line, below))):
        return False
    # (A kicker over the title, shorter than it, stands there; a column's line as wide as
    # it does not: the line is the column's last.)
    return not any(c.x0 < x1 and c.x1 > x0 and r[-1].x1 - r[0].x0 >= x1 - x0
                   for ln, cs in up[:-1] if line.index - ln.index <= p.title_clear
                   for r in _runs(cs, p.column_space) for c in r)


def _heads_down(parts: list[list[Row]], p: _Params, ended: set[int]) -> list[list[Row]]:
    """The region's rows (parted by blank lines), each of at most `head_lines` lines joined
    to the row below when the two stand on one clear gutter: headline stacks side by side
    over their boxes' columns, a picture's space between (pdftotext -layout leaves blank
    lines where a picture stands). Each stack is then read with its own box, not both
    stacks before both boxes. The page's first row (its masthead: the paper's name, the
    date and edition, the staff line) is no head stack: it is read first, on its own; nor
    is a box whose end `_boxes_end` found (its columns share rows over the blank line), and
    no row is joined to one opening with a jump marker from elsewhere (`_from_elsewhere`:
    （上接第13版） opens an article's run, so a column left open above it goes on
    elsewhere, not into it; joined, the column above was read on into the run, gen-15801).
    A row of two titles side by side, each wrapped onto the row below
    (`_titles_wrap_apart`), is read with it over a run blank on every line of both even
    where no line stands wholly on one side (the boxes' columns share rows); so is a row of
    head stacks whose first line holds text on both sides of a run blank on every line of
    both, with lines on each side (`_heads_side_by_side`: a short box beside a longer one,
    every line of it sharing a row with its neighbour's)."""
    merged: list[list[Row]] = [parts[0]]
    stacked: set[int] = set()  # merged parts that are a head stack (_subtitle_under)
    for part in parts[1:]:
        if len(merged) - 1 in stacked:
            merged.append(part)
        elif p.grid and merged[-1][0][0].index != p.top and _subtitle_under(merged[-1], part, p):
            merged[-1] = merged[-1] + part
            stacked.add(len(merged) - 1)
        elif merged[-1][0][0].index != p.top and part[0][0].index not in ended and (x := _clear_cut(
                merged[-1] + part, p.clear_lines, p.clear_gap, p.grid)) is not None and (
                len(merged[-1]) <= p.head_lines and not (p.grid and _box_over_head(merged[-1], part, p))
                or p.grid and (_apart_at(part, x, p) or _goes_on_across(merged[-1], part, x, p))):
            merged[-1] = merged[-1] + part
        elif (p.grid and merged[-1][0][0].index != p.top and part[0][0].index not in ended
              and _columns_go_on(merged[-1], part, p)):
            merged[-1] = merged[-1] + part
        elif (p.grid and merged[-1][0][0].index != p.top and part[0][0].index not in ended
              and (x := _clear_cut(merged[-1] + part, p.clear_lines, p.clear_gap, p.grid,
                                   wholly=False)) is not None
              and _titles_wrap_apart(merged[-1], part, x, p)):
            # Two titles side by side, each wrapped over the blank rows its large type set,
            # over boxes whose columns share rows (no line stands wholly on one side).
            merged[-1] = merged[-1] + part
        elif (p.grid and merged[-1][0][0].index != p.top and part[0][0].index not in ended
              and (x := _clear_cut(merged[-1] + part, p.clear_lines, p.clear_gap, p.grid,
                                   wholly=False)) is not None
              and _heads_side_by_side(merged[-1], x, p)):
            # Two head stacks on one row over boxes whose lines all share rows (a short
            # box beside a longer one: no line stands wholly on its side).
            merged[-1] = merged[-1] + part
        else:
            merged.append(part)
    return merged


def _heads_side_by_side(head: list[Row], x: int, p: _Params) -> bool:
    """Whether the rows are two boxes' head stacks side by side, one each side of a run
    blank at x on every line of them and of the rows below: a head stack (`_head_stack`)
    whose first line holds text on both sides of x (pdftotext -layout: 24小时自助借阅点增
    beside 让科普“追”上科创（纵, each wrapped, a byline under the right one, then two
    blank rows over the two boxes' text, gen-5402). Read as parted, both heads came
    before both boxes, and the left title was taken for the right one's kicker."""
    cells = head[0][1]
    return _head_stack(head, p) and cells[0].x1 <= x <= cells[-1].x0


def _head_stack(rows: list[Row], p: _Params) -> bool:
    """Whether the rows may be head stacks: at most `head_lines` of them, none holding a
    run of text (`_texts`: a column's run with a clause mark is a box's text)."""
    return len(rows) <= p.head_lines and not any(_texts(r, p) for r in rows)


def _box_over_head(rows: list[Row], below: list[Row], p: _Params) -> bool:
    """Whether the rows are a short box's end over the next box's head, not a head stack:
    at least `clear_lines` of them hold text (`_texts`), the box's last column's last line
    ends a sentence (its text ended), and the first line under them holds no text (a
    title: 24小时自助借阅点增至40个 / four rows of its columns, the last column's ending
    成。 / (two rows) / 展世界艺术画卷 建文 …). A head's lines hold no such run (引领未来，
    中国做对了什么 is one line); a box whose last column's line is open (…开通试运) goes on
    under the blank rows (a picture's space), whatever stands beside it there."""
    runs = [(line, r) for line, cells in rows for r in _runs(cells, p.column_space)
            if _texts((line, r), p)]
    if len(rows) < p.clear_lines or len({line.index for line, _ in runs}) < p.clear_lines:
        return False
    # (The last column's last run of text: a line with no mark under it is not weighed,
    # …开通初期之列 would be passed over for the line above. Reading the last line whatever
    # it holds cost -layout seed 401 0.596 -> 0.575, for reasons not yet read; left.)
    right = max(r[0].x0 for _, r in runs)
    last = [run for run in runs if run[1][0].x0 >= right - p.indent - p.jitter][-1]
    return bool(_SENTENCE_END.search(_text(last))) and not _texts(below[0], p)


def _texts(row: Row, p: _Params) -> bool:
    """Whether the row holds a run of text: a column's width (`min_column`) or more with a
    mark of a clause or a sentence's end in it (`text_marks`)."""
    line, cells = row
    return any(r[-1].x1 - r[0].x0 >= p.min_column and regex.search(p.text_marks, _text((line, r)))
               for r in _runs(cells, p.column_space))


def _subtitle_under(above: list[Row], below: list[Row], p: _Params) -> bool:
    """Whether `above` is a large title's one line and `below` its subtitle and byline under
    the blank rows its tall type set (pdftotext -layout: 引领未来，中国做对了什么 / (three
    rows) / ——写在活动启动之际 / 任仲平): the title one run ending on `open_end`, and
    under it at most `head_lines` lines, each one run no wider than the title, the first
    opening with `subtitle_mark`. The three are one head stack, read whole before the
    columns under it: merged with them, the subtitle, centred under the title but set
    right of its cells, was read atop the box's second column."""
    if len(above) != 1 or not below or len(below) > p.head_lines:
        return False
    line, cells = above[0]
    width = cells[-1].x1 - cells[0].x0
    return (_columns_on(cells, p.column_space) == 1
            and bool(regex.search(p.open_end, _text(above[0])))
            and bool(regex.match(p.subtitle_mark, _text(below[0])))
            and all(_columns_on(cs, p.column_space) == 1 and cs[-1].x1 - cs[0].x0 <= width
                    for _, cs in below))


def _columns_go_on(above: list[Row], below: list[Row], p: _Params) -> bool:
    """Whether the rows under a blank run are the same columns going on (pdftotext -layout:
    a box's lines fall on rows its neighbours' lines fill, so a column may have rows blank
    within it): a gutter every line of both leaves room at, text on both sides of it above
    and below, and on every side holding lines above and below, the last line above is the
    side's full line left open (no sentence's end) and the first line below starts where
    the side's lines start (not a title: it opens no block), or the line above ended a
    paragraph and the one below opens the next, full and indented (`_goes_on`); a side
    of two columns or more (a box of three) is so measured at its own gutters, each of its
    columns going on or none (gen-15205)."""
    rows = above + below
    valid, backing = _gutters(rows, p.jitter)
    for x in range(len(valid)):
        if valid[x] != len(rows) or not backing[x]:
            continue
        splits = [_split_at(cells, x, 0) for _, cells in rows]
        if None in splits:
            continue
        both = [0 < k < len(cells) for (_, cells), k in zip(rows, splits)]
        if not any(both[:len(above)]) or not any(both[len(above):]):
            continue
        went_on = 0
        for side in (0, 1):
            up = [(ln, on) for ln, cells in above if (on := _side_of(cells, x, side))]
            down = [(ln, on) for ln, cells in below if (on := _side_of(cells, x, side))]
            if not up or not down:
                continue
            if any(_columns_on(cells, p.column_space) > 1 for _, cells in up[-1:] + down[:1]):
                # A side of two columns or more (a box of three): each goes on, or none.
                if not _columns_go_on(up, down, p):
                    return False
                went_on += 1
                continue
            start = min(cells[0].x0 for _, cells in up + down)
            end = max(cells[-1].x1 for _, cells in up + down)
            line, cells = up[-1]
            text = _span_text(line, cells)
            first, under = down[0]
            if cells[-1].x1 < end - p.jitter or under[-1].x1 > end + p.jitter:
                return False
            if regex.search(p.open_end, text):
                if abs(under[0].x0 - start) > p.jitter:
                    return False
            # (Or a paragraph ended there and the line under the rows opens the next one,
            # full and indented by the dropped indent's cells, as `_goes_on` reads it.)
            elif not (under[-1].x1 >= end - p.jitter
                      and _indented(under[0].x0, start, p)):
                return False
            went_on += 1
        return went_on > 0
    return False


def _titles_wrap_apart(head: list[Row], below: list[Row], x: int, p: _Params) -> bool:
    """Whether the head row is two titles side by side, one on each side of a clear run at
    x, each wrapped onto the row below (pdftotext -layout: a title's large type sets blank
    rows between its lines): the row is one line of one run a side, each ending on
    `open_end` (no mark that ends a sentence or a clause set last), and on each side the
    first line below is shorter than the title's line above it (its wrapped tail: 供助力”
    under “为全球自由区发展提), not a column's line."""
    if len(head) != 1:
        return False
    line, cells = head[0]

    for side in (0, 1):
        run = _side_of(cells, x, side)
        if not run or _columns_on(run, p.column_space) != 1 or not regex.search(
                p.open_end, _span_text(line, run)):
            return False
        under = next((s for s in (_side_of(cs, x, side) for _, cs in below) if s), ())
        if not under or under[-1].x1 - under[0].x0 >= run[-1].x1 - run[0].x0:
            return False
    return True


def _goes_on_across(above: list[Row], below: list[Row], x: int, p: _Params) -> bool:
    """Whether a column on one side of a clear gutter at x goes on from one row of the
    page into the next (pdftotext -layout: a tall title or a picture beside it set blank
    rows across the page): the side is one column, its last line above is full (it ends
    where the longest quarter of its side's lines end, less `jitter`: a head stack over
    the column, its short lines many where the column has few above the gap, is no
    measure of the column's width) and ends on `open_end`, and
    the first line below on that side starts at the column's start (within `jitter`), no
    wider than it, and is full too or ends a sentence (a title there opens the next box).
    What stands on the other side below does not matter: a head there (its tall type set
    the blank rows), a caption, or a neighbour's column whose lines fell on other rows."""
    for side in (0, 1):
        up = [(line, on) for line, cells in above if (on := _side_of(cells, x, side))]
        down = [(line, on) for line, cells in below if (on := _side_of(cells, x, side))]
        if len(up) < p.min_support or not down or any(
                _columns_on(cells, p.column_space) > 1 for _, cells in up + down[:1]):
            continue  # a side of one column only
        start = _mode([cells[0].x0 for _, cells in up])
        end = _full_end(up)
        line, cells = up[-1]
        text = _span_text(line, cells)
        first, under = down[0]
        said = first.text[under[0].start - first.start:under[-1].end - first.start]
        if (cells[-1].x1 >= end - p.jitter and regex.search(p.open_end, text)
                and abs(under[0].x0 - start) <= p.jitter and under[-1].x1 <= end + p.jitter
                and (under[-1].x1 >= end - p.jitter or not regex.search(p.open_end, said))):
            return True
    return False


def _boxes_end(rows: list[Row], p: _Params, ended: set[int]) -> list[list[Row]]:
    """The region cut (on a character grid: `_part` asks it there only) at each single
    blank line across the page under a box's last rows, over a head: the `clear_lines` lines above it consecutive, each holding two columns'
    text or more (runs `column_space` spaces apart or more: a box's columns share rows),
    and the line under it opening off every column's start (a title, not a column's line
    nor a paragraph's indented first line, which opens `indent` right of a column's start:
    such an opening, shared by a column's paragraphs, is no column's start of its own). A
    box whose columns stand a row apart (pdftotext -layout: a column's lines on the rows
    between its neighbours') ends so too: one line more above, all consecutive, holding
    two columns' text a line on the whole. So too a box whose text ended over the next box
    stacked in its columns, opening with a paragraph (`_stacked_box`), and any rows over a
    line opening with a jump marker from elsewhere (`_arrives`: （上接第8版）)."""
    starts = Counter(c.x0 for _, cells in rows for c in cells)
    columns = [x for x, n in starts.items() if n >= p.min_support + 1]
    columns = [x for x in columns if not any(0 < x - y <= p.indent + p.jitter for y in columns)]
    parts: list[list[Row]] = [[rows[0]]]

    def consecutive(above: list[Row]) -> bool:
        return above[-1][0].index - above[0][0].index == len(above) - 1

    for n in range(1, len(rows)):
        above = rows[max(n - p.clear_lines, 0):n]
        wider = rows[max(n - p.clear_lines - 1, 0):n]
        x0 = rows[n][1][0].x0
        # (One blank line across the page: no neighbour's line on it.)
        single = (rows[n][0].index - rows[n - 1][0].index == 2
                  and rows[n][0].index - 1 not in p.filled)
        if single and (len(above) == p.clear_lines
                and (consecutive(above) and all(
                    _columns_on(cells, p.column_space) >= 2 for _, cells in above)
                     or len(wider) == p.clear_lines + 1 and consecutive(wider)
                     and sum(_columns_on(cells, p.column_space) for _, cells in wider)
                     >= 2 * len(wider))
                and columns and (all(abs(x0 - x - p.indent / 2) > p.indent / 2 + p.jitter
                                         for x in columns)
                                     or _stacked_box(rows[max(n - 2 * p.clear_lines, 0):n],
                                                     rows[n], columns, p)
                                     or _count_changes(rows[:n], rows[n:], p))
                or _arrives(rows[n], rows[n - 1], p)):
            parts.append([])
            ended.add(rows[n][0].index)
        parts[-1].append(rows[n])
    return parts


def _arrives(row: Row, above: Row, p: _Params) -> bool:
    """Whether the row, under a single blank line, opens with a jump marker saying the text
    comes from elsewhere (JMP001's pattern and a `from_elsewhere` word: （上接第8版）): an
    article's run opens there, so the rows above end (a column over the marker goes on at
    the next column's top, not into it: gen-2802), unless a column beside it on the line
    above is left open (`open_end`: it goes on across the blank line, gen-8405). Where that
    line holds an onward marker (JMP001's pattern and an `onward` word: （下转第20版）), the
    box over the blank line ends on it, its article going on elsewhere, and its columns
    left open there go on at their next column's top, not across the blank line: the rows
    above end all the same (an article jumping within one sheet, its continuation's
    marker sharing its row with the continuation's second column: gen-15006)."""
    if not _from_elsewhere(row, p):
        return False
    run = _runs(row[1], p.column_space)[0]
    line, cells = above
    runs = _runs(cells, p.column_space)
    if any(_says(_span_text(line, other), p.departures) for other in runs):
        return True  # the box over it ends on this row: its article goes on elsewhere
    for other in runs:
        if other[0].x0 < run[-1].x1 and other[-1].x1 > run[0].x0:
            continue  # the column over the marker: its text goes on elsewhere
        beside = _span_text(line, other)
        if regex.search(p.open_end, beside):
            return False  # a column beside goes on across the blank line
    return True


def _from_elsewhere(row: Row, p: _Params) -> bool:
    """Whether the row opens with a jump marker saying the text comes from elsewhere: its
    first run holds JMP001's pattern and a `from_elsewhere` word (（上接第8版）)."""
    return _says(_span_text(row[0], _runs(row[1], p.column_space)[0]), p.arrivals)


def _says(text: str, marker: tuple) -> bool:
    """Whether `text` holds a jump marker (`marker`: JMP001 and its words, p.arrivals or
    p.departures) saying what its words say: the marker's pattern and one of the words."""
    return bool(marker) and bool(marker[0].search(text)) and any(
        w.search(text) for w in marker[1:])


def _count_changes(above: list[Row], below: list[Row], p: _Params) -> bool:
    """Whether a box ends at the single blank line between `above` and `below` where the
    count of columns changes: the rows above it back to their last blank line hold on
    `clear_lines` + 1 lines or more as many columns' text (runs `column_space` apart),
    `stacked_columns` or more, most of the stretch's lines, and the rows below it down to
    their next blank line (at least `clear_lines` + 1 of them: a box of columns too, not
    one column going on under a caption) hold two or more but never as many
    (pdftotext -layout: a four-column brief stacked over a two-column article and a
    one-column one, their gutters lined up: 华西秋雨进入活跃期 over 让科普“追”上科创 and
    推进优质医疗资源扩容下沉; a box's columns that go on through the blank row hold as many
    again)."""
    def stretch(rows: list[Row]) -> list[Row]:
        out = [rows[0]]
        for row in rows[1:]:
            if abs(row[0].index - out[-1][0].index) > 1:
                break
            out.append(row)
        return out
    box, under = stretch(above[::-1]), stretch(below)
    counts = [_columns_on(cells, p.column_space) for _, cells in box]
    most = max(counts)
    return (most >= p.stacked_columns and 2 * counts.count(most) > len(box)
            and counts.count(most) > p.clear_lines and len(under) > p.clear_lines
            and 2 <= max(_columns_on(cells, p.column_space) for _, cells in under) < most)


def _stacked_box(box: list[Row], under: Row, columns: list[int], p: _Params) -> bool:
    """Whether `under`, under a single blank line across the page, opens the next box
    stacked in the same columns, not the columns of the box above going on (its last
    rows `box`): the box's text ended (the last run on its last line ends a sentence),
    its rows stand one a row (a blank row inside it is a neighbour's pitch, not an end),
    and under each of its columns' runs the new box's opens a paragraph or goes on at its
    start, no run left open going on there (pdftotext -layout: a text box stacked under
    its article's first, both two columns: 造成了民宿。 / 卖起了土特产。 // 松阳县文旅部门
    负责人介绍… indented, and the article's next columns right of it)."""
    if len(box) < 2 * p.clear_lines or box[-1][0].index - box[0][0].index != len(box) - 1:
        return False
    line, cells = box[-1]
    runs = _runs(cells, p.column_space)
    below = _runs(under[1], p.column_space)
    if not _texts((under[0], below[0]), p) or not _SENTENCE_END.search(_text((line, runs[-1]))):
        return False
    if not any(_indented(below[0][0].x0, x, p) for x in columns):
        return False
    # (Each column's run goes on under it at its start or a paragraph's indent; an open
    # one at its start is that column going on.)
    return all(any(-p.jitter <= b[0].x0 - x <= p.indent + 1 + p.jitter for x in columns)
               for b in below) and all(
        any(-p.jitter <= b[0].x0 - r[0].x0 <= p.indent + 1 + p.jitter for b in below)
        for r in runs) and not any(
        abs(b[0].x0 - r[0].x0) <= p.jitter and regex.search(p.open_end, _text((line, r)))
        for r in runs for b in below)


def _columns_on(cells: tuple[_Cell, ...], space: int) -> int:
    """How many columns' text a line holds: runs `space` or more spaces apart."""
    return 1 + sum(b.x0 - a.x1 >= space for a, b in zip(cells, cells[1:]))


def _apart_at(rows: list[Row], x: int, p: _Params) -> bool:
    """Whether the rows are columns that meet at x: no line holds text on both sides of x,
    and each side holding lines holds at least `clear_lines` a column wide (`min_column`).
    They stand wholly on one side (a column going on under a picture's space) or their
    two sides' lines fall on alternate rows (pdftotext -layout: two boxes side by side,
    whose lines share no baselines), so x is where two boxes meet, not a box's own column
    gap. A staff line alone, or a caption whose credit stands right, is no column."""
    if any(cells[0].x0 < x < cells[-1].x1 for _, cells in rows):
        return False
    for side in ([cells for _, cells in rows if cells[-1].x1 <= x],
                 [cells for _, cells in rows if cells[0].x0 >= x]):
        if side and sum(c[-1].x1 - c[0].x0 >= p.min_column for c in side) < p.clear_lines:
            return False
    return True


def _box_end(rows: list[Row], splits: list[int | None], p: _Params) -> list[list[Row]] | None:
    """The region parted top from bottom where a box's columns end: below the last line
    with text on both sides of the gutter, the first run of blank lines longer than any
    between the lines that have (pdftotext -layout sets the lines of boxes side by side
    on alternate rows, so one blank line there is only the neighbour's line). Text below
    it on one side is the next box stacked in the cell, read after the columns, not as the
    rest of the left one. None when the region has no such end. A gap under a column whose
    last line above it is full (reaching its side's right edge: the median line's end) and ends on `open_end`
    (no mark that ends a sentence) is no end: its column goes on below (a line of another
    box, read elsewhere, stood in the rows between); on a grid, nor is one under a
    paragraph's end over a full line indented as a paragraph opens (a stacked box opens
    with its title)."""
    both = [n for n, ((_, cells), k) in enumerate(zip(rows, splits)) if k and k < len(cells)]
    if len(both) < 2:
        return None
    steps = [rows[n][0].index - rows[n - 1][0].index for n in range(both[0] + 1, both[-1] + 1)]
    within = max(steps)
    for n in range(both[-1] + 1, len(rows)):
        if rows[n][0].index - rows[n - 1][0].index > within and not _goes_on(
                rows, splits, n, both, p):
            return [rows[:n], rows[n:]]
    return None


def _staggered_end(rows: list[Row], splits: list[int | None],
                   p: _Params) -> list[list[Row]] | None:
    """The region parted top from bottom at a line blank across it where each side of the
    gutter has a run of at least `row_gap` blank lines round it, the two runs not the
    same rows (pdftotext -layout: a box whose columns end on different rows, the next
    box's head a row under the longest): each side would be parted there on its own, so
    the box ends there for both; read whole, the left side's next box came before the
    right column's end. Not where a side's column goes on over its run: its last line
    above full (where the side's longest quarter of lines end) and ending on `open_end`,
    its first line below full too or, at the side's start, ending its sentence (its
    paragraph's last line; a short open line there is the next box's head). None
    where no such line stands (a picture across the columns blanks the same rows on both
    sides, which `_rows_apart` parts already), nor where all above it is head stacks
    (`_head_stack`: two heads side by side, a byline under one ending it a row lower, over
    their boxes' text, which `_heads_down` read with them)."""
    sides: list[list[tuple[_Line, tuple[_Cell, ...]]]] = [[], []]
    for (line, cells), k in zip(rows, splits):
        if k is not None:
            if k > 0:
                sides[0].append((line, cells[:k]))
            if k < len(cells):
                sides[1].append((line, cells[k:]))
    gaps = [[(m, m + 1) for m in range(len(side) - 1)
             if side[m + 1][0].index - side[m][0].index > p.row_gap] for side in sides]

    if not (gaps[0] and gaps[1]):
        return None
    edges = [_full_end(side) for side in sides]
    starts = [_mode([cells[0].x0 for _, cells in side]) for side in sides]

    def goes_on(s: int, m: int) -> bool:
        side, edge = sides[s], edges[s]
        (up, ucells), (_, dcells) = side[m], side[m + 1]
        text = up.text[ucells[0].start - up.start:ucells[-1].end - up.start]
        down = side[m + 1][0]
        said = down.text[dcells[0].start - down.start:dcells[-1].end - down.start]
        # Below: a full line, or one at the side's start that ends its sentence (a
        # paragraph's last line: 开展交流。), as `_goes_on` reads a box's end.
        return (ucells[-1].x1 >= edge - p.jitter and bool(regex.search(p.open_end, text))
                and (dcells[-1].x1 >= edge - p.jitter
                     or abs(dcells[0].x0 - starts[s]) <= p.jitter
                     and not regex.search(p.open_end, said)))

    for m0, n0 in gaps[0]:
        a, b = sides[0][m0][0].index, sides[0][n0][0].index
        for m1, n1 in gaps[1]:
            c, d = sides[1][m1][0].index, sides[1][n1][0].index
            lo, hi = max(a, c), min(b, d)
            if hi - lo < 2 or (a, b) == (c, d) or goes_on(0, m0) or goes_on(1, m1):
                continue
            # (The row at index a is in the top, the one at b, past lo, is not.)
            top = [r for r in rows if r[0].index <= lo]
            if _head_stack(top, p):
                continue  # head stacks ending on different rows (a byline under one)
            return [top, rows[len(top):]]
    return None


def _goes_on(rows: list[Row], splits: list[int | None], n: int, both: list[int],
             p: _Params) -> bool:
    """Whether row n, under a gap, is its side's column going on: the last line above on
    that side is full and open (`_box_end`), and row n starts at that side's start and
    is full or ends a sentence (a short open line there is a title: the next box's); or,
    on a grid, the line above ends its sentence and row n is full and starts `indent`
    cells (or one more) right of the side's start: the next paragraph."""
    (_, cells), k = rows[n], splits[n]
    if k is None or 0 < k < len(cells):
        return False
    side = 0 if k == len(cells) else 1

    def part(m: int) -> tuple[_Cell, ...]:
        c, j = rows[m][1], splits[m]
        return () if j is None else (c[:j] if side == 0 else c[j:])

    edge = _median([part(m)[-1].x1 for m in both])
    start = min(part(m)[0].x0 for m in both)
    above = next((m for m in range(n - 1, -1, -1) if part(m)), None)
    if above is None or abs(cells[0].x0 - start) > p.jitter:
        return False
    def full_open(m: int) -> tuple[bool, bool]:
        cells, line = part(m), rows[m][0]
        text = _span_text(line, cells)
        return cells[-1].x1 >= edge - p.jitter, bool(regex.search(p.open_end, text))

    full, open_ = full_open(above)
    # The line under the gap: full, or ending its sentence (a title, short and open, is
    # the next box's).
    below_full, below_open = full_open(n)
    if full and open_ and (below_full or not below_open):
        return True
    # Or a paragraph ended above and the line under the gap opens the next one, full and
    # indented by the dropped indent's cells (a box stacked below opens with its title):
    # on a grid the rows between held a neighbour's lines.
    return (p.grid and not open_ and below_full
            and _indented(cells[0].x0, start, p))


def _indented(x0: int, start: int, p: _Params) -> bool:
    """Whether a line starting at x0 opens a paragraph in a column starting at `start`: it
    stands the dropped indent's cells right of it (or one more)."""
    return p.indent <= x0 - start <= p.indent + 1


def _judge(rows: list[Row], x: int, p: _Params,
           taken: list[int]) -> tuple[list[int], list[bool]] | None:
    """How a gutter at x parts the region's lines: how many cells of each line stand left
    of it, and whether each line crosses it; None when the runs it parts are too narrow
    for columns."""
    jitter = p.jitter
    splits = [_split_at(cells, x, jitter) for _, cells in rows]
    both = [(cells, k) for (_, cells), k in zip(rows, splits) if k and k < len(cells)]
    # The runs beside the gutter, on lines with text on both sides and (on a grid, where a
    # column's short last lines and a caption's share rows with the next) wholly on one.
    sided = [(cells, k) for (_, cells), k in zip(rows, splits)
             if k is not None and (p.grid or 0 < k < len(cells))]
    if min(_median([cells[k - 1].x1 - cells[k - 1].x0 for cells, k in sided if k]),
           _median([cells[k].x1 - cells[k].x0 for cells, k in sided if k < len(cells)])
           ) < p.min_column:
        return None  # runs too short for a newspaper column: a poem's halves, a table's cells
    # One space short of the column's edge is a word space (中国科技 活力奔涌 set across two
    # columns), not the gutter: the line is read whole, on the left. On a character grid
    # (pdftotext -layout), where a column's lines start within `jitter` of its start, so is
    # any one space further left than that in a line centred off every column's start (a
    # slogan's 坚定信心 实干争先 奋力谱写… over a box).
    start = _median([cells[k].x0 for cells, k in both])
    firsts = Counter(cells[0].x0 for _, cells in rows)
    columns = [x for x, m in firsts.items() if m >= p.min_support]

    def word_space(n: int, cells: tuple[_Cell, ...], k: int) -> bool:
        if cells[k].x0 - cells[k - 1].x1 != 1 or p.grid and _wraps_under(rows, n, k, p):
            return False
        if p.grid and _reporter(rows[n][0], cells[k - 1], p):
            return True  # a byline's title, then its name (本报记者 曹玲娟 over the column)
        if cells[k].x0 < start - 2 * jitter - 1:
            return True
        return p.grid and cells[k].x0 < start - jitter and all(
            abs(cells[0].x0 - x) > jitter for x in columns)

    whole = [k is not None and 0 < k < len(cells) and word_space(n, cells, k)
             for n, ((_, cells), k) in enumerate(zip(rows, splits))]
    splits = [len(cells) if w else k for (_, cells), k, w in zip(rows, splits, whole)]
    # A line wholly on one side stays within that side's column: its text may not run past
    # where the lines with text on both sides end the left column (or begin the right one),
    # else it crosses the gutter.
    left_end = max(cells[k - 1].x1 for cells, k in both) + jitter
    right_start = min(cells[k].x0 for cells, k in both) - jitter
    # On a grid, a justified line the converter stretched (a space after every character)
    # runs past its column's end by its spaces: it is measured packed (`_packed_end`)
    # against the width of the column left of the gutter (its last run on those lines).
    column = _median([run[-1].x1 - run[0].x0 for run in (
        _runs(cells[:k], p.column_space)[-1] for cells, k in both)]) if p.grid else 0
    crossing = [not w and (k is None or (k == len(cells) and cells[-1].x1 > left_end
                                         and _packed_end(line, cells, column, p) > left_end)
                           or (k == 0 and cells[0].x0 < right_start))
                for (line, cells), k, w in zip(rows, splits, whole)]
    heads = _centred_heads(rows, splits, crossing, p, taken)
    return splits, [c or h for c, h in zip(crossing, heads)]


def _packed_end(line: _Line, cells: tuple[_Cell, ...], column: int, p: _Params) -> int:
    """Where a line wholly left of a gutter ends, its stretch taken out: pdftotext -layout
    gives each character of a justified line holding digits a cell and a space after it
    (10 月 19 日 ， 第 138 届 广 交 会), so it runs past its column's end and would count as
    crossing the gutter (its head, set beside another's, then read before the left box's
    text). A line that is one cell and stretched (blocks' `unstretch`) ends at its start
    plus its characters, where they fill the column (`column` wide, less the paragraph
    `indent` and `jitter`: a first line stretched lost its indent); a title's spaced
    letters (走 进 产 业 园 区), a spaced name (通讯员 张 萌), a folio (第 1 页) or any other
    line ends where it is printed."""
    end = cells[-1].x1
    if not p.grid or len(cells) > 1:
        return end
    text = _span_text(line, cells)
    packed = len(unstretch(text))
    return cells[0].x0 + packed if packed >= column - p.indent - p.jitter else end


def _reporter(line: _Line, cell: _Cell, p: _Params) -> bool:
    """Whether the cell is a byline's title alone (本报记者, 新华社记者, 通讯员: CLS003's
    titles): the space after it is a word space, whatever stands under the name."""
    text = line.text[cell.start - line.start:cell.end - line.start]
    return any(t.fullmatch(text) for t in p.reporters)


def _titles_apart(rows: list[Row], p: _Params) -> int | None:
    """The place between two titles set side by side one space apart on a line, each
    wrapped under its own start or, the left one, centred under it (`_wraps_under`), where
    every line leaves room there (the place of the space, a gap or nothing on one side);
    None when no line has such a pair."""
    for n, (_, cells) in enumerate(rows):
        for k in range(1, len(cells)):
            if not _titles_one_space_apart(rows, n, k, p):
                continue
            x = cells[k].x0 - 1
            if all(_split_at(c, x, 0) is not None for _, c in rows):
                return x
    return None


def _titles_across(rows: list[Row], x: int, splits: list[int | None],
                   p: _Params) -> list[int | None]:
    """`splits` with the right title of two set side by side one space apart
    (`_wraps_under`), both left of the gutter at x, moved right of it with its wrapped
    line: pdftotext -layout sets a large title's characters one cell each, so the title
    printed over the box right of the gutter is pushed left against its neighbour's,
    over the left box's columns (“这条铁路带给我们的是希望和未 / 来” 各地中小学课间普遍延长到15
    / 分钟, the left one's byline under both, gen-0108). Only the region's first
    `head_lines` lines are weighed: a head stands on top of its box; a photo's credit
    set after its caption is no title."""
    splits = list(splits)
    for n, ((line, cells), k) in enumerate(zip(rows[:p.head_lines], splits)):
        if not k or k < 2:
            continue
        a, b = cells[k - 2], cells[k - 1]
        if (not _titles_one_space_apart(rows, n, k - 1, p)
                # (A caption and its credit: 图为…检查。 新华社记者 凯 乐摄, gen-14704.)
                or any(c.search(line.text[b.start - line.start:b.end - line.start])
                       for c in p.credits)):
            continue
        # A left title set at its start over `column_title_lines` lines or more, heading a
        # column of its own (the first text under it, left of the right title, opens at
        # its start, within the indent), is that column's (its measure filled line after
        # line, in type near the body's, so it pushed its neighbour little): the right
        # title heads the next box this side of the gutter (要学“对不对”，也学“美 / 不美”
        # （中国道路中国 / 梦·青春为中国式现代, “开放的中国… over the three columns beside
        # it, gen-0007; not a two-deck head over a column off its start, 首台套装备“出海”
        # 提速 / 国产大型盾构机订 / 单排到明年 over 本报讯（记者 刘 慧）, gen-2703).
        below = n + 1
        while below < len(rows) and any(abs(c.x0 - a.x0) <= p.jitter and c.x1 < b.x0 - 1
                                        for c in rows[below][1][:splits[below] or 0]):
            below += 1
        if below - n >= p.column_title_lines and next(
                (c.x0 - a.x0 <= p.indent + p.jitter for _, cells_ in rows[below:]
                 for c in cells_ if a.x0 - p.jitter <= c.x0 < b.x0), False):
            continue
        # The right title's wrapped line (the first below with text at or right of its
        # start, opening there; not a byline's name, 本报记者  李  强 under a slogan's
        # word space), then any subtitle (——) under it at or right of its start
        # (——记者实地探访 under 快递进村，“最后 / 一公里”越走越顺, gen-6207).
        moved = [n]
        for m in range(n + 1, len(rows)):
            line, under, j = rows[m][0], rows[m][1], splits[m]
            if not j or under[j - 1].x1 < b.x0 - 1:
                continue
            cell = under[j - 1]
            if (len(moved) == 1 and abs(cell.x0 - b.x0) <= p.jitter and not any(
                    t.match(_text(rows[m])) for t in p.reporters)
                    or len(moved) > 1 and cell.x0 >= b.x0 - p.jitter and regex.match(
                        p.subtitle_mark, line.text[cell.start - line.start:])):
                moved.append(m)
                continue
            break
        if len(moved) > 1:
            for m in moved:
                splits[m] -= 1
    return splits


def _titles_one_space_apart(rows: list[Row], n: int, k: int, p: _Params) -> bool:
    """Whether cells k - 1 and k of line n are two titles one space apart, each at least
    `min_column` wide and wrapped (`_wraps_under`), or the right one narrower where it is
    set on one line and the left one's wrapped line goes on from it in the page's words
    (`_left_goes_on`: a narrow title, 图片报道, beside a column-wide one)."""
    a, b = rows[n][1][k - 1], rows[n][1][k]
    if b.x0 - a.x1 != 1 or a.x1 - a.x0 < p.min_column:
        return False
    if b.x1 - b.x0 >= p.min_column:
        return _wraps_under(rows, n, k, p)
    return _left_goes_on(rows, n, k, p)


def _wraps_under(rows: list[Row], n: int, k: int, p: _Params) -> bool:
    """Whether the text of line n from its cell k on goes on in a later line set at its
    start (a title wrapped: pdftotext -layout gives a large title's characters one cell
    each, so two titles side by side may stand one space apart): the first line below
    with text at or right of that start opens a cell there (within `jitter`), and the
    left title wraps too: that line, one between, or the line right under it (the larger
    type of one sets its lines further apart) opens a cell at its start that ends left of
    the place, or centred under the left title (its middle within `jitter` of the title's:
    pdftotext -layout sets a large title's short last line where it prints, centred, “在上
    海，能看到演艺的 / 未来”). A slogan's word space has a column's line under it, running
    through the place, or a subtitle centred under the whole slogan, opening off the place.
    Where the right title is set on one line (the first line below reaching the place
    opens off it, or none does), the two are titles all the same where the left one's
    wrapped line goes on from it in the page's words (`_left_goes_on`)."""
    jitter = p.jitter
    x, title = rows[n][1][k].x0, rows[n][1][k - 1]
    left, middle = title.x0, title.x0 + title.x1

    def left_wrap(cells: tuple[_Cell, ...]) -> bool:
        # (Middles doubled, to stay in whole cells.)
        return any(c.x1 < x - 1 and (abs(c.x0 - left) <= jitter
                                     or abs(c.x0 + c.x1 - middle) <= 2 * jitter)
                   for c in cells)

    wrapped = False  # the left title's wrapped line
    for m, (_, cells) in enumerate(rows[n + 1:], n + 1):
        wrapped = wrapped or left_wrap(cells)
        if cells[-1].x1 < x - 1:
            continue
        cell = next(c for c in cells if c.x1 >= x - 1)
        if abs(cell.x0 - x) > jitter:
            return _left_goes_on(rows, n, k, p)
        # (The left title's wrapped line may stand a row lower than the right one's: the
        # larger type of one sets its lines further apart, 了什么 / 决定性进展.)
        return wrapped or any(left_wrap(c) for _, c in rows[m + 1:m + 2]
                              if c[-1].x1 < x - 1)
    return _left_goes_on(rows, n, k, p)


def _left_goes_on(rows: list[Row], n: int, k: int, p: _Params) -> bool:
    """Whether line n holds two titles one space apart at its cell k, the right one set on
    one line (the first line below with text at or right of its start opens off it, or
    none does): the first cell under the left title, on the lines down to that one, at the
    left title's start or centred under it (as `_wraps_under` places a wrapped line) and
    ending left of the place, is the left title's wrapped line where no word of the page
    runs across into it from the right one and one does from the left title (CLS017's page
    words: 广东举办粤港澳大湾区青年创新创业 图片报道 / 大赛, the article printing 创业大赛;
    not one title's word space, 受台风外围影响 明起我市有强降 / 雨, the page printing 降雨)
    or the right one closes a `paired_marks` mark (” or ）: a quotation or tag ends it), or
    the left one opens a mark (`paired_marks`) that the wrapped line closes. Not where the
    right one opens with `subtitle_mark`: a subtitle (——) is no title set on one line."""
    if p.words is None:
        return False
    line, cells = rows[n]
    x, title, right = cells[k].x0, cells[k - 1], cells[k]
    below = []
    for row in rows[n + 1:]:
        below.append(row)
        reach = next((c for c in row[1] if c.x1 >= x - 1), None)
        if reach is not None:
            if abs(reach.x0 - x) <= p.jitter:
                return False  # (the right title wraps there)
            break
    for cell in cells[k + 1:]:  # the right title's last word (中国科技 活力奔涌)
        if cell.x0 - right.x1 != 1:
            break
        right = cell
    tail = next(((under, c) for under, cs in below for c in cs
                 if c.x1 < x - 1 and (abs(c.x0 - title.x0) <= p.jitter
                                      or abs(c.x0 + c.x1 - title.x0 - title.x1) <= 2 * p.jitter)),
                None)
    if tail is None:
        return False
    if regex.match(p.subtitle_mark, _cell_text(line, cells[k])):
        return False  # (a subtitle, ——一线蹲点见闻, is no title set on one line)
    wrapped, said, first = _cell_text(*tail), _cell_text(line, right), _cell_text(line, title)
    # (A right title that closes on a mark, ” or ）, ends there: “这条铁路带给我们的是希望和
    # 未来” beside 确保基本实现社会主义现代化取得 / 决定性进展; a left one that opens a mark
    # it does not close goes on where it closes: 无声的灯塔（环球 / 走笔）.)
    return not p.words(said, wrapped) and bool(p.words(first, wrapped)
                                               or said.endswith(tuple(b for _, b in p.paired_marks))
                                               or _closes(first, wrapped, p.paired_marks))


def _closes(text: str, after: str, pairs: list[str]) -> bool:
    """Whether `text` opens a paired mark (（, “, 《) it leaves open and `after` closes it."""
    return any(text.count(a) > text.count(b) and b in after for a, b in pairs)


def _cell_text(line: _Line, cell: _Cell) -> str:
    return line.text[cell.start - line.start:cell.end - line.start]


def _head_first(rows: list[Row], x: int, splits: list[int | None], p: _Params,
                taken: list[int]) -> list[list[Row]] | tuple[int, list[int | None]]:
    """A region parted left from right at x, or, when a box's head stack stands over its
    columns with a line of it over the second (`_centred_heads`), the stack first, then
    the rest: top from bottom."""
    heads = _centred_heads(rows, splits, [k is None for k in splits], p, taken, apart=True)
    last = max((n for n, h in enumerate(heads) if h), default=-1) + 1
    if not last or last == len(rows):  # no head, or the region is all head: as parted
        return x, splits
    return [rows[:last], rows[last:]]


def _centred_heads(rows: list[Row], splits: list[int | None], crossing: list[bool],
                   p: _Params, taken: list[int], apart: bool = False) -> list[bool]:
    """The lines of a box's head stack that stand wholly on one side of the gutter, above
    the first line with text on both sides: a subtitle or byline centred over the box,
    which pdftotext -layout sets over the second column (a large headline takes fewer
    character cells than its printed width, so what is centred under it lands right of
    it). Read with the head, before the columns, not at the top of the column it stands
    over. A line is taken only when no line of its side above it in the region is a
    column's line (any it did not take), and either it starts off its side's column start
    (by more than the paragraph indent plus `jitter` to the right or `jitter` to the left:
    no line of the column starts there) under a line of the head (set across the gutter, taken as the
    head's, or a title's line off every column start of its own side: a line where the
    side's next column starts is that column's), or it holds at most half the
    column's width (a byline) under a line set across the gutter or taken as the head's. A
    line opening with `subtitle_mark` (——) counts as off its column's start."""
    heads = [False] * len(rows)
    both = [n for n, ((_, cells), k) in enumerate(zip(rows, splits)) if k and k < len(cells)]
    # Each side's column start (where most of its lines' first runs start: a side may
    # hold more columns, whose lines start further right) and width (the median run's).
    left = [(cells[0].x0, cells[k - 1].x1) for (_, cells), k in zip(rows, splits) if k]
    right = [(cells[k].x0, cells[k].x1) for (_, cells), k in zip(rows, splits)
             if k is not None and k < len(cells)]
    if not left or not right:
        return heads
    sides = [(_mode([a for a, _ in s]), _median([b - a for a, b in s])) for s in (left, right)]
    # Every column start of each side (where `min_support` of its lines' runs start: a side
    # holding a box's two columns starts them at two places).
    runs = [Counter(), Counter()]
    for (_, cells), k in zip(rows, splits):
        for side, part in ((0, cells[:k or 0]), (1, cells[k:] if k is not None else ())):
            if part:
                runs[side].update(r[0].x0 for r in _runs(part, p.column_space))
    starts = [[x for x, m in c.items() if m >= p.min_support] or [sides[i][0]]
              for i, c in enumerate(runs)]
    edge = max(cells[-1].x1 for _, cells in rows)  # the region's right edge
    left_edge = min(cells[0].x0 for _, cells in rows)  # ... and its left
    # The left side opening on the region's first row with text on both sides, a
    # paragraph's indent in, nothing of it above (pdftotext -layout: a box's first column
    # opening its article under a head centred over the box that landed at the second
    # column's start, not off it: gen-18305 老年大学里的“银发”新生).
    opening = (p.grid and bool(both) and both[0] <= p.head_lines
               and not any(splits[n] for n in range(both[0]))
               and _indented(rows[both[0]][1][0].x0, sides[0][0], p)
               and -p.jitter <= rows[both[0]][1][splits[both[0]] - 1].x1 - sum(sides[0])
               <= p.indent + p.jitter
               and not _beside_left(rows[both[0]], left_edge))
    body = [False, False]  # a column's line seen above, left and right
    off_start = [False] * len(rows)
    titled = [False] * len(rows)
    sides_of = [-1] * len(rows)
    for n in range(both[0] if both else len(rows)):
        cells, k = rows[n][1], splits[n]
        if crossing[n] or k is None or 0 < k < len(cells):
            continue
        side = sides_of[n] = 0 if k == len(cells) else 1
        start, width = sides[side]
        off = cells[0].x0 - start
        dash = bool(regex.match(p.subtitle_mark, _text(rows[n])))
        off_start[n] = off > p.indent + p.jitter or off < -p.jitter or dash
        # (Off every column start of its side: a title, not a line of the side's next column.)
        titled[n] = off_start[n] and (dash or not any(
            -p.jitter <= cells[0].x0 - x <= p.indent + p.jitter for x in starts[side]))
        short = 2 * (cells[-1].x1 - cells[0].x0) <= width
        # Under the head: a line off its column's start under a line set across the
        # gutter, taken as the head's, or a title's line off every column start of its
        # own side (a headline centred over the other side); a short line (a byline) only
        # under one of the first two, not beside a neighbour's title.
        head_above = n > 0 and (crossing[n - 1] or heads[n - 1])
        # A caption's credit set flush right (pdftotext -layout: 新华社记者 卢汉欣摄 at the
        # region's right edge), or any line that is a credit as CAP004 knows one (县融媒体
        # 中心供图 over the next column), on the row right under the caption's line on the
        # left.
        credit = (p.grid and side == 1 and n > 0 and sides_of[n - 1] == 0
                  and rows[n][0].index == rows[n - 1][0].index + 1
                  and (short and cells[-1].x1 >= edge - p.jitter
                       or any(c.match(_text(rows[n])) for c in p.credits)))
        # Where a blank run parts the two sides (`apart`: boxes side by side) on a
        # character grid, a line centred under a title lands right of it, never left: a
        # line left of one off its start is the other box's title, not this head's line.
        beside = apart and p.grid and n > 0 and sides_of[n - 1] > side
        # The region's top line, over the right side, one run starting left of that side's
        # column start (pdftotext -layout: a slogan or headline centred across the page,
        # over a picture's blank space on the left; a box's own title centred over it
        # starts right of it): set across the region, read first.
        across = (p.grid and n == 0 and side == 1 and _columns_on(cells, p.column_space) == 1
                  and cells[0].x0 < start)
        # Over such an opening, a line of one run that holds no clause mark (a column's line
        # does: 记者走访，县域内就诊率) is the head's.
        over_opening = (opening and side == 1 and _columns_on(cells, p.column_space) == 1
                        and off < width and not _beside_left(rows[n], left_edge)
                        and not any(c.match(_text(rows[n])) for c in p.credits)
                        and not regex.search(p.text_marks, _text(rows[n]))
                        and not regex.search(p.tail_marks, _text(rows[n])[-1:]))
        # A byline or subtitle (——) first on the right, right under the left side's first
        # line, a title ending no sentence at its column's start, the left column going on
        # under it: a head centred over a box of two columns, its title landing at the first
        # column's start, what is centred under it over the second (gen-17804 让科普“追”上
        # 科创（纵横） / 裴 桐). Both are the head's.
        under_title = (p.grid and side == 1 and not body[1] and n > 0 and sides_of[n - 1] == 0
                       and not heads[n - 1] and sum(1 for m in range(n) if sides_of[m] == 0) == 1
                       and (2 * (cells[-1].x1 - cells[0].x0) <= max(w for _, w in sides) or dash)
                       and n + 1 < len(rows) and splits[n + 1] == len(rows[n + 1][1])
                       and _columns_on(rows[n - 1][1], p.column_space) == 1
                       and abs(rows[n - 1][1][0].x0 - sides[0][0]) < p.indent
                       and not regex.search(p.tail_marks, _text(rows[n - 1])[-1:])
                       and not any(c.match(_text(rows[n])) for c in p.credits))
        if under_title:
            heads[n - 1] = True
            taken.append(rows[n - 1][0].index)
        if credit or across or under_title or not body[side] and (
                over_opening or head_above and short or (
                off_start[n] and (head_above or n > 0 and titled[n - 1] and not beside))):
            heads[n] = True
            taken.append(rows[n][0].index)
        else:
            body[side] = True
    return heads


def _beside_left(row: Row, edge: int) -> bool:
    """Whether the page prints text on the row's line left of its region, whose left edge
    is `edge` (a neighbour box's lines: the region is the right part of a wider cut)."""
    return any(c.x1 <= edge for c in row[0].cells)


def _next_gutter(full: list[int], backing: list[int], tried: int) -> int | None:
    """Of the gutters every line leaves room at, the one most lines back past the run of
    `tried` (which parted runs too narrow for columns: a short box's own column gap, its
    head's lines and a jump line beside the next box's head, gen-1801), or None."""
    run = {tried}  # the tried gutter's run of positions
    for step in (-1, 1):
        x = tried + step
        while x in full:
            run.add(x)
            x += step
    rest = [x for x in full if x not in run]
    return _middle_best(rest, backing.__getitem__) if rest else None


def _middle_best(xs: list[int], key) -> int:
    """Of the positions whose key is the greatest, the middle one of the first run of them
    (a gutter's middle, not its edge); -1 when there are none."""
    if not xs:
        return -1
    top = max(map(key, xs))
    run: list[int] = []
    for x in xs:
        if key(x) == top and (not run or x == run[-1] + 1):
            run.append(x)
        elif run:
            break
    return run[len(run) // 2]


def _wide_cut(rows: list[Row], valid: list[int], wide: int) -> int | None:
    """In a few lines (two headline stacks side by side), a gap of `wide` spaces or more
    where every line leaves room: the place most such gaps share, or None."""
    width = len(valid)
    count = [0] * (width + 1)
    for _, cells in rows:
        for a, b in zip(cells, cells[1:]):
            if b.x0 - a.x1 >= wide:
                count[a.x1] += 1
                count[min(b.x0, width)] -= 1
    for x in range(1, width + 1):
        count[x] += count[x - 1]
    best = max((x for x in range(width) if valid[x] == len(rows) and count[x]),
               key=lambda x: count[x], default=None)
    return best


def _clear_cut(rows: list[Row], least: int, wide: int, grid: bool = False,
               wholly: bool = True) -> int | None:
    """A position no line has text at, with at least `least` lines wholly left of it and
    as many wholly right (a narrow column beside another whose lines alternate with its
    own, so that few lines hold both), or None. The middle of the widest such run of
    blank positions; on a character grid (pdftotext -layout, whose narrow columns leave
    wide runs inside a box where its text is short), of the run with the most lines wholly
    on its lesser side (the parting most lines back), the widest."""
    width = max(cells[-1].x1 for _, cells in rows) + 1
    cover = [0] * (width + 1)
    for _, cells in rows:
        for c in cells:
            cover[c.x0] += 1
            cover[c.x1] -= 1
    for x in range(1, width + 1):
        cover[x] += cover[x - 1]
    best, score = None, (-1, -1)
    x = 0
    while x < width:
        if cover[x]:
            x += 1
            continue
        lo = x
        while x < width and not cover[x]:
            x += 1
        mid = (lo + x - 1) // 2
        if wholly:
            left = sum(1 for _, cells in rows if cells[-1].x1 <= lo)
            right = sum(1 for _, cells in rows if cells[0].x0 >= x)
        else:  # lines with text on the side
            left = sum(1 for _, cells in rows if cells[0].x1 <= lo)
            right = sum(1 for _, cells in rows if cells[-1].x0 >= x)
        here = (min(left, right) if grid else 0, x - lo)
        if x - lo >= wide and left >= least and right >= least and here > score:
            best, score = mid, here
    return best


def _span_text(line: _Line, cells: Sequence[_Cell]) -> str:
    """The line's text from its first cell's start to its last cell's end (the gaps
    between them as printed)."""
    return line.text[cells[0].start - line.start:cells[-1].end - line.start]


def _text(row: Row) -> str:
    """The text of a row's cells, one space between them."""
    line, cells = row
    return " ".join(line.text[c.start - line.start:c.end - line.start] for c in cells)


def _mode(values: list[int]) -> int:
    """The most common value, the least of those tied."""
    counts = Counter(values)
    return min(counts, key=lambda v: (-counts[v], v))


def _median(values: list[int]) -> int:
    return sorted(values)[len(values) // 2]


def _side_of(cells: tuple[_Cell, ...], x: int, side: int) -> tuple[_Cell, ...]:
    """A line's cells on one side (0 left, 1 right) of a gutter at x."""
    return tuple(c for c in cells if (c.x1 <= x if side == 0 else c.x0 >= x))


def _full_end(lines: list[tuple[_Line, tuple[_Cell, ...]]]) -> int:
    """Where a column's full lines end: where its longest quarter of lines end (the upper
    quartile; a head stack's short lines over the column are no measure of its width)."""
    ends = sorted(cells[-1].x1 for _, cells in lines)
    return ends[3 * len(ends) // 4]


def _rows_apart(rows: list[Row], row_gap: int) -> list[list[Row]]:
    """The region cut at every run of at least `row_gap` lines blank across it: the space
    between two rows of the page, or above and below a picture set across the columns."""
    parts: list[list[Row]] = [[rows[0]]]
    for prev, row in zip(rows, rows[1:]):
        if row[0].index - prev[0].index > row_gap:
            parts.append([])
        parts[-1].append(row)
    return parts


def _gutters(rows: list[Row], jitter: int, space: int = 1) -> tuple[list[int], list[int]]:
    """For each position x: on how many lines a column gap may fall at x (a gap between two
    cells, or the room before the first or after the last, `jitter` characters either way),
    and on how many of them it falls between two cells at least `space` spaces apart (on a
    grid a single space is a word's: 电（记者 孙广勇）, at a column's start, backs no
    gutter there)."""
    width = max(cells[-1].x1 for _, cells in rows) + 1
    valid = [0] * (width + 1)
    backing = [0] * (width + 1)
    for _, cells in rows:
        spans = [(0, cells[0].x0 + jitter, False)]
        spans += [(a.x1 - jitter, b.x0 + jitter, b.x0 - a.x1 >= space)
                  for a, b in zip(cells, cells[1:])]
        spans.append((cells[-1].x1 - jitter, width, False))
        for diff, only_inner in ((valid, False), (backing, True)):
            end = -1
            for lo, hi, inner in spans:
                if only_inner and not inner:
                    continue
                lo, hi = max(lo, end + 1, 0), min(hi, width - 1)
                if lo <= hi:
                    diff[lo] += 1
                    diff[hi + 1] -= 1
                    end = hi
    for diff in (valid, backing):
        for x in range(1, width + 1):
            diff[x] += diff[x - 1]
    return valid[:width], backing[:width]


def _split_at(cells: tuple[_Cell, ...], x: int, jitter: int) -> int | None:
    """How many of the line's cells stand left of a gutter at x, or None if none of the
    line's gaps can hold it."""
    for k in range(1, len(cells)):  # a gap between cells first: it is what backs a gutter
        if cells[k - 1].x1 - jitter <= x <= cells[k].x0 + jitter:
            return k
    if x <= cells[0].x0 + jitter:
        return 0
    if x >= cells[-1].x1 - jitter:
        return len(cells)
    return None


# --- LAY101: columns read row by row ------------------------------------------------------

def interleaved(source: str, rules: RuleSet) -> Reorder | None:
    """LAY101: the reading order of a page whose box columns the converter read row by row
    (pdfminer.six), found by cleaner.interleave; None when no run of lines shows it. The
    evidence is one dict per reordered run (cleaner.interleave.Reorder says what it holds)."""
    found = interleave.order(source, rules)
    if found is None:
        return None
    return Reorder(found.spans, found.rule, {"runs": found.evidence}, found.joiner,
                   keep_box_lines=found.keep_box_lines)


def sorted_rows(source: str, rules: RuleSet) -> Reorder | None:
    """LAY002: the reading order of PyMuPDF sort=True text (cleaner.sortrows), or None when
    the page does not print its columns side by side, or pads their gaps as a grid does,
    or holds a form feed: pdftotext ends each sheet so and PyMuPDF writes none, so the page
    is a character grid for LAY001 however narrow its gaps (gen-14706, gen-1501: -layout
    pages whose titles and captions left one to three spaces between columns)."""
    if not rules.on("LAY002") or "\f" in source or not side_by_side(source, rules):
        return None
    found = sortrows.order(source, rules)
    if found is None:
        return None
    spans, evidence = found
    return Reorder(spans, "LAY002", evidence, blank_lines=False)


ORDERERS: tuple[Orderer, ...] = (sorted_rows, columns, interleaved)
# The layout edits that mend the converter's own reading order where no orderer found
# another (plan's last step): a title's parts (LAY201, LAY203), OCR's specks (LAY202),
# lines of two columns glued on one baseline (LAY204), a title's line broken after a comma
# (LAY205), a few lines of columns OCR read side by side (LAY206). Text they alone touched
# is still read in the converter's order.
MENDS = frozenset({"LAY201", "LAY202", "LAY203", "LAY204", "LAY205", "LAY206"})


def reordered(orderers: Iterable[str]) -> bool:
    """Whether layout edits of these rules put columns back in order: an orderer's, not
    only mended lines (MENDS: titles' parts, OCR's specks, glued lines). The reading order
    is then the cleaner's own, not the converter's."""
    return bool(set(orderers) - MENDS)


# --- the stage --------------------------------------------------------------------------

def plan(source: str, rules: RuleSet, orderers: Sequence[Orderer] = ORDERERS) -> list[Edit]:
    """The layout edits of a page: those of the first orderer that finds an order other
    than the source's, one for each band of whole lines whose order changed; else those
    of the mends (LAY201 in cleaner.titleparts: each a title's later line put back on its
    first; LAY202 to LAY206). On a page set in OCR's blocks, no columns side by side on
    its lines (a grid's, LAY001's and LAY002's), the mends also read the text the orderer
    left in place: OCR sets a title's later line, a speck or a row of columns apart
    wherever the page is (gen-16006: LAY101 read a band of paragraphs far under the quoted
    title 大学生“村提 / … / "带火大山里的土货, which then stayed cut)."""
    for orderer in orderers:
        found = orderer(source, rules)
        if found is None:
            continue
        edits = band_edits(source, found, rules)
        # Columns still side by side after the order was applied: the cells did not align
        # into columns. Leave the text as printed (DBT004 flags the page) rather than guess.
        if edits and _unresolved(_replay(source, edits), rules) <= rules.param(
                "LAY001", "max_unresolved"):
            # (The page's lines are read as OCR's blocks only where they may be: most
            # reordered pages are pdfminer.six's or a grid's, and need no OcrPage.)
            if not set_in_ocr_blocks(source, rules) or side_by_side(source, rules):
                return edits
            page = OcrPage(source, rules)
            if not page.in_blocks:
                return edits
            more = [e for e in mends(page, rules) if e.clear_of(edits)]
            return sorted(edits + more, key=lambda e: e.start) if more else edits
    return mends(OcrPage(source, rules), rules)


def mends(page: OcrPage, rules: RuleSet) -> list[Edit]:
    """The mends of the converter's own reading order (MENDS): a title's later line OCR
    read after the text under it (LAY201) is put back on the title's first; a speck OCR
    set alone is put back on the line before it (LAY202), where it does not touch one
    (both read the page's lines as OCR's blocks: one OcrPage holds them); two columns'
    lines glued on one baseline are parted (LAY204), and a title's line broken after a
    comma is put back whole (LAY205); lines where OCR read columns side by side are read
    column by column (LAY206), where no other mend touches them."""
    edits = titleparts.rejoin(page, rules)
    texts = _line_after_line(page, rules)  # (LAY204's and LAY205's pages, asked once)
    more = [s for s in glue_specks(page, rules) + part_glued(page, rules, texts)
            + rejoin_broken(page, rules, texts) if s.clear_of(edits)]
    more += [s for s in columns_on_one_line(page, rules) if s.clear_of(edits + more)]
    return sorted(edits + more, key=lambda e: e.start) if more else edits


def columns_on_one_line(page: OcrPage, rules: RuleSet) -> list[Edit]:
    """LAY206: lines where OCR read two or more columns side by side, read column by column.

    Tesseract takes a narrow gutter for a word space now and then and reads a row of
    columns as one line, the columns' lines joined by a space, often with a mark it read off
    the gutter (科技是国家强盛之基，人金融 。” 金融体制，加强对国家重大科技). One such line
    could be anything (a byline's names, a caption's credit), but a run of `min_lines`
    lines in a row that each part, at such a `junction`, into the same number of pieces,
    each piece `min_column` wide at least and as wide as the same piece on the run's other
    lines (within `slack`: a paragraph's first line is short by its dropped indent), is
    columns set to their measures: the first pieces are read, then the second, and so on.
    A mark in the junction stays at the end of the piece before it (OCR read it after that
    text). A table's row (| 地区 | 产量 |) is read across, as printed, and so is a line of
    more than `max_junctions` junctions (OCR's spaced characters: 悉 ： 为 迎 接). Only
    pages set in OCR's blocks are read so (`blocks.set_in_ocr_blocks`): text written line
    after line, or a line after each blank line, has its own rules (LAY204, LAY001). []
    when there is none."""
    if not rules.on("LAY206") or not page.in_blocks or not set_in_ocr_blocks(page.source, rules):
        return []
    p = rules["LAY206"].params
    junction = rules.param_patterns("LAY206", "junction")[0]
    parting = partial(_partings, page.lines, junction=junction,
                      least=p["min_column"] - p["slack"], most=p["max_columns"],
                      junctions=p["max_junctions"])
    lines, edits = page.lines, []
    ends = _block_ends(lines)
    n = 0
    while n < len(lines):
        # (A run needs min_lines lines that each hold a junction: most lines hold none.)
        run = None if not all(junction.search(line) for line in lines[n:n + p["min_lines"]]) \
            else _columns_run(lines, n, ends[n], parting, p["min_column"], p["slack"])
        if run is None or len(run) < p["min_lines"]:
            n += 1
            continue
        last = n + len(run) - 1
        start, end = page.starts[n], page.starts[last] + len(lines[last])
        after = "\n".join(row[k] for k in range(len(run[0])) for row in run)
        edits.append(Edit("LAY206", start, end, page.source[start:end], after,
                          rules["LAY206"].reason, kind="layout",
                          evidence={"lines": [n + 1, last + 1], "columns": len(run[0]),
                                    "widths": [max(_piece_width(row[k]) for row in run)
                                               for k in range(len(run[0]))]}))
        n = last + 1
    return edits


def _piece_width(piece: str) -> int:
    """A piece's width in characters, spaces aside."""
    return len("".join(piece.split()))


def _partings(lines: list[str], n: int, count: int | None = None, fits=None, *, junction,
              least: int, most: int, junctions: int) -> Iterator[tuple[list[str], list[int]]]:
    """Each way to part line n at its junctions into pieces (up to `most`, or exactly
    `count`), each at least `least` wide, with the pieces' widths; a junction's mark stays
    on the piece before it. With `fits` (the k-th piece's width w fits: fits(k, w)), only
    partings whose every piece fits, found without trying the rest (a line of many
    junctions has up to 2 ** `junctions` partings). None for a table's row or a line of
    more than `junctions` junctions."""
    text = lines[n].rstrip()
    if text.lstrip().startswith("|"):
        return  # a table's row (| 地区 | 产量 |), read across
    cuts = [(m.start(), m.end()) for m in junction.finditer(text)
            if 0 < m.start() and m.end() < len(text)]
    if not cuts or len(cuts) > junctions:
        return
    before = [0]  # characters before each place, spaces aside
    for ch in text:
        before.append(before[-1] + (not ch.isspace()))

    def part(at: int, first: int, pieces: list[str], widths: list[int]
             ) -> Iterator[tuple[list[str], list[int]]]:
        rest = before[-1] - before[at]
        if (pieces and rest >= least and (count is None or len(pieces) + 1 == count)
                and (fits is None or fits(len(pieces), rest))):
            yield pieces + [text[at:]], widths + [rest]
        if len(pieces) + 1 >= (count or most):
            return
        for k in range(first, len(cuts)):
            a, b = cuts[k]
            width = before[b] - before[at]
            if (a > at and before[a] - before[at] >= least
                    and (fits is None or fits(len(pieces), width))):
                yield from part(b, k + 1, pieces + [text[at:b].rstrip()], widths + [width])

    yield from part(0, 0, [], [])


def _block_ends(lines: list[str]) -> list[int]:
    """Where each line's block ends: its next blank line (itself, blank), or the page's end.
    Found once for the page, where each line asking afresh made a long block's time grow
    with its square."""
    ends, end = [0] * len(lines), len(lines)
    for m in range(len(lines) - 1, -1, -1):
        if not lines[m].strip():
            end = m
        ends[m] = end
    return ends


def _columns_run(lines: list[str], n: int, end: int, parting, least: int, slack: int
                 ) -> list[list[str]] | None:
    """The longest run of lines from line n that part into the same columns (LAY206), within
    its block (to line `end`, `_block_ends`): each line's pieces, or None where line n parts
    into no two pieces `least` wide. Once a run reaches the block's last line, only
    partings into more pieces are tried."""
    best: list[list[str]] | None = None
    block = end - n
    for pieces, widths in parting(n):
        if min(widths) < least or (best is not None and len(best) == block
                                   and len(pieces) <= len(best[0])):
            continue
        low, high = list(widths), list(widths)
        run = [pieces]
        for m in range(n + 1, n + block):
            fits = next(parting(m, len(pieces), lambda k, w: max(high[k], w) - min(low[k], w)
                                <= slack), None)
            if fits is None:
                break
            for k, w in enumerate(fits[1]):
                low[k], high[k] = min(low[k], w), max(high[k], w)
            run.append(fits[0])
        if best is None or (len(run), len(pieces)) > (len(best), len(best[0])):
            best = run
    return best


# One run of spaces inside a line, text on both sides of it.
_ONE_GAP = regex.compile(r"^([^\s].*?\S)( +)(\S[^ ]*)$")
_CLAUSE_INSIDE = regex.compile(r"[，、；：。！？“”《》]")
_INNER_GAP = regex.compile(r"\S\s+\S")


def part_glued(page: OcrPage, rules: RuleSet, texts: list[int] | None = None) -> list[Edit]:
    """LAY204: lines of two columns printed on one baseline that the extractor glued with
    a space (pypdfium2: …职业技能证 / 书。 引领未来，中国做对了 / 什么), parted there where
    the part before it ends a sentence and the part after is text of its own: `min_chars`
    long at least, a clause or quotation mark in it, no credit's word (a caption's credit
    is set a space after it: …检查。 新华社记者 …摄) and no caption's opening (CAP005
    reads a caption glued so where it stands: …教育 图为10月15日…). A line with more than
    one run of spaces is left alone (a credit's names, a byline). Only text written line
    after line is read so: a page with blank lines between its lines (more than
    `max_blank_share` of them) or spaces inside many (`max_gap_share`: columns side by
    side, OCR's spaced characters) is left alone. `page` holds the page's lines (the
    OcrPage layout.plan shares), `texts` its lines with text where it is written line
    after line (`_line_after_line`, asked here when not given). [] when there is none."""
    if not rules.on("LAY204"):
        return []
    lines = page.lines
    texts = _line_after_line(page, rules) if texts is None else texts
    if not texts:
        return []
    caption = rules["CAP001"] if rules.on("CAP001") else None
    shortest = rules.param("LAY204", "min_chars")
    credit = rules.param_patterns("LAY204", "credit_words")
    edits: list[Edit] = []
    for n in texts:
        line = lines[n]
        if " " not in line or "\u3000" in line:
            continue
        m = _ONE_GAP.match(line)
        if m is None:
            continue
        left, right = m.group(1), m.group(3)
        if (_SENTENCE_END.search(left) is not None and len(right) >= shortest
                and _CLAUSE_INSIDE.search(right) is not None
                and not (caption is not None and caption.search(right))
                and not any(c.search(right) for c in credit)):
            gap = page.starts[n] + m.start(2)
            edits.append(Edit("LAY204", gap, gap + len(m.group(2)), m.group(2), "\n",
                              rules["LAY204"].reason, kind="layout",
                              evidence={"sentence_end": left[-6:], "text": right[:8]}))
    return edits


def _line_after_line(page: OcrPage, rules: RuleSet) -> list[int]:
    """The page's lines with text where the page is written line after line (PyMuPDF,
    pypdfium2, pdftotext), [] where it is not: more blank lines than LAY204's
    `max_blank_share` of its text lines, or more lines holding spaces inside than
    `max_gap_share` of them."""
    lines = page.lines
    texts = [n for n in range(len(lines)) if not page.blank(n)]
    blank = len(lines) - len(texts) - page.blank(len(lines) - 1)  # (the final newline aside)
    if (blank > rules.param("LAY204", "max_blank_share") * len(texts)
            or sum(1 for n in texts if _INNER_GAP.search(lines[n].strip()))
            > rules.param("LAY204", "max_gap_share") * len(texts)):
        # (Blank lines between the lines are another extractor's (pdfminer.six, OCR's
        # blocks), and spaces inside many lines a layout's or OCR's: they part nothing.)
        return []
    return texts


def rejoin_broken(page: OcrPage, rules: RuleSet, texts: list[int] | None = None
                  ) -> list[Edit]:
    """LAY205: a printed line the extractor broke in two after a comma, before an opening
    quotation mark (pypdfium2: 久久为功， / “APEC蓝”成为“北京蓝”, where PyMuPDF and
    pdftotext print 久久为功，“APEC蓝”成为“北京蓝”), put back on one line: the line break
    between them goes, every character stays. A line that ends on a comma (`ends`), right
    over a line that opens with a quotation mark (`opens`), is so broken where it is
    shorter than any line of the text that goes on can be: short of its column's measure
    (BLK005's, around it) by more than a paragraph's first line is (BLK009's
    `dropped_indent` and `band`). A narrow column's full line or a paragraph's first line,
    short by its dropped indent (习近平总书记强调， / “充分发挥…), stays, and so does a
    paragraph's last line (…自强”。 / “十四五”期间…): it ends no clause. Only a title's line
    falls so short; broken there, it would end on a clause's mark, which no title line
    does (heads.py's _TITLE_STOP), and the title would be read as text. Pages not written
    line after line (LAY204's; `texts`, as for `part_glued`) are left alone. [] when there
    is none."""
    if not rules.on("LAY205"):
        return []
    texts = _line_after_line(page, rules) if texts is None else texts
    lines = page.lines
    ends, opens = rules.param("LAY205", "ends"), rules.param("LAY205", "opens")
    broken = [k for k, n in enumerate(texts[:-1]) if texts[k + 1] == n + 1
              and lines[n].rstrip()[-1] in ends and lines[n + 1].lstrip()[0] in opens]
    if not broken:
        return []  # (most pages: no measure to take)
    measure = Measure([display_width(lines[n].rstrip()) for n in texts], rules)
    short = rules.param("BLK009", "dropped_indent") + rules.param("BLK009", "band")
    edits: list[Edit] = []
    for k in broken:
        n = texts[k]
        upper, lower = lines[n].strip(), lines[n + 1].strip()
        width, column = measure.widths[k], measure.at(k)
        if width >= column - short:
            continue
        start = page.starts[n] + len(lines[n].rstrip())
        end = page.starts[n + 1] + len(lines[n + 1]) - len(lines[n + 1].lstrip())
        edits.append(Edit("LAY205", start, end, page.source[start:end], "",
                          rules["LAY205"].reason, kind="layout",
                          evidence={"line": n + 1, "width": width, "measure": column,
                                    "end": upper[-6:], "next": lower[:6]}))
    return edits


def _unresolved(text: str, rules: RuleSet) -> float:
    """The share of the text's lines that still hold a column gap."""
    lines = [t for t in text.split("\n") if t.strip()]
    gap = rules.param_patterns("LAY001", "column_gap")[0]
    return sum(1 for t in lines if gap.search(t.strip())) / max(len(lines), 1)


def _replay(source: str, edits: list[Edit]) -> str:
    out, cursor = [], 0
    for e in edits:
        out += [source[cursor:e.start], e.after]
        cursor = e.end
    return "".join(out) + source[cursor:]


def band_edits(source: str, found: Reorder, rules: RuleSet) -> list[Edit]:
    """One edit per band: the fewest whole lines whose spans the order moves among
    themselves, replaced by those spans one a line. Spaces between the spans are dropped
    (they are in the edit's `before`); every other character is kept."""
    starts = [0]
    for n, ch in enumerate(source):
        if ch == "\n":
            starts.append(n + 1)

    def line_of(offset: int) -> int:
        lo, hi = 0, len(starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= offset:
                lo = mid
            else:
                hi = mid - 1
        return lo

    spans = found.spans
    in_source = sorted(range(len(spans)), key=lambda k: spans[k])
    rank = [0] * len(spans)
    for r, k in enumerate(in_source):
        rank[k] = r
    lines = [line_of(a) for a, _ in spans]
    # Source rank r closes its line when the next span in source order is on a later line.
    closes = [r + 1 == len(spans) or lines[in_source[r + 1]] != lines[in_source[r]]
              for r in range(len(spans))]
    bands: list[tuple[int, int, bool]] = []  # (first span, end span, changed)
    first, top = 0, -1
    for k in range(len(spans)):
        top = max(top, rank[k])
        if top != k or not closes[k]:
            continue
        band_lines = lines[first:k + 1]
        # As it stands: one span a line, in order, each its whole line (no padding).
        kept = all(a < b for a, b in zip(band_lines, band_lines[1:])) and all(
            a == starts[n] and b == _line_end(source, starts, n)
            for (a, b), n in zip(spans[first:k + 1], band_lines))
        if first in found.parted and band_lines[0] and source[
                starts[band_lines[0] - 1]:starts[band_lines[0]]].strip():
            kept = False  # a blank line goes before it (the page's banner above)
        if bands and not kept and bands[-1][2]:
            bands[-1] = (bands[-1][0], k + 1, True)  # one edit for neighbouring bands
        else:
            bands.append((first, k + 1, not kept))
        first = k + 1
    return [_edit(source, spans[a:b], lines[a:b], starts, found, rules, a)
            for a, b, changed in bands if changed]


def _line_end(source: str, starts: list[int], n: int) -> int:
    return starts[n + 1] - 1 if n + 1 < len(starts) else len(source)


def _edit(source: str, band: list[tuple[int, int]], band_lines: list[int],
          starts: list[int], found: Reorder, rules: RuleSet, first: int) -> Edit:
    """The layout edit of one band: `band` is found.spans[first:first + len(band)]."""
    first_line, last_line = min(band_lines), max(band_lines)
    start, end = starts[first_line], _line_end(source, starts, last_line)
    before = source[start:end]
    out = [source[band[0][0]:band[0][1]]]
    if first in found.parted and first_line and source[
            starts[first_line - 1]:starts[first_line]].strip():
        out.insert(0, "\n")
    for k, ((a, b), n, m) in enumerate(zip(band[1:], band_lines, band_lines[1:]), first + 1):
        # Blank lines between two lines read one after the other stay (a paragraph's or a
        # box's end), but for a column going on over them; those between cells read apart
        # go with the padding.
        spacing = m - n - len(found.joiner)
        if found.blank_lines and spacing > 0 and k not in found.joined and not source[
                _line_end(source, starts, n):starts[m]].strip():
            out.append("\n" * spacing)
        elif k in found.parted:
            out.append("\n")
        if (found.joiner == "\n\n" and m == n + 1 and found.keep_box_lines
                and not opens_with_dash(source[a:b])):
            # (Two lines of one text box read one after the other, no blank line between
            # them in the source, stay one box: pdfminer.six sets a title's lines so,
            # 多所高校开设人工智能 / 通识课, which CLS015 and BLK008 read as one. Not a
            # subtitle's line (——…): a head's box may hold its subtitle and byline too,
            # which BLK008 sets apart only between boxes.)
            out.append("\n" + source[a:b])
        else:
            out.append(found.joiner + source[a:b])
    after = "".join(out)
    if Counter("".join(before.split())) != Counter("".join(after.split())):
        from .pipeline import InternalError  # the pipeline imports this module

        raise InternalError(f"{found.rule}: a band's reordered text lost or added characters "
                            "(a cleaner bug; please report it with the page)")
    evidence = dict(found.evidence)
    if "runs" in evidence:  # LAY101: the runs this band holds
        evidence["runs"] = [r for r in evidence["runs"] if r["span"][0] < end and r["span"][1] > start]
    if "unspaced" in evidence:  # LAY002: the glued rows cut off in this band
        evidence["unspaced"] = [u for u in evidence["unspaced"] if start <= u["at"] < end]
        if not evidence["unspaced"]:
            del evidence["unspaced"]
    for name in ("read_with_head", "titles_apart", "titles_interleaved"):
        if name in evidence:  # LAY001: the lines this band holds
            evidence[name] = [n for n in evidence[name] if first_line < n <= last_line + 1]
            if not evidence[name]:
                del evidence[name]
    evidence.update({"lines": [first_line + 1, last_line + 1], "cells": [list(s) for s in band]})
    return Edit(found.rule, start, end, before, after,
                rules[found.rule].reason, kind="layout", evidence=evidence)
