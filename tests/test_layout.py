"""The layout stage (cleaner/layout.py, LAY001): columns printed side by side are read
column by column before anything else, and text that is not so printed is left alone."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from cleaner import clean, default_rules
from cleaner.assemble import replay
from cleaner.layout import Reorder, band_edits, columns, plan
from cleaner.manifest import to_dict
from cleaner.report.diff import diff_report

from .helpers import assert_sound, rules_with
from .test_report import apply_diff
from .test_rules import CHIPS, CHIPS_MORE, FULL, LONG, NEXT, page_of, printed
from .test_rules import in_column as column, placed as grid  # (a -layout page's rows)

RULES = default_rules()
LEFT = printed(FULL, NEXT, LONG)
RIGHT = printed(LONG, NEXT, FULL, head=("江豚种群回升", "本报记者李四"))


def side_by_side(left: list[str], right: list[str], at: int = 18, gap: int = 3) -> str:
    """Two columns as pdftotext -layout prints them: each line padded to the same
    character count, the right column's line after it."""
    rows = max(len(left), len(right))
    left, right = left + [""] * (rows - len(left)), right + [""] * (rows - len(right))
    return page_of([(a.ljust(at) + " " * gap + b).rstrip() for a, b in zip(left, right)])


def test_columns_are_read_one_after_the_other():
    page = clean(side_by_side(LEFT, RIGHT))
    assert page.ordered == "\n".join(LEFT + RIGHT) + "\n"
    assert [e.rule for e in page.layout] == ["LAY001"]
    assert [a.headline for a in page.articles] == ["活动顺利举行", "江豚种群回升"]
    assert [b.text for b in page.articles[1].body] == [LONG, NEXT, FULL]
    assert not page.flags
    assert_sound(page)


def test_a_single_space_between_columns_is_a_gutter_where_the_lines_agree():
    """PyMuPDF sort=True pads by the gap's width: columns may stand one space apart."""
    text = side_by_side(LEFT, RIGHT, gap=3).split("\n")
    text[3] = LEFT[3] + " " + RIGHT[3]  # one line's columns a single space apart
    page = clean("\n".join(text))
    assert page.ordered.split("\n")[:len(LEFT)] == LEFT


def test_the_edit_logs_every_cell_and_the_spaces_it_dropped():
    source = side_by_side(LEFT, RIGHT)
    page = clean(source)
    (edit,) = page.layout
    assert edit.kind == "layout" and edit.before == source[edit.start:edit.end]
    assert sorted("".join(edit.before.split())) == sorted("".join(edit.after.split()))
    assert edit.after.count("\n") == len(LEFT + RIGHT) - 1
    assert ["".join(source[a:b]) for a, b in edit.evidence["cells"]] == LEFT + RIGHT
    assert edit.evidence["lines"] == [1, len(LEFT)]
    assert replay(replay(page.source, page.layout), page.edits) == page.text


def test_a_headline_across_the_columns_is_read_before_them():
    head = "长江江豚种群数量回升至一千二百余头".center(40)
    body = printed(FULL, NEXT, LONG, NEXT, head=())
    page = clean(page_of([head]) + side_by_side(body, body[::-1]))
    assert page.ordered.split("\n")[0].strip() == head.strip()
    assert page.ordered.split("\n")[1:len(body) + 1] == body


def test_the_manifest_and_the_diff_show_the_layout_edits():
    page = clean(side_by_side(LEFT, RIGHT), name="cols.txt")
    manifest = to_dict(page)
    assert [e["kind"] for e in manifest["layout"]] == ["layout"]
    assert manifest["layout"][0]["line"] == 1
    diff = diff_report(page, manifest)
    first, second = diff.split("--- a/")[1:]
    assert apply_diff(apply_diff(page.source, "--- a/" + first), "--- a/" + second) == page.text


def test_the_report_shows_the_bands_first():
    from cleaner.report.html import html_report

    page = clean(side_by_side(LEFT, RIGHT), name="cols.txt")
    html = html_report(page, to_dict(page))
    assert html.index('id="layout"') < html.index('id="art0"')
    assert "LAY001" in html and "source, in reading order" in html


LEFT_ALONE = {
    "markdown-table": "# 表\n\n" + "\n".join(
        ["| 地区     | 产量（万吨）     | 同比增长     |", "| -------- | ---- | ---- |"]
        + [f"| 河北省某某地区{n} | 一百二十三点四五 | 百分之三点五 |" for n in range(12)]) + "\n",
    "poem": "# 诗\n\n" + "\n".join(["床前明月光照地    疑是地上霜满天"] * 6
                                   + ["举头望明月当空    低头思故乡情深"] * 6) + "\n",
    "spaced-names": page_of(printed(FULL, NEXT, LONG, head=("活动顺利举行", "本报记者  刘  刚"))),
    "staff-line": page_of(["责任编辑 刘 刚   美术编辑 万 芳"] + printed(FULL, NEXT, LONG)),
    "one-column": page_of(printed(FULL, NEXT, LONG) * 3),
}


def test_text_not_set_in_columns_is_left_alone():
    for name, source in LEFT_ALONE.items():
        page = clean(source)
        assert page.layout == [] and page.ordered == page.source, name
        assert_sound(page)


def test_the_staff_line_stays_one_line_above_columns():
    page = clean(page_of(["责任编辑 刘 刚   美术编辑 万 芳", ""]) + side_by_side(LEFT, RIGHT))
    assert "责任编辑 刘 刚   美术编辑 万 芳" in page.ordered.split("\n")
    assert_sound(page)


def test_an_orderer_is_pluggable():
    """The stage takes orderers of one shape: order(source, rules) -> Reorder | None."""
    source = "甲\n乙\n丙\n"

    def backwards(text, rules):
        return Reorder([(4, 5), (2, 3), (0, 1)], "LAY001", {"why": "test"})

    (edit,) = plan(source, RULES, [lambda s, r: None, backwards])
    assert replay(source, [edit]) == "丙\n乙\n甲\n"
    assert edit.evidence["why"] == "test"


def test_only_the_lines_whose_order_changed_are_edited():
    source = "一\n二\n三\n四\n"
    found = Reorder([(0, 1), (4, 5), (2, 3), (6, 7)], "LAY001")
    (edit,) = band_edits(source, found, RULES)
    assert (edit.start, edit.end, edit.after) == (2, 5, "三\n二")


def test_columns_declines_a_page_without_columns():
    assert columns(page_of(printed(FULL, NEXT, LONG) * 4), RULES) is None


def test_an_orderer_that_doubles_text_is_a_reported_bug():
    """Lines an orderer leaves out stay where they are; spans that overlap would repeat text
    and are an internal error (exit status 70), not a silent change."""
    import pytest

    from cleaner.pipeline import InternalError

    assert band_edits("甲\n乙\n", Reorder([(2, 3)], "LAY001"), RULES) == []
    with pytest.raises(InternalError):
        band_edits("甲\n乙\n", Reorder([(2, 3), (0, 3)], "LAY001"), RULES)


def test_a_page_with_a_line_wider_than_any_row_is_left_as_printed(tmp_path):
    """LAY001's cuts cost the square of a region's width: 20 lines of 200 000 characters
    took five minutes. A page with a line past max_width (no converter prints a row so
    wide) is left as printed, and DBT004 flags it; a user may set the width."""

    source = side_by_side(LEFT, RIGHT) + "测" * 2001 + "\n"
    page = clean(source)
    assert page.layout == [] and page.ordered == page.source
    assert "DBT004" in [f["code"] for f in page.flags]
    assert_sound(page)
    wider = rules_with(tmp_path, "LAY001", max_width=3000)
    assert columns(source, wider) is not None


# --- pdftotext -layout: cells of a row, boxes stacked in a cell -------------------------

A1, A2 = column(LONG + NEXT)[:6], column(NEXT + FULL)[:6]
B = column(FULL + LONG)[:6]


def test_the_space_between_two_cells_is_cut_before_a_box_s_own_column_gap():
    """Box A (two columns, its headline over both) beside box B (one column), B's headline
    stack on the rows between A's: the blank run of positions between the cells is cut
    first, though the headline leaves room at A's own column gap and more lines back it;
    A's columns are then read one after the other, not line by line."""
    rows = [[(6, "长江江豚种群数量回升")], [(40, "江豚回来了")], [(12, "本报记者李四")],
            [(40, "本报记者王五")]]
    rows += [[(0, a), (20, b), (40, c)] for a, b, c in zip(A1, A2, B)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "本报记者李四", *A1, *A2,
                     "江豚回来了", "本报记者王五", *B]
    assert_sound(page)


def test_a_box_stacked_under_columns_is_read_after_them():
    """A three-column box, then (a blank row below its columns) the next box's headline
    stack in the first column's place: the stack is read after the box's three columns,
    not as the rest of its first column."""
    rows = [[(0, a), (20, b), (40, c)] for a, b, c in zip(A1, A2, B)]
    rows += [[], [(0, "江豚回来了")], [(0, "本报记者王五")]] + [[(0, t)] for t in column(LONG)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == [*A1, *A2, *B, "江豚回来了", "本报记者王五", *column(LONG)]
    assert_sound(page)


def test_a_column_one_line_longer_on_alternate_rows_is_not_a_box_end():
    """pdftotext -layout sets two boxes' lines on alternate rows: in a box's region a blank
    row is only its neighbour's line, and the first column's last line (below the second
    column's end, after such a row) stays with its column."""
    rows = []
    for n, a in enumerate(A1):
        rows.append([(0, a)] + ([(20, A2[n])] if n < 5 else []))
        rows.append([(40, B[n])])
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:11] == [*A1, *A2[:5]]
    assert_sound(page)


def test_headline_stacks_over_a_picture_s_space_are_read_with_their_boxes():
    """Two boxes side by side, each a headline stack (pdftotext -layout sets their lines on
    alternate rows), then blank rows (a picture), then the columns: each stack is read with
    its own box's text, not both stacks first."""
    a1, a2, b = A1 + A2, A2 + A1, B + B
    rows = [[(8, "长江江豚种群数量回升")], [(40, "江豚回来了")], [(11, "本报记者李四")],
            [(40, "本报记者王五")], [], [], [], []]
    rows += [[(0, x), (20, y), (40, z)] for x, y, z in zip(a1, a2, b)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "本报记者李四", *a1, *a2,
                     "江豚回来了", "本报记者王五", *b]
    assert_sound(page)


