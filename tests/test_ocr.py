"""OCR output (Tesseract): its conventions, on small pages written as it writes them.

Tesseract sets a blank line between the text blocks it finds, and those are not
paragraphs: a paragraph's first line may stand alone, the rest in the next block. It
reads a printed dash as 一一, a curly quote as a straight one, a middle dot as ' or .
"""
from __future__ import annotations

from cleaner import clean
from cleaner.blocks import display_width, opens_with_dash

from .helpers import assert_sound, rules_with
from .test_wrapped import wrap

WIDTH = 13
FIRST = "立冬将至，贵州省湄潭县的茶园里依然一片忙碌。茶农们忙着修剪茶树、施加有机肥，为明年的春茶做准备。"
SECOND = "兴隆镇茶农刘德明说，他家种了三十多亩茶，去年光卖鲜叶就收入了二十多万元，日子越过越好。"
THIRD = "据统计，今年前三季度，湄潭县茶产业综合产值同比增长，茶叶出口额同比增长，产品远销欧盟。"


def ocr_lines(text: str, width: int = WIDTH) -> list[str]:
    """A paragraph's printed lines as OCR gives them: the indent dropped, so the first
    line two characters short."""
    first = wrap(text, width - 2)[0]
    return [first] + wrap(text[len(first):], width)


def ocr_page(*blocks: list[str]) -> str:
    """Blocks of lines, a blank line between blocks, as Tesseract writes them."""
    return "\n\n".join("\n".join(b) for b in blocks) + "\n"


HEAD = ["小茶叶撬动大产业"], ["本报记者 赵 梅"]


def test_a_first_line_alone_goes_on_in_the_next_block():
    """BLK012: 立冬将至，贵州省湄潭县 / (blank) / 的茶园里…: one paragraph."""
    first = ocr_lines(FIRST)
    assert "，" in first[0]
    p = clean(ocr_page(*HEAD, first[:1], first[1:], ocr_lines(SECOND), ocr_lines(THIRD)))
    assert [b.text for b in p.articles[0].body] == [FIRST, SECOND, THIRD]
    assert_sound(p)


def test_a_heading_alone_at_first_line_width_stays_a_heading():
    """A line as wide as a first line without a clause in it is a heading, not text."""
    heading = "茶旅融合带来新客流"
    assert len(heading) == WIDTH - 4
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), [heading], ocr_lines(SECOND), ocr_lines(THIRD)))
    body = [b.text for b in p.articles[0].body]
    assert heading in body and FIRST in body
    assert_sound(p)


def test_a_line_alone_that_ends_a_sentence_stays_a_paragraph_of_its_own():
    said = "这是好事，他说。"
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), [said], ocr_lines(SECOND), ocr_lines(THIRD)))
    assert said in [b.text for b in p.articles[0].body]
    assert_sound(p)


def test_ocr_dash_opens_a_subtitle():
    assert opens_with_dash("一一一线蹲点见闻") and opens_with_dash("一一编 者")
    assert not opens_with_dash("一一呈现；专题论坛前的开场推介中")
    assert not opens_with_dash("一个西班牙人对中国式现代化的观察")
    # A book's title keeps its own marks (Tesseract, seed 7013); a clause outside it does not.
    assert opens_with_dash("一一读《山河故人 : 南屏县影像志》")
    assert not opens_with_dash("一一读《山河故人》，看南屏县百年变迁")
    p = clean(ocr_page(["老年大学里的新生"], ["一一来自基层一线的调查"], ["本报记者 赵 梅"],
                       ocr_lines(FIRST), ocr_lines(SECOND)))
    a = p.articles[0]
    assert (a.headline, a.subtitle, a.byline) == ("老年大学里的新生", "一一来自基层一线的调查",
                                                  "本报记者 赵 梅")
    assert_sound(p)


def test_a_straight_quote_closes_a_curly_one_before_a_bare_name():
    """让科闪“追"上科创: OCR's " closes the “, so the title is finished and 裴 桐 under it
    is the byline."""
    p = clean(ocr_page(["让科普“追\"上科创（纵横）"], ["裴 桐"], ocr_lines(FIRST), ocr_lines(SECOND)))
    a = p.articles[0]
    assert (a.headline, a.byline) == ("让科普“追\"上科创（纵横）", "裴 桐")
    assert_sound(p)


