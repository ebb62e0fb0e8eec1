"""Page doubt (cleaner/doubt.py): when a heading reads like the middle of a sentence,
and the page flag helper. The flags on whole pages are cases in test_rules.py."""
from __future__ import annotations

from cleaner import clean, default_rules
from cleaner.doubt import mid_sentence
from cleaner.manifest import to_dict
from cleaner.model import Article, BodyBlock, Page


def article(source: str, *blocks: tuple[str, str]) -> Article:
    """An article whose body blocks are found in `source`, in order."""
    body, at = [], 0
    for kind, text in blocks:
        start = source.index(text, at)
        at = start + len(text)
        body.append(BodyBlock(kind, text, [(start, at)]))
    return Article(headline="标题", body=body)


def reasons(source: str, heading: str, following: str) -> tuple[str, ...]:
    art = article(source, ("heading", heading), ("paragraph", following))
    return mid_sentence(source, art, 0, default_rules())


FULL = "会宁县人民医院牵头组建的医共体把乡镇卫生院"  # a printed line, cut by the column
NEXT = "和村卫生室纳入一体化管理。"


def test_a_full_line_run_on_into_the_next_reads_mid_sentence():
    assert reasons(f"{FULL}\n{NEXT}\n", FULL, NEXT) == ("runs_on",)


def test_a_line_the_next_continues_with_a_closing_mark_runs_on():
    assert reasons("专家说\n，小病不出乡。\n", "专家说", "，小病不出乡。") == ("runs_on",)


def test_long_and_open_ended_headings():
    long = "会宁县人民医院牵头组建的医共体把二十八家乡镇卫生院纳入管理"
    assert "long" in reasons(f"{long}\n\n{NEXT}\n", long, NEXT)
    assert reasons(f"专家沉下去，\n\n{NEXT}\n", "专家沉下去，", NEXT) == ("open_end",)


def test_real_headings_do_not_read_mid_sentence():
    short = "专家沉下去"  # shorter than the line after it
    assert reasons(f"{short}\n{FULL}\n", short, FULL) == ()
    assert reasons(f"小病不出乡？\n{FULL}\n", "小病不出乡？", FULL) == ()  # ends a sentence
    assert reasons(f"{FULL}\n\n{NEXT}\n", FULL, NEXT) == ()  # a blank line after it
    assert reasons(f"{FULL}\n\u3000\u3000{NEXT}\n", FULL, NEXT) == ()  # next one indented


def test_page_flag_helper_and_manifest():
    page = clean("# 标题\n\n本报讯 今天天气晴。\n", name="p.txt")
    assert page.flags == []
    entry = page.flag("BLK099", "no measure found", lines=12)
    assert entry == {"code": "BLK099", "message": "no measure found", "lines": 12}
    manifest = to_dict(page, default_rules())
    assert manifest["page"]["flags"] == [entry]
    assert manifest["stats"]["page_flags"] == 1
    assert isinstance(Page(source="", text="", articles=[], edits=[]).flags, list)