def test_a_row_of_many_lines_over_blank_lines_stays_a_row_of_its_own():
    """Blank lines under a row longer than a headline stack part the page's rows as before:
    the row is read whole before the row below, though a gutter runs through both. (Each
    box of the row ends its text: a column whose last line is full and open goes on under
    the blank lines, `_goes_on_across`.)"""
    ended = A1[:-1] + [A1[-1] + "。"]
    top = [row for a, c in zip(ended, B) for row in ([(0, a)], [(40, c)])]  # alternate rows
    rows = top + [[], []] + [[(0, a), (20, b), (40, c)] for a, b, c in zip(A2, A1, B)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == [*ended, *B, *A2, *A1, *B]
    assert_sound(page)


# --- PyMuPDF sort=True: spaces of each word's own width --------------------------------

def sort_true(*rows: list[tuple[float, str]]) -> str:
    """A page as PyMuPDF sort=True pads it (pymupdf.utils.get_sorted_text): each word set
    at its place in ems (Han characters one em wide, digits half) by as many spaces of its
    own average character width as the gap before it holds."""
    from cleaner.sortrows import _em

    out = []
    for row in rows:
        line, end = "", 0.0
        for x, text in row:
            line += " " * max(round((x - end) * len(text) / _em(text)), 1 if line else 0) + text
            end = x + _em(text)
        out.append(line)
    return page_of(out)


def test_sort_true_columns_are_found_in_ems():
    """Digits in the left column's lines push the right column's text further right in
    character counts on some lines than on others; placed in ems, as sort=True padded
    them, the right column's lines start at one place and the page is read by columns."""
    left = ["2024年，全社会研发投入超", "3,612.58亿元，较2020年增长", "12.5%，达到1,249.36万户",
            "加值较“十三五”末增长42", "%；2025年1至10月GDP增长", "的比重达18%。截至今年"] * 2
    right = column(LONG + NEXT + FULL + LONG)[:12]
    source = sort_true(*[[(0, a), (16, b)] for a, b in zip(left, right)])
    page = clean(source)
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == left + right
    assert page.layout[0].evidence.get("positions") == "ems"
    assert_sound(page)


def test_the_cells_shared_by_a_column_start_are_a_parameter(tmp_path):
    """LAY001's `shared_starts`: a position is a column's start when that many cells start
    there. Set past the page's rows, no placing lines up and the page is placed in counts."""
    left = ["2024年，全社会研发投入超", "3,612.58亿元，较2020年增长", "12.5%，达到1,249.36万户",
            "加值较“十三五”末增长42", "%；2025年1至10月GDP增长", "的比重达18%。截至今年"] * 2
    right = column(LONG + NEXT + FULL + LONG)[:12]
    source = sort_true(*[[(0, a), (16, b)] for a, b in zip(left, right)])
    own = rules_with(tmp_path, "LAY001", shared_starts=13)
    found = columns(source, own)
    assert "positions" not in found.evidence
    assert columns(source, RULES).evidence.get("positions") == "ems"


def test_a_page_holding_a_form_feed_is_read_on_its_grid_however_narrow_its_gaps():
    """pdftotext ends each sheet with a form feed and PyMuPDF sort=True writes none: a page
    holding one is LAY001's, read on its character grid, though its columns stand as few
    spaces apart as sort=True sets them (seed 14701, gen-14706: titles and captions three
    spaces from the next column). The same page without the feed is LAY002's."""
    narrow = side_by_side(LEFT, RIGHT, at=16, gap=3)
    page = clean(narrow + "\f")
    assert [e.rule for e in page.layout] == ["LAY001"]
    assert [a.headline for a in page.articles] == ["活动顺利举行", "江豚种群回升"]
    assert [b.text for b in page.articles[1].body] == [LONG, NEXT, FULL]
    assert_sound(page)
    assert [e.rule for e in clean(narrow).layout] == ["LAY002"]


def test_pdftotext_layout_keeps_character_counts():
    """Text set in a character grid (pdftotext -layout) is placed by character counts."""
    rows = [[(0, a), (20, b), (40, c)] for a, b, c in zip(A1, A2, B)] * 2
    found = columns(grid(*rows), RULES)
    assert "positions" not in found.evidence


def test_a_line_still_holding_two_columns_after_the_order_flags_the_page():
    """DBT005: LAY001 rebuilt the order, but a line it could not part still holds two
    columns' text; the page says so and names the line. A page read wholly by columns is
    not flagged (test_columns_are_read_one_after_the_other)."""
    across = "甲乙丙丁戊己庚辛    子丑寅卯辰巳午未"
    page = clean(side_by_side(LEFT, RIGHT) + page_of(["", "", across]))
    (flag,) = [f for f in page.flags if f["code"] == "DBT005"]
    assert flag["lines"] == [page.ordered.split("\n").index(across) + 1]
    assert "DBT004" not in [f["code"] for f in page.flags]
    assert_sound(page)


def test_a_photo_credit_after_the_order_is_no_line_holding_two_columns():
    """DBT005 does not count a photo's credit (新华社记者  卢汉欣摄: CAP002, CAP004), whose two
    spaces look like a column gap; a page whose only such line is a credit is not flagged.
    A column's line beside another column's credit (-layout, seed 807) still counts."""
    credit = "新华社记者  卢汉欣摄"
    page = clean(side_by_side(LEFT, RIGHT) + page_of(["", "", credit]))
    assert any(e.rule == "LAY001" for e in page.layout)
    assert credit in page.ordered.split("\n")
    assert "DBT005" not in [f["code"] for f in page.flags]
    assert_sound(page)
    across = "甲乙丙丁戊己庚辛    子丑寅卯辰巳午未"
    beside = "启全面建设社会主义现代化      本报记者 唐杰强摄"
    page = clean(side_by_side(LEFT, RIGHT) + page_of(["", "", credit, "", "", across, "", "",
                                                      beside]))
    (flag,) = [f for f in page.flags if f["code"] == "DBT005"]
    ordered = page.ordered.split("\n")
    assert flag["lines"] == [ordered.index(across) + 1, ordered.index(beside) + 1]


# --- a box's head stack centred over its columns -----------------------------------------

def test_a_byline_centred_over_the_second_column_is_read_with_the_head():
    """pdftotext -layout sets a large headline in fewer cells than it prints across, so the
    byline centred under it stands over the box's second column: it is read after the
    headline, before the columns, not at the top of the second column."""
    rows = [[(8, "长江江豚种群数量回升")], [(26, "本报记者李四")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, A2 + A1)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "本报记者李四", *A1, *A2, *A2, *A1]
    (edit,) = page.layout
    assert edit.rule == "LAY001" and edit.evidence["read_with_head"] == [2]
    assert_sound(page)


def test_a_short_line_at_the_second_column_s_start_under_its_first_column_stays():
    """The second column's first line (a paragraph's last line, at the column's start)
    beside the first column's text, with no head above it: read in its column."""
    rows = [[(0, A1[0])], [(20, "重现多年。")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1[1:] + A2, A2 + A1)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == [*A1, *A2, "重现多年。", *A2, *A1[:-1]]
    assert_sound(page)


def test_a_headline_over_the_second_column_at_the_region_s_top_stays():
    """A title over the second of a cell's columns at the top of the region (the next
    box's, beside the first column's text going on below it) has no head above it: it is
    read with the second column, after the first."""
    rows = [[(26, "江豚种群数量回升")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, A2 + A1)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == [*A1, *A2, "江豚种群数量回升", *A2, *A1]
    assert_sound(page)


def test_a_subtitle_and_byline_over_columns_set_on_alternate_rows_are_read_with_the_head():
    """The box's two columns on alternate rows (few lines hold both): its subtitle, left of
    the second column's start, and the byline under it, over the second column, are read
    after the headline, before the first column."""
    rows = [[(8, "长江江豚种群数量回升")], [], [(14, "——来自长江的调研")], [], [(23, "本报记者李四")],
            [(0, A1[0]), (24, A2[0])]]
    for n, (a, b) in enumerate(zip(A1[1:] + A2, A2[1:] + A1)):
        rows += [[(0, a)], [(24, b)]] if n < 8 else [[(0, a), (24, b)]]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "——来自长江的调研", "本报记者李四",
                     *A1, *A2, *A2, *A1]
    assert_sound(page)


def test_a_head_stack_over_columns_on_alternate_rows_is_parted_off_first():
    """Beside a page's column, a box whose two columns pdftotext -layout set on alternate
    rows (no gutter backed by lines holding both): its subtitle, set left of the second
    column's start under the headline, and the byline under it are read after the
    headline, before the columns (gen-0002's 任仲平)."""
    box = [[(26, "长江江豚种群回升")], [(36, "——来自长江的调研")], [(42, "本报记者李四")],
           [(24, "（一）"), (44, A2[0])]]
    for a, b in zip(A1, A2[1:]):
        box += [[(20, a)], [(44, b)]]
    left = (A1 + A2 + B)[:len(box)]
    page = clean(grid(*[[(0, a), *cells] for a, cells in zip(left, box)]))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == [*left, "长江江豚种群回升", "——来自长江的调研", "本报记者李四",
                     "（一）", *A1[:5], *A2]
    assert_sound(page)


def test_a_title_under_the_neighbour_s_second_column_is_read_with_its_own_box():
    """Two boxes parted by a blank run of positions: the left one two columns whose second
    goes on alone for some rows; the right box's title, off its columns' start, on the
    row under such a line, its byline and columns under it (pdftotext -layout, gen-0101's
    中国科技 活力奔涌). The line above the title starts where the left box's second column
    starts, off its side's first column's start but no title's line: the title is read
    with its own box, not as a head stack over both before the left box's last rows."""
    a = column(LONG + NEXT + FULL + NEXT)
    b = column(NEXT + FULL + LONG + NEXT)
    c, d = column(FULL + LONG + NEXT), column(LONG + FULL + NEXT)
    rows = [[(0, a[n]), (18, b[n])] for n in range(5)]
    rows += [[(0, a[5])], [(18, b[5])], [(18, b[6])], [(52, "江豚种群数量回升")],
             [(0, a[6]), (18, b[7]), (64, "本报记者李四")]]
    rows += [[(0, a[7 + n]), (18, b[8 + n]), (40, c[n]), (58, d[n])] for n in range(2)]
    rows += [[(40, c[2 + n]), (58, d[2 + n])] for n in range(4)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    title = lines.index("江豚种群数量回升")
    assert lines[title:title + 3] == ["江豚种群数量回升", "本报记者李四", c[0]]
    assert set(lines[:title]) == {*a[:9], *b[:10]}
    assert_sound(page)


def test_a_subtitle_at_the_second_column_s_start_is_read_with_the_head_by_its_dash():
    """A subtitle (——…) that pdftotext -layout set at the second column's very start, under
    a headline centred over the first: its dash, not its place, shows it is the head's."""
    rows = [[(6, "长江江豚种群数量回升")], [(20, "——来自长江的调研")], [(22, "本报记者李四")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, A2 + A1)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "——来自长江的调研", "本报记者李四",
                     *A1, *A2, *A2, *A1]
    assert_sound(page)


# --- pdftotext -layout: the page's first row, boxes meeting at a gutter -------------------

def test_the_masthead_row_is_read_first_not_with_the_head_stacks_below():
    """The page's first row (the paper's name, far left; the date and edition, far right)
    stands over two boxes' head stacks with a clear gutter through all of them: it is read
    first, on its own, not parted at the gutter like a head stack over its box."""
    a1, a2, b = A1 + A2, A2 + A1, B + B
    rows = [[(0, "南岭日报"), (40, "2025年5月11日 星期日 第4版")], [], [],
            [(8, "长江江豚种群数量回升")], [(40, "江豚回来了")], [(11, "本报记者李四")],
            [(40, "本报记者王五")], [], [], [], []]
    rows += [[(0, x), (20, y), (40, z)] for x, y, z in zip(a1, a2, b)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["南岭日报", "2025年5月11日 星期日 第4版", "长江江豚种群数量回升",
                     "本报记者李四", *a1, *a2, "江豚回来了", "本报记者王五", *b]
    assert_sound(page)


def test_a_column_going_on_under_a_picture_s_space_is_read_before_its_neighbour():
    """Two boxes side by side (their lines on common rows), then blank rows across the page
    (a picture in the left column, the right box ended), then the left column going on
    alone: the gutter runs through both rows, so the left column is read down to its end
    before the box beside it, not broken by it."""
    rows = [[(0, "长江江豚种群回升")], [(20, "江豚回来了")], [(20, "本报记者王五")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, B + B)] + [[], [], []]
    rows += [[(0, a)] for a in A1]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群回升", *A1, *A2, *A1, "江豚回来了", "本报记者王五", *B, *B]
    assert_sound(page)


def test_boxes_on_alternate_rows_under_blank_rows_are_read_with_the_columns_above():
    """Under the blank rows, two boxes whose lines fall on alternate rows (they share no
    baselines, so the gutter between them is where boxes meet): the left side is read down
    through both rows, then the right."""
    low = column(LONG + FULL)[:6]
    rows = [[(0, "长江江豚种群回升")], [(20, "江豚回来了")], [(20, "本报记者王五")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, B + B)] + [[], [], []]
    rows += [row for a, c in zip(A1, low) for row in ([(0, a)], [(20, c)])]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群回升", *A1, *A2, *A1, "江豚回来了", "本报记者王五", *B, *B,
                     *low]
    assert_sound(page)


def test_a_staff_line_under_the_columns_is_read_last():
    """A single line under the blank rows (the staff line, under the left column) is no
    column going on: it stays a row of its own, read after the boxes above."""
    rows = [[(0, "长江江豚种群回升")], [(20, "江豚回来了")], [(20, "本报记者王五")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, B + B)]
    page = clean(grid(*rows, [], [], [(0, "责任编辑：刘刚")]))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群回升", *A1, *A2, "江豚回来了", "本报记者王五", *B, *B,
                     "责任编辑：刘刚"]
    assert_sound(page)


def test_a_caption_with_its_credit_flush_right_is_no_column_going_on():
    """A caption's line under the left column and its credit set flush right, under the
    right one: one line a side is no column, and the caption stays a row of its own."""
    rows = [[(0, "长江江豚种群回升")], [(20, "江豚回来了")], [(20, "本报记者王五")]]
    rows += [[(0, a), (20, b)] for a, b in zip(A1 + A2, B + B)] + [[], []]
    rows += [[(0, "图为江豚在长江中游弋。")], [(26, "李四摄")]]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群回升", *A1, *A2, "江豚回来了", "本报记者王五", *B, *B,
                     "图为江豚在长江中游弋。", "李四摄"]
    assert_sound(page)


def test_a_caption_s_credit_set_flush_right_is_read_with_its_caption():
    """A caption over a box's columns, its credit on the next row flush right (pdftotext
    -layout sets it at the box's right edge, over the last column): the credit is read
    after the caption, before the columns, not at the top of the last column."""
    a1, a2, b = A1 + A2, A2 + A1, B + B
    rows = [[(0, "长江江豚种群数量回升")], [], [(0, "图为江豚在长江中游弋。")], [(47, "李四摄")], []]
    rows += [[(0, x), (18, y), (36, z)] for x, y, z in zip(a1, a2, b)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "图为江豚在长江中游弋。", "李四摄", *a1, *a2, *b]
    assert_sound(page)


def test_on_a_character_grid_the_cut_most_lines_back_is_taken_before_the_widest():
    """pdftotext -layout: a box's two narrow columns of short text (on alternate rows) leave
    a wide blank run between them; the narrower run between that box and the column beside
    it parts more lines wholly on each side, and is cut first on a character grid
    (positions in ems, PyMuPDF sort=True, keep the widest)."""
    from cleaner.layout import _clear_cut, lines_of

    box = [row for _ in range(3) for row in ([(20, "短行文字短行")], [(50, "短行文字短行")])]
    text = grid(*[[(0, a)] for a in A1], *box)
    rows = [(ln, ln.cells) for ln in lines_of(text) if ln.cells]
    assert 14 <= _clear_cut(rows, 2, 2, grid=True) < 20
    assert 26 <= _clear_cut(rows, 2, 2) < 50


def test_a_title_left_of_the_neighbour_s_kicker_is_no_line_of_its_head():
    """Two boxes side by side, a blank run between them, their head stacks on alternate
    rows: the right box's kicker, off its column's start, on the row above the left box's
    title. A line centred under a title lands right of it, never left: the left box's title
    is not read with the kicker as one head stack, and each box is read with its own head."""
    rows = [[(46, "聚焦高质量发展")], [(6, "长江江豚种群数量回升")], [(40, "江豚回来了")],
            [(12, "本报记者李四")]]
    rows += [[(0, a), (18, b), (40, c)] for a, b, c in zip(A1, A2, B)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["长江江豚种群数量回升", "本报记者李四", *A1, *A2,
                     "聚焦高质量发展", "江豚回来了", *B]
    assert_sound(page)


def test_a_box_s_columns_end_at_one_blank_line_over_the_next_row_s_title():
    """A three-column box, its columns on common rows, one blank line, then the next row:
    a title off every column's start over two boxes whose gutters are the box's own. The
    blank line under rows holding all the box's columns is the box's end: its third column
    is read before the row below, not after the lower boxes' first columns."""
    low_a, low_b = column(FULL + NEXT)[:6], column(LONG + FULL)[:6]
    rows = [[(0, a), (18, b), (36, c)] for a, b, c in zip(A1, A2, B)] + [[], [(7, "江豚回来了")]]
    rows += [[(0, a), (18, b), (36, c)] for a, b, c in zip(low_a, low_b, A1)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:19] == [*A1, *A2, *B, "江豚回来了"]
    assert_sound(page)



def test_a_short_open_line_under_a_row_of_another_box_is_the_next_box_s_title():
    """Under a row blank in a box (another box's line stood there), a line at its first
    column's start goes on with the column only when it is full or ends a sentence: a short
    line without an end mark is the next box's title, read after the box's columns."""
    from .test_rules import GOES_ON, GOES_ON_ROWS, in_column, placed

    far = in_column(FULL + LONG + NEXT + CHIPS)
    page = clean(placed(*GOES_ON_ROWS, [(0, far[10])], [(0, far[11]), (20, "江豚种群回升")]))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[-1] == "江豚种群回升"
    page = clean(placed(*GOES_ON_ROWS, [(0, far[10])], [(0, far[11]), (20, GOES_ON[10])]))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines.index(GOES_ON[10]) == lines.index(GOES_ON[9]) + 1


def test_a_column_goes_on_over_a_blank_row_of_the_grid():
    """pdftotext -layout sets a blank row across a box where a row of another box stands
    half a line off: between a full line that ends on no mark and the column's next line,
    it is no paragraph's end, and the reordered text drops it (`read_on_over_blank`); after
    a line that ends its sentence, or a short one, the blank row stays."""
    from .test_rules import GOES_ON, placed

    a, b = GOES_ON[:9], GOES_ON[9:18]
    head = [[(0, "长江江豚种群数量回升")], [(0, "本报记者李四")]]
    rows = [[(0, x), (20, y)] for x, y in zip(a, b)]
    page = clean(placed(*head, *rows[:3], [], *rows[3:]))
    assert "\n".join(a[2:4]) in page.ordered and "\n".join(b[2:4]) in page.ordered
    edit = next(e for e in page.layout if e.rule == "LAY001")
    assert edit.evidence["read_on_over_blank"] == [7, 7]
    ended = rows[:2] + [[(0, "今天上午举行了一次活动。"), (20, b[2])]] + rows[3:]  # a sentence ends
    page = clean(placed(*head, *ended[:3], [], *ended[3:]))
    assert "今天上午举行了一次活动。\n\n" + a[3] in page.ordered


def test_a_glued_line_parted_keeps_the_converter_s_order_for_sheet_breaks():
    """A line LAY204 parts (two columns' lines glued on one baseline) mends the converter's
    own reading order, it does not replace it: the page is still read as the converter
    read it, so MOVE001 still pairs the boxes a sheet break cut (the dateline left on
    sheet 1, 本报北京6月19日电（记者 王 轶）, goes on with its text after 第 2 页). A
    generated page's PyMuPDF text (seed 708) with one line glued as pypdfium2 glues it;
    the sheet moves were dropped once any layout edit but a title's or a speck's stood."""
    path = Path(__file__).resolve().parent / "fixtures" / "glued-line-over-a-sheet-break.txt"
    page = clean(path.read_text(encoding="utf-8"))
    assert [e.rule for e in page.layout] == ["LAY204"]
    assert any(e.rule == "MOVE001" and "sheet_break" in e.evidence for e in page.edits)
    assert "本报北京6月19日电（记者 王 轶）商务部19日发布" in page.text.replace("\n", "")
    assert_sound(page)


# pdftotext -layout (seed 601, gen-0602): a one-column article (at 0) beside a box (at
# 24); a photo set in the column cuts it mid-sentence (…新招募的近万名志愿), its caption
# under the picture's blank rows, beside the neighbour's caption, then the column's next
# line (者已陆续抵达服务地，将).
PHOTO_IN_COLUMN = [
    "                        图为运动员在比赛中。（资",
    "图①：一名应届毕业生在招            料图片）",
    "聘会上咨询岗位信息。 中",
    "                        生动展现着文化因交流而",
    "青报·中青网记者 李 强/摄",
    "                        多彩。",
    "，得先补补技术课。”他",
    "说。                      民生实事看落实",
    "                        暑期防溺水 这些",
    "近万名大学生志",
    "                        地方别去",
    "愿者服务西部基",
    "                           本报讯（记者 刘 洋",
    "层                       实习生 张 雨）暑假来",
    "——多地推进情况观               临，中小学生溺水风险增",
    "察                       加。7日，市教育局、市",
    "    本报讯（中青报·中           应急管理局联合发布暑期",
    "青网记者 赵 阳）记者从            防溺水安全提示，提醒家",
    "共青团中央获悉，2025年           长加强对孩子的看护。",
    "大学生志愿服务西部计划",
    "新招募的近万名志愿",
    "", "", "", "",
    "图为市民在社区服务中心办            图为货轮在港口装卸集装",
    "理业务。 陆敏雪摄               箱。 市文旅局供图",
    "",
    "者已陆续抵达服务地，将",
    "在基层教育、卫生、农业",
    "科技、基层社会治理等领",
    "域开展为期1至3年的志愿",
    "服务。",
]


def _read_after(page: str, line: str) -> list[str]:
    """The two pieces LAY001 reads right after the piece that is `line`."""
    found = columns(page, RULES)
    texts = [page[a:b].strip() for a, b in found.spans]
    k = texts.index(line)
    return texts[k + 1:k + 3]


def test_a_column_cut_by_a_photo_goes_on_under_its_caption():
    page = page_of(PHOTO_IN_COLUMN)
    assert _read_after(page, "新招募的近万名志愿") == ["图为市民在社区服务中心办", "理业务。 陆敏雪摄"]
    assert _read_after(page, "理业务。 陆敏雪摄")[0] == "者已陆续抵达服务地，将"
    assert columns(page, RULES).evidence["read_on_under_caption"] == [26]
    # The caption lifted out, the paragraph is one again.
    body = [b["text"] for a in to_dict(clean(page))["articles"] for b in a["body"]]
    assert any("新招募的近万名志愿者已陆续抵达服务地" in text for text in body)


def test_a_paragraph_opening_under_a_caption_is_no_column_going_on():
    # The line under the caption indented: a paragraph opens there, the sentence above
    # goes on elsewhere (seed 6501, gen-6506: …更不等于“没有 / 图为… / 这些学校的经验说).
    lines = PHOTO_IN_COLUMN[:28] + ["  者已陆续抵达服务地，" + PHOTO_IN_COLUMN[28][10:]] + PHOTO_IN_COLUMN[29:]
    assert "read_on_under_caption" not in columns(page_of(lines), RULES).evidence
    assert _read_after(page_of(lines), "新招募的近万名志愿")[0] != "图为市民在社区服务中心办"


def test_a_column_s_end_over_a_caption_and_blank_rows_is_not_read_on():
    # Two blank rows under the caption: what stands under them is the next box (its title,
    # as wide as the column: seed 7301, gen-7308), not the column going on.
    lines = PHOTO_IN_COLUMN[:27] + [""] + PHOTO_IN_COLUMN[27:]
    assert "read_on_under_caption" not in columns(page_of(lines), RULES).evidence


# pdftotext -layout (seed 101, gen-0104): a photo set in the first column cuts it
# mid-sentence (…期望两党 / 坚持共同政治基础), beside the next column's lines; its caption, in
# smaller type, sets rows of its own between the neighbour's, so two rows stand blank in the
# column's place between the caption's credit and the column's next line.
CAPTION_ROWS = [
    "  新华社北京10月19日电        中共中央       交流合作，促进共同发展，推进国家统",
    "总书记习近平19日致电郑丽文，祝贺其当              一，坚定守护中华民族共同家园，守护两",
    "选中国国民党主席，指出多年来两党在坚               岸同胞根本利益，携手开创中华民族更加",
    "持“九二共识”、反对“台独”共同政治               美好的未来。",
    "                                    同日，新当选的中国国民党主席郑丽                 图为游客在古镇街头拍照留念。 本报记者 郑",
    "基础上，推动两岸交流合作，致力维护台",
    "                                                                     俊摄",
    "海和平稳定，增进两岸同胞亲情福祉，成               文复电，对习近平总书记表示感谢。她表",
    "效积极。当前，世界百年变局加速演进，               示，海峡两岸于1992年达成各自以口头方                知，要求各地各校切实做好开学各项工",
    "中华民族伟大复兴势不可挡。期望两党                式表达坚持一个中国原则的共识。两党在                  作，扎实做好校园安全、食品安全、传染",
    "                                 坚持“九二共识”、反对“台独”的共同                  病防控等工作，确保学生安全健康返校。",
    "                                 政治基础上，推动两岸关系和平发展，取",
    "                                 得诸多历史性成就。两岸同为炎黄子孙、                  海滨公园“落日音乐会”每周",
    "                                 同属中华民族，两党应在既有基础上，强                  六开唱",
    "图为4月18日，市民在社区服务中心办理业",
    "                                 化两岸交流合作、促进台海和平稳定，为",
    "务。 新华社记者 顾娟建摄                                                          本报讯（记者 林 楠）每逢周六傍",
    "                                 两岸人民谋取最大福祉，为民族复兴开辟",
    "                                                                     晚，海滨公园的草坪上都会响起悠扬的音",
    "坚持共同政治基础，团结广大台湾同胞，               宏伟前程。",
    "                                                                     乐。由市文化馆主办的“落日音乐会”自",
    "增强做中国人的志气、骨气、底气，深化",
    "                                                                     7月启动以来，已举办6场，吸引观众2万",
    "                                                                     多人次。",
]


def test_a_column_goes_on_two_rows_under_a_caption_set_between_its_neighbour_s_rows():
    page = page_of(CAPTION_ROWS)
    assert columns(page, RULES).evidence["read_on_under_caption"] == [15]
    assert _read_after(page, "中华民族伟大复兴势不可挡。期望两党") == [
        "图为4月18日，市民在社区服务中心办理业", "务。 新华社记者 顾娟建摄"]
    assert _read_after(page, "务。 新华社记者 顾娟建摄")[0] == "坚持共同政治基础，团结广大台湾同胞，"


def test_a_column_s_end_over_rows_blank_across_the_page_is_not_read_on_two_rows_under():
    # Two rows blank across the page under the column's last line: the page's rows part
    # there, and the caption with two rows blank under it ends its box; so does one with
    # the second row under it blank across the page.
    lines = CAPTION_ROWS[:10] + ["", ""] + CAPTION_ROWS[10:]
    assert "read_on_under_caption" not in columns(page_of(lines), RULES).evidence
    lines = CAPTION_ROWS[:18] + [""] + CAPTION_ROWS[19:]
    assert "read_on_under_caption" not in columns(page_of(lines), RULES).evidence


# pdftotext -layout (seed 3001, gen-3004): a brief's column (at 66) goes on a row lower
# (…东北和长江中下游六 / 成半，华南近三成。), the row between holding a caption beside it (at
# 98); the page's cuts had read the caption and the next box before the column's last line.
ROW_BETWEEN = [
    '谱写全球妇女事业发',
    '展新篇章（国际论',
    '                “开放的中国为世界经济发展带来巨大机                                      全国秋粮收获近七成',
    '坛）              遇”（国际人士看中国“十四五”成就）                                  农业农村部最新农情调',
    '                                                                  度显示，全国秋粮收获近七',
    '玛丽娜·拉古什',
    '                  今年是“十四五”规划    访的国际人士表示，“十四                      成。分作物看，中稻过七',
    '  在北京举行的全球妇女    收官之年。5年间，从实现    五”时期，中国经济总量连                      成、玉米过六成、大豆过八',
    '峰会，谱写了全球妇女事业    第一个百年奋斗目标到开启    续跨越多个台阶，中国经济                      成。分区域看，西南过八',
    '新的篇章，为促进全球男女    第二个百年奋斗目标新征     持续高质量发展为全球经济                      成，西北过七成，黄淮海过',
    '平等和妇女全面发展注入新    程，从全面建成小康社会到    复苏增长作出积极贡献，成                      七成，东北和长江中下游六',
    '动力，为推动构建人类命运    促进全体人民共同富裕，中    为世界经济发展最稳定、最                                           图为10月19日，河南省济源',
    '                                                                  成半，华南近三成。',
    '共同体贡献新力量。       国经济社会发展取得新的开    可靠、最积极的力量。       图为10月18日，工人在生产                        市五龙口镇农民将刚收获的玉',
    '                                                 线上忙碌。 新华社记者 汪国                        米上架晾晒。 苗秋闹摄（新华',
    '                创性进展、突破性变革、历        “中国经济蕴含强大韧',
    '                                                 飞摄                                    社发）',
    '                史性成就。接受本报记者采    性和持久活力”',
]


def test_a_column_goes_on_in_its_place_under_a_row_another_column_took():
    page = page_of(ROW_BETWEEN)
    assert _read_after(page, "七成，东北和长江中下游六")[0] == "成半，华南近三成。"
    evidence = columns(page, RULES).evidence
    assert evidence["read_on_in_column"] == [13] and "read_on_word_across" not in evidence


def test_a_column_is_not_read_on_under_two_blank_rows_or_an_indent():
    # Two blank rows part the page's rows (where no word of the page runs across the
    # break: CLS017 stopped here; see the next tests); an indented line opens a paragraph
    # (the open sentence above goes on elsewhere).
    apart = ROW_BETWEEN[:12] + [""] + ROW_BETWEEN[12:]
    indented = ROW_BETWEEN[:12] + ["  " + ROW_BETWEEN[12]] + ROW_BETWEEN[13:]
    for lines, rules in ((apart, RULES.stop("CLS017")), (indented, RULES)):
        assert "read_on_in_column" not in columns(page_of(lines), rules).evidence


def _rows_between(blank: int, lines: list[str] = ROW_BETWEEN) -> str:
    """ROW_BETWEEN with `blank` rows in the column's place between its open line
    (…长江中下游六) and the line going on (成半，华南近三成。): the caption's row beside it
    and `blank` - 1 rows blank across the page."""
    return page_of(lines[:12] + [""] * (blank - 1) + lines[12:])


def test_a_column_goes_on_over_more_rows_where_a_word_runs_across():
    # A neighbour in tighter leading (or a large title's tall rows) takes more rows between
    # a column's own than `row_gap`: the column goes on there where a word of the page
    # (六成: 玉米过六成) runs across the break, up to `word_rows` rows under it.
    for blank in (2, 3, RULES.param("LAY001", "word_rows")):
        page = _rows_between(blank)
        assert _read_after(page, "七成，东北和长江中下游六")[0] == "成半，华南近三成。"
        evidence = columns(page, RULES).evidence
        assert evidence["read_on_in_column"] == [12 + blank]
        # (the evidence names the word across the break, 六成, not only the line)
        assert evidence["read_on_word_across"] == [{"line": 12 + blank, "word_across": "六成"}]


def test_a_column_is_not_read_on_over_more_rows_without_a_word_across():
    # No page word across the break (the page prints 六成 nowhere else), or more rows than
    # `word_rows` in the column's place: the rows part there.
    no_word = [line.replace("玉米过六成", "玉米过七成") for line in ROW_BETWEEN]
    far = RULES.param("LAY001", "word_rows") + 1
    for page in (_rows_between(2, no_word), _rows_between(far)):
        assert "read_on_in_column" not in columns(page, RULES).evidence
        assert _read_after(page, "七成，东北和长江中下游六")[0] != "成半，华南近三成。"


# pdftotext -layout (seed 6401, gen-6407): a box's first column ends mid-sentence (…近千万名学生)
# and goes on at the top of its second column (参与，最终…); the page's cuts read the
# neighbouring box's first line (10月19日，第138届广交会, beside the box's title) between.
AT_TOP = [
    '全国大学生职业规划大赛总决赛落                                          10月19日，第138届广交会',
    '',
    '',
    '       幕',
    '                                                      第一期闭幕。本届广交会设立服',
    '                                                      务机器人专区，引入数十家行业',
    '                                                      领先企业，聚焦服务机器人前',
    '  本报讯（中青报·中青网记     参与，最终有600余名选手进入   规划，由高校教师和用人单位代   沿，涵盖人形机器人、外骨骼机',
    '者 叶雨婷）第二届全国大学生     总决赛。              表共同评审。有评委表示，今年   器人、球形巡检机器人、光伏清',
    '职业规划大赛总决赛日前落幕。       大赛设成长赛道和就业赛     选手的职业目标更加多元，不少   洁机器人、教育机器人等品类，',
    '大赛自启动以来，吸引了全国      道，选手们围绕职业目标展示自    选手把目光投向了基层、乡村和   兼具技术前瞻性与成熟商业应用',
    '2,000多所高校的近千万名学生   己的学习经历、实践成果和发展    新兴产业。            性，吸引全球多家工商机构和头',
    '                                                      部采购商到会参观洽谈。',
]


def test_a_column_goes_on_at_the_top_of_the_box_s_next_column():
    page = page_of(AT_TOP)
    assert _read_after(page, "2,000多所高校的近千万名学生")[0] == "参与，最终有600余名选手进入"
    assert columns(page, RULES).evidence["read_on_at_top"] == [8]
    # The column's line the page's last, with no newline after it: no row under it.
    assert columns("\n".join(AT_TOP[:12]), RULES).evidence["read_on_at_top"] == [8]


def test_a_next_column_opening_a_paragraph_is_not_read_on_at_its_top():
    # Its top line indented: a paragraph (or another article) opens there, and the open
    # line on the left goes on elsewhere.
    lines = [line.replace("     参与，最终有600余名选手进入   ", "       参与，最终有600余名选手   ")
             for line in AT_TOP]
    assert "read_on_at_top" not in columns(page_of(lines), RULES).evidence


def test_a_subtitle_at_the_next_column_s_top_is_not_read_on():
    # A subtitle (——) standing at the top of the column beside is its box's head, not the
    # column's text going on (seed 7801, gen-7803).
    lines = [line.replace("参与，最终有600余名选手进入", "——最终有600余名选手进入")
             for line in AT_TOP]
    assert "read_on_at_top" not in columns(page_of(lines), RULES).evidence


# AT_TOP with the box's second column the article's last, two lines deep (…2,000多所高校的近千万
# 名学生 / 参与，最终有600余名选手进入 / 总决赛。) and no third: the column is shorter than
# `min_support` lines, its first line on the first column's top row (seed 17501, gen-17507:
# …中国上海国际艺术节 / 已成为中外文化艺术交流的重要平台， / 生动展现着文化因交流而多彩。).
SHORT_LAST = [AT_TOP[n][:35].rstrip().ljust(54) + AT_TOP[n][54:] if n in (7, 8)
              else AT_TOP[n][:17].rstrip().ljust(54) + AT_TOP[n][54:] if 9 <= n <= 11
              else AT_TOP[n] for n in range(len(AT_TOP))]


def test_a_column_goes_on_at_the_top_of_a_short_last_column():
    page = page_of(SHORT_LAST)
    assert _read_after(page, "2,000多所高校的近千万名学生") == ["参与，最终有600余名选手进入", "总决赛。"]
    evidence = columns(page, RULES).evidence
    assert evidence["read_on_at_top"] == evidence["read_on_short_column"] == [8]
    # A next column of min_support lines or more is not logged as short.
    assert "read_on_short_column" not in columns(page_of(AT_TOP), RULES).evidence


def test_a_short_column_is_not_read_on_under_a_column_holding_no_text_mark():
    # The first column's last lines hold no clause mark or sentence's end: a title stack
    # (titles end open with none), not text going on at a short column's top.
    lines = [line.replace("落幕。", "落幕了").replace("以来，", "以来有") for line in SHORT_LAST]
    page = page_of(lines)
    assert "read_on_at_top" not in columns(page, RULES).evidence
    assert _read_after(page, "2,000多所高校的近千万名学生")[0] != "参与，最终有600余名选手进入"


def test_a_short_column_a_row_under_the_top_row_is_not_read_on():
    # The short column's first line one row under the first column's top (a dateline or a
    # title's last line there, not the box's row; gen-17602, gen-18302): not read on at
    # its top, the columns read as the cuts left them.
    def put(line: str, text: str) -> str:  # (text in the second column's place, 19 to 54)
        line = line.ljust(54)
        return (line[:19] + text.ljust(35) + line[54:]).rstrip()

    lines = list(SHORT_LAST)
    lines[7], lines[8], lines[9] = (put(lines[7], ""), put(lines[8], "参与，最终有600余名选手进入"),
                                    put(lines[9], "总决赛。"))
    evidence = columns(page_of(lines), RULES).evidence
    assert "read_on_short_column" not in evidence and "read_on_at_top" not in evidence
    assert _read_after(page_of(lines), "2,000多所高校的近千万名学生")[0] != "参与，最终有600余名选手进入"


def test_a_short_column_is_read_on_only_down_to_row_gap_blank_rows():
    # A short box's column read on at its top goes with its lines down to `row_gap` blank
    # rows, not with the next box's title under them (seed 1501, gen-1503: 一座县城的百年).
    from cleaner.layout import _params, _unbroken
    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(), reporters=(),
                datelines=(), arrivals=())
    pieces = [(8, 0, 0), (9, 0, 0), (9 + p.row_gap + 1, 0, 0), (9 + p.row_gap + 2, 0, 0)]
    assert _unbroken([0, 1, 2, 3], pieces, p) == [0, 1]
    # Fewer blank rows (a neighbour's half-row): the column goes on.
    pieces[2] = (9 + p.row_gap, 0, 0)
    assert _unbroken([0, 1, 2, 3], pieces, p) == [0, 1, 2, 3]



def _head_over_first_column(head: list[str]) -> str:
    """AT_TOP with a head's lines set over the box's first column, at its start and as wide
    as it, on the rows right over the columns (beside the neighbouring box's lines), so the
    walk up the first column takes the head's first line for its top row and the second
    column's top stands len(head) rows under it."""
    lines = list(AT_TOP)
    for i, said in enumerate(head):
        n = 7 - len(head) + i
        lines[n] = (said.ljust(54) + lines[n][54:]).rstrip()  # (the neighbour's line kept)
    return page_of(lines)


# A one-column head over the box's first column, two lines as wide as the column (seed 1501,
# gen-1505: “开放的中国为世界经济发展带来巨大机 / 遇”（国际人士看中国“十四五”成就） over the
# first column, the second column's top on the row under it).
HEAD_OVER = ["全国大学生职业规划大赛总决", "赛日前落幕选手来自各地高校"]


def test_a_next_column_s_top_under_the_top_row_found_is_read_on():
    # The walk up the first column took the head's lines for the column's: the second
    # column's top stands two rows under the top row found, nothing of its column over it.
    page = _head_over_first_column(HEAD_OVER)
    assert _read_after(page, "2,000多所高校的近千万名学生")[0] == "参与，最终有600余名选手进入"
    evidence = columns(page, RULES).evidence
    assert evidence["read_on_at_top"] == evidence["read_on_under_top_row"] == [8]
    # On the top row, as before: not logged as under it.
    assert "read_on_under_top_row" not in columns(page_of(AT_TOP), RULES).evidence


def test_a_next_column_s_top_far_under_the_top_row_or_wider_is_not_read_on():
    # More than `top_rows` rows under the top row found: the open line goes on elsewhere.
    far = [HEAD_OVER[0]] * (RULES.param("LAY001", "top_rows") - 1) + HEAD_OVER
    page = _head_over_first_column(far)
    assert "read_on_at_top" not in columns(page, RULES).evidence
    assert _read_after(page, "2,000多所高校的近千万名学生")[0] != "参与，最终有600余名选手进入"
    # Under it, a first line wider than its column (ending past `wide`, the column's
    # lines' end, by more than jitter) is a title over the column, not its top.
    from cleaner.layout import _params, _top_lower

    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(), reporters=(),
                datelines=(), arrivals=())
    assert _top_lower(2, (19, 34), 34, p) and _top_lower(p.top_rows, (19, 36), 34, p)
    assert not _top_lower(2, (19, 37), 34, p) and not _top_lower(p.top_rows + 1, (19, 34), 34, p)
    assert not _top_lower(1, (19, 34), 34, p)  # (on the top row or one off: weighed before)



