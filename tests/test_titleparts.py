"""LAY201 (cleaner/titleparts.py): a large title's later line that OCR read apart from
its first, after the text under the title, is put back on the title's first line (and an
unfinished first line read early, inside another article's sentence, goes down to the
later line); and CLS015's title line that ends its first clause in a comma. Text with no
such title is left as it is."""
from __future__ import annotations

from cleaner import RuleSet, clean, default_rules
from cleaner.blocks import display_width, quotation_closed_across
from cleaner.titleparts import _open_end, rejoin

from .helpers import assert_sound

RULES = default_rules()

HEAD = ["晨光日报", "", "2025年10月7日 星期二 第16版 要闻", ""]

# Tesseract's order: the title's first line, the box's first column under it (its
# dateline first), then the title's later line alone, cutting the column's sentence.
APART = HEAD + [
    "澜湄职业教育培训",
    "本报曼谷10月19日电 (记者 孙广",
    "勇) 澜湄职业教育培训中心19日在泰国",
    "曼谷揭牌。中心由中国和泰国多所职业",
    "",
    "中心在曼谷揭牌",
    "",
    "院校共同建设，将面向流域国家开设新",
    "能源汽车维修、轨道交通运营等专业培",
    "训课程，计划每年培训学员1000人次以上。",
    "",
    "泰国教育部官员在揭牌仪式上表示，泰",
    "国正在大力发展新能源汽车等产业，急",
    "需大批技术技能人才。",
    "",
]


def page(lines: list[str]) -> str:
    return "\n".join(lines) + "\n"


def test_a_title_s_later_line_read_after_the_opening_is_put_back():
    result = clean(page(APART))
    (edit,) = result.layout
    assert edit.rule == "LAY201" and edit.kind == "layout"
    assert edit.evidence["title"] == ["澜湄职业教育培训", "中心在曼谷揭牌"]
    assert edit.evidence["cuts"] and set(edit.evidence["echo"]) >= {"曼谷", "揭牌"}
    assert result.ordered.split("\n")[4] == "澜湄职业教育培训中心在曼谷揭牌"
    (article,) = result.articles
    assert article.headline == "澜湄职业教育培训中心在曼谷揭牌"
    assert article.dateline and article.dateline.startswith("本报曼谷10月19日电")
    # The column's sentence the line cut is one paragraph again.
    assert "多所职业院校共同建设" in article.body[0].text
    assert_sound(result)


def test_a_break_inside_a_word_the_page_prints_is_evidence_too():
    """…商业发 / 展大会…: 发展 stands in the text; the later line need not cut a sentence."""
    lines = HEAD + [
        "首届县域商业发",
        "",
        "本报讯 (记者 柳文) 首届县域商业",
        "发展大会日前在浙江义乌举办。来自全",
        "国200多个县的商务部门负责人参会。",
        "",
        "展大会在义乌举办",
        "",
        "会上发布了一批县域商业发展典型案",
        "例，涵盖县级物流配送中心建设等方面。",
        "",
    ]
    result = clean(page(lines))
    (edit,) = result.layout
    assert edit.evidence["word_across"] == "发展" and "cuts" not in edit.evidence
    assert result.articles[0].headline == "首届县域商业发展大会在义乌举办"
    assert_sound(result)


def test_a_title_read_after_the_text_under_its_subtitle_goes_above_the_subtitle():
    lines = list(APART)
    lines[4] = "一一来自澜湄流域的报道"
    result = clean(page(lines))
    (edit,) = result.layout
    assert edit.evidence["above_subtitle"]
    assert result.ordered.split("\n")[4:6] == ["中心在曼谷揭牌", "一一来自澜湄流域的报道"]
    (article,) = result.articles
    assert article.headline == "中心在曼谷揭牌"
    assert article.subtitle == "一一来自澜湄流域的报道"  # (OCR's reading of the dash, kept)
    assert_sound(result)


def test_another_box_s_kicker_read_into_the_text_stays():
    """It cuts the sentence under a title over a dateline, but shares no words with it."""
    lines = list(APART)
    lines[9] = "聚焦高质量发展"
    assert rejoin(page(lines), RULES) == []


def test_a_section_heading_between_sentences_stays():
    lines = list(APART)
    lines[7] = "曼谷揭牌。中心由中国和泰国多所院校共建。"
    lines[9] = "曼谷揭牌仪式"  # echoes the text, but stands between two sentences
    assert rejoin(page(lines), RULES) == []


