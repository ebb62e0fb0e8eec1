"""cleaner.interleave: putting back columns a converter read row by row (pdfminer.six).

Interleaved pages are made here the way pdfminer reads a box: paragraphs of a hand-made
page typeset to a measure (the indent dropped, so a paragraph's first line is two
characters short), cut into k balanced columns, read row by row with a blank line after
each line. The orderer must put most of them back, and leave alone text that is in order.
"""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from cleaner import interleave
from cleaner.blocks import display_width
from cleaner.registry import RuleSet, default_rules

from .helpers import benchmark_script, rules_with

ROOT = Path(__file__).resolve().parents[1]
PAGES = ROOT / "tests" / "pages"
GENERATED = ROOT / "benchmarks" / "corpus" / "generated"


def paragraphs(name: str, count: int = 8) -> list[str]:
    gold = json.loads((PAGES / f"{name}.json").read_text(encoding="utf-8"))
    paras = [b["text"] for a in gold["articles"] for b in a["body"] if b["type"] == "paragraph"]
    return paras[:count]


def typeset(paras: list[str], measure: int) -> list[str]:
    """Justified lines of `measure` Han characters, each paragraph's first two short."""
    lines = []
    for para in paras:
        cur, limit = "", measure - 2
        for ch in para:
            if display_width(cur + ch) > limit:
                lines.append(cur)
                cur, limit = "", measure
            cur += ch
        if cur:
            lines.append(cur)
    return lines


def row_by_row(lines: list[str], k: int) -> list[str]:
    height = -(-len(lines) // k)
    cols = [lines[c * height:(c + 1) * height] for c in range(k)]
    return [col[r] for r in range(height) for col in cols if r < len(col)]


def pdfminer_text(lines: list[str]) -> str:
    return "\n\n".join(lines) + "\n\n\f"


def adjacent(lines: list[str], order: list[str]) -> float:
    true = Counter(zip(lines, lines[1:]))
    return sum((true & Counter(zip(order, order[1:]))).values()) / sum(true.values())


def reordered(source: str, result) -> list[str]:
    return [source[s:e] for s, e in result.spans]


@pytest.mark.parametrize("k", [2, 3, 4])
@pytest.mark.parametrize("name,measure", [("pdf-renmin-01", 14), ("pdf-guangming-01", 12),
                                          ("pdf-jingji-01", 17)])
def test_columns_read_row_by_row_are_put_back(name, measure, k):
    lines = typeset(paragraphs(name), measure)
    source = pdfminer_text(row_by_row(lines, k))
    assert adjacent(lines, row_by_row(lines, k)) < 0.2
    result = interleave.order(source, default_rules())
    assert result is not None
    assert result.rule == "LAY101"
    assert adjacent(lines, reordered(source, result)) >= 0.55
    # the evidence names the runs, the columns found, and k's score against k=1
    run = max(result.evidence, key=lambda r: r["n_lines"])
    assert 2 <= run["k"] <= 6
    assert run["score_k"] - run["score_1"] == pytest.approx(run["gain"], abs=0.02)
    assert run["gain"] >= 6


def test_every_line_is_kept_once():
    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    result = interleave.order(source, default_rules())
    spans = sorted(result.spans)
    every = sorted((ln.start, ln.end) for ln in interleave.lines_of(source))
    assert spans == every
    assert Counter(reordered(source, result)) == Counter(lines)


@pytest.mark.parametrize("measure", [12, 14, 17, 21])
@pytest.mark.parametrize("name", ["pdf-renmin-01", "pdf-guangming-01", "pdf-jingji-01",
                                  "pdf-nanfang-01", "md-wanbao-01"])
def test_prose_in_one_column_is_left_alone(name, measure):
    lines = typeset(paragraphs(name, 12), measure)
    assert interleave.order(pdfminer_text(lines), default_rules()) is None
    assert interleave.order("\n".join(lines) + "\n", default_rules()) is None


def test_a_poem_is_left_alone():
    poem = ["春风又绿江南岸", "明月何时照我还", "", "大江东去", "浪淘尽", "千古风流人物",
            "故垒西边", "人道是", "三国周郎赤壁", "乱石穿空", "惊涛拍岸", "卷起千堆雪",
            "江山如画", "一时多少豪杰"]
    assert interleave.order("\n\n".join(poem) + "\n", default_rules()) is None
    assert interleave.order("\n".join(poem) + "\n", default_rules()) is None


def test_a_list_is_left_alone():
    items = [f"{n}．{text}" for n, text in enumerate(
        ["加强基础研究，完善科技创新体系", "推进产业升级，培育新质生产力",
         "扩大内需，提振居民消费信心", "深化改革，激发市场主体活力",
         "扩大开放，稳住外贸外资基本盘", "保障民生，兜牢基本民生底线",
         "推进乡村全面振兴，促进城乡融合", "加强生态保护，推动绿色低碳发展"], 1)]
    assert interleave.order("\n\n".join(items) + "\n", default_rules()) is None


def test_a_table_is_left_alone():
    rows = ["地区    产量（万吨）    同比", "河北    3825.6    2.1%", "河南    6719.4    1.3%",
            "山东    5655.3    0.9%", "江苏    3800.2    1.8%", "安徽    4150.8    0.6%",
            "湖北    2788.1    1.5%", "湖南    3072.4    0.8%"]
    assert interleave.order("\n".join(rows) + "\n", default_rules()) is None
    assert interleave.order("\n\n".join(rows) + "\n", default_rules()) is None


def test_hand_made_pages_are_left_alone():
    for page in sorted(PAGES.glob("*.txt")):
        assert interleave.order(page.read_text(encoding="utf-8"), default_rules()) is None, page


@pytest.mark.parametrize("converter", ["pymupdf", "pymupdf-blocks", "pdfium", "pdftotext",
                                       "pdftotext-layout", "pymupdf-sort"])
def test_converters_in_drawing_order_are_left_alone(converter):
    pages = sorted((GENERATED / converter).glob("*.txt"))
    assert pages
    for page in pages:
        assert interleave.order(page.read_text(encoding="utf-8"), default_rules()) is None, page


def test_pdfminer_pages_come_closer_to_the_drawing_order():
    """pymupdf-blocks gives the same lines of the same PDF in drawing order: more of its
    adjacent pairs are adjacent after the reorder, and no page loses any."""
    before = after = total = 0
    for page in sorted((GENERATED / "pdfminer").glob("*.txt")):
        source = page.read_text(encoding="utf-8")
        key = lambda text: ["".join(ln.split()) for ln in text.split("\n") if ln.strip()]
        truth = key((GENERATED / "pymupdf-blocks" / page.name).read_text(encoding="utf-8"))
        result = interleave.order(source, default_rules())
        as_is = key(source)
        mine = as_is if result is None else ["".join(source[s:e].split()) for s, e in result.spans]
        b, a = adjacent(truth, as_is), adjacent(truth, mine)
        assert a >= b - 0.02, page
        n = len(truth) - 1
        before, after, total = before + b * n, after + a * n, total + n
    assert after / total >= before / total + 0.1


def test_the_rule_can_be_turned_off(tmp_path):
    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    assert interleave.order(source, RuleSet.load(disable=["LAY101"])) is None


def test_parameters_come_from_the_rule_file(tmp_path):
    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    strict = rules_with(tmp_path, "LAY101", segment_cost=1000.0)
    assert interleave.order(source, strict) is None
    assert interleave.DEFAULTS == default_rules()["LAY101"].params  # no value drifts


def test_short_empty_or_blank_text():
    assert interleave.order("", default_rules()) is None
    assert interleave.order("\n\n\f", default_rules()) is None
    assert interleave.order("一行字。\n", default_rules()) is None
    assert interleave.order("\u2003\n" * 20 + "甲乙\n" + "\u3000\u2003 \n" * 20,
                            default_rules()) is None


def test_blank_lines_of_any_white_space_are_no_lines():
    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = "\n\u2003\n".join(row_by_row(lines, 3)) + "\n"
    result = interleave.order(source, default_rules())
    assert result is not None
    assert Counter(reordered(source, result)) == Counter(lines)


def balanced(lines: list[str], heights: list[int]) -> list[str]:
    """Columns of the given heights, read row by row (a shorter column's rows end first)."""
    cols, at = [], 0
    for h in heights:
        cols.append(lines[at:at + h])
        at += h
    return [col[r] for r in range(max(heights)) for col in cols if r < len(col)]


def test_the_tail_of_longer_columns_is_read_with_them(tmp_path):
    """Columns of 9, 9 and 7 lines: the last two rows hold two lines, the first and second
    columns' tails, which are read at their columns' ends, not after the third column.
    (The runs' work: links to a line a few boxes on need relink_min here, as before
    relink_min_near, for a word of the word list across a break between two words,
    中国|政府 where the text reads 中国|企业, takes a line out of its column on this page.)"""
    lines = typeset(paragraphs("pdf-renmin-01"), 14)[:25]
    source = pdfminer_text(balanced(lines, [9, 9, 7]))
    far = rules_with(tmp_path, "LAY101", relink_min_near=6.0)
    result = interleave.order(source, far)
    assert result is not None
    assert adjacent(lines, reordered(source, result)) >= 0.9
    run = result.evidence[0]
    assert run["k"] == 3 and run["tail_k"] == [2]


def test_a_box_of_several_lines_is_read_down():
    """pdfminer.six sets a box of lines close together without blank lines between them:
    its lines are one column's, read as printed, even inside columns read row by row."""
    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    rows = row_by_row(lines, 3)
    source = "\n".join(rows[:3]) + "\n\n" + "\n\n".join(rows[3:]) + "\n\n\f"
    result = interleave.order(source, default_rules())
    assert result is not None
    order = reordered(source, result)
    assert order[:3] == rows[:3]
    assert Counter(order) == Counter(lines)


def test_a_title_between_boxes_bounds_the_runs():
    """A line set to no measure (a headline) ends a run: the boxes above and below it are
    read apart, each in its columns, and the headline stays between them."""
    one = typeset(paragraphs("pdf-renmin-01"), 14)[:18]
    two = typeset(paragraphs("pdf-guangming-01"), 14)[:18]
    title = "国家队也能“省里办”"
    source = pdfminer_text(row_by_row(one, 3) + [title] + row_by_row(two, 2))
    result = interleave.order(source, default_rules())
    assert result is not None
    order = reordered(source, result)
    assert order.index(title) == len(one)
    assert adjacent(one + [title] + two, order) >= 0.8


def test_a_page_of_another_converter_is_not_read(monkeypatch):
    """A page whose lines do not stand alone between blank lines (every converter but
    pdfminer.six) is left without being cut into lines or scored."""
    lines = typeset(paragraphs("pdf-renmin-01"), 14)

    def refuse(source):
        raise AssertionError("lines_of ran on a page with no lines standing alone")

    monkeypatch.setattr(interleave, "lines_of", refuse)
    assert interleave.order("\n".join(row_by_row(lines, 3)) + "\n", default_rules()) is None


def test_the_pipeline_logs_the_reorder_and_loses_nothing():
    from cleaner import clean
    from cleaner.assemble import replay

    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = "今日要闻\n\n" + pdfminer_text(row_by_row(lines, 3))
    page = clean(source)
    assert page.layout and {e.rule for e in page.layout} == {"LAY101"}
    edit = page.layout[0]
    assert edit.kind == "layout" and edit.evidence["runs"][0]["k"] == 3
    assert edit.evidence["runs"][0]["gain"] > 0
    ordered = replay(source, page.layout)
    assert replay(ordered, page.edits) == page.text
    assert Counter("".join(ordered.split())) == Counter("".join(source.split()))
    body = "".join(b.text for a in page.articles for b in a.body)
    assert "".join(lines[:4]) in body  # the first column's lines, read down, one paragraph


def test_thin_evidence_flags_the_page(tmp_path):
    """DBT006: a run reordered by less than doubt_margin over segment_cost is flagged (here
    every run, the margin set high); a page read with a clear margin, or in order, is not."""
    from cleaner import clean

    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    assert "DBT006" not in [f["code"] for f in clean(source).flags]
    doubtful = tmp_path / "doubtful.toml"
    doubtful.write_text('[[rule]]\nid = "LAY101"\n[rule.params]\ndoubt_margin = 1000.0\n',
                        encoding="utf-8")
    flags = [f for f in clean(source, rules=RuleSet.load([doubtful])).flags
             if f["code"] == "DBT006"]
    assert flags and flags[0]["runs"][0]["accepted"]
    assert "DBT006" not in [f["code"] for f in clean(pdfminer_text(lines)).flags]
    off = RuleSet.load([doubtful], disable=["DBT006"])
    assert "DBT006" not in [f["code"] for f in clean(source, rules=off).flags]


def test_a_text_longer_than_a_page_is_left_alone(tmp_path):
    """Past max_lines lines the text is no newspaper page: left as printed, unread."""
    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    assert interleave.order(source, default_rules()) is not None
    short = rules_with(tmp_path, "LAY101", max_lines=len(lines) - 1)
    assert interleave.order(source, short) is None


def test_a_long_line_without_spaces_does_not_stall_the_side_by_side_check():
    """The check for columns side by side reads a line once: a pattern that tried a
    3-character word at every place of a long run without spaces went back over the rest
    of the run each time (33 s for a pdfminer page with one line of 126,000 characters).
    A guard against a hang, not a speed bound (benchmarks/hostile.py times the page)."""
    text = "\n\n".join(["今日要闻"] * 8 + ["国" * 1_000_000] + ["明日要闻"] * 8)
    # 1 MB takes well under a second read once; going back over the run, hours.
    assert len(interleave._GAP.findall(text, timeout=30)) == 0
    gaps = "国国国    国国国\n\n    国国国国    国国国\n\n国国  国国国\n"
    assert len(interleave._GAP.findall(gaps)) == 3  # the count as before: a gap, an indent, a gap


def test_a_credit_on_a_page_read_by_lay101_is_no_line_left_across():
    """DBT005 speaks of LAY001's order (columns printed side by side on one line): a page
    LAY101 put back has no such lines, and a photo's credit (新华社记者  卢汉欣摄), whose two
    spaces LAY001's column gap also matches, is not flagged as one."""
    from cleaner import clean

    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3) + ["图为代表合影。 新华社记者  卢汉欣摄"])
    page = clean(source)
    assert {e.rule for e in page.layout} == {"LAY101"}
    assert "DBT005" not in [f["code"] for f in page.flags]


