"""Hard-wrapped PDF text (BLK004, BLK005, JOIN003): one printed line a line, no blank
lines between paragraphs, footers landing in running text."""
from __future__ import annotations

import pytest

from cleaner import clean
from cleaner.blocks import display_width, unstretch

from .helpers import assert_sound, rules_with

PARAS = [
    "本报北京10月23日电（记者 赵  兵）10月23日，全国秋粮收购工作会议在京召开。会议指出，"
    "今年秋粮收购总体平稳有序，农民售粮顺畅，各地收购进度快于上年同期。",
    "会议要求，各地要切实做好收购资金保障，加强市场监测预警，严厉打击压级压价等违法违规行为，"
    "切实保护种粮农民利益，确保“十四五”时期粮食安全。",
    "据了解，截至10月20日，主产区累计收购秋粮2016万吨，同比增加3.5%，收购价格保持稳定。",
]


def wrap(text: str, width: float) -> list[str]:
    """Cut text into printed lines of `width` Han characters, as a PDF extractor does."""
    lines, line = [], ""
    for ch in text:
        if display_width(line + ch) > width:
            lines.append(line)
            line = ""
        line += ch
    return lines + [line] if line else lines


def page(paras=PARAS, width=18, indent="", footer_at=None):
    lines = ["2022年10月24日 星期一", "秋粮收购平稳有序", "本报记者 赵  兵"]
    for p in paras:
        body = wrap(indent + p, width)
        lines += body
    if footer_at is not None:
        lines.insert(footer_at, "第 3 页")
    return "\n".join(lines) + "\n"


def test_detects_the_style_and_rejoins_paragraphs():
    p = clean(page())
    assert p.input["style"] == "wrapped"
    a = p.articles[0]
    assert a.headline == "秋粮收购平稳有序"
    assert a.byline == "本报记者 赵  兵"
    assert a.dateline == "本报北京10月23日电（记者 赵  兵）"
    assert [b.text for b in a.body] == PARAS
    assert p.furniture == ["2022年10月24日 星期一"]
    assert_sound(p)


def test_numbers_and_quotes_cut_at_a_line_end_rejoin_without_space():
    text = clean(page(width=15)).text
    assert "2016万吨" in text and "“十四五”" in text


def test_footer_inside_a_paragraph_is_lifted_and_the_paragraph_heals():
    p = clean(page(footer_at=6))
    assert p.furniture == ["2022年10月24日 星期一", "第 3 页"]
    assert [b.text for b in p.articles[0].body] == PARAS
    assert_sound(p)


def test_indented_paragraphs():
    p = clean(page(indent="\u3000\u3000", width=22))
    assert [b.text for b in p.articles[0].body] == PARAS


def test_closing_quote_pushed_to_next_line_stays_in_the_paragraph():
    text = "\n".join(["标题在这里", "本报记者 王五",
                      "本报讯 他说：“我们会继续努力，把各项", "工作做好，让群众满意。",
                      "”会议随后结束。", "第二段文字从这里开始，内容较长，一直",
                      "写到这一行结束。"]) + "\n"
    body = [b.text for b in clean(text).articles[0].body]
    assert body == ["本报讯 他说：“我们会继续努力，把各项工作做好，让群众满意。”会议随后结束。",
                    "第二段文字从这里开始，内容较长，一直写到这一行结束。"]


def test_a_short_line_after_a_pushed_mark_goes_on_when_it_leaves_its_clause_open(tmp_path):
    """A line opened by a closing mark pushed down (”，会议随后，) and short of the measure
    ends its paragraph unless it ends in one of JOIN001's `open_clause` marks; a paper's
    override of those marks holds here as in the repair stage."""
    text = "\n".join(["标题在这里", "本报记者 王五",
                      "本报讯 他说：“我们会继续努力，把各项", "工作做好，让群众满意，并且要说",
                      "”，会议随后，", "大家纷纷表示要继续努力，内容较长，一直",
                      "写到这一行结束。", "第二段文字从这里开始，内容较长，一直",
                      "写到这一行结束。"]) + "\n"
    opened = "本报讯 他说：“我们会继续努力，把各项工作做好，让群众满意，并且要说”，会议随后，"
    rest = "大家纷纷表示要继续努力，内容较长，一直写到这一行结束。"
    second = "第二段文字从这里开始，内容较长，一直写到这一行结束。"
    p = clean(text)
    assert [b.text for b in p.articles[0].body] == [opened + rest, second]
    assert_sound(p)
    own = rules_with(tmp_path, "JOIN001", open_clause="、")
    p = clean(text, rules=own)
    assert [b.text for b in p.articles[0].body] == [opened, rest, second]
    assert_sound(p)


def test_latin_words_cut_at_a_line_end_keep_their_space():
    lines = ["标题", "本报讯 这是一段很长的文字，其中提到了英文名称 Peking", "University 和其他机构的名字，",
             "一直写到这一行为止。"]
    p = clean("\n".join(lines) + "\n")
    assert "Peking University" in p.text


def test_markdown_pages_are_not_taken_for_wrapped():
    p = clean("# 标题\n\n本报讯 第一段。\n\n第二段。\n\n第三段。\n")
    assert p.input["style"] == "markdown"


def test_indented_page_trusts_the_indent_over_a_short_line():
    # Kinsoku pushed the opening quote down, leaving a line one character short that
    # ends in ：; the next line is not indented, so the paragraph goes on.
    lines = ["标题在这里", "本报记者 王五",
             "\u3000\u3000本报讯 会上，这位来自基层的代表发言时说：",
             "“我们会继续努力，把各项工作做得更好更实。”",
             "\u3000\u3000第二段文字从这里开始，内容写得比较长，一",
             "直写到这一行才结束。"]
    body = [b.text for b in clean("\n".join(lines) + "\n").articles[0].body]
    assert body == ["本报讯 会上，这位来自基层的代表发言时说：“我们会继续努力，把各项工作做得更好更实。”",
                    "第二段文字从这里开始，内容写得比较长，一直写到这一行才结束。"]