def test_a_middle_dot_read_as_a_stop_joins_a_papers_names_in_a_byline():
    p = clean(ocr_page(["高校实验室里的科研团队"], ["中青报.中青网记者 王 林 实习生 刘思远"],
                       ocr_lines(FIRST), ocr_lines(SECOND)))
    assert p.articles[0].byline == "中青报.中青网记者 王 林 实习生 刘思远"
    assert_sound(p)


def test_ocr_reads_a_dash_as_one_apart():
    """一 写在活动启动之际: one 一 set apart by a space is a dash too; 一个 … is a word."""
    assert opens_with_dash("一 写在活动启动之际")
    assert not opens_with_dash("一个西班牙人对中国式现代化的观察")
    assert not opens_with_dash("一 个 西 班 牙 人")  # OCR's spaced characters (NRM003)


def test_an_edition_line_with_gaps_read_as_quotes_is_furniture():
    """OCR reads a wide gap as ” (2025年7月22日”星期二 第2版”城事); the line is still
    the page's edition line, not a kicker over the first headline."""
    edition = "2025年7月22日”星期二 第2版”城事"
    p = clean(ocr_page(["南岭日报"], [edition], *HEAD, ocr_lines(FIRST), ocr_lines(SECOND)))
    assert edition in p.furniture
    assert p.articles[0].kicker is None
    assert_sound(p)


def test_a_speck_alone_after_finished_text_is_set_aside():
    """BLK011: 中压 (a photo's texture read as text) neither heads an article nor cuts
    one; it is kept as page furniture."""
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), ["中压"], ocr_lines(SECOND), ocr_lines(THIRD)))
    assert len(p.articles) == 1
    assert [b.text for b in p.articles[0].body] == [FIRST, SECOND, THIRD]
    assert "中压" in p.furniture
    assert_sound(p)


def test_a_short_line_that_ends_a_title_or_a_paragraph_is_no_speck():
    """高校实验室里的科研 / 队: a title's last character; …二十多万 / 元 (no mark after a line
    cut mid-sentence): a paragraph's. Neither is set aside."""
    p = clean(ocr_page(["高校实验室里的科研"], ["队"], ["本报记者 赵 梅"], ocr_lines(FIRST),
                       ocr_lines(SECOND)))
    assert p.articles[0].headline.replace(" ", "") == "高校实验室里的科研队"
    assert "队" not in p.furniture
    assert_sound(p)


def test_a_block_that_ends_inside_brackets_goes_on():
    """本报北京6月19日电（记 / (blank) / 者王轶）商务部…: no paragraph ends inside brackets,
    however short its last line (a dateline set in bold holds fewer characters)."""
    lines = ["本报北京6月19日电（记", "者王轶）商务部19日发布数据", "显示，今年前5个月，全国家",
             "电以旧换新带动销售1260亿", "元，同比增长。"]
    told = "".join(lines)
    p = clean(ocr_page(*HEAD, lines[:1], lines[1:], ocr_lines(SECOND), ocr_lines(THIRD)))
    a = p.articles[0]
    assert [b.text for b in a.body] == [told, SECOND, THIRD]
    assert a.dateline == "本报北京6月19日电（记者王轶）"
    assert_sound(p)


GOES_ON = "报告说，农业投资收益可观。国际社会应加强合作，帮助发展中国家提升农业生产能力，各方要共同推动落实可持续发展议程"
SUSTAIN = "参会嘉宾认为，自由区是经济增长和可持续发展的强大引擎，海南自贸港潜力巨大。"


