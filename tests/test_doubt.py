"""Page doubt (cleaner/doubt.py): when a heading reads like the middle of a sentence,
and the page flag helper. The flags on whole pages are cases in test_rules.py."""
from __future__ import annotations

import pytest

from cleaner import clean, default_rules
from cleaner.doubt import assess, bare_headlines, cut, headings, mid_sentence, misread
from cleaner.manifest import to_dict
from cleaner.model import Article, BodyBlock, Page
from cleaner.registry import RuleSet


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


# --- a section head's cues clear long and runs_on (section_head) ---------------------------

WIDE = "从发展到高质量发展的深化从安全到高水平安全的拓展"  # a column's full line (24)


def paragraph(first: str = "习近平总书记指出我们必须坚持统筹发展和安全") -> str:
    """A paragraph as printed: its first line narrower (its indent lost), then full lines."""
    return f"{first}\n{WIDE}\n{WIDE}\n一脉相承又与时俱进。"


def page_of(*blocks: tuple[str, str], gap: str = "\n") -> Page:
    """A page of one article whose body blocks are printed in order, `gap` apart."""
    source = gap.join(text for _, text in blocks) + "\n"
    return Page(source=source, text="", articles=[article(source, *blocks)], edits=[])


def verdicts(page: Page, reordered: bool = False) -> list[tuple[tuple[str, ...], dict | None]]:
    return [(h.reasons, h.cleared) for h in headings(page, default_rules(), reordered)]


THEORY_1 = "更好统筹高质量发展和高水平安全具有深刻的理论逻辑历史逻辑实践逻辑"  # 32, no end mark
THEORY_2 = "完整准确全面贯彻新发展理念，以高质量发展促进高水平安全"  # 27


def test_parallel_statement_heads_between_sentences_are_not_in_doubt():
    # 人民日报 2025-10-20 第9版: a theory page's heads, each longer than max_chars, each
    # between a paragraph that ends a sentence and one that starts one.
    page = page_of(("paragraph", paragraph()), ("heading", THEORY_1), ("paragraph", paragraph()),
                   ("heading", THEORY_2), ("paragraph", paragraph()), gap="\n\n")
    assert verdicts(page) == [((), {"long": "parallel"})] * 2
    assess(page, default_rules())
    assert page.flags == []


def test_one_long_head_or_one_after_a_clause_stays_in_doubt():
    alone = page_of(("paragraph", paragraph()), ("heading", THEORY_1), ("paragraph", paragraph()),
                    gap="\n\n")
    assert verdicts(alone) == [(("long",), None)]
    # ... and so does one far longer than its fellows (一、坚持党的领导 … 五、坚持党的领导…).
    among = page_of(("paragraph", paragraph()), ("heading", "一、坚持党的领导"),
                    ("paragraph", paragraph()), ("heading", "二、坚持党的领导"),
                    ("paragraph", paragraph()), ("heading", THEORY_1),
                    ("paragraph", paragraph()), gap="\n\n")
    assert verdicts(among)[2] == (("long",), None)
    # (…国防等安全基础进一步夯 / 实；: the block before ends in a clause mark, not a sentence)
    clause = paragraph().replace("。", "；")
    cut = page_of(("paragraph", paragraph()), ("heading", THEORY_1), ("paragraph", clause),
                  ("heading", THEORY_2), ("paragraph", paragraph()), gap="\n\n")
    assert [r for r, _ in verdicts(cut)] == [("long",), ("long",)]
    three = page_of(("paragraph", paragraph()), ("heading", THEORY_1), ("paragraph", clause),
                    ("heading", THEORY_2), ("paragraph", paragraph()), ("heading", THEORY_1),
                    ("paragraph", paragraph()), gap="\n\n")
    assert [r for r, _ in verdicts(three)] == [(), ("long",), ()]
    # A heading that opens with a dash is a subtitle; one with a column's gap inside is
    # glued text (a gap between two Han characters is a head's: 勇往直前  推动…).
    for odd in ("——" + THEORY_1, "完整准确全面贯彻新发展理念，   以高质量发展促进高水平安全"):
        page = page_of(("paragraph", paragraph()), ("heading", odd), ("paragraph", paragraph()),
                       ("heading", THEORY_2), ("paragraph", paragraph()), gap="\n\n")
        assert [r for r, _ in verdicts(page)] == [("long",), ("long",)]
    spaced = THEORY_2.replace("，", "\u3000\u3000")
    page = page_of(("paragraph", paragraph()), ("heading", spaced), ("paragraph", paragraph()),
                   ("heading", THEORY_2), ("paragraph", paragraph()), gap="\n\n")
    assert [r for r, _ in verdicts(page)] == [(), ()]
    # An open end is never cleared.
    page = page_of(("paragraph", paragraph()), ("heading", THEORY_1), ("paragraph", paragraph()),
                   ("heading", THEORY_2 + "，"), ("paragraph", paragraph()), gap="\n\n")
    assert [r for r, _ in verdicts(page)] == [(), ("long", "open_end")]