# pdftotext -layout (seed 1501, gen-1501): a commentary's byline of names alone centred under
# its title stands over the box's columns at the second column's start, so the cuts read it
# opening that column's run; the first column ends open (…也要帮助他) and goes on at the
# second column's top (们认识…).
NAME_OVER = ["              大学生职业规划大赛在京落幕", "", "                  {}", "",
             "  提起职业规划，你会想到什么？     们认识“行不行”。从业伊始，其实我",
             "  传统印象中，它或许是课程表上容   是一名语文老师，因为喜欢规划而与这",
             "易被忽略的角落，是被主科挤占的“边   门课结缘，偶尔兼任相关课程。起初，我",
             "缘课”。今天，随着德智体美劳“五育   曾简单地将规划视为一种兴趣的延伸，",
             "并举”愈发深入人心，规划不再是锦上   是让学生们享受思考时光的载体。但随",
             "添花的配饰，而逐步成为现代教育的    着教学的深入，我日益发现，规划绝非",
             "“刚需”。规划发挥着塑造人格的作用，   停留在纸面上的技艺方法，而是一种扎",
             "  何为教育？在我看来，不仅是要教   根生活的日常修养。",
             "导孩子们知道“对不对”，也要帮助他", ""]


def _name_over_read(said: str) -> tuple[list[str], dict]:
    """`_goes_on_at_top` over NAME_OVER with `said` as the head's line over the columns,
    the pieces in the cuts' order: the title, the first column, the head's line (one
    piece), the second column."""
    from cleaner.layout import _goes_on_at_top, _params, lines_of

    page = "\n".join(NAME_OVER).format(said)
    lines = lines_of(page)
    head = [(ln.index, ln.cells[0].start, ln.cells[-1].end) for ln in lines[:4] if ln.cells]
    left = [(ln.index, c.start, c.end) for ln in lines[4:] for c in ln.cells if c.x0 < 18]
    right = [(ln.index, c.start, c.end) for ln in lines[4:] for c in ln.cells if c.x0 >= 18]
    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(),
                reporters=RULES.param_patterns("CLS003", "titles"), datelines=(), arrivals=())
    got, shown = _goes_on_at_top(head[:1] + left + head[1:] + right, lines, p)
    return [page[a:b] for _, a, b in got], shown


def test_a_name_only_byline_opening_the_next_column_s_run_goes_up_with_the_head():
    for said in ("王一凡", "图片报道"):
        texts, shown = _name_over_read(said)
        assert texts[:3] == ["大学生职业规划大赛在京落幕", said, "提起职业规划，你会想到什么？"]
        at = texts.index("导孩子们知道“对不对”，也要帮助他")
        assert texts[at + 1] == "们认识“行不行”。从业伊始，其实我"
        assert shown == {"read_on_at_top": [5], "head_line_read_with_head": [3]}


def test_a_titled_byline_or_a_clause_opening_the_next_column_s_run_is_left_alone():
    # A byline with its title (本报记者) heads its own column's article; a line with a
    # clause mark or a sentence's end, or longer than `head_line_share` of the measure,
    # is text: the run is weighed from it and not read on.
    for said in ("本报记者 王一凡", "王一凡，李二", "图片报道。", "各地高校选手来自全国各地高校"):
        texts, shown = _name_over_read(said)
        assert shown == {}
        assert texts.index(said) == texts.index("导孩子们知道“对不对”，也要帮助他") + 1

# pdftotext -layout (seed 401, gen-0404): a picture stands at the top of a box's second
# column, its caption (图为10月15日…卢汉欣摄) under it; the first column ends mid-sentence
# (…兼具技) and goes on under the caption (术前瞻性…), not at that column's top row.
PICTURE_AT_TOP = [
    '',
    '',
    '一座县城的百年影像                  图片报道',
    '——读《山河故人：南屏县影像志》',
    '                             10月19日，第138届广交会第一期闭幕。',
    '赵 鹏 林 蔚',
    '                           本届广交会设立服务机器人专区，引入数十家',
    '  这是一本特别的图书。它收录了南屏县文',
    '                           行业领先企业，聚焦服务机器人前沿，涵盖人',
    '化馆三代摄影工作者拍摄的600余幅照片，时',
    '                           形机器人、外骨骼机器人、球形巡检机器人、',
    '                           光伏清洁机器人、教育机器人等品类，兼具技',
    '                                                     图为10月15日，客商在第138届广交会服务机器人',
    '                                                     专区与人形机器人合影。 新华社记者 卢汉欣摄',
    '',
    '                                                     术前瞻性与成熟商业应用性，吸引全球多家工',
    '                                                     商机构和头部采购商到会参观洽谈。',
    '',
    '图为游客在景区参观游览。',
    '                    邵 强摄',
    '',
    '间跨度从20世纪30年代一直延续到今天。翻开',
    '书页，老街、渡口、祠堂、粮站、供销社依次',
    '出现，一座普通县城的百年变迁就这样被定格',
    '下来。',
    '',
    '                老旧小区改造惠及千家万户                         展世界艺术画卷 建文化交流平',
    '       加装电梯后，张大爷天天下楼遛弯                                     台',
    '                                                             本报记者 曹玲娟',
    '  本报讯（记者 王 薇 通讯员 李 军）11日     幸福里小区建于上世纪90年代初，共有18',
    '上午，家住南山区幸福里小区5号楼6楼的张大      栋多层住宅楼，没有一部电梯。小区60岁以上       10月17日，第二十四届中国上海国际艺术',
]
_PICTURE_END = "光伏清洁机器人、教育机器人等品类，兼具技"


def test_a_column_goes_on_under_a_caption_at_the_top_of_its_next_column():
    page = page_of(PICTURE_AT_TOP)
    assert _read_after(page, _PICTURE_END)[0] == "术前瞻性与成熟商业应用性，吸引全球多家工"
    found = columns(page, RULES).evidence
    assert found["read_on_at_top"] == [16] and found["read_on_past_caption"] == [13]


def test_a_caption_with_no_credit_at_the_top_of_the_next_column_ends_at_its_sentence():
    # With no credit under it, the caption ends at its sentence's end (…合影。): the column
    # goes on under that line, not under the caption's first line, which ends none.
    lines = list(PICTURE_AT_TOP)
    lines[13] = lines[13].replace("合影。 新华社记者 卢汉欣摄", "合影，展示服务机器人新品。")
    page = page_of(lines)
    assert _read_after(page, _PICTURE_END)[0] == "术前瞻性与成熟商业应用性，吸引全球多家工"
    assert columns(page, RULES).evidence["read_on_past_caption"] == [13]


def test_a_column_is_not_read_on_past_a_caption_under_text_in_its_place():
    # Text in the next column's place over the caption (off its start: no line of its
    # run): no picture's blank rows from the top down to the caption, so the line under
    # the caption is not read on.
    lines = list(PICTURE_AT_TOP)
    lines[8] += " " * 13 + "某栏文字"
    page = page_of(lines)
    assert _read_after(page, _PICTURE_END)[0] != "术前瞻性与成熟商业应用性，吸引全球多家工"
    assert "read_on_past_caption" not in columns(page, RULES).evidence