def test_unindented_line_after_a_footer_continues_the_paragraph():
    # The footer cuts the first paragraph right after a full stop at a line's end; the
    # page indents its paragraphs, and the line after the footer is not indented.
    lines = ["标题在这里",
             "\u3000\u3000本报讯（记者 甲乙）全市充电设施",
             "总数达到一千八百多台，同比增长五成。",
             "海滨晚报  2025年8月12日  星期二  A07",
             "一些地方还探索光储充一体化充电站，既",
             "降低了成本，也提高了消纳能力。",
             "\u3000\u3000第二段文字从这里开始，内容写得",
             "比较长，一直写到这一行才结束。"]
    p = clean("\n".join(lines) + "\n")
    assert [b.text for b in p.articles[0].body] == [
        "本报讯（记者 甲乙）全市充电设施总数达到一千八百多台，同比增长五成。"
        "一些地方还探索光储充一体化充电站，既降低了成本，也提高了消纳能力。",
        "第二段文字从这里开始，内容写得比较长，一直写到这一行才结束。"]
    assert p.furniture == ["海滨晚报  2025年8月12日  星期二  A07"]


def test_a_line_that_opens_with_a_reporters_title_stays_in_its_paragraph():
    """A line opening with 记者 is no byline unless names follow (记者翻开… is text)."""
    told = "会议要求各地做好收购，加强预警。记者翻开1956年出版的一张旧报纸看到头版一条消息只有200多字。"
    width = 16
    assert wrap(told, width)[1] == "记者翻开1956年出版的一张旧报纸看"  # a full line, no comma
    p = clean(page(paras=[PARAS[0], told, PARAS[2]], width=width))
    assert [b.text for b in p.articles[0].body] == [PARAS[0], told, PARAS[2]]
    assert p.articles[0].byline == "本报记者 赵  兵"
    assert_sound(p)


def test_a_line_short_by_a_character_pushed_down_with_a_mark_goes_on():
    """Kinsoku: 》， may not open a line, so the character before it goes down with it
    (…工作的意 / 见》，要求…) and the line above falls short: the paragraph goes on."""
    lines = ["会议审议并通过了《关于做好秋粮收", "购工作并切实保障种粮农民的合法权益",
             "和促进农民增收的若干措施的意", "见》，要求各地切实做好收购资金保障",
             "和市场监测预警。"]
    assert [display_width(x) for x in lines[:4]] == [16, 17, 14, 17]
    text = "\n".join(["2022年10月24日 星期一", "秋粮收购平稳有序", "本报记者 赵  兵"]
                     + wrap(PARAS[0], 17) + lines + wrap(PARAS[2], 17)) + "\n"
    p = clean(text)
    assert [b.text for b in p.articles[0].body] == [PARAS[0], "".join(lines), PARAS[2]]
    assert_sound(p)


def test_a_first_line_that_breaks_inside_a_word_is_no_heading():
    """BLK009 takes a first line above a line short by the indent for a heading; not when
    the break falls in a word the page uses (…有利于推 / 动项目…: 推动, CLS017)."""
    told = ["将国家队建设任务委托给地方，有利于推", "动项目发展与地方特色资源深度融合，形成",
            "一省一策、一队一模式的差异化发展路径，推动竞技体育高质量发展。"]
    assert [display_width(x) for x in told[:2]] == [18, 19]
    lines = wrap(PARAS[0], 20) + told + wrap(PARAS[1], 20)
    p = clean("\n".join(["2022年10月24日 星期一", "秋粮收购平稳有序", "本报记者 赵  兵"] + lines) + "\n")
    assert [b.text for b in p.articles[0].body] == [PARAS[0], "".join(told), PARAS[1]]
    assert_sound(p)


def test_a_line_of_closing_marks_asks_nothing():
    from cleaner.heads import asks

    assert asks("年轻人为何爱上“博物馆打卡”？") and asks("好！”")
    assert not asks("”") and not asks("") and not asks("走进产业园区")


def test_a_stretched_line_loses_its_spaces_but_a_spaced_one_keeps_them():
    """unstretch: a line a space a character (pypdfium2's stretched justified line), a number
    with its marks one unit of it, reads without the spaces; a name's gap or a line with
    too few units is no stretched line."""
    assert unstretch("长 42%；“ 三 新 ” 经 济 增") == "长42%；“三新”经济增"
    assert unstretch("种 。 各 地 区") == "种。各地区"
    assert unstretch("美术编辑 段琳超") == "美术编辑 段琳超"
    assert unstretch("长 42%； 经济") == "长 42%； 经济"
    # (A number keeps its thousands' commas: pdftotext -layout, gen-0808.)
    assert unstretch("警 示 标 牌 1,200 余 块 ， 配 备") == "警示标牌1,200余块，配备"


def test_a_line_of_digits_a_space_apart_is_judged_once_through():
    """Must: a line of 60 digits a space apart that is no stretched line at its end (two
    spaces, then a word) is answered, and a stretched one of them read packed: a digit is a
    number and a character both, and trying each digit both ways took twice as long a digit
    (48 s for 26 on a page of three lines; 60 would never end). The time limit only turns
    such a hang into a failure: the answer takes a millisecond."""
    from cleaner.blocks import _STRETCHED

    digits = " ".join("1234567890" * 6)
    assert _STRETCHED.fullmatch(digits + "  合计", timeout=30) is None
    assert _STRETCHED.fullmatch(digits + " 合", timeout=30) is not None
    assert unstretch(digits + " 合") == "1234567890" * 6 + "合"


def dropped_indent(text: str, width: float) -> list[str]:
    """Printed lines of a paragraph indented two characters, the indent dropped (PyMuPDF)."""
    lines = wrap("  " + text, width)
    return [lines[0].lstrip()] + lines[1:]


# A paragraph cut mid-sentence by its column, another article's title set into the column
# under it, that article's text, and the cut paragraph's tail after the sheet break.
SPRING = ["本报北京3月4日电（记者 李  响）各地春耕备耕工作正在有序推进，农资供应总体充足，"
          "价格保持平稳。",
          "农业农村部有关负责人介绍，今年将继续加大对种粮农民的补贴力度，稳定粮食播种面积，"
          "确保全年粮食产量保持在一万三千亿斤以上。"]
HEATING = ["今冬，全国电厂供暖用煤储备超过两亿吨，比上年同期增加一成，能够满足取暖季的需要。",
           "有关部门表示，将加强煤炭产运需衔接，保障民生用能。"]


def title_under_cut_page(cut_line: str | None = None, heating=HEATING,
                        title: str = "供暖用煤储备充足") -> str:
    second = dropped_indent(SPRING[1], 16)
    if cut_line is not None:
        second[2] = cut_line
    lines = (["2024年3月5日 星期二 第4版", "春耕备耕有序推进"] + dropped_indent(SPRING[0], 16)
             + second[:3] + [title]
             + [ln for p in heating for ln in dropped_indent(p, 16)]
             + ["第 2 页"] + second[3:])
    return "\n".join(lines) + "\n"