def test_a_statement_after_a_lead_in_head_is_not_in_doubt():
    # 第17版: 为何著书—— over 中国不是难解的谜团，而是鲜活的拼图, a head as wide as the column.
    head = "中国不是难解的谜团，而是鲜活的拼图在世界舞台上"  # 23: one under WIDE
    page = page_of(("paragraph", paragraph()), ("heading", "为何著书——"), ("heading", head),
                   ("paragraph", paragraph()))
    assert verdicts(page)[1] == ((), {"runs_on": "after_lead_in"})
    plain = page_of(("paragraph", paragraph()), ("heading", head), ("paragraph", paragraph()))
    assert verdicts(plain) == [(("runs_on",), None)]


def test_a_short_head_over_a_paragraphs_first_line_does_not_run_on():
    head = "延链补链提升附加值"  # 9: as wide as the next line, narrower than the column
    first = "在湄潭经济开发区的"
    page = page_of(("paragraph", paragraph()), ("heading", head), ("paragraph", paragraph(first)))
    assert verdicts(page) == [((), {"runs_on": "short_line"})]
    # The line after it as wide as the column: the head is a paragraph's first line, its
    # indent lost, and its sentence runs on (幸福里小区建于上世纪90年代 / 初，共有18 栋…).
    near = "幸福里小区建于上世纪九十年代初共有十八栋多层"  # 22, over a line of 23
    on = page_of(("paragraph", paragraph()), ("heading", near),
                 ("paragraph", paragraph(WIDE[:23])))
    assert verdicts(on) == [(("runs_on",), None)]
    # Over two printed lines, its first filled the column.
    two = page_of(("paragraph", paragraph()), ("heading", f"{WIDE}\n{head}"),
                  ("paragraph", paragraph(first)))
    assert verdicts(two)[0][1] is None
    # On a page an orderer rebuilt, nothing is cleared.
    assert verdicts(page, reordered=True) == [(("runs_on",), None)]


# DBT009: a headline (or kicker) that reads like OCR's misreading of a large title. Hand-made
# titles, each with the tests it fails; near misses fail none.
MISREAD = [
    ("湿地鸟类增多|", False, ("speck",)),
    ("湿地[鸟类增多", False, ("speck",)),
    ("湿地鸟类增多ff", False, ("letters",)),
    ("k 鸟类增多", False, ("letters",)),
    ("度", False, ("tiny",)),
    ("鸟-", False, ("tiny", "open_end")),
    ("刘  静   孙  悦", False, ("names", "gap")),
    ("李嘉岳", False, ("names",)),
    ("湿地鸟类      增多", False, ("gap",)),
    ("，湿地鸟类增多", False, ("no_start",)),
    ("候鸟回来了，湿", False, ("open_end",)),
    ("候鸟回来了、", False, ("open_end",)),
    # near misses
    ("长江口湿地鸟类增多", False, ()),
    ("推动App适老化改造", False, ()),
    ("5G网络覆盖全县乡镇", False, ()),
    ("APEC蓝天常驻", False, ()),
    ("AI赋能千行百业", False, ()),
    ("十年，巨变", False, ()),
    ("乡愁", False, ()),
    ("中国科技 活力奔涌", False, ()),
    # a kicker is put to the marks' tests alone: a short one is no misreading ...
    ("特写", True, ()),
    ("一线调研，", True, ()),
    # ... a speck or a gutter's gap in it is
    ("一线调研 |", True, ("speck",)),
    ("一线调研        返乡青年", True, ("gap",)),
]


@pytest.mark.parametrize("title,kicker,tests", MISREAD, ids=[t for t, _, _ in MISREAD])
def test_misread_titles(title, kicker, tests):
    assert misread(title, default_rules(), kicker) == tests