def test_a_short_last_line_that_completes_a_word_stays_with_its_paragraph():
    """CLS015: …推动落实可持 / 续发展议程 (OCR lost its 。) above the next box's title and
    byline: the break falls inside 持续, a word the page's text prints, so the line ends
    the paragraph; it is no kicker of the title below."""
    lines = ocr_lines(GOES_ON)
    assert lines[-2].endswith("可持") and lines[-1] == "续发展议程"
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), lines, ["为全球自由区发展提供助力"],
                       ["本报记者 董泽扬"], ocr_lines(SUSTAIN)))
    assert [a.headline for a in p.articles] == ["小茶叶撬动大产业", "为全球自由区发展提供助力"]
    assert p.articles[0].body[-1].text == GOES_ON and p.articles[1].kicker is None
    assert_sound(p)


def test_a_title_line_read_on_after_a_cut_paragraph_is_still_split_off():
    """The near miss: no word across the break (…落实可持 / 聚焦…: 持聚 is printed
    nowhere else), so the short line under the cut paragraph is the next box's kicker."""
    lines = ocr_lines(GOES_ON)[:-1] + ["聚焦高质量发展"]
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), lines, ["为全球自由区发展提供助力"],
                       ["本报记者 董泽扬"], ocr_lines(SUSTAIN)))
    assert p.articles[-1].kicker == "聚焦高质量发展"
    assert p.articles[-1].headline == "为全球自由区发展提供助力"
    assert_sound(p)


def test_a_closing_quote_read_as_an_opening_one_still_ends_the_sentence():
    """OCR reads a closing quote as an opening one, a space before it (…还挨着摆? “): the
    paragraph ended there, so the title line under it is no line of that paragraph."""
    from cleaner.classify import ends_sentence

    assert ends_sentence("明年夏天，咱俩还挨着摆? “", "。？?")
    assert not ends_sentence("他说：“", "。？?")
    said = ocr_lines("旁边的摊主打趣老胡：“明年夏天，咱俩还挨着摆?")
    said[-1] += " “"
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), said, ["蒙内铁路累计发送旅客超1300万人次"],
                       ["本报记者 董泽扬"], ocr_lines(SUSTAIN)))
    assert [a.headline for a in p.articles] == ["小茶叶撬动大产业", "蒙内铁路累计发送旅客超1300万人次"]
    assert_sound(p)


def test_a_half_width_mark_ocr_read_counts_full_width():
    """OCR writes a printed ： as : (…玛丽:瓦恩吉说:): the line is as wide as the column,
    so the quotation on the next line goes on in the same paragraph, not a new one."""
    from cleaner.blocks import display_width

    assert display_width("客玛丽:瓦恩吉说:") == display_width("客玛丽：瓦恩吉说：") == 9
    assert display_width("2,300") == 2.5  # between digits a comma is half width
    text = ["目前，铁路运营公司的肯尼", "亚籍员工占比超过八成。乘客", "玛丽:瓦恩吉笑对记者说:",
            "“坐火车又快又舒服，票价也", "合适，我每个月都要坐好几次。"]
    p = clean(ocr_page(*HEAD, text, ocr_lines(SECOND)))
    assert len(p.articles[0].body) == 2
    assert p.articles[0].body[0].text.startswith("目前") and "说：“坐火车" in p.articles[0].body[0].text
    assert_sound(p)


def test_a_block_that_opens_with_a_comma_goes_on_with_the_paragraph():
    """JOIN001: no paragraph opens with a clause mark. …2,300多万户 (its last line looks
    short: digits print narrow) / a photo's caption / ，同比增长3.5%。… is one paragraph."""
    above = ["本报北京11月4日电 (记者", "王琳) 市场监管总局4日发布数", "据显示，今年前10个月，全国新",
             "设经营主体2,300多万户"]
    below = ["，同比增长3.5%。其中，新设企业", "约730万户，新设个体工商户约", "1,570万户。"]
    p = clean(ocr_page(["前10个月全国新设经营主体同比增长"], above,
                       ["图为1月13日，快递员分拣包裹。", "市文旅局供图"], below, ocr_lines(SECOND)))
    body = [b.text for b in p.articles[0].body]
    assert any(b.endswith("设经营主体2,300多万户，同比增长3.5%。其中，新设企业约730万户，新设个体工商户约1,570万户。")
               for b in body), body
    assert p.articles[0].captions == ["图为1月13日，快递员分拣包裹。市文旅局供图"]
    assert_sound(p)