def _under_cut(page) -> bool:
    return any("title_under_cut" in (e.evidence or {}) for e in page.layout + page.edits)


def test_a_short_line_without_marks_under_a_cut_paragraph_is_a_title():
    """BLK005 `title_under_cut`: a short line of words alone under a paragraph's full line
    that ends no sentence, over a line of text (…确保全年粮食产 / 供暖用煤储备充足 / 今冬，
    全国…): no paragraph ends without a mark, so it is a title the column set where the
    paragraph was cut, and it opens its article (CLS016: its words are the text's under
    it); the paragraph above keeps no words of it."""
    page = title_under_cut_page()
    assert display_width(page.splitlines()[7]) == 16  # (the cut line fills the column)
    p = clean(page)
    assert _under_cut(p)
    assert [a.headline for a in p.articles] == ["春耕备耕有序推进", "供暖用煤储备充足"]
    assert "粮食产供暖" not in p.text
    assert [b.text for b in p.articles[1].body][:2] == HEATING
    assert_sound(p)


def test_a_short_line_under_a_cut_paragraph_stays_its_without_text_round_it(tmp_path):
    """... but not where the lines round it may be a title's: the line over it holds no
    mark (a title's first lines: …让种粮农民 / 买得放心用得安心 / 了), or the line under it
    none (another title under a paragraph the column cut after a character); nor where the
    text under it does not take up its words; nor with the parameter off."""
    no_mark_above = title_under_cut_page(cut_line="稳定粮食播种面积确保全年粮食产量")
    assert not _under_cut(clean(no_mark_above))
    no_mark_below = title_under_cut_page(heating=["今冬全国电厂供暖用煤储备超过两亿吨"
                                                  + HEATING[0][3:]] + HEATING[1:])
    assert not _under_cut(clean(no_mark_below))
    # (nor where the text under it takes up none of its words: a paragraph's last line,
    # cut off from the text that goes on with it, over another paragraph)
    no_echo = title_under_cut_page(heating=["今冬，全市新建成口袋公园超过两百个，比上年同期"
                                            "增加一成，能够满足市民的需要。"])
    assert not _under_cut(clean(no_echo))
    own = rules_with(tmp_path, "BLK005", title_under_cut=False)
    off = clean(title_under_cut_page(), rules=own)
    assert not _under_cut(off) and "粮食产供暖用煤储备充足" in off.text
    assert_sound(off)


def test_a_short_line_under_a_cut_paragraph_over_a_jump_marker_is_no_title_there():
    """... nor over a jump marker, a mark in it (…确保全年粮食产 / 供暖用煤储备充足 /
    （下转第4版，见右栏）): the text goes on on another page; the line under the cut
    paragraph is no title set into the column."""
    page = title_under_cut_page(heating=["（下转第4版，见右栏）"] + HEATING)
    assert not _under_cut(clean(page))


def test_a_short_line_under_a_cut_paragraph_over_a_credit_is_no_title_there():
    """... nor over a photo's credit, a mark in it (…粮食产 / 供暖用煤储备充足 / 新华社记者
    张晓明、李建国摄): a photo, not a title, stands under the cut paragraph."""
    page = title_under_cut_page(heating=["新华社记者张晓明、李建国摄"] + HEATING)
    assert not _under_cut(clean(page))


def test_a_short_line_under_a_cut_paragraph_over_a_dateline_is_left_to_blk010():
    """... nor over a dateline (供暖用煤储备充足 / 本报北京3月4日电 今冬，…): there BLK010
    weighs the title's lines, not this rule."""
    page = title_under_cut_page(heating=["本报北京3月4日电 今冬，全国电厂供暖用煤储备超过"
                                         "两亿吨，比上年同期增加一成。"] + HEATING[1:])
    p = clean(page)
    assert not _under_cut(p)
    assert_sound(p)


def test_a_short_line_under_a_cut_paragraph_over_a_clause_of_one_is_no_title():
    """... nor over a line that opens with a clause of one character (供暖用煤储备充足 /
    充，全国电厂…): no text opens so, the line is a paragraph's."""
    page = title_under_cut_page(heating=["充，全国电厂供暖用煤储备超过两亿吨，比上年同期"
                                         "增加一成，能够满足取暖季的需要。"] + HEATING[1:])
    assert not _under_cut(clean(page))


def test_a_short_line_under_a_cut_paragraph_whose_word_runs_on_is_no_title():
    """... nor where a word runs on across its break into the line under it (供暖用煤储备充
    / 足够全国电厂…: 充足, a word of the list): the line is a paragraph's, cut mid-word."""
    page = title_under_cut_page(title="供暖用煤储备充", heating=[
        "足够全国电厂今冬供暖用煤，储备比上年同期增加一成，能够满足取暖季的需要。"]
        + HEATING[1:])
    assert not _under_cut(clean(page))


def test_a_title_under_a_cut_paragraph_is_not_read_where_columns_were_put_back():
    """... nor where an orderer put back columns read line by line (LAY101, `interleaved`):
    the lines round the short line may still be other columns' (pdfminer.six, committed
    gen-0005: …该书根据其在 / 第十一批国家组织药品集中 / 采购将于近期开标。…)."""
    from cleaner import default_rules
    from cleaner.blocks import cut

    rules = default_rules()
    page = title_under_cut_page()

    def under_cut(interleaved: bool) -> list[str]:
        blocks, _ = cut(page, rules, rules.param("NRM002", "chars"),
                        reordered=interleaved, interleaved=interleaved)
        return [page[b.start:b.end] for b in blocks if "title_under_cut" in b.start_evidence]

    assert under_cut(False) == ["供暖用煤储备充足"]
    assert under_cut(True) == []


NIGHT_MARKET = ["2024年7月8日 星期一 第6版", "夜市烟火气回来了", "本报记者 王  晴",
                "入夜，老城区的青石街渐渐热闹", "起来，卖凉粉、烤串、冰粉的摊位一",
                "字排开。不少市民带着孩子前来逛夜", "市，吃小吃、买玩具，一直逛到深夜",
                "才回家。卖凉粉的摊主老李一边收钱", "一边对隔壁烤串摊的老周高声喊道：",
                "“明年夏天，咱们还挨着摆吗？”", "（上接第1版）",
                "这是该论坛首次在本市举办，来自", "二十多个国家的代表参加了会议，",
                "围绕数字贸易等议题展开讨论。"]