def test_a_tail_under_a_tail_goes_on_from_the_tails_streams():
    """A tail's stream that starts a column of its own, and a second tail under it whose
    stream goes on from that one, put the second tail in the new column: it was put under
    the first part's column of that number, lines apart (an IndexError on two generated
    pdfminer pages joined; the pair scored was not the pair read)."""
    text = (ROOT / "tests" / "fixtures" / "interleave-tail-under-tail.txt").read_text(encoding="utf-8")
    found = interleave.order(text, default_rules())
    keys = sorted(interleave.lines_of(text), key=lambda ln: ln.start)
    if found is not None:
        assert sorted(found.spans) == [(ln.start, ln.end) for ln in keys]  # each line once
    # The cut that once raised: four columns, a tail of three whose first stream starts a
    # column of its own, a tail of two under it going on from both of its streams, and a
    # last row going on from the first (pinned, whatever cut the scores now choose).
    cut = [(0, 8, 4, None), (8, 14, 3, (None, 1, 2)), (14, 16, 2, (0, 1)), (16, 17, 1, (0,))]
    real = interleave._cut
    try:
        interleave._cut = lambda n, *args: cut + [(u, u + 1, 1, None) for u in range(17, n)]
        out, runs = interleave._read_runs(interleave.lines_of(text),
                                          dict(default_rules()["LAY101"].params))
    finally:
        interleave._cut = real
    assert sorted(out) == list(range(len(keys)))
    assert [r["tail_k"] for r in runs] == [[3, 2, 1]]
    # columns 0 4 | 1 5, then 9 12 and 15 going on | 2 6, 10 13 | 3 7 | and the column the
    # first tail started (8 11), with the tails under it going on from it (14, 16)
    assert out[:17] == [0, 4, 1, 5, 9, 12, 15, 2, 6, 10, 13, 3, 7, 8, 11, 14, 16]


@pytest.mark.parametrize("param,value", [("min_rows", -1), ("max_columns", 25)])
def test_a_parameter_out_of_its_range_is_a_rule_file_error(tmp_path, param, value):
    """min_rows below 1 cut runs of no rows (0: the cut never ended, its memory grew
    without bound; -1: an IndexError), and a box of more columns than any page sets costs
    the square of the count in memory and time: a one-line error names the parameter."""
    from cleaner.errors import RuleFileError

    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    with pytest.raises(RuleFileError, match=param):
        interleave.order(source, rules_with(tmp_path, "LAY101", **{param: value}))


def _scored(first: str, *nexts: str, **params) -> list[float]:
    """pair_score of `first` followed by each of `nexts`, on a page of those lines and
    some prose set to a measure of 14 (so that the lines have a measure to fit)."""
    body = typeset(paragraphs("pdf-renmin-01"), 14)
    lines = interleave.lines_of("\n\n".join([first, *nexts, *body]) + "\n")
    p = dict(default_rules()["LAY101"].params, **params)
    page = interleave._Page(lines, int(p["measure_min_chars"]), int(p["measure_min_lines"]),
                            int(p["measure_radius"]), int(p["max_gram"]),
                            p["measure_tolerance"])
    return [interleave.pair_score(lines[0], lines[i], page, p) for i in range(1, len(nexts) + 1)]


def test_a_stretched_line_goes_on_with_what_it_could_not_break_before():
    """pdfminer.six writes a space between the characters of a justified line stretched
    wide: what follows it in its column could not have ended that line (a character and
    a mark no line starts with, an opening mark, a number), so a successor opening so is
    its column's next line, and one that could have been broken anywhere likely is not."""
    stretched = "丁 怡 ） 记 者 从 国 家 文 物 局 获"
    colon, quote, number, plain = ("悉：为迎接“5·18国际博物馆", "“00后”本科生围在电镜前，观察",
                                   "5,900列、发送货物64.1万标箱。", "推出夜间开放服务，部分场馆周")
    with_gaps = _scored(stretched, colon, quote, number, plain)
    assert min(with_gaps[:3]) > with_gaps[3]
    # the same characters without the converter's spaces say nothing of the kind
    bare = _scored(stretched.replace(" ", ""), colon, quote, number, plain)
    assert with_gaps[0] - bare[0] == pytest.approx(default_rules()["LAY101"].params[
        "short_unbreakable"])
    assert with_gaps[3] - bare[3] == pytest.approx(default_rules()["LAY101"].params[
        "short_breakable"])


def test_a_line_spaced_for_a_name_or_a_sentence_end_is_not_stretched():
    """A name's gap (丁  怡) or two spaces in a line are no stretched line, and neither is a
    line ending a sentence (what follows it starts afresh)."""
    colon, plain = "悉：为迎接“5·18国际博物馆", "推出夜间开放服务，部分场馆周"
    for line in ("本报记者  丁  怡  李  强报道，今年前", "丁 怡 ） 记 者 从 国 家 文 物 局 。"):
        off = _scored(line, colon, plain, short_unbreakable=0.0, short_breakable=0.0)
        assert _scored(line, colon, plain) == pytest.approx(off)
    stretched = "丁 怡 ） 记 者 从 国 家 文 物 局 获"  # (the same line going on is stretched)
    off = _scored(stretched, colon, plain, short_unbreakable=0.0, short_breakable=0.0)
    assert _scored(stretched, colon, plain) != pytest.approx(off)


def test_a_stretched_line_is_a_full_line_of_its_measure():
    """Its spaces take no room (display_width), so its characters fall short of the
    measure; it is still a justified line set to it."""
    body = typeset(paragraphs("pdf-renmin-01"), 14)
    stretched = "记 者 从 国 家 文 物 局 获 悉"
    lines = interleave.lines_of("\n\n".join([stretched, *body]) + "\n")
    p = dict(default_rules()["LAY101"].params)
    page = interleave._Page(lines, 6, 3, 10, 6, 0.5)
    measure = page.local[0]
    assert measure and lines[0].width < min(measure) - 1
    full = [(m, "full") for m in measure]
    assert set(full) <= set(page.roles(lines[0], 0.5, measure,
                                       interleave._stretched(lines[0], p)))
    assert not set(full) & set(page.roles(lines[0], 0.5, measure, False))


def _cut_of(n: int, pairs: dict[tuple[int, int], float], **change) -> list[tuple]:
    """LAY101's cut of n units, each set to a measure, where unit u followed by unit v
    scores pairs[(u, v)] (0 where not given), the converter's order (u, u + 1) included;
    `change`: LAY101's parameters that differ from the shipped ones."""
    p = dict(default_rules()["LAY101"].params, **change)
    max_k = int(p["max_columns"])
    score = [[0.0] * n for _ in range(max_k + 1)]
    for (u, v), s in pairs.items():
        score[v - u][u] = s
    prefix = interleave.prefix_sums(score, n)
    return [seg for seg in interleave._cut(n, [True] * n, [False] * n, score, prefix, p)
            if seg[2] > 1 or seg[3] is not None]


def test_a_box_read_in_columns_may_follow_one_whose_reading_is_not_the_best_so_far():
    """Two boxes one under the other, three columns each (units 0-5 and 6-11). Up to unit
    6 the best reading is the first four units in two columns (a stray pair of 6.25s) and
    two units as printed, but the first box read whole in three columns lets the second
    start where it ends, which is the best reading of the page: the cut finds it, where it
    once started a box only where the best reading so far ended a run."""
    pairs = {(0, 3): 4, (1, 4): 4, (2, 5): 4,        # box 1 in three columns
             (0, 2): 6.25, (1, 3): 6.25,             # ... or its first rows in two
             (2, 4): -5, (3, 5): -5, (3, 6): -5, (4, 7): -5, (5, 8): -5,
             (6, 9): 5, (7, 10): 5, (8, 11): 5}      # box 2 in three columns
    assert _cut_of(12, pairs) == [(0, 6, 3, None), (6, 12, 3, None)]


def test_a_last_row_that_says_nothing_is_read_with_its_box():
    """Two columns of three lines whose last row scores 0 both ways (read in columns or as
    printed): the box is read in columns through it, as the converter grouped it whole."""
    pairs = {(0, 2): 5, (1, 3): 5}
    assert _cut_of(6, pairs) == [(0, 6, 2, None)]


def test_a_tail_goes_on_from_the_columns_whose_last_lines_read_on_into_it():
    """Three columns of two rows (units 0-5), then a row of two lines (6, 7) that the
    second and third columns read on into by a word across the break (4), the first two
    only by their widths (1.5; a photo set over the other two, the first column ends
    there): the tail's streams go on from columns 1 and 2, not from the first two, and the
    run reads 0 3 | 1 4 6 | 2 5 7. With `tail_shift_cost` past the difference they go on
    from the first two, as before the cost was set."""
    pairs = {(0, 3): 4, (1, 4): 4, (2, 5): 4, (3, 6): 1.5, (4, 7): 1.5, (4, 6): 4, (5, 7): 4}
    cut = _cut_of(8, pairs)
    assert cut == [(0, 6, 3, None), (6, 8, 2, (1, 2))]
    assert interleave.column_runs(cut)[0][0] == [[0, 3], [1, 4, 6], [2, 5, 7]]
    assert _cut_of(8, pairs, tail_shift_cost=10.0) == [(0, 6, 3, None), (6, 8, 2, (0, 1))]


def test_a_tail_goes_on_from_the_first_columns_unless_another_reads_on_clearly_better():
    """Balanced columns end with the first ones longer: a last line that the first column
    reads on into (3) stays under it though the second reads on into it a little better
    (3.5, less `tail_shift_cost`), and goes under the second where that one reads on into it
    by more than the cost; a stream whose pairs score below 0 under every column it might
    go on from starts a column of its own."""
    pairs = {(0, 3): 4, (1, 4): 4, (2, 5): 4}
    assert _cut_of(7, {**pairs, (3, 6): 3, (4, 6): 3.5}) == [(0, 6, 3, None), (6, 7, 1, (0,))]
    assert _cut_of(7, {**pairs, (3, 6): 1.5, (4, 6): 4}) == [(0, 6, 3, None), (6, 7, 1, (1,))]
    tail = {(6, 8): 3, (7, 9): 3, (3, 6): 3, (4, 7): -2, (5, 7): -2}
    assert _cut_of(10, {**pairs, **tail}) == [(0, 6, 3, None), (6, 10, 2, (0, None))]


def _han_lines(count: int, size: int, skip: int = 0) -> list[str]:
    """Lines of `size` Han characters from a hand-made page's paragraphs (marks and digits
    left out), none ending a sentence."""
    text = "".join(ch for para in paragraphs("pdf-renmin-01", 30) for ch in para
                   if "\u4e00" <= ch <= "\u9fff")[skip:]
    return [text[i * size:(i + 1) * size] for i in range(count)]


def test_a_line_one_character_short_goes_on_with_what_it_could_not_break_before():
    """A justified line one character short of the lines round it (too little stretch for
    the converter to write spaces) was held short: what follows it in its column opens
    with what could not end a line, here a character and a colon (获 / 悉：…)."""
    column = _han_lines(8, 14)
    colon, plain = "悉：为迎接国际博物馆日全国已有", "推出夜间开放服务部分场馆周五周"
    short = column[0][:13]
    for held, full in ((short, column[0]),):
        lines = interleave.lines_of("\n\n".join([held, colon, plain, full, *column[1:]]) + "\n")
        p = dict(default_rules()["LAY101"].params)
        page = interleave._Page(lines, 6, 3, 10, 6, 0.5)
        assert page.short_one[0] and not page.short_one[3]
        after_short = [interleave.pair_score(lines[0], lines[i], page, p) for i in (1, 2)]
        after_full = [interleave.pair_score(lines[3], lines[i], page, p) for i in (1, 2)]
        assert after_short[0] - after_short[1] == pytest.approx(
            p["short_unbreakable"] - p["short_breakable"])
        assert after_full[0] == pytest.approx(after_full[1])