# The head of Tesseract's text of a generated page (seed 608): a title in four lines, its
# bracket opened in the first and closed in the last, over a byline whose first name lost
# its gap (李  非  黄  婧 printed).
PAGE_608 = "\n".join([
    ')江日报',
    '',
    '16 科技，2025年12月28日”星期日',
    '',
    '更好统筹高质量发展和高水平安全 (深入学习贯彻习近',
    '',
    '平新时代中国特色社会主义',
    '',
    '思想学习《习近平经济文',
    '',
    '选》第一卷专家谈)',
    '李非 黄 寻',
    '',
    '当今时代，发展利益和安全利',
    '益复杂交织。如何处理好发展和安',
    '全的关系，是世界各国面临的共同',
    '难题。党的十八大以来，习近平总',
    '书记高度重视发展和安全，反复强',
    '调要统筹高质量发展和高水平安',
    '全，许多重要论壕都收入《习近平',
    '经济文选》第一卷。比如，《关于',
    '构建新发展格局》指出“这次中',
    '央全会对统筹发展和安全作出战略',
    '部署，对在复杂环境下更好推进我',
    '国经济社会发展具有重大指导意',
    '义”; 《中国式现代化要靠科技现',
    '代化作支撑》指出， “坚持创新引',
    '领发展，树牢抓创新就是抓发展、',
    '',
    '阔并里种出"中',
    '',
    '谋创新就是谋未来的理念，以科技',
    '创新引领高质量发展、保障高水平',
    '安全”; 等等。8月29日召开的中',
    '共中央政治局会议强调: “牢牢守',
    '住发展不能以牺牲安全为代价这条',
    '底线”“更好统筹高质量发展和高',
    '水平安全”。在以中国式现代化全',
    '面推进强国建设、民族复兴伟业的',
    '新征程上，我们要深入学习贯彻习',
]) + "\n"


def test_a_title_whose_bracket_closes_lines_below_is_one_headline():
    """CLS015: 更好统筹…（深入学习贯彻习近 / 平新时代…社会主义 / 思想…经济文 / 选》…专家谈）:
    the run leaves its bracket open until the last line, so no line of it is a kicker;
    and 李非 黄 寻 under it is the byline (CLS014)."""
    p = clean(PAGE_608)
    a = p.articles[0]
    assert a.kicker is None
    assert "".join(a.headline.split()) == ("更好统筹高质量发展和高水平安全(深入学习贯彻习近平新时代中国特色社会主义"
                                           "思想学习《习近平经济文选》第一卷专家谈)")
    assert a.byline == "李非 黄 寻"
    assert_sound(p)


def test_a_pair_in_a_line_of_spaced_names_is_a_name(tmp_path):
    """CLS014: a two-character token is a word (安全), unless the line's other names are
    spaced a character a token and the pair opens with a surname (李非 黄 寻), or
    (`pairs_gap_lost`) the line is pairs alone, each opening with a surname and none a
    word of the word list (李非 黄寻: both gaps lost; 安全 时代 are words)."""
    from cleaner.heads import bare_byline
    from cleaner.registry import default_rules

    r = default_rules()
    assert bare_byline("李非 黄 寻", r) and bare_byline("李非 黄寻", r)
    assert not bare_byline("安全 时代", r) and not bare_byline("李非", r)
    off = rules_with(tmp_path, "CLS014", pairs_gap_lost=False)
    assert bare_byline("李非 黄 寻", off) and not bare_byline("李非 黄寻", off)


