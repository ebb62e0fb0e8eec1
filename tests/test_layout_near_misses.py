"""Near misses of the layout orderers' conditions (LAY001 in cleaner/layout.py, LAY002 in
cleaner/sortrows.py): for each condition that decides how a corpus page is read, a small
page on each side of it, so that dropping or inverting the condition fails a test."""
from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from cleaner import clean, default_rules

from .helpers import assert_sound
from .test_rules import CHIPS, CHIPS_MORE, FULL, LONG, NEXT, in_column, placed

RULES = default_rules()
FIXTURES = Path(__file__).resolve().parent / "fixtures"
MASTHEAD = [[(0, "东海日 报"), (70, "2025年8月1日 星期五 第7版 教育")], [], []]
SLOGAN = "奋进新征程 建功新时代"
COLUMNS = [[(0, a), (20, b), (40, c)] for a, b, c in zip(
    in_column((CHIPS + LONG) * 2, 15)[:10], in_column((NEXT + FULL + CHIPS_MORE) * 2, 15)[:10],
    in_column((LONG + NEXT + FULL) * 2, 15)[:10])]


def _lines(text: str) -> list[str]:
    return [t.strip() for t in text.split("\n") if t.strip()]


def test_a_slogan_flush_over_a_title_under_it_is_that_box_s_kicker_not_the_banner():
    """pdftotext -layout (d601 gen-0611): a short line under the masthead, off the left edge,
    is the page's banner only where nothing on the line under it starts where it starts; a
    line under it starting there is the title it stands flush over (a box's kicker), and
    the two are read together, in that box."""
    banner = clean(placed(*MASTHEAD, [(20, SLOGAN)], [], [(0, "江豚回来了")], *COLUMNS))
    assert banner.banner == SLOGAN
    assert _lines(banner.ordered)[2:4] == [SLOGAN, "江豚回来了"]
    titles = [(0, "江豚回来了"), (20, "长江江豚种群回升")]
    kicker = clean(placed(*MASTHEAD, [(20, SLOGAN)], [], titles, *COLUMNS))
    lines = _lines(kicker.ordered)
    assert kicker.banner is None
    assert lines[lines.index(SLOGAN) + 1] == "长江江豚种群回升"
    assert_sound(banner)
    assert_sound(kicker)


def test_a_line_with_a_clause_mark_at_a_column_s_start_is_no_banner():
    """A slogan under the masthead sets its phrases apart with spaces, never a clause mark:
    a line there holding one (奋进新征程，建功新时代) is the first line of the column it
    starts at, read after the column beside it, not moved up under the masthead."""
    line = "奋进新征程，建功新时代"
    page = clean(placed(*MASTHEAD, [(20, line)], [], [(0, "江豚回来了")], *COLUMNS))
    lines = _lines(page.ordered)
    assert page.banner is None
    assert lines[lines.index(line) - 1:lines.index(line) + 2] == [
        COLUMNS[-1][0][1], line, COLUMNS[0][1][1]]
    assert_sound(page)


def test_the_banner_moved_up_is_parted_from_the_title_under_it():
    """pdftotext -layout (h801 gen-0805): the banner set on the row right over a box's
    title, the gutter under it cutting it into the second column: moved up under the
    masthead, it is followed by a blank line, so the title under it is no line of it."""
    page = clean(placed(*MASTHEAD, [(20, SLOGAN)], [(0, "江豚回来了")], *COLUMNS))
    assert page.banner == SLOGAN
    assert f"{SLOGAN}\n\n" in page.ordered
    assert page.articles[0].headline == "江豚回来了"
    assert_sound(page)


def test_lines_beside_a_title_are_no_box_with_columns_a_row_apart():
    """pdftotext -layout (d601 gen-0607, its top): a box with columns a row apart ends at a
    blank line where the three lines above hold two columns' text a line on the whole. Two
    lines of one column and one of two (a column's last lines, the title beside the last)
    are not so: the blank line under them is the title's own (its large type), and the
    title's wrapped tail and its byline are read with it, not after the column beside."""
    page = clean(FIXTURES.joinpath("grid-title-wrapped-beside-a-column-s-end.txt")
                 .read_text(encoding="utf-8"))
    lines = _lines(page.ordered)
    at = lines.index("集采药，拼质量才能护健康（人民时")
    assert lines[at + 1:at + 3] == ["评）", "孙秀艳"]
    assert [(a.headline, a.byline) for a in page.articles][1] == (
        "集采药，拼质量才能护健康（人民时评）", "孙秀艳")
    assert_sound(page)