def test_a_short_line_with_digits_or_ending_a_sentence_is_not_held_short():
    """Digits and Latin letters print narrower than a Han character, so a line holding
    them is not counted; and a line ending a sentence is a paragraph's last."""
    column = _han_lines(8, 14)
    lines = interleave.lines_of("\n\n".join(
        [column[0][:11] + "21", column[0][:12] + "。", *column[1:]]) + "\n")
    page = interleave._Page(lines, 6, 3, 10, 6, 0.5)
    assert not page.short_one[0] and not page.short_one[1]
    assert not any(page.short_one[2:])


def test_widths_half_a_character_apart_are_one_measure_for_the_lines_round_them():
    """A box whose justified lines print 18, 18.5 and 19 characters wide (a digit or two
    in a line) next to a box of 17: each of its lines votes for every measure it fits, so
    its own measure is found round its lines and every one of them fits it, where votes
    split by width let the other box's 17 win and left its lines fitting no measure."""
    han = _han_lines(16, 19)
    other = [line[:17] for line in han[:7]]
    box = ([line[:18] for line in han[7:10]] + [line[:17] + "1" + line[17] for line in han[10:13]]
           + [line[:19] for line in han[13:16]])
    lines = interleave.lines_of("\n\n".join(other + box) + "\n")
    assert sorted({ln.width for ln in lines}) == [17.0, 18.0, 18.5, 19.0]
    page = interleave._Page(lines, 6, 3, 10, 6, 0.5)
    for ln in lines[7:]:
        assert page.roles(ln, 0.5, page.local[ln.index]), (ln.width, page.local[ln.index])


def _box_beside_a_box() -> list[interleave._Line]:
    """A box of 14 characters whose first 2 lines are read alone, then row by row with a
    box of 13 beside it (a line of each a row, 10 rows)."""
    wide, narrow = _han_lines(12, 14), _han_lines(10, 13, skip=400)
    rows = [line for pair in zip(wide[2:], narrow) for line in pair]
    return interleave.lines_of("\n\n".join(wide[:2] + rows) + "\n")


def test_a_box_read_beside_one_with_more_lines_round_it_keeps_its_own_measure():
    """Where a box of 13 joins a box of 14 read row by row, the lines round its first rows
    are more the wider box's: the measure nearly as many of them are justified to
    (`measure_share` of the top one's votes) is the narrow box's lines' own too, where
    the most-voted alone left them fitting none (set to no measure, cutting the run)."""
    lines = _box_beside_a_box()
    narrow = [ln for ln in lines if ln.width == 13]
    for share in (interleave.DEFAULTS["measure_share"], 1.0):
        page = interleave._Page(lines, 6, 3, 10, 6, 0.5, share)
        fit = [bool(page.roles(ln, 0.5, page.local[ln.index])) for ln in narrow]
        assert all(fit) if share < 1 else not all(fit), (share, fit)


def test_a_measure_few_lines_round_a_line_are_justified_to_is_not_its_own():
    """A box's paragraph first lines (two characters short) make a measure of the page,
    but the few of them round a line leave it under `measure_share` of the box's own:
    a line is judged against its box's measure only."""
    han = _han_lines(24, 14)
    text = [line[:12] if i % 6 == 0 else line for i, line in enumerate(han)]
    lines = interleave.lines_of("\n\n".join(text) + "\n")
    page = interleave._Page(lines, 6, 3, 10, 6, 0.5)
    assert 12.0 in page.measures
    assert all(local == (14.0,) for local in page.local)


def test_a_run_that_only_lets_the_next_one_start_stays_as_printed(monkeypatch):
    """A run starts where a box's columns start (after a line set to no measure) or where
    another run ends. Units 6-13 read in two columns score well, but no line above them
    bounds a box, so the cut reads units 0-5 as a run too, one that scores no better in
    columns than as printed: its lines stay as printed, and the next run is read across."""
    lines = typeset(paragraphs("pdf-renmin-01"), 14)[:14]
    table = {(0, 1): 1, (1, 2): 1, (2, 3): 1, (3, 4): 1, (4, 5): 1,
             (0, 2): 2, (1, 3): 2, (4, 6): -5, (5, 7): -5,
             (6, 8): 5, (8, 10): 5, (10, 12): 5, (7, 9): 5, (9, 11): 5, (11, 13): 5}
    monkeypatch.setattr(interleave, "pair_score",
                        lambda a, b, page, p: table.get((a.index, b.index), 0.0))
    found = interleave.lines_of(pdfminer_text(lines))
    out, runs = interleave._order(found, dict(default_rules()["LAY101"].params))
    assert [r["accepted"] for r in runs] == [False, True] and runs[0]["gain"] <= 0
    assert out == [0, 1, 2, 3, 4, 5, 6, 8, 10, 12, 7, 9, 11, 13]


def _runs_of_six(monkeypatch, two_into_three: float) -> tuple[list[int], list[dict]]:
    """Six lines of one measure read as two columns (0 2 4 | 1 3 5) on widths alone: the
    printed joins 0-1 and 1-2 score badly (a short first line, a subtitle set to the
    measure), the columns' pairs 1-3 and 2-4 score `confident`; line 2 reads on into
    line 3, printed right after it, with `two_into_three`."""
    lines = typeset(paragraphs("pdf-renmin-01"), 14)[:6]
    table = {(0, 1): -4, (1, 2): -4, (2, 3): two_into_three, (3, 4): 0, (4, 5): 0,
             (0, 2): 0, (2, 4): 2, (1, 3): 2, (3, 5): 0}
    monkeypatch.setattr(interleave, "pair_score",
                        lambda a, b, page, p: table.get((a.index, b.index), 0.0))
    found = interleave.lines_of(pdfminer_text(lines))
    return interleave._order(found, dict(default_rules()["LAY101"].params))


def test_a_pair_the_printed_successor_scores_as_well_is_no_vote(monkeypatch):
    """Line 2 reads on into line 4 no better than into line 3 under it: that pair is no
    vote for columns (the lines of a page in reading order that open alike), so the run
    has one confident pair, too few: it stays as printed, however much its widths gain."""
    out, runs = _runs_of_six(monkeypatch, two_into_three=2)
    assert [(r["accepted"], r["votes"]) for r in runs] == [(False, 1)]
    assert runs[0]["gain"] > default_rules()["LAY101"].params["segment_cost"]
    assert out == [0, 1, 2, 3, 4, 5]


def test_a_pair_better_than_the_printed_successor_is_a_vote(monkeypatch):
    """The same run where line 2 reads on into line 4 better than into line 3: two votes,
    and the lines are read in columns."""
    out, runs = _runs_of_six(monkeypatch, two_into_three=1)
    assert [(r["accepted"], r["votes"]) for r in runs] == [(True, 2)]
    assert out == [0, 2, 4, 1, 3, 5]


def test_a_page_whose_rows_were_put_back_says_so(tmp_path):
    """DBT008: a page whose columns LAY101 read back from rows is flagged, with the share
    of its lines so reordered; the same text read in its order, a page no orderer touched,
    and a share under `min_share` are not."""
    from cleaner import clean

    lines = typeset(paragraphs("pdf-renmin-01"), 14)
    source = pdfminer_text(row_by_row(lines, 3))
    flags = [f for f in clean(source).flags if f["code"] == "DBT008"]
    assert flags and flags[0]["rules"] == ["LAY101"] and 0.5 < flags[0]["share"] <= 1
    assert "DBT008" not in [f["code"] for f in clean(pdfminer_text(lines)).flags]
    high = rules_with(tmp_path, "DBT008", min_share=1.01)
    assert "DBT008" not in [f["code"] for f in clean(source, rules=high).flags]


def test_a_grid_read_column_by_column_is_not_flagged_as_rebuilt():
    """DBT008 is not LAY001's: pdftotext -layout's grid gives each column's place."""
    from cleaner import clean

    from .test_layout import LEFT, RIGHT, side_by_side

    page = clean(side_by_side(LEFT, RIGHT))
    assert [e.rule for e in page.layout] == ["LAY001"]
    assert "DBT008" not in [f["code"] for f in page.flags]


def _relinked(scores: dict[tuple[int, int], float], monkeypatch, first: str = "",
              third_ends: str = "", texts_at: dict[int, str] | None = None,
              **params) -> tuple[list[int], list[dict]]:
    """`_relink` over eight boxes of one line each (full lines of one measure going on), in
    the order printed, the pair scores looked up in `scores` (unit a's last line read on
    into unit b's first: 0 unless given); `first` opens the seventh line, `third_ends`
    ends the third, `texts_at` replaces lines by their index."""
    lines = _eight_boxes(scores, monkeypatch, first, third_ends, texts_at)
    p = dict(interleave.DEFAULTS, **params)
    return interleave._relink(lines, interleave._units(lines), list(range(8)), p)


def _eight_boxes(scores: dict[tuple[int, int], float], monkeypatch, first: str = "",
                 third_ends: str = "", texts_at: dict[int, str] | None = None) -> list:
    """The lines of `_relinked`'s eight boxes, pair_score (and its bound) looking the
    scores up in `scores`."""
    texts = _han_lines(8, 14)
    texts[2] = texts[2][:len(texts[2]) - len(third_ends)] + third_ends
    texts[6] = first + texts[6][len(first):]
    lines = _scored_lines(texts, texts_at, scores, monkeypatch)
    monkeypatch.setattr(interleave, "pair_bound", interleave.pair_score)  # its own bound
    return lines


def _scored_lines(texts: list[str], texts_at: dict[int, str] | None,
                  scores: dict[tuple[int, int], float], monkeypatch) -> list:
    """The lines of `texts` (each replaced where `texts_at` gives it), each its own box,
    pair_score looking the scores up in `scores` by the lines' indices (0 unless given)."""
    texts = [(texts_at or {}).get(i, text) for i, text in enumerate(texts)]
    lines = interleave.lines_of("\n\n".join(texts))
    index = {ln.key: ln.index for ln in lines}
    monkeypatch.setattr(interleave, "pair_score",
                        lambda a, b, page, p: scores.get((index[a.key], index[b.key]), 0.0))
    return lines


def test_a_line_read_a_row_away_moves_after_the_line_it_goes_on_from(monkeypatch):
    """Line 2 reads on into line 5 far better than into line 3: 5 moves right after 2,
    alone (it reads on into 3 as well as into 6), and the link's evidence gives the scores
    before and after."""
    order, evidence = _relinked({(2, 5): 8.0, (2, 3): 1.0}, monkeypatch)
    assert order == [0, 1, 2, 5, 3, 4, 6, 7]
    assert evidence[0]["relink"] and evidence[0]["score"] == 8.0 and evidence[0]["was"] == 1.0
    assert evidence[0]["n_lines"] == 1


def test_a_line_that_reads_on_down_its_own_column_takes_it_along(monkeypatch):
    """Line 5 reads on into 6 better than into 3: 5 moves with the lines after it (to a
    sentence end: none here, so to the page's end)."""
    order, _ = _relinked({(2, 5): 8.0, (5, 6): 2.0}, monkeypatch)
    assert order == [0, 1, 2, 5, 6, 7, 3, 4]


def test_a_line_moved_takes_along_only_the_lines_that_read_on(monkeypatch):
    """Line 5 moves with 6, which it reads on into, but not with 7: the join 6 | 7 scores
    under `relink_carry_min` (another column's line the streams put next), so 7 stays
    where it was; a join at the threshold (between words, nothing against it) is carried."""
    order, evidence = _relinked({(2, 5): 8.0, (5, 6): 2.0, (6, 7): -3.0}, monkeypatch)
    assert order == [0, 1, 2, 5, 6, 3, 4, 7]
    assert evidence[0]["n_lines"] == 2
    floor = interleave.DEFAULTS["relink_carry_min"]
    order, _ = _relinked({(2, 5): 8.0, (5, 6): 2.0, (6, 7): floor}, monkeypatch)
    assert order == [0, 1, 2, 5, 6, 7, 3, 4]


def test_a_weak_or_doubtful_link_is_not_made(monkeypatch):
    """Under `relink_min_near` (a line a few boxes on) or `relink_min` (one before the line),
    or by less than `relink_margin` over the line the streams put next, over the next
    best, or over the found line's own predecessor: no move."""
    for scores in ({(2, 5): 3.5}, {(5, 2): 5.5}, {(2, 5): 8.0, (2, 3): 6.0},
                   {(2, 5): 8.0, (2, 7): 6.0}, {(2, 5): 8.0, (4, 5): 6.0}):
        assert _relinked(scores, monkeypatch) == (list(range(8)), [])