# DBT010: a paragraph that ends mid-sentence (hand-made): on a character, a digit, a letter
# or a clause mark; not on a sentence's end, a closing mark or a colon, nor when it is short
# (a head, a byline, a signature left as a paragraph) or a quotation's source.
LONG_OPEN = "今年以来，长江口湿地观测到的越冬候鸟数量明显增多，监测到的鸟类已有"
CUT = [
    ("paragraph", LONG_OPEN + "一百二十多种，其中", True),
    ("paragraph", LONG_OPEN + "120", True),
    ("paragraph", LONG_OPEN + "一百二十多种，", True),
    ("paragraph", LONG_OPEN + "一百二十多种、“", True),
    ("paragraph", LONG_OPEN + "一百二十多种。", False),
    ("paragraph", LONG_OPEN + "一百二十多种？", False),
    ("paragraph", "“" + LONG_OPEN + "一百二十多种”", False),
    ("paragraph", LONG_OPEN + "一百二十多种（见下表）", False),
    ("paragraph", LONG_OPEN + "以下几类：", False),
    ("paragraph", LONG_OPEN + "一百二十多种；", False),
    ("paragraph", "本报记者 刘诗瑶", False),
    ("paragraph", "——编 者", False),
    ("paragraph", "——2014年11月10日，习近平主席在亚太经合组织领导人非正式会议欢迎宴会上强调", False),
    ("heading", LONG_OPEN + "一百二十多种，其中", False),
]


@pytest.mark.parametrize("kind,text,cut_", CUT, ids=[t[-8:] + k[0] for k, t, _ in CUT])
def test_paragraph_cut(kind, text, cut_):
    assert cut([BodyBlock(kind, text, [])], 0, default_rules()) is cut_


def test_a_section_head_left_as_a_paragraph_is_no_cut():
    """DBT010: a block with no sentence's end inside, between a paragraph that ends a
    sentence and one that starts one, is a section head left as a paragraph (a theory
    page's statement heads); a paragraph cut there (a sentence's end inside) is cut still,
    and so is the head-like block under a paragraph that runs on."""
    def body(*texts):
        return [BodyBlock("paragraph", t, []) for t in texts]

    head = "全面提高统筹能力和水平，形成高质量发展和高水平安全互促共进的良好格局"
    ended, starts = "湿地生态修复工程实施以来，滩涂植被逐年恢复。", "专家介绍，候鸟数量明显增多。"
    rules = default_rules()
    assert not cut(body(ended, head, starts), 1, rules)
    assert cut(body(ended, "今年以来，长江口湿地观测到的越冬候鸟明显增多。" + head[:20], starts),
               1, rules)
    assert cut(body(ended[:-1] + "，", head, starts), 1, rules)
    assert cut(body(ended, head), 1, rules)  # (the article's last block)


def test_a_headline_with_no_text_is_in_doubt_but_not_a_photos_title():
    """DBT011: an article with a headline and no paragraph flags the page; one whose only
    text is a caption (a photo's title over it) does not, nor one with a paragraph."""
    def flags(*articles):
        page = Page(source="", text="", articles=list(articles), edits=[])
        bare_headlines(page, default_rules())
        return [f["code"] for f in page.flags]

    text = [BodyBlock("paragraph", "今年以来，全区已有一百二十多部电梯投入使用。", [])]
    assert flags(Article("湿地候鸟越冬数量增多", body=[])) == ["DBT011"]
    assert flags(Article("湿地候鸟越冬数量增多", body=[BodyBlock("heading", "候鸟回来了", [])])
                 ) == ["DBT011"]
    assert flags(Article("金秋时节稻谷飘香", body=[], captions=["图为农民在田间收割水稻。"])) == []
    assert flags(Article("老旧小区加装电梯惠及居民", body=text)) == []
    # (nor one with no title at all, a byline alone: it has no headline to be bare)
    assert flags(Article(None, byline="本报记者 王 明")) == []


def test_a_paragraph_cut_by_an_onward_jump_is_no_doubt():
    """DBT010: an article's last paragraph that stops mid-sentence over a marker saying it
    goes on on another page (…其中 / （下转第二版）) was cut by the paper, which says where:
    no flag; with no marker it is one, and so where a marker on the page says a text
    comes from elsewhere (its text may go on here)."""
    text = ("# 湿地候鸟越冬数量增多\n\n本报讯 今年以来，长江口湿地观测到的越冬候鸟数量明显增多。"
            "记者从市林业局获悉，监测到的鸟类已有一百二十多种，其中\n\n{}")
    assert [f["code"] for f in clean(text.format("（下转第二版）\n")).flags] == []
    assert [f["code"] for f in clean(text.format("")).flags] == ["DBT010"]
    here = "（下转第二版）\n\n# 古镇修缮完工\n\n（上接第一版）\n\n古镇的修缮工程日前完工，游客可以入内参观了。\n"
    assert [f["code"] for f in clean(text.format(here)).flags] == ["DBT010"]