# --- LAY002's columns (sortrows.chains): a piece under a column's line ------------------

def _chained(below: tuple[float, float], *, ends: bool = True, column: int = 2,
             blank_lines: int = 1, between: tuple[float, float] | None = None,
             last: float = 10.0, max_skip: int | None = None) -> list:
    """sortrows.chains on a column of `column` lines (0-16 ems, the last 0-`last`, ending
    a sentence where `ends`), a blank line (or none) and a piece at `below` (its ems); a
    piece of a line between standing at `between`. The items' lines, and which items
    open with a title."""
    from cleaner import sortrows
    from cleaner.sortrows import _Piece

    p = sortrows.params(RULES)
    if max_skip is not None:
        p = replace(p, max_skip=max_skip)
    spans = [(0.0, 16.0)] * (column - 1) + [(0.0, last)]
    if between is not None:
        spans.append(between)
    spans += [None] * blank_lines
    spans.append(below)
    pieces, blank = [], [0]
    for n, span in enumerate(spans):
        blank.append(blank[-1] + (span is None))
        if span is not None:
            pieces.append(_Piece(4 * n, n, span[0], span[1], 100 * n, 100 * n + 10))
    last = pieces[column - 1]
    items = sortrows.chains(pieces, blank, p, frozenset({last.start}) if ends else frozenset())
    return [([pc.line for pc in it.pieces], it.title) for it in items]


def test_a_line_flush_under_a_paragraph_end_is_a_title():
    """sort=True: the column's next paragraph opens two ems in, so a line flush with a
    column's line that ends a sentence short, past a blank line, is the next article's
    title, no line of the column, whether or not it runs on past that line's end. Each
    of the other marks missing, the line is the column's own: a line that ends no
    sentence goes on (a blank row of another box stood between), a line under no blank
    line goes on, a line two ems in opens the column's next paragraph."""
    title = [([0, 1], False), ([3], True)]
    assert _chained((0.0, 20.0)) == title
    assert _chained((0.0, 20.0), ends=False) == [([0, 1, 3], False)]
    assert _chained((0.0, 20.0), blank_lines=0) == [([0, 1, 2], False)]
    assert _chained((2.0, 20.0)) == [([0, 1, 3], False)]
    assert _chained((0.0, 10.5)) == title  # (no wider than the line above: still a title)
    # A paragraph's end is known by the column's line over it: a column of that one line
    # (a title's or a byline's, standing on its own) does not end a paragraph.
    assert _chained((0.0, 20.0), column=1) == [([0, 2], False)]


def test_a_piece_goes_under_a_column_s_line_only_where_most_of_it_stands_over_it():
    """A piece starting within a paragraph's indent (and jitter) of a column's line goes
    under it only where most (`overlap`) of the narrower of the two stands over the other:
    under a short last line (0-5 ems), a line opening two ems in goes on, one opening
    four ems in (past most of that line) is no line of the column."""
    assert _chained((2.0, 30.0), ends=False, blank_lines=0, last=5.0) == [([0, 1, 2], False)]
    assert _chained((4.0, 30.0), ends=False, blank_lines=0, last=5.0) == [
        ([0, 1], False), ([2], False)]


def test_a_piece_goes_under_a_column_s_line_only_with_nothing_between_them():
    """The nearest line above that a piece may go under is max_skip lines up (a column's
    lines alternate with a neighbour's); where a piece of the line between stands over
    the piece too (a caption set across the column), it is no line of that column."""
    aside = _chained((0.0, 16.0), ends=False, blank_lines=0, between=(20.0, 30.0))
    assert aside[0] == ([0, 1, 3], False)
    across = _chained((0.0, 16.0), ends=False, blank_lines=0, between=(5.0, 30.0))
    assert ([0, 1], False) in across and ([3], False) in across