def test_a_line_a_few_boxes_on_links_on_less_evidence(monkeypatch):
    """pdfminer.six leaves a column's next line a few boxes on (its row read across): a
    link there needs `relink_min_near` (a shared measure and a word of the list across the
    break), one back needs `relink_min`; the evidence gives the threshold passed. A box
    read row by row (lines 1, 3, 5 one column, 2, 4, 6 the other) is put back column by
    column by such links."""
    order, evidence = _relinked({(2, 5): 4.5}, monkeypatch)
    assert order == [0, 1, 2, 5, 3, 4, 6, 7]
    assert evidence[0]["least"] == interleave.DEFAULTS["relink_min_near"]
    assert _relinked({(5, 2): 4.5}, monkeypatch) == (list(range(8)), [])
    assert _relinked({(2, 5): 4.5}, monkeypatch, relink_min_near=6.0) == (list(range(8)), [])
    rows = {(1, 3): 4.0, (3, 5): 4.0, (2, 4): 4.0, (4, 6): 4.0}
    assert _relinked(rows, monkeypatch)[0] == [0, 1, 3, 5, 2, 4, 6, 7]


# A column's last line (5) broken inside a word (汽|车) whose next line, the top of the
# column to its right, pdfminer.six printed rows before it (1); the page prints the word
# elsewhere (7).
_ASTRAY = {5: "今年泰国正在大力发展新能源汽", 1: "车等产业急需大批技术技能人才",
           7: "展会上的新能源汽车吸引了很多"}


def test_a_line_left_astray_links_far_off_on_a_word_across_the_break(monkeypatch):
    """Line 5 goes on, but the line the streams put after it (6) reads against it (a
    paragraph's first line after a line that goes on): left astray, it links to line 1,
    far off (before it), on `relink_min_astray`, less than `relink_min`: 汽|车 is a word
    of the list, printed elsewhere on the page. Line 1 moves right after it; the evidence
    gives the threshold passed and the word that let it (with how often the page prints
    its two characters together); a link on the usual threshold names no such word."""
    order, evidence = _relinked({(5, 1): 4.5, (5, 6): -2.5}, monkeypatch, texts_at=_ASTRAY)
    assert order == [0, 2, 3, 4, 5, 1, 6, 7]
    assert evidence[0]["least"] == interleave.DEFAULTS["relink_min_astray"]
    assert evidence[0]["was"] == -2.5
    assert evidence[0]["astray_word"] == {"word": "汽车", "printed": 1}
    _, evidence = _relinked({(5, 1): 8.0, (5, 6): -2.5}, monkeypatch, texts_at=_ASTRAY)
    assert "astray_word" not in evidence[0]


def test_a_far_link_from_a_line_not_astray_or_without_a_word_is_not_made(monkeypatch):
    """The same far link is not made on less than `relink_min` where line 5's successor
    says nothing against it (a break between words, 0), where no word of the list spans
    the break (汽|等), or where the page prints the word nowhere else (under
    `relink_astray_seen`; 0 takes the word list alone)."""
    scores = {(5, 1): 4.5, (5, 6): -2.5}
    assert _relinked({(5, 1): 4.5}, monkeypatch, texts_at=_ASTRAY) == (list(range(8)), [])
    no_word = {**_ASTRAY, 1: "等产业急需大批技术技能人才们"}
    assert _relinked(scores, monkeypatch, texts_at=no_word) == (list(range(8)), [])
    unseen = {k: v for k, v in _ASTRAY.items() if k != 7}
    assert "汽车" not in "".join(_han_lines(8, 14))
    assert _relinked(scores, monkeypatch, texts_at=unseen) == (list(range(8)), [])
    assert _relinked(scores, monkeypatch, texts_at=unseen, relink_astray_seen=0)[0] \
        == [0, 2, 3, 4, 5, 1, 6, 7]
    assert _relinked(scores, monkeypatch, texts_at=_ASTRAY,
                     relink_min_astray=interleave.DEFAULTS["relink_min"]) == (list(range(8)), [])


def test_a_link_found_on_the_usual_thresholds_is_not_doubted_by_an_astray_one(monkeypatch):
    """Line 2 (astray: 3 reads against it) links to line 5 a few boxes on, clearly its
    best at the usual thresholds: a far line it reads on into by a word (0, on
    `relink_min_astray` only) is not looked for, so it is no close second that blocks the
    link."""
    texts = {2: _ASTRAY[5], 0: _ASTRAY[1], 7: _ASTRAY[7]}
    order, evidence = _relinked({(2, 5): 5.5, (2, 3): -2.5, (2, 0): 4.5}, monkeypatch,
                                texts_at=texts)
    assert order == [0, 1, 2, 5, 3, 4, 6, 7]
    assert evidence[0]["least"] == interleave.DEFAULTS["relink_min_near"]


def test_a_line_taken_by_its_own_predecessor_is_no_candidate(monkeypatch):
    """Line 7 reads on from line 2 nearly as well as line 5 does, but its predecessor in
    the order (6) reads on into it better still: taken, it is no close second, and 5
    moves after 2. Where the best candidate is the taken one (5, which 4 reads on into),
    the free one (7) is linked. With `relink_free` off, both links stay unmade."""
    second_taken = {(2, 5): 8.0, (2, 7): 6.0, (6, 7): 7.0}
    assert _relinked(second_taken, monkeypatch)[0] == [0, 1, 2, 5, 3, 4, 6, 7]
    best_taken = {(2, 5): 8.0, (4, 5): 7.0, (2, 7): 5.0}
    order, evidence = _relinked(best_taken, monkeypatch)
    assert order == [0, 1, 2, 7, 3, 4, 5, 6] and evidence[0]["score"] == 5.0
    for scores in (second_taken, best_taken):
        assert _relinked(scores, monkeypatch, relink_free=False) == (list(range(8)), [])


def test_a_free_close_second_still_blocks_the_link(monkeypatch):
    """Line 7 reads on from 2 within `relink_margin` of line 5, and its predecessor (6)
    says nothing of it (0): a true ambiguity, no move."""
    assert _relinked({(2, 5): 8.0, (2, 7): 6.0, (6, 7): 2.0}, monkeypatch) == (list(range(8)), [])


def test_a_line_ending_a_sentence_or_on_a_comma_is_not_relinked(monkeypatch):
    """Only a line that goes on says where it goes on: after a sentence end or a comma,
    any line may follow."""
    for end in ("。", "，"):
        assert _relinked({(2, 5): 8.0}, monkeypatch, third_ends=end) == (list(range(8)), [])


def test_a_move_that_leaves_a_line_going_on_before_a_quotes_opening_is_not_made(monkeypatch):
    """Line 5 moving out would leave line 4 (going on) right before line 6, which opens
    with one of `relink_openers` (empty by default: see the rule file): a paragraph's or a
    quote's start, not the rest of 4's sentence. Without the mark, the move is made."""
    openers = {"relink_openers": "“‘「『"}
    assert _relinked({(2, 5): 8.0}, monkeypatch, first="“", **openers) == (list(range(8)), [])
    assert _relinked({(2, 5): 8.0}, monkeypatch, **openers)[0] != list(range(8))
    assert _relinked({(2, 5): 8.0}, monkeypatch, first="“")[0] != list(range(8))


# A keyword the page repeats (服务机器人 three times): line 5 ends on its first half, line
# 2 opens with its rest; the break falls between two words of the word list.
_PHRASE = {0: "展会上的服务机器人吸引了很多观", 1: "众驻足观看服务机器人的表演让人",
           7: "印象深刻这些服务机器人来自本地", 5: "入选助餐点平均每天要为老人服务",
           2: "机器人等品类兼具技术前瞻性与实"}


def test_a_far_link_on_a_phrase_the_page_repeats_is_not_made(monkeypatch):
    """Line 5 reads on into line 2, three lines before it, only by the page's keyword
    服务|机器人 (no word of the list spans the break), and the joins the move would break
    (5 into 6, 1 into 2) say nothing against themselves: a keyword's halves end and start
    many lines, and such links were false more often than not (gen-7803, gen-15708,
    gen-14904). With the phrase check off, the move is made."""
    scores = {(5, 2): 8.0}
    assert _relinked(scores, monkeypatch, texts_at=_PHRASE) == (list(range(8)), [])
    assert _relinked(scores, monkeypatch, texts_at=_PHRASE,
                     relink_phrase_seen=0)[0] != list(range(8))


def test_a_phrase_link_is_made_near_on_or_where_the_old_joins_read_badly(monkeypatch):
    """The same phrase links lines where pdfminer.six leaves a column's next line (a few
    boxes on, within `stream_window`); far off it links where a join it breaks scores
    against itself (line 1 into 2 a poor fit), where the page prints the bigram fewer
    than `relink_phrase_seen` times, or where a word of the list spans the break."""
    near = {5: _PHRASE[2], 2: _PHRASE[5]}
    assert _relinked({(2, 5): 8.0}, monkeypatch, texts_at={**_PHRASE, **near})[0] != list(range(8))
    assert _relinked({(5, 2): 8.0, (1, 2): -1.0}, monkeypatch,
                     texts_at=_PHRASE)[0] != list(range(8))
    twice = {**_PHRASE, 7: "印象深刻这些展品都来自本地企业"}
    assert _relinked({(5, 2): 8.0}, monkeypatch, texts_at=twice)[0] != list(range(8))
    # a word of the list spans the break (机器|人): no chance phrase
    word = {**_PHRASE, 5: "入选助餐点每天为老人们的机器", 2: "人等品类兼具技术前瞻性与实用"}
    assert _relinked({(5, 2): 8.0}, monkeypatch, texts_at=word)[0] != list(range(8))


def test_the_relink_pass_can_be_turned_off(monkeypatch):
    """`relink` false: the streams' order stands (the pass is not run)."""
    lines = interleave.lines_of("\n\n".join(_han_lines(8, 14)))
    monkeypatch.setattr(interleave, "_read_runs",
                        lambda lines, p, *measured: (list(range(8)), [{"accepted": True}]))
    monkeypatch.setattr(interleave, "_streams", lambda lines, units, runs, p, *measured: (runs, []))
    calls = []
    monkeypatch.setattr(interleave, "_relink", lambda *a: calls.append(a) or (a[2], []))
    interleave._order(lines, dict(interleave.DEFAULTS, relink=False))
    assert not calls
    interleave._order(lines, dict(interleave.DEFAULTS))
    assert calls


GENERATED = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus" / "generated"


def _near_pairs(source: str, p: dict, reach: int = 24):
    """Every pair of a page's lines within `reach` of each other, both ways, and the page."""
    lines = interleave.lines_of(source)
    page, _ = interleave._measured(lines, interleave._units(lines), p)
    return page, [(lines[i], lines[j]) for i in range(len(lines))
                  for j in range(max(0, i - reach), min(len(lines), i + reach + 1)) if j != i]


@pytest.mark.parametrize("params", [
    {},
    # the shape's best score another than full_successor's; the longer strings and the
    # word list counting against a pair, or off
    {"start_after_end": 2.5, "wider_successor": 3.0, "trigram": -1.0, "lexicon_max": 0.0},
    {"ngram_max": 6.0, "trigram": 2.0, "max_gram": 8, "word_unseen": 1.0, "number": 4.0,
     "bracket_orphan": 2.0},
])
def test_a_pairs_bound_is_never_under_its_score(params):
    """pair_bound(a, b) >= pair_score(a, b) on every pair of lines near each other of a
    pdfminer.six page (every kind of break: Han, digits, Latin, marks, brackets; lines
    stretched and held short), under other weights too: `_relink` skips a candidate by its
    bound, so a bound under the score would lose a link."""
    p = dict(default_rules()["LAY101"].params, **params)
    checked = 0
    for name in ("gen-0001", "gen-0004"):
        source = (GENERATED / "pdfminer" / f"{name}.txt").read_text(encoding="utf-8")
        page, pairs = _near_pairs(source, p)
        for a, b in pairs:
            assert interleave.pair_bound(a, b, page, p) >= interleave.pair_score(a, b, page, p), \
                (a.key, b.key)
        checked += len(pairs)
    assert checked > 10000


def test_most_pairs_are_bounded_under_a_clear_link():
    """The bound is worth its cost: most Han breaks on a page are of two characters it
    never prints together, whose bound is under `relink_min`, and so are few pairs that
    score under it; none that scores it is bounded under it."""
    p = dict(default_rules()["LAY101"].params)
    source = (GENERATED / "pdfminer" / "gen-0001.txt").read_text(encoding="utf-8")
    page, pairs = _near_pairs(source, p)
    bounds = [(interleave.pair_bound(a, b, page, p), interleave.pair_score(a, b, page, p))
              for a, b in pairs if not (a.stop or a.pause)]
    skipped = sum(1 for bound, _ in bounds if bound < p["relink_min"])
    assert skipped > 0.9 * len(bounds)
    assert all(bound >= p["relink_min"] for bound, score in bounds if score >= p["relink_min"])