# A box's first column ends open (…吸引) over a single blank row and the next box's title
# stacked under it (pdftotext -layout, gen-1102: …兼具技术前瞻性 / one row / 走进产业园区);
# the box's second column goes on beside, from the top row.
GAP_BOX = ["今年以来，开发区引进了一批芯", "片设计和封装测试企业，形成了", "较为完整的产业链条，带动就业",
           "三千多人。园区负责人介绍，下", "一步将继续完善配套服务，加快", "建设标准厂房和人才公寓，吸引"]
GAP_NEXT = ["  本报讯（记者李军）园区里", "一派繁忙景象，各家企业加紧生", "产，订单排到了明年。企业负责",
            "人说，今年产值有望翻一番。"]
GAP_RIGHT = ["更多上下游企业落户，推动产业", "集聚发展。开发区还将设立专项", "基金，支持企业开展技术攻关，",
             "提升核心竞争力。", "  据悉，开发区今年新增企业", "四十多家，总投资超过百亿元。", "", "", "",
             "  园区还开通了通勤班车，方", "便员工上下班，受到普遍欢迎。", "下一步，园区将继续优化服务。"]


def _gap_box(under: str, box: list[str] = GAP_BOX) -> str:
    return side_by_side(box + ["", under] + GAP_NEXT, GAP_RIGHT, at=14)


def test_a_column_over_the_next_box_s_title_under_one_blank_row_goes_on_at_the_top():
    page = _gap_box("走进产业园区")
    assert _read_after(page, GAP_BOX[-1])[0] == GAP_RIGHT[0]
    assert columns(page, RULES).evidence["read_on_at_top"] == [1]


def test_a_title_short_of_the_measure_by_the_indent_and_jitter_under_one_blank_row_ends_the_run():
    # A kicker of 7 in a column of 11 (城市更新进行时, gen-17606): four short of the measure
    # is a title's line; three short, and it may be the column's line.
    page = _gap_box("走进产业园区建设新城")
    assert _read_after(page, GAP_BOX[-1])[0] == GAP_RIGHT[0]
    assert "read_on_at_top" not in columns(_gap_box("走进产业园区建设新城区"), RULES).evidence


def test_a_line_under_one_blank_row_that_is_no_title_stays_in_the_column_s_run():
    # A character or two (the column's sentence the grid drifted down), a line with a clause
    # mark or as wide as the column: the column's text going on. Over a title stack (no
    # text's mark in its last lines) the line under the row is the stack's own.
    stack = GAP_BOX[:3] + ["三千多人园区负责人介绍下一", "步将继续完善配套服务加快建", "设标准厂房和人才公寓吸引"]
    for page in (_gap_box("书"), _gap_box("走进产业园区，"), _gap_box("走进产业园区开发区建设标准"),
                 _gap_box("走进产业园区", stack)):
        assert "read_on_at_top" not in columns(page, RULES).evidence


# pdftotext -layout (seed 18201, gen-18206): a box's two columns (暑运…) over the next box's
# head and first column (前三季度…); the upper box's second column ends its sentence (…客出行
# 需求。) over rows blank in its place, and the lower box's second column opens on the lower
# box's top row in that place. The cuts read that place's lines as one run, cut in two
# stretches at the box's end (`_column_ends`); the lower box's first column, ending open
# (…货币金融环), goes on at the top of the run's later stretch (境。如何看待…).
STACKED_BESIDE = [
    '      暑运全国铁路发送旅客9.5亿人次',
    '  据新华社电 记者2日从中国国家铁           暑运期间，铁路部门充分挖掘运输',
    '路集团有限公司获悉，7月1日至8月31      潜力，加开旅客列车，优化开行方案，',
    '日，为期62天的暑运落下帷幕，全国铁       增开夜间高铁和旅游列车，更好满足旅',
    '路累计发送旅客9.5亿人次，同比增长       客出行需求。',
    '5.2%，日均发送旅客1,530万人次。',
    '',
    '前三季度主要金融数据变化怎么看（高质量',
    '',
    '     发展看亮点·读数）',
    '                  本报记者 吴秋余',
    '  中国人民银行近日发布的金融统计        境。如何看待前三季度主要金融数据变',
    '数据显示，今年前三季度，我国人民币        化？实体经济得到了哪些金融支持？记',
    '贷款增加14.75万亿元，广义货币和社      者进行了采访。',
    '会融资规模增速均保持在较高水平，为            ——编 者',
    '经济回升向好创造了适宜的货币金融环',
]


def test_a_column_goes_on_at_the_top_of_a_later_stretch_of_the_run_beside():
    page = page_of(STACKED_BESIDE)
    assert _read_after(page, "经济回升向好创造了适宜的货币金融环") == [
        "境。如何看待前三季度主要金融数据变", "化？实体经济得到了哪些金融支持？记"]
    assert columns(page, RULES).evidence["read_on_at_top"] == [12]


def test_a_later_stretch_opening_a_paragraph_is_not_read_on_at_its_top():
    # Its top line indented: a paragraph opens there, and the open line goes on elsewhere.
    lines = [line.replace("        境。如何看待前三季度主要金融数据变", "          境。如何看待前三季度主要金融数")
             for line in STACKED_BESIDE]
    assert "read_on_at_top" not in columns(page_of(lines), RULES).evidence


# pdftotext -layout (seed 15801, gen-15808, the page's right half): a column (…目前我国盾构机产品)
# goes on at the top of the next column past a caption (已出口到30多个国家…); that column's run
# reads on into the box stacked under it (全市24小时自助借阅点…), whose own first column
# goes on there first. The run's first stretch is still the first column's to go on in.
TAKEN_BELOW = [
    '  国产大型盾构机订单排',
    '      到明年',
    '',
    '',
    '',
    '    本报讯（记者 刘 慧）记者从中国',
    '  工程机械工业协会获悉，今年前5个',
    '  月，国内企业大型盾构机出口订单同比',
    '  增长两成以上，部分企业订单已排到明',
    '  年上半年。',
    '',
    '    据协会统计，目前我国盾构机产品',
    '',
    '                         图为10月18日，游客在古镇街头拍照留',
    '',
    '                         念。 县融媒体中心供图',
    '',
    '                         已出口到30多个国家和地区。协会有关',
    '                         负责人表示，企业正加快从“卖产品”',
    '                         向“卖服务”转变，在海外设立维修中',
    '                         心和配件仓库，提升全生命周期服务能',
    '',
    '                         力。',
    '',
    '  绿色发展新答卷',
    '',
    '  24小时自助借阅点增至40个',
    '    本报讯（通讯员 何 静 记者 林     全市24小时自助借阅点已增至40个，覆',
    '  楠）记者从市图书馆获悉，随着近日港      盖所有街道。市民持读者证或电子社保',
    '  湾路、学府路等6个新点位投入使用，      卡即可随时借还图书。',
]


def test_a_column_goes_on_at_a_run_whose_later_stretch_another_column_took():
    page = page_of(TAKEN_BELOW)
    assert _read_after(page, "据协会统计，目前我国盾构机产品")[0] == "已出口到30多个国家和地区。协会有关"
    assert _read_after(page, "湾路、学府路等6个新点位投入使用，")[0] == "全市24小时自助借阅点已增至40个，覆"


# pdftotext -layout (seed 17601, gen-17607): the page's staff line (本版责编：…) printed at its
# foot two rows under a box's first column, about as wide as the column: no line of it (the
# furniture rules know it), so the column's open last line (…携5000余种、) goes on at the
# top of the box's second column.
STAFF_FOOT = [
    '本报记者 徐 馨',
    '',
    '  10月15日至19日，第七十七届法兰           6500余册图书参展，外文版图书占比超',
    '克福书展在德国法兰克福会展中心举               过1/3。书展期间，中外出版单位合作',
    '行，来自100多个国家和地区的4000多           举办了近60场文化交流活动，涵盖新书',
    '家出版商参展，吸引了20多万专业人士             发布、版权签约、学术座谈、艺术展览',
    '和参观者。创立于1949年的法兰克福书            等形式。',
    '展，是全球规模最大的出版行业展会之',
    '一。本届书展适逢中国与欧盟建交50周',
    '                                                         图为8月5日，市民在社区服务中心办理业',
    '年，65家中国出版单位携5000余种、',
    '                                                         务。 本报记者 魏兰斌摄',
    '',
    '本版责编：龚峰霞 段 英 版式设计：贺红静',
]


def test_a_staff_line_under_a_column_is_no_line_of_the_column():
    page = page_of(STAFF_FOOT)
    assert _read_after(page, "年，65家中国出版单位携5000余种、")[0] == "6500余册图书参展，外文版图书占比超"
    assert columns(page, RULES).evidence["read_on_at_top"] == [3]


def test_a_line_under_a_column_that_is_no_furniture_stays_in_the_column_s_run():
    lines = STAFF_FOOT[:-1] + ["书展还举办了多场中外作家对谈活动。"]
    assert _read_after(page_of(lines), "年，65家中国出版单位携5000余种、")[0] == lines[-1]
    assert "read_on_at_top" not in columns(page_of(lines), RULES).evidence


def _every_later_run(monkeypatch) -> list[int]:
    """`_NearTop.runs` made to list every run read after the column's (the weighing of every
    run, as before the index), counting the runs it lists."""
    from cleaner.layout import _NearTop

    listed: list[int] = []
    found = _NearTop.runs

    def every(self, top: int, after: int) -> list[int]:
        listed.append(len(found(self, top, after)))
        return list(range(after + 1, self.count))
    monkeypatch.setattr(_NearTop, "runs", every)
    return listed


_LAYOUT_CORPUS = Path(__file__).parents[1] / "benchmarks" / "corpus" / "generated" / "pdftotext-layout"


def test_the_runs_weighed_at_a_column_s_top_are_found_by_its_top_row(monkeypatch):
    # `_NearTop` lists only the runs that may stand at a column's top row (or under a
    # caption with blank rows up to it): the order and the evidence are those of weighing
    # every later run, on the pages that read on at a top, under a caption or under the
    # top row, and on the committed -layout pages.
    pages = [page_of(AT_TOP), page_of(PICTURE_AT_TOP), _head_over_first_column(HEAD_OVER)]
    pages += [path.read_text(encoding="utf-8") for path in sorted(_LAYOUT_CORPUS.glob("*.txt"))]
    indexed = [columns(page, RULES) for page in pages]
    _every_later_run(monkeypatch)
    for page, found in zip(pages, indexed):
        every = columns(page, RULES)
        assert (found.spans, found.evidence) == (every.spans, every.evidence)


def test_the_runs_weighed_at_a_column_s_top_do_not_grow_with_the_page(monkeypatch):
    # A page printed four times over, one under the other: each column weighs about the runs
    # it weighed on one page, not every run of the pages under it (time growing with the
    # square of the page's length).
    listed = _every_later_run(monkeypatch)
    page = page_of(AT_TOP + [""] * 3)
    columns(page, RULES)
    once = sum(listed)
    listed.clear()
    columns(page * 4, RULES)
    assert 0 < once and sum(listed) <= 4 * once + 4


# pdftotext -layout (seed 1601, gen-1605): a box's first column ends mid-sentence (…深入分析中)
# and goes on at the top of its second column (国发展的路径…); under the first column, past
# three rows blank in its place, stands the next box (its title, 中欧班列…500, and dateline).
# The cut at the box's left edge reads the column straight on into that box.
STACKED = [
    '',
    '  不久前，西班牙商业顾问、     国发展的路径和经验，积极评价     瓦略斯就该书撰写稿件，以飨读',
    '作家胡里奥·塞瓦略斯推出西语     中国以数十年为时间尺度规划发     者。',
    '专著《璇玑图》。该书根据其在     展道路。该书一经出版就引发西          为何著书——',
    '中国18年工作与生活的观察与思    方社会的广泛关注。本报邀请塞',
    '                                      中国不是难解的谜团，而是鲜活',
    '考，以亲历者的视角深入分析中',
    '                                             的拼图',
    '',
    '                                      持续晴热高温天气来袭',
    '中欧班列（广州）今年开行突破500',
    '       列                              白天躲高温 夜晚逛夜市',
    '  中新社广州9月2日电（记                          本报讯（记者 孙 婷 通',
    '',
    '者 郭 军）记者2日从广州海关',
    '',
    '获悉，今年以来，中欧班列（广',
    '',
    '州）已开行超过500列，运送货',
    '',
    '物近5万标箱，货值约120亿元，',
    '                   图为9月2日，一列满载货物的中欧',
    '                                      ▲7日晚，市民在青石街夜市选购',
    '开行数量和货值均创同期新高。     班列从广州国际港驶出。 新华社记',
    '                                      小吃。 记者 孙 婷 摄',
    '  据介绍，中欧班列（广州）     者 刘大伟摄',
    '',
    '目前已开通至俄罗斯、白俄罗',
    '                     广州海关有关负责人表示，',
]
_STACKED_TITLE = "中欧班列（广州）今年开行突破500"
_STACKED_DATELINE = "  中新社广州9月2日电（记"


def _stacked(title: str = _STACKED_TITLE, dateline: str = _STACKED_DATELINE) -> str:
    return page_of([line.replace(_STACKED_TITLE, title).replace(_STACKED_DATELINE, dateline)
                    for line in STACKED])


def _tops_read_on(page: str) -> list[int]:
    """The tops LAY001 read a column on at (`read_on_at_top`) but a short column's
    (`read_on_short_column`: STACKED's second column goes on at its third's, two lines deep,
    …本报邀请塞 / 瓦略斯就该书撰写稿件，以飨读 / 者。)."""
    evidence = columns(page, RULES).evidence
    return sorted((Counter(evidence.get("read_on_at_top", []))
                   - Counter(evidence.get("read_on_short_column", []))).elements())


def test_a_column_read_on_into_the_box_under_it_goes_on_at_its_next_column_s_top():
    page = _stacked()
    assert _read_after(page, "考，以亲历者的视角深入分析中")[0] == "国发展的路径和经验，积极评价"
    # (and the second column on at the top of the third, the article's last, two lines
    # deep: …本报邀请塞 / 瓦略斯就该书撰写稿件，以飨读 / 者。)
    evidence = columns(page, RULES).evidence
    assert evidence["read_on_at_top"] == [2, 2] and evidence["read_on_short_column"] == [2]
    # The next column's own lines only: the caption under it is read where it was.
    assert _read_after(page, "方社会的广泛关注。本报邀请塞") == ["瓦略斯就该书撰写稿件，以飨读", "者。"]


def test_a_title_wider_than_the_column_under_its_blank_rows_ends_the_column():
    # No dateline under it: the title alone (wider than the column in ems, so not the
    # column's line) is the next box.
    page = _stacked(title="中欧班列广州今年开行已突破五百列次", dateline="  据悉，广州海关2日发布消息（记")
    assert _read_after(page, "考，以亲历者的视角深入分析中")[0] == "国发展的路径和经验，积极评价"


def test_a_column_s_line_over_a_dateline_under_its_blank_rows_ends_the_column():
    # A line as the column's (full and open), but a dateline opens under it: an article's
    # head (a title as wide as the column).
    page = _stacked(title="中欧班列今年开行突破五百列，")
    assert _read_after(page, "考，以亲历者的视角深入分析中")[0] == "国发展的路径和经验，积极评价"


def test_a_column_going_on_under_its_blank_rows_is_not_read_on_at_the_next_top():
    # The column's line under the blank rows (a picture's rows, the text going on under
    # them), no article's head under it: the column's text goes on there.
    page = _stacked(title="中欧班列今年开行突破五百列，", dateline="  据悉，广州海关2日发布消息（记")
    assert _tops_read_on(page) == []


def test_a_column_s_line_opening_with_a_reporter_s_title_is_no_byline():
    # As above, the line after the column's opening with 记者 in running text (记者2日从…
    # 获悉，): no article's head, so the column goes on there.
    page = _stacked(title="中欧班列今年开行突破五百列，", dateline="  记者2日从广州海关获悉，今年")
    assert _tops_read_on(page) == []


def test_a_photo_s_caption_in_the_column_with_the_column_under_it_ends_no_column():
    # A caption under the blank rows and the column's line under it: a photo set in the
    # column, the text going on under it.
    lines = [line.replace(_STACKED_TITLE, "图为中欧班列驶出广州国际港。")
             .replace("       列  ", "         ")
             .replace(_STACKED_DATELINE, "据悉，广州海关2日发布消息，记") for line in STACKED]
    assert _tops_read_on(page_of(lines)) == []


def test_a_line_at_the_column_s_start_under_a_sentence_s_end_is_another_box_s():
    # The next column's last line ends its sentence; under blank rows, a line at its start
    # (no paragraph's indent) goes on another box's text: it is not read on with the column.
    lines = [line.replace("方社会的广泛关注。本报邀请塞", "方社会的广泛关注和热烈讨论。")
             .replace("图为9月2日，一列满载货物的中欧", "广州海关有关负责人表示今年以")
             for line in STACKED]
    page = page_of(lines)
    assert _read_after(page, "考，以亲历者的视角深入分析中")[0] == "国发展的路径和经验，积极评价"
    assert _read_after(page, "方社会的广泛关注和热烈讨论。")[0] != "广州海关有关负责人表示今年以"


def test_a_column_under_a_narrower_head_over_blank_rows_goes_on_that_head():
    """pdftotext -layout (seed 2701, gen-2707): a title's lines and a dateline at a
    column's start, blank rows, then the column, wider than the head: its first line is
    the column's (the line under it stands at its measure), not the next box's title, and
    the run is not cut there (the dateline's open end is no column's end)."""
    from cleaner.layout import _column_ends, _params, lines_of

    lines = lines_of("\n".join(["广东举办粤港澳大湾", "区青年创新创业大赛", "南方日报讯（记者朱", "", "",
                                "晓）九月二日，第五届粤港澳", "湾区青年创新创业大赛在深",
                                "圳前海启动。大赛设人工智"]))
    pieces = [(ln.index, ln.start, ln.end) for ln in lines if ln.cells]
    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(), reporters=(),
                datelines=(), arrivals=())
    assert len(_column_ends(list(range(len(pieces))), pieces, lines, p, None, None)) == 1
    # A title wider than the column, the line under it shorter: the next box's title.
    lines = lines_of("\n".join(["晓）九月二日，第五届粤港澳"] * 3 + ["", "", "前五个月家电以旧换新带动销售额大增",
                                                          "新的一年"]))
    pieces = [(ln.index, ln.start, ln.end) for ln in lines if ln.cells]
    assert len(_column_ends(list(range(len(pieces))), pieces, lines, p, None, None)) == 2


# pdftotext -layout (seed 8501, gen-8506): an article's byline, centred under its title,
# stands over the second column; the cuts read it after the first column, between the
# sentence's two halves (…全国上下勠 / 力同心…).
BYLINE_OVER = [
    '                         新华社记者',
    '  历史，正在书写新的篇        力同心、攻坚克难，我国经济       人民，向着全面建成社会主义',
    '章。                  社会发展取得新的开创性进        现代化强国、实现第二个百年',
    '  10月20日至23日，党的二    展、突破性变革、历史性成        奋斗目标踔厉奋发、勇毅前',
    '十届四中全会在北京召开。会       就。                  行，必将确保基本实现社会主',
    '议将审议《中共中央关于制定         2026年—2030年，围绕以   义现代化取得决定性进展，开',
    '国民经济和社会发展第十五个       中国式现代化全面推进强国建       创中国式现代化崭新局面。',
    '五年规划的建议》，为未来五       设、民族复兴伟业，“十五        领航定向 驾驭发展全局创造',
    '年中国发展擘画蓝图。          五”时期是基本实现社会主义             新的历史伟业',
    '  2021年—2025年，“十四   现代化夯实基础、全面发力的',
    '                                             “十四五”规划收官之',
    '五”时期是我国全面建成小康       关键时期。',
    '                                        际，“两张网”的建设格外引',
    '社会、实现第一个百年奋斗目         一以贯之的主题，始终不',
    '                                        人关注：',
    '标之后，乘势而上开启全面建       渝的初心，接力奋斗的足迹。',
    '                                             一张是国家综合立体交通',
    '设社会主义现代化国家新征          “十五五”新的征程即将',
    '                                        网，“6轴7廊8通道”主骨架',
    '程、向第二个百年奋斗目标进       开启，以习近平同志为核心的',
    '                                        建成率超过90%；',
    '军的第一个五年。全国上下勠       党中央团结带领全党全国各族',
]