def test_a_caption_s_first_line_and_a_byline_are_no_title_s():
    caption = list(APART)
    caption[9:10] = ["中心在曼谷揭牌仪式现场", "", "新华社记者 王 五摄"]
    assert rejoin(page(caption), RULES) == []
    byline = list(APART)
    byline[9] = "通讯员 孙广勇 曼谷揭牌"
    assert rejoin(page(byline), RULES) == []


def test_a_line_with_a_byline_under_it_is_a_headline_of_its_own():
    lines = APART[:11] + ["本报记者 王 五", ""] + APART[11:]
    assert rejoin(page(lines), RULES) == []


def test_a_paragraph_s_line_alone_is_no_title_s():
    """A clause mark in it: the line of a paragraph (a converter sets lines apart too)."""
    lines = list(APART)
    lines[9] = "中心在曼谷揭牌，职业"
    assert rejoin(page(lines), RULES) == []


def test_pages_of_lines_alone_and_the_rule_switched_off_are_left_alone():
    spaced = []
    for line in APART:
        spaced += [line, ""] if line else []
    assert rejoin(page(spaced), RULES) == []
    off = RuleSet.load(disable=["LAY201"])
    result = clean(page(APART), rules=off)
    assert result.layout == [] and result.ordered == result.source


def test_text_in_reading_order_is_left_alone():
    lines = HEAD + ["澜湄职业教育培训中心在曼谷揭牌", ""] + APART[5:9] + APART[11:]
    result = clean(page(lines))
    assert result.layout == []
    assert result.articles[0].headline == "澜湄职业教育培训中心在曼谷揭牌"


# --- CLS015: a title line that ends its first clause in a comma ---------------------------

COMMA = HEAD + [
    "秋粮收获过半",
    "",
    "本报讯 (记者 王五) 农业农村部调度显示，",
    "全国秋粮已收获过半，进度快于上年。",
    "",
    "奋进新征程，",
    "",
    "谱写新篇章",
    "",
    "本报讯 (记者 李四) 每逢重大历史关头，",
    "中国共产党总是能够科学把握历史方位与",
    "形势变化，制定正确的政治战略策略，指",
    "引中国人民战胜无数风险挑战、始终走在",
    "时代前列。",
    "",
    "五年规划是一个独特视角。科学制定和接",
    "续实施五年规划，是我们党治国理政的重",
    "要方式，是读懂中国式现代化的重要密码。",
    "",
]


def test_a_title_line_ending_its_first_clause_in_a_comma_is_the_title_s():
    result = clean(page(COMMA))
    article = result.articles[1]
    assert article.headline == "奋进新征程，谱写新篇章"
    assert article.dateline and article.dateline.startswith("本报讯")
    assert_sound(result)


def test_a_long_line_ending_in_a_comma_is_a_cut_paragraph_s_not_a_title_s():
    lines = list(COMMA)
    lines[9] = "据介绍，这些学校近年来先后开展了多项改革，"
    result = clean(page(lines))
    assert all("这些学校" not in (a.headline or "") for a in result.articles)


# Tesseract's order (seed 601, gen-0607, shortened): a commentary's unfinished first title
# line read early, inside the sentence of the article before it (…电动三轮车就 / 从这里
# 出发…), a photo's caption on each side; its later line alone where the head stands, over
# the title's byline.
def early(first: str = "引领未来，中", later: str = "习做对了什么", tail: list[str] = (),
          before_later: str = "政村。", under: str = "任仲平", cut: str = "几辆电动三轮车就",
          between: list[str] = ()) -> list[str]:
    return HEAD + [
        "每天10:30，安徽省金寨县梅山镇", "的快递共配中心都会迎来一天中最忙碌", "的时刻。来自县城的货车卸下包裹，十",
        cut, "",
        "下图 : 村民在村级快递服务点寄出自家种", "植的茶叶。 金寨县商务局供图", "",
        first, "",
        "上图 : 金寨县梅山镇快递共配中心，分拣", "员正在分拣包裹。本报记者 周 雷摄", "",
        "从这里出发，把包裹送往全镇的26个行", before_later, "", *between,
        later, "", *tail, under, "",
        "每逢重大历史关头，中国共产党总是能", "够科学把握历史方位与形势变化，制定", "正确的政治战略策略。", "",
    ]