def test_relinking_by_bounds_links_as_scoring_every_pair(monkeypatch):
    """`_relink` with the bounds gives the same order and evidence as scoring every
    candidate (the bound taken as unbounded) on pdfminer.six pages whose lines it links."""
    p = dict(default_rules()["LAY101"].params)
    seen = []
    real = interleave._relink

    def both(lines, units, order, p, measured=None):
        found = real(lines, units, order, p, measured)
        with monkeypatch.context() as m:
            m.setattr(interleave, "pair_bound", lambda *a: float("inf"))
            assert real(lines, units, order, p, measured) == found
        seen.append(len(found[1]))
        return found

    monkeypatch.setattr(interleave, "_relink", both)
    for name in ("gen-0001", "gen-0002", "gen-0003", "gen-0004"):
        source = (GENERATED / "pdfminer" / f"{name}.txt").read_text(encoding="utf-8")
        interleave._order(interleave.lines_of(source), p)
    assert sum(seen) > 0  # (some page links a line)


def test_the_kind_of_a_character_at_a_break():
    """`_kind`: digits and a number's marks, half- and full-width; Latin letters; Han
    characters; anything else (marks, kana) none of these."""
    kinds = {ch: interleave._kind(ch) for ch in "7８.％aＺ中〇，“あ"}
    assert kinds == {"7": "digit", "８": "digit", ".": "digit", "％": "digit", "a": "latin",
                     "Ｚ": "latin", "中": "han", "〇": "han", "，": "", "“": "", "あ": ""}


def test_a_pair_of_lines_is_scored_once_a_page(monkeypatch):
    """`_scored`: the runs, the streams and the relinks ask for many of the same pairs; each
    is scored once on a page (the same value), and a page measured afresh scores again."""
    lines = interleave.lines_of("\n\n".join(_han_lines(4, 14)))
    p = dict(interleave.DEFAULTS)
    calls = []
    real = interleave.pair_score
    monkeypatch.setattr(interleave, "pair_score", lambda *a: calls.append(a[:2]) or real(*a))
    page, _ = interleave._measured(lines, interleave._units(lines), p)
    first = interleave._scored(lines[0], lines[1], page, p)
    assert interleave._scored(lines[0], lines[1], page, p) == first == real(lines[0], lines[1], page, p)
    assert len(calls) == 1
    for a, b in ((1, 0), (0, 2), (2, 1)):  # (the other way, another line: other pairs)
        assert interleave._scored(lines[a], lines[b], page, p) == real(lines[a], lines[b], page, p)
    assert calls == [(lines[0], lines[1]), (lines[1], lines[0]), (lines[0], lines[2]),
                     (lines[2], lines[1])]
    other, _ = interleave._measured(lines, interleave._units(lines), p)
    assert interleave._scored(lines[0], lines[1], other, p) == first and len(calls) == 5


def test_the_page_is_measured_once_for_the_runs_the_streams_and_the_relinks(monkeypatch):
    """`_order` measures a page it reorders once, and the three passes share its scores."""
    lines = interleave.lines_of(pdfminer_text(row_by_row(typeset(paragraphs("pdf-renmin-01"), 14), 3)))
    calls = []
    real = interleave._measured
    monkeypatch.setattr(interleave, "_measured", lambda *a: calls.append(1) or real(*a))
    out, runs = interleave._order(lines, dict(interleave.DEFAULTS))
    assert any(r["accepted"] for r in runs) and out != sorted(out)
    assert len(calls) == 1


def _beam_as_sorted(n, pair, before, p):
    """`_beam` as it was written first: each state's streams sorted, each pair asked for
    each state, and the beam cut from the states all sorted (the reading `_beam` keeps)."""
    window, beam_width = int(p["stream_window"]), int(p["stream_beam"])
    after = {a: b for b, a in before.items()}
    beam = {(): (0.0, (), -1)}
    history = []
    for u in range(n):
        grown = {}
        for state, (value, _, _) in beam.items():
            open_ = [(t, d) for t, d in state if u - t <= window]
            choices = [(-1, value - p["stream_start_cost"])]
            for i, (t, d) in enumerate(open_):
                x = pair(t, u)
                if x is None:
                    continue
                choices.append((i, value + x + (p["stream_stride"] if u - t == d else 0.0)
                                + (p["stream_prior"] if after.get(t) == u else 0.0)))
            for i, v in choices:
                if i < 0:
                    nxt, came = open_ + [(u, -1)], -1
                else:
                    nxt, came = open_[:i] + open_[i + 1:] + [(u, u - open_[i][0])], open_[i][0]
                key = tuple(sorted(nxt))
                if key not in grown or grown[key][0] < v:
                    grown[key] = (v, state, came)
        beam = dict(sorted(grown.items(), key=lambda kv: (-kv[1][0], kv[0]))[:beam_width])
        history.append(beam)
    came_from = [-1] * n
    state = max(beam.items(), key=lambda kv: (kv[1][0], kv[0]))[0] if beam else ()
    for u in range(n - 1, -1, -1):
        _, state, came_from[u] = history[u][state]
    return came_from


@pytest.mark.parametrize("beam", [1, 2, 3, 5, 16])
def test_the_streams_beam_keeps_the_best_states_ties_to_the_smaller(beam):
    """`_beam` reads the units as the beam search written plainly does (states sorted, the
    beam cut from them all sorted by value, a tie to the smaller state), where many states
    tie: pair scores of a few values, some pairs impossible, a prior order of its own."""
    import random
    rng = random.Random(7)
    n = 80
    values = {(t, u): rng.choice((None, 0.0, 0.0, 1.0, 1.0, -1.0, 2.0))
              for u in range(n) for t in range(u)}
    asked = []

    def pair(t, u):
        asked.append((t, u))
        return values[t, u]

    prior = list(range(n))
    rng.shuffle(prior)
    before = {b: a for a, b in zip(prior, prior[1:])}
    p = dict(interleave.DEFAULTS, stream_beam=beam, stream_start_cost=1.0)
    found = interleave._beam(n, pair, before, p)
    assert found == _beam_as_sorted(n, lambda t, u: values[t, u], before, p)
    assert len(asked) == len(set(asked))  # (each pair asked once)
    assert any(t >= 0 for t in found) and -1 in found


def test_the_streams_beam_reads_an_interleaved_page_as_written_plainly():
    """`_beam` on a page pdfminer.six read row by row, its pairs scored: the reading the
    plain beam search finds."""
    lines = interleave.lines_of(pdfminer_text(row_by_row(typeset(paragraphs("pdf-renmin-01"), 14), 3)))
    p = dict(interleave.DEFAULTS)
    units = interleave._units(lines)
    page, _ = interleave._measured(lines, units, p)

    def pair(t, u):
        return interleave._scored(lines[units[t][-1]], lines[units[u][0]], page, p)

    for beam in (2, 16):
        q = dict(p, stream_beam=beam)
        found = interleave._beam(len(units), pair, {}, q)
        assert found == _beam_as_sorted(len(units), pair, {}, q)
        assert sum(t >= 0 for t in found) > len(units) // 2


def _assigned(scores: dict[tuple[int, int], float], monkeypatch, third_ends: str = "",
              order: list[int] | None = None, texts_at: dict[int, str] | None = None,
              **params) -> tuple[list[int], list[dict]]:
    """`_assign` over the eight boxes of `_relinked` (full lines of one measure going on),
    from `order` (as printed unless given), the pair scores looked up in `scores`;
    `texts_at` replaces lines by their index. The hand-set weights unless `assign_fitted`
    is given."""
    lines = _eight_boxes(scores, monkeypatch, third_ends=third_ends, texts_at=texts_at)
    p = dict(interleave.DEFAULTS, **{"assign_fitted": False, **params})
    return interleave._assign(lines, interleave._units(lines), order or list(range(8)), p)


def test_a_close_second_another_line_reads_on_into_better_is_left_to_it(monkeypatch):
    """Line 2 reads on into 5 (8) and nearly as well into 7 (6): `_relink` sees a close
    second and makes no link. But 4 reads on into 7 better still (9): the assignment
    gives 7 to 4 and 5 to 2, both made, each with its scores before and after. 5 takes 6
    along (the assignment keeps their pair), where `_relink`'s rule moved it alone (it
    reads on into 3 as well as into 6); 7, the last line, moves alone."""
    scores = {(2, 5): 8.0, (2, 7): 6.0, (4, 7): 9.0}
    relinked, _ = _relinked(scores, monkeypatch)
    assert relinked[:4] == [0, 1, 2, 3]  # (2 keeps 3: the close second blocked it)
    order, evidence = _assigned(scores, monkeypatch)
    assert order == [0, 1, 2, 5, 6, 3, 4, 7]
    made = {(e["after"][-1], e["text"][0]): e for e in evidence}
    assert len(evidence) == 2 and all(e["assigned"] and e["relink"] for e in evidence)
    assert sorted((e["score"], e["was"]) for e in evidence) == [(8.0, 0.0), (9.0, 0.0)]
    assert all(e["least"] == interleave.DEFAULTS["assign_cost"] for e in made.values())


def test_a_link_weighing_less_than_the_pairs_it_breaks_is_not_made(monkeypatch):
    """Line 2 reads on into 5 (4): taking it breaks 2 | 3 and 4 | 5, pairs of the order
    that weigh `assign_prior` each less `assign_cost` though they score nothing: the
    order stands. At 6 the link outweighs them both and is made, 5 taking the lines after
    it along."""
    assert _assigned({(2, 5): 4.0}, monkeypatch) == (list(range(8)), [])
    order, evidence = _assigned({(2, 5): 6.0}, monkeypatch)
    assert order == [0, 1, 2, 5, 6, 7, 3, 4] and evidence[0]["score"] == 6.0


def test_far_links_and_lines_that_end_need_more(monkeypatch):
    """A line before (5 -> 2, 2 reading against 3 after it) or far on pays
    `assign_far_cost`: 5.5 is not enough where the order's pairs it breaks weigh as much
    (at a cost of 2 it is, and 2 moves alone); a line ending a sentence or on a comma is
    given no link at all, however its pair scores."""
    back = {(5, 2): 5.5, (2, 3): -3.0}
    assert _assigned(back, monkeypatch, assign_far_seen=0) == (list(range(8)), [])
    assert _assigned(back, monkeypatch, assign_far_cost=2.0, assign_far_seen=0)[0] \
        == [0, 1, 3, 4, 5, 2, 6, 7]
    for end in ("。", "，"):
        assert _assigned({(2, 5): 9.0}, monkeypatch, third_ends=end) == (list(range(8)), [])


def test_the_best_links_are_the_heaviest_matching():
    """`_best_links` takes the pairs of the largest summed weight, each predecessor and
    each successor at most once (checked against every matching of small random sets of
    pairs), and leaves out a piece of more units than `max_units`."""
    import itertools
    import random

    rng = random.Random(7)
    for _ in range(200):
        weights = {(rng.randrange(6), rng.randrange(6)): round(rng.uniform(0.1, 5), 2)
                   for _ in range(rng.randrange(1, 9))}
        taken = [pair for _, pairs in interleave._best_links(weights, 100) for pair in pairs]
        assert len({a for a, _ in taken}) == len(taken) == len({b for _, b in taken})
        best = 0.0
        keys = list(weights)
        for k in range(len(keys) + 1):
            for chosen in itertools.combinations(keys, k):
                if (len({a for a, _ in chosen}) == k == len({b for _, b in chosen})):
                    best = max(best, sum(weights[e] for e in chosen))
        assert abs(sum(weights[e] for e in taken) - best) < 1e-9
    # one predecessor, ten successors: a piece of eleven units, its best pair taken
    star = {(0, b): 1.0 + b / 10 for b in range(1, 11)}
    assert interleave._best_links(star, 11) == [({0}, [(0, 10)])]
    assert interleave._best_links(star, 10) == []


def test_a_piece_too_large_to_solve_keeps_the_order_s_pairs(monkeypatch):
    """Line 2's link to 5 is solved in its own piece (2, 4 | 3, 5); 5's pair with 6 lies
    in another (1, 5, 6 | 2, 6, 7: 5 and 1 read on into 7 and 6 too). Solved, that piece
    keeps 5 | 6 and 5 takes 6 and 7 along; left out as larger than `assign_max_units`, it
    keeps the order's pairs as they stand, so 5 still takes them along: moved alone, it
    broke 5 | 6, a pair nothing weighed against."""
    scores = {(2, 5): 6.0, (5, 7): 3.0, (1, 6): 3.0}
    assert _assigned(scores, monkeypatch)[0] == [0, 1, 2, 5, 6, 7, 3, 4]
    assert _assigned(scores, monkeypatch, assign_max_units=5)[0] == [0, 1, 2, 5, 6, 7, 3, 4]
    # (5 | 6 weighing nothing, 5 moves alone: its successor given to none)
    assert _assigned({(2, 5): 6.0, (5, 6): -2.0}, monkeypatch)[0] == [0, 1, 2, 5, 3, 4, 6, 7]