def test_a_byline_over_the_next_column_is_read_before_the_columns():
    # The first column opens a paragraph on the box's top row right under the byline: the
    # byline is the head's, read first by the cuts (`_centred_heads`, over the opening).
    page = page_of(BYLINE_OVER)
    found = columns(page, RULES)
    assert page[slice(*found.spans[0])].strip() == "新华社记者"
    assert _read_after(page, "军的第一个五年。全国上下勠")[0] == "力同心、攻坚克难，我国经济"
    assert found.evidence["read_with_head"] == [1]
    assert "byline_read_with_head" not in found.evidence


# BYLINE_OVER with the first column's top line set at its start (the line opens no
# paragraph): the cuts leave the byline, and `_goes_on_at_top` asks whether it goes up.
BYLINE_OVER_RUN_ON = [BYLINE_OVER[0],
                      BYLINE_OVER[1].replace("  历史，正在书写新的篇", "历史，正在书写新的篇  ", 1),
                      *BYLINE_OVER[2:]]


def test_a_byline_over_a_column_going_on_is_read_up_before_the_columns():
    page = page_of(BYLINE_OVER_RUN_ON)
    found = columns(page, RULES)
    assert "read_with_head" not in found.evidence
    assert found.evidence["byline_read_with_head"] == [1]
    assert _read_after(page, "军的第一个五年。全国上下勠")[0] == "力同心、攻坚克难，我国经济"


def test_a_photo_s_credit_over_the_next_column_stays_where_it_was_read():
    # A credit (…摄) is a caption's, not the head's: it is not read up before the columns.
    page = page_of([BYLINE_OVER[0].replace("新华社记者", "记者 王摄")] + BYLINE_OVER[1:])
    found = columns(page, RULES)
    assert found.evidence["read_on_at_top"] == [2]
    assert "byline_read_with_head" not in found.evidence
    assert page[slice(*found.spans[0])].strip() != "记者 王摄"


def test_a_byline_goes_before_the_column_s_top_line_though_that_line_opens_a_paragraph():
    # pdftotext -layout (gen-17108): the column's top line opens a paragraph, indented past
    # `jitter`, so it is a run of its own; the byline goes before it, not between it and the
    # column's second line (历史，正在书写新的篇 / 新华社记者 / 章。).
    page = page_of([BYLINE_OVER[0], " " + BYLINE_OVER[1]] + BYLINE_OVER[2:])
    found = columns(page, RULES)
    said = [page[slice(*s)].strip() for s in found.spans[:3]]
    assert said == ["新华社记者", "历史，正在书写新的篇", "章。"]
    assert found.evidence["read_with_head"] == [1]  # the cuts read it up (over the opening)


def test_a_byline_goes_up_only_over_a_column_of_the_box():
    """pdftotext -layout (gen-1204): a byline over the next column goes up with the head
    only where the first line under it opens on the box's top row (one row over it, or up
    to `top_rows` under it); under it a column opening higher is a box's beside, the byline
    that box's (新华社记者 under 确保基本实现社会主义 / 现代化取得决定性进展)."""
    from cleaner.layout import _over_box_column, _params, lines_of

    lines = lines_of("\n".join(["          新华社记者", "", "        历史，正在书写新的篇",
                                 "章。", "", "领航定向 驾驭发展全局"]))
    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(), reporters=(),
                datelines=(), arrivals=())
    at = (10, 15)
    assert _over_box_column(0, at, 2, lines, p)  # its column opens on the top row
    assert _over_box_column(0, at, 3, lines, p)  # ... a half-row over it
    assert not _over_box_column(0, at, 4, lines, p)  # ... higher: a box's beside
    assert not _over_box_column(0, (40, 45), 2, lines, p)  # over no column up to top_rows
    # (a column opening further down, past `top_rows` under the top row, is not looked for)
    lower = lines_of("\n".join(["          新华社记者", "", "        历史，正在书写新的篇", "", "",
                                 "", "", "", "                                        网，"]))
    assert not _over_box_column(0, (40, 45), 2, lower, p)


def test_a_byline_over_a_column_of_another_box_stays_where_it_was_read(monkeypatch):
    # `_goes_on_at_top` asks `_over_box_column` of the byline's row and place and the box's
    # top row (the byline on row 0, the column's top on row 1): where it stands over a
    # column of another box, the byline is not read up with the head.
    from cleaner import layout

    asked = []

    def over(n, place, top, lines, p):
        asked.append((n, top))
        return False
    monkeypatch.setattr(layout, "_over_box_column", over)
    page = page_of(BYLINE_OVER_RUN_ON)  # (the column opens no paragraph: the cuts leave it)
    found = columns(page, RULES)
    assert [n for n, _ in asked] == [0]
    assert "byline_read_with_head" not in found.evidence
    assert page[slice(*found.spans[0])].strip() != "新华社记者"


def _arrival_page(marker: str) -> list[str]:
    """A box of three columns, one blank row, then a continued article's box: `marker` in
    the first column's place, its text beside it in the second and third columns' places
    (pdftotext -layout, gen-0902: （上接第三版）     平谈治国理政》翻译编校工作的外)."""
    text = ("新学期以来，多所高校面向全体本科生开设人工智能通识课程，内容涵盖人工智能基础知识、"
            "典型应用和伦理规范等，帮助学生提升运用人工智能工具学习和解决问题的能力。记者了解到，"
            "有的高校将人工智能课程纳入必修学分，有的高校组织教师编写配套教材，并开放实验室供学生"
            "动手实践，课程受到学生普遍欢迎，选课人数逐年增长，教学效果明显。不少学生表示，通过课程"
            "学习，对人工智能有了更全面的认识。") * 2
    other = ("今年前三季度，全国铁路完成货物发送量十六亿吨，同比增长百分之三，日均装车八万车，保持"
             "高位运行，电煤、粮食等重点物资运输得到有力保障。这位负责人表示，铁路部门将进一步优化"
             "运输组织，加强与港口、物流园区的衔接，推动公转铁、散改集，更好服务经济社会发展，为稳"
             "增长提供有力支撑。") * 2
    above = [text[i:i + 13] for i in range(0, 13 * 24, 13)]
    below = [other[i:i + 13] for i in range(0, 13 * 19, 13)]
    rows = ["    ".join([above[i].ljust(13), above[i + 8].ljust(13), above[i + 16]])
            for i in range(8)] + [""]
    rows.append(("   " + marker).ljust(13) + "    " + below[6] + "    " + below[13])
    rows += ["    ".join([below[i].ljust(13), below[i + 7].ljust(13), below[i + 14]])
             for i in range(5)]
    return rows


def _lone_arrival_page(marker: str, blank: bool = True) -> list[str]:
    """`_arrival_page`'s box, then (under a blank row, or none: `blank`) `marker` alone on
    its row in the first column's place, the continued article's columns under it
    (pdftotext -layout, gen-17703: （上接第12版） on a row of its own)."""
    rows = _arrival_page(marker)
    head, tail = rows[:8], rows[10:]
    return head + ([""] if blank else []) + [marker] + tail


def test_a_column_reads_on_at_its_box_s_next_column_past_a_marker_alone_on_its_row():
    """A jump marker from elsewhere alone on its row under a blank row, the continued
    article's text under it, opens that article's box as one beside the line does: the
    column's open last line goes on at the top of its own box's next column."""
    page = page_of(_lone_arrival_page("（上接第三版）"))
    found = columns(page, RULES)
    assert _read_after(page, "能课程纳入必修学分，有的高") == [
        "校组织教师编写配套教材，并", "开放实验室供学生动手实践，"]
    assert found.evidence["read_on_at_top"] == [1]
    assert found.evidence["read_on_past_arrival"] == [10]


def test_a_marker_alone_onward_or_under_the_line_opens_no_box():
    # A marker saying the text goes on elsewhere (下转) opens no box; nor does a marker
    # right under the line (no blank row over it in its place): the cuts' order stays.
    for marker, blank in (("（下转第三版）", True), ("（上接第三版）", False)):
        page = page_of(_lone_arrival_page(marker, blank))
        found = columns(page, RULES)
        assert "read_on_past_arrival" not in found.evidence
        assert _read_after(page, "能课程纳入必修学分，有的高")[0] == marker


def test_a_column_reads_on_at_its_box_s_next_column_past_a_continued_article_beside():
    """pdftotext -layout (gen-0902, gen-17306, gen-17703): a box's column ends over one
    blank row; under it, on the row where a jump marker from elsewhere (（上接第三版）) opens
    a continued article's box, that article's text stands in the column's place. It is
    another box: the column's open last line goes on at the top of its box's next column."""
    page = page_of(_arrival_page("（上接第三版）"))
    found = columns(page, RULES)
    assert _read_after(page, "面向全体本科生开设人工智能") == [
        "通识课程，内容涵盖人工智能", "基础知识、典型应用和伦理规"]
    # (The marker stands in the first column's place too: that column goes on at the
    # second's top as well, not into the marker.)
    assert _read_after(page, "能课程纳入必修学分，有的高")[0] == "校组织教师编写配套教材，并"
    assert found.evidence["read_on_at_top"] == [1, 1]
    assert found.evidence["read_on_past_arrival"] == [10, 10]


def test_a_marker_onward_or_a_line_over_the_marker_opens_no_box_beside():
    # A marker saying the text goes on elsewhere (下转) opens no box: the column is read on
    # into the text under it as the cuts read it.
    page = page_of(_arrival_page("（下转第三版）"))
    found = columns(page, RULES)
    assert _read_after(page, "面向全体本科生开设人工智能")[0] == "将进一步优化运输组织，加强"
    assert "read_on_past_arrival" not in found.evidence
    # A marker under a line in its place closes that text; no box opens at it.
    from cleaner.layout import _arrival_beside, _params, lines_of

    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(), reporters=(),
                datelines=(), arrivals=(RULES["JMP001"], *RULES.param_patterns(
                    "JMP001", "from_elsewhere")))
    opens = lines_of("\n".join(["甲乙丙丁戊己庚辛壬癸甲乙丙    甲乙丙丁戊己庚辛壬癸甲乙丙", "",
                                 "（上接第三版）    甲乙丙丁戊己庚辛壬癸甲乙丙"]))
    assert _arrival_beside(opens, 2, 11, p)
    assert not _arrival_beside(opens, 2, 5, p)  # the marker is not left of the piece
    closes = lines_of("\n".join(["甲乙丙丁戊己庚辛壬癸甲乙丙    甲乙丙丁戊己庚辛壬癸甲乙丙",
                                  "（上接第三版）    甲乙丙丁戊己庚辛壬癸甲乙丙"]))
    assert not _arrival_beside(closes, 1, 11, p)


def test_two_titles_one_space_apart_each_wrapped_under_its_start_are_read_apart():
    """pdftotext -layout (seed 101, gen-0108): two large titles side by side one space
    apart (a title's characters take one cell each, fewer than they print across), each
    wrapped under its own start, the right one's tail a row above the left one's. The space
    is the gap between two titles, not a word space: each title is read whole, on its own."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "确保基本实现社会主义现代化取得"), (16, "引领未来，中国做对"), (40, "江豚回来了")],
            [(16, "了什么")], [(0, "决定性进展"), (40, "本报记者  李  强")], [],
            [(0, "新华社记者")]]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:4] == ["确保基本实现社会主义现代化取得", "决定性进展", "新华社记者", left[0]]
    at = lines.index("引领未来，中国做对")
    assert lines[at + 1] == "了什么"
    assert page.articles[0].headline == "确保基本实现社会主义现代化取得决定性进展"
    assert_sound(page)


def test_two_titles_one_space_apart_log_the_row_they_part_on():
    """The decision that the space parts two titles (`_titles_apart`) names its evidence,
    the row holding both titles, in the layout edit; columns read with no such row log
    none."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "确保基本实现社会主义现代化取得"), (16, "引领未来，中国做对"), (40, "江豚回来了")],
            [(16, "了什么")], [(0, "决定性进展"), (40, "本报记者  李  强")], [],
            [(0, "新华社记者")]]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    (edit,) = clean(grid(*rows)).layout
    assert edit.evidence["titles_apart"] == [1]
    (plain,) = clean(side_by_side(LEFT, RIGHT)).layout
    assert "titles_apart" not in plain.evidence


def _titles_with_a_centred_wrap(x0: int, tail: str) -> list[str]:
    """Two large titles side by side one space apart (pdftotext -layout, seed 14701,
    gen-14708), the right one wrapped under its start, the left one's last line (`tail`)
    given at x0, then a box's two columns; the page's lines read."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "确保基本实现社会主义现代化取得"), (16, "引领未来，中国做对"), (40, "江豚回来了")],
            [(x0, tail), (16, "了什么")], [(40, "本报记者  李  强")], [],
            [(0, "新华社记者")]]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    assert_sound(page)
    return [t.strip() for t in page.ordered.split("\n") if t.strip()]


def test_two_titles_one_space_apart_the_left_one_wrapped_centred_are_read_apart():
    """As above, but the left title's last line centred under it, where it prints (“在上
    海，能看到演艺的 / 未来”): still a wrap, so the space is the gap between the titles, each
    read whole."""
    lines = _titles_with_a_centred_wrap(4, "决定性进展的关键")
    assert lines[:2] == ["确保基本实现社会主义现代化取得", "决定性进展的关键"]
    assert lines[lines.index("引领未来，中国做对") + 1] == "了什么"


def _titles_beside_a_one_line_title(left: str, right: str, tail: str, opening: str) -> list[str]:
    """pdftotext -layout (seed 5401, gen-5408): a large title (`left`) and, one space after
    it, a title set on one line (`right`); the left one's last line (`tail`) under its start
    over a blank row, then a box's two columns, the first opening with `opening`; the page's
    lines read."""
    a, b = column(opening + LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, left), (len(left) + 1, right)], [], [(0, tail)], [], []]
    rows += [[(0, x), (40, y)] for x, y in zip(a, b)]
    page = clean(grid(*rows))
    assert_sound(page)
    return [t.strip() for t in page.ordered.split("\n") if t.strip()]


def test_a_title_one_space_before_a_one_line_title_is_read_with_its_wrap():
    """The left title's wrapped line goes on from it in the page's words (the box prints
    创业大赛), not from the title beside it: the space parts two titles, the left one read
    with its last line, the one-line title on its own."""
    lines = _titles_beside_a_one_line_title("广东举办粤港澳大湾区青年创新创业", "图片报道", "大赛",
                                            "本届创新创业大赛在深圳启动。")
    assert lines[:2] == ["广东举办粤港澳大湾区青年创新创业", "大赛"]
    assert "图片报道" in lines


def test_a_title_one_space_before_a_closed_quotation_is_read_with_its_wrap():
    """The title beside it closes on ” (a quotation whole, set on one line): nothing of it
    goes on under the left title, whose wrapped line is its own, though the page prints no
    word across (取得 / 决定性进展)."""
    lines = _titles_beside_a_one_line_title("确保基本实现社会主义现代化取得", "“这条铁路带给我们的是希望和未来”",
                                            "决定性进展", "")
    assert lines[:2] == ["确保基本实现社会主义现代化取得", "决定性进展"]
    assert "“这条铁路带给我们的是希望和未来”" in lines


def test_a_title_opening_a_bracket_one_space_before_a_title_is_read_with_the_close():
    """The left title opens （ and its wrapped line closes it (无声的灯塔（环球 / 走笔）): the
    line goes on from the left title though the page prints no word across and the right
    title ends open."""
    lines = _titles_beside_a_one_line_title("无声的灯塔照亮前路（环球", "这条铁路带给我们希望", "走笔）", "")
    assert lines[:2] == ["无声的灯塔照亮前路（环球", "走笔）"]
    assert "这条铁路带给我们希望" in lines


def test_a_subtitle_one_space_after_a_title_is_no_title_beside_it():
    """The piece one space after the title opens with —— (a subtitle, its own box's): no
    title set on one line, so the wrapped line closing the left title's （ parts nothing."""
    lines = _titles_beside_a_one_line_title("无声的灯塔照亮前路（环球", "——一线蹲点见闻", "走笔）", "")
    assert lines[0] == "无声的灯塔照亮前路（环球 ——一线蹲点见闻"


def test_a_title_s_word_space_over_its_wrap_stays_where_the_words_go_on_right():
    """One title with a word space, wrapped (受台风外围影响 明起我市有强降 / 雨): the page
    prints 降雨, a word across from the right piece, so the row is one title, read whole."""
    lines = _titles_beside_a_one_line_title("受台风外围影响", "明起我市有强降", "雨",
                                            "气象台预计明天我市有强降雨。")
    assert lines[:2] == ["受台风外围影响 明起我市有强降", "雨"]


def test_a_word_space_stays_where_the_words_go_on_from_both_pieces():
    """The page prints a word across into the wrapped line from the left piece (强雨) and
    from the right one (降雨): the words do not tell which title it ends, so the row stays."""
    lines = _titles_beside_a_one_line_title("暴雨过后各地迎来强", "明起我市有强降", "雨",
                                            "各地迎来强雨，明天有强降雨。")
    assert lines[:2] == ["暴雨过后各地迎来强 明起我市有强降", "雨"]


def test_a_word_space_over_an_open_right_piece_stays_without_a_word_across():
    """No word of the page runs across from either piece and the right one ends open (no
    closing mark): nothing tells two titles, so the space stays a word space."""
    lines = _titles_beside_a_one_line_title("确保基本实现社会主义现代化取得", "这条铁路带给我们希望",
                                            "决定性进展", "")
    assert lines[:2] == ["确保基本实现社会主义现代化取得 这条铁路带给我们希望", "决定性进展"]


def test_a_body_line_s_word_space_before_a_sentence_s_end_stays_one_line():
    """A lede's line across the box with one space in it (pdftotext -layout), its right
    piece ending the sentence (…城镇就业岗位 两万余个。), over the lede's short last line at
    its start: a sentence's end is no title's closing mark (” or ）), so the line is read
    whole, not as two titles with the short line the left one's wrap."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "今年以来全市新增城镇就业岗位"), (15, "两万余个。")], [(0, "同比增长一成。")], []]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    assert_sound(page)
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:2] == ["今年以来全市新增城镇就业岗位 两万余个。", "同比增长一成。"]


def test_a_line_under_a_title_neither_at_its_start_nor_centred_is_no_wrap():
    """A short line under the left title off its start and off its middle (ending left of
    the place) is no wrap of it: the space stays a word space, the row read whole."""
    lines = _titles_with_a_centred_wrap(10, "决定性进")
    assert lines[0] == "确保基本实现社会主义现代化取得 引领未来，中国做对"


def test_a_word_space_in_a_title_over_its_column_stays():
    """One space inside a title whose lines wrap at the column's start (no second title
    wrapped under the place right of the space): a word space, the row read whole."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "创建全国文明城市"), (9, "共建共享美好家园"), (40, "江豚回来了")],
            [(0, "本报记者  李  强"), (40, "本报记者  赵  兵")]]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[0] == "创建全国文明城市 共建共享美好家园"
    assert_sound(page)


