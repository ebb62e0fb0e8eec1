"""Near misses of the layout orderers' conditions (LAY001 in cleaner/layout.py, LAY002 in
cleaner/sortrows.py): for each condition that decides how a corpus page is read, a small
page on each side of it, so that dropping or inverting the condition fails a test."""
from __future__ import annotations

from pathlib import Path

from cleaner import clean

from .helpers import assert_sound
from .test_rules import CHIPS, CHIPS_MORE, FULL, LONG, NEXT, in_column, placed

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
    kicker = clean(placed(*MASTHEAD, [(20, SLOGAN)], [], [(0, "江豚回来了"), (20, "长江江豚种群回升")],
                          *COLUMNS))
    lines = _lines(kicker.ordered)
    assert kicker.banner is None
    assert lines[lines.index(SLOGAN) + 1] == "长江江豚种群回升"
    assert_sound(banner)
    assert_sound(kicker)


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
