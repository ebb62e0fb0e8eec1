"""LAY002 (cleaner/sortrows.py): PyMuPDF `get_text(sort=True)` text read column by column.

sort=True writes each printed row of the page as one line, its columns one to three spaces
apart (one space per em of the gap); two boxes whose baselines differ print on lines of
their own, one after the other; a line standing higher than half its height above the
bottom of the line before is glued onto that line, padded from the page's left edge."""
from __future__ import annotations

from cleaner import RuleSet, clean, default_rules
from cleaner.assemble import replay
from cleaner.layout import plan, sorted_rows
from cleaner.sortrows import narrow_gaps

from .helpers import assert_sound, rules_with
from .test_rules import (CHIPS, CHIPS_MORE, FULL, LONG, NEXT, SORT_GUTTER_AFTER_FIRST, glued_boxes,
                         page_of, printed)

RULES = default_rules()
GAP = 2  # a two-em gutter, padded with two spaces
WIDTH = 16  # printed() sets lines of 16 characters


def halves(lines: list[str]) -> tuple[list[str], list[str]]:
    """A box's text set in two balanced columns."""
    cut = (len(lines) + 1) // 2
    return lines[:cut], lines[cut:]


def starts(*paras: str) -> set[str]:
    """The first printed lines of the paragraphs (printed() sets them two short)."""
    return {printed(p, head=())[0] for p in paras}


def row(x: int, cells: list[str], firsts: set[str]) -> str:
    """One printed row of a box standing `x` ems from the page's left edge: its columns
    WIDTH + GAP ems apart, padded as sort=True pads them; a paragraph's first line (two
    characters short: the extractor drops the indent) two ems in."""
    out = ""
    for k, cell in enumerate(cells):
        if cell:
            at = x + k * (WIDTH + GAP) + (2 if cell in firsts else 0)
            out += " " * max(at - len(out), 1 if out else 0) + cell
    return out


LEFT_PARAS, RIGHT_PARAS = (FULL, NEXT, LONG, CHIPS), (CHIPS_MORE, NEXT, FULL, LONG)
LEFT_HEAD, LEFT_BODY = ["活动顺利举行"], printed(*LEFT_PARAS, head=())
RIGHT_HEAD, RIGHT_BODY = ["开发区培育芯片产业"], printed(*RIGHT_PARAS, head=())
RIGHT_AT = 2 * (WIDTH + GAP)  # the right box's left edge
FIRSTS = starts(*LEFT_PARAS, *RIGHT_PARAS)


def sort_page(glue: int | None = None) -> str:
    """Two boxes side by side, each a title over two columns. The right box's baselines
    stand off the left's, so each of its rows prints on a line of its own after the
    left's row; with `glue`, that row of the right box is glued onto the left's line."""
    l1, l2 = halves(LEFT_BODY)
    r1, r2 = halves(RIGHT_BODY)
    lines = [row(0, LEFT_HEAD, FIRSTS) + row(RIGHT_AT - len(LEFT_HEAD[0]), RIGHT_HEAD, FIRSTS)]
    for k in range(max(len(l1), len(r1))):
        left = row(0, [l1[k] if k < len(l1) else "", l2[k] if k < len(l2) else ""], FIRSTS)
        right = row(RIGHT_AT, [r1[k] if k < len(r1) else "", r2[k] if k < len(r2) else ""],
                    FIRSTS)
        if k == glue and left:
            # Glued: the right box's row padded from the left edge, after the left's.
            lines.append(left + right)
            continue
        lines += [left, right]
    return page_of(lines)


def read_order(source: str) -> list[str]:
    found = sorted_rows(source, RULES)
    assert found is not None
    return [source[a:b] for a, b in found.spans]


def test_each_box_is_read_head_first_then_column_by_column():
    order = read_order(sort_page())
    l1, l2 = halves(LEFT_BODY)
    r1, r2 = halves(RIGHT_BODY)
    left = order.index(LEFT_HEAD[0])
    assert order[left:left + 1 + len(LEFT_BODY)] == LEFT_HEAD + l1 + l2
    right = order.index(RIGHT_HEAD[0])
    assert order[right:right + 1 + len(RIGHT_BODY)] == RIGHT_HEAD + r1 + r2


def test_the_cleaner_reads_the_page_in_that_order():
    page = clean(sort_page())
    assert [e.rule for e in page.layout] == ["LAY002"]
    l1, l2 = halves(LEFT_BODY)
    r1, r2 = halves(RIGHT_BODY)
    assert page.ordered.split("\n")[:-1] == LEFT_HEAD + l1 + l2 + RIGHT_HEAD + r1 + r2
    assert replay(replay(page.source, page.layout), page.edits) == page.text
    assert_sound(page)


def test_a_row_glued_onto_the_line_before_is_placed_from_the_left_edge():
    """The glued part's padding counts from the page's left edge: read after the line it
    was glued to, it would stand past the page's right edge; from the edge, it stands at
    its column's start and goes on that column."""
    source = sort_page(glue=2)
    assert any(len(t) > RIGHT_AT + 2 * WIDTH + GAP + 4 for t in source.split("\n"))
    order = read_order(source)
    r1, r2 = halves(RIGHT_BODY)
    right = order.index(RIGHT_HEAD[0])
    assert order[right + 1:right + 1 + len(RIGHT_BODY)] == r1 + r2
    assert order == read_order(sort_page())