def test_one_ocr_page_holds_the_line_facts_its_layout_rules_share():
    """LAY201 and LAY202 read one OcrPage: its lines, blank lines and lines alone, where
    each line starts; on a page with a blank line after every line (pdfminer.six) neither
    sees OCR's blocks, and each gives the same edits from the page's text as from it."""
    from cleaner import default_rules
    from cleaner.ocr import OcrPage, glue_specks
    from cleaner.titleparts import rejoin

    rules = default_rules()
    text = ocr_page(["前三季度我国服务贸易稳中有"], ["人"], ocr_lines(FIRST), ocr_lines(SECOND))
    page = OcrPage(text, rules)
    assert page.in_blocks
    assert page.lines[2] == "人" and page.alone(2) and page.blank(1) and not page.alone(4)
    assert [text[s:s + len(t)] for s, t in zip(page.starts, page.lines)] == page.lines
    assert page.blank(-1) and page.blank(len(page.lines))
    (speck,) = glue_specks(page, rules)
    assert speck.after == "人" and glue_specks(text, rules) == [speck]
    assert rejoin(page, rules) == rejoin(text, rules)
    every_line = "\n\n".join(text.split("\n")) + "\n"
    assert not OcrPage(every_line, rules).in_blocks
    assert glue_specks(every_line, rules) == [] and rejoin(every_line, rules) == []


# Tesseract's text of a generated page (seed 14001, gen-14003), shortened: a title wrapped
# after a quotation it opens, over its subtitle; the text is a column 11 characters wide,
# as wide as the title's first line.
def _rail_page(upper: str, lower: str) -> str:
    return ocr_page(
        ["同建设，将面向澜湄流域", "国家开设新能源汽车维", "修、轨道交通运营、跨境", "电商等专业培训课程，计",
         "划每年培训学员1000人次", "以上。"],
        [upper], [lower], ["一一来自基层一线的调查"],
        ["上午7时40分，伴随", "着长鸣的汽笛声，亚吉铁", "路每天的第一趟列车缓缓", "驶出埃塞俄比亚首都亚的",
         "斯亚贝巴郊外的拉布站。"],
        ["“亚吉铁路是一条梦想之", "路。”当地员工塔德瑟感", "慨地说，“它带给我们", "的是希望和未来。”"])


def test_a_title_line_opening_a_quotation_wraps_onto_the_line_closing_it():
    """CLS015 on a page set in OCR's blocks: “这条铁路带给我们的是希 / 望和未来”: the
    upper line opens with the quotation's mark and holds no other, the lower holds only
    the closing one and is narrower: one headline, no kicker."""
    p = clean(_rail_page("“这条铁路带给我们的是希", "望和未来”"))
    heads = [(a.kicker, a.headline) for a in p.articles if a.headline]
    assert heads == [(None, "“这条铁路带给我们的是希望和未来”")]
    assert_sound(p)


def test_a_quotation_mark_ocr_may_have_flipped_keeps_the_kicker():
    """CLS015 on a page set in OCR's blocks: a kicker holding two opening marks (a closing
    one read as an opening one, “一带一路“倡议十周年) says nothing of a quotation left
    open; and a line wider than the one over it is a headline under its kicker (“这条铁路
    / 带给我们的是希望和未来”), as OCR's marks may be anyone's."""
    p = clean(_rail_page("“一带一路“倡议十周年", "班列”开行破万"))
    assert [(a.kicker, a.headline) for a in p.articles if a.headline] == [
        ("“一带一路“倡议十周年", "班列”开行破万")]
    p = clean(_rail_page("“这条铁路", "带给我们的是希望和未来”"))
    assert [(a.kicker, a.headline) for a in p.articles if a.headline] == [
        ("“这条铁路", "带给我们的是希望和未来”")]


def test_a_kicker_opening_a_quotation_over_a_wider_headline_stays_in_ocr_blocks():
    """CLS017 on a page set in OCR's blocks: a title line that leaves a quotation open
    (“这条铁路) over a line wider than the column that closes it is a kicker over its
    headline, as join_open_quotations has it there (_quotation_wraps_in_ocr: the lower line
    is wider than the upper), not one title wrapped; the line wider than the column is no
    paragraph's (not `filled`), so join_wrapped_titles asks of it too."""
    low = "带给我们的是希望和美好未来”"
    assert display_width(low) > 11 + 1.5  # (the rail page's column is 11 characters wide)
    p = clean(_rail_page("“这条铁路", low))
    assert [(a.kicker, a.headline) for a in p.articles if a.headline][0] == ("“这条铁路", low)
    assert_sound(p)