def test_a_quotation_under_a_colon_goes_on_in_its_paragraph(tmp_path):
    """BLK009 `quote_after_colon`: a paragraph's full line that ends in a colon, then a
    quotation on a line short by the indent (…老周高声喊道： / “明年夏天，咱们还挨着摆吗？”):
    the colon announced the speaker's words, so the line is no new paragraph's first line
    (nor, over a jump marker, another article's headline); the join says why."""
    page = "\n".join(NIGHT_MARKET) + "\n"
    p = clean(page)
    assert "高声喊道：“明年夏天，咱们还挨着摆吗？”" in p.articles[0].body[0].text
    assert "“明年夏天，咱们还挨着摆吗？”" not in [a.headline for a in p.articles]
    assert any("quote_after_colon" in (e.evidence or {}) for e in p.edits)
    assert_sound(p)
    own = rules_with(tmp_path, "BLK009", quote_after_colon=False)
    off = clean(page, rules=own)
    assert "高声喊道：“明年" not in off.text
    assert_sound(off)


def test_a_papers_rules_name_the_marks_that_announce_and_open_a_quotation(tmp_path):
    """BLK009's marks are data: a paper whose rules list no opening mark “ (its quotations
    open with 「) keeps the line under the colon a paragraph's first line; one whose rules
    list 「 joins a 「-quotation under the colon as the text's own wrap."""
    page = "\n".join(NIGHT_MARKET) + "\n"
    only_corner = rules_with(tmp_path, "BLK009", quote_openers="「")
    p = clean(page, rules=only_corner)
    assert "高声喊道：“明年" not in p.text
    assert_sound(p)
    corner = page.replace("“明年夏天，咱们还挨着摆吗？”", "「明年夏天，咱们还挨着摆吗？」")
    p = clean(corner, rules=only_corner)
    assert "高声喊道：「明年夏天，咱们还挨着摆吗？」" in p.articles[0].body[0].text
    assert_sound(p)
    p = clean(page, rules=rules_with(tmp_path, "BLK009", announcing_marks=":"))
    assert "高声喊道：“明年" not in p.text


def test_a_quotation_under_a_sub_heads_colon_opens_its_own_paragraph():
    """... but a sub-head that ends in a colon, a line of its own after a finished sentence
    (…才回家。 / 摊主们怎么说： / “明年夏天…”), keeps the quotation under it apart."""
    lines = NIGHT_MARKET[:7] + ["才回家。", "摊主们怎么说：", "“明年夏天，咱们还挨着摆吗？”",
                                "老周笑着点头。他告诉记者，今", "年夏天的生意比往年好了不少，每晚",
                                "能卖出两百多串，周末还要多备一些", "货。"]
    p = clean("\n".join(lines) + "\n")
    assert "怎么说：“明年" not in p.text
    assert not any("quote_after_colon" in (e.evidence or {}) for e in p.edits)
    assert_sound(p)


NIGHT_MARKET_TALK = NIGHT_MARKET[:6] + [
    "市，吃小吃、买玩具，一直逛到深夜才", "回家，街上一直热闹到了凌晨时分。",
    "卖凉粉的老李冲着隔壁老周喊：", "“明年夏天，咱们还挨着摆吗？”",
    "老周笑着点点头。他告诉记者，今", "年夏天的生意比往年好了不少，每晚",
    "能卖出两百多串，周末还要多备一些", "货。"]


@pytest.mark.parametrize("quotation", ["“明年夏天，咱们还挨着摆吗？”", "“明年还挨着摆吗？”"])
def test_a_quotation_that_asks_under_a_first_lines_colon_goes_on_in_its_paragraph(quotation,
                                                                                  tmp_path):
    """BLK009 `quote_after_colon` also where the colon ends a paragraph's first line (as wide
    as one, its indent dropped, under a finished paragraph) and the quotation under it asks
    (…凌晨时分。 / 卖凉粉的老李冲着隔壁老周喊： / “明年夏天，咱们还挨着摆吗？”): the colon line
    is no paragraph's last line (a first-line-wide line under it) nor a sub-head (BLK005), and
    the quotation, however short, no paragraph of one line (BLK009 `one_line`); the join
    says why."""
    lines = [quotation if line.startswith("“明年") else line for line in NIGHT_MARKET_TALK]
    p = clean("\n".join(lines) + "\n")
    body = p.articles[0].body
    assert [b.type for b in body] == ["paragraph"] * 3
    assert body[1].text == "卖凉粉的老李冲着隔壁老周喊：" + quotation
    joined = [e for e in p.edits if "quote_after_colon" in (e.evidence or {})]
    assert [e.evidence["quote_after_colon"]["colon"] for e in joined] == ["老周喊："]
    assert_sound(p)
    own = rules_with(tmp_path, "BLK009", quote_after_colon=False)
    off = clean("\n".join(lines) + "\n", rules=own)
    assert "老周喊：“明年" not in off.text
    assert_sound(off)


def test_a_question_under_a_first_line_ending_a_sentence_stays_a_paragraph_of_its_own():
    """... but under a line that ends a sentence (…老周喊道。), the short quotation that asks
    after it is a paragraph of one line, as BLK009 `one_line` reads it."""
    lines = list(NIGHT_MARKET_TALK)
    lines[lines.index("卖凉粉的老李冲着隔壁老周喊：")] = "卖凉粉的老李冲隔壁老周喊道。"
    p = clean("\n".join(lines) + "\n")
    assert "“明年夏天，咱们还挨着摆吗？”" in [b.text for b in p.articles[0].body]
    assert not any("quote_after_colon" in (e.evidence or {}) for e in p.edits)
    assert_sound(p)


JUMPED = ["2024年7月8日 星期一 第6版", "内贸专区在会展中心启动", "本报记者 王  晴",
          "本届交易会设立内贸专区，吸引", "了来自全国各地的采购商和贸易服务",
          "商参加，现场签约金额超过两亿元。", "据主办方介绍，本届交易会为期",
          "三天，共有一千二百多家企业参展。", "专区分为食品、家电、服装等展",
          "区，现场人头攒动，交易十分活跃。", "（下转第五版）",
          "海滨公园音乐会每周开唱", "本报记者 李  阳", "每逢周六傍晚，海滨公园的草坪",
          "上都会响起悠扬的乐曲，不少市民带", "着家人前来欣赏，一直听到夜里才回", "家。",
          "（上接第六版）", "活动还邀请权威专家解读政策，金", "融、保险等机构也提供专业的服务。",
          "电商平台代表分享建议，帮助企业拓", "展市场。"]