def test_a_space_within_a_columns_line_does_not_part_it():
    """A space before a reporter's name or in a spaced name (记者 王 五) keeps a column's
    line one piece: no column starts where the later part would."""
    lines = sort_page().split("\n")
    at = next(n for n, t in enumerate(lines) if t.strip().startswith(LEFT_BODY[1]))
    lines[at] = lines[at].replace(LEFT_BODY[1], "本报记者 王 五报道：代表们", 1)
    source = "\n".join(lines)
    order = read_order(source)
    assert "本报记者 王 五报道：代表们" in order
    assert order.index("本报记者 王 五报道：代表们") == order.index(LEFT_BODY[0]) + 1


def test_blank_lines_between_a_columns_lines_are_dropped():
    """sort=True sets a blank line wherever the line before, of whichever box, ended
    well above (under a title, say): between two lines read one after the other it marks
    no paragraph."""
    lines = sort_page().split("\n")
    lines.insert(1, "")  # between the titles and the boxes' first rows
    source = "\n".join(lines)
    page = clean(source)
    assert "\n\n" in source and "\n\n" not in page.ordered
    assert page.ordered == clean(sort_page()).ordered


def test_a_grid_padded_page_is_left_to_LAY001():
    """pdftotext -layout pads a gutter to its grid: five spaces or more between columns.
    LAY002 does not read it; LAY001 does."""
    left, right = printed(FULL, NEXT, LONG), printed(LONG, NEXT, FULL)
    page = page_of([(a.ljust(18) + "      " + b).rstrip() for a, b in zip(left, right)])
    assert narrow_gaps(page, RULES) > RULES.param("LAY002", "narrow_gap")
    assert sorted_rows(page, RULES) is None
    assert [e.rule for e in plan(page, RULES)] == ["LAY001"]


def test_text_in_reading_order_is_left_alone():
    page = page_of(printed(FULL, NEXT, LONG, CHIPS, CHIPS_MORE, NEXT))
    assert sorted_rows(page, RULES) is None
    assert plan(page, RULES) == []


def test_a_band_of_more_items_than_max_band_is_read_as_printed(tmp_path):
    rules = rules_with(tmp_path, "LAY002", max_band=1)
    source = sort_page()
    found = sorted_rows(source, rules)
    assert found is not None
    starts = [a for a, _ in found.spans]
    assert starts == sorted(starts)  # row by row, left to right, as printed
    assert read_order(source) != [source[a:b] for a, b in found.spans]


def test_lay002_can_be_turned_off():
    source = sort_page()
    rules = RuleSet.load(disable=["LAY002"])
    assert sorted_rows(source, rules) is None
    assert "LAY002" not in [e.rule for e in plan(source, rules)]