# Tesseract's text of a generated page (seed 14001, gen-14001), shortened: a paragraph OCR
# ended mid-sentence (古籍 / 绘: it goes on in a block read elsewhere), then a title in
# three lines, no byline or dateline under it, whose first break falls inside a word the
# text prints (开发 / 区: 开发区).
def _chips_page(upper: str, lower: list[str]) -> str:
    return ocr_page(
        ["首批古籍活化精品项目名单公布"],
        ["本报北京5月13日电 (记者 王 珏) 国家", "图书馆日前公布首批古籍活化精品项目", "名单，共有30个项目入选。"],
        ["入选项目中，既有面向专业", "研究者的大型影印丛书，也", "有面向青少年的古籍"], ["绘"],
        [upper] + lower,
        ["集成电路是信息产业发", "展的基础。今年以来，南京", "浦口经济开发区积极落实南", "京市“一园区一突破”改革",
         "任务，探索集成电路国产化", "路径。"],
        ["开发区引进芯片设计企业", "二十多家，形成了较为完整", "的产业链条。"])


def test_title_lines_under_a_paragraph_ocr_cut_wrap_inside_a_word():
    """CLS017 on a page set in OCR's blocks: a paragraph left mid-sentence over title lines
    does not keep them apart where each break falls inside a word the page's text prints
    (南京浦口经济开发 / 区：探索集成电路国 / 产化路径: 开发区): one headline."""
    p = clean(_chips_page("南京浦口经济开发", ["区：探索集成电路国", "产化路径"]))
    assert [(a.kicker, a.headline) for a in p.articles][1] == (
        None, "南京浦口经济开发区：探索集成电路国产化路径")
    assert_sound(p)
    # (No word across the break: a kicker over its headline.)
    p = clean(_chips_page("聚焦高质量发展", ["南京浦口：探索集成电路国", "产化路径"]))
    assert [(a.kicker, a.headline) for a in p.articles][1] == (
        "聚焦高质量发展", "南京浦口：探索集成电路国产化路径")


def test_a_paragraph_cut_mid_sentence_keeps_title_lines_apart_off_ocr_pages(monkeypatch):
    """CLS017: only on a page set in OCR's blocks does a paragraph left mid-sentence over
    the title lines stop counting (elsewhere the lines may be its own, set apart by the
    converter): the page above, weighed as another converter's, keeps them apart."""
    from cleaner import pipeline, titles

    counts = {}

    def both(blocks, rules, style, pairs, ocr=False):
        assert ocr
        counts[False] = len(titles.join_wrapped_titles(list(blocks), rules, style, pairs))
        out = titles.join_wrapped_titles(blocks, rules, style, pairs, ocr=ocr)
        counts[True] = len(out)
        return out

    monkeypatch.setattr(pipeline, "join_wrapped_titles", both)
    clean(_chips_page("南京浦口经济开发", ["区：探索集成电路国", "产化路径"]))
    assert counts[True] < counts[False]


# Tesseract's text of the committed gen-0001, shortened: a title in three lines, OCR lost a
# character of the second (电贺 read 货), over its dateline and a lede that restates it.
def _lede_page(top: str) -> str:
    return ocr_page(
        ["今年前4个月，全国铁路日", "均装车18.2万车，保持高位运", "行。"],
        [top, "货郑丽文当选中国国", "民党主席"],
        ["新华社北京 10月19日", "电 中共中央总书记习近平19日", "致电郑丽文，祝贺其当选中国国",
         "民党主席，指出多年来两党在坚", "持共同政治基础上，推动两岸交流", "合作，致力维护台海和平稳定。"],
        ["当前，世界百年变局加速演", "进，中华民族伟大复兴势不可", "挡。期望两党团结广大台湾同胞，",
         "共同开创美好未来。"])