def test_a_jumped_tail_full_but_for_the_character_line_breaking_took_down_goes_on():
    """BLK009 `unindented`: the tail of a jumped paragraph (（上接第六版）) whose first line is
    short of the measure by less than the dropped indent, only because the next line opens
    with a character and a mark no line may open with (解读政策，金 / 融、保险…: line
    breaking took the character down with it), opens no paragraph: MOVE001 joins it to the
    paragraph the jump cut, and says what was pushed down."""
    p = clean("\n".join(JUMPED) + "\n")
    body = [b.text for b in p.articles[0].body]
    assert body[-1].startswith("专区分为") and "交易十分活跃。活动还邀请权威专家" in body[-1]
    starts = [e for e in p.edits if (e.evidence or {}).get("pushed_down")]
    assert starts and {(e.rule, e.evidence["pushed_down"]) for e in starts} == {("MOVE001", "融、")}
    assert_sound(p)


@pytest.mark.parametrize("tail", [
    ["活动邀请专家解读内贸政策，金", "融、保险等机构也提供专业的服务。"],
    ["活动还邀请专家解读政策，共有", "2000多家企业参与，金融、保险等机", "构也提供专业的服务，电商平台代表",
     "分享建议，帮助企业拓展市场。"]])
def test_a_jumped_tail_short_by_the_indent_opens_its_own_paragraph(tail):
    """... but a first line short by the indent itself (…解读内贸政策，金 or …政策，共有, 14
    of 16) is a paragraph's first line, whatever the next line opens with (融、, or a number
    whose digits a justified line may print wider than their count, 2000多家…)."""
    at = JUMPED.index("活动还邀请权威专家解读政策，金")
    lines = JUMPED[:at] + tail + (JUMPED[at + 2:] if len(tail) == 2 else [])
    p = clean("\n".join(lines) + "\n")
    assert any(b.text.startswith(tail[0]) for b in p.articles[0].body)
    assert not any((e.evidence or {}).get("pushed_down") for e in p.edits)
    assert_sound(p)


def test_a_paper_named_in_a_sentence_a_caption_cut_opens_no_article():
    """CLS004: the words 本报讯 that open a line under a photo's caption, a comma after them
    (…他是在报上看到那条 / 图为…。视觉中国供图 / 本报讯，才知道…), are the sentence the photo
    cut, no dateline: no article opens there, and the paragraph heals round the caption."""
    lines = ["2024年7月8日 星期一 第6版", "海滨公园音乐会每周开唱", "本报记者 王  晴",
             "每逢周六傍晚，海滨公园的草坪", "上都会响起悠扬的乐曲，不少市民带",
             "着家人前来欣赏。带着女儿来听音乐", "会的刘先生说，他是在报上看到那条",
             "图为市民在海滨公园观赏落日。", "视觉中国供图",
             "本报讯，才知道这里有免费音乐会。", "现在一家人每周六都会来。"]
    p = clean("\n".join(lines) + "\n")
    assert [a.headline for a in p.articles] == ["海滨公园音乐会每周开唱"]
    assert "看到那条本报讯，才知道" in p.text
    assert_sound(p)


def test_a_quotation_under_a_colon_on_a_full_line_logs_no_announcement():
    """... and where the quotation's line is full (…高声喊道： / “明年夏天，咱们还挨着摆吗”老
    周 / 笑着…), no paragraph would open there: the join is the text's plain wrap, and
    BLK009 claims no decision it did not take."""
    lines = NIGHT_MARKET[:9] + ["“明年夏天，咱们还挨着摆吗”老周", "笑着点头。他告诉记者，今年夏",
                                "天的生意比往年好了不少，每晚能卖", "出两百多串。"]
    p = clean("\n".join(lines) + "\n")
    assert "高声喊道：“明年夏天" in p.articles[0].body[0].text
    assert not any("quote_after_colon" in (e.evidence or {}) for e in p.edits)
    assert_sound(p)


FIELD_REPORT = ("今年是全面推进乡村振兴的关键之年。一年来，从田间地头到农家院落，各地因地制宜发展"
                "特色产业，农民收入稳步增长。")
FIELD_REPORT_2 = "春耕时节，记者走进多个村庄，看到的是一派繁忙景象。村民们说，日子越过越有奔头。"
# A title wider than the text's measure, wrapped inside its column's tag: the upper line
# leaves the bracket open that the lower closes.
TAGGED_TITLE = ["“乡村的好日子还在后头”（记者走基", "层·春耕一线）"]


def test_a_title_under_the_pages_one_line_top_is_joined():
    """CLS017: the page's first block, one line under the masthead and the edition line,
    that ends no sentence and fills the measure (the page's banner or a kicker), is no
    paragraph its column cut: the two lines under it, the upper leaving a bracket open
    that the lower closes, are one title, not a kicker over a headline."""
    lines = (["东方日报", "2025年3月5日  星期三  第4版", "奋力谱写中国式现代化建设新篇"]
             + TAGGED_TITLE + wrap(FIELD_REPORT, 14) + wrap(FIELD_REPORT_2, 14))
    p = clean("\n".join(lines) + "\n")
    assert [a.headline for a in p.articles] == ["".join(TAGGED_TITLE)]
    assert p.articles[0].kicker != TAGGED_TITLE[0]
    assert [b.text for b in p.articles[0].body] == [FIELD_REPORT, FIELD_REPORT_2]
    assert any((e.evidence or {}).get("title", {}).get("under_page_top") == "奋力谱写中国式现代化建设"
               for e in p.edits if e.rule == "CLS005")
    assert_sound(p)


def test_title_lines_under_a_cut_one_line_paragraph_inside_the_page_stay_apart():
    """... but lower on the page a one-line paragraph that ends mid-clause (…要全面排查
    校舍) may go on in the lines under it, set apart by the converter: they are not
    joined into a title there."""
    lede = ("本报北京3月4日电（记者 王  林）3月4日，全国春耕生产工作会议在京召开。会议要求"
            "各地抓好春耕备耕。")
    lines = (["东方日报", "2025年3月5日  星期三  第4版", "春耕生产全面展开", "本报记者  王  林"]
             + wrap(lede, 14) + ["通知要求，各地要全面排查校舍"] + TAGGED_TITLE
             + wrap(FIELD_REPORT, 14) + wrap(FIELD_REPORT_2, 14))
    p = clean("\n".join(lines) + "\n")
    assert [a.headline for a in p.articles] == ["春耕生产全面展开"]
    assert "".join(TAGGED_TITLE) not in [b.text for b in p.articles[0].body]
    assert_sound(p)


