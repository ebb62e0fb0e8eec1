"""Each decision of the wrapped-text rules logs its evidence: a reviewer reading the
manifest sees the rule that decided and what it saw."""
from __future__ import annotations

from cleaner import clean

from .helpers import assert_sound
from .test_rules import CASES, OCR_BANNER_STAFF_TITLE


def _case(case_id: str):
    page = clean(next(c.page for c in CASES if c.id == case_id))
    assert_sound(page)
    return page


def _all(edits):
    for e in edits:
        yield e
        yield from _all(e.children)


def test_a_wrapped_name_logs_the_name_it_joined():
    """A byline wrapped inside a name, 本报记者  李 / 强, logs 李强, the name it joined (CLS014
    once logged 强强, the text read after the join): BLK005 joins it, the surname alone at
    the line's end and its rest alone under it. CLS014, which joins a name cut after its
    title (本报记者 赵 通讯员 / 孙 杰), logs that name."""
    page = _case("byline-name-wrapped")
    join = next(e for e in _all(page.edits) if "name_wrapped" in (e.evidence or {}))
    assert join.evidence["name_wrapped"] == {"rule": "BLK005", "cue": "lone_surname",
                                             "name": "李强"}
    page = _case("byline-cut-after-a-title")
    byline = next(e for e in _all(page.edits) if e.evidence.get("joined_by") == "CLS014")
    assert byline.evidence["name_wrapped"] == "孙 杰"


def test_a_first_line_alone_logs_why_it_goes_on():
    """BLK012 decides that the line alone (立冬将至，贵州省湄潭县) goes on: the join says so,
    with the widths it judged."""
    page = _case("ocr-first-line-alone")
    join = next(e for e in page.edits if e.rule == "JOIN001")
    assert join.evidence["goes_on"] == "BLK012"
    assert join.evidence["width"] < join.evidence["measure"]


def test_a_first_line_alone_over_a_caption_says_the_caption_s_width_was_not_weighed():
    """BLK012 lets OCR's line alone go on past a photo's caption read as the next block
    (…充分挖握运 / 图为… / …摄 / 输潜力…) without weighing the caption's width: the join
    says so, with that width; a line alone over text names no caption."""
    join = next(e for e in _case("ocr-line-alone-over-a-caption-goes-on").edits
                if e.evidence.get("goes_on") == "BLK012")
    assert join.evidence["caption_under"]["rule"] == "BLK012"
    assert join.evidence["caption_under"]["width"] < join.evidence["measure"]
    join = next(e for e in _case("ocr-first-line-alone").edits if e.rule == "JOIN001")
    assert "caption_under" not in join.evidence


def test_the_first_title_under_a_banner_shaped_line_names_it():
    """CLS001 takes the first title over text for the first article's headline also under
    one banner-shaped line (OCR read the staff line beside the banner between them): the
    headline's evidence names that line; with only furniture above, it names none."""
    def said(page: str) -> str:
        return next(e.evidence["followed_by"] for e in _all(clean(page).edits)
                    if str(e.evidence.get("followed_by", "")).startswith("title first"))
    assert said(OCR_BANNER_STAFF_TITLE.format(banner="扎实推动乡村全面振兴\n\n")) == (
        "title first on the page, over its text, under one banner-shaped line (扎实推动乡村全面振兴)")
    assert said(OCR_BANNER_STAFF_TITLE.format(banner="")) == "title first on the page, over its text"


def test_a_title_merged_without_an_anchor_logs_the_word_across():
    """CLS017 merges 开发区加快探索集 / 成电路国产化路径: the headline's evidence names the
    rule, the pair across the break and how often the page's paragraphs print it."""
    page = _case("unanchored-title-wrapped-mid-word")
    head = next(e for e in page.edits if e.rule == "CLS005" and "title" in e.evidence)
    title = head.evidence["title"]
    assert title["rule"] == "CLS017" and title["word_across"] == ["集成"]
    assert title["uses"][0] >= 1