def test_a_top_line_the_lede_repeats_is_the_headline_s_though_ocr_lost_a_character():
    """CLS015 on a page set in OCR's blocks: a stack's top line a character wider than the
    headline's wrapped line under it (OCR lost one), which the lede repeats word for word
    (中共中央总书记习近平 / 货郑丽文当选中国国 / 民党主席), is the headline's first line;
    one the lede does not repeat stays the kicker."""
    p = clean(_lede_page("中共中央总书记习近平"))
    assert [(a.kicker, a.headline) for a in p.articles if a.headline] == [
        (None, "中共中央总书记习近平货郑丽文当选中国国民党主席")]
    assert_sound(p)
    p = clean(_lede_page("两岸同胞心连心"))
    assert [(a.kicker, a.headline) for a in p.articles if a.headline] == [
        ("两岸同胞心连心", "货郑丽文当选中国国民党主席")]
    # (Written line after line, as a PDF extractor writes its exact widths, a line a
    # character wider is the kicker still.)
    flat = "\n".join(line for line in _lede_page("中共中央总书记习近平").split("\n") if line) + "\n"
    assert [(a.kicker, a.headline) for a in clean(flat).articles if a.headline] == [
        ("中共中央总书记习近平", "货郑丽文当选中国国民党主席")]


# Hand-made, as Tesseract reads a page's top: masthead and edition line, then a title that
# asks, its large type read as two lines of one block (a comma inside the upper), run on
# into its byline's two lines, over the article's text (lines wider than the title's).
def _asking_top(upper: str) -> str:
    return ocr_page(
        ["晨江日报"], ["2025年9月1日 星期一 第5版 教育"],
        [upper, "何盼“新课堂”?", "晨江报:晨江网记者 李", "明 实习生 王思远"],
        ["新学期第一天，城南小学的", "教室里多了几块互动屏。学", "生们每天从8点一直学到"],
        ["17:30。“以前上课只听老", "师讲，现在能自己动手，课", "堂有意思多了。”"])


def test_two_lines_at_the_page_s_top_over_a_byline_are_one_title():
    """CLS015 (_last_line_title): no paragraph stands above the page's first head to be cut,
    so a line that asks under the block's first line at the page's top is that title's
    wrapped tail, not the next box's title read on after a paragraph: one headline, and
    its first line no banner."""
    p = clean(_asking_top("开学季 ,孩子们为"))
    assert p.banner is None
    # (the lines joined as the title stack joins them; the space is OCR's, kept)
    assert [(a.kicker, a.headline) for a in p.articles] == [(None, "开学季 ，孩子们为何盼“新课堂”？")]
    assert_sound(p)


def test_a_sentence_over_an_asking_line_at_the_page_s_top_keeps_them_apart():
    """CLS015: a sentence's end inside the upper line makes it text, not a title's first
    line (…学到。今年): the asking line under it is still a title of its own."""
    p = clean(_asking_top("都已报到。开学季"))
    assert "何盼“新课堂”？" in [a.headline for a in p.articles]
    assert_sound(p)


def test_an_asking_line_under_a_cut_paragraph_below_the_page_s_top_stays_its_own_title():
    """CLS015: below the page's top (an article above), the block's first line may be the last
    of a paragraph its column cut (…15座 / 覆盖各城区): the asking line under it is not joined
    to it as one title's tail."""
    p = clean(ocr_page(
        ["晨江日报"], ["2025年7月2日 星期三 第5版 教育"], ["城西菜市场完成改造"],
        ["本报讯（记者 王 晓）城西菜市场改造工程日前", "完工，新增摊位120个，市民买菜更方便了。",
         "据介绍，今年全市还将改造菜市场15座"],
        ["覆盖各城区", "开学季，孩子们为何盼着回到“新课堂”？"],
        ["本报记者 李 明"],
        ["新学期第一天，城南小学的教室里", "多了几块互动屏。学生们围在屏前，", "争着上台答题。"]))
    assert "开学季，孩子们为何盼着回到“新课堂”？" in [a.headline for a in p.articles]
    assert_sound(p)