def _night_market_with(wide: str, tail: str) -> list[str]:
    """A report at a measure of 16 whose column a photo cuts between two paragraphs; the
    photo's caption is `wide` (wider than the column: set in its own type) over `tail`."""
    return ["2024年7月8日 星期一 第6版", "夜市烟火气回来了", "本报记者 王  晴",
            "入夜，老城区的青石街渐渐热闹", "起来，卖凉粉、烤串、冰粉的摊位一",
            "字排开。不少市民带着孩子前来逛夜", "市，一直逛到深夜才回家。", wide, tail,
            "卖凉粉的摊主老李说，今年夏天的", "生意比往年好了不少，每晚能卖出两",
            "百多碗，周末还要多备一些货。"]


def test_a_caption_with_no_start_word_wrapped_onto_its_credits_line_is_one_caption():
    """CAP002 in hard-wrapped text: a line wider than the column, ending no sentence, over
    a short line that ends the sentence and then a credit (…戏水消暑纳 / 凉。视觉中国供图)
    is a caption set across the photo in its own type, wrapped onto its credit's line: one
    caption, not a heading over a caption of one line."""
    lines = _night_market_with("江滩公园里，孩子们在喷泉旁戏水消暑纳", "凉。视觉中国供图")
    p = clean("\n".join(lines) + "\n")
    a = p.articles[0]
    assert a.captions == ["江滩公园里，孩子们在喷泉旁戏水消暑纳凉。视觉中国供图"]
    assert [b.text[:6] for b in a.body] == ["入夜，老城区", "卖凉粉的摊主"]
    assert any(e.rule == "CAP002" and (e.evidence or {}).get("caption_over_credit") == "中国供图"
               for e in p.edits)
    assert_sound(p)


def test_a_wide_line_over_a_credit_that_ends_no_sentence_is_no_caption_of_two_lines():
    """... but over a line of a credit alone, no sentence ended in it (新华社记者  李  想摄),
    a wide line with no mark is a title, not the caption's first line: left as it was."""
    lines = _night_market_with("江滩公园里孩子们在喷泉旁戏水消暑纳凉", "新华社记者  李  想摄")
    p = clean("\n".join(lines) + "\n")
    assert "江滩公园里孩子们在喷泉旁戏水消暑纳凉" not in p.captions + [
        c for a in p.articles for c in a.captions]
    assert not any("caption_over_credit" in str(e.evidence) for e in p.edits)
    assert_sound(p)


def test_a_wide_line_over_a_caption_of_its_own_is_not_taken_into_it():
    """... nor over a line that opens a caption of its own (图为…。（资料图片）): the wide
    line is no first line of that caption, and the caption is one block, taken once. (The
    two readings both took the caption's line, and the page failed: pdfminer.six's text of
    a dateline set apart over a photo's caption.)"""
    lines = _night_market_with("江滩公园里，孩子们在喷泉旁戏水消暑纳", "图为戏水的孩子。（资料图片）")
    p = clean("\n".join(lines) + "\n")
    assert [a.captions for a in p.articles] == [["图为戏水的孩子。（资料图片）"]]
    assert not any("caption_over_credit" in str(e.evidence) for e in p.edits)
    assert_sound(p)


def _indented(text: str, measure: int = 12, first: bool = True) -> list[str]:
    """A paragraph's printed lines at `measure`, its first short by the 2-em indent the
    extractor dropped (`first`), or as full as the rest where it goes on from elsewhere."""
    out, line, width = [], "", measure - 2 if first else measure
    for ch in text:
        if len(line) + 1 > width:
            out.append(line)
            line, width = "", measure
        line += ch
    return out + [line] if line else out


LAB_QUOTE = "“遇到问题就查文献、做实验，失败了就再来。”"
LAB_TAIL = ("科研团队负责人、大四学生周子航说，有了实验室的设备和指导教师，科研团队做了四百多次"
            "实验，实验记录写满了厚厚几个笔记本。")


def _lab_page(tail_goes_on: bool) -> str:
    """A report whose box ends on a quotation that fills its last line, another report's
    box, then the first report's last paragraph, echoing its headline (MOVE004 takes it
    back), its first line full where it goes on from the quotation (`tail_goes_on`),
    short by the indent where it opens a paragraph."""
    lines = (["2025年5月20日  星期二  第6版", "高校实验室里的科研团队", "本报记者  王  晴"]
             + _indented("今年春天，学院为本科生科研团队开放了全部实验设备，并配备专门的"
                         "指导教师，鼓励学生大胆探索。")
             + _indented(LAB_QUOTE)
             + ["城郊新增公交线路十二条"]
             + _indented("本报讯（记者 李  明）记者日前从市交通部门获悉，全市新增公交线路"
                         "十二条，方便市民出行。")
             + _indented("据介绍，新线路主要服务城郊接合部，首末班时间也作了调整。")
             + _indented(LAB_TAIL, first=not tail_goes_on))
    return "\n".join(lines) + "\n"


def test_a_run_moved_under_a_full_quotation_goes_on_where_its_first_line_is_full():
    """JOIN after a move: a run moved under the paragraph whose last line, full, ends a
    quotation (…失败了就再来。”), its own first line as full as the measure, on a page
    whose paragraphs start short by the dropped indent, goes on in that paragraph: no
    paragraph opens full, so the sentence's end was the column's."""
    p = clean(_lab_page(tail_goes_on=True))
    assert [b.text for b in p.articles[0].body][-1] == LAB_QUOTE + LAB_TAIL
    assert any(e.rule == "MOVE004" and (e.evidence or {}).get("joined", {}).get("unindented")
               for e in p.edits)
    assert_sound(p)


def test_a_run_moved_under_a_full_quotation_opening_short_stays_a_paragraph():
    """... but one whose first line is short by the indent opens a paragraph of its own
    there, moved all the same."""
    p = clean(_lab_page(tail_goes_on=False))
    assert [b.text for b in p.articles[0].body][-2:] == [LAB_QUOTE, LAB_TAIL]
    assert_sound(p)