def test_a_word_space_in_a_title_over_blank_rows_stays():
    """As above, but with blank rows between the title and the columns, so every line of
    its region leaves room at the space: only `_wraps_under` (the left title's subtitle
    under it, nothing wrapped at the right piece's start) keeps the row whole."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "创建全国文明城市"), (9, "共建共享美好家园"), (40, "江豚回来了")],
            [(0, "——文明创建")], [], [], []]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:2] == ["创建全国文明城市 共建共享美好家园", "——文明创建"]
    assert_sound(page)


def test_an_edition_line_over_a_staff_line_keeps_its_word_spaces():
    """pdftotext -layout (seed 701, gen-0702): the edition line's words one space apart
    (2025年1月16日 星期四 第9版 文化) over the staff line, whose words start under some of
    them: short words, no titles' lines (`min_column`), so the row is read whole."""
    left, right = column(LONG + NEXT + FULL, 15), column(CHIPS + FULL + LONG, 15)
    rows = [[(0, "西部商 报"), (52, "2025年1月16日 星期四 第9版 文化")], [],
            [(47, "责任编辑 王建玉      美术编辑 毛丽晓")], [], [(0, "江豚回来了")]]
    rows += [[(0, a), (40, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    assert "2025年1月16日 星期四 第9版 文化" in page.ordered.split("\n")
    assert_sound(page)


def _beside_a_head(x0: int, line: str) -> list[str]:
    """A box's column (18 characters wide) under its head, the line given at x0 its first,
    beside a neighbour's head set over its own column (pdftotext -layout, gen-5204)."""
    left = column(LONG + NEXT + CHIPS + FULL, 18)[:10]
    right = column(CHIPS + FULL + LONG + NEXT, 18)[:10]
    rows = [[(0, "图片报道"), (52, "首台套装备出海提速")], [],
            [(0, "——多地推进情况观察"), (48, "国产大型盾构机订单排到明年")], [(x0, line)]]
    rows += [[(0, a), (46, b)] for a, b in zip(left, right)]
    page = clean(grid(*rows))
    assert_sound(page)
    return page.ordered.split("\n")


def test_a_stretched_line_is_measured_packed_against_the_gutter():
    """pdftotext -layout (seed 5201, gen-5204): a justified first line holding digits,
    stretched a space after each character (10 月 19 日 ， 第 138 届…), runs past its column's
    end; packed it fills the column, so it crosses no gutter and the box's text is read
    under its subtitle, before the neighbour's heads."""
    lines = _beside_a_head(2, "10 月 19 日 ， 第 138 届 广 交 会")
    assert lines[2:5] == ["——多地推进情况观察", "10 月 19 日 ， 第 138 届 广 交 会",
                          "会议要求，各地要切实做好收购资金保障"]


def test_a_spaced_title_s_few_letters_are_not_packed():
    """A title's letters spaced out (走 进 产 业 园 区), past the column's end: packed they
    fill no column, so the line crosses the gutter as printed and the heads beside it are
    read before it (as a line of no stretch)."""
    lines = _beside_a_head(10, "走 进 产 业 园 区")
    assert lines.index("国产大型盾构机订单排到明年") < lines.index("走 进 产 业 园 区")


def _titles_over_two_boxes(credit: str = "") -> list[str]:
    """Two large titles one space apart (pdftotext -layout, seed 101, gen-0108), each
    wrapped (the left one's tail centred under it), over two boxes a gutter apart: the
    left box's two columns, its byline centred under its title (so right of it), and the
    right box's column at 44 under its own byline. `credit` replaces the right title."""
    a, b = column(LONG + NEXT + FULL, 15), column(FULL + LONG + CHIPS, 15)
    right = column(CHIPS + FULL + LONG + NEXT, 15)
    rows = [[(0, "“这条铁路带给我们的是希望和未"), (16, credit or "各地中小学课间普遍延长到15")],
            [(7, "来”"), (16, "分钟")], [(18, "本报记者 黄培昭")], [(44, "本报记者 赵 兵")]]
    rows += [[(0, x), (22, y), (44, z)] for x, y, z in zip(a[:3], b, right)]
    # Under the left box, one set a column wide across it (gen-0108's 近万名大学生…).
    rows += [[(44, right[3])]] + [[(0, x), (44, z)] for x, z in zip(
        column(CHIPS + FULL + LONG, 37), right[4:])]
    page = clean(grid(*rows))
    assert_sound(page)
    return [t.strip() for t in page.ordered.split("\n") if t.strip()]


def test_a_title_pushed_against_its_neighbour_heads_the_box_beyond_the_gutter():
    """The right title of two set one space apart, both left of the gutter (its large
    type pushed it left against its neighbour), is read with its wrap over the box right
    of the gutter, after the left box, not with the left title."""
    lines = _titles_over_two_boxes()
    assert lines[:2] == ["“这条铁路带给我们的是希望和未", "来”"]
    at = lines.index("各地中小学课间普遍延长到15")
    assert lines[at + 1] == "分钟"
    assert lines.index(column(FULL + LONG + CHIPS, 15)[0]) < at < lines.index("本报记者 赵 兵")


def test_a_caption_s_credit_beside_it_is_no_title_pushed_across():
    """A photo's credit one space after its caption is not moved over the next box."""
    lines = _titles_over_two_boxes("新华社记者 凯 乐摄")
    assert lines.index("新华社记者 凯 乐摄") < lines.index("本报记者 黄培昭")


def _title_beside_a_column_s_title() -> list[str]:
    """gen-0007's shape (pdftotext -layout, committed corpus): a left title of three
    lines set at its start over one column of its own, its byline and column under it
    at its start; the right title one space after it (its wrap at its start, under the
    left one's) over a box of two columns beside that column, this side of the gutter
    before a last box with its own head."""
    left = column(FULL + NEXT, 13)[:8]
    a, b = column(LONG + CHIPS, 13)[:8], column(CHIPS + FULL, 13)[:8]
    right = column(NEXT + LONG, 13)[:9]
    title = ["城市更新让老街区焕发新", "活力（基层治理新观察", "之一：社区议事会）"]
    rows = [[(0, title[0]), (12, "开放的市场为世界经济带来新的机"), (72, "首批精品项目名单")]]
    rows += [[(0, t)] for t in title[1:]]
    rows += [[(12, "遇（国际人士看发展）"), (72, right[0])], [(0, "赵佳洁")]]
    rows += [[(0, x), (19, y), (36, z), (72, w)] for x, y, z, w in zip(left, a, b, right[1:])]
    page = clean(grid(*rows))
    assert_sound(page)
    return [t.strip() for t in page.ordered.split("\n") if t.strip()]


def test_a_title_beside_a_column_s_long_title_heads_the_box_beside_it():
    """Beside a title set at its start over three lines, over a column of its own, the
    right title one space after it heads the box beside that column, this side of the
    gutter: it is read before that box's columns, not after them over the last box."""
    lines = _title_beside_a_column_s_title()
    at = lines.index("开放的市场为世界经济带来新的机")
    assert at < lines.index(column(LONG + CHIPS, 13)[0]) < lines.index(
        column(NEXT + LONG, 13)[1])


def test_a_box_over_one_with_fewer_columns_ends_at_the_blank_row():
    """pdftotext -layout: a four-column box, one blank row, then boxes of two columns and
    one whose gutters line up with the four (gen-7202): the four columns are read before
    anything under the blank row, not the first column of both boxes, then the second."""
    rows = [[(0, a), (20, b), (40, c), (60, d)] for a, b, c, d in zip(A1, A2, B, A1)]
    rows += [[], [(0, "江豚回来了"), (40, "本报记者王五")]]
    rows += [[(0, a), (20, b), (40, c)] for a, b, c in zip(B, A1, A2)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:24] == [*A1, *A2, *B, *A1]
    assert_sound(page)


def test_columns_going_on_through_a_blank_row_in_as_many_are_read_on():
    """The same box's four columns going on under the blank row (as many columns below):
    each column is read through it."""
    rows = [[(0, a), (20, b), (40, c), (60, d)] for a, b, c, d in zip(A1, A2, B, A1)]
    rows += [[]] + [[(0, a), (20, b), (40, c), (60, d)] for a, b, c, d in zip(B, A1, A2, B)]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:12] == [*A1, *B]
    assert_sound(page)


def _heads_over_a_photo(table: bool = False) -> list[str]:
    """pdftotext -layout (seed 1801, gen-1801): two boxes' heads side by side over the
    boxes' first lines, the left box short (a line, a jump line) with its own two columns'
    gap, the right one's column going on under a photo's blank rows and caption; a box
    across the page under them (and, where `table`, a table of short cells). The page's
    lines read."""
    right = column(NEXT + FULL + CHIPS, 19)
    rows = [[(9, "引领未来，中国做对了什么"), (52, "江豚种群回升“十年禁渔”")],
            [(20, "任仲平"), (52, "——长江流域生态见闻")],
            [(52, "本报记者 沈小晓")],
            [(8, "（一）"), (26, LONG[:17])],
            [(24, "（下转第五版）"), (54, right[0][2:])],
            [(52, right[1])]] + [[]] * 4
    rows += [[(52, "图为渔民在江边巡护。")], [(52, "本报记者 沈小晓摄")], []]
    rows += [[(52, r)] for r in right[2:]]
    rows += [[], []] + [[(0, a), (26, b), (52, c)] for a, b, c in zip(
        column(LONG + NEXT, 19), column(FULL + CHIPS, 19), column(CHIPS + LONG, 19))]
    if table:
        rows += [[], [], [(0, "项目名称"), (12, "今年产量"), (24, "去年产量")]]
        rows += [[(0, f"指标{i}"), (12, f"{i}1.5万吨"), (24, f"{i}0.2万吨")] for i in range(1, 9)]
    page = clean(grid(*rows) + "\f")
    assert_sound(page)
    return [t.strip() for t in page.ordered.split("\n") if t.strip()]


def test_two_heads_side_by_side_over_a_short_box_are_read_apart():
    """The gutter most lines back runs through the left box's own column gap, its sides too
    narrow for columns (a title's line, a jump line); the next gutter every line leaves room
    at, the heads' row holding text on both its sides, parts the two boxes: each head is
    read with its own box, not row by row across. (Not where the region's top line stands on
    one side: a caption's gap beside a column, ROW_BETWEEN above.)"""
    lines = _heads_over_a_photo()
    at = lines.index("江豚种群回升“十年禁渔”")
    assert lines[at:at + 3] == ["江豚种群回升“十年禁渔”", "——长江流域生态见闻", "本报记者 沈小晓"]
    assert lines.index("引领未来，中国做对了什么") < lines.index("（下转第五版）") < at


def test_a_table_s_next_gap_parts_no_boxes():
    """A table's short cells (under `min_column` wide) leave gaps every line leaves room at
    too: the next one parts no boxes side by side, and the table is read row by row."""
    lines = _heads_over_a_photo(table=True)
    at = lines.index("指标1")
    assert lines[at + 1] == "11.5万吨      10.2万吨" and lines[at + 2] == "指标2"


def _title_under_blank_rows(blank: int) -> str:
    """pdftotext -layout (seed 101, gen-0103): a box's two columns, `blank` rows blank
    across the page, then the next box's title on two short lines over its columns."""
    top = [[(0, a), (20, b)] for a, b in zip(column(FULL + LONG), column(NEXT + CHIPS))]
    rows = [[(0, "活动顺利举行")], *top, *[[]] * blank,
            [(0, "成都大熊猫基地今年已诞生幼仔")], [(0, "11只")], []]
    rows += [[(0, a), (20, b)] for a, b in zip(column(LONG + NEXT), column(CHIPS + FULL))]
    return grid(*rows)


def test_blank_rows_of_the_grid_over_a_title_are_no_photo_s_gap():
    """On a character grid the space over a large title prints as a few blank rows: its
    short lines under them are the next box's title, not a photo feature's (CAP003)."""
    page = clean(_title_under_blank_rows(4))
    assert "CAP003" not in {e.rule for e in page.edits}
    assert not any("大熊猫" in c for a in page.articles for c in a.captions)
    assert "成都大熊猫基地今年已诞生幼仔11只" in page.text


def test_blank_rows_of_the_grid_as_tall_as_a_photo_still_stand_over_its_title():
    page = clean(_title_under_blank_rows(8))
    (edit,) = [e for e in page.edits if e.rule == "CAP003"]
    assert edit.evidence["grid"] and edit.evidence["blank_lines_before"] == 8


# Two boxes side by side, their head stacks on one row (each title wrapped, the right one a
# byline under it, a row lower than the left stack ends), two blank rows, then their text:
# the left box's column and the right box's short column, whose every line shares a row
# with the left one's (no line stands wholly right of the blank run between the boxes).
SHORT = column(CHIPS)[:3]
SIDE_HEADS = [[(0, "江豚种群数量回"), (22, "候鸟迁徙季节到")], [(4, "升"), (26, "来")],
              [(30, "王 五")], [], []]
LEFT_BOX = column(NEXT + CHIPS + FULL)
SIDE_HEADS += [[(0, a)] + ([(22, SHORT[n])] if n < len(SHORT) else [])
               for n, a in enumerate(LEFT_BOX)]


def test_head_stacks_side_by_side_are_read_each_with_its_own_box():
    """Where two head stacks share their first row over boxes whose lines all share rows,
    each stack is read with its own box's text, not both stacks first (the left title
    would be the right one's kicker), even with no line wholly on the right side of the
    blank run between them; and the right stack's byline, a row lower, does not end the
    two boxes there as a staggered box end."""
    page = clean(grid(*SIDE_HEADS))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines == ["江豚种群数量回", "升", *LEFT_BOX, "候鸟迁徙季节到", "来", "王 五", *SHORT]
    assert_sound(page)


def test_a_short_box_s_text_over_a_row_beside_a_title_is_no_head_stack():
    """Rows holding a box's text (a run a column wide with a clause mark) over blank rows
    are no head stack, though a blank run parts them from the boxes below as it would two
    heads: they are read as the page's row they are, before the row below."""
    text = [[(0, a), (22, b)] for a, b in zip(column(NEXT)[:3], column(FULL)[:3])]
    rows = text + [[], []] + SIDE_HEADS[5:]
    page = clean(grid(*rows))
    lines = [t.strip() for t in page.ordered.split("\n") if t.strip()]
    assert lines[:6] == [*column(NEXT)[:3], *column(FULL)[:3]]
    assert_sound(page)


def _titles_interleaved(right_first: bool = True) -> tuple[list[str], object]:
    """pdftotext -layout: a box of three columns (at 0, 25, 58)
    under its title, set from within its first column gap (a large title's characters
    take fewer cells than they print across), and beside it a one-column box (at 83)
    whose title takes the row above the left one's and wraps onto the left one's row
    (`right_first`; else the right title is one line on the left one's row). The page's
    lines read, and its layout edit."""
    left = column((LONG + NEXT + FULL + CHIPS + CHIPS_MORE) * 3, 17)[:30]
    thirds = 10
    right = column((CHIPS_MORE + LONG + NEXT + FULL) * 2, 17)
    title = "社区食堂里的“家常”味道"
    if right_first:
        rows = [[(83, "多地中小学增设劳动教育")], [(20, title), (88, "实践课")]]
    else:
        rows = [[(20, title), (83, "多地中小学增设劳动教育实践课")]]
    rows += [[(0, a), (25, b), (58, c), (83, d)] for a, b, c, d in zip(
        left[:thirds], left[thirds:2 * thirds], left[2 * thirds:3 * thirds - 1], right)]
    # (The third column and the right box end a row short: every gap is backed alike.)
    rows.append([(0, left[thirds - 1]), (25, left[2 * thirds - 1])])
    page = clean(grid(*rows, [], []) + "\f")  # (pdftotext ends a sheet so)
    assert_sound(page)
    return [t.strip() for t in page.ordered.split("\n") if t.strip()], page


def test_a_title_wrapped_onto_its_neighbour_s_row_is_read_with_its_own_box():
    """The left title straddles its box's first column gap, the gutter most lines back:
    parted there, the titles' two rows were read across both boxes and the right title's
    wrapped line (实践课) came after the left title, glued to it. The gutter between the
    boxes, as backed and crossed by no line, parts them: each title is read with its own
    box, whole, and the decision names the left title's row."""
    lines, page = _titles_interleaved()
    assert lines.index("社区食堂里的“家常”味道") < lines.index("多地中小学增设劳动教育")
    at = lines.index("多地中小学增设劳动教育")
    assert lines[at + 1] == "实践课"
    (edit,) = page.layout
    assert edit.evidence["titles_interleaved"] == [2]


def test_titles_on_one_row_keep_the_cut_across_the_title():
    """Near miss: the right title set on the left one's row, nothing of it above: the
    region's top line is the one crossing the gutter, as a head over the columns is, and
    the region is parted as before (the title's row read first), no decision logged."""
    lines, page = _titles_interleaved(right_first=False)
    assert lines[:2] == ["社区食堂里的“家常”味道", "多地中小学增设劳动教育实践课"]
    (edit,) = page.layout
    assert "titles_interleaved" not in edit.evidence


def _read_tails(source: str, said: list[tuple[int, str]], rules=RULES) -> tuple[list[str], list]:
    """Read a grid page's pieces (each a line number and its text on that line, in the
    order the cuts give them) as `_titles_to_tails` orders them: the pieces' texts in its
    order, and the pieces it centred."""
    from functools import partial

    from cleaner.layout import _params, _titles_to_tails, lines_of
    from cleaner.words import pair_in_page

    lines = lines_of(source)
    pieces = []
    for n, text in said:
        at = lines[n].start + lines[n].text.index(text)
        pieces.append((n, at, at + len(text)))
    p = _params(rules, top=-1, grid=True, filled=frozenset(), credits=(),
                reporters=rules.param_patterns("CLS003", "titles"), datelines=(), arrivals=(),
                words=partial(pair_in_page, source=source, rules=rules),
                furniture=tuple(r for r in rules.pattern_rules if r.role == "furniture"),
                bylines=tuple(r for r in rules.pattern_rules if r.role == "byline"),
                numbers=rules.param_patterns("CLS010", "enumerated"))
    ordered, _, centred = _titles_to_tails(pieces, lines, p)
    return [lines[n].text[a - lines[n].start:b - lines[n].start] for n, a, b in ordered], centred


def _tails_read(tail: str, text: str, title: str = "多家图书馆推出夜", tail_row: int = 3,
                tail_at: int = 57, moved: list | None = None,
                over: tuple[int, str] | None = None, rules=RULES) -> list[str]:
    """pdftotext -layout a large title's first line (`title`, at
    54) beside another box's title, a subtitle and a byline on the two rows under
    it (its tall type set them), its last line (`tail`, at `tail_at`) under those (or on
    `tail_row` 1 or 2, beside them), then its box's text (`text`, the page's words). Read
    as the cuts read such rows (the titles' row, the left box, then the tail over the right
    box's text), the pieces' texts in the order `_titles_to_tails` gives them (and the
    title lines it took down by their tail's centring in `moved`). `over`: a line (its
    position and text) on a row over the title's, read first."""
    right = column(text, 14)
    left = column((LONG + NEXT) * 2, 14)[:len(right)]
    rows = [[(0, "青年人为何偏爱上“城市漫步”"), (54, title)], [(0, "——基层走访手记")],
            [(0, "本报记者 林 岚")], []]
    rows[tail_row].append((tail_at, tail))
    rows += [[(0, a), (57, b)] for a, b in zip(left, right)]
    if over is not None:
        rows = [[over], *rows]
    source = grid(*rows)
    top = 1 if over is not None else 0
    said = ([(0, over[1])] if over is not None else []) + (
        [(top, "青年人为何偏爱上“城市漫步”"), (top, title),
         (top + 1, "——基层走访手记"), (top + 2, "本报记者 林 岚")]
        + [(top + 4 + n, a) for n, a in enumerate(left)] + [(top + tail_row, tail)]
        + [(top + 4 + n, b) for n, b in enumerate(right)])
    read, centred = _read_tails(source, said, rules)
    if moved is not None:
        moved.extend(centred)
    return read


def test_a_title_s_last_line_rows_under_it_is_read_right_after_it():
    """The rows its tall type set hold a neighbour's subtitle and byline; the first piece
    under the title within its width, narrower, three rows down, where a word of the page
    runs across the break (夜间, printed in the box's text), is its last line: the title
    goes down to it, read with its box, not before the left box's text."""
    read = _tails_read("间借阅", "全国多家图书馆推出夜间借阅服务，夜间参观人数明显增多。" + CHIPS)
    at = read.index("多家图书馆推出夜")
    assert read[at + 1] == "间借阅" and read[at + 2].startswith("全国多家图书馆")
    assert read.index("本报记者 林 岚") < at


def test_a_title_s_last_line_on_the_next_row_or_as_wide_is_no_tail_of_it():
    """Near misses, the word across the break (夜间) printed all the same: a line right
    under the title, on the next row, is a column's next line, read where it stands (two
    rows down, beside the byline, it is the title's last line still); and a line as wide
    as the title under it is a column's line, not the narrower rest of a wrapped title."""
    text = "全国多家图书馆推出夜间借阅服务，夜间参观人数明显增多。" + CHIPS
    assert _tails_read("间借阅", text, tail_row=1)[1] == "多家图书馆推出夜"
    read = _tails_read("间借阅", text, tail_row=2)
    assert read[read.index("多家图书馆推出夜") + 1] == "间借阅"
    assert _tails_read("间借阅服务进了社区", text, tail_at=54)[1] == "多家图书馆推出夜"


def test_a_line_under_a_title_that_no_word_of_the_page_runs_on_into_stays():
    """Near miss: a short line so placed, but no word of the page runs across the break
    (a byline's bare name under a title): the order
    stays."""
    read = _tails_read("周明远", CHIPS + FULL + LONG)
    assert read[1] == "多家图书馆推出夜"


def test_a_title_s_last_line_closing_its_bracket_or_after_a_comma_goes_on_it():
    """The tail closes the bracket the title left open (a column's tag, 远方的邮路（环球 /
    走笔）), no word of the page across the break; and a comma inside the title's line
    (跳动的乐音，串联 / 的大湾区, the page printing 串联的): each title goes down to its tail."""
    read = _tails_read("走笔）", CHIPS + FULL + LONG, title="远方的邮路（环球")
    assert read[read.index("远方的邮路（环球") + 1] == "走笔）"
    read = _tails_read("的大湾区", "跳动的乐音，串联的大湾区。" + CHIPS + FULL, title="跳动的乐音，串联")
    assert read[read.index("跳动的乐音，串联") + 1] == "的大湾区"


# A title of eleven characters at 54 (54..65): its middle is at 59.5.
WIDE_TITLE = "全国图书馆夜间开放时段"


def test_a_title_s_line_as_wide_at_its_start_over_blank_rows_goes_on_it():
    """A large title that fills its measure wraps into a line as wide, set at its start
    (近万名大学生志 / 愿者服务西部基): two rows under it, beside the neighbour's byline, with
    the row under it blank in its place, a word of the page across the break (志愿) and no
    clause's mark in either line, it is the title's line: the title goes down to it."""
    text = "近万名大学生志愿者陆续抵达服务地，将在基层开展志愿服务。" + CHIPS
    read = _tails_read("愿者服务西部基", text, title="近万名大学生志", tail_row=2, tail_at=54)
    assert read[read.index("近万名大学生志") + 1] == "愿者服务西部基"


def test_a_line_as_wide_under_a_title_with_a_clause_mark_or_a_line_under_it_stays():
    """Near misses, the word across the break (志愿) printed all the same: a line as wide
    holding a comma (a column's prose: 愿者，服务西部基), or one with a line right under it
    in its place (a column's line, its next under it), is no line of the title."""
    text = "近万名大学生志愿者陆续抵达服务地，将在基层开展志愿服务。" + CHIPS
    read = _tails_read("愿者，服务西部", text, title="近万名大学生志", tail_row=2, tail_at=54)
    assert read[1] == "近万名大学生志"
    read = _tails_read("愿者服务西部基", text, title="近万名大学生志", tail_row=3, tail_at=54)
    assert read[1] == "近万名大学生志"


def test_a_title_of_three_lines_read_apart_is_read_whole(tmp_path):
    """A title of three lines (近万名大学生志 / 愿者服务西部基 / 层), each its tall type's
    rows under the one before, those rows filled by a neighbour's head, read as the cuts
    read such rows (its first line with the row, its second after the neighbour's byline,
    its last after the left box's text, over its own box's text): each line
    goes down to the next, the three read one after another with the box's text. With
    LAY001 `wide_tails` off the line as wide is no line of the title (the short last line
    still is the second's)."""
    right = column("近万名大学生志愿者陆续抵达服务地，将在基层开展志愿服务。" + CHIPS, 14)
    left = column((LONG + NEXT) * 2, 14)[:len(right) + 1]
    rows = [[(0, "青年人为何偏爱上“城市漫步”"), (54, "近万名大学生志")], [(0, "——基层走访手记")],
            [(0, "本报记者 林 岚")], [(54, "愿者服务西部基")], [], [(0, left[0]), (57, "层")], []]
    rows += [[(0, a), (57, b)] for a, b in zip(left[1:], right)]
    source = grid(*rows)
    pieces = ([(0, "青年人为何偏爱上“城市漫步”"), (0, "近万名大学生志"),
               (1, "——基层走访手记"), (2, "本报记者 林 岚"), (3, "愿者服务西部基"),
               (5, left[0])] + [(7 + n, a) for n, a in enumerate(left[1:])]
              + [(5, "层")] + [(7 + n, b) for n, b in enumerate(right)])

    def read(rules) -> list[str]:
        return _read_tails(source, pieces, rules)[0]

    said = read(RULES)
    at = said.index("近万名大学生志")
    assert said[at:at + 4] == ["近万名大学生志", "愿者服务西部基", "层", right[0]]
    assert said.index(left[-1]) < at
    said = read(rules_with(tmp_path, "LAY001", wide_tails=False))
    assert said[1] == "近万名大学生志"
    at = said.index("愿者服务西部基")
    assert said[at:at + 3] == ["愿者服务西部基", "层", right[0]]


def _three_lines_read(first: str, second: str, tail: str, text: str) -> list[str]:
    """A title's first two lines on two rows (`first` at 54 over `second`, at its start),
    its short last line (`tail`) three rows under them beside a left box's text, then its
    own box's text (`text`) at 57; read as the cuts read such rows (the neighbour's head,
    the two lines, the left box's text, the tail, the box's text): the pieces' texts in
    the order `_titles_to_tails` gives them."""
    right = column(text, 14)
    left = column((LONG + NEXT) * 2, 14)[:len(right) + 1]
    rows = [[(0, "青年人为何偏爱上“城市漫步”"), (54, first)], [(0, "——基层走访手记"), (54, second)],
            [(0, "本报记者 林 岚")], [], [(0, left[0]), (57, tail)], []]
    rows += [[(0, a), (57, b)] for a, b in zip(left[1:], right)]
    source = grid(*rows)
    said = ([(0, "青年人为何偏爱上“城市漫步”"), (1, "——基层走访手记"),
             (2, "本报记者 林 岚"), (0, first), (1, second), (4, left[0])]
            + [(6 + n, a) for n, a in enumerate(left[1:])]
            + [(4, tail)] + [(6 + n, b) for n, b in enumerate(right)])
    return _read_tails(source, said)[0]


def test_a_title_s_two_lines_on_two_rows_go_down_to_its_last_together():
    """粤西首个国家骨 / 干冷链物流基地 on two rows (a word of the page across the break, 骨干),
    its last line (投运) three rows under them after the left box's text: the line right
    over the second, read right before it, is the title's own, no column's line as wide
    over it, and both go down to the last line, the three read one after another."""
    text = "粤西首个国家骨干冷链物流基地日前正式投运，将服务粤西地区农产品流通。" + CHIPS
    read = _three_lines_read("粤西首个国家骨", "干冷链物流基地", "投运", text)
    at = read.index("粤西首个国家骨")
    assert read[at:at + 4] == ["粤西首个国家骨", "干冷链物流基地", "投运", column(text, 14)[0]]


def test_a_line_with_a_clause_mark_over_a_title_s_line_keeps_it_from_its_tail():
    """Near miss: the line over it holds a comma (粤西首个，国家骨: a column's prose), so it
    is a line as wide over the title's line, which takes no tail (the order stays)."""
    text = "粤西首个，国家骨干冷链物流基地日前正式投运，将服务粤西地区农产品流通。" + CHIPS
    read = _three_lines_read("粤西首个，国家骨", "干冷链物流基地", "投运", text)
    assert read[read.index("干冷链物流基地") + 1] == column((LONG + NEXT) * 2, 14)[0]


def test_a_short_line_centred_under_a_title_is_its_last_line_though_no_word_runs_across():
    """No word of the page runs across the break and no mark closes, but the short line
    stands centred under the title (its middle half a character off the title's, two
    characters under eleven): a centred head's wrapped line. The title goes down to it,
    and the move is told apart from the word's (`title_tail_centred`, the title's row)."""
    moved: list[int] = []
    read = _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=59, moved=moved)
    assert read[read.index(WIDE_TITLE) + 1] == "增加"
    assert moved == [1]
    moved.clear()  # half a character left of the middle as well (a cell rounds either way)
    read = _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=58, moved=moved)
    assert read[read.index(WIDE_TITLE) + 1] == "增加" and moved == [1]