def test_a_page_with_a_line_wider_than_max_width_is_not_read_so():
    """No printed row is thousands of characters wide; linking a line's pieces costs the
    square of their number, so such a page is left to LAY001 (which leaves it too)."""
    source = sort_page()
    wide = source + ("甲乙丙丁戊己庚辛 " * (RULES.param("LAY002", "max_width") // 9 + 1)) + "\n"
    assert sorted_rows(source, RULES) is not None
    assert sorted_rows(wide, RULES) is None


def test_a_line_of_more_pieces_than_a_row_holds_is_not_read_so():
    source = sort_page()
    many = RULES.param("LAY002", "max_line_pieces") + 1
    crowded = source + "   ".join(["甲乙丙丁戊"] * many) + "\n"
    assert sorted_rows(crowded, RULES) is None


def spread_row(texts: list[str], measure: int = 12, gap: int = 2) -> str:
    """One printed row of columns `measure` ems wide and `gap` apart, each line spread to
    the measure, as sort=True pads it: a gap in spaces as wide as the characters after it
    print (their printed width over their number)."""
    line, end = "", 0.0
    for n, t in enumerate(texts):
        x0 = n * (measure + gap)
        line += " " * max(round((x0 - end) * len(t) / measure), 1 if line else 0) + t
        end = x0 + measure
    return line


def test_a_piece_after_spread_lines_is_put_at_the_column_start_near_its_place():
    # Four columns 12 ems wide, 2 apart. The last row's lines hold 10 characters each,
    # spread to the measure: counted in ems, each moves the next piece 2 ems left (the
    # fourth to 36, where no column starts); it goes to the column start at 42.
    from cleaner.sortrows import params, pieces_of
    full = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    rows = [spread_row([full[k:k + 12]] * 4) for k in range(5)]
    source = page_of(rows + [spread_row([full[:10]] * 4)])
    last = [pc for pc in pieces_of(source, params(RULES)) if pc.line == 5]
    assert len(last) == 4
    assert abs(last[-1].x0 - 42) <= 1, [round(pc.x0, 1) for pc in last]
    # What moved a piece right printed wider: the piece before it is stretched so.
    assert all(pc.x1 >= 11 for pc in last[:-1]), [round(pc.x1, 1) for pc in last]
    # Where the row's lines fill the measure, nothing moves.
    assert [round(pc.x0) for pc in pieces_of(source, params(RULES)) if pc.line == 0] == [
        0, 14, 28, 42]


def _title_row(title: str, at: int = 0) -> tuple[list, str]:
    """Five rows of four columns 12 ems wide, 2 apart, then a row holding a title's line of
    10 characters printed 2.2 ems each (22 ems, over the first two columns) and the third
    column's line after it at 28, six ems on: sort=True pads the title in its own
    characters (it starts at 0) and the gap in the body's, so counted in ems the line
    lands at 16, where no column starts. The pieces of that row."""
    from cleaner.sortrows import params, pieces_of
    full = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    rows = [spread_row([full[k:k + 12]] * 4) for k in range(5)]
    source = page_of(rows + [" " * at + title + " " * 6 + full[:12]])
    return [pc for pc in pieces_of(source, params(RULES)) if pc.line == 5], source


def test_the_piece_after_a_titles_line_in_large_type_stands_where_the_title_ends():
    last, _ = _title_row("乡村学校的小而美之路")
    assert len(last) == 2
    assert abs(last[1].x0 - 28) <= 1, [round(pc.x0, 1) for pc in last]
    # The title's line is as wide as it prints.
    assert abs(last[0].x1 - 22) <= 1, [round(pc.x1, 1) for pc in last]


def test_a_line_that_is_no_titles_line_leaves_the_piece_after_it_where_its_ems_put_it(tmp_path):
    from cleaner.sortrows import params, pieces_of
    # A column's line holds a clause mark: its ems are the body's, and the snap alone
    # (a fifth of them) does not reach a column start.
    last, _ = _title_row("乡村学校的，而美之路")
    assert [round(pc.x0) for pc in last] == [0, 16]
    # With title_scale 1 a title's line is counted in ems as well.
    last, source = _title_row("乡村学校的小而美之路")
    plain = rules_with(tmp_path, "LAY002", title_scale=1.0)
    assert [round(pc.x0) for pc in pieces_of(source, params(plain)) if pc.line == 5] == [0, 16]
    # A line first on its row at a column's start is that column's line (a box's row
    # printed on a line of its own), padded in the body's ems: the piece after it stays
    # where its ems put it (30: it would go to 42, the row widened 1.5 times).
    last, _ = _title_row("乡村学校的小而美之路", at=14)
    assert [round(pc.x0) for pc in last] == [14, 30]
    # Where the title's row reaches no column start within title_scale, nothing moves.
    short = rules_with(tmp_path, "LAY002", title_scale=1.5)
    assert [round(pc.x0) for pc in pieces_of(source, params(short)) if pc.line == 5] == [0, 16]


def _chance_row(line: str) -> list[int]:
    """Five rows of four columns 12 ems wide, 2 apart (starts 0, 14, 28, 42), then `line`:
    where the pieces of that row stand, rounded."""
    from cleaner.sortrows import params, pieces_of
    full = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    rows = [spread_row([full[k:k + 12]] * 4) for k in range(5)]
    source = page_of(rows + [line])
    return [round(pc.x0) for pc in pieces_of(source, params(RULES)) if pc.line == 5]


def test_a_piece_after_a_titles_line_that_lands_on_a_column_start_by_chance_goes_on():
    """A title's line of 10 characters printed 2.4 ems each (24 ems, over the first two
    columns), the third column's line four ems on, at 28: counted in ems the line lands at
    14, where the second column starts, by chance. The line is plainly a title's (10 ems,
    no space, no mark) and no column's (no line near it ends where it ends): the piece
    goes on to the first column start more than jitter past 14 that the row widened
    reaches."""
    placed = _chance_row("乡村学校的小而美之路" + " " * 4 + "甲乙丙丁戊己庚辛壬癸子丑")
    assert len(placed) == 2 and placed[0] == 0 and abs(placed[1] - 28) <= 1, placed


def test_a_piece_after_a_line_that_is_plainly_no_title_stays_at_the_column_start_it_lands_on():
    line = " " * 4 + "甲乙丙丁戊己庚辛壬癸子丑"
    # A column's line at the measure (the lines around end where it ends), holding no mark.
    assert _chance_row("甲乙丙丁戊己庚辛壬癸子丑" + "  甲乙丙丁戊己庚辛壬癸子丑") == [0, 14]
    # A line holding a clause mark, or a space (a byline's spaced name), or short of
    # title_ems (a name, a word broken off), or opening with a bracket (a jump marker).
    assert _chance_row("乡村学校的，而美之路" + line) == [0, 14]
    assert _chance_row("本报记者李 刚王强赵" + line) == [0, 14]
    assert _chance_row("乡村学校" + " " * 10 + "甲乙丙丁戊己庚辛壬癸子丑") == [0, 14]
    assert _chance_row("（上接第七版）的小而" + line) == [0, 14]
    # A subtitle opening with a dash, set barely larger than the body.
    assert _chance_row("——多地推进情况观察" + line) == [0, 14]


def test_rows_glued_at_one_place_do_not_widen_the_page():
    """Three of the right box's rows glued on, each after a left row of full lines: read
    after the lines they were glued to, all three would end at one place past the page,
    and three lines ending together made that the page's width. The page's width is
    where a share of its lines end (width_share), so they are still read as glued."""
    text = (FULL + NEXT + LONG + CHIPS + CHIPS_MORE) * 2
    cols = [printed(text[k * 50:] + text[:k * 50], head=()) for k in range(4)]
    firsts = {c[0] for c in cols}
    lines = [row(0, LEFT_HEAD, firsts) + row(RIGHT_AT - len(LEFT_HEAD[0]), RIGHT_HEAD, firsts)]
    for k in range(len(cols[0])):
        left = row(0, [cols[0][k], cols[1][k]], firsts)
        right = row(RIGHT_AT, [cols[2][k], cols[3][k]], firsts)
        lines += [left + right] if k in (4, 9, 14) else [left, right]
    order = read_order(page_of(lines))
    at = order.index(RIGHT_HEAD[0])
    assert order[at + 1:at + 1 + 2 * len(cols[2])] == cols[2] + cols[3]


def test_a_part_two_spaces_after_a_first_columns_line_is_the_next_columns():
    """Where few lines end at a box's right edge, the page seems as narrow as a column, and
    a part two spaces after the first column's line (where paragraphs open two ems in) was
    read as a row glued on there: it would stand in that line's own column, under it,
    which two lines of one column never do. It is the next column's, past the gutter."""
    from cleaner.sortrows import params, pieces_of
    lines = SORT_GUTTER_AFTER_FIRST.split("\n")
    box = lines.index("一根竹子“撑”起一条产业链") + 1
    placed = {(pc.line, round(pc.x0)): pc.row % 4
              for pc in pieces_of(SORT_GUTTER_AFTER_FIRST, params(RULES)) if pc.line >= box}
    # 具和竹制餐具。 and 能卖四五百元… stand at the second column's start, on their line's row;
    # so do the third column's lines two spaces on (倍。”工厂…, 了三成。): past other pieces,
    # a part at the first column's indent over its line at the left edge is no glued row.
    assert placed.get((box + 1, 15)) == 0 and placed.get((box + 3, 15)) == 0, placed
    assert placed.get((box, 30)) == 0 and placed.get((box + 2, 30)) == 0, placed
    assert all(glued == 0 for glued in placed.values()), placed


def test_a_first_columns_row_glued_with_no_space_is_cut_off():
    """The left box's rows printed after the right box's, three glued onto its line: the
    left box's first column starts at the page's left edge, so its row is glued on with no
    space at all, its line running on from the right box's last word, past the page. Cut
    off there (the line holds nothing at the first column; the lines around it do), it is
    read in its column: the left box's columns come out whole, one after the other."""
    source, cols = glued_boxes(unspaced=True)
    order = read_order(source)
    at = order.index(cols[0][0])
    assert order[at:at + len(cols[0]) + len(cols[1])] == cols[0] + cols[1]


def test_a_column_goes_on_under_a_caption_only_while_captions_are_known():
    """LAY002 reads a column on under a photo's caption by CAP001's patterns; with CAP001
    turned off no line is a caption to the cleaner, and none is read on under one (as
    LAY001 reads a credit by CAP004 only while CAP004 is on)."""
    from .test_rules import photo_in_column

    def rest_first(page) -> bool:  # the column's rest under the caption before column two
        text = page.ordered.replace("\n", "")
        return text.index(LONG[-8:]) < text.index(NEXT[:8])

    source = photo_in_column()
    assert rest_first(clean(source))
    page = clean(source, rules=RuleSet.load(disable=["CAP001"]))
    assert not rest_first(page)
    assert_sound(page)



def test_a_column_runs_on_only_into_one_whose_first_line_its_paragraph_runs_on_from():
    """_run_on's next column (_heads_column): its first line flush with the line under it,
    or over a paragraph's short end, or over the next paragraph's indented first line (the
    seed-6404 column: 拉布站。窗外的景色如画卷般展开，金 / 合欢树不停地从眼前掠过。); not a
    column whose first line opens a paragraph itself, an indent in from the line under it
    (the seed-4404 column beside …比禁渔前提升两: 在湖北宜昌，每天清晨 / 都有市民在江边…)."""
    from cleaner.sortrows import _heads_column, _Piece, params

    p = params(RULES)

    def column(*spans: tuple[float, float]) -> list[_Piece]:
        return [_Piece(4 * n, n, x0, x1, 0, 0) for n, (x0, x1) in enumerate(spans)]

    assert _heads_column(column((20, 37), (20, 37)), p)  # full under full
    assert _heads_column(column((20, 37), (20, 27)), p)  # a paragraph's short end
    assert _heads_column(column((20, 37), (22, 37)), p)  # the next paragraph's first line
    assert not _heads_column(column((28.5, 39.5), (26.0, 39.5)), p)  # opens a paragraph
    assert not _heads_column(column((20, 37), (20, 41)), p)  # a wider line: no column's


def _glued_on_no_space(glued: str, before: str = "园区建设稳步推进。",
                       **change) -> tuple[str, str]:
    """A page of two columns (the first at the left edge, nine ems wide; the second two
    ems right of it) whose fourth line holds only the second column's text (`before`),
    the first column's row glued onto its end with no space (sort=True pads a glued row
    from the page's left edge: none where it starts there). Its line and the pieces it is
    cut into (LAY002's params changed by `change`)."""
    import dataclasses

    from cleaner.sortrows import params, pieces_of

    first = ["春风吹绿了万亩良田", "农民忙着整地播种田", "合作社送来新农机具", "",
             "村里的广播响个不停", "今年又是一个丰收年"]
    second = ["园区建设稳步推进中", "企业陆续入驻投产了", "就业岗位不断增加了",
              before, "产业链条越拉越长了", "带动周边群众增收了"]
    lines = []
    for left, right in zip(first, second):
        if not left:
            lines.append(" " * 11 + right + glued)
        else:
            lines.append(left + "  " + right)
    source = page_of(lines)
    line = source.split("\n").index(" " * 11 + second[3] + glued)
    cut = [source[pc.start:pc.end]
           for pc in pieces_of(source, dataclasses.replace(params(RULES), **change))
           if pc.line == line]
    return source, cut


def test_a_glued_row_is_cut_off_past_a_closing_mark():
    """The glued line holds digits (half an em each), so its ems are one fewer than the
    first column's measure and its last ems reach back past the 。 that ends the second
    column's line. No printed line opens on a closing mark: the cut moves past it, and
    the glued line is cut off whole."""
    _, cut = _glued_on_no_space("年产12万台农机具")
    assert cut == ["园区建设稳步推进。", "年产12万台农机具"], cut


def test_a_glued_row_whose_last_ems_open_on_no_closing_mark_stays_cut_there():
    """A glued line of the measure's full ems is cut off its last ems, the mark before it
    left to the line it ends, and a mark within the glued line moves nothing."""
    _, cut = _glued_on_no_space("年产万台新型农机具")
    assert cut == ["园区建设稳步推进。", "年产万台新型农机具"], cut
    _, cut = _glued_on_no_space("年产万台，新型农机")
    assert cut == ["园区建设稳步推进。", "年产万台，新型农机"], cut


def test_a_glued_row_opening_a_caption_a_character_off_is_cut_off_at_its_opening():
    """The glued line is a caption's (图为…) holding digits: its ems are one fewer than the
    first column's measure, and its last ems reach back a character into the second
    column's line (…推进|快图为…). A caption's opening (small_start) at most caption_reach
    characters off the measured cut is where the glued row starts: the cut moves there,
    and the log says so. With caption_reach 0 it stays where the measure put it, and so
    it does where the opening stands further off, or no caption opens near it."""
    from cleaner.sortrows import params, pieces_of

    before, glued = "园区建设稳步推进快", "图为12万台农机具"
    source, cut = _glued_on_no_space(glued, before)
    assert cut == [before, glued], cut
    log: list[dict] = []
    pieces_of(source, params(RULES), log)
    assert [u.get("opens") for u in log] == ["caption"], log
    _, cut = _glued_on_no_space(glued, before, caption_reach=0)
    assert cut == [before[:-1], before[-1] + glued], cut
    # Three characters off (the glued line 6.5 ems): 图为 stands past caption_reach.
    _, cut = _glued_on_no_space("图为1台农机具", "园区建设稳步推进快")
    assert cut == ["园区建设稳步", "推进快图为1台农机具"], cut
    # No caption: the measured cut stays, a character into the line (…推进|快年产…).
    _, cut = _glued_on_no_space("年产12万台农机具", before)
    assert cut == [before[:-1], before[-1] + "年产12万台农机具"], cut


# Three columns nine ems wide, two apart (at 0, 11 and 22 ems), as sort=True prints them.
COL_ONE = ["春风吹绿了万亩良田", "农民忙着整地播种田", "合作社送来新农机具", "村里的广播响个不停",
           "今年又是一个丰收年", "大伙儿脸上都是笑容", "田间地头一片繁忙景", "象处处都有新变化了",
           "乡亲们的日子越过越", "红火了生活越来越好"]
COL_TWO = ["园区建设稳步推进中", "企业陆续入驻投产了", "就业岗位不断增加了", "产业链条越拉越长了",
           "带动周边群众增收了", "配套设施日益完善了", "营商环境持续向好了", "招商引资成效明显了",
           "创新平台加快建设了", "人才队伍不断壮大了"]
COL_THREE = ["学校新建了图书馆楼", "孩子们有了阅览室了", "老师们带着学生读书", "书香飘满整个校园了",
             "家长们也来借阅图书", "阅读氛围越来越浓了", "社区也办起了读书会", "周末活动丰富多彩了",
             "老人们也爱上了读书", "全民阅读蔚然成风了"]


# Paragraphs' last lines of the third column, each of its own width (so the glued lines
# end at places of their own, two ems apart: rows glued at one place would widen the
# page).
SHORT_ENDS = ["书。", "爱读书。", "人人爱读书。", "家家户户爱读书。", "书。"]


def _glued_rows(glued: range) -> tuple[str, list[str]]:
    """A page of COL_ONE, COL_TWO and COL_THREE side by side, twice over (20 lines); on
    the lines of `glued` the third column holds a paragraph's last line (SHORT_ENDS) and
    the first column's row is glued onto the line's end with no space (its line then
    holds no first column's text). The page and the third column's cells."""
    lines, thirds = [], []
    for k, (one, two, three) in enumerate(zip(COL_ONE * 2, COL_TWO * 2, COL_THREE * 2)):
        if k in glued:
            three = SHORT_ENDS[(k - glued[0]) % len(SHORT_ENDS)]
            lines.append(" " * 11 + two + "  " + three + one)
        else:
            lines.append(one + "  " + two + "  " + three)
        thirds.append(three)
    return page_of(lines), thirds


def _cut(source: str, n: int, **change) -> tuple[list[str], list[dict]]:
    """The pieces LAY002 reads line `n` of the source as (its params changed by `change`),
    and the no-space cuts logged."""
    import dataclasses

    from cleaner.sortrows import params, pieces_of

    log: list[dict] = []
    pieces = pieces_of(source, dataclasses.replace(params(RULES), **change), log)
    return [source[pc.start:pc.end] for pc in pieces if pc.line == n], log


def test_a_run_of_lines_with_first_column_rows_glued_on_reads_the_measure_further_off():
    """Five lines in a row each with the first column's row glued on: none of the lines
    two up and down of the three in the middle holds a first column's line of its own,
    so the measure is read from the nearest that do (glue_reach lines off at most, `far`).
    The run's first and last lines end short of the page (the third column's line is a
    paragraph's end, two ems): their word runs past where the third column's lines end
    (`overflow`). Every glued row is cut off, each cut logged with the measure."""
    source, thirds = _glued_rows(range(6, 11))
    for n in range(6, 11):
        cells, _ = _cut(source, n)
        assert cells == [COL_TWO[n % 10], thirds[n], COL_ONE[n % 10]], (n, cells)
    _, log = _cut(source, 0)
    assert [u["by"] for u in log] == ["overflow", "far", "far", "far", "overflow"], log
    assert {u["measure"] for u in log} == {9.0}
    assert [source[u["at"]:u["at"] + 9] for u in log] == COL_ONE[6:10] + COL_ONE[:1]


def test_glued_rows_further_off_than_glue_reach_stay_whole():
    """... but with glue_reach 2 no first column's line stands near enough to the middle
    lines of the run: their rows stay glued on (the lines beside say nothing)."""
    source, thirds = _glued_rows(range(6, 11))
    for n in range(7, 10):
        cells, _ = _cut(source, n, glue_reach=2)
        assert cells == [COL_TWO[n], thirds[n] + COL_ONE[n]], cells
    _, log = _cut(source, 0, glue_reach=2)
    assert [u["by"] for u in log] == ["overflow", "overflow"], log


def test_a_word_wider_than_its_column_is_cut_only_after_a_line():
    """A line short of the page whose word runs past its column (a caption across two
    columns under a photo, a title's line) is cut only where the part before the first
    column's measure is a line too: as wide as the column (within indent and jitter; not
    a caption's opening, small_start) or a paragraph's last line, ending a sentence (。),
    not a colon (a title's first part)."""
    def line_five(cell: str) -> tuple[list[str], list[dict]]:
        lines = [one + "  " + two + "  " + three
                 for one, two, three in zip(COL_ONE, COL_TWO, COL_THREE)]
        lines[5] = " " * 11 + cell + COL_ONE[5]
        return _cut(page_of(lines), 5)

    assert line_five("图为村民") == (["图为村民" + COL_ONE[5]], [])
    assert line_five("南京园区：") == (["南京园区：" + COL_ONE[5]], [])
    cells, log = line_five("丰收了。")
    assert cells == ["丰收了。", COL_ONE[5]] and [u["by"] for u in log] == ["overflow"]
    cells, log = line_five("产业链条越拉越长")  # a full line, within indent and jitter
    assert cells == ["产业链条越拉越长", COL_ONE[5]] and [u["by"] for u in log] == ["overflow"]
    # ... but not a caption's first line (small_start) as wide: a caption set across the
    # photo over two columns, unless its part ends a sentence or a credit (…摄).
    assert line_five("图为村民在田间收割") == (["图为村民在田间收割" + COL_ONE[5]], [])
    cells, log = line_five("图为村民收割。")
    assert cells == ["图为村民收割。", COL_ONE[5]] and [u["by"] for u in log] == ["overflow"]


def test_each_glued_row_cut_off_is_logged_in_its_bands_layout_edit():
    """The cleaner's LAY002 layout edits name each no-space cut in the band they reorder
    (evidence.unspaced: its offset in the source, the first column's measure and what told
    it), and the glued rows are read in the first column."""
    source, _ = _glued_rows(range(6, 11))
    page = clean(source)
    edits = [e for e in page.layout if e.rule == "LAY002"]
    logged = [u for e in edits for u in e.evidence.get("unspaced", ())]
    assert [u["by"] for u in logged] == ["overflow", "far", "far", "far", "overflow"], logged
    assert all(e.start <= u["at"] < e.end for e in edits for u in e.evidence.get("unspaced", ()))
    text = page.ordered.replace("\n", "")
    assert "".join(COL_ONE[5:10]) in text
    assert_sound(page)


def test_a_paragraphs_end_a_character_or_two_off_the_measure_is_where_the_glued_row_starts():
    """Where the first column's measure read from the lines around puts the cut a
    character or two off a paragraph's last line (the glued row is a character wider than
    they are: another box's, or marks and digits printed at other widths), the part
    before the cut being no line, the cut moves to the paragraph's end, the nearest within
    end_reach characters; further off, or with end_reach 0, the word stays whole."""
    def line_five(cell: str, **change) -> tuple[list[str], list[dict]]:
        lines = [one + "  " + two + "  " + three
                 for one, two, three in zip(COL_ONE, COL_TWO, COL_THREE)]
        lines[5] = " " * 11 + cell
        return _cut(page_of(lines), 5, **change)

    wider = "大" + COL_ONE[5]  # ten characters: the measure is nine
    cells, log = line_five("丰收了。" + wider)
    assert cells == ["丰收了。", wider] and [u["by"] for u in log] == ["overflow"]
    assert line_five("丰收了。" + wider, end_reach=0) == (["丰收了。" + wider], [])
    assert line_five("收。大大" + wider) == (["收。大大" + wider], [])  # three off


def test_sort_placement_writes_pieces_as_a_grid_for_lay001():
    """benchmarks/sort_placement.py --grid: each piece at its place in ems times the scale,
    at least the gap's spaces after the piece before it, a glued row on a line of its own
    under its line, blank lines kept; every character of the pieces is written once."""
    from cleaner.sortrows import _Piece

    from .helpers import benchmark_script

    text = "甲乙丙丁 戊己庚辛壬\n\n子丑寅卯辰巳"
    pieces = [_Piece(0, 0, 0.0, 4.0, 0, 4), _Piece(0, 0, 4.5, 9.5, 5, 10),
              _Piece(8, 2, 6.0, 12.0, 12, 18)]
    glued = _Piece(1, 0, 10.0, 12.0, 5, 7)  # a glued row's piece: its own line
    grid = benchmark_script("sort_placement").grid
    assert grid(text, pieces, 2.0, 2) == "甲乙丙丁     戊己庚辛壬\n\n            子丑寅卯辰巳"
    # Too near the piece before at the scale: the gap's spaces at least.
    assert grid(text, pieces, 1.0, 2).split("\n")[0] == "甲乙丙丁  戊己庚辛壬"
    assert grid(text, [pieces[0], glued], 1.0, 2).split("\n")[:2] == ["甲乙丙丁", " " * 10 + "戊己"]


def test_a_page_of_short_lines_is_as_wide_as_its_pieces_end():
    """Where most lines end short (a first column's lines alone on their rows, two ems in:
    100 of 110 here), too few end at the page's right edge for width_share: the page
    seemed 13 ems wide, and the later pieces of the rows of three columns beside it (14,
    28, 42) ran past it, each read as a row glued on and put back two ems in, where the
    short lines start. The pieces of the rows whose middle column is empty end at the right
    edge (right_support of them, the glue test aside: no column starts where their padding
    from the left edge puts them): the page is that wide, and the pieces stand where they
    print."""
    from cleaner.sortrows import params, pieces_of
    full = "甲乙丙丁戊己庚辛壬癸子丑寅卯辰巳午未申酉戌亥"
    three = [" " * 14 + "  ".join([full[k:k + 12]] * 3) for k in range(4)]
    two = [" " * 14 + full[k:k + 12] + " " * 16 + full[k:k + 12] for k in range(6)]
    short = ["  " + full[k % 12:k % 12 + 10] for k in range(100)]
    placed = [(round(pc.x0), pc.row % 4)
              for pc in pieces_of(page_of(three + two + short), params(RULES)) if pc.line < 4]
    assert placed == [(14, 0), (28, 0), (42, 0)] * 4, placed
    # With fewer pieces ending there than right_support, the page stays as its lines say.
    few = page_of(three + two[:3] + short)
    assert any(pc.row % 4 for pc in pieces_of(few, params(RULES)) if pc.line < 4)


def test_sort_placement_reads_the_page_with_the_places_it_is_given(monkeypatch):
    """benchmarks/sort_placement.py --true-placement and --repair read a page with other
    places than LAY002's through a stand-in for pieces_of with its signature (the log of
    no-space cuts too: a stand-in without it took the log for its pieces, read none and
    left every page as printed, so LAY002 reading the PDF's places seemed to score 0.05 to
    0.10, where it scores 0.40 to 0.56). Two columns side by side, given with their places
    swapped, are read in the order those places say."""
    from cleaner import sortrows
    from cleaner.sortrows import _Piece

    from .helpers import benchmark_script

    left, right = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉"
    source = "\n".join(f"{left} {right}" for _ in range(4))
    line = len(left) + 1 + len(right) + 1  # each line's characters and its line break
    as_printed = sortrows.order(source, RULES)[0]
    assert as_printed[:4] == [(n * line, n * line + 10) for n in range(4)]  # left first
    swapped = [_Piece(4 * n, n, 12.0 if k == 0 else 0.0, 22.0 if k == 0 else 10.0,
                      n * line + k * 11, n * line + k * 11 + 10)
               for n in range(4) for k in range(2)]
    script = benchmark_script("sort_placement")
    monkeypatch.setattr(sortrows, "pieces_of", script.placed_as(swapped))
    spans = sortrows.order(source, RULES)[0]
    assert spans[:4] == [(pc.start, pc.end) for pc in swapped if pc.x0 == 0.0]


def test_sort_placement_repairs_one_class_of_pieces_with_the_pdfs_places():
    """--repair CLASS: LAY002's pieces keep their cuts; the pieces of the class take the
    PDF's left edge, its right edge where the piece is the PDF's own, and its glued row;
    the others stay where LAY002 put them."""
    from cleaner.sortrows import _Piece

    from .helpers import benchmark_script

    repaired = benchmark_script("sort_placement").repaired
    text = "甲乙丙丁 戊己庚辛 子丑寅卯"
    ours = [_Piece(0, 0, 0.0, 4.0, 0, 4), _Piece(0, 0, 5.0, 9.0, 5, 9),
            _Piece(0, 0, 10.0, 14.0, 10, 14)]
    truth = [_Piece(0, 0, 0.5, 4.5, 0, 4),
             _Piece(0, 0, 9.0, 17.0, 5, 9),  # type twice the body's: a title
             _Piece(1, 0, 2.0, 6.0, 10, 14)]  # on a glued row
    places = {k: [(pc.x0, pc.x1, pc.row) for pc in repaired(text, ours, truth, k)]
              for k in ("glued", "large", "rest", "all")}
    assert places["glued"] == [(0.0, 4.0, 0), (5.0, 9.0, 0), (2.0, 6.0, 1)]
    assert places["large"] == [(0.0, 4.0, 0), (9.0, 17.0, 0), (10.0, 14.0, 0)]
    assert places["rest"] == [(0.5, 4.5, 0), (5.0, 9.0, 0), (10.0, 14.0, 0)]
    assert places["all"] == [(0.5, 4.5, 0), (9.0, 17.0, 0), (2.0, 6.0, 1)]
    assert [(pc.x0, pc.x1) for pc in ours] == [(0.0, 4.0), (5.0, 9.0), (10.0, 14.0)]


def test_sort_placement_cuts_rows_glued_on_with_no_space_where_the_pdf_does():
    """--repair unspaced: a piece of LAY002's holding the start of a row the PDF glues on
    with no space (a first column's line: padded from the page's left edge, where it
    starts) is cut there, the part cut off at the left edge on a glued row; a spaced glued
    row's start and the other pieces are left as they are."""
    from cleaner.sortrows import _Piece

    from .helpers import benchmark_script

    repaired = benchmark_script("sort_placement").repaired
    text = "          甲乙丙丁子丑寅卯 戊己"
    ours = [_Piece(0, 0, 10.0, 18.0, 10, 18), _Piece(0, 0, 19.0, 21.0, 19, 21)]
    truth = [_Piece(0, 0, 12.0, 16.0, 10, 14), _Piece(1, 0, 0.0, 4.0, 14, 18),
             _Piece(1, 0, 5.0, 7.0, 19, 21)]  # (spaced: LAY002's own piece)
    assert [(pc.row, pc.x0, pc.x1, pc.start, pc.end)
            for pc in repaired(text, ours, truth, "unspaced")] == [
        (0, 10.0, 14.0, 10, 14), (1, 0.0, 4.0, 14, 18), (0, 19.0, 21.0, 19, 21)]


def test_sort_placement_cuts_lines_where_the_pdf_glues_rows_on_with_no_space(monkeypatch):
    """--repair cuts: a stand-in for _unspaced cuts each line's words where the PDF's rows
    glued on with no space start (marked -1 spaces before), and LAY002 places the rest:
    the part cut off at the left edge on a glued row, the word after it padded from its
    end (not from where the uncut word ended). more-cuts cuts after LAY002's own cuts; a
    word holding no cut is left as it is."""
    from cleaner import sortrows
    from cleaner.sortrows import _words, params

    from .helpers import benchmark_script

    script = benchmark_script("sort_placement")
    text = "          甲乙丙丁子丑寅卯  戊己"
    words = [_words(text)]
    assert script.cut_at([14])(words, text, [0], 30.0, None) == [
        [(10, 10, 14, 4.0), (-1, 14, 18, 4.0), (2, 20, 22, 2.0)]]
    assert script.cut_at([])(words, text, [0], 30.0, None) == words
    own = script.cut_at([16], lambda *a: script.cut_at([14])(*a[:5]))
    assert [w[:3] for w in own(words, text, [0], 30.0, None)[0]] == [
        (10, 10, 14), (-1, 14, 16), (-1, 16, 18), (2, 20, 22)]
    monkeypatch.setattr(sortrows, "_unspaced", script.cut_at([14]))
    placed = [(pc.row, pc.x0, pc.x1) for pc in sortrows.pieces_of(text, params(RULES))]
    # (戊己, two spaces on where no column starts, goes with it: it ends at 8 ems, where
    # the uncut word would have put its end at 22.)
    assert placed == [(0, 10.0, 14.0), (1, 0.0, 8.0)], placed