# PyMuPDF's text of a generated page (gen-19203): a column 11 characters wide, a title
# wider than every column (12) wrapped onto a line that ends in its column's tag.
TITLE_PAST_MEASURE = "\n".join([
    "“为全球读者展现一个立体丰富的中国”（第一现场）", "本报记者  徐  馨",
    "10月15日至19日，第七", "十七届法兰克福书展在德", "国法兰克福会展中心举",
    "行，来自100多个国家和", "地区的4000多家出版商参", "展，吸引了20多万专业人", "士和参观者。创立于1949",
    "年的法兰克福书展，是全", "球规模最大的出版行业展", "会之一。本届书展适逢中", "国与欧盟建交50周年，65",
    "家中国出版单位携5000余", "种、6500余册图书参展，", "外文版图书占比超过", "1/3。书展期间，中外出",
    "版单位合作举办了近60场", "文化交流活动，涵盖新书", "发布、版权签约、学术座", "谈、艺术展览等形式。",
    "创新答卷彰显新型举国体制", "优势（科技视点）", "习近平总书记强调，", "“充分发挥新型举国体制",
    "优势，加快推进高水平科", "技自立自强”。", "“十四五”期间，在", "以习近平同志为核心的党",
    "中央坚强领导下，充分发", "挥新型举国体制优势，全", "社会共同努力，我国科技", "事业取得历史性成就，发",
    "生历史性变革，科技创新", "书写精彩答卷。"]) + "\n"


def test_a_title_past_the_measure_ends_at_its_line_that_ends_in_a_columns_tag():
    """BLK005: a title wider than every column is a line of its own, and the line under it
    ending in a column's tag (CLS016's column_tag) is its end, not the text's first line."""
    p = clean(TITLE_PAST_MEASURE)
    second = p.articles[1]
    assert second.headline == "创新答卷彰显新型举国体制优势（科技视点）"
    assert second.body[0].text.startswith("习近平总书记强调，“充分发挥")
    assert any(e.rule == "BLK005" and e.evidence.get("column_tag") == "（科技视点）"
               for e in p.edits)
    assert_sound(p)


def test_a_first_line_whose_bracket_closes_at_its_end_is_the_texts():
    """... but a line with a clause before its bracket is a paragraph's first line: the
    title stays one line, and no tag is taken."""
    p = clean(TITLE_PAST_MEASURE.replace("优势（科技视点）", "据介绍，该项目（一期）"))
    assert p.articles[1].headline == "创新答卷彰显新型举国体制"
    assert p.articles[1].body[0].text.startswith("据介绍，该项目（一期）习近平")
    assert not any(e.evidence.get("column_tag") for e in p.edits)
    assert_sound(p)



# PyMuPDF's text of a generated page (gen-6507): an article's last paragraph ended, then
# the next title, wrapped onto two lines in a column 11 characters wide, over its byline.
QUESTION_TITLE_IN_TWO_LINES = "\n".join([
    "民生实事看落实", "“理解与信任才是基础”", "本报记者  刘  赫",
    "不久前，德国汽车经", "济学专家、波鸿汽车研究", "院院长费迪南德·杜登赫", "费尔在湖北武汉体验了自",
    "动驾驶出租车服务。“驾", "驶过程平稳顺畅，就像坐", "在飞毯上一样，充满未来", "感。”杜登赫费尔在接受",
    "本报记者专访时说，这一", "体验让他对中国智能汽车", "产业刮目相看。",
    "年轻人为何爱上", "“博物馆打卡”？", "中青报·中青网记者  毛  ", "宁  实习生  吴  桐",
    "端午假期，国家博物", "馆门前排起了长队。队伍", "中，年轻面孔占了多数。"]) + "\n"


def test_a_title_that_asks_wrapped_under_a_finished_paragraph_is_one_headline():
    """CLS015: a block of two lines, the first short of even a paragraph's first line with
    no clause mark, the second asking, over a byline, is one title wrapped (not a paragraph
    cut by its column with the next title read on as its last line)."""
    p = clean(QUESTION_TITLE_IN_TWO_LINES)
    assert [a.headline for a in p.articles] == ["“理解与信任才是基础”", "年轻人为何爱上“博物馆打卡”？"]
    assert p.articles[0].body[-1].text.endswith("产业刮目相看。")
    assert_sound(p)


def test_a_cut_paragraphs_full_line_over_a_title_that_asks_stays_the_paragraphs():
    """... but a line as wide as the column, cut mid-sentence, over the line that asks is
    the paragraph's, and the title is the line that asks alone."""
    p = clean(QUESTION_TITLE_IN_TWO_LINES.replace("产业刮目相看。\n年轻人为何爱上\n",
                                                  "产业刮目相看。他说，这一\n体验让他对中国智能汽车\n"))
    assert p.articles[1].headline == "“博物馆打卡”？"
    assert p.articles[0].body[-1].text.endswith("体验让他对中国智能汽车")
    assert_sound(p)


# A page of pdfminer.six's text boxes: a blank line after every box, a form feed at its end.
_BOXED_ABOVE = ["末，人民币各项贷款余额270.39万亿元，同比", "增长6.6%；社会融资规模存量437.08万亿元，",
                "同比增长8.7%，比上年同期高0.7个百分点；", "前三季度，社会融资规模增量累计为30.09万",
                "亿元，同比多增4.42万亿元。"]
_BOXED_UNDER = ["新华社北京9月9日电（记者 严 赋）记", "任仲平", "（一）", "每逢重大历史关头，中国共产党总是能够",
                "科学把握历史方位与形势变化，制定正确的政"]


def _boxed(head: str) -> str:
    return "\n\n".join(_BOXED_ABOVE + [head] + _BOXED_UNDER) + "\n\n\f"


def test_two_title_boxes_on_a_boxed_page_are_no_one_wrapped_title():
    # (CLS015: pdfminer.six sets a wrapped title's lines in one box; two one-line boxes as
    # wide are two titles, however evenly they fill the measure.)
    page = clean(_boxed("引领未来，中国做对了什么\n\n农村公路提质增效行动启动"))
    heads = [a.headline for a in page.articles]
    assert "引领未来，中国做对了什么农村公路提质增效行动启动" not in heads
    assert "农村公路提质增效行动启动" in heads
    assert_sound(page)


def test_two_title_boxes_read_by_widths_where_the_rule_is_off(tmp_path):
    own = rules_with(tmp_path, "CLS015", box_wraps_by_marks_only=False)
    page = clean(_boxed("引领未来，中国做对了什么\n\n农村公路提质增效行动启动"), rules=own)
    assert "引领未来，中国做对了什么农村公路提质增效行动启动" in [a.headline for a in page.articles]


def test_a_title_box_of_two_lines_on_a_boxed_page_is_one_title():
    page = clean(_boxed("全国首批老年助餐服务\n示范点名单公布"))
    assert "全国首批老年助餐服务示范点名单公布" in [a.headline.replace(" ", "") for a in page.articles
                                       if a.headline]
    assert_sound(page)