def test_a_short_line_at_the_title_s_start_is_its_last_line_though_no_word_runs_across():
    """A left-set head wraps so (一张报纸，陪伴一座城市 / 七十年): the short line set at the
    title's start, under the rows its tall type set, is its last line; the title goes down
    to it and the move is logged with the centred ones (`title_tail_centred`)."""
    moved: list[int] = []
    read = _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=54, moved=moved)
    assert read[read.index(WIDE_TITLE) + 1] == "增加" and moved == [1]


def test_a_short_line_at_the_start_of_a_column_s_line_or_a_subtitle_s_stays():
    """Near misses: a line over the title indented as a paragraph opens and ending where it
    ends (the column's line before it: the "title" is a column's line), or a title that
    opens with —— (a subtitle's first line, over its wrapped rest), takes no short line at
    its start as its tail."""
    read = _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=54,
                       over=(56, "全国图书馆夜间开放"))
    assert read[2] == WIDE_TITLE
    read = _tails_read("增加", CHIPS + FULL + LONG, title="——全国图书馆夜间开放", tail_at=54)
    assert read[1] == "——全国图书馆夜间开放"


def test_a_short_line_at_the_title_s_start_is_a_parameter(tmp_path):
    """With LAY001 `tail_read_on` off, a short line at the title's start is no tail of it
    (the centred one still is)."""
    rules = rules_with(tmp_path, "LAY001", tail_read_on=False)
    read = _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=54, rules=rules)
    assert read[1] == WIDE_TITLE
    read = _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=59, rules=rules)
    assert read[read.index(WIDE_TITLE) + 1] == "增加"


def test_a_line_off_the_title_s_middle_or_wider_than_half_of_it_stays():
    """Near misses, no word across the break: the short line set off the title's middle
    and off its start, or centred but wider than half the title (`tail_share`: a column's
    line under a column's line as wide, a paragraph's indented first line under a title as
    wide as its column), is read where the cuts read it."""
    assert _tails_read("增加", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=60)[1] == WIDE_TITLE
    read = _tails_read("增加服务时长", CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=57)
    assert read[1] == WIDE_TITLE


def test_a_byline_or_furniture_centred_under_a_title_is_no_tail_of_it():
    """Near misses: a byline's title (新华社记者: CLS003), a bare name (周明远, a
    commentary's author under its title), page furniture (第 1 页) and a section's number
    alone (（三）, over a commentary's first part: CLS010's `enumerated`), each short and
    centred under the title, are no wrapped line of it: the order stays."""
    for tail, at in (("新华社记者", 57), ("周明远", 58), ("第 1 页", 57), ("（三）", 58)):
        moved: list[int] = []
        read = _tails_read(tail, CHIPS + FULL + LONG, title=WIDE_TITLE, tail_at=at, moved=moved)
        assert read[1] == WIDE_TITLE and moved == [], tail


def test_a_line_ending_a_sentence_under_a_title_is_no_tail_of_it():
    """Near miss: the line under the title ends a sentence (`tail_marks`): a column's
    line, not the title's last, though the page prints the pair across the break."""
    read = _tails_read("间借阅。", "全国多家图书馆推出夜间借阅服务，夜间参观人数明显增多。" + CHIPS)
    assert read[1] == "多家图书馆推出夜"


def test_a_title_read_with_its_tail_is_logged_beside_the_other_moves(monkeypatch):
    """The title lines `_titles_to_tails` moves are the layout edit's evidence
    (`title_read_with_tail`), kept when the caption moves after it (`_goes_on_below`, on
    with CAP001 and CAP002 as shipped) are asked too: they were dropped, the moves'
    evidence rebuilt from the captions' alone."""
    import cleaner.layout as layout

    monkeypatch.setattr(layout, "_titles_to_tails", lambda pieces, lines, p: (pieces, [2], [2]))
    (edit,) = clean(side_by_side(LEFT, RIGHT)).layout
    assert edit.evidence["title_read_with_tail"] == [2]
    assert edit.evidence["title_tail_centred"] == [2]
    monkeypatch.setattr(layout, "_titles_to_tails", lambda pieces, lines, p: (pieces, [], []))
    (edit,) = clean(side_by_side(LEFT, RIGHT)).layout
    assert "title_read_with_tail" not in edit.evidence
    assert "title_tail_centred" not in edit.evidence


def _read_on(tail: tuple[int, str]) -> list[str]:
    """`_goes_on_below` on a hand-made grid read in a given order: a column at 0 (its third
    line full and open), its neighbour at 16 read between, the column's last line (a
    sentence's end) a row lower, two rows its neighbour took, then `tail` and a line under
    it in the column's place."""
    from cleaner import layout

    from .test_rules import CHIPS, LONG, NEXT

    left, right = column(CHIPS, 12), column(LONG + NEXT, 12)
    page = grid([(0, left[0]), (16, right[0])], [(0, left[1]), (16, right[1])],
                [(0, left[2]), (16, right[2])], [(16, right[3])],
                [(0, left[3]), (16, right[4])], [(16, right[5])], [(16, right[6])],
                [tail], [(0, "持续晴热高温天气来袭，")])
    lines = layout.lines_of(page)
    p = layout._params(RULES, top=-1, grid=True,
                       filled=frozenset(ln.index for ln in lines if ln.cells),
                       credits=(), reporters=(), datelines=(), arrivals=())
    cell = {(ln.index, c.x0): (ln.index, c.start, c.end) for ln in lines for c in ln.cells}
    cut = ([cell[(n, 0)] for n in range(3)] + [cell[(n, 16)] for n in range(7)]
           + [cell[(4, 0)], cell[(7, tail[0])], cell[(8, 0)]])
    order, _ = layout._goes_on_below(cut, lines, p, RULES["CAP001"], RULES["CAP002"])
    return [page[a:b] for _, a, b in order]


def test_a_column_read_on_stops_at_the_next_box_under_its_sentence_s_end():
    # The column read on under the row its neighbour took (…芯片设计和封装测 / 试企业。)
    # ends its sentence over two rows blank in its place: the line flush under them is the
    # next box's title, read where the page's cuts read it, not with the column.
    texts = _read_on((0, "白天躲高温夜晚逛夜市"))
    assert texts[3:5] == ["试企业。", "会议要求，各地要切实做好"]
    assert texts.index("白天躲高温夜晚逛夜市") == len(texts) - 2


def test_a_column_read_on_goes_on_into_its_next_paragraph_under_blank_rows():
    # The line under the rows opens a paragraph (indented): the column's text goes on.
    texts = _read_on((2, "据介绍，新生幼仔将在"))
    assert texts[3:6] == ["试企业。", "据介绍，新生幼仔将在", "持续晴热高温天气来袭，"]


def _ocr_partings(text: str, count: int | None = None, fits=None
                  ) -> list[tuple[list[str], list[int]]]:
    """LAY206's partings of one OCR line, with the rule file's junction and bounds."""
    from functools import partial

    from cleaner.layout import _partings
    p = RULES["LAY206"].params
    return list(partial(_partings, [text], junction=RULES.param_patterns("LAY206", "junction")[0],
                        least=p["min_column"] - p["slack"], most=p["max_columns"],
                        junctions=p["max_junctions"])(0, count, fits))


# A line OCR read across eight columns of ten characters (seven junctions): 127 ways to part
# it into two pieces or more, 35 of them into four.
EIGHT = " ".join(ch * 10 for ch in "甲乙丙丁戊己庚辛")


def test_lay206_partings_that_fit_are_found_without_trying_the_rest():
    # Only the widths that fit the run's columns are followed: a first piece of the wrong
    # width is the end of the search, where every parting of the line was built and asked.
    asked: list[tuple[int, int]] = []
    found = _ocr_partings(EIGHT, 4, lambda k, w: asked.append((k, w)) or w == 20)
    assert found == [([EIGHT[:21], EIGHT[22:43], EIGHT[44:65], EIGHT[66:]], [20, 20, 20, 20])]
    assert len(asked) < 35  # (the 35 partings into four, each asked, at the least)
    asked.clear()
    assert _ocr_partings(EIGHT, 4, lambda k, w: asked.append((k, w)) or False) == []
    assert len(asked) <= 8


def test_lay206_partings_that_fit_are_those_of_the_whole_search_in_its_order():
    # The pruned search yields what filtering every parting would, in the same order (the
    # run takes the first that fits).
    for bound in (20, 30, 40, 60):
        def fits(k: int, w: int) -> bool:
            return w <= bound + 10 * k
        whole = [q for q in _ocr_partings(EIGHT, 3)
                 if all(fits(k, w) for k, w in enumerate(q[1]))]
        assert whole and _ocr_partings(EIGHT, 3, fits) == whole
    assert len(_ocr_partings(EIGHT)) == 127 and len(_ocr_partings(EIGHT, 4)) == 35


def test_lay206_each_line_s_block_ends_at_its_next_blank_line():
    # Found once for the page: a line's block runs to its next blank line (a blank line's
    # is itself), the last block to the page's end.
    from cleaner.layout import _block_ends
    assert _block_ends(["甲 乙", "丙 丁", "", "戊 己", "  ", "庚"]) == [2, 2, 2, 4, 4, 6]
    assert _block_ends([]) == []


