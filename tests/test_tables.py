"""BLK015: a markdown pipe table is one body block of type "table", kept line for line.

Hand-made pages: markdown as a layout tool writes it, a table among paragraphs; and lines
that open with a pipe but are no table (no delimiter row, one of another width), which
must be read as before.
"""
from __future__ import annotations

import pytest

from cleaner import RuleSet, clean
from cleaner.assemble import walk
from cleaner.tables import cells, is_delimiter

from .conftest import check_manifest
from .helpers import assert_sound

RULES = RuleSet.load()
WITHOUT = RuleSet.load(disable=["BLK015"])

TABLE = "| 城市 | 气温 |\n| --- | --- |\n| 北京 | 12℃ |\n| 上海 | 18℃ |"
PAGE = f"# 各地天气\n\n本报讯 今天全国大部地区天气晴好。\n\n{TABLE}\n\n表格后的文字。\n"


def _tables(page):
    return [b for a in page.articles for b in a.body if b.type == "table"]


def test_a_table_is_one_body_block_in_its_place():
    page = clean(PAGE, rules=RULES)
    assert_sound(page)
    [art] = page.articles
    assert [(b.type, b.text) for b in art.body] == [
        ("paragraph", "本报讯 今天全国大部地区天气晴好。"), ("table", TABLE),
        ("paragraph", "表格后的文字。")]
    assert page.text == PAGE
    assert art.render() + "\n" == PAGE
    # No heading, no join: the table's only edit is the one that says it was found.
    [found] = [e for e in walk(page.edits)]
    assert (found.rule, found.before, found.after) == ("BLK015", "", "")
    assert found.start == PAGE.index("| 城市")
    assert found.evidence == {"rows": 3, "columns": 2, "header": "| 城市 | 气温 |"}


def test_the_reviewers_page_without_a_headline():
    """The page as the defect was found: a table first, then a paragraph after a blank
    line. Without BLK015 its rows became a headline and were joined (JOIN003, JOIN001)."""
    source = f"{TABLE}\n\n表格后的文字。\n"
    page = clean(source, rules=RULES)
    assert_sound(page)
    assert [(b.type, b.text) for a in page.articles for b in a.body] == [
        ("table", TABLE), ("paragraph", "表格后的文字。")]
    assert page.text == source
    assert {e.rule for e in walk(page.edits)} == {"BLK015"}
    before = clean(source, rules=WITHOUT)
    assert {"JOIN001", "JOIN003"} <= {e.rule for e in walk(before.edits)}


def test_rows_keep_their_line_ends_and_the_alignment_row():
    table = "| 项目 | 数量 | 备注 |\n|:---|:---:|---:|\n| 小麦 | 3 | 夏收 |"
    source = f"# 标题\n\n本报讯 春耕进展顺利。\n\n{table}\n"
    page = clean(source, rules=RULES)
    assert _tables(page)[0].text == table
    assert [e.evidence for e in page.edits if e.rule == "BLK015"] == [
        {"rows": 2, "columns": 3, "header": "| 项目 | 数量 | 备注 |"}]


def test_spaces_round_a_row_are_trimmed_and_logged():
    """A row indented (up to three spaces, as GFM allows) or with spaces after it: the
    spaces go, as round any line, the line end stays, and BLK015 logs it."""
    source = "# 标题\n\n本报讯 今天天气晴。\n\n | 城市 | 气温 |  \n | --- | --- |\n | 北京 | 12℃ |\n"
    page = clean(source, rules=RULES)
    assert_sound(page)
    assert _tables(page)[0].text == "| 城市 | 气温 |\n| --- | --- |\n| 北京 | 12℃ |"
    seams = [e for e in page.edits if e.rule == "BLK015" and e.before]
    assert [(e.before, e.after) for e in seams] == [("  \n ", "\n"), ("\n ", "\n")]