# A boxed page (pdfminer.six: a blank line after each text box; every line of this
# text a box of its own) with a title inside an article's text whose text under it goes
# on with the article's words.
_TEXT_ABOVE = ["快递进村，“最后一公里”越走越顺", "本报记者  周  雷",
               "每天上午，金寨县梅山镇的快递共配中心都会", "迎来一天中最忙碌的时刻。来自县城的货车卸",
               "下一筐筐包裹，分拣员按村名把它们装进不同", "的周转箱，再由村级快递员送到村民手中。"]
_TEXT_UNDER = ["快递进村既方便了村民网购，也让农产", "品出山更加顺畅。截至5月底，全国95%以上的建制",
               "村实现快递服务直达，农村地区日均收投快件", "超过1亿件。快递企业负责人说，共配中心让",
               "村级快递员的成本降了下来，村民取件也更方便", "了，分拣员每天送到村里的包裹越来越多。"]


def _in_text(title: str) -> str:
    return "\n\n".join(_TEXT_ABOVE + [title] + _TEXT_UNDER) + "\n\n\f"


def test_a_title_in_a_box_of_two_lines_opens_an_article():
    # (CLS016 title_box_lines: a headline in larger type wraps in its own box; a section
    # heading fits its column on one line.)
    page = clean(_in_text("南京浦口经济开发区：探\n索集成电路国产化路径"))
    assert [a.headline for a in page.articles] == ["快递进村，“最后一公里”越走越顺",
                                                   "南京浦口经济开发区：探索集成电路国产化路径"]
    assert_sound(page)


@pytest.mark.parametrize("title", ["南京浦口经济开发区：探索集成电路国产化路径",
                                   "南京浦口经济开发区：探\n\n索集成电路国产化路径"])
def test_a_title_of_one_line_boxes_stays_a_section_heading(title):
    # (a line of its own, or two boxes of one line: no box of several lines says its type)
    page = clean(_in_text(title))
    assert [a.headline for a in page.articles] == ["快递进村，“最后一公里”越走越顺"]
    assert any(b.type == "heading" for b in page.articles[0].body)
    assert_sound(page)


def test_a_title_box_stays_a_section_heading_where_the_rule_is_off(tmp_path):
    own = rules_with(tmp_path, "CLS016", title_box_lines=0)
    page = clean(_in_text("南京浦口经济开发区：探\n索集成电路国产化路径"), rules=own)
    assert [a.headline for a in page.articles] == ["快递进村，“最后一公里”越走越顺"]


def _over_dateline(line: str) -> str:
    return ("全国秋粮收获近七成\n\n新华社北京10月19日电 农业农村部最新农情调度显示，全国秋粮收获"
            "近七成。分作物看，中稻过七成、玉米过六成。\n\n"
            f"{line}\n\n新华社亚的斯亚贝巴10月19日电 埃塞俄比亚首都郊外的拉布车站，列车缓缓驶出，"
            "沿线居民的生活因这条铁路而改变。\n")


@pytest.mark.parametrize("piece", ["声，亚吉铁路每天的第一趟列车缓缓驶出", "”自7月启动以来，已举办6",
                                   "，等着县人民医院心内科"])
def test_a_piece_opening_on_a_cut_words_tail_or_a_mark_is_no_headline(piece):
    # (CLS005 opens_no_title: 汽笛 / 声，… — the tail of the word the line above cut, read
    # over another article's dateline)
    page = clean(_over_dateline(piece))
    assert piece not in [a.headline for a in page.articles]
    assert_sound(page)


@pytest.mark.parametrize("title", ["亚吉铁路每天的第一趟列车缓缓驶出", "一、亚吉铁路每天的第一趟列车缓缓驶出"])
def test_a_title_over_a_dateline_still_opens_its_article(title):
    assert title in [a.headline for a in clean(_over_dateline(title)).articles]


def test_a_piece_opening_on_a_clause_of_one_is_a_headline_where_the_rule_is_off(tmp_path):
    own = rules_with(tmp_path, "CLS005", opens_no_title=[])
    piece = "声，亚吉铁路每天的第一趟列车缓缓驶出"
    assert piece in [a.headline for a in clean(_over_dateline(piece), rules=own).articles]


_CUT_ABOVE = ["快递进村，“最后一公里”越走越顺", "本报记者  周  雷",
              "每天上午，金寨县梅山镇的快递共配中心都会", "迎来一天中最忙碌的时刻。来自县城的货车卸",
              "下一筐筐包裹，分拣员按村名把它们装进不同"]
_LEDE_UNDER = ["农业农村部最新农情调度显示，全国秋粮", "收获近七成。分作物看，中稻过七成、玉米过六",
               "成、大豆过八成。分区域看，西南过八成，西北", "过七成，黄淮海过七成，东北和长江中下游六成",
               "半，华南近三成。"]


@pytest.mark.parametrize("title, heads", [
    # (CLS017: a title's lines filling one box of their own are no lines of the paragraph
    # cut above them, …装进不同 / 全国秋粮收获近 / 七成: one title wrapped)
    ("全国秋粮收获近\n七成", [(None, "全国秋粮收获近七成")]),
    # (two boxes: the cut paragraph above may go on into them, left as before)
    ("全国秋粮收获近\n\n七成", [("全国秋粮收获近", "七成")]),
    # (a tail of digits in the box, at most short_tail_share as wide as the line over it)
    ("24小时自助借阅点增至\n40个", [(None, "24小时自助借阅点增至40个")]),
])
def test_a_title_box_under_a_cut_paragraph_is_one_title(title, heads):
    page = clean("\n\n".join(_CUT_ABOVE + [title] + _LEDE_UNDER) + "\n\n\f")
    assert [(a.kicker, a.headline) for a in page.articles][1:] == heads
    assert_sound(page)


def test_a_wrapped_subtitle_may_go_on_with_a_clause_of_one():
    # (CLS005 opens_no_title: such a line opens no title, but goes on with the one over it,
    # 河 / 南、…: the word the subtitle's line cut)
    page = clean("县域医共体让群众就近看好病\n——来自甘肃、河\n南、四川基层的调查\n本报记者  邹  翔\n"
                 "村民马有福攥着挂号单，等着县人民医院心内科的医生来坐诊。“以前看心脏病得去县城，来回一整天。”\n")
    assert [(a.headline, a.subtitle) for a in page.articles] == [
        ("县域医共体让群众就近看好病", "——来自甘肃、河南、四川基层的调查")]
    assert_sound(page)