def test_a_cut_paragraphs_example_names_its_articles_file():
    """DBT010 and DBT011: each example names its article's text file beside its index
    (from 0), so a reader of the manifest opens 02.txt for "article": 1, not 01.txt."""
    text = ("# 古镇修缮完工\n\n本报讯 古镇的修缮工程日前完工，游客可以入内参观了。\n\n"
            "# 湿地候鸟越冬数量增多\n\n本报讯 今年以来，长江口湿地观测到的越冬候鸟数量明显增多。"
            "记者从市林业局获悉，监测到的鸟类已有一百二十多种，其中\n")
    (flag,) = clean(text).flags
    assert flag["code"] == "DBT010"
    assert flag["examples"] == [{"article": 1, "file": "02.txt", "block": 0,
                                 "end": flag["examples"][0]["end"]}]
    page = Page(source="", text="", edits=[],
                articles=[Article("湿地候鸟越冬数量增多", body=[], file="01.txt")])
    bare_headlines(page, default_rules())
    assert page.flags[0]["examples"] == [{"article": 0, "file": "01.txt",
                                          "headline": "湿地候鸟越冬数量增多"}]


def test_a_page_in_another_language_is_in_doubt_a_chinese_one_with_english_words_is_not():
    """DBT012: a page whose letters are mostly not Han (English; Japanese, kana beside its
    kanji) is flagged, with the letters counted and the Han share; a Chinese page holding
    English names, units and an address is not, nor a page of too few letters to judge."""
    english = "\n\n".join(["# Flood season arrives early", "The river rose two metres overnight,"
                           " and villagers moved their grain to higher ground."] * 3)
    (flag,) = [f for f in clean(english).flags if f["code"] == "DBT012"]
    assert flag["han_share"] == 0.0 and flag["letters"] > 100
    japanese = ("# 川の水位が上がる\n\n川の水位は一晩で二メートル上がり、村の人たちは米を高い"
                "ところへ運んだ。")
    assert "DBT012" in [f["code"] for f in clean(japanese).flags]
    chinese = ("# 长江口湿地越冬候鸟增多\n\n本报讯 今年以来，长江口湿地观测到的越冬候鸟明显增多，"
               "监测数据已上传至www.example.cn，记者从市林业局获悉，CEO与WWF专家称，"
               "黑脸琵鹭等珍稀鸟类有120多种。\n")
    assert "DBT012" not in [f["code"] for f in clean(chinese).flags]
    assert "DBT012" not in [f["code"] for f in clean("# Hello\n\nA short note.\n").flags]


def test_a_page_with_no_article_is_in_doubt_and_says_what_it_kept():
    """DBT013: a page whose text all went to the page's own furniture (a one-line page read
    as the banner; an edition line and a caption) gave no article: it is flagged, with
    what it kept, where it was handed back empty in silence. A page whose one line is a
    marked headline is an article (DBT011's case), not this one; turned off, no flag."""
    (flag,) = clean("标题\n").flags
    assert flag["code"] == "DBT013" and "no article" in flag["message"]
    assert (flag["banner"], flag["furniture"], flag["captions"]) == ("标题", 0, 0)
    assert "“标题”" in flag["message"]
    page = clean("2025年6月2日 星期一\n\n上图：会场。张三摄\n")
    assert not page.articles and page.captions
    (flag,) = page.flags
    assert "1 caption" in flag["message"] and flag["captions"] == 1
    assert [f["code"] for f in clean("# 标题\n").flags] == ["DBT011"]
    assert clean("标题\n", rules=RuleSet.load(disable=["DBT013"])).flags == []


def test_a_page_with_no_article_counts_the_furniture_entries_it_kept_not_lines():
    """DBT013's message counts the manifest's furniture entries: a date line and an edition
    line read together are one entry, which it called "1 line of furniture" of a page of
    two lines."""
    page = clean("2024年3月1日 星期五\n第3版\n")
    assert len(page.furniture) == 1 and not page.articles
    (flag,) = page.flags
    assert "(1 furniture entry)" in flag["message"] and flag["furniture"] == 1


@pytest.mark.parametrize("source,start,printed", [
    ("## 一、坚持党的领导\n", 3, True),
    ("  ## 一、坚持党的领导\n", 5, True),
    ("前文。\n#\t一、坚持党的领导\n", 6, True),
    # seven '#' open no markdown heading, nor one set against its word: a heading found
    # in such a line is inferred, as in any line of text
    ("####### 一、坚持党的领导\n", 0, False),
    ("#一、坚持党的领导\n", 0, False),
    ("一、坚持党的领导\n", 0, False),
])
def test_a_printed_heading_marker_is_a_markdown_heading_s(source, start, printed):
    """Must: only a markdown heading's marker counts as printed (the heading not inferred);
    any line opening with '#' did, so a heading found in ####### … escaped DBT001/DBT002."""
    from cleaner.doubt import _printed_marker

    assert _printed_marker(source, start) is printed