def test_a_kicker_split_off_its_headline_logs_why():
    """CLS015 splits 清洁能源基地建设再提速 off the wider headline under it: the kicker's
    own edit (it is lifted) names the rule and the two widths."""
    page = _case("full-kicker-read-into-a-wider-headline")
    kicker = next(e for e in page.edits if e.rule == "CLS006")
    assert kicker.evidence["split_by"] == "CLS015"
    assert kicker.evidence["widths"][0] < kicker.evidence["widths"][1]


def test_a_title_line_split_off_the_text_keeps_its_evidence():
    """A title line read on from the paragraph its column cut keeps, on its headline's
    edit, the rule that split it off and the text above."""
    page = _case("title-read-on-from-a-cut-paragraph")
    heads = [e for e in page.edits if e.evidence.get("split_by") == "CLS015"]
    assert heads and all("text_above" in e.evidence for e in heads)


def test_a_heading_s_closing_sequence_is_dropped_by_an_edit_of_its_own():
    """A markdown heading's closing '#'s (`# 标题 #`) are dropped by a BLK002 edit that
    names them, after the heading's text, wherever the heading goes: kept (a headline, a
    section heading) or lifted (a kicker), the lift's edit holding none of them."""
    for case_id, closings in (("closing-sequence-of-a-headline", ["#"]),
                              ("closing-sequence-of-a-section-heading", ["##"]),
                              ("closing-sequence-of-a-kicker", ["##", "#"])):
        page = _case(case_id)
        dropped = [e for e in _all(page.edits) if "closing_sequence" in (e.evidence or {})]
        assert [e.evidence["closing_sequence"] for e in dropped] == closings
        assert all(e.rule == "BLK002" and e.before.strip() == e.evidence["closing_sequence"]
                   and e.after == "" and page.source[e.start - 1] != " " for e in dropped)
        assert not any(e.start < d.end and d.start < e.end for e in _all(page.edits)
                       for d in dropped if e is not d), case_id


def test_a_closing_sequence_inside_a_block_goes_before_the_join():
    """Must: where a later stage set a heading's line over another in one block, the
    closing '#'s of the line above are dropped by BLK002 and the join starts after them.
    Leaves alone: a line with none, joined from its text's end."""
    from cleaner import default_rules
    from cleaner.assemble import _Ctx, _inner
    from cleaner.model import Block

    source = "## 一座新桥，连起 ##\n两岸的百年情谊\n"
    block = Block(index=0, start=0, end=21, content_start=3, level=2,
                  lines=((0, 10), (14, 21)), line_texts=["一座新桥，连起", "两岸的百年情谊"])
    edits = _inner(_Ctx(source, default_rules(), "markdown"), block, meta=False)
    assert [(e.rule, e.before, e.after) for e in edits] == [("BLK002", " ##", ""),
                                                             ("JOIN003", "\n", "")]
    plain = Block(index=0, start=0, end=16, content_start=0, level=0,
                  lines=((0, 7), (8, 15)), line_texts=["一座新桥，连起", "两岸的百年情谊"])
    edits = _inner(_Ctx("一座新桥，连起\n两岸的百年情谊\n", default_rules(), "markdown"), plain,
                   meta=False)
    assert [(e.rule, e.start, e.end) for e in edits] == [("JOIN003", 7, 8)]


def test_a_line_of_invisible_characters_is_named_by_the_edit_that_takes_it_out():
    """A DEL, or a NUL and a zero-width space, alone on a line read as a blank line and go
    with the blank space round it: that edit names their code points (`invisible`) and
    NRM002's reason, and the page keeps every other character. A blank line of white
    space only is named by nothing."""
    top = "# 标题\n\n本报讯 今天天气晴。\n\n"
    page = clean(top + "\x7f\n\n明天有雨。\n")
    assert_sound(page)
    (named,) = [e for e in _all(page.edits) if "invisible" in e.evidence]
    assert named.evidence["invisible"] == ["U+007F"] and "\x7f" in named.before
    assert "NUL" in named.evidence["invisible_reason"]
    page = clean(top + "\x00\u200b\n\n明天有雨。\n")
    assert [e.evidence["invisible"] for e in _all(page.edits) if "invisible" in e.evidence] \
        == [["U+0000", "U+200B"]]
    page = clean(top + " \u3000\n\n明天有雨。\n")
    assert not [e for e in _all(page.edits) if "invisible" in e.evidence]