def test_cells_get_the_character_rules_every_line_gets():
    """A half-width comma beside Chinese text is set full-width in a cell as in a
    paragraph (PUN001); the pipes, hyphens and colons of the rows stay."""
    source = "# 标题\n\n本报讯 北京,晴。\n\n| 城市 | 天气 |\n| :--- | ---: |\n| 北京 | 晴,有风 |\n"
    page = clean(source, rules=RULES)
    [para, table] = page.articles[0].body
    assert para.text == "本报讯 北京，晴。"
    assert table.text == "| 城市 | 天气 |\n| :--- | ---: |\n| 北京 | 晴，有风 |"
    assert [e.rule for e in walk(page.edits) if e.before == ","] == ["PUN001", "PUN001"]


def test_a_table_ends_at_a_line_without_a_pipe():
    source = f"# 标题\n\n本报讯 今天天气晴。\n\n{TABLE}\n以上数据来自气象台。\n"
    page = clean(source, rules=RULES)
    assert _tables(page)[0].text == TABLE
    assert page.articles[0].body[-1].text == "以上数据来自气象台。"


@pytest.mark.parametrize("table", [
    "城市 | 气温\n--- | ---\n北京 | 12℃\n上海 | 18℃",
    "城市 | 气温 | 天气\n:--- | :---: | ---:\n北京 | 12℃ | 晴",
    "城市|气温\n---|---\n北京|12℃",
    # the header's ends left bare, the delimiter's and a row's set (GFM reads either)
    "城市 | 气温\n| --- | --- |\n| 北京 | 12℃ |\n上海 | 18℃",
])
def test_a_table_without_the_pipes_at_its_rows_ends_is_a_table(table):
    """Must: a GFM table whose rows leave out the pipes at their ends (城市 | 气温 over
    --- | ---) is one table block, line for line, as one with them is; its rows were read
    as prose, the header a headline, the delimiter row and the rows joined. Leaves alone:
    the line after it that holds no pipe, a paragraph of its own."""
    source = f"# 标题\n\n本报讯 今天天气晴。\n\n{table}\n以上数据来自气象台。\n"
    page = clean(source, rules=RULES)
    assert_sound(page)
    assert [(b.type, b.text) for a in page.articles for b in a.body] == [
        ("paragraph", "本报讯 今天天气晴。"), ("table", table), ("paragraph", "以上数据来自气象台。")]
    [found] = [e for e in walk(page.edits) if e.rule == "BLK015"]
    assert found.evidence["rows"] == table.count("\n")
    assert [b.type for a in clean(source, rules=WITHOUT).articles for b in a.body] != [
        "paragraph", "table", "paragraph"]


def test_two_tables_a_paragraph_apart():
    second = "| 河流 | 水位 |\n| --- | --- |\n| 长江 | 正常 |"
    source = f"# 标题\n\n本报讯 今天天气晴。\n\n{TABLE}\n\n水位如下。\n\n{second}\n"
    page = clean(source, rules=RULES)
    assert [b.text for b in _tables(page)] == [TABLE, second]
    assert page.text == source


@pytest.mark.parametrize("lines", [
    # lines that open with a pipe, with no delimiter row under the first
    "| 这不是表格 |\n| 只是竖线开头 |",
    "| 城市 | 气温 |\n| 北京 | 12℃ |\n| 上海 | 18℃ |",
    # a delimiter row of another number of cells than the row over it
    "| 城市 | 气温 |\n| --- |\n| 北京 | 12℃ |",
    # a delimiter row with a cell that is not hyphens
    "| 城市 | 气温 |\n| --- | 数值 |\n| 北京 | 12℃ |",
    # a blank line between the row and the delimiter row
    "| 城市 | 气温 |\n\n| --- | --- |\n| 北京 | 12℃ |",
    # four spaces: GFM's code block, no table
    "    | 城市 | 气温 |\n    | --- | --- |\n    | 北京 | 12℃ |",
    # lines without the pipes at their ends: a delimiter row with no pipe (a heading's
    # underline), one of another number of cells, none under a line holding a pipe
    "城市 | 气温\n---\n北京 | 12℃",
    "城市 | 气温\n--- | --- | ---\n北京 | 12℃",
    "这一行里有一个竖线 | 而已\n下一行没有。",
    # a pipe escaped is no cell boundary
    "城市 \\| 气温\n--- \\| ---\n北京 \\| 12℃",
])
def test_lines_that_are_no_table_are_read_as_before(lines):
    source = f"# 标题\n\n本报讯 今天天气晴。\n\n{lines}\n\n表格后的文字。\n"
    page = clean(source, rules=RULES)
    assert not _tables(page)
    assert "BLK015" not in {e.rule for e in walk(page.edits)}
    before = clean(source, rules=WITHOUT)
    assert page.text == before.text
    assert [(e.rule, e.start, e.after) for e in page.edits] == [
        (e.rule, e.start, e.after) for e in before.edits]