def test_a_piece_goes_under_no_column_across_a_row_gap():
    """Two blank lines (`row_gap`) part the page's rows: a line under them, flush with a
    column's line that goes on (no sentence's end), is no line of that column, even where
    `max_skip` reaches past them (by default it does not: two blank lines are three lines
    down)."""
    assert _chained((0.0, 16.0), ends=False, max_skip=4) == [([0, 1, 3], False)]
    assert _chained((0.0, 16.0), ends=False, blank_lines=2, max_skip=4) == [
        ([0, 1], False), ([4], False)]
    assert _chained((0.0, 16.0), ends=False, blank_lines=2) == [([0, 1], False), ([4], False)]


def _headed(head: tuple[float, float], under: tuple[float, float] | None, *,
            ends: tuple[int, ...] = (), clauses: tuple[int, ...] = (), skip: int = 1,
            last: float = 16.0) -> list:
    """sortrows.chains on a column of three full lines (0-16 ems, the last 0-`last`, ending
    no sentence: it runs on at the next column's top), `skip` lines holding only another
    column's piece (30-46 ems), then a piece at `head` and one at `under` on the line
    under it. `ends` and `clauses` name the pieces (by line) that end a sentence or hold
    a clause's mark. The items' lines, and which items open with a title."""
    from cleaner import sortrows
    from cleaner.sortrows import _Piece

    p = sortrows.params(RULES)
    spans: list[list[tuple[float, float]]] = [[(0.0, 16.0), (30.0, 46.0)]] * 2
    spans = spans + [[(0.0, last), (30.0, 46.0)]]
    spans = spans + [[(30.0, 46.0)]] * skip + [[head, (30.0, 46.0)]]
    if under is not None:
        spans.append([under])
    pieces = [_Piece(4 * n, n, x0, x1, 100 * n + k, 100 * n + k + 1)
              for n, line in enumerate(spans) for k, (x0, x1) in enumerate(line)]
    first = {pc.line: pc.start for pc in pieces if pc.x0 < 30.0}
    items = sortrows.chains(pieces, [0] * (len(spans) + 1), p, frozenset(first[n] for n in ends),
                            frozenset(first[n] for n in clauses))
    return [([pc.line for pc in it.pieces], it.title) for it in items if it.x0 < 30.0]


def test_a_head_flush_under_a_column_that_runs_on_is_the_next_article_s():
    """sort=True (generated gen-0001: …科创企业南京埃斯顿自动化股份 / 绿色发展新答卷 /
    粤西首个国家骨干冷链物流基地投运): a column whose last full line ends no sentence runs on
    at the next column's top, so a short line flush under it past a row the column leaves
    out, ending no sentence and holding no clause's mark, over a line set wider than the
    column (a headline across columns) or over another such short line (a title's stack),
    is the next article's head, no line of that column. Each mark missing, the line is the
    column's own."""
    head = [([0, 1, 2], False), ([4, 5], True)]
    assert _headed((0.0, 7.0), (0.0, 25.0)) == head  # over a headline set wider
    assert _headed((0.0, 7.0), (0.0, 5.0)) == head  # a title's stack
    goes_on = [([0, 1, 2, 4, 5], False)]
    assert _headed((0.0, 7.0), (0.0, 16.0)) == goes_on  # a full line under it: text
    assert _headed((0.0, 7.0), (0.0, 5.0), clauses=(5,)) == goes_on  # (…，: text)
    assert _headed((0.0, 7.0), (0.0, 5.0), ends=(5,)) == goes_on  # (…。: a paragraph's end)
    assert _headed((0.0, 7.0), (0.0, 25.0), clauses=(4,)) == goes_on  # 动，来到…: text
    assert _headed((0.0, 7.0), (0.0, 25.0), ends=(4,)) == goes_on
    assert _headed((0.0, 15.5), (0.0, 25.0)) == goes_on  # as wide as the column
    assert _headed((2.0, 9.0), (0.0, 25.0)) == goes_on  # an indent in: a paragraph opens
    assert _headed((0.0, 2.0), (0.0, 25.0)) == goes_on  # a word broken off, 政
    assert _headed((0.0, 7.0), (0.0, 25.0), skip=0) == [([0, 1, 2, 3, 4], False)]  # right under
    assert _headed((0.0, 7.0), None) == [([0, 1, 2, 4], False)]  # nothing under it
    # The column's paragraph ended (the title check under a sentence's end decides), or
    # its last line is short of the measure: it does not run on.
    assert _headed((0.0, 7.0), (0.0, 25.0), ends=(2,)) == goes_on
    assert _headed((0.0, 7.0), (0.0, 25.0), last=12.0) == goes_on