def test_a_far_link_needs_its_bigram_printed_elsewhere(monkeypatch):
    """A far pair (5 -> 1: 汽|车) is weighed only where the page prints the two characters
    across its break together elsewhere (line 7's 汽车), at least `assign_far_seen` times;
    printed nowhere else, it is not (0 weighs every far pair)."""
    back = {(5, 1): 7.5, (1, 2): -3.0}
    assert _assigned(back, monkeypatch, texts_at=_ASTRAY)[0] == [0, 2, 3, 4, 5, 1, 6, 7]
    unseen = {k: v for k, v in _ASTRAY.items() if k != 7}
    assert "汽车" not in "".join(_han_lines(8, 14))
    assert _assigned(back, monkeypatch, texts_at=unseen) == (list(range(8)), [])
    assert _assigned(back, monkeypatch, texts_at=unseen, assign_far_seen=0)[0] \
        == [0, 2, 3, 4, 5, 1, 6, 7]


def _weighed(scores: dict[tuple[int, int], float], plain: dict[tuple[int, int], float],
             monkeypatch, order: list[int] | None = None, third_ends: str = "", **params):
    """`_fitted_weights` over the eight boxes of `_relinked` from `order` (as printed unless
    given), the pair scores looked up in `scores` and the plain ones (`pair_plain`) in
    `plain` (0 unless given); `third_ends` ends line 2."""
    lines = _eight_boxes(scores, monkeypatch, third_ends=third_ends)
    index = {ln.key: ln.index for ln in lines}
    monkeypatch.setattr(interleave, "pair_plain",
                        lambda a, b, page, p: plain.get((index[a.key], index[b.key]), 0.0))
    p = dict(interleave.DEFAULTS, **params)
    units = interleave._units(lines)
    page, fits = interleave._measured(lines, units, p)
    order = order or list(range(8))
    return interleave._fitted_weights(lines, units, dict(zip(order, order[1:])), page, fits,
                                      interleave._unit_pairs(lines, units, page, p), p)


def test_a_break_between_words_weighs_by_the_boxes_beside_it(monkeypatch):
    """Line 2's break into line 5 says nothing (it scores 0: it falls between words). Where
    the boxes beside them read on three boxes on too (0 into 3, 1 into 4, 3 into 6, 4 into
    7: a box's columns read row by row, each column's next line three boxes on), the pair
    weighs (its fitted log-odds pass `assign_least_odds`), with its features; where they
    do not, it does not."""
    beside = {(0, 3): 4.0, (1, 4): 4.0, (3, 6): 4.0, (4, 7): 4.0}
    weights, odds = _weighed({}, beside, monkeypatch)
    assert (2, 5) in weights
    x, features = odds[2, 5]
    assert weights[2, 5] == pytest.approx(x - interleave.DEFAULTS["assign_least_odds"])
    assert features["parallel_confident"] == 4.0 and features["parallel"] == pytest.approx(4 / 3)
    assert features["rest"] == -features["shape"]  # (scores 0)
    weights, _ = _weighed({}, {}, monkeypatch)
    assert (2, 5) not in weights


def test_the_fitted_weights_weigh_a_line_ending_on_a_comma_into_the_lines_round_it(monkeypatch):
    """pdfminer.six breaks a paragraph's lines where the column ends, so a line ending on a
    comma (line 2) goes on in a line further on as a line ending mid-word does: with the
    boxes beside them reading on at the same stride, its pair into line 5 weighs
    (`assign_fitted_ends`, the rule file's); not where the rule file says no. With nothing
    for it (no score, nothing beside), it weighs nothing but its own successor's pair."""
    beside = {(1, 4): 4.0, (3, 6): 4.0}
    weights, odds = _weighed({(2, 5): 3.0}, beside, monkeypatch, third_ends="，")
    assert (2, 5) in weights and odds[2, 5][1]["a_pause"] == 1.0
    assert odds[2, 5][1]["goes_on"] == 0.0
    weights, _ = _weighed({(2, 5): 3.0}, beside, monkeypatch, third_ends="，",
                          assign_fitted_ends=False)
    assert (2, 5) not in weights
    weights, _ = _weighed({}, {}, monkeypatch, third_ends="，")
    assert [b for a, b in weights if a == 2] in ([], [3])


def test_a_far_pair_whose_bigram_is_printed_nowhere_else_is_weighed_only_where_asked(monkeypatch):
    """Line 5 reads on into line 2, before it (a far pair), across a bigram the page prints
    nowhere else: the rule file's fitted weights leave it (`assign_fitted_far_seen` 1: the
    bigram printed once); with 0 they weigh it all the same, the `bigram` feature saying
    the bigram is not seen. A far pair that scores nothing is not weighed either way."""
    assert default_rules()["LAY101"].params["assign_fitted_far_seen"] == 1
    weights, _ = _weighed({(5, 2): 9.0}, {}, monkeypatch)
    assert (5, 2) not in weights
    weights, odds = _weighed({(5, 2): 9.0}, {}, monkeypatch, assign_fitted_far_seen=0)
    assert (5, 2) in weights and odds[5, 2][1]["bigram"] == 0.0
    weights, _ = _weighed({}, {}, monkeypatch, assign_fitted_far_seen=0)
    assert (5, 2) not in weights


def test_the_fitted_assignment_makes_a_clear_link_and_logs_its_odds(monkeypatch):
    """With the fitted weights (the rule file's), a line that reads on far better into a line
    three boxes on than into its own successor (whose pairs with the lines before them
    read against them) is linked to it, and the link's evidence gives its log-odds, the
    least it passed and the features it was weighed on. (The order's pairs weigh much
    even where they score against them: printed one after the other at the stride of the
    pairs round them, they were as often true as not, so a -3 on both stands.)"""
    fitted = default_rules()["LAY101"].params["assign_fitted"]  # (the rule file's)
    stands = {(2, 5): 9.0, (2, 3): -3.0, (4, 5): -3.0}
    assert _assigned(stands, monkeypatch, assign_fitted=fitted) == (list(range(8)), [])
    order, evidence = _assigned({(2, 5): 9.0, (2, 3): -6.0, (4, 5): -6.0}, monkeypatch,
                                assign_fitted=fitted)
    assert order[:4] == [0, 1, 2, 5]
    ev = evidence[0]
    assert ev["assigned"] and ev["score"] == 9.0
    assert ev["least"] == interleave.DEFAULTS["assign_least_odds"] < ev["odds"]
    assert ev["features"]["near"] == 1.0 and ev["features"]["rest"] == 8.0


def test_the_fitted_assignment_leaves_an_order_that_nothing_speaks_against(monkeypatch):
    """Lines in the printed order whose pairs say nothing either way (all 0), and a line
    that reads on into one three boxes on no better than into its own successor: the
    fitted assignment keeps the order."""
    assert _assigned({}, monkeypatch, assign_fitted=True) == (list(range(8)), [])
    assert _assigned({(2, 5): 1.0, (2, 3): 1.0}, monkeypatch,
                     assign_fitted=True) == (list(range(8)), [])


def test_the_fitted_weights_bound_is_an_upper_bound():
    """The weight a pair is pruned on (its score at `pair_bound`, the pairs beside it at
    their most, then scored plainly) is never under the weight it has, on a page read row
    by row: no pair that would weigh is pruned."""
    lines = interleave.lines_of(pdfminer_text(row_by_row(typeset(paragraphs("pdf-renmin-01"), 14), 3)))
    p = dict(interleave.DEFAULTS)
    units = interleave._units(lines)
    page, fits = interleave._measured(lines, units, p)
    pair = interleave._unit_pairs(lines, units, page, p)
    plain = interleave._plain_pairs(lines, units, page, p)
    after = {u: u + 1 for u in range(len(units) - 1)}
    before = {b: a for a, b in after.items()}
    checked = 0
    for a in range(len(units)):
        for b in range(max(0, a - 8), min(len(units), a + 9)):
            if a == b:
                continue
            la, lb = lines[units[a][-1]], lines[units[b][0]]
            hi = interleave.pair_bound(la, lb, page, p)
            x = [interleave._log_odds(interleave.successor_features(
                lines, units, a, b, after, before, page, fits, score, beside, p),
                interleave._feature_weights(p))
                for score, beside in ((hi, None), (hi, plain), (pair(a, b) or 0.0, plain))]
            assert x[0] >= x[1] - 1e-9 and x[1] >= x[2] - 1e-9
            checked += 1
    assert checked > 100


def test_the_fitted_weights_are_the_rule_file_s_and_named_by_the_features():
    """Every feature has its weight in the rule file (`assign_w_` + its name), and every
    such weight a feature; the features a pair is given are those."""
    params = default_rules()["LAY101"].params
    assert {k[len("assign_w_"):] for k in params if k.startswith("assign_w_")} \
        == set(interleave.SUCCESSOR_FEATURES)




def test_the_fit_finds_the_weights_that_made_the_labels():
    """benchmarks/fit_assign.py's logistic regression (Newton's method, pure Python) gives
    back the weights of the model the labels were drawn from, the rows thinned and
    weighted up as the script does."""
    import math
    import random
    rng = random.Random(3)
    true_w = [-1.0, 2.0, -0.5]
    rows = []
    for _ in range(3000):
        x = [1.0, rng.uniform(-2, 2), float(rng.random() < 0.5)]
        q = 1 / (1 + math.exp(-sum(a * b for a, b in zip(true_w, x))))
        rows.append((x, int(rng.random() < q), 1.0))
    w = benchmark_script("fit_assign").newton(rows, 3, l2=0.1)
    assert w == pytest.approx(true_w, abs=0.2)


def test_the_fit_reads_each_line_s_true_successor_from_the_gold():
    """A line's true successor is the line that starts where it ends in its article's gold
    text; a block's last line has none (庚辛 and 寅卯 end the paragraphs, 标题 is one);
    lines are placed by their characters."""
    fit = benchmark_script("fit_assign")
    gold = {"articles": [{"headline": "标题", "body": [{"text": "甲乙丙丁戊己庚辛"},
                                                      {"text": "子丑寅卯"}]}]}
    lines = interleave.lines_of("甲乙丙\n\n子丑\n\n丁戊己\n\n寅卯\n\n庚辛\n\n标题\n")
    succ = fit.true_successors(lines, interleave._units(lines), gold)
    assert succ == {0: 2, 1: 3, 2: 4}
    texts = fit.gold_texts(gold)
    assert fit.places(["乙丙", "甲", "丁"], texts) == [(0, 4, 6), (0, 3, 4), (0, 6, 7)]


def test_a_pair_is_far_by_where_its_units_stand_not_by_what_it_costs():
    """LAY101's far pairs (weighed only where their bigram is printed elsewhere) are those
    of a unit before the line or more than `stream_window` units on, whatever the costs:
    the hand-set weights had told them by `assign_far_cost`, so a file setting it equal to
    `assign_cost` put every near pair to the bigram's test too."""
    p = {"stream_window": 2, "assign_cost": 2.0, "assign_far_cost": 2.0}
    assert [interleave._far(5, b, p) for b in (3, 4, 6, 7, 8)] == [True, True, False, False,
                                                                  True]
    assert interleave._assign_cost(5, 6, {**p, "assign_far_cost": 4.0}) == 2.0
    assert interleave._assign_cost(5, 8, {**p, "assign_far_cost": 4.0}) == 4.0


def _lifted(scores: dict[tuple[int, int], float], monkeypatch, box: str = "新能源汽车下乡",
            texts_at: dict[int, str] | None = None, **params) -> tuple[list[int], list[dict]]:
    """`_lift` over ten lines of one measure going on, as printed, but for line 3, `box`
    (a title by default: a short line, not set to the measure), line 6, which ends a
    sentence, and the lines `texts_at` gives; the pair scores looked up in `scores` by the
    lines' indices (0 unless given)."""
    texts = _han_lines(10, 14)
    texts[3] = box
    texts[6] = texts[6][:13] + "。"
    lines = _scored_lines(texts, texts_at, scores, monkeypatch)
    p = dict(interleave.DEFAULTS, **params)
    units = interleave._units(lines)
    return interleave._lift(lines, units, list(range(len(units))), p)


def test_a_title_read_inside_a_paragraph_moves_after_its_sentence(monkeypatch):
    """Line 2 goes on into line 4 by a word across the break (3.0, `lift_min` or more),
    with a title (3, not set to the measure) read between them: the title moves to after
    the sentence line 4 goes on in (line 6 ends it), and the move's evidence gives the
    pair's score and the lines it stood between."""
    order, evidence = _lifted({(2, 4): 3.0}, monkeypatch)
    assert order == [0, 1, 2, 4, 5, 6, 3, 7, 8, 9]
    ev = evidence[0]
    assert ev["lifted"] and ev["score"] == 3.0 and ev["n_lines"] == 1
    assert ev["text"] == "新能源汽车下乡" and ev["before"] == _han_lines(10, 14)[4][:12]