def test_the_manifest_holds_the_table_and_its_edit():
    page = clean(PAGE, rules=RULES, name="table.md")
    manifest = page.to_dict()
    check_manifest(manifest, "table.md")
    body = manifest["articles"][0]["body"]
    assert body[1]["type"] == "table" and body[1]["text"] == TABLE
    [edit] = [e for e in manifest["edits"] if e["rule"] == "BLK015"]
    assert edit["evidence"]["rows"] == 3 and edit["name"] == "layout.pipe_table"


def test_cleaning_the_cleaned_table_again_changes_nothing():
    """The text stays; the only edit is BLK015's, which changes nothing."""
    page = clean(PAGE, rules=RULES)
    again = clean(page.text, rules=RULES)
    assert again.text == page.text
    assert [(e.rule, e.before, e.after) for e in again.edits] == [("BLK015", "", "")]


def test_cells_and_delimiter_rows():
    assert cells("| a | b |") == [" a ", " b "]
    assert cells("a | b") == ["a ", " b"]
    assert cells("| a \\| b | c |") == [" a \\| b ", " c "]
    assert is_delimiter("|---|:-:|--:|") and is_delimiter(":-- | --")
    assert not is_delimiter("| --- | x |") and not is_delimiter("| |")


def test_no_pattern_rule_takes_a_table(tmp_path):
    """A table's text is no furniture, caption or byline, whatever a pattern rule (here a
    user's own, for lines that hold 股市) would find in it: it stays in the body."""
    extra = tmp_path / "market.toml"
    extra.write_text('[[rule]]\nid = "USR001"\nname = "user.market"\nstage = "classify"\n'
                     'role = "furniture"\nreason = "a market line"\npatterns = ["股市"]\n',
                     encoding="utf-8")
    table = "| 股市 | 涨跌 |\n| --- | --- |\n| 上证 | 1% |"
    page = clean(f"# 标题\n\n本报讯 今天收盘。\n\n{table}\n", rules=RuleSet.load([extra]))
    assert [b.text for b in _tables(page)] == [table]
    assert page.furniture == []


def test_a_page_mostly_table_is_still_markdown():
    """BLK004 weighs lines in blocks of several lines as hard-wrapped printed lines; a
    table's rows are no such lines, so a markdown page whose lines are mostly a table's
    is still read as markdown, one paragraph a line."""
    rows = "\n".join(f"| 城市{n} | {n}℃ |" for n in range(6))
    source = f"# 标题\n\n本报讯 今天天气晴。\n\n| 城市 | 气温 |\n| --- | --- |\n{rows}\n\n表格后的文字。\n"
    page = clean(source, rules=RULES)
    assert page.input["style"] == "markdown"
    assert page.text == source


def test_a_table_on_a_hard_wrapped_page_stays_whole():
    """On PDF text, hard-wrapped to the column's measure, a table's rows are no printed
    lines: none is read as a paragraph's end or start against the measure (BLK005)."""
    para = "\n".join(["这是一段报纸上的正文文字排成固定宽度"] * 4) + "\n最后一行结束。"
    source = f"标题在这里\n\n{para}\n\n{TABLE}\n\n{para}\n"
    page = clean(source, rules=RULES)
    assert_sound(page)
    assert page.input["style"] == "wrapped"
    assert [b.text for b in _tables(page)] == [TABLE]


def test_a_table_under_a_headline_is_its_text():
    """DBT011 flags a headline with no text under it; a table is text."""
    page = clean(f"# 各地气温\n\n{TABLE}\n", rules=RULES)
    assert [b.type for b in page.articles[0].body] == ["table"]
    assert "DBT011" not in {f["code"] for f in page.flags}