def _half_rows(left: list[str], right: list[str], right_at: int = 17,
               right_first: bool = False) -> str:
    """pdftotext -layout (gen-16403, gen-8708, gen-15808): a box of a column at 40 on every
    row, beside two columns whose rows do not line up with each other (a neighbour box in
    other leading): the one at 0 on even rows, the one at `right_at` on odd rows (or the
    other way round, `right_first`); under
    them, past one blank row, another box's lines across both places (so no gutter runs
    between the two down the region)."""
    wide = column((LONG + NEXT + CHIPS + FULL + CHIPS_MORE) * 2, 14)
    rows = [[(0, a), (20, b), (40, c)] for a, b, c in zip(
        column(CHIPS + LONG + FULL, 14)[:6], column(NEXT + CHIPS_MORE, 14)[:6], wide)]
    rows.append([(40, wide[6])])
    for k in range(2 * max(len(left), len(right))):
        side, at = (left, 0) if (k % 2 == 0) != right_first else (right, right_at)
        row = [(at, side[k // 2])] if k // 2 < len(side) else []
        rows.append(row + [(40, wide[7 + k])])
    rows.append([(40, wide[len(rows)])])
    rows += [[(0, line), (40, wide[len(rows) + k])]
             for k, line in enumerate(column(NEXT + LONG, 17)[:3])]
    return grid(*rows)


HALF_LEFT = column(FULL + LONG, 12)[:4]
HALF_RIGHT = column(CHIPS_MORE, 12)[:4]


def test_two_columns_a_half_row_apart_are_read_one_after_the_other():
    """pdftotext -layout sets the lines of two columns whose rows do not line up on rows of
    their own, alternating; no row holds both, so the cuts read them in turn. Each column's
    lines are read together, the one the alternation opens with (the higher) first."""
    page = _half_rows(HALF_LEFT, HALF_RIGHT)
    found = columns(page, RULES)
    texts = [page[a:b].strip() for a, b in found.spans]
    k = texts.index(HALF_LEFT[0])
    assert texts[k:k + 8] == HALF_LEFT + HALF_RIGHT
    assert found.evidence["half_rows_read_apart"] == [9]
    # The right column's line higher, the right column is read first (the cuts were
    # reading down it; gen-16403: a new article's column beside a column going on).
    page = _half_rows(HALF_LEFT, HALF_RIGHT, right_first=True)
    texts = [page[a:b].strip() for a, b in columns(page, RULES).spans]
    k = texts.index(HALF_RIGHT[0])
    assert texts[k:k + 8] == HALF_RIGHT + HALF_LEFT


def test_two_lines_a_side_are_read_apart_only_where_both_sides_are_text():
    """Two lines a side are read apart where each side holds a mark of text (`text_marks`:
    a caption's two lines beside a column's, gen-17004); two titles' stacks of two lines
    each (no such mark, gen-17604) stay in turn, for the titles' steps to read."""
    page = _half_rows(HALF_LEFT[:2], HALF_RIGHT[:2])
    texts = [page[a:b].strip() for a, b in columns(page, RULES).spans]
    k = texts.index(HALF_LEFT[0])
    assert texts[k:k + 4] == HALF_LEFT[:2] + HALF_RIGHT[:2]
    left, right = ["长江十年禁渔进入第五年", "生态修复成效明显"], ["近万名大学生志愿者", "服务西部基层"]
    page = _half_rows(left, right)
    texts = [page[a:b].strip() for a, b in columns(page, RULES).spans]
    k = texts.index(left[0])
    assert texts[k:k + 4] == [left[0], right[0], left[1], right[1]]
    assert "half_rows_read_apart" not in columns(page, RULES).evidence


def test_alternating_lines_stay_in_turn_where_they_are_no_two_columns_apart():
    # The two places overlapping (the right one starting before the left one's lines end)
    # are no two columns side by side.
    page = _half_rows(HALF_LEFT, HALF_RIGHT, right_at=10)
    assert "half_rows_read_apart" not in columns(page, RULES).evidence


def test_a_stretched_justified_line_goes_on_a_column_as_wide_as_it_prints():
    """pdftotext -layout spreads a justified line holding digits or Latin letters a space
    after every character (运 时 间 从 原 来 的 10 多 个 小, gen-17206): its cells run past
    the column's edge, but it prints the column's measure, so it goes on the column's
    text (`_line_on` measures it without those spaces). A title wider than the column, or
    a line with its words apart by wider gaps, still does not."""
    from cleaner.layout import _line_on, _params

    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(), reporters=(),
                datelines=(), arrivals=())
    stretched = "运 时 间 从 原 来 的 10 多 个 小"
    assert _line_on((0, len(stretched)), stretched, 0, 12, p)
    assert _line_on((0, 12), "运时间从原来的10多个小时", 0, 12, p)
    wide = "运时间从原来的十多个小时缩短到五个"  # 17 characters: a title wider than the column
    assert not _line_on((0, len(wide)), wide, 0, 12, p)
    apart = "运输时间  从原来的  十多个小时"  # (words two spaces apart: no stretched line)
    assert not _line_on((0, len(apart)), apart, 0, 12, p)



def _under_two_rows(said: str, filled: bool = True) -> list[int]:
    """What `_going_on_under` reads on under a column's open line on row 5 (0 to 14 wide)
    where `said` stands on row 8 at the column's start, rows 6 and 7 blank in the
    column's place (printed on elsewhere on the page, or with `filled` False blank across
    it)."""
    from cleaner.layout import _going_on_under, _params

    p = _params(RULES, top=-1, grid=True, credits=(), reporters=(), datelines=(), arrivals=(),
                filled=frozenset({5, 6, 7, 8} if filled else {5, 8}))
    return _going_on_under(5, 0, 14, {8: [1]}, lambda k: (0, len(said)), lambda k: said, p,
                           RULES["CAP001"], RULES["CAP002"], above="举办这样的活动，让更多人受")


def test_a_column_pushed_down_two_rows_by_its_neighbours_goes_on_under_them():
    """pdftotext -layout (gen-16404, gen-17602, gen-18301): a column's next line two rows
    under its open line, the rows between printed on elsewhere on the page (the
    neighbours' rows pushed it down in the grid), goes on it where it is a column's line
    in mid-sentence: a mark of text, left open (`_pushed_down`)."""
    assert _under_two_rows("者纷纷表示收获很大，希望以后") == [1]


def test_a_title_a_paragraph_s_end_or_a_row_of_the_page_under_two_rows_does_not_go_on():
    assert _under_two_rows("者纷纷表示收获很大希望以后多") == []  # no mark: a title's line
    assert _under_two_rows("者纷纷表示收获很大，受益。") == []  # a paragraph's end
    assert _under_two_rows("者纷纷表示收获很大，希望以后", filled=False) == []  # the page's rows part


# pdftotext -layout (gen-18305): a head centred over a box of columns lands in fewer cells
# than it prints across, here at the second column's start, not off it; the first column
# opens the article (a paragraph's indent in, on the box's first row) right under it, with
# nothing of its own above. The head is read first, then the columns (`_centred_heads`,
# over the opening); where anything on its rows or the opening's stands left of the
# region, where the first column's top line is no paragraph's opening, or where the line
# ends a sentence or stands over a column further right, it stays with the column under it.
OPENING_HEAD = "老年大学里的银发新生"


def _head_over_opening(head: list[tuple[int, str]], first: tuple[int, str] = (2, A1[0][2:])
                       ) -> str:
    """The head's row, then the box's two columns (at 0 and 24), the first's top line
    `first`."""
    rows = [head, [first, (24, A2[0])]]
    rows += [[(0, a), (24, b)] for a, b in zip(A1[1:] + B, A2[1:] + A1)]
    return grid(*rows)


def _read_order(page: str) -> list[str]:
    found = columns(page, RULES)
    return [page[a:b].strip() for a, b in found.spans]


def test_a_head_at_the_second_column_s_start_over_the_opening_column_is_read_first():
    page = _head_over_opening([(24, OPENING_HEAD)])
    said = _read_order(page)
    assert said[:3] == [OPENING_HEAD, A1[0][2:], A1[1]]
    assert columns(page, RULES).evidence["read_with_head"] == [1]
    assert_sound(clean(page))


def test_a_byline_over_the_opening_column_is_read_with_the_head():
    # (gen-17801, gen-16704: 张成虎 高睿凯, 朱 柚 centred under the title above.)
    page = _head_over_opening([(26, "张成虎 高睿凯")])
    assert _read_order(page)[:2] == ["张成虎 高睿凯", A1[0][2:]]


def test_a_head_over_a_column_whose_top_line_opens_no_paragraph_stays():
    # The first column's top line at its start: a column going on, the head the second's.
    page = _head_over_opening([(24, OPENING_HEAD)], first=(0, A1[0]))
    said = _read_order(page)
    assert said[:2] == [A1[0], A1[1]] and said.index(OPENING_HEAD) > said.index(A1[-1])


def test_a_head_over_a_first_line_wider_than_its_column_stays():
    # (gen-1201: the first column's top line a title set across the box, not its text.)
    page = _head_over_opening([(24, OPENING_HEAD)], first=(2, A1[0][2:] + "建设加快步伐"))
    assert _read_order(page)[0] != OPENING_HEAD


def test_a_line_ending_a_sentence_over_the_opening_column_stays():
    page = _head_over_opening([(24, "活动现场气氛热烈。")])
    assert _read_order(page)[0] != "活动现场气氛热烈。"


def test_a_head_over_a_column_further_right_stays():
    # (gen-8701: the title over the far box's column, past the second column's width.)
    page = _head_over_opening([(44, OPENING_HEAD)])
    assert _read_order(page)[0] != OPENING_HEAD


def test_a_credit_over_the_opening_column_stays():
    page = _head_over_opening([(26, "记者 王摄")])
    assert _read_order(page)[0] != "记者 王摄"


# pdftotext -layout (gen-17804): a head centred over a box of two columns, its title landing
# at the first column's start, the byline centred under it over the second column, the
# first column going on under the byline: the byline is the head's, read with the title
# before the columns (`_centred_heads`, under_title), not at the second column's top.
def _title_over_byline(title: tuple[int, str] = (1, "让科普追上科创"),
                       byline: tuple[int, str] = (26, "裴 桐")) -> str:
    rows = [[title], [], [byline], [], [(0, A1[0])], [(0, A1[1])]]
    rows += [[(0, a), (24, b)] for a, b in zip(A1[2:] + A2, A2 + A1)]
    return grid(*rows)


def test_a_byline_under_a_title_at_the_first_column_s_start_is_read_with_it():
    page = _title_over_byline()
    assert _read_order(page)[:3] == ["让科普追上科创", "裴 桐", A1[0]]
    assert columns(page, RULES).evidence["read_with_head"] == [1, 3]
    assert_sound(clean(page))


def test_a_short_line_under_a_paragraph_s_opening_stays():
    # (gen-5408: the first column's top line indented, 主办方介绍，往届大赛共, opens a
    # paragraph: no title; the short line over the second column, 平台, is not its head's.)
    page = _title_over_byline(title=(2, "让科普追上科创"))
    assert _read_order(page)[1] != "裴 桐"
    assert "read_with_head" not in columns(page, RULES).evidence


def test_a_credit_under_a_title_at_the_first_column_s_start_stays():
    page = _title_over_byline(byline=(26, "记者 王摄"))
    assert _read_order(page)[1] != "记者 王摄"


# pdftotext -layout (seed 18001, gen-18005), the page's top: a box of five columns, its
# slogan, title and byline centred over it, so over its third column (中国科技 活力奔涌 /
# 谷业凯); the first column ends mid-sentence (…截至) and goes on at the second's top.
CENTRED_OVER_BOX = [
    '北方日 报                                                                               09 教育 2025年12月5日 星期五',
    '',
    '',
    '                               在推进中国式现代化建设中走在前列',
    '',
    '                                     中国科技 活力奔涌',
    '                                                    谷业凯',
    '',
    '    “十四五”这5年，我     增长48%。规上高技术制造     今年6月底，国内发明专利       分彰显。国家战略科技力量    发展的强劲推动力日益显            （下转第十一版）',
    '国科技事业取得了历史性成       业增加值较“十三五”末增      有效量达501万件……        加快建设，企业创新实力稳    现。',
    '就，发生了历史性变革。        长42%；“三新”经济增加       5年来，党中央对科技       步提升，新质生产力在实践      5年来，市场在科技资',
    '    2024年，全社会研发投   值占GDP的比重达18%。截至   工作的集中统一领导进一步       中逐渐发展壮大，对高质量    源配置中的决定性作用进一',
    '入超3.6万亿元，较2020年                      加强，新型举国体制优势充                       步强化，政府作用得到更好',
    '',
    '',
    '联合国粮农组织呼                 （上接第九版）                                                        前4个月全国铁路完',
]


def test_a_head_centred_over_a_box_is_read_before_its_first_column():
    page = "\n".join(CENTRED_OVER_BOX)
    found = columns(page, RULES)
    texts = [page[a:b] for a, b in found.spans]
    assert texts[2:6] == ["在推进中国式现代化建设中走在前列", "中国科技 活力奔涌", "谷业凯",
                          "“十四五”这5年，我"]
    at = texts.index("值占GDP的比重达18%。截至")
    assert texts[at + 1] == "今年6月底，国内发明专利"
    assert found.evidence["head_centred_read_first"] == [4, 6, 7]


def test_a_head_centred_over_a_box_near_miss_a_line_over_the_first_column():
    # Anything over the first column from the head's top row down (a title at its start,
    # 新春走基层 over 中欧班列（广州）…, gen-17805) leaves the head where the cuts read it.
    lines = list(CENTRED_OVER_BOX)
    lines[6] = "一线调研" + lines[6][4:]
    found = columns("\n".join(lines), RULES)
    assert "head_centred_read_first" not in found.evidence


def test_a_head_centred_over_a_box_near_miss_a_line_alone():
    # A line alone over the box (as often the page's slogan, or its footer 第 1 页 set
    # between two sheets) is not taken for a head's stack; the stack is (the pieces the
    # cuts read between the first column's end and the second column's top: the slogan,
    # the title, the byline).
    from cleaner.layout import _centred_over_box, _params, lines_of

    page = "\n".join(CENTRED_OVER_BOX)
    lines = lines_of(page)
    head = [ln for ln in lines if ln.index in (3, 5, 6)]
    pieces = [(ln.index, ln.cells[0].start, ln.cells[-1].end) for ln in head]
    top = lines[8].cells  # the box's top row: its columns' first lines

    def text(m):
        return page[pieces[m][1]:pieces[m][2]]

    def x(m):
        return head[m].cells[0].x0, head[m].cells[-1].x1

    p = _params(RULES, top=-1, grid=True, filled=frozenset(), credits=(),
                reporters=RULES.param_patterns("CLS003", "titles"), datelines=(), arrivals=())
    column, own = (top[1].x0, top[1].x1), (top[0].x0, top[0].x1)
    assert _centred_over_box([0, 1, 2], pieces, lines, text, x, 8, column, own, p) == [0, 1, 2]
    for alone in ([0], [1], [2]):
        assert _centred_over_box(alone, pieces, lines, text, x, 8, column, own, p) == []


def _swap_last_two_lines(source: str, rules) -> Reorder:
    """An orderer (for plan) that reads the page's last two lines with text the other way
    round, every other line in place."""
    spans, at = [], 0
    for line in source.split("\n"):
        if line.strip():
            spans.append((at, at + len(line)))
        at += len(line) + 1
    return Reorder(spans[:-2] + [spans[-1], spans[-2]], "LAY101")


def test_on_a_page_in_ocr_s_blocks_the_mends_read_what_an_orderer_left_in_place():
    """OCR sets a title's later line apart wherever the page is: where LAY101 orders a band
    of the page, LAY201 still puts the title's later line, read after its text far from
    that band, back on its first (gen-16006). Before, any orderer's edits stood alone."""
    from .test_titleparts import APART, page as ocr_page

    source = ocr_page(APART) + "\n甲栏的最后一行文字\n\n乙栏的最后一行文字\n"
    edits = plan(source, default_rules(), orderers=(_swap_last_two_lines,))
    assert [e.rule for e in edits] == ["LAY201", "LAY101"]
    assert edits[0].evidence["title"] == ["澜湄职业教育培训", "中心在曼谷揭牌"]
    assert [e.rule for e in clean(ocr_page(APART)).layout] == ["LAY201"]  # (as without)


def test_on_a_page_written_line_after_line_an_orderer_s_edits_stand_alone():
    """Text written line after line (PyMuPDF, pdftotext) is no page of OCR's blocks: where
    an orderer reads it, the mends (here LAY204 parting a glued line) are not asked."""
    path = Path(__file__).resolve().parent / "fixtures" / "glued-line-over-a-sheet-break.txt"
    source = path.read_text(encoding="utf-8")
    assert [e.rule for e in plan(source, default_rules())] == ["LAY204"]
    edits = plan(source, default_rules(), orderers=(_swap_last_two_lines,))
    assert [e.rule for e in edits] == ["LAY101"]


def _title_over_blank_rows(tail: str, title: str = WIDE_TITLE, tail_at: int = 54) -> str:
    """pdftotext -layout: a box's large title at 54 beside another box's title, two rows
    blank across the page under it (its tall type), its last line (`tail`, at `tail_at`)
    on the next, over its box's text at 57 beside the other box's column at 0."""
    right = column(CHIPS + FULL + LONG, 14)
    left = column((LONG + NEXT) * 2, 14)[:len(right)]
    rows = [[(0, "青年人为何偏爱上“城市漫步”"), (54, title)], [], [], [(tail_at, tail)]]
    return grid(*rows, *[[(0, a), (57, b)] for a, b in zip(left, right)])


def _laid_out(source: str, rules=RULES) -> tuple[str, dict]:
    (edit,) = plan(source, rules)
    return edit.after, edit.evidence


def test_a_title_s_short_last_line_read_right_after_it_over_blank_rows_is_one_block():
    """The cuts read the title right before its short last line at its start, the two
    rows its tall type set blank between: the blank lines go (`title_tail_read_on`, the
    tail's line) and a blank line is set over the title, after the other box's column,
    so the title's lines are one block of their own."""
    after, evidence = _laid_out(_title_over_blank_rows("增加"))
    assert f"\n\n{WIDE_TITLE}\n增加\n" in after
    assert evidence["title_tail_read_on"] == [4]


def test_a_title_s_last_line_is_read_on_only_where_it_is_short_and_no_byline():
    """Near misses, each under the title at its start over the blank rows: a line wider
    than half the title (`tail_share`: a column's line), a spaced name (林 岚: a byline), a
    line under a "title" that opens with a clause's last character (会、…: a column's line
    going on) keep their blank lines."""
    for tail, title in (("增加服务时长和内容", WIDE_TITLE), ("林 岚", WIDE_TITLE),
                        ("增加", "会、全国图书馆夜间开放")):
        after, evidence = _laid_out(_title_over_blank_rows(tail, title))
        assert f"{title}\n\n\n{tail}\n" in after, tail
        assert "title_tail_read_on" not in evidence, tail


def test_a_title_s_last_line_read_on_is_a_parameter(tmp_path):
    """With LAY001 `tail_read_on` off the blank lines stay; with `tail_parted` off the
    title's lines are one block but no blank line is set over it."""
    after, evidence = _laid_out(_title_over_blank_rows("增加"),
                                rules_with(tmp_path, "LAY001", tail_read_on=False))
    assert f"{WIDE_TITLE}\n\n\n增加\n" in after and "title_tail_read_on" not in evidence
    after, _ = _laid_out(_title_over_blank_rows("增加"),
                         rules_with(tmp_path, "LAY001", tail_parted=False))
    assert f"\n{WIDE_TITLE}\n增加\n" in after and f"\n\n{WIDE_TITLE}" not in after


def test_a_title_s_last_line_holding_a_number_s_point_goes_on_it():
    """A decimal point in a number (3.5%) is no sentence's end: the title's last line
    holding one is a title's line still (前10个月全国新设经营主体同比增 / 长3.5%, the page
    printing 增长), and the title goes down to it; a full stop there keeps it a column's."""
    text = "前10个月全国新设经营主体同比增长3.5%，市场活力持续释放。" + CHIPS
    title = "前10个月全国新设经营主体同比增"
    read = _tails_read("长3.5%", text, title=title)
    assert read[read.index(title) + 1] == "长3.5%"
    assert _tails_read("长3.5。", text, title=title)[1] == title