def test_an_unfinished_title_line_read_early_goes_down_to_its_later_line():
    """LAY201: 引领未来，中 (a clause of one character ends no title) read inside another
    article's sentence goes down to 习做对了什么 over the byline 任仲平: one headline, and
    the sentence it cut is one paragraph again."""
    result = clean(page(early()))
    (edit,) = [e for e in result.layout if e.rule == "LAY201"]
    assert edit.evidence["read_early"] and edit.evidence["open_end"] == "中"
    assert edit.evidence["title"] == ["引领未来，中", "习做对了什么"]
    assert edit.evidence["cuts"] == "电动三轮车就"
    heads = [(a.headline, a.byline) for a in result.articles]
    assert ("引领未来，中习做对了什么", "任仲平") in heads
    assert any("电动三轮车就从这里出发" in b.text for a in result.articles for b in a.body)
    assert_sound(result)


def test_a_quotation_read_early_goes_down_to_the_line_closing_it():
    """LAY201: “为全球自由 (it opens a quotation, its only mark) read early goes down to
    广发展提供助 / 力” (the tail alone closes it, its only mark) over a reporter's byline."""
    result = clean(page(early("“为全球自由", "广发展提供助", ["力”", ""], under="本报记者 董泽扬")))
    (edit,) = [e for e in result.layout if e.rule == "LAY201"]
    assert edit.evidence["quotation_open"] == "“为全球自由"
    assert "“为全球自由广发展提供助力”" in [a.headline for a in result.articles]
    assert_sound(result)


# Tesseract's order (gen-0004, shortened): an unfinished title line over a photo's caption,
# whole on its line (图为… (资料图片)); the title's subtitle and byline read together into
# the text at a column's top; the title's later line alone further down.
def head_parts(first: str = "引领未来，中", caption: str = "图为游客在景区参观游览。 (资料图片)",
               parts: list[str] = ("一一来自三个省份的调研", "任仲平")) -> list[str]:
    return HEAD + [
        "一张报纸换过10次版式、搬过3次家，从", "铅与火、光与电一路走到了数与网。", "",
        first, "", caption, "",
        "每逢重大历史关头，中国共产党", "总是能够科学把握历史方位与形势变", "化，制定正确的政治战略策略。", "",
        "10月20日至23日在北京召开党的", "二十届四中全会，研究制定“十五", "五”规划建议，旨在对未来五年发展", "",
        *parts, "",
        "作出顶层设计和战略擘画，推动事关", "中国式现代化全局的战略任务取得重", "大突破。", "",
        "导做对了什么", "",
        "现代化，寄托着中华民族的夙愿", "和期盼。自成立以来，党带领人民所", "进行的一切奋斗就是为了强国复兴。", "",
    ]


def test_a_title_s_subtitle_and_byline_read_into_the_text_go_up_with_its_later_line():
    """LAY201: the caption under 引领未来，中 is whole on its line (图为…, its credit after
    it), so the line is no caption's first; the block of subtitle and byline in the text
    between is the title's own head, read at a column's top, and goes under the title."""
    result = clean(page(head_parts()))
    (edit,) = [e for e in result.layout if e.rule == "LAY201"]
    assert edit.evidence["open_end"] == "中" and edit.evidence["subtitle_and_byline"] == [20, 21]
    assert "引领未来，中导做对了什么\n一一来自三个省份的调研\n任仲平\n" in result.ordered
    article = next(a for a in result.articles if a.headline == "引领未来，中导做对了什么")
    assert article.subtitle == "一一来自三个省份的调研" and article.byline == "任仲平"
    assert not any("任仲平" in b.text or "调研" in b.text for b in article.body)
    assert_sound(result)


def test_a_subtitle_and_byline_between_stay_where_the_title_is_finished_or_there_are_two():
    """Under a finished first line (引领未来，中国: no title ends on a clause of one character,
    two may) the head in the text between is another article's; so are two heads there."""
    for lines in (head_parts(first="引领未来，中国"),
                  head_parts(parts=["一一来自三个省份的调研", "任仲平", "", "一一一线蹲点见闻", "李洪兴"])):
        result = clean(page(lines))
        assert not any(e.rule == "LAY201" for e in result.layout)
    # A line over a caption's credit alone is still a caption's first line (中心在曼谷揭牌
    # 仪式现场 / 新华社记者 王 五摄, above): the whole caption opens with its marker.
    result = clean(page(head_parts(caption="(资料图片)")))
    assert not any(e.rule == "LAY201" for e in result.layout)