def test_a_title_between_lines_that_do_not_read_on_stays(monkeypatch):
    """The same title stays where it is where line 2 reads on into line 4 by less than
    `lift_min` (nothing across the break says the paragraph goes on past the title), or
    by less than a `lift_min` set higher."""
    assert _lifted({(2, 4): 1.0}, monkeypatch) == (list(range(10)), [])
    assert _lifted({}, monkeypatch) == (list(range(10)), [])
    assert _lifted({(2, 4): 3.0}, monkeypatch, lift_min=3.5) == (list(range(10)), [])


def test_a_box_of_body_text_between_two_lines_stays(monkeypatch):
    """A box not set to the measure whose last line goes on as a column's line does (no
    sentence end, as wide as line 2: the first lines of another column's text, a lede
    under its credit) is no title: it stays, however well 2 reads on into the line after
    it (the box, unit 3, holds lines 3 and 4: the pair is line 2 into line 5, unit 4)."""
    lede = "本报讯记者王刚\n" + _han_lines(12, 14)[11]
    assert _lifted({(2, 5): 3.0}, monkeypatch, box=lede) == (list(range(10)), [])
    # (the same box ending a sentence is a caption's: it moves)
    caption = "本报讯记者王刚\n" + _han_lines(12, 14)[11][:13] + "。"
    assert _lifted({(2, 5): 3.0}, monkeypatch, box=caption)[0] == [0, 1, 2, 4, 5, 6, 3, 7, 8, 9]


def test_a_title_after_a_line_that_ends_a_sentence_or_a_clause_stays(monkeypatch):
    """Where line 2 ends a sentence or a clause (。 ，), nothing says its paragraph goes on
    past the title under it, however well 2 reads on into line 4: the title stays."""
    for mark in "。，":
        line = _han_lines(10, 14)[2][:13] + mark
        assert _lifted({(2, 4): 3.0}, monkeypatch, texts_at={2: line}) == (list(range(10)), [])


def test_a_title_moves_only_to_before_a_box_the_sentence_runs_into(monkeypatch):
    """The sentence line 4 goes on in is followed to its end (line 6) only through lines
    set to the measure: where line 5 is a short box of its own, the title goes after line
    4, before that box, not past it."""
    order, _ = _lifted({(2, 4): 3.0}, monkeypatch, texts_at={5: "乡村振兴"})
    assert order == [0, 1, 2, 4, 3, 5, 6, 7, 8, 9]


def test_more_boxes_than_lift_max_units_between_two_lines_stay(monkeypatch):
    """Two titles (lines 3 and 4) between line 2 and line 5 it reads on into move together
    after the sentence (line 6 ends it); with `lift_max_units` 1 they are more boxes than
    a lift takes and stay, though line 2 reads on into the second too."""
    scores = {(2, 4): 3.0, (2, 5): 3.0}
    two = {4: "城乡消费新动能"}
    assert _lifted(scores, monkeypatch, texts_at=two)[0] == [0, 1, 2, 5, 6, 3, 4, 7, 8, 9]
    assert _lifted(scores, monkeypatch, texts_at=two, lift_max_units=1) == (list(range(10)), [])


def test_a_lift_is_logged_with_the_reorder_and_is_no_doubt(monkeypatch):
    """A lift's evidence goes with LAY101's reorder (the edit names the rule), and a lift,
    a move made on a pair's score and not a run read across, is none of the page's doubts
    (it has no gain to weigh)."""
    source = pdfminer_text(row_by_row(typeset(paragraphs("pdf-renmin-01"), 14), 3))
    lift = {"lifted": True, "score": 3.0, "n_lines": 1, "span": [0, 10], "text": "新能源",
            "after": "汽车", "before": "下乡", "accepted": True}
    monkeypatch.setattr(interleave, "_lift",
                        lambda lines, units, order, p, measured=None: (order, [dict(lift)]))
    interleave._decode.cache_clear()  # (a page decoded before, without the lift)
    try:
        found = interleave.order(source, default_rules())
        assert found.rule == "LAY101" and any(r.get("lifted") for r in found.evidence)
        assert not any(r.get("lifted") for r in interleave.doubts(source, default_rules()))
    finally:
        interleave._decode.cache_clear()


@pytest.mark.parametrize("step,param,mark", [
    ("_assign", "assign", "assigned"),  # after the links
    ("_lift", "lift", "lifted"),  # last, after the assignment
])
def test_a_late_step_of_the_order_reads_what_it_gives_back_unless_turned_off(
        monkeypatch, tmp_path, step, param, mark):
    """On a box read row by row, `_order` hands the order so far to `_assign`, then the
    assignment's order to `_lift`, and reads the units in the order the step gives back
    (its evidence among the page's); `assign = false` or `lift = false` leaves it out."""
    source = pdfminer_text(row_by_row(typeset(paragraphs("pdf-renmin-01"), 14), 3))
    calls = []
    assigned = []

    def assign(lines, units, order, p, measured=None):
        assigned.append(list(order))
        return order, []

    def reversed_order(lines, units, order, p, measured=None):
        calls.append(list(order))
        return order[::-1], [{mark: True, "accepted": True}]
    monkeypatch.setattr(interleave, "_assign", reversed_order if step == "_assign" else assign)
    if step == "_lift":
        monkeypatch.setattr(interleave, "_lift", reversed_order)
    else:  # (the lift, after it, gives the order back as it was given)
        monkeypatch.setattr(interleave, "_lift",
                            lambda lines, units, order, p, measured=None: (order, []))
    p = interleave._params(default_rules())
    out, evidence = interleave._order(interleave.lines_of(source), p)
    assert len(calls) == 1 and {mark: True, "accepted": True} in evidence
    if step == "_lift":
        assert calls == assigned
    units = interleave._units(interleave.lines_of(source))
    assert out == [x for u in calls[0][::-1] for x in units[u]]
    off = rules_with(tmp_path, "LAY101", **{param: False})
    interleave._order(interleave.lines_of(source), interleave._params(off))
    assert len(calls) == 1


def _headed(scores: dict[tuple[int, int], float], monkeypatch, box_end: str = "",
            **params) -> tuple[list[int], list[dict]]:
    """`_read_runs` over a box heading two columns as pdfminer.six prints it: a title (line
    0), a box of three lines (lines 1-3: a dateline's short line over two of the column's,
    not set to the measure), the three lines of the column beside it level with the box,
    one box each (lines 4-6), then the two columns' rows (lines 7-13: the first column's
    line, then the second's). The pair scores looked up in `scores` by the lines' indices
    (0 unless given); `box_end` replaces the box's last line."""
    texts = _han_lines(12, 14)
    box = "\n".join(["本报北京3月17日电（记", texts[0][:13], box_end or texts[1]])
    lines = _scored_lines(["乡村振兴新图景", box, *texts[2:12]], None, scores, monkeypatch)
    return interleave._read_runs(lines, dict(interleave.DEFAULTS, **params))


# The second column reads down its lines (4-6, then 8, 10, 12), the first from line 7 down
# (7, 9, 11, 13), and the box's last line reads on into line 7 by a word across the break:
# the box heads the first column.
_HEADED = {(4, 5): 2.0, (5, 6): 2.0, (6, 8): 4.0, (8, 10): 4.0, (10, 12): 4.0,
           (7, 9): 4.0, (9, 11): 4.0, (11, 13): 4.0, (3, 7): 4.0}


def test_a_box_heading_two_columns_reads_on_into_its_column_under_the_lines_beside_it(
        monkeypatch):
    """The box's lines (1-3) go on at line 7, the first column's line under them, and the
    three lines printed after the box (4-6) head the second column, which goes on at line
    8: the run reads the box, its column, then the lines beside the box and theirs; its
    evidence gives the box's lines and the score of its pair."""
    order, evidence = _headed(_HEADED, monkeypatch)
    assert order == [0, 1, 2, 3, 7, 9, 11, 13, 4, 5, 6, 8, 10, 12]
    run = next(r for r in evidence if r["accepted"])
    assert run["k"] == 2 and run["head"] == {"n_lines": 3, "score": 4.0}
    assert run["text"] == "本报北京3月17日电（记"


def test_a_box_that_does_not_read_on_past_the_lines_beside_it_heads_no_column(monkeypatch):
    """The same page where the box's last line reads on into line 7 by less than
    `head_min`, or ends a sentence, or with `head = false`: the box heads no column (the
    lines after it are read from the first full row on, as before)."""
    for scores, end, params in (({**_HEADED, (3, 7): 1.0}, "", {}),
                                (_HEADED, _han_lines(2, 14)[1][:13] + "。", {}),
                                (_HEADED, "", {"head": False}),
                                (_HEADED, "", {"head_min": 4.5})):
        order, evidence = _headed(scores, monkeypatch, end, **params)
        assert order[:5] != [0, 1, 2, 3, 7]
        assert not any("head" in r for r in evidence)


def _datelines() -> tuple:
    """CLS004's patterns, as `_params` gives them to the rule."""
    return interleave._params(default_rules())["datelines"]


def test_the_rule_is_given_the_dateline_patterns_of_the_rule_set():
    """`_params` hands LAY101 the patterns of the rule set's datelines (CLS004), which
    match a dateline's first line as pdfminer.six boxes it; DEFAULTS alone none."""
    found = _datelines()
    assert found and {g.rule for g in found} == {"CLS004"}
    for first in ("本报讯（记者焦以璇", "本报北京3月17日电（记", "新华社内罗毕10月19日电"):
        assert any(g.search(first) for g in found)
    assert "datelines" not in interleave.DEFAULTS


def test_a_dateline_broken_over_the_box_lines_is_read_across_them(monkeypatch):
    """The box's lines are read together for the dateline: 新华社内罗毕10月1 / 9日电（记
    者…) matches where its first line alone does not."""
    texts = _han_lines(12, 14)
    box = "\n".join(["新华社内罗毕10月1", "9日电（记者" + texts[0][:8], texts[1]])
    scores = {**_HEADED, (3, 7): 1.0}
    lines = _scored_lines(["乡村振兴新图景", box, *texts[2:12]], None, scores, monkeypatch)
    assert not any(g.search(lines[1].key) for g in _datelines())
    p = dict(interleave.DEFAULTS, datelines=_datelines())
    units = interleave._units(lines)
    page, fits = interleave._measured(lines, units, p)
    assert interleave._heads(lines, units, fits, page, p) == {5: (1, 1.0)}


def test_a_dateline_box_heads_two_columns_on_a_break_between_words(monkeypatch):
    """A box whose lines open with a dateline (本报北京3月17日电（记) whose last line reads on
    into line 7 by less than `head_min` (a break between words: 1), and better than into
    the line printed after it (0), heads the first column (`head_dateline_min`); so it
    does where that line ends on a comma, the dateline's paragraph going on
    (`head_dateline_pause`). Given no dateline patterns, as before, it heads nothing."""
    weak = {**_HEADED, (3, 7): 1.0}
    comma = _han_lines(2, 14)[1][:13] + "，"
    for scores, end in ((weak, ""), (_HEADED, comma), (weak, comma)):
        order, evidence = _headed(scores, monkeypatch, end, datelines=_datelines())
        assert order == [0, 1, 2, 3, 7, 9, 11, 13, 4, 5, 6, 8, 10, 12]
        assert next(r for r in evidence if r["accepted"])["head"]["n_lines"] == 3
        order, evidence = _headed(scores, monkeypatch, end)
        assert order[:5] != [0, 1, 2, 3, 7]
        assert not any("head" in r for r in evidence)


def test_a_dateline_box_reading_on_as_well_below_it_or_ending_heads_nothing(monkeypatch):
    """... but not where its last line reads on as well into the line printed after it
    (its column goes on there, the rows starting after the box: this held for a box set
    to no measure too), nor where it reads on into line 7 by less than
    `head_dateline_min`, nor where it ends a sentence, nor on a comma with
    `head_dateline_pause` false."""
    weak = {**_HEADED, (3, 7): 1.0}
    comma = _han_lines(2, 14)[1][:13] + "，"
    stop = _han_lines(2, 14)[1][:13] + "。"
    for scores, end, params in (({**weak, (3, 4): 1.0}, "", {}),
                                ({**_HEADED, (3, 4): 5.0}, "", {}),
                                ({**_HEADED, (3, 7): -0.5}, "", {}),
                                (_HEADED, stop, {}),
                                (_HEADED, comma, {"head_dateline_pause": False})):
        order, evidence = _headed(scores, monkeypatch, end, datelines=_datelines(),
                                  **params)
        assert order[:5] != [0, 1, 2, 3, 7]
        assert not any("head" in r for r in evidence)


def test_a_box_opening_with_no_dateline_heads_on_head_min_as_before(monkeypatch):
    """A box whose first line is no dateline (a lede's first words) needs `head_min` with
    the patterns given too: reading on into line 7 by 1 it heads nothing, by 4 it heads
    the column."""
    texts = _han_lines(12, 14)
    box = "\n".join([texts[11][:10], texts[0][:13], texts[1]])
    for scores, heads in (({**_HEADED, (3, 7): 1.0}, False), (_HEADED, True)):
        lines = _scored_lines(["乡村振兴新图景", box, *texts[2:12]], None, scores,
                              monkeypatch)
        order, evidence = interleave._read_runs(
            lines, dict(interleave.DEFAULTS, datelines=_datelines()))
        assert (order[:5] == [0, 1, 2, 3, 7]) is heads
        assert any("head" in r for r in evidence) is heads