def test_a_title_alone_that_its_lede_repeats_opens_an_article_under_cut_text():
    """CLS016: a title OCR set alone under a paragraph cut mid-sentence (another column's,
    read before it), over a lede that prints it word for word, opens its article (BLK005's
    echo, which a converter's run-on line gets): no paragraph line is its next text's
    words again. Where the lede does not print it whole, the line goes on with the cut
    paragraph (CLS025), as before."""
    cut = ocr_lines(FIRST + SECOND)[:4]
    title = "湄潭县秋茶采摘过半"
    repeats = "记者从县农业农村局获悉，湄潭县秋茶采摘过半。茶农们忙着修剪茶树、施加有机肥，茶叶出口额同比增长。"
    p = clean(ocr_page(*HEAD, cut, [title], ocr_lines(repeats)))
    assert [a.headline for a in p.articles] == ["小茶叶撬动大产业", title]
    assert p.articles[1].body[0].text.startswith("记者从县农业农村局获悉")
    opened = [e for e in p.edits if e.rule == "CLS005" and e.evidence.get("alone")]
    assert opened and opened[0].evidence["echo_verbatim"] == title
    assert_sound(p)
    apart = repeats.replace("采摘过半", "采摘已经过半")
    q = clean(ocr_page(*HEAD, cut, [title], ocr_lines(apart)))
    assert [a.headline for a in q.articles] == ["小茶叶撬动大产业"]
    assert title in q.articles[0].body[0].text
    assert_sound(q)


def test_a_line_alone_a_character_wider_than_the_column_is_a_title():
    """BLK005 `ocr_alone_over`: OCR set the line apart, and it is a whole character wider
    than the column's lines, so it is set across more than the column: a title, which opens
    its article, not a paragraph's line going on into the text under it (the lede shares
    none of its words, which a title as wide as the column would need, CLS016's
    _full_title_line)."""
    title = "县城新书店里的年轻人多了起来"
    assert display_width(title) == WIDTH + 1
    lede = "走进城东新开的一家店，阅读区里坐满了读者。店主说，周末客流比去年翻了一番，咖啡也卖得好。"
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), [title], ocr_lines(lede)))
    assert [a.headline for a in p.articles] == ["小茶叶撬动大产业", title]
    assert [b.text for b in p.articles[1].body] == [lede]
    assert_sound(p)


def test_a_line_alone_half_a_character_over_the_column_is_still_the_paragraph_s():
    """BLK005 `ocr_alone_over`, the near miss: after finished text, a line alone half a
    character over the measure (a half-width mark OCR gave it: 好价钱? ) is OCR's reading
    of a column's line, which its paragraph goes on from."""
    above = ["今年秋茶开采以来，湄潭", "县茶农忙着采摘鲜叶，收成让", "人满意，价格也比去年好。"]
    alone = "茶叶怎么卖出好价钱? 合作社"
    assert display_width(alone) == WIDTH + 0.5
    below = ["理事长说，关键是品质和品牌", "，今年全县新注册了三个品牌。"]
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), above, [alone], below))
    assert [a.headline for a in p.articles] == ["小茶叶撬动大产业"]
    assert [b.text for b in p.articles[0].body][-1] == (
        "茶叶怎么卖出好价钱？ 合作社理事长说，关键是品质和品牌，今年全县新注册了三个品牌。")
    assert_sound(p)


def test_a_line_alone_over_the_column_under_a_cut_paragraph_goes_on_with_it():
    """BLK005 `ocr_alone_over`, the near miss: a line alone a character over the measure
    under a line that ends no sentence is the cut paragraph's (a speck OCR read beside it
    widened it: …直接搬进六 / 展厅…), not a title read into the text: it stays in the
    paragraph, where a title there would be set aside (CLS020)."""
    text = ("南京科技馆与本地企业开展合作，将人工智能、全息显示等领域的前沿成果直接搬进展厅，"
            "让科创为科普赋能。馆长表示，本地有大批高新技术企业，这是科普资源的富矿。")
    lines = ocr_lines(text)
    wide = lines[2] + "六"
    assert display_width(wide) == WIDTH + 1
    p = clean(ocr_page(*HEAD, ocr_lines(FIRST), lines[:2], [wide], lines[3:]))
    assert [b.text for b in p.articles[0].body] == [FIRST, text.replace(lines[2], wide)]
    assert p.furniture == []
    assert_sound(p)