def test_a_title_line_read_early_stays_where_the_structure_does_not_say_so():
    """LAY201 leaves the lines apart where the first line is finished (引领未来，中国), the
    quotation is not closed by the later line alone (“为全球 / 广发展提供“助力”), the text
    over the first line ended its sentence (no sentence cut: a head of its own), the later
    line cuts a sentence too (another box's kicker read into a text: …科学制定和接 /
    新春走基层) or holds a clause mark (a paragraph's) or a gap of columns, a byline stands between (another
    article's head), or no byline or dateline stands under the later line."""
    def read_early(lines):
        return [e for e in rejoin(page(lines), RULES) if e.evidence.get("read_early")]

    assert read_early(early())
    assert not read_early(early(first="引领未来，中国"))
    assert read_early(early(first="“为全球自由", later="广发展提供助力”"))
    assert not read_early(early(first="“为全球自由", later="广发展提供“助力”"))
    assert not read_early(early(cut="几辆电动三轮车出发。"))
    assert not read_early(early(before_later="政村，科学制定和接"))
    assert not read_early(early(later="习做对了，什么"))
    assert not read_early(early(later="习做对了   什么"))  # (two columns' words)
    assert not read_early(early(between=["本报讯 (记者 王五) 活动日前举行。", ""]))
    assert not read_early(early(under="每逢重大历史关头，中国共产党总是能"))


def test_a_first_line_ending_on_a_clause_of_one_character_is_unfinished():
    """引领未来，中 ends no title; nor 引领未来 ,5, OCR's reading of the character as a digit
    (t601 gen-0605); a longer clause (十年，巨变; ，2025) may end one."""
    assert _open_end("引领未来，中", RULES) == "中"
    assert _open_end("引领未来 ,5", RULES) == "5"
    assert _open_end("十年，巨变", RULES) == ""
    assert _open_end("奋进新征程，2025", RULES) == ""


def test_a_subtitle_and_byline_go_under_the_title_where_its_later_line_was_read_first():
    """LAY201 with the subtitle and byline read into the text (head_parts) and the title's
    later line read as its first (tail_read_first: 指引 spans the break only so): they go
    under the whole title, not between its two lines (the edit once gave 任仲平引领未来，中).
    A blank line of spaces after the byline goes with it, as an empty one does."""
    lines = head_parts()
    lines[lines.index("导做对了什么")] = "导做对了什么指"
    lines[lines.index("大突破。")] = "大突破。在党的指引下前进。"
    lines[lines.index("任仲平") + 1] = "  "
    result = clean(page(lines))
    (edit,) = [e for e in result.layout if e.rule == "LAY201"]
    assert edit.evidence["tail_read_first"] and edit.evidence["subtitle_and_byline"] == [20, 21]
    assert edit.after.startswith("导做对了什么指引领未来，中\n一一来自三个省份的调研\n任仲平\n\n图为")
    assert "  \n" not in edit.after
    assert_sound(result)


# Tesseract's order (seed 16001, gen-16006, shortened): a title cut inside its quotation
# (大学生“村播” / 带火大山里的土货), its first line over the text, its later line read after
# the text, the closing mark read straight ("带火…). The text echoes none of its words.
def quoted(first: str = "大学生“村播", later: str = "\"带火大山里的土货") -> list[str]:
    return HEAD + [
        "图为5月14日，志愿者为老人测", "量血压。 (资料图片)", "",
        first, "",
        "的直播间里，贺晓雨把刚", "摘下的猕猴桃切开，对着镜头", "展示果肉的颜色。“咱们的猕",
        "猴桃是自然成熟的，没有催熟", "剂。”她一边说，一边招呼在", "线的网友下单。一场两个小时",
        "的直播，卖出了1,800多单。", "",
        "贺晓雨是西北一所农业大", "学的大三学生。今年暑假，她", "和20多名同学一起报名参加了",
        "学校组织的“乡村振兴青春", "行”实践活动，来到秦岭山区", "的几个村子，帮助村民搭建直",
        "播间、拍摄短视频、设计包装。", "",
        later, "",
        "据了解，今年暑期，共有", "3,000多名学子参与此类实", "践活动，帮助农户销售农产品",
        "超过500万元。“我们学的专", "业知识在这里真正派上了用", "场。”贺晓雨说。", "",
    ]