def test_a_box_whose_column_goes_on_under_it_as_printed_heads_no_column():
    """A box of several lines read on in the next line printed (its column goes on under
    it, one column) is no head: the cut reads the page as printed, whatever the box's pair
    with a line further on scores, where no run reads better across."""
    n = 8
    fits = [False] + [True] * (n - 1)
    score = [[0.0] * n for _ in range(int(interleave.DEFAULTS["max_columns"]) + 1)]
    for u in range(1, n - 1):
        score[1][u] = 2.0
    prefix = interleave.prefix_sums(score, n)
    p = dict(interleave.DEFAULTS)
    heads = {3: (0, 4.0)}  # (the box of two lines: its pair 3 on)
    assert interleave._cut(n, fits, [False] * n, score, prefix, p, heads) == [
        (u, u + 1, 1, None) for u in range(n)]


def test_a_box_heading_a_run_votes_for_it_as_a_pair_of_its_rows_does(monkeypatch):
    """Where only one pair of the columns' rows is confident (6 into 8), the box's pair
    into line 7 (confident, and better than the box read on into the line after it) is the
    second vote the run needs (`min_votes` 2): it is read across, the box heading it."""
    scores = {(4, 5): 1.0, (5, 6): 1.0, (6, 8): 4.0, (8, 10): 1.0, (10, 12): 1.0,
              (7, 9): 1.0, (9, 11): 1.0, (11, 13): 1.4, (3, 7): 4.0}
    order, evidence = _headed(scores, monkeypatch)
    assert order == [0, 1, 2, 3, 7, 9, 11, 13, 4, 5, 6, 8, 10, 12]
    assert next(r for r in evidence if "head" in r)["votes"] == 2


def test_a_box_reading_on_better_into_the_line_after_it_gives_its_run_no_vote(monkeypatch):
    """... but where the box reads on into the line printed after it (4) better than into
    line 7, its pair is no vote: the run has one, short of `min_votes`, and the page is
    read as printed."""
    scores = {(4, 5): 1.0, (5, 6): 1.0, (6, 8): 4.0, (8, 10): 1.0, (10, 12): 1.0,
              (7, 9): 1.0, (9, 11): 1.0, (11, 13): 1.4, (3, 7): 4.0, (3, 4): 4.5}
    order, evidence = _headed(scores, monkeypatch)
    assert order == list(range(14))
    run = next(r for r in evidence if "head" in r)
    assert (run["votes"], run["accepted"]) == (1, False)


def test_a_box_heads_no_run_read_across_a_line_set_to_no_measure():
    """A box heading two columns (`_heads`) starts their run only right after the box: a
    line further down set to no measure (unit 5: a title, a caption) still ends every run
    above it, as it does a run with no head, however well the columns' rows score."""
    n = 12
    fits = [False] + [True] * (n - 1)
    fits[5] = False
    score = [[0.0] * n for _ in range(int(interleave.DEFAULTS["max_columns"]) + 1)]
    for u in range(1, n - 2):
        score[2][u] = 5.0
    prefix = interleave.prefix_sums(score, n)
    segments = interleave._cut(n, fits, [False] * n, score, prefix, dict(interleave.DEFAULTS),
                               {3: (0, 10.0)})
    assert any(k > 1 for _, _, k, _ in segments)
    assert all(all(fits[u] for u in range(s, e)) for s, e, k, _ in segments if k > 1)


def test_heads_are_boxes_of_two_to_head_max_lines_lines_over_lines_set_to_the_measure(
        monkeypatch):
    """`_heads` of the page `_headed` reads: the box of three lines (unit 1, not set to the
    measure) heads the column whose first line is unit 5, the score its pair's. None where
    the box holds more lines than `head_max_lines`, where a unit of the lines beside it or
    the next row is set to no measure (a title, a caption: no column's), or where the box
    itself is set to the measure with `head_fits` false (then a column's line, read as
    the others; with it, `_cut` judges where it stands)."""
    texts = _han_lines(12, 14)
    box = "\n".join(["本报北京3月17日电（记", texts[0][:13], texts[1]])
    lines = _scored_lines(["乡村振兴新图景", box, *texts[2:12]], None, _HEADED, monkeypatch)
    p = dict(interleave.DEFAULTS)
    units = interleave._units(lines)
    page, fits = interleave._measured(lines, units, p)
    assert [len(u) for u in units[:3]] == [1, 3, 1] and fits[:3] == [False, False, True]
    assert interleave._heads(lines, units, fits, page, p) == {5: (1, 4.0)}
    assert interleave._heads(lines, units, fits, page, dict(p, head_max_lines=2)) == {}
    for u in (3, 6):  # (a line beside the box; the second column's line on the first row)
        assert interleave._heads(lines, units, [v != u and f for v, f in enumerate(fits)],
                                 page, p) == {}
    set_box = [v == 1 or f for v, f in enumerate(fits)]
    assert interleave._heads(lines, units, set_box, page, dict(p, head_fits=False)) == {}
    assert interleave._heads(lines, units, set_box, page, p) == {5: (1, 4.0)}


def test_the_accuracy_breakdown_judges_a_headed_run_as_the_rule_does(monkeypatch):
    """benchmarks/interleave_accuracy.py's breakdown accepts the runs `_read_runs` accepts:
    a run whose second vote is the box heading it (the pair into line 7, further on than
    the scores' strides) is read across there too, so the true order of the page misses
    no pair; where the box reads on better into the line after it, neither reads it
    across. (It scored the box's pair 0, and judged such runs not accepted.)"""
    bench = benchmark_script("interleave_accuracy")
    for extra, read_across in (({}, True), ({(3, 4): 4.5}, False)):
        scores = {(4, 5): 1.0, (5, 6): 1.0, (6, 8): 4.0, (8, 10): 1.0, (10, 12): 1.0,
                  (7, 9): 1.0, (9, 11): 1.0, (11, 13): 1.4, (3, 7): 4.0, **extra}
        texts = _han_lines(12, 14)
        box = "\n".join(["本报北京3月17日电（记", texts[0][:13], texts[1]])
        source = "\n\n".join(["乡村振兴新图景", box, *texts[2:12]])
        lines = _scored_lines(["乡村振兴新图景", box, *texts[2:12]], None, scores,
                              monkeypatch)
        order, evidence = interleave._read_runs(lines, dict(interleave.DEFAULTS))
        assert next(r for r in evidence if "head" in r)["accepted"] is read_across
        true = "\n".join(lines[i].key for i in
                         [0, 1, 2, 3, 7, 9, 11, 13, 4, 5, 6, 8, 10, 12])
        counts, _ = bench.breakdown(source, true, dict(interleave.DEFAULTS), None)
        assert (counts["all", "decoder"] == counts["all", "pairs"]) is read_across


def _box_then_rows(box_into_next: float) -> tuple[int, list[bool], list[list[float]]]:
    """A title (unit 0), a box of several lines set to the measure (unit 1: a dateline's
    lines as wide as the column's) reading on into the line printed after it by
    `box_into_next`, and two columns' rows from unit 2 on, their lines two on scoring 3."""
    n = 12
    fits = [False] + [True] * (n - 1)
    score = [[0.0] * n for _ in range(int(interleave.DEFAULTS["max_columns"]) + 1)]
    score[1][1] = box_into_next
    for u in range(2, n - 2):
        score[2][u] = 3.0
    return n, fits, score


def test_the_columns_rows_may_start_right_after_a_box_of_several_lines():
    """pdfminer.six groups a column's first lines standing apart (a dateline's) into one
    box and prints the column's next line after it: the rows start right after the box,
    for `box_start_cost` (not `mid_start_cost`), so the box reads on into the line printed
    after it (score 2) and the rows from unit 2 are read in two columns. With the box's
    start cost as a start inside a stretch read as printed (6), or where no unit is a box
    of several lines, the run takes the box in as its first row, as before."""
    n, fits, score = _box_then_rows(2.0)
    prefix = interleave.prefix_sums(score, n)
    boxed = [False, True] + [False] * (n - 2)
    p = dict(interleave.DEFAULTS)
    assert p["box_start_cost"] == 0.0
    assert interleave._cut(n, fits, [False] * n, score, prefix, p, {}, boxed) == [
        (0, 1, 1, None), (1, 2, 1, None), (2, 12, 2, None)]
    before = [(0, 1, 1, None), (1, 11, 2, None), (11, 12, 1, (0,))]
    assert interleave._cut(n, fits, [False] * n, score, prefix,
                           dict(p, box_start_cost=6.0), {}, boxed) == before
    assert interleave._cut(n, fits, [False] * n, score, prefix, p, {}, None) == before


def test_a_box_that_reads_on_in_its_column_two_on_is_its_first_row():
    """... but a box that reads on into the line two on (its column's next line, a row
    down) rather than into the line printed after it is the first row of the run, read
    across with its columns as before."""
    n, fits, score = _box_then_rows(0.0)
    score[2][1] = 3.0
    prefix = interleave.prefix_sums(score, n)
    boxed = [False, True] + [False] * (n - 2)
    assert interleave._cut(n, fits, [False] * n, score, prefix, dict(interleave.DEFAULTS),
                           {}, boxed)[1] == (1, 11, 2, None)


def _headed_set(scores: dict[tuple[int, int], float], monkeypatch, first: str | None = None,
                **params) -> tuple[list[int], list[dict]]:
    """`_headed`'s page with the box set to the measure: its three lines as wide as the
    column's (the dateline's first line run on to the measure). `first` replaces the
    title (line 0)."""
    texts = _han_lines(15, 14)
    box = "\n".join(["本报北京3月17日电（记者饶", texts[0], texts[1]])
    lines = _scored_lines([first or "乡村振兴新图景", box, *texts[2:12]], None, scores,
                          monkeypatch)
    return interleave._read_runs(lines, dict(interleave.DEFAULTS, **params))


def test_a_box_set_to_the_measure_after_a_title_heads_two_columns(monkeypatch):
    """A dateline's box whose lines are all as wide as the column's (`head_fits`), right
    after a title, heads the first column as a box set to no measure does: its last line
    goes on at line 7, and the three lines printed after it head the second column."""
    order, evidence = _headed_set(_HEADED, monkeypatch)
    assert order == [0, 1, 2, 3, 7, 9, 11, 13, 4, 5, 6, 8, 10, 12]
    run = next(r for r in evidence if r["accepted"])
    assert run["k"] == 2 and run["head"] == {"n_lines": 3, "score": 4.0}


def test_a_box_set_to_the_measure_heads_nothing_off_or_inside_a_column(monkeypatch):
    """With `head_fits = false` it heads no column; nor where the line before it is set to
    the measure too (a column's lines, the box read down among them: no title's dateline)."""
    for first, params in ((None, {"head_fits": False}), (_han_lines(16, 14)[15], {})):
        order, evidence = _headed_set(_HEADED, monkeypatch, first, **params)
        assert order[:5] != [0, 1, 2, 3, 7]
        assert not any("head" in r for r in evidence)



def test_a_box_of_several_lines_stays_one_box_in_the_reordered_text(tmp_path):
    """LAY101 joins the lines it reorders with a blank line, the page's own spacing; two
    lines of one box, printed one under the other with no blank line between, stay so
    (a title's lines: CLS015 and BLK008 read a box as one), but for a subtitle's line
    (——…), which a head's box may hold."""
    from cleaner.layout import Reorder, band_edits

    lines = ["第一栏的一行文字", "多所高校开设人工智能", "通识课", "——记者实地探访", "第二栏的一行文字"]
    source = lines[0] + "\n\n" + "\n".join(lines[1:4]) + "\n\n" + lines[4] + "\n\n\f"
    at = [source.index(t) for t in lines]
    spans = [(a, a + len(t)) for a, t in zip(at, lines)]
    order = [spans[1], spans[2], spans[3], spans[0], spans[4]]
    # (LAY101 says on its order whether a box's lines stay one: `keep_box_lines`, below.)
    edits = band_edits(source, Reorder(order, "LAY101", joiner="\n\n", keep_box_lines=True),
                       default_rules())
    after = "".join(e.after for e in edits)
    assert "多所高校开设人工智能\n通识课\n\n——记者实地探访" in after
    edits = band_edits(source, Reorder(order, "LAY101", joiner="\n\n", keep_box_lines=False),
                       default_rules())
    assert "多所高校开设人工智能\n\n通识课" in "".join(e.after for e in edits)
    # The rule's parameter is what LAY101's order carries (on by default).
    page = pdfminer_text(row_by_row(typeset(paragraphs("pdf-renmin-01"), 14), 3))
    assert interleave.order(page, default_rules()).keep_box_lines is True
    off = rules_with(tmp_path, "LAY101", keep_box_lines=False)
    assert interleave.order(page, off).keep_box_lines is False