def test_a_title_s_quotation_its_later_line_closes_needs_no_echo():
    result = clean(page(quoted()))
    (edit,) = [e for e in result.layout if e.rule == "LAY201"]
    assert edit.evidence["quotation_closed"] == ["生“村播", "\"带火大"]
    assert edit.evidence["title"] == ["大学生“村播", "\"带火大山里的土货"]
    assert "大学生“村播\"带火大山里的土货" in result.ordered.split("\n")
    assert_sound(result)


def test_a_title_line_with_no_quotation_left_open_still_needs_the_echo():
    for first, later in (("大学生村播", "\"带火大山里的土货"),           # nothing open
                         ("大学生“村播”", "\"带火大山里的土货"),         # closed on the line
                         ("大学生“村播", "\"带火大山里的\"土货"),       # a second mark
                         ("大学生“村播", "带火大山里的土货\"")):       # not its first
        result = clean(page(quoted(first, later)))
        assert not [e for e in result.layout if e.rule == "LAY201"], (first, later)
        assert_sound(result)


def test_quotation_closed_across_and_the_width_of_a_straight_mark_paired_on_its_line():
    assert quotation_closed_across("大学生“村播", "\"带火大山里的土货")
    assert quotation_closed_across("大学生\"村播", "”带火大山里的土货")
    assert not quotation_closed_across("大学生\"", "\"带火大山里的土货")   # the mark ends it
    assert not quotation_closed_across("大学生“村播", "带火大山里的土货")
    # A straight mark pairing a curly one on the line counts whole (OCR's reading of the
    # curly partner); one alone counts half, as Latin text's.
    assert display_width("大学生“村播\"带火") == display_width("大学生“村播”带火") == 9
    assert display_width("要学\"对不对”") == 7
    assert display_width("APEC蓝\"成为") == 5.5


# A signed head: the title's first line over its byline alone, the text under it opening
# with no dateline (a commentary's, a guest's article); Tesseract read the title's later
# line far down, cutting a sentence, and misread its first character (国 as 习), so no word
# the page prints spans the break (Tesseract seed 15801, gen-15804). The text's column is
# double-spaced in places: a paragraph's line alone (…民众在 / 复杂全球格局中的定位与选 /
# 择。) stands between the two.
SIGNED = HEAD + [
    "一个西班牙人对中",
    "",
    "胡里奥.塞瓦略斯",
    "",
    "不久前，西班牙商业顾问、",
    "作家胡里奥推出西语专著。",
    "该书根据其在中国工作与生",
    "活的观察，分析现代化道路。",
    "",
    "我的新书聚焦中国、中国企",
    "业与中国民众在全球化、多",
    "极化的世界里，在全球格局中",
    "",
    "复杂全球格局中的定位与选",
    "",
    "择。在欧洲，政府更迭往往导",
    "致诸多项目难以延续。在中国，",
    "我看到的是一种延续性：长期",
    "",
    "习式现代化的观察",
    "",
    "目标始终不变，推进目标的",
    "行动从未停止。",
    "",
]


def test_a_signed_head_s_later_line_that_cuts_a_sentence_is_put_back():
    """A byline alone under the title says the text under it opens an article, as a
    dateline does: the later line cutting its sentence is the title's."""
    result = clean(page(SIGNED))
    (edit,) = [e for e in result.layout if e.rule == "LAY201"]
    assert edit.evidence["title"] == ["一个西班牙人对中", "习式现代化的观察"]
    assert edit.evidence["cuts"] == "延续性：长期" and "word_across" not in edit.evidence
    (article,) = result.articles
    assert article.headline == "一个西班牙人对中习式现代化的观察"
    assert article.byline == "胡里奥.塞瓦略斯"
    assert "长期目标始终不变" in article.body[-1].text
    assert_sound(result)


def test_a_paragraph_s_line_set_alone_is_passed_over_not_taken_for_the_later_line():
    """复杂全球格局中的定位与选 is as wide as the line over it, which ends no sentence: the
    column's line, double-spaced, no title's; with no later line under it, nothing moves."""
    lines = SIGNED[:SIGNED.index("习式现代化的观察")] + ["目标始终不变，推进目标的", "行动从未停止。", ""]
    assert rejoin(page(lines), RULES) == []


def test_a_signed_head_s_line_between_two_sentences_stays():
    """The later line must cut a sentence (or a word span the break): between two
    sentences a title-shaped line alone is a section heading of the text."""
    lines = list(SIGNED)
    at = lines.index("我看到的是一种延续性：长期")
    lines[at] = "我看到的是一种长期延续性。"
    assert rejoin(page(lines), RULES) == []
