"""Each rule on small pages: what it must change, and near misses it must leave alone.

One table, one runner (after sqlfluff's rule fixtures). A case names the rule, the page,
whether the rule must fire (None: the rule classifies without an edit of its own) and
what the result must hold: `text` is a substring of the cleaned page, `not_text` must not
be in it, other keys name a field ("a0.byline": article 0's byline; "body0": article 0's
body texts; "banner", "furniture", "captions" of the page; "flags0": article 0's flag kinds;
"page_flags": the codes of the page's flags).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import pytest

from cleaner import clean
from cleaner.model import Block, Page

from .helpers import assert_sound, rules_with

P = "河北日报讯（通讯员甲乙）今天，这里举行了一次活动。"  # a first paragraph with a dateline
BODY = "活动现场气氛热烈，参加者纷纷表示收获很大。"


def printed(*paras: str, width: int = 16, head=("活动顺利举行", "本报记者 王五")) -> list[str]:
    """Paragraphs as a PDF extractor gives them: printed lines of `width` characters, the
    first of each two short where the indent was (real extractors drop it)."""
    lines = list(head)
    for para in paras:
        line, limit = "", width - 2
        for ch in para:
            if len(line) == limit:
                lines.append(line)
                line, limit = "", width
            line += ch
        lines.append(line)
    return lines


def page_of(lines: list[str], sep: str = "\n") -> str:
    return sep.join(lines) + "\n"


# Printed paragraphs: FULL ends exactly at a full line's end (14 + 16 characters).
FULL = "今天上午这里举行了一次活动，来自各地的代表和群众参加了活动。"
NEXT = "活动现场气氛热烈，参加者纷纷表示收获很大，希望以后多举办这样的活动，让更多人受益。"
LONG = "会议要求，各地要切实做好收购资金保障，加强市场监测预警，严厉打击压级压价等违法违规行为。"
CHIPS = "集成电路是信息产业发展的基础，今年以来，开发区引进了一批芯片设计和封装测试企业。"
CHIPS_MORE = "今年以来，开发区引进芯片设计企业二十多家，形成了较为完整的产业链条，带动就业三千多人。"
PRINT_HEAD = "《人民日报》（2025年10月20日 第 03 版）"


# Tesseract's text of a generated page (seed 3), cut where another box's kicker was read.
OCR_CUT_LEDE = ("本报讯 (记者 焦以玉) 新学期以来，多所高校面向全体本科生开设人工智能通识课，帮助学生正确认识人工"
                "智能的原理、能力与局限。据介绍，相关课程将人工智能通识教育纳入人才培养方案，并开设了人工智能基础与"
                "应用系列课，面向全体本科生开设人工智能通识课")
OCR_CUT_REST = "涵盖人工智能基础知识、典型应用和伦理规范等，帮助学生提升运用人工智能工具学习和解决问题的能力。"
OCR_CUT_PARAGRAPH = ("多所高校开设人工智能通识课\n\n本报讯 (记者 焦以玉) 新学期以来，多所\n高校面向全体本科生开设人工智能通识\n"
                     "课，帮助学生正确认识人工智能的原理、\n能力与局限。据介绍，相关课程将人工\n智能通识教育纳入人才培养方案，并开\n"
                     "设了人工智能基础与应用系列课，面向\n全体本科生开设人工智能通识课{end}\n\n{heading}\n\n{then}涵盖人工智能基础知识、典型\n"
                     "应用和伦理规范等，帮助学生提升运用\n人工智能工具学习和解决问题的能力。\n")


# A page's top as Tesseract reads it (hand-made): the edition line, the banner, the staff
# line set beside the banner, the first title over its text, its byline read inside it.
OCR_BANNER_STAFF_TITLE = (
    "13 要闻 2025年4月20日”星期日\n\n{banner}责任编辑: 王 明\n\n小茶叶带动大产业\n\n"
    "立冬将至，南方山区的茶\n园里依然一片忙碌。茶农们忙\n着修剪茶树、施加有机肥，为\n明年的春茶做准备。\n\n"
    "本报记者 李 强\n\n当地茶园面积逐年扩大\n，茶产业已成为村民增收的主\n要来源。\n")


# A short article as Tesseract writes it (hand-made): a photo's caption read into a
# paragraph, the text it cut going on under it in a block of one short line.
OCR_CAPTION_IN_TEXT = (
    "社区书屋开进老街巷\n\n本报记者 王 明\n\n城西老街的社区书屋开放以来，每天\n都有不少居民前来借阅。书屋负责人\n"
    "介绍，今年书屋新添了两千多册图书，\n还为附近的孩子们开设了一{end}\n\n图为居民在社区书屋里阅读。 本报记者 李 强摄\n\n"
    "{line}\n\n周末常有家长带着孩子来听故事。书\n屋还请来退休教师义务辅导功课，深\n受居民欢迎。\n")


# A page as Tesseract reads it (hand-made): an article that ends its sentence, then a
# paragraph's line OCR set alone over a photo's caption, its text going on under the
# caption ({line} / 图为… / {rest}项目采用…), on another subject than the article above.
OCR_LINE_OVER_A_CAPTION = (
    "江城晚报\n\n2025年10月21日 星期二 第3版 经济\n\n城东老街完成改造\n\n本报记者 王 明\n\n"
    "城东老街改造工程日前完工。老街\n全长八百米，两侧商铺已陆续开门\n迎客，青石板路重新铺设，沿街的\n"
    "老字号也换上了新招牌。周末来逛\n街的市民络绎不绝。\n\n{line}\n\n"
    "图为工人在温室里查看番茄长势。 本\n报记者 李 强摄\n\n"
    "{rest}项目采用的水肥一体化系统可\n以根据土壤湿度自动调节灌溉量，比\n传统漫灌方式节水六成以上。团队还\n"
    "根据当地气候特点改良了温室通风设\n计，蔬菜产量提高了近两倍。\n")
OCR_LINE_OVER_A_CAPTION_REST = ("项目采用的水肥一体化系统可以根据土壤湿度自动调节灌溉量，比传统漫灌方式节水六成以上。"
                                "团队还根据当地气候特点改良了温室通风设计，蔬菜产量提高了近两倍。")

# Tesseract-like (gen-15805, hand-made): a title OCR set in a block of its own over the
# first line of its text's paragraph, alone, and the rest of the paragraph, which opens
# on the clause the line's sentence goes on with ({rest}).
OCR_LINE_OVER_A_NUMBER = OCR_LINE_OVER_A_CAPTION.split("{line}")[0] + (
    "前三季度我国服务\n贸易稳中有进\n\n前三季度服务进出口总额同比增长\n\n"
    "{rest}其中出口增长12.5%，增速高\n于进口6.9个百分点。知识密集型服\n"
    "务贸易表现亮眼，个人文化和娱乐\n服务保持较快增长。\n")
# Tesseract's text of gen-17004 (lines 68-109): a report's text, then a title OCR set in
# one block of two lines, its subject's colon read as a space and an ASCII one (南京浦口经济
# 开发区 : 探索集成电 / 路国产化路径), a caption, and the title's text.
OCR_TITLE_WRAPPED_PAST_ITS_COLON = '多地开展新能源汽车下乡活动\n\n乡村道路上的\'绿牌车"多了\n\n本报记者 杨 阳\n\n上图 : 沂南县铜井镇的新能源汽车下乡活动现场。\n\n周末一大早，山东省沂南有具铜\n井镇的农民王德胜就开着新买的新\n能源汽车，带着一家人去县城赶\n集。“一公里电费不到1毛钱，比\n\n第 1 页\n\n烧油省多了。”王德胜说，这辆车 “”赶上了车企的优惠，算下来比原价\n是他在镇上的新能源汽车下乡活动 ”便宜了2万多元。\n中买的，享受了以旧换新补贴，还    今年前三季度，新能源汽车在\n下图 : 工作人员在乡镇充电站检修充\n电桩。 经济日报记者 杨 阳摄\n\n农村地区的销量同比增长超过\n40%，增速高于城市。随着充电设\n施加快向乡村延伸，越来越多的农\n民把新能源汽车开进了自家院子。\n\n南京浦口经济开发区 : 探索集成电\n路国产化路径\n\n图为小朋友在图书馆阅读。 市文旅局供图\n\n集成电路是信息产业发展的基\n础。今年以来，南京浦口经济开发\n区积极落实南京市“一园区一突\n破”改革任务，通过技术创新推动\n国产替代、招新引优补齐短板、深\n化改革优化环境，探索集成电路国\n产化路径 。\n推动技术和迭代\n'

# Tesseract's text of gen-14001 (lines 177-205): a column cut a paragraph (…青少年的古籍 /
# 绘) over the next article's wrapped headline and its lede.
OCR_TITLE_OVER_ITS_LEDE = (
    "首批古夭活化\"精品项目名单公\n布\n\n本报北京3月17日电\n(记者 饶 翔) 记者17日从\n"
    "有关部门获悉，首批“古籍\n活化”精品项目名单日前公\n布，共有42个项目入选，池\n"
    "盖古籍整理出版、数字化开\n发、文创产品、展览展示等\n类别。\n\n第 1 页\n\n入选项目中，既有面向\n"
    "专业研究者的大型影印丛\n书，也有面向青少年的古籍\n\n绘\n\n南京浦口经济开发\n区 : 探索集成电路国\n"
    "产化路径\n\n集成电路是信息产业发\n展的基础。今年以来， 南京\n浦口经济开发区积极落实南\n"
    "京市“一园区一突破”改革\n任务，通过技术创新推动国\n")


# A short article as Tesseract writes it (hand-made): blocks a blank line apart, the names of
# the dateline spaced.
OCR_BODY = ("本报讯（记者 王 明）今年以来，长江口湿地观测到\n的越冬候鸟数量明显增多。记者从市林业局获\n"
            "悉，监测到的鸟类已有一百二十多种。\n\n专家介绍，湿地生态修复工程实施以来，\n"
            "滩涂植被逐年恢复，为候鸟提供了充足的食物。\n")


# Two hand-made articles' titles and bylines, the first one's text where {} is (DBT011).
TWO_TITLES_TEXT = "今年以来，全区已有一百二十多部电梯投入使用，惠及居民三千余户，居民们纷纷点赞。\n\n"
TWO_TITLES = ("湿地候鸟越冬数量增多\n\n本报记者 王 明\n\n{}老旧小区加装电梯惠及居民\n\n本报记者 李 四"
              "\n\n" + TWO_TITLES_TEXT)


# Two hand-made articles, the first one's last paragraph ending where {} is (DBT010).
CUT_TWO_ARTICLES = (
    "湿地候鸟越冬数量增多\n\n本报记者 王 明\n\n专家介绍，湿地生态修复工程实施以来，滩涂植被"
    "逐年恢复，为候鸟提供了充足的食物。\n\n今年以来，长江口湿地观测到的越冬候鸟数量明显增多。"
    "记者从市林业局获悉，监测到的鸟类已有一百二十多种，其中{}\n\n老旧小区加装电梯惠及居民\n\n"
    "本报记者 李 四\n\n今年以来，全区已有一百二十多部电梯投入使用，惠及居民三千余户，居民们"
    "纷纷点赞。\n")


# Tesseract's text of gen-14103 (lines 62-67): titles and lines read across the gutters.
OCR_ACROSS = (
    "校。                                                         学期的学习生活。            "
    "服务中心办理业务。 受访\n|            单位供图\n蒙内铁路累计发送         久久为功 ，\"APEC蓝\"成为"
    "\"北京蓝”       流动的艺术，联 。”走进产业园区\n旅客超1300万人次    (总书记的关切:落地的回响)    "
    "动的长三角    今年将新建改扩建乡镇寄宁制\n化                                                  、"
    "                                                                   国\n新华社扑罗时10月"
    "                      一一一线蹲点见间                      本报记者 曹玲娟             学校1000所\n")


def sort_rows(*paras: str, head=("活动顺利举行", "本报记者 王五")) -> list[str]:
    """A box's head over its text in two columns as PyMuPDF sort=True prints them: each
    row on one line, the columns two spaces apart (one per em of the gutter), a
    paragraph's first line two ems in."""
    lines = printed(*paras, head=())
    firsts = {printed(p, head=())[0] for p in paras}
    cut = (len(lines) + 1) // 2
    rows = []
    for left, right in zip(lines[:cut], lines[cut:] + [""]):
        text = ("  " if left in firsts else "") + left
        if right:
            text = text.ljust(18) + ("  " if right in firsts else "") + right
        rows.append(text)
    return list(head) + rows



# PyMuPDF sort=True lines of a generated page (d701, seed 708): a title wrapped once under a
# column's paragraph end (推精品“走出去”。 / 广东举办…大 / 赛), another article's title
# beside it, the title's text in the column under it.
SORT_TITLE_WRAPPED = [
    '构、2000名业界代表齐聚黄浦江畔，共同踏                             “这条铁路带给我们的是希望',
    '上这座艺术节为国际演艺行业构筑的“时空                       和未来”',
    '双桥”。',
    '                                               本报记者 黄培昭',
    '  空间上，推动海内外文化演艺资源的流',
    '通双循环。                  图为8月6日，游客在景区参观游览。        上午7时40分，伴随着长鸣的汽笛声，',
    '                                        胡国华摄  亚吉铁路每天的第一趟列车缓缓驶出埃塞俄  今年国际演艺大会展厅吸引了来自德',
    '国、意大利、西班牙等国家的百余个演艺机   担任本年度视频推介会评审团成员之一 比亚首都亚的斯亚贝巴郊外的拉布站。窗外',
    '构设立自荐展台，开幕当天，9份项目合作  的国际表演艺术协会首席执行官大卫·贝尔  的景色如画卷般展开，金合欢树不停地从眼',
    '协议现场签署：中国上海国际艺术节中心和 感慨：“艺术节为全球演艺行业的产业合作  前掠过。',
    '粤港澳大湾区文化艺术节、中演演出院线、  搭建了高效的桥梁。”',
    '皮娜·鲍什乌帕塔尔舞蹈剧场等艺术机构签   时间上，探索当下与未来世界演艺生态',
    '署合作协议，将佳作“引进来”的同时，助  的发展新路径。',
    '',
    '推精品“走出去”。',
    '',
    '广东举办粤港澳大湾区青年创新创业大   引领未来，中国做对了什么',
    '                                                 任仲平',
    '赛                                               （一）',
    '  南方日报讯（记者/朱 晓）9月2日，第   香港青年创业者梁嘉欣是上届大赛的获   每逢重大历史关头，中国共产党总是能',
    '五届粤港澳大湾区青年创新创业大赛在深圳 奖者，她的团队研发的智能康复设备已在前 够科学把握历史方位与形势变化，制定正确',
    '前海启动。大赛设人工智能、生物医药、新                      的政治战略策略，指引中国人民战胜无数风',
    '能源等6个赛道，面向大湾区及海外青年创                      险挑战、始终走在时代前列。',
    '业团队征集项目，总奖金池达600万元。                              10月20日至23日在北京召开党的二十届',
    '  主办方介绍，往届大赛共吸引4,000多                      四中全会，研究制定“十五五”规划建议，',
    '个团队参赛，一批获奖项目已在大湾区落地                      旨在对未来五年发展作出顶层设计和战略擘',
    '                        图为8月23日，农民在田间收割水稻。 钟 云摄',
    '转化。今年大赛还将为优秀项目对接投资机                      画，推动事关中国式现代化全局的战略任务',
    '构和孵化平台，帮助青年创业者“从0到1” 海注册公司并实现量产。“大湾区的产业链  取得重大突破。',
    '跨越发展难关。              很完整，从设计到生产，在这里都能找到合',
    '                    作伙伴。”她说，今年她将以评委身份回到',
    '                     赛场，和更多年轻人分享创业经验。',
]

# PyMuPDF sort=True lines (after a generated page, d2701 seed 2703): a narrow article whose
# paragraphs open two ems in, then a box of three columns 13 ems wide, two spaces apart.
# Few lines end at the box's right edge, so the page seems 14 ems wide and a part two
# spaces after a column's line, where paragraphs open, read as glued (竹海镇…随风 /
# 具和竹制餐具。): it stood in the first column's own place, under its line.
SORT_GUTTER_AFTER_FIRST = page_of(
    ["活动顺利举行"]
    + [("  " + t if t in {printed(p, width=13, head=())[0] for p in (FULL, NEXT, LONG, CHIPS)}
        else t) for t in printed(FULL, NEXT, LONG, CHIPS, width=13, head=())]
    + ["", "一根竹子“撑”起一条产业链",
       "初秋时节，走进长宁县加工厂  工序，变成了竹地板、竹家加  倍。”工厂负责人罗建华说，",
       "竹海镇，漫山遍野的翠竹随风  具和竹制餐具。        企业今年接到的订单比去年多",
       "起伏。在镇上的一家竹木加工    “过去卖原竹，一吨只   了三成。",
       "厂里，一根根竹子经过破竹、  能卖四五百元；现在加工成竹    产品销往全国",
       "蒸煮、碳化、压制等工序，变  地板，价值能翻好几倍。”工  二十多个省份。"])


def title_under_paragraph_end(title: str = "江豚种群回升长江生态持续向好十年禁渔成效显现") -> str:
    """Two one-column articles side by side as sort=True prints them, the right one a line
    shorter; under the left one's last paragraph, which ends a sentence short, a blank line
    and a third article's title flush with it (by default running on over the right
    column), its text in two columns under it."""
    def at(cells):
        out = ""
        for x, cell in cells:
            out += " " * max(x - len(out), 1 if out else 0) + cell
        return out

    firsts = {printed(p, head=())[0] for p in (FULL, NEXT, LONG, CHIPS, BODY)}

    def rows(left, right):
        return [at([(x + (2 if c[k] in firsts else 0), c[k]) for x, c in ((0, left), (18, right))
                    if k < len(c)]) for k in range(max(len(left), len(right)))]

    return page_of([at([(0, "活动顺利举行"), (18, "开发区培育芯片产业")]),
                    at([(0, "本报记者 王五"), (18, "本报记者 赵六")])]
                   + rows(printed(FULL, NEXT, BODY, head=()), printed(LONG, CHIPS, head=()))
                   + ["", title, "本报记者 李四"]
                   + rows(printed(NEXT, LONG, head=()), printed(CHIPS, FULL, head=())))


def column_runs_on() -> str:
    """A box of two columns as sort=True prints them, one paragraph over both: the first
    column ends mid-sentence on a full line, the second (as long) beside it; at its right
    the next article's head, set right over its column, stands wholly above the second
    column (Breuel's order would read it between the two)."""
    def at(cells):
        out = ""
        for x, cell in cells:
            out += " " * max(x - len(out), 1 if out else 0) + cell
        return out

    left = printed(NEXT + LONG, head=())
    right = printed(CHIPS, FULL, LONG, head=())
    firsts = {printed(p, head=())[0] for p in (NEXT, CHIPS, FULL, LONG)}
    rows = [at([(0, "活动顺利举行"), (50, "开发区芯片产业")]),
            at([(0, "本报记者 王五"), (50, "本报记者 赵六")])]
    for k in range(max(3, len(right))):
        cells = []
        if k < 3:
            cells += [(2 if left[k] in firsts else 0, left[k]), (18, left[k + 3])]
        if k < len(right):
            cells.append((36 + (2 if right[k] in firsts else 0), right[k]))
        rows.append(at(cells))
    return page_of(rows)


def glued_boxes(unspaced: bool = False) -> tuple[str, list[list[str]]]:
    """Two boxes of two columns each as PyMuPDF sort=True prints them (columns 16 ems wide
    and 2 apart, a paragraph's first line 2 in): the right box's rows on lines of their
    own, three of them glued onto the left box's line, padded from the page's left edge,
    each after a row of full lines (so all three would end at one place past the page).
    `unspaced`: the left box's rows glued onto the right box's line instead, its first
    column at the page's left edge, so with no space at all."""
    text = (FULL + NEXT + LONG + CHIPS + CHIPS_MORE) * 2
    cols = [printed(text[k * 50:] + text[:k * 50], head=()) for k in range(4)]
    firsts = {c[0] for c in cols}

    def at(x: int, cells: list[str]) -> str:
        out = ""
        for k, cell in enumerate(cells):
            here = x + k * 18 + (2 if cell in firsts else 0)
            out += " " * max(here - len(out), 1 if out else 0) + cell
        return out

    lines = ["活动顺利举行" + " " * 30 + "开发区培育芯片产业"]
    for k in range(len(cols[0])):
        left, right = at(0, [cols[0][k], cols[1][k]]), at(36, [cols[2][k], cols[3][k]])
        if k in (4, 9, 14):
            lines.append(right + left if unspaced else left + right)
        else:
            lines += [right, left] if unspaced else [left, right]
    return page_of(lines), cols


GLUED_BOXES, GLUED_COLUMNS = glued_boxes()


def photo_in_column() -> str:
    """A box of two columns as sort=True prints them, a photo in the first: its paragraph
    (FULL + LONG + CHIPS, cut mid-sentence) runs on under the photo's caption, below where
    the second column (NEXT + CHIPS_MORE) ends."""
    left, right = printed(FULL + LONG + CHIPS, head=()), printed(NEXT + CHIPS_MORE, head=())
    firsts = {left[0], right[0]}
    cells = left[:4] + ["", "", "", "图为活动现场。 本报记者 王五摄"] + left[4:]
    rows = []
    for k in range(max(len(cells), len(right))):
        a = cells[k] if k < len(cells) else ""
        b = right[k] if k < len(right) else ""
        line = ("  " if a in firsts else "") + a
        if b:
            line += " " * (18 - len(line) if line else 18) + ("  " if b in firsts else "") + b
        rows.append(line)
    return page_of(["活动顺利举行", "本报记者 王五"] + rows)


# A page printed on two sheets (第 2 页 between them): three boxes cut by the break, their
# parts on sheet 2 in the same order, a box that starts on sheet 2 between them.
SHEET_BOXES = [
    ("果园苹果喜获丰收", "本报讯（记者 王五）今年果园里的苹果又大又甜，果农们忙着采摘苹果，苹果收购价格比去年高出两成，"
                        "果园苹果的收入明显增加。"),
    ("大棚蔬菜长势喜人", "本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们说，大棚黄瓜今年的产量比往年高，大棚黄瓜的"
                        "销路也很好。"),
    ("社区网格治理见成效", "本报讯（记者 赵六）社区党组织推进网格治理，居民议事协商有了固定场所，网格员每天走访居民，网格治理"
                          "让社区更和谐。")]
# (its third printed line, on sheet 2, closes the bracket its second left open)
BRACKET_CUT = "本报讯（记者 李四）近日，全会审议通过了规划建议（建议提出，到二〇三五年基本实现现代化）。"
SHEET_TWO_ONLY = ("城市夜市人气旺", "本报讯（记者 孙八）入夜，城市夜市灯火通明，游客们品尝小吃，夜市经济持续升温。")
# Two boxes cut mid-sentence and a third at its paragraph's end: on sheet 2, under that
# paragraph, the first box's part opens with a fragment (…采苹 / 果、梨、桃…) and the
# second's is its paragraph's last line alone, a short sentence (…说，大 / 棚黄瓜销路好。).
FRAGMENT_TAILS = [
    ("果园苹果喜获丰收", "本报讯（记者 王五）今年果园里的苹果又大又甜，果农们忙着采苹果、梨、桃，苹果收购价格比去年高出两成，"
                        "收入增加。"),
    ("大棚蔬菜长势喜人", "本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们说，大棚黄瓜销路好。"),
    ("社区网格治理见成效", "本报讯（记者 赵六）社区党组织推进网格治理，居民们都说好。")]


# A box's last line alone, read on sheet 2 under another box's part (which shares no words
# with its own open end, so the order pairs nothing): its seam makes a word (大 / 棚).
SEAM_TAIL_BOX = "本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们种的大棚黄瓜产量比往年高出两成。"
SEAM_TAIL_OTHER = "入冬以来气温偏低，降雪天气增多，出行注意防滑。"


def tail_under_another_part(boxes_cut: int = 2) -> str:
    """A page on two sheets whose break cut `boxes_cut` boxes (果园… only with two), the
    last before it SEAM_TAIL_BOX's, whose last line is read after SEAM_TAIL_OTHER."""
    lines = printed("本报讯（记者 钱七）乡村学校的学生越来越少，小规模学校办出了特色。",
                    "老师们因材施教，每个学生都能得到关注，家长们对学校很满意。",
                    head=("先行一步的乡村学校",))
    if boxes_cut == 2:
        lines += ["果园苹果喜获丰收", *printed(SHEET_BOXES[0][1], head=())[:2]]
    box = printed(SEAM_TAIL_BOX, head=())
    lines += ["大棚蔬菜长势喜人", *box[:2], "第 2 页", *flush_printed(SEAM_TAIL_OTHER), *box[2:]]
    return page_of(lines + printed(SHEET_TWO_ONLY[1], head=(SHEET_TWO_ONLY[0],)))


def flush_printed(*paras: str, width: int = 16, head=()) -> list[str]:
    """Paragraphs printed without an indent: a first line as full as the rest."""
    lines = list(head)
    for para in paras:
        lines += [para[i:i + width] for i in range(0, len(para), width)]
    return lines


def two_sheets(boxes=SHEET_BOXES, sheet_two_only=SHEET_TWO_ONLY, printed=printed) -> str:
    lines = printed("本报讯（记者 钱七）乡村学校的学生越来越少，小规模学校办出了特色。",
                    "老师们因材施教，每个学生都能得到关注，家长们对学校很满意。",
                    head=("先行一步的乡村学校",))
    rests = []
    for title, para in boxes:
        body = printed(para, head=())
        lines += [title, *body[:2]]  # two full lines on sheet 1, the rest on sheet 2
        rests.append(body[2:])
    lines += ["第 2 页", *rests[0], *rests[1]]
    lines += printed(sheet_two_only[1], head=(sheet_two_only[0],))
    return page_of(lines + rests[2])


# A paragraph whose fifth line OCR read short, breaking inside a word (组 / 织).
LISTED_SPLIT = ["活动顺利举行", "本报记者 王五", "今天上午这里举行了一次文化活", "动，来自各地的代表和群众纷纷参加",
                "，大家对活动的组", "织工作给予好评，希望以后多举办这", "样的活动，让更多人受益。"]
# pdfminer.six's text of a committed generated page (seed 9): the first article's column
# read down for three lines (the first stretched), then its box's two columns row by row,
# right column first, from the line under the title (read in one box with the title).
SEED9_PDFMINER = (Path(__file__).resolve().parent.parent / "benchmarks" / "corpus" / "generated"
                  / "pdfminer" / "gen-0009.txt").read_text(encoding="utf-8")
# pdfminer.six's text of a generated page (seed 1404), its first 80 lines: a dispatch's
# box of two lines, then the rest of its two columns read row by row with the second
# column's first rows level with the box's last line (展新进程 / 方愿同 before 人大举办):
# the stride changes (1, then 2) where no run of k columns can follow it.
STREAMS_PDFMINER = (
    '2025年2月18日  星期二  第9版  民生\n\n扎实推动乡村全面振兴\n\n'
    '铁凝出席非洲女性议员研讨班开班式\n\n南岭日报\n\n走进产业园区\n'
    '“这条铁路带给我们的是希\n望和未来”\n本报记者  黄培昭\n\n'
    '上 午 7 时 40 分 ， 伴 随 着 长 鸣 的 汽 笛\n\n'
    '声，亚吉铁路每天的第一趟列车缓缓驶出\n\n埃塞俄比亚首都亚的斯亚贝巴郊外的拉布\n\n'
    '站。窗外的景色如画卷般展开，金合欢树\n\n'
    '图为5月27日，快递员分拣包裹。（资料图片）\n\n不停地从眼前掠过。\n\n'
    '新华社北京10月19日电\xa0\xa0全国人大\n常委会副委员长铁凝19日在京出席由全国\n\n'
    '展新进程的中国主张，引起热烈反响。中\n\n方愿同与会各方从立法机构角度落实全球\n\n'
    '人大举办的非洲女性议员研讨班开班式并\n\n妇女峰会和中非合作论坛北京峰会成果，\n\n'
    '致辞。她表示，习近平主席在全球妇女峰\n\n密切立法机构友好往来，加强治国理政经\n\n'
    '会上发表主旨讲话，提出加速妇女全面发\n\n验交流，完善妇女权益法治保障，携手构\n\n'
    '建人类命运共同体。\n\n海滨公园“落日音乐会”每周六开唱\n\n'
    '本报讯（记者 林 楠）每逢周六傍\n晚，海滨公园的草坪上都会响起悠扬的音\n\n'
    '乐。由市文化馆主办的“落日音乐会”自\n\n7月启动以来，已举办6场，吸引观众2万\n'
    '\n多人次。\n\n带着女儿来听音乐会的刘先生说，他\n\n'
    '士 乐 等 ， 演 出 时 间 为 每 周 六 18:30 至\n\n'
    '20:00，持续到9月底。\n\n是在报上看到那条本报讯，才知道这里有\n\n'
    '市民在海滨公园观赏落日。视觉中国供图\n\n免费音乐会的。现在一家人每周六都会\n\n'
    '来，“吹着海风听音乐，特别惬意”。\n\n市文化馆负责人介绍，音乐会演出团\n\n'
    '队主要由本地乐团、高校学生和群众文艺\n\n爱好者组成，曲目涵盖民乐、流行乐、爵\n\n'
    '据悉，音乐会还设置了“市民开放\n\n麦”环节，每场邀请两三名普通市民登台\n\x0c')
# pdfminer.six's text of a generated page (seed 3002): a dispatch's box of two lines, then
# its two columns read row by row, the first column's rows coming one line apart where the
# second column's first line stands level with the box's last line; read as two streams
# the piece gains 6.75 over the runs' order, which read it in three columns.
STREAMS_GAIN_BELOW_EIGHT = (
    '地铁5号线二期后天开通试运营\n\n江城晚报讯（记者 胡 杰）7日，\n记者从市轨道交通集团获悉，地铁5号\n\n'
    '据介绍，二期工程沿线串联起高铁\n\n南站、城南大学城和多个大型居住区。\n\n'
    '线二期工程将于7月10日10:00开通试运\n\n开 通 初 期 ， 列 车 运 营 时 间 为 6:00 至\n\n'
    '营。二期工程全长11.6公里，设车站8\n\n23:00，高峰时段行车间隔约5分钟，票\n\n'
    '座，开通后5号线全长达到36.4公里。\n\n价执行现行线网票制。\n\n')
# pdfminer.six's text of a committed generated page (seed 2): read as streams, a piece of
# two (a dispatch's dateline box and its column) gains 4.8 over the runs' order and reads
# wrong, running the dispatch's title into the text above it.
SEED2_PDFMINER = (Path(__file__).resolve().parent.parent / "benchmarks" / "corpus" / "generated"
                  / "pdfminer" / "gen-0002.txt").read_text(encoding="utf-8")
# A box's two columns (LAY101's case): lines of 14 characters, every break inside a word.
WORDS_COLUMN_ONE = ["今年以来这个县始终坚持推动经", "济高质量发展作为头等大事来培",
                    "育特色产业不断完善基础设施努", "力改善营商环境吸引一批龙头企"]
WORDS_COLUMN_TWO = ["业落户园区，村里年轻人不用打", "工也能挣钱，不少人回到家乡上",
                    "班，每月收入比过去还多一些孩", "子们放学后也有人照看。"]

# PyMuPDF's text of a generated page (seed 7201), in two stretches: a head at sheet 1's
# foot with no text under it (让典籍里的文字“活”起来 / ——走进一家古籍数字化中心, its byline
# and photo), another box read after it, then the page's sheet break and the head's text,
# read as the other box's paragraphs.
HEAD_OVER_THE_BREAK = (
    '全国大学生职业规划大赛总决赛落幕\n——记者实地探访\n本报讯（中青报·中青网记者 叶雨婷）第二\n届全国大学生职业规划大赛总决赛日前落幕。大\n'
    '赛自启动以来，吸引了全国2,000多所高校的近\n千万名学生参与，最终有600余名选手进入总决\n赛。\n大赛设成长赛道和就业赛道，选手们围绕职\n'
    '业目标展示自己的学习经历、实践成果和发展规\n划，由高校教师和用人单位代表共同评审。有评\n委表示，今年选手的职业目标更加多元，不少选\n'
    '手把目光投向了基层、乡村和新兴产业。\n走进产业园区\n24小时自助借阅点增至40个\n本报讯（通讯员 何 静 记者 林 楠）记者从\n'
    '市图书馆获悉，随着近日港湾路、学府路等6个\n新点位投入使用，全市24小时自助借阅点已增至\n40个，覆盖所有街道。市民持读者证或电子社保\n'
    '卡即可随时借还图书。\n让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n'
    '图为工作人员对一册清代刻本进行高清扫描。（资料图片）\n一个西班牙人对中国式现代化的\n观察\n胡里奥·塞瓦略斯\n不久前，西班牙商业顾问、作家胡里奥·塞\n'
    '瓦略斯推出西语专著《璇玑图》。该书根据其在\n中国18年工作与生活的观察与思考，以亲历者的\n视角深入分析中国发展的路径和经验，积极评价\n'
    '中国以数十年为时间尺度规划发展道路。该书一\n经出版就引发西方社会的广泛关注。本报邀请塞\n瓦略斯就该书撰写稿件，以飨读者。\n第 2 页\n'
    '编者按：近年来，古籍数字化工作稳步推\n进，越来越多的珍贵典籍从库房走向屏幕。古籍\n数字化究竟怎么做？普通读者能从中得到什么？\n'
    '本报记者走进一家古籍数字化中心，记录下工作\n者们平凡的一天。\n上午9点，位于杭州西郊的一座灰白色小楼\n里，扫描室的灯已经亮了。工作人员戴上白手\n'
    '套，把一册清代刻本轻轻放在V形书托上，调整\n好角度，按下快门。这台专用扫描仪每拍一页，\n都要在电脑上放大检查，确认没有阴影、没有卷\n'
    '边，才能翻到下一页。\n一页古籍要经过几道工序？\n“扫描只是第一步。”中心负责人沈慧芳告\n诉记者，一页古籍从进门到上线，要经过登记、\n'
    '修复评估、扫描、图像处理、文字识别、人工校\n对、标引著录等十几道工序。破损严重的古籍要\n先送到隔壁的修复室，“书能不能翻，先得问修\n复师”。\n'
)

# pdftotext's text of a generated page (seed 0701, its foot): a box cut on sheet 1
# (…联合国粮食及农业组) whose part after the break MOVE001 takes (织近日发布报告…),
# and in that run the text of a head with no text of its own (“内外贸同样重要…”, 填资料…);
# the cut box also holds a tail under a from-elsewhere marker that found no home
# (（上接第四版） / 人工辅助育幼流程…), printed before the break.
RUN_CUT_BY_A_HEAD = (
    '联合国粮农组织呼吁加\n大农业投资\n本报联合国10月18日电（记\n者 李晓宏）联合国粮食及农业组\n'
    '（上接第四版）\n人工辅助育幼流程，幼仔存活率保\n持在较高水平。\n据介绍，新生幼仔将在满百日\n'
    '后陆续与公众见面。基地将通过官\n方网络平台发布幼仔成长视频，让\n公众“云端”观看熊猫宝宝的成长\n过程。\n'
    '“内外贸同样重要，两条腿走路\n更稳妥”\n本报记者 洪秋婷 李 刚\n前10个月全国新设经营\n'
    '主体同比增长3.5%\n本报北京11月4日电（记者\n王 琳）市场监管总局4日发布数据\n显示，今年前10个月，全国新设经\n'
    '营主体2,300多万户，同比增长\n3.5%。其中，新设企业约730万\n户，新设个体工商户约1,570万\n户。\n'
    '\x0c第 2 页\n图为7月13日，工人在生产线上忙\n碌。（资料图片）\n织近日发布报告指出，全球仍有约\n'
    '7亿人面临饥饿，气候变化、地区\n冲突和经济下行是影响粮食安全的\n主要因素。报告呼吁各国加大对农\n业特别是小农户的投资。\n'
    '图为大熊猫幼仔在育婴房内接受健康\n检查。成都大熊猫繁育研究基地供图\n图为志愿者为老人测量血压。\n本报记者 李国明摄\n'
    '填资料，扫二维码，领取资料\n单。阿里巴巴华南技术有限公司运\n营人员王洪斌已经接待了好几位参\n展商。“他们都打算入驻淘宝，我\n'
    '们这次参加广交会内外贸对接活\n动，就是想直面国内客户群体，吸\n纳更多客户。”\n'
)

# PyMuPDF's text of a generated page (seed 9101, gen-9101), its foot: a head with no text
# (全国大学生职业规划大赛总决赛落幕) over a box that opens with a dateline (江城晚报讯…), cut
# by the sheet break; after the break, the head's text opens with a dateline of its own
# (本报讯…), read on as the cut box's paragraphs, before the cut box's own rest (期工程…).
SECOND_OPENING_AFTER_THE_BREAK = (
    '老挝青年开上了“澜湄号”\n'
    '本报驻老挝记者  杨  一\n'
    '清晨6点半，老挝首都万象火车站，\n'
    '26岁的动车司机坎培·西萨瓦完成出乘前\n'
    '的最后一项检查，登上“澜湄号”动车组\n'
    '的驾驶室。几分钟后，列车平稳驶出车\n'
    '站，向北往琅勃拉邦方向开去。\n'
    '“小时候，我只在电视里见过火车。\n'
    '现在，我每天开着动车往返于万象和琅勃\n'
    '拉邦之间。”坎培说。2021年，他从老挝\n'
    '国立大学毕业后报名参加了中老铁路的司\n'
    '机培训项目，经过3年多的理论学习和跟\n'
    '车实习，去年正式成为一名动车司机。\n'
    '从“学徒”到“师傅”\n'
    '中老铁路开通以来，中老两国铁路部\n'
    '门合作开展了多批次本地员工培训，涵盖\n'
    '机车驾驶、调度指挥、线路维护、客运服\n'
    '务等专业。老中铁路有限公司提供的数据\n'
    '图为老挝籍动车司机坎培·西萨瓦在驾驶室内\n'
    '做出乘前检查。 新华社记者  凯  乐摄\n'
    '显示，目前公司已培养老挝籍员工3,800\n'
    '多名，一批本地员工已走上技术和管理岗\n'
    '位。\n'
    '在万象车辆段，28岁的检修工班长本\n'
    '米·英塔冯正在给几名新员工讲解转向架\n'
    '检修要点。“当初是中国师傅手把手教\n'
    '我，现在轮到我来教徒弟了。”本米说，\n'
    '她的工班里有12名员工，全部是老挝人。\n'
    '铁路改变了什么？\n'
    '对于老挝这个内陆国家来说，铁路带\n'
    '来的不只是出行方式的改变。沿线的万\n'
    '荣、琅勃拉邦等地游客明显增多，酒店、\n'
    '餐馆、手工艺品店生意红火。在琅勃拉邦\n'
    '老城经营咖啡馆的宋蓬说，现在周末从万\n'
    '象来的游客多了不少，她的店又雇了两名\n'
    '服务员。\n'
    '新春走基层\n'
    '全国大学生职业规划大赛总决\n'
    '赛落幕\n'
    '地铁5号线二期后天开通试\n'
    '运营\n'
    '——一线蹲点见闻\n'
    '江城晚报讯（记者 胡 杰）7日，记\n'
    '者从市轨道交通集团获悉，地铁5号线二\n'
    '期工程将于7月10日10:00开通试运营。二\n'
    '第 2 页\n'
    '本报讯（中青报·中青网记者 叶雨\n'
    '婷）第二届全国大学生职业规划大赛总决\n'
    '赛日前落幕。大赛自启动以来，吸引了全\n'
    '国2,000多所高校的近千万名学生参与，\n'
    '最终有600余名选手进入总决赛。\n'
    '大赛设成长赛道和就业赛道，选手们\n'
    '围绕职业目标展示自己的学习经历、实践\n'
    '成果和发展规划，由高校教师和用人单位\n'
    '代表共同评审。有评委表示，今年选手的\n'
    '职业目标更加多元，不少选手把目光投向\n'
    '了基层、乡村和新兴产业。\n'
    '期工程全长11.6公里，设车站8座，开通\n'
    '后5号线全长达到36.4公里。\n'
    '图为市民在社区服务中心办理业务。 余伟杰\n'
    '摄\n'
)

# PyMuPDF's text of a generated page (seed 7207): a commentary's one paragraph, then the
# next box's title, its comma inside (一张报纸，陪伴一座城市七 / 十年), read on as the
# paragraph's last lines over the title's subtitle and byline.
TITLE_WITH_COMMA_OVER_SUBTITLE = (
    '构建同科技创新相适\n应的科技金融体制\n（专题深思）\n张成虎  高睿凯\n科技是国家强盛之基，\n金融是国家重要的核心竞争\n力，科技金融是推动科技与\n'
    '金融双向促进的重要支撑。\n习近平总书记在中央金融工\n作会议上要求“深刻把握金\n融工作的政治性、人民\n性”，在省部级主要领导干\n'
    '部推动金融高质量发展专题\n研讨班开班式上强调“坚持\n经济和金融一盘棋思想，认\n真落实中央金融工作会议的\n各项决策部署，统筹推进经\n'
    '济和金融高质量发展，为以\n中国式现代化全面推进强国\n建设、民族复兴伟业作出新\n的更大贡献”，明确了新时\n代金融发展的方向，也为科\n'
    '技金融更好服务国家战略指\n明了前进道路。党的二十届\n三中全会《决定》提出：\n“构建同科技创新相适应的\n科技金融体制，加强对国家\n'
    '重大科技任务和科技型中小\n企业的金融支持”。面对世\n界百年未有之大变局与新一\n轮科技革命和产业变革交织\n演进的新形势，只有构建同\n'
    '科技创新相适应的科技金融\n体制，才能为实现高水平科\n技自立自强注入强大动能，\n为推进和拓展中国式现代化\n提供更加坚实的战略支撑。\n'
    '一张报纸，陪伴一座城市七\n十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n图②：上世纪80年代，市民在街头报栏前读报。\n'
    '1955年7月8日傍晚，第\n一期《江城晚报》从印刷厂\n运出，报童们抱着还带着油\n墨香的报纸跑上街头。那一\n天的报纸只有4个版，售价2\n'
    '分钱，却被市民抢购一空。\n七十年来，这张报纸换\n过10次版式、搬过3次家，\n从铅与火、光与电一路走到\n了数与网。不变的，是它始\n'
    '终把镜头和笔触对准这座城\n'
)

# PyMuPDF's text of a generated page (seed 7204): a sheet break cuts one box mid-word
# (…工业控制等领 / 第 2 页 / 域需求…), under a head with no text on sheet 1 (前三季度主要
# 金融数据变化怎么看…), whose text the converter read after the next box's first paragraph.
ONE_CUT_BOX_AND_A_HEAD = (
    '南京浦口经济开发区：探索集成电路国产化路径\n集成电路是信息产业发展的基础。今年以\n来，南京浦口经济开发区积极落实南京市“一园\n'
    '区一突破”改革任务，通过技术创新推动国产替\n代、招新引优补齐短板、深化改革优化环境，探\n索集成电路国产化路径。\n推动技术迭代\n'
    '浦口经开区聚焦集成电路领域硬科技、关键\n核心技术、国产替代等重点，把芯片产业核心技\n术国产化替代作为攻坚方向，加速构建自主可控\n的产业生态圈。\n'
    '华天科技系列项目总投资达300多亿元，在\n浦口经开区建立了各类先进封装线，并重点加码\n2.5D/3D封装业务。在浦口经开区的牵头下，华\n'
    '天科技与东南大学共建芯粒集成国产化协同创新\n中心，联合多家企业组建创新联合体，突破多项\n技术并实现国产化替代。\n'
    '宏泰半导体先后推出MS8000、MS8800型测试\n设备，可满足AI芯片、算力芯片、工业控制等领\n前三季度主要金融数据变化怎么看（高质量\n'
    '发展看亮点·读数）\n本报记者  吴秋余\n第 2 页\n域需求，有效填补了高端测试领域的国产技术空\n白。\n补齐产业短板\n'
    '强链补链是产业发展的必由之路。浦口经开\n区通过招大引强定向“进补”，构建自主可控、\n互为支撑的完整闭环。\n芯爱科技作为国内率先量产5G、FCBGA高端\n'
    '基板的企业，已成为华天科技、芯德半导体的上\n游供应商；2024年落地的云极芯探针卡项目，在\n量产后填补国产高端芯片测试装备耗材空白；成\n'
    '立不足5年的中茵微电子，凭借自主研发的企业\n级芯片设计技术平台，已完成5轮融资，可提供\n高端SoC解决方案、先进制程ASIC设计等一站式\n服务。\n'
    '谱写全球妇女事业发展新篇章\n（国际论坛）\n玛丽娜·拉古什\n在北京举行的全球妇女峰会，谱写了全球妇\n女事业新的篇章，为促进全球男女平等和妇女全\n'
    '面发展注入新动力，为推动构建人类命运共同体\n贡献新力量。\n中国人民银行近日发布的金融统计数据显\n示，今年前三季度，我国人民币贷款增加14.75\n'
    '万亿元，广义货币和社会融资规模增速均保持在\n较高水平，为经济回升向好创造了适宜的货币金\n融环境。如何看待前三季度主要金融数据变化？\n'
    '实体经济得到了哪些金融支持？记者进行了采\n访。\n——编 者\n企业信贷需求满足了吗？\n装备制造业、高技术制造业等重点行业维持高景\n气度\n'
    '“没有任何抵押，短短5天时间，200万元的\n贷款就到账了，解了我们的燃眉之急。”广东深\n圳市皋铁实业有限公司负责人王璞说。\n'
)
# PyMuPDF's text of a generated page (seed 2807): a box cut on sheet 1 (…预计覆盖学生)
# goes on after the break with its paragraph's last line alone (2,000万人次以上。).
ONE_LINE_TAIL_AFTER_THE_BREAK = (
    '立冬将至，贵州省湄潭县的茶园里依然一片\n忙碌。茶农们忙着修剪茶树、施加有机肥，为明\n年的春茶做准备。“秋冬管护做得好，明年春茶\n'
    '才能发得早、品质好。”兴隆镇茶农刘德明说，\n他家种了30多亩茶，去年光卖鲜叶就收入了20多\n万元。\n奋进新征程\n2025年“书香校园”阅读推广活动启\n'
    '动\n本报讯（记者 陈 雪）3月17日，2025年\n“书香校园”阅读推广活动在京启动。活动将持\n续至12月，面向全国中小学校开展好书推荐、读\n'
    '书分享、校园朗读等系列活动，预计覆盖学生\n图片报道\n10月19日，第138届广交会第一期闭幕。本\n届广交会设立服务机器人专区，引入数十家行业\n'
    '领先企业，聚焦服务机器人前沿，涵盖人形机器\n人、外骨骼机器人、球形巡检机器人、光伏清洁\n机器人、教育机器人等品类，兼具技术前瞻性与\n'
    '成熟商业应用性，吸引全球多家工商机构和头部\n采购商到会参观洽谈。\n图为10月15日，客商在第138届广交会服务机器人专\n'
    '区与人形机器人合影。 新华社记者  卢汉欣摄\n第 2 页\n2,000万人次以上。\n活动主办方介绍，今年将首次发布分学段推\n'
    '荐书目，涵盖文学、历史、科普、艺术等类别，\n共收录图书300种。各地可结合实际，组织开展\n“师生共读一本书”“家庭读书会”等特色活\n动。\n'
    '启动仪式上，多位作家、教师和学生代表分\n享了自己的阅读故事。一名初二学生说：“读书\n让我看到了更大的世界。”\n'
)

# PyMuPDF's text of a generated page (seed 7305): a paragraph cut by its column
# (…更好提高企), the next box's title ending in its column's tag read on as its last line,
# and the title's byline, a bare name (李嘉岳).
TAGGED_TITLE_OVER_BARE_BYLINE = (
    '“本届广交会首设外贸优品拓内销对接活\n动，目的就是更好地以超大规模国内市场为企业\n提供缓冲，促进出口内销双向赋能，更好提高企\n'
    '国家队也能“省里办”（微观）\n李嘉岳\n国家队，也能“省里办”？前不久印发的\n《合作组建国家高水平运动队管理办法（试\n'
    '行）》新增国家队“委托承办”类型。今年3\n月，国家体育总局已将板球、壁球两个项目作为\n试点，分别委托浙江、四川两地体育局承办国家\n队。\n'
)
# PyMuPDF's text of a generated page (seed 14201, gen-14203): a paragraph's last sentence,
# then the next box's title wrapped onto two lines, the later ending in its column's tag,
# read on as one block over the title's byline, a foreign author's name alone.
TITLE_OVER_FOREIGN_NAME = (
    '首台套装备“出海”提速\n国产大型盾构机订单排到明年\n——多地推进情况观察\n'
    '本报讯（记者 刘 慧）\n记者从中国工程机械工业协\n会获悉，今年前5个月，国\n'
    '内企业大型盾构机出口订单\n同比增长两成以上，部分企\n业订单已排到明年上半年。\n'
    '谱写全球妇女事业发展新篇\n章（国际论坛）\n玛丽娜·拉古什\n'
    '图为游客在古镇街头拍照留念。 本报记者  邹凯凯摄\n在北京举行的全球妇女\n'
    '峰会，谱写了全球妇女事业\n新的篇章，为促进全球男女\n平等和妇女全面发展注入新\n'
    '动力，为推动构建人类命运\n共同体贡献新力量。\n“为全球自由区发\n展提供助力”\n'
    '本报记者  董泽扬\n在海南自贸港全岛封关\n运作即将正式启动之际，第\n'
    '十一届世界自由区组织大会\n近日在海南国际会展中心举\n行，全球逾70个国家和地区\n'
    '的业界代表与专家参会。参\n会嘉宾认为，自由区是经济\n增长、产业多元化及可持续\n'
    '发展的强大引擎，海南自贸\n港作为中国对外开放重要门\n户，充分展现出作为现代自\n'
    '由区的发展潜力。\n'
)
# PyMuPDF's text of a generated page (seed 7303): a jump marker the line break cut in
# two (…市教育局、（下 / 转第六版）), its tail a line that looks like a marker alone.
MARKER_CUT_AT_LINE_END = (
    '东海日报\n2025年4月9日  星期三  第11版  社会\n关注秋粮收购\n暑期防溺水 这些地方别去\n图为市民在社区服务中心办理业务。 袁华洋摄\n'
    '本报讯（记者 刘 洋 实习生\n张 雨）暑假来临，中小学生溺水\n风险增加。7日，市教育局、（下\n转第六版）\n各地中小学课间普遍延\n长到15分钟\n'
    '本报记者  赵  兵\n课间铃声一响，北京市海淀区\n一所小学的操场上立刻热闹起来：\n跳绳、踢毽子、丢沙包……五年级\n学生李子涵说：“以前课间只有10\n'
    '分钟，上个厕所就没了。现在有15\n分钟，能和同学好好玩一会儿。”\n（上接第十一版）\n市应急管理局联合发布暑期防溺水\n安全提示，提醒家长加强对孩子的\n'
    '看护。\n'
)
# PyMuPDF's text of a generated page (seed 7303): a title of three lines after a photo's
# caption, commas and quotation marks in its first, ending in its column's tag.
TAGGED_TITLE_AFTER_CAPTION = (
    '物流基地投运\n南方日报讯（记者/黄 叙 通\n讯员/粤 商）9月2日，湛江国家骨\n干冷链物流基地一期项目正式投入\n运营。项目总投资约18亿元，建成\n'
    '冷库库容约30万吨，配备冷链分\n拣、加工、检测等设施，可为粤西\n地区水产品、热带水果等农产品提\n供“一站式”冷链服务。\n'
    '图为湛江国家骨干冷链物流基地冷库\n内，工作人员在搬运水产品。湛江市\n商务局供图\n久久为功，“APEC蓝”成为\n“北京蓝”（总书记的关切·\n'
    '落地的回响）\n本报记者  程  龙  潘俊强\n编者按：言出必践，是中国共\n图为观众在展馆参观。（资料图片）\n产党执政的鲜明风格。\n'
    '持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n'
)
# PyMuPDF's text of a generated page (seed 14601, gen-14606), in part: a photo's caption
# that fills the text's measure (21) ending in 。, then the next box's title wrapped onto its
# tail of one character, over its byline.
TITLE_UNDER_A_FULL_CAPTION = (
    '一张报纸，陪伴一座城市七十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n'
    '1955年7月8日傍晚，第一期《江城晚报》从\n印刷厂运出，报童们抱着还带着油墨香的报纸跑\n'
    '上街头。那一天的报纸只有4个版，售价2分钱，\n却被市民抢购一空。\n'
    '图①：1955年7月8日出版的《江城晚报》创刊号。\n快递进村，“最后一公里”越走越\n顺\n'
    '本报记者  周  雷\n每天10:30，安徽省金寨县梅山镇的快递共\n配中心都会迎来一天中最忙碌的时刻。来自县城\n'
    '的货车卸下一筐筐包裹，分拣员按村名把它们装\n进不同的周转箱，半小时后，十几辆电动三轮车\n'
    '就从这里出发，把包裹送往全镇的26个行政村。\n'
)
# PyMuPDF's text of a generated page (seed 7208): a paragraph cut inside a quotation
# (…向“ 卖品牌), and its tail (”“卖文化”转变，…) printed under another article's finished
# paragraph (…确保学生安全健康返校。).
QUOTE_TAIL_UNDER_FINISHED_PARAGRAPH = (
    '本报记者  赵  梅  通讯员  孙  杰\n立冬将至，贵州省湄潭县的茶\n园里依然一片忙碌。茶农们忙着修\n剪茶树、施加有机肥，为明年的春\n'
    '茶做准备。“秋冬管护做得好，明\n年春茶才能发得早、品质好。”兴\n隆镇茶农刘德明说，他家种了30多\n亩茶，去年光卖鲜叶就收入了20多\n万元。\n'
    '湄潭是全国重点产茶县之一，\n全县茶园面积60万亩，涉茶人口近\n40万人。近年来，当地持续推动茶\n产业从“ 卖原料” 向“ 卖品牌\n'
    '秋季学期开学 各地做\n好安全保障\n——记者实地探访\n新华社北京9月2日电（记者\n图为农民在田间收割水稻。\n本报记者  邵伟静摄\n'
    '徐 壮）秋季学期开学之际，教育\n部近日印发通知，要求各地各校切\n实做好开学各项工作，扎实做好校\n园安全、食品安全、传染病防控等\n'
    '工作，确保学生安全健康返校。\n”“卖文化”转变，茶叶精深加\n工、茶旅融合等新业态不断涌现。\n延链补链提升附加值\n在湄潭经济开发区的一家茶叶\n'
    '深加工企业，生产线上正在灌装茶\n饮料。企业负责人介绍，过去夏秋\n茶因为口感较差，大多只能低价出\n售，甚至直接放弃采摘。企业通过\n'
    '提取茶多酚、生产速溶茶粉和茶饮\n料，把夏秋茶“吃干榨净”，每年\n可消化夏秋茶鲜叶2万多吨。\n创新答卷彰显新型举国体制优势（科\n'
)

# PyMuPDF's text of a generated page (seed 7407): a dateline's first line cut short
# inside its bracket at a name's space (本报讯（记者 孙 婷), a photo's caption without a
# start word and another with one under it, then the dateline going on (通讯员 高 原）…).
DATELINE_OVER_TWO_CAPTIONS = (
    '持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷\n江滩公园里，孩子们在喷泉旁\n戏水消暑。视觉中国供图\n▲7日晚，市民在青石街夜市\n'
    '选购小吃。  记者 孙  婷 摄\n通讯员 高 原）连日来，我\n市持续晴热高温，最高气温\n一度达到38.6℃。白天街头\n行人稀少，到了晚上，江\n'
    '滩、夜市、商圈却人头攒\n动，不少市民选择在夜间出\n门纳凉、消费。\n晚上9点，青石街夜市\n灯火通明。卖凉面的、卖烧\n'
)

# PyMuPDF's text of a generated page (seed 7801): a dispatch's last line under a photo's
# caption (同体。), then a title wider than the column wrapped onto a line that ends in
# its column's tag and fills it, a photo and its credit, then the title's text.
TAGGED_TITLE_IN_TEXT = (
    '铁凝出席非洲女性议员研讨班开班式\n新华社北京10月19日电  全国人\n大常委会副委员长铁凝19日在京出席由\n全国人大举办的非洲女性议员研讨班开\n'
    '班式并致辞。她表示，习近平主席在全\n球妇女峰会上发表主旨讲话，提出加速\n妇女全面发展新进程的中国主张，引起\n热烈反响。中方愿同与会各方从立法机\n'
    '构角度落实全球妇女峰会和中非合作论\n坛北京峰会成果，密切立法机构友好往\n来，加强治国理政经验交流，完善妇女\n权益法治保障，携手构建人类命运共\n'
    '图为医生为村民义诊。（资料图片）\n同体。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n图为志愿者为老人测量血压。\n'
    '钟  俊摄\n今年是“十四五”规划收官之年。\n5年间，从实现第一个百年奋斗目标到\n开启第二个百年奋斗目标新征程，从全\n'
    '面建成小康社会到促进全体人民共同富\n裕，中国经济社会发展取得新的开创性\n进展、突破性变革、历史性成就。接受\n本报记者采访的国际人士表示，“十四\n'
    '五”时期，中国经济总量连续跨越多个\n台阶，中国经济持续高质量发展为全球\n经济复苏增长作出积极贡献，成为世界\n经济发展最稳定、最可靠、最积极的力\n量。\n'
    '乡村学校的“小而美”之路\n'
)

# PyMuPDF's text of a generated page (seed 7502): the sheet break cuts one box mid-
# sentence (…使这本) and another at a paragraph's end (…和竹制餐具。); after the break a
# photo's caption, the second box's next paragraph (“过去卖原竹，…), then the first box's
# run (书既是一部摄影集…), all read as the first box's text.
BOX_RESUMED_AFTER_BREAK = (
    '像这样的变化，正在中西部许多县城\n发生。近年来，各地以县域医共体建设为\n抓手，推动人员、技术、设备向基层流\n动，群众看病“舍近求远”的局面逐步改\n'
    '变。记者在3个省份的6个县走访发现，县\n域内就诊率普遍保持在90%左右，一些县\n的乡镇卫生院重新热闹了起来。\n专家沉下去，小病不出乡\n'
    '会宁县人民医院牵头组建的医共体，\n把28家乡镇卫生院和284个村卫生室纳入\n一体化管理。县医院每年选派40余名中级\n'
    '以上职称医生到乡镇蹲点，每人至少驻守\n半年。乡镇卫生院能做的手术从过去的3\n种增加到17种。\n“刚来的时候，卫生院连胃镜都做不\n'
    '了。”会宁县人民医院消化内科副主任医\n师王建军说。他在丁家沟镇卫生院带出了\n两名能独立操作胃镜的年轻医生，“我走\n了，技术留下来，这才是关键。”\n'
    '绿色发展新答卷\n一根竹子“撑”起一条产业链\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者  邓  童\n初秋时节，走进长宁县竹海镇，漫山\n'
    '遍野的翠竹随风起伏。在镇上的一家竹木\n加工厂里，一根根竹子经过破竹、蒸煮、\n碳化、压制等工序，变成了竹地板、竹家\n具和竹制餐具。\n一座县城的百年影像\n'
    '——读《山河故人：南屏县影像志》\n赵  鹏   林  蔚\n这是一本特别的图书。它收录了南屏\n县文化馆三代摄影工作者拍摄的600余幅\n'
    '照片，时间跨度从20世纪30年代一直延续\n到今天。翻开书页，老街、渡口、祠堂、\n粮站、供销社依次出现，一座普通县城的\n百年变迁就这样被定格下来。\n'
    '书中最打动人的，是那些普通人的面\n孔：在晒谷场上笑着扬起稻谷的妇女，第\n一次坐上拖拉机的少年，在新建的图书室\n里埋头读书的孩子……编者没有刻意追求\n'
    '宏大叙事，而是用一张张朴素的照片，让\n读者看见时代在个人身上留下的痕迹。\n图为技术人员调试设备。 马建飞摄\n值得一提的是，编者为每一幅照片都\n'
    '配写了详细的说明，注明拍摄时间、地点\n和人物，有的还附上了被拍摄者多年后的\n回忆。这些文字与图像相互印证，使这本\n第 2 页\n'
    '图为2月2日，货轮在港口装卸集装箱。\n新华社记者  万  超摄\n“过去卖原竹，一吨只能卖四五百\n元；现在加工成竹地板，价值能翻好几\n'
    '倍。”工厂负责人罗建华说，企业今年接\n到的订单比去年多了三成，产品销往全国\n20多个省份，还出口到东南亚。\n书既是一部摄影集，也是一部可信的地方\n'
    '史料。\n'
)

# PyMuPDF's text of a generated page (seed 408): a head with no text over the sheet break
# (一张报纸，陪伴一座城市 / 七十年 / ——写在江城晚报创刊70周年之际); after the break its
# text, whose first paragraph (1955年…《江城晚报》…) echoes its title less than its second
# (七十年来，这张报纸…), then another box's tail (上。).
HEAD_TEXT_OPENS_WITH_A_WEAKER_ECHO = (
    '类，兼具技术前瞻性与成熟\n商业应用性，吸引全球多家\n工商机构和头部采购商到会\n参观洽谈。\n图为10月15日，客商在第138\n'
    '届广交会服务机器人专区与人\n形机器人合影。 新华社记者  \n卢汉欣摄\n一张报纸，陪伴一座城市\n七十年\n——写在江城晚报创刊70周年之际\n'
    '本报记者  周  敏  林  晓\n暑运全国铁路发送\n旅客9.5亿人次\n据新华社电 记者2日从\n中国国家铁路集团有限公司\n'
    '获悉，7月1日至8月31日，\n为期62天的暑运落下帷幕，\n全国铁路累计发送旅客9.5\n亿人次，同比增长5.2%，日\n均发送旅客1,530万人次。\n'
    '暑运期间，铁路部门充\n分挖掘运输潜力，加开旅客\n列车，优化开行方案，增开\n夜间高铁和旅游列车，更好\n满足旅客出行需求。\n年轻人为何爱上“博物馆打\n'
    '卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n端午假期，国家博物馆\n门前排起了长队。队伍中，\n年轻面孔占了多数。22岁的\n'
    '大学生林可提前一周预约了\n门票，“这次专门来看青铜\n器特展，攻略做了好几\n天”。\n近年来，“博物馆热”\n图②：年轻观众在展柜前拍照\n'
    '打卡。 中青报·中青网记者  毛  \n宁/摄\n持续升温，年轻人成为参观\n主力。中国青年报社社会调\n查中心对1,327名18至35岁\n'
    '青年进行的一项调查显示，\n71.6%的受访青年过去一年\n图①：观众在国家博物馆参观\n青铜器特展。\n至少去过一次博物馆，其中\n'
    '有三成以上去过5 次及以\n绿色发展新答卷\n前4个月全国铁路完\n成货物发送量16.9亿\n吨\n新华社北京5月13日电\n（记者 刘 翔）记者13日从\n'
    '中国国家铁路集团有限公司\n获悉，今年前4个月，全国\n铁路完成货物发送量16.9亿\n吨，同比增长3.5%，日均装\n车18.2万车，保持高位运\n行。\n'
    '科技创新在一线\n蒙内铁路累计发送旅\n客超1300万人次\n新华社内罗毕10月19\n日电（记者 王 冠）肯尼亚\n蒙巴萨—内罗毕标准轨距铁\n'
    '路运营公司19日发布数据显\n第 2 页\n1955年7月8日傍晚，第\n一期《江城晚报》从印刷厂\n运出，报童们抱着还带着油\n墨香的报纸跑上街头。那一\n'
    '天的报纸只有4个版，售价2\n分钱，却被市民抢购一空。\n图①：1955年7月8日出版的\n《江城晚报》创刊号。\n图②：上世纪80年代，市民在\n'
    '街头报栏前读报。\n七十年来，这张报纸换\n过10次版式、搬过3次家，\n从铅与火、光与电一路走到\n了数与网。不变的，是它始\n终把镜头和笔触对准这座城\n'
    '市里的普通人。\n上。\n是“跟风”还是真喜欢？\n'
)


def placed(*rows: list[tuple[int, str]]) -> str:
    """A page as pdftotext -layout prints it: each row's texts at their character positions."""
    out = []
    for row in rows:
        line = ""
        for x, text in row:
            line = line.ljust(x) + text
        out.append(line.rstrip())
    return page_of(out)


def STACKED_BOX(last: str = "卖起了土特产。", gap: bool = False, lower_right: bool = True,
                flush: bool = False, marker: str = "", blank: bool = True,
                onward: str = "") -> str:
    """pdftotext -layout (seed 6501, gen-6508): an article's two-column box (its second
    column's last line `last`) over a single blank line across the page, then the next box
    stacked in the same columns, its first line a paragraph's indented opening (the
    article's text goes on there). `gap`: a blank row inside the box above (a neighbour's
    pitch); `lower_right`: the lower box has a run under the upper box's second column;
    `flush`: the lower box's first line stands at the column's start, no indent; `marker`:
    a jump marker alone on the lower box's first line, at the column's start; `blank`: the
    blank line between the boxes; `onward`: a jump marker on the upper box's last row, right
    of its second column."""
    a = ["  浙江省松阳县的杨家堂村，是一", "座有着300多年历史的古村落。4年", "前，在杭州做设计师的姑娘吴佳回",
         "到家乡，把村里3栋闲置的老宅改", "造成了民宿。"]
    b = ["  “当时很多人不理解，觉得放着", "城里的好工作不做，回来折腾什", "么。”吴佳说。如今，她的民宿一",
         "到周末就一房难求，还带动村民开", "起了农家乐、" + last]
    rows: list = [[(0, "返乡青年把民宿开进了古村落")], [(0, "本报记者 王 瑾")], []]
    for i, (x, y) in enumerate(zip(a, b)):
        rows += [[]] if gap and i == 3 else []
        rows.append([(0, x), (24, y)])
    rows[-1] += [(48, onward)] if onward else []
    c = ["  松阳县文旅部门负责人介绍，近", "年来，当地吸引了一批像吴佳这样", "的返乡青年，他们把设计、运营、"]
    if flush:
        c[0] = "松阳县文旅部门负责人介绍，近年"
    d = ["营销等新理念带回乡村，让沉睡的", "古村落重新焕发生机。"]
    rows += [[]] if blank else []
    rows += [[(0, marker)]] if marker else []
    rows += [[(0, x)] + ([(24, d[i])] if i < len(d) and lower_right else []) for i, x in enumerate(c)]
    return placed(*rows, [], [], [(0, "下一篇文章的标题在这里")], [(0, "  " + FULL)])


def STACKED_BOX3(middle: str = "起了农家乐、卖起了土特产。") -> str:
    """STACKED_BOX's page in three columns (at 0, 24 and 48), the middle column's last line
    `middle`; the lower box has a run under each column, at the first one's indent and at
    the other two's starts."""
    a = ["  浙江省松阳县的杨家堂村，是一", "座有着300多年历史的古村落。4年", "前，在杭州做设计师的姑娘吴佳回",
         "到家乡，把村里3栋闲置的老宅改", "造成了民宿。"]
    b = ["  “当时很多人不理解，觉得放着", "城里的好工作不做，回来折腾什", "么。”吴佳说。如今，她的民宿一",
         "到周末就一房难求，还带动村民开", middle]
    e = ["  村里的老人说，过去村子一到晚", "上就黑灯瞎火，现在游客多了，年", "轻人也回来了，村子又热闹起来。",
         "吴佳说，她还想把更多老宅改造成", "书屋和手工作坊。"]
    rows: list = [[(0, "返乡青年把民宿开进了古村落")], [(0, "本报记者 王 瑾")], []]
    rows += [[(0, x), (24, y), (48, z)] for x, y, z in zip(a, b, e)]
    c = ["  松阳县文旅部门负责人介绍，近", "年来，当地吸引了一批像吴佳这样", "的返乡青年，他们把设计、运营、"]
    d = ["营销等新理念带回乡村，让沉睡的", "古村落重新焕发生机。"]
    f = ["同时，当地出台政策支持老宅", "保护利用，引导社会资本参与。"]
    rows.append([])
    rows += [[(0, x)] + ([(24, d[i])] if i < len(d) else []) + ([(48, f[i])] if i < len(f) else [])
             for i, x in enumerate(c)]
    return placed(*rows, [], [], [(0, "下一篇文章的标题在这里")], [(0, "  " + FULL)])


def JUMP_UNDER_BLANK_ROWS(marker: str = "（上接第8版）") -> str:
    """pdftotext -layout (seed 15801, gen-15801): an article's two-column box, both columns'
    last lines full and open (its text goes on elsewhere), over three blank rows across the
    page, then a line opening with `marker` at the first column's start, the next article's
    second column beside it, and that article's two columns under it."""
    a = ["  浙江省松阳县的杨家堂村，是一", "座有着300多年历史的古村落。4年", "前，在杭州做设计师的姑娘吴佳回",
         "到家乡，把村里3栋闲置的老宅改", "造成了民宿，吸引了不少城里的游"]
    b = ["  “当时很多人不理解，觉得放着", "城里的好工作不做，回来折腾什", "么。”吴佳说。如今，她的民宿一",
         "到周末就一房难求，还带动村民开", "起了农家乐、卖起了土特产，成了"]
    c = ["松阳县文旅部门负责人介绍，近年", "年来，当地吸引了一批像吴佳这样", "的返乡青年，他们把设计、运营、"]
    d = ["营销等新理念带回乡村，让沉睡的", "古村落重新焕发生机。", "村民的收入也跟着涨了起来，"]
    rows: list = [[(0, "返乡青年把民宿开进了古村落")], [(0, "本报记者 王 瑾")], []]
    rows += [[(0, x), (24, y)] for x, y in zip(a, b)]
    rows += [[], [], [], [(0, marker), (24, "当地的干部群众都说，这几年来")]]
    rows += [[(0, x), (24, y)] for x, y in zip(c, d)]
    return placed(*rows, [], [], [(0, "下一篇文章的标题在这里")], [(0, "  " + FULL)])


def in_column(text: str, width: int = 14) -> list[str]:
    return [text[k:k + width] for k in range(0, len(text), width)]


# A box's two columns (at 20 and 40) beside a column at 0; the box's first column goes on
# under a row where only the column at 0 has a line, its line above full and open.
GOES_ON = in_column(LONG + NEXT + FULL + CHIPS_MORE + CHIPS + NEXT)
GOES_ON_ROWS = [[(0, f), (20, a), (40, b)] for f, a, b in zip(
    in_column(FULL + LONG + NEXT + CHIPS), GOES_ON[:10], in_column(CHIPS + LONG + FULL + NEXT)[:10])]


# A box's two columns, 11 characters wide at 0 and 24 (the left one's first line indented
# two cells), beside a column at 46, on the rows pdftotext -layout gave them (seed 601,
# gen-0602): the box has no line on two rows where the neighbour's column has.
def GAPPED_LEFT(text: str) -> list[str]:
    return [text[:9]] + in_column(text[9:], 11)


GAPPED_RIGHT = in_column(LONG, 11)
_GAPPED_NEIGHBOUR = in_column(NEXT + FULL + LONG + FULL, 12)


def GAPPED_BOX(text: str, after: str = "") -> list[list[tuple[int, str]]]:
    """The rows; `after`, a paragraph opening on the left column's third line (indented
    two cells, as its first line is) after the first paragraph's two lines."""
    a, b, c = GAPPED_LEFT(text), GAPPED_RIGHT, _GAPPED_NEIGHBOUR
    x = [2, 0, 0, 0]
    if after:
        a, x = a[:2] + GAPPED_LEFT(after), [2, 0, 2, 0]
    return [[(0, "首届县域商业发展大会在义乌"), (46, c[0])], [(46, c[1])], [(46, c[2])],
            [(0, "举办"), (46, c[3])], [(46, c[4])], [(46, c[5])],
            [(x[0], a[0]), (24, b[0]), (46, c[6])], [(x[1], a[1]), (24, b[1])],
            [(46, c[7])], [(46, c[8])],
            [(x[2], a[2]), (24, b[2]), (46, c[9])], [(24, b[3])], [(46, c[10])],
            [(x[3], a[3])]]



def GAPPED_BOX3(middle: str = LONG + FULL) -> list[list[tuple[int, str]]]:
    """A box of three columns (at 0, 15 and 30; the middle one's text `middle`) beside the
    neighbour at 48, two rows blank inside the box under its third line (gen-15205)."""
    a, b = GAPPED_LEFT(CHIPS + CHIPS_MORE), in_column(middle, 11)
    d, c = in_column(NEXT + FULL, 11), _GAPPED_NEIGHBOUR
    return [[(0, "首届县域商业发展大会在义乌"), (48, c[0])], [(48, c[1])], [(48, c[2])],
            [(0, "举办"), (48, c[3])], [(48, c[4])], [(48, c[5])],
            [(2, a[0]), (15, b[0]), (30, d[0]), (48, c[6])],
            [(0, a[1]), (15, b[1]), (30, d[1])], [(0, a[2]), (15, b[2]), (30, d[2]), (48, c[7])],
            [(48, c[8])], [(48, c[9])],
            [(0, a[3]), (15, b[3]), (30, d[3]), (48, c[10])], [(0, a[4]), (15, b[4]), (30, d[4])],
            [(48, c[11])]]

# PyMuPDF (seed 2801, gen-2807): an article cut mid-sentence at its column's foot (…预计覆盖
# 学生), a photo-news box (图片报道) read right under it, the cut article's tail under the
# box's caption and the page footer, then another article's tail under a marker that it
# comes from elsewhere （上接第2版）.
PHOTO_NEWS = '立冬将至，贵州省湄潭县的茶园里依然一片\n忙碌。茶农们忙着修剪茶树、施加有机肥，为明\n年的春茶做准备。“秋冬管护做得好，明年春茶\n才能发得早、品质好。”兴隆镇茶农刘德明说，\n他家种了30多亩茶，去年光卖鲜叶就收入了20多\n万元。\n奋进新征程\n2025年“书香校园”阅读推广活动启\n动\n本报讯（记者 陈 雪）3月17日，2025年\n“书香校园”阅读推广活动在京启动。活动将持\n续至12月，面向全国中小学校开展好书推荐、读\n书分享、校园朗读等系列活动，预计覆盖学生\n图片报道\n10月19日，第138届广交会第一期闭幕。本\n届广交会设立服务机器人专区，引入数十家行业\n领先企业，聚焦服务机器人前沿，涵盖人形机器\n人、外骨骼机器人、球形巡检机器人、光伏清洁\n机器人、教育机器人等品类，兼具技术前瞻性与\n成熟商业应用性，吸引全球多家工商机构和头部\n采购商到会参观洽谈。\n图为10月15日，客商在第138届广交会服务机器人专\n区与人形机器人合影。 新华社记者  卢汉欣摄\n第 2 页\n2,000万人次以上。\n活动主办方介绍，今年将首次发布分学段推\n荐书目，涵盖文学、历史、科普、艺术等类别，\n共收录图书300种。各地可结合实际，组织开展\n“师生共读一本书”“家庭读书会”等特色活\n动。\n启动仪式上，多位作家、教师和学生代表分\n享了自己的阅读故事。一名初二学生说：“读书\n让我看到了更大的世界。”\n（上接第2版）\n的优势。\n在深圳，杜登赫费尔参观了华为总部。“这\n是一家独一无二的公司，让我印象深刻。”他\n说，在与华为员工深入交流的过程中，自己能够\n感受到华为务实开放的企业文化和工作氛围。在\n他看来，中国科技企业展现出的创新精神和前瞻\n布局，正是推动相关行业迅速崛起的重要力量。\n杜登赫费尔近年来多次在公开场合表示，中\n国汽车产业已走在世界前列，引领全球汽车产业\n转型。“中国拥有全球最大的汽车市场，正大力\n推动电动汽车产业发展，十分令人钦佩。”他\n说，“中国提出‘双碳’目标，向电动汽车转型\n就是信守这一承诺的体现。”\n'


# PyMuPDF (seed 3001, gen-3008): an article's first line, the rest of it on the PDF's next
# sheet (…马杜罗日前表 / … / 第 2 页 / 示，委内瑞拉…), and right under it a brief's title
# whose lede repeats it word for word (全国秋粮收获近七成 / … / 示，全国秋粮收获近七成。).
ECHOED_TITLE = '一所小学的操场上立刻热闹起来：\n跳绳、踢毽子、丢沙包……五年级\n学生李子涵说：“以前课间只有10\n分钟，上个厕所就没了。现在有15\n分钟，能和同学好好玩一会儿。”\n委内瑞拉加强应对美军\n事威胁\n本报记者  陈海琪\n委内瑞拉总统马杜罗日前表\n全国秋粮收获近七成\n农业农村部最新农情调度显\n示，全国秋粮收获近七成。分作物\n看，中稻过七成、玉米过六成、大\n豆\n“内外贸同样重要，两\n条腿走路更稳妥”\n本报记者  洪秋婷  李  刚\n填资料，扫二维码，领取资料\n流动的艺术，联动的长\n三角\n本报记者  曹玲娟\n第二十四届中国上海国际艺术\n第 2 页\n示，委内瑞拉抵制美国中央情报局\n策划的政变，拉美地区对此行径\n“不欢迎、不需要”，并强烈抨\n击。马杜罗最近还在“原住民抵抗\n日”纪念活动上号召该国原住民加\n入民兵组织，并组建原住民民兵\n旅，以应对美在委附近加勒比海域\n加强军事部署带来的威胁。据当地\n媒体报道，委政府正持续推进国内\n政\n治\n与\n社\n'


# PyMuPDF (seed 3001, gen-3004): an article's last paragraph, a photo's caption under it,
# then a brief's title wrapped onto a short tail (前三季度我国服务贸易稳 / 中有进) over its text.
TITLE_UNDER_CAPTION = '东海日报\n2025年4月16日  星期三  第3版  综合\n坚定信心 实干争先 奋力谱写高质量发展新篇章\n科技创新在一线\n成都大熊猫基地今年已诞生幼仔11只\n中新社成都9月9日电\n（记者 贺 劭）记者9日从\n成都大熊猫繁育研究基地获\n悉，今年以来，该基地已有\n8只大熊猫成功产仔，共诞\n生幼仔11只，目前幼仔均健\n康成长。\n图为大熊猫幼仔在育婴房内接\n受健康检查。成都大熊猫繁育\n研究基地供图\n基地兽医院负责人介\n绍，今年基地在大熊猫育幼\n方面进一步优化人工辅助育\n幼流程，幼仔存活率保持在\n较\n（下转第二十版）\n（上接第三版）\n高水平。\n据介绍，新生幼仔将在\n满百日后陆续与公众见面。\n基地将通过官方网络平台发\n布幼仔成长视频，让公众\n“云端”观看熊猫宝宝的成\n长过程。\n图为游客在古镇街头拍照留念。\n新华社记者  薛  国摄\n前三季度我国服务贸易稳\n中有进\n进出口总额同比增长\n8.2% ，其中出口增长\n12.5%，增速高于进口6.9个\n百分点。知识密集型服务贸\n易表现亮眼，个人文化和娱\n乐服务、电信计算机和信息\n服务、知识产权使用费等领\n域保持较快增长。\n图为运动员在比赛中。\n'


# PyMuPDF (seed 3001, gen-3005): a page printed on two sheets; the break (第 2 页) cut two
# boxes mid-sentence (…高科技企业的最, …不少小规模学校), and on the second sheet each goes on in
# the same order (新成果。他表示…, then 在课程、教学和管理上…).
TWO_BOXES_CUT = '“理解与信任才是基础”\n本报记者  刘  赫\n不久前，德国汽车经济学专家、波鸿汽车\n研究院院长费迪南德·杜登赫费尔在湖北武汉\n体验了自动驾驶出租车服务。“驾驶过程平稳\n顺畅，就像坐在飞毯上一样，充满未来感。”\n杜登赫费尔在接受本报记者专访时说，这一体\n验让他对中国智能汽车产业刮目相看。\n此次访华，杜登赫费尔走访了湖北、广东\n等地，体验了中国智能出行和高科技企业的最\n让每所乡村学校都有自己的光\n——多地推进情况观察\n刘  博   孙  悦\n乡村学校变“小”，是城镇化进程中难以\n回避的现象。但“小”不等于“弱”，更不等\n于“没有未来”。从调研看，不少小规模学校\n第 2 页\n新成果。他表示，中国自动驾驶企业的技术实\n力“令人惊叹”。无论是交通信号灯识别，还\n是复杂路况下的平稳驾驶，都展现了中国在自\n动驾驶领域的优势。\n在深圳，杜登赫费尔参观了华为总部。\n“这是一家独一无二的公司，让我印象深\n刻。”他说，在与华为员工深入交流的过程\n中，自己能够感受到华为务实开放的企业文化\n和工作氛围。在他看来，中国科技企业展现出\n的创新精神和前瞻布局，正是推动相关行业迅\n速崛起的重要力量。\n杜登赫费尔近年来多次在公开场合表示，\n中国汽车产业已走在世界前列，引领全球汽车\n产业转型。“中国拥有全球最大的汽车市场，\n正大力推动电动汽车产业发展，十分令人钦\n佩。”他说，“中国提出‘双碳’目标，向电\n动汽车转型就是信守这一承诺的体现。”\n在课程、教学和管理上大胆探索，办出了令人\n惊喜的办学特色。\n这些学校的经验说明，乡村教育的活力，\n来自对每一个孩子的关注，来自对乡土文化的\n珍视，也来自教师扎根乡村的坚守。政策支持\n固然重要，但更重要的是让学校拥有办学的自\n主空间，让老师拥有专业成长的机会。\n图为5月3日，快递员分拣包裹。\n本报记者  蒋勇鹏摄\n图片报道\n——一线蹲点见闻\n10月19日，第138届广交会第一期闭幕。\n'


# PyMuPDF (seed 401, gen-0404): the sheet break cuts one box (…赋彩人民美 / 第 2 页); on
# sheet 2 another box, cut at a paragraph's end on sheet 1, resumes first (加装电梯并不容易。…,
# a line alone among its paragraphs: “好！”他说。), then the cut box goes on (好文化生活，…).
RUN_PAST_A_RESUMED_BOX = '加装电梯后，张大爷天天下楼遛弯\n本报讯（记者 王 薇 通讯员 李 军）11日\n上午，家住南山区幸福里小区5号楼6楼的张大\n爷，第一次乘坐新装好的电梯下了楼。站在楼\n门口，78岁的老人有些激动：“腿脚不好，好\n几年没怎么下过楼了。以后天天都能下来遛弯\n了！”\n幸福里小区建于上世纪90年代初，共有18\n栋多层住宅楼，没有一部电梯。小区60岁以上\n的老人占居民总数的四成左右。今年初，社区\n启动加装电梯工作，由社区牵头、居民协商、\n专业公司代建，目前已有7部电梯投入使用，\n另有5部正在施工。\n展世界艺术画卷 建文化交流平\n台\n本报记者  曹玲娟\n10月17日，第二十四届中国上海国际艺术\n节拉开帷幕，在一个多月的时间里，将举办各\n类演出展览活动500余项，共计1200余场。一\n场艺术节，吸引全球优质演艺资源，中外名作\n佳作汇聚上海舞台。一场艺术节，赋彩人民美\n第 2 页\n加装电梯并不容易。低层住户担心采光和\n噪声，费用分摊也常常谈不拢。社区书记刘红\n梅说，为了5号楼的这部电梯，社区先后组织\n了9次协商会，最后商定按楼层高低分摊费\n用，1楼住户不出钱，并由高层住户给予适当\n补偿。\n▲11日，幸福里小区居民乘坐新装的电梯下楼。  \n记者 王  薇 摄\n电梯启用那天，住在1楼的老周也来了。\n张大爷拉着他的手说：“老周，谢谢你！等你\n老了，也坐电梯！”\n“好！”他说。\n据了解，今年我市计划为老旧小区加装电\n梯300部以上，对符合条件的项目给予每部最\n高20万元的财政补贴。市住建局有关负责人表\n示，将进一步简化审批流程，推行“一站式”\n办理，让更多老人早日告别“爬楼难”。\n好文化生活，市民群众在家门口就能领略名家\n名团的风采。中国上海国际艺术节已成为中外\n文化艺术交流的重要平台，生动展现着文化因\n交流而多彩。\n'
# PyMuPDF (seed 601, gen-0604): the sheet break cuts a box's first line (编者按：随着城镇化推进
# 和学龄人口 / 第 2 页); its run on sheet 2 (变化，一些乡村学校的学生越来越少。…) shares its
# headline's words (乡村学校的“小而美”之路), not the line's.
RUN_ECHOING_THE_CUT_BOX_TITLE = '首届县域商业发展大会在义乌举办\n本报讯（记者 柳 文）首届县域商业\n发展大会日前在浙江义乌举办。来自全国\n200多个县的商务部门负责人和1,000多家\n企业代表参会，围绕县域商业体系建设、\n农产品上行、消费品下乡等议题开展交\n流。\n会上发布了一批县域商业发展典型案\n图为学生在实验室进行科学实验。\n本报记者  吴  宁摄\n例，涵盖县级物流配送中心建设、乡镇商\n贸中心改造、农村电商发展等方面。与会\n代表认为，县域商业是连接城乡市场的重\n要纽带，要加快补齐县域商业设施短板，\n畅通工业品下乡和农产品进城双向流通渠\n道。\n图为1月20日，游客在景区参观游览。\n县融媒体中心供图\n暑期防溺水 这些地方别去\n本报讯（记者 刘 洋 实习生 张 雨）\n暑假来临，中小学生溺水风险增加。7\n日，市教育局、市应急管理局联合发布暑\n期防溺水安全提示，提醒家长加强对孩子\n的看护。\n图为货轮在港口装卸集装箱。\n新华社记者  贾强阳摄\n图片报道\n10月19日，第138届广交会第一期闭\n幕。本届广交会设立服务机器人专区，引\n入数十家行业领先企业，聚焦服务机器人\n前沿，涵盖人形机器人、外骨骼机器人、\n球形巡检机器人、光伏清洁机器人、教育\n机器人等品类，兼具技术前瞻性与成熟商\n业应用性，吸引全球多家工商机构和头部\n图为10月15日，客商在第138届广交会服务\n机器人专区与人形机器人合影。 新华社记者  \n卢汉欣摄\n采购商到会参观洽谈。\n绿色发展新答卷\n老年大学里的“银发”新生\n——记者实地探访\n报名通道开放不到10分钟，书法、声\n乐、智能手机应用等热门课程的名额就被\n一抢而空。“比年轻人抢演唱会门票还激\n烈。”老年大学教务处负责人笑着说。\n乡村学校的“小而美”之路\n——来自浙江、湖南、甘肃的调研\n光明日报记者  邓  晖  光明日报通讯员  \n陈  路\n编者按：随着城镇化推进和学龄人口\n第 2 页\n记者采访发现，如今老年大学的课程\n早已不限于书法、绘画、太极拳，短视频\n拍摄剪辑、智能手机使用、旅游英语等新\n课程越来越受欢迎。65岁的退休工程师许\n建国报了视频剪辑班，他说：“学会了剪\n视频，就能把孙子的成长过程做成小电\n影。”\n图为12月15日，游客在古镇街头拍照留念。\n（资料图片）\n为了满足老年人的学习需求，不少地\n方开始探索“线上+线下”的办学模式。\n一些老年大学把热门课程录制成视频放到\n网上，行动不便的老人在家也能跟着学。\n今年春季学期，某市老年大学线上课程的\n注册学员已超过3万人。\n变化，一些乡村学校的学生越来越少。小\n规模学校如何办出质量、办出特色？近\n日，记者走访了三个省份的多所乡村小规\n模学校，看它们如何在“小”中做出\n“美”。\n图为湖南省平江县石桥小学的学生在上科学实\n验课。光明日报记者  邓  晖摄\n'
# PyMuPDF (seed 101, gen-0103): the sheet break cuts three boxes (…还把大课, …中国经济总, …“乡
# 村振兴青春), and sheet 2 prints their runs in another order (量连续…, 间延长…, 行”实践活动…);
# the last run closes the quotation the third box left open.
RUNS_OUT_OF_BOX_ORDER = '各地中小学课间普遍延长到15分钟\n本报记者  赵  兵\n课间铃声一响，北京市海\n淀区一所小学的操场上立刻热\n闹起来：跳绳、踢毽子、丢沙\n包……五年级学生李子涵说：\n“以前课间只有10分钟，上个\n厕所就没了。现在有15分钟，\n能和同学好好玩一会儿。”\n记者了解到，今年春季学\n期以来，北京、上海、江苏、\n湖北等地陆续推行中小学课间\n15分钟，有的学校还把大课\n广东举办粤港澳大湾区青年创\n新创业大赛\n南方日报讯（记者/ 朱\n晓）9月2日，第五届粤港澳大\n湾区青年创新创业大赛在深\n图为6月10日，观众在展馆参\n观。 市文旅局供图\n圳前海启动。大赛设人工智\n能、生物医药、新能源等6个\n赛道，面向大湾区及海外青年\n创业团队征集项目，总奖金池\n达600万元。\n沙漠里种出“中国味道”\n——中埃农业合作项目见闻\n本报驻埃及记者  沈小晓\n图为埃及新河谷省的农民在中方援建的温室大棚里采摘番茄。 本报记\n者  沈小晓摄\n清晨，埃及西部新河谷省\n的沙漠边缘，一排排温室大棚\n在阳光下泛着银光。大棚里，\n番茄、黄瓜、甜椒长势喜人，\n滴灌管道沿着垄沟延伸，把水\n和养分一滴一滴送到作物根\n部。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n今年是“十四五”规划收\n官之年。5年间，从实现第一\n个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面\n建成小康社会到促进全体人民\n共同富裕，中国经济社会发展\n取得新的开创性进展、突破性\n变革、历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n百余家博物馆推出夜间开放\n本报北京5月13日电（记\n者 丁 怡）记者从国家文物局\n获悉：为迎接“5·18国际博物\n馆日”，全国已有120余家博\n物馆推出夜间开放服务，部分\n场馆周五、周六延长开放至\n21:00 ，并同步推出夜间导\n览、文物修复体验、主题音乐\n会等活动。\n大学生“村播”带火大山里的土货\n的直播间里，贺晓雨把刚\n摘下的猕猴桃切开，对着镜头\n展示果肉的颜色。“咱们的猕\n猴桃是自然成熟的，没有催熟\n剂。”她一边说，一边招呼在\n线的网友下单。一场两个小时\n的直播，卖出了1,800多单。\n贺晓雨是西北一所农业大\n学的大三学生。今年暑假，她\n和20多名同学一起报名参加了\n学校组织的“乡村振兴青春\n第 2 页\n量连续跨越多个台阶，中国经\n济持续高质量发展为全球经济\n复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n间延长到30分钟以上，并配套\n开放操场、增加体育器材，一\n些学校专门为低年级学生划出\n了游戏区。\n教育专家表示，课间活动\n对学生身心健康十分重要。学\n校要在保证安全的前提下，把\n课间时间真正还给学生，让孩\n子们走出教室、动起来、玩起\n来。\n老年大学里的“银发”新生\n报名通道开放不到10分\n钟，书法、声乐、智能手机应\n用等热门课程的名额就被一抢\n而空。“比年轻人抢演唱会门\n票还激烈。”老年大学教务处\n负责人笑着说。\n图为工作人员巡检输电线路。\n朱英玉摄\n行”实践活动，来到秦岭山区\n的几个村子，帮助村民搭建直\n播间、拍摄短视频、设计包\n装。\n据了解，今年暑期，共有\n3,000多名大学生参与此类实\n践活动，帮助农户销售农产品\n超过500万元。“我们学的专\n业知识在这里真正派上了用\n场。”贺晓雨说。\n'
# PyMuPDF (seed 8601, gen-8606): the sheet break cuts two boxes (…谋创新就是, …台海和平稳);
# sheet 2 reads the first's run (谋未来的理念…), another box, then the second's run, which
# opens as a fragment (定，增进…) and makes a word across its cut (稳定).
RUNS_AFTER_ANOTHER_BOX = '“在上海，能看到演艺的未来”\n朱  柚\n10月18日，融合了现代演艺形式和传统\n文化特色的英歌和醒狮表演，为第二十四届\n中国上海国际艺术节国际演艺大会及国际对\n话拉开帷幕。\n跻身世界一流艺术节展梯队的中国上海\n国际艺术节，“全球艺场”集聚效应愈加显\n著，今年大会吸引了全球约500家专业机\n构、2000名业界代表齐聚黄浦江畔，共同踏\n上这座艺术节为国际演艺行业构筑的“时空\n双桥”。\n空间上，推动海内外文化演艺资源的流\n通双循环。\n图为游客在景区参观游览。\n新华社记者  郑兰峰摄\n更好统筹高质量发展和高水平安全（深入学习贯彻习近平新时代\n中国特色社会主义思想·学习《习近平经济文选》第一卷专家谈）\n李  非  黄  婧\n当今时代，发展利益和安全利益复杂交\n织。如何处理好发展和安全的关系，是世界\n各国面临的共同难题。党的十八大以来，习\n近平总书记高度重视发展和安全，反复强调\n要统筹高质量发展和高水平安全，许多重要\n论述都收入《习近平经济文选》第一卷。比\n如，《关于构建新发展格局》指出：“这次\n中央全会对统筹发展和安全作出战略部署，\n对在复杂环境下更好推进我国经济社会发展\n具有重大指导意义”；《中国式现代化要靠\n科技现代化作支撑》指出：“坚持创新引领\n发展，树牢抓创新就是抓发展、谋创新就是\n聚焦高质量发展\n中共中央总书记习近平电贺\n郑丽文当选中国国民党主席\n——写在活动启动之际\n新华社北京10月19日电\xa0\xa0中共中央总\n书记习近平19日致电郑丽文，祝贺其当选中\n国国民党主席，指出多年来两党在坚持“九\n二共识”、反对“台独”共同政治基础上，\n推动两岸交流合作，致力维护台海和平稳\n第 2 页\n谋未来的理念，以科技创新引领高质量发\n展、保障高水平安全”；等等。8月29日召\n开的中共中央政治局会议强调：“牢牢守住\n发展不能以牺牲安全为代价这条底线”“更\n好统筹高质量发展和高水平安全”。在以中\n国式现代化全面推进强国建设、民族复兴伟\n业的新征程上，我们要深入学习贯彻习近平\n总书记重要讲话精神，坚决贯彻中共中央政\n治局会议部署要求，以高质量发展促进高水\n平安全，以高水平安全保障高质量发展，不\n断续写经济快速发展和社会长期稳定两大奇\n迹新篇章。\n前三季度我国服务贸易稳\n中有进\n进出口总额同比增长8.2%，其中出口增\n长12.5%，增速高于进口6.9个百分点。知识\n密集型服务贸易表现亮眼，个人文化和娱乐\n服务、电信计算机和信息服务、知识产权使\n用费等领域保持较快增长。\n商务部国际贸易经济合作研究院服务贸\n易研究所所长李明说，“十四五”以来，我\n国服务贸易规模持续扩大、结构不断优化。\n数字技术与服务贸易加速融合，越来越多的\n服务可以跨境交付，为服务出口打开了新空\n间。\n定，增进两岸同胞亲情福祉，成效积极。当\n前，世界百年变局加速演进，中华民族伟大\n复兴势不可挡。期望两党坚持共同政治基\n础，团结广大台湾同胞，增强做中国人的志\n气、骨气、底气，深化交流合作，促进共同\n发\n图为市民在社区服务中心办理业务。 侯洋云摄\n展，推进国家统一，坚定守护中华民族共同\n家园，守护两岸同胞根本利益，携手开创中\n华民族更加美好的未来。\n'
# PyMuPDF (seed 1801, gen-1807): the sheet break cuts one box (…今年初， / 第 2 页) and its
# run follows it at once (社区启动加装电梯工作…).
RUN_RIGHT_UNDER_ITS_END = '国铁集团有关负责人介绍，前\n4个月，铁路部门持续深化货运增\n量行动，电煤、粮食、化肥等重点\n物资运输得到有效保障；集装箱、\n商品汽车等运输快速增长，中欧班\n列开行5,900列、发送货物64.1万\n标箱。\n这位负责人表示，铁路部门将\n进一步优化运输组织，加强与港\n口、物流园区的衔接，推动“公转\n铁”“散改集”，更好服务经济社\n会发展。\n图为4月12日，学生在实验室进行科学实验。\n本报记者  姜红桂摄\n老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下\n楼遛弯\n本报讯（记者 王 薇 通讯员\n李 军）11日上午，家住南山区幸\n福里小区5号楼6楼的张大爷，第一\n次乘坐新装好的电梯下了楼。站在\n楼门口，78岁的老人有些激动：\n“腿脚不好，好几年没怎么下过楼\n了。以后天天都能下来遛弯了！”\n幸福里小区建于上世纪90年代\n初，共有18 栋多层住宅楼，没\n▲11日，幸福里小区居民乘坐新装的\n电梯下楼。  记者 王  薇 摄\n有一部电梯。小区60岁以上的老人\n占居民总数的四成左右。今年初，\n第 2 页\n社区启动加装电梯工作，由社区牵\n头、居民协商、专业公司代建，目\n前已有7部电梯投入使用，另有5部\n正在施工。\n加装电梯并不容易。低层住户\n担心采光和噪声，费用分摊也常常\n谈不拢。社区书记刘红梅说，为了\n5号楼的这部电梯，社区先后组织\n了9次协商会，最后商定按楼层高\n低分摊费用，1楼住户不出钱，并\n由高层住户给予适当补偿。\n'


# PyMuPDF (seed 4401, gen-4401): a line over a headline that wrapped onto its tail, exactly
# as wide as the headline's first printed line (各地中小学课间 / 普遍延长到15分 / 钟): the
# gold has it as the headline's first line; seed 1401 prints a kicker so (推进优质医疗资源扩
# 容下沉 / 县域医共体让群众就近看好 / 病).
KICKER_AS_WIDE = '强烈抨击。马杜罗最近还\n在“原住民抵抗日”纪念\n活动上号召该国原住民加\n入民兵组织，并组建原住\n民民兵旅，以应对美在委\n附近加勒比海域加强军事\n部署带来的威胁。据当地\n媒体报道，委政府正持续\n推进国内政治与社会力量\n团结，推动地方防卫力量\n体系化建设，形成“全民\n皆兵”的防卫格局。\n各地中小学课间\n普遍延长到15分\n钟\n本报记者  赵  兵\n课间铃声一响，北京\n图为1月20日，小朋友在图\n书馆阅读。（资料图片）\n市海淀区一所小学的操场\n上立刻热闹起来：跳绳、\n踢毽子、丢沙包……五年\n级学生李子涵说：“以前\n课间只有10分钟，上个厕\n所就没了。现在有15分\n钟，能和同学好好玩一会\n儿。”\n'


# PyMuPDF (seed 2801, gen-2802): an article's last paragraph, the caption of its photo, then
# the next brief's kicker and its title wrapped onto a tail (走进产业园区 / 前三季度我国服务贸
# 易稳中有 / 进) over its text.
KICKER_TITLE_UNDER_CAPTION = '马鹏华摄\n多地开展新能源汽车下乡\n活动\n乡村道路上的“绿牌\n车”多了\n本报记者  杨  阳\n周末一大早，山东省沂南县\n铜井镇的农民王德胜就开着新买\n的新能源汽车，带着一家人去县\n城赶集。“一公里电费不到1毛\n钱，比烧油省多了。”王德胜\n说，这辆车是他在镇上的新能源\n汽\n下图：工作人员在乡镇充电站检修\n充电桩。 经济日报记者  杨  阳摄\n车下乡活动中买的，享受了以旧\n换新补贴，还赶上了车企的优\n惠，算下来比原价便宜了2万多\n元。\n今年前三季度，新能源汽车\n在农村地区的销量同比增长超过\n40%，增速高于城市。随着充电\n设施加快向乡村延伸，越来越多\n的农民把新能源汽车开进了自家\n院子。\n上图：沂南县铜井镇的新能源汽车\n下乡活动现场。\n走进产业园区\n前三季度我国服务贸易稳中有\n进\n进出口总额同比增长8.2%，\n其中出口增长12.5%，增速高于\n进口6.9个百分点。知识密集型\n服务贸易表现亮眼，个人文化和\n娱乐服务、电信计算机和信息服\n务、知识产权使用费等领域保持\n较快增长。\n商务部国际贸易经济合作研\n究院服务贸易研究所所长李明\n说，“十四五”以来，我国服务\n贸易规模持续扩大、结构不断优\n'


# PyMuPDF (seed 1101, gen-1108): a title set wider than the column, wrapped onto a line that
# ends in its column's tag, right over its text's first line (short by the dropped indent).
TITLE_WITH_TAG_OVER_TEXT = '图为湖南省平江县石桥小学的学生在上\n科学实验课。光明日报记者  邓  晖摄\n湖南省平江县的石桥小学，全校\n只有46名学生、9名老师。走进四年\n级教室，11名学生围成一个半圆，老\n师坐在中间，和孩子们一起讨论课\n文。“人少，每个孩子都有发言的机\n会。”语文老师刘芳说，小班上课，\n老师能顾及每一个学生，学生的进步\n看得见。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n今年是“十四五”规划收官之\n年。5年间，从实现第一个百年奋斗\n目标到开启第二个百年奋斗目标新征\n程，从全面建成小康社会到促进全体\n人民共同富裕，中国经济社会发展取\n得新的开创性进展、突破性变革、历\n史性成就。接受本报记者采访的国际\n人士表示，“十四五”时期，中国经\n济总量连续跨越多个台阶，中国经济\n持续高质量发展为全球经济复苏增长\n作出积极贡献，成为世界经济发展最\n'
# A paragraph whose third line happens to end in brackets, no line of it past the measure.
TAG_IN_A_PARAGRAPH = in_column(CHIPS + LONG + NEXT + FULL, 16)
TAG_IN_A_PARAGRAPH[2] = TAG_IN_A_PARAGRAPH[2][:10] + "（国际论坛）"


# pdftotext (seed 1101, gen-1101): a paragraph's first line short by the indent and by its
# digits' uncertain width (幸福里小区建于上世纪90年代), over a full line opening with a clause
# of one character (初，共有18栋…), after another article's tail.
FIRST_LINE_OVER_CLAUSE_OF_ONE = '住发展不能以牺牲安全为代价这条\n底线”“更好统筹高质量发展和高\n水平安全”。在以中国式现代化全\n面推进强国建设、民族复兴伟业的\n新征程上，我们要深入学习贯彻习\n近平总书记重要讲话精神，坚决贯\n彻中共中央政治局会议部署要求，\n以高质量发展促进高水平安全，以\n高水平安全保障高质量发展，不断\n续写经济快速发展和社会长期稳定\n两大奇迹新篇章。\n了。以后天天都能下来遛弯了！”\n幸福里小区建于上世纪90年代\n初，共有18栋多层住宅楼，没有一\n部电梯。小区60岁以上的老人占居\n民总数的四成左右。今年初，社区\n启动加装电梯工作，由社区牵头、\n居民协商、专业公司代建，目前已\n有7部电梯投入使用，另有5部正在\n施工。\n从“多少年”感悟自信（评论员观察）\n'
# pdftotext (seed 601, gen-0604): a photo's caption and credit amid a paragraph the photo
# cut inside a word (…典型案 / 图为… / 本报记者 吴 宁摄 / 例，涵盖…).
CREDIT_OVER_CLAUSE_OF_ONE = '湘江日报 12 国际 2025年7月17日 星期四\n首届县域商业发展大会在义乌举办\n本报讯（记者 柳 文）首届县域商业\n发展大会日前在浙江义乌举办。来自全国\n200多个县的商务部门负责人和1,000多家\n企业代表参会，围绕县域商业体系建设、\n农产品上行、消费品下乡等议题开展交\n流。\n会上发布了一批县域商业发展典型案\n图为学生在实验室进行科学实验。\n本报记者 吴 宁摄\n例，涵盖县级物流配送中心建设、乡镇商\n贸中心改造、农村电商发展等方面。与会\n代表认为，县域商业是连接城乡市场的重\n要纽带，要加快补齐县域商业设施短板，\n畅通工业品下乡和农产品进城双向流通渠\n道。\n'


# A one-column box's text (its 6th line full and open, its 7th full).
RIGHT_ON = in_column(CHIPS_MORE + LONG + NEXT + FULL + CHIPS)
# pdftotext -layout (generated gen-0004, lines 40-75): a box's left column ends two rows
# above its right one's end, the next row's heads and boxes one blank line under.
# pdftotext -layout (seed 401, gen-0402): a box's dateline opens over its first column, its
# reporter's name one space after 记者 (电（记者 孙广勇）澜湄); left of the column a caption
# and a title beside it. The one space backs no gutter (LAY001's `gutter_space`): the
# gutter is cut between the caption and the column, not at the column's start.
DATELINE_BESIDE_CAPTION = [
    '华东科 技报                                                                        14 文化 2025年12月22日 星期一',
    '',
    '                                                                        本版责编：乔龙鹏 石 伟 版式设计：尹波勇',
    '',
    '',
    '',
    '                                                                                    中共中央总书记习',
    '                                    澜湄职业教育培训中心在曼谷揭牌                                 近平电贺郑丽文当',
    '                                    ——多地推进情况观察                                      选中国国民党主席',
    '                                      本报曼谷10月19日    划每年培训学员1000人次     据介绍，中心首期课       新华社北京10月19',
    '                                    电（记者 孙广勇）澜湄     以上。             程已于本月开班，来自泰     日电    中共中央总书记习',
    '                                    职业教育培训中心19日在      泰国教育部官员在揭     国、老挝、柬埔寨的80名    近平19日致电郑丽文，祝',
    '图为9月18日，快递员分拣包裹。（资料图片）              泰国曼谷揭牌。中心由中     牌仪式上表示，泰国正在     学员参加学习。学员们将     贺其当选中国国民党主',
    '                                    国和泰国多所职业院校共     大力发展新能源汽车等产     在中泰两国教师的指导      席，指出多年来两党在坚',
    '                                    同建设，将面向澜湄流域     业，急需大批技术技能人     下，完成理论学习和实训     持“九二共识”、反对',
    '一个西班牙人对中国式现                         国家开设新能源汽车维      才。中心的成立将为泰国     操作，考核合格后可获得     “台独”共同政治基础',
    '                                                    青年提供更多学习先进技     相应的职业技能证书。',
    '   代化的观察                            修、轨道交通运营、跨境',
    '                                    电商等专业培训课程，计     术的机会，助力泰国产业']


# pdftotext -layout (seed 401, gen-0406): a title over a narrow box, its subtitle set across
# the gutter, its byline centred under them landing over the second column and as wide as
# it (本报记者 邹 翔 韩晓蕾).
BYLINE_OVER_SECOND_COLUMN = [
    '江南晨 报                                                                                               2025年7月22日 星期二 第10版 经济',
    '',
    '',
    '                 推进优质医疗资源扩容下沉                                         图片报道               构建同科技创新相适应的',
    '     县域医共体让群众就近看好病                                                   10月19日，第138届广',
    '                                                                 交会第一期闭幕。本届广交             科技金融体制（专题深',
    '            ——来自甘肃、河南、四川基层的调查                                    会设立服务机器人专区，引',
    '                  本报记者 邹 翔 韩晓蕾                                   入数十家行业领先企业，聚                 思）',
    '                                                                 焦服务机器人前沿，涵盖人                     ——一线蹲点见闻',
    '  早上7点半，甘肃省会     子请假陪着。现在县里的专             设备向基层流动，群众看病',
    '                                                                 形机器人、外骨骼机器人、',
    '宁县丁家沟镇卫生院门口已     家每周二到镇上来，在家门             “舍近求远”的局面逐步改                                              张成虎 高睿凯',
    '                                                                 球形巡检机器人、光伏清洁',
    '经排起了队。72岁的村民马    口就能看。”马有福说。              变。记者在3个省份的6个县',
    '                                                                 机器人、教育机器人等品',
    '有福攥着挂号单，等着县人        像这样的变化，正在中            走访发现，县域内就诊率普',
    '                                                                 类，兼具技术前瞻性与成熟',
    '民医院心内科的医生来坐      西部许多县城发生。近年              遍保持在90%左右，一些县',
    '                                                                 商',
    '诊。“以前看心脏病得去县     来，各地以县域医共体建设             的乡镇卫生院重新热闹了起',
    '城，来回一整天，还得让儿     为抓手，推动人员、技术、             来。（下转第3版）']


# pdftotext -layout (seed 1401, gen-1403): the page's masthead over its last band; right, a
# large title's first line (海滨公园“落日音乐会”) two blank rows over its second (每周六开唱),
# which shares its row with another box's title.
TITLE_OVER_BLANK_ROWS = [
    '华东科 技报                                                                                               2025年3月12日 星期三 第6版 教育',
    '',
    '                                                                                           本版责编：邵宁洋 任军梅 版式设计：黄娜晨',
    '',
    '',
    '',
    '                                       图为3月14日，工作人员巡检输电线',
    '                                       路。',
    '                                                本报记者 史波敏摄',
    '',
    '                                       点改善学生宿舍、食堂、浴室等生',
    '                                       活设施，并配齐心理咨询室和图书',
    '                                       室。',
    '',
    '推进优质医疗资源扩容下沉                                                                                         海滨公园“落日音乐会”',
    '县域医共体让群众就近',
    '看好病',
    '                                   中国科技 活力奔涌                                                         每周六开唱',
    '                                                                                                       本报讯（记者 林 楠）每逢周',
    '——来自甘肃、河南、四川                                      谷业凯',
    '                                                                                                     六傍晚，海滨公园的草坪上都会响',
    '基层的调查                 “十四五”这5年，我国科技       2024 年 ， 全 社 会 研 发 投 入 超    加值占GDP的比重达18%。截至今年             起悠扬的音乐。由市文化馆主办的',
    '本报记者 邹 翔 韩晓蕾        事业取得了历史性成就，发生了历    3.6万亿元，较2020年增长48%。规           6月底，国内发明专利有效量达501              “落日音乐会”自7月启动以来，',
    '                    史性变革。              上高技术制造业增加值较“十三                 万件……                           已举办6场，吸引观众2万多人次。',
    '  早上7点半，甘肃省会宁县丁',
    '                                       五”末增长42%；“三新”经济增',
    '家沟镇卫生院门口已经排起了队。',
    '72岁的村民马有福攥着挂号单，等',
    '                    老旧小区改造惠及千家万户',
    '着县人民医院心内科的医生来坐',
    '诊。“以前看心脏病得去县城，来     加装电梯后，张大爷天天下楼遛弯',
    '回一整天，还得让儿子请假陪着。',
    '                      本报讯（记者 王 薇 通讯员',
    '现在县里的专家每周二到镇上来，',
    '在家门口就能看。”马有福说。      李 军）11日上午，家住南山区幸                                                                 市民在海滨公园观赏落日。视觉中国',
    '                    福里小区5号楼6楼的张大爷，第一                                                                 供图',
    '                    次乘坐新装好的电梯下了楼。站在',
    '                    楼门口，78岁的老人有些激动：                                                                   长江十年禁渔进入第五年',
    '                    “腿脚不好，好几年没怎么下过楼    ▲11日，幸福里小区居民乘坐新装的                                             长江干流水质连续5年',
    '                    了。以后天天都能下来遛弯了！”    电梯下楼。 记者 王 薇 摄',
    '图为会宁县人民医院医生在丁家沟镇                                                                                        保持Ⅱ类',
    '卫生院为村民检查身体。 本报记者                                                                                       本 报 武 汉 5 月 13 日 电 （ 记 者',
    '邹 翔摄',
    '                                                                                                     范昊天）记者从生态环境部长江流',
    '                                                                                                     域生态环境监督管理局获悉：2024',
    '                                                                                                     年，长江干流水质连续5年全线保',
    '                                                                                                     持Ⅱ类，长江流域优良水质断面比',
    '                                                                                                     例达到96.5%，较2020年提高1.8个',
    '                                                                                                     百分点。',
    '\x0c']


# pdftotext -layout (seed 1201, gen-1205): the masthead over a band whose left box has a large
# title, three blank rows its tall type set, then its subtitle and byline centred under it
# but right of its cells, over the box's second column.
SUBTITLE_UNDER_TALL_TITLE = [
    '中原日 报                                                                                 2025年7月25日 星期五 第15版 要闻',
    '',
    '                                                                                                责任编辑：顾雪波',
    '',
    '',
    '',
    '',
    '                                                   从“多少年”感悟自信                 久久为功，“APEC蓝”成为“北京蓝”',
    '引领未来，中国做对了什么                                       （评论员观察）',
    '                                                   ——来自三个省份的调',
    '                                                                              （总书记的关切·落地的回响）',
    '                                                                              本报记者 程 龙 潘俊强',
    '                  ——写在活动启动之际                       研',
    '                        任仲平                                                     编者按：言出必践，是中    好蓝图细化为施工图、转化为',
    '                                                   李洪兴',
    '                                                                              国共产党执政的鲜明风格。     实景画，“件件有着落、事事',
    '        （一）       领会习近平总书记这一重要论     “中国式现代化，不仅仅        “多少年没坐过绿皮车               “事情说了，得听到落地    有回音”。迈向下一个五年，',
    '                  断，五年规划是一个独特视     改变了中国自己的发展，它同   了？！”最近，笔者乘坐高铁',
    ' 每逢重大历史关头，中国                                                                  的回响，看看落实得到底怎么    要把“十五五”目标任务规划',
    '                  角。科学制定和接续实施五年    时也改变了发展中世界的现代   列车出行，身旁的大叔发出这',
    '共产党总是能够科学把握历史                                                                 样。”习近平总书记反复强调    好实施好，“以钉钉子精神抓',
    '                  规划，是我们党治国理政的重    化进程”，英国知名学者马丁   样的感慨。',
    '方位与形势变化，制定正确的                                                                 实干兴邦、狠抓落实。“十四    落实”，确保基本实现社会主',
    '                  要方式，是读懂中国式现代化    ·雅克这样认为。不少国内外       这句话里，既有“到底多',
    '政治战略策略，指引中国人民                                                                 五”收官之年，人们看到，美    义现代化取得决定性进展。',
    '                  的重要“密码”。         学者表示，中国的五年规划堪   少年”的发问，又有“很多年',
    '战胜无数风险挑战、始终走在',
    '                    现代化，寄托着中华民族    称长期战略规划的典范，这种   未曾”的感叹。有人说，速度              新春走基层',
    '时代前列。',
    '                  的夙愿和期盼。自成立以来，    “长期主义”对全球发展理论',
    ' 10月20日至23日在北京召',
    '                  党带领人民所进行的一切奋斗    具有创新性贡献，成为理解中',
    '                                                   重塑经济，轨道连接未来。高',
    '                                                   铁在很大程度上改变着人们规',
    '                                                                              受台风外围影响 明起我市有强降',
    '开党的二十届四中全会，研究',
    '制定“十五五”规划建议，旨',
    '                  就是为了强国复兴。从“一     国的发展路径及其全球角色演   划生活、谋划发展的时空观               雨',
    '                  五”到“十四五”，一以贯之    变的一把钥匙。         念，勾勒出发展的新脉络。',
    '在对未来五年发展作出顶层设                                                                   海滨晚报讯（记者 陈     响，13日至14日，我市将出现',
    '                  的主题是把我国建设成为社会     当今世界变乱交织，为何',
    '计和战略擘画，推动事关中国                                                                 阳）记者从市气象台获悉，受    一次明显降雨过程，部分地区',
    '                  主义现代化国家，尽管遭遇过    人们“在中国，看到了未来，',
    '式现代化全局的战略任务取得                                                                 今年第11号台风外围云系影    有暴雨，局地大暴雨，并伴有',
    '                  各种意想不到的困难和挫折，    看到了信心”？',
    '重大突破。                                                                                          7至9级阵风。',
    '                  我们的意志和决心始终没有动     从世界视野看，中国式现',
    ' “在世界百年变局中，中',
    '                  摇。               代化至少破解了两个“不可',
    '国提供了稳定性和确定性。”',
    '                                   能”难题。',
    '']


# pdftotext -layout (seed 1201, gen-1203): right, a kicker (清洁能源基地建设再提速) two rows
# over a large title's first line, the title's tail two blank rows under it.
TITLE_UNDER_ITS_KICKER = [
    '中原日 报                                                                                       09 科技 2025年4月6日 星期日',
    '',
    '                                                                                 本版责编：白娟宁 于军梅 版式设计：韩涛波',
    '',
    '',
    '',
    '',
    '图为快递员分拣包裹。',
    '                                                      蔡晨晓摄',
    '',
    '   本报讯（记者 柳 文）首届县域                 会上发布了一批县域商业发展典               图为会宁县人民医院医生在丁家沟镇卫生院为村民检查身体。 本报记者 邹 翔摄',
    '',
    '商业发展大会日前在浙江义乌举办。                型案例，涵盖县级物流配送中心建                   早上7点半，甘肃省会宁县丁家       远”的局面逐步改变。记者在3个省',
    '来自全国200多个县的商务部门负责               设、乡镇商贸中心改造、农村电商发                沟镇卫生院门口已经排起了队。72岁      份的6个县走访发现，县域内就诊率',
    '人和1,000多家企业代表参会，围绕              展等方面。与会代表认为，县域商业                的村民马有福攥着挂号单，等着县人       普遍保持在90%左右，一些县的乡镇',
    '县域商业体系建设、农产品上行、消                是连接城乡市场的重要纽带，要加快                民医院心内科的医生来坐诊。“以前       卫生院重新热闹了起来。',
    '费品下乡等议题开展交流。                    补齐县域商业设施短板，畅通工业品                看心脏病得去县城，来回一整天，还            专家沉下去，小病不出乡',
    '                                下乡和农产品进城双向流通渠道。                 得让儿子请假陪着。现在县里的专家',
    '                                                                                          会宁县人民医院牵头组建的医共',
    '                                                                每周二到镇上来，在家门口就能',
    '                                                                                       体，把28家乡镇卫生院和284个村卫',
    '                                                                看。”马有福说。',
    '                                                                                       生室纳入一体化管理。县医院每年选',
    '                                                                  像这样的变化，正在中西部许多',
    '                                                                                       派40余名中级以上职称医生到乡镇蹲',
    '                                                                县城发生。近年来，各地以县域医共',
    '                                                                                       点，每人至少驻守半年。乡镇卫生院',
    '                                                                体建设为抓手，推动人员、技术、设',
    '                                                                                       能 做 的 手 术 从 过 去 的 3 种 增 加 到 17',
    '                                                                备向基层流动，群众看病“舍近求',
    '                                                                                       种。',
    '',
    '                                                                清洁能源基地建设再提速',
    '         “为全球自由区发展提供助力”',
    '                       本报记者 董泽扬                                 甘孜州首个“光伏+牧业”项目全容',
    '   在海南自贸港全岛封关运作即将',
    '正式启动之际，第十一届世界自由区',
    '                                                                量并网',
    '组织大会近日在海南国际会展中心举                                                  四川日报讯（记者 蒲 薇 通讯员        项目负责人介绍，电站光伏板最',
    '行，全球逾70个国家和地区的业界代                                               泽仁拉姆）9月9日，甘孜州理塘县一      低 点 离 地 2.5 米 ， 板 下 牧 草 照 常 生',
    '                                图为居民在公园晨练。',
    '表与专家参会。参会嘉宾认为，自                                                 座“光伏+牧业”电站实现全容量并       长，牧民可以在板间放牧。“光伏板',
    '                                          县融媒体中心供图',
    '                                                                网发电。电站装机规模100万千瓦，      遮挡了一部分阳光，减少了水分蒸',
    '                                由区是经济增长、产业多元化及可持                                       发，板下的草反而长得更好。”当地',
    '                                                                年均发电量约20亿千瓦时，每年可节',
    '                                续发展的强大引擎，海南自贸港作为                                       牧民扎西说，他家的牦牛今年夏天就',
    '                                                                约标准煤约60万吨、减少二氧化碳排',
    '                                中国对外开放重要门户，充分展现出',
    '                                                                放约160万吨。               在电站里吃草。',
    '                                作为现代自由区的发展潜力。                                             据悉，项目建设期间带动当地群',
    '                                                                                       众务工就业1,500余人次。电站还将']
# pdftotext -layout (seed 1901, gen-1907): a column's last line (促进全球男女平等和妇女全面发)
# on the row two under the line above it, over two blank rows and a kicker.
COLUMN_LINE_OVER_BLANK_ROWS = [
    '燕山晚 报                                                        2025年10月18日 星期六 第15版 教育',
    '',
    '',
    '',
    '谱写全球妇女事业发展新篇章（国                         无声的灯塔（环球走笔）',
    '际论坛）                                    沈小晓',
    '',
    '玛丽娜·拉古什                                     在加沙地带中部的努赛赖特难    加沙人一样，他们的家人早先从巴',
    '                                        民营，萨拉赫和阿卜杜拉·萨苏尔      勒斯坦其他地方逃难而来。即使在',
    '  在北京举行的全球妇女峰会，       注入新动力，为推动构建人类命运',
    '                                        兄弟俩开了家路边书摊，试图从战      战火和废墟中，自小就热爱阅读的',
    '谱写了全球妇女事业新的篇章，为       共同体贡献新力量。',
    '                                        争的破坏和苦难中为社区带来慰       兄弟俩，也从未熄灭这种热忱与渴',
    '促进全球男女平等和妇女全面发展',
    '                                        藉。                   望。',
    '                                            兄弟俩20岁出头，在努赛赖特',
    '民生实事看落实',
    '                                        难民营长大，和许多生活在这里的',
    '习近平就日本前首相村山富市逝世',
    '向日本首相石破茂致唁电                             广东举办粤港澳大湾区青年创新',
    '  新华社北京10月19日电   10   首相村山富市逝世向日本首相石破        创业大赛',
    '月19日，国家主席习近平就日本前      茂致唁电，对村山富市逝世表示哀',
    '                      悼，向遗属表示慰问。                    ——多地推进情况观察',
    '                                            南方日报讯（记者/朱 晓）9']


# pdftotext -layout (seed 3001, gen-3007): a short box across the page (its title and four
# rows of its columns, the last ending 成。) over two blank rows and the heads of the boxes
# under it.
SHORT_BOX_OVER_HEADS = [
    '华东科 技报                                                                             2025年9月21日 星期日 第16版 社会',
    '',
    '',
    '',
    '',
    '24小时自助借阅点增至40个',
    '  本报讯（通讯员 何 静 记者     位投入使用，全市24小时自助借阅      每个自助借阅点配有图书约      1至7月，全市自助借阅点累计借还          “下班晚，图书馆早关门了，',
    '林 楠）记者从市图书馆获悉，随      点已增至40个，覆盖所有街道。市    3000册，图书馆根据借阅数据每月   图书21.6万册次，同比增长35%，     现在楼下就能借书，太方便了。”',
    '着近日港湾路、学府路等6个新点      民持读者证或电子社保卡即可随时     更新一次，畅销书、少儿读物和生     其中晚上8点以后的借阅量约占三        在港湾路借阅点还书的市民小赵',
    '                     借还图书。               活类图书最受欢迎。据统计，今年     成。                     说。',
    '',
    '',
    '展世界艺术画卷 建文           中国光伏储能企业组团亮相慕尼黑                         图片报道                    年轻人为何爱上“博物',
    '  化交流平台                                                        10月19日，第138届广交会第         馆打卡”？',
    '                     本报驻德国记者 谢 飞',
    '     本报记者 曹玲娟                                                一期闭幕。本届广交会设立服务机             ——一线蹲点见闻',
    '                       日前，欧洲规模最大的能源展       参展的中国企业普遍感到，欧     器人专区，引入数十家行业领先企',
    '  10月17日，第二十四届中国上                                                                    中青报·中青网记者 毛 宁 实习',
    '                     会之一——慕尼黑智慧能源展落下     洲市场对产品的要求正从“价格优     业，聚焦服务机器人前沿，涵盖人',
    '海国际艺术节拉开帷幕，在一个多                                                                            生 吴 桐',
    '                     帷幕。今年共有来自50多个国家和    先”转向“质量、服务和碳足迹并     形机器人、外骨骼机器人、球形巡',
    '月的时间里，将举办各类演出展览                                                                        端午假期，国家博物馆门前排',
    '                     地区的3,000余家企业参展，其中   重”。一家光伏组件企业的海外业     检机器人、光伏清洁机器人、教育',
    '活动500余项，共计1200余场。一   中国企业超过800家，展出面积约    务负责人说，企业已在德国设立售                            起了长队。队伍中，年轻面孔占了',
    '                                                             机器人等品类，兼具技术前瞻性与',
    '场艺术节，吸引全球优质演艺资       占总面积的三分之一。          后服务中心，平均响应时间缩短到                            多数。22岁的大学生林可提前一',
    '                                                             成熟商业应用性，吸引全球多家工',
    '源，中外名作佳作汇聚上海舞台。',
    '                       在一家中国储能企业的展台      48小时以内。             商机构和头部采购商到会参观洽',
    '一场艺术节，赋彩人民美好文化生      前，德国安装商托马斯·贝克尔仔       德国太阳能行业协会的统计显     谈。']
# pdftotext -layout (seed 1901, gen-1906): a box's head and three rows of its columns, the
# last open (…开通试运), beside a caption, over two blank rows and another box's title on
# the left; the box goes on under the rows on the right.
BOX_GOING_ON_BESIDE_A_TITLE = [
    '江南晨 报                                                                             2025年4月7日 星期一 第11版 文化',
    '',
    '',
    '',
    '',
    '',
    '',
    '',
    '                                                      地铁5号线二期后天开通',
    '                                                          试运营',
    '                                                        江城晚报讯（记者 胡 杰）7日，         据介绍，二期工程沿线串联起高铁',
    '图为5月20日，游客在古镇街头拍照留念。 市文旅局供图                           记者从市轨道交通集团获悉，地铁5号       南站、城南大学城和多个大型居住区。',
    '                                                      线二期工程将于7月10日10:00开通试运   开 通 初 期 ， 列 车 运 营 时 间 为 6:00 至',
    '',
    '',
    '暑运全国铁路发送旅客9.5亿',
    '                                                      营。二期工程全长11.6公里，设车站8     23:00，高峰时段行车间隔约5分钟，票',
    '                                                      座，开通后5号线全长达到36.4公里。     价执行现行线网票制。',
    '                                                                                 轨道交通集团提醒，试运营初期部',
    '',
    '     人次                                                                       分车站出入口仍在施工，乘客可通过官',
    '                                                                              方App查询各站出入口开放情况。',
    '  据新华社电 记者2日从中国国家铁       暑运期间，铁路部门充分挖掘运输',
    '路集团有限公司获悉，7月1日至8月31    潜力，加开旅客列车，优化开行方案，',
    '日，为期62天的暑运落下帷幕，全国铁     增开夜间高铁和旅游列车，更好满足旅',
    '                                                      图为小朋友在图书馆阅读。（资料图片）',
    '路累计发送旅客9.5亿人次，同比增长     客出行需求。',
    '5.2%，日均发送旅客1,530万人次。',
    '',
    '                                                                      聚焦高质量发展',
    '',
    '农村公路提质增效行动                                               各地中小学课间普遍延长到15分钟',
    '',
    '启动']


# pdftotext -layout (seed 2701, gen-2706), a sheet's end (a form feed) opening one line: two
# boxes' columns, spaced datelines (新 华 社 北 京 5 月 13 日 电) and digits, on which more cells
# line up in ems than in character counts.
GRID_LINING_UP_IN_EMS = [
    '江南晨 报                                                              2025年2月3日 星期一 第1版 经济',
    '',
    '                                                                  责任编辑 钟艳兰   美术编辑 姜 杰',
    '创性进展、突破性变革、历史性成        七成，黄淮海过七成，东北和长江中',
    '                       下游六成半，华南近三成。         图为10月19日，河南省济源市五龙口镇',
    '就。',
    '                                            农民将刚收获的玉米上架晾晒。 苗秋闹',
    '  2026年—2030年，围绕以中国式',
    '                                            摄（新华社发）',
    '现代化全面推进强国建设、民族复兴',
    '伟业，“十五五”时期是基本实现社',
    '会主义现代化夯实基础、全面发力的',
    '关键时期。',
    '  一以贯之的主题，始终不渝的初',
    '心，接力奋斗的足迹。',
    '  “十五五”新的征程即将开启，',
    '以习近平同志为核心的党中央团结带',
    '领全党全国各族人民，向着全面建成',
    '社会主义现代化强国、实现第二个百',
    '年奋斗目标踔厉奋发、勇毅前行，必',
    '将确保基本实现社会主义现代化取得',
    '决定性进展，开创中国式现代化崭新',
    '局面。',
    '领航定向 驾驭发展全局创造新的历',
    '        史伟业',
    '  “十四五”规划收官之际，“两',
    '张网”的建设格外引人关注：',
    '  一张是国家综合立体交通网，“',
    '',
    '',
    '',
    '',
    '                                        第 1 页',
    '\x0c图为6月15日，运动员在比赛中。 本报',
    '记者 于刚兰摄',
    '',
    '6轴7廊8通道”主骨架建成率超过',
    '90%；',
    '   一张是国家水网，2025年底覆盖',
    '率预计达到80.3%。',
    '',
    '',
    ' “理解与信任才是基础”',
    '       本报记者 刘 赫',
    '',
    '   不久前，德国汽车经济学专家、',
    '波鸿汽车研究院院长费迪南德·杜登',
    '赫费尔在湖北武汉体验了自动驾驶出',
    '租车服务。“驾驶过程平稳顺畅，就',
    '像坐在飞毯上一样，充满未来感。”',
    '杜登赫费尔在接受本报记者专访时',
    '说，这一体验让他对中国智能汽车产',
    '业刮目相看。',
    '',
    '',
    '',
    '广东举办粤港澳大湾区青年创新创 前4个月全国铁路完成货物发送量16.9亿',
    '                吨',
    '业大赛',
    '                                                  新 华 社 北 京 5 月 13 日 电 （ 记 者',
    '   南方日报讯（记者/朱 晓）9月2        主办方介绍，往届大赛共吸引',
    '                                              刘 翔）记者13日从中国国家铁路集',
    '日，第五届粤港澳大湾区青年创新创         4,000多个团队参赛，一批获奖项目',
    '                                              团有限公司获悉，今年前4个月，全',
    '业大赛在深圳前海启动。大赛设人工         已在大湾区落地转化。今年大赛还将',
    '                                              国铁路完成货物发送量16.9亿吨，同',
    '智能、生物医药、新能源等6个赛          为优秀项目对接投资机构和孵化平',
    '                                              比增长3.5%，日均装车18.2万车，保',
    '道，面向大湾区及海外青年创业团队         台，帮助青年创业者“从0到1”跨越                                     图为居民在公园晨练。（资料图片）',
    '                                              持高位运行。',
    '征集项目，总奖金池达600万元。         发展难关。',
    '',
    '              长江十年禁渔进入第五年                     谱写全球妇女事业发展新篇章（国际论',
    '       长江干流水质连续5年保持Ⅱ类                         坛）',
    '              ——写在活动启动之际                      ——多地推进情况观察',
    '   本报武汉5月13日电（记者 范         长江十年禁渔实施以来，流域水     玛丽娜·拉古什',
    '昊天）记者从生态环境部长江流域生         生生物资源逐步恢复。监测显示，长         在北京举行的全球妇女峰会，谱               动力，为推动构建人类命运共同体贡',
    '态环境监督管理局获悉：2024年，长       江干流及鄱阳湖、洞庭湖水生生物完     写了全球妇女事业新的篇章，为促进                 献新力量。',
    '江干流水质连续5年全线保持Ⅱ类，         整性指数比禁渔前提升两个等级，长     全球男女平等和妇女全面发展注入新']


# pdftotext -layout (seed 601, gen-0602): a box's two columns whose rows a neighbour's lines
# filled, each side blank on two rows (not the same): the left under a sentence's end over
# a full line at its start, the right under a full open line over its paragraph's last
# line at its start (…消费品下乡等议题 / 开展交流。).
COLUMNS_STAGGERED_GOING_ON = [
    '南岭日 报                                                                                             2025年6月21日 星期六 第10版 民生',
    '',
    '                                                                                                责任编辑 郭 军        美术编辑 袁敏宁',
    '',
    '',
    '',
    '动驾驶出租车服务。“驾             产业刮目相看。                                                    代演艺形式和传统文化特',
    '                                                              （记者 范昊天）记者从',
    '驶过程平稳顺畅，就像坐                                                                        色的英歌和醒狮表演，为',
    '                                                              生态环境部长江流域生态',
    '                                                                                   第二十四届中国上海国际',
    '                                                              环境监督管理局获悉：',
    '首届县域商业发展大会在义乌                                                 2024年，长江干流水质连',
    '                                                                                   艺术节国际演艺大会及国',
    '                                                                                   际对话拉开帷幕。',
    '举办                                            图为工作人员巡检输电线',
    '                                                              续5年全线保持Ⅱ类，长',
    '                                                              江流域优良水质断面比例                                 图为快递员分拣包裹。',
    '                                              路。 新华社记者 程艳宁摄',
    '    本报讯（记者 柳            务部门负责人和1,000多                         达到96.5%，较2020年提                                   受访单位供图',
    '文）首届县域商业发展大             家企业代表参会，围绕县           “5·18国际博物馆日”，',
    '                                                              高1.8个百分点。',
    '                                              全国已有120余家博物馆',
    '会日前在浙江义乌举办。             域商业体系建设、农产品',
    '                        上行、消费品下乡等议题           推出夜间开放服务，部分',
    '                                                                                   “这条铁路带给我们的是希',
    '来自全国200多个县的商',
    '                        开展交流。                 场馆周五、周六延长开放                              望和未来”',
    '                                              至21:00，并同步推出夜',
    '                                                                                                 本报记者 黄培昭',
    '                                              间导览、文物修复体验、',
    '                                              主题音乐会等活动。                               上午7时40分，伴随          斯亚贝巴郊外的拉布站。',
    '                                                                                   着长鸣的汽笛声，亚吉铁            窗外的景色如画卷般展',
    '                                                                                   路每天的第一趟列车缓缓            开，金合欢树不停地从眼',
    '                                                                                   驶出埃塞俄比亚首都亚的            前掠过。',
    '',
    '多地开展新能源汽车']


STAGGERED = [
    '  “十四五”这5年，我国科技事               对高质量发展的强劲推动力日益显        全国秋粮收获近七成。分作物看，中',
    '业取得了历史性成就，发生了历史性               现。                     稻过七成、玉米过六成、大豆过八',
    '变革。                              5年来，市场在科技资源配置中       成。分区域看，西南过八成，西北过',
    '  2024年，全社会研发投入超3.6            的决定性作用进一步强化，政府作用       七',
    '万亿元，较2020年增长48%。规上高            得到更好发挥，基础研究组织化程度',
    '                                                                               图为10月19日，河南省济源市五龙口镇',
    '技术制造业增加值较“十三五”末增               提升，关键核心技术攻关合力不断形',
    '                                                                               农民将刚收获的玉米上架晾晒。 苗秋闹',
    '长42%；“三新”经济增加值占GDP的            成，全国科技工作“一盘棋”的基本                                摄（新华社发）',
    '比重达18%。截至今年6月底，国内发             格局加快构建。',
    '                                                                               成，黄淮海过七成，东北和长江中下',
    '明专利有效量达501万件……                   当前，我国创新力量正积聚成',
    '                                                                               游六成半，华南近三成。',
    '  5年来，党中央对科技工作的集               势。充分发挥新型举国体制优势，主',
    '中统一领导进一步加强，新型举国体               动创新的中国将在中国式现代化道路',
    '制优势充分彰显。国家战略科技力量               上阔步前行，活力奔涌的中国将创造',
    '加快建设，企业创新实力稳步提升，               出更多奇迹。',
    '新质生产力在实践中逐渐发展壮大，',
    '',
    '             （上接第十三版）            这位负责人表示，铁路部门将进',
    '等运输快速增长，中欧班列开行                 一步优化运输组织，加强与港口、物       习近平就日本前首相村山富市逝世向',
    '5,900列、发送货物64.1万标箱。            流园区的衔接，推动“公转铁”“散       日本首相石破茂致唁电',
    '                               改集”，更好服务经济社会发展。',
    '                                                          新华社北京10月19日电   10月   村山富市逝世向日本首相石破茂致唁',
    '聚焦高质量发展                                               19日，国家主席习近平就日本前首相        电，对村山富市逝世表示哀悼，向遗',
    '                                                                               属表示慰问。',
    '展世界艺术画卷 建文化交流平台',
    '本报记者 曹玲娟',
    '',
    '  10月17日，第二十四届中国上海             赋彩人民美好文化生活，市民群众在',
    '                                                          一张报纸，陪伴一座城市七十年',
    '国际艺术节拉开帷幕，在一个多月的               家门口就能领略名家名团的风采。中                 ——写在江城晚报创刊70周年之际',
    '时间里，将举办各类演出展览活动                国上海国际艺术节已成为中外文化艺                     本报记者 周 敏 林 晓',
    '500余项，共计1200余场。一场艺术            术交流的重要平台，生动展现着文化',
    '节，吸引全球优质演艺资源，中外名               因交流而多彩。',
    '作佳作汇聚上海舞台。一场艺术节，                 ——编 者',
]

# A box's columns' text, twelve characters a line.
BOX_APART = in_column((CHIPS + LONG + CHIPS_MORE) * 3, 12)

# pdftotext -layout (seed 1404): the page goes on onto a second sheet; the form feed
# opening the sheet's first line (its text right, a title's second line) takes no place
# in the grid: the left column's paragraph reads on across the sheet's end, the right
# box's kicker is not read inside it.
SHEET_FEED = page_of([
    "前5个月家电以旧换新带动" + " " * 44 + "推进优质医疗资源扩容下沉",
    "销售1260亿元",
    "  本报北京6月19日电（记者 王 轶）",
    "商务部19日发布数据显示，今年前5个",
    "",
    "",
    " " * 48 + "第 1 页",
    "\f" + " " * 24 + "县域医共体让群众就近看",
    "月，全国家电以旧换新累计带动相关商品",
    "销售1260亿元，惠及消费者3400多万人",
    "次。其中，一级能效、二级能效产品销售",
    "",
    "",
    " " * 29 + "好病",
    " " * 34 + "——来自甘肃、河南、四川基层的调查",
    " " * 41 + "本报记者 邹 翔 韩晓蕾",
    "",
    "图为游客在古镇街头拍照留念。（资料图片）",
    "",
    "额占比超过90%。",
    "",
    "",
    "",
    "",
    " " * 24 + "图为会宁县人民医院医生在丁家沟镇卫生院为村民检查身体。 本报记者 邹 翔摄",
    "",
    " " * 26 + "早上7点半，甘肃省会宁县丁家沟镇" + " " * 6 + "变。记者在3个省份的6个县走访发现，县",
    " " * 24 + "卫生院门口已经排起了队。72岁的村民马" + " " * 5 + "域内就诊率普遍保持在90%左右，一些县",
    " " * 24 + "有福攥着挂号单，等着县人民医院心内科" + " " * 6 + "的乡镇卫生院重新热闹了起来。",
    " " * 24 + "的医生来坐诊。“以前看心脏病得去县" + " " * 11 + "专家沉下去，小病不出乡",
    " " * 24 + "城，来回一整天，还得让儿子请假陪着。",
    " " * 50 + "会宁县人民医院牵头组建的医共体，",
    " " * 24 + "现在县里的专家每周二到镇上来，在家门",
    " " * 48 + "把28家乡镇卫生院和284个村卫生室纳入",
    " " * 24 + "口就能看。”马有福说。",
])


# PyMuPDF's sort=True text of a generated page (seed 4405): a paragraph's last line of two
# characters (…发出这样的感 / 慨。) and the next paragraph's first line, indented two ems,
# do not overlap, and the column's link missed it: the next paragraph was read after the
# column beside it (本报讯…), the comment's text cut in two (_opens_under).
SORT_SHORT_PARAGRAPH_END = (
    '察）\n'
    '                        本报讯（记者 柳 文）首届县域商业发展大   会上发布了一批县域商业发展典型案例，涵\n'
    '李洪兴                        会日前在浙江义乌举办。来自全国200多个县的  盖县级物流配送中心建设、乡镇商贸中心改造、\n'
    '  “多少年没坐过绿皮车了？！”最近，笔者  商务部门负责人和1,000多家企业代表参会，围  农村电商发展等方面。与会代表认为，县域商业\n'
    '乘坐高铁列车出行，身旁的大叔发出这样的感 绕县域商业体系建设、农产品上行、消费品下乡 是连接城乡市场的重要纽带，要加快补齐县域商\n'
    '慨。                     等议题开展交流。               业设施短板，畅通工业品下乡和农产品进城双向\n'
    '  这句话里，既有“到底多少年”的发问，又                        流通渠道。\n'
    '有“很多年未曾”的感叹。有人说，速度重塑经\n'
    '\n'
    '济，轨道连接未来。高铁在很大程度上改变着人\n'
    '们规划生活、谋划发展的时空观念，勾勒出发展的新脉络。      沙漠里种出“中国味道”\n')
# ... (seed 707): so is …0.6元左 / 右。 over 金寨县商务局提供的数据显示…, but not …效果较 / 好。
# over 进一步完善…: the line between holds the next box's heading (专家建议：), read elsewhere
# on the line, and a blank line alone may stand between a paragraph's end and the next.
SORT_HEADING_BETWEEN = (
    '                           每天10:30，安徽省金寨县梅山镇的快递共   业内人士分析，农村快递件量少、线路长、\n'
    '\n'
    '                      配中心都会迎来一天中最忙碌的时刻。来自县城 成本高，单纯依靠企业自身难以持续。一些地方\n'
    '                      的货车卸下一筐筐包裹，分拣员按村名把它们装\n'
    '\n'
    '                      进不同的周转箱，半小时后，十几辆电动三轮车\n'
    '                        就从这里出发，把包裹送往全镇的26个行政村。\n'
    '\n'
    '                           截至5月底，全国95%以上的建制村实现快递\n'
    '\n'
    '                       服务直达，农村地区日均收投快件超过1亿件。\n'
    '                     快递进村既方便了村民网购，也让农产品“出                                                  下图：村民在村级快递服务点寄出自家种植的茶叶。\n'
    '                       山”更加顺畅。                 金寨县商务局供图\n'
    '                            共同配送让成本降下来                                               探索“快递+商超”“快递+供销”等模式，让\n'
    '                        “过去一家快递公司单独跑一趟村里，一天\n'
    '\n'
    '                      也就送二三十件，油钱都不够。”金寨县一家快\n'
    '\n'
    '                         递企业负责人程亮说。2022年起，县里推动多家\n'
    '                      快递品牌入驻共配中心，“多家快递一车拉”，\n'
    '                          每件快件的末端配送成本从1.2元降到了0.6元左  上图：金寨县梅山镇快递共配中心，分拣员正在分拣\n'
    '                       右。                       包裹。本报记者 周 雷摄\n'
    '                        金寨县商务局提供的数据显示，全县已建成 村级服务点多业态经营，增加收入来源，效果较\n'
    '                        县级共配中心1个、乡镇快递服务站23个、村级  好。\n'
    '                          快递服务点218个，村级网点覆盖率达到100%。                                                     专家建议：\n'
    '                              问题在哪里？                                               进一步完善县乡村三级物流体系，推动快递\n'
    '                        快递进村跑通了，但一些地方仍存在“最后 与邮政、供销、交通等资源共享；同时加大对农\n'
    '                      一百米”的问题。记者在一些村级服务点看到， 村寄递网点的扶持力度，鼓励发展农产品冷链寄\n'
    '                      包裹堆放在小卖部的角落里，取件要靠村民自己  递，让更多“土特产”走出大山。\n')


# PyMuPDF's sort=True text of a generated page (seed 6404): the column ends mid-sentence on a
# full line (…亚的斯亚贝巴郊外的) and the sentence runs on at the top of the next column,
# whose second line ends the paragraph (拉布站。窗外的景色如画卷般展开，金 / 合欢树不停地从眼
# 前掠过。): that column was not taken for one running on (its second line is no full one),
# and the next article's title beside was read between (_heads_column).
SORT_RUNS_ON_OVER_A_SHORT_LINE = (
    '                   主体发展壮大创造良好条件。\n'
    '                                           图为老挝籍动车司机坎培·西萨瓦在驾驶室\n'
    '                                         内做出乘前检查。 新华社记者 凯 乐摄\n'
    '\n'
    '“这条铁路带给我们的是希望和  澜湄职业教育培训中心在                            曼谷揭牌\n'
    '                                           本报曼谷10月19日电（记者 孙广未来”                                       勇）澜湄职业教育培训中心19日在泰国\n'
    '——记者实地探访                           曼谷揭牌。中心由中国和泰国多所职业\n'
    '本报记者 黄培昭                             院校共同建设，将面向澜湄流域国家开\n'
    '  上午7时40分，伴随着长鸣的汽笛  拉布站。窗外的景色如画卷般展开，金 设新能源汽车维修、轨道交通运营、跨\n'
    '                                     境电商等专业培训课程，计划每年培训声，亚吉铁路每天的第一趟列车缓缓驶  合欢树不停地从眼前掠过。\n'
    '出埃塞俄比亚首都亚的斯亚贝巴郊外的                        学员1000人次以上。\n'
    '\n'
    '                         南京浦口经济开发区：探确保基本实现社会主义现代化取得决                         索集成电路国产化路径\n'
    '\n'
    '                                       集成电路是信息产业发展的基础。      定性进展\n'
    '                                     今年以来，南京浦口经济开发区积极落\n'
    '               新华社记者\n'
    '                                     实南京市“一园区一突破”改革任务，\n')


# PyMuPDF's text of a generated page (seed 14601): a paragraph cut mid-word by both markers
# of a jump, 下转 under its first part and 上接 over the rest (…市场主要在欧 / （下转第九版） /
# （上接第十五版） / 洲、澳大利亚…), and a later article whose last paragraph ends with no mark
# (——2014年11月10日…上强调), where MOVE001 took the rest for that one's tail.
# A jump within the page (PyMuPDF, seed 18301): the cut paragraph says it goes on elsewhere
# (（下转第5版）), and the text under a marker that names this very page (（上接第14版） on page
# 14) is its rest, printed under another article whose words it shares more.
JUMP_WITHIN_THE_PAGE = (
    '燕山晚报\n'
    '14  经济  2025年11月9日  星期日\n'
    '毕业季，他们为何选择“慢就\n'
    '业”？\n'
    '本报记者  王  林\n'
    '7月毕业后，林远没有急着找\n'
    '工作。他报了一个为期3个月的编\n'
    '程训练营，每天从9点学到21:30。\n'
    '“本科学的是市场营销，但我更\n'
    '（下转第5版）\n'
    '年轻人为何爱上“博物馆打\n'
    '卡”？\n'
    '本报记者  毛  宁\n'
    '端午假期，国家博物馆门前排\n'
    '起了长队。队伍中，年轻面孔占了\n'
    '多数。22岁的大学生林可提前一\n'
    '周预约了门票，“这次专门来看青\n'
    '铜器特展，攻略做了好几天”。\n'
    '近年来，“博物馆热”持续升\n'
    '温，年轻人成为参观主力。中国青\n'
    '年报社社会调查中心对1,327名18\n'
    '至35岁青年进行的一项调查显示，\n'
    '71.6%的受访青年过去一年至少去\n'
    '过一次博物馆，其中有三成以上去\n'
    '过5次及以上。\n'
    '（上接第14版）\n'
    '想做产品经理，得先补补技术\n'
    '课。”他说。\n'
    '像林远这样毕业后暂不就业、\n'
    '继续学习或调整方向的年轻人，被\n'
    '称为“慢就业”群体。中国青年报\n'
    '社社会调查中心近期对1,502名受\n'
    '访者进行的一项调查显示，46.3%\n'
    '的受访者身边有“慢就业”的同学\n'
    '或朋友。\n'
)


JUMP_PAIR_INSIDE_A_PARAGRAPH = (
    '滨江晚报\n'
    '15  民生  2025年4月1日  星期二\n'
    '老挝青年开上了“澜湄号”\n'
    '本报驻老挝记者  杨  一\n'
    '清晨6点半，老挝首都万象火车\n'
    '站，26岁的动车司机坎培·西萨瓦完\n'
    '成出乘前的最后一项检查，登上“澜\n'
    '图为老挝籍动车司机坎培·西萨瓦在驾驶\n'
    '室内做出乘前检查。 新华社记者  凯  乐\n'
    '摄\n'
    '湄号”动车组的驾驶室。几分钟后，\n'
    '列车平稳驶出车站，向北往琅勃拉邦\n'
    '方向开去。\n'
    '“内外贸同样重要，两条腿走路更稳妥”\n'
    '本报记者  洪秋婷  李  刚\n'
    '填资料，扫二维码，领取资料\n'
    '单。阿里巴巴华南技术有限公司运营\n'
    '人员王洪斌已经接待了好几位参展\n'
    '商。“他们都打算入驻淘宝，我们这\n'
    '次参加广交会内外贸对接活动，就是\n'
    '想直面国内客户群体，吸纳更多客\n'
    '户。”\n'
    '广东客商张见芝告诉记者，自己\n'
    '的工厂专门出口男装，市场主要在欧\n'
    '（下转第九版）\n'
    '（上接第十五版）\n'
    '洲、澳大利亚和南美洲。“我们认为\n'
    '内外贸同样重要，两条腿走路更稳\n'
    '妥。转做国内市场压力很大，这次来\n'
    '到对接活动，我们希望利用这个机\n'
    '会，找到可以帮助我们打通后续消费\n'
    '端堵点的平台。”\n'
    '广交会是助力内外贸一体化、服\n'
    '务国内国际双循环的重要平台。10月\n'
    '16日，第138届广交会外贸优品拓内\n'
    '销对接活动在广交会堂会议大厅启\n'
    '动，现场80家境内采购商和贸易服务\n'
    '商参加。活动邀请权威专家解读内贸\n'
    '政策，金融、保险等机构进行专业服\n'
    '务，商超百货、电商平台等渠道代表\n'
    '分享建议，更好支持企业拓市场、拿\n'
    '订单。\n'
    '久久为功，“APEC蓝”成为“北京蓝”\n'
    '（总书记的关切·落地的回响）\n'
    '本报记者  程  龙  潘俊强\n'
    '编者按：言出必践，是中国共产\n'
    '党执政的鲜明风格。\n'
    '“事情说了，得听到落地的回\n'
    '响，看看落实得到底怎么样。”习近\n'
    '平总书记反复强调实干兴邦、狠抓落\n'
    '实。“十四五”收官之年，人们看\n'
    '到，美好蓝图细化为施工图、转化为\n'
    '实景画，“件件有着落、事事有回\n'
    '音”。迈向下一个五年，要把“十五\n'
    '五”目标任务规划好实施好，“以钉\n'
    '钉子精神抓落实”，确保基本实现社\n'
    '会主义现代化取得决定性进展。\n'
    '今起，本报开设“总书记的关切\n'
    '·落地的回响”专栏，展现各地各部\n'
    '门扎实推动习近平总书记重要指示精\n'
    '神落地落实的生动实践，记录千行百\n'
    '业的新变化、广大群众的获得感，为\n'
    '14亿多中国人民昂首奋进“十五五”\n'
    '汇聚力量。\n'
    '“有人说，现在北京的蓝天是\n'
    'APEC蓝，美好而短暂，过了这一阵就\n'
    '没了，我希望并相信通过不懈的努\n'
    '力，APEC蓝能够保持下去。”\n'
    '——2014年11月10日，习近平主\n'
    '席在亚太经合组织第二十二次领导人\n'
    '非正式会议欢迎宴会上强调\n'
    '责任编辑  叶波英   美术编辑  袁静凯\n'
)


# PyMuPDF's text of a generated page (seed 14506): a quotation's attribution line, ending
# with no mark (——…欢迎宴会上强调), over both markers of a jump, and under them a paragraph
# whose first line is short by the dropped indent (前些年，一见透亮的蓝天，人).
PARAGRAPH_OPENS_UNDER_A_JUMP_PAIR = (
    '东海日报\n'
    '11  城事  2025年2月11日  星期二\n'
    '久久为功，“APEC蓝”成为“北京蓝”（总书记的关切\n'
    '·落地的回响）\n'
    '本报记者  程  龙  潘俊强\n'
    '编者按：言出必践，是中国共\n'
    '产党执政的鲜明风格。\n'
    '“事情说了，得听到落地的回\n'
    '响，看看落实得到底怎么样。”习\n'
    '近平总书记反复强调实干兴邦、狠\n'
    '抓落实。“十四五”收官之年，人\n'
    '们看到，美好蓝图细化为施工图、\n'
    '转化为实景画，“件件有着落、事\n'
    '事有回音”。迈向下一个五年，要\n'
    '把“十五五”目标任务规划好实施\n'
    '好，“以钉钉子精神抓落实”，确\n'
    '保基本实现社会主义现代化取得决\n'
    '定性进展。\n'
    '图为技术人员调试设备。\n'
    '汤杰凯摄\n'
    '今起，本报开设“总书记的关\n'
    '切·落地的回响”专栏，展现各地\n'
    '各部门扎实推动习近平总书记重要\n'
    '指示精神落地落实的生动实践，记\n'
    '录千行百业的新变化、广大群众的\n'
    '获得感，为14亿多中国人民昂首奋\n'
    '进“十五五”汇聚力量。\n'
    '“有人说，现在北京的蓝天是\n'
    'APEC蓝，美好而短暂，过了这一阵\n'
    '就没了，我希望并相信通过不懈的\n'
    '努力，APEC蓝能够保持下去。”\n'
    '——2014年11月10日，习近平\n'
    '主席在亚太经合组织第二十二次领\n'
    '导人非正式会议欢迎宴会上强调\n'
    '（下转第13版）\n'
    '（上接第11版）\n'
    '前些年，一见透亮的蓝天，人\n'
    '们都迫不及待地拍照片晒出来。\n'
    '“现在司空见惯了，就不怎么晒\n'
    '了。”一位原来热衷于晒蓝天照的\n'
    '北京市民这样说。\n'
    '从“惊喜”到“习惯”，付出\n'
    '了怎样的努力？\n'
    '时间回到2014年2月，北京遭\n'
    '遇雾霾，空气污染指数连日“爆\n'
    '表”。习近平总书记在北京考察工\n'
    '作时明确要求：“像北京这样的特\n'
    '大城市，环境治理是一个系统工\n'
    '程，必须作为重大民生实事紧紧抓\n'
    '在手上。大气污染防治是北京发展\n'
)


# PyMuPDF's text of a generated page (seed 8702), shortened: a paragraph cut by the mark
# of the page's second sheet (…周五、周六 / 第 2 页 / 延长开放至21:00，并同步推出夜间导),
# the line under it short only because 览 would not fit, on a page whose paragraphs start
# short by the dropped indent.
PARAGRAPH_ACROSS_A_SHEET_MARK = (
    '第 1 页\n'
    '滨江晚报\n'
    '2025年8月19日 星期二 第15版 要闻\n'
    '习近平就日本前首相村山富市逝世向日本首相\n'
    '石破茂致唁电\n'
    '新华社北京10月19日电  10月19\n'
    '日，国家主席习近平就日本前首相村山富\n'
    '市逝世向日本首相石破茂致唁电，对村山\n'
    '富市逝世表示哀悼，向遗属表示慰问。\n'
    '习近平指出，村山先生是日本富有正\n'
    '义感的政治家，也是中国人民的老朋友，\n'
    '长期致力于中日友好事业。1995年村山先\n'
    '生作为时任日本首相就历史问题发表正式\n'
    '谈话，承认并深刻反省日本侵略战争和殖\n'
    '民统治历史，向受害国道歉。“村山谈\n'
    '话”的精神应当恪守。希望日方同中方相\n'
    '向而行，以史为鉴、面向未来，维护双边\n'
    '关系政治基础，携手全面推进中日战略互\n'
    '惠关系发展。\n'
    '百余家博物馆推出夜间开放\n'
    '本报北京5月13日电（记者 丁 怡）\n'
    '记者从国家文物局获悉：为迎接“5·18国\n'
    '际博物馆日”，全国已有120余家博物馆\n'
    '推出夜间开放服务，部分场馆周五、周六\n'
    '第 2 页\n'
    '延长开放至21:00，并同步推出夜间导\n'
    '览、文物修复体验、主题音乐会等活动。\n'
)


# PyMuPDF's text of a generated page (seed 1207): a paragraph cut inside a word by both
# markers of a jump and a photo's caption (…最喜欢的博 / （下转第3版） / （上接第8版） / 图①… /
# 物馆服务依次是：文物讲解 / （62.4%）…): the line under them is short only because the
# bracketed number would not fit on it.
WORD_ACROSS_A_JUMP_PAIR = (
    '江南晨报\n'
    '08  民生  2025年5月30日  星期五\n'
    '年轻人为何爱上“博物馆打卡”？\n'
    '中青报·中青网记者  毛  宁  实习生  吴  桐\n'
    '端午假期，国家博物馆门前排起了\n'
    '长队。队伍中，年轻面孔占了多数。2\n'
    '图②：年轻观众在展柜前拍照打卡。 中青\n'
    '报·中青网记者  毛  宁/摄\n'
    '2岁的大学生林可提前一周预约了门\n'
    '票，“这次专门来看青铜器特展，攻略\n'
    '做了好几天”。\n'
    '近年来，“博物馆热”持续升温，\n'
    '年轻人成为参观主力。中国青年报社社\n'
    '会调查中心对1,327名18至35岁青年进\n'
    '行的一项调查显示，71.6%的受访青年\n'
    '过去一年至少去过一次博物馆，其中有\n'
    '三成以上去过5次及以上。\n'
    '是“跟风”还是真喜欢？\n'
    '有人认为，年轻人逛博物馆只是为\n'
    '了拍照发朋友圈。但在采访中，不少年\n'
    '轻人表示，打卡只是开始，真正吸引他\n'
    '们的是文物背后的故事。\n'
    '在北京读研究生的赵一鸣是学校摄\n'
    '影社团的成员，他的镜头里有上千件文\n'
    '物。“一开始是觉得好看，拍着拍着就\n'
    '想知道它们的来历，后来干脆去旁听了\n'
    '考古专业的课。”他说。\n'
    '调查还显示，受访青年最喜欢的博\n'
    '（下转第3版）\n'
    '（上接第8版）\n'
    '图①：观众在国家博物馆参观青铜器特\n'
    '展。\n'
    '物馆服务依次是：文物讲解\n'
    '（62.4%）、沉浸式展览（55.8%）、文\n'
    '创产品（47.3%）。\n'
    '博物馆怎样留住年轻人？\n'
    '针对年轻观众的需求，许多博物馆\n'
    '推出了夜场、剧本游、数字展厅等新玩\n'
    '法。一些博物馆还开设了面向青年的志\n'
    '愿讲解员招募，让年轻人从“观众”变\n'
    '成“讲述者”。\n'
    '受访专家认为，博物馆应持续创新\n'
    '展陈方式和服务内容，同时也要守住专\n'
    '业底线，让年轻人在“打卡”之余，真\n'
    '正读懂文物、读懂历史。\n'
    '图为居民在公园晨练。\n'
    '新华社记者  黎  飞摄\n'
    '图片报道\n'
    '图为10月15日，客商在第138届广交会服务机器人专区与人形机器人合影。 新华社记者  \n'
    '卢汉欣摄\n'
    '10月19日，第138届广交会第一期\n'
    '闭幕。本届广交会设立服务机器人专\n'
    '区，引入数十家行业领先企业，聚焦服\n'
    '务机器人前沿，涵盖人形机器人、外骨\n'
    '骼机器人、球形巡检机器人、光伏清洁\n'
    '机器人、教育机器人等品类，兼具技术\n'
    '前瞻性与成熟商业应用性，吸引全球多\n'
    '家工商机构和头部采购商到会参观洽\n'
    '谈。\n'
    '让科普“追”上科创（纵横）\n'
    '——来自三个省份的调研\n'
    '裴  桐\n'
    '国庆、中秋假期，焕新升级后的南\n'
    '京科技馆，日均接待观众超1万人次，\n'
    '交出一份亮眼成绩单。\n'
    '图为游客在古镇街头拍照留念。 本报记者  \n'
    '龙  华摄\n'
    '受台风外围影响 明起我市\n'
    '有强降雨\n'
    '海滨晚报讯（记者 陈 阳）记者从\n'
    '市气象台获悉，受今年第11号台风外围\n'
    '云系影响，13日至14日，我市将出现一\n'
    '次明显降雨过程，部分地区有暴雨，局\n'
    '地大暴雨，并伴有7至9级阵风。\n'
    '市气象台首席预报员赵明介绍，降\n'
    '雨将从13日上午开始，预计13日10:30\n'
    '至14日凌晨为降雨最强时段，过程累计\n'
    '雨量一般为50至100毫米，沿海局地可\n'
    '达150毫米以上。\n'
    '市防汛办提醒，市民要减少不必要\n'
    '的外出，远离河道、低洼地带和海边礁\n'
    '石区；驾车出行注意避开积水路段，不\n'
    '要冒险涉水通行。\n'
    '责任编辑：曹杰峰\n'
)


# PyMuPDF's text of a generated page (seed 8001, gen-8008), in part: an article's text cut
# by its jump line, then two title lines over a headline and its dateline: the upper, the
# wider, a headline whose text is elsewhere; the lower the headline's kicker.
TITLE_OVER_A_KICKER = (
    "每逢重大历史关头，中国共产\n党总是能够科学把握历史方位与形\n势变化，制定正确的政治战略策略\n"
    "（下转第二版）\n全国首批老年助餐服务示范点名单公布\n长江十年禁渔进入第五年\n"
    "长江干流水质连续5年\n保持Ⅱ类\n本报武汉5月13日电（记者\n范昊天）记者从生态环境部长江流\n"
    "域生态环境监督管理局获悉：2024\n年，长江干流水质连续5年全线保\n持Ⅱ类，长江流域优良水质断面比\n"
    "例达到98.5%。\n"
)

# ... and (seed 8801, gen-8806): a kicker over a wider headline whose text is elsewhere,
# stacked over another article's headline and dateline.
KICKER_AND_TITLE_OVER_A_TITLE = (
    "坚持医保资金用在刀刃上的同时，\n优化了规则，直指仿制药领域的内卷问\n题。\n"
    "绿色发展新答卷\n前5个月家电以旧换新带动销售1260亿\n元\n铁凝出席非洲女性议员\n研讨班开班式\n"
    "新华社北京10月19日电  全\n国人大常委会副委员长铁凝19日在\n京出席非洲女性议员研讨班开班式\n"
    "并致辞。\n"
)


# PyMuPDF's blocks (seed 8001, gen-8007), in part: a kicker wrapped onto a tail of three
# characters, each line a block of its own, over its headline.
KICKER_WRAPPED_IN_BLOCKS = (
    "本报北京6月19日电\n\n（记者 王 轶）商务部19\n\n日发布数据显示，今年前\n\n5个月，全国家电以旧换\n\n"
    "新累计带动相关商品销售\n\n1260亿元，惠及消费者\n\n3400多万人次。其中，一\n\n"
    "级能效、二级能效产品销\n\n售额占比超过90%。\n\n老旧小区改造惠及千\n\n家万户\n"
    "加装电梯后，张\n大爷天天下楼遛\n\n弯\n\n本报讯（记者 王 薇\n\n通讯员 李 军）11日上\n\n"
    "午，家住南山区幸福里小\n\n区5号楼6楼的张大爷，第\n\n一次乘坐新装好的电梯下\n\n"
    "了楼。站在楼门口，78岁\n\n的老人有些激动。\n"
)


# PyMuPDF's text of a generated page (seed 9501, gen-9506), in part: a photo-news column's
# title over a kicker, its headline and byline.
COLUMN_TITLE_OVER_A_KICKER = (
    "拣、加工、检测等设施，可为粤西地区\n水产品、热带水果等农产品提供“一站式”\n冷链服务。\n"
    "图片报道\n聚焦高质量发展\n年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n"
    "端午假期，国家博物馆门前排起了长\n队。队伍中，年轻面孔占了多数。22岁的大\n"
    "学生林可提前一周预约了门票，“这次专门\n来看青铜器特展，攻略做了好几天”。\n"
)


# Tesseract's text of a generated page (seed 14801, gen-14802), in part: OCR dropped 类，
# at a line's end (…教育机器人等品 / 兼具…), so the line reads two characters short.
OCR_DROPPED = (
    "产业动态\n\n本报记者 王 五\n\n"
    "10月19日，第138届广交会\n第一期闭幕。本届广交会设立服\n务机器人专区，引入数十家行业\n"
    "领先企业，聚焦服务机器人前\n沿，涵盖人形机器人、外骨骼机\n器人、球形巡检机器人、光伏清\n"
    "尘机器人、教育机器人等品\n兼具技术前此性与成熟商业应用\n性，吸引全球多家工商机构和头\n"
    "部采购商到会参观治谈。\n\n图为10月15日，客商在广交会合影。\n\n"
    "展会期间，各地采购商纷纷到\n会洽谈合作，成交情况良好。\n")

# Tesseract's text of a generated page (seed 14801, gen-14805), in part: a line short by a
# sentence of one character pushed down (…进军的第一 / 年。…), over the block's last line,
# past the measure by the speck LAY202 put back on it (六可).
OCR_SPECK_BELOW = (
    "擘画发展新蓝图\n\n新华社记者\n\n"
    "10月20日至23日，党的\n二十届四中全会在北京召\n开。会议将审议《中共中央\n关于制定国民经济和社会发\n"
    "展第十五个五年规划的建\n议》，为未来五年中国发展\n达画蓝图。\n\n"
    "2021年一2025年，“十\n五”时期是我国全面建成\n小康社会、实现第一个百年\n奋斗目标之后乘势而上开\n"
    "启全面建设社会主义现代化\n国家新征程、向第二个百年\n奋斗目标进军的第一\n年。全国上下区力同心、攻\n\n"
    "六可\n\n"
    "坚克难，我国经济社会发展\n取得新的开创性进展、突破\n性变革、历史性成就。\n")
# The same column with a line short of the measure by a character or two, ending no
# sentence, over a title two characters wider than the column (…取得新的开 / 新征程上中国
# 经济交出亮眼答卷 / 2026年…).
OCR_TITLE_BELOW = (
    "2021年一2025年，“十\n五”时期是我国全面建成\n小康社会、实现第一个百年\n奋斗目标之后乘势而上开\n"
    "启全面建设社会主义现代化\n国家新征程、向第二个百年\n奋斗目标进军的第一年，经\n济社会发展取得新的开\n"
    "新征程上中国经济交出亮眼答卷\n"
    "2026年一2030年，围绕以\n中国式现代化全面推进强国\n建设、民族复兴伟业。\n")

# Tesseract's text of the committed page gen-0010, in part: a paragraph's first line alone
# in its block, ending its sentence (…第一期闭幕。), a photo's caption, and the paragraph's
# rest, its second line a character short (人 dropped at the end: …涵盖 / 形机器人).
OCR_NO_HEADING_FIRST = ("10月18日，融合了现代演艺形式和传统文化特色的英歌和醒狮表演，为第二十四届中国"
                        "上海国际艺术节国际演艺大会及国际对话拉开帷幕。")
OCR_NO_HEADING = (
    "图片报道\n\n"
    "10月18日，融合了现代演艺形式和传统文\n化特色的英歌和醒狮表演，为第二十四届中国\n"
    "上海国际艺术节国际演艺大会及国际对话拉开\n帷幕。\n\n"
    "10月19日，第138届广交会第一期闭幕。\n\n"
    "图为10月15日，客商在第138届广交会服务机器人\n专区与人形机器人合影。 新华社记者 卢汉欣摄\n\n"
    "本届广交会设立服务机器人专区，引入数十家\n行业领先企业，事焦服务机器人前沿，涵盖\n"
    "形机器人、外骨骼机器人、球形巡检机器人、\n光伏清洁机器人、教育机器人等品类，兼具技\n"
    "术前脆性与成熟商业应用性，吸引全球多家工\n商机构和头部采购商到会参观洽谈。\n")


# A photo's position marker beside a paragraph's line that goes on under it, no credit.
POSITION_MARKER_BESIDE_A_LINE = (
    "公园春色\n本报记者  李  四\n春分过后，城西公园里的樱花陆\n续开放，吸引了不少市民前来踏青\n"
    "赏花。公园管理处负责人介绍，今 上图：市民在公园里赏花拍照。\n年园内新种了三百多株樱花，花期\n"
    "将持续到四月中旬，游园高峰将出现\n在清明假期前后。\n")


# Tesseract's text of a generated page (seed 5301, gen-5307), cut to what the case needs
# (a page still set in OCR's blocks): a paragraph's first two lines in one OCR block under
# its article's first sentence, the first line short of the second by its dropped indent.
OCR_FIRST_LINES_OVER_A_DATELINE = '共享美好家园\n\n历史，正在书写新的篇章。\n10月20日至23日，党的二十\n届四中全会在北京召开。会议将\n\n7 雪\n\n新华社记者\n\n的智能康复设备已在前海注册公\n\n主义现代化取得决X\n\n9月2日，第五届粤港澳大湾区青\n\n年创新创业大赛在深圳前海启\n\n动。大赛设人工智能、生物医\n\n药、新能源等6个赛道，面向大\n\n其有忆在人济区攻地基尼 今\n\n年大赛还将为优秀项目对接投资\n\n机构和贱化平台，帮助青年创业\n\n届大赛的获奖者，她的团队研发\n\n让科普“追"上科创\n(纵横)\n裴 机\n\n图为医生为村民义诊。\n后的南京科技馆，日均接待观众\n超1万人次，交出一份亮眼成绩\n\n(上接第十四版)\n会、实现第一个百年奋斗目标之\n后，乘势而上开启全面建设社会\n主义现代化国家新征程、向第二\n\n2026年一2030年，围绕以中\n国式现代化全面推进强国建设、\n'


@dataclass
class Case:
    id: str
    rule: str
    page: str
    fires: bool | None
    want: dict = field(default_factory=dict)
    script: str = "auto"


# Tesseract-like text (hand-made): a title OCR set over two blocks, a line of names under
# it, the text in OCR's blocks; the names line is filled in by the case.
PAIRS_PAGE = ("居民们纷纷点赞，说这样的\n好事要多办。社区负责人介\n绍，明年还将再建两处。\n\n"
              "社区食堂开到\n\n家门口\n\n{names}\n清晨六点，家住城东社区的\n刘大爷就来到"
              "食堂吃早饭。过\n去一日三餐全靠自己做，如今\n花上几块钱就能吃得舒心。\n\n"
              "社区负责人介绍，食堂今年\n三月开张，每天接待老人三\n百余人次。\n")


# Tesseract-like text (hand-made) for LAY206: a headline and a paragraph in OCR's blocks,
# then a block where OCR read two columns side by side, one line of each on each line, the
# gutter read as a space and a stray mark; {rows} is filled in by the case.
OCR_ROWS_PAGE = ("江城日报\n\n2025年6月2日 星期一 第5版 要闻\n\n社区食堂开到家门口\n\n"
                 "清晨六点，家住城东社区的\n刘大爷就来到食堂吃早饭。过\n去一日三餐全靠自己做，如今\n"
                 "花上几块钱就能吃得舒心。\n\n{rows}\n\n居民们纷纷点赞，说这样的\n"
                 "好事要多办。社区负责人介\n绍，明年还将再建两处。\n")
OCR_LEFT = ["社区负责人介绍，食堂今年", "三月开张，每天接待老人三", "百余人次。菜价由街道补贴",
            "一荤两素只要十元钱就能吃"]
OCR_RIGHT = ["老街新开了一家书店，店里", "摆满了本地作者的新书，周", "末还有读书会和手工课，吸",
             "引了不少年轻人前来看书。"]


def ocr_rows(left: list[str], right: list[str], junction: str = " ”") -> str:
    """Two columns' lines as OCR reads them side by side: each pair on one line."""
    return "\n".join(a + junction + b for a, b in zip(left, right))


# A page's top with no banner rule of its own (masthead, edition line) and a short text,
# for the cases of a line set a blank row over the first title (CLS001, CLS015).
BANNER_TOP = "江城日报\n2025年6月2日 星期一 第5版 要闻\n\n"
# A title at the page's top whose column's tag, on a line of its own, fills the text's
# measure (hand-made after PyMuPDF's text of seed 17601).
PAGE_TOP_TAG_UNDER_A_TITLE = (
    "江城日报\n3  要闻  2025年6月2日  星期一\n小巷焕新颜，“老街坊”住出“新滋味”\n"
    "（城市更新看变化·落地的声音）\n本报记者  周  雷  王  伟\n清晨六点，家住城东社区的刘\n"
    "大爷就下楼散步了。过去住在六\n楼的他，上下楼全靠扶着栏杆一\n步一步挪，如今加装了电梯，出\n"
    "门方便多了。\n社区负责人介绍，今年以来，\n全区已有一百二十多部电梯投入\n"
    "使用，惠及居民三千余户，居民\n们纷纷点赞。\n")


# An article, then text continued from another page under its marker, a wrapped title line
# in it over text of another subject (hand-made after PyMuPDF's text of seed 17701).
TITLE_IN_CONTINUED_TEXT = (
    "江城日报\n3  要闻  2025年6月2日  星期一\n城东社区加装电梯一百多部\n本报记者  周  雷\n"
    "清晨六点，家住城东社区的刘\n大爷就下楼散步了。过去住在六\n楼的他，上下楼全靠扶着栏杆一\n"
    "步一步挪，如今加装了电梯，出\n门方便多了。\n（上接第2版）\n发展的脚步，一刻也没有停下。\n"
    "新的征程即将开启，全市上下\n团结一心，向着既定目标踔厉\n奋发、勇毅前行，必将开创城\n"
    "市发展的崭新局面。\n织密管网  守护一江碧水清流长\n久\n今年以来，城区雨污分流改造\n"
    "全面铺开，铺设污水管道一百\n二十多公里，新建泵站六座，\n沿江排口全部完成整治。\n"
    "环保部门监测显示，主要河道\n断面水质稳定达到三类标准，\n江豚、白鹭重新出现在城区岸\n"
    "线，市民沿江散步的多了。\n本版责编：王  芳\n")


BANNER_TEXT = ("清晨六点，家住城东社\n区的刘大爷就下楼散步了。过\n去住在六楼的他，上下楼全靠\n"
               "扶着栏杆一步一步挪，如今加\n装了电梯，出门方便多了。\n社区负责人介绍，今年以\n"
               "来，全区已有一百二十多部电\n梯投入使用，惠及居民三千余\n户，居民们纷纷点赞。\n")


# PyMuPDF's text of a generated page (seed 14901, gen-14907), in part: a paragraph's line
# justified across the column over a photo, a closing quotation mark and a semicolon set
# touching as one of the extractor's lines (…保障高水平安 / 全 / ”； / 等 / 等 / 。 / 图为…).
SPREAD_WITH_A_MARK_PAIR = (
    '更好统筹高质量发展和高水平安全（深入学习贯\n彻习近平新时代中国特色社会主义思想·学习\n'
    '《习近平经济文选》第一卷专家谈）\n李  非  黄  婧\n当今时代，发展利益和安\n全利益复杂交织。如何处理好\n'
    '发展和安全的关系，是世界各\n国面临的共同难题。党的十八\n大以来，习近平总书记高度重\n视发展和安全，反复强调要统\n'
    '筹高质量发展和高水平安全，\n许多重要论述都收入《习近平\n经济文选》第一卷。比如，\n《关于构建新发展格局》指\n'
    '出：“这次中央全会对统筹发\n展和安全作出战略部署，对在\n复杂环境下更好推进我国经济\n社会发展具有重大指导意\n'
    '义”；《中国式现代化要靠科\n技现代化作支撑》指出：“坚\n持创新引领发展，树牢抓创新\n就是抓发展、谋创新就是谋未\n'
    '来的理念，以科技创新引领高\n质量发展、保障高水平安\n全\n”；\n等\n等\n。\n图为志愿者为老人测量血压。\n曹雪娜摄\n'
    '8月29日召开的中共中央政治\n局会议强调：“牢牢守住发展\n不能以牺牲安全为代价这条底\n线”“更好统筹高质量发展和\n'
    '高水平安全”。在以中国式现\n代化全面推进强国建设、民族\n复兴伟业的新征程上，我们要\n深入学习贯彻习近平总书记重\n'
)


# PyMuPDF's text of a generated page (d15301 gen-15301), in part: a paragraph's line
# justified across a narrow column over a photo, a number among its pieces (…借阅点 / 已 /
# 增 / 至 / 40 / 个 / ， / 覆 / 图为…).
SPREAD_WITH_A_NUMBER = (
    '全镇的26个行政村。\n图片报道\n——来自三个省份的调\n研\n10月19日，第138届广\n交会第一期闭幕。本届广交\n'
    '会设立服务机器人专区，引\n入数十家行业领先企业，聚\n焦服务机器人前沿，涵盖人\n形机器人、外骨骼机器人、\n'
    '球形巡检机器人、光伏清洁\n图为10月15日，客商在第138\n届广交会服务机器人专区与人\n形机器人合影。 新华社记者  \n'
    '卢汉欣摄\n机器人、教育机器人等品\n类，兼具技术前瞻性与成熟\n商业应用性，吸引全球多家\n工商机构和头部采购商到会\n'
    '参观洽谈。\n走进产业园区\n24小时自助借阅\n点增至40个\n本报讯（通讯员 何 静\n记者 林 楠）记者从市图书\n'
    '馆获悉，随着近日港湾路、\n学府路等6个新点位投入使\n用，全市24小时自助借阅点\n已\n增\n至\n40\n个\n，\n覆\n'
    '图为工人在生产线上忙碌。 县\n融媒体中心供图\n盖所有街道。市民持读者证\n或电子社保卡即可随时借还\n'
    '图书。\n责任编辑  罗芳华   美术编辑  谭  阳\n'
)


# PyMuPDF's text of a generated page (d15801 gen-15806), in part: two articles' photo
# captions, set across the photos in smaller type (20 characters), beside a column of 18.
CAPTIONS_WIDER_THAN_THE_COLUMN = (
    '美好的未来。\n多地开展新能源汽车下乡活动\n乡村道路上的“绿牌车”多\n了\n本报记者  杨  阳\n'
    '周末一大早，山东省沂南县铜井镇的\n农民王德胜就开着新买的新能源汽车，带\n着一家人去县城赶集。“一公里电费不到\n'
    '1毛钱，比烧油省多了。”王德胜说，这\n辆车是他在镇上的新能源汽车下乡活动中\n买的，享受了以旧换新补贴，还赶上了车\n'
    '企的优惠，算下来比原价便宜了2万多\n元。\n上图：沂南县铜井镇的新能源汽车下乡活动现\n场。\n'
    '下图：工作人员在乡镇充电站检修充电桩。 \n经济日报记者  杨  阳摄\n快递进村，“最后一公里”越走越顺\n'
    '——来自三个省份的调研\n本报记者  周  雷\n每天10:30，安徽省金寨县梅山镇的\n快递共配中心都会迎来一天中最忙碌的时\n'
    '上图：金寨县梅山镇快递共配中心，分拣员正\n在分拣包裹。本报记者  周  雷摄\n下图：村民在村级快递服务点寄出自家种植的\n'
    '茶叶。金寨县商务局供图\n刻。来自县城的货车卸下一筐筐包裹，分\n拣员按村名把它们装进不同的周转箱，半\n'
    '小时后，十几辆电动三轮车就从这里出\n发，把包裹送往全镇的26个行政村。\n截至5月底，全国95%以上的建制村实\n'
    '现快递服务直达，农村地区日均收投快件\n超过1亿件。快递进村既方便了村民网\n购，也让农产品“出山”更加顺畅。\n'
)


# PyMuPDF's text of a generated page (seed 14402): a title wrapped at the column's measure
# (11), with no byline or dateline under it, between a paragraph's last line and its text's
# first line, short by the dropped indent (9).
TITLE_AT_THE_MEASURE_OVER_A_FIRST_LINE = '东海日报\n2025年3月30日 星期日 第1版 经济\n前三季度主要金融数据变化怎么看\n（高质量发展看亮点·读数）\n本报记者  吴秋余\n中国人民银行近日发\n布的金融统计数据显示，\n今年前三季度，我国人民\n币贷款增加14.75 万亿\n元，广义货币和社会融资\n规模增速均保持在较高水\n平，为经济回升向好创造\n了适宜的货币金融环境。\n如何看待前三季度主要金\n融数据变化？实体经济得\n到了哪些金融支持？记者\n进行了采访。\n——编 者\n返乡青年把民宿开进了古村\n落\n本报记者  王  瑾\n图为居民在公园晨练。 苏  晨摄\n浙江省松阳县的杨家\n堂村，是一座有着300多\n年历史的古村落。4 年\n前，在杭州做设计师的90\n后姑娘吴佳回到家乡，把\n村里3栋闲置的老宅改造\n成了民宿。\n南京浦口经济开发区：探\n索集成电路国产化路径\n集成电路是信息产业\n发展的基础。今年以来，\n南京浦口经济开发区积极\n落实南京市“一园区一突\n破”改革任务，通过技术\n创新推动国产替代、招新\n引优补齐短板、深化改革\n优化环境，探索集成电路\n国产化路径。\n推动技术迭代\n浦口经开区聚焦集成\n电路领域硬科技、关键核\n心技术、国产替代等重\n点，把芯片产业核心技术\n国产化替代作为攻坚方\n'


# PyMuPDF's text of a generated page (seed 15001, gen-15002), in part: a section heading
# of one line that fills the column's measure (12), under a paragraph's line that ended a
# sentence and over its text's first line, short by the dropped indent.
HEADING_AT_THE_MEASURE_OVER_A_FIRST_LINE = (
    '沙漠里种出“中国味道”\n——中埃农业合作项目见闻\n本报驻埃及记者  沈小晓\n'
    '清晨，埃及西部新河谷\n省的沙漠边缘，一排排温室\n大棚在阳光下泛着银光。大\n'
    '棚里，番茄、黄瓜、甜椒长\n势喜人，滴灌管道沿着垄沟\n延伸，把水和养分一滴一滴\n'
    '送到作物根部。\n图为埃及新河谷省的农民在中\n方援建的温室大棚里采摘番\n'
    '茄。 本报记者  沈小晓摄\n“以前这里什么都长不\n出来，现在一年能收三\n'
    '季。”当地农场主艾哈迈德\n·法鲁克指着大棚说。他的\n'
    '农场2022年引进了中国企业\n的节水灌溉和温室种植技\n术，蔬菜产量提高了近两\n'
    '倍，用水量却减少了40%。\n节水技术破解“缺水难题”\n埃及国土面积的95%左\n'
    '右是沙漠，农业用水主要依\n赖尼罗河。如何用有限的水\n种出更多的粮食和蔬菜，是\n'
    '埃及农业发展面临的突出难\n题。2020年以来，埃及政府\n大力推进沙漠土地开垦计\n'
    '划，希望新增数百万费丹耕\n地，节水农业技术因此受到\n'
)


# PyMuPDF's text of a generated page (seed 14501, gen-14507), in part: a kicker (12) over
# its headline's first line (13), read on as one block, the headline's tail and a photo's
# caption under them, then the dateline.
KICKER_NARROWER_OVER_A_TAIL = (
    "图为老挝籍动车司机坎培·西萨\n瓦在驾驶室内做出乘前检查。 \n新华社记者  凯  乐摄\n"
    "铁路改变了什么？\n对于老挝这个内陆国家\n来说，铁路带来的不只是出\n行方式的改变。沿线的万\n"
    "荣、琅勃拉邦等地游客明显\n增多，酒店、餐馆、手工艺\n品店生意红火。在琅勃拉邦\n"
    "老城经营咖啡馆的宋蓬说，\n现在周末从万象来的游客多\n了不少，她的店又雇了两名\n服务员。\n"
    "老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下楼\n遛弯\n"
    "▲11日，幸福里小区居民乘坐新装的电梯下楼。  记者 王  薇 摄\n"
    "本报讯（记者 王 薇 通\n讯员 李 军）11日上午，家\n住南山区幸福里小区5号楼6\n"
    "楼的张大爷，第一次乘坐新\n装好的电梯下了楼。站在楼\n门口，78岁的老人有些激\n"
    "动：“腿脚不好，好几年没\n怎么下过楼了。以后天天都\n能下来遛弯了！”\n"
)

# ... and, on the same page, a kicker (13) over a headline's first line (12, two of them
# quotation marks) and its tail of one character, one block over the byline.
KICKER_WIDER_OVER_A_TAIL = (
    "年代一直延续到今天。翻开\n书页，老街、渡口、祠堂、\n粮站、供销社依次出现，一\n"
    "座普通县城的百年变迁就这\n样被定格下来。\n图为游客在景区参观游览。 本\n报记者  梁娜宁摄\n"
    "多地开展新能源汽车下乡活动\n乡村道路上的“绿牌车”多\n了\n本报记者  杨  阳\n"
    "下图：工作人员在乡镇充电站检修充电桩。 经济日报记者  杨  阳摄\n"
    "周末一大早，山东省沂\n南县铜井镇的农民王德胜就\n开着新买的新能源汽车，带\n"
    "着一家人去县城赶集。“一\n公里电费不到1毛钱，比烧\n油省多了。”王德胜说，这\n"
    "辆车是他在镇上的新能源汽\n车下乡活动中买的，享受了\n以旧换新补贴，还赶上了车\n"
    "企的优惠，算下来比原价便\n宜了2万多元。\n"
)


# Tesseract-like text (hand-made): a paragraph's end, a title over a byline line cut inside
# the next reporter's title, the rest of that byline in the next block, and the text.
OCR_BYLINE_CUT_AT_A_TITLE = (
    "学校还为老师建起周转宿舍，让老\n师下得去、留得住、教得好。\n\n"
    "高校实验室里的\n“00后”科研团队\n通讯员 张 萌 中青报.\n\n青网记者 李 强\n\n"
    "凌晨1点，某理工大学材料学院\n的实验室里依然灯火通明。几名\n学生围在电镜前，观察一块新型\n"
    "电池隔膜材料的微观结构。\n")


# Tesseract-like text (hand-made): an article, a head ending in its byline, then a title
# alone over a line (`sub`) and the text, in OCR's blocks.
OCR_TITLE_OVER_SUBTITLE = (
    "人才引领创新发展\n本报记者 王 五\n\n科技创新离不开人才。各地持续优化\n"
    "人才发展环境，为科研人员松绑减\n负，激发创新活力。\n\n"
    "战略科技力量持续壮大\n本报记者 刘 明\n\n县域医共体让群众就近看好病\n\n{sub}\n\n"
    "早上7点半，甘肃省会宁县丁家沟镇\n卫生院门口已经排起了队。72岁的\n村民马有福提着挂号单，等着县人\n"
    "民医院的医生来坐诊。\n\n像这样的变化，正在中西部许多县\n城发生。近年来，各地推动人员、\n"
    "技术、设备向基层流动。\n")


# Tesseract-like text (hand-made): a finished paragraph, a kicker of 13 and a headline
# (`head`) each alone in OCR's blocks, the byline and the text.
OCR_KICKER_OVER_QUOTED_HEADLINE = (
    "据了解，今年我市计划为老旧\n小区加装电梯三百部以上，让\n更多老人告别爬楼难。\n\n"
    "多地开展新能源汽车下乡活动\n\n{head}\n\n本报记者 杨 阳\n\n"
    "周末一大早，山东省沂南县\n铜井镇的农民王德胜就开着\n新买的新能源汽车，带着一\n"
    "家人去县城赶集。\n\n今年前三季度，新能源汽车\n在农村地区的销量同比增长\n"
    "超过四成，增速高于城市。\n")


# PyMuPDF's text of a generated page (seed 1401): an article in a column 11 characters wide,
# a section head, and the next article's wrapped title and byline.
HEAD_IN_NARROW_COLUMN = '推进优质医疗资源扩容下沉\n县域医共体让群众就近看好\n病\n——来自甘肃、河南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省\n会宁县丁家沟镇卫生院门\n口已经排起了队。72岁的\n村民马有福攥着挂号单，\n等着县人民医院心内科的\n医生来坐诊。“以前看心\n脏病得去县城，来回一整\n天，还得让儿子请假陪\n着。现在县里的专家每周\n二到镇上来，在家门口就\n能看。”马有福说。\n像这样的变化，正在\n中西部许多县城发生。近\n年来，各地以县域医共体\n建设为抓手，推动人员、\n技术、设备向基层流动，\n群众看病“舍近求远”的\n局面逐步改变。记者在3\n个省份的6 个县走访发\n现，县域内就诊率普遍保\n持在90%左右，一些县的\n乡镇卫生院重新热闹了起\n来。\n专家沉下去，小病不出乡\n会宁县人民医院牵头\n组建的医共体，把28家乡\n镇卫生院和284个村卫生\n室纳入一体化管理。县医\n院每年选派40余名中级以\n上职称医生到乡镇蹲点，\n每人至少驻守半年。乡镇\n卫生院能做的手术从过去\n的3种增加到17种。\n“刚来的时候，卫生\n图为会宁县人民医院医生在\n丁家沟镇卫生院为村民检查\n身体。 本报记者  邹  翔摄\n院连胃镜都做不了。”会\n宁县人民医院消化内科副\n主任医师王建军说。他在\n丁家沟镇卫生院带出了两\n名能独立操作胃镜的年轻\n医生，“我走了，技术留\n下来，这才是关键。”\n委内瑞拉加强应对美军事威\n胁\n本报记者  陈海琪\n委内瑞拉总统马杜罗\n日前表示，委内瑞拉抵制\n美国中央情报局策划的政\n变，拉美地区对此行径\n“不欢迎、不需要”，并\n强烈抨击。马杜罗最近还\n在“原住民抵抗日”纪念\n活动上号召该国原住民加\n入民兵组织，并组建原住\n'

from .test_titleparts import APART as TITLE_APART  # noqa: E402 (OCR's title read apart)
# Tesseract (d601 seed 603): a title set across three columns; the first and the last
# column's pieces read together, the middle one inside its column's text.
THREE_PIECES = "\n".join(TITLE_APART[:4] + [
    "今年将新建改扩下", "", "1000所", "",
    "本报北京4月21日电 (记者 张", "婷) 记者从教育部获悉，今年将支持",
    "中西部地区新建、改扩建乡镇寄宿制", "学校1000所左右，重点改善学生宿",
    "舍、食堂、浴室等生活设施，并配齐", "心理咨询室和图书室。", "",
    "据介绍，中央财政今年继续安排", "专项资金文持乡镇寄宿制学校建设，", "",
    "乡镇寄箱制学校", "",
    "资金分配向脱贫地区和民族地区倾", "斜。各地要加强项目管理，确保工程", "质量和资金安全。", ""]) + "\n"
# Tesseract (seed 5301, gen-5301): a commentary's title set across three columns, read in
# three places: its first line alone over the section's number (一) and the first column,
# its byline (任仲平) at the top of the second column, between two halves of a sentence,
# and its later line at the top of the third, more than 40 lines down.
def TITLE_ACROSS_COLUMNS(section: str = "(一)", byline: str = "任仲平", lines: int = 44) -> str:
    text = in_column((LONG + NEXT + CHIPS + CHIPS_MORE + FULL) * 6, 17)[:lines]
    half = len(text) // 2
    return "\n".join(["引领未来，中", "", section, "", *text[:half], "", byline, "",
                      *text[half:], "", "做对了什么", "", "化进程”，英国知名学者这样认为。",
                      "不少国内外学者表示，中国的五年规划堪称典范。", ""]) + "\n"


# Tesseract (seed 7013): a two-line title whose first line ends on a clause of one character
# (引领未来，中), its later line read after another box's text with its first character lost
# (做对了什么): no pair of its words is the lede's, and no word spans the break.
UNFINISHED_TITLE = "\n".join([
    "新春走基层",
    "",
    "引领未来，中",
    "",
    "一一来自三个省份的调研",
    "任仲平",
    "",
    "(一)",
    "每逢重大历史关头，中国共产党总是能够",
    "科学把握历史方位与形势变化，制定正确的政",
    "治战略策略，指引中国人民战胜无数风险挑战",
    "",
    "图为10月18日，小朋友在图书馆阅读。 本报记者",
    "沈 海摄",
    "",
    "入选项目中，既有面向专业研究者的大型",
    "影印丛书，也有面向青少年的古籍绘本和有声",
    "读物。有关负责人表示，将对入选项目给予出",
    "版资助和宣传推广支持，推动古籍保护成果更",
    "好地走进大众生活。",
    "",
    "玉",
    "",
    "做对了什么",
    "",
    "、始终走在时代前列。",
    "",
    "10月20日至23日在北京召开党的二十届四",
    "中全会，研究制定“十五五”规划建议，旨在",
    "对未来五年发展作出顶层设计和战略忌画，推",
    "动事关中国式现代化全局的战略任务取得重大",
    "",
    "突破。"]) + "\n"
# Tesseract (seed 1301): the title's last piece over the subtitle and the dateline.
OVER_SUBTITLE = "\n".join(TITLE_APART[:4] + [
    "全国首批老台", "", "公布", "一一写在活动启动之际", "本报北京5月13日电",
    "(记者 李昌台) 民政部13", "日公布全国首批老年助餐服", "务示范点名单，共有312个",
    "社区食堂、老年餐桌等助餐", "点入选。", "",
    "据介绍，近年来各地加", "快发展社区老年助餐服务，", "通过“中央厨房+社区配", "",
    "F助餐服务示和点名单", "",
    "送”“餐饮企业+社区食", "堂”等模式，让老年人在家", "门口吃上热乎饭。", ""]) + "\n"
# Tesseract (seed 1306): the text under the title ends, another article's head (a bracket's
# end, a byline) and text follow, and that article's title is read inside its own text.
OTHER_ARTICLE = "\n".join(TITLE_APART[:4] + [
    "受台风外围影响 明", "", "起我市有强降雨", "",
    "海滨晚报讯 (记者 陈", "阳) 记者从市气象台获悉，受", "今年第11号台风外围云系影",
    "响，13日至14日，我市将出现", "一次明显降雨过程。", "",
    "观)", "李嘉岳", "国家队，也能“省里", "办”? 前不久印发的《合作组",
    "建国家高水平运动队管理办法》", "新增国家队“委托承办”类型。", "此前，国家队的建设大多",
    "以各项目中心为主体。开", "展“委托承办”后，国家队的", "",
    "习家队也能“省里办”(微", "",
    "市场开发、组建、国际赛事申", "办与举办等工作可以交给地", "方。", ""]) + "\n"
# Tesseract (seed 612): a photo cut the paragraph's last line; OCR set the paragraph, the
# caption and the rest of the paragraph in blocks of their own, the line before the
# photo short.
CUT_BY_PHOTO = ("多所高校开设人工智能通识课\n\n本报讯 (记者 焦以璇 通讯员\n王晓婷) 新学期以来，多所高校面\n"
                "向全体本科生开设人工智能通识课\n程，内容涵盖人工智能基础知识、\n典型应用和伦理规范等，帮助学生\n"
                "提升运用人工智能工具学习和\n\n图为工人在生产线上忙碌。\n\n解决问题的能力。\n\n"
                "记者了解到，有的高校将人工智\n能通识课列为必修课，学生修满2\n学分方可毕业。\n")
# A PDF extractor's lines (one a row, no blank lines): a photo's caption and its credit set
# where the paragraph stopped, then the line that goes on with it ({end} / caption /
# {line}), then the next paragraph.
PDF_CAPTION_IN_TEXT = "\n".join([
    "城西社区书屋开门迎客", "本报讯（记者 李 强）城西老街的社区", "书屋开放以来，每天都有不少居民前来",
    "借阅。书屋负责人介绍，今年书屋新添", "了两千多册图书，还为附近的孩子{end}",
    "图为居民在社区书屋里阅读。", "本报记者  李  强摄", "{line}",
    "周末常有家长带着孩子来听故事。书屋", "还请来退休教师义务辅导功课，深受居", "民欢迎。"]) + "\n"
# Tesseract-like text (hand-made): a paragraph in OCR's blocks whose line the photo cut is
# read far short of the column (…孩子们开设了), then the photo's caption and credit, then the
# text that goes on with it, its first line as full as the column's lines.
PHOTO_CUT_SHORT = ("城西社区书屋开门迎客\n\n本报讯 (记者 李 强) 城西老街的社\n区书屋开放以来，每天都有不少居\n"
                   "民前来借阅。书屋负责人介绍，今\n年书屋新添了两千多册图书，还为\n附近的孩子们开设了\n\n"
                   "图为居民在社区书屋里阅读。\n\n本报记者 李 强摄\n\n"
                   "周末故事会，请来退休教师义务辅\n导功课，深受居民欢迎。\n\n"
                   "记者了解到，城区今年还将新\n建社区书屋五处，每处藏书不少\n于三千册，与区图书馆通借通还。\n\n"
                   "“下班晚，图书馆早关门了，\n现在楼下就能借书，太方便了。”\n在书屋还书的市民小赵说。\n")
# Tesseract-like text (hand-made): a paragraph's last line read short in a block of its
# own, then a block that opens with the word's last character and the sentence's end.
PUSHED_SENTENCE_OF_ONE = ("竹子变身记\n\n本报记者 王 五\n\n“过去卖原竹，一吨只能卖四五\n百元；现在加工成竹地板，价值\n"
                          "能翻好几\n\n倍。”工厂负责人罗建华说，企\n业今年接到的订单比去年多了三\n"
                          "成，产品销往全国二十多个省份。\n\n记者了解到，当地正谋划建设\n竹产业园区，推动竹产业向高端\n化发展。\n")
# Tesseract (seed 608): a headline as wide as the column, with no byline or dateline,
# under another article's finished text; its words are its lede's and none of the text's
# above.
ECHO_TITLE = ("美育走进课堂\n\n赵佳洁\n提起美术课，你会想到什么?\n传统印象中，它或许是课程表\n"
              "上容易被忽略的角落，是被主科挤\n占的“边缘课”。今天，随着德智\n体美劳“五育并举”愈发深入人\n"
              "心，美育不再是锦上添花的配饰，\n而逐步成为现代教育的“刚需”。\n\n"
              "在我的课堂里，美术是孩子们用\n画笔记录生活的生动实践，也是他\n们认识自我的一扇窗口。\n\n"
              "前三季度我国服务贸易稳中有进\n\n"
              "进出口总额同比增长8.2%，其\n中出口增长12.5%，增速高于进口\n6.9个百分点。知识密集型服务贸\n"
              "易表现亮眼，个人文化和娱乐服\n务、电信计算机和信息服务、知识\n产权使用费等领域保持较快增长。\n\n"
              "商务部国际贸易经济合作研究\n院服务贸易研究所所长李明说，\n“十四五”以来，我国服务贸易规\n"
              "模持续扩大、结构不断优化。\n")
# PyMuPDF (seed 2705): a headline with no byline or dateline under another article's
# finished text; a photo's caption cuts its lede, whose words (老年大学) come after the
# caption. The two texts share 开放 and 负责人 (cosine 0.041).
LEDE_CUT_BY_CAPTION = "\n".join([
    "乡村道路上的“绿牌车”多",
    "了",
    "本报记者  杨  阳",
    "周末一大早，山东省沂南县铜井镇",
    "下图：工作人员在乡镇充电站检修充电",
    "桩。 经济日报记者  杨  阳摄",
    "的农民王德胜就开着新买的新能源汽",
    "车，带着一家人去县城赶集。“一公里",
    "电费不到1毛钱，比烧油省多了。”王",
    "德胜说，这辆车是他在镇上的新能源汽",
    "车下乡活动中买的，享受了以旧换新补",
    "贴，还赶上了车企的优惠，算下来比原",
    "价便宜了2万多元。",
    "今年前三季度，新能源汽车在农村",
    "地区的销量同比增长超过40%，增速高",
    "于城市。随着充电设施加快向乡村延伸",
    "上图：沂南县铜井镇的新能源汽车下乡活",
    "动现场。",
    "，越来越多的农民把新能源汽车开进了",
    "自家院子。",
    "百余家博物馆推出夜间开放",
    "本报北京5月13日电（记者 丁",
    "怡）记者从国家文物局获悉：为迎接",
    "“5·18国际博物馆日”，全国已有120",
    "余家博物馆推出夜间开放服务，部分场",
    "馆周五、周六延长开放至21:00，并同",
    "步推出夜间导览、文物修复体验、主题",
    "音乐会等活动。",
    "今年的博物馆日期间，各地还将集",
    "中推出一批新展。其中，由故宫博物院",
    "与法国吉美亚洲艺术博物馆（Musée",
    "Guimet）联合举办的“丝路遗珍”特",
    "展，将展出两国馆藏文物160 余件",
    "（套）。",
    "国家文物局有关负责人表示，鼓励",
    "有条件的博物馆错峰延时开放，是满足",
    "群众多样化参观需求的有益探索。各地",
    "要统筹做好安全保障、预约管理和人员",
    "调配，让观众“进得来、看得好、留得",
    "住”。",
    "老年大学里的“银发”新生",
    "报名通道开放不到10分钟，书法、",
    "声乐、智能手机应用等热门课程的名额",
    "就被一抢而空。“比年轻人抢演唱会",
    "图为观众在展馆参观。（资料图片）",
    "门票还激烈。”老年大学教务处负责人",
    "笑着说。",
]) + "\n"
# Tesseract (seed 1304): a title's quotation closed with a straight quote at its line's
# end, the name under it, then the text: no line ends on an opening mark, so the quote
# closed the title's quotation, and the name is the byline.
QUOTE_CLOSED_AT_END = ("海滨晚报\n\n2025年10月20日 星期一 第8版 文化\n\n"
                       "“在上海，能看到\n演艺的未来\"\n朱 机\n\n10月18日，融合了现代\n演艺形式和传统文化特色的\n"
                       "英歌和醒狮表演，为第二十\n四届中国上海国际艺术节国\n际演艺大会拉开帷幕。\n")
# Tesseract (seed 603): the kicker and the subtitle over the text, alone; the headline
# read inside the text's first column.
OVER_SUBTITLE_ALONE = ("晨光日报\n\n2025年8月17日 星期日 第1版 城事\n\n持续晴热高温天气来袭\n\n一一记者实地探访\n\n"
                       "本报讯 (记者 孙 婷 通讯员 高\n原) 连日来，我市持续晴热高温，最\n"
                       "高气温一度达到38.6℃。白天街头行\n人稀少，到了晚上，江滩、夜市、商\n"
                       "圈却人头攒动，不少市民选择在夜间\n出门纳凉、消费。\n\n晚上9点，青石街夜市灯火通\n"
                       "明。卖凉面的、卖烧烤的、卖冰粉的\n摊位前排起了长队。摊主老胡一边麻\n\n"
                       "白天躲高温 夜晚逛夜市\n\n利地拌面，一边招呼客人。\n")
# Tesseract (seed 607): a character split off the line before the photo, the credit in
# the block of the text that goes on under it.
SPLIT_OFF_BEFORE_PHOTO = ("广东举办粤港澳大湾区青\n年创新创业大赛\n\n南方日报讯 (记者/朱 晓) 9月2\n"
                          "日，第五届粤港澳大湾区青年创新创业\n大赛在深圳前海启动。大赛设人工智\n"
                          "能、生物医药、新能源等6个赛道，面\n向大湾区及海外青年创业团队征集项\n目，总奖金池达600万元。\n\n"
                          "主办方介绍，往届大赛共吸引\n4.000多个团队参赛，一批获奖项目已\n在\n\n"
                          "图为农民在田间收割水稻。\n\n胡云军摄\n大湾区落地转化。今年大赛还将为优秀\n"
                          "项目对接投资机构和孵化平台，帮助青\n年创业者“从0到1”跨越发展难关。\n")
# Tesseract (seed 610): the edition line alone over the title's first piece.
UNDER_EDITION = "\n".join([
    "中尿", "", "报", "", "2025年6月7日”星期六", "", "第10版”国际", "", "多所部核3", "",
    "本报讯 (记者 焦以璇", "通讯员 王晓婷) 新学期以", "来，多所高校面向全体本科",
    "生开设人工智能通识课程，", "内容涵盖人工智能基础知", "识、典型应用和伦理规范。", "",
    "也有教师提醒，人工智", "能通识教育不能只教“怎么", "用”，更要教“怎么想”。",
    "课程设计中专门安排了学术诚", "信等内容，引导学生正确认识", "",
    "设人工智能通识读", "", "人工智能的能力边界，避免", "过度依赖。", ""]) + "\n"

# Tesseract (seed 9, 601): the page's first article's text read before its head, the head
# then set between two halves of a sentence of the text, a photo's caption beside it.
HEAD_IN_TEXT = ("南岭报\n\n2025年6月21日 星期六 第10版 民生\n\n"
                "社区食堂开张不到一个月，\n午餐、晚餐和老人助餐等窗\n口的座位每天都被一抢\n\n"
                "社区食堂成了\"香饽饽\"\n\n图为居民在食堂用餐。\n\n"
                "一一来自基层一线的调查\n本报记者 王 五\n而空。“比过年抢年货还热\n闹。”食堂负责人笑着说。\n\n"
                "记者采访发现，如今社区食\n堂的菜品早已不限于家常菜，\n还有各地风味小吃。\n")
# The same, the text opening with a dateline (Tesseract, seed 16001, gen-16003: 海滨晚报讯
# (记者 陈 阳) 记 / … / 受台风外 / 我市将…), the head a title alone whose words the text prints.
HEAD_IN_DATED_TEXT = ("西部商报\n\n2025年6月21日 星期六 第10版 民生\n\n"
                      "本报讯 (记者 王 五) 社区\n食堂开张不到一个月，午餐、\n晚餐和老人助餐等窗口的\n"
                      "座位每天都被一抢\n\n社区食堂成了\"香饽饽\"\n\n"
                      "而空。“比过年抢年货还热\n闹。”食堂负责人笑着说。\n\n"
                      "记者采访发现，如今社区食\n堂的菜品早已不限于家常菜，\n还有各地风味小吃。\n")
# The same, the title set over two columns, each piece read inside its column's text
# (Tesseract, seed 16001, gen-16003: 受台风外 / 我市将… / …一般为50至 / 局影响 明起我市有强降厌 /
# 100毫米…).
HEAD_IN_DATED_PIECES = ("西部商报\n\n2025年6月21日 星期六 第10版 民生\n\n"
                        "本报讯 (记者 王 五) 社区\n食堂开张不到一个月，午餐、\n晚餐和老人助餐等窗口的\n"
                        "座位每天都被一抢\n\n社区食堂\n\n"
                        "而空。“比过年抢年货还热\n闹。”食堂负责人笑着说。\n\n"
                        "记者采访发现，如今社区食\n堂的菜品早已不限于家常菜，\n还有各地风味\n\n"
                        "成了香饽饽\n\n小吃，成了街坊们的香饽饽。\n")
# A title wrapped onto four lines, a quotation opened on the first and closed on the third
# (Tesseract, seed 1304; PyMuPDF seed 9 for the paragraph whose last line opens a title).
QUOTE_TITLE = ("新设经营主体快速增长\n\n本报北京5月13日电 (记者 张 三)\n前10个月，全国新设经营主\n"
               "体同比增长3.5%。从行业\n看，新设企业主要集中在批\n发和零售业、租赁和商务服\n"
               "务业等领域。市场监管总局\n表示，将持续优化营商环境，\n为经营主体发展创造条件。\n\n"
               "“开放的中国为世界\n经济发展带来巨大机\n遇”(国际人士看中\n国\"十四五\"成就)\n\n"
               "今年是“十四五”规划\n收官之年。5年间，从实现\n第一个百年奋斗目标到开启\n第二个百年奋斗目标新征\n"
               "程，中国经济社会发展取得\n新的开创性进展。接受本报\n记者采访的国际人士表示，\n"
               "中国经济总量连续跨越多个\n台阶。\n")
# Tesseract (seed 3): a photo's caption and the dateline under it in one block, no gap.
CAPTION_OVER_DATELINE = ("科技馆迎来参观热潮\n\n图为学生在实验室进行科学实验。\n本报北京5月13日电 (记者\n"
                         "丁 怡) 记者从国家文物局获悉\n为迎接国际博物馆日，全国已\n有120余家博物馆推出夜间开\n"
                         "放服务，部分场馆周五、周六\n延长开放至21:00。\n")
# Tesseract (seed 5301, gen-5303): an article's title read under its subtitle and byline;
# over the subtitle, the text of the article before (its head a title over a dateline) and
# a speck OCR read off a photo.
TITLE_UNDER_HEAD = ("前4个月全国铁路完成\n货物发送量16.9亿吨\n\n新华社北京5月13日电\n"
                    "(记者 刘 翔) 记者13日从中\n国国家铁路集团有限公司获\n"
                    "悉，今年前4个月，全国铁路\n完成货物发送量16.9亿吨。\n\n\\\n\n"
                    "一一中埃农业合作项目见闻\n本报驻埃及记者 沈小晓\n\n"
                    "沙漠里种出“中国味道”\n\n"
                    "清晨，埃及西部新河谷省的沙\n漠边缘，一排排温室大棚在阳光下\n"
                    "泛着银光。中国企业的节水技术\n让这里一年能收三季。\n\n"
                    "“以前这里什么都长不出来，\n现在一年能收三季。”当地农场主\n说。\n")
QUOTE_AFTER_TEXT = ("第 1 页\n北方日报\n09  经济  2025年7月11日  星期五\n老年大学里的“银发”新生\n"
                    "——来自基层一线的调查\n报名通道开放不到10分\n钟，书法、声乐、智能手机应\n"
                    "用等热门课程的名额就被一抢\n而空。“比年轻人抢演唱会门\n票还激烈。”老年大学教务处\n"
                    "负责人笑着说。记者采访发\n现，如今老年大学的课程早\n已不限于书法、绘画、太极\n"
                    "拳，新课程越来越受欢迎。65\n“理解与信任才是基\n础”\n——写在活动启动之际\n本报记者  刘  赫\n"
                    "不久前，德国汽车经济学\n专家、波鸿汽车研究院院长费\n迪南德·杜登赫费尔在湖北武\n"
                    "汉体验了自动驾驶出租车服\n务。\n")

# pdfminer.six's text of a generated page (seed 602): a blank line after each text box, none
# inside a box of several lines (a caption, a title stack, a dateline's lines), so that only
# 0.7 of the line breaks are one blank line.
PDFMINER_BOXES = ('\n说。\n\n图为运动员在比赛中。（资\n料图片）\n\n生动展现着文化因交流而\n\n多彩。\n\n民生实事看落实\n暑期防溺水 这些\n地方别去\n\n本报讯（记者 刘 洋\n实 习 生   张   雨 ） 暑 假 来\n临，中小学生溺水风险增\n\n加。7日，市教育局、市\n\n应急管理局联合发布暑期\n\n防溺水安全提示，提醒家\n\n长加强对孩子的看护。\n\n图①：一名应届毕业生在招\n聘会上咨询岗位信息。 中\n青报·中青网记者 李  强/摄\n\n，得先补补技术课。”他\n\n说。\n\n近万名大学生志\n愿者服务西部基\n')

# pdfminer.six's text of generated pages (seeds 605 and 612): each line alone but for its
# text boxes of several lines, a title (its first line read on after a paragraph's line
# that goes on) and a caption's credit, boxed apart from the caption's first line.
PDFMINER_TITLE_BOX = ('据介绍，中心首期课程已于本月开\n\n班，来自泰国、老挝、柬埔寨的80名学\n\n员参加学习。学员们将在中泰两国教师\n\n引领未来，中国做对了\n什么\n\n任仲平\n\n（一）\n\n每逢重大历史关头，中国共产党总\n\n是能够科学把握历史方位与形势变化，\n\n制定正确的政治战略策略，指引中国人\n\n民战胜无数风险挑战、始终走在时代前\n\n列。\n')
PDFMINER_CAPTION_BOXES = ('“丝路遗珍”特展，将展出两国馆\n\n藏文物160余件（套）。\n\n第 1 页\n\n\x0c图片报道\n——写在活动启动之际\n\n10月19日，第138届广交会第\n\n一期闭幕。本届广交会设立服务机\n\n器人专区，引入数十家行业领先企\n\n业，聚焦服务机器人前沿，涵盖人\n\n形机器人、外骨骼机器人、球形巡\n\n检机器人、光伏清洁机器人、教育\n\n机器人等品类，兼具技术前瞻性与\n\n成熟商业应用性，吸引全球多家工\n\n商机构和头部采购商到会参观洽\n\n谈。\n\n图为10月15日，客商在第138届广交\n\n会服务机器人专区与人形机器人合\n影。 新华社记者  卢汉欣摄\n\n让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n\n编者按：近年来，古籍数字化\n\n竟怎么做？普通读者能从中得到什\n\n工作稳步推进，越来越多的珍贵典\n\n么？本报记者走进一家古籍数字化\n\n籍从库房走向屏幕。古籍数字化究\n\n中心，记录下工作者们平凡的一\n\n天。\n')

# pdfminer.six's text of generated pages: two titles set side by side, each its own text
# box, read across (seed 1202: the first title's text is elsewhere on the page), and a
# kicker alone in its box over its headline (seed 607).
PDFMINER_TITLES_ACROSS = ('机器人等品类，兼具技术前瞻性与\n\n成熟商业应用性，吸引全球多家工\n\n'
                          '商机构和头部采购商到会参观洽\n\n谈。\n\n委内瑞拉加强应对美军事威胁\n\n'
                          '地铁5号线二期后天开通试运营\n\n本报记者  陈海琪\n\n江城晚报讯（记者 胡 杰）7\n'
                          '日，记者从市轨道交通集团获悉，\n\n11.6公里，设车站8座，开通后5号\n\n'
                          '线全长达到36.4公里。\n\n地铁5号线二期工程将于7月10日\n\n\f')
PDFMINER_KICKER_ALONE = ('聚焦高质量发展\n\n农村公路提质增效行动\n启动\n\n新 华 社 北 京 9 月 9 日 电 （ 记 者   严\n'
                         '赋）记者9日从交通运输部获悉，交通\n运输部近日印发通知，启动新一轮农村\n\n'
                         '公路提质增效行动，力争到2027年底，\n\n完成农村公路危旧桥梁改造1.2万座，\n\n'
                         '新增农村公路安全生命防护工程8万公\n\n里。\n\n一线调研\n集采药，拼质量才能护健康（人民时\n'
                         '评）\n\n孙秀艳\n\n第十一批国家组织药品集中采购将\n\n化价差控制“锚点”的选择、不简单选\n\n'
                         '于近期开标。前不久，国家医保局明\n\n\f')

# PyMuPDF "blocks" text of a generated page (seed 3): a paragraph's line and the sheet's
# footer under it in one box.
BLOCKS_FOOTER_BOX = ('2025年“书香校园”阅\n读推广活动启动\n\n本报讯（记者 陈 雪）3月17\n\n日，2025年“书香校园”阅读推广\n\n活动在京启动。活动将持续至12\n\n中欧班列（广州）今年开行突破\n\n500列\n第 2 页\n\n月，面向全国中小学校开展好书推\n\n荐、读书分享、校园朗读等系列活\n\n动，预计覆盖学生2,000万人次以\n\n上。\n\n图为9月2日，一列满载货物的中欧班列从广州国际港驶出。 新华社记者  刘大伟摄\n\n中新社广州9月2日电（记者\n\n郭 军）记者2日从广州海关获悉，\n\n今年以来，中欧班列（广州）已开\n\n行超过500列，运送货物近5万标\n\n箱，货值约120亿元，开行数量和\n\n货值均创同期新高。\n\n据介绍，中欧班列（广州）目\n\n前已开通至俄罗斯、白俄罗斯、波\n\n')

# PyMuPDF's text of a generated page (seed 1106): a title wrapped after its question word
# (毕业季，他们为何 / 选择“慢就业”？) over its byline.
QUESTION_WORD_TITLE = '（记者 郭 军）记者2日从\n广州海关获悉，今年以来，\n中欧班列（广州）已开行超\n过500列，运送货物近5万标\n箱，货值约120亿元，开行\n数量和货值均创同期新高。\n毕业季，他们为何\n选择“慢就业”？\n中青报·中青网记者  王  林  \n实习生  刘思远\n7月毕业后，林远没有\n图②：毕业生在校园里拍摄毕\n业照。（资料图片）\n急着找工作。他报了一个为\n图①：一名应届毕业生在招聘\n会上咨询岗位信息。 中青报·\n'

# PyMuPDF's text of a generated page (seed 3004): a paragraph cut at an onward marker
# (…保持在 / 较 / （下转第二十版）) and the text printed under it.
CUT_AT_AN_ONWARD_MARKER = '图为大熊猫幼仔在育婴房内接\n受健康检查。成都大熊猫繁育\n研究基地供图\n基地兽医院负责人介\n绍，今年基地在大熊猫育幼\n方面进一步优化人工辅助育\n幼流程，幼仔存活率保持在\n较\n（下转第二十版）\n高水平。\n据介绍，新生幼仔将在\n满百日后陆续与公众见面。\n基地将通过官方网络平台发\n'

# PyMuPDF's text of a generated page (seed 3007): a box cut by a sheet break (…只有4个版，售 / 第
# 2 页), its tail of one line (价2分钱，却被市民抢购一空。) first of its box on sheet 2.
ONE_LINE_SHEET_TAIL = '保障。”他说，去年他所在的公司\n安装的家用储能系统中，有一半以\n上使用了中国产品。\n参展的中国企业普遍感到，欧\n洲市场对产品的要求正从“价格优\n先”转向“质量、服务和碳足迹并\n重”。一家光伏组件企业的海外业\n务负责人说，企业已在德国设立售\n后服务中心，平均响应时间缩短到\n48小时以内。\n德国太阳能行业协会的统计显\n示，2024年德国新增光伏装机容量\n约16吉瓦，户用储能系统装机量同\n比增长约3.5%。业内人士认为，中\n欧在绿色能源领域合作潜力巨大，\n双方企业应进一步加强技术交流和\n标准对接。\n图片报道\n10月19日，第138届广交会第\n一期闭幕。本届广交会设立服务机\n器人专区，引入数十家行业领先企\n业，聚焦服务机器人前沿，涵盖人\n形机器人、外骨骼机器人、球形巡\n检机器人、光伏清洁机器人、教育\n机器人等品类，兼具技术前瞻性与\n成熟商业应用性，吸引全球多家工\n商机构和头部采购商到会参观洽\n谈。\n图为10月15日，客商在第138届广交\n会服务机器人专区与人形机器人合\n影。 新华社记者  卢汉欣摄\n一张报纸，陪伴一座城\n市七十年\n——写在江城晚报创刊70周\n年之际\n本报记者  周  敏  林  晓\n1955年7月8日傍晚，第一期\n《江城晚报》从印刷厂运出，报童\n图①：1955年7月8日出版的《江城晚\n报》创刊号。\n们抱着还带着油墨香的报纸跑上街\n头。那一天的报纸只有4个版，售\n年轻人为何爱上“博物\n馆打卡”？\n——一线蹲点见闻\n中青报·中青网记者  毛  宁  实习\n生  吴  桐\n端午假期，国家博物馆门前排\n起了长队。队伍中，年轻面孔占了\n多数。22岁的大学生林可提前一\n图②：年轻观众在展柜前拍照打卡。 \n中青报·中青网记者  毛  宁/摄\n周预约了门票，“这次专门来看青\n铜器特展，攻略做了好几天”。\n图①：观众在国家博物馆参观青铜器\n特展。\n第 2 页\n图②：上世纪80年代，市民在街头报\n栏前读报。\n价2分钱，却被市民抢购一空。\n'
# ... and a box cut on sheet 1 (…完成农村), its title and first lines: set before the
# last box read there, a second open end at the break.
SECOND_CUT_BOX = ("农村公路提质增效行动启动\n新华社北京9月9日电（记者 严\n赋）记者9日从交通运输部获\n"
                  "悉，交通运输部近日印发通知，\n启动新一轮农村公路提质增效行\n动，力争到2027年底，完成农村\n")
# PyMuPDF's text of a generated page (seed 14501, gen-14501), in part: the sheet break
# (第 2 页) cuts one box (…末端配送成本从1.2元, a caption and the next box under it), whose
# paragraph's last line (降到了0.6元左右。) is read after the captions on sheet 2, first text
# there of the box read last on sheet 1; no word spans its seam.
SOLE_SHEET_TAIL = '共同配送让成本降下来\n“过去一家快递公司单独跑一趟村里，一\n天也就送二三十件，油钱都不够。”金寨县一\n家快递企业负责人程亮说。2022年起，县里推\n动多家快递品牌入驻共配中心，“多家快递一\n车拉”，每件快件的末端配送成本从1.2元\n下图：村民在村级快递服务点寄出自家种植的茶\n叶。金寨县商务局供图\n蒙内铁路累计发送旅客超1300万人次\n——来自三个省份的调研\n新华社内罗毕10月19日电（记者 王 冠）\n肯尼亚蒙巴萨—内罗毕标准轨距铁路运营公司\n19日发布数据显示，蒙内铁路自2017年开通运\n营以来，累计发送旅客超过1300万人次，发送\n集装箱超过250万标箱。\n蒙内铁路是肯尼亚独立以来建设的首条新\n铁路，全长约480公里，连接东非最大港口蒙\n巴萨港和首都内罗毕。运营公司负责人介绍，\n铁路开通后，两地之间的客运时间从原来的10\n多个小时缩短至约5小时，货运成本下降约\n40%。\n目前，铁路运营公司中的肯尼亚籍员工占\n比超过80%，一批本地员工已成长为火车司\n机、调度员和技术骨干。肯尼亚乘客玛丽·瓦\n恩吉说：“坐火车又快又舒服，票价也合适，\n我每个月都要坐好几次。”\n第 2 页\n上图：金寨县梅山镇快递共配中心，分拣员正在分\n拣包裹。本报记者  周  雷摄\n降到了0.6元左右。\n（上接第八版）\n10月20日至23日在北京召开党的二十届四\n中全会，研究制定“十五五”规划建议，旨在\n对未来五年发展作出顶层设计和战略擘画，推\n动事关中国式现代化全局的战略任务取得重大\n突破。\n前10个月全国新设经营主体同\n比增长3.5%\n本报北京11月4日电（记者 王 琳）市场\n监管总局4日发布数据显示，今年前10个月，\n全国新设经营主体2,300多万户，同比增长\n3.5%。其中，新设企业约730万户，新设个体\n工商户约1,570万户。\n从行业看，新设企业主要集中在批发和零\n售业、租赁和商务服务业、科学研究和技术服\n务业等领域。数字经济相关企业保持较快增\n长，新设企业数量同比增长11.4%。市场监管\n总局有关负责人表示，将持续优化营商环境，\n为经营主体发展壮大创造良好条件。\n'

# PyMuPDF's text of a generated page (seed 6101): a paragraph cut at its box's foot with one
# character left on the marker's line (…更好。” / 当（下转第11版）), the next box's head
# (kicker, a title wrapped onto two lines, subtitle, byline), and the tail under its marker
# (（上接第10版） / 地牧民扎西说…).
TEXT_ENDED_BY_AN_ONWARD_MARKER = '江南晨报\n10  社会  2025年2月23日  星期日\n清洁能源基地建设再提速\n甘孜州首个“光伏+牧业”项目全容量并网\n四川日报讯（记者\n蒲 薇 通讯员 泽仁拉姆）\n9月9日，甘孜州理塘县一\n座“光伏+牧业”电站实\n现全容量并网发电。电站\n装机规模100万千瓦，年\n均发电量约20亿千瓦时，\n每年可节约标准煤约60万\n吨、减少二氧化碳排放约\n160万吨。\n项目负责人介绍，电\n站光伏板最低点离地2.5\n米，板下牧草照常生长，\n牧民可以在板间放牧。“\n图为9月9日拍摄的理塘县\n“光伏+牧业”电站。 新华社\n记者 王  曦摄\n光伏板遮挡了一部分阳\n光，减少了水分蒸发，板\n下的草反而长得更好。”\n当（下转第11版）\n城市更新进行时\n一张报纸，陪伴\n一座城市七十年\n——写在江城晚报创\n刊70周年之际\n本报记者  周  敏  林  晓\n1955年7月8日傍晚\n图②：上世纪80年代，市民\n在街头报栏前读报。\n，第一期《江城晚报》从\n印刷厂运出，报童们抱着\n还带着油墨香的报纸跑上\n街头。那一天的报纸只有\n4个版，售价2分钱，却被\n市民抢购一空。\n图①：1955年7月8日出版\n的《江城晚报》创刊号。\n（上接第10版）\n地牧民扎西说，他家的牦\n牛今年夏天就在电站里吃\n草。\n据悉，项目建设期间\n带动当地群众务工就业\n'

# PyMuPDF's text of a generated page (seed 6205): a photo's caption, a kicker, and a title
# that names its subject before a colon wrapped there (南京浦口经济开发区： / 探索集成电路国产化路
# / 径), over its text.
TITLE_WRAPPED_AFTER_ITS_SUBJECT = '只，目前幼仔均健康成长。\n基地兽医院负责人介绍，\n今年基地在大熊猫育幼方面进\n一步优化人工辅助育幼流程，\n幼仔存活率保持在较高水平。\n据介绍，新生幼仔将在满\n百日后陆续与公众见面。基地\n将通过官方网络平台发布幼仔\n成长视频，让公众“云端”观\n看熊猫宝宝的成长过程。\n图为大熊猫幼仔在育婴房内接受\n健康检查。成都大熊猫繁育研究\n基地供图\n绿色发展新答卷\n南京浦口经济开发区：\n探索集成电路国产化路\n径\n集成电路是信息产业发展\n的基础。今年以来，南京浦口\n经济开发区积极落实南京市\n“一园区一突破”改革任务，\n通过技术创新推动国产替代、\n招新引优补齐短板、深化改革\n优化环境，探索集成电路国产\n化路径。\n让科普“追”上科创\n（纵横）\n裴  桐\n国庆、中秋假期，焕新升\n级后的南京科技馆，日均接待\n观众超1万人次，交出一份亮\n眼成绩单。\n图为运动员在比赛中。 崔  国摄\n'

# PyMuPDF's text of a generated page (seed 404): a paragraph cut mid-sentence at the first
# sheet's foot (…赋彩人民美 / 第 2 页), then another box's paragraph, its first line short by
# the dropped indent (加装电梯并不容易。低层住户担心采光和 / 噪声，…).
FIRST_LINE_AFTER_A_SHEET_FOOTER = '商机构和头部采购商到会参观洽谈。\n老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下楼遛弯\n本报讯（记者 王 薇 通讯员 李 军）11日\n上午，家住南山区幸福里小区5号楼6楼的张大\n爷，第一次乘坐新装好的电梯下了楼。站在楼\n门口，78岁的老人有些激动：“腿脚不好，好\n几年没怎么下过楼了。以后天天都能下来遛弯\n了！”\n幸福里小区建于上世纪90年代初，共有18\n栋多层住宅楼，没有一部电梯。小区60岁以上\n的老人占居民总数的四成左右。今年初，社区\n启动加装电梯工作，由社区牵头、居民协商、\n专业公司代建，目前已有7部电梯投入使用，\n另有5部正在施工。\n展世界艺术画卷 建文化交流平\n台\n本报记者  曹玲娟\n10月17日，第二十四届中国上海国际艺术\n节拉开帷幕，在一个多月的时间里，将举办各\n类演出展览活动500余项，共计1200余场。一\n场艺术节，吸引全球优质演艺资源，中外名作\n佳作汇聚上海舞台。一场艺术节，赋彩人民美\n第 2 页\n加装电梯并不容易。低层住户担心采光和\n噪声，费用分摊也常常谈不拢。社区书记刘红\n梅说，为了5号楼的这部电梯，社区先后组织\n了9次协商会，最后商定按楼层高低分摊费\n用，1楼住户不出钱，并由高层住户给予适当\n补偿。\n▲11日，幸福里小区居民乘坐新装的电梯下楼。  \n记者 王  薇 摄\n电梯启用那天，住在1楼的老周也来了。\n张大爷拉着他的手说：“老周，谢谢你！等你\n老了，也坐电梯！”\n'

# pdfminer.six's text of a generated page (seed 6204), its top: a paragraph's lines read row
# by row across two columns under a title that names its subject before a colon.
PDFMINER_TITLE_AND_INTERLEAVED_TEXT = '江南晨报\n\n2025年6月29日  星期日  第2版  社会\n\n责任编辑  乔军洋   美术编辑  毛建阳\n\n南京浦口经济开发区：探索集成电路国产化路径\n\n集成电路是信息产业发展的基础。今\n\n术创新推动国产替代、招新引优补齐短\n\n推动技术迭代\n\n年以来，南京浦口经济开发区积极落实南\n\n板、深化改革优化环境，探索集成电路国\n\n浦口经开区聚焦集成电路领域硬科技\n\n京市“一园区一突破”改革任务，通过技\n\n产化路径。\n\n、关键核心技术、国产替代等重点，把芯\n\n片产业核心技术国产化替代作为攻坚方\n\n向，加速构建自主可控的产业生态圈。\n\n华天科技系列项目总投资达300多亿\n\n元，在浦口经开区建立了各类先进封装\n\n线，并重点加码2.5D/3D封装业务。在浦\n\n口经开区的牵头下，华天科技与东南大学\n\n共建芯粒集成国产化协同创新中心，联合\n\n多家企业组建创新联合体，突破多项技术\n\n并实现国产化替代。\n\n宏泰半导体先后推出MS8000、MS8800\n\n型测试设备，可满足AI芯片、算力芯片、\n\n工业控制等领域需求，有效填补了高端测\n\n试领域的国产技术空白。\n\n补齐产业短板\n\n图为8月1日，游客在古镇街头拍照留念。 贺静波摄\n\n蒙内铁路累计发送旅客超1300万人次\n——一线蹲点见闻\n\n新华社内罗毕10月19日电（记者 王\n\n冠）肯尼亚蒙巴萨—内罗毕标准轨距铁路\n\n运'

# PyMuPDF's text of a generated page (seed 6506), its top: the furniture, then the page's
# banner, the first headline and its subtitle, which the converter ran into one block in a
# column 11 characters wide, over the byline.
BANNER_RUN_INTO_HEAD = '第 1 页\n南岭日报\n2025年5月2日  星期五  第5版  文化\n责任编辑  徐  宁   美术编辑  石  辉\n扎实推动乡村全面振兴\n让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n编者按：近年来，古\n籍数字化工作稳步推进，\n越来越多的珍贵典籍从库\n房走向屏幕。古籍数字化\n究竟怎么做？普通读者能\n从中得到什么？本报记者\n走进一家古籍数字化中\n心，记录下工作者们平凡\n的一天。\n上午9点，位于杭州\n西郊的一座灰白色小楼\n里，扫描室的灯已经亮\n'

# PyMuPDF's text of a generated page (seed 6506): an article's last paragraph in a column 11
# characters wide, then the next article's title, one character wider than the column,
# its pen name and its first part's number (引领未来，中国做对了什么 / 任仲平 / （一）).
TITLE_WIDER_THAN_THE_COLUMN = '际艺术节已成为中外文化\n艺术交流的重要平台，生\n动展现着文化因交流而多\n彩。\n——编 者\n让每所乡村学校都有自\n己的光\n刘  博   孙  悦\n乡村学校变“小”，\n是城镇化进程中难以回避\n的现象。但“小”不等于\n“弱”，更不等于“没有\n未来”。从调研看，不少\n小规模学校在课程、教学\n和管理上大胆探索，办出\n了令人惊喜的办学特色。\n引领未来，中国做对了什么\n任仲平\n（一）\n每逢重大历史关头，\n中国共产党总是能够科学\n把握历史方位与形势变\n化，制定正确的政治战略\n策略，指引中国人民战胜\n无数风险挑战、始终走在\n时代前列。\n10月20日至23日在北\n京召开党的二十届四中全\n会，研究制定“十五五”\n规划建议，旨在对未来五\n年发展作出顶层设计和战\n略擘画，推动事关中国式\n现代化全局的战略任务取\n得重大突破。\n中共中央总书记习\n近平电贺郑丽文当\n'

# PyMuPDF's text of a generated page (seed 6501): a paragraph cut inside a quotation at its
# box's foot (…张大爷拉着他的手说：“老周，谢谢你！等), a photo-news column, another article,
# then the cut paragraph's tail, which closes the quotation it never opened (你老了，也坐电梯！”).
TAIL_THAT_CLOSES_A_QUOTATION = '正在施工。\n加装电梯并不容易。低层\n住户担心采光和噪声，费用分\n摊也常常谈不拢。社区书记刘\n红梅说，为了5号楼的这部电\n梯，社区先后组织了9次协商\n会，最后商定按楼层高低分摊\n费用，1楼住户不出钱，并由\n高层住户给予适当补偿。\n电梯启用那天，住在1楼\n的老周也来了。张大爷拉着他\n的手说：“老周，谢谢你！等\n图片报道\n10月19日，第138届广交\n会第一期闭幕。本届广交会设\n立服务机器人专区，引入数十\n家行业领先企业，聚焦服务机\n器人前沿，涵盖人形机器人、\n外骨骼机器人、球形巡检机器\n人、光伏清洁机器人、教育机\n器人等品类，兼具技术前瞻性\n与成熟商业应用性，吸引全球\n多家工商机构和头部采购商到\n会参观洽谈。\n图为10月15日，客商在第138届\n广交会服务机器人专区与人形机\n器人合影。 新华社记者  卢汉欣\n摄\n一座县城的百年影\n像\n——读《山河故人：南\n屏县影像志》\n赵  鹏   林  蔚\n这是一本特别的图书。它\n收录了南屏县文化馆三代摄影\n工作者拍摄的600余幅照片，\n时间跨度从20世纪30年代一直\n延续到今天。翻开书页，老\n街、渡口、祠堂、粮站、供销\n社依次出现，一座普通县城的\n百年变迁就这样被定格下来。\n你老了，也坐电梯！”\n“好！”他说。\n成都大熊猫基地今年已诞生\n幼仔11只\n中新社成都9 月9 日电\n'

# PyMuPDF's text of a generated page (seed 6402): a dateline's paragraph cut by its column
# inside a number and its unit (…来自全国200多 / 个县的商务部门负责人和), then the next
# box's title wrapped onto two lines over its dateline.
NUMBER_AND_UNIT_ACROSS_A_CUT = '集团获悉，地铁5号线二期工\n程将于7月10日10:00开通试运\n营。二期工程全长11.6公里，\n设车站8座，开通后5号线全长\n达到36.4公里。\n图为小朋友在图书馆阅读。 本报\n记者  吴海伟摄\n首届县域商业发展大会在义乌\n举办\n本报讯（记者 柳 文）首\n届县域商业发展大会日前在浙\n江义乌举办。来自全国200多\n个县的商务部门负责人和\n全国大学生职业规\n划大赛总决赛落幕\n本报讯（中青报·中青网\n记者 叶雨婷）第二届全国大\n久久为功，“APEC蓝”成为“北京蓝”\n（总书记的关切·落地的回响）\n本报记者  程  龙  潘俊强\n第 2 页\n1,000多家企业代表参会，围\n绕县域商业体系建设、农产品\n上行、消费品下乡等议题开展\n交流。\n'

# PyMuPDF's text of a generated page (seed 404), its top: an article whose editor's note is
# signed (——编 者), its first section's heading, and a second heading at the text's size
# that fills the column and wraps onto a tail that reads like a name (…维持高 / 景气度).
HEADING_WRAPPED_AT_THE_MEASURE = '第 1 页\n湘江日报\n2025年1月2日 星期四 第3版 综合\n城市更新进行时\n前三季度主要金融数据变化怎么看（高质量发展看亮点·读数）\n本报记者  吴秋余\n中国人民银行近日发布的金融统计数据显\n示，今年前三季度，我国人民币贷款增加\n14.75万亿元，广义货币和社会融资规模增速\n均保持在较高水平，为经济回升向好创造了适\n宜的货币金融环境。如何看待前三季度主要金\n融数据变化？实体经济得到了哪些金融支持？\n记者进行了采访。\n——编 者\n企业信贷需求满足了吗？\n装备制造业、高技术制造业等重点行业维持高\n景气度\n“没有任何抵押，短短5天时间，200万元\n的贷款就到账了，解了我们的燃眉之急。”广\n东深圳市皋铁实业有限公司负责人王璞说。\n深圳小微企业数量众多，支持小微企业发\n展是金融机构做好普惠金融大文章的必答题。\n了解到皋铁实业有限公司的融资需求后，深圳\n市宝安区工作专班依托支持小微企业融资协调\n'

# PyMuPDF's text of a generated page (seed 2703): a commentary's title as wide as the
# column (引领未来，中国做对了什么) over its pen name and its first part's number.
TITLE_AT_THE_MEASURE_OVER_A_PEN_NAME = '形机器人合影。 新华社记者  \n卢汉欣摄\n科技创新在一线\n年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n端午假期，国家博物馆\n门前排起了长队。队伍中，\n年轻面孔占了多数。22岁的\n大学生林可提前一周预约了\n门票，“这次专门来看青铜\n器特展，攻略做了好几\n天”。\n图②：年轻观众在展柜前拍照\n打卡。 中青报·中青网记者  毛  \n宁/摄\n图①：观众在国家博物馆参观\n青铜器特展。\n引领未来，中国做对了什么\n任仲平\n（一）\n每逢重大历史关头，中\n国共产党总是能够科学把握\n历史方位与形势变化，制定\n正确的政治战略策略，指引\n中国人民战胜无数风险挑\n战、始终走在时代前列。\n一座县城的百年影\n像\n——读《山河故人：南\n屏县影像志》\n赵  鹏   林  蔚\n'

# PyMuPDF's text of a generated page (seed 6104): an article's last paragraph ends a sentence
# (…有效量达501万件……), and the next box's title, ending in its column's tag, is read on
# as the paragraph's last lines, right over its byline.
TAGGED_TITLE_READ_ON_OVER_A_BYLINE = '目，经过3年多的理论学习和跟车实习，去\n年正式成为一名动车司机。\n城市更新进行时\n中国科技 活力奔涌\n谷业凯\n“十四五”这5年，我国科技事业取得\n了历史性成就，发生了历史性变革。\n2024年，全社会研发投入超3.6万亿\n元，较2020年增长48%。规上高技术制造业\n增加值较“十三五”末增长42%；“三新”\n经济增加值占GDP的比重达18%。截至今年6\n月底，国内发明专利有效量达501万件……\n久久为功，“APEC蓝”成为“北京蓝”（总书\n记的关切·落地的回响）\n本报记者  程  龙  潘俊强\n编者按：言出必践，是中国共产党执政\n的鲜明风格。\n“事情说了，得听到落地的回响，看看\n落实得到底怎么样。”习近平总书记反复强\n'

# PyMuPDF's text of a generated page (seed 6505): an article's last paragraph, then the next
# one's title wrapped onto a tail of three characters (前三季度我国服务贸易稳 / 中有进), no
# byline or dateline under it, over its text.
TITLE_OVER_A_SHORT_TAIL = '技进步、服务提升、绿色转型、法治护\n航……一个个项目落地、一项项改革攻\n坚，无不切实改善民生。经历很多不\n凡，跨越重重艰难，人们在奋进的中\n国、自信的中国里，既触摸到了幸福，\n也日渐触达更美好的未来。\n前三季度我国服务贸易稳\n中有进\n进出口总额同比增长8.2%，其中出\n口增长12.5%，增速高于进口6.9个百分\n点。知识密集型服务贸易表现亮眼，个\n'

# PyMuPDF's text of a generated page (seed 6407): a head whose text is printed elsewhere
# (“内外贸同样重要，两条腿走路更稳妥” / its byline), then another box's title and text with
# no byline (老年大学里的“银发”新生 / 报名通道开放不到10分钟，…老年大学…).
HEAD_THEN_ANOTHER_TITLE_OVER_ITS_LEDE = '二到镇上来，在家门口就能\n看。”马有福说。\n图为会宁县人民医院医生在丁家沟\n镇卫生院为村民检查身体。 本报记\n者  邹  翔摄\n“内外贸同样重要，两条腿走路\n更稳妥”\n本报记者  洪秋婷  李  刚\n老年大学里的“银发”新生\n报名通道开放不到10分钟，\n书法、声乐、智能手机应用等热\n门课程的名额就被一抢而空。\n“比年轻人抢演唱会门票还激\n烈。”老年大学教务处负责人笑\n着说。\n记者采访发现，如今老年大\n学的课程早已不限于书法、绘\n第 2 页\n填资料，扫二维码，领取资\n料单。阿里巴巴华南技术有限公\n司运营人员王洪斌已经接待了好\n几位参展商。“他们都打算入驻\n淘宝，我们这次参加广交会内外\n'

# PyMuPDF's text of a generated page (seed 3008): a head, its text's first line cut by
# its column (委内瑞拉总统马杜罗日前表), then another box's title and its lede.
HEAD_THEN_ITS_CUT_FIRST_LINE = '一所小学的操场上立刻热闹起来：\n跳绳、踢毽子、丢沙包……五年级\n学生李子涵说：“以前课间只有10\n分钟，上个厕所就没了。现在有15\n分钟，能和同学好好玩一会儿。”\n委内瑞拉加强应对美军\n事威胁\n本报记者  陈海琪\n委内瑞拉总统马杜罗日前表\n全国秋粮收获近七成\n农业农村部最新农情调度显\n示，全国秋粮收获近七成。分作物\n看，中稻过七成、玉米过六成、大\n豆\n“内外贸同样重要，两\n条腿走路更稳妥”\n本报记者  洪秋婷  李  刚\n填资料，扫二维码，领取资料\n流动的艺术，联动的长\n三角\n本报记者  曹玲娟\n第二十四届中国上海国际艺术\n第 2 页\n'

# pypdfium2's text of a generated page (seed 6501): three boxes' lines printed at one height
# run into one line, a space after each sentence's end (你老了，也坐电梯！” “好！”他说。
# 成都大熊猫基地今年已诞生), then the title's tail and its dateline.
THREE_LINES_AT_ONE_HEIGHT = '时间跨度从20世纪30年代一直\r\n延续到今天。翻开书页，老\r\n街、渡口、祠堂、粮站、供销\r\n社依次出现，一座普通县城的\r\n百年变迁就这样被定格下来。\r\n你老了，也坐电梯！” “好！”他说。 成都大熊猫基地今年已诞生\r\n幼仔11只\r\n中 新 社 成 都 9 月 9 日 电\r\n（记者 贺 劭）记者9日从成\r\n都大熊猫繁育研究基地获悉，\r\n今年以来，该基地已有8只大\r\n熊猫成功产仔，共诞生幼仔11\r\n只，目前幼仔均健康成长。\r\n基地兽医院负责人介绍，\r\n今年基地在大熊猫育幼方面进\r\n一步优化人工辅助育幼流程，\r\n幼仔存活率保持在较高水平。\r\n据介绍，新生幼仔将在满\r\n'

# PyMuPDF's text of a generated page (seed 5202): a paragraph's end, a section heading that
# asks, and the next box's title wrapped onto two lines, read on as one block over a
# reporter's title alone (新华社记者).
TITLE_OVER_A_REPORTERS_TITLE = '前些年，一见透亮的蓝\n天，人们都迫不及待地拍照\n片晒出来。“现在司空见惯\n了，就不怎么晒了。”一位\n原来热衷于晒蓝天照的北京\n市民这样说。\n从“ 惊喜” 到“ 习\n惯”，付出了怎样的努力？\n确保基本实现社会主义现代\n化取得决定性进展\n新华社记者\n历史，正在书写新的篇\n章。\n10月20日至23日，党的\n二十届四中全会在北京召\n开。会议将审议《中共中央\n关于制定国民经济和社会发\n展第十五个五年规划的建\n议》，为未来五年中国发展\n'

# Tesseract's text of a generated page (committed gen-0008), in OCR's blocks: a paragraph's
# line that OCR read a character too many into (习近平总书记在中央人金融工作会议上), wider
# than the column, after a line that ends a sentence.
OCR_LINE_WIDER_BY_A_MISREAD = '天的报纸只有4个版，售价2分钱，却\n被市民抢购一空。\n\n七十年来，这张报纸换过10次版\n式、搬过3次家，从铅与火、光与电\n一路走到了数与网。不变的，是它始\n终把镜头和笔触对准这座城市里的普\n通人。\n\n图@ : 1955年7月8日出版的《江城晚\n报》创刊号。\n\n构建同科技创新相适应的科技金融体\n制 (专题深思)\n\n张成虎\n\n科技是国家强盛之基，人金融是国\n家重要的核心竞争力，科技金融是推\n动科技与金融双向促进的重要支撑 。\n习近平总书记在中央人金融工作会议上\n要求“深刻把握金融工作的政治性、\n人民性”，在省部级主要领导干部推\n动金融高质量发展专题研讨班开班式\n上强调“坚持经济和金融一盘棋思\n想，认真落实中央人金融工作会议的各\n项决策部署，统筹推进经济和金融高\n\n第 1 页\n\n剖 去岂\n'

# PyMuPDF's text of generated pages (seed 8001: d8001 gen-8007, a column 11 characters
# wide, and gen-8006).
DATELINE_CUT_BY_CAPTION = '走进产业园区\n暑期防溺水 这些\n地方别去\n本报讯（记者 刘 洋\n实习生 张 雨）暑假来\n临，中小学生溺水风险增\n加。7日，市教育局、市\n应急管理局联合发布暑期\n防溺水安全提示，提醒家\n长加强对孩子的看护。\n据了解，我市江河湖\n库众多，溺水事故多发生\n在无人看管的野外水域。\n相关部门已在重点水域设\n置警示标牌1,200余块，\n配备救生圈、救生绳等设\n施，并组织志愿者在周末\n和节假日开展巡查。\n澜湄职业教育培\n训中心在曼谷揭\n牌\n本报曼谷10月19日\n图为10月5日，货轮在港口\n装卸集装箱。\n本报记者  唐  辉摄\n电（记者 孙广勇）澜湄\n职业教育培训中心19日在\n泰国曼谷揭牌。中心由中\n国和泰国多所职业院校共\n同建设，将面向澜湄流域\n国家开设新能源汽车维\n修、轨道交通运营、跨境\n电商等专业培训课程，计\n划每年培训学员1000人次\n以上。\n推进优质医疗资源扩\n容下沉\n县域医共体让群\n众就近看好病\n——来自甘肃、河\n南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省\n会宁县丁家沟镇卫生院门\n口已经排起了队。72岁的\n村民马有福攥着挂号单，\n等着县人民医院心内科的\n医生来坐诊。“以前看心\n脏病得去县城，来回一整\n天，还得让儿子请假陪\n图为会宁县人民医院医生在\n丁家沟镇卫生院为村民检查\n身体。 本报记者  邹  翔摄\n着。现在县里的专家每周\n二到镇上来，在家门口就\n'

TITLE_OVER_PREPOSITION = '中欧班列（广州）今年开行突破500\n列\n中新社广州9月2日\n电（记者 郭 军）记者2\n日从广州海关获悉，今年\n以来，中欧班列（广州）\n已开行超过500列，运送\n货物近5万标箱，货值约\n120亿元，开行数量和货\n值均创同期新高。\n图为9月2日，一列满载货物\n的中欧班列从广州国际港驶\n出。 新华社记者  刘大伟摄\n一个西班牙人对\n中国式现代化的\n观察\n胡里奥·塞瓦略斯\n不久前，西班牙商业\n顾问、作家胡里奥·塞瓦\n略斯推出西语专著《璇玑\n图》。该书根据其在中国\n18年工作与生活的观察与\n思考，以亲历者的视角深\n入分析中国发展的路径和\n经验，积极评价中国以数\n十年为时间尺度规划发展\n道路。该书一经出版就引\n'

MARKER_UNDER_SHORT_LINE = '毕业季，他们为何选择“慢\n就业”？\n中青报·中青网记者  王  林  实习生  刘思远\n图②：毕业生在校园里拍摄毕业照。（资料图片）\n7月毕业后，林远没\n有急着找工作。他报了一\n个为期3个月的编程训练\n营，每天从9 点学到\n21:30。“本科学的是市\n场营销，但我更想做产品\n经理，得先补补技术\n课。”他说。\n像林远这样毕业后暂\n不就业、继续学习或调整\n图①：一名应届毕业生在招\n聘会上咨询岗位信息。 中\n青报·中青网记者 李  强/摄\n方向的年轻人，被称为\n“慢就业”群体。中国青\n年\n（下转第七版）\n快递进村，“最后\n一公里”越走越顺\n本报记者  周  雷\n每天10:30，安徽省\n金寨县梅山镇的快递共配\n中心都会迎来一天中最忙\n碌的时刻。来自县城的货\n车卸下一筐筐包裹，分拣\n下图：村民在村级快递服务\n点寄出自家种植的茶叶。金\n寨县商务局供图\n员按村名把它们装进不同\n的周转箱，半小时后，十\n几辆电动三轮车就从这里\n出发，把包裹送往全镇的\n上图：金寨县梅山镇快递共\n配中心，分拣员正在分拣包\n裹。本报记者  周  雷摄\n26个行政村。\n'

MARKER_UNDER_SHORT_LINE_B = '沙漠里种出“中国\n味道”\n——中埃农业合作项\n目见闻\n本报驻埃及记者  沈小晓\n清晨，埃及西部新河\n谷省的沙漠边缘，一排排\n温室大棚在阳光下泛着银\n光。大棚里，番茄、黄\n瓜、甜椒长势喜人，滴灌\n管道沿着垄沟延伸，把水\n和养分一滴一滴送到作物\n根部。\n图为埃及新河谷省的农民在\n中方援建的温室大棚里采摘\n番茄。 本报记者  沈小晓摄\n（上接第十四版）\n报社社会调查中心近期对\n1,502名受访者进行的一\n项调查显示，46.3%的受\n访者身边有“慢就业”的\n同学或朋友。\n是“躺平”还是“充电”？\n调查中，受访者认为\n“慢就业”的主要原因包\n括：想多积累经验再做选\n择（58.4%）、准备考研\n考公（51.2%）、对自己\n的职业方向还不清楚\n（39.7%）。只有12.6%的\n'

ELLIPSIS_PUSHED = '海滨公园“落日音乐会”每周六开唱\n市民在海滨公园观赏落日。视觉中国供图\n本报讯（记者 林 楠）每逢周六傍晚，海\n滨公园的草坪上都会响起悠扬的音乐。由市文\n化馆主办的“落日音乐会”自7月启动以来，\n已举办6场，吸引观众2万多人次。\n带着女儿来听音乐会的刘先生说，他是在\n报上看到那条本报讯，才知道这里有免费音乐\n会的。现在一家人每周六都会来，“吹着海风\n听音乐，特别惬意”。\n各地中小学课间普遍延长到\n15分钟\n本报记者  赵  兵\n课间铃声一响，北京市海淀区一所小学的\n操场上立刻热闹起来：跳绳、踢毽子、丢沙\n包……五年级学生李子涵说：“以前课间只有\n10分钟，上个厕所就没了。现在有15分钟，能\n和同学好好玩一会儿。”\n责任编辑：冯国海\n'
MARKER_UNDER_SHORT_LINE += MARKER_UNDER_SHORT_LINE_B
# ... and of seed 8301 (gen-8301).
ATTRIBUTION_OVER_A_TITLE = '今起，本报开设“总书记的\n关切·落地的回响”专栏，展现\n各地各部门扎实推动习近平总书\n记重要指示精神落地落实的生动\n实践，记录千行百业的新变化、\n广大群众的获得感，为14亿多中\n国人民昂首奋进“十五五”汇聚\n力量。\n“有人说，现在北京的蓝天\n是APEC蓝，美好而短暂，过了这\n一阵就没了，我希望并相信通过\n不懈的努力，APEC蓝能够保持下\n去。”\n——2014年11月10日，习近\n平主席在亚太经合组织第二十二\n次领导人非正式会议欢迎宴会上\n强调\n返乡青年把民宿开进\n了古村落\n本报记者  王  瑾\n浙江省松阳县的杨家堂村，\n是一座有着300多年历史的古村\n落。4年前，在杭州做设计师的\n90后姑娘吴佳回到家乡，把村里\n3栋闲置的老宅改造成了民宿。\n'
# ... and of seeds 8301 (gen-8305) and 1201 (gen-1205).
KICKER_READ_ON_OVER_A_CAPTION = '“在上海，能看到演艺的未来”\n——来自三个省份的调研\n朱  柚\n10月18日，融合了现代演艺\n形式和传统文化特色的英歌和醒\n狮表演，为第二十四届中国上海\n国际艺术节国际演艺大会及国际\n对话拉开帷幕。\n跻身世界一流艺术节展梯队\n的中国上海国际艺术节，“全球\n艺场”集聚效应愈加显著，今年\n大会吸引了全球约500家专业机\n首台套装备“出海”提速\n国产大型盾构机订单排到明年\n图为游客在古镇街头拍照留念。 新华社记者  刘建兰摄\n本报讯（记者 刘 慧）记者\n从中国工程机械工业协会获悉，\n今年前5个月，国内企业大型盾\n构机出口订单同比增长两成以\n上，部分企业订单已排到明年上\n半年。\n据协会统计，目前我国盾构\n机产品已出口到30多个国家和地\n区。协会有关负责人表示，企业\n正加快从“卖产品”向“卖服\n务”转变，在海外设立维修中心\n和配件仓库，提升全生命周期服\n务能力。\n'

LINE_OF_ONE_OVER_A_TITLE = '据了解，我市江河湖库众\n多，溺水事故多发生在无人看\n管的野外水域。相关部门已在\n重点水域设置警示标牌1,200\n余块，配备救生圈、救生绳等\n设施，并组织志愿者在周末和\n节假日开展巡查。\n专家提醒，学生要做到\n“六不”：不私自下水游泳，\n不\n首批“古籍活化”精品项目名单公\n布\n图为农民在田间收割水稻。\n金  静摄\n本报北京3月17日电（记\n者 饶 翔）记者17日从有关部\n门获悉，首批“古籍活化”精\n品项目名单日前公布，共有42\n个项目入选，涵盖古籍整理出\n版、数字化开发、文创产品、\n展览展示等类别。\n入选项目中，既有面向专\n业研究者的大型影印丛书，也\n有面向青少年的古籍绘本和有\n声读物。有关负责人表示，将\n对入选项目给予出版资助和宣\n传推广支持，推动古籍保护成\n果更好地走进大众生活。\n'
# ... and of seed 4401 (gen-4406).
CUT_AFTER_A_CHARACTER = '前三季度我国服务贸易稳中有进\n进出口总额同比增长8.2%，其中出口\n增长12.5%，增速高于进口6.9个百分点。\n知识密集型服务贸易表现亮眼，个人文化\n和娱乐服务、电信计算机和信息服务、知\n识产权使用费等领域保持较快增长。\n商务部国际贸易经济合作研究院服务\n贸易研究所所长李明说，“十四五”以\n来，我国服务贸易规模持续扩大、结构不\n断\n“这条铁路带给我们的是希\n望和未来”\n本报记者  黄培昭\n上午7时40分，伴随着长鸣的汽笛\n声，亚吉铁路每天的第一趟列车缓缓驶出\n埃塞俄比亚首都亚的斯亚贝巴郊外的拉布\n站。窗外的景色如画卷般展开，金合欢树\n不\n图为快递员分拣包裹。\n本报记者  戴华鹏摄\n停地从眼前掠过。\n优化。数字技术与服务贸易加速融合，越\n来越多的服务可以跨境交付，为服务出口\n打开了新空间。\n'
# ... and of seed 8401 (gen-8403).
SECTION_TITLE_OVER_ITS_TAIL = '第 1 页\n南岭日报\n15  综合  2025年7月27日  星期日\n本版责编：周国飞  许艳玉  版式设计：戴军凯\n前三季度主要金融数据变化怎么看（高质量发展看亮\n点·读数）\n——写在活动启动之际\n本报记者  吴秋余\n中国人民银行近日发布的金融统计数据显\n示，今年前三季度，我国人民币贷款增加\n14.75万亿元，广义货币和社会融资规模增速\n均保持在较高水平，为经济回升向好创造了适\n宜的货币金融环境。如何看待前三季度主要金\n融数据变化？实体经济得到了哪些金融支持？\n记者进行了采访。\n——编 者\n企业信贷需求满足了吗？\n装备制造业、高技术制造业等重点行业维持高\n景气度\n“没有任何抵押，短短5天时间，200万元\n的贷款就到账了，解了我们的燃眉之急。”广\n东深圳市皋铁实业有限公司负责人王璞说。\n深圳小微企业数量众多，支持小微企业发\n展是金融机构做好普惠金融大文章的必答题。\n了解到皋铁实业有限公司的融资需求后，深圳\n市宝安区工作专班依托支持小微企业融资协调\n工作机制，联动邮储银行宝安区支行启动专项\n对接，发挥“信用e贷”数字普惠金融产品优\n势，通过全流程线上操作完成200万元纯信用\n贷款审批发放，有效增强企业市场开拓动能。\n'
# ... and of seeds 8401 (gen-8405) and 6501 (gen-6502).
ATTRIBUTION_OVER_A_PARAGRAPH = '今起，本报开设“总书记的关\n切·落地的回响”专栏，展现各地\n各部门扎实推动习近平总书记重要\n指示精神落地落实的生动实践，记\n录千行百业的新变化、广大群众的\n获得感，为14亿多中国人民昂首奋\n进“十五五”汇聚力量。\n“有人说，现在北京的蓝天是\nAPEC蓝，美好而短暂，过了这一阵\n就没了，我希望并相信通过不懈的\n努力，APEC蓝能够保持下去。”\n——2014年11月10日，习近平\n主席在亚太经合组织第二十二次领\n导人非正式会议欢迎宴会上强调\n前些年，一见透亮的蓝天，人\n们都迫不及待地拍照片晒出来。\n“现在司空见惯了，就不怎么晒\n了。”一位原来热衷于晒蓝天照的\n北京市民这样说。\n从“惊喜”到“习惯”，付出\n了怎样的努力？\n'

ATTRIBUTION_CUT_BY_A_CAPTION = '今起，本报开设“总书记的关\n切·落地的回响”专栏，展现各地\n各部门扎实推动习近平总书记重要\n指示精神落地落实的生动实践，记\n录千行百业的新变化、广大群众的\n获得感，为14亿多中国人民昂首奋\n进“十五五”汇聚力量。\n“有人说，现在北京的蓝天是\nAPEC蓝，美好而短暂，过了这一阵\n就没了，我希望并相信通过不懈的\n努力，APEC蓝能够保持下去。”\n——2014年11月10日，习近平\n主席在亚太经合组织第二十二次\n图为游客在古镇街头拍照留念。 受访\n单位供图\n领导人非正式会议欢迎宴会上强调\n前些年，一见透亮的蓝天，人\n们都迫不及待地拍照片晒出来。\n“现在司空见惯了，就不怎么晒\n了。”一位原来热衷于晒蓝天照的\n北京市民这样说。\n'
# ... and of seed 8401 (gen-8406).
TAGGED_TITLE_OVER_A_NAME = '商务部国际贸易经济\n合作研究院服务贸易研究\n所所长李明说，“十四\n五”以来，我国服务贸易\n规模持续扩大、结构不断\n优化。数字技术与服务贸\n易加速融合，越来越多的\n服务可以跨境交付，为服\n务出口打开了新空间。\n无声的灯塔（环球走笔）\n沈小晓\n图为快递员分拣包裹。 本报记者  曾  颖摄\n在加沙地带中部的努\n赛赖特难民营，萨拉赫和\n阿卜杜拉·萨苏尔兄弟俩\n开了家路边书摊，试图从\n战争的破坏和苦难中为社\n区带来慰藉。\n兄弟俩20岁出头，在\n努赛赖特难民营长大，和\n'

CAPTION_OVER_A_TITLE = '集。“一公里电费不到1\n毛钱，比烧油省多了。”\n王德胜说，这辆车是他在\n镇上的新能源汽车下乡活\n动中买的，享受了以旧换\n新补贴，还赶上了车企的\n优惠，算下来比原价便宜\n了2万多元。\n上图：沂南县铜井镇的新能\n源汽车下乡活动现场。\n成都大熊猫基地今年已诞\n生幼仔11只\n——写在活动启动之际\n中新社成都9月9日\n电（记者 贺 劭）记者9\n日从成都大熊猫繁育研究\n基地获悉，今年以来，该\n基地已有8只大熊猫成功\n产仔，共诞生幼仔11只，\n目前幼仔均健康成长。\n基地兽医院负责人介\n绍，今年基地在大熊猫育\n幼方面进一步优化人工辅\n'
# ... and of seed 8501 (gen-8502).
TAG_CUT_BY_THE_BREAK = '院院长费迪南德·杜登赫\n费尔在湖北武汉体验了自\n动驾驶出租车服务。“驾\n驶过程平稳顺畅，就像坐\n在飞毯上一样，充满未来\n感。”杜登赫费尔在接受\n本报记者专访时说，这一\n体验让他对中国智能汽车\n产业刮目相看。\n构建同科技创新相适应的\n科技金融体制（专题深\n思）\n——一线蹲点见闻\n张成虎  高睿凯\n科技是国家强盛之\n基，金融是国家重要的核\n心竞争力，科技金融是推\n动科技与金融双向促进的\n重要支撑。习近平总书记\n在中央金融工作会议上要\n求“深刻把握金融工作的\n'
# ... and of seed 8501 (gen-8503).
PARALLEL_TITLE_OVER_CAPTIONS = '业”电站实现全容量并网发\n电。电站装机规模100 万千\n瓦，年均发电量约20亿千瓦\n时，每年可节约标准煤约60万\n吨、减少二氧化碳排放约160\n万吨。\n图为9月9日拍摄的理塘县“光伏\n+牧业”电站。 新华社记者 王  曦\n摄\n持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷 摄\n江滩公园里，孩子们在喷泉旁戏\n水消暑。视觉中国供图\n本报讯（记者 孙 婷 通讯\n员 高 原）连日来，我市持续\n晴热高温，最高气温一度达到\n38.6℃。白天街头行人稀少，\n到了晚上，江滩、夜市、商圈\n却人头攒动，不少市民选择在\n夜间出门纳凉、消费。\n晚上9点，青石街夜市灯\n火通明。卖凉面的、卖烧烤\n的、卖冰粉的摊位前排起了长\n队。摊主老胡一边麻利地拌\n'
# PyMuPDF's text of a generated page (d15401 gen-15402), in part: a caption that ended its
# sentence over a title whose lines hold a comma, and its byline (上图：…活动现场。 / 流动的
# 艺术，联动的 / 长三角 / 本报记者  曹玲娟).
CAPTION_OVER_A_TITLE_WITH_A_COMMA = (
    '乡村道路上的“绿牌车”多了\n本报记者  杨  阳\n周末一大早，山东省沂南县铜井镇的农民王\n德胜就开着新买的新能源汽车，带着一家人去县\n'
    '城赶集。“一公里电费不到1毛钱，比烧油省多\n下图：工作人员在乡镇充电站检修充电桩。 经济日报\n记者  杨  阳摄\n'
    '了。”王德胜说，这辆车是他在镇上的新能源汽\n车下乡活动中买的，享受了以旧换新补贴，还赶\n上了车企的优惠，算下来比原价便宜了2万多\n元。\n'
    '上图：沂南县铜井镇的新能源汽车下乡活动现场。\n流动的艺术，联动的\n长三角\n本报记者  曹玲娟\n第二十四届中国上海国际艺术节首趟分会场\n'
    '专列——G8981次复兴号列车从上海南站启程，\n拉开了今年长三角以艺术节为纽带、深化文化与\n旅游协同发展的大幕。\n一张报纸，陪伴一座城市七十年\n'
    '——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n'
)
# PyMuPDF's text of generated pages: a line that ends a column's first sentence, then a
# line one character short of the measure over a number (…吸引了全国 / 2,000多所高校…,
# seed 6401, gen-6405); a line with a number of its own over one (…推出MS8000、 / MS8800型…,
# seed 701, gen-0701); a first line short by more than the number under it needs
# (…总投资达 / 300多亿元…, seed 8301, gen-8301).
NUMBER_PUSHED_DOWN = '产仔，共诞生幼仔11只，目前幼\n仔均健康成长。\n基地兽医院负责人介绍，今\n年基地在大熊猫育幼方面进一步\n优化人工辅助育幼流程，幼仔存\n图为大熊猫幼仔在育婴房内接受健\n康检查。成都大熊猫繁育研究基地\n供图\n活率保持在较高水平。\n据介绍，新生幼仔将在满百\n日后陆续与公众见面。基地将通\n过官方网络平台发布幼仔成长视\n频，让公众“云端”观看熊猫宝\n宝的成长过程。\n全国大学生职业规划大赛总决\n赛落幕\n——来自三个省份的调研\n本报讯（中青报·中青网记\n者 叶雨婷）第二届全国大学生\n职业规划大赛总决赛日前落幕。\n大赛自启动以来，吸引了全国\n2,000多所高校的近千万名学生\n参与，最终有600余名选手进入\n总决赛。\n大赛设成长赛道和就业赛\n道，选手们围绕职业目标展示自\n己的学习经历、实践成果和发展\n规划，由高校教师和用人单位代\n表共同评审。有评委表示，今年\n'
NUMBER_UNDER_A_LINE_WITH_DIGITS = '浦口经开区聚焦集成电路领域\n硬科技、关键核心技术、国产替代\n等重点，把芯片产业核心技术国产\n化替代作为攻坚方向，加速构建自\n主可控的产业生态圈。\n图为小朋友在图书馆阅读。（资料图\n片）\n华天科技系列项目总投资达\n300多亿元，在浦口经开区建立了\n各类先进封装线，并重点加码\n2.5D/3D封装业务。在浦口经开区\n的牵头下，华天科技与东南大学共\n建芯粒集成国产化协同创新中心，\n联合多家企业组建创新联合体，突\n破多项技术并实现国产化替代。\n宏泰半导体先后推出MS8000、\nMS8800型测试设备，可满足AI芯\n片、算力芯片、工业控制等领域需\n求，有效填补了高端测试领域的国\n产技术空白。\n补齐产业短板\n强链补链是产业发展的必由之\n'
NUMBER_UNDER_A_FIRST_LINE = '——记者实地探访\n集成电路是信息产业发展的\n基础。今年以来，南京浦口经济\n开发区积极落实南京市“一园区\n一突破”改革任务，通过技术创\n新推动国产替代、招新引优补齐\n短板、深化改革优化环境，探索\n集成电路国产化路径。\n推动技术迭代\n浦口经开区聚焦集成电路领\n域硬科技、关键核心技术、国产\n替代等重点，把芯片产业核心技\n术国产化替代作为攻坚方向，加\n速构建自主可控的产业生态圈。\n华天科技系列项目总投资达\n300多亿元，在浦口经开区建立\n了各类先进封装线，并重点加码\n2.5D/3D封装业务。在浦口经开\n区的牵头下，华天科技与东南大\n学共建芯粒集成国产化协同创新\n'
# PyMuPDF's text of generated pages: a section heading that asks, as wide as the column,
# over a paragraph whose first line ends a sentence (seed 8801, gen-8808); a photo's caption
# with no start word whose credit the line's end broke, …视觉中国供 / 图, right under a
# dateline (seed 8701, gen-8706).
HEADING_OVER_A_FIRST_LINE_THAT_ENDS = '数字化中心，记录下工作者\n们平凡的一天。\n上午9点，位于杭州西\n郊的一座灰白色小楼里，扫\n描室的灯已经亮了。工作人\n员戴上白手套，把一册清代\n刻本轻轻放在V形书托上，\n调整好角度，按下快门。这\n台专用扫描仪每拍一页，都\n要在电脑上放大检查，确认\n没有阴影、没有卷边，才能\n翻到下一页。\n一页古籍要经过几道工序？\n“扫描只是第一步。”\n中心负责人沈慧芳告诉记\n者，一页古籍从进门到上\n线，要经过登记、修复评\n估、扫描、图像处理、文字\n识别、人工校对、标引著录\n等十几道工序。破损严重的\n古籍要先送到隔壁的修复\n'
CREDIT_BROKEN_AT_A_LINE_END = '“内外贸同样重要，两条腿走路\n更稳妥”\n本报记者  洪秋婷  李  刚\n填资料，扫二维码，领取资料单。阿里巴巴\n华南技术有限公司运营人员王洪斌已经接待了好\n几位参展商。“他们都打算入驻淘宝，我们这次\n参加广交会内外贸对接活动，就是想直面国内客\n户群体，吸纳更多客户。”\n持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷 通讯员 高 原）\n江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供\n图\n连日来，我市持续晴热高温，最高气温一度达到\n38.6℃。白天街头行人稀少，到了晚上，江滩、\n夜市、商圈却人头攒动，不少市民选择在夜间出\n门纳凉、消费。\n▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷 \n摄\n24小时自助借阅点增至40个\n——来自三个省份的调研\n本报讯（通讯员 何 静 记者 林 楠）记者从\n市图书馆获悉，随着近日港湾路、学府路等6个\n'
# PyMuPDF's text of a generated page (seed 8901, gen-8906): an article whose text opens
# with an editor's note, a section heading under it, a photo's caption, the section's text.
HEADING_UNDER_AN_EDITORS_NOTE = '民生实事看落实\n乡村学校的“小而美”之路\n——来自浙江、湖南、甘肃的调研\n光明日报记者  邓  晖  光明日报通讯员  陈  路\n编者按：随着城镇化推进和学龄人口变\n化，一些乡村学校的学生越来越少。小规模\n学校如何办出质量、办出特色？近日，记者\n走访了三个省份的多所乡村小规模学校，看\n它们如何在“小”中做出“美”。\n学生少了，课怎么上？\n图为湖南省平江县石桥小学的学生在上科学实验\n课。光明日报记者  邓  晖摄\n湖南省平江县的石桥小学，全校只有46\n名学生、9名老师。走进四年级教室，11名\n学生围成一个半圆，老师坐在中间，和孩子\n们一起讨论课文。“人少，每个孩子都有发\n言的机会。”语文老师刘芳说，小班上课，\n第 2 页\n图为居民在公园晨练。 朱强洋摄\n老师能顾及每一个学生，学生的进步看得\n见。\n浙江省景宁畲族自治县则探索“走教”\n和“同步课堂”。县城学校的音乐、美术老\n师每周到乡村学校上课，乡村学校的学生通\n过网络直播，和县城学生一起上英语、科学\n等课程。目前，全县已有27所乡村学校接入\n同步课堂，开课率达到100%。\n从“多少年”感悟自信（评论员观察）\n李洪兴\n'
# Hand-made hard-wrapped text: a paragraph its column cut mid-sentence (…居民们都说，今年,
# its text going on elsewhere), and the next article's title, a comma inside it, wrapped onto
# its tail and read on as the paragraph's last two lines, right over that article's byline.
CUT_TEXT_OVER_A_WRAPPED_TITLE = (
    '晨江日报\n2025年5月6日 星期二 第3版 民生\n城西菜市场完成改造\n'
    '本报讯（记者 李 明）城西菜市场改\n造工程日前完工，新增摊位120个，\n'
    '市民买菜更方便了。据介绍，今年全\n市还将改造菜市场15座，覆盖各城区\n'
    '的老旧小区。市场管理方表示，将继\n续优化经营环境。居民们都说，今年\n'
    '春耕时节，城北农户为何都忙着“抢\n墒”？\n本报记者  王  晓\n'
    '清晨6点，城北镇的田野里已是一片\n忙碌景象。几台播种机来回穿梭，农\n'
    '户们跟在后面查看出苗情况。“趁着\n墒情好，得赶紧把种子播下去。”种\n粮大户刘大成说。\n')
_CUT_TITLE = "春耕时节，城北农户为何都忙着“抢\n墒”？\n"

# PyMuPDF's text of a generated page (seed 8701, gen-8707): a paragraph's last sentence at
# a full line, then the next article's title that asks, as wide as the column, read on as
# the paragraph's last line over its byline.
ASKING_TITLE_AFTER_A_SENTENCE = '示，习近平主席在全球妇女峰会上\n发表主旨讲话，提出加速妇女全面\n发展新进程的中国主张，引起热烈\n反响。中方愿同与会各方从立法机\n构角度落实全球妇女峰会和中非合\n作论坛北京峰会成果，密切立法机\n构友好往来，加强治国理政经验交\n流，完善妇女权益法治保障，携手\n构建人类命运共同体。\n（上接第十三版）\n图为埃及新河谷省的农民在中方援建\n的温室大棚里采摘番茄。 本报记者  \n沈小晓摄\n培训农民留下“带不走的技术”\n项目实施以来，中方已为当地\n培训农业技术人员和农民2,300多\n人次。28岁的农业技术员穆罕默德\n·萨利赫曾到中国参加为期3个月的\n培训，如今已能独立调试灌溉设\n备。“中国老师教得非常耐心，很\n多技术我回来就用上了。”他说。\n毕业季，他们为何选择“慢就业”？\n中青报·中青网记者  王  林  实习生  刘思远\n7月毕业后，林远没有急着找\n工作。他报了一个为期3个月的编\n程训练营，每天从9点学到21:30。\n“本科学的是市场营销，但我更想\n做产品经理，得先补补技术课。”\n他说。\n'
# pypdfium2's text of generated pages: a photo's caption begun with its marker ▲ beside the
# paragraph's line it cut, at one height (…选择在夜间 ▲7日晚，…选购 / 小吃。 记者 孙 婷 摄 /
# 出门纳凉、消费。, seed 8901, gen-8903); a justified line stretched a space a character
# whose number keeps its marks (长 42%；“ 三 新 ” 经 济 增, seed 8801, gen-8803).
CAPTION_AFTER_A_COMMA = ("城乡书屋迎来读书季\n本报记者  李  四\n今年读书季将持续到年底，各地\n"
                         "书屋陆续推出好书推荐、亲子共\n读、读书分享等活动， 图为读者在书屋里挑选图书。\n"
                         "新华社记者  王  五摄\n预计参与人数超过五十万人次。\n"
                         "不少书屋还延长了开放时间，方\n便上班族下班后前来借阅。\n")
CAPTION_MARKER_BESIDE_A_LINE = '持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷 通讯员\n高 原）连日来，我市持续晴热\n高 温 ， 最 高 气 温 一 度 达 到\n38.6℃。白天街头行人稀少，到\n了晚上，江滩、夜市、商圈却人\n头攒动，不少市民选择在夜间 ▲7日晚，市民在青石街夜市选购\n小吃。 记者 孙 婷 摄\n出门纳凉、消费。\n江滩公园里，孩子们在喷泉旁戏水\n消暑。视觉中国供图\n晚上9点，青石街夜市灯火\n通明。卖凉面的、卖烧烤的、卖\n冰粉的摊位前排起了长队。摊主\n老胡一边麻利地拌面，一边招呼\n客人：“凉面管够，辣子自己\n加！”他告诉记者，入夏以来，\n每晚能卖出300多碗，比平时多\n了一倍。\n“内外贸同样重要，两条腿走路更稳妥”\n——来自三个省份的调研\n本报记者 洪秋婷 李 刚\n'
STRETCHED_LINE_WITH_A_NUMBER = '中国科技 活力奔涌\n谷业凯\n“十四五”这5年，我\n国科技事业取得了历史性成\n就，发生了历史性变革。 2024年，全社会研发投\n入超3.6万亿元，较2020年\n增长48%。规上高技术制造\n业增加值较“十三五”末增\n长 42%；“ 三 新 ” 经 济 增\n加值占GDP的比重达18%。截\n至今年6月底，国内发明专\n利有效量达501万件……\n5年来，党中央对科技\n工作的集中统一领导进一步\n加强，新型举国体制优势充\n分彰显。国家战略科技力量\n加快建设，企业创新实力稳\n步提升，新质生产力在实践\n中逐渐发展壮大，对高质量\n发展的强劲推动力日益显\n现。\n'
# PyMuPDF's text of a generated page (seed 7501, gen-7504): a brief's title, no byline or
# dateline under it, wrapped at the column's measure onto a short tail right under the
# paragraph above's last sentence, over its text's first line.
TITLE_UNDER_A_SENTENCE_OVER_TEXT = '训学员1000人次以上。\n泰国教育部官员在揭牌仪\n式上表示，泰国正在大力发展\n新能源汽车等产业，急需大批\n（下转第14版）\n今年将新建改扩建乡镇\n寄宿制学校1000所\n本报北京4月21日电（记\n者 张 婷）记者从教育部获\n悉，今年将支持中西部地区新\n建、改扩建乡镇寄宿制学校\n1000所左右，重点改善学生宿\n舍、食堂、浴室等生活设施，\n并配齐心理咨询室和图书室。\n大学生“村播”带火大山里的\n土货\n的直播间里，贺晓雨把刚\n摘下的猕猴桃切开，对着镜头\n展示果肉的颜色。“咱们的猕\n猴桃是自然成熟的，没有催熟\n剂。”她一边说，一边招呼在\n线的网友下单。一场两个小时\n的直播，卖出了1,800多单。\n贺晓雨是西北一所农业大\n图为4月5日，技术人员调试设\n备。\n新华社记者  孔  丽摄\n'
# PyMuPDF's text of a generated page (seed 8001, gen-8001): an article whose editor's note
# ends in its signature (——编 者), a section heading under it with a photo's caption and
# the section's byline, and the next article's title.
SECTION_UNDER_AN_EDITORS_NOTE = '创新答卷彰显新型举国体制优势\n（科技视点）\n习近平总书记强调，“充\n分发挥新型举国体制优势，加\n快推进高水平科技自立自\n强”。\n“十四五”期间，在以习\n近平同志为核心的党中央坚强\n领导下，充分发挥新型举国体\n制优势，全社会共同努力，我\n国科技事业取得历史性成就，\n发生历史性变革，科技创新书\n写精彩答卷。锚定2035年建成\n科技强国的战略目标，面向国\n家重大需求，通过政府力量和\n市场力量协同发力，凝聚和集\n成国家战略科技力量、社会资\n源共同攻克重大科技难题，我\n国高水平科技自立自强步伐铿\n锵有力。\n创新中国动能澎湃，为中\n国式现代化建设提供了坚实支\n撑。\n——编 者\n战略科技持续壮大\n图为技术人员调试设备。\n新华社记者  高建梅摄\n本报记者 刘诗瑶\n以蓝白色相间的美丽地球\n为背景，神舟二十号乘组航天\n员王杰身穿舱外服，在空间站\n机械臂和地面科研人员的配合\n支持下，顺利开展出舱任务。\n茫茫太空多了一抹五星红\n旗的鲜艳，这样的场景，在过\n去5年中时常出现。\n5年间，中国空间站实现\n产品全部国产化、原材料全部\n国产化、关键核心元器件100%\n自主可控，在轨开展了数百项\n空间科学实（试）验，空间科\n学成果涌现。\n持续晴热高温天气来袭\n白天躲高温 夜晚逛\n夜市\n本报讯（记者 孙 婷 通讯\n员 高 原）连日来，我\n'

# PyMuPDF's text of a generated page (seed 7301, gen-7306): an article whose paragraph under
# a photo opens full (10月20日至23日…), and one whose section under an editor's note has
# only its heading and byline on the page.
SECTION_WITHOUT_TEXT_UNDER_A_NOTE = '扎实推动乡村全面振兴\n引领未来，中国做对了什么\n任仲平\n（一）\n每逢重大历史关头，中国共产党总是能\n够科学把握历史方位与形势变化，制定正确\n的政治战略策略，指引中国人民战胜无数风\n险挑战、始终走在时代前列。\n图为志愿者为老人测量血压。（资料图片）\n10月20日至23日在北京召开党的二十届\n四中全会，研究制定“十五五”规划建议，\n旨在对未来五年发展作出顶层设计和战略擘\n画，推动事关中国式现代化全局的战略任务\n取得重大突破。\n“在世界百年变局中，中国提供了稳定\n性和确定性。”领会习近平总书记这一重要\n论断，五年规划是一个独特视角。科学制定\n和接续实施五年规划，是我们党治国理政的\n重要方式，是读懂中国式现代化的重要“密\n码”。\n各地中小学课间普遍延长到\n15分钟\n本报记者  赵  兵\n课间铃声一响，北京市海淀区一所小学\n的操场上立刻热闹起来：跳绳、踢毽子、丢\n沙包……五年级学生李子涵说：“以前课间\n只有10分钟，上个厕所就没了。现在有15分\n钟，能和同学好好玩一会儿。”\n记者了解到，今年春季学期以来，北\n京、上海、江苏、湖北等地陆续推行中小学\n课间15分钟，有的学校还把大课间延长到30\n分钟以上，并配套开放操场、增加体育器\n材，一些学校专门为低年级学生划出了游戏\n区。\n教育专家表示，课间活动对学生身心健\n康十分重要。学校要在保证安全的前提下，\n把课间时间真正还给学生，让孩子们走出教\n室、动起来、玩起来。\n创新答卷彰显新型举国体制优势（科技\n视点）\n习近平总书记强调，“充分发挥新型举\n国体制优势，加快推进高水平科技自立自\n强”。\n“十四五”期间，在以习近平同志为核\n心的党中央坚强领导下，充分发挥新型举国\n体制优势，全社会共同努力，我国科技事业\n取得历史性成就，发生历史性变革，科技创\n新书写精彩答卷。锚定2035年建成科技强国\n的战略目标，面向国家重大需求，通过政府\n力量和市场力量协同发力，凝聚和集成国家\n战略科技力量、社会资源共同攻克重大科技\n难题，我国高水平科技自立自强步伐铿锵有\n力。\n创新中国动能澎湃，为中国式现代化建\n设提供了坚实支撑。\n图为观众在展馆参观。\n新华社记者  尹  雪摄\n——编 者\n战略科技持续壮大\n本报记者 刘诗瑶\n'

# PyMuPDF's text of a generated page (seed 7501, gen-7506): an article ended by its jump
# marker, and the next one's title wrapped onto a tail that reads as a name (古村落), over
# a byline that opens with a reporter's title.
TITLE_TAIL_OVER_A_TITLED_BYLINE = '无声的灯塔（环球走笔）\n沈小晓\n在加沙地带中部的努赛赖特难民\n营，萨拉赫和阿卜杜拉·萨苏尔兄弟俩\n开了家路边书摊，试图从战争的破坏和\n苦难中为社区带来慰藉。\n兄弟俩20岁出头，在努赛赖特难民\n营长大，和许多生活在这里的加沙人一\n样，他们的家人早先从巴勒斯坦其他地\n方逃难而来。即使在战火和废墟中，自\n小就热爱阅读的兄弟俩，也从未熄灭这\n种热忱与渴望。\n（下转第14版）\n返乡青年把民宿开进了\n古村落\n本报记者  王  瑾\n浙江省松阳县的杨家堂村，是一座\n有着300多年历史的古村落。4年前，在\n杭州做设计师的90后姑娘吴佳回到家\n乡，把村里3栋闲置的老宅改造成了民\n宿。\n“当时很多人不理解，觉得放着城\n'

# PyMuPDF's text of a generated page (seed 1901, gen-1902): an article with a byline whose
# text opens with an editor's note of one paragraph, signed (——编 者), a photo's caption,
# a section heading over a second one wrapped, the section's text, and the next article.
HEADINGS_UNDER_A_SIGNED_NOTE = '前三季度主要金融数据变化怎么看（高\n质量发展看亮点·读数）\n——记者实地探访\n本报记者  吴秋余\n中国人民银行近日发布的金融统计\n数据显示，今年前三季度，我国人民币\n贷款增加14.75万亿元，广义货币和社\n会融资规模增速均保持在较高水平，为\n经济回升向好创造了适宜的货币金融环\n境。如何看待前三季度主要金融数据变\n化？实体经济得到了哪些金融支持？记\n者进行了采访。\n——编 者\n图为游客在景区参观游览。\n余  龙摄\n企业信贷需求满足了吗？\n装备制造业、高技术制造业等重点行业\n维持高景气度\n“没有任何抵押，短短5天时间，\n200万元的贷款就到账了，解了我们的\n燃眉之急。”广东深圳市皋铁实业有限\n公司负责人王璞说。\n“为全球读者展现一个立体丰富的中国”（第一\n现场）\n——来自三个省份的调研\n本报记者  徐  馨\n10月15日至19日，第七十七届法兰\n克福书展在德国法兰克福会展中心举\n行，来自100多个国家和地区的4000多\n家出版商参展，吸引了20多万专业人士\n'

# PyMuPDF's text of a generated page (seed 14901, gen-14907), in part: an editor's note
# signed, then a question head as wide as a paragraph's first line (11 of 13, its indent
# dropped) over a statement head wrapped onto its tail (13 + 10), over the text.
QUESTION_HEAD_OVER_A_WRAPPED_HEAD = '前三季度主要金融数据变化怎么看（高质\n量发展看亮点·读数）\n本报记者  吴秋余\n中国人民银行近日发布的\n金融统计数据显示，今年前三\n季度，我国人民币贷款增加\n14.75万亿元，广义货币和社\n会融资规模增速均保持在较高\n水平，为经济回升向好创造了\n适宜的货币金融环境。如何看\n待前三季度主要金融数据变\n化？实体经济得到了哪些金融\n支持？记者进行了采访。\n图为工作人员巡检输电线路。 本\n报记者  黎玉刚摄\n——编 者\n企业信贷需求满足了吗？\n装备制造业、高技术制造业等\n重点行业维持高景气度\n“没有任何抵押，短短5\n天时间，200万元的贷款就到\n账了，解了我们的燃眉之\n急。”广东深圳市皋铁实业有\n限公司负责人王璞说。（下转\n第十六版）\n“在上海，能看到演艺的未来”\n朱  柚\n10月18日，融合了现代演\n艺形式和传统文化特色的英歌\n'

# PyMuPDF's text of a generated page (seed 9101, gen-9108): an article's last lines, a photo's
# caption under the next one's editor's note, its credit after a gap on the caption's last
# line and broken before its 图 (…理业务。 县融媒体中心供 / 图), and the next article's head.
CREDIT_BROKEN_AFTER_A_GAP = '届全国大学生职业规划大\n赛总决赛日前落幕。大赛\n自启动以来，吸引了全国\n2,000多所高校的近千万\n名学生参与，最终有600\n余名选手进入总决赛。\n久久为功，“APEC\n蓝”成为“北京蓝”\n（总书记的关切·落\n地的回响）\n——多地推进情况观\n察\n本报记者  程  龙  潘俊强\n编者按：言出必践，\n是中国共产党执政的鲜明\n风格。\n图为市民在社区服务中心办\n理业务。 县融媒体中心供\n图\n要学“对不对”，也\n学“美不美”（中国\n道路中国梦·青春为\n中国式现代化挺膺\n担当）\n赵佳洁\n提起美术课，你会想\n到什么？\n'

# PyMuPDF's text of a generated page's top (seed 7401, gen-7405): masthead, edition line,
# a slogan banner of two phrases a space apart read on into the first title, its byline,
# a photo's caption and the text.
SLOGAN_RUN_INTO_THE_FIRST_TITLE = '中原日报\n2025年3月12日  星期三  第4版  科技\n创建全国文明城市 共建共享美好家园\n老挝青年开上了“澜湄号”\n本报驻老挝记者  杨  一\n图为老挝籍动车司机坎培·西萨瓦在驾驶室内做出乘前检查。 新华社记者  凯  乐摄\n清晨6点半，老挝首都万象火车站，26岁\n的动车司机坎培·西萨瓦完成出乘前的最后一\n项检查，登上“澜湄号”动车组的驾驶室。几\n分钟后，列车平稳驶出车站，向北往琅勃拉邦\n方向开去。\n'

# Digit widths (seventeenth pass). PyMuPDF (seed 6101, gen-6108): a paragraph's first line
# holding numbers, under a photo's caption that cut nothing (…遛弯了！” / ▲11日，…  记 / 者
# 王  薇 摄 / 幸福里小区建于上世纪90年代初，共有18栋 / …).
FIRST_LINE_WITH_NUMBERS = '，\n老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下楼遛\n弯\n本报讯（记者 王 薇 通讯员 李 军）11日上\n午，家住南山区幸福里小区5号楼6楼的张大爷，\n第一次乘坐新装好的电梯下了楼。站在楼门口，\n78岁的老人有些激动：“腿脚不好，好几年没怎\n么下过楼了。以后天天都能下来遛弯了！”\n▲11日，幸福里小区居民乘坐新装的电梯下楼。  记\n者 王  薇 摄\n幸福里小区建于上世纪90年代初，共有18栋\n多层住宅楼，没有一部电梯。小区60岁以上的老\n人占居民总数的四成左右。今年初，社区启动加\n装电梯工作，由社区牵头、居民协商、专业公司\n代建，目前已有7部电梯投入使用，另有5部正在\n施工。\n'


# PyMuPDF (seed 7201, gen-7202): a paragraph's last line, a caption, then the next
# paragraph's first line opening with dates (10月20日至23日，党的二十 / …).
FIRST_LINE_OF_DATES = '者  邹  翔摄\n。”马有福说。\n确保基本实现社会主义现代化取得决\n定性进展\n——一线蹲点见闻\n新华社记者\n历史，正在书写新的篇章。\n图为农民在田间收割水稻。\n本报记者  李涛华摄\n10月20日至23日，党的二十\n届四中全会在北京召开。会议将\n审议《中共中央关于制定国民经\n济和社会发展第十五个五年规划\n的建议》，为未来五年中国发展\n擘画蓝图。\n如今，科技创新正以前所未\n有的广度、深度与速度推进。打\n破前沿科技与公众认知之间的隔\n阂，为创新型国家建设夯实基\n础，科技馆肩负重任。然而，有\n的场馆布展一成不变，展示成果\n'


# PyMuPDF (seed 7401, gen-7404): a line short by a number with its unit sign, pushed down
# whole (…最高气温一度达到 / 38.6℃。白天…).
NUMBER_WITH_UNIT_PUSHED_DOWN = '持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷 通讯员\n高 原）连日来，我市持续晴热\n高温，最高气温一度达到\n38.6℃。白天街头行人稀少，到\n了晚上，江滩、夜市、商圈却人\n头攒动，不少市民选择在夜间出\n门纳凉、消费。\n晚上9点，青石街夜市灯火\n通明。卖凉面的、卖烧烤的、卖\n冰粉的摊位前排起了长队。摊主\n老胡一边麻利地拌面，一边招呼\n客人：“凉面管够，辣子自己\n加！”他告诉记者，入夏以来，\n每晚能卖出300多碗，比平时多\n'


# pypdfium2 (seed 9401, gen-9401): a paragraph whose third line pypdfium2 stretched, a space
# after every character (送 ”“ 餐 饮…), under a line a word short of the measure.
STRETCHED_BELOW = (
    "全国首批老年助餐服务示\n范点名单公布\n本报北京5月13日电\n（记者 李昌禹）民政部13\n"
    "日公布全国首批老年助餐服\n务示范点名单，共有312个\n社区食堂、老年餐桌等助餐\n点入选。入选助餐点平均每\n"
    "天 服 务 老 年 人 100 人 次 以\n上，在菜品质量、价格水\n平、服务便利等方面具有示\n范作用。\n"
    "据介绍，近年来各地加\n快发展社区老年助餐服务，\n通过“中央厨房+社区配\n送 ”“ 餐 饮 企 业 + 社 区 食\n"
    "堂”等模式，让老年人在家\n门口吃上热乎饭。民政部有\n关负责人表示，将推动各地\n总结推广示范点经验，进一\n"
    "步扩大服务覆盖面，提升服\n务可持续性。\n")


# PyMuPDF (seed 9301, gen-9301): an article's last lines, then the next article's title (a
# comma in it) and subtitle, read on after the full line that ended its last sentence, and
# its byline.
TITLE_OVER_A_BYLINE = (
    "（国际论坛）\n玛丽娜·拉古什\n在北京举行的全球妇女峰\n会，谱写了全球妇女事业新的篇\n"
    "章，为促进全球男女平等和妇女\n全面发展注入新动力，为推动构\n建人类命运共同体贡献新力量。\n"
    "一张报纸，陪伴一座城市七十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n"
    "1955年7月8日傍晚，第一\n图①：1955年7月8日出版的《江\n城晚报》创刊号。\n"
    "期《江城晚报》从印刷厂运出，\n")


# PyMuPDF (seed 14301, gen-14308): an article's end, the next article's title over a photo
# (a gap between its two phrases), the photo's caption, and that article's dateline.
PHOTO_UNDER_TITLE = (
    "24小时自助借阅\n点增至40个\n本报讯（通讯员 何 静\n记者 林 楠）记者从市图书\n"
    "馆获悉，随着近日港湾路、\n学府路等6个新点位投入使\n用，全市24小时自助借阅点\n"
    "已增至40个，覆盖所有街\n道。市民持读者证或电子社\n保卡即可随时借还图书。\n"
    "暑期防溺水 这些地方别去\n图为志愿者为老人测量血压。（资料图片）\n"
    "本报讯（记者 刘 洋 实\n习生 张 雨）暑假来临，中\n小学生溺水风险增加。7\n"
    "日，市教育局、市应急管理\n局联合发布暑期防溺水安全\n提示，提醒家长加强对孩子\n的看护。\n")


# pdftotext -layout's text of a generated page (d1201 gen-1203) as the layout stage reads
# it, in part: a title set apart by blank rows above, over a photo's caption and credit,
# then, past a blank row, the dateline (the page's blank rows kept).
TITLE_APART_OVER_A_PHOTO = (
    "“亚吉铁路是一条梦想之路。”当地\n员工塔德瑟感慨道，“这条铁路带给\n我们的是希望和未来。”\n"
    "\n\n图为工人在生产线上忙碌。 本报记者\n陈 伟摄\n\n\n"
    "首届县域商业发展大会在义乌举办\n图为快递员分拣包裹。\n蔡晨晓摄\n\n"
    "本报讯（记者 柳 文）首届县域\n商业发展大会日前在浙江义乌举办。\n来自全国200多个县的商务部门负责\n"
    "人和1,000多家企业代表参会，围绕\n县域商业体系建设、农产品上行、消\n费品下乡等议题开展交流。\n"
    "会上发布了一批县域商业发展典\n型案例，涵盖县级物流配送中心建\n设、乡镇商贸中心改造、农村电商发\n"
    "展等方面。\n")


# PyMuPDF (seed 6101, gen-6101): a photo's caption, then a marker that the text under it
# comes from elsewhere (…创刊号。 / （上接第10版） / 地牧民扎西说，…).
MARKER_UNDER_A_CAPTION = '刊70周年之际\n本报记者  周  敏  林  晓\n1955年7月8日傍晚\n图②：上世纪80年代，市民\n在街头报栏前读报。\n，第一期《江城晚报》从\n印刷厂运出，报童们抱着\n还带着油墨香的报纸跑上\n街头。那一天的报纸只有\n4个版，售价2分钱，却被\n市民抢购一空。\n图①：1955年7月8日出版\n的《江城晚报》创刊号。\n（上接第10版）\n地牧民扎西说，他家的牦\n牛今年夏天就在电站里吃\n草。\n据悉，项目建设期间\n带动当地群众务工就业\n1,500余人次。电站还将\n每年向当地缴纳土地租金\n'


# PyMuPDF (seed 1401, gen-1401): a kicker, then a headline whose second line wrapped onto a
# tail of one character, its first line exactly as wide as the kicker (民生实事看落实 /
# 各地中小学课间 / 普遍延长到15分 / 钟).
KICKER_OVER_A_HEADLINE_WITH_A_TAIL = '约7亿人面临饥饿，气候\n变化、地区冲突和经济下\n行是影响粮食安全的主要\n因素。报告呼吁各国加大\n对农业特别是小农户的投\n资。\n民生实事看落实\n各地中小学课间\n普遍延长到15分\n钟\n本报记者  赵  兵\n课间铃声一响，北京\n市海淀区一所小学的操场\n上立刻热闹起来：跳绳、\n踢毽子、丢沙包……五年\n级学生李子涵说：“以前\n课间只有10分钟，上个厕\n所就没了。现在有15分\n钟，能和同学好好玩一会\n儿。”\n集采药，拼质量才能护健康\n'


# pypdfium2 (seed 7801, gen-7807): a column's last line, holding a number, left open at its
# foot over the next box's title (…前三 / 季度接待游客超过600万人 / 澜湄职业教育…揭牌).
NUMBER_LINE_AT_A_COLUMN_FOOT = '年可消化夏秋茶鲜叶2万多\n吨。\n据统计，今年前三季度，\n湄潭县茶产业综合产值同比增\n长9.6%，茶叶出口额同比增长\n21.3% ， 产 品 远 销 欧 盟 、 中\n东、东南亚等地区。县里还依\n托茶园发展乡村旅游，打造了\n图为4月24日，学生在实验室进\n行科学实验。 新华社记者 吴静\n丽摄\n一批茶旅融合精品线路，前三\n季度接待游客超过600万人\n澜湄职业教育培训中心在曼谷揭牌\n——记者实地探访\n本 报 曼 谷 10 月 19 日 电\n（记者 孙广勇）澜湄职业教\n育培训中心19日在泰国曼谷揭\n牌。中心由中国和泰国多所职\n业院校共同建设，将面向澜湄\n流域国家开设新能源汽车维\n'


# PyMuPDF (committed gen-0004): an editor's note closed by its signature on a line of its
# own (…因交流而多彩。 / ——编 者), over the next article's title.
SIGNATURE_UNDER_A_NOTE = '聚焦高质量发展\n展世界艺术画卷 建文化交流平台\n本报记者  曹玲娟\n10月17日，第二十四届中国上海\n国际艺术节拉开帷幕，在一个多月的\n时间里，将举办各类演出展览活动\n500余项，共计1200余场。一场艺术\n节，吸引全球优质演艺资源，中外名\n作佳作汇聚上海舞台。一场艺术节，\n赋彩人民美好文化生活，市民群众在\n家门口就能领略名家名团的风采。中\n国上海国际艺术节已成为中外文化艺\n术交流的重要平台，生动展现着文化\n因交流而多彩。\n——编 者\n习近平就日本前首相村山富市逝世向\n日本首相石破茂致唁电\n新华社北京10月19日电\xa0\xa010月\n19日，国家主席习近平就日本前首相\n村山富市逝世向日本首相石破茂致唁\n电，对村山富市逝世表示哀悼，向遗\n属表示慰问。\n'


# PyMuPDF (seed 9201, gen-9205): a paragraph's last sentence, then the next box's title read
# on from it, full, and wrapped onto a short tail over its subtitle and dateline (…的能力。 /
# 秋季学期开学 各地做好安 / 全保障 / ——写在活动启动之际 / 新华社北京9月2日 / …).
TITLE_TAIL_OVER_SUBTITLE = '过楼了。以后天天都能下\n来遛弯了！”\n关注秋粮收购\n多所高校开设人\n工智能通识课\n本报讯（记者 焦以\n璇 通讯员 王晓婷）新学\n期以来，多所高校面向全\n体本科生开设人工智能通\n识课程，内容涵盖人工智\n能基础知识、典型应用和\n伦理规范等，帮助学生\n图为学生在实验室进行科学\n实验。 新华社记者  许  波\n摄\n提升运用人工智能工具学\n习和解决问题的能力。\n秋季学期开学 各地做好安\n全保障\n——写在活动启动之际\n新华社北京9月2日\n电（记者 徐 壮）秋季\n图为农民在田间收割水稻。 \n易  斌摄\n学期开学之际，教育部近\n日印发通知，要求各地各\n校切实做好开学各项工\n作，扎实做好校园安全、\n食品安全、传染病防控等\n工作，确保学生安全健康\n返校。\n'


# PyMuPDF's text of a generated page (seed 9201, gen-9203): an article's first paragraph
# (一张报纸，陪伴一座城市七十年), the next article whole (广东举办…创业大赛), then the first
# article's other paragraphs, printed in another box with no marker; both ends finished.
TAIL_ECHOING_ITS_HEADLINE = (
    '一张报纸，陪伴一座城市七十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n1955年7月8日傍晚，第一期《江城\n晚报》从印刷厂运出，报童们抱着还\n图①：1955年7月8日出版的《江城晚报》\n'
    '创刊号。\n带着油墨香的报纸跑上街头。那一天的\n报纸只有4个版，售价2分钱，却被市民\n抢购一空。\n广东举办粤港澳大湾区青年创新\n创业大赛\n——来自三个省份的调研\n南方日报讯（记者/朱 晓）9月2\n'
    '日，第五届粤港澳大湾区青年创新创业\n大赛在深圳前海启动。大赛设人工智\n能、生物医药、新能源等6个赛道，面\n向大湾区及海外青年创业团队征集项\n目，总奖金池达600万元。\n主办方介绍，往届大赛共吸引\n'
    '4,000多个团队参赛，一批获奖项目已\n在大湾区落地转化。今年大赛还将为优\n秀项目对接投资机构和孵化平台，帮助\n青年创业者“从0到1”跨越发展难关。\n香港青年创业者梁嘉欣是上届大赛\n的获奖者，她的团队研发的智能康复设\n'
    '备已在前海注册公司并实现量产。“大\n湾区的产业链很完整，从设计到生产，\n在这里都能找到合作伙伴。”她说，今\n年她将以评委身份回到赛场，和更多年\n轻人分享创业经验。\n七十年来，这张报纸换过10次版\n'
    '式、搬过3次家，从铅与火、光与电一\n路走到了数与网。不变的，是它始终把\n镜头和笔触对准这座城市里的普通人。\n记者翻开1956年的一张旧报，头版\n一条以“本报讯”开头的短消息只有\n200多字，记录的是长江边第一座自来\n'
    '水厂建成通水。当年参与采写这条消息\n的老记者如今已经90多岁，他在电话里\n说：“那时候写稿，每一个字都要反复\n掂量。”\n在报社的资料室里，保存着几代摄\n影记者拍下的40多万张底片和照片。\n'
    '图②：上世纪80年代，市民在街头报栏前\n读报。\n退休的摄影记者王建国说，他最难忘的\n是1998年抗洪，“在堤上一待就是半个\n月，拍了2,000多张照片，鞋子泡烂了\n两双”。\n'
)

# PyMuPDF's text of a generated page (seed 8501, gen-8503): a headline wrapped onto three
# lines, the first as wide as the second (中共中央总书记习近平 / 电贺郑丽文当选中国国 /
# 民党主席), and a lede that repeats the first word for word.
HEADLINE_THE_LEDE_REPEATS = (
    '备。\n新华社记者  唐  刚摄\n里。\n粤西首个国家骨干\n冷链物流基地投运\n南方日报讯（记者/黄 叙\n通讯员/粤 商）9月2日，湛江\n国家骨干冷链物流基地一期项\n目正式投入运营。项目总投资\n约18亿元，建成冷库库容约30\n'
    '万吨，配备冷链分拣、加工、\n检测等设施，可为粤西地区水\n产品、热带水果等农产品提供\n“ 一站式” 冷链服\n图为湛江国家骨干冷链物流基地\n冷库内，工作人员在搬运水产\n品。湛江市商务局供图\n务。\n中共中央总书记习近平\n'
    '电贺郑丽文当选中国国\n民党主席\n新华社北京10 月19 日\n电\xa0\xa0中共中央总书记习近平19\n日致电郑丽文，祝贺其当选中\n国国民党主席，指出多年来两\n党在坚持“九二共识”、反对\n“台独”共同政治基础上，推\n'
    '动两岸交流合作，致力维护台\n海和平稳定，增进两岸同胞亲\n情福祉，成效积极。当前，世\n界百年变局加速演进，中华民\n族伟大复兴势不可挡。期望两\n党坚持共同政治基础，团结广\n大台湾同胞，增强做中国人的\n'
    '志气、骨气、底气，深化交流\n合作，促进共同发展，推进国\n家统一，坚定守护中华民族共\n同家园，守护两岸同胞根本利\n益，携手开创中华民族更加美\n好的未来。\n'
)

# PyMuPDF's text of a generated page (seed 15101, gen-15102), in part: the same headline
# wrapped elsewhere (中共中央总书记习近平电 / 贺郑丽文当选中国国民党 / 主席), the lede
# saying its top line in a sentence's words (…习近平19日致电…: 日致 between).
HEADLINE_THE_LEDE_RESTATES = (
    '华东科技报\n09  教育  2025年8月6日  星期三\n暑运全国铁路发送旅客9.5亿人次\n'
    '图为7月21日，志愿者为老人测量血压。 新华社记者  万伟国摄\n据新华社电 记者2日从中国国家铁\n'
    '路集团有限公司获悉，7月1日至8月31\n日，为期62天的暑运落下帷幕，全国铁\n路累计发送旅客9.5亿人次，同比增长\n'
    '5.2%，日均发送旅客1,530万人次。\n暑运期间，铁路部门充分挖掘运输\n潜力，加开旅客列车，优化开行方案，\n'
    '增开夜间高铁和旅游列车，更好满足旅\n客出行需求。\n中共中央总书记习近平电\n贺郑丽文当选中国国民党\n主席\n'
    '新华社北京10月19日电\xa0\xa0中共中\n央总书记习近平19日致电郑丽文，祝贺\n其当选中国国民党主席，指出多年来两\n'
    '党在坚持“九二共识”、反对“台独”\n共同政治基础上，推动两岸交流合作，\n致力维护台海和平稳定，增进两岸同胞\n'
    '亲情福祉，成效积极。当前，世界百年\n变局加速演进，中华民族伟大复兴势不\n可挡。期望两党坚持共同政治基础，团\n'
)

# PyMuPDF's text of a generated page (seed 15101, gen-15106), in part: a paragraph's last
# line full and ending its sentence, then the next box's headline, one quotation whole with
# a clause mark inside, as wide as the column, over its subtitle and byline.
QUOTED_TITLE_AFTER_A_FULL_LINE = (
    '建人类命运共同体。\n化路径。\n推动技术迭代\n浦口经开区聚焦集成电路领域硬科\n技、关键核心技术、国产替代等重点，把\n'
    '芯片产业核心技术国产化替代作为攻坚方\n向，加速构建自主可控的产业生态圈。\n“内外贸同样重要，两条腿走路更稳妥”\n——写在活动启动之际\n'
    '本报记者  洪秋婷  李  刚\n图为6月13日，医生为村民义诊。\n新华社记者  邹阳辉摄\n填资料，扫二维码，领取资料单。阿\n'
    '里巴巴华南技术有限公司运营人员王洪斌\n已经接待了好几位参展商。“他们都打算\n入驻淘宝，我们这次参加广交会内外贸对\n'
    '接活动，就是想直面国内客户群体，吸纳\n'
)

# PyMuPDF's text of the committed page gen-0001: the same headline's three lines read as
# three title blocks (中共中央总书记习近平 / 电贺郑丽文当选中国国 / 民党主席).
HEADLINE_THE_LEDE_REPEATS_IN_THREE = (
    '元，建成冷库库容约30万吨，配\n备冷链分拣、加工、检测等设\n施，可为粤西地区水产品、热带\n水果等农产品提供“一站式”冷\n链服务。\n前4个月全国铁路完成\n货物发送量16.9亿吨\n新华社北京5月13日电（记\n'
    '者 刘 翔）记者13日从中国国家\n铁路集团有限公司获悉，今年前\n4个月，全国铁路完成货物发送\n量16.9亿吨，同比增长3.5%，日\n均装车18.2万车，保持高位运\n行。\n中共中央总书记习近平\n电贺郑丽文当选中国国\n'
    '民党主席\n新华社北京10 月19 日\n电\xa0\xa0中共中央总书记习近平19日\n致电郑丽文，祝贺其当选中国国\n民党主席，指出多年来两党在坚\n持“九二共识”、反对“台独”\n共同政治基础上，推动两岸交流\n'
    '合作，致力维护台海和平稳定，\n增进两岸同胞亲情福祉，成效积\n极。当前，世界百年变局加速演\n进，中华民族伟大复兴势不可\n挡。期望两党坚持共同政治基\n础，团结广大台湾同胞，增强做\n中国人的志气、骨气、底气，深\n'
    '化交流合作，促进共同发展，推\n进国家统一，坚定守护中华民族\n共同家园，守护两岸同胞根本利\n益，携手开创中华民族更加美好\n的未来。\n奋进新征程\n'
)

# Hand-made (a unit test, not evidence): a newspaper's tail printed under a brief on
# another subject, and a third head that echoes the tail's words as much as its own does.
ECHO_HEAD = "# 一张报纸陪伴一座城市\n\n本报讯（记者 王一）江城晚报今天迎来创刊七十周年，这张报纸陪伴了几代读者。\n\n"
# ... the same tail under a head whose subtitle, not its headline, says what it echoes.
ECHO_SUBTITLE_HEAD = ("# 城市记忆\n\n——写给陪伴一座城市七十年的一张报纸\n\n"
                      "本报讯（记者 王一）江城晚报今天迎来创刊七十周年，这张报纸陪伴了几代读者。\n\n")
ECHO_OTHER_HEAD = "# 一座城市的一张报纸\n\n本报讯（记者 赵三）市档案馆昨天展出一批旧报纸，吸引许多市民参观。\n\n"
ECHO_HOME = ("# 广东举办青年创业大赛\n\n本报讯（记者 李二）第五届青年创业大赛在深圳启动，大赛设六个赛道。\n\n"
             "主办方介绍，往届大赛吸引了四千多个创业团队参赛。\n\n"
             "七十年来，这张报纸换过十次版式，始终把镜头对准这座城市里的普通人，记录城市的变迁。\n")

# Hand-made (a unit test, not evidence; the shape of a pdfminer.six page): a head with no
# text, a brief's head and its text under it, then the first head's text, read on under the
# brief. The brief echoes its own title (盾构机, 订单); the text echoes the first head's
# (基本实现社会主义现代化) and none of the brief's.
BARE_HEAD = "# 确保基本实现社会主义现代化取得决定性进展\n\n新华社记者 王一\n\n"
BARE_HOME = ("# 国产大型盾构机订单排到明年\n\n本报讯（记者 刘二）记者从中国工程机械工业协会获悉，"
             "今年前5个月，国内企业大型盾构机出口订单同比增长两成以上，部分企业订单已排到明年上半年。\n\n")
BARE_TEXT = ("历史，正在书写新的篇章。\n\n"
             "2026年—2030年，“十五五”时期是基本实现社会主义现代化夯实基础、全面发力的关键时期。\n\n")

# Hand-made (a unit test, not evidence): a night market's report, then a report on a solar
# trade fair whose text is long enough to have said something, then a paragraph of the
# night market's read on under it, with no word of the fair's in it and none of the night
# market's headline either (its words are the text's: 摊主, 老胡, 凉面, 冰粉).
DISOWNED_TARGET = ("# 夜市经济持续升温\n\n本报讯（记者 王一）连日来，我市夜市人气旺盛，"
                   "摊主老胡的凉面每晚能卖出三百多碗，冰粉摊前也排起长队。\n\n")
DISOWNED_HOME = ("# 光伏企业组团参展\n\n本报讯（记者 李二）第五届国际光伏储能展览会昨天在慕尼黑开幕，"
                 "三十多家中国企业携新型储能产品参展。\n\n"
                 "参展企业负责人介绍，欧洲客户越来越看重产品质量和售后服务，订单比去年明显增加。\n\n")
DISOWNED_TAIL = "旁边卖冰粉的摊主打趣老胡：“明年夏天，咱俩还挨着摆凉面和冰粉？”\n"
# ... and two briefs on other subjects beside them, as a page has (the tail must lean to
# its article over others: disowned_min_rivals).
DISOWNED_OTHERS = ("# 图书馆延长开放时间\n\n本报讯（记者 赵三）市图书馆从下月起每周开放七天，读者可在网上预约座位。\n\n"
                   "# 地铁新线开通试运营\n\n本报讯（记者 钱四）地铁五号线二期今天开通试运营，沿线设站十二座。\n\n")

# PyMuPDF's text of generated pages (seeds 7401 and 9301, gen-7406 and gen-9307): a section
# heading between two paragraphs, short of a first line (12 in a 15-character column, whose
# first lines are 13) and wider than one (12 in an 11-character column).
HEADING_SHORT_OF_A_FIRST_LINE = '一根竹子“撑”起一条产\n业链\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者  邓  童\n初秋时节，走进长宁县竹海\n镇，漫山遍野的翠竹随风起伏。在\n镇上的一家竹木加工厂里，一根根\n竹子经过破竹、蒸煮、碳化、压制\n等工序，变成了竹地板、竹家具和\n竹制餐具。\n“过去卖原竹，一吨只能卖四\n五百元；现在加工成竹地板，价值\n能翻好几倍。”工厂负责人罗建华\n说，企业今年接到的订单比去年多\n了三成，产品销往全国20多个省\n份，还出口到东南亚。\n从“卖竹子”到“卖产品”\n长宁县是远近闻名的“竹子之\n乡”，全县竹林面积达80余万亩。\n近年来，当地围绕竹笋、竹材、竹\n浆纸、竹文旅等领域延链补链，引\n进培育竹产业企业120余家，竹产\n业综合产值突破百亿元。\n'
HEADING_WIDER_THAN_A_FIRST_LINE = '一根竹子“撑”起一条产业链\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者  邓  童\n初秋时节，走进长宁\n县竹海镇，漫山遍野的翠\n竹随风起伏。在镇上的一\n家竹木加工厂里，一根根\n竹子经过破竹、蒸煮、碳\n化、压制等工序，变成了\n竹地板、竹家具和竹制餐\n具。\n“过去卖原竹，一吨\n只能卖四五百元；现在加\n工成竹地板，价值能翻好\n几倍。”工厂负责人罗建\n图为工作人员巡检输电线\n路。 黄  平摄\n华说，企业今年接到的订\n单比去年多了三成，产品\n销往全国20多个省份，还\n出口到东南亚。\n从“卖竹子”到“卖产品”\n长宁县是远近闻名的\n“竹子之乡”，全县竹林\n面积达80余万亩。近年\n来，当地围绕竹笋、竹\n'

# pdftotext -layout (seed 8801, gen-8808) after LAY001: a paragraph's first line that ended
# its sentence at the measure, and the full line under it, which goes on.
UNDER_A_FIRST_LINE_THAT_ENDED = '坚定信心 实干争先 奋力谱写高质量发展新篇章\n\n让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者 杜 娟 通讯员\n编者按：近年来，古籍\n数字化工作稳步推进，越来\n越多的珍贵典籍从库房走向\n屏幕。古籍数字化究竟怎么\n做？普通读者能从中得到什\n么？本报记者走进一家古籍\n数字化中心，记录下工作者\n们平凡的一天。\n上午9点，位于杭州西\n郊的一座灰白色小楼里，扫\n描室的灯已经亮了。工作人\n员戴上白手套，把一册清代\n刻本轻轻放在V形书托上，\n调整好角度，按下快门。这\n台专用扫描仪每拍一页，都\n要在电脑上放大检查，确认\n没有阴影、没有卷边，才能\n翻到下一页。\n李一鸣\n一页古籍要经过几道工序？\n“扫描只是第一步。”\n中心负责人沈慧芳告诉记\n者，一页古籍从进门到上\n线，要经过登记、修复评\n估、扫描、图像处理、文字\n识别、人工校对、标引著录\n等十几道工序。破损严重的\n古籍要先送到隔壁的修复\n室，“书能不能翻，先得问\n修复师”。\n修复室里，修复师周晓\n'

# PyMuPDF (seed 7801, gen-7801): under a photo's caption that cut a title at a full line, a
# first line that ended its sentence at its last character, a full line under it.
FIRST_LINE_ENDED_UNDER_A_CAPTION = '球妇女峰会上发表主旨讲话，提出加速\n妇女全面发展新进程的中国主张，引起\n热烈反响。中方愿同与会各方从立法机\n构角度落实全球妇女峰会和中非合作论\n坛北京峰会成果，密切立法机构友好往\n来，加强治国理政经验交流，完善妇女\n权益法治保障，携手构建人类命运共\n图为医生为村民义诊。（资料图片）\n同体。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n图为志愿者为老人测量血压。\n钟  俊摄\n今年是“十四五”规划收官之年。\n5年间，从实现第一个百年奋斗目标到\n开启第二个百年奋斗目标新征程，从全\n面建成小康社会到促进全体人民共同富\n裕，中国经济社会发展取得新的开创性\n进展、突破性变革、历史性成就。接受\n本报记者采访的国际人士表示，“十四\n五”时期，中国经济总量连续跨越多个\n'

# PyMuPDF (seed 901, gen-0904): an article's last lines, then the next one's title wrapped
# onto a tail of four characters, no byline or dateline under it, over its text.
TITLE_OVER_A_FOUR_CHARACTER_TAIL = '示，全国秋粮收获近七成。分作物\n看，中稻过七成、玉米过六成、大\n豆\n图为10月19日，河南省济源市五龙口\n镇农民将刚收获的玉米上架晾晒。 苗\n秋闹摄（新华社发）\n过八成。分区域看，西南过八成，\n西北过七成，黄淮海过七成，东北\n和长江中下游六成半，华南近三\n成。\n前三季度我国服务贸易\n稳中有进\n进出口总额同比增长8.2%，其\n中出口增长12.5%，增速高于进口\n6.9个百分点。知识密集型服务贸\n易表现亮眼，个人文化和娱乐服\n'

# PyMuPDF (committed gen-0005): the page's slogan banner, then a kicker of four characters
# over the first headline.
KICKER_UNDER_THE_BANNER = '南岭日报\n01  社会  2025年12月20日  星期六\n坚定信心 实干争先 奋力谱写高质量发展新篇章\n一线调研\n首届县域商业发展大会在义乌举办\n图为6月5日，工人在生产线上忙碌。\n卢俊琳摄\n本报讯（记者 柳 文）首届\n县域商业发展大会日前在浙江义\n乌举办。来自全国200多个县的\n商务部门负责人和1,000多家企\n业代表参会，围绕县域商业体系\n建设、农产品上行、消费品下乡\n等议题开展交流。\n会上发布了一批县域商业发\n展典型案例，涵盖县级物流配送\n中心建设、乡镇商贸中心改造、\n农村电商发展等方面。与会代表\n认为，县域商业是连接城乡市场\n的重要纽带，要加快补齐县域商\n'

# PyMuPDF (seed 5401, gen-5406): the page's slogan banner over its first title, which
# wrapped onto a tail of three characters.
BANNER_OVER_A_TITLE_AND_ITS_TAIL = '第 1 页\n江南晨报\n02  经济  2025年9月27日  星期六\n在推进中国式现代化建设中走在前列\n铁凝出席非洲女性议员研讨班\n开班式\n新华社北京10 月19 日\n电\xa0\xa0全国人大常委会副委员长铁\n凝19日在京出席由全国人大举办\n的非洲女性议员研讨班开班式并\n致辞。她表示，习近平主席在全\n球妇女峰会上发表主旨讲话，提\n'

# PyMuPDF (seed 2001, gen-2004): a paragraph's line short by a bracket and what it holds
# and closes with (（套）。), which line breaking moves down whole.
# PDF text of a 南方日报 page (tests/pages/pdf-nanfang-01.txt): the page's edition line
# cut a paragraph after 食品安全, and the mark after it went down to the line under it.
MARK_PUSHED_UNDER_A_FOOTER = (
    "秋季学期开学 各地做好安全保障\n新华社北京9月2日电（记者 徐  壮）秋季学期开\n学之际，教育部近日"
    "印发通知，要求各地各校切实\n做好开学各项工作，扎实做好校园安全、食品安全\n南方日报  2025年9月3日"
    "  星期三  A05\n、传染病防控等工作，确保学生安全健康返校。\n通知要求，各地要全面排查校舍、消防、"
    "实验室等\n安全隐患，加强校园周边治安综合治理；严格落实\n校外培训监管要求，切实减轻学生过重课业负担。\n"
    "对于家庭经济困难学生，要按规定落实资助政策，\n")

# PyMuPDF (seed 1801, gen-1804): a caption cut a paragraph mid-sentence; the line under
# it holds digits and ends the sentence, a title line under it as wide as the column.
DIGITS_UNDER_A_CAPTION = (
    "广东举办粤港澳大湾区青年创新\n"
    "创业大赛\n"
    "南方日报讯（记者/朱 晓）\n"
    "9月2日，第五届粤港澳大湾区青\n"
    "年创新创业大赛在深圳前海启\n"
    "动。大赛设人工智能、生物医\n"
    "药、新能源等6个赛道，面向大\n"
    "湾区及海外青年创业团队征集项\n"
    "图为5月24日，工人在生产线上忙\n"
    "碌。（资料图片）\n"
    "目，总奖金池达600万元。\n"
    "蒙内铁路累计发送旅客超1300\n"
    "万人次\n"
    "新华社内罗毕10月19日电\n"
    "（记者 王 冠）肯尼亚蒙巴萨—\n"
    "内罗毕标准轨距铁路运营公司19\n"
    "日发布数据显示，蒙内铁路自\n"
    "2017年开通运营以来，累计发送\n"
    "旅客超过1300万人次，发送集装\n"
)

# PyMuPDF (seed 3101, gen-3102): a paragraph's first line, as wide as one, cut by a photo's
# caption inside a word (什 / 么), its last line under the caption.
FIRST_LINE_CUT_INSIDE_A_WORD = (
    "中共中央总书记习近平\n"
    "电贺郑丽文当选中国国\n"
    "民党主席\n"
    "新华社北京10 月19 日\n"
    "电\xa0\xa0中共中央总书记习近平19\n"
    "日致电郑丽文，祝贺其当选中\n"
    "国国民党主席，指出多年来两\n"
    "党在坚持“九二共识”、反对\n"
    "“台独”共同政治基础上，推\n"
    "动两岸交流合作，致力维护台\n"
    "海和平稳定，增进两岸同胞亲\n"
    "情福祉，成效积极。当前，世\n"
    "界百年变局加速演进，中华民\n"
    "族伟大复兴势不可挡。期望两\n"
    "党坚持共同政治基础，团结广\n"
    "大台湾同胞，增强做中国人的\n"
    "志气、骨气、底气，深化交流\n"
    "合作，促进共同发展，推进国\n"
    "家统一，坚定守护中华民族共\n"
    "同家园，守护两岸同胞根本利\n"
    "益，携手开创中华民族更加美\n"
    "好的未来。\n"
    "科技创新在一线\n"
    "要学“对不对”，也学“美\n"
    "不美”（中国道路中国\n"
    "梦·青春为中国式现代\n"
    "化挺膺担当）\n"
    "赵佳洁\n"
    "提起美术课，你会想到什\n"
    "图为工作人员巡检输电线路。 程  \n"
    "军摄\n"
    "么？\n"
    "（上接第六版）\n"
    "联起高铁南站、城南大学城和\n"
    "图为居民在公园晨练。 贾桂磊摄\n"
)

# PyMuPDF's text of a generated page (seed 8601, gen-8607), whole: a sheet break cut three
# boxes; after it, one box's run opens with the reporter's name that closes its open end's
# bracket (…中青网记者 / 叶雨婷）第二届…), another's with a fragment (，委政府…) after that
# run's finished paragraph, a third's with the word its end began (…早先从 / 巴勒斯坦…).
RUNS_OF_THREE_CUT_BOXES = (Path(__file__).resolve().parent / "fixtures"
                           / "sheet-break-runs-of-three-cut-boxes.txt").read_text(encoding="utf-8")

# PyMuPDF (seed 1901, gen-1904): the same paragraph's first line cut by a caption between two
# words (想到 / 什么？), the next paragraph's first line under its last.
FIRST_LINE_CUT_BETWEEN_WORDS = (
    "首批“古籍活化”精品项目名单公布\n本报北京3 月17 日电\n"
    "（记者 饶 翔）记者17日从\n有关部门获悉，首批“古籍\n"
    "活化”精品项目名单日前公\n布，共有42个项目入选，涵\n盖古籍整理出版、数字化开\n"
    "发、文创产品、展览展示等\n类别。\n入选项目中，既有面向\n专业研究者的大型影印丛\n"
    "书，也有面向青少年的古籍\n绘本和有声读物。有关负责\n人表示，将对入选项目给予\n"
    "出版资助和宣传推广支持，\n推动古籍保护成果更好地走\n进大众生活。\n"
    "要学“对不对”，也学\n“美不美”（中国道路\n中国梦·青春为中国\n"
    "式现代化挺膺担当）\n赵佳洁\n提起美术课，你会想到\n图为5月2日，农民在田间收割\n"
    "水稻。 新华社记者  孙  涛摄\n什么？\n传统印象中，它或许是\n"
    "课程表上容易被忽略的角\n落，是被主科挤占的“边缘\n课”。今天，随着德智体美\n"
    "劳“五育并举”愈发深入人\n心，美育不再是锦上添花的\n配饰，而逐步成为现代教育\n"
    "的“刚需”。美育发挥着滋\n养生命、塑造人格、启迪智\n慧的关键作用。在我的课堂\n"
    "里，美术是孩子们用画笔记\n录生活的生动实践，也是他\n们认识自我的一扇窗口。\n"
)

# PyMuPDF (seed 9401, gen-9401): the same cut between two words, another article's title
# under the paragraph's last line (it went on as that title's kicker).
CUT_BETWEEN_WORDS_OVER_A_TITLE = (
    "等农产品销往全国。“过去\n冷库不够用，旺季时很多货\n只能压价卖。”湛江一家水\n"
    "产企业负责人陈海生说，基\n地投运后，企业的产品可以\n在这里冷藏、分拣后直接装\n"
    "车发往各地，损耗率从过去\n的8%左右降到3%以下。\n要学“对不对”，也学\n"
    "“美不美”（中国道路\n中国梦·青春为中国\n式现代化挺膺担当）\n"
    "——写在活动启动之际\n赵佳洁\n提起美术课，你会想到\n图为游客在古镇街头拍照留\n"
    "念。 本报记者  戴  兰摄\n什么？\n前4个月全国铁路完\n"
    "成货物发送量16.9亿\n吨\n新华社北京5月13日电\n"
    "（记者 刘 翔）记者13日从\n中国国家铁路集团有限公司\n"
    "获悉，今年前4个月，全国\n铁路完成货物发送量16.9亿\n"
    "吨，同比增长3.5%，日均装\n车18.2万车，保持高位运\n行。\n"
)

SHORT_BY_A_BRACKETED_WORD = '国家文物局获悉：为迎接“5·18国际博物馆\n图为居民在公园晨练。 本报记者  高明颖摄\n日”，全国已有120余家博物馆推出夜间开放服\n务，部分场馆周五、周六延长开放至21:00，并\n同步推出夜间导览、文物修复体验、主题音乐会\n等活动。\n今年的博物馆日期间，各地还将集中推出一\n批新展。其中，由故宫博物院与法国吉美亚洲艺\n术博物馆（Musée Guimet）联合举办的“丝路遗\n珍” 特展，将展出两国馆藏文物160 余件\n（套）。\n本版责编：陈  阳  薛雪云  版式设计：卢勇辉\n'

# PyMuPDF (seed 1401, gen-1407): two photos' captions, the second one line that ends its
# sentence with no credit, over a section heading that asks.
HEADING_UNDER_A_CAPTION = '就。接受本报记者采访的国际人士表示，“十\n四五”时期，中国经济总量连续跨越多个台\n阶，中国经济持续高质量发展为全球经济复苏\n增长作出积极贡献，成为世界经济发展最稳\n定、最可靠、最积极的力量。\n多地开展新能源汽车下乡活动\n乡村道路上的“绿牌车”多了\n本报记者  杨  阳\n周末一大早，山东省沂南县铜井镇的农民\n王德胜就开着新买的新能源汽车，带着一家人\n去县城赶集。“一公里电费不到1毛钱，比烧\n油省多了。”王德胜说，这辆车是他在镇上的\n新能源汽车下乡活动中买的，享受了以旧换新\n补贴，还赶上了车企的优惠，算下来比原价便\n宜了2万多元。\n今年前三季度，新能源汽车在农村地区的\n销量同比增长超过40%，增速高于城市。随着\n充电设施加快向乡村延伸，越来越多的农民把\n新能源汽车开进了自家院子。\n下图：工作人员在乡镇充电站检修充电桩。 经济\n日报记者  杨  阳摄\n上图：沂南县铜井镇的新能源汽车下乡活动现场。\n充电设施跟上了吗？\n过去，“充电难”是农民买新能源汽车最\n大的顾虑。沂南县发展改革局负责人介绍，全\n县已建成公共充电桩1,200余个，实现乡镇充\n电站全覆盖，行政村充电设施覆盖率达到\n85%。村民在家门口就能充上电，“里程焦\n虑”明显缓解。\n国家能源局数据显示，截至9月底，全国\n充电基础设施总数达到1,800多万台，同比增\n长50%以上，其中乡村地区充电设施增长较\n快。一些地方还探索“光储充”一体化充电\n站，利用农村屋顶光伏为电动汽车充电，既降\n低了充电成本，也提高了新能源就地消纳能\n'

# PyMuPDF (seed 1101, gen-1107): the page's banner, a kicker, and a photo-news column's
# title under it, narrower.
KICKER_OVER_A_COLUMN_TITLE = '华东科技报\n2025年6月11日  星期三  第6版  综合\n学习贯彻全会精神\n走进产业园区\n图片报道\n——写在活动启动之际\n10月19日，第138届广交会第一期\n闭幕。本届广交会设立服务机器人专区\n图为10月15日，客商在第138届广交会服\n务机器人专区与人形机器人合影。 新华社\n记者  卢汉欣摄\n，引入数十家行业领先企业，聚焦服务\n'

# ... and of seed 8101 (gen-8104, gen-8102).
CHAINED_ACROSS_SHEETS = '集采药，拼质量才能护健康（人民时评）\n孙秀艳\n第十一批国家组织药品集中\n采购将于近期开标。前不久，国\n家医保局明确，此次集采将遵循\n“稳临床、保质量、防围标、反\n内卷”原则。其中，优化价差控\n制“锚点”的选择、不简单选用\n最低报价等新规则，直指仿制药\n领域的内卷问题。\n作为医疗保障领域改革中的\n（下转第13版）\n毕业季，他们为何选择“慢就\n业”？\n中青报·中青网记者  王  林  实习生  刘思远\n图①：一名应届毕业生在招聘会上咨询岗位信息。 中青报·中青网记者 李  \n强/摄\n7月毕业后，林远没有急着\n找工作。他报了一个为期3个月\n的编程训练营，每天从9点学到\n21:30 。“ 本科学的是市场营\n销，但我更想做产品经理，得先\n补补技术课。”他说。\n像林远这样毕业后暂不就业\n图②：毕业生在校园里拍摄毕业\n照。（资料图片）\n、继续学习或调整方向的年轻\n人，被称为“慢就业”群体。中\n国青年报社社会调查中心近期对\n1,502名受访者进行的一项调查\n显示，46.3% 的受访者身边有\n“慢就业”的同学或朋友。\n是“躺平”还是“充电”？\n调查中，受访者认为“慢就\n业”的主要原因包括：想多积累\n经验再做选择（58.4%）、准备\n考研考公（51.2%）、对自己的\n职业方向还不清楚（39.7%）。\n只有12.6%的受访者认为“慢就\n业”是在逃避就业压力。\n（上接第2版）\n重要一环，过去7年，国家组织\n药品集采已开展10批，累计成功\n采购435种药品。集采通过压缩\n中间环节“挤水分”，有效降低\n药品虚高价格，改变“带金销\n售”行业生态，显著减轻患者的\n用药负担。\n也要看到，以往的集采开标\n中，少数企业为了抢占市场，不\n惜报出过低价格“卷”同行，这\n种非理性竞争不仅扭曲市场秩\n图为7月20日，技术人员调试设\n备。（资料图片）\n“内外贸同样重要，两条腿走路\n更稳妥”\n本报记者  洪秋婷  李  刚\n第 2 页\n序，更埋下质量与供应隐患。个\n别企业中标后甚至出现断供停\n产，不仅给集采制度抹了黑，也\n影响了广大患者的用药安全和稳\n定。更值得关注的是，假如企业\n认为集采“唯低价”是取，可能\n会抑制创新动力——虽然集采本\n身不涉及新药，但如果企业利润\n被压缩至极限，研发新药、提升\n工艺的资金从何而来？\n第十一批集采的反内卷规\n则，正是对这些问题的精准回\n应。此次集采，企业出现超低报\n价的，需提供成本测算数据，并\n作出不低于成本报价的承诺，防\n止内卷和非理性报价。相关调整\n不是要抬高药价，而是要在“降\n负担”与“保质量”之间找到平\n衡点。\n'

DATELINE_OVER_A_FULL_LINE = '理塘县地处海拔4,000米以\n上的高原，日照充足，光伏资源\n丰富。该项目从开工到全容量并\n网用时不到10个月，本报曾对项\n目建设进展进行过连续报道。\n海滨公园“落日音乐\n会”每周六开唱\n本报讯（记者 林 楠）每逢\n周六傍晚，海滨公园的草坪上\n市民在海滨公园观赏落日。视觉中\n国供图\n都会响起悠扬的音乐。由市文化\n馆主办的“落日音乐会”自7月\n启动以来，已举办6场，吸引观\n'

# PyMuPDF's text of a generated page (d15901 gen-15904), its top: the headline over its
# photo, the photo's caption with no start word whole on the line under it (a finished
# sentence and its credit), then the text.
TITLE_OVER_A_CREDITED_CAPTION = '华东科技报\n2025年4月17日  星期四  第16版  教育\n海滨公园“落日音乐会”每周六开唱\n市民在海滨公园观赏落日。视觉中国供图\n本报讯（记者 林 楠）每逢周\n六傍晚，海滨公园的草坪上都会响\n起悠扬的音乐。由市文化馆主办的\n“落日音乐会”自7月启动以来，\n已举办6场，吸引观众2万多人次。\n（下转第14版）\n各地中小学课间普遍延长到15分\n钟\n本报记者  赵  兵\n课间铃声一响，北京市海淀区\n一所小学的操场上立刻热闹起来：\n跳绳、踢毽子、丢沙包……五年级\n'

# ... (gen-15905), in part: a lede its column cut mid-sentence (…得到什么？本报), then the
# next box's title at the column's measure, wrapped onto a tail, over its byline alone.
TITLE_AFTER_A_CUT_LEDE = '让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n图为工作人员对一册清代刻本进行高清扫描。（资料图片）\n编者按：近年来，古籍数字化工\n作稳步推进，越来越多的珍贵典籍从\n库房走向屏幕。古籍数字化究竟怎么\n做？普通读者能从中得到什么？本报\n确保基本实现社会主义现代化取得\n决定性进展\n新华社记者\n历史，正在书写新的篇章。\n10月20日至23日，党的二十届四\n中全会在北京召开。会议将审议《中\n共中央关于制定国民经济和社会发展\n第十五个五年规划的建议》，为未来\n五年中国发展擘画蓝图。\n'

# ... the same page's first sheet and the top of its second: two boxes cut mid-sentence by
# the sheet break (the lede above, …本报, and a tail under a jump marker, …2016年进入),
# their rests after the break in the same order.
TWO_BOXES_CUT_AT_THE_SHEET_BREAK = '多地开展新能源汽车下乡活动\n乡村道路上的“绿牌车”多了\n本报记者  杨  阳\n周末一大早，山东省沂南县铜井\n镇的农民王德胜就开着新买的新能源\n汽车，带着一家人去县城赶集。“一\n公里电费不到1毛钱，比烧油省多\n了。”王德胜说，这辆车是他在镇上\n的新能源汽车下乡活动中买的，享受\n了以旧换新补贴，还赶上了车企的优\n惠，算下来比原价便宜了2万多元。\n下图：工作人员在乡镇充电站检修充电\n桩。 经济日报记者  杨  阳摄\n今年前三季度，新能源汽车在农\n村地区的销量同比增长超过40%，增\n速高于城市。随着充电设施加快向乡\n村延伸，越来越多的农民把新能源汽\n车开进了自家院子。\n充电设施跟上了吗？\n上图：沂南县铜井镇的新能源汽车下乡\n活动现场。\n过去，“充电难”是农民买新能\n源汽车最大的顾虑。沂南县发展改革\n局负责人介绍，全县已建成公共充电\n桩1,200余个，实现乡镇充电站全覆\n盖，行政村充电设施覆盖率达到\n85%。村民在家门口就能充上电，\n“里程焦虑”明显缓解。\n国家能源局数据显示，截至9月\n底，全国充电基础设施总数达到\n1,800多万台，同比增长50%以上，其\n中乡村地区充电设施增长较快。一些\n地方还探索“光储充”一体化充电\n站，利用农村屋顶光伏为电动汽车充\n电，既降低了充电成本，也提高了新\n能源就地消纳能力。\n（下转第16版）\n中欧班列（广州）今年\n开行突破500列\n中新社广州9月2日电（记者 郭\n军）记者2日从广州海关获悉，今年\n以来，中欧班列（广州）已开行超过\n500列，运送货物近5万标箱，货值约\n120亿元，开行数量和货值均创同期\n新高。\n图为9月2日，一列满载货物的中欧班列\n从广州国际港驶出。 新华社记者  刘大\n伟摄\n让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n图为工作人员对一册清代刻本进行高清扫描。（资料图片）\n编者按：近年来，古籍数字化工\n作稳步推进，越来越多的珍贵典籍从\n库房走向屏幕。古籍数字化究竟怎么\n做？普通读者能从中得到什么？本报\n确保基本实现社会主义现代化取得\n决定性进展\n新华社记者\n历史，正在书写新的篇章。\n10月20日至23日，党的二十届四\n中全会在北京召开。会议将审议《中\n共中央关于制定国民经济和社会发展\n第十五个五年规划的建议》，为未来\n五年中国发展擘画蓝图。\n（上接第2版）\n车企怎么看：\n“农村市场是新能源汽车的下一\n个增长点。”一家车企销售负责人\n说，农村用户更看重实用性和性价\n比，企业推出了续航长、底盘高、空\n间大的车型，并在县城布局售后服务\n网点。据统计，这家企业2016年进入\n第 2 页\n记者走进一家古籍数字化中心，记录\n下工作者们平凡的一天。\n上午9点，位于杭州西郊的一座\n灰白色小楼里，扫描室的灯已经亮\n了。工作人员戴上白手套，把一册清\n代刻本轻轻放在V形书托上，调整好\n角度，按下快门。这台专用扫描仪每\n拍一页，都要在电脑上放大检查，确\n认没有阴影、没有卷边，才能翻到下\n一页。\n县域市场时只有十几家门店，如今已\n在全国1,600多个县设有销售和服务\n网点。\n'


# Hand-made, after PyMuPDF's reading of generated pages: a paragraph cut by its column
# (…全区已建成), the next box's title read on as its last line, the title's tail ending in
# its column's tag on a line of its own, and a bare name (a commentary's signature).
TAGGED_TITLE_TAIL_OVER_BARE_NAME = (
    '午后，“暖心饭”里\n坐满了前来就餐的老人和\n孩子。城东街道办事处的\n负责人介绍，全区已建成\n'
    '从“一碗面”看民生\n温度（记者手记）\n赵平安\n“今天的面还是老味\n道。”一位老人端着碗笑\n'
    '图为老人在社区食堂就\n餐。\n受访单位供图\n着说。小小一碗面，连着\n千家万户的生活。\n'
)
# Hand-made: an article's head over no text of its own but one line its column cut
# (清晨6时10分，随着一声长), then the next box's title, its tag, subtitle and bare name.
CUT_FIRST_LINE_UNDER_BYLINE = (
    '“这座桥连起了两岸\n的好日子”\n——一线蹲点见闻\n本报记者  周海峰\n'
    '清晨6时10分，随着一声长\n社区书屋也能“出新招”\n（微观）\n——来自基层的报道\n赵平安\n'
    '社区书屋，也能“出新招”？今\n年以来，全区新建社区书屋20家，\n藏书超过5万册，吸引了不少居民\n前来借阅，书屋里常常座无虚席。\n'
)
# Hand-made: a title that asks, wrapped after its question word's clause (市民为何爱上 /
# “城市书房”？), over its byline.
QUESTION_WRAPPED_OVER_BYLINE = (
    '城东新闻\n2025年3月2日  星期日  第5版  综合\n'
    '老茶馆变身社区书房\n本报记者  林  岚\n'
    '老街的茶馆改成了书房，\n书房里摆满了新书和老照片，\n吸引了不少居民前来。\n'
    '市民为何爱上\n“城市书房”？\n本报记者  吴  越\n'
    '周末的城市书房里座无虚\n席。读者们安静地翻着书，\n不时有人低声交流心得。\n'
)
# Hand-made page tops for the title stacks of the reading-order converters (PyMuPDF,
# pdftotext -raw): an article with its byline, then another head.
STACK_TOP = "江城日报\n2025年6月2日 星期一 第5版 要闻\n"
STACK_FIRST = ("社区食堂开到家门口\n本报记者  周  雷\n清晨六点，家住城东社区的刘\n"
               "大爷就来到食堂吃早饭。过去一\n日三餐全靠自己做，如今花上几\n块钱就能吃得舒心。\n")
# After PyMuPDF's text of seed 7401 (gen-7401): a title wrapped onto a tail half as wide,
# no word across the break the list is sure of (大山, 山里), straight over its text.
TITLE_OVER_A_HALF_TAIL = STACK_TOP + STACK_FIRST + (
    "大学生“村播”带火大\n山里的土货\n直播间里，贺晓雨把刚摘下的猕\n"
    "猴桃切开，对着镜头展示果肉的\n颜色。“咱们的猕猴桃是山里种\n的，甜得很。”她说。\n")
# After PyMuPDF's text of seed 17401 (gen-17408): a headline filling two lines of an
# 11-em cell, a digit in the upper (6.5 wide, 7 below), over its dateline.
TITLE_EVEN_BUT_A_DIGIT = STACK_TOP + STACK_FIRST + (
    "地铁5号线二期\n后天开通试运营\n江城晚报讯（记者 胡  杰）7日，记\n"
    "者从市轨道交通集团获悉，地铁5\n号线二期工程将于后天开通试运\n营，沿线居民出行将更加方便。\n")
# After PyMuPDF's text of seed 1101 (gen-1108): the page's banner, as wide as the text's
# measure and more, over the first title, no word across the break.
BANNER_OVER_FIRST_TITLE = (
    "江城日报\n2025年8月21日 星期四 第6版 综合\n在推进中国式现代化建设中走在前列\n一座县城的百年影像\n"
    "——读《山河故人：南屏县影像志》\n赵  鹏\n这是一本特别的图书。它收录了\n南屏县文化馆三代摄影工作者拍\n"
    "摄的老照片，记录了县城百年来\n的变迁。翻开书页，老街、码头\n和学堂一一呈现在读者眼前，许\n"
    "多照片是第一次公开发表。编者\n说，希望更多人记住县城的过去。\n")
# Hand-made, after pypdfium2's reading of a generated page: a title broken after a closing
# quotation mark, before the comma that follows it (要学“对不对” / ，也学“美不美”…, seed
# 1501), over its byline and text.
TITLE_BROKEN_BEFORE_A_COMMA = (
    '城东新闻\n2025年3月2日  星期日  第5版  综合\n'
    '老茶馆变身社区书房\n本报记者  林  岚\n'
    '老街的茶馆改成了书房，\n书房里摆满了新书和老照片，\n吸引了不少居民前来。\n'
    '要读“新不新”\n，也读“好不好”\n本报记者  吴  越\n'
    '周末的城市书房里座无虚\n席。读者们安静地翻着书，\n不时有人低声交流心得。\n'
)
# Hand-made, after PyMuPDF's reading of a generated page: an article's first text under its
# byline and a photo's caption, cut by its column on a line of one character (的); the next
# box's title, subtitle and text; another article closed by its editor's note's signature
# (——编  者); then the first article's rest (历史的社区书房。…), its head a bare sentence.
TITLE_AFTER_TEXT_UNDER_BYLINE = (
    '城东新闻\n2025年3月2日  星期日  第5版  综合\n'
    '老茶馆变身社区书房\n本报记者  林  岚\n图为居民在书房里读书。\n本报记者  林  岚摄\n'
    '城东老街的百年茶馆清风\n阁，是一座有着一百二十多年\n的\n'
    '年轻人带火老街里的夜\n市摊\n——来自基层一线的调查\n'
    '的摊位前，小周把刚烤好\n的糕点装进纸袋，递给排队的\n顾客。一晚上，她一共卖出\n了三百多份糕点，收入可观。\n'
    '小周是城东一所大学的学\n生。今年暑假，她和同学们\n一起在老街摆摊，体验生活。\n'
    '前三季度居民收入稳步增长\n本报记者  吴  越\n'
    '国家统计局近日发布数据\n显示，前三季度全国居民人\n均可支配收入实际增长较快。\n——编  者\n'
    '历史的社区书房。去年，在\n外打拼的小陈回到了家乡，把\n这座老茶馆改成了书房，里面\n摆满了新书，周末座无虚席。\n'
)
# Hand-made, after PyMuPDF's reading of a generated page: a paragraph's last sentence on a
# full line, then the next box's kicker and headline, each as wide as the column, read on
# as the paragraph's lines right over the headline's byline.
KICKER_AND_HEADLINE_AT_COLUMN_WIDTH = (
    '城东新闻\n2025年3月2日  星期日  第5版  综合\n'
    '老茶馆变身社区书房\n本报记者  林  岚\n'
    '城东老街的百年茶馆改成\n了社区书房，书房里摆满了新\n书和老照片，吸引了不少居\n民前来，周末常常座无虚席。\n'
    '多地加快推进城市书房的建设\n市民家门口有了“城市书房”\n本报记者  吴  越\n'
    '周末的城市书房里座无虚\n席。读者们安静地翻着书，\n不时有人低声交流心得。\n'
)

# Hand-made: an article whose text is one sentence, then its other paragraphs (3月1日，…);
# the next article ends in a pull quote, one quotation whole, that ends no sentence.
RUN_UNDER_A_PULL_QUOTE = (
    '城东新闻\n2025年3月2日  星期日  第5版  综合\n'
    '乡村书屋建设提速\n本报记者  张  明\n'
    '春天，正在乡间悄悄到来。\n'
    '3月1日，省文化和旅游厅召开\n全省乡村阅读工作会议。会议提出，\n今年将新建乡村书屋500家，为书屋\n配送图书100万册，让村民在家门口\n就能读到好书。\n'
    '各地书屋将延长开放时间，组织\n读书会、亲子阅读等活动，吸引更多\n村民走进书屋，养成阅读习惯。\n'
    '“书屋里的好书越来越多”\n本报记者  李  华\n'
    '走进河西村的乡村书屋，十几位\n村民正在安静地读书。管理员说，书\n屋配送的图书越来越多，村民阅读的\n热情很高。\n'
    '“乡村书屋让阅读成为村民的习\n惯”\n'
)


# Hand-made: an article, then a title wrapped onto its tail (…新的历 / 史篇章: 历史 is a word
# of the page's text and of the word list) straight over its text, no byline under it.
TITLE_OVER_ITS_TAIL_OVER_TEXT = (
    '城东新闻\n2025年3月2日  星期日  第5版  综合\n'
    '老茶馆变身社区书房\n本报记者  林  岚\n'
    '城东老街的百年茶馆改成了社区书\n房，书房里摆满了新书和老照片，吸\n引了不少居民前来，周末常常座无虚\n'
    '席，书房也成了老街的新地标。\n'
    '社区负责人介绍，书房开放半年来，\n已举办读书会四十多场，居民们说，\n在家门口就能读书看报，日子过得更\n'
    '有滋味了。\n'
    '守护老街记忆  续写社区新的历\n史篇章\n'
    '老街的一砖一瓦都藏着故事，书房\n的墙上挂满了居民捐来的老照片，记\n录下老街几十年来的历史变迁。\n'
)


# Hand-made: a paragraph its column cut mid-sentence (its last line a character short of
# the measure), then the next box's head: a title's first line read on under the cut
# line, its second set apart as a line of its own, a subtitle over two lines, a byline.
TITLE_FIRST_LINE_UNDER_A_CUT = (
    '老街修了座新桥，连通了\n河两岸的居民和学校，为\n大家带来方便。\n'
    '老人们70岁上下，在\n河边老屋住了半辈子，和\n许多住在这条街的老邻居\n一样，他们的儿女早先\n'
    '一座新桥，连起\n两岸的百年情谊\n——写在江城大桥通\n车五周年之际\n本报记者  李  华  王  明\n'
    '2020年5月5日上午，\n江城大桥正式通车，从\n此两岸居民告别了绕行\n的日子。\n'
)


# Hand-made: a commentary's title wrapped in a narrow column over its column's tag, a long
# one in brackets on four lines of its own, a subtitle, a bare byline.
TITLE_OVER_A_LONG_TAG = (
    '作为社区服务体系的重\n要一环，过去5年，城区\n已建成社区食堂120家，\n累计服务老人300万人\n'
    '次。食堂通过集中采购\n降低成本，让老人花得\n少、吃得好，显著减轻\n了家庭的负担。\n'
    '坚持以人民为中\n心的发展思想\n（深入学习贯彻新\n时代城市工作会议\n精神·读《城市工\n作文集》专家谈）\n'
    '——来自三个城区的\n调研\n李  明  赵  兰\n'
    '城市是人民的城市，\n人民城市人民建。做好\n城市工作，必须坚持以\n人民为中心的发展思想。\n'
)


CASES = [
    # A title read on from a cut paragraph whose tail ends in its column's tag, over a bare
    # name: no paragraph's line ends in a tag, so the name signs the title (CLS015).
    Case("tagged-title-tail-over-a-bare-name-is-split-off", "CLS015",
         TAGGED_TITLE_TAIL_OVER_BARE_NAME, None,
         {"a1.headline": "从“一碗面”看民生温度（记者手记）", "a1.byline": "赵平安",
          "not_text": "已建成从"}),
    # ... not where the title ends in no tag: a bare name under a cut paragraph is as often
    # the text's, and the line stays the paragraph's.
    Case("untagged-title-tail-over-a-bare-name-stays-text", "CLS015",
         TAGGED_TITLE_TAIL_OVER_BARE_NAME.replace("温度（记者手记）", "温度的记者手记"), None,
         {"text": "已建成从“一碗面”看民生"}),
    # A text's first line right under its byline, cut by its column, over the next box's
    # title: the byline's article's text, not that title's first line.
    Case("cut-first-line-under-a-byline-is-no-title-line", "CLS015",
         CUT_FIRST_LINE_UNDER_BYLINE, None,
         {"a1.headline": "社区书屋也能“出新招”（微观）", "not_text": "一声长社区"}),
    # ... and so past a photo's caption under the byline.
    Case("cut-first-line-under-a-byline-and-caption-is-no-title-line", "CLS015",
         CUT_FIRST_LINE_UNDER_BYLINE.replace(
             "本报记者  周海峰\n", "本报记者  周海峰\n图为江面上的大桥。 新华社发\n"), None,
         {"a1.headline": "社区书屋也能“出新招”（微观）", "not_text": "一声长社区"}),
    # A title line over a line that opens with a comma: no printed line does (避头), so the
    # converter broke one line in two, one headline, no kicker (CLS015's unstarting_marks).
    Case("title-line-over-a-line-opening-with-a-comma-is-one-title", "CLS015",
         TITLE_BROKEN_BEFORE_A_COMMA, None,
         {"a1.headline": "要读“新不新”，也读“好不好”", "a1.kicker": None}),
    # ... over a line that opens with a character, the upper line is its kicker still.
    Case("kicker-over-a-line-opening-with-a-character-stays", "CLS006",
         TITLE_BROKEN_BEFORE_A_COMMA.replace("，也读", "也读"), None,
         {"a1.headline": "也读“好不好”", "a1.kicker": "要读“新不新”"}),
    # A title line that holds a question word, over a line that asks: one question wrapped,
    # no kicker over a headline (CLS015's open_questions).
    Case("question-word-line-over-an-asking-line-is-one-title", "CLS015",
         QUESTION_WRAPPED_OVER_BYLINE, None,
         {"a1.headline": "市民为何爱上“城市书房”？", "a1.kicker": None}),
    # ... a line with none over it is its kicker still.
    Case("kicker-with-no-question-word-over-an-asking-line-stays", "CLS006",
         QUESTION_WRAPPED_OVER_BYLINE.replace("市民为何爱上", "关注全民阅读"), None,
         {"a1.headline": "“城市书房”？", "a1.kicker": "关注全民阅读"}),
    # A title line over a tail at most half as wide (short_tail_chars, short_tail_share),
    # straight over its text: one title wrapped, no kicker over a headline (no headline
    # but a photo-news column's title is narrower than its kicker) ...
    Case("title-over-a-tail-half-as-wide-is-one-title", "CLS017", TITLE_OVER_A_HALF_TAIL, None,
         {"a1.headline": "大学生“村播”带火大山里的土货", "a1.kicker": None}),
    # ... a line as wide over it is its kicker still.
    Case("kicker-over-a-headline-as-wide-stays", "CLS006",
         TITLE_OVER_A_HALF_TAIL.replace("大学生“村播”带火大\n", "新春走基层\n"), None,
         {"a1.headline": "山里的土货", "a1.kicker": "新春走基层"}),
    # Two title lines less than a character apart whatever a digit prints: one headline
    # that filled two lines of its box (CLS015's even_min) ...
    Case("title-lines-as-wide-but-for-a-digit-are-one-title", "CLS015", TITLE_EVEN_BUT_A_DIGIT,
         None, {"a1.headline": "地铁5号线二期后天开通试运营", "a1.kicker": None}),
    # ... but not a line a character narrower, with no digit (a kicker over its headline) ...
    Case("kicker-a-character-narrower-stays", "CLS006",
         TITLE_EVEN_BUT_A_DIGIT.replace("地铁5号线二期\n后天开通试运营\n", "城市更新进行时\n小茶叶撬动大产业\n"),
         None, {"a1.headline": "小茶叶撬动大产业", "a1.kicker": "城市更新进行时"}),
    # ... nor one that prints a character apart or more, digit and all.
    Case("kicker-with-a-digit-a-character-narrower-stays", "CLS006",
         TITLE_EVEN_BUT_A_DIGIT.replace("后天开通试运营\n", "后天开通试运营了\n"),
         None, {"a1.headline": "后天开通试运营了", "a1.kicker": "地铁5号线二期"}),
    # The page's banner (as wide as the text's measure, unpunctuated, no word across) over
    # a title half as wide is no line of that title ...
    Case("banner-over-the-first-title-is-no-line-of-it", "CLS015", BANNER_OVER_FIRST_TITLE,
         None, {"a0.headline": "一座县城的百年影像", "a0.subtitle": "——读《山河故人：南屏县影像志》"}),
    # ... but a title's first line at the top, short of the measure, wraps onto its tail ...
    Case("title-short-of-the-measure-at-the-top-is-one-title", "CLS015",
         BANNER_OVER_FIRST_TITLE.replace("在推进中国式现代化建设中走在前列\n一座县城的百年影像\n",
                                         "联合国粮农组织呼吁加大\n农业投资\n"),
         None, {"a0.headline": "联合国粮农组织呼吁加大农业投资", "a0.kicker": None}),
    # ... and so does one that holds a clause mark, which no banner does.
    Case("title-with-a-comma-at-the-top-is-one-title", "CLS015",
         BANNER_OVER_FIRST_TITLE.replace("在推进中国式现代化建设中走在前列\n一座县城的百年影像\n",
                                         "引领未来，中国做\n对了什么\n"),
         None, {"a0.headline": "引领未来，中国做对了什么", "a0.kicker": None}),
    # Lines with a clause mark right under a byline (past a photo's caption) are that
    # article's text, cut by its column, not a line of the title under them; its rest, a
    # bare sentence under another article's signed editor's note, goes back to it by its
    # headline's words (MOVE001).
    Case("text-under-a-byline-is-no-title-line", "CLS015",
         TITLE_AFTER_TEXT_UNDER_BYLINE, None,
         {"a1.headline": "年轻人带火老街里的夜市摊", "a1.subtitle": "——来自基层一线的调查",
          "not_text": "多年的年轻人"}),
    Case("run-under-a-signed-note-goes-back-by-its-title-words", "MOVE001",
         TITLE_AFTER_TEXT_UNDER_BYLINE, True,
         {"text": "一百二十多年的历史的社区书房。", "not_text": "——编  者\n\n历史的"}),
    # Two lines as wide as the column, no mark in them, after a paragraph's last sentence
    # and right over a byline: a kicker over its headline, no paragraph's lines (CLS015).
    # A clause mark inside the upper line and a sentence's end inside the wider line under
    # it: a paragraph's first lines (the first short by OCR's dropped indent), no kicker
    # over a headline, whatever stands under them (CLS015, in OCR's blocks).
    Case("first-lines-holding-clause-marks-are-no-kicker-over-a-headline", "CLS015",
         OCR_FIRST_LINES_OVER_A_DATELINE, None,
         {"text": "10月20日至23日，党的二十届四中全会在北京召开。会议将",
          "not_text": "## 10月20日"}),
    # ... a kicker holding no clause mark over a headline that holds one, in the same place,
    # is still a kicker over its headline.
    Case("kicker-with-no-clause-mark-over-a-headline-with-one-is-split", "CLS015",
         OCR_FIRST_LINES_OVER_A_DATELINE.replace("10月20日至23日，党的二十", "老旧小区改造惠及千家万户")
         .replace("届四中全会在北京召开。会议将", "加装电梯后，张大爷天天下楼"), None,
         {"a1.kicker": "老旧小区改造惠及千家万户", "text": "# 加装电梯后，张大爷天天下楼"}),
    Case("kicker-and-headline-at-column-width-over-a-byline", "CLS015",
         KICKER_AND_HEADLINE_AT_COLUMN_WIDTH, None,
         {"a1.kicker": "多地加快推进城市书房的建设", "a1.headline": "市民家门口有了“城市书房”",
          "a1.byline": "本报记者  吴  越"}),
    # ... a last line shorter than the first is one headline wrapped, as before.
    Case("title-wrapped-onto-a-shorter-line-over-a-byline", "CLS015",
         KICKER_AND_HEADLINE_AT_COLUMN_WIDTH.replace("市民家门口有了“城市书房”", "市民家门口有了城市书"),
         None, {"a1.kicker": None, "a1.headline": "多地加快推进城市书房的建设市民家门口有了城市书"}),
    # With no byline under it, a title line over its tail, the break inside a word (历史),
    # straight over its text: one title wrapped, not a line of text and its tail (CLS015).
    Case("title-over-its-tail-over-text-is-one-title", "CLS015", TITLE_OVER_ITS_TAIL_OVER_TEXT,
         True, {"text": "## 守护老街记忆  续写社区新的历史篇章\n\n老街"}),
    # ... not where no word spans the break (…新的故事 / 和新篇章): the lines stay as read.
    Case("title-over-a-tail-with-no-word-across-stays", "CLS015",
         TITLE_OVER_ITS_TAIL_OVER_TEXT.replace("新的历\n史篇章", "新的故事\n和新篇章"),
         False, {"not_text": "## 守护"}),
    # ... and a stack of lines short of the measure, under a title line that ends on a
    # colon, is CLS017's to join, its three lines one section heading (taken two by two
    # from the foot, the colon's line would be left a heading of its own).
    Case("title-line-over-its-tail-under-a-colon-line-is-read-whole", "CLS015",
         TITLE_OVER_ITS_TAIL_OVER_TEXT.replace("守护老街记忆  续写社区新的历\n史篇章",
                                               "城东老街社区书房：\n探索老街文化保护新路\n径"),
         None, {"text": "## 城东老街社区书房：探索老街文化保护新路径\n\n老街"}),
    # A paragraph that is one quotation whole (a pull quote) ends no sentence but leaves
    # none open: the run of the article above is not moved under it.
    Case("pull-quote-takes-no-run", "MOVE001", RUN_UNDER_A_PULL_QUOTE, False,
         {"text": "悄悄到来。\n\n3月1日"}),
    # ... a paragraph cut mid-sentence there takes it.
    Case("cut-paragraph-takes-the-run", "MOVE001",
         RUN_UNDER_A_PULL_QUOTE.replace("“乡村书屋让阅读成为村民的习\n惯”\n",
                                        "管理员说，今年书屋还要添置一批\n新书，让村民\n"),
         True, {"not_text": "悄悄到来。\n\n3月1日"}),
    # A line with no mark over a caption's only line (a sentence and its credit), no word
    # across the break: the headline over its photo, not the caption's first line.
    Case("title-over-a-credited-caption-is-no-caption-line", "BLK005",
         TITLE_OVER_A_CREDITED_CAPTION, None,
         {"a0.headline": "海滨公园“落日音乐会”每周六开唱",
          "a0.captions": ["市民在海滨公园观赏落日。视觉中国供图"]}),
    # ... but a caption's first line that is a clause of its sentence stays the caption's.
    Case("caption-first-clause-over-its-credit-stays-caption", "BLK005",
         TITLE_OVER_A_CREDITED_CAPTION.replace("海滨公园“落日音乐会”每周六开唱\n市民在海滨公园",
                                               "傍晚时分，市民们来到海滨公园\n在草坪上"),
         None, {"captions": ["傍晚时分，市民们来到海滨公园在草坪上观赏落日。视觉中国供图"]}),
    # ... nor one with no mark whose break falls inside a word the page prints (…来到海滨公 /
    # 园观赏落日…, 海滨公园 in the text): the caption's first line, set across its photo.
    Case("caption-first-line-breaking-a-word-stays-caption", "BLK005",
         TITLE_OVER_A_CREDITED_CAPTION.replace(
             "海滨公园“落日音乐会”每周六开唱\n市民在海滨公园观赏落日。",
             "每到傍晚许多市民都会相约来到海滨公\n园观赏落日和拍照留念。"),
         None, {"captions": ["每到傍晚许多市民都会相约来到海滨公园观赏落日和拍照留念。视觉中国供图"]}),
    # A title read on under a lede its column cut mid-sentence, right over its byline: no
    # paragraph runs on into a byline, so the lines after the lede's last marked line,
    # no word across the break, are the next box's title.
    Case("title-after-a-cut-lede-over-a-byline-is-split-off", "CLS015", TITLE_AFTER_A_CUT_LEDE,
         None, {"a1.headline": "确保基本实现社会主义现代化取得决定性进展",
                "text": "普通读者能从中得到什么？本报\n\n# 确保"}),
    # ... not where the line under the lede holds a clause's mark: it is the lede's.
    Case("marked-line-after-a-cut-lede-stays-text", "CLS015",
         TITLE_AFTER_A_CUT_LEDE.replace("确保基本实现社会主义现代化取得\n决定性进展",
                                        "确保基本实现，社会主义现代化取\n得决定性进展"),
         None, {"text": "本报确保基本实现，社会主义现代化取得决定性进展"}),
    # ... nor where the break under the lede's last marked line falls inside a word the
    # page's text prints (…本报 / 记者走进…, 本报记者 in a paragraph): the lede goes on.
    Case("lede-going-on-inside-a-word-stays-text", "CLS015",
         TITLE_AFTER_A_CUT_LEDE.replace("确保基本实现社会主义现代化取得\n决定性进展",
                                        "记者走进一家古籍数字化中心记录\n下工作者们平凡的一天").replace(
             "五年中国发展擘画蓝图。\n", "五年中国发展擘画蓝图。本报记者\n将持续关注会议进展。\n"),
         None, {"text": "本报记者走进一家古籍数字化中心记录下工作者们平凡的一天"}),
    # ... nor where the line under it is wider than it: that line did not fill its column,
    # so no column cut the lede there (a title is set no wider than the column).
    Case("line-wider-than-a-lede-line-stays-text", "CLS015",
         TITLE_AFTER_A_CUT_LEDE.replace("确保基本实现社会主义现代化取得\n决定性进展",
                                        "记者走进一家古籍数字化中心记录下\n工作者们平凡的一天").replace(
             "得到什么？本报\n", "得到什么本报\n"),
         None, {"text": "本报记者走进一家古籍数字化中心记录下工作者们平凡的一天"}),
    # Two boxes cut mid-sentence by a sheet break: the run read on from the tail under the
    # jump marker ends at the break, and the rests after it go on in the boxes' order.
    Case("sheet-break-ends-a-run-read-on-across-it", "MOVE001", TWO_BOXES_CUT_AT_THE_SHEET_BREAK,
         True, {"text": "本报记者走进一家古籍数字化中心，记录下工作者们平凡的一天。\n\n上午9点",
                "not_text": "进入记者走进"}),
    # normalise
    Case("nfc", "NRM001", f"# 标题\n\n{P}Cafe\u0301很好。\n", True, {"text": "Café很好"}),
    Case("nfc-keeps-chinese-punctuation", "NRM001", f"# 标题\n\n{P}他说：“好（一）！”\n", False,
         {"text": "他说：“好（一）！”"}),
    Case("invisible", "NRM002", f"# 标题\n\n{P}网\u200b格化管\u00ad理。\n", True,
         {"text": "网格化管理。"}),
    Case("invisible-keeps-spaces", "NRM002", "# 标题\n\n本报记者 赵  兵\n\n" + P + "\n", False,
         {"a0.byline": "本报记者 赵  兵"}),
    Case("ocr-spacing", "NRM003", f"# 标题\n\n{P}记者获 悉 ： 为 迎 接 国 际 博 物 馆 日，活动多。\n", True,
         {"text": "记者获悉：为迎接国际博物馆日，活动多。"}),
    Case("ocr-spacing-with-numbers", "NRM003",
         f"# 标题\n\n新 华 社 北 京 10 月 19 日 电 记者获悉，活动多。\n", True,
         {"text": "新华社北京10月19日电记者获悉，活动多。"}),
    Case("ocr-spacing-keeps-numbers-apart", "NRM003",
         f"# 标题\n\n{P}比 分 为 3 2 和 1 0 两 场 胜 利。\n", False,
         {"text": "比 分 为 3 2 和 1 0 两 场 胜 利。"}),
    Case("ocr-spacing-keeps-names", "NRM003", f"# 标题\n\n本报记者 李 非 黄 婧\n\n{P}\n", False,
         {"a0.byline": "本报记者 李 非 黄 婧"}),
    Case("halfwidth", "PUN001", f"# 标题\n\n{P}治理,深入;上图:好?是!\n", True,
         {"text": "治理，深入；上图：好？是！"}),
    # A mark cut onto a line of its own past a photo's gap of many blank lines is judged by
    # the text across the gap (fuzzing: it was judged only 16 characters away, and cleaning
    # the article again then changed it).
    Case("halfwidth-across-a-long-gap", "PUN001",
         f"# 标题\n\n{P}一一，一一、一一\n  \n  \n  \n\n  \n  \n!\n\n上图：一一，一一。王一摄\n", True,
         {"text": "一一，一一、一一！"}),
    # A table's row (BLK015) is no neighbour across the line break for a line beside the
    # table: its edge is a cell's, no text a line break cut (城市 | 天气 rows have no pipes
    # at their edges).
    Case("halfwidth-not-judged-by-a-table-row-above", "PUN001",
         f"# 标题\n\n{P}\n\n城市 | 天气\n--- | ---\n北京 | 晴\n!Note: rain\n\n{BODY}\n", False,
         {"text": "!Note: rain"}),
    Case("halfwidth-judged-by-the-text-above-it", "PUN001",
         f"# 标题\n\n{P}\n\n北京晴\n!Note: rain\n\n{BODY}\n", True,
         {"text": "北京晴！Note: rain"}),
    # A mark at a line's end after a digit is judged by the next line's first character
    # across the converter's break (the look-ahead had been cut at the line's end).
    Case("halfwidth-at-a-line-end-judged-by-the-next-line", "PUN001",
         f"# 标题\n\n{P}\n\n经济增长5%,\n高于预期。\n\n{BODY}\n", True,
         {"text": "增长5%，高于预期。"}),
    # A number's separator after a digit at the line's end (18: / 30 cut apart, the next
    # line another block's) is no mark of the text.
    Case("halfwidth-number-separator-at-a-line-end-stays", "PUN001",
         f"# 标题\n\n{P}\n\n时间为每周六18:\n\n\n\n图为音乐会现场。\n\n{BODY}\n", False,
         {"text": "每周六18:"}),
    Case("halfwidth-at-a-line-end-before-latin-stays", "PUN001",
         f"# 标题\n\n{P}\n\n版本号为2.0,\nand more。\n\n{BODY}\n", False,
         {"text": "2.0,"}),
    Case("halfwidth-numbers-latin", "PUN001",
         f"# 标题\n\n{P}增长1.8万人，占99%，共3,000元，10:30开始，Hello, world.\n", False,
         {"text": "共3,000元，10:30开始，Hello, world."}),
    Case("parens", "PUN002", f"# 标题\n\n{P}各县(市、区)都有(2023)。\n", True,
         {"text": "各县（市、区）都有（2023）。"}),
    Case("parens-latin", "PUN002", f"# 标题\n\n{P}一种方法 (e.g. GPS) 很常用。\n", False,
         {"text": "(e.g. GPS)"}),
    # OCR reads one of a pair half-width: it takes its partner's width.
    Case("parens-mixed", "PUN002", f"# 标题\n\n{P}本报讯（记者 张三)今天(下午）开会。\n", True,
         {"text": "本报讯（记者 张三）今天（下午）开会。"}),
    # A pair a line break parted: each half is set where it stands.
    Case("parens-across", "PUN002", f"# 标题\n\n{P}本报北京11月4日电 (记者\n王琳) 今天开会。\n", True,
         {"text": "本报北京11月4日电 （记者王琳） 今天开会。"}),
    Case("parens-across-latin", "PUN002", f"# 标题\n\n{P}一种方法 (e.g. the\nGPS) 很常用。\n", False,
         {"text": "(e.g. the GPS)"}),
    # A table's rows (BLK015) border cells, no text a line break cut: no pair across a
    # row's edge, between two rows or a row and a line beside the table.
    Case("parens-not-across-table-rows", "PUN002",
         f"# 标题\n\n{P}\n\n| 项目 | 说明 |\n| --- | --- |\n| 道路 | 已完成(一期 |\n"
         f"| 桥梁 | 二期) 在建 |\n\n{BODY}\n", False,
         {"text": "| 道路 | 已完成(一期 |\n| 桥梁 | 二期) 在建 |"}),
    Case("parens-not-across-a-table-s-edge", "PUN002",
         f"# 标题\n\n{P}\n\n| 项目 | 说明 |\n| --- | --- |\n| 道路 | 已完成(一期 |\n"
         f"二期)在建，进展顺利。\n", False, {"text": "二期)在建"}),
    # ... nor within a row across a cell's edge: two cells' text, no pair.
    Case("parens-not-across-a-row-s-cells", "PUN002",
         f"# 标题\n\n{P}\n\n| 项目 | 说明 |\n| --- | --- |\n| 道路(一 | 二)期 |\n"
         f"| 桥梁（一 | 二)期 |\n\n{BODY}\n", False,
         {"text": "| 道路(一 | 二)期 |\n| 桥梁（一 | 二)期 |"}),
    Case("parens-within-a-row-s-cell", "PUN002",
         f"# 标题\n\n{P}\n\n| 项目 | 说明 |\n| --- | --- |\n| 道路(一期) | 桥梁（二期) |\n"
         f"\n{BODY}\n", True, {"text": "| 道路（一期） | 桥梁（二期） |"}),
    Case("parens-lone", "PUN002", f"# 标题\n\n{P}一是抓好落实)，二是（见附件）完善。\n", False,
         {"text": "一是抓好落实)，二是（见附件）完善。"}),
    Case("stray-traditional", "SCR001", f"# 标题\n\n{P}大家忙得汗流浹背，发展很快。\n", True,
         {"text": "汗流浃背"}),
    Case("stray-keeps-phrase", "SCR001", f"# 标题\n\n{P}乾隆年间这里就有发展。\n", False,
         {"text": "乾隆年间"}),
    # 頫 is standard in simplified text; OpenCC's 𫖯 is Extension C, in few fonts: a
    # conversion must never make the text rarer.
    Case("stray-never-rarer", "SCR001", f"# 标题\n\n{P}元代书法家赵孟頫的字很好。\n", False,
         {"text": "赵孟頫"}),
    Case("stray-never-rarer-beside-a-stray", "SCR001",
         f"# 标题\n\n{P}赵孟頫的字让人看得汗流浹背。\n", True,
         {"text": "赵孟頫的字让人看得汗流浃背"}),
    Case("traditional-page-stays", "SCR001",
         "# 標題\n\n本報訊（記者 陳大文）香港經濟發展迅速，這裡的變化很大。\n", False,
         {"text": "香港經濟發展迅速，這裡的變化很大。"}),
    Case("stray-simplified", "SCR002",
         "# 標題\n\n本報訊（記者 陳大文）香港經濟發展迅速，這裡的变化很大，會議結束後開始。\n", True,
         {"text": "這裡的變化很大"}),
    Case("whole-page", "SCR003", f"# 标题\n\n{P}这里发展很快。\n", True,
         {"text": "這裏發展很快"}, script="t"),
    # blocks
    Case("blank-lines", "BLK001", f"# 标题\n\n\n\n\n{P}\n\n\n\n{BODY}\n", True,
         {"text": f"# 标题\n\n{P}\n\n{BODY}\n"}),
    Case("heading-marker", "BLK002", f"### 标题\n\n{P}\n", True, {"text": "# 标题\n\n"}),
    # A markdown heading with no text (its marker alone on the line) heads nothing: read as
    # a blank line, its marker dropped, where it was a subtitle '#' under the title, the
    # page's banner '##', or an article of its own headed '#'.
    Case("empty-heading-under-a-title", "BLK002", f"## 要闻\n#\n\n{P}\n", True,
         {"a0.headline": "要闻", "a0.subtitle": None, "not_text": "#\n"}),
    Case("empty-heading-over-a-title", "BLK002", f"## \n# 标题\n\n{P}\n", True,
         {"banner": None, "furniture": [], "a0.headline": "标题", "text": f"# 标题\n\n{P}"}),
    Case("empty-heading-between-paragraphs", "BLK002", f"# 标题\n\n{P}\n\n###\n\n{BODY}\n",
         True, {"body0": [P, BODY], "text": f"{P}\n\n{BODY}\n"}),
    # ... blank space round the marker, an ideographic space or an invisible character
    # too: the same heading with no text, its '#' no text lost (marks.empty_heading, which
    # the conservation checks ask as blocks does).
    Case("empty-heading-ideographic-space", "BLK002",
         f"# 标题\n\n{P}\n\n#\u3000\n\n{BODY}\n", True,
         {"body0": [P, BODY], "text": f"{P}\n\n{BODY}\n"}),
    Case("empty-heading-invisible-character", "BLK002",
         f"# 标题\n\n{P}\n\n\u3000##\u200b\n\n{BODY}\n", True,
         {"body0": [P, BODY], "text": f"{P}\n\n{BODY}\n"}),
    # A '#' with text after an ideographic space opens no heading (CommonMark: a space or a
    # tab after the marker): the line is text, its '#' kept.
    Case("hash-ideographic-space-text-is-text", "BLK002",
         f"# 标题\n\n{P}\n\n#\u3000七个井号\n", False, {"text": "#\u3000七个井号"}),
    # Seven '#' open no heading (CommonMark): the line is text, its '#'s kept.
    Case("seven-hashes-are-text", "BLK002", f"# 标题\n\n{P}\n\n####### 七个井号\n", False,
         {"text": "####### 七个井号"}),
    # ... a line of its own all the same, set off in a heading's form: no paragraph goes on
    # into it or out of it (JOIN001), where a short unended line mid-body is joined.
    Case("seven-hashes-mid-body-stay-a-line-of-their-own", "JOIN001",
         f"# 标题\n\n{P}\n\n####### 七个井号\n\n第二段的文字是这样写的，内容很多。\n\n{BODY}\n",
         False, {"body0": [P, "####### 七个井号", "第二段的文字是这样写的，内容很多。", BODY]}),
    Case("seven-hashes-under-an-unended-paragraph-stay-a-line-of-their-own", "JOIN001",
         f"# 标题\n\n{P}\n\n这一段没有写完\n\n####### 七个井号\n\n{BODY}\n",
         False, {"body0": [P, "这一段没有写完", "####### 七个井号", BODY]}),
    Case("short-unended-line-mid-body-goes-on", "JOIN001",
         f"# 标题\n\n{P}\n\n七个井号\n\n第二段的文字是这样写的，内容很多。\n\n{BODY}\n",
         True, {"body0": [P, "七个井号第二段的文字是这样写的，内容很多。", BODY]}),
    Case("hashes-against-a-word-mid-body-go-on", "JOIN001",
         f"# 标题\n\n{P}\n\n#######七个井号\n\n第二段的文字是这样写的，内容很多。\n\n{BODY}\n",
         True, {"body0": [P, "#######七个井号第二段的文字是这样写的，内容很多。", BODY]}),
    # ... but a title line all the same where it stands as one, over a dateline (CLS005
    # infers headlines from plain lines; its '#'s stay in the headline, no marker of ours).
    Case("seven-hashes-over-a-dateline-open-an-article", "CLS005",
         f"前面一段文字，内容是这样的。\n\n####### 七个井号\n\n{P}\n\n{BODY}\n", True,
         {"a1.headline": "####### 七个井号", "text": "\n\n# ####### 七个井号\n\n"}),
    # A heading's closing sequence ('#'s after a space or a tab at its line's end, spaces
    # after them) is its marker's, not its text: dropped with the marker, whatever the
    # heading becomes (a headline, a section heading, a kicker lifted to its field).
    Case("closing-sequence-of-a-headline", "BLK002", f"# 标题 #\n\n{P}\n", True,
         {"a0.headline": "标题", "text": f"# 标题\n\n{P}", "not_text": "#\n"}),
    Case("closing-sequence-of-a-section-heading", "BLK002",
         f"# 标题\n\n{P}\n\n## 小标题 ##   \n\n{BODY}\n", True,
         {"body0": [P, "小标题", BODY], "text": "## 小标题\n\n"}),
    Case("closing-sequence-of-a-kicker", "BLK002", f"## 引题 ##\n# 标题 #\n\n{P}\n", True,
         {"a0.kicker": "引题", "a0.headline": "标题", "text": f"# 标题\n\n{P}"}),
    Case("closing-sequence-alone-heads-nothing", "BLK002",
         f"# 标题\n\n{P}\n\n### ###\n\n{BODY}\n", True, {"body0": [P, BODY]}),
    # A '#' set against the text closes nothing (CommonMark): the text's, kept.
    Case("hash-against-a-headline-is-text", "BLK002", f"# 学习C#\n\n{P}\n", False,
         {"a0.headline": "学习C#"}),
    Case("hash-after-a-headline-is-text", "BLK002", f"# 标题#\n\n{P}\n", False,
         {"a0.headline": "标题#", "text": "# 标题#\n"}),
    # A heading whose own text ends in '#'s after a space (or is '#'s) is written with a
    # closing sequence of ours after them (model.heading_line): as `# 学习C #` a markdown
    # reader, and the cleaner reading its output, took them for the marker's and dropped them.
    Case("hashes-ending-a-headline-get-a-closing-sequence", "BLK002",
         f"前面一段文字，内容是这样的。\n\n学习C #\n\n{P}\n\n{BODY}\n", True,
         {"a1.headline": "学习C #", "text": "\n\n# 学习C # #\n\n"}),
    Case("hashes-alone-as-a-headline-get-a-closing-sequence", "BLK002",
         f"前面一段文字，内容是这样的。\n\n#######\n\n{P}\n\n{BODY}\n", True,
         {"a1.headline": "#######", "text": "\n\n# ####### #\n\n"}),
    # ... the source's own closing sequence there kept as it stands (no edit), or set as ours.
    Case("closing-sequence-after-hashes-of-the-text-is-kept", "BLK002",
         f"# 学习C # #\n\n{P}\n", False, {"a0.headline": "学习C #", "text": "# 学习C # #\n"}),
    Case("closing-sequence-after-hashes-of-a-section-heading-is-set-anew", "BLK002",
         f"# 标题\n\n{P}\n\n## 小标 # ##  \n\n{BODY}\n", True,
         {"body0": [P, "小标 #", BODY], "text": "\n\n## 小标 # #\n\n"}),
    Case("image-reference", "BLK006",
         f"# 标题\n\n{P}\n\n街道重新划分网\n\n![](images/p1.jpg)\n\n临空印象\n建设进行时\n\n格以后，秩序井然。\n",
         True, {"furniture": ["![](images/p1.jpg)"], "a0.captions": ["临空印象 建设进行时"],
                "text": "划分网格以后"}),
    Case("bold-line-is-a-heading", "CLS009", f"# 标题\n\n{P}\n\n**一、坚持党的领导**\n\n{BODY}\n", True,
         {"body0": [P, "**一、坚持党的领导**", BODY]}),
    Case("final-newline", "BLK003", f"# 标题\n\n{P}", True, {"text": f"{P}\n"}),
    # captions
    Case("caption-prefix", "CAP001", f"# 标题\n\n{P}\n\n上图:工作人员在现场调解纠纷。张三摄\n\n{BODY}\n",
         True, {"a0.captions": ["上图：工作人员在现场调解纠纷。张三摄"], "not_text": "上图"}),
    Case("caption-prefix-ocr", "CAP001",
         f"# 标题\n\n{P}\n\n图@ : 上世纪30年代，市民在街头报栏前读报。\n\n{BODY}\n", True,
         {"a0.captions": ["图@ : 上世纪30年代，市民在街头报栏前读报。"]}),
    # Tesseract reads a circled number as another character, the colon set apart (seed 2).
    Case("caption-ocr-circled-number-misread", "CAP001",
         f"# 标题\n\n{P}\n\n图人 : 一名应届毕业生在招聘会上咨询岗位信息。\n\n{BODY}\n", True,
         {"a0.captions": ["图人 : 一名应届毕业生在招聘会上咨询岗位信息。"]}),
    # ... or reads it as nothing, the colon still set apart (t601 gen-0602).
    Case("caption-ocr-circled-number-lost", "CAP001",
         f"# 标题\n\n{P}\n\n图 : 一名应届毕业生在招\n聘会上咨询岗位信息。\n\n{BODY}\n", True,
         {"a0.captions": ["图 : 一名应届毕业生在招聘会上咨询岗位信息。"], "body0": [P, BODY]}),
    # OCR sets a position marker's colon apart too (t15801 gen-15806).
    Case("caption-ocr-position-colon-apart", "CAP001",
         f"# 标题\n\n{P}\n\n下图 : 工作人员在乡镇充电站检修充电桩。\n\n{BODY}\n", True,
         {"a0.captions": ["下图 : 工作人员在乡镇充电站检修充电桩。"], "body0": [P, BODY]}),
    # ... and reads ▲ before the photo's date as 全 (t601 gen-0606).
    Case("caption-ocr-triangle-read-quan", "CAP001",
         f"# 标题\n\n{P}\n\n全11日，幸福里小区居民乘坐新装的电梯下楼。\n\n{BODY}\n", True,
         {"a0.captions": ["全11日，幸福里小区居民乘坐新装的电梯下楼。"], "body0": [P, BODY]}),
    Case("caption-ocr-triangle-read-quan-near-miss", "CAP001",
         f"# 标题\n\n{P}\n\n全11个区已完成改造，居民可就近办理业务。\n", False,
         {"text": "全11个区已完成改造"}),
    Case("caption-ocr-circled-number-lost-near-miss", "CAP001",
         f"# 标题\n\n{P}\n\n图 表所示的数据，去年以来一直在增长。\n", False,
         {"text": "图 表所示的数据"}),
    Case("caption-prefix-near-miss", "CAP001", f"# 标题\n\n{P}\n\n上图书馆的人越来越多了。\n", False,
         {"text": "上图书馆的人越来越多了。"}),
    Case("caption-credit", "CAP002",
         f"# 标题\n\n{P}\n\n工人们在车间里忙碌。新华社记者 李四 摄\n\n{BODY}\n", True,
         {"a0.captions": ["工人们在车间里忙碌。新华社记者 李四 摄"]}),
    Case("credit-read-in-two-pieces", "CAP002", page_of(
        # OCR reads a right-set （资料图片） in two pieces: neither is the next title's.
        printed(FULL, NEXT) + ["", "图为小朋友在图书馆阅读。", "图片)", "", "(资料", ""]
        + printed(LONG, NEXT, head=("大学生志愿者服务西部基层", "", "本报讯 (记者 赵阳)")))
        , True, {"a1.headline": "大学生志愿者服务西部基层"}),
    # Tesseract (seed 603) reads the credit's 摄 as 报: the caption still ends there.
    Case("caption-credit-ocr-she-read-bao", "CAP002",
         f"# 标题\n\n{P}\n\n图为8月19日，市民在社区服务中心\n办理业务。\n\n本报记者 朱 伟报\n\n{BODY}\n", True,
         {"a0.captions": ["图为8月19日，市民在社区服务中心办理业务。 本报记者 朱 伟报"], "body0": [P, BODY]}),
    Case("paper-name-in-text-is-no-credit", "CAP002",
         f"# 标题\n\n{P}\n\n这篇报道的作者是光明日报记者。\n", False,
         {"text": "这篇报道的作者是光明日报记者。"}),
    Case("caption-credit-near-miss", "CAP002",
         f"# 标题\n\n{P}\n\n他从小就喜欢摄影，这次拍摄了很多照片。\n", False,
         {"text": "他从小就喜欢摄影"}),
    Case("stacked-title", "CAP003", f"# 标题\n\n\n\n\n临空印象  \n建设进行时\n\n{P}\n", True,
         {"a0.captions": ["临空印象 建设进行时"]}),
    Case("stacked-title-needs-gap", "CAP003", f"# 标题\n\n{P}\n\n短句一\n短句二\n", False,
         {"text": "短句一短句二"}),
    # classify and structure
    Case("banner", "CLS001", f"\n一句口号 另一句口号\n\n# 标题\n\n{P}\n", True,
         {"banner": "一句口号 另一句口号", "a0.headline": "标题"}),
    # Tesseract (seed 5): the masthead read as 南岭报 stands above the slogan; the slogan
    # over the first title is the banner, the masthead furniture.
    Case("slogan-outranks-a-short-line-above", "CLS001",
         f"南岭报\n\n01 社会”2025年12月20日”星期六\n\n坚定信心 实干争先 奋力谱写高质量发展新篇章\n\n一线调研\n\n首届县域商业发展大会在义乌举办\n\n{P}\n",
         True, {"banner": "坚定信心 实干争先 奋力谱写高质量发展新篇章", "furniture": ["南岭报", "01 社会”2025年12月20日”星期六"],
                "a0.kicker": "一线调研", "a0.headline": "首届县域商业发展大会在义乌举办"}),
    Case("no-banner", "CLS001", f"# 标题\n\n{P}\n", False, {"banner": None}),
    # Tesseract (gen-15801, hand-made): the staff line set beside the banner read between it
    # and the first title, whose byline OCR read inside its text: the title is the first
    # article's headline still, the banner the page's.
    Case("first-title-under-the-banner-and-the-staff-line", "CLS001",
         OCR_BANNER_STAFF_TITLE.format(banner="扎实推动乡村全面振兴\n\n"), None,
         {"banner": "扎实推动乡村全面振兴", "a0.headline": "小茶叶带动大产业",
          "a0.byline": "本报记者 李 强"}),
    # (Two short lines over it: which is the banner, and whether the lower is a title,
    # cannot be told; the text stays headless.)
    Case("first-title-under-two-short-lines-stays-furniture", "CLS001",
         OCR_BANNER_STAFF_TITLE.format(banner="扎实推动乡村全面振兴\n\n建设美丽乡村\n\n"), None,
         {"banner": "扎实推动乡村全面振兴", "a0.headline": None}),
    # Tesseract (seed 5304): the masthead's logo read in pieces over the edition line
    # (南岭 / 报, the 日 lost). They are furniture; the slogan under the edition line is the
    # banner, no line of the first title (which it was read into while the masthead
    # stood in the banner's place).
    Case("masthead-pieces-over-the-edition-line", "CLS022",
         f"南岭\n\n报\n\n13 教育 2025年12月5日 星期五\n\n创建全国文明城市 共建共享美好家园\n\n一根竹子“撑”起一条产业链\n\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者 邓 童\n\n{P}\n",
         True, {"banner": "创建全国文明城市 共建共享美好家园",
                "furniture": ["南岭", "报", "13 教育 2025年12月5日 星期五"],
                "a0.headline": "一根竹子“撑”起一条产业链", "a0.kicker": None}),
    # ... and in four misread pieces (华东科技报 as 华东科： / 村 / 王十 / 汉J, seed 5301).
    Case("masthead-misread-in-pieces", "CLS022",
         f"华东科:\n\n村\n王十\n汉J\n\n16 教育 2025年2月13日”星期四\n\n# 标题\n\n{P}\n",
         True, {"banner": None, "furniture": ["华东科：", "村王十汉J",
                                              "16 教育 2025年2月13日”星期四"]}),
    # Not a title over the edition line (longer than a masthead's piece), nor lines over a
    # staff line with no figure in it (no edition line), nor more pieces than a masthead's.
    Case("title-over-the-edition-line-is-no-masthead", "CLS022",
         f"百余家博物馆推出夜间开放\n\n2025年5月11日 星期日 第4版 科技\n\n# 标题\n\n{P}\n", False),
    Case("short-lines-over-a-staff-line-are-no-masthead", "CLS022",
         f"南岭\n\n报\n\n责任编辑 刘 刚\n\n# 标题\n\n{P}\n", False),
    Case("many-short-lines-over-the-edition-line-are-no-masthead", "CLS022",
         f"一\n\n二\n\n三\n\n四\n\n五\n\n六\n\n2025年5月11日 星期日 第4版 科技\n\n# 标题\n\n{P}\n", False),
    Case("furniture", "CLS002", f"第3版\n\n# 标题\n\n{P}\n\n责任编辑：张三\n", True,
         {"furniture": ["第3版", "责任编辑：张三"]}),
    Case("staff-line-ocr", "CLS018", f"# 标题\n\n{P}\n\n责任编辑 白 晓。 美术编辑 段琳超\n\n责任编辑，陈飞勇\n", True,
         {"furniture": ["责任编辑 白 晓。 美术编辑 段琳超", "责任编辑，陈飞勇"]}),
    Case("staff-line-ocr-near-miss", "CLS018", f"# 标题\n\n{P}\n\n责任编辑，是报纸的把关人。\n", False,
         {"text": "责任编辑，是报纸的把关人。"}),
    # Tesseract (seed 608): two names, the gap between them read as a comma.
    Case("staff-line-ocr-two-names", "CLS018", f"# 标题\n\n{P}\n\n本版责编: 廖 鹏，戴磊华\n", True,
         {"furniture": ["本版责编： 廖 鹏，戴磊华"]}),
    Case("staff-line-ocr-broken-in-two", "CLS018",
         f"# 标题\n\n{P}\n\n本版责编: 董霞敏\n\n沈雪华 ”版式设计: 许 强\n", True,
         {"furniture": ["本版责编： 董霞敏", "沈雪华 ”版式设计： 许 强"]}),
    Case("edition-line-ocr", "CLS019",
         f"2025年?月9日”星期三\n\n要闻 ”2025年11月17日”星期一\n\n12 国际，2025年?月17日”星期四\n\n)江日报\n\n# 标题\n\n{P}\n",
         True, {"furniture": ["2025年？月9日”星期三", "要闻 ”2025年11月17日”星期一",
                              "12 国际，2025年？月17日”星期四", ")江日报"], "a0.kicker": None}),
    Case("edition-line-ocr-near-miss", "CLS019",
         f"# 标题\n\n{P}\n\n会议定于2025年5月9日，星期三召开。\n\n活动时间，2025年5月9日，星期五\n", False,
         {"text": "活动时间，2025年5月9日，星期五"}),
    Case("edition-line-ocr-near-miss-a-notice-item", "CLS019",
         f"# 标题\n\n{P}\n\n开幕时间 2025年5月9日 星期五\n\n截止日期 2025年5月19日 周一\n", False,
         {"text": "开幕时间 2025年5月9日 星期五", "furniture": []}),
    Case("furniture-near-miss", "CLS002", f"# 标题\n\n{P}\n\n编辑部表示，将继续改进。\n", False,
         {"text": "编辑部表示，将继续改进。"}),
    Case("byline", "CLS003", f"# 标题\n\n本报记者 赵  兵\n\n{P}\n", True,
         {"a0.byline": "本报记者 赵  兵"}),
    Case("byline-marked-as-heading", "CLS003", f"# 标题\n\n## 本报记者 赵  兵\n\n{P}\n", True,
         {"a0.byline": "本报记者 赵  兵", "a0.subtitle": None}),
    Case("byline-names-only", "CLS003", f"# 标题\n\n{P}\n\n记者走基层\n\n{BODY}\n", False,
         {"text": "记者走基层"}),
    Case("byline-near-miss", "CLS003", f"# 标题\n\n{P}\n\n记者了解到，该项目进展顺利。\n", False,
         {"text": "记者了解到，该项目进展顺利。"}),
    Case("dateline", "CLS004", f"# 标题\n\n{P}\n", None,
         {"a0.dateline": "河北日报讯（通讯员甲乙）", "text": P}),
    Case("dateline-agency", "CLS004", "# 标题\n\n新华社北京10月23日电（记者 王五）会议今天开幕。\n", None,
         {"a0.dateline": "新华社北京10月23日电（记者 王五）"}),
    # Tesseract (seed 612) reads the day's 日 as 月.
    Case("dateline-ocr-day-read-as-month", "CLS004", "# 标题\n\n新华社北京10月19月电 10月19日，国家主席致电。\n", None,
         {"a0.dateline": "新华社北京10月19月电"}),
    Case("dateline-near-miss-two-months", "CLS004", "# 标题\n\n新华社从10月到12月电力供应充足。\n", None,
         {"a0.dateline": None}),
    Case("dateline-place-date-xun", "CLS004", "# 标题\n\n本报北京10月23日讯（记者 王五）会议今天开幕。\n", None,
         {"a0.dateline": "本报北京10月23日讯（记者 王五）"}),
    Case("dateline-foreign-agency", "CLS004", "# 标题\n\n路透社伦敦10月2日电 英国央行今天宣布维持利率不变。\n", None,
         {"a0.dateline": "路透社伦敦10月2日电"}),
    Case("dateline-near-miss-dian", "CLS004", "# 标题\n\n社区居民用电量增加了，大家都说好。\n", None,
         {"a0.dateline": None}),
    Case("dateline-near-miss", "CLS004", "# 标题\n\n他说，据本报讯的报道，会议今天开幕。\n", None,
         {"a0.dateline": None}),
    # A dateline is followed by its text, a space or its reporters' bracket, never by a
    # clause mark: a paragraph that opens 本报讯，… is a story's words a line break cut off
    # (…看到那条 / 本报讯，才知道…).
    Case("dateline-near-miss-clause-mark", "CLS004",
         "# 标题\n\n本报讯，才知道海滨公园每周都有演出。\n", None, {"a0.dateline": None}),
    Case("dateline-near-miss-clause-mark-agency", "CLS004",
         "# 标题\n\n新华社电，大家都在转发这条消息。\n", None, {"a0.dateline": None}),
    Case("dateline-then-space", "CLS004", "# 标题\n\n本报讯 今年以来，全市新增绿地三百公顷。\n",
         None, {"a0.dateline": "本报讯"}),
    Case("headline", "CLS005", f"# 一\n\n{P}\n\n## 二\n\n{P}\n", None,
         {"a1.headline": "二"}),
    Case("top-level-heading", "CLS012",
         f"# 一\n\n{P}\n\n# 二\n\n{BODY}\n\n## 小标题\n\n会后大家合影留念。\n", None,
         {"a1.headline": "二", "body1": [BODY, "小标题", "会后大家合影留念。"]}),
    Case("one-level-needs-evidence", "CLS012", f"# 一\n\n{P}\n\n# 二\n\n{BODY}\n", None,
         {"body0": [P, "二", BODY]}),
    Case("section-heading", "CLS009", f"# 一\n\n{P}\n\n## 小标题\n\n{BODY}\n", None,
         {"body0": [P, "小标题", BODY], "text": "## 小标题"}),
    Case("kicker", "CLS006", f"## 引题在上面\n\n# 主题\n\n{P}\n", True,
         {"a0.kicker": "引题在上面", "a0.headline": "主题"}),
    Case("subtitle", "CLS007", f"## 主题\n\n副题说明一件事\n\n{P}\n", True,
         {"a0.subtitle": "副题说明一件事"}),
    Case("subtitle-dash", "CLS007", f"# 主题\n\n# ——副题说明\n\n{P}\n", True,
         {"a0.headline": "主题", "a0.subtitle": "——副题说明"}),
    Case("summary", "CLS008",
         f"# 标题\n\n本报记者 李明\n\n全市建成驿站两百多个，服务快递员上万人次\n\n{P}\n\n"
         "今年以来，全市建成驿站两百多个，服务快递员上万人次，受到欢迎。\n", True,
         {"a0.summary": "全市建成驿站两百多个，服务快递员上万人次"}),
    Case("summary-near-miss", "CLS008", f"# 标题\n\n本报记者 李明\n\n{BODY}\n\n{P}\n", False,
         {"a0.summary": None}),
    Case("inline-subhead-numbered", "CLS010", f"# 标题\n\n{P}\n\n一、坚持党的领导\n\n{BODY}\n", True,
         {"body0": [P, "一、坚持党的领导", BODY], "text": "## 一、坚持党的领导"}),
    # A numbered part's head opening the text under the byline (任仲平 / （一） / …).
    Case("inline-subhead-numbered-first", "CLS010", f"# 标题\n\n本报记者 李明\n\n（一）\n\n{BODY}\n\n{P}\n",
         True, {"text": "## （一）"}),
    # Only a number says so there: a first paragraph that asks is the lede.
    Case("inline-subhead-question-first-near-miss", "CLS010",
         f"# 标题\n\n本报记者 李明\n\n如何破解融资难？\n\n{BODY}\n", False,
         {"body0": ["如何破解融资难？", BODY]}),
    Case("inline-subhead-question", "CLS010", f"# 标题\n\n{P}\n\n如何破解融资难？\n\n{BODY}\n", True,
         {"text": "## 如何破解融资难？"}),
    Case("inline-subhead-near-miss", "CLS010",
         f"# 标题\n\n{P}\n\n他说：\n\n“我们会继续努力。”\n\n1. 加强组织领导。\n\n{BODY}\n", False,
         {"body0": [P, "他说：", "“我们会继续努力。”", "1. 加强组织领导。", BODY]}),
    Case("editor-note", "CLS011",
         f"# 一\n\n{P}\n\n## 二\n\n编者按：本报推出系列报道。\n\n{P}\n", None,
         {"a1.headline": "二", "a1.dateline": "河北日报讯（通讯员甲乙）",
          "body1": ["编者按：本报推出系列报道。", P]}),
    Case("credit-line", "CAP004",
         f"# 标题\n\n{P}\n\n工人们在车间里忙碌。\n\n新华社记者 李四 摄\n\n{BODY}\n", True,
         {"a0.captions": ["工人们在车间里忙碌。 新华社记者 李四 摄"], "body0": [P, BODY]}),
    # Tesseract reads a photo's credit after the text beside the photo: it completes the
    # caption above that has none, and the text's last sentence above it stays text.
    Case("credit-read-after-the-text-beside-the-photo", "CAP004",
         "首届县域商业发展大会在义乌举办\n\n本报讯 (记者 柳文) 首届\n县域商业发展大会日前在浙江义\n乌举办。来自全国200多个县的\n\n"
         "图为6月5日，工人在生产线上忙碌。\n\n商务部门负责人和1,000多家企\n业代表参会，围绕县域商业体系\n建设等议题开展交流。\n\n会上发布了一批县域商业发\n展典型案例。\n\n卢俊琳摄\n\n"
         "与会代表认为，县域商业是连接\n城乡市场的重要纽带。\n",
         True, {"captions": [], "a0.captions": ["图为6月5日，工人在生产线上忙碌。 卢俊琳摄"],
                "text": "会上发布了一批县域商业发展典型案例。\n\n与会代表"}),
    Case("credit-under-a-sentence-when-the-caption-above-has-one", "CAP004",
         "首届县域商业发展大会在义乌举办\n\n本报讯 (记者 柳文) 首届\n县域商业发展大会日前在浙江义\n乌举办。来自全国200多个县的\n\n"
         "图为6月5日，工人在生产线上忙碌。 新华社记者 王 冠摄\n\n商务部门负责人和1,000多家企\n业代表参会，围绕县域商业体系\n建设等议题开展交流。\n\n会上发布了一批县域商业发\n展典型案例。\n\n卢俊琳摄\n\n"
         "与会代表认为，县域商业是连接\n城乡市场的重要纽带。\n",
         True, {"a0.captions": ["图为6月5日，工人在生产线上忙碌。 新华社记者 王 冠摄",
                                "会上发布了一批县域商业发展典型案例。 卢俊琳摄"]}),
    Case("credit-line-near-miss", "CAP004",
         f"# 标题\n\n{P}\n\n{BODY}他说这些照片都是自己拍摄的，很珍贵，值得好好保存下来，留给后人看看。\n", False,
         {"a0.captions": []}),
    Case("jump-block", "JMP001", f"# 标题\n\n（上接第一版）\n\n{P}\n", True,
         {"a0.jumps": ["（上接第一版）"], "not_text": "上接"}),
    Case("jump-inline", "JMP002", f"# 标题\n\n{P}会议要继续推进。(下转第二版)\n", True,
         {"a0.jumps": ["(下转第二版)"], "text": "会议要继续推进。\n"}),
    Case("jump-inside-a-jump-line", "JMP002", f"# 标题\n\n{P}\n\n（紧接（下转第二版）第一版）\n\n{BODY}\n", None,
         {"body0": [P, BODY]}),
    Case("jump-near-miss", "JMP002", f"# 标题\n\n{P}详见本报第二版的报道。\n", False,
         {"a0.jumps": []}),
    # near misses a review found
    Case("bullets-are-not-captions", "CAP001", f"# 标题\n\n{P}\n\n◆坚持问题导向，全市共排查隐患120处。\n", False,
         {"text": "◆坚持问题导向"}),
    Case("tongbao-is-a-headline", "CLS002", f"# 疫情通报\n\n{P}\n", False, {"a0.headline": "疫情通报"}),
    Case("sheying-is-a-headline", "CAP002", f"# 记录乡村之美的摄影\n\n{P}\n", False,
         {"a0.headline": "记录乡村之美的摄影"}),
    Case("dianhua-is-not-a-dateline", "CLS004",
         f"# 一\n\n{P}\n\n## 她的话让人动容\n\n本报记者近日电话连线了她，她说一切都好。\n", None,
         {"body0": [P, "她的话让人动容", "本报记者近日电话连线了她，她说一切都好。"]}),
    Case("column-label-is-not-a-byline", "CLS003", f"# 一\n\n{P}\n\n关  注\n\n## 二\n\n{P}\n", False,
         {"a0.byline": None}),
    Case("inline-jump-keeps-the-cut", "MOVE001",
         "# 果园丰收\n\n本报讯（记者 王五）今年果园里的苹果又大又甜，果农们忙着采摘苹果，把苹果（下转第二版）\n\n"
         "# 大棚蔬菜\n\n本报讯（记者 李四）近日，大棚里的黄瓜长势喜人。\n\n果农说，苹果今年卖了好价钱，苹果收入翻了一番。\n",
         False, {"a0.jumps": ["（下转第二版）"], "flags0": ["truncated_paragraph"]}),
    Case("jump-pair-inside-a-paragraph-is-no-other-articles-tail", "MOVE001",
         JUMP_PAIR_INSIDE_A_PARAGRAPH, None,
         {"text": "市场主要在欧洲、澳大利亚和南美洲。"}),
    # ... while under a paragraph that ended its sentence the pair parts two articles: the
    # text under 上接, cut mid-word, is another article's tail, and goes to the later
    # article whose last paragraph ends with no mark (the page above, a full stop added).
    Case("jump-pair-under-a-finished-paragraph-heads-another-articles-tail", "MOVE001",
         JUMP_PAIR_INSIDE_A_PARAGRAPH.replace("市场主要在欧\n", "市场主要在欧洲。\n"), True,
         {"text": "欢迎宴会上强调\n\n洲、澳大利亚", "not_text": "市场主要在欧洲。\n\n洲、"}),
    # MOVE001 `page_number`: a marker that names the page it is printed on pairs the text
    # under it with the page's one article that says it goes on elsewhere, though the
    # text's words lean to the article it was printed under ...
    Case("jump-rest-under-a-marker-naming-this-page-goes-home", "MOVE001",
         JUMP_WITHIN_THE_PAGE, True,
         {"text": "但我更想做产品经理", "body0": [
             "7月毕业后，林远没有急着找工作。他报了一个为期3个月的编程训练营，每天从9点学到21:30。",
             "“本科学的是市场营销，但我更想做产品经理，得先补补技术课。”他说。",
             "像林远这样毕业后暂不就业、继续学习或调整方向的年轻人，被称为“慢就业”群体。"
             "中国青年报社社会调查中心近期对1,502名受访者进行的一项调查显示，46.3%的受访者"
             "身边有“慢就业”的同学或朋友。"]}),
    # ... not where it names another page (the text comes from there: its words must say
    # where it goes) ...
    Case("jump-rest-under-a-marker-naming-another-page-stays", "MOVE001",
         JUMP_WITHIN_THE_PAGE.replace("（上接第14版）", "（上接第3版）"), False,
         {"not_text": "但我更想做产品经理"}),
    # ... nor where two articles on the page say they go on elsewhere: the markers do not
    # say which.
    Case("jump-rest-with-two-onward-articles-is-placed-by-its-words", "MOVE001",
         JUMP_WITHIN_THE_PAGE.replace("过5次及以上。\n", "过5次及以上。\n（下转第6版）\n"), None,
         {"not_text": "但我更想做产品经理"}),
    # repair
    Case("paragraph-opening-short-under-a-jump-pair-stays-apart", "JOIN002",
         PARAGRAPH_OPENS_UNDER_A_JUMP_PAIR, None,
         {"text": "欢迎宴会上强调\n\n前些年，", "not_text": "上强调前些年"}),
    Case("word-across-a-jump-pair-joins-though-its-line-is-short", "JOIN002",
         WORD_ACROSS_A_JUMP_PAIR, True, {"text": "最喜欢的博物馆服务依次是"}),
    # ... only under a jump marker: under another lifted block, here the mark of the page's
    # second sheet, a line short of the measure joins as a cut line does.
    Case("short-line-under-a-sheet-mark-goes-on", "JOIN002", PARAGRAPH_ACROSS_A_SHEET_MARK, True,
         {"text": "部分场馆周五、周六延长开放至21:00"}),
    # JOIN002: a one-line text under a jump pair is the paragraph's last line, short because
    # the sentence ended, not by the dropped indent: it joins (the page of seed 14601 above,
    # the paragraph cut a character earlier and its rest one line, the next paragraph
    # rewrapped).
    Case("one-line-under-a-jump-pair-is-its-paragraphs-last-line", "JOIN002",
         JUMP_PAIR_INSIDE_A_PARAGRAPH.replace(
             "市场主要在欧\n（下转第九版）\n（上接第十五版）\n洲、澳大利亚和南美洲。“我们认为\n"
             "内外贸同样重要，两条腿走路更稳\n妥。转做国内市场压力很大，这次来\n到对接活动，我们希望利用这个机\n"
             "会，找到可以帮助我们打通后续消费\n端堵点的平台。”\n",
             "市场主要在\n（下转第九版）\n（上接第十五版）\n欧洲、澳大利亚和南美洲。\n“我们认为内外贸同样重要，两\n"
             "条腿走路更稳妥。转做国内市场压力\n很大，这次来到对接活动，我们希望\n利用这个机会，找到可以帮助我们打\n"
             "通后续消费端堵点的平台。”\n"), True,
         {"text": "市场主要在欧洲、澳大利亚和南美洲。\n\n“我们认为"}),
    Case("split", "JOIN001", f"# 标题\n\n{P}\n\n以党建工作的开\n\n展，推动融入。\n", True,
         {"text": "以党建工作的开展，推动融入。"}),
    Case("split-comma", "JOIN001", f"# 标题\n\n{P}\n\n做好“菜篮子”,\n\n以产业发展助力振兴。\n", True,
         {"text": "做好“菜篮子”，以产业发展助力振兴。"}),
    # Hard-wrapped: a short line (OCR lost part of it) ends the paragraph where the printed
    # lines say so, unless the break falls inside a word; 组织, printed nowhere else on the
    # page, is one the word list knows.
    Case("split-after-a-short-line-inside-a-listed-word", "JOIN001", page_of(LISTED_SPLIT), True,
         {"body0": ["".join(LISTED_SPLIT[2:])]}),
    Case("no-split-after-sentence", "JOIN001", f"# 标题\n\n{P}\n\n{BODY}\n", False,
         {"body0": [P, BODY]}),
    Case("split-semicolon", "JOIN001", f"# 标题\n\n{P}\n\n取件要靠村民自己翻找;\n\n个别村庄仍需到镇上领取。\n", True,
         {"text": "取件要靠村民自己翻找；个别村庄仍需到镇上领取。"}),
    Case("no-split-list-items", "JOIN001", f"# 标题\n\n{P}\n\n一是加强领导；\n\n二是落实责任。\n", False,
         {"body0": [P, "一是加强领导；", "二是落实责任。"]}),
    Case("no-split-after-colon", "JOIN001", f"# 标题\n\n{P}\n\n他说：\n\n“我们会继续努力。”\n", False,
         {"body0": [P, "他说：", "“我们会继续努力。”"]}),
    Case("split-around-photo", "JOIN002",
         f"# 标题\n\n{P}\n\n街道重新划分网\n\n\n\n上图：工作人员在调解。张三摄\n\n格以后，秩序井然。\n", True,
         {"text": "街道重新划分网格以后，秩序井然。", "a0.captions": ["上图：工作人员在调解。张三摄"]}),
    Case("hard-wrap-in-block", "JOIN003", f"# 标题\n\n{P}\n\n这是一段被硬换行\n切开的文字。\n", True,
         {"text": "这是一段被硬换行切开的文字。"}),
    Case("stacked-lines", "JOIN004", f"# 标题\n\n\n\n\n第一行  \n第二行\n\n{P}\n", True,
         {"a0.captions": ["第一行 第二行"]}),
    Case("sheet-break-runs-in-box-order", "MOVE001", two_sheets(), True,
         {"body1": [SHEET_BOXES[0][1]], "body2": [SHEET_BOXES[1][1]],
          "body3": [SHEET_BOXES[2][1]], "body4": [SHEET_TWO_ONLY[1]],
          "flags1": [], "flags2": [], "flags3": []}),
    # A run after the break ends where the next box's part opens as a fragment under a
    # finished paragraph: the first box's run leaves the second's last line (棚黄瓜销路好。)
    # to the open end whose seam makes a word with it (大 / 棚), not carrying it along.
    Case("sheet-break-run-ends-at-the-next-box-fragment", "MOVE001", two_sheets(FRAGMENT_TAILS),
         True, {"body1": [FRAGMENT_TAILS[0][1]], "body2": [FRAGMENT_TAILS[1][1]],
                "flags1": [], "flags2": []}),
    # ... but a paragraph of its own that opens short by the indent goes on with the run.
    Case("sheet-break-run-keeps-its-own-next-paragraph", "MOVE001",
         two_sheets(FRAGMENT_TAILS).replace(
             "\n棚黄瓜销路好。\n", "\n" + "\n".join(printed("果农们说，今年的苹果卖得特别好。", head=())) + "\n"),
         True, {"body1": [FRAGMENT_TAILS[0][1], "果农们说，今年的苹果卖得特别好。"],
                "body2": ["本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们说，大"]}),
    # Where the break cut several boxes, an open end the order left unpaired takes a box's
    # last line alone read under another box's part when its seam makes a word (大 / 棚) ...
    Case("sheet-break-open-end-takes-its-last-line-under-another-part", "MOVE001",
         tail_under_another_part(), True, {"body2": [SEAM_TAIL_BOX, SEAM_TAIL_OTHER]}),
    # ... but where it cut one box, what follows the break is that box's: the line stays.
    Case("sheet-break-of-one-box-leaves-a-line-after-its-part", "MOVE001",
         tail_under_another_part(boxes_cut=1), False,
         {"body1": [SEAM_TAIL_BOX[:30] + SEAM_TAIL_OTHER, SEAM_TAIL_BOX[30:]]}),
    # A run too short to share words with its box still goes on there when the seam says
    # so: it closes the bracket (《…) the open end left open.
    Case("sheet-break-run-closes-the-bracket", "MOVE001",
         two_sheets([SHEET_BOXES[0], ("全会审议规划建议", BRACKET_CUT), SHEET_BOXES[2]]),
         True, {"body2": [BRACKET_CUT], "flags2": []}),
    # ... nor where the page's paragraphs start as full as any line (no dropped indent): a
    # full first line after the footer says nothing there.
    Case("sheet-break-needs-short-paragraph-starts", "MOVE001", two_sheets(printed=flush_printed),
         False, {"body1": ["本报讯（记者 王五）今年果园里的苹果又大又甜，果农们忙着采摘苹果"],
                 "flags1": ["truncated_paragraph"]}),
    # ... but not where the words say otherwise: the second box's part on sheet 2 shares
    # nothing with it (the page lost it), so it goes on with none of the open ends. (Its
    # seam 入 / 冬以来 is no word: 北 / 方冬季, as it was, is one the word list knows.)
    Case("sheet-break-run-without-shared-words-stays", "MOVE001",
         two_sheets([SHEET_BOXES[0], ("大棚蔬菜长势喜人", "本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们说，"
                                      "入冬以来气温偏低，降雪天气增多，出行注意防滑。"), SHEET_BOXES[2]]),
         True, {"body2": ["本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们说，入"],
                "flags2": ["truncated_paragraph"]}),
    # A head on sheet 1 with no text under it takes the run after the sheet break that
    # echoes its title (古籍数字化中心), away from the box read before it.
    Case("head-without-text-takes-its-text-after-the-sheet-break", "MOVE002", HEAD_OVER_THE_BREAK,
         True, {"a2.byline": "光明日报记者  杜  娟  通讯员  李一鸣",
                "body2": ["编者按：近年来，古籍数字化工作稳步推进，越来越多的珍贵典籍从库房走向屏幕。古籍数字化究竟怎么做？"
                          "普通读者能从中得到什么？本报记者走进一家古籍数字化中心，记录下工作者们平凡的一天。",
                          "上午9点，位于杭州西郊的一座灰白色小楼里，扫描室的灯已经亮了。工作人员戴上白手套，把一册清代刻本"
                          "轻轻放在V形书托上，调整好角度，按下快门。这台专用扫描仪每拍一页，都要在电脑上放大检查，确认没有"
                          "阴影、没有卷边，才能翻到下一页。",
                          "一页古籍要经过几道工序？",
                          "“扫描只是第一步。”中心负责人沈慧芳告诉记者，一页古籍从进门到上线，要经过登记、修复评估、扫描、"
                          "图像处理、文字识别、人工校对、标引著录等十几道工序。破损严重的古籍要先送到隔壁的修复室，“书能不能"
                          "翻，先得问修复师”。"],
                "body3": ["不久前，西班牙商业顾问、作家胡里奥·塞瓦略斯推出西语专著《璇玑图》。该书根据其在中国18年工作与生活"
                          "的观察与思考，以亲历者的视角深入分析中国发展的路径和经验，积极评价中国以数十年为时间尺度规划发展"
                          "道路。该书一经出版就引发西方社会的广泛关注。本报邀请塞瓦略斯就该书撰写稿件，以飨读者。"],
                "flags3": []}),
    # ... not where the text after the break echoes none of the head's title: it stays the
    # paragraphs of the box read before it (the head's title here is another's).
    Case("head-without-text-keeps-none-that-does-not-echo-it", "MOVE002",
         HEAD_OVER_THE_BREAK.replace("让典籍里的文字“活”起来\n——走进一家古籍数字化中心",
                                     "老挝青年开上了“澜湄号”"),
         False, {"body2": [], "not_text": "澜湄号”\n\n编者按"}),
    # ... nor where the head has text of its own on sheet 1: it is no head without text.
    # (Its last paragraphs, 一页古籍要经过几道工序？ / “扫描只是第一步。”…, echo its
    # subtitle's words, 古籍 and 中心: MOVE004 brings that tail home, not the editor's note.)
    Case("head-with-text-on-sheet-one-takes-none", "MOVE002",
         HEAD_OVER_THE_BREAK.replace("图为工作人员对一册清代刻本进行高清扫描。（资料图片）\n",
                                     "图为工作人员对一册清代刻本进行高清扫描。（资料图片）\n"
                                     "古籍修复是一门慢功夫，修复师们常说，修书如修心。\n"),
         False, {"not_text": "修书如修心。\n\n编者按",
                 "text": "修书如修心。\n\n## 一页古籍要经过几道工序？"}),
    # ... and where that text is inside a run a move took, the run ends before it, and the
    # head takes the run's rest, not the cut box's own text the run was set before
    # (人工辅助育幼流程…, printed before the break): a stretch of the source runs forward.
    Case("head-without-text-cuts-a-moved-run-and-takes-only-its-rest", "MOVE002",
         RUN_CUT_BY_A_HEAD, True,
         {"body0": ["本报联合国10月18日电（记者 李晓宏）联合国粮食及农业组织近日发布报告指出，全球仍有约7亿人"
                    "面临饥饿，气候变化、地区冲突和经济下行是影响粮食安全的主要因素。报告呼吁各国加大对农业特别是"
                    "小农户的投资。",
                    "人工辅助育幼流程，幼仔存活率保持在较高水平。",
                    "据介绍，新生幼仔将在满百日后陆续与公众见面。基地将通过官方网络平台发布幼仔成长视频，让公众"
                    "“云端”观看熊猫宝宝的成长过程。"],
          "body1": ["填资料，扫二维码，领取资料单。阿里巴巴华南技术有限公司运营人员王洪斌已经接待了好几位参展商。"
                    "“他们都打算入驻淘宝，我们这次参加广交会内外贸对接活动，就是想直面国内客户群体，吸纳更多客户。”"]}),
    # A dateline first after the sheet break, inside a box that opened with its own on
    # sheet 1, opens the text of the head before the break that has none (MOVE005).
    Case("second-opening-after-the-sheet-break-goes-to-the-head-without-text", "MOVE005",
         SECOND_OPENING_AFTER_THE_BREAK, True,
         {"a1.dateline": "本报讯（中青报·中青网记者 叶雨婷）",
          "body1": ["本报讯（中青报·中青网记者 叶雨婷）第二届全国大学生职业规划大赛总决赛日前落幕。大赛自启动以来，"
                    "吸引了全国2,000多所高校的近千万名学生参与，最终有600余名选手进入总决赛。",
                    "大赛设成长赛道和就业赛道，选手们围绕职业目标展示自己的学习经历、实践成果和发展规划，由高校教师和"
                    "用人单位代表共同评审。有评委表示，今年选手的职业目标更加多元，不少选手把目光投向了基层、乡村和新兴"
                    "产业。"],
          "body2": ["江城晚报讯（记者 胡 杰）7日，记者从市轨道交通集团获悉，地铁5号线二期工程将于7月10日10:00开通"
                    "试运营。二期工程全长11.6公里，设车站8座，开通后5号线全长达到36.4公里。"]}),
    # ... not where the box on sheet 1 opened with no dateline or byline: a dateline after
    # the break is then its own opening, read late.
    Case("opening-after-the-break-in-a-box-not-yet-opened-stays", "MOVE005",
         SECOND_OPENING_AFTER_THE_BREAK.replace("江城晚报讯（记者 胡 杰）7日，记", "7日，记"), False, {}),
    # ... nor where the text after the break opens no article (no dateline, no byline;
    # the head's title another's, so MOVE002 finds its words in it no more).
    Case("plain-paragraph-after-the-break-is-no-opening", "MOVE005",
         SECOND_OPENING_AFTER_THE_BREAK.replace("本报讯（中青报·中青网记者 叶雨\n婷）", "").replace(
             "全国大学生职业规划大赛总决\n赛落幕", "老旧小区改造惠及千家万户"), False, {"body1": []}),
    # A title with a comma inside, read on after a paragraph's last sentence over its
    # subtitle and byline, its last line short and ending no sentence, as no paragraph's
    # last line does: the next article's title.
    Case("title-with-a-comma-over-its-subtitle-is-split-off", "CLS015", TITLE_WITH_COMMA_OVER_SUBTITLE,
         None, {"a1.headline": "一张报纸，陪伴一座城市七十年", "a1.subtitle": "——写在江城晚报创刊70周年之际",
                "text": "提供更加坚实的战略支撑。\n\n"}),
    # ... not where the line after the sentence fills the measure: a paragraph its column
    # cut may hold a comma and end so.
    Case("full-line-with-a-comma-over-a-subtitle-stays-text", "CLS015",
         TITLE_WITH_COMMA_OVER_SUBTITLE.replace("七\n十年\n", "七\n"), None,
         {"text": "提供更加坚实的战略支撑。一张报纸，陪伴一座城市七"}),
    # Where a sheet break cut one box, its open end goes on with the run after the break
    # that starts mid-sentence (域需求，…), not with a paragraph of the box that opens short
    # as a paragraph does (芯爱科技作为国内率先量产…), which goes on under it.
    Case("sheet-break-one-cut-box-keeps-its-end-for-the-run", "MOVE001", ONE_CUT_BOX_AND_A_HEAD,
         True, {"text": "可满足AI芯片、算力芯片、工业控制等领域需求，有效填补了高端测试领域的国产技术空白。",
                "not_text": "工业控制等领芯爱科技", "flags0": []}),
    # Where the sheet break cut a box and another box's text was read between its open end
    # and its run, the first block after the break opening as a paragraph does, the run goes
    # up to its open end past whatever else was read there (a line alone: “好！”他说。).
    Case("sheet-break-run-goes-up-past-another-box-read-between", "MOVE001",
         RUN_PAST_A_RESUMED_BOX, True,
         {"text": "一场艺术节，赋彩人民美好文化生活，市民群众在家门口就能领略名家名团的风采。"}),
    # ... but a run read right under its open end stays where it is: nothing moves.
    Case("sheet-break-run-right-under-its-end-stays", "MOVE001", RUN_RIGHT_UNDER_ITS_END, False,
         {"text": "今年初，社区启动加装电梯工作"}),
    # A run after the sheet break that shares its cut box's headline's words (its text on
    # sheet 1 a line) goes on there.
    Case("sheet-break-run-sharing-its-box-title-goes-on-there", "MOVE001",
         RUN_ECHOING_THE_CUT_BOX_TITLE, True,
         {"text": "编者按：随着城镇化推进和学龄人口变化，一些乡村学校的学生越来越少。"}),
    # MOVE001 at a sheet break that cut several boxes: a fragment run goes on from the open
    # end its words say, not from the first in page order (…早先从 / 巴勒斯坦…, not …早先从 /
    # ，委政府…); a run stops at a fragment after a finished paragraph, another cut box's run
    # (…进入总决赛。 / ，委政府…).
    Case("sheet-break-runs-go-where-their-words-say", "MOVE001", RUNS_OF_THREE_CUT_BOXES, True,
         {"text": "他们的家人早先从巴勒斯坦其他地方逃难而来",
          "not_text": "早先从，委政府"}),
    Case("sheet-break-run-stops-at-another-boxs-fragment", "MOVE001", RUNS_OF_THREE_CUT_BOXES, True,
         {"text": "据当地媒体报道，委政府正持续推进"}),
    # A run whose head closes a quotation it never opened (行”实践活动…) goes on from the
    # paragraph that left one open (…“乡村振兴青春), not from one whose end makes a word
    # with it (…中国经济总: 总行), which takes its own run (量连续跨越…). (Since fragment
    # runs go only where their words agree, the words decide this page too: the quotation
    # reading, `quoting`, is not what this case pins.)
    Case("quotation-closing-run-goes-to-the-open-quotation", "MOVE001", RUNS_OUT_OF_BOX_ORDER, True,
         {"text": "学校组织的“乡村振兴青春行”实践活动",
          "not_text": "经济总行"}),
    # ... but where no paragraph left a quotation open, the head's mark still says it goes
    # on from a cut one: the quotation opened in a part printed elsewhere (…当年参 / 复掂
    # 量。”, as pdfminer.six reads seed 3001's gen-3005). (Unit test: hand-made.)
    # A run that opens as a fragment (定，增进…) goes on from the open end its words (and
    # the word across the cut, 稳定) say, not from the first open end in page order
    # (…谋创新就是), which takes its own run (谋未来的理念…) by the order.
    Case("sheet-break-fragment-run-goes-where-its-words-say", "MOVE001", RUNS_AFTER_ANOTHER_BOX,
         True, {"text": "维护台海和平稳定，增进两岸同胞", "not_text": "谋创新就是定"}),
    Case("quotation-closing-run-with-no-quotation-open-still-goes", "MOVE001",
         "# 一张报纸，陪伴一座城市七十年\n\n记者翻开1956年的一张旧报，头版一条短消息只有200多字，"
         "记录的是长江边第一座自来水厂建成通水。当年参\n\n# 大棚蔬菜长势喜人\n\n"
         "本报讯（记者 李四）近日，大棚里的黄瓜长势喜人，菜农们忙着采摘。\n\n复掂量。”\n", True,
         {"text": "当年参复掂量。”"}),
    # ... and the head with no text on sheet 1 takes its text, read as a later paragraph of
    # an article printed on sheet 2.
    Case("head-without-text-takes-a-paragraph-of-a-sheet-two-article", "MOVE002",
         ONE_CUT_BOX_AND_A_HEAD, True,
         {"a1.headline": "前三季度主要金融数据变化怎么看（高质量发展看亮点·读数）",
          "a2.headline": "谱写全球妇女事业发展新篇章（国际论坛）",
          "body2": ["在北京举行的全球妇女峰会，谱写了全球妇女事业新的篇章，为促进全球男女平等和妇女全面发展注入新动力，"
                    "为推动构建人类命运共同体贡献新力量。"]}),
    # ... but a line alone, short as a paragraph's last line is, may still go on from the
    # one cut box's end (…预计覆盖学生 / 第 2 页 / 2,000万人次以上。).
    Case("sheet-break-one-cut-box-takes-a-one-line-tail", "MOVE001", ONE_LINE_TAIL_AFTER_THE_BREAK,
         True, {"text": "预计覆盖学生2,000万人次以上。", "flags1": []}),
    # A short last line ending in a column's tag, right over a byline, is the next box's
    # title read on from a cut paragraph: no paragraph ends in a tag or runs into a byline.
    Case("tagged-title-over-a-bare-byline-is-split-off", "CLS015", TAGGED_TITLE_OVER_BARE_BYLINE,
         None, {"a1.headline": "国家队也能“省里办”（微观）", "a1.byline": "李嘉岳"}),
    # PyMuPDF's text of a generated page (seed 14705): a title that ends in its column's
    # tag on a line of its own (a bracket alone, which ends no sentence), read on after a
    # paragraph's last sentence, and the page's foot read between it and its byline where
    # the page breaks: the title is split off all the same, its byline no other's.
    Case("tagged-title-over-a-page-foot-and-a-byline-is-split-off", "CLS015",
         '推进优质医疗资源扩容下沉\n县域医共体让群众就近看好病\n——来自甘肃、河南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省会宁县丁家沟\n镇卫生院门口已经排起了队。72岁的村\n民马有福攥着挂号单，等着县人民医院\n心内科的医生来坐诊。“以前看心脏病\n得去县城，来回一整天，还得让儿子请\n假陪着。现在县里的专家每周二到镇上\n来，在家门口就能看。”马有福说。\n“为全球读者展现一个立体丰富的中国”\n（第一现场）\n第 2 页\n本报记者  徐  馨\n10月15日至19日，第七十七届法兰\n克福书展在德国法兰克福会展中心举\n行，来自100多个国家和地区的4000多\n家出版商参展，吸引了20多万专业人士\n和参观者。\n',
         None, {"a0.byline": "本报记者  邹  翔  韩晓蕾",
                "a1.headline": "“为全球读者展现一个立体丰富的中国”（第一现场）",
                "a1.byline": "本报记者  徐  馨", "furniture": ["第 2 页"]}),
    # Both lines of a title after a sentence's end, right over a line of names alone (a
    # foreign author's), are the title: not its tagged last line alone.
    Case("wrapped-title-over-a-foreign-name-is-split-off-whole", "CLS015", TITLE_OVER_FOREIGN_NAME,
         True, {"a1.headline": "谱写全球妇女事业发展新篇章（国际论坛）",
                "a1.byline": "玛丽娜·拉古什"}),
    # ... but over a line that is no name (an unspaced word), the lines stay the text's.
    Case("wrapped-title-over-a-word-alone-stays-text", "CLS015",
         TITLE_OVER_FOREIGN_NAME.replace("玛丽娜·拉古什\n", "时代\n"), None,
         {"text": "上半年。谱写全球妇女事业发展新篇章（国际论坛）",
          "not_text": "# 谱写全球妇女事业发展新篇章"}),
    # ... not a line ending in a tag over text: a bracket's note may end a paragraph's line.
    Case("tagged-line-over-text-stays", "CLS015",
         TAGGED_TITLE_OVER_BARE_BYLINE.replace("李嘉岳\n", ""), None,
         {"a0.headline": None, "not_text": "# 国家队也能"}),
    # One line after a photo's caption over the rest of a title ending in its column's tag
    # is the title's first line, its commas and quotation marks the title's own.
    Case("one-line-over-a-tagged-title-is-its-first-line", "CLS015", TAGGED_TITLE_AFTER_CAPTION,
         None, {"a1.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）"}),
    # ... and after a finished paragraph; but after a paragraph that ended no sentence the
    # line is that paragraph's, cut by its column.
    Case("one-line-after-a-finished-paragraph-over-a-tagged-title-is-its-first-line", "CLS015",
         TAGGED_TITLE_AFTER_CAPTION.replace(
             "图为湛江国家骨干冷链物流基地冷库\n内，工作人员在搬运水产品。湛江市\n商务局供图\n", ""),
         None, {"a1.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）"}),
    # A caption's full line ending a sentence, then a title line over its tail and a
    # byline: the title is split off the caption (a caption goes on into its credit, not
    # into a head).
    Case("title-under-a-full-caption-is-split-off", "CLS015", TITLE_UNDER_A_FULL_CAPTION,
         None, {"a0.captions": ["图①：1955年7月8日出版的《江城晚报》创刊号。"],
                "a1.headline": "快递进村，“最后一公里”越走越顺", "a1.byline": "本报记者  周  雷"}),
    # ... not the caption's credit over a byline, nor a line with no head under it.
    Case("credit-under-a-full-caption-over-a-byline-stays", "CLS015",
         TITLE_UNDER_A_FULL_CAPTION.replace("快递进村，“最后一公里”越走越\n顺\n", "江城晚报记者  周  雷摄\n"),
         None, {"a0.captions": ["图①：1955年7月8日出版的《江城晚报》创刊号。江城晚报记者  周  雷摄"]}),
    Case("line-under-a-full-caption-over-text-stays", "CLS015",
         TITLE_UNDER_A_FULL_CAPTION.replace("顺\n本报记者  周  雷\n", ""),
         None, {"a0.captions": ["图①：1955年7月8日出版的《江城晚报》创刊号。快递进村，“最后一公里”越走越"]}),
    Case("line-after-open-text-over-a-tagged-title-stays-text", "CLS015",
         TAGGED_TITLE_AFTER_CAPTION.replace(
             "冷链服务。\n图为湛江国家骨干冷链物流基地冷库\n内，工作人员在搬运水产品。湛江市\n商务局供图\n",
             "冷链服务，\n"),
         None, {"a1.headline": "“北京蓝”（总书记的关切·落地的回响）"}),
    # A marker's tail on a line of its own, its head ending the line above, is one marker
    # (JMP002), lifted whole; the paragraph goes on elsewhere.
    Case("marker-cut-at-a-line-end-is-lifted-whole", "JMP002", MARKER_CUT_AT_LINE_END, True,
         {"text": "市教育局、市应急管理局联合发布", "a0.jumps": ["（下转第六版）"]}),
    # A closing quotation mark opening a line under a finished sentence that opened no
    # quotation is the tail of a paragraph cut elsewhere: it goes home (MOVE001).
    Case("closing-quote-under-a-finished-paragraph-goes-home", "MOVE001",
         QUOTE_TAIL_UNDER_FINISHED_PARAGRAPH, True,
         {"text": "卖品牌”“卖文化”转变，茶叶精深加工、茶旅融合等新业态不断涌现。",
          "body1": ["新华社北京9月2日电（记者徐 壮）秋季学期开学之际，教育部近日印发通知，要求各地各校切实做好开学各项"
                    "工作，扎实做好校园安全、食品安全、传染病防控等工作，确保学生安全健康返校。"]}),
    # ... but under a sentence inside an open quotation it is the pushed-down mark.
    Case("closing-quote-under-an-open-quotation-goes-on", "MOVE001",
         QUOTE_TAIL_UNDER_FINISHED_PARAGRAPH.replace("确保学生安全健康返校。", "“确保学生安全健康返校。"),
         False, {"text": "“确保学生安全健康返校。”“卖文化”转变"}),
    # A caption with no start word under a dateline's first line left open, another
    # photo's caption under it: the caption starts under the dateline's line, which goes
    # on under both captions.
    Case("caption-under-an-open-dateline-line-is-set-apart", "BLK005", DATELINE_OVER_TWO_CAPTIONS,
         None, {"a0.captions": ["江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图",
                                "▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷 摄"],
                "text": "本报讯（记者 孙 婷通讯员 高 原）连日来"}),
    # Two lines in an article's text that end in a column's tag are the next article's
    # title, however full the last line and whatever echoes: a tag names an article's
    # headline, never a section's.
    Case("tagged-title-in-text-opens-an-article", "CLS016", TAGGED_TITLE_IN_TEXT, None,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）",
          "text": "携手构建人类命运共同体。\n"}),
    # ... not two lines whose bracket is no column's tag (a note in brackets).
    Case("bracketed-note-in-text-opens-no-article", "CLS016",
         TAGGED_TITLE_IN_TEXT.replace("（国际人士看中国“十四五”成就）", "（记者 钟俊）"), None,
         {"a0.headline": "铁凝出席非洲女性议员研讨班开班式", "not_text": "\n# “开放的中国"}),
    # A box cut at a paragraph's end resumes after the sheet break with a paragraph the
    # converter read into the box before: the paragraph goes to the box whose words it
    # shares (竹地板), and the first box's run goes up to its open end past it (MOVE001).
    Case("box-resumed-after-the-sheet-break-goes-home", "MOVE003", BOX_RESUMED_AFTER_BREAK, True,
         {"a1.headline": "一根竹子“撑”起一条产业链",
          "body1": ["初秋时节，走进长宁县竹海镇，漫山遍野的翠竹随风起伏。在镇上的一家竹木加工厂里，一根根竹子经过破竹、蒸煮、碳化、压制等工序，变成了竹地板、竹家具和竹制餐具。", "“过去卖原竹，一吨只能卖四五百元；现在加工成竹地板，价值能翻好几倍。”工厂负责人罗建华说，企业今年接"
                    "到的订单比去年多了三成，产品销往全国20多个省份，还出口到东南亚。"],
          "text": "使这本书既是一部摄影集，也是一部可信的地方史料。"}),
    # ... not where its words single out no box: it stays where it was read.
    Case("paragraph-after-the-sheet-break-without-its-box-s-words-stays", "MOVE003",
         BOX_RESUMED_AFTER_BREAK.replace("现在加工成竹地板", "现在加工成木地板").replace(
             "变成了竹地板、竹家\n具和竹制餐具", "变成了各类家\n具和日用餐具").replace(
             "一根根竹子经过破竹、蒸煮", "一根根原料经过切割、蒸煮"), False,
         {"body1": ["初秋时节，走进长宁县竹海镇，漫山遍野的翠竹随风起伏。在镇上的一家竹木加工厂里，一根根原料经过切割、蒸煮、碳化、压制等工序，变成了各类家具和日用餐具。"]}),
    # ... also where the box's text on sheet 1 ends in a jump's tail that MOVE001 brought
    # from under its marker (（上接第一版）) printed in another box: that tail is the box's
    # end on sheet 1.
    Case("box-ending-in-its-jump-s-tail-resumed-after-the-sheet-break-goes-home", "MOVE003",
         BOX_RESUMED_AFTER_BREAK.replace(
             "碳化、压制等工序，变成了竹地板、竹家\n具和竹制餐具。\n",
             "碳化、压制等工序，变成了竹地板、竹家\n具和竹制餐具。\n当地生产的竹地板、竹席和竹家具，\n"
             "一部分\n（下转第五版）\n暑期防溺水 这些地方别去\n本报讯（记者 刘 洋）暑假来临，中小\n"
             "学生溺水风险增加，市教育局发布暑期防\n溺水安全提示。\n（上接第一版）\n远销海外，竹家具尤其受欢迎。\n"),
         True, {"a1.headline": "一根竹子“撑”起一条产业链", "body1": [
             "初秋时节，走进长宁县竹海镇，漫山遍野的翠竹随风起伏。在镇上的一家竹木加工厂里，一根根竹子经过"
             "破竹、蒸煮、碳化、压制等工序，变成了竹地板、竹家具和竹制餐具。",
             "当地生产的竹地板、竹席和竹家具，一部分远销海外，竹家具尤其受欢迎。",
             "“过去卖原竹，一吨只能卖四五百元；现在加工成竹地板，价值能翻好几倍。”工厂负责人罗建华说，"
             "企业今年接到的订单比去年多了三成，产品销往全国20多个省份，还出口到东南亚。"]}),
    # ... but a run goes up past paragraphs read between only where each opens as a
    # paragraph does: a full line there may be the open end's own continuation.
    Case("sheet-run-stays-behind-a-full-line", "MOVE001",
         BOX_RESUMED_AFTER_BREAK.replace("“过去卖原竹，一吨只能卖四五百\n元；", "“过去卖原竹，一吨只能卖四五百元；\n"),
         None, {"not_text": "使这本书既是"}),
    # The head's text opens with the paragraph right before the one that echoes its title
    # most, where that one echoes it enough too; it stops at another box's cut tail (上。).
    Case("head-without-text-takes-its-first-paragraph-too", "MOVE002",
         HEAD_TEXT_OPENS_WITH_A_WEAKER_ECHO, True,
         {"a1.headline": "一张报纸，陪伴一座城市七十年",
          "body1": ["1955年7月8日傍晚，第一期《江城晚报》从印刷厂运出，报童们抱着还带着油墨香的报纸跑上街头。那一天的报纸"
                    "只有4个版，售价2分钱，却被市民抢购一空。",
                    "七十年来，这张报纸换过10次版式、搬过3次家，从铅与火、光与电一路走到了数与网。不变的，是它始终把镜头"
                    "和笔触对准这座城市里的普通人。"]}),
    # ... nor a later paragraph of the box read before it that echoes a word of the head's
    # title (“扫描只是第一步。”中心负责人…古籍…), where the text after the break opens with a
    # full line (a sentence going on, no box's first text on sheet 2). (MOVE006 then
    # places the head's text by its words, all of it from 编者按 on, and flags the head.)
    Case("head-without-text-takes-no-later-paragraph", "MOVE002",
         HEAD_OVER_THE_BREAK.replace("编者按：近年来，古籍数字化工作稳步推\n进，", "编者按：近年来，古籍数字化工作稳步推进，\n"),
         False, {"flags2": ["text_by_words"]}),
    Case("orphan-run", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。\n\n"
         "黄瓜品种改良后产量提高，村里帮助村民拓展销\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n"
         "售渠道。\n\n村民说，黄瓜大棚的收入比往年多了不少。\n", True,
         {"body0": ["本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。",
                    "黄瓜品种改良后产量提高，村里帮助村民拓展销售渠道。",
                    "村民说，黄瓜大棚的收入比往年多了不少。"],
          "body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。"]}),
    Case("orphan-run-closing-a-quotation", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜，为“十四\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n"
         "五”规划收官出力，黄瓜大棚的收入比往年多了不少。\n", True,
         {"body0": ["本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜，为“十四五”规划收官出力，"
                    "黄瓜大棚的收入比往年多了不少。"],
          "body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。"]}),
    Case("quotation-closed-in-its-own-paragraph-stays", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜，为“十四\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n"
         "“好”字当头，网格治理让居民议事协商更方便。\n", False,
         {"body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。",
                    "“好”字当头，网格治理让居民议事协商更方便。"]}),
    Case("marked-tail-joins-marked-head", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。\n\n"
         "黄瓜品种改良后产量提高，村里帮助村民拓展了销售渠道。\n\n（下转第二版）\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n（上接第二版）\n\n"
         "村民说，黄瓜大棚的收入比往年多了不少，黄瓜品种还要改良。\n", True,
         {"body0": ["本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。",
                    "黄瓜品种改良后产量提高，村里帮助村民拓展了销售渠道。",
                    "村民说，黄瓜大棚的收入比往年多了不少，黄瓜品种还要改良。"],
          "body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。"]}),
    # Tesseract (committed gen-0003): the tail under its marker, then a paragraph opening
    # with a dateline whose title OCR read elsewhere: that is another article's first
    # paragraph, no part of the tail.
    Case("marked-tail-stops-at-a-dateline", "MOVE001",
         "# 科研团队\n\n本报讯（记者 甲乙）这支团队去年在挑战杯竞赛中获得特等奖。他们研发的隔膜材\n\n"
         "（下转第二版）\n\n"
         "# 英歌醒狮\n\n本报讯（记者 丙丁）英歌和醒狮表演为艺术节拉开帷幕。\n\n（上接第一版）\n\n"
         "料，能让锂电池在零下20℃时的容量保持率提高到85%以上，团队的隔膜材料申请了专利。\n\n"
         "本报北京5月13日电（记者 丁怡）记者从国家文物局获悉，全国已有120余家博物馆推出夜间开放服务。\n",
         True,
         {"body0": ["本报讯（记者 甲乙）这支团队去年在挑战杯竞赛中获得特等奖。他们研发的隔膜材料，"
                    "能让锂电池在零下20℃时的容量保持率提高到85%以上，团队的隔膜材料申请了专利。"],
          "body1": ["本报讯（记者 丙丁）英歌和醒狮表演为艺术节拉开帷幕。",
                    "本报北京5月13日电（记者 丁怡）记者从国家文物局获悉，全国已有120余家博物馆推出夜间开放服务。"]}),
    Case("marked-tail-of-another-story-stays", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。\n\n"
         "黄瓜品种改良后产量提高，村里帮助村民拓展了销售渠道。\n\n（下转第二版）\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n（上接第一版）\n\n"
         "港口集装箱吞吐量创新高，航运企业新开了三条国际航线。\n", False,
         {"body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。",
                    "港口集装箱吞吐量创新高，航运企业新开了三条国际航线。"]}),
    Case("jump-marker-line-ends-the-cut-paragraph", "MOVE001",
         page_of(printed(FULL, LONG[:30]) + ["（下转第二版）"]
                 + printed(CHIPS, NEXT, head=("社区治理见实效", "本报记者 李强"))
                 + ["（上接第一版）", LONG[30:] + "各地要做好收购资金保障和市场监测预警。"]), True,
         {"a0.jumps": ["（下转第二版）"], "a1.jumps": ["（上接第一版）"],
          "body0": [FULL, LONG + "各地要做好收购资金保障和市场监测预警。"],
          "body1": [CHIPS, NEXT]}),
    Case("signature-closes-the-text-above", "CLS005",
         page_of(printed(FULL, LONG) + ["——编 者"]
                 + printed(CHIPS, NEXT, head=("社区治理见实效", "本报记者 李强"))), None,
         {"body0": [FULL, LONG, "——编 者"], "a1.kicker": None, "a1.headline": "社区治理见实效"}),
    Case("short-sentence-stays", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘。\n\n帮助村民拓展销\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n是的。\n\n"
         "社区书记说，网格治理让居民议事协商更方便。\n", False,
         {"body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。", "是的。",
                    "社区书记说，网格治理让居民议事协商更方便。"]}),
    # flags
    Case("truncated", "FLG001", f"# 标题\n\n{P}\n\n帮助村民拓展销\n", True,
         {"flags0": ["truncated_paragraph"]}),
    Case("not-truncated", "FLG001", f"# 标题\n\n{P}\n\n{BODY}\n", False, {"flags0": []}),
    Case("near-duplicate", "FLG002",
         f"# 标题\n\n{P}\n\n同时，通过引进名优品种，推广无公害生产管理技术。\n\n"
         "据了解，通过引进名优品种，推广无公害生产管理技术，效果很好。\n", True,
         {"flags0": ["near_duplicate"]}),
    # page doubt (rules/doubt.toml): page flags, no edits
    Case("many-headings", "DBT001", f"# 标题\n\n{P}\n\n" + "".join(
        f"**{n}、坚持党的领导**\n\n{BODY}\n\n" for n in "一二三四五"), True,
        {"page_flags": ["DBT001"]}),
    Case("few-headings", "DBT001", f"# 标题\n\n{P}\n\n" + "".join(
        f"**{n}、坚持党的领导**\n\n{BODY}\n\n{BODY}\n\n{BODY}\n\n" for n in "一二三四五"),
        False, {"page_flags": []}),
    Case("heading-mid-sentence", "DBT002",
         f"# 标题\n\n{P}\n\n**一、坚持党的领导坚持党的领导坚持党的领导坚持党的领导**\n\n{BODY}\n",
         True, {"page_flags": ["DBT002"]}),
    Case("printed-heading-not-judged", "DBT002",
         f"# 标题\n\n{P}\n\n## 一、坚持党的领导坚持党的领导坚持党的领导坚持党的领导\n\n{BODY}\n",
         False, {"page_flags": []}),
    # A heading that leads into what follows with a dash is a phrase (人民日报: 为何著书——
    # over its section's title); one with a clause mark inside is a sentence's first line.
    Case("lead-in-heading-with-a-dash-is-no-open-end", "DBT002",
         f"# 标题\n\n{P}\n\n**为何著书——**\n\n{BODY}\n", False, {"page_flags": []}),
    Case("clause-ending-in-a-dash-is-an-open-end", "DBT002",
         f"# 标题\n\n{P}\n\n**今年的两个坐标，提供了一个重要观察维度——**\n\n{BODY}\n", True,
         {"page_flags": ["DBT002"]}),
    # PyMuPDF's text of 人民日报 2025-10-20 第17版 and 第19版: section heads, one leading in
    # with a dash over its title, one over its section's reporter (本报记者  刘诗瑶), a line
    # no wider than the head: neither runs on, and the page raises no doubt.
    Case("real-lead-in-heading-raises-no-doubt", "DBT002", '一个西班牙人对中国式现代化的观察\n胡里奥·塞瓦略斯\n《人民日报》（2025年10月20日 第 17 版）\n不久前，西班牙商业顾问、作家胡里奥·塞瓦略斯推出西语专著\n《璇玑图》。该书根据其在中国18年工作与生活的观察与思考，以亲\n历者的视角深入分析中国发展的路径和经验，积极评价中国以数十年\n为时间尺度规划发展道路。该书一经出版就引发西方社会的广泛关注。\n本报邀请塞瓦略斯就该书撰写稿件，以飨读者。\n为何著书——\n中国不是难解的谜团，而是鲜活的拼图\n在21世纪的国际舞台上，中国是最重要的参与者之一。在全球经\n济发展、科技创新以及应对气候变化等方面，中国均发挥关键作用。\n理解中国如何与世界互动，不仅是满足知识探索的需求，更是预判全\n球未来走向的必修课。\n“璇玑”二字，源自中国古代天文学家观测星辰运行的仪器。正\n如古代观星者依据星象校准决策方向，当下欧洲也需重新校准自身的\n战略罗盘。“璇玑图”是中国南北朝才女苏蕙创作的回文诗，这一意\n象极具深意：应对全球挑战本就存在多元方法，中国的发展实践证明\n现代化道路绝非只有一条。我的新书《璇玑图》聚焦中国、中国企业\n与中国民众在复杂全球格局中的定位与选择。\n',
         None, {"page_flags": [], "a0.headline": "一个西班牙人对中国式现代化的观察"}),
    Case("section-head-over-its-reporter-does-not-run-on", "DBT002", '创新答卷彰显新型举国体制优势（科技视点\n）\n《人民日报》（2025年10月20日 第 19 版）\n习近平总书记强调，“充分发挥新型举国体制优势，加快推进高\n水平科技自立自强”。\n“十四五”期间，在以习近平同志为核心的党中央坚强领导下，\n充分发挥新型举国体制优势，全社会共同努力，我国科技事业取得历\n史性成就，发生历史性变革，科技创新书写精彩答卷。锚定2035年建\n成科技强国的战略目标，面向国家重大需求，通过政府力量和市场力\n量协同发力，凝聚和集成国家战略科技力量、社会资源共同攻克重大\n科技难题，我国高水平科技自立自强步伐铿锵有力。\n创新中国动能澎湃，为中国式现代化建设提供了坚实支撑。\n——编  者\n战略科技持续壮大\n本报记者  刘诗瑶\n以蓝白色相间的美丽地球为背景，神舟二十号乘组航天员王杰身\n穿舱外服，在空间站机械臂和地面科研人员的配合支持下，顺利开展\n出舱任务。\n茫茫太空多了一抹五星红旗的鲜艳，这样的场景，在过去5年中时\n常出现。\n5年间，中国空间站实现产品全部国产化、原材料全部国产化、关\n键核心元器件100%自主可控，在轨开展了数百项空间科学实（试）验，\n空间科学成果涌现。\n还有一幕场景为人们津津乐道。去年6月7日，两位白发苍苍的院\n士在航天科技集团五院办公楼遇见，他们分别是神舟飞船首任总设计\n师戚发轫、嫦娥一号卫星总设计师兼总指挥叶培建。两人共执一张从\n',
         None, {"page_flags": ["DBT010"]}),  # (no DBT002; the excerpt stops mid-sentence)
    # PyMuPDF's text of 人民日报 2025-10-20 第9版 (its first 24 lines and lines 71-80): a
    # theory page's section heads, full statements of 27-29 characters with no end mark, each
    # between a paragraph that ends a sentence and one that starts one (section_head's
    # "parallel"): longer than max_chars and as wide as the next line, yet no doubt.
    Case("theory-page-statement-heads-raise-no-doubt", "DBT002", "更好统筹高质量发展和高水平安全（深入学\n习贯彻习近平新时代中国特色社会主义思想\n·学习《习近平经济文选》第一卷专家谈）\n李  非  黄  婧\n《人民日报》（2025年10月20日 第 09 版）\n当今时代，发展利益和安全利益复杂交织。如何处理好发展和安\n全的关系，是世界各国面临的共同难题。党的十八大以来，习近平总\n书记高度重视发展和安全，反复强调要统筹高质量发展和高水平安全，\n许多重要论述都收入《习近平经济文选》第一卷。比如，《关于构建\n新发展格局》指出：“这次中央全会对统筹发展和安全作出战略部署，\n对在复杂环境下更好推进我国经济社会发展具有重大指导意义”；《\n中国式现代化要靠科技现代化作支撑》指出：“坚持创新引领发展，\n树牢抓创新就是抓发展、谋创新就是谋未来的理念，以科技创新引领\n高质量发展、保障高水平安全”；等等。8月29日召开的中共中央政治\n局会议强调：“牢牢守住发展不能以牺牲安全为代价这条底线”“更\n好统筹高质量发展和高水平安全”。在以中国式现代化全面推进强国\n建设、民族复兴伟业的新征程上，我们要深入学习贯彻习近平总书记\n重要讲话精神，坚决贯彻中共中央政治局会议部署要求，以高质量发\n展促进高水平安全，以高水平安全保障高质量发展，不断续写经济快\n速发展和社会长期稳定两大奇迹新篇章。\n更好统筹高质量发展和高水平安全具有深刻的理论逻辑、历史逻\n辑、实践逻辑\n从“发展”到“高质量发展”的深化，从“安全”到“高水平安\n全”的拓展，既一脉相承又与时俱进。习近平总书记指出：“我们必\n良性互动”并作出重要部署，必须落深落细落实落到位。新征程上，\n我们要保持战略定力、战略自信、战略耐心，坚定推进高质量发展方\n向不动摇，抓住筑牢高水平安全根基不放松，确保我国社会主义现代\n化事业行稳致远。\n完整准确全面贯彻新发展理念，以高质量发展促进高水平安全\n习近平总书记在《经济工作要适应经济发展新常态》中指出：“\n发展是党执政兴国的第一要务，是解决我国一切问题的基础和关键”；\n在亚洲相互协作与信任措施会议第四次峰会上指出：“发展就是最大\n安全”。高质量发展是新时代的硬道理。只有牢牢把握高质量发展这\n个硬道理，完整、准确、全面贯彻新发展理念，推动经济发展迈上更\n",
         # (no DBT002; the excerpt stops mid-sentence, and its lines 24 and 71 meet: DBT010)
         None, {"page_flags": ["DBT010"], "text": "\n## 完整准确全面贯彻新发展理念，以高质量发展促进高水平安全\n"}),
    Case("wrapped-without-measure", "DBT003", "# 标题\n\n" + "\n".join(
        "这是一行长短不一的硬换行文字" + "字" * (k * 7 % 17) for k in range(12)) + "\n",
        True),
    # found by review and fuzzing: each once broke a page
    Case("print-page-first-heading-keeps-one-byline", "CLS013",
         f"# 全市经济开局良好\n\n本报记者 王五\n\n{P}{BODY}\n\n从多少年感悟自信\n\n{PRINT_HEAD}\n\n"
         "高铁在很大程度上改变着人们规划生活的时空观念。\n", None,
         {"a0.byline": "本报记者 王五", "a1.headline": "从多少年感悟自信"}),
    Case("title-tail-is-no-byline", "CLS014",
         page_of(printed("新华社北京9月2日电（记者 王五）" + LONG, NEXT, FULL,
                         head=("守护国家粮食", "安全"))), False,
         {"a0.headline": "守护国家粮食安全", "a0.byline": None}),
    Case("date-opening-prose-stays", "BLK007",
         page_of(printed(LONG, "2025年10月1日星期三上午，市领导来到车间看望了工人们，并同他们亲切交谈。",
                         FULL)), False, {"furniture": []}),
    Case("inline-caption-credit-same-line", "CAP005",
         page_of(printed(LONG, NEXT + "图为工人在车间内忙碌。本报记者 王五摄", FULL)), True,
         {"a0.captions": ["图为工人在车间内忙碌。本报记者 王五摄"]}),
    Case("photo-news-title", "CLS016",
         page_of(printed(FULL, NEXT, LONG) + printed(
             "十月十九日，第一百三十八届广交会第一期闭幕，展区吸引全球采购商参观洽谈。",
             head=("图片报道",))),
         None, {"a1.headline": "图片报道"}),
    Case("topic-shift", "CLS016",
         page_of(printed(FULL, NEXT, LONG) + printed(
             "江豚是长江里唯一的哺乳动物，近年监测到的种群数量明显回升，专家称生态持续向好。",
             "渔民上岸转产从事生态巡护，成为守护江豚和珍稀鱼类的护渔员，收入有保障。",
             head=("长江江豚种群回升",))),
         None, {"a1.headline": "长江江豚种群回升"}),
    Case("section-heading-same-topic", "CLS016",
         page_of(printed(FULL, NEXT, LONG) + printed(
             "活动现场，参加活动的代表和群众纷纷表示，这样的活动让大家收获很大，希望多举办。",
             head=("活动收获很大",))),
         None, {"a0.headline": "活动顺利举行"}),
    Case("title-as-wide-as-the-column-with-its-lede-s-words-opens-an-article", "CLS016",
         ECHO_TITLE, None,
         {"a0.headline": "美育走进课堂", "a1.headline": "前三季度我国服务贸易稳中有进"}),
    # A word of the text above in it (美术): the line is that article's, no headline.
    Case("title-line-with-a-word-of-the-text-above-opens-no-article", "CLS016",
         ECHO_TITLE.replace("我国服务贸易", "美术课服务贸易"), None,
         {"a0.headline": "美育走进课堂", "not_text": "# 前三季度"}),
    # One pair of the title's (季度) printed once in the article above is chance: the
    # line opens an article still. Printed there three times it is that article's own
    # subject, and the line one of its section headings.
    Case("title-line-sharing-one-chance-pair-above-opens-an-article", "CLS016",
         ECHO_TITLE.replace("今天，随着", "本季度随着"), None,
         {"a0.headline": "美育走进课堂", "a1.headline": "前三季度我国服务贸易稳中有进"}),
    Case("title-line-whose-pair-the-text-above-repeats-opens-no-article", "CLS016",
         ECHO_TITLE.replace("今天，随着", "本季度随着").replace("生动实践", "季度实践").replace(
             "一扇窗口", "季度窗口"), None,
         {"a0.headline": "美育走进课堂", "not_text": "# 前三季度"}),
    # …and where the article's headline prints one of the line's pairs too (服务).
    Case("title-line-sharing-a-pair-with-the-headline-opens-no-article", "CLS016",
         ECHO_TITLE.replace("今天，随着", "本季度随着").replace("美育走进课堂", "美育服务课堂"),
         None, {"a0.headline": "美育服务课堂", "not_text": "# 前三季度"}),
    Case("columns-side-by-side", "LAY001", page_of(
        [a.ljust(18) + "   " + b for a, b in zip(
            printed(FULL, NEXT, LONG), printed(LONG, NEXT, FULL, head=("江豚种群回升", "本报记者 李四")))]),
        True, {"a0.headline": "活动顺利举行", "body0": [FULL, NEXT, LONG],
               "a1.headline": "江豚种群回升", "body1": [LONG, NEXT, FULL], "page_flags": []}),
    # pdftotext -layout (seed 807): a region that is all one head stack (a wrapped title
    # over the column, its subtitle and byline right of it) is parted at its gutter, not
    # parted again and again into itself until the page is left as printed.
    Case("columns-under-a-region-that-is-all-head", "LAY001", page_of([
        "                  长江江豚种群数量回升的调研报告", "       （上接第2版）",
        "活动现场气氛热烈，参加者纷", "纷表示收获很大，希望以后多", "举办这样的活动，让更多人受",
        "                         告之二",
        "益。会议要求，各地要切实做                         ——来自长江的调研",
        "好收购资金保障，加强市场监                               本报记者李四",
        " " * 71 + "图为江豚在长江中游", "测预警。",
        " " * 20 + "今天上午这里举行了      一次活动，来自各地的代       表和群众参加了活动。     弋。",
        "    严厉打击压级压价等违" + " " * 63 + "本报记者王五摄"]), True,
        {"text": "# 长江江豚种群数量回升的调研报告告之二"}),
    # pdftotext -layout: a column whose line is full and open (no end mark) goes on under a
    # row blank in its box (another box's line stood there): it is read before the
    # neighbouring column, not after it as a box stacked below.
    Case("column-going-on-under-a-row-of-another-box", "LAY001", placed(
        *GOES_ON_ROWS, [(0, in_column(FULL + LONG + NEXT + CHIPS)[10])],
        [(0, in_column(FULL + LONG + NEXT + CHIPS)[11]), (20, GOES_ON[10])]), True,
        {"text": GOES_ON[9] + GOES_ON[10]}),
    # pdftotext -layout: a caption over a box's first column, its credit on the next row
    # over the second column (not flush right): the credit is read with the caption, not
    # at the top of the second column.
    Case("caption-credit-over-the-next-column", "LAY001", placed(
        [(0, "图为江豚在长江中游弋。")], [(22, "县融媒体中心供图")],
        *[[(0, x), (20, y)] for x, y in zip(GOES_ON[:9], GOES_ON[9:])]), True,
        {"captions": ["图为江豚在长江中游弋。 县融媒体中心供图"], "text": GOES_ON[8] + GOES_ON[9]}),
    # pdftotext -layout (seed 712): a slogan's phrases a space apart over a box, one of its
    # word spaces in the box's gutter (further left than the column's start) is read whole,
    # not cut into the columns at that space.
    Case("grid-slogan-across-a-gutter-is-read-whole", "LAY001", placed(
        [(0, "南岭日报"), (40, "2025年5月11日 星期日 第4版")], [], [],
        [(25, "坚定信心 实干争先 奋力谱写高质量发展新篇章")], [], [(0, "长江江豚种群数量回升")],
        [(0, "本报记者李四")], *[[(0, x), (20, y), (40, z)] for x, y, z in zip(
            GOES_ON[:6], GOES_ON[6:12], GOES_ON[12:18])]), True,
        {"text": "坚定信心 实干争先 奋力谱写高质量发展新篇章"}),
    # pdftotext -layout (seed 804's geometry, other words): a box's second column ends; its
    # first goes on alone on alternate rows (a neighbour's lines between). A paragraph ends
    # over a gap and the line under it opens the next, indented and full: no box's end,
    # the column is read whole before the second.
    Case("grid-column-goes-on-with-an-indented-paragraph-under-a-gap", "LAY001", placed(
        [(0, "南岭日报"), (50, "2025年5月11日 星期日 第4版")], [], [], [(0, "江豚回来了")], [],
        *[[(0, a), (20, r)] for a, r in zip(in_column(NEXT + FULL, 13)[:4], in_column(CHIPS, 13))],
        *[row for b in in_column(NEXT + FULL, 13)[4:] + in_column("  " + LONG, 13)
          for row in ([], [(0, b)])]), True,
        {"body0": [NEXT + FULL, LONG, CHIPS]}),
    # pdftotext -layout (seed 610's geometry, other words): a box's last column holds two
    # lines, the second short, then a picture whose caption's credit shares a row with the
    # first column: the runs on both sides of the gutter are short, but the caption's line
    # wholly right of it is a column's width. The columns are parted, not read across.
    Case("grid-short-last-column-over-a-caption-is-parted", "LAY001", placed(
        [(0, "南岭日报"), (50, "2025年5月11日 星期日 第4版")], [], [], [(0, "江豚回来了")], [],
        *[[(0, a), (20, r)] for a, r in zip(in_column(NEXT + LONG + FULL, 13),
                                            in_column("会议要求，各地要切实做好收购资金保障。", 13))],
        *[[(0, a)] for a in in_column(NEXT + LONG + FULL, 13)[2:7]],
        [(20, "图为江豚在长江中游游弋。")], [(0, in_column(NEXT + LONG + FULL, 13)[7]), (20, "本报记者王五摄")],
        *[[(0, a)] for a in in_column(NEXT + LONG + FULL, 13)[8:]]), True,
        {"body0": [NEXT + LONG + FULL, "会议要求，各地要切实做好收购资金保障。"]}),
    # pdftotext -layout (seed 807's geometry, other words): a byline centred under the
    # title, its name one space after 本报记者 at the second column's start: the space is a
    # word space, the byline is read whole with the head, not its name atop the column.
    Case("grid-byline-name-at-the-second-column-s-start", "LAY001", placed(
        [(0, "南岭日报"), (50, "2025年5月11日 星期日 第4版")], [], [], [(8, "江豚回来了")],
        [(15, "本报记者"), (20, "王五")],
        *[[(0, a), (20, b)] for a, b in zip(in_column(NEXT + LONG + FULL, 13),
                                            in_column(CHIPS + FULL + NEXT, 13))]), True,
        {"a0.byline": "本报记者 王五"}),
    # pdftotext -layout (committed gen-0007's geometry, other words): two large titles side
    # by side one space apart (the grid gives each character one cell), both wrapped, the
    # right one's second line at its first's start: no word space, the titles are parted.
    Case("grid-titles-a-space-apart-both-wrapped-are-parted", "LAY001", placed(
        [(0, "南岭日报"), (50, "2025年5月11日 星期日 第4版")], [], [],
        [(0, "江豚回来了长江中游的调"), (12, "开发区引进芯片设计企业二十多")],
        [(0, "研报告之二")], [(0, "江心洲")], [(12, "家（产业观察）")], [],
        [(0, "李四"), (19, in_column(CHIPS + CHIPS_MORE, 13)[0]), (37, in_column(FULL + LONG, 13)[0])],
        *[[(0, a), (19, b), (37, c)] for a, b, c in zip(
            in_column(LONG + NEXT, 12), in_column(CHIPS + CHIPS_MORE, 13)[1:],
            in_column(FULL + LONG, 13)[1:])]), True,
        {"banner": None, "text": "开发区引进芯片设计企业二十多家（产业观察）"}),
    # pdftotext -layout (seed 804's geometry, other words): a slogan on the region's top
    # row over the right side, starting left of that side's column start (over a picture's
    # space), is set across the page: read first, not after the left box's title and lines.
    Case("grid-form-feed-opening-a-sheet-takes-no-place", "LAY001", SHEET_FEED, True,
         {"text": "今年前5个月，全国家电以旧换新", "a0.headline": "前5个月家电以旧换新带动销售1260亿元"}),
    # pdftotext -layout (seed 1706's geometry, other words): two one-column boxes side by
    # side, their lines on alternate rows lower down, two rows blank across both (a tall
    # line of a box elsewhere on those rows); the left column's line above them is full
    # and open, the one under them at its start: each column goes on below, whatever
    # stands beside it (here the other column, no head), and each box is read whole.
    Case("grid-column-goes-on-across-blank-rows-beside-a-column", "LAY001", placed(
        [(0, "南岭日报"), (50, "2025年5月11日 星期日 第4版")], [], [],
        [(0, "江豚回来了"), (20, "开发区引进芯片企业")], [],
        *[[(0, a), (20, b)] for a, b in zip(in_column(FULL + LONG + NEXT, 12)[:3],
                                            in_column(CHIPS + CHIPS_MORE, 12)[:3])],
        *[row for a, b in zip(in_column(FULL + LONG + NEXT, 12)[3:6],
                              in_column(CHIPS + CHIPS_MORE, 12)[3:6]) for row in ([(0, a)], [(20, b)])],
        [], [], *[[(0, a), (20, b)] for a, b in zip(in_column(FULL + LONG + NEXT, 12)[6:],
                                                    in_column(CHIPS + CHIPS_MORE, 12)[6:])],
        *[[(0, a)] for a in in_column(FULL + LONG + NEXT, 12)[7:]]), True,
        {"body0": [FULL + LONG + NEXT], "body1": [CHIPS + CHIPS_MORE]}),
    Case("grid-slogan-over-a-picture-space-is-read-first", "LAY001", page_of([
        " " * 48 + "会议要求各地要切实做好收购资金保", "障加强市场“监测”预警", "", "",
        "严厉打击压级压价等违法违规", "",
        "  行为活（动现 场 气）氛" + " " * 39 + "热烈，参加者5纷纷，表示收      获“很大希”望以，后多举办",
        "这样的活动让更多人受益今" + " " * 41 + "天上午这里举行了一次活动来      自各地的代表和群众参，加了",
        " " * 53 + "集成电路是，信息产业发展的      基础开发区引进了一。", "",
        " " * 53 + "批芯片设计和封。", "", " " * 55 + "装测试企业，会议要求各", "",
        " " * 53 + "地要切实做好收购30资金保障", "",
        " " * 25 + "加强市场监测预警严厉打击压。              级压价。等违法违规行为活",
        " " * 25 + "（动现场气）                      氛，热烈参加者纷“纷表示”"]), True,
        {"banner": "会议要求各地要切实做好收购资金保"}),
    # pdftotext -layout (seed 812): a box of a title and four rows of three columns, one
    # blank line, then the next row's title off every column's start over two boxes whose
    # lines fall on alternate rows: the box ended there, and is no head stack to be read
    # with the row below (its third column before the lower boxes, not after them).
    Case("short-box-ended-over-the-next-row-is-no-head-stack", "LAY001", placed(
        [(6, "长江江豚种群数量回升")],
        *[[(0, x), (18, y), (36, z)] for x, y, z in zip(GOES_ON[:4], GOES_ON[4:8], GOES_ON[8:12])],
        [], [(44, "江豚回来了")],
        *[row for x, y, z in zip(in_column((CHIPS + CHIPS_MORE + FULL) * 2)[:6], GOES_ON[12:18],
                                 in_column((CHIPS + CHIPS_MORE + FULL) * 2)[6:12])
          for row in ([(0, x), (18, y)], [(36, z)])]), True,
        {"text": GOES_ON[7] + GOES_ON[8]}),
    # pdftotext -layout (seed 709's geometry, other words): a caption's two lines in a
    # picture's space between two columns, one of them sharing a row with the column on
    # its right (3 spaces apart): no gutter has lines enough on both sides, but a run blank
    # on every line with text on each side of it on two lines parts them; the caption's
    # lines are read together, not the second glued to the column's line.
    Case("grid-caption-beside-a-column-is-parted-at-a-blank-run", "LAY001", page_of([
        '                                     会议要求各地要切',
        '',
        '实做好收购资金“保”障加',
        '',
        '——强市场监测预警严厉打击',
        '',
        '压级压价等违 法 违 规行为 活动现',
        '',
        '  场气氛：热烈参，加者                           纷？纷表示收获很大希望以       后多举办这样V的活动让，',
        '更多人受益今天上午，这里                           举行了一次，活动来自各地       的代表和群，众参加了。集',
        '成电路是信息产业发展的基                           础开发区引进。            了一批芯片设计和封装，测',
        '试企。业会议要求各地要切           实做好收购资金保障加强市场',
        '                                         监测9预，警严厉打击       压级压价等违法违规，行为',
        '活？动现场气氛热烈参加者           纷纷表示收获。（很大希望）   以后多举办这样的活动，让       更多人受、益今天上，午这',
        '',
        '                                       里举行了一次活动。来自各       地的代表和。',
        '                                       群众参加了集，成电路是信',
        '',
    ]), True, {"text": "实做好收购资金保障加强市场纷纷表示收获。（很大希望）"}),
    # pdftotext -layout: blank rows across the page (a tall title or a picture elsewhere)
    # part two rows of boxes, but the one-column box on the right goes on through them (its
    # last line above full and open, its next line at its start, full): the rows are read
    # as one region, the right column whole, not its lower half after the row below's boxes.
    Case("column-going-on-through-blank-rows-across-the-page", "LAY001", placed(
        *[[(0, a), (18, b)] + ([(40, RIGHT_ON[n])] if n < 6 else [])
          for n, (a, b) in enumerate(zip(in_column((CHIPS + CHIPS_MORE + LONG) * 2)[:8],
                                         in_column((CHIPS + CHIPS_MORE + LONG) * 2)[8:16]))],
        [], [], [(0, "江豚回来了"), (40, RIGHT_ON[6])],
        *[[(0, a), (18, b), (40, c)] for a, b, c in zip(
            in_column((FULL + NEXT) * 3)[:5], in_column((FULL + NEXT) * 3)[5:10], RIGHT_ON[7:12])],
        *[[(40, c)] for c in RIGHT_ON[12:14]]), True, {"text": RIGHT_ON[5] + RIGHT_ON[6]}),
    # The same, the other side opening below with a picture's caption as wide as the
    # column (the picture set the blank rows): the right column is read whole too.
    Case("column-going-on-through-blank-rows-beside-a-caption", "LAY001", placed(
        *[[(0, a), (18, b)] + ([(40, RIGHT_ON[n])] if n < 6 else [])
          for n, (a, b) in enumerate(zip(in_column((CHIPS + CHIPS_MORE + LONG) * 2)[:8],
                                         in_column((CHIPS + CHIPS_MORE + LONG) * 2)[8:16]))],
        [], [], [(0, "图为江豚在长江中游游弋。本报记者王五摄"), (40, RIGHT_ON[6])],
        *[[(0, a), (18, b), (40, c)] for a, b, c in zip(
            in_column((FULL + NEXT) * 3)[:5], in_column((FULL + NEXT) * 3)[5:10], RIGHT_ON[7:12])],
        *[[(40, c)] for c in RIGHT_ON[12:14]]), True, {"text": RIGHT_ON[5] + RIGHT_ON[6]}),
    # The same, the right column opening under its own head stack (title lines, a
    # subtitle, a byline: h801): the short head lines above the blank rows are no measure
    # of where the column's full lines end, which is where its longest lines end.
    Case("column-going-on-through-blank-rows-under-its-head", "LAY001", placed(
        *[[(0, a), (18, b)] + ([(40, c)] if c else [])
          for a, b, c in zip(in_column((CHIPS + CHIPS_MORE + LONG) * 2)[:8],
                             in_column((CHIPS + CHIPS_MORE + LONG) * 2)[8:16],
                             ["推进优质医疗资源扩容", "县域医共体让群众", "本报记者 王五",
                              "——来自基层的调查", *RIGHT_ON[4:6], "", ""])],
        [], [], [(0, "江豚回来了"), (40, RIGHT_ON[6])],
        *[[(0, a), (18, b), (40, c)] for a, b, c in zip(
            in_column((FULL + NEXT) * 3)[:5], in_column((FULL + NEXT) * 3)[5:10], RIGHT_ON[7:12])],
        *[[(40, c)] for c in RIGHT_ON[12:14]]), True, {"text": RIGHT_ON[5] + RIGHT_ON[6]}),
    # pdftotext -layout (h1201): two titles side by side, each wrapped onto a short line
    # under the blank rows its large type set, over two boxes whose columns share every row
    # (no line stands wholly on one side): each title is read whole, with its own box.
    Case("grid-titles-side-by-side-wrapped-over-blank-rows", "LAY001", placed(
        [(0, "“为全球自由区发展提"), (30, "全国大学生职业规划大")], [], [],
        [(4, "供助力”"), (32, "赛总决赛落幕")], [(6, "本报记者 董泽扬")],
        *[[(0, a), (30, b)] for a, b in zip(in_column((CHIPS + LONG) * 2, 15)[:12],
                                            in_column((NEXT + FULL + CHIPS_MORE) * 2, 15)[:12])]),
        True, {"a0.headline": "“为全球自由区发展提供助力”", "a0.byline": "本报记者 董泽扬"}),
    # pdftotext -layout: the page's banner, centred under the masthead, starts where the
    # box's second column starts: it is read right under the masthead, on its own, not as
    # that column's first line after the first column.
    Case("grid-banner-over-a-column-start-is-read-first", "LAY001", placed(
        [(0, "东海日 报"), (70, "2025年8月1日 星期五 第7版 教育")], [], [],
        [(20, "奋进新征程 建功新时代")], [], [(0, "江豚回来了")],
        *[[(0, a), (20, b), (40, c)] for a, b, c in zip(
            in_column((CHIPS + LONG) * 2, 15)[:10], in_column((NEXT + FULL + CHIPS_MORE) * 2, 15)[:10],
            in_column((LONG + NEXT + FULL) * 2, 15)[:10])]),
        True, {"banner": "奋进新征程 建功新时代", "a0.headline": "江豚回来了"}),
    # pdftotext -layout (h801): a box of three lines under its title, its two columns
    # sharing rows (too few lines to back a gutter), the banner and the title set across
    # the columns' space: the head is read first, then the box column by column.
    Case("grid-head-over-a-box-too-short-for-a-gutter", "LAY001", placed(
        [(0, "东海日 报"), (70, "2025年9月3日 星期三 第4版 教育")], [], [],
        [(14, "在推进中国式现代化建设中走在前列")], [],
        [(0, "秋季学期开学 各地做好安全保障")],
        [(2, "新华社北京9月2日电（记者 徐 壮）"), (24, "知，要求各地各校切实做好开学各项工")],
        [(0, "秋季学期开学之际，教育部近日印发通"), (24, "作，扎实做好校园安全、食品安全、传染")],
        [(24, "病防控等工作，确保学生安全健康返校。")], [], [],
        [(0, "江豚回来了")],
        *[[(0, a), (24, b)] for a, b in zip(in_column((CHIPS + LONG) * 2, 17)[:10],
                                           in_column((NEXT + FULL + CHIPS_MORE) * 2, 17)[:10])]),
        True, {"text": "教育部近日印发通知，要求各地各校"}),
    # pdftotext -layout (h1201): a box of five columns whose second and fourth stand a row
    # off the others (their lines on the rows between), the fourth ending a line early,
    # ends at a single blank line over the next row's heads (the kicker off every column's
    # start, though `indent` and a little more right of the second's: its paragraphs'
    # openings are no column's start): its columns are read down to that line, not on into
    # the next row's boxes.
    Case("grid-box-with-columns-a-row-apart-ends-at-a-blank-line", "LAY001", placed(
        [(0, "东海日 报"), (90, "2025年6月3日 星期二 第10版 城事")], [], [],
        [(0, "一个西班牙人对中国式现代化的观察")], [(0, "胡里奥·塞瓦略斯")], [],
        *[[(0, BOX_APART[i // 2]), (45, BOX_APART[12 + i // 2]), (90, BOX_APART[24 + i // 2])]
          if i % 2 == 0 else [(24 if i < 9 else 22, BOX_APART[6 + i // 2])]
          + ([(67, BOX_APART[18 + i // 2])] if i < 9 else []) for i in range(11)],
        [], [(28, "城市更新进行时"), (70, "民生实事看落实")],
        [(22, "为全球读者展现一个"), (67, "立体丰富的中国")],
        *[[(0, a), (22, b), (45, c), (67, d), (90, e)] for a, b, c, d, e in zip(
            *[in_column((NEXT + FULL + LONG) * 6, 15)[k:k + 8] for k in range(0, 40, 8)])]),
        True, {"text": "带动就业三千多人。集成电路是以来"}),
    # pdftotext -layout (seed 6501, gen-6508): a box whose text ended (its last column's
    # last line ends a sentence) over a single blank line across the page, the next box
    # stacked in its columns opening with a paragraph's indented first line: the box ends
    # there, its second column read before the box under it, not after it.
    Case("grid-box-ends-over-a-box-stacked-in-its-columns", "LAY001", STACKED_BOX(), True,
         {"ordered": "起了农家乐、卖起了土特产。\n\n松阳县文旅部门负责人介绍，近"}),
    # pdftotext -layout (seed 2801, gen-2802): the lower box opening with a jump marker
    # from elsewhere （上接第8版）: an article's run opens there, so the box above ends
    # though its last line does not end a sentence, its second column read before the
    # marker, not after the lower box.
    Case("grid-box-ends-over-a-jump-marker-from-elsewhere", "LAY001",
         STACKED_BOX(last="卖起了土特产；", marker="（上接第8版）"), True,
         {"ordered": "卖起了土特产；\n\n（上接第8版）"}),
    # ... and so it does where the column right over the marker is left open (…老宅改 /
    # 造成了民宿和): that column's text goes on elsewhere, not into the marker's run; only a
    # column beside the marker left open goes on across the blank line.
    Case("grid-box-ends-over-a-jump-marker-under-its-own-open-column", "LAY001",
         STACKED_BOX(last="卖起了土特产；", marker="（上接第8版）").replace("造成了民宿。",
                                                                            "造成了民宿和"),
         True, {"ordered": "卖起了土特产；\n\n（上接第8版）"}),
    # ... not over a marker that says the text goes on elsewhere (下转: it ends a run),
    Case("grid-box-not-ended-over-an-onward-jump-marker", "LAY001",
         STACKED_BOX(last="卖起了土特产；", marker="（下转第8版）"), True,
         {"ordered": "造成了民宿。\n\n（下转第8版）"}),
    # ... nor over a line of text opening with a word a marker uses (紧接着: no marker),
    Case("grid-box-not-ended-over-text-opening-with-a-marker-s-word", "LAY001",
         STACKED_BOX(last="卖起了土特产；", marker="紧接着，当地又出台了一批政策。"), True,
         {"ordered": "造成了民宿。\n\n紧接着"}),
    # ... nor where no blank line stands over the marker (no box's end: the marker ends
    # its column's text, a line of it),
    Case("grid-box-not-ended-over-a-jump-marker-under-no-blank-line", "LAY001",
         STACKED_BOX(last="卖起了土特产；", marker="（上接第8版）", blank=False), True,
         {"ordered": "造成了民宿。\n（上接第8版）"}),
    # ... nor where a column beside the marker is left open over the blank line (it goes
    # on across it: seed 8401, gen-8405).
    Case("grid-box-not-ended-over-a-jump-marker-beside-an-open-column", "LAY001",
         STACKED_BOX(last="卖起了土特产、", marker="（上接第8版）"), True,
         {"ordered": "造成了民宿。\n\n（上接第8版）"}),
    # ... but where the row over the blank line holds an onward marker (（下转第9版）), the
    # box above ends on that row, its article going on elsewhere: its column left open
    # there goes on at its next column's top, and the rows above end though it is open
    # (an article jumping within one sheet: seed 15001, gen-15006),
    Case("grid-box-ends-over-a-jump-marker-under-an-onward-marker", "LAY001",
         STACKED_BOX(last="卖起了土特产、", marker="（上接第8版）", onward="（下转第9版）"), True,
         {"ordered": "卖起了土特产、\n（下转第9版）\n\n（上接第8版）"}),
    # ... not where the row holds a marker from elsewhere (上接: it opens a run, ends none),
    Case("grid-box-not-ended-under-a-marker-from-elsewhere-beside-an-open-column", "LAY001",
         STACKED_BOX(last="卖起了土特产、", marker="（上接第8版）", onward="（上接第9版）"), True,
         {"ordered": "造成了民宿。\n\n（上接第8版）"}),
    # A line opening with a jump marker from elsewhere under blank rows across the page
    # opens an article's run: a column left open over the rows goes on elsewhere, not into
    # it, so the box above is read whole first (seed 15801, gen-15801: joined over the
    # rows as a column going on, the box's first column ran on into the marker's run),
    Case("grid-no-column-goes-on-into-a-jump-marker-from-elsewhere", "LAY001",
         JUMP_UNDER_BLANK_ROWS(), True,
         {"ordered": "起了农家乐、卖起了土特产，成了\n\n\n\n（上接第8版）"}),
    # ... not a marker saying the text goes on elsewhere (下转: it opens no run).
    Case("grid-column-goes-on-into-an-onward-jump-marker", "LAY001",
         JUMP_UNDER_BLANK_ROWS("（下转第8版）"), True,
         {"ordered": "造成了民宿，吸引了不少城里的游\n（下转第8版）"}),
    # ... not where its last column's line does not end a sentence (its text goes on),
    Case("grid-box-not-ended-where-its-last-line-goes-on", "LAY001",
         STACKED_BOX(last="卖起了土特产；"), True,
         {"ordered": "造成了民宿。\n\n松阳县文旅部门负责人介绍，近"}),
    # ... nor where a blank row stands inside the box too (a neighbour's pitch set them),
    Case("grid-box-not-ended-where-its-rows-stand-apart", "LAY001", STACKED_BOX(gap=True), True,
         {"ordered": "造成了民宿。\n\n松阳县文旅部门负责人介绍，近"}),
    # ... nor where nothing goes on under one of its columns (seed 6401, gen-6407: a
    # subhead over its column's next paragraph, beside another box's end).
    Case("grid-box-not-ended-where-a-column-has-nothing-under-it", "LAY001",
         STACKED_BOX(lower_right=False), True,
         {"ordered": "造成了民宿。\n\n松阳县文旅部门负责人介绍，近"}),
    # Three columns: the box ends where each column's last line is done,
    Case("grid-box-of-three-columns-ends-over-a-box-stacked-in-them", "LAY001", STACKED_BOX3(),
         True, {"ordered": "书屋和手工作坊。\n\n松阳县文旅部门负责人介绍，近"}),
    # ... not where a column's last line is left open over a run at its start (that
    # column's text goes on there).
    Case("grid-box-not-ended-where-a-column-left-open-goes-on-under-it", "LAY001",
         STACKED_BOX3(middle="起了农家乐、卖起了土特产、"), True,
         {"ordered": "造成了民宿。\n\n松阳县文旅部门负责人介绍，近"}),
    # ... nor where the lower box's first line stands flush at the column's start (no
    # paragraph opens there: the column's text goes on).
    Case("grid-box-not-ended-over-a-flush-first-line", "LAY001", STACKED_BOX(flush=True), True,
         {"ordered": "造成了民宿。\n\n松阳县文旅部门负责人介绍，近年"}),
    # Each side of the gutter parted by a run of blank rows round one line blank across the
    # region, the runs staggered (the box's columns end on different rows): the box ends
    # there, and its right column is read whole before the next row's boxes.
    # pdftotext -layout (seed 601, gen-0602): a box's two columns whose lines fall on rows
    # a neighbour's column fills, so two rows stand blank inside the box: its columns go on
    # under them (each side's last line above full and open, its next line at the side's
    # start), and each column is read whole, not the box's top rows before its bottom ones.
    Case("grid-box-columns-go-on-over-rows-a-neighbour-fills", "LAY001",
         placed(*GAPPED_BOX(CHIPS)), True,
         {"text": GAPPED_LEFT(CHIPS)[1] + GAPPED_LEFT(CHIPS)[2]}),
    # pdftotext -layout (seed 15201, gen-15205): the same rows in a box of three columns:
    # each column goes on under them, read whole (…严厉打击压 / 级压价等…), not the box's
    # top rows, all three columns, before its bottom ones.
    Case("grid-box-of-three-columns-goes-on-over-rows-a-neighbour-fills", "LAY001",
         placed(*GAPPED_BOX3()), True,
         {"ordered": "场监测预警，严厉打击压\n级压价等违法违规行为。"}),
    # ... not where one of them ends its sentence over the rows (the next box may open
    # under them): the box's top rows are read, column by column, before its bottom ones;
    # but the left column, a word of the page running across its break (芯片设 / 计和…:
    # 设计), goes on over them all the same (`word_rows`), and so does the right one, its
    # line under them in mid-sentence (，让更多人受益。今天上: `_pushed_down`).
    Case("grid-box-of-three-columns-over-rows-blank-after-a-sentence-s-end", "LAY001",
         placed(*GAPPED_BOX3(LONG[:32] + "。" + FULL)), True,
         {"ordered": "开发区引进了一批芯片设\n计和封装测试企业。今年\n以来，开发区引进芯片设\n"
                     "会议要求，各地要切实做\n好收购资金保障，加强市\n场监测预警，严厉打击。\n"
                     "活动现场气氛热烈，参加\n者纷纷表示收获很大，希\n望以后多举办这样的活动\n"
                     "，让更多人受益。今天上\n午这里举行了一次活动，\n今天上午这里举行了一次"}),
    # The same, the left column's paragraph ending above the blank rows and the next one
    # opening under them, indented as a paragraph's first line is: the column goes on.
    Case("grid-box-columns-go-on-with-a-paragraph-over-rows-a-neighbour-fills", "LAY001",
         placed(*GAPPED_BOX(CHIPS[:19] + "。", after=CHIPS_MORE)), True,
         {"text": CHIPS[9:19] + "。\n\n" + CHIPS_MORE[:20]}),
    # The same rows, the left column's line above the blank rows ending its sentence: the
    # rows under them may be the next box (its line there at the column's start, no
    # paragraph's first), and the left column is not read on across them.
    Case("grid-box-columns-over-rows-blank-after-a-sentence-s-end", "LAY001",
         placed(*GAPPED_BOX(CHIPS[:19] + "。" + CHIPS[20:])), True,
         {"text": "今年以来。\n\n会议要求", "not_text": "今年以来。\n\n开发区"}),
    # A photo-news column's title alone on its line after a paragraph its column cut is a
    # title of its own, not the paragraph's last line, and opens its article (CLS016).
    Case("photo-news-title-after-a-cut-paragraph-is-a-title", "BLK005", PHOTO_NEWS, True,
         {"a2.headline": "图片报道"}),
    # A line that only opens with the column's name is text: the paragraph reads on.
    Case("line-opening-with-a-photo-news-title-is-text", "BLK005",
         PHOTO_NEWS.replace("\n图片报道\n", "\n图片报道显示，\n"), None,
         {"text": "预计覆盖学生图片报道显示，10月19日"}),
    # The cut article's tail goes home whole, from its first paragraph (2,000万人次以上。,
    # no fragment head of its own) to the marker: the runs inside it lean on the article
    # too, but the tail starts at the first; the run above the marker ends at it (what is
    # under the marker is another article's tail, not the rest of this one).
    Case("tail-goes-home-whole-up-to-a-from-elsewhere-marker", "MOVE001", PHOTO_NEWS, True,
         {"text": "预计覆盖学生2,000万人次以上。\n\n活动主办方介绍",
          "not_text": "更大的世界。”\n\n的优势。"}),
    # A short line with no mark in it that the text under it prints again word for word is a
    # title (its lede repeats it), not the last line of the paragraph a sheet break cut
    # above it; CLS016 opens its article though that paragraph ended no sentence.
    Case("title-its-lede-repeats-under-a-cut-paragraph", "BLK005", ECHOED_TITLE, True,
         {"a2.headline": "全国秋粮收获近七成", "not_text": "日前表全国秋粮"}),
    Case("title-its-lede-repeats-opens-its-article", "CLS016", ECHOED_TITLE, None,
         {"a2.headline": "全国秋粮收获近七成"}),
    # The lede saying it otherwise (已近七成): no word-for-word echo, and the short line
    # stays the cut paragraph's, as before.
    Case("short-line-the-text-does-not-repeat-stays", "BLK005",
         ECHOED_TITLE.replace("示，全国秋粮收获近七成。", "示，全国秋粮收获已近七成。"), None,
         {"text": "日前表全国秋粮收获近七成"}),
    # A title wrapped onto a short tail after a finished paragraph opens its article also
    # where a photo's caption stands between them (the paragraph above the caption ended).
    Case("wrapped-title-after-a-caption-under-a-finished-paragraph", "CLS016",
         TITLE_UNDER_CAPTION, None, {"a1.headline": "前三季度我国服务贸易稳中有进"}),
    # The paragraph above the caption left open: the lines go on with it, as before.
    Case("wrapped-title-shape-after-a-caption-under-an-open-paragraph", "CLS016",
         TITLE_UNDER_CAPTION.replace("长过程。\n", "长过程和\n"), None,
         {"text": "过程和前三季度我国服务贸易稳中有进"}),
    # Text under a second from-elsewhere marker is another tail: it neither joins the run
    # under the first marker nor pushes the cut article's tail out of reach.
    Case("tail-goes-home-past-another-marker-s-tail", "MOVE001",
         PHOTO_NEWS + "（上接第7版）\n步推进城市更新，打造宜居、韧性、智慧城市。\n", True,
         {"text": "预计覆盖学生2,000万人次以上。"}),
    # Where a sheet break cut several boxes, the order pairs their open ends with the runs
    # after it; a run with no fragment head (在深圳，…), whose words alone lean on the first
    # box, does not take that box's end first, so each box goes on with its own run. (With
    # one box cut, PHOTO_NEWS above, such a run still goes home by its words.)
    Case("sheet-break-cutting-two-boxes-pairs-them-in-order", "MOVE001", TWO_BOXES_CUT, True,
         {"text": "高科技企业的最新成果。", "not_text": "不少小规模学校新成果"}),
    # Text alone cannot tell which: where the measure cut the tail inside a word the page
    # uses (15分 / 钟, 分钟), the headline filled its box and the line as wide over it is its
    # first line; the article says it may be a kicker. A tail cut between words, or a line
    # of two phrases a blank apart over it, leaves the kicker, flagged. A line narrower than
    # that is a kicker, unflagged.
    Case("line-as-wide-over-a-tail-cut-mid-word-is-the-headline-s-first-line", "CLS015",
         KICKER_AS_WIDE, None,
         {"a1.headline": "各地中小学课间普遍延长到15分钟", "a1.kicker": None,
          "flags1": ["kicker_or_wrapped_headline"]}),
    Case("kicker-as-wide-over-a-tail-cut-between-words-is-flagged", "CLS015",
         KICKER_AS_WIDE.replace("普遍延长到15分\n钟\n", "普遍延长一刻钟\n了\n"), None,
         {"a1.kicker": "各地中小学课间", "flags1": ["kicker_or_wrapped_headline"]}),
    Case("kicker-as-wide-over-two-phrases-a-blank-apart-is-flagged", "CLS015",
         KICKER_AS_WIDE.replace("普遍延长到15分\n钟\n", "课间长 十五分\n钟\n"), None,
         {"a1.kicker": "各地中小学课间", "flags1": ["kicker_or_wrapped_headline"]}),
    # ... and a line over it holding a quotation mark, whose printed width varies by font,
    # is not "exactly as wide": the kicker stays, flagged.
    Case("quoted-line-as-wide-over-a-tail-cut-mid-word-stays-the-kicker", "CLS015",
         KICKER_AS_WIDE.replace("各地中小学课间\n", "“课间”新变化\n"), None,
         {"a1.kicker": "“课间”新变化", "a1.headline": "普遍延长到15分钟",
          "flags1": ["kicker_or_wrapped_headline"]}),
    Case("kicker-narrower-than-the-headline-s-first-line-is-not-flagged", "CLS015",
         KICKER_AS_WIDE.replace("各地中小学课间\n", "各地中小学生\n"), None,
         {"a1.kicker": "各地中小学生", "flags1": []}),
    # So too with the brief's kicker on a line of its own between the caption and the title.
    Case("wrapped-title-under-its-kicker-after-a-caption", "CLS016",
         KICKER_TITLE_UNDER_CAPTION, None,
         {"a1.kicker": "走进产业园区", "a1.headline": "前三季度我国服务贸易稳中有进"}),
    Case("wrapped-title-under-a-kicker-after-an-open-paragraph", "CLS016",
         KICKER_TITLE_UNDER_CAPTION.replace("院子。\n", "院子里\n"), None,
         {"not_text": "# 前三季度"}),
    # The title ends at its column's tag: the line under it is the text's first, not the
    # title's last (it had joined the title, and the text lost its first line).
    Case("title-ends-at-its-column-tag-over-the-text", "BLK005", TITLE_WITH_TAG_OVER_TEXT, True,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）",
          "text": "今年是“十四五”规划收官之年。5年间"}),
    # (JOIN001 would rejoin a paragraph split there: that it has nothing to do is the test.)
    Case("brackets-ending-a-paragraph-s-line-end-nothing", "JOIN001",
         page_of(TAG_IN_A_PARAGRAPH), False, {"text": "会议（国际论坛）切实做好"}),
    # No text opens with a clause of one character: the short line over it is a paragraph's
    # first line, not a title (it had opened a new article).
    Case("short-line-over-a-clause-of-one-is-a-first-line", "BLK005",
         FIRST_LINE_OVER_CLAUSE_OF_ONE, True,
         {"text": "幸福里小区建于上世纪90年代初，共有18栋"}),
    # A numbered item (一、) opens under a heading: the short line over it stays apart.
    Case("short-line-over-a-numbered-item-stays-apart", "BLK005",
         FIRST_LINE_OVER_CLAUSE_OF_ONE.replace("幸福里小区建于上世纪90年代\n初，",
                                               "加装电梯工作要点\n一、"), None,
         {"text": "加装电梯工作要点\n\n一、共有18栋"}),
    # Nor is a signature (——编 者) read on into such a line.
    Case("signature-over-a-clause-of-one-stays-apart", "BLK005",
         FIRST_LINE_OVER_CLAUSE_OF_ONE.replace("幸福里小区建于上世纪90年代\n", "——编 者\n"),
         None, {"text": "——编 者\n\n初，共有18栋"}),
    # A photo's credit over such a line is the caption's; the paragraph goes on past it.
    Case("credit-over-a-clause-of-one-stays-the-caption-s", "BLK005",
         CREDIT_OVER_CLAUSE_OF_ONE, None,
         {"text": "典型案例，涵盖", "a0.captions": ["图为学生在实验室进行科学实验。 本报记者 吴 宁摄"]}),
    Case("grid-word-space-at-a-column-s-start-backs-no-gutter", "LAY001",
         page_of(DATELINE_BESIDE_CAPTION), True,
         {"text": "本报曼谷10月19日电（记者 孙广勇）澜湄职业教育培训中心19日在"}),
    # The same rows: the box beside it, whose dateline's gap is four spaces (日电    中共…),
    # and the caption beside the column are read as before.
    Case("grid-word-space-leaves-the-neighbouring-columns-alone", "LAY001",
         page_of(DATELINE_BESIDE_CAPTION), True,
         {"text": "近平19日致电郑丽文，祝贺其当选中国国民党主席", "captions": ["图为9月18日，快递员分拣包裹。（资料图片）"]}),
    # The byline under the head set across the gutter is read with the head, not after the
    # first column's lines atop the second.
    Case("grid-byline-under-a-head-is-read-with-it", "LAY001",
         page_of(BYLINE_OVER_SECOND_COLUMN), True,
         {"ordered": "——来自甘肃、河南、四川基层的调查\n本报记者 邹 翔 韩晓蕾\n早上7点半"}),
    # A line there that holds a clause mark is the column's, whatever its first words: read
    # atop the second column as before.
    Case("grid-column-line-under-a-head-stays-in-its-column", "LAY001",
         page_of(BYLINE_OVER_SECOND_COLUMN).replace("本报记者 邹 翔 韩晓蕾", "记者走访，县域内就诊率"),
         True, {"ordered": "还得让儿\n记者走访，县域内就诊率\n子请假陪着"}),
    # The blank rows a title's tall type set do not part it: its first line is read with its
    # second, over its box, not after the box above it.
    Case("grid-title-line-goes-down-with-its-tail-over-blank-rows", "LAY001",
         page_of(TITLE_OVER_BLANK_ROWS), True, {"ordered": "海滨公园“落日音乐会”\n每周六开唱"}),
    # A line with a clause mark there is no title's: it stays with the part above.
    Case("grid-line-with-a-clause-mark-over-blank-rows-stays", "LAY001",
         page_of(TITLE_OVER_BLANK_ROWS).replace("海滨公园“落日音乐会”", "海滨公园音乐会上，市"), True,
         {"ordered": "室。\n\n海滨公园音乐会上，市\n中国科技"}),
    # The title, its subtitle and byline are one head stack, read before the box's columns.
    Case("grid-subtitle-under-a-tall-title-is-read-with-it", "LAY001",
         page_of(SUBTITLE_UNDER_TALL_TITLE), True,
         {"ordered": "引领未来，中国做对了什么\n——写在活动启动之际\n任仲平\n（一）"}),
    # A line there without the subtitle's mark may be the column's: read as before, atop the
    # second column.
    Case("grid-unmarked-line-under-a-tall-title-stays-in-its-column", "LAY001",
         page_of(SUBTITLE_UNDER_TALL_TITLE).replace("——写在活动启动之际", "写在活动启动之际  "), True,
         {"ordered": "国提供了稳定性和确定性。”\n写在活动启动之际\n任仲平"}),
    # A kicker over the title, shorter than it, does not keep the title's first line up.
    Case("grid-title-line-under-its-kicker-goes-down-with-its-tail", "LAY001",
         page_of(TITLE_UNDER_ITS_KICKER), True,
         {"ordered": "甘孜州首个“光伏+牧业”项目全容\n量并网"}),
    # A column's line as wide over it does: the line is the column's last, read in it.
    Case("grid-column-s-last-line-over-blank-rows-stays-in-its-column", "LAY001",
         page_of(COLUMN_LINE_OVER_BLANK_ROWS), True,
         {"ordered": "谱写了全球妇女事业新的篇章，为\n促进全球男女平等和妇女全面发"}),
    # A short box whose text ended over the next boxes' heads is no head stack: read whole
    # before them, its columns not interleaved with theirs.
    Case("grid-short-box-over-heads-is-read-whole-first", "LAY001",
         page_of(SHORT_BOX_OVER_HEADS), True,
         {"ordered": "其中晚上8点以后的借阅量约占三\n成。\n“下班晚，图书馆早关门了，"}),
    # A box whose last column's line is open goes on under the blank rows: read with them.
    Case("grid-box-open-over-blank-rows-goes-on-under-them", "LAY001",
         page_of(BOX_GOING_ON_BESIDE_A_TITLE), True,
         {"ordered": "开通试运\n营。二期工程全长11.6公里，设车站8"}),
    # A form feed says the page is pdftotext's: placed on its grid, the columns read whole.
    Case("grid-page-with-a-form-feed-is-placed-on-its-grid", "LAY001",
         page_of(GRID_LINING_UP_IN_EMS), True,
         {"ordered": "智能、生物医药、新能源等6个赛\n道，面向大湾区及海外青年创业团队"}),
    # Without one it is placed as before, where more cells line up (here in ems).
    Case("grid-page-without-a-form-feed-is-placed-where-more-cells-line-up", "LAY001",
         page_of(GRID_LINING_UP_IN_EMS).replace("\f", ""), True,
         {"ordered": "智能、生物医药、新能源等6个赛\n为优秀项目对接投资机构和孵化平"}),
    # The right side goes on into its paragraph's last line: no box's end, each column is
    # read whole.
    Case("grid-staggered-rows-over-a-paragraph-s-last-line-go-on", "LAY001",
         page_of(COLUMNS_STAGGERED_GOING_ON), True,
         {"ordered": "来自全国200多个县的商\n务部门负责人和1,000多"}),
    # A short open line there (a title's) still ends the box: parted as before.
    Case("grid-staggered-rows-over-a-short-open-line-end-the-box", "LAY001",
         page_of(COLUMNS_STAGGERED_GOING_ON).replace("开展交流。", "开展交流 "), True,
         {"ordered": "会日前在浙江义乌举办。\n务部门负责人和1,000多"}),
    Case("grid-box-ending-on-staggered-rows-is-parted", "LAY001", page_of(STAGGERED), True,
         {"text": "一场艺术节，赋彩人民美好文化生活"}),
    Case("ocr-title-line-read-apart", "LAY201", "\n".join(TITLE_APART) + "\n", True,
         {"a0.headline": "澜湄职业教育培训中心在曼谷揭牌"}),
    # OCR read the title's tail first (间开放), then the text, then the title's first line
    # (白余家博物馆推出夜): a word spans the break only with the later line on top (夜间,
    # which the text prints), so it goes before the tail (Tesseract, seed 2501).
    Case("ocr-title-tail-read-before-its-first-line", "LAY201",
         "街、渡口、祠苞、粮站、 供销社依次\n出现，一座普通县城的百年变迁就这\n样被定格下来。\n\n"
         "间开放\n\n"
         "本报北京5月13日电 (记者 丁\n怡) 记者从国家文物局获悉: 为迎接\n“5.18国际博物馆日”，全国已有\n120余家博物馆推出夜间开放服务，\n部分场馆周五、周六延长开放至\n21:00，并同步推出夜间导览、文物\n修复体验、主题音乐会等活动。\n\n"
         "今年的博物馆日期间，各地还将\n集中推出一批新展。其中，由故宫博\n\n"
         "白余家博物馆推出夜\n\n"
         "物院与法国吉美亚洲艺术博物馆\n(Musee Guimet) 联合举办的“丝路\n遗珍”特展，将展出两国馆藏文物\n160余件 (套) 。\n国家文物局有关负责人表示，鼓\n励有条件的博物馆错峰延时开放，是\n",
         True, {"a1.headline": "白余家博物馆推出夜间开放"}),
    # The later line's words are the lede's under it too, up to another article's byline
    # or dateline (逛夜 in …子逛夜市的市民刘女士说), not only the text between: the title read
    # inside the text goes above the subtitle (Tesseract, seed 603).
    Case("ocr-title-line-echoed-by-the-lede-under-it", "LAY201",
         "奋进新征程 建功新时代\n\n"
         "持续晴热高温天气来袭\n\n"
         "一一记者实地探访\n\n"
         "本报讯 (记者 孙 婷 通讯员 高\n原) 连日来，我市持续畏热高温，最\n高气温一度达到38.6*C。白天街头行\n人稀少，到了晚上，江滩、夜市、商\n圈却人头斤动，不少市民选择在夜间\n出门纳凉、消费。\n\n"
         "晚上9点，青石街夜市灯火通\n明。卖凉面的、卖烧烤的、卖冰粉的\n摊位前排起了长队。摊主老胡一边麻\n利\n\n"
         "习天舱饥温 夜晚逛夜市\n\n"
         "江滩公园里，孩子们在喷泉旁戏水消\n暑。视觉中国供图\n地拌面，一边招呼客人: “凉面管\n够，关子自己加! ”他告诉记者，入\n夏以来，每晚能卖出300多碗，比平\n时多了一倍。\n\n"
         "“和白天太热不敢出门，晚上出来\n走走，吃点东西，很舒服。”带着孩\n\n"
         "子逛夜市的市民刘女士说。\n旁边卖冰粉的摊主打趣老胡:\n",
         True, {"a0.headline": "习天舱饥温 夜晚逛夜市", "a0.kicker": "持续晴热高温天气来袭"}),
    Case("ocr-another-box-s-kicker-in-the-text", "LAY201", "\n".join(
        TITLE_APART[:9] + ["聚焦高质量发展"] + TITLE_APART[10:]) + "\n", False,
         {"a0.headline": "澜湄职业教育培训"}),
    Case("ocr-title-s-last-piece-read-with-its-first", "LAY201", THREE_PIECES, True,
         {"a0.headline": "今年将新建改扩下乡镇寄箱制学校1000所"}),
    Case("ocr-title-s-last-piece-over-the-subtitle", "LAY201", OVER_SUBTITLE, True,
         {"a0.headline": "全国首批老台F助餐服务示和点名单公布",
          "a0.subtitle": "一一写在活动启动之际"}),
    # A byline in the text between: the line alone is the next article's title.
    Case("ocr-title-line-after-another-article-s-byline-stays", "LAY201", OTHER_ARTICLE, False,
         {"a0.headline": "受台风外围影响 明起我市有强降雨"}),
    # The edition line is no title's first line: the piece under it is.
    # A subtitle alone under the kicker is no title's last piece: the title read late goes
    # above it (not onto the kicker).
    Case("ocr-title-read-late-goes-above-a-subtitle-alone", "LAY201", OVER_SUBTITLE_ALONE, True,
         {"a0.headline": "白天躲高温 夜晚逛夜市", "a0.kicker": "持续晴热高温天气来袭",
          "a0.subtitle": "一一记者实地探访"}),
    Case("ocr-title-piece-under-the-edition-line", "LAY201", UNDER_EDITION, True,
         {"a0.headline": "多所部核3设人工智能通识读"}),
    # A title's first line ending on a clause of one character is unfinished: the title line
    # alone below is its tail, though no word spans the break and the lede prints none of it.
    Case("ocr-title-line-ending-on-a-one-character-clause-goes-on", "LAY201", UNFINISHED_TITLE,
         True, {"a0.headline": "引领未来，中做对了什么", "a0.kicker": "新春走基层"}),
    # ... its first line over the section's number (一), its byline read between, its later
    # line more than 40 lines down: one title.
    Case("ocr-unfinished-title-over-a-section-number-goes-on-past-its-byline", "LAY201",
         TITLE_ACROSS_COLUMNS(), True, {"a0.headline": "引领未来，中做对了什么"}),
    # ... but not where another article's byline stands between (a reporter's title, not a
    # name alone),
    Case("ocr-unfinished-title-stops-at-a-reporter-s-byline", "LAY201",
         TITLE_ACROSS_COLUMNS(byline="本报记者 李 强"), False, {}),
    # ... nor past 60 lines.
    Case("ocr-unfinished-title-reaches-no-further-than-max-between", "LAY201",
         TITLE_ACROSS_COLUMNS(lines=64), False, {}),
    # A clause of two characters may end a title (十年，巨变): left to the echo, which fails.
    Case("ocr-title-line-ending-on-a-two-character-clause-stays", "LAY201",
         UNFINISHED_TITLE.replace("引领未来，中\n", "引领未来，中国\n"), False,
         {"a0.headline": "引领未来，中国"}),
    Case("ocr-straight-quote-ending-a-title-line-closes-it", "CLS014", QUOTE_CLOSED_AT_END, None,
         {"a0.headline": "“在上海，能看到演艺的未来\"", "a0.byline": "朱 机"}),
    Case("ocr-paragraph-cut-by-a-photo-goes-on-after-its-caption", "JOIN002", CUT_BY_PHOTO, True,
         {"text": "工具学习和解决问题的能力。"}),
    Case("ocr-character-split-off-before-a-photo-goes-on-after-it", "JOIN002",
         SPLIT_OFF_BEFORE_PHOTO, True, {"text": "一批获奖项目已在大湾区落地转化。"}),
    # A paragraph of three lines or more whose line the photo cut stops on a character, no
    # mark after it: it goes on under the caption, however short OCR read that line.
    Case("ocr-paragraph-left-open-over-a-photo-goes-on-however-short", "JOIN002",
         PHOTO_CUT_SHORT, True, {"text": "附近的孩子们开设了周末故事会，请来退休教师"}),
    # ... not where the text under the caption opens short by the dropped indent (a
    # paragraph's first line; test_left_open for the rest of what leaves a block open).
    Case("ocr-paragraph-left-open-over-a-first-line-stays", "JOIN002",
         PHOTO_CUT_SHORT.replace("周末故事会，请来退休教师义务辅\n导功课", "周末故事会请来退休教师义\n务辅导功课"),
         False, {"not_text": "开设了周末"}),
    # No paragraph opens with a sentence of one character (倍。”…): under a paragraph that
    # ends no sentence, it goes on, however short the line above.
    Case("ocr-block-opening-with-a-sentence-of-one-goes-on", "JOIN001", PUSHED_SENTENCE_OF_ONE,
         True, {"text": "价值能翻好几倍。”工厂负责人"}),
    # ... and a clause of one character (倍，…) too.
    Case("ocr-block-opening-with-a-clause-of-one-goes-on", "JOIN001",
         PUSHED_SENTENCE_OF_ONE.replace("能翻好几\n\n倍。”工厂", "能翻好几\n\n倍，工厂"),
         True, {"text": "价值能翻好几倍，工厂负责人"}),
    # ... not a list item's number (二、: BLK005's clause_of_one leaves numerals out), not a
    # sentence of two (几倍。: a paragraph may open so), nor under a sentence's end.
    Case("ocr-block-opening-with-a-list-number-stays", "JOIN001",
         PUSHED_SENTENCE_OF_ONE.replace("能翻好几\n\n倍。”工厂", "能翻好几\n\n二、工厂"), False,
         {"not_text": "好几二、"}),
    Case("ocr-block-opening-with-a-sentence-of-two-stays", "JOIN001",
         PUSHED_SENTENCE_OF_ONE.replace("能翻好几\n\n倍。”", "能翻上\n\n几倍。”"), False,
         {"not_text": "能翻上几倍"}),
    Case("ocr-sentence-of-one-under-a-sentences-end-stays", "JOIN001",
         PUSHED_SENTENCE_OF_ONE.replace("能翻好几\n\n倍。”", "能翻好几倍。”\n\n好。”"), False,
         {"not_text": "几倍。”好。”"}),
    # A caption that ends in neither a sentence's end nor a credit may go on below: the
    # line before the photo, short, ended its paragraph.
    Case("ocr-paragraph-over-an-unfinished-caption-stays", "JOIN002",
         CUT_BY_PHOTO.replace("忙碌。", "忙碌"), False, {"not_text": "学习和解决"}),
    # Tesseract (seed 5): a large title's last character read in strokes, alone between
    # blank lines under its first part; the strokes go back on the title's line.
    Case("ocr-first-head-read-inside-its-text", "LAY203", HEAD_IN_TEXT, True,
         {"a0.headline": "社区食堂成了\"香饽饽\"", "a0.subtitle": "一一来自基层一线的调查",
          "a0.byline": "本报记者 王 五"}),
    # No head: a title alone whose words are the text's (社区, 食堂) is this text's own.
    Case("ocr-first-title-read-inside-its-text", "LAY203",
         HEAD_IN_TEXT.replace("一一来自基层一线的调查\n本报记者 王 五\n", ""), True),
    # The text ended its sentence above the head: the head is another article's.
    Case("ocr-head-after-a-finished-sentence-stays", "LAY203",
         HEAD_IN_TEXT.replace("都被一抢", "都被抢光。"), False),
    # A dated report under the page's furniture has no head above it either: its title,
    # read where it cut the text's sentence, goes above the dateline (gen-16003's 受台风外).
    Case("ocr-first-head-read-inside-a-dated-text", "LAY203", HEAD_IN_DATED_TEXT, True,
         {"a0.headline": "社区食堂成了\"香饽饽\"", "a0.dateline": "本报讯 （记者 王 五）"}),
    # ... its piece read further down, cutting another sentence of the text, goes on it.
    Case("ocr-first-title-s-later-piece-in-a-dated-text", "LAY203", HEAD_IN_DATED_PIECES, True,
         {"a0.headline": "社区食堂成了香饽饽", "a0.dateline": "本报讯 （记者 王 五）",
          "not_text": "\n成了香饽饽\n"}),
    # ... not a line between two sentences (a section's heading), nor one whose words the
    # text does not print (another box's title read into it).
    Case("ocr-first-title-s-line-between-sentences-stays", "LAY203",
         HEAD_IN_DATED_PIECES.replace("还有各地风味\n\n成了香饽饽\n\n小吃，",
                                      "还有各地风味小吃。\n\n成了香饽饽\n\n"), True,
         {"a0.headline": "社区食堂"}),
    Case("ocr-first-title-s-line-the-text-does-not-echo-stays", "LAY203",
         HEAD_IN_DATED_PIECES.replace("成了街坊们的香饽饽", "深受街坊们喜爱"), True,
         {"a0.headline": "社区食堂"}),
    # ... not where the dated text ended its sentence above the title (another article's).
    Case("ocr-head-after-a-dated-finished-sentence-stays", "LAY203",
         HEAD_IN_DATED_TEXT.replace("都被一抢", "都被抢光。"), False),
    # ... nor another box's title read into the dated text (none of its words the text's).
    Case("ocr-another-box-s-title-in-a-dated-first-text-stays", "LAY203",
         HEAD_IN_DATED_TEXT.replace("社区食堂成了\"香饽饽\"", "聚焦高质量发展"), False),
    # ... nor a byline alone cutting the dated text (no title): it opens the next article.
    Case("ocr-byline-alone-in-a-dated-first-text-stays", "LAY203",
         HEAD_IN_DATED_TEXT.replace("社区食堂成了\"香饽饽\"", "本报记者 李 四"), False),
    # Another box's title read into the text: none of its words are the text's.
    Case("ocr-another-box-s-title-in-the-first-text-stays", "LAY203",
         HEAD_IN_TEXT.replace("一一来自基层一线的调查\n本报记者 王 五\n", "").replace(
             "社区食堂成了\"香饽饽\"", "聚焦高质量发展"), False),
    # A subtitle and byline with no title over them (the text above ends a sentence, a
    # speck between): the first title alone under them whose words are the text's is theirs.
    Case("ocr-title-read-under-its-subtitle-goes-above-it", "LAY203", TITLE_UNDER_HEAD, True,
         {"a1.headline": "沙漠里种出“中国味道”", "a1.subtitle": "一一中埃农业合作项目见闻",
          "a1.byline": "本报驻埃及记者 沈小晓"}),
    # ... after the text's first paragraph too, where that paragraph ended its sentence
    # (gen-5301: 让每所乡村学校都有自己的).
    Case("ocr-title-read-after-the-first-paragraph-goes-above-the-subtitle", "LAY203",
         TITLE_UNDER_HEAD.replace("沙漠里种出“中国味道”\n\n", "").replace(
             "说。\n", "说。\n\n沙漠里种出“中国味道”\n\n中国技术让沙漠变绿洲。\n"), True,
         {"a1.headline": "沙漠里种出“中国味道”"}),
    # ... but not where it cuts the paragraph's sentence (a title of another box read in).
    Case("ocr-title-cutting-a-sentence-under-a-head-stays", "LAY203",
         TITLE_UNDER_HEAD.replace("沙漠里种出“中国味道”\n\n", "").replace(
             "说。\n", "说道\n\n沙漠里种出“中国味道”\n\n中国技术让沙漠变绿洲。\n"), False),
    # A subtitle under one paragraph under a title alone may be that title's (委内瑞拉加强
    # 应对美军事威胁 / 委内瑞拉总统… / ——一线蹲点见闻, gen-5303): left.
    Case("ocr-subtitle-under-a-titled-paragraph-keeps-its-place", "LAY203",
         TITLE_UNDER_HEAD.replace("前4个月全国铁路完成\n货物发送量16.9亿吨\n\n新华社北京5月13日电\n"
                                  "(记者 刘 翔) ", "前4个月全国铁路货物发送量\n\n"), False),
    # ... nor where the text over the subtitle ends no sentence (the subtitle's title may
    # be the line cut there), nor where the title has a byline of its own under it.
    Case("ocr-subtitle-under-an-unended-sentence-takes-no-title", "LAY203",
         TITLE_UNDER_HEAD.replace("16.9亿吨。\n\n\\", "16.9亿吨\n\n\\"), False),
    Case("ocr-title-with-its-own-byline-stays-under-the-head", "LAY203",
         TITLE_UNDER_HEAD.replace("沙漠里种出“中国味道”\n\n", "沙漠里种出“中国味道”\n\n李洪兴\n\n"),
         False),
    # A dash line with no byline under it is a signature (——编者), no article's head.
    Case("ocr-signature-takes-no-title", "LAY203",
         TITLE_UNDER_HEAD.replace("本报驻埃及记者 沈小晓\n", ""), False),
    # A title none of whose words the text prints is another box's.
    Case("ocr-title-not-the-text-s-stays-under-the-head", "LAY203",
         TITLE_UNDER_HEAD.replace("沙漠里种出“中国味道”", "聚焦高质量发展"), False),
    Case("caption-does-not-go-on-into-a-dateline", "BLK010", CAPTION_OVER_DATELINE, None,
         {"a0.dateline": "本报北京5月13日电 （记者丁 怡）",
          "a0.captions": ["图为学生在实验室进行科学实验。"]}),
    Case("title-line-closing-the-quotation-above-is-no-paragraph-start", "BLK005", QUOTE_TITLE, None,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国\"十四五\"成就）",
          "a1.kicker": None}),
    # A phrase over the title's first line (the page's slogan) is no part of the quotation.
    Case("line-over-a-title-s-quotation-is-no-part-of-it", "BLK005",
         "北方日报\n2025年11月29日  星期六  第10版  科技\n在推进中国式现代化建设中走在前列\n"
         "“这条铁路带给我们的\n是希望和未来”\n本报记者  黄培昭\n上午7时40分，伴随着长鸣的\n"
         "汽笛声，亚吉铁路每天的第一趟列\n车缓缓驶出埃塞俄比亚首都亚的斯\n亚贝巴郊外的拉布站。\n", None,
         {"a0.headline": "“这条铁路带给我们的是希望和未来”"}),
    # A paragraph's last line opening a title's quotation (a sentence ended before it) is
    # the title's: the paragraph ends there.
    Case("paragraph-line-opening-a-title-s-quotation-ends-there", "BLK005", QUOTE_AFTER_TEXT, None,
         {"a1.headline": "“理解与信任才是基础”"}),
    Case("ocr-specks-glued-to-the-title-above", "LAY202",
         "前三季度我国服务贸易稳中有\n\n人\n\n井\n\nJL\n\n本报讯 (记者 柳 文) 进出口总额同比增长\n"
         "8.2%，其中出口增长12.5%，增速高\n于进口6.9个百分点。知识密集型服\n务贸易表现亮眼，个人文化和娱\n"
         "乐服务等领域保持较快增长。\n", True,
         {"a0.headline": "前三季度我国服务贸易稳中有人井JL", "a0.dateline": "本报讯 （记者 柳 文）"}),
    # After text that ended its sentence the speck is left to BLK011, and a name alone is
    # a byline, no speck.
    Case("ocr-speck-after-a-sentence-or-a-name-stays", "LAY202",
         "让科普“追\"上科创（纵横）\n\n裴 桐\n\n南京科技馆里，与孩子对弈的五子棋\n机器人吸引了观众。馆内还有全\n"
         "息光影秀，让文物“活”起来。\n\n玉\n\n馆长表示，南京有大批高新技术企\n业，这是科普资源的“富矿”。\n", False,
         {"a0.byline": "裴 桐", "a0.headline": "让科普“追\"上科创（纵横）"}),
    # Tesseract (seed 3): another box's kicker read between two halves of a paragraph.
    Case("ocr-title-line-read-into-a-paragraph", "CLS020", OCR_CUT_PARAGRAPH.format(end="", heading="聚焦高质量发展", then="程，内容"), True,
         {"body0": [(OCR_CUT_LEDE + "程，内容" + OCR_CUT_REST).replace("(", "（").replace(")", "）")],
          "furniture": ["聚焦高质量发展"]}),
    # Tesseract (seed 608): another box's title read into a paragraph that stops on a
    # comma's mark (…树牢抓创新就是抓发展、 / 阔并里种出"中 / 谋创新就是谋未来…): no
    # paragraph ends so, and the text under the line goes on with it; it had cut the
    # paragraph in three. (Ending a sentence there, the line stays: a section heading.)
    Case("ocr-title-line-read-into-a-paragraph-left-on-a-comma", "CLS020",
         '更好统筹高质量发展和高水平安全\n\n李非黄婧\n\n当今时代，发展利益和安全利益\n复杂交织。习近平总\n书记高度重视发展和安全，反复强\n调要统筹高质量发展和高水平安\n全，许多重要论壕都收入《习近平\n经济文选》第一卷。比如，《关于\n构建新发展格局》指出“这次中\n央全会对统筹发展和安全作出战略\n部署，对在复杂环境下更好推进我\n国经济社会发展具有重大指导意\n义”; 《中国式现代化要靠科技现\n代化作支撑》指出， “坚持创新引\n领发展，树牢抓创新就是抓发展、\n\n阔并里种出"中\n\n谋创新就是谋未来的理念，以科技\n创新引领高质量发展、保障高水平\n安全”; 等等。8月29日召开的中\n共中央政治局会议强调: “牢牢守\n住发展不能以牺牲安全为代价这条\n底线”“更好统筹高质量发展和高\n水平安全”。在以中国式现代化全\n面推进强国建设、民族复兴伟业的\n新征程上，我们要深入学习贯彻习\n近平总书记重要讲话精神，坚决贯\n彻中共中央政治局会议部署要求，\n\n以高质量发展促进高水平安全，以\n高水平安全保障高质量发展，不断\n续写经济快速发展和社会长期稳定\n\n两大奇迹新篇章。\n',
         True, {"furniture": ['阔并里种出"中'], "not_text": "抓发展、\n"}),
    Case("ocr-title-line-after-a-sentence-stays", "CLS020",
         '更好统筹高质量发展和高水平安全\n\n李非黄婧\n\n当今时代，发展利益和安全利益\n复杂交织。习近平总\n书记高度重视发展和安全，反复强\n调要统筹高质量发展和高水平安\n全，许多重要论壕都收入《习近平\n经济文选》第一卷。比如，《关于\n构建新发展格局》指出“这次中\n央全会对统筹发展和安全作出战略\n部署，对在复杂环境下更好推进我\n国经济社会发展具有重大指导意\n义”; 《中国式现代化要靠科技现\n代化作支撑》指出， “坚持创新引\n领发展，树牢抓创新就是抓发展。\n\n阔并里种出"中\n\n谋创新就是谋未来的理念，以科技\n创新引领高质量发展、保障高水平\n安全”; 等等。8月29日召开的中\n共中央政治局会议强调: “牢牢守\n住发展不能以牺牲安全为代价这条\n底线”“更好统筹高质量发展和高\n水平安全”。在以中国式现代化全\n面推进强国建设、民族复兴伟业的\n新征程上，我们要深入学习贯彻习\n近平总书记重要讲话精神，坚决贯\n彻中共中央政治局会议部署要求，\n\n以高质量发展促进高水平安全，以\n高水平安全保障高质量发展，不断\n续写经济快速发展和社会长期稳定\n\n两大奇迹新篇章。\n',
         False, {"text": "阔并里种出\"中"}),
    # Tesseract (seed 601, gen-0608): another box's kicker read into a lede (…国民经济和社 /
    # 科技创新在一线 / 会发展第十五个…). The text under it shares too few words with the
    # article's little text above for CLS016, which would read the line as a new title;
    # but a line that cuts a sentence whose halves make a word the page prints (社会)
    # titles nothing there: the lede is rejoined and the line set aside.
    Case("ocr-title-line-read-into-a-lede-opens-no-article", "CLS020", (
         "沈小晓摄\n\n小和茶叶手动大产业\n\n本报记者 赵 梅 通讯员 孙 杰\n\n立冬将至，贵州省湄潭具的茶\n"
         "园里依然一片忙太。茶农们忙着修\n剪茶树、施加有机肥，为明年的春\n茶做准备。“秋冬管护做得好，明\n"
         "年春茶才能发得早、品质好。”兴\n隆镇茶农刘德明说，他家种了30多\n亩茶，去年光卖鲜叶就收入了20多\n"
         "万元。\n\n图为小朋友在图书馆阅读。\n\n夏斌勇报\n\n湄潭是全国重点产茶县之一，\n\n全县茶园面积60万亩，涉茶人口近\n"
         "\n40万人。近年来，当地持续推动茶\n\n产业从“卖原料”向“卖品牌”\n\n“卖文化”转变，茶叶精深加工、\n"
         "茶旅融合等新业态不断涌现。\n\n确保基本实现社会主义现代化取得决定\n\n性进展\n一一来自三个省份的调研\n"
         "新华社记者\n历史，正在书写新的篇章。\n10月20日至23日，党的二十届\n四中全会在北京召开。会议将审议\n"
         "《中共中央关于制定国民经济和社\n\n科技创新在一线\n\n会发展第十五个五年规划的建\n议》，为未来五年中国发展壁画蓝\n"
         '图。\n\n要学"对不对”, 也学“美不美”(中国道路中\n国梦.青春为中国式现代化挺广担当 )\n'
         "\n一一一线足点见闻\n赵佳洁\n"
         ), True,
         {"a1.headline": "确保基本实现社会主义现代化取得决定性进展",
          "body1": ["历史，正在书写新的篇章。", "10月20日至23日，党的二十届四中全会在北京召开。会议将审议"
                    "《中共中央关于制定国民经济和社会发展第十五个五年规划的建议》，为未来五年中国发展壁画蓝图。"],
          "furniture": ["科技创新在一线"]}),
    # Tesseract (gen-14803): a column's label read into a paragraph whose line above it
    # filled the measure and ended no sentence (…吸引全球多家 / 色卢报道 / 工商机构…):
    # the paragraph goes on under it, though the characters across make no word.
    Case("ocr-title-line-under-a-filled-line-ending-no-sentence", "CLS020",
         OCR_CUT_PARAGRAPH.format(end="，共计八", heading="聚焦高质量发展", then="门课程，"), True,
         {"furniture": ["聚焦高质量发展"], "not_text": "共计八\n"}),
    # (The line above short of the measure: the paragraph may have ended there.)
    Case("ocr-title-line-under-a-short-line-stays", "CLS020",
         OCR_CUT_PARAGRAPH.format(end="", heading="聚焦高质量发展", then="课程内容"), False,
         {"text": "聚焦高质量发展"}),
    # (A line whose words the text under it prints is that text's title, Tesseract
    # gen-14001: …古籍 / 绘 / 南京浦口经济开发区 : 探索集成电路国产化路径 / 集成电路是…;
    # the column cut the text above.)
    Case("ocr-title-line-its-text-under-it-echoes-stays", "CLS020", OCR_TITLE_OVER_ITS_LEDE,
         False, {"a1.headline": "南京浦口经济开发区 : 探索集成电路国产化路径"}),
    # A section heading stands between sentences: it stays.
    Case("section-heading-between-sentences-stays", "CLS020",
         OCR_CUT_PARAGRAPH.format(end="。", heading="聚焦高质量发展", then="课程内容"), False,
         {"text": "聚焦高质量发展"}),
    # Tesseract (gen-16704, hand-made): a photo's caption read into a paragraph (…他报了一 /
    # 图@：… / 个为期3个月的编程训练 / …): the short line under the caption, after the text
    # it cut mid-sentence, goes on with it, no section heading (JOIN002 joins the halves).
    Case("ocr-line-after-a-cut-paragraph-is-no-heading", "CLS025",
         OCR_CAPTION_IN_TEXT.format(end="", line="个面向孩子的绘本角"), None,
         {"body0": ["城西老街的社区书屋开放以来，每天都有不少居民前来借阅。书屋负责人介绍，今年书屋"
                    "新添了两千多册图书，还为附近的孩子们开设了一个面向孩子的绘本角",
                    "周末常有家长带着孩子来听故事。书屋还请来退休教师义务辅导功课，深受居民欢迎。"],
          "not_text": "## 个面向"}),
    # (Nor past more than `max_blocks_between` blocks, two photos' captions and credits: the
    # text above is too far off to say the line goes on from it.)
    Case("ocr-line-far-under-a-cut-paragraph-stays-a-heading", "CLS025",
         OCR_CAPTION_IN_TEXT.format(end="", line="个面向孩子的绘本角").replace(
             "图为居民在社区书屋里阅读。 本报记者 李 强摄",
             "图为居民在社区书屋里阅读。\n\n本报记者 李 强摄\n\n图为孩子们在绘本角听故事。\n\n"
             "本报记者 王 明摄"), None,
         {"text": "\n\n## 个面向孩子的绘本角\n\n"}),
    # (After a paragraph that ended its sentence, the line is a section heading still.)
    Case("ocr-line-after-an-ended-paragraph-stays-a-heading", "CLS025",
         OCR_CAPTION_IN_TEXT.format(end="个绘本角。", line="面向孩子的绘本角"), None,
         {"text": "\n\n## 面向孩子的绘本角\n\n"}),
    # The same in a PDF extractor's text: the line under the caption, after the text it
    # cut mid-sentence, goes on with it, no section heading (JOIN002 joins the halves and
    # names CLS025).
    Case("pdf-line-after-a-cut-paragraph-is-no-heading", "CLS025",
         PDF_CAPTION_IN_TEXT.format(end="们开设", line="了一个面向孩子的绘本角"), None,
         {"body0": ["本报讯（记者 李 强）城西老街的社区书屋开放以来，每天都有不少居民前来借阅。书屋负责人"
                    "介绍，今年书屋新添了两千多册图书，还为附近的孩子们开设了一个面向孩子的绘本角",
                    "周末常有家长带着孩子来听故事。书屋还请来退休教师义务辅导功课，深受居民欢迎。"],
          "not_text": "## 了一个"}),
    # (After a paragraph that ended its sentence, the line is a section heading still.)
    Case("pdf-line-after-an-ended-paragraph-stays-a-heading", "CLS025",
         PDF_CAPTION_IN_TEXT.format(end="们开设了绘本角。", line="面向孩子的绘本角"), False,
         {"text": "\n\n## 面向孩子的绘本角\n\n"}),
    # (Nor a note's signature under the cut text: a line that opens with a dash goes on
    # with no paragraph, pdfminer.six setting it under a paragraph it cut elsewhere.)
    Case("pdf-signature-after-a-cut-paragraph-stays-apart", "CLS025",
         PDF_CAPTION_IN_TEXT.format(end="们开设", line="——编 者"), False,
         {"text": "孩子们开设\n\n——编 者\n\n周末"}),
    # Tesseract (gen-16002, hand-made): a paragraph's line alone over a photo's caption
    # (…负责人王立军介 / 图为… / 绍，项目采用…) read as a new article's title, the text
    # under it on another subject than the article above (CLS016). The text under the
    # caption opens on a clause of one character: the line goes on into it, no title, and
    # JOIN002 joins the two across the caption.
    Case("ocr-line-reading-on-past-a-caption-is-no-title", "CLS026",
         OCR_LINE_OVER_A_CAPTION.format(line="中方技术团队负责人王立军介", rest="绍，"), None,
         {"body0": ["城东老街改造工程日前完工。老街全长八百米，两侧商铺已陆续开门迎客，青石板路重新铺设，"
                    "沿街的老字号也换上了新招牌。周末来逛街的市民络绎不绝。",
                    "中方技术团队负责人王立军介绍，" + OCR_LINE_OVER_A_CAPTION_REST],
          "not_text": "# 中方技术团队"}),
    # (So too where a word the word list knows spans the break past the caption: 介 / 绍了.)
    Case("ocr-line-reading-on-by-a-word-past-a-caption-is-no-title", "CLS026",
         OCR_LINE_OVER_A_CAPTION.format(line="中方技术团队负责人王立军介", rest="绍了"), None,
         {"body0": ["城东老街改造工程日前完工。老街全长八百米，两侧商铺已陆续开门迎客，青石板路重新铺设，"
                    "沿街的老字号也换上了新招牌。周末来逛街的市民络绎不绝。",
                    "中方技术团队负责人王立军介绍了" + OCR_LINE_OVER_A_CAPTION_REST]}),
    # (A line whose break falls between words, over text that opens its own sentence,
    # reads on into nothing: it stays the title CLS016 found.)
    Case("ocr-line-over-a-caption-and-a-new-sentence-stays-a-title", "CLS026",
         OCR_LINE_OVER_A_CAPTION.format(line="中方技术团队负责人王立军说", rest="今年"), None,
         {"a1.headline": "中方技术团队负责人王立军说"}),
    # (Nor a piece narrower than the text's lines by more than a first line's dropped
    # indent: a title's piece OCR read apart, whatever opens the text under it.)
    Case("ocr-narrow-piece-over-a-caption-stays-a-title", "CLS026",
         OCR_LINE_OVER_A_CAPTION.format(line="技术团队介", rest="绍，"), None,
         {"a1.headline": "技术团队介"}),
    # (A title's lines OCR set in blocks of their own meet in a word too, 一座 / 城市, but
    # no caption stands between them: a word counts past a caption only.)
    Case("ocr-title-over-two-blocks-stays-one-title", "CLS026",
         OCR_LINE_OVER_A_CAPTION.split("{line}")[0] + "一张报纸，陪伴一座\n\n城市七十年\n\n本报记者 周 敏\n\n"
         "七十年来，这张报纸换过十次版式、\n搬过三次家，不变的是它始终把镜\n头对准这座城市里的普通人。一座\n"
         "城市的记忆，就印在一张张报纸上。\n", None,
         {"a1.headline": "一张报纸，陪伴一座城市七十年"}),
    # (Nor under a paragraph of several lines that ends no sentence, a kicker OCR read onto
    # its end (…市民们 / 走进产业园区 / 创新答卷… / 、（科技视点）): the line may be another
    # box's title read into that text (CLS020), whatever opens the text under it. Left
    # as before: the title over its column's tag.)
    Case("ocr-wide-line-under-an-unfinished-paragraph-stays", "CLS026",
         OCR_LINE_OVER_A_CAPTION.split("老字号")[0] + "老字号也换上了新招牌，市民们\n走进产业园区\n\n"
         "创新答卷彰显新型举国体制优势\n\n、（科技视点）\n\n习近平总书记强调，“充分发挥新型\n"
         "举国体制优势，加快推进高水平科\n技自立自强”。五年来，我国科技\n事业取得历史性成就。\n", None,
         {"a1.kicker": "创新答卷彰显新型举国体制优势"}),
    # (The text the line reads on into opens inside the line's sentence: no title's line
    # either, though it is one short line over the next article's title and dateline
    # (绍，项目采用…系统可 / 首批古籍活化…公布 / 本报北京…电): Tesseract gen-16002.)
    Case("ocr-text-a-line-reads-on-into-is-no-title-line", "CLS026",
         OCR_LINE_OVER_A_CAPTION.split("{rest}")[0].format(line="中方技术团队负责人王立军介")
         + "绍，项目采用的水肥一体化系统可\n\n首批古籍活化精品项目名单公布\n\n本报北京3月17日电 （记者\n"
         "饶 翔） 记者17日从有关部门\n获悉，首批古籍活化精品项目名\n单日前公布，共有42个项目入选。\n", None,
         {"a1.headline": "首批古籍活化精品项目名单公布",
          "text": "中方技术团队负责人王立军介绍，项目采用的水肥一体化系统可\n"}),
    # (The column's measure is the widest line of the paragraphs read under the line, not
    # of the one line OCR read next: a large title's piece (巨大机) over OCR's specks of it
    # (、  5  一) is no paragraph's line however narrow the specks. Committed Tesseract
    # gen-0007.)
    Case("ocr-title-piece-over-a-speck-line-stays", "CLS026",
         OCR_LINE_OVER_A_CAPTION.split("{line}")[0] + "“开放的中国\n\n为世界经济发展带来\n\n巨大机\n\n"
         "、  5      一\n\n轴”（国际人\n\n今年是“十四五”规划收官之年。五\n年间，从实现第一个百年奋斗目标\n"
         "到开启第二个百年奋斗目标新征程，\n中国经济社会发展取得新成就。\n", None,
         {"not_text": "巨大机、", "a1.headline": "轴”（国际人"}),
    # Tesseract (gen-15805, hand-made): the text under the line opens on a clause of no Han
    # character (8.2% ，), which opens no paragraph: the line is the paragraph's first, no
    # headline under the title above (taken for its kicker), and JOIN001 joins the two.
    Case("ocr-line-over-a-number-s-clause-is-no-title", "CLS026",
         OCR_LINE_OVER_A_NUMBER.format(rest="8.2% ，"), None,
         {"a1.headline": "前三季度我国服务贸易稳中有进", "a1.kicker": None,
          "text": "前三季度服务进出口总额同比增长8.2%",
          "not_text": "# 前三季度服务进出口"}),
    # (A clause that holds a Han character may open a paragraph: the line stays the
    # headline, the title above its kicker.)
    Case("ocr-line-over-a-clause-of-words-stays-a-title", "CLS026",
         OCR_LINE_OVER_A_NUMBER.format(rest="一季度，"), None,
         {"a1.headline": "前三季度服务进出口总额同比增长", "a1.kicker": "前三季度我国服务贸易稳中有进"}),
    Case("ocr-unspaced-name-is-no-speck", "LAY202",
         "让科普“追\"上科创（纵横）\n\n裴桐\n\n南京科技馆里，与孩子对弈的五子棋\n机器人吸引了观众。馆内还有全\n"
         "息光影秀，让文物“活”起来。馆长\n表示，南京有大批高新技术企业。\n", False,
         {"text": "南京有大批高新技术企业"}),
    Case("columns-with-a-line-read-across", "DBT005", page_of(
        # LAY001 reads the columns, but the last line, a row of its own, keeps two runs.
        [a.ljust(18) + "   " + b for a, b in zip(
            printed(FULL, NEXT, LONG), printed(LONG, NEXT, FULL, head=("江豚种群回升", "本报记者 李四")))]
        + ["", "", "甲乙丙丁戊己庚辛    子丑寅卯辰巳午未"]), True, {"page_flags": ["DBT005"]}),
    Case("sort-true-rows-read-column-by-column", "LAY002",
         page_of(sort_rows(FULL, NEXT, LONG, CHIPS, CHIPS_MORE, BODY)), True,
         {"a0.headline": "活动顺利举行", "body0": [FULL, NEXT, LONG, CHIPS, CHIPS_MORE, BODY],
          # (no doubt but DBT008's: the order is LAY002's, rebuilt from padded places)
          "page_flags": ["DBT008"]}),
    # Three glued rows ending at one place past the page do not make the page that wide
    # (width_share): their parts are still read as glued, the right box's columns whole.
    Case("sort-true-glued-rows-do-not-widen-the-page", "LAY002", GLUED_BOXES, True,
         {"text": "".join(GLUED_COLUMNS[2])}),
    # A column's paragraph cut by a photo runs on under its caption: that part is read
    # with the column (continue_lines), not after the column beside it.
    Case("sort-true-column-goes-on-under-a-photo", "LAY002", photo_in_column(), True,
         {"text": FULL + LONG + CHIPS}),
    # A title flush under a column's paragraph end (a blank line between), running on past
    # it, is no line of that column: the right column beside is read before the title's
    # article, not after its first column.
    Case("sort-true-title-under-a-paragraph-end", "LAY002", title_under_paragraph_end(), True,
         {"a1.headline": "开发区培育芯片产业", "body1": [LONG, CHIPS],
          "a2.headline": "江豚种群回升长江生态持续向好十年禁渔成效显现",
          "body2": [NEXT, LONG, CHIPS, FULL]}),
    # ... and so is such a title no wider than the paragraph's short last line: the
    # column's next paragraph would open two ems in.
    Case("sort-true-short-title-under-a-paragraph-end", "LAY002",
         title_under_paragraph_end("长江江豚回来了"), True,
         {"a1.headline": "开发区培育芯片产业", "body1": [LONG, CHIPS],
          "a2.headline": "长江江豚回来了", "body2": [NEXT, LONG, CHIPS, FULL]}),
    # A column ending mid-sentence on a full line runs on at the top of its box's next
    # column, read right after it: not after the next article's head beside it, which
    # stands wholly above that column.
    Case("sort-true-column-runs-on-into-the-next-column", "LAY002", column_runs_on(), True,
         {"a0.headline": "活动顺利举行", "body0": [NEXT + LONG],
          "a1.headline": "开发区芯片产业", "body1": [CHIPS, FULL, LONG]}),
    # ... and such a title wrapped once (its second line too narrow to take the column's
    # first line under it) goes with the column under it (title_pieces): it is no
    # headline run into the title beside it.
    Case("sort-true-wrapped-title-under-a-paragraph-end", "LAY002", page_of(SORT_TITLE_WRAPPED),
         True, {"a1.headline": "广东举办粤港澳大湾区青年创新创业大赛",
                "a2.headline": "引领未来，中国做对了什么"}),
    Case("grid-padded-columns-are-left-to-lay001", "LAY002", page_of(
        [a.ljust(18) + "   " + b for a, b in zip(
            printed(FULL, NEXT, LONG), printed(LONG, NEXT, FULL, head=("江豚种群回升", "本报记者 李四")))]),
        False, {"a0.headline": "活动顺利举行", "body0": [FULL, NEXT, LONG]}),
    Case("columns-that-do-not-align", "DBT004", page_of(
        # The right run starts wherever the left one ends, four or fourteen characters in:
        # no gutter runs down the page, so LAY001 leaves it and DBT004 flags it.
        [(LONG + NEXT)[n:n + (4 if n % 2 else 14)] + "   " + (NEXT + LONG)[n:n + 12]
         for n in range(12)]), True, {"page_flags": ["DBT004", "DBT010"]}),  # (read across: cut)
    Case("spaced-bylines-are-no-columns", "DBT004", page_of(
        printed(FULL, NEXT, LONG, head=("活动顺利举行", "本报记者  赵  兵   林  蔚"))), False,
        {"page_flags": []}),
    # Tesseract's default segmentation read a box's columns row by row (seed 5305): each
    # line holds two columns' lines a space apart, a gutter read as ” or 。 now and then.
    # The pieces are on no grid and vary row to row, so they are left as read and flagged.
    Case("ocr-columns-read-row-by-row", "DBT007", '老年大学里的"银发"新生\n本 二一        /  一二\n报名通道开放不到10分 法、绘画、太极拳，短视频\n钟，书法、声乐、智能手机 。” 拍摄剪辑、智能手机使用、\n应用等热门课程的名额就被 ”旅游英语等新课程越来越受\n一抢而室。“比年轻人抢演 欢迎。65岁的退休工程师许\n唱会门票还激烈。”老年大 ”建国报了视频剪辑班，他\n学教务处负责人笑着说。 ”说: “学会了前视频，就能 图为5月25日，医生为村民义\n记者采访发现，如今老 ”把孙子的成长过程做成小电 。 诊。 爱国伟报\n年大学的课程早已不限于书。 影。”\n', True),
    # ... not three such lines (fewer than min_lines: a caption beside a paragraph's line).
    Case("ocr-three-rows-side-by-side-are-no-run", "DBT007", '老年大学里的"银发"新生\n本 二一        /  一二\n报名通道开放不到10分 法、绘画、太极拳，短视频\n钟，书法、声乐、智能手机 。” 拍摄剪辑、智能手机使用、\n应用等热门课程的名额就被 ”旅游英语等新课程越来越受\n', False),
    # ... nor a Tesseract page read column by column, its datelines' and bylines' names
    # spaced (本报讯 (记者 柳 文) 首届县域商业) and a speck a space off a line (seed 604).
    # Tesseract (gen-14103): titles and lines read across gutters here and there, no run of
    # them: two Han words three spaces or more apart on min_scattered lines flag the page ...
    Case("ocr-lines-read-across-a-gutter-here-and-there", "DBT007", OCR_ACROSS, True),
    # ... two such lines do not (a staff line, a credit set off).
    Case("ocr-two-lines-read-across-a-gutter-are-too-few", "DBT007",
         "\n".join(OCR_ACROSS.split("\n")[2:4]) + "\n", False),
    # DBT009: a large title OCR misread (a rule's stroke read as |, letters off a photo's
    # edge, a title cut to its first clause, the byline left as the head) flags the page ...
    Case("ocr-title-with-a-speck-is-in-doubt", "DBT009", "长江口湿地鸟类增多|\n\n" + OCR_BODY,
         True, {"a0.headline": "长江口湿地鸟类增多|"}),
    Case("ocr-title-with-stray-letters-is-in-doubt", "DBT009", "湿地鸟类增多ff\n\n" + OCR_BODY,
         True),
    Case("ocr-title-cut-after-a-clause-of-one-character-is-in-doubt", "DBT009",
         "候鸟回来了，湿\n\n" + OCR_BODY, True),
    Case("ocr-names-left-as-the-head-are-in-doubt", "DBT009", "张成虎  高睿凯\n\n" + OCR_BODY,
         True, {"a0.headline": "张成虎  高睿凯"}),
    # ... a title read well does not, nor one holding Latin letters that are a word or an
    # abbreviation (App, 5G, APEC).
    Case("a-title-read-well-is-not-in-doubt", "DBT009", "长江口湿地鸟类增多\n\n" + OCR_BODY,
         False),
    Case("a-title-with-latin-words-is-not-in-doubt", "DBT009",
         "推动App适老化改造\n\n" + OCR_BODY + "\n5G网络覆盖全县乡镇\n\n" + OCR_BODY, False),
    # DBT010: an article's paragraph that stops mid-sentence (…其中) where the next article
    # begins: the text that went on was read elsewhere or lost; the page is flagged ...
    Case("paragraph-cut-mid-sentence-is-in-doubt", "DBT010", CUT_TWO_ARTICLES.format(""), True,
         {"page_flags": ["DBT010"], "a1.headline": "老旧小区加装电梯惠及居民"}),
    # ... the same page with the sentence ended is not.
    Case("paragraphs-that-end-sentences-are-not-in-doubt", "DBT010",
         CUT_TWO_ARTICLES.format("十余种为国家重点保护野生动物。"), False, {"page_flags": []}),
    # DBT011: a headline with no text under it, the next article's title straight after it
    # (its text taken by the next article, or a line of text read as a title) ...
    Case("headline-with-no-text-is-in-doubt", "DBT011", TWO_TITLES.format(""), True,
         {"page_flags": ["DBT011"]}),
    # ... not when each title has its text.
    Case("headlines-over-their-text-are-not-in-doubt", "DBT011",
         TWO_TITLES.format(TWO_TITLES_TEXT), False, {"page_flags": []}),
    # DBT012: a page in another language (English: no Han among its letters) ...
    Case("page-in-another-language-is-in-doubt", "DBT012",
         "# Flood season arrives early\n\nThe river rose two metres overnight, and villagers "
         "moved their grain to higher ground.\n", True, {"page_flags": ["DBT012"]}),
    # ... not a Chinese page holding an English name and a web address.
    Case("chinese-page-with-latin-words-is-not-in-doubt", "DBT012",
         TWO_TITLES.format(TWO_TITLES_TEXT).replace("。", "，详见www.example.cn。", 1), False,
         {"page_flags": []}),
    # DBT013: a page of one line, read as the banner over a headline that never comes: no
    # article, and the user is told ...
    Case("one-line-page-with-no-article-is-in-doubt", "DBT013", "标题\n", True,
         {"page_flags": ["DBT013"], "banner": "标题"}),
    # ... not a page whose title has its text under it.
    Case("one-title-over-its-text-is-not-in-doubt", "DBT013", f"标题\n\n{P}\n", False,
         {"page_flags": []}),
    Case("ocr-columns-read-one-after-another", "DBT007", '本报讯 (记者 柳 文) 首届县域商业\n发展大会日前在浙江义乌举办。来自全国\n200多个县的商务部门负责人和1,000多家\n企业代表参会，围绕具域商业体系建设、\n农产品上行、消费品下乡等议题开展交\n\n会上发布了一批县域商业发展典型案\n\n届上县域商业发\n\n图为学生在实验室进行科学实验。\n本报记者 吴 宁摄\n\n民大会在义乌举办\n\n，涵盖县级物流配送中心建设、乡镇商\n人 亡改造、农村电商发展等方面。与会\n代表认为，县域商业是连接城乡市场的重\n要纽带，要加快补齐县域商业设施短板，\n畅通工业品下乡和农产品进城双向流通渠\n道。\n\n图为1月20日，游客在景区参观游览。\n\n县融媒体中心供图\n\n署期防背水 这些地方别去\n\n本报讯 (记者 刘洋 实习生 张 雨)\n署假来临，中小学生溺水风险增加。7\n日，市教育局、市应急管理局联合发布暑\n期防溺水安全提示，提醒家长加强对孩子\n的看护。\n', False),
    Case("wrapped-with-measure", "DBT003", "# 标题\n\n" + "\n".join(
        ["这是一行宽度相同的硬换行文字，排满一整行"] * 11 + ["最后一行。"]) + "\n",
        False, {"page_flags": []}),
    # real converter output: printed lines
    # PyMuPDF's text of generated pages (seed 606): a short line that closes a quotation
    # the paragraph opened is its last line, not a sub-head; a number pushed to a line of
    # its own (digits print wider than half a character) leaves the line above full.
    Case("closing-a-quotation-is-no-subhead", "BLK005",
         "老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下\n楼遛弯\n本报讯（记者 王 薇 通讯员 李\n"
         "军）11日上午，家住南山区幸福里小区5号\n楼6楼的张大爷，第一次乘坐新装好的电梯\n"
         "下了楼。站在楼门口，78岁的老人有些激\n动：“腿脚不好，好几年没怎么下过楼了。\n"
         "以后天天都能下来遛弯了！”\n幸福里小区建于上世纪90年代初，共有\n"
         "18栋多层住宅楼，没有一部电梯。小区60岁\n以上的老人占居民总数的四成左右。今年\n"
         "初，社区启动加装电梯工作，由社区牵头、\n居民协商、专业公司代建，目前已有7部电\n"
         "梯投入使用，另有5部正在施工。\n", None,
         {"body0": ["本报讯（记者 王 薇 通讯员 李军）11日上午，家住南山区幸福里小区5号楼6楼的张大爷，"
                    "第一次乘坐新装好的电梯下了楼。站在楼门口，78岁的老人有些激动：“腿脚不好，"
                    "好几年没怎么下过楼了。以后天天都能下来遛弯了！”",
                    "幸福里小区建于上世纪90年代初，共有18栋多层住宅楼，没有一部电梯。小区60岁以上的"
                    "老人占居民总数的四成左右。今年初，社区启动加装电梯工作，由社区牵头、居民协商、"
                    "专业公司代建，目前已有7部电梯投入使用，另有5部正在施工。"]}),
    Case("number-pushed-to-a-line-of-its-own", "BLK005",
         "通知要求，各地要全面排查校舍、消\n防、实验室等安全隐患，加强校园周边治安\n"
         "综合治理；严格落实校外培训监管要求，切\n实减轻学生过重课业负担。对于家庭经济困\n"
         "难学生，要按规定落实资助政策，确保不让\n一个学生因家庭经济困难而失学。\n"
         "前5个月家电以旧换新带动销\n售1260亿元\n本报北京6月19日电（记者 王 轶）商\n"
         "务部19日发布数据显示，今年前5个月，全\n国家电以旧换新累计带动相关商品销售1260\n"
         "亿元，惠及消费者3400多万人次。其中，一\n级能效、二级能效产品销售额占比超过\n90%。\n"
         "商务部有关负责人介绍，各地持续优化\n补贴申领流程，推行“一次认证、全程通\n"
         "用”，消费者在线上线下均可便捷领取补\n贴。5月份，全国重点零售企业家电销售额\n"
         "同比增长53.5%，冰箱、洗衣机、空调等品\n类增长较快。\n", None,
         {"a1.headline": "前5个月家电以旧换新带动销售1260亿元",
          "body1": ["本报北京6月19日电（记者 王 轶）商务部19日发布数据显示，今年前5个月，全国家电以旧换新"
                    "累计带动相关商品销售1260亿元，惠及消费者3400多万人次。其中，一级能效、二级能效产品"
                    "销售额占比超过90%。",
                    "商务部有关负责人介绍，各地持续优化补贴申领流程，推行“一次认证、全程通用”，消费者在线上"
                    "线下均可便捷领取补贴。5月份，全国重点零售企业家电销售额同比增长53.5%，冰箱、洗衣机、"
                    "空调等品类增长较快。"]}),
    # PyMuPDF's text of a generated page (seed 610): a title as wide as the column, after
    # a full line that ended a sentence and right above a dateline, is no paragraph's line.
    Case("title-as-wide-as-the-column-above-a-dateline", "BLK010",
         "三中全会《决定》提出：\n“构建同科技创新相适应的\n科技金融体制，加强对国家\n重大科技任务和科技型中小\n"
         "企业的金融支持”。面对世\n界百年未有之大变局与新一\n轮科技革命和产业变革交织\n演进的新形势，只有构建同\n"
         "科技创新相适应的科技金融\n体制，才能为实现高水平科\n技自立自强注入强大动能，\n为推进和拓展中国式现代化\n"
         "提供更加坚实的战略支撑。\n农村公路提质增效行动启动\n新华社北京9月9日电\n（记者 严 赋）记者9日从\n"
         "交通运输部获悉，交通运输\n部近日印发通知，启动新一\n轮农村公路提质增效行动，\n力争到2027年底，完成农村\n"
         "公路危旧桥梁改造1.2万座。\n", True,
         {"a1.headline": "农村公路提质增效行动启动",
          "not_text": "战略支撑。农村公路"}),
    # CLS015: a title line with a comma in it, between the full line that ended a paragraph's
    # last sentence and a subtitle over a byline, is the next article's title ...
    Case("title-with-a-comma-between-a-sentence-end-and-its-subtitle", "CLS015",
         TITLE_OVER_A_BYLINE, True,
         {"a1.headline": "一张报纸，陪伴一座城市七十年",
          "a1.subtitle": "——写在江城晚报创刊70周年之际",
          "not_text": "新力量。一张报纸"}),
    # ... but under a line that ends no sentence the comma is a clause's: the line may be
    # the paragraph's (hand-made from the page above).
    Case("line-with-a-comma-under-an-open-sentence-over-a-subtitle", "CLS015",
         TITLE_OVER_A_BYLINE.replace("贡献新力量。", "贡献新力量，"), None,
         {"not_text": "# 一张报纸"}),
    # PyMuPDF's text of a generated page (seed 14308): a title set over a photo, read after
    # the full line that ended the article above, then the photo's caption, then the
    # dateline: the title is the next article's, as if the dateline stood under it ...
    Case("title-over-a-photo-its-caption-then-a-dateline", "BLK010", PHOTO_UNDER_TITLE, True,
         {"a1.headline": "暑期防溺水 这些地方别去",
          "a1.captions": ["图为志愿者为老人测量血压。（资料图片）"],
          "not_text": "借还图书。暑期"}),
    # ... but where no dateline follows the caption, the line is the paragraph's, which
    # the photo cut and which goes on under it.
    Case("line-over-a-caption-with-no-dateline-under-it", "BLK010",
         PHOTO_UNDER_TITLE.replace("暑期防溺水 这些地方别去", "市民还可通过手机预约借书")
         .replace("本报讯（记者 刘 洋 实\n习生 张 雨）", "，服务点同时提供还书和\n续借，"), None,
         {"text": "借还图书。市民还可通过手机预约借书，服务点"}),
    # The same past the blank rows under the caption (pdftotext -layout keeps a page's
    # blank rows): a title set apart by blank rows above it, over a photo's caption that
    # the dateline follows past a blank row, is the next article's title ...
    Case("title-apart-over-a-photo-then-a-dateline-past-a-blank-row", "BLK010",
         TITLE_APART_OVER_A_PHOTO, True,
         {"a1.headline": "首届县域商业发展大会在义乌举办",
          "a1.captions": ["图为快递员分拣包裹。 蔡晨晓摄"]}),
    # ... but not where no dateline follows the caption past the blank row: a paragraph's
    # line the photo cut, its text going on under it.
    Case("line-apart-over-a-photo-with-no-dateline-past-the-blank-row", "BLK010",
         TITLE_APART_OVER_A_PHOTO.replace("本报讯（记者 柳 文）首届县域", "来自各地的代表和首届县域"),
         None, {"text": "首届县域商业发展大会在义乌举办来自各地的代表"}),
    # PyMuPDF's text of generated pages (seeds 9 and 609): a caption amid a paragraph whose
    # credit stands on a line of its own, or that has no start word and ends in its credit;
    # the paragraph goes on after it with a pushed mark.
    Case("credit-alone-under-its-caption", "CAP004",
         "集采药，拼质量才能护健康\n作为医疗保障领域改革中\n的重要一环，过去7年，国家\n组织药品集采已开展10批，累\n"
         "计成功采购435种药品。集采\n通过压缩中间环节“挤水分\n图为4月2日，志愿者为老人测量\n血压。\n易波芳摄\n"
         "”，有效降低药品虚高价格，\n改变“带金销售”行业生态，\n显著减轻患者的用药负担。\n也要看到，以往的集采开\n"
         "标中，少数企业为了抢占市\n场，不惜报出过低价格“卷”\n同行，这种非理性竞争不仅扭\n曲市场秩序，更埋下质量与供\n"
         "应隐患。\n", None,
         {"a0.captions": ["图为4月2日，志愿者为老人测量血压。 易波芳摄"],
          "text": "集采通过压缩中间环节“挤水分”，有效降低药品虚高价格，改变“带金销售”行业生态，"
                  "显著减轻患者的用药负担。\n\n也要看到"}),
    Case("caption-without-a-start-word-amid-a-paragraph", "CAP002",
         "持续晴热高温天气来袭\n白天躲高温 夜晚\n逛夜市\n本报讯（记者 孙 婷 通\n讯员 高 原）连日来\n"
         "江滩公园里，孩子们在喷泉旁\n戏水消暑。视觉中国供图\n，我市持续晴热高温，最高\n气温一度达到38.6℃。白天\n"
         "街头行人稀少，到了晚上，\n江滩、夜市、商圈却人头攒\n动，不少市民选择在夜间出\n门纳凉、消费。\n", None,
         {"a0.captions": ["江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图"],
          "body0": ["本报讯（记者 孙 婷 通讯员 高 原）连日来，我市持续晴热高温，最高气温一度达到38.6℃。"
                    "白天街头行人稀少，到了晚上，江滩、夜市、商圈却人头攒动，不少市民选择在夜间出门纳凉、消费。"]}),
    Case("a-paragraph-line-ending-in-a-verb-of-photography-stays", "CAP002",
         "持续晴热高温天气来袭\n本报讯（记者 孙 婷 通\n讯员 高 原）连日来，市\n民们纷纷来到江滩公园里\n"
         "避暑，不少人用手机拍摄\n，记录孩子们戏水的画面。\n白天街头行人稀少，到了\n晚上，江滩、夜市、商圈却\n"
         "人头攒动，不少市民选择在\n夜间出门纳凉、消费。\n", None,
         {"a0.captions": [], "text": "不少人用手机拍摄，记录孩子们戏水的画面。"}),
    # PyMuPDF's text of generated pages (seeds 603 and 5): a line that ends a sentence short
    # of the measure only because the quotation that opens the next could not start on it,
    # above a full line, goes on; a title after a paragraph's last line does not join it.
    Case("quotation-pushed-after-a-colon", "BLK005",
         "蒙内铁路累计发送旅客超1300万人次\n本报记者  李  强\n蒙内铁路是肯尼亚独立以来建设\n的首条新铁路，全长约480公里，连\n"
         "接东非最大港口蒙巴萨港和首都内罗\n毕。运营公司负责人介绍，铁路开通\n后，两地之间的客运时间从原来的10\n"
         "多个小时缩短至约5小时，货运成本\n下降约40%。\n目前，铁路运营公司中的肯尼亚\n籍员工占比超过80%，一批本地员工\n"
         "已成长为火车司机、调度员和技术骨\n干。肯尼亚乘客玛丽·瓦恩吉说：\n“坐火车又快又舒服，票价也合适，\n"
         "我每个月都要坐好几次。”\n", None,
         {"text": "玛丽·瓦恩吉说：“坐火车又快又舒服"}),
    Case("title-after-a-paragraph-end-stays-apart", "BLK005",
         "首届县域商业发展大会在义乌举办\n本报讯（记者 柳 文）首届县域商\n业发展大会日前在浙江义\n"
         "乌举办。来自全国200多个县的\n商务部门负责人和1,000多家企\n业代表参会，围绕县域商业体系\n"
         "建设、农产品上行、消费品下乡\n等议题开展交流。\n会上发布了一批县域商业发\n展典型案例，涵盖县级物流配送\n"
         "中心建设、乡镇商贸中心改造、\n农村电商发展等方面。与会代表\n认为，县域商业是连接城乡市场\n"
         "的重要纽带，要加快补齐县域商\n业设施短板，畅通工业品下乡和\n农产品进城双向流通渠道。\n"
         "“这条铁路带给我们的是希望和\n未来”\n——一线蹲点见闻\n本报记者  黄培昭\n上午7时40分，伴随着长鸣\n"
         "的汽笛声，亚吉铁路每天的第一\n趟列车缓缓驶出埃塞俄比亚首都\n亚的斯亚贝巴郊外的拉布站。窗\n"
         "外的景色如画卷般展开，金合欢\n树不停地从眼前掠过。\n", None,
         {"a1.headline": "“这条铁路带给我们的是希望和未来”", "not_text": "渠道。“这条"}),
    # PyMuPDF's text of a generated page (seed 707): a line short by less than the indent
    # only because what opens the next could not stay on it (“出 / 山”) is no first line.
    Case("line-short-by-a-pushed-quotation-is-no-first-line", "BLK009",
         "快递进村，“最后一公里”越走\n越顺\n本报记者  周  雷\n每天10:30，安徽省金寨县梅山镇的快递共\n"
         "配中心都会迎来一天中最忙碌的时刻。来自县城\n的货车卸下一筐筐包裹，分拣员按村名把它们装\n"
         "进不同的周转箱，半小时后，十几辆电动三轮车\n就从这里出发，把包裹送往全镇的26个行政村。\n"
         "截至5月底，全国95%以上的建制村实现快递\n服务直达，农村地区日均收投快件超过1亿件。\n"
         "快递进村既方便了村民网购，也让农产品“出\n山”更加顺畅。\n", None,
         {"text": "快件超过1亿件。快递进村既方便了村民网购，也让农产品“出山”更加顺畅。"}),
    # pypdfium2's text of a generated page (seed 9401): a line short only by what opens the
    # next, a line justified with a space after every character (送 ”“ 餐 饮…): the word
    # its spaces split (送”) could not stay on it, so the paragraph goes on.
    Case("line-short-by-a-word-a-stretched-line-opens-with", "BLK005", STRETCHED_BELOW, None,
         {"text": "通过“中央厨房+社区配送 ”“ 餐"}),
    # pypdfium2's text of a generated page (seed 1801): a short line over a stretched line
    # that opens with a clause of one character (…90年代 / 初 ， 共 有…) is no title.
    Case("clause-of-one-opening-a-stretched-line", "BLK005",
         "老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下\n楼遛弯\n本报讯（记者 王 薇 通讯员\n"
         "李 军）11日上午，家住南山区幸\n福里小区5号楼6楼的张大爷，第一\n次乘坐新装好的电梯下了楼。站在\n"
         "楼门口，78岁的老人有些激动：\n“腿脚不好，好几年没怎么下过楼\n了。以后天天都能下来遛弯了！”\n"
         "幸福里小区建于上世纪90年代\n初 ， 共 有 18 栋 多 层 住 宅 楼 ， 没\n有一部电梯。小区60岁以上的老人\n"
         "占居民总数的四成左右。今年初，\n社区启动加装电梯工作，由社区牵\n头成立了加装电梯工作组。\n", None,
         {"not_text": "## 幸福里"}),
    # PyMuPDF's text of a generated page (seed 9201, gen-9204): a line short by the indent
    # exactly, because the character and the two marks after it (刻。”) would not stay on it at
    # full width and went down together, under a line that ended a sentence: no first line.
    Case("line-short-by-a-character-and-its-marks-is-no-first-line", "BLK009",
         "“理解与信任才是基础”\n本报记者  刘  赫\n不久前，德国汽车经济学专家、波鸿汽车\n"
         "研究院院长费迪南德·杜登赫费尔在湖北武汉\n体验了自动驾驶出租车服务。“驾驶过程平稳\n"
         "顺畅，就像坐在飞毯上一样，充满未来感。”\n杜登赫费尔在接受本报记者专访时说，这一体\n"
         "验让他对中国智能汽车产业刮目相看。\n此次访华，杜登赫费尔走访了湖北、广东\n"
         "等地，体验了中国智能出行和高科技企业的最\n新成果。他表示，中国自动驾驶企业的技术实\n"
         "力“令人惊叹”。无论是交通信号灯识别，还\n是复杂路况下的平稳驾驶，都展现了中国在自\n"
         "动驾驶领域的优势。\n在深圳，杜登赫费尔参观了华为总部。\n“这是一家独一无二的公司，让我印象深\n"
         "刻。”他说，在与华为员工深入交流的过程\n中，自己能够感受到华为务实开放的企业文化\n"
         "和工作氛围。在他看来，中国科技企业展现出\n的创新精神和前瞻布局，正是推动相关行业迅\n"
         "速崛起的重要力量。\n", None,
         {"text": "参观了华为总部。“这是一家独一无二的公司，让我印象深刻。”他说，"}),
    # ... but a line short by the indent over an opening mark and the character after it
    # (“自由区), which could open a line, is a first line (PyMuPDF, seed 7801, gen-7805).
    Case("line-short-by-the-indent-over-an-opening-mark-is-a-first-line", "BLK009",
         "“为全球自由区发展提供助力”\n——写在活动启动之际\n本报记者  董泽扬\n"
         "在海南自贸港全岛封关运作即将正式启动\n之际，第十一届世界自由区组织大会近日在海\n"
         "南国际会展中心举行，全球逾70个国家和地区\n的业界代表与专家参会。参会嘉宾认为，自由\n"
         "区是经济增长、产业多元化及可持续发展的强\n大引擎，海南自贸港作为中国对外开放重要门\n"
         "户，充分展现出作为现代自由区的发展潜力。\n这是该大会首次在中国举办，大会主题是\n"
         "“自由区：通向全球繁荣、贸易和可持续创新\n的大门”。世界自由区组织主席穆罕默德·阿\n"
         "扎鲁尼表示，作为中国的自由贸易港，海南向\n世界展示了制度创新、绿色经济、数字化转型\n"
         "以及全球合作的重要性，在此举办大会对促进\n全球自由区合作交流具有特殊意义。\n", True,
         {"body0": ["在海南自贸港全岛封关运作即将正式启动之际，第十一届世界自由区组织大会近日在海南国际会展中心"
                    "举行，全球逾70个国家和地区的业界代表与专家参会。参会嘉宾认为，自由区是经济增长、产业多元化及"
                    "可持续发展的强大引擎，海南自贸港作为中国对外开放重要门户，充分展现出作为现代自由区的发展潜力。",
                    "这是该大会首次在中国举办，大会主题是“自由区：通向全球繁荣、贸易和可持续创新的大门”。世界自由区"
                    "组织主席穆罕默德·阿扎鲁尼表示，作为中国的自由贸易港，海南向世界展示了制度创新、绿色经济、"
                    "数字化转型以及全球合作的重要性，在此举办大会对促进全球自由区合作交流具有特殊意义。"]}),
    # ... but where the column squeezes its marks half wide (a line holds 31 characters in a
    # column of 30, …“服务长三角， / 辐射全中国”的平台功能，…交流，), a character and its
    # marks that fit squeezed stay on the line: one short by the indent over 到。” is a
    # first line (人民日报, 2025-10-20 page 13, PyMuPDF).
    Case("line-short-by-the-indent-where-marks-squeeze-is-a-first-line", "BLK009",
         "流动的艺术，联动的长三角\n本报记者  曹玲娟\n《人民日报》（2025年10月20日 第 13 版）\n"
         "第二十四届中国上海国际艺术节首趟分会场专列——G8981次复兴\n"
         "号列车从上海南站启程，拉开了今年长三角以艺术节为纽带、深化文\n化与旅游协同发展的大幕。\n"
         "作为国家级艺术节，中国上海国际艺术节不断增强“服务长三角，\n"
         "辐射全中国”的平台功能，利用资源优势加强区域文化艺术合作交流，\n打造兄弟省市双向奔赴的“文化样本”。\n"
         "流动的艺术，联动的长三角。活动汇聚上海、江苏无锡、安徽合\n"
         "肥、浙江南浔四地文旅与铁路系统力量，通过“专列+艺术节”的形式，\n"
         "让长三角文化交流与旅游消费更好汇流。首批搭乘专列的旅客王女士\n"
         "分享体验：“这次买了套票，既能去无锡看演出，还能顺路游太湖。”\n"
         "一直以来，艺术节持续输送国内外优质演艺资源，点亮分会场，\n"
         "让长三角观众在家门口就能欣赏国际水准的艺术盛宴。本届艺术节继\n"
         "续在江苏、浙江、安徽三地设立分会场，以优质演艺资源赋能长三角\n一体化。\n"
         "青瓦白墙，碧波古桥。10月11日晚，第二十四届中国上海国际艺\n"
         "术节浙江南浔分会场——2025南浔国际亲子文化艺术季拉开帷幕。“\n"
         "今年特意带孩子来，没想到古镇里藏着这么热闹的艺术节！”来自浙\n"
         "江杭州的王女士说。本届南浔艺术季“草坪艺游现场”“古镇巡游嘉\n年华”等项目，为亲子家庭带来可参与的沉浸式艺术体验。\n"
         "“草坪艺游现场”打破传统剧场边界，将运河畔的草坪打造成户\n"
         "外艺术展演和互动的空间。爵士乐艺术家的小号声伴着轻柔的运河晚\n"
         "风，漫进人们心里……在这里，艺术是可以全家一起参与的快乐体验。\n"
         "“古镇巡游嘉年华”则打造“一步一景、一景一艺”。非遗代表\n"
         "性传承人带领特色展演方阵，与观众亲密互动；国际艺术家团队穿梭\n"
         "水岸街巷，与往来游客不期而遇；乌篷船上，演员唱起江南小调……\n"
         "“以前要去上海、北京才能看到的国际演出，在家门口就能欣赏\n"
         "到。”南浔本地居民吴女士说，艺术季让家乡成为“艺术打卡地”，\n她计划与父母和孩子看完所有演出。\n", True,
         {"text": "小调……\n\n“以前要去上海"}),
    Case("title-above-its-short-tail-after-a-paragraph-end", "BLK009",
         "首届县域商业发展大会在义乌举办\n本报讯（记者 柳 文）首届县域商\n今年36岁的艾法·索博卡是\n这趟列车的司机，他的神情专注\n"
         "而自豪。“是中国的老师教会了\n我开火车。”索博卡是首批赴中\n国郑州铁路职业技术学院接受培\n"
         "训的学员之一，这样的学习机会\n让他的人生迎来新的希望。“亚\n吉铁路是一条梦想之路。”当地\n"
         "员工塔德瑟感慨道，“这条铁路\n带给我们的是希望和未来。”\n谱写全球妇女事业发展新篇章\n（国际论坛）\n"
         "玛丽娜·拉古什\n在北京举行的全球妇女峰\n会，谱写了全球妇女事业新的篇\n章，为促进全球男女平等和妇女\n"
         "全面发展注入新动力，为推动构\n建人类命运共同体贡献新力量。\n", None,
         {"a1.headline": "谱写全球妇女事业发展新篇章（国际论坛）", "not_text": "未来。”谱写"}),
    # pypdfium2's text of generated pages (seeds 7 and 612): a sheet's footer set right after
    # the sheet's last line is furniture; the paragraph it cut goes on, or ends there.
    Case("footer-glued-after-the-last-line", "BLK007",
         "首批“古籍活化”精品\r\n项目名单公布\r\n本报北京3月17日电（记\r\n者 饶 翔）记者17日从有关\r\n"
         "部门获悉，首批“古籍活化”\r\n精品项目名单日前公布，共有\r\n42个项目入选，涵盖古籍整理第 2 页\r\n"
         "出版、数字化开发、文创产品\r\n、展览展示等类别。\r\n", True,
         {"furniture": ["第 2 页"], "not_text": "整理第 2 页",
          "text": "涵盖古籍整理出版、数字化开发、文创产品、展览展示等类别。"}),
    Case("page-number-in-prose-stays", "BLK007",
         "首批“古籍活化”精品\n项目名单公布\n本报北京3月17日电（记\n者 饶 翔）记者17日从有关\n"
         "部门获悉，名单详见公告第2页\n，共有42个项目入选。\n", False,
         {"furniture": [], "text": "名单详见公告第2页，共有42个项目入选。"}),
    # PyMuPDF's text of a generated page (seed 602): a short line that ends no sentence right
    # above a photo's caption is no paragraph's last line: the photo cut the paragraph.
    Case("short-line-cut-by-a-photo-goes-on", "JOIN002",
         "24小时自助借阅点增至40个\n本报讯（通讯员 何\n静 记者 林 楠）记者从市\n图书馆获悉，随着近日港\n"
         "湾路、学府路等6个新点\n位投入使用，全市24小时\n自助借阅点已增\n图为居民在公园晨练。 本\n"
         "报记者  龚明宁摄\n至40个，覆盖所有街道。\n市民持读者证或电子社保\n卡即可随时借还图书。\n", True,
         {"text": "全市24小时自助借阅点已增至40个，覆盖所有街道。",
          "a0.captions": ["图为居民在公园晨练。 本报记者  龚明宁摄"]}),
    # PyMuPDF's text of a generated page (seed 906): a line that opens with the bracket a
    # photo's caption cut off is full with that mark, and the paragraph goes on.
    Case("line-full-with-its-pushed-bracket", "BLK005",
         "联合国粮农组织呼吁加大农\n业投资\n本报联合国10月18日电（记者 李晓宏\n"
         "图为6月9日，游客在古镇街头拍照留念。 本报\n记者  毛平玉摄\n）联合国粮食及农业组织近日发布报告指\n"
         "出，全球仍有约7亿人面临饥饿，气候变\n化、地区冲突和经济下行是影响粮食安全的\n"
         "主要因素。报告呼吁各国加大对农业特别是\n小农户的投资。\n报告说，农业投资每增加1美元，可为\n"
         "贫困人口带来数倍于其他领域投资的收益。\n粮农组织总干事在报告发布会上表示，国际\n"
         "社会应当进一步加强合作，帮助发展中国家\n提升农业生产能力和抗风险能力，推动落实\n"
         "2030年可持续发展议程。\n", None,
         {"text": "近日发布报告指出，全球仍有约7亿人面临饥饿"}),
    Case("dropped-indent", "BLK009", page_of(printed(FULL, NEXT, LONG)), True,
         {"body0": [FULL, NEXT, LONG]}),
    Case("dropped-indent-full-line-goes-on", "BLK009",
         page_of(printed(FULL[:-1] + "，" + NEXT, LONG)), False,
         {"body0": [FULL[:-1] + "，" + NEXT, LONG]}),
    Case("title-wider-than-a-narrow-measure", "BLK005",
         page_of(["扎实推动乡村全面振兴", "国家队也能“省里办”（微观）", "李嘉岳"]
                 + printed(LONG, NEXT, FULL, width=11, head=())),
         None, {"a0.headline": "国家队也能“省里办”（微观）", "a0.byline": "李嘉岳"}),
    # PyMuPDF's text of a generated page (seed 202): a caption, then the cut paragraph
    # goes on with a comma pushed to its line's start.
    Case("pushed-comma-after-a-caption", "JOIN002", '62天的暑运落下帷幕，全国铁\n路累计发送旅客9.5亿人次，\n同比增长5.2%，日均发送旅客\n1,530万人次。\n暑运期间，铁路部门充分\n挖掘运输潜力，加开旅客列车\n图为工作人员巡检输电线路。 市\n文旅局供图\n，优化开行方案，增开夜间高\n铁和旅游列车，更好满足旅客\n出行需求。\n',
         True, {"body0": ["62天的暑运落下帷幕，全国铁路累计发送旅客9.5亿人次，同比增长5.2%，日均发送旅客1,530万人次。",
                          "暑运期间，铁路部门充分挖掘运输潜力，加开旅客列车，优化开行方案，增开夜间高铁和旅游列车，更好满足旅客出行需求。"],
                "captions": ["图为工作人员巡检输电线路。 市文旅局供图"]}),
    # PyMuPDF's text of a generated page (seed 207): the sentence's 。 pushed past the
    # photo's caption and credit.
    Case("pushed-mark-after-a-credit", "JOIN002", '老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下楼遛弯\n本报讯（记者 王 薇 通讯员\n李 军）11日上午，家住南山区幸\n福里小区5号楼6楼的张大爷，第一\n次乘坐新装好的电梯下了楼\n▲11日，幸福里小区居民乘坐新装的\n电梯下楼。  记者 王  薇 摄\n。站在楼门口，78岁的老人有些激\n动：“腿脚不好，好几年没怎么下\n过楼了。以后天天都能下来遛弯\n了！”\n',
         True, {"a0.captions": ["▲11日，幸福里小区居民乘坐新装的电梯下楼。  记者 王  薇 摄"],
                "text": "第一次乘坐新装好的电梯下了楼。站在楼门口"}),
    # PyMuPDF's text of a generated page (seed 206): the photo squeezed the line above it.
    Case("short-line-before-a-caption-goes-on", "JOIN002", '缩至极限，研发新药、提升工艺的资金\n从何而来？\n图为2月17日，观众在展馆参观。 受访单位供图\n绿色发展新答卷\n受台风外围影响 明起我市有强降雨\n海滨晚报讯（记者 陈 阳）记者从\n市气象台获悉，受今年第11号台风\n图为11月27日，工人在生产线上忙碌。\n（资料图片）\n外围云系影响，13日至14日，我市将出\n现一次明显降雨过程，部分地区有暴\n雨，局地大暴雨，并伴有7至9级阵风。\n市气象台首席预报员赵明介绍，降\n',
         True, {"text": "受今年第11号台风外围云系影响，",
                "a1.captions": ["图为11月27日，工人在生产线上忙碌。（资料图片）"]}),
    # Tesseract's text of generated pages (seeds 9 and 8): the last line before a photo
    # reads short (squeezed, and read with half-width marks), yet ends in a comma or
    # inside a word the page uses (高温): the paragraph goes on after the caption.
    Case("comma-before-a-photo-goes-on", "JOIN002",
         "一线调研\n近万名大学生志愿\n者服务西部基层\n\n本报讯 (记者 赵 阳) 记者从共青团中\n"
         "央获悉，2025年大学生志愿服\n务西部计划新招募的近万名志\n愿者已陆续抵达服务地，\n\n"
         "图为2月21日，市民在社区服务\n中心办理业务。 曹鹏丽摄\n\n将在基层教育、卫生、农业科\n"
         "技、基层社会治理等领域开展\n为期1至3年的志愿服务。\n",
         True, {"text": "已陆续抵达服务地，将在基层教育"}),
    Case("word-across-a-photo-goes-on", "JOIN002",
         "持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n\n本报讯（记者孙婷）连日来，\n我市各地气温持续走高，部分地区\n气温超过三十八度，市民纷纷选择\n"
         "今年入夏以来持续高"
         "\n\n▲7日晚，市民在青石街夜市选购小吃。\n记者孙 婷摄\n\n"
         "温，最高气温一度达到三十八度。白"
         "\n天街头行人稀少，到了晚上，江滩\n、夜市却人头攒动，不少市民选择\n在夜间出门纳凉、消费，避开高温\n时段。\n",
         True, {"text": "今年入夏以来持续高温，最高气温"}),
    # (The text under the photo opens short by the dropped indent, a paragraph's first line:
    # the paragraph above is not JOIN002's left open, and the word across decides.)
    Case("short-line-before-a-photo-with-no-word-across-ends", "JOIN002",
         "持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n\n本报讯（记者孙婷）连日来，\n我市各地气温持续走高，部分地区\n气温超过三十八度，市民纷纷选择\n"
         "今年入夏以来持续晴"
         "\n\n▲7日晚，市民在青石街夜市选购小吃。\n记者孙 婷摄\n\n"
         "白天最高气温达到三十八度，"
         "\n天街头行人稀少，到了晚上，江滩\n、夜市却人头攒动，不少市民选择\n在夜间出门纳凉、消费，避开高温\n时段。\n",
         None, {"text": "今年入夏以来持续晴\n\n白天最高气温"}),
    Case("justified-line-before-a-number", "BLK005",
         page_of(["活动顺利举行", "本报记者 王五"] + printed(LONG, head=())
                 + ["今年以来，本市空气质量好转，", "全市优良天数比例达到了百分之", "96.5%，较去年提高了1.8个百分点。"]
                 + printed(NEXT, head=())),
         None, {"body0": [LONG, "今年以来，本市空气质量好转，全市优良天数比例达到了百分之96.5%，较去年提高了1.8个百分点。", NEXT]}),
    Case("line-one-short-before-an-opening-mark", "BLK005",
         page_of(printed(LONG, NEXT, FULL, width=20)
                 + ["将国家队建设委托给地方，有利于推动项", "目发展与地方特色资源的深度融合，形成了",
                    "“一省一策、一队一模式”的差异化发展道路", "和格局。"]),
         None, {"body0": [LONG, NEXT, FULL, "将国家队建设委托给地方，有利于推动项目发展与地方特色资源的深度融合，"
                          "形成了“一省一策、一队一模式”的差异化发展道路和格局。"]}),
    # PyMuPDF's text of a generated page (seed 3): “00后 could not start on the line above.
    Case("line-short-before-an-opening-quote-and-a-number", "BLK005", '高校实验室里的“00后”科研团队\n通讯员  张  萌  中青报·中青网记者  李  强\n凌晨1点，某理工大学材料学\n院的一间实验室仍亮着灯。5名\n“00后”本科生围在电镜前，观察\n一块新型电池隔膜材料的微观结\n构。\n这支平均年龄不到21岁的团\n队，去年在全国大学生挑战杯竞赛\n中获得特等奖。他们研发的隔膜材\n',
         None, {"body0": ["凌晨1点，某理工大学材料学院的一间实验室仍亮着灯。5名“00后”本科生围在电镜前，"
                          "观察一块新型电池隔膜材料的微观结构。",
                          "这支平均年龄不到21岁的团队，去年在全国大学生挑战杯竞赛中获得特等奖。他们研发的隔膜材"]}),
    Case("line-short-before-a-character-and-its-marks", "BLK005",
         page_of(["活动顺利举行", "本报记者 王五", "十月二十日至二十三日，党的二十届四中",
                  "全会在北京召开。这是在我国全面推进强国建", "设、民族复兴伟业关键时期召开的重要会议，",
                  "各界高度关注。",
                  "会议将审议中共中央关于制定国民经济和", "社会发展第十五个五年规划和远景目标建",
                  "议》，为未来五年中国发展擘画宏伟蓝图。",
                  "公报发布后，各地的干部群众认真地学习", "纷纷表示要把全会精神落实到各项工作中去，",
                  "推动高质量发展取得新成效。"]),
         None, {"body0": ["十月二十日至二十三日，党的二十届四中全会在北京召开。这是在我国全面推进强国建"
                          "设、民族复兴伟业关键时期召开的重要会议，各界高度关注。",
                          "会议将审议中共中央关于制定国民经济和社会发展第十五个五年规划和远景目标建"
                          "议》，为未来五年中国发展擘画宏伟蓝图。",
                          "公报发布后，各地的干部群众认真地学习纷纷表示要把全会精神落实到各项工作中去，"
                          "推动高质量发展取得新成效。"]}),
    Case("short-line-before-a-number-ends-its-sentence", "BLK005",
         page_of(["活动顺利举行", "本报记者 王五"] + printed(LONG, head=())
                 + ["今年以来，本市空气质量好转，", "优良天数比例提高了。", "96.5%的监测点位达标，较去年", "提高了1.8个百分点。"]
                 + printed(NEXT, head=())),
         None, {"body0": [LONG, "今年以来，本市空气质量好转，优良天数比例提高了。", "96.5%的监测点位达标，较去年提高了1.8个百分点。", NEXT]}),
    # A line opening with a comma under a short line that ends a question: no mark was
    # pushed down there, so it is the tail of a paragraph cut elsewhere (PyMuPDF read a
    # box's last column after the next box, seed 7), and MOVE001 takes it home.
    Case("comma-after-a-finished-question-is-an-orphan-tail", "BLK005",
         "小茶叶撬动大产业\n本报讯（记者 赵 梅）在湄\n潭经济开发区的一家茶叶深加\n工企业，生产线上正在灌装茶\n"
         "饮料。企业负责人介绍，过去\n夏秋茶因为口感较差卖不上价\n\n美术课要学“美不美”\n"
         "本报讯（记者 赵佳洁）提起\n美术课，你会想到什么？\n老师笑着说，美术课不只是画\n画，还要学会看。\n"
         "，大多只能低价出售，甚至直\n接放弃采摘，每年可消化夏秋\n茶鲜叶2万多吨。\n", None,
         {"body0": ["本报讯（记者 赵 梅）在湄潭经济开发区的一家茶叶深加工企业，生产线上正在灌装茶饮料。"
                    "企业负责人介绍，过去夏秋茶因为口感较差卖不上价，大多只能低价出售，甚至直接放弃采摘，"
                    "每年可消化夏秋茶鲜叶2万多吨。"],
          "body1": ["本报讯（记者 赵佳洁）提起美术课，你会想到什么？", "老师笑着说，美术课不只是画画，还要学会看。"]}),
    # A caption set wider than the column (under a photo across two) that ends its
    # sentence at the line's end is whole: the column's first line after it is text
    # (PyMuPDF, seed 7).
    Case("caption-wider-than-the-column-ends-with-its-sentence", "BLK005",
         "一张报纸，陪伴一座城市七十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n图②：上世纪80年代，市民在街头报栏前读报。\n1955年7月8日傍晚，第一\n期《江城晚报》从印刷厂运\n出，报童们抱着还带着油墨香\n的报纸跑上街头。那一天的报\n纸只有4个版，售价2分钱，却\n被市民抢购一空。\n七十年来，这张报纸换过\n10次版式、搬过3次家，从铅\n与火、光与电一路走到了数与\n网。不变的，是它始终把镜头\n和笔触对准这座城市里的普通\n人。\n记者翻开1956年的一张旧\n报，头版一条以“本报讯”开\n头的短消息只有200多字，记\n录的是长江边第一座自来水厂\n建成通水。当年参与采写这条\n消息的老记者如今已经90多\n岁，他在电话里说：“那时候\n写稿，每一个字都要反复掂\n量。”\n图①：1955年7月8日出版的\n《江城晚报》创刊号。\n", None,
         {"a0.captions": ["图②：上世纪80年代，市民在街头报栏前读报。", "图①：1955年7月8日出版的《江城晚报》创刊号。"]}),
    # A title wrapped short of the measure onto a character of its own (…稳中有 / 进) after
    # a finished paragraph, over text on another subject: a new article, though nothing
    # anchors it (PyMuPDF, seed 5). A paragraph's line that short would end a sentence.
    Case("title-wrapped-onto-one-character-opens-an-article", "CLS016",
         "谱写全球妇女事业发展新篇章\n（国际论坛）\n玛丽娜·拉古什\n在北京举行的全球妇女峰\n会，谱写了全球妇女事业新的篇\n章，为促进全球男女平等和妇女\n全面发展注入新动力，为推动构\n建人类命运共同体贡献新力量。\n前三季度我国服务贸易稳中有\n进\n进出口总额同比增长8.2%，\n其中出口增长12.5%，增速高于\n进口6.9个百分点。知识密集型\n服务贸易表现亮眼，个人文化和\n娱乐服务、电信计算机和信息服\n务、知识产权使用费等领域保持\n较快增长。\n商务部国际贸易经济合作研\n究院服务贸易研究所所长李明\n说，“十四五”以来，我国服务\n贸易规模持续扩大、结构不断优\n化。数字技术与服务贸易加速融\n合，越来越多的服务可以跨境交\n付，为服务出口打开了新空间。\n", None,
         {"a1.headline": "前三季度我国服务贸易稳中有进"}),
    # A title over a line that names its column in brackets is a headline with its tag:
    # it opens an article though the text under it shares words with the one above and
    # nothing anchors it; a title line right above it is its kicker (PyMuPDF, seed 611).
    Case("title-over-a-column-tag-opens-an-article", "CLS016",
         "从“多少年”感悟自信\n李洪兴\n对于发展实景，我们或许\n早已习惯日日新的样子。很多\n时候，新事物、新业态不时涌\n现，快速融入生活、融进日\n常。对这种“新”，很多人是\n推动者、创造者。当外国友人\n惊呼“在中国所有梦想都能成\n真”，当外国政要点赞“你们\n是好样的”，他们见证、体验\n到了中国不一般的发展节奏。\n无论是参与者还是观察者，彼\n此的共同感受说明，发展是实\n现人民幸福的关键，人民幸福\n生活就是“国之大者”。\n其实，“多少年”是时间\n指针转出的轨迹，时钟每一次\n“嘀嗒”作响，都积淀着“多\n少事”的奋斗。把生活跃变、\n发展跃迁，放在时间与实践的\n坐标系中来观察，更能读懂中\n国式现代化的价值旨归。\n“开放的中国为世界经\n济发展带来巨大机遇”\n（国际人士看中国“十\n四五”成就）\n今年是“十四五”规划收\n官之年。5年间，从实现第一\n个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面\n建成小康社会到促进全体人民\n共同富裕，中国经济社会发展\n取得新的开创性进展、突破性\n变革、历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n量连续跨越多个台阶，中国经\n济持续高质量发展为全球经济\n复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n", None,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）",
           "body1": ["今年是“十四五”规划收官之年。5年间，从实现第一个百年奋斗目标到开启第二个百年奋斗目标新征程，"
                     "从全面建成小康社会到促进全体人民共同富裕，中国经济社会发展取得新的开创性进展、突破性变革、"
                     "历史性成就。接受本报记者采访的国际人士表示，“十四五”时期，中国经济总量连续跨越多个台阶，"
                     "中国经济持续高质量发展为全球经济复苏增长作出积极贡献，成为世界经济发展最稳定、最可靠、"
                     "最积极的力量。"]}),
    Case("kicker-over-a-column-tagged-title", "CLS016",
         "从“多少年”感悟自信\n李洪兴\n对于发展实景，我们或许\n早已习惯日日新的样子。很多\n时候，新事物、新业态不时涌\n现，快速融入生活、融进日\n常。对这种“新”，很多人是\n推动者、创造者。当外国友人\n惊呼“在中国所有梦想都能成\n真”，当外国政要点赞“你们\n是好样的”，他们见证、体验\n到了中国不一般的发展节奏。\n无论是参与者还是观察者，彼\n此的共同感受说明，发展是实\n现人民幸福的关键，人民幸福\n生活就是“国之大者”。\n其实，“多少年”是时间\n指针转出的轨迹，时钟每一次\n“嘀嗒”作响，都积淀着“多\n少事”的奋斗。把生活跃变、\n发展跃迁，放在时间与实践的\n坐标系中来观察，更能读懂中\n国式现代化的价值旨归。\n国际观察\n“开放的中国为世界经\n济发展带来巨大机遇”\n（国际人士看中国“十\n四五”成就）\n今年是“十四五”规划收\n官之年。5年间，从实现第一\n个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面\n建成小康社会到促进全体人民\n共同富裕，中国经济社会发展\n取得新的开创性进展、突破性\n变革、历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n量连续跨越多个台阶，中国经\n济持续高质量发展为全球经济\n复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n", None,
         {"a1.kicker": "国际观察",
           "a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）"}),
    # A title that names its subject before a colon wraps there (南京浦口经济开发区： /
    # 探索集成电路国产化路径): one headline, weighed for a new article (PyMuPDF, seed 611).
    Case("title-wrapped-after-its-subject-colon", "CLS017",
         "今年将新建改扩建乡镇寄宿制学校1000所\n本报北京4月21日电（记\n者 张 婷）记者从教育部获\n悉，今年将支持中西部地区新\n建、改扩建乡镇寄宿制学校\n1000所左右，重点改善学生宿\n舍、食堂、浴室等生活设施，\n并配齐心理咨询室和图书室。\n教育部有关负责人表示，\n各地要科学规划学校布局，既\n要防止盲目撤并，又要避免\n“空心校”重复建设，切实保\n障农村孩子就近接受良好教\n育。\n据介绍，中央财政今年继\n续安排专项资金支持乡镇寄宿\n制学校建设，资金分配向脱贫\n地区和民族地区倾斜。各地要\n加强项目管理，确保工程质量\n和资金安全，力争秋季学期开\n学前完成大部分项目建设。\n南京浦口经济开发区：\n探索集成电路国产化路\n径\n集成电路是信息产业发展\n的基础。今年以来，南京浦口\n经济开发区积极落实南京市\n“一园区一突破”改革任务，\n通过技术创新推动国产替代、\n招新引优补齐短板、深化改革\n优化环境，探索集成电路国产\n化路径。\n蒙内铁路累计发送旅\n客超1300万人次\n新华社内罗毕10月19日\n电（记者 王 冠）肯尼亚蒙巴\n萨—内罗毕标准轨距铁路运营\n公司19日发布数据显示，蒙内\n铁路自2017年开通运营以来，\n累计发送旅客超过1300万人\n次，发送集装箱超过250万标\n箱。\n本版责编：宋鹏辉  郭  峰  版式设计：易  明\n", None,
         {"a1.headline": "南京浦口经济开发区：探索集成电路国产化路径"}),
    # An article cut by （下转第20版）: the title printed under the marker opens another
    # article (in a narrow column too), and the tail after （上接第14版） goes home with its
    # section headings (PyMuPDF, seed 706; a file of several pages holds both ends).
    Case("title-under-an-onward-jump-and-a-marked-tail-with-headings", "MOVE001",
         "让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n编者按：近年来，古籍数字化\n工作稳步推进，越来越多的珍贵典\n籍从库房走向屏幕。古籍数字化究\n竟怎么做？普通读者能从中得到什\n么？本报记者走进一家古籍数字化\n中心，记录下工作者们平凡的一\n天。\n上午9点，位于杭州西郊的一\n座灰白色小楼里，扫描室的灯已经\n亮了。工作人员戴上白手套，把一\n（下转第20版）\n老年大学里的“银发”新生\n报名通道开放不到10分钟，书\n法、声乐、智能手机应用等热门课\n程的名额就被一抢而空。“比年轻\n人抢演唱会门票还激烈。”老年大\n学教务处负责人笑着说。\n记者采访发现，如今老年大学\n的课程早已不限于书法、绘画、太\n极拳，短视频拍摄剪辑、智能手机\n使用、旅游英语等新课程越来越受\n欢迎。65岁的退休工程师许建国报\n了视频剪辑班，他说：“学会了剪\n视频，就能把孙子的成长过程做成\n小电影。”\n为了满足老年人的学习需求，\n不少地方开始探索“线上+线下”\n的办学模式。一些老年大学把热门\n课程录制成视频放到网上，行动不\n便的老人在家也能跟着学。今年春\n季学期，某市老年大学线上课程的\n注册学员已超过3万人。\n专家表示，老年教育需求快速\n图为农民在田间收割水稻。\n本报记者  石  宁摄\n增长，要进一步扩大供给，推动老\n年教育资源向社区延伸，让更多老\n年人在家门口就能“上大学”。\n（上接第14版）\n册清代刻本轻轻放在V形书托上，\n调整好角度，按下快门。这台专用\n扫描仪每拍一页，都要在电脑上放\n大检查，确认没有阴影、没有卷\n边，才能翻到下一页。\n图为工作人员对一册清代刻本进行高\n清扫描。（资料图片）\n一页古籍要经过几道工序？\n“扫描只是第一步。”中心负\n责人沈慧芳告诉记者，一页古籍从\n进门到上线，要经过登记、修复评\n估、扫描、图像处理、文字识别、\n人工校对、标引著录等十几道工\n序。破损严重的古籍要先送到隔壁\n的修复室，“书能不能翻，先得问\n修复师”。\n修复室里，修复师周晓燕正在\n给一册虫蛀严重的家谱“补洞”。\n她用毛笔蘸上浆糊，把染好色的竹\n纸一点点贴在破损处，一个上午只\n能补好三四页。“数字化是为了让\n更多人看到它，但前提是不能伤着\n它。”周晓燕说。\n识别准确率为何难以突破？\n在校对组，十几名年轻人盯着\n屏幕逐字比对。屏幕左边是古籍原\n图，右边是机器识别出的文字，有\n疑问的字被标成了红色。\n“刻本的字还好认，抄本和批\n校本就难了。”校对员王思远说，\n异体字、俗字、虫蛀造成的残字，\n都会让识别“犯迷糊”。目前，中\n心对刻本的识别准确率已超过\n97%，但手写文献的识别仍离不开\n人工把关。\n据了解，该中心已完成1.2万\n余册古籍的数字化，其中3,000余\n册已通过公共平台免费向社会开\n放，读者足不出户就能在线阅读、\n检索和下载。\n", True,
         {"a1.headline": "老年大学里的“银发”新生",
           "body1": ["报名通道开放不到10分钟，书法、声乐、智能手机应用等热门课程的名额就被一抢而空。“比年轻人抢演唱会门票还激烈。”老年大学教务处负责人笑着说。",
                     "记者采访发现，如今老年大学的课程早已不限于书法、绘画、太极拳，短视频拍摄剪辑、智能手机使用、旅游英语等新课程越来越受欢迎。65岁的退休工程师许建国报了视频剪辑班，他说：“学会了剪视频，就能把孙子的成长过程做成小电影。”",
                     "为了满足老年人的学习需求，不少地方开始探索“线上+线下”的办学模式。一些老年大学把热门课程录制成视频放到网上，行动不便的老人在家也能跟着学。今年春季学期，某市老年大学线上课程的注册学员已超过3万人。",
                     "专家表示，老年教育需求快速增长，要进一步扩大供给，推动老年教育资源向社区延伸，让更多老年人在家门口就能“上大学”。"]}),
    # A byline wrapped inside a reporter's title (…毛  宁  实习 / 生  吴  桐) is names only
    # once its lines are one: the byline, and the title above it is whole (PyMuPDF, seed 808).
    Case("byline-wrapped-inside-a-title", "CLS014",
         "水生生物资源逐步恢复。监测显\n示，长江干流及鄱阳湖、洞庭湖水\n生\n图为农民在田间收割水稻。\n胡  波摄\n生物完整性指数比禁渔前提升两个\n等级，长江江豚种群数量增至\n1,249头，刀鲚等洄游性鱼类重现\n多年未见的集群现象。\n年轻人为何爱上“博物\n馆打卡”？\n——记者实地探访\n中青报·中青网记者  毛  宁  实习\n生  吴  桐\n端午假期，国家博物馆门前排\n起了长队。队伍中，年轻面孔占了\n多数。22岁的大学生林可提前一\n图①：观众在国家博物馆参观青铜器\n特展。\n周预约了门票，“这次专门来看青\n铜器特展，攻略做了好几天”。\n近年来，“博物馆热”持续升\n温，年轻人成为参观主力。中国青\n年报社社会调查中心对1,327名18\n至35岁青年进行的一项调查显示，\n71.6%的受访青年过去一年至少去\n", None,
         {"a1.byline": "中青报·中青网记者  毛  宁  实习生  吴  桐",
           "a1.headline": "年轻人为何爱上“博物馆打卡”？"}),
    # A title that ends in its column's tag opens an article with nothing to anchor it,
    # though its text shares words with the article above; its two lines that fill a narrow measure over a byline are a title's, not a
    # paragraph cut off (PyMuPDF, seed 805).
    Case("title-ending-in-a-column-tag-opens-an-article", "CLS016",
         page_of(printed(LONG, NEXT, width=22) + ["中国机遇的世界意义（国际论坛）"]
                 + printed(FULL, NEXT, width=22, head=())), None,
         {"a1.headline": "中国机遇的世界意义（国际论坛）", "body1": [FULL, NEXT]}),
    # ... but a paragraph's last sentence and its reporter in brackets (…发展。（记者 王五）)
    # on two printed lines is no title ending in its column's tag: it stays in its article.
    Case("sentence-then-reporter-in-brackets-is-no-column-tag", "CLS016",
         page_of(printed(LONG, NEXT, "下一步将加大服务力度支持企业发展。（记者 王五）")), False,
         {"body0": [LONG, NEXT, "下一步将加大服务力度支持企业发展。（记者 王五）"]}),
    # ... nor is a byline set in brackets under a title (（本报记者 王五）): reporters' names,
    # not a column's; the title is not merged with it (a column named 记者观察 is a tag).
    Case("byline-in-brackets-is-no-column-tag", "CLS016",
         "上一篇文章的最后一段，大家都很满意。\n\n全市经济开局良好态势明显\n（本报记者 王五）\n"
         + page_of(printed(LONG, NEXT, width=18, head=())), False,
         {"not_text": "态势明显（本报记者"}),
    Case("title-filling-a-narrow-measure-ends-in-a-column-tag", "CLS015",
         "装机规模100 万千\n图为9月9日拍摄的理塘县\n“光伏+牧业”电站。 新华社\n记者 王  曦摄\n瓦，年均发电量约20亿千\n瓦时，每年可节约标准煤\n约60万吨、减少二氧化碳\n排放约160万吨。\n“为全球读者展现一个立体\n丰富的中国”（第一现场）\n本报记者  徐  馨\n10月15日至19日，第\n七十七届法兰克福书展在\n德国法兰克福会展中心举\n行，来自100多个国家和\n地区的4000多家出版商参\n展，吸引了20多万专业人\n士和参观者。创立\n", None,
         {"a1.headline": "“为全球读者展现一个立体丰富的中国”（第一现场）"}),
    # ... and so does one whose two printed lines end in the tag (…巨大机遇” / （国际人士看
    # 中国“十四五”成就）) where the converter read them as one block (PyMuPDF, seed 809).
    Case("two-line-title-ending-in-a-column-tag-opens-an-article", "CLS016",
         "城市更新进行时\n全国首批老年助餐服务示范点名单公布\n本报北京5月13日电（记者 李昌禹）民\n政部13日公布全国首批老年助餐服务示范点名\n单，共有312个社区食堂、老年餐桌等助餐点\n入选。入选助餐点平均每天服务老年人100人\n次以上，在菜品质量、价格水平、服务便利等\n方面具有示范作用。\n据介绍，近年来各地加快发展社区老年助\n餐服务，通过“中央厨房+社区配送”“餐饮\n企业+社区食堂”等模式，让老年人在家门口\n吃上热乎饭。民政部有关负责人表示，将推动\n各地总结推广示范点经验，进一步扩大服务覆\n盖面，提升服务可持续性。\n“开放的中国为世界经济发展带来巨大机遇”\n（国际人士看中国“十四五”成就）\n今年是“十四五”规划收官之年。5年\n间，从实现第一个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面建成小康社会到\n促进全体人民共同富裕，中国经济社会发展取\n得新的开创性进展、突破性变革、历史性成\n就。接受本报记者采访的国际人士表示，“十\n四五”时期，中国经济总量连续跨越多个台\n阶，中国经济持续高质量发展为全球经济复苏\n增长作出积极贡献，成为世界经济发展最稳\n定、最可靠、最积极的力量。\n图为货轮在港口装卸集装箱。\n新华社记者  薛晨英摄\n", None,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）"}),
    # A character alone under a title line with nothing to anchor them, no mark in it, is
    # the title's tail (…带火大山里的土 / 货), though the page's text never prints 土货
    # (PyMuPDF, seed 908).
    Case("title-tail-alone-without-an-anchor", "CLS017",
         "澜湄职业教育培训中心在曼谷\n揭牌\n本报曼谷10月19日电（记者 孙广勇）澜\n湄职业教育培训中心19日在泰国曼谷揭牌。中\n心由中国和泰国多所职业院校共同建设，将面\n向澜湄流域国家开设新能源汽车维修、轨道交\n通运营、跨境电商等专业培训课程，计划每年\n培训学员1000人次以上。\n大学生“村播”带火大山里的土\n货\n的直播间里，贺晓雨把刚摘下的猕猴桃切\n开，对着镜头展示果肉的颜色。“咱们的猕猴\n桃是自然成熟的，没有催熟剂。”她一边说，\n一边招呼在线的网友下单。一场两个小时的直\n播，卖出了1,800多单。\n", None,
         {"a1.headline": "大学生“村播”带火大山里的土货"}),
    # One character alone is no name, though it is a surname (路): under a title line it is
    # the title's tail, and the subtitle under it stays the head's (PyMuPDF, seed 904).
    # A line of names over text that opens with a mark no line may start with was cut
    # before its mark (fuzzing: 一一！ / 相一一 / 。 became a title, a byline and a 。).
    Case("names-cut-before-their-mark-are-no-byline", "CLS014",
         "# 一一\n\n本报讯（记者 王一）一一。\n\n一一！\n\n相一一\n\n。\n", False,
         {"a0.byline": None, "body0": ["本报讯（记者 王一）一一。", "一一！", "相一一。"]}),
    # Two title lines as wide as the column's measure, read as one block (the first line
    # full): no paragraph goes on into a subtitle, and a line as wide as the one above is
    # no wrapped tail; kicker and headline, under the page's banner (PyMuPDF, seed 901).
    Case("title-lines-at-the-measure-over-a-subtitle", "CLS015",
         "江城日报\n2025年6月2日 星期一 第5版 要闻\n责任编辑  王  明   美术编辑  李  华\n"
         "在推进高质量发展建设中走在全省前列\n多地开展老旧小区改造大行动\n老楼加装电梯后“上下自如”\n"
         "——来自社区一线的报道\n本报记者  陈  平\n下图：工人在小区里安装电梯。 本报记者  陈  平摄\n"
         "清晨六点，家住城东社\n区的刘大爷就下楼散步了。过\n去住在六楼的他，上下楼全靠\n"
         "扶着栏杆一步一步挪，如今加\n装了电梯，出门方便多了。\n社区负责人介绍，今年以\n"
         "来，全区已有一百二十多部电\n梯投入使用，惠及居民三千余\n户，居民们纷纷点赞。\n", None,
         {"a0.kicker": "多地开展老旧小区改造大行动", "a0.headline": "老楼加装电梯后“上下自如”",
          "a0.subtitle": "——来自社区一线的报道", "banner": "在推进高质量发展建设中走在全省前列"}),
    # A title right under the page's furniture, straight over its text with no byline or
    # dateline, is the first article's, not the page's banner over a headless tail
    # (PyMuPDF, seed 710).
    Case("title-first-on-the-page-over-its-text", "CLS005",
         "西部商报\n2025年10月12日 星期日 第15版 科技\n江北新区：探索集成电\n路国产化路径\n"
         "集成电路是信息产业发展\n的基础。今年以来，江北新区\n积极落实改革任务，通过技术\n"
         "创新推动国产替代，探索集成\n电路国产化路径。\n", True,
         {"a0.headline": "江北新区：探索集成电路国产化路径", "banner": None}),
    # A title set wider than the column (15 characters over a measure of 13), then a line
    # short by the dropped indent: the text starts there, not a second title line
    # (PyMuPDF, seed 710).
    Case("text-starts-under-a-title-wider-than-the-column", "BLK005",
         "南京举办青年创新创业大赛\n南方日报讯（记者 王五）9月2\n日，青年创新创业大赛在南京\n"
         "启动。大赛设人工智能、生物\n医药、新能源等6个赛道，总\n奖金池达600万元。\n大学生“村播”带火大山里的土货\n"
         "的直播间里，贺晓雨把刚\n摘下的猕猴桃切开，对着镜头\n展示果肉的颜色。“咱们的猕\n"
         "猴桃是自然成熟的，没有催熟\n剂。”她一边说，一边招呼在\n线的网友下单。一场两个小时\n"
         "的直播，卖出了1,800多单。\n", None,
         {"a1.headline": "大学生“村播”带火大山里的土货",
          "body1": ["的直播间里，贺晓雨把刚摘下的猕猴桃切开，对着镜头展示果肉的颜色。“咱们的猕猴桃是"
                    "自然成熟的，没有催熟剂。”她一边说，一边招呼在线的网友下单。一场两个小时的直播，"
                    "卖出了1,800多单。"]}),
    # A byline wrapped inside a spaced name (…记者  张 / 华  实习生…) is one byline with
    # its gap kept; and a paragraph's line beside a photo, narrowed to two characters the
    # extractor wrote a line each (经 / 理), goes on under the photo (PyMuPDF, seed 602).
    Case("byline-wrapped-inside-a-name", "BLK005",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，青年为何\n选择“慢就业”？\n中青报·中青网记者  张  \n"
         "华  实习生  刘思远\n7月毕业后，林远没\n有急着找工作。他报了一\n个为期3个月的编程训练\n营，每天从早学到晚。“本\n"
         "科学的是市场营销，但我更\n想做经理人，我要先补补产品\n经\n理\n图②：毕业生在校园里拍摄\n毕业照。（资料图片）\n"
         "，得先补补技术课。”他\n说。\n", None,
         {"a0.byline": "中青报·中青网记者  张  华  实习生  刘思远",
          "body0": ["7月毕业后，林远没有急着找工作。他报了一个为期3个月的编程训练营，每天从早学到晚。"
                    "“本科学的是市场营销，但我更想做经理人，我要先补补产品经理，得先补补技术课。”他说。"]}),
    # pdftotext sets a spaced name's gap as one space and drops the one at the line's end
    # (…记者 王 / 林 实习生 刘思远): a surname alone after the gap is a name cut in two, and
    # the line under it completes the byline (d16001 gen-16005) ...
    Case("byline-wrapped-inside-a-name-single-spaced", "BLK005",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，青年为何\n选择“慢就业”？\n"
         "中青报·中青网记者 张\n华 实习生 刘思远\n7月毕业后，林远没\n有急着找工作。他报了一\n"
         "个为期3个月的编程训练\n营，每天从早学到晚。“本\n科学的是市场营销，但我更\n"
         "想做产品经理。”他说。\n", None,
         {"a0.byline": "中青报·中青网记者 张华 实习生 刘思远"}),
    # ... and where the cut name is the byline's last, the line under is only its rest
    # (…记者 刘思远 张 / 华) ...
    Case("byline-wrapped-inside-its-last-name-single-spaced", "BLK005",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，青年为何\n选择“慢就业”？\n"
         "中青报·中青网记者 刘思远 张\n华\n7月毕业后，林远没\n有急着找工作。他报了一\n"
         "个为期3个月的编程训练\n营，每天从早学到晚。“本\n科学的是市场营销，但我更\n"
         "想做产品经理。”他说。\n", None,
         {"a0.byline": "中青报·中青网记者 刘思远 张华"}),
    # ... but not where the byline's last name is whole (张 伟, 伟 no surname): the line
    # under it is the text's.
    Case("byline-ending-in-a-whole-name-over-a-short-line-stays", "BLK005",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，青年为何\n选择“慢就业”？\n"
         "中青报·中青网记者 刘思远 张 伟\n华\n7月毕业后，林远没\n有急着找工作。他报了一\n"
         "个为期3个月的编程训练\n营，每天从早学到晚。“本\n科学的是市场营销，但我更\n"
         "想做产品经理。”他说。\n", None,
         {"a0.byline": "中青报·中青网记者 刘思远 张 伟"}),
    # ... but a byline that ends in a whole name (…记者 张 伟, 伟 no surname) is done: a
    # line of names under it is not its name's rest.
    Case("byline-ending-in-a-whole-name-stays", "BLK005",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，青年为何\n选择“慢就业”？\n"
         "中青报·中青网记者 张 伟\n华 实习生 刘思远\n7月毕业后，林远没\n有急着找工作。他报了一\n"
         "个为期3个月的编程训练\n营，每天从早学到晚。“本\n科学的是市场营销，但我更\n"
         "想做产品经理。”他说。\n", None,
         {"a0.byline": "中青报·中青网记者 张 伟"}),
    # ... nor one whose last name is whole though its character is a surname too (…记者
    # 王 林, 林), over a line that opens with a title, no name's rest (实习生 刘思远): the
    # lines keep the space between them (no 王 林实习生).
    Case("byline-over-a-line-opening-with-a-title-keeps-its-gap", "BLK005",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，青年为何\n选择“慢就业”？\n"
         "中青报·中青网记者 王 林\n实习生 刘思远\n7月毕业后，林远没\n有急着找工作。他报了一\n"
         "个为期3个月的编程训练\n营，每天从早学到晚。“本\n科学的是市场营销，但我更\n"
         "想做产品经理。”他说。\n", None,
         {"a0.byline": "中青报·中青网记者 王 林 实习生 刘思远"}),
    # Photo captions set across their photos in smaller type, wider than the column (上图：…
    # 20 characters in a column of 18), do not count toward the measure: three near a
    # page's foot made the column's full lines look like first lines short by the indent,
    # and a full line that ends no sentence ended its paragraph (PyMuPDF, d15801 gen-15806).
    Case("wide-captions-leave-the-measure-alone", "BLK005", CAPTIONS_WIDER_THAN_THE_COLUMN, None,
         {"text": "日均收投快件超过1亿件。"}),
    # A full line after a photo's caption goes on with the paragraph above the photo,
    # though that one's last line ended a sentence a little short of the measure: a
    # first line is short by the dropped indent (PyMuPDF, seed 811).
    Case("full-line-after-a-caption-goes-on", "BLK005",
         "老旧小区改造惠及千家万户\n加装电梯后，张大爷天天下楼遛弯\n本报讯（记者 王 薇 通讯员 李 军）\n"
         "11日上午，家住南山区幸福里小区5号楼6\n楼的张大爷，第一次乘坐新装好的电梯下\n了楼。站在楼门口，78岁的老人有些激\n"
         "动：“腿脚不好，好几年没怎么下过楼\n了。以后天天都能下来遛弯了！”\n幸福里小区建于上世纪90年代初，共\n"
         "有18栋多层住宅楼，没有一部电梯。\n▲11日，幸福里小区居民乘坐新装的电梯下\n楼。  记者 王  薇 摄\n"
         "小区60岁以上的老人占居民总数的四成左\n右。今年初，社区启动加装电梯工作，由\n社区牵头、居民协商、专业公司代建，目\n"
         "前已有7部电梯投入使用。\n", None,
         {"text": "没有一部电梯。小区60岁以上的老人"}),
    # (Under a paragraph that ended well short of the measure, it is another's: no join.)
    Case("full-line-after-a-caption-under-a-short-end-stays", "BLK005",
         "“在上海，能看到演艺的未来”\n本报记者  王  五\n空间上，推动海内外文化演艺资源\n的流通双循环；"
         "时间上，探索当下与未来世界演艺生态\n的发展新路径。\n图为技术人员调试设备。 杜刚建摄\n"
         "商务部19日发布数据显示，今年前5个月，\n全国家电以旧换新累计带动相关商品销售\n1260亿元。\n", None,
         {"not_text": "新路径。商务部"}),
    # A column's tag on lines of its own at a title stack's foot ends the headline above
    # it, and the lines above the tag are the title's though they fill the column and
    # hold a comma (PyMuPDF, seed 806).
    Case("column-tag-at-a-stack-foot-ends-the-headline", "CLS016",
         "夏夜消暑新去处\n本报记者  王  五\n晚上9点，青石街夜\n市灯火通明。卖凉面的、\n卖烧烤的、卖冰粉的摊位\n"
         "前排起了长队。摊主老胡\n一边麻利地拌面，一边招\n呼客人：“凉面管够，辣\n子自己加！”他告诉记\n"
         "者，入夏以来，每晚能卖\n出300多碗，比平时多了\n一倍。\n绿色发展新答卷\n久久为功，“APEC\n"
         "蓝”成为“北京蓝”\n（总书记的关切·落\n地的回响）\n本报记者  程  龙  潘俊强\n"
         "编者按：言出必践，\n是中国共产党执政的鲜明\n风格。\n", None,
         {"a1.kicker": "绿色发展新答卷",
          "a1.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）",
          "body0": ["晚上9点，青石街夜市灯火通明。卖凉面的、卖烧烤的、卖冰粉的摊位前排起了长队。"
                    "摊主老胡一边麻利地拌面，一边招呼客人：“凉面管够，辣子自己加！”他告诉记者，"
                    "入夏以来，每晚能卖出300多碗，比平时多了一倍。"]}),
    # A subtitle wrapped inside the book title it names (——读《山河故人： / 南屏县影像志》)
    # is one subtitle; the line under it is no headline of its own (PyMuPDF, seed 806).
    Case("subtitle-wrapped-inside-a-book-title", "CLS015",
         "一座县城的百年影像\n——读《山河故人：\n南屏县影像志》\n赵  鹏   林  蔚\n"
         "这是一本特别的图书。它收\n录了南屏县文化馆三代摄影工作\n者拍摄的600余幅照片，时间跨\n度近百年，记录了县城的变迁。\n",
         None, {"a0.headline": "一座县城的百年影像", "a0.subtitle": "——读《山河故人：南屏县影像志》",
                "a0.byline": "赵  鹏   林  蔚"}),
    # A title wrapped onto two lines that the extractor ran into one block (南京浦口经济开发区：
    # 探索集成电 / 路国产化路径: no paragraph ends short without a mark) after a quotation
    # closed, over text that shares little with the article above: a section heading fits
    # its column, so a wrapped title opens an article (PyMuPDF, seed 3).
    Case("wrapped-title-over-other-text-opens-an-article", "CLS016",
         "帷幕。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n——多地推进情况观察\n今年是“十四五”规划收官之\n"
         "年。5年间，从实现第一个百年奋\n斗目标到开启第二个百年奋斗目标\n新征程，从全面建成小康社会到促\n进全体人民共同富裕，中国经济社\n"
         "会发展取得新的开创性进展、突破\n性变革、历史性成就。接受本报记\n者采访的国际人士表示，“十四\n五”时期，中国经济总量连续跨越\n"
         "多个台阶，中国经济持续高质量发\n展为全球经济复苏增长作出积极贡\n献，成为世界经济发展最稳定、最\n可靠、最积极的力量。\n“中国经济蕴含强大韧性和持\n"
         "久活力”\n南京浦口经济开发区：探索集成电\n路国产化路径\n集成电路是信息产业发展的基\n础。今年以来，南京浦口经济开发\n区积极落实南京市“一园区一突\n"
         "破”改革任务，通过技术创新推动\n国产替代、招新引优补齐短板、深\n化改革优化环境，探索集成电路国\n产化路径。\n推动技术迭代\n"
         "浦口经开区聚焦集成电路领域\n硬科技、关键核心技术、国产替代\n等重点，把芯片产业核心技术国产\n", None,
         {"a2.headline": "南京浦口经济开发区：探索集成电路国产化路径"}),
    # Two title lines alone over a dateline, exactly as wide and without a word across
    # the break: a long title set at the size that fills two lines of its box, one
    # headline (flagged, since a kicker may be as wide) (PyMuPDF, seed 1204).
    Case("title-set-to-fill-two-lines-is-one-headline", "CLS015",
         "党在坚持“九二共识”、反对\n“台独”共同政治基础上，推\n动两岸交流合作。\n"
         "中共中央总书记习近平电贺\n郑丽文当选中国国民党主席\n新华社北京10 月19 日\n"
         "电  中共中央总书记习近平19\n日致电郑丽文，祝贺其当选中\n国国民党主席，指出多年来两\n"
         "党在坚持“九二共识”、反对\n“台独”共同政治基础上，推\n动两岸交流合作，致力维护台\n"
         "海和平稳定，增进两岸同胞亲\n情福祉，成效积极。\n", None,
         {"a1.headline": "中共中央总书记习近平电贺郑丽文当选中国国民党主席", "a1.kicker": None,
          "flags1": ["kicker_or_wrapped_headline"]}),
    # As wide in characters, but the lower line holds quotation marks, whose printed width
    # varies by font: a kicker over its headline still (PyMuPDF, seed 803).
    # A column's tag ends a headline, never a kicker: a last title line that is a short
    # tail by its words alone (护健康 under 集采药，拼质量才能) wraps the line above, though
    # the tag makes it as wide (Tesseract, seed 2508).
    Case("title-tail-ending-in-a-column-tag-wraps-the-line-above", "CLS015",
         "气象专家提醒，华西秋雨具\n有降雨持续时间长、夜雨多的特\n点，需防范强降雨可能引发的山\n"
         "洪、地质灾害和城市内涝。公众\n出行应关注天气预报和预警信\n息，尽量避开山区河谷等危险地\n带。\n\n"
         "集采药，拼质量才能\n护健康 (人民时评)\n孙秀和\n\n第十一批国家组织药品集中\n"
         "采购将于近期开标。前不久，国\n家医保局明确，此次集采将遵循\n“稳临床、保质量、防围标、反\n"
         "内卷”原则。\n", True,
         {"a1.headline": "集采药，拼质量才能护健康 （人民时评）", "a1.kicker": None}),
    # ... but a tagged headline wider by its words than that share of the line above stays
    # under its kicker.
    Case("kicker-over-a-headline-ending-in-a-column-tag-stays", "CLS015",
         "带。\n\n新春走基层\n老挝青年开上了复兴号（一线见闻）\n孙秀和\n\n第十一批国家组织药品集中\n"
         "采购将于近期开标。前不久，国\n家医保局明确，此次集采将遵循\n“稳临床、保质量、防围标、反\n"
         "内卷”原则。\n", None,
         {"a1.headline": "老挝青年开上了复兴号（一线见闻）", "a1.kicker": "新春走基层"}),
    # Of three title lines over a subtitle, the lower two as wide as each other (a headline
    # of two phrases a space apart, which OCR set on lines of their own), a top line wider
    # than either but not than both is the one kicker (Tesseract, seed 2502).
    Case("kicker-over-a-headline-of-two-phrases-on-two-lines", "CLS015",
         "速构建自主可控的产业生态圈。\n\n"
         "持续晴热高温天气来袭\n\n"
         "白天躲高温\n\n"
         "夜晚逛夜市\n\n"
         "一一来自三个省份的调研\n\n"
         "本报讯 (记者 孙 婷 通讯员\n高 原) 连日来，我市持续畏热\n高温，最高气温一度达到\n38.6\"C。白天街头行人稀少，到\n了晚上，江滩、夜市、商圈却人\n头斤动，不少市民选择在夜间出\n门纳凉、消费。\n\n"
         "晚上9点，青石街夜市灯火\n通明。卖凉面的、卖烧烤的、卖\n冰粉的摊位前排起了长队。捧主\n",
         None, {"a1.kicker": "持续晴热高温天气来袭", "a1.headline": "白天躲高温夜晚逛夜市",
                "flags1": ["truncated_paragraph", "kicker_or_wrapped_headline"]}),
    Case("kicker-as-wide-as-a-quoting-headline-stays-a-kicker", "CLS015",
         "全的主要因素。报告呼吁各国加大对农业\n特别是小农户的投资。\n多地开展新能源汽车下乡活动\n"
         "乡村道路上的“绿牌车”多了\n本报记者  杨  阳\n周末一大早，山东省沂南县铜井镇的\n"
         "农民王德胜就开着新买的新能源汽车，带\n着一家人去县城赶集。“一公里电费不到\n"
         "1毛钱，比烧油省多了。”王德胜说，这\n在过去是不敢想的事。\n", None,
         {"a1.headline": "乡村道路上的“绿牌车”多了", "a1.kicker": "多地开展新能源汽车下乡活动"}),
    # A paragraph's lines, a sentence ending inside one, cut by a photo over the next
    # article's head: a line wider than the one above it (digits OCR counts half wide) is
    # no headline's under its kicker; the paragraph stays whole (Tesseract, seed 5308).
    Case("paragraph-with-a-sentence-inside-over-a-head-is-no-kicker", "CLS015",
         "蒙内铁路累计发送旅客超1300\n万人次\n\n"
         "新华社内罗毕10月19日电 (记者王冠) 肯\n尼亚蒙巴萨一内罗毕标准轨距铁路运营公司19日\n"
         "发布数据显示，蒙内铁路自2017年开通运营以\n来，累计发送旅客超过1300万人次，发送集装箱\n"
         "超过250万标箱。\n\n"
         "蒙内铁路是肯尼亚独立以来建设的首条新铁\n路，全长约480公里，连接东非最大港口蒙巴萨\n"
         "港和首都内罗毕。运营公司负责人介绍，铁路开\n通后，两地之间的客运时间从原来的10多个小时\n\n"
         "图为观众在展馆参观。 (资料图片)\n\n"
         "农村公路提质增效行动后动\n\n"
         "新华社北京9月9日电 (记者 严 赋) 记者9\n日从交通运输部获悉，交通运输部近日印发通\n"
         "知，启动新一轮农村公路提质增效行动，力争到\n", None,
         {"a1.headline": "农村公路提质增效行动后动", "a1.kicker": None,
          "body0": ["新华社内罗毕10月19日电 （记者王冠） 肯尼亚蒙巴萨一内罗毕标准轨距铁路运营公司19日"
                    "发布数据显示，蒙内铁路自2017年开通运营以来，累计发送旅客超过1300万人次，"
                    "发送集装箱超过250万标箱。",
                    "蒙内铁路是肯尼亚独立以来建设的首条新铁路，全长约480公里，连接东非最大港口"
                    "蒙巴萨港和首都内罗毕。运营公司负责人介绍，铁路开通后，两地之间的客运时间从原来的"
                    "10多个小时"]}),
    # A paragraph's two lines, as wide, a sentence ending inside one, cut by its column
    # over the next article's byline: no kicker over a headline as wide, the paragraph
    # stays whole (pdfminer, the committed corpus's gen-0008).
    Case("lines-as-wide-with-a-sentence-inside-over-a-byline-stay-a-paragraph", "CLS015",
         "小微企业融资更便利\n\n本报记者 李 明\n\n"
         "今年以来，各地金融机构加大对小微企\n业的信贷支持力度，普惠小微贷款余额\n"
         "同比增长两成以上，融资成本稳中有降。\n\n"
         "做好普惠金融，是金融机构服务实体经济\n\n"
         "大文章的必答题。了解到皋铁实业有\n限公司的融资需求后，深圳市宝安区\n\n"
         "本报记者  吴秋余\n\n"
         "工作专班依托支持小微企业融资协调\n工作机制，联动邮储银行宝安区支行\n"
         "启动专项对接，发放贷款三百万元。\n", None,
         {"text": "做好普惠金融，是金融机构服务实体经济大文章的必答题。了解到皋铁实业有限公司的"
                  "融资需求后，深圳市宝安区"}),
    # A paragraph's last lines, a sentence ending inside one, that -layout ran on into the
    # first line of the headline under them (over its tail and a byline): the sentence's
    # end is above the wider line, so the headline still comes apart (pdftotext -layout,
    # seed 8505).
    Case("paragraph-lines-run-into-a-headline-over-its-tail-come-apart", "CLS015",
         "秋茶管护正当时\n\n本报记者 李 明\n\n"
         "眼下，各地茶农正忙着修剪茶树、施肥除草，为明\n年的春茶做准备。“秋冬管护做得好，明年春茶\n"
         "才能发得早、品质好。”兴隆镇茶农刘德明说。\n\n"
         "5年来，党中央对科技工作的集中统一领导\n进一步加强，新型举国体制优势充分彰显。国家\n"
         "确保基本实现社会主义现代化取\n\n得决定性进展\n\n新华社记者\n\n"
         "10月20日至23日，党的二十届四中全会在北\n京召开。会议将审议《中共中央关于制定国民经\n"
         "济和社会发展第十五个五年规划的建议》。\n", None,
         {"a1.headline": "确保基本实现社会主义现代化取得决定性进展",
          "body0": ["眼下，各地茶农正忙着修剪茶树、施肥除草，为明年的春茶做准备。“秋冬管护做得好，"
                    "明年春茶才能发得早、品质好。”兴隆镇茶农刘德明说。",
                    "5年来，党中央对科技工作的集中统一领导进一步加强，新型举国体制优势充分彰显。国家"]}),
    # A paragraph's last line that PyMuPDF sort read on into the headline's first, so wider
    # than the lines above it, a sentence ending inside it: the lines above still come
    # apart from it (PyMuPDF sort, seed 5502).
    Case("paragraph-run-into-a-headline-s-first-line-comes-apart", "CLS015",
         "家电以旧换新带动消费\n\n本报记者 王 轶\n\n"
         "消费券发放以来，多地家电、家居销\n售明显回升，部分门店客流同比增长\n"
         "三成以上，一级能效产品销售额占比\n超过九成。\n\n"
         "据了解，下一步商务部将会同\n有关部门加强对补贴资金使用的监\n管，严厉打击“先涨价后打折”等\n"
         "违法违规行为，确保政策红利真正\n惠及消费者。“在上海，能看到演艺的\n\n"
         "未来”\n\n朱 柚\n\n"
         "10月18日，融合了现代演艺形式\n和传统文化特色的英歌和醒狮表演，\n为第二十四届中国上海国际艺术节增\n"
         "添了热闹气氛。\n", None,
         {"body0": ["消费券发放以来，多地家电、家居销售明显回升，部分门店客流同比增长三成以上，"
                    "一级能效产品销售额占比超过九成。",
                    "据了解，下一步商务部将会同有关部门加强对补贴资金使用的监管，严厉打击“先涨价后打折”等"
                    "违法违规行为，确保政策红利真正"]}),
    # A full line after a sentence's end, with no clause mark, over its subtitle's line and
    # a dateline: the next box's title read on as the paragraph's last line (PyMuPDF, seed
    # 1201).
    Case("full-title-line-over-a-subtitle-and-dateline-leaves-the-paragraph", "CLS015",
         "据统计，今年前三季度，湄潭\n县茶产业综合产值同比增长9.6%，\n茶叶出口额同比增长21.3%，产品\n"
         "远销欧盟、中东、东南亚等地区。\n县里还依托茶园发展乡村旅游，打\n造了一批茶旅融合精品线路，前三\n"
         "季度接待游客超过600万人次。\n受台风外围影响 明起我市有强降雨\n——来自基层一线的调查\n"
         "海滨晚报讯（记者 陈 阳）记\n者从市气象台获悉，受今年第11号\n台风外围云系影响，13日至14日，\n"
         "我市将出现一次明显降雨过程，部\n分地区有暴雨，局地大暴雨，并伴\n有7至9级阵风。\n", True,
         {"a1.headline": "受台风外围影响 明起我市有强降雨", "a1.subtitle": "——来自基层一线的调查"}),
    # Under a line that goes on past a dash (a subtitle's shape, no sentence's end) with no
    # head below, the paragraph is whole.
    Case("full-line-over-a-dash-in-the-text-stays", "CLS015",
         "据统计，今年前三季度，湄潭\n县茶产业综合产值同比增长9.6%，\n茶叶出口额同比增长21.3%，产品\n"
         "远销欧盟、中东、东南亚等地区。\n县里还依托茶园发展乡村旅游，打\n造了一批茶旅融合精品线路，前三\n"
         "季度接待游客超过600万人次。\n茶农们说这是日子越过越好的见证\n——茶园成了当地的绿色银行\n"
         "者从市气象台获悉，受今年第11号\n台风外围云系影响，13日至14日，\n"
         "我市将出现一次明显降雨过程，部\n分地区有暴雨，局地大暴雨，并伴\n有7至9级阵风。\n", None,
         {"text": "季度接待游客超过600万人次。茶农们说这是日子越过越好的见证"}),
    # A paragraph's first line over an onward jump marker (下转) is no title, though the
    # continued part's 上接 marker follows it: the text goes on elsewhere (PyMuPDF, seed
    # 1207).
    Case("line-over-an-onward-jump-is-no-title", "CLS005",
         "年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁\n在北京读研究生的赵一鸣是学校摄\n"
         "影社团的成员，他的镜头里有上千件文\n物。“一开始是觉得好看，拍着拍着就\n想知道它们的来历，后来干脆去旁听了\n"
         "考古专业的课。”他说。\n调查还显示，受访青年最喜欢的博\n（下转第3版）\n（上接第8版）\n"
         "物馆服务依次是：文物讲解\n（62.4%）、沉浸式展览（55.8%）、文\n创产品（47.3%）。\n", None,
         {"a0.headline": "年轻人为何爱上“博物馆打卡”？",
          "text": "调查还显示，受访青年最喜欢的博物馆服务依次是"}),
    # A title line over a marker that the text comes from elsewhere (上接) still opens the
    # continued part.
    Case("title-over-a-from-elsewhere-jump-opens-the-part", "CLS005",
         "年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁\n在北京读研究生的赵一鸣是学校摄\n"
         "影社团的成员，他的镜头里有上千件文\n物。“一开始是觉得好看，拍着拍着就\n想知道它们的来历，后来干脆去旁听了\n"
         "考古专业的课。”他说。\n博物馆怎样留住年轻人\n（上接第8版）\n"
         "针对年轻观众的需求，许多博物馆\n推出了夜场、剧本游、数字展厅等新玩\n法。\n", None,
         {"a1.headline": "博物馆怎样留住年轻人"}),
    # At the page's top, under its furniture only, a line over a title line nearly as wide,
    # with no word across the break, is no first line of that title: a kicker (or the
    # page's banner, flagged) over a headline (PyMuPDF, seed 1208).
    Case("page-top-line-over-a-wide-title-is-not-its-first-line", "CLS015",
         "南岭日报\n2025年11月30日 星期日 第13版 教育\n在推进中国式现代化建设中走在前列\n"
         "多所高校开设人工智能通识课\n本报讯（记者 焦以璇 通讯员 王晓\n婷）新学期以来，多所高校面向全体本\n"
         "科生开设人工智能通识课程，内容涵盖\n人工智能基础知识、典型应用和伦理规\n范等，帮助学生提升运用人工智能工具\n"
         "学习和解决问题的能力。\n", None,
         {"a0.headline": "多所高校开设人工智能通识课", "a0.kicker": "在推进中国式现代化建设中走在前列",
          "flags0": ["kicker_or_banner"]}),
    # A title's short tail under its first line at the page's top is still its tail (PyMuPDF,
    # seed 611).
    Case("page-top-title-over-its-short-tail-is-one-headline", "CLS015",
         "燕山晚报\n11  要闻  2025年11月17日  星期一\n引领未来，中国做\n对了什么\n任仲平\n（一）\n"
         "每逢重大历史关头，中国\n共产党总是能够科学把握历史\n方位与形势变化，制定正确的\n"
         "政治战略策略，指引中国人民\n战胜无数风险挑战、始终走在\n时代前列。\n", None,
         {"a0.headline": "引领未来，中国做对了什么", "a0.kicker": None}),
    # pypdfium2 glues lines of two columns printed on one baseline with a space: a
    # paragraph's last line and the next box's title, parted at the space (d601 gen-0605).
    Case("glued-title-line-is-parted", "LAY204",
         "据介绍，中心首期课程已于本月开\n班，来自泰国、老挝、柬埔寨的80名学\n员参加学习。学员们将在中泰两国教师\n"
         "的指导下，完成理论学习和实训操作，\n考核合格后可获得相应的职业技能证\n书。 引领未来，中国做对了\n什么\n"
         "任仲平\n（一）\n每逢重大历史关头，中国共产党总\n是能够科学把握历史方位与形势变\n化，制定正确的政治战略策略。\n", True,
         {"a1.headline": "引领未来，中国做对了什么",
          "text": "考核合格后可获得相应的职业技能证书。"}),
    Case("glued-quoting-title-line-is-parted", "LAY204",
         "今年以来，当地持续推进铁路\n专用线建设，加强与港口、物流\n园区的衔接，推动“公转铁”\n“散改集”，降低物流成本，\n"
         "更好服务经济社会发展。 2025年“书香校园”阅读推广活\n动启动\n"
         "本报讯（记者 陈 雪）3\n月17日，2025年“书香校园”\n阅读推广活动在京启动。\n", True,
         {"a1.headline": "2025年“书香校园”阅读推广活动启动"}),
    # A caption's credit set a space after its sentence is no line of its own, nor is a
    # line glued so on a page of pdfminer.six's blank lines.
    Case("credit-after-a-caption-stays", "LAY204",
         "图为10月19日，河南省济源市五龙\n口镇农民将刚收获的玉米上架晾\n晒。 苗秋闹摄（新华社发）\n"
         "据介绍，中心首期课程已于本月开\n班，来自泰国、老挝、柬埔寨的80名学\n员参加学习。\n", False, {}),
    Case("glued-line-on-a-blank-line-page-stays", "LAY204",
         "的指导下，完成理论学习和实训操作，\n\n考核合格后可获得相应的职业技能证\n\n书。 引领未来，中国做对了\n\n"
         "什么\n\n任仲平\n\n", False, {}),
    # Tesseract reads a row of columns onto one line where the gutter is narrow, the
    # columns' lines joined by a space and a mark it read off the gutter: four lines that
    # part into two pieces of the columns' measure are read column by column, the mark
    # kept with the text before it.
    Case("ocr-columns-on-one-line-are-read-one-after-the-other", "LAY206",
         OCR_ROWS_PAGE.format(rows=ocr_rows(OCR_LEFT, OCR_RIGHT)), True,
         {"ordered": "\n".join([x + " ”" for x in OCR_LEFT] + OCR_RIGHT) + "\n"}),
    Case("ocr-columns-parted-by-a-space-alone-are-read-one-after-the-other", "LAY206",
         OCR_ROWS_PAGE.format(rows=ocr_rows(OCR_LEFT, OCR_RIGHT, " ")), True,
         {"ordered": "\n".join(OCR_LEFT + OCR_RIGHT) + "\n"}),
    # Two such lines are no evidence of columns (a caption's credit, a byline beside a
    # line); nor are lines whose right pieces differ in width (a short title beside a
    # column), nor pieces narrower than a column (names of a staff line); nor lines so
    # joined on a page written line after line (LAY204's).
    Case("two-ocr-lines-with-a-gap-stay", "LAY206",
         OCR_ROWS_PAGE.format(rows=ocr_rows(OCR_LEFT[:2], OCR_RIGHT[:2])), False,
         {"ordered": OCR_LEFT[0] + " ”" + OCR_RIGHT[0] + "\n" + OCR_LEFT[1]}),
    Case("ocr-lines-with-pieces-of-other-widths-stay", "LAY206",
         OCR_ROWS_PAGE.format(rows=ocr_rows(OCR_LEFT, [
             "老街新开了一家书店，店里", "摆满了本地作者的新书，周末还有读书会", "和手工课，吸引了",
             "不少年轻人前来看书。"])), False, {}),
    Case("ocr-lines-of-narrow-pieces-stay", "LAY206",
         OCR_ROWS_PAGE.format(rows="两个黄鹂鸣翠柳 一行白鹭上青天\n窗含西岭千秋雪 门泊东吴万里船\n"
                                   "迟日江山丽春风 花草香泥融飞燕"), False, {}),
    Case("columns-on-one-line-written-line-after-line-stay", "LAY206",
         OCR_ROWS_PAGE.format(rows=ocr_rows(OCR_LEFT, OCR_RIGHT)).replace("\n\n", "\n"),
         False, {}),
    # pypdfium2 breaks a title's printed line after a comma, before an opening quotation
    # mark: the line, far shorter than the column's measure, is put back whole, so the
    # title ends on no clause mark and stands over its byline (d6201 gen-6206).
    Case("title-line-broken-after-a-comma-is-put-back", "LAY205",
         "市文化馆负责人介\n绍，音乐会演出团队主要\n由本地乐团、高校学生和\n群众文艺爱好者组成，曲\n"
         "目涵盖民乐、流行乐、爵\n士乐等，演出时间为每周\n六18:30至20:00，持续到\n9月底。\n久久为功，\n"
         "“APEC蓝”成为“北京蓝”\n（总书记的关切·落地的回响）\n本报记者 程 龙 潘俊强\n“事情说了，得听到\n"
         "落地的回响，看看落实得\n到底怎么样。”习近平总\n书记反复强调实干兴邦、\n狠抓落实。\n", True,
         {"a1.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）",
          "a1.byline": "本报记者 程 龙 潘俊强"}),
    # A narrow column's line ending on a comma over a quotation is a paragraph's first line,
    # short of the measure by its dropped indent only (9 under 11, PyMuPDF prints it so too):
    # it stays, as a paragraph's last line over a quotation does (…自强”。 / “十四五”期间);
    # and so does a short title line ending on a comma over a line that opens with no
    # quotation mark (a title wrapped at its comma).
    Case("narrow-column-first-line-over-a-quotation-stays", "LAY205",
         "黄淮海过七成，东北和长\n江中下游六成半，华南近\n三成。\n创新答卷彰显新型举国体制优势（科\n技视点）\n"
         "习近平总书记强调，\n“充分发挥新型举国体制\n优势，加快推进高水平科\n技自立自强”。\n“十四五”期间，在\n"
         "以习近平同志为核心的党\n中央坚强领导下，充分发\n挥新型举国体制优势，全\n社会共同努力，我国科技\n",
         False, {"ordered": "习近平总书记强调，\n“充分发挥新型举国体制"}),
    Case("short-line-on-a-comma-over-no-quotation-stays", "LAY205",
         "士乐等，演出时间为每周\n六18:30至20:00，持续到\n9月底。\n引领未来，\n中国做对了什么\n"
         "本报记者 程 龙 潘俊强\n每逢重大历史关头，中国\n共产党总是能够科学把握\n历史方位与形势变化，制\n"
         "定正确的政治战略策略。\n", False, {}),
    # A title's lower line a little wider than the upper (its quotation marks print
    # narrower than a character) goes on from it where a word of the list spans the break
    # (毕业季，他们为 / 何选择“慢就业”？: 为何): one headline, not a kicker (PyMuPDF, seed 602).
    Case("title-wrapped-inside-a-listed-word-onto-a-wider-line", "CLS015",
         "南岭日报\n2025年6月21日 星期六 第10版 民生\n毕业季，他们为\n何选择“慢就业”？\n"
         "中青报·中青网记者  王  林\n7月毕业后，林远没\n有急着找工作。他报了一\n个为期3个月的编程训练\n"
         "营，每天从早学到晚。\n", None,
         {"a0.headline": "毕业季，他们为何选择“慢就业”？", "a0.kicker": None}),
    # A justified line the extractor wrote with a space after every character (pypdfium2,
    # pdftotext) is a dateline all the same (中 新 社 成 都 9 月 9 日 电): it opens the
    # article's text under the subtitle, which stays the subtitle (pypdfium2, seed 710).
    Case("stretched-dateline-opens-the-text", "BLK010",
         "展示果肉的颜色。“咱们的猕\n猴桃是自然成熟的，没有催熟\n剂。”她一边说，一边招呼在\n线的网友下单。一场两个小时\n的直播，卖出了1,800多单。\n"
         "贺晓雨是西北一所农业大\n学的大三学生。今年暑假，她\n和20多名同学一起报名参加了\n学校组织的“乡村振兴青春\n行”实践活动，来到秦岭山区\n"
         "的几个村子，帮助村民搭建直\n播间、拍摄短视频、设计包\n装。\n据了解，今年暑期，共有\n3,000多名大学生参与此类实\n"
         "践活动，帮助农户销售农产品\n超过500万元。“我们学的专\n业知识在这里真正派上了用\n场。”贺晓雨说。\n成都大熊猫基地今年已诞生幼仔11\n"
         "只\n——写在活动启动之际\n中 新 社 成 都 9 月 9 日 电\n（记者 贺 劭）记者9日从成\n都大熊猫繁育研究基地获悉，\n"
         "今年以来，该基地已有8只大\n熊猫成功产仔，共诞生幼仔11\n只，目前幼仔均健康成长。\n基地兽医院负责人介绍，\n今年基地在大熊猫育幼方面进\n", None,
         {"a1.subtitle": "——写在活动启动之际", "a1.dateline": "中新社成都9月9日电（记者 贺 劭）"}),
    # A stretched line of text that opens with no dateline is text: it goes on as before.
    Case("stretched-text-line-is-no-dateline", "BLK010",
         "业知识在这里真正派上了用\n场。”贺晓雨说。\n成都大熊猫基地今年已诞生幼仔11\n只\n——写在活动启动之际\n"
         "本报记者  贺  劭\n都 大 熊 猫 繁 育 研 究 基 地 获 悉 ，\n今年以来，该基地已有8只大\n"
         "熊猫成功产仔，共诞生幼仔11\n只，目前幼仔均健康成长。\n", False,
         {"text": "都大熊猫繁育研究基地获悉，今年以来"}),
    # Three title lines over a byline, the top one no wider than the two under it, which
    # are as wide as each other: a head has one kicker, so the top line is it and the
    # lower two the headline wrapped (PyMuPDF, seed 1401).
    Case("kicker-as-wide-over-a-headline-on-two-lines", "CLS015",
         "因素。报告呼吁各国加大\n对农业特别是小农户的投\n资。\n民生实事看落实\n各地中小学课间\n普遍延长到15分\n钟\n"
         "本报记者  赵  兵\n课间铃声一响，北京\n市海淀区一所小学的操场\n上立刻热闹起来：跳绳、\n"
         "踢毽子、丢沙包……五年\n级学生李子涵说：“以前\n课间只有10分钟，上个厕\n所就没了。”\n", None,
         {"a1.kicker": "民生实事看落实", "a1.headline": "各地中小学课间普遍延长到15分钟"}),
    # A title with no byline, its first two lines one block (a word across their break),
    # then a short last line: the headline's tail, not a headline under a kicker (PyMuPDF,
    # seed 1405).
    Case("anchorless-title-s-short-last-line-is-its-tail", "CLS017",
         "是中国共产党执政的鲜明\n图为3月9日，工作人员巡检\n输电线路。 新华社记者  丁\n玉辉摄\n全国首批老年助餐\n服务示范点名单公\n"
         "布\n本报北京5月13日电\n（记者 李昌禹）民政部\n13日公布全国首批老年助\n餐服务示范点名单，共有\n312 个社区食堂、老年\n"
         "图为居民在公园晨练。（资\n料图片）\n餐桌等助餐点入选。入选\n助餐点平均每天服务老年\n人100人次以上，在菜品\n质量、价格水平、服务便\n"
         "利等方面具有示范作用。\n南京浦口经济开发\n区：探索集成电路\n国产化路径\n集成电路是信息产业\n发展的基础。今年以来，\n"
         "南京浦口经济开发区积极\n落实南京市“一园区一突\n破”改革任务，通过技术\n创新推动国产替代、招新\n引优补齐短板、深化改革\n"
         "优化环境，探索集成电路\n国产化路径。\n图为7月20日，医生为村民\n义诊。（资料图片）\n第 2 页\n图为大熊猫幼仔在育婴房内\n"
         "接受健康检查。成都大熊猫\n繁育研究基地供图\n基地兽医院负责人介\n绍，今年基地在大熊猫育\n幼方面进一步优化人工辅\n"
         "助育幼流程，幼仔存活率\n保持在较高水平。\n风格。\n一根竹子“撑”起\n一条产业链\n", None,
         {"a1.headline": "南京浦口经济开发区：探索集成电路国产化路径", "a1.kicker": None}),
    # A one-line title over a shorter one, with no word across, stays a kicker over its
    # headline: only a title already found wrapped takes a short last line so.
    Case("anchorless-kicker-over-a-shorter-headline-stays", "CLS017",
         "餐桌等助餐点入选。入选\n助餐点平均每天服务老年\n人100人次以上，在菜品\n质量、价格水平、服务便\n"
         "利等方面具有示范作用。\n城市更新进行时\n图片报道\n集成电路是信息产业\n"
         "发展的基础。今年以来，\n南京浦口经济开发区积极\n落实南京市“一园区一突\n破”改革任务，通过技术\n"
         "创新推动国产替代、招新\n引优补齐短板、深化改革\n优化环境，探索集成电路\n国产化路径。\n", None,
         {"not_text": "城市更新进行时图片报道"}),
    # A block that already holds a title wrapped onto a clearly short last line (“中国经济
    # 蕴含强大韧性 / 和持久活力”) ended there: it is not the first line of the headline
    # under it (PyMuPDF, seed 7).
    Case("title-ended-short-does-not-wrap-into-the-next", "CLS015",
         "“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n今年是“十四五”规划收\n官之年。5年间，从实现第一\n"
         "个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面\n建成小康社会到促进全体人民\n共同富裕，中国经济社会发展\n取得新的开创性进展、突破性\n"
         "变革、历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n量连续跨越多个台阶，中国经\n济持续高质量发展为全球经济\n"
         "复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n“中国经济蕴含强大韧性\n和持久活力”\n首批“古籍活化”精品\n"
         "项目名单公布\n本报北京3月17日电（记\n者 饶 翔）记者17日从有关\n部门获悉，首批“古籍活化”\n精品项目名单日前公布，共有\n"
         "42个项目入选，涵盖古籍整理\n出版、数字化开发等类别。\n", None,
         {"a1.headline": "首批“古籍活化”精品项目名单公布"}),
    # In a narrow column a line with no clause mark in it, over a line short by the dropped
    # indent that ends no sentence, is a heading of its own, not a paragraph's line
    # (PyMuPDF, seed 912); a column's tag under a title line stays the title's. (The
    # article's text above it as printed: CLS016 weighs whether the heading's text turns to
    # another subject on the paragraphs around it, and two short ones share few words.)
    Case("narrow-column-heading-over-a-first-line", "BLK009",
         "一根竹子“撑”起一条产业链\n四川日报全媒体记者  邓  童\n初秋时节，走进长宁县竹\n海镇，漫山遍野的翠竹随风起\n"
         "伏。在镇上的一家竹木加工厂\n里，一根根竹子经过破竹、蒸\n煮、碳化、压制等工序，变成\n了竹地板、竹家具和竹制餐\n"
         "具。\n“过去卖原竹，一吨只能\n卖四五百元；现在加工成竹地\n"
         "板，价值能翻好几倍。”工厂\n负责人罗建华说，企业今年接\n到的订单比去年多了三成，产\n品销往全国20多个省份，还出\n"
         "口到东南亚。\n从“卖竹子”到“卖产品”\n长宁县是远近闻名的“竹\n子之乡”，全县竹林面积达80\n"
         "余万亩。近年来，当地围绕竹\n笋、竹材、竹浆纸、竹文旅等\n领域延链补链，引进培育竹产\n业企业120余家，竹产业综合\n"
         "产值突破百亿元。\n", True,
         {"body0": ["初秋时节，走进长宁县竹海镇，漫山遍野的翠竹随风起伏。在镇上的一家竹木加工厂里，"
                    "一根根竹子经过破竹、蒸煮、碳化、压制等工序，变成了竹地板、竹家具和竹制餐具。",
                    "“过去卖原竹，一吨只能卖四五百元；现在加工成竹地板，价值能翻好几倍。”工厂负责人罗建华说，"
                    "企业今年接到的订单比去年多了三成，产品销往全国20多个省份，还出口到东南亚。",
                    "从“卖竹子”到“卖产品”",
                    "长宁县是远近闻名的“竹子之乡”，全县竹林面积达80余万亩。近年来，当地围绕竹笋、竹材、"
                    "竹浆纸、竹文旅等领域延链补链，引进培育竹产业企业120余家，竹产业综合产值突破百亿元。"]}),
    # A caption without a start word, ended by its credit, that the extractor ran on from
    # the paragraph it cut starts where the paragraph's words go on past it (…不少市民选 /
    # 江滩公园里，…消 / 暑。视觉中国供图 / 择在…: 选择); the paragraph is whole again
    # (PyMuPDF, seed 8).
    Case("caption-run-on-from-a-paragraph-starts-where-words-go-on", "BLK005",
         "持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷 通讯员 高\n原）连日来，我市持续晴热高\n▲7日晚，市民在青石街夜市选购小吃。  \n"
         "记者 孙  婷 摄\n温，最高气温一度达到38.6℃。白天\n街头行人稀少，到了晚上，江滩、夜\n市、商圈却人头攒动，不少市民选\n"
         "江滩公园里，孩子们在喷泉旁戏水消\n暑。视觉中国供图\n择在夜间出门纳凉、消费。\n", None,
         {"a0.captions": ["▲7日晚，市民在青石街夜市选购小吃。记者 孙  婷 摄",
                          "江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图"],
          "text": "不少市民选择在夜间出门纳凉、消费。"}),
    # A paragraph's first line shorter than the dropped indent says only by the number the
    # next line opens with (理塘县地处海拔 / 4,000米以上的高原…) is that paragraph's first line,
    # not a heading (PyMuPDF, seed 810).
    Case("first-line-short-by-a-pushed-number", "BLK009",
         "牦牛今年夏天就在电站里\n吃草。\n据悉，项目建设期间\n带动当地群众务工就业\n1,500余人次。电站还将\n每年向当地缴纳土地租金\n"
         "和生态补偿金，用于发展\n村集体经济。这是甘孜州\n推进“水风光”多能互补\n开发的又一个重要成果。\n理塘县地处海拔\n4,000米以上的高原，日\n"
         "照充足，光伏资源丰富。\n该项目从开工到全容量并\n网用时不到10个月，本报\n曾对项目建设进展进行过\n连续报道。\n", None,
         {"body0": ["牦牛今年夏天就在电站里吃草。",
                    "据悉，项目建设期间带动当地群众务工就业1,500余人次。电站还将每年向当地缴纳土地租金和生态补偿金，"
                    "用于发展村集体经济。这是甘孜州推进“水风光”多能互补开发的又一个重要成果。",
                    "理塘县地处海拔4,000米以上的高原，日照充足，光伏资源丰富。该项目从开工到全容量并网用时不到"
                    "10个月，本报曾对项目建设进展进行过连续报道。"]}),
    # A paragraph's last sentence, then a title line as wide as the column and its
    # subtitle, read on as one block over a bare byline: text, title and subtitle
    # (PyMuPDF, seed 810).
    Case("title-and-subtitle-read-on-from-a-finished-paragraph", "CLS015",
         "集采药，拼质量才能护健康\n孙秀艳\n第十一批国家组织药\n品集中采购将于近期开\n标。前不久，国家医保局\n"
         "明确，此次集采将遵循\n新规则，直指仿制药领域\n的内卷问题，成效明显。\n无声的灯塔（环球走笔）\n"
         "——来自基层一线的调查\n沈小晓\n在加沙地带中部的努\n赛赖特难民营，萨拉赫和\n阿卜杜拉·萨苏尔兄弟俩\n"
         "开了家路边书摊，生意不\n错。\n", None,
         {"a1.headline": "无声的灯塔（环球走笔）", "a1.subtitle": "——来自基层一线的调查",
          "a1.byline": "沈小晓",
          "body0": ["第十一批国家组织药品集中采购将于近期开标。前不久，国家医保局明确，此次集采将遵循"
                    "新规则，直指仿制药领域的内卷问题，成效明显。"]}),
    # Over a reporter's byline, also after a paragraph its column cut mid-sentence
    # (…汇聚上海舞 / 让典籍里的文字“活”起来 / ——走进一家古籍数字化中心 / 光明日报记者…)
    # (PyMuPDF, seed 907).
    Case("title-and-subtitle-read-on-from-a-cut-paragraph", "CLS015",
         "艺术节拉开帷幕\n本报记者  王  五\n10月17日，艺术节拉\n开帷幕，在一个多月的时\n间里，将举办各类演出展\n"
         "览活动500 余项，共计\n1200余场。一场艺术节，\n吸引全球优质演艺资源，\n中外名作佳作汇聚上海舞\n"
         "让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n"
         "编者按：近年来，古\n籍数字化工作稳步推进，\n越来越多的珍贵典籍从库\n房走向屏幕。\n", None,
         {"a1.headline": "让典籍里的文字“活”起来", "a1.subtitle": "——走进一家古籍数字化中心",
          "not_text": "上海舞让典籍"}),
    # A name-shaped line under a number that opens with the number's unit (…超1300 /
    # 万人次) is the title's tail, not a byline, though 万 is a surname (PyMuPDF, seed 907).
    Case("number-unit-under-a-number-is-no-name", "CLS014",
         "体验让他对中国智能汽车\n产业刮目相看。\n蒙内铁路累计发送旅客超1300\n万人次\n新华社内罗毕10月\n"
         "19日电（记者 王 冠）肯\n尼亚蒙巴萨—内罗毕标准\n轨距铁路运营公司19日发\n布数据，旅客量创新高。\n", None,
         {"a1.headline": "蒙内铁路累计发送旅客超1300万人次", "a1.byline": None}),
    # A long title in a narrow column wraps onto five printed lines: one headline, not a
    # kicker over the last four (PyMuPDF, seed 701).
    Case("five-line-title-is-one-headline", "CLS015",
         "更好统筹高质量发展和高\n水平安全（深入学习贯彻\n习近平新时代中国特色社\n会主义思想·学习《习近平\n经济文选》第一卷专家\n谈）\n"
         "李  非  黄  婧\n当今时代，发展利益和安全利\n益复杂交织。如何处理好发展和安\n全的关系，是世界各国面临的共同\n难题。党的十八大以来，习近平总\n"
         "书记高度重视发展和安全，反复强\n调要统筹高质量发展和高水平安\n全，许多重要论述都收入《习近平\n经济文选》第一卷。比如，《关于\n"
         "构建新发展格局》指出：“这次中\n央全会对统筹发展和安全作出战略\n部署，对在复杂环境下更好推进我\n国经济社会发展具有重大指导意\n"
         "义”；《中国式现代化要靠科技现\n代化作支撑》指出：“坚持创新引\n领发展，树牢抓创新就是抓发展、\n谋创新就是谋未来的理念，以科技\n"
         "创新引领高质量发展、保障高水平\n安全”；等等。8月29日召开的中\n共中央政治局会议强调：“牢牢守\n住发展不能以牺牲安全为代价这条\n"
         "底线”“更好统筹高质量发展和高\n水平安全”。在以中国式现代化全\n面推进强国建设、民族复兴伟业的\n新征程上，我们要深入学习贯彻习\n"
         "近平总书记重要讲话精神，坚决贯\n彻中共中央政治局会议部署要求，\n以高质量发展促进高水平安全，以\n高水平安全保障高质量发展，不断\n"
         "续写经济快速发展和社会长期稳定\n两大奇迹新篇章。\n", None,
         {"a0.kicker": None,
          "a0.headline": "更好统筹高质量发展和高水平安全（深入学习贯彻习近平新时代中国特色社会主义思想·"
                         "学习《习近平经济文选》第一卷专家谈）"}),
    # A line that is one quotation whole over a title line is no first line of that title
    # (a title would not close its quotation at the break): the headline is the line under
    # it alone (PyMuPDF, seed 809).
    Case("whole-quotation-over-a-title-is-not-its-first-line", "CLS015",
         "促进全体人民共同富裕，中国经济社会发展取\n得新的开创性进展、突破性变革、历史性成\n就。接受本报记者采访的国际人士表示，“十\n"
         "四五”时期，中国经济总量连续跨越多个台\n阶，中国经济持续高质量发展为全球经济复苏\n增长作出积极贡献，成为世界经济发展最稳\n定、最可靠、最积极的力量。\n"
         "图为货轮在港口装卸集装箱。\n新华社记者  薛晨英摄\n“中国经济蕴含强大韧性和持久活力”\n受台风外围影响 明起我市有强降雨\n"
         "海滨晚报讯（记者 陈 阳）记者从市气象\n台获悉，受今年第11号台风外围云系影响，13\n日至14日，我市将出现一次明显降雨过程，部\n"
         "分地区有暴雨，局地大暴雨，并伴有7至9级阵\n风。\n", None,
         {"a1.headline": "受台风外围影响 明起我市有强降雨"}),
    # At the page's top, a line over a title that is one quotation whole is the page's
    # banner, not the title's first line: the block the extractor's lines made of them is
    # split there (PyMuPDF, seed 904).
    Case("banner-over-a-quotation-title", "CLS001",
         "第 1 页\n华东科技报\n02  科技  2025年11月5日  星期三\n责任编辑  史  杰   美术编辑  易明静\n"
         "在推进中国式现代化建设中走在前列\n“理解与信任才是基础”\n本报记者  刘  赫\n不久前，德国汽车经济学专\n家、波鸿汽车研究院院长费迪南德\n"
         "·杜登赫费尔在湖北武汉体验了自\n动驾驶出租车服务。“驾驶过程平\n稳顺畅，就像坐在飞毯上一样，充\n满未来感。”杜登赫费尔在接受本\n"
         "报记者专访时说，这一体验让他对\n中国智能汽车产业刮目相看。\n此次访华，杜登赫费尔走访了\n湖北、广东等地，体验了中国智能\n"
         "出行和高科技企业的最新成果。他\n表示，中国自动驾驶企业的技术实\n力“令人惊叹”。无论是交通信号\n", None,
         {"banner": "在推进中国式现代化建设中走在前列", "a0.headline": "“理解与信任才是基础”",
          "a0.kicker": None}),
    # At the page's top, a line set a blank row over the first title, wider than the whole
    # title under it, is the page's banner, not the title's first line (pdftotext -layout
    # sets the banner so; the title's own lines follow with no blank between them).
    Case("banner-a-blank-row-over-the-first-title", "CLS001",
         BANNER_TOP + "  奋力谱写高质量发展的崭新篇章\n\n老楼加装电梯了\n本报记者  陈  平\n" + BANNER_TEXT,
         None, {"banner": "奋力谱写高质量发展的崭新篇章", "a0.headline": "老楼加装电梯了",
                "a0.kicker": None}),
    # Near misses: a kicker a blank row over its headline is set shorter than the whole
    # headline, though wider than its first line, the headline wrapped onto an indented
    # tail (a kicker still); a title's line that leaves its bracket open, wrapped over a
    # large title's blank row (one headline).
    Case("kicker-a-blank-row-over-its-longer-headline-is-no-banner", "CLS001",
         BANNER_TOP + "  推进老旧小区改造扩容提质\n\n老楼加装电梯后居民上\n     下自如\n"
         "——来自社区一线的报道\n本报记者  陈  平\n" + BANNER_TEXT,
         None, {"banner": None, "a0.kicker": "推进老旧小区改造扩容提质",
                "a0.headline": "老楼加装电梯后居民上下自如"}),
    Case("title-line-open-over-a-blank-row-is-no-banner", "CLS015",
         BANNER_TOP + "  老旧小区改造惠及居民（民生\n\n观察）\n本报记者  陈  平\n" + BANNER_TEXT,
         True, {"banner": None, "a0.headline": "老旧小区改造惠及居民（民生观察）"}),
    # Only the page's first title stack has a banner over it: a line a blank row over a
    # later article's title is left to the title stack (one headline here, as before).
    Case("line-a-blank-row-over-a-later-title-is-no-banner", "CLS015",
         BANNER_TOP + "老楼加装电梯了\n本报记者  陈  平\n" + BANNER_TEXT
         + "\n  城东社区老旧小区改造工程全面完工投用\n\n电梯装好了\n本报记者  李  明\n" + BANNER_TEXT,
         True, {"banner": None, "a1.kicker": None,
                "a1.headline": "城东社区老旧小区改造工程全面完工投用电梯装好了"}),
    Case("one-character-is-no-bare-byline", "CLS014",
         "卸下一筐筐包裹，分拣员按村名把\n它们装进不同的周转箱，半小时\n后，十几辆电动三轮车就从这里出\n发，把包裹送往全镇的26个行政\n村。\n乡村学校的“小而美”之\n路\n——来自浙江、湖南、甘肃\n的调研\n光明日报记者  邓  晖  光明日报通\n讯员  陈  路\n编者按：随着城镇化推进和学\n龄人口变化，一些乡村学校的学生\n越来越少。小规模学校如何办出质\n图为湖南省平江县石桥小学的学生在\n上科学实验课。光明日报记者  邓  晖\n摄\n量、办出特色？近日，记者走访了\n三个省份的多所乡村小规模学校，\n看它们如何在“ 小” 中做出\n“美”。\n", None,
         {"a1.headline": "乡村学校的“小而美”之路", "a1.subtitle": "——来自浙江、湖南、甘肃的调研"}),
    # A title line that leaves its quotation open goes on into the next (“开放的中国…巨大机 /
    # 遇”（…成就）): one headline, not a kicker over one (PyMuPDF, seed 7).
    Case("title-line-leaving-a-quotation-open-goes-on", "CLS017",
         "要学“对不对”，也学“美不美”\n赵佳洁\n提起美术课，你会想到什\n么？\n，大多只能低价出售，甚至直\n接放弃采摘。企业通过提取茶\n多酚、生产速溶茶粉和茶饮\n料，把夏秋茶“吃干榨净”，\n每年可消化夏秋茶鲜叶2万多\n吨。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n今年是“十四五”规划收\n官之年。5年间，从实现第一\n个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面\n建成小康社会到促进全体人民\n共同富裕，中国经济社会发展\n取得新的开创性进展、突破性\n变革、历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n量连续跨越多个台阶，中国经\n济持续高质量发展为全球经济\n复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n", None,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）",
           "a1.kicker": None}),
    # Both ends marked (（下转第15版） … （上接第16版）): the markers are the evidence, and the
    # tail's words need only lean towards the article, a short one sharing few (PyMuPDF,
    # seed 3).
    Case("marked-tail-leaning-towards-its-article", "MOVE001",
         "高校实验室里的“00后”科研团队\n通讯员  张  萌  中青报·中青网记者  李  强\n凌晨1点，某理工大学材料学\n院的一间实验室仍亮着灯。5名\n“00后”本科生围在电镜前，观察\n一块新型电池隔膜材料的微观结\n构。\n这支平均年龄不到21岁的团\n队，去年在全国大学生挑战杯竞赛\n中获得特等奖。他们研发的隔膜材\n（下转第15版）\n“在上海，能看到演艺的未来”\n朱  柚\n图为11月1日，医生为村民义诊。\n县融媒体中心供图\n10月18日，融合了现代演艺形\n式和传统文化特色的英歌和醒狮表\n演，为第二十四届中国上海国际艺\n术节国际演艺大会及国际对话拉开\n帷幕。\n“开放的中国为世界经济发展带来巨大机\n遇”（国际人士看中国“十四五”成就）\n——多地推进情况观察\n今年是“十四五”规划收官之\n年。5年间，从实现第一个百年奋\n斗目标到开启第二个百年奋斗目标\n新征程，从全面建成小康社会到促\n进全体人民共同富裕，中国经济社\n会发展取得新的开创性进展、突破\n性变革、历史性成就。接受本报记\n者采访的国际人士表示，“十四\n五”时期，中国经济总量连续跨越\n多个台阶，中国经济持续高质量发\n展为全球经济复苏增长作出积极贡\n献，成为世界经济发展最稳定、最\n可靠、最积极的力量。\n“中国经济蕴含强大韧性和持\n久活力”\n南京浦口经济开发区：探索集成电\n路国产化路径\n集成电路是信息产业发展的基\n础。今年以来，南京浦口经济开发\n区积极落实南京市“一园区一突\n破”改革任务，通过技术创新推动\n国产替代、招新引优补齐短板、深\n化改革优化环境，探索集成电路国\n产化路径。\n推动技术迭代\n浦口经开区聚焦集成电路领域\n硬科技、关键核心技术、国产替代\n等重点，把芯片产业核心技术国产\n化替代作为攻坚方向，加速构建自\n主可控的产业生态圈。\n图为技术人员调试设备。 市文旅局供\n图\n（上接第16版）\n料，能让锂电池在零下20℃时的容\n量保持率提高到85%以上。\n指导教师刘教授说，团队成员\n都是大一就进入实验室的。“一开\n始只是帮师兄师姐做些辅助工作，\n后来慢慢有了自己的课题。”学院\n为本科生科研团队开放了全部实验\n设备，并配备专门的指导教师。\n", True,
         {"body0": ["凌晨1点，某理工大学材料学院的一间实验室仍亮着灯。5名“00后”本科生围在电镜前，观察一块新型电池隔膜材料的微观结构。",
                    "这支平均年龄不到21岁的团队，去年在全国大学生挑战杯竞赛中获得特等奖。他们研发的隔膜材料，能让锂电池在零下20℃时的容量保持率提高到85%以上。",
                    "指导教师刘教授说，团队成员都是大一就进入实验室的。“一开始只是帮师兄师姐做些辅助工作，后来慢慢有了自己的课题。”学院为本科生科研团队开放了全部实验设备，并配备专门的指导教师。"]}),
    # A paragraph cut at a full line mid-sentence, then a line with no clause that the break
    # runs no word into, then a dateline: the line is the next article's title, and the
    # cut paragraph is no title line (PyMuPDF, seed 707).
    Case("title-line-after-a-cut-paragraph-over-a-dateline", "BLK010",
         "本报北京3月17日电（记者 饶 翔）记者17\n日从有关部门获悉，首批“古籍活化”精品项目\n名单日前公布，共有42个项目入选，涵盖古籍整\n理出版、数字化开发、文创产品、展览展示等类\n别。\n图为医生为村民义诊。 本报记者  龙峰俊摄\n地铁5号线二期后天开通试运营\n江城晚报讯（记者 胡 杰）7日，记者从市\n轨道交通集团获悉，地铁5号线二期工程将于7月\n10日10:00开通试运营。二期工程全长11.6公\n里，设车站8座，开通后5号线全长达到36.4公\n里。\n据介绍，二期工程沿线串联起高铁南站、城\n成都大熊猫基地今年已诞生幼仔11只\n中新社成都9月9日电（记者 贺 劭）记者9\n日从成都大熊猫繁育研究基地获悉，今年以来，\n该基地已有8只大熊猫成功产仔，共诞生幼仔11\n只，目前幼仔均健康成长。\n基地兽医院负责人介绍，今年基地在大熊猫\n育幼方面进一步优化人工辅助育幼流程，幼仔存\n活率保持在较高水平。\n", True,
         {"a2.headline": "成都大熊猫基地今年已诞生幼仔11只",
           "not_text": "城成都"}),
    # The same where the pair across the break is printed elsewhere on the page (的百 in
    # 国家的百余个): the lede under the dateline says the title line's words again, not the
    # cut line's (PyMuPDF, seed 15401, in part).
    Case("title-line-echoed-by-its-lede-after-a-cut-paragraph-over-a-dateline", "BLK010",
         (
         "“在上海，能看到演艺的未来”\n朱  柚\n10月18日，融合了现代演艺形式和传统文化\n"
         "特色的英歌和醒狮表演，为第二十四届中国上海\n国际艺术节国际演艺大会及国际对话拉开帷幕。\n"
         "跻身世界一流艺术节展梯队的中国上海国际\n艺术节，“全球艺场”集聚效应愈加显著，今年\n"
         "大会吸引了全球约500家专业机构、2000名业界\n代表齐聚黄浦江畔，共同踏上这座艺术节为国际\n"
         "演艺行业构筑的“时空双桥”。\n空间上，推动海内外文化演艺资源的流通双\n循环。\n"
         "今年国际演艺大会展厅吸引了来自德国、意\n大利、西班牙等国家的百余个演艺机构设立自荐\n"
         "展台，开幕当天，9份项目合作协议现场签署：\n1955年7月8日傍晚，第一期《江城晚报》从\n"
         "印刷厂运出，报童们抱着还带着油墨香的报纸跑\n上街头。那一天的报纸只有4个版，售价2分钱，\n却被市民抢购一空。\n"
         "图②：上世纪80年代，市民在街头报栏前读报。\n七十年来，这张报纸换过10次版式、搬过3\n"
         "次家，从铅与火、光与电一路走到了数与网。不\n变的，是它始终把镜头和笔触对准这座城市里的\n百余家博物馆推出夜间开放\n"
         "本报北京5月13日电（记者 丁 怡）记者从\n国家文物局获悉：为迎接“5·18国际博物馆\n"
         "日”，全国已有120余家博物馆推出夜间开放服\n务，部分场馆周五、周六延长开放至21:00，并\n"
         "同步推出夜间导览、文物修复体验、主题音乐会\n等活动。\n"), True,
         {"a2.headline": "百余家博物馆推出夜间开放", "not_text": "里的百"}),
    # ... and after a full line with no mark under one cut mid-clause (…等品类，兼 / 具技术
    # 前瞻性与成熟商业应用 / title / 本报讯…; PyMuPDF, seed 9301).
    Case("title-line-echoed-by-its-lede-under-a-markless-full-line", "BLK010",
         (
         "10月19日，第138届广交会\n第一期闭幕。本届广交会设立服\n务机器人专区，引入数十家行业\n"
         "领先企业，聚焦服务机器人前\n沿，涵盖人形机器人、外骨骼机\n器\n图为10月15日，客商在第138届广\n"
         "交会服务机器人专区与人形机器人\n合影。 新华社记者  卢汉欣摄\n人、球形巡检机器人、光伏清洁\n"
         "机器人、教育机器人等品类，兼\n具技术前瞻性与成熟商业应用\n24小时自助借阅点增至40个\n"
         "本报讯（通讯员 何 静 记者\n林 楠）记者从市图书馆获悉，\n随着近日港湾路、学府路等6个\n"
         "新点位投入使用，全市24小时自\n助借阅点已增至40个，覆盖所有\n街道。市民持读者证或电子社保\n卡即可随时借还图书。\n"), True,
         {"a1.headline": "24小时自助借阅点增至40个", "not_text": "应用24"}),
    # A title wrapped at its comma over the dateline, its pair across the break printed
    # elsewhere (电梯下楼): its second line says too little of the lede to be a title of its
    # own (PyMuPDF, seed 1801).
    Case("title-wrapped-at-its-comma-over-a-dateline-stays-whole", "BLK010",
         (
         "进一步优化运输组织，加强与港\n口、物流园区的衔接，推动“公转\n铁”“散改集”，更好服务经济社\n会发展。\n"
         "图为4月12日，学生在实验室进行科学实验。\n本报记者  姜红桂摄\n老旧小区改造惠及千家万户\n"
         "加装电梯后，张大爷天天下\n楼遛弯\n本报讯（记者 王 薇 通讯员\n李 军）11日上午，家住南山区幸\n"
         "福里小区5号楼6楼的张大爷，第一\n次乘坐新装好的电梯下了楼。站在\n楼门口，78岁的老人有些激动：\n"
         "“腿脚不好，好几年没怎么下过楼\n了。以后天天都能下来遛弯了！”\n幸福里小区建于上世纪90年代\n"
         "初，共有18 栋多层住宅楼，没\n▲11日，幸福里小区居民乘坐新装的\n电梯下楼。  记者 王  薇 摄\n"), None,
         {"a1.headline": "加装电梯后，张大爷天天下楼遛弯"}),
    # A paragraph's last line full and ending a sentence, a title line as wide as the column
    # and its tail, then a dateline: the title's lines are no paragraph's (BLK010), though
    # the tail's shortness closed the paragraph before the dateline was read.
    Case("title-and-its-tail-after-a-full-last-line-over-a-dateline", "BLK010",
         page_of(printed(NEXT, FULL) + ["全市首届全民读书节系列活动明天开", "幕"]
                 + printed("新华社北京5月13日电 " + NEXT, head=())), True,
         {"a1.headline": "全市首届全民读书节系列活动明天开幕", "body0": [NEXT, FULL]}),
    # A paragraph cut mid-sentence with the next box's kicker read on as its last line, over
    # a title the converter printed on one block with its subtitle (…口感较差 / 新春走基层 /
    # 一张报纸…七十年 / ——写在…之际 / byline): the kicker is the title's (PyMuPDF, seed 7).
    Case("kicker-read-onto-a-cut-paragraph-over-a-title-and-subtitle", "CLS015",
         "关注秋粮收购\n小茶叶撬动大产业\n本报记者  赵  梅  通讯员  孙  杰\n图为3月14日，医生为村民义诊。\n受访单位供图\n立冬将至，贵州省湄潭县\n的茶园里依然一片忙碌。茶农\n们忙着修剪茶树、施加有机\n肥，为明年的春茶做准备。\n“秋冬管护做得好，明年春茶\n才能发得早、品质好。”兴隆\n镇茶农刘德明说，他家种了30\n多亩茶，去年光卖鲜叶就收入\n了20多万元。\n湄潭是全国重点产茶县之\n一，全县茶园面积60万亩，涉\n茶人口近40万人。近年来，当\n地持续推动茶产业从“卖原\n料”向“卖品牌”“卖文化”\n转变，茶叶精深加工、茶旅融\n合等新业态不断涌现。\n延链补链提升附加值\n在湄潭经济开发区的一家\n茶叶深加工企业，生产线上正\n在灌装茶饮料。企业负责人介\n绍，过去夏秋茶因为口感较差\n新春走基层\n一张报纸，陪伴一座城市七十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n图②：上世纪80年代，市民在街头报栏前读报。\n1955年7月8日傍晚，第一\n期《江城晚报》从印刷厂运\n出，报童们抱着还带着油墨香\n的报纸跑上街头。那一天的报\n纸只有4个版，售价2分钱，却\n被市民抢购一空。\n", None,
         {"a1.kicker": "新春走基层", "a1.headline": "一张报纸，陪伴一座城市七十年"}),
    # A number in brackets with the marks after it goes down whole ((39.7%）。): the line
    # above is short only by it, and the paragraph goes on (PyMuPDF, seed 2).
    Case("number-in-brackets-pushed-down-whole", "BLK005",
         "活动顺利举行\n本报记者 王五\n调查中，受访者认为慢就业的主要\n原因包括想多积累经验再做出选择的\n"
         "占比最高，对自己的职业方向不清楚\n的占比排第三，准备考研考公的占比\n排在其后，比例为五成左右，对职业\n"
         "方向感到迷茫的比例为\n（39.7%）。只有12.6%的受访者认为\n慢就业是在逃避就业压力。\n", None,
         {"body0": ["调查中，受访者认为慢就业的主要原因包括想多积累经验再做出选择的占比最高，对自己的职业方向不清楚的"
                    "占比排第三，准备考研考公的占比排在其后，比例为五成左右，对职业方向感到迷茫的比例为（39.7%）。"
                    "只有12.6%的受访者认为慢就业是在逃避就业压力。"]}),
    # A line that ends on an opening mark goes on after the photo's caption that cut it,
    # however short its last line and however it ends (…打趣老胡：“ / ▲7日晚… / 明年夏天，
    # 咱俩还挨着摆？”): no kicker of the next title (PyMuPDF, seed 603).
    Case("text-after-a-caption-goes-on-from-an-open-mark", "BLK005",
         "够，辣子自己加！”他告诉记者，入\n夏以来，每晚能卖出300多碗，比平\n时多了一倍。\n“白天太热不敢出门，晚上出来\n走走，吃点东西，很舒服。”带着孩\n子逛夜市的市民刘女士说。\n旁边卖冰粉的摊主打趣老胡：“\n▲7日晚，市民在青石街夜市选购小吃。  \n记者 孙  婷 摄\n明年夏天，咱俩还挨着摆？”\n蒙内铁路累计发送旅客超1300万\n人次\n图为9月18日，工作人员巡检输电线路。 新华社记者  段娟杰摄\n新华社内罗毕10月19日电（记\n者 王 冠）肯尼亚蒙巴萨—内罗毕标\n准轨距铁路运营公司19日发布数据显\n示，蒙内铁路自2017年开通运营以\n来，累计发送旅客超过1300万人次，\n发送集装箱超过250万标箱。\n蒙内铁路是肯尼亚独立以来建设\n的首条新铁路，全长约480公里，连\n", None,
         {"a1.kicker": None, "text": "旁边卖冰粉的摊主打趣老胡：“明年夏天，咱俩还挨着摆？”"}),
    Case("double-spaced", "BLK008", page_of(printed(FULL, NEXT, LONG, NEXT), "\n\n"), True,
         {"body0": [FULL, NEXT, LONG, NEXT]}),
    # Boxes of several lines among pdfminer's lines alone: still printed lines double-spaced,
    # the title stack read as one (kicker, then the headline's two lines), not one headline.
    Case("double-spaced-with-boxes-of-several-lines", "BLK008", PDFMINER_BOXES, True,
         {"a1.kicker": "民生实事看落实", "a1.headline": "暑期防溺水 这些地方别去"}),
    # A box of several lines opens a block: a title's lines boxed apart from the paragraph's
    # line above, which goes on, are the title, not that paragraph's end.
    Case("double-spaced-box-opens-a-block", "BLK008", PDFMINER_TITLE_BOX, True,
         {"a1.headline": "引领未来，中国做对了什么", "a1.byline": "任仲平",
          "body0": ["据介绍，中心首期课程已于本月开班，来自泰国、老挝、柬埔寨的80名学员参加学习。"
                    "学员们将在中泰两国教师"]}),
    # ... but a caption's credit boxed apart from its first line goes on in the caption.
    Case("double-spaced-box-near-miss-caption-credit", "BLK008", PDFMINER_CAPTION_BOXES, True,
         {"a1.captions": ["图为10月15日，客商在第138届广交会服务机器人专区与人形机器人合影。 新华社记者  卢汉欣摄"]}),
    # Of two title lines over a headline, the upper, the wider, is a title of its own (its
    # text elsewhere), the lower the headline's kicker: a kicker is one line.
    Case("title-over-a-kicker-is-its-own", "CLS024", TITLE_OVER_A_KICKER, True,
         {"a1.headline": "全国首批老年助餐服务示范点名单公布", "a1.kicker": None, "body1": [],
          "a2.kicker": "长江十年禁渔进入第五年", "a2.headline": "长江干流水质连续5年保持Ⅱ类"}),
    # ... and under a shorter line the wider is that line's headline, the pair over the
    # next article's headline.
    Case("kicker-and-title-over-a-title", "CLS024", KICKER_AND_TITLE_OVER_A_TITLE, True,
         {"a1.kicker": "绿色发展新答卷", "a1.headline": "前5个月家电以旧换新带动销售1260亿元",
          "a2.kicker": None, "a2.headline": "铁凝出席非洲女性议员研讨班开班式"}),
    # ... and a photo-news column's title (图片报道) is no kicker, however short.
    Case("column-title-over-a-kicker-is-its-own", "CLS024", COLUMN_TITLE_OVER_A_KICKER, True,
         {"a1.headline": "图片报道", "a2.kicker": "聚焦高质量发展",
          "a2.headline": "年轻人为何爱上“博物馆打卡”？"}),
    # ... but not a kicker's wrapped tail (shorter than a kicker's phrase) ...
    Case("title-over-a-kicker-near-miss-wrapped-tail", "CLS024", KICKER_WRAPPED_IN_BLOCKS, False,
         {"a1.kicker": "老旧小区改造惠及千 家万户"}),
    # ... nor a pair holding a clause mark (a paragraph's lines, no titles) ...
    Case("kicker-and-title-over-a-title-near-miss-clause", "CLS024",
         KICKER_AND_TITLE_OVER_A_TITLE.replace("前5个月家电以旧", "前5个月，家电以旧"), False),
    # ... nor three lines over the headline, whose parts cannot be told.
    Case("title-over-a-kicker-near-miss-three-lines", "CLS024",
         TITLE_OVER_A_KICKER.replace("长江十年禁渔进入第五年\n", "长江十年禁渔进入第五年\n聚焦高质量发展\n"),
         False),
    # A title alone in its text box over another box's title is a title of its own (its text
    # is elsewhere), not that title's kicker: a kicker shares its headline's box.
    Case("title-alone-in-its-box-is-no-kicker", "CLS021", PDFMINER_TITLES_ACROSS, True,
         {"a1.headline": "委内瑞拉加强应对美军事威胁", "body1": [],
          "a2.kicker": None, "a2.headline": "地铁5号线二期后天开通试运营"}),
    # ... but a kicker's short phrase alone in its box stays the kicker, and one boxed with
    # its headline too.
    Case("title-alone-in-its-box-near-miss-short-kicker", "CLS021", PDFMINER_KICKER_ALONE, False,
         {"a0.kicker": "聚焦高质量发展", "a0.headline": "农村公路提质增效行动启动",
          "a1.kicker": "一线调研"}),
    # ... and a page double-spaced but not pdfminer.six's (no form feed ends it: PyMuPDF's
    # blocks set a kicker in a block of its own) shows no text boxes.
    Case("title-alone-in-its-box-near-miss-no-boxes", "CLS021",
         PDFMINER_TITLES_ACROSS.replace("\f", ""), False,
         {"a1.kicker": "委内瑞拉加强应对美军事威胁", "a1.headline": "地铁5号线二期后天开通试运营"}),
    # ... and a paragraph's line boxed with the sheet's footer set under it opens no block.
    Case("double-spaced-box-near-miss-footer", "BLK008", BLOCKS_FOOTER_BOX, True,
         {"text": "活动将持续至12中欧班列（广州）今年开行突破500列", "furniture": ["第 2 页"]}),
    Case("double-spaced-near-miss-markdown", "BLK008", f"# 标题\n\n{P}\n\n{BODY}\n", False,
         {"body0": [P, BODY]}),
    # PyMuPDF's text of a generated page (seed 612): the paper's name alone is furniture, so
    # the slogan under it is the page's banner, not the first headline's first line.
    Case("masthead-of-a-morning-paper", "CLS002",
         "第 1 页\n江南晨报\n2025年10月10日 星期五 第8版 国际\n坚定信心 实干争先 奋力谱写高质量发展新篇章\n"
         "乡村学校的“小而美”之路\n——来自浙江、湖南、甘肃的调研\n光明日报记者  邓  晖  光明日报通讯员  陈  路\n"
         "编者按：随着城镇化推进和学\n龄人口变化，一些乡村学校的学生\n越来越少。小规模学校如何办出质\n"
         "量、办出特色？近日，记者走访了\n三个省份的多所乡村小规模学校，\n看它们如何在“ 小” 中做出\n“美”。\n"
         "湖南省平江县的石桥小学，全\n校只有46名学生、9名老师。走进\n四年级教室，11名学生围成一个半\n"
         "圆，老师坐在中间，和孩子们一起\n讨论课文。\n", True,
         {"banner": "坚定信心 实干争先 奋力谱写高质量发展新篇章", "a0.headline": "乡村学校的“小而美”之路"}),
    # pdftotext -layout (seed 708): the masthead letter-spaced, cut by one space (中原日 报),
    # is furniture too, so the slogan under it is the banner, not the first headline's line.
    Case("letter-spaced-masthead", "CLS002",
         "中原日 报\n2025年5月30日 星期五 第5版 民生\n坚定信心 实干争先 奋力谱写高质量发展新篇章\n"
         "乡村学校的“小而美”之路\n——来自浙江、湖南、甘肃的调研\n光明日报记者  邓  晖  光明日报通讯员  陈  路\n"
         "编者按：随着城镇化推进和学\n龄人口变化，一些乡村学校的学生\n越来越少。小规模学校如何办出质\n"
         "量、办出特色？近日，记者走访了\n三个省份的多所乡村小规模学校。\n", True,
         {"banner": "坚定信心 实干争先 奋力谱写高质量发展新篇章", "a0.headline": "乡村学校的“小而美”之路",
          "furniture": ["中原日 报", "2025年5月30日 星期五 第5版 民生"]}),
    # pypdfium2's text of a generated page (seed 605): a morning paper's masthead run into
    # the date line is furniture, not the first headline's first line.
    Case("morning-paper-masthead-run-into-the-date-line", "CLS002",
         "江南晨报 2025年10月7日 星期二 第16版 要闻\n澜湄职业教育培训中心在曼谷揭牌\n"
         "本报曼谷10月6日电（记者 张 萌）澜湄职业教育培训中心6日在曼谷揭牌。\n", True,
         {"furniture": ["江南晨报 2025年10月7日 星期二 第16版 要闻"],
          "a0.headline": "澜湄职业教育培训中心在曼谷揭牌"}),
    Case("masthead-run-into-the-date-line", "CLS002",
         page_of(["西部商报 2025年9月5日 星期五 第1版 科技", "东海日报 02 经济 2025年5月14日 星期三"]
                 + printed(FULL, NEXT)), True,
         {"furniture": ["西部商报 2025年9月5日 星期五 第1版 科技", "东海日报 02 经济 2025年5月14日 星期三"],
          "a0.headline": "活动顺利举行"}),
    # Tesseract's readings of an edition line: a wide gap as ”, the digit 1 as ].
    Case("edition-line-as-ocr-reads-it", "CLS002",
         "2025年7月22日”星期二\n\n第2版”城事\n\n2025年9月5日 星期五 第1]版 科技\n\n# 标题\n\n" + f"{P}\n", True,
         {"furniture": ["2025年7月22日”星期二", "第2版”城事", "2025年9月5日 星期五 第1]版 科技"]}),
    Case("edition-words-opening-prose-stay", "CLS002",
         f"# 标题\n\n{P}\n\n第2版”城事”栏目今天开栏。\n", False,
         {"text": "第2版”城事”栏目今天开栏。"}),
    Case("paper-name-opening-prose-stays", "CLS002",
         page_of(printed(FULL, "南方日报 2025年5月14日 星期三发布的调查显示，活动参加者收获很大。")), False,
         {"furniture": []}),
    Case("glued-footer", "BLK007",
         page_of((lambda ls: ls[:4] + ["第 3 页" + ls[4]] + ls[5:])(printed(NEXT + LONG, FULL))),
         True, {"body0": [NEXT + LONG, FULL], "furniture": ["第 3 页"]}),
    Case("glued-footer-near-miss", "BLK007",
         page_of(printed(NEXT, "第3页的内容说明了活动的安排，大家都看到了，也都表示满意。", LONG)),
         False, {"furniture": []}),
    Case("inline-caption", "CAP005",
         page_of(printed(LONG, NEXT + "图为活动现场。") + ["新华社记者  张三摄"]), True,
         {"body0": [LONG, NEXT], "captions": [], "a0.captions": ["图为活动现场。 新华社记者  张三摄"]}),
    Case("inline-caption-after-a-space", "CAP005",
         page_of(printed(LONG, NEXT + " 图为活动现场。") + ["（资料图片）"]), True,
         {"body0": [LONG, NEXT], "a0.captions": ["图为活动现场。 （资料图片）"]}),
    # pdftotext's text of a generated page (seed 3): a caption's first line set beside a
    # paragraph's line that goes on.
    Case("caption-beside-a-paragraph-line", "CAP005", '过程。\n图片报道\n10月19日，第138届广交会第\n一期闭幕。本届广交会设立服务机\n器人专区，引入数十家行业领先企\n业，聚焦服务机器人前沿，涵盖人\n形机器人、外骨骼机器人、球形巡\n检机器人、光伏清洁机器人、教育 图为10月15日，客商在第138届广交\n会服务机器人专区与人形机器人合\n影。 新华社记者 卢汉欣摄\n机器人等品类，兼具技术前瞻性与\n成熟商业应用性，吸引全球多家工\n商机构和头部采购商到会参观洽\n谈。\n责任编辑：许 波\n\x0c', True,
         {"text": "光伏清洁机器人、教育机器人等品类", "a1.headline": "图片报道",
          "a1.captions": ["图为10月15日，客商在第138届广交会服务机器人专区与人形机器人合影。 新华社记者 卢汉欣摄"]}),
    Case("inline-caption-near-miss", "CAP005",
         page_of(printed(LONG, NEXT + "图为活动现场的一角。", FULL)), False,
         {"text": "图为活动现场的一角。"}),
    Case("edition-under-title", "CLS013",
         page_of(printed(NEXT, LONG, head=("活动顺利举行", PRINT_HEAD))
                 + printed(LONG, FULL, head=("会议在京召开", "本报记者  李  四", PRINT_HEAD))),
         True, {"a0.headline": "活动顺利举行", "a1.headline": "会议在京召开",
                "a1.byline": "本报记者  李  四"}),
    Case("edition-line-amid-text", "CLS013",
         page_of((lambda ls: ls[:5] + [PRINT_HEAD] + ls[5:])(printed(NEXT + LONG, FULL))),
         None, {"a0.headline": "活动顺利举行", "body0": [NEXT + LONG, FULL]}),
    Case("title-tail-that-reads-as-a-name", "CLS014",
         page_of(printed(LONG, NEXT) + printed(
             "新华社北京9月2日电（记者王五）开学之际，教育部要求各地切实做好学生安全工作，确保安全。",
             FULL, head=("秋季学期开学 各地做好安", "全保障"))),
         False, {"a1.headline": "秋季学期开学 各地做好安全保障", "a1.byline": None}),
    Case("byline-name-wrapped", "CLS014",
         page_of(printed(FULL, NEXT, head=("高校实验室里的科研团队", "通讯员  张  萌  本报记者  李", "强"))),
         None, {"a0.byline": "通讯员  张  萌  本报记者  李强", "body0": [FULL, NEXT]}),
    # The reporter titles are CLS003's `titles`, compiled with their traditional forms.
    Case("byline-name-wrapped-traditional", "CLS014",
         page_of(printed("今天上午這裏舉行了一次活動，來自各地的代表和羣衆參加了活動。",
                         head=("高校實驗室裏的科研團隊", "通訊員  張  萌  本報記者  李", "強"))),
         None, {"a0.byline": "通訊員  張  萌  本報記者  李強"}),
    Case("byline-cut-after-a-title-traditional", "CLS014",
         page_of(printed("今天上午這裏舉行了一次活動，來自各地的代表和羣衆參加了活動。",
                         head=("高校實驗室裏的科研團隊", "本報記者  趙  梅  通訊員", "孫  傑"))),
         None, {"a0.byline": "本報記者  趙  梅  通訊員孫  傑"}),
    # A name that ends in 文 (a credit's title in `titles` too) does not take the line below.
    Case("byline-name-ending-in-wen-stays", "CLS014",
         page_of(printed(FULL, NEXT, head=("高校实验室里的科研团队", "本报记者  王  文", "前言"))),
         None, {"a0.byline": "本报记者  王  文"}),
    Case("byline-spaced-name-then-a-short-line", "CLS014",
         page_of(printed(FULL, NEXT, head=("高校实验室里的科研团队", "本报记者  王  五", "前言"))),
         None, {"a0.byline": "本报记者  王  五"}),
    Case("reporter-title-alone-under-a-full-title", "CLS014",
         page_of(printed(LONG, NEXT) + printed(FULL, NEXT, head=("确保基本实现现代化取得决定性进展", "新华社记者"))),
         None, {"a1.headline": "确保基本实现现代化取得决定性进展", "a1.byline": "新华社记者"}),
    # PyMuPDF's text of a generated page (seed 206): a full-width title, its author below.
    Case("banner-over-the-first-kicker", "CLS001",
         page_of(["奋进新征程 建功新时代", "走进产业园区", "集采药拼质量才能护健康", "本报记者  孙  艳"]
                 + printed(FULL, NEXT, head=())), None,
         {"banner": "奋进新征程 建功新时代", "a0.kicker": "走进产业园区", "a0.headline": "集采药拼质量才能护健康"}),
    # PyMuPDF's text of a generated page (seed 203): the banner's phrases over the first title.
    Case("banner-phrases-over-the-first-title", "CLS001", '第 1 页\n东海日报\n2025年9月9日 星期二 第7版 民生\n坚定信心 实干争先 奋力谱写高质量发展新篇章\n让科普“追”上科创（纵横）\n裴  桐\n国庆、中秋假期，焕新升级后的南\n图为8月23日，技术人员调试设备。\n县融媒体中心供图\n京科技馆，日均接待观众超1万人次，\n交出一份亮眼成绩单。\n南京科技馆为什么火？馆内与孩子\n对弈的五子棋机器人，由科创企业南京\n埃斯顿自动化股份有限公司提供技术支\n持；让文物“活”起来的全息光影秀，\n则依托南京达斯琪数字科技有限公司研\n发的新型产品。南京科技馆打造“馆—\n企—研”协同新模式，与本土企业开展\n密切合作，将人工智能、全息显示等领\n域的前沿成果直接“搬”进展厅，让科\n创为科普赋能。馆长张志强表示，南京\n有大批高新技术企业、科技型中小企\n业，这是科普资源的“富矿”。\n如今，科技创新正以前所未有的广\n度、深度与速度推进。打破前沿科技与\n公众认知之间的隔阂，为创新型国家建\n设夯实基础，科技馆肩负重任。然而，\n有的场馆布展一成不变，展示成果明显\n滞后；即便是新展，也因缺乏对应用场\n景的深入剖析，没有将专业知识转化为\n可感可知的体验，难以引发青少年的兴\n趣与思考。将实验室、生产线上的最新\n成果引入展览空间，有助于回应公众对\n前沿科技的热切期待。\n24小时自助借阅点增至\n40个\n本报讯（通讯员 何 静 记者 林\n楠）记者从市图书馆获悉，随着近日港\n湾路、学府路等6个新点位投入使用，\n全市24小时自助借阅点已增至40个，覆\n',
         None, {"banner": "坚定信心 实干争先 奋力谱写高质量发展新篇章", "a0.headline": "让科普“追”上科创（纵横）"}),
    Case("kicker-alone-over-the-first-title-stays", "CLS001",
         page_of(["走进产业园区", "集采药拼质量才能护健康", "本报记者  孙  艳"] + printed(FULL, NEXT, head=())),
         None, {"banner": None, "a0.kicker": "走进产业园区"}),
    Case("names-under-a-full-title", "CLS014", '北方日报\n2025年6月6日  星期五  第8版  社会\n奋进新征程 建功新时代\n走进产业园区\n集采药，拼质量才能护健康（人民时评）\n孙秀艳\n第十一批国家组织药品集中采购将\n于近期开标。前不久，国家医保局明\n确，此次集采将遵循“稳临床、保质\n量、防围标、反内卷”原则。其中，优\n化价差控制“锚点”的选择、不简单选\n用最低报价等新规则，直指仿制药领域\n',
         True, {"a0.headline": "集采药，拼质量才能护健康（人民时评）", "a0.byline": "孙秀艳"}),
    Case("bare-name-byline", "CLS014", f"# 标题\n\n黄培昭\n\n{P}\n", True,
         {"a0.byline": "黄培昭", "body0": [P]}),
    # Tesseract's text of a generated page (seed 602): a byline in a narrow box cut after
    # a reporter's title, the name on the next line.
    Case("byline-cut-after-a-title", "CLS014",
         "本报讯 (记者 刘 洋\n实习生 张 雨) 暑假来\n临，中小学生溺水风险增\n加。7日，市教育局、市\n应急管理局联合发布暑期\n"
         "防溺水安全提示，提醒家\n长加强对孩子的看护。\n\n小茶叶撬动大产\n业\n\n本报记者 赵 梅 通讯员\n"
         "孙 杰"
         "\n\n立冬将至，贵州省湄\n潭县的茶园里依然一片忙\n碌。茶农们忙着修剪茶\n树、施加有机肥，为明年\n的春茶做准备。\n", None,
         {"a1.byline": "本报记者 赵 梅 通讯员孙 杰", "a1.headline": "小茶叶撬动大产业"}),
    Case("text-under-a-byline-cut-after-a-title-stays", "CLS014",
         "本报讯 (记者 刘 洋\n实习生 张 雨) 暑假来\n临，中小学生溺水风险增\n加。7日，市教育局、市\n应急管理局联合发布暑期\n"
         "防溺水安全提示，提醒家\n长加强对孩子的看护。\n\n小茶叶撬动大产\n业\n\n本报记者 赵 梅 通讯员\n"
         "孙杰和乡亲们"
         "\n\n立冬将至，贵州省湄\n潭县的茶园里依然一片忙\n碌。茶农们忙着修剪茶\n树、施加有机肥，为明年\n的春茶做准备。\n", None,
         {"a1.byline": "本报记者 赵 梅 通讯员"}),
    # An editor's note signed at its end (——编者, read 一一编 者 by OCR): the signature ends
    # the text above and is no kicker of the next title.
    Case("signature-is-no-kicker", "CLS006",
         "国上海国际艺术节已成为中外文化艺\n术交流的重要平台，生动展现着文化\n因交流而多彩。\n\n一一编 者\n\n习近平就日本前首相村山富市逝世向\n日本首相石破茂致唁电\n\n新华社北京10月19日电 10月\n"
         "19日，国家主席习近平就日本前首相\n村山富市逝世致唁电。\n", False,
         {"a1.kicker": None, "body0": ["国上海国际艺术节已成为中外文化艺术交流的重要平台，生动展现着文化因交流而多彩。",
                                       "一一编 者"]}),
    Case("kicker-over-the-title-stays", "CLS006",
         "国上海国际艺术节已成为中外文化艺\n术交流的重要平台，生动展现着文化\n因交流而多彩。\n\n深切缅怀\n\n习近平就日本前首相村山富市逝世向\n日本首相石破茂致唁电\n\n新华社北京10月19日电 10月\n"
         "19日，国家主席习近平就日本前首相\n村山富市逝世致唁电。\n", True, {"a1.kicker": "深切缅怀"}),
    # Tesseract's text of a generated page (seed 602): the subtitle's last character
    # wrapped alone and a speck under it; a character alone is no headline.
    Case("subtitle-with-its-tail-and-a-speck-under-a-wrapped-title", "CLS015",
         "前文到此为止，大家都很满意。\n\n近万名大学生志\n愿者服务西部基\n层\n\n一一多地推进情况观\n\n察\n\n个\n\n"
         "本报讯 (记者 赵 阳) 记者从共青团中\n央获悉，2025年大学生志愿服\n务西部计划新招募的近万名志\n愿者已陆续抵达服务地。\n", True,
         {"a1.headline": "近万名大学生志愿者服务西部基层", "a1.subtitle": "一一多地推进情况观察个",
          "a1.kicker": None}),
    # Lines longer than a speck between the subtitle and the text: no anchor is taken
    # past them (no subtitle takes them; the title stack is merged only by CLS017's tail).
    Case("lines-between-a-subtitle-and-the-text-stay", "CLS015",
         "前文到此为止，大家都很满意。\n\n近万名大学生志\n愿者服务西部基\n层\n\n一一多地推进情况观\n\n察看情况\n\n各地反映\n\n"
         "本报讯 (记者 赵 阳) 记者从共青团中\n央获悉，2025年大学生志愿服\n务西部计划新招募的近万名志\n愿者已陆续抵达服务地。\n", None,
         {"a1.subtitle": None}),
    # OCR reads a name's middle dot as a full stop, and the dot of 中青报·中青网 as " (or ' . :).
    Case("foreign-name-with-ocr-dot", "CLS014",
         "前文到此为止，大家都很满意。\n\n谱写全球妇女事业发展新篇章\n(国际论坛)\n\n玛丽娜.拉古什\n\n在北京举行的全球妇女峰会，\n谱写了全球妇女事业新的篇章，为\n促进全球男女平等注入新动力。\n", None,
         {"a1.byline": "玛丽娜.拉古什", "a1.headline": "谱写全球妇女事业发展新篇章 （国际论坛）"}),
    Case("dotted-line-of-text-is-no-name", "CLS014",
         "前文到此为止，大家都很满意。\n\n谱写全球妇女事业发展新篇章\n(国际论坛)\n\n数据显示.今年增长明显\n\n在北京举行的全球妇女峰会，\n谱写了全球妇女事业新的篇章，为\n促进全球男女平等注入新动力。\n", None,
         {"text": "数据显示.今年增长明显"}),
    Case("paper-and-site-with-ocr-dot", "CLS003",
         "前文到此为止，大家都很满意。\n\n高校实验室里的\"00后\"科研团队\n\n通讯员 张 萌 中青报\"中青网记者 李 强\n\n"
         "凌晨1点，某理工大学材料学院的\n一间实验室仍亮着灯。5名“00后”本\n科生围在电镜前。\n", True,
         {"a1.byline": "通讯员 张 萌 中青报\"中青网记者 李 强"}),
    Case("bare-name-byline-near-miss", "CLS014", f"# 标题\n\n全国秋粮收获近七成\n\n{P}\n", False,
         {"a0.byline": None}),
    # Tesseract (seed 601): a speck of the title's stroke, then the title's last two
    # characters, each alone: tails of the title, no kicker over a headline of two.
    Case("tail-under-a-speck-tail-ends-the-headline", "CLS015",
         "前文到此为止，大家都很满意。\n\n蒙内铁路累计发送旅客超1300万\n\n人\n人次\n\n新华社内罗毕10月19日电\n\n"
         "(记者 王 冠) 肯尼亚蒙巴萨一\n\n内多毕标准轨距铁路运营公司19\n日发布数据显示，蒙内铁路自\n"
         "2017年开通运营以来，累计发送\n旅客超过1300万人次，发送集装\n箱超过250万标箱。\n\n"
         "蒙内铁路是肯尼亚独立以来\n建设的首条新铁路，全长约480\n公里，连接东非最大港口蒙巴萨\n"
         "港和首都内罗毕。运营公司负责\n人介绍，铁路开通后，两地之间\n的客运时间从原来的10多个小时\n"
         "缩短至约5小时，货运成本下降\n", True,
         {"a1.headline": "蒙内铁路累计发送旅客超1300万人人次", "a1.kicker": None}),
    # Tesseract (seed 1304): the subtitle's dash read as one 一; its opening words (写在…之际)
    # say it is a subtitle, not the headline under a kicker.
    Case("subtitle-dash-read-as-one-yi", "CLS007",
         '它们装进不同的周转箱，半\n小时后，十几辆电动三轮车\n就从这里出发，把包庄送往\n全镇的26个行政村。\n\n成都大熊猫基地今年已诞生\n\n幼仔11只\n一写在活动启动之际\n\n图为大熊猫幼仔在育婴房内接受健康检查。成都大熊猫繁育研究\n\n基地供图\n中新社成都9月9日电\n(记者 货 动) 记者9日从\n成都大熊猫裳育研究基地获\n\n悉，今年以来，该基地已有\n8只大熊猫成功产仔，共诞\n生幼仔11只，目前幼仔均健\n康成长。\n\n“这条铁路带给我们\n', True,
         {"a1.headline": "成都大熊猫基地今年已诞生幼仔11只", "a1.subtitle": "一写在活动启动之际",
          "a1.kicker": None}),
    # Tesseract (seed 9): the subtitle wrapped its last character (一来自三个省份的调 / 研) over
    # the byline: the character is the subtitle's, and the two title lines above are one
    # headline, no kicker.
    Case("subtitle-tail-wrapped-over-a-byline", "CLS015",
         '\n(人民\n\n同行，这种非理性竞争不仅扭\n曲市场秩序，更埋下质量与供\n应隐患。个别企业中标后甚至\n出现断供停产，不仅给集采制\n度抹了黑，也影响了广大患者\n的用药安全和稳定。更值得关\n注的是，假如企业认为集采\n“唯低价”是取，可能会抑制\n创新动力一一虽然集采本身不\n涉及新药，但如果企业利润被\n压缩至极限，研发新药、提升\n工艺的资金从何而来?\n\n第 2 页\n\n引领未来，中国做\n\n对了什么\n一来自三个省份的调\n研\n任仲平\n\n(一)\n\n每逢重大历史关头，中\n共产党总是能够科学把握历史\n方位与形势变化，制定正确的\n政治战略策略，指引中国人民\n战胜无数风险挑战、始终走在\n时代前列。\n\n一线调研\n近万名大学生志愿\n者服务西部基层\n\n本报讯 (中青报.中青网\n记者 赵 阳) 记者从共青团中\n央获悉，2025年大学生志愿服\n', None,
         {"a1.headline": "引领未来，中国做对了什么", "a1.kicker": None, "a1.byline": "任仲平"}),
    # Tesseract (seed 4): a title line as wide as the first line of the block under it,
    # the break inside a word the text prints (高水 / 平安全: 水平), is the headline wrapped,
    # not a kicker, though the block under it runs on into a column's tag.
    Case("as-wide-title-lines-breaking-in-a-word-wrap", "CLS015",
         '进行的一切奋斗就是为了强国复兴 。\n从“一五”到“十四五”，一以贯之\n的主题是把我国建设成为社会主义现\n代化国家，尽管遭遇过各种意想不到\n的困难和挫折，我们的意志和决心始\n终没有动摇。\n\n更好统筹高质量发展和高水\n平安全 (深入学习贯彻习近\n平新时代中国特色社会主义\n思想学习《习近平经济文\n选》第一卷专家谈)\n\n李非黄婧\n\n当今时代，发展利益和安全利益\n\n复杂交织。如何处理好发展和安全的\n关系，是世界各国面临的共同难题。\n党的十八大以来，习近平总书记高度\n重视发展和安全，反复强调要统筹高\n质量发展和高水平安全，许多重要论\n述都收入《习近平经济文选》第一\n卷。比如，《关于构建新发展格局》\n指出， “这次中央全会对统筹发展和\n安全作出战略部署，对在复杂环境下\n', None,
         {"a1.headline": "更好统筹高质量发展和高水平安全 (深入学习贯彻习近平新时代中国特色社会主义思想学习《习近平经济文选》第一卷专家谈)",
          "a1.kicker": None}),
    # Tesseract (seed 610): a large title read in pieces (习做对 / 了什么) over its subtitle:
    # the name-shaped piece is no byline, a subtitle standing under the line below it.
    Case("name-shaped-title-piece-over-a-subtitle-is-no-byline", "CLS014",
         '赵 波摄\n农村公路危旧桥梁改造1.2\n万座，新增农村公路安全生\n命防护工程8万公里。\n\n引领未来 ，\n\n[男男|\n\n习做对\n\n了什么\n\n一一一线蹲点见闻\n任仲平\n\n(一)\n\n每人逢重大历史关头，中\n国共产党总是能够科学把握\n历史方位与形势变化，制定\n正确的政治战略策略，指引\n中国人民战胜无数风险挑\n战、始终走在时代前列。\n\n10月20日至23日在北京\n', None,
         {"a1.byline": "任仲平", "a1.subtitle": "一一一线蹲点见闻"}),
    # Tesseract (seed 609): four characters opening with a surname (和逛夜市) are no name
    # unless a compound surname opens them or a second name does (李非黄婧): the title's end.
    Case("four-characters-are-no-name-without-a-second-surname", "CLS014",
         '中国国家铁路集团有限公司\n获悉，7月1日至8月31日，\n为期62天的暑运落下帷幕，\n全国铁路累计发送旅客9.5\n亿人次，同比增长5.2&，上日\n均发送旅客1.530万人次。\n\n持续晴热高温天气来效\n白天躲高温 夜晚\n和逛夜市\n\n本报讯 (记者孙婷通\n讯员 高 原) 连日来\n\n江滩公园里，孩子们在喷泉旁\n戏水消暑。视觉中国供图\n\n，我市持续畏热高温，最高\n气温一度达到38.6"C。白天\n街头行人稀少，到了晚上，\n江滩、夜市、商圈却人头措\n动，不少市民选择在夜间出\n门纳凉、消费。\n\n全7日晚，市民在青石街夜市\n选购小吃。 记者孙 婷摄\n', None,
         {"a1.byline": None, "a1.kicker": "持续晴热高温天气来效", "a1.headline": "白天躲高温 夜晚和逛夜市"}),
    # Tesseract (seed 5303): the head's lower lines read apart from its title, after the
    # text's first paragraph (委内瑞拉加强应对美军事威胁 / 委内瑞拉总统… / 一一一线足点见闻 /
    # 本报记者 陈海琪 / 近期，…): the dash's line over the article's first byline is its
    # subtitle; it had stayed in the text as a paragraph.
    Case("subtitle-read-apart-over-the-byline-is-the-subtitle", "CLS007",
         '委内瑞拉加强应对美军事威胁\n\n委内瑞拉总统马杜罗日前表\n示，委内瑞拉抵制美国中央情报局\n策划的政变，拉美地区对此行径\n“不欢迎、不需要”，并强烈择\n击。马杜罗最近还在“原住民抵抗\n日”纪念活动上号召该国原住民加\n入民兵组织，并组建原住民民兵\n旅，以应对美在委附近加勒比海域\n加强军事部署带来的威胁。据当地\n媒体报道，委政府正持续推进国内\n政治与社会力量团结，推动地方防\n卫力量体系化建设，形成“全民皆\n兵”的防卫格局。\n\n一一一线足点见闻\n本报记者 陈海琪\n\n近期，委美关系持续紧张。美\n国总统特朗普日前表示，已授权美\n 中情局在委内瑞拉开展秘密行\n动。美方10月17日证实，美军日前\n在加勒比海域袭击了一般“运毒潜\n艇”。据报道，这是9月以来美国\n至少第六次在委内瑞拉外海国际水\n域针对“贩毒船”采取军事行动。\n',
         True, {"a0.subtitle": "一一一线足点见闻", "a0.byline": "本报记者 陈海琪",
                "body0": ["委内瑞拉总统马杜罗日前表示，委内瑞拉抵制美国中央情报局策划的政变，"
                          "拉美地区对此行径“不欢迎、不需要”，并强烈择击。马杜罗最近还在“原住民抵抗日”"
                          "纪念活动上号召该国原住民加入民兵组织，并组建原住民民兵旅，以应对美在委附近"
                          "加勒比海域加强军事部署带来的威胁。据当地媒体报道，委政府正持续推进国内政治与"
                          "社会力量团结，推动地方防卫力量体系化建设，形成“全民皆兵”的防卫格局。",
                          "近期，委美关系持续紧张。美国总统特朗普日前表示，已授权美中情局在委内瑞拉开展"
                          "秘密行动。美方10月17日证实，美军日前在加勒比海域袭击了一般“运毒潜艇”。据报道，"
                          "这是9月以来美国至少第六次在委内瑞拉外海国际水域针对“贩毒船”采取军事行动。"]}),
    # ... also with a printed dash before words that open with 一 (——一线见闻): the 一 is
    # the words' own, four of them, no signature's two.
    Case("subtitle-read-apart-with-words-opening-with-yi", "CLS007",
         '委内瑞拉加强应对美军事威胁\n\n委内瑞拉总统马杜罗日前表\n示，委内瑞拉抵制美国中央情报局\n策划的政变，拉美地区对此行径\n“不欢迎、不需要”，并强烈择\n击。马杜罗最近还在“原住民抵抗\n日”纪念活动上号召该国原住民加\n入民兵组织，并组建原住民民兵\n旅，以应对美在委附近加勒比海域\n加强军事部署带来的威胁。据当地\n媒体报道，委政府正持续推进国内\n政治与社会力量团结，推动地方防\n卫力量体系化建设，形成“全民皆\n兵”的防卫格局。\n\n——一线见闻\n本报记者 陈海琪\n\n近期，委美关系持续紧张。美\n国总统特朗普日前表示，已授权美\n 中情局在委内瑞拉开展秘密行\n动。美方10月17日证实，美军日前\n在加勒比海域袭击了一般“运毒潜\n艇”。据报道，这是9月以来美国\n至少第六次在委内瑞拉外海国际水\n域针对“贩毒船”采取军事行动。\n',
         True, {"a0.subtitle": "——一线见闻", "a0.byline": "本报记者 陈海琪"}),
    # ... but not an editor's note's signature (——编 者, fewer than `apart_min_chars` words
    # after the dash), nor where the article has its byline already (under its title): the
    # pair is another head then.
    Case("signature-over-a-byline-is-no-subtitle", "CLS007",
         '委内瑞拉加强应对美军事威胁\n\n委内瑞拉总统马杜罗日前表\n示，委内瑞拉抵制美国中央情报局\n策划的政变，拉美地区对此行径\n“不欢迎、不需要”，并强烈择\n击。马杜罗最近还在“原住民抵抗\n日”纪念活动上号召该国原住民加\n入民兵组织，并组建原住民民兵\n旅，以应对美在委附近加勒比海域\n加强军事部署带来的威胁。据当地\n媒体报道，委政府正持续推进国内\n政治与社会力量团结，推动地方防\n卫力量体系化建设，形成“全民皆\n兵”的防卫格局。\n\n一一编 者\n本报记者 陈海琪\n\n近期，委美关系持续紧张。美\n国总统特朗普日前表示，已授权美\n 中情局在委内瑞拉开展秘密行\n动。美方10月17日证实，美军日前\n在加勒比海域袭击了一般“运毒潜\n艇”。据报道，这是9月以来美国\n至少第六次在委内瑞拉外海国际水\n域针对“贩毒船”采取军事行动。\n',
         None, {"a0.subtitle": None, "text": "一一编 者"}),
    Case("dash-line-over-a-second-byline-is-no-subtitle", "CLS007",
         '委内瑞拉加强应对美军事威胁\n\n本报记者 王 林\n\n委内瑞拉总统马杜罗日前表\n示，委内瑞拉抵制美国中央情报局\n策划的政变，拉美地区对此行径\n“不欢迎、不需要”，并强烈择\n击。马杜罗最近还在“原住民抵抗\n日”纪念活动上号召该国原住民加\n入民兵组织，并组建原住民民兵\n旅，以应对美在委附近加勒比海域\n加强军事部署带来的威胁。据当地\n媒体报道，委政府正持续推进国内\n政治与社会力量团结，推动地方防\n卫力量体系化建设，形成“全民皆\n兵”的防卫格局。\n\n一一一线足点见闻\n本报记者 陈海琪\n\n近期，委美关系持续紧张。美\n国总统特朗普日前表示，已授权美\n 中情局在委内瑞拉开展秘密行\n动。美方10月17日证实，美军日前\n在加勒比海域袭击了一般“运毒潜\n艇”。据报道，这是9月以来美国\n至少第六次在委内瑞拉外海国际水\n域针对“贩毒船”采取军事行动。\n',
         None, {"a0.subtitle": None, "a0.byline": "本报记者 王 林 本报记者 陈海琪",
                "text": "一一一线足点见闻"}),
    # PyMuPDF (seed 601): a subtitle wrapped (——写在江城晚报创刊70 / 周年之际): the line under
    # the dash is its end, not a headline under a kicker.
    Case("line-under-a-subtitle-is-its-wrapped-end", "CLS007",
         '构建。\n当前，我国创新力量正积聚\n成势。充分发挥新型举国体制优\n势，主动创新的中国将在中国式\n现代化道路上阔步前行，活力奔\n涌的中国将创造出更多奇迹。\n一张报纸，陪伴一座\n城市七十年\n——写在江城晚报创刊70\n周年之际\n本报记者  周  敏  林  晓\n1955年7月8日傍晚，第一期\n《江城晚报》从印刷厂运出，报\n童们抱着还带着油墨香的报纸跑\n上街头。那一天的报纸只有4个\n版，售价2分钱，却被市民抢购\n一空。\n图②：上世纪80年代，市民在街头\n报栏前读报。\n', True,
         {"a1.kicker": None, "a1.headline": "一张报纸，陪伴一座城市七十年",
          "a1.subtitle": "——写在江城晚报创刊70周年之际", "a1.byline": "本报记者  周  敏  林  晓"}),
    # Tesseract (seed 609): a spaced two-character name whose gap OCR lost, beside a name of
    # three (刘博 孙人局 for 刘  博  孙人锐): a byline, under the title it anchors.
    Case("pair-beside-a-three-character-name-is-a-name", "CLS014",
         '形机器人、外骨骼机器人、\n球形巡检机器人、光伏清洁\n机器人、教育机器人等品\n类，兼具技术前瞻性与成熟\n商业应用性，吸引全球多家\n工商机构和头部采购商到会\n参观洽谈。\n\n图为10月15日，客商在第138\n届广交会服务机器人专区与人\n形机器人合影。 新华社记者\n卢汉欣摄\n\n让每所乡村学校都\n\n有自己的兴\n\n刘博 孙人局\n乡村学校变“小”，是\n\n城镇化进程中难以回避的现\n\n象。但“小”不等于“弱"\n\n图为9月8日，志愿者为老人测\n量血压。\n\n新华社记者 毛 强摄\n，更不等于“没有未来”。\n从调研看，不少小规模学校\n在课程、教学和管理上大胆\n', None,
         {"a1.byline": "刘博 孙人局", "a1.headline": "让每所乡村学校都有自己的兴"}),
    Case("pair-beside-three-characters-not-all-surnames-is-no-name", "CLS014",
         '形机器人、外骨骼机器人、\n球形巡检机器人、光伏清洁\n机器人、教育机器人等品\n类，兼具技术前瞻性与成熟\n商业应用性，吸引全球多家\n工商机构和头部采购商到会\n参观洽谈。\n\n图为10月15日，客商在第138\n届广交会服务机器人专区与人\n形机器人合影。 新华社记者\n卢汉欣摄\n\n让每所乡村学校都\n\n有自己的兴\n\n时代 新征程\n乡村学校变“小”，是\n\n城镇化进程中难以回避的现\n\n象。但“小”不等于“弱"\n\n图为9月8日，志愿者为老人测\n量血压。\n\n新华社记者 毛 强摄\n，更不等于“没有未来”。\n从调研看，不少小规模学校\n在课程、教学和管理上大胆\n', None,
         {"a0.byline": None, "text": "时代 新征程"}),
    # Tesseract (seed 15801): two spaced two-character names whose inner gaps OCR lost and
    # whose gap between them it kept (王林 陈晓 for 王  林  陈  晓), under the title it
    # anchors: a byline, no headline of its own (CLS014 `pairs_gap_lost`).
    Case("pairs-a-gap-apart-opening-with-surnames-are-names", "CLS014",
         PAIRS_PAGE.format(names="王林 陈晓"), None,
         {"a1.byline": "王林 陈晓", "a1.headline": "社区食堂开到家门口"}),
    # ... but not pairs one of which opens with no surname (风采: a title's words), nor a
    # pair alone (an unspaced pair is a word, as printed).
    Case("pairs-not-all-opening-with-surnames-are-no-names", "CLS014",
         PAIRS_PAGE.format(names="时代 风采"), None,
         {"a0.byline": None, "text": "时代 风采"}),
    Case("one-pair-alone-is-no-name", "CLS014",
         PAIRS_PAGE.format(names="王林"), None, {"a0.byline": None, "text": "家门口王林"}),
    # Tesseract (seed 611): a title ending in a column's tag, with no byline or dateline
    # under it, over the text: a headline (no section heading names a column), though the
    # text's first lines stand short under it.
    Case("title-ending-in-a-column-tag-opens-an-article", "CLS016",
         '生活就是“国之大者”。\n\n其实，“多少年”是时间\n间针转出的轨迹，时钟每一次\n“吐哄”作响，都积淀着“多\n少事”的奋斗。把生活跃变、\n发展跃迁，放在时间与实践的\n坐标系中来观察，更能读伐中\n国式现代化的价值虽归。\n\n“开放的中国为世界经\n济发展带来巨大机遇”\n(国际人士看中国"十\n四五"成就)\n今年是“十四五”规划收\n宜之年5年间，从实现第一\n个百年奋斗目标到开启第二个\n百年奋斗目标新征程，从全面\n建成小康社会到促进全体人民\n共同富裕，中国经济社会发展\n取得新的开创性进展、突破性\n变革、 历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n量连续跨越多个台阶，中国经\n济持续高质量发展为全球经济\n复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n\n长江十年禁渔进入第五\n年\n长江干流水质连续5\n年保持咱类\n本报武汉5月13日电 (记\n者 范吴天) 记者从生态环境\n', None,
         {"a1.headline": "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国\"十四五\"成就）"}),
    # Tesseract (seed 2): the closing half of a credit set flush right ((资料图片)), its
    # opening lost, alone between the lines of the paragraph the photo cut: a caption's
    # piece, and the paragraph goes on across it.
    Case("credit-half-with-its-opening-lost-is-a-caption", "CAP002",
         '毕业季， 他们为何选择\'慢就业"?\n\n中青报\'中青网记者 王 林 实习生 刘思远\n\n7月毕业后，林远没有急着找工\n作。他报了一个为期3个月的编程训练\n营，每天从9点学到21:30。“本科学的\n是市场营销，但我更想做产品经理，得\n先补补技术课。”他说。\n\n像林远这样毕业后暂不就业、 继续\n\n料图片)\n\n学习或调整方向的年轻人，被称为“慢\n就业”和群体。中国青年报社社会调查中\n心近期对1,502名受访者进行的一项调\n查显示，46.3%的受访者身边有“慢就\n业”的同学或朋友。\n', None,
         {"text": "像林远这样毕业后暂不就业、 继续学习或调整方向的年轻人", "a0.captions": ["料图片)"]}),
    # Tesseract (seed 7): a full line that ends a sentence (…办出特色?), a blank line, then a
    # full line: no paragraph starts at a full line (its indent dropped would make it
    # short), so the paragraph goes on.
    Case("full-line-after-a-full-sentence-end-goes-on", "JOIN001",
         '\n乡村学校的"小而美”\n\n之路\n\n一一来自浙江、湖南、甘肃的调研\n光明明报记者 邓 晖 光明日报通讯员 陈 路\n\n图为湖南省平江县石桥小学的学生在上科学实验课。光明日报记者\n\n邓 晕摄\n\n编者按:，随着城镇化推进\n和学龄人口变化，一些乡村学\n校的学生越来越少。人小规模学\n校如何办出质量、办出特色?\n\n近日，记者走访了三个省份的\n多所乡村小规模学校，看它们\n如何在“小”中做出“美”。\n\n', True,
         {"text": "办出特色？近日，记者走访了三个省份的多所乡村小规模学校"}),
    Case("wrapped-title", "CLS015",
         page_of(printed(NEXT, LONG, width=24,
                         head=("朱子学与全球文明对话大会暨第四届考亭论", "坛举行", PRINT_HEAD))),
         True, {"a0.headline": "朱子学与全球文明对话大会暨第四届考亭论坛举行", "a0.kicker": None}),
    # A kicker at the page's top, under its furniture only, may be its banner: the
    # article says so (kicker_or_banner) here and in the next cases.
    Case("stacked-kicker-stays", "CLS015",
         page_of(printed(NEXT, LONG, FULL, width=24,
                         head=("多地开展下乡活动", "乡村道路上的绿牌车多了", "本报记者  杨  阳"))),
         False, {"a0.kicker": "多地开展下乡活动", "a0.headline": "乡村道路上的绿牌车多了",
                 "flags0": ["kicker_or_banner"]}),
    Case("narrower-tail-wraps-doubted", "CLS015",
         page_of(printed(NEXT, LONG, FULL, width=24,
                         head=("多地开展新能源汽车下乡活动", "乡村道路上的绿牌车多了", "本报记者  杨  阳"))),
         True, {"a0.kicker": None, "a0.headline": "多地开展新能源汽车下乡活动乡村道路上的绿牌车多了",
                "flags0": ["kicker_or_wrapped_headline"]}),
    Case("as-wide-line-under-a-kicker-stays", "CLS015",
         page_of(printed(NEXT, LONG, FULL, width=24,
                         head=("多地开展新能源汽车下乡活动", "乡村道路上的新能源车多了起来", "本报记者  杨  阳"))),
         False, {"a0.kicker": "多地开展新能源汽车下乡活动", "a0.headline": "乡村道路上的新能源车多了起来",
                 "flags0": ["kicker_or_banner"]}),
    Case("kicker-as-wide-as-the-wrapped-headline", "CLS015",
         page_of(printed(NEXT, LONG, FULL, head=("长江十年禁渔进入第五年", "长江干流水质连续五年", "保持二类",
                                                 "本报记者  杨  阳"))),
         True, {"a0.kicker": "长江十年禁渔进入第五年", "a0.headline": "长江干流水质连续五年保持二类",
                "flags0": ["kicker_or_banner", "kicker_or_wrapped_headline"]}),
    Case("wrapped-title-word-across", "CLS015",
         page_of(printed("社区食堂为老年人提供助餐服务，每天服务一百人次以上，深受欢迎。", LONG,
                         head=("全国首批老年助餐服", "务示范点名单公布", "本报记者  杨  阳"))),
         True, {"a0.headline": "全国首批老年助餐服务示范点名单公布", "a0.kicker": None}),
    # Tesseract's text of a generated page (seed 609): the title filled both lines (11
    # set as narrow digits); 今年 across the break, in the text, says it wrapped.
    Case("even-title-lines-wrapped-mid-word", "CLS015",
         "地出现持续性降雨，部分地\n区累计降雨量较常年同期偏\n多5成以上。\n\n成都大熊猫基地今\n"
         "年已诞生幼仔11只\n\n中新社成都9月9日电\n（记者 贺 劭） 记者9日从\n成都大熊猫繁育研究基地获\n"
         "悉，今年以来，该基地已有\n多只大熊猫成功产仔。\n",
         True, {"a1.headline": "成都大熊猫基地今年已诞生幼仔11只", "a1.kicker": None}),
    # Tesseract's text of a generated page (seed 609): a kicker over a headline that
    # filled two lines, no word across its break: one kicker, the lower two the headline.
    Case("one-kicker-over-a-two-line-headline", "CLS015",
         "陷入僵局。\n\n绿色发展新答卷\n铁北出席非洲女性\n议员研讨班开班式\n新华社北京10月19日\n"
         "电 全国人大常委会副委员\n长19日在京出席研讨班开班\n式并致辞。\n",
         True, {"a1.kicker": "绿色发展新答卷", "a1.headline": "铁北出席非洲女性议员研讨班开班式",
                "flags1": ["kicker_or_wrapped_headline"]}),
    # (A top line wider than the two under it is no kicker over a two-line headline: the
    # three are not read so. CLS024 takes it for a title of its own, the line under it for
    # the headline's kicker.)
    Case("a-top-line-wider-than-the-lines-under-it-is-no-kicker-of-them", "CLS015",
         "陷入僵局。\n\n绿色发展新答卷新篇\n走进产业园区看\n议员研讨班开班式\n新华社北京10月19日\n"
         "电 全国人大常委会副委员\n长19日在京出席研讨班开班\n式并致辞。\n",
         False, {"a1.headline": "绿色发展新答卷新篇", "a2.headline": "议员研讨班开班式"}),
    # (At the page's top, under its furniture only, the stack's top line may be the page's
    # banner (CLS001) over the head's own kicker: there a head's one kicker says nothing,
    # and the line under the banner is the kicker still, the banner set apart. PyMuPDF,
    # d8901 gen-8906 and d14701 gen-14705: both read as one headline of two lines before.)
    Case("banner-kicker-and-headline-at-the-page-top", "CLS015",
         "中原日报\n16  民生  2025年5月6日  星期二\n扎实推动乡村全面振兴\n推进优质医疗资源扩容下沉\n"
         "县域医共体让群众就近看好病\n——来自甘肃、河南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n"
         "早上7点半，甘肃省会宁县丁家沟镇卫\n生院门口已经排起了队。72岁的村民马有福\n"
         "攥着挂号单，等着县人民医院心内科的医生\n来坐诊。\n",
         False, {"a0.kicker": "推进优质医疗资源扩容下沉", "a0.headline": "县域医共体让群众就近看好病",
                "banner": "扎实推动乡村全面振兴"}),
    Case("banner-kicker-and-headline-with-a-tail-at-the-page-top", "CLS015",
         "湘江日报\n2025年9月30日 星期二 第15版 综合\n学习贯彻全会精神\n首台套装备“出海”提速\n"
         "国产大型盾构机订单排到\n明年\n本报讯（记者 刘 慧）记者从中国\n工程机械工业协会获悉，今年前5个\n"
         "月，国内企业大型盾构机出口订单同比\n增长两成以上。\n",
         True, {"a0.kicker": "首台套装备“出海”提速", "a0.headline": "国产大型盾构机订单排到明年",
                "banner": "学习贯彻全会精神"}),
    Case("full-title-runs-into-subtitle", "CLS015",
         page_of(printed(LONG, NEXT) + printed(FULL, NEXT, head=(
             "一张报纸陪伴一座城市走过了七十年", "——写在江城晚报创刊七十周年之际", "本报记者  周  敏"))),
         None, {"a1.headline": "一张报纸陪伴一座城市走过了七十年",
                "a1.subtitle": "——写在江城晚报创刊七十周年之际", "a1.byline": "本报记者  周  敏"}),
    Case("dash-line-in-text-stays", "CLS015",
         page_of(printed(LONG, "从重视教育到加大科技投入，中国正在构建面向未来的治理模式——既融合制度保障与技术工具，又蕴含人文关怀。")),
         False, {"body0": [LONG, "从重视教育到加大科技投入，中国正在构建面向未来的治理模式——既融合制度保障与技术工具，又蕴含人文关怀。"]}),
    Case("title-read-on-from-a-cut-paragraph", "CLS015",
         page_of(printed(LONG, "五年来，市场在科技资源配置中的决定性作用得到了进一步的强化，")
                 + printed("社区食堂为老年人提供助餐服务，每天服务一百人次以上，深受欢迎。", NEXT,
                           head=("全国首批老年助餐服", "务示范点名单公布", "——一线蹲点见闻",
                                 "本报记者  周  敏"))),
         True, {"a1.headline": "全国首批老年助餐服务示范点名单公布",
                "body0": [LONG, "五年来，市场在科技资源配置中的决定性作用得到了进一步的强化，"]}),
    Case("short-last-line-of-text-stays", "CLS015",
         page_of(printed(LONG, "五年来，市场在科技资源配置中的决定性作用得到了进一步的强化，全国首批老年助餐服", NEXT)),
         False, {"body0": [LONG, "五年来，市场在科技资源配置中的决定性作用得到了进一步的强化，全国首批老年助餐服", NEXT]}),
    # PyMuPDF's text of a generated page (seed 208): the kicker fills the 12-character measure.
    Case("full-kicker-read-into-a-wider-headline", "CLS015", '清洁能源基地建设再提速\n甘孜州首个“光伏+牧业”项目全\n容量并网\n图为9月9日拍摄的理塘县“光伏+牧业”电站。 新华社记者 王  曦摄\n四川日报讯（记者 蒲 薇\n通讯员 泽仁拉姆）9月9日，\n甘孜州理塘县一座“光伏+牧\n业”电站实现全容量并网发\n电。电站装机规模100 万千\n瓦，年均发电量约20亿千瓦\n时，每年可节约标准煤约60万\n吨、减少二氧化碳排放约160\n万吨。\n项目负责人介绍，电站光\n伏板最低点离地2.5米，板下\n牧草照常生长，牧民可以在板\n间放牧。“光伏板遮挡了一部\n分阳光，减少了水分蒸发，板\n下的草反而长得更好。”当地\n',
         None, {"a0.kicker": "清洁能源基地建设再提速", "a0.headline": "甘孜州首个“光伏+牧业”项目全容量并网"}),
    # PyMuPDF's text of a generated page (seed 14501, gen-14507): a kicker of 12 over its
    # headline's full line of 13, read on as a paragraph's, the headline's tail and a
    # photo's caption under them; the same with a kicker as wide, which may be a line of
    # the headline, is not split.
    Case("kicker-a-character-narrower-than-the-headline-s-full-line", "CLS015",
         KICKER_NARROWER_OVER_A_TAIL, None,
         {"a1.kicker": "老旧小区改造惠及千家万户", "a1.headline": "加装电梯后，张大爷天天下楼遛弯"}),
    Case("kicker-as-wide-as-the-headline-s-full-line-stays-unsplit", "CLS015",
         KICKER_NARROWER_OVER_A_TAIL.replace("千家万户\n", "千家万户们\n"), None,
         {"a1.kicker": None}),
    # ... and a kicker of 13 over a headline's full line of 11 to 12 (its quotation marks
    # may print half wide) and a tail, one block; a kicker with quotation marks of its own
    # (12 to 13) may be a line of that headline, and stays one with it.
    Case("kicker-a-character-wider-than-the-headline-s-full-line", "CLS015",
         KICKER_WIDER_OVER_A_TAIL, None,
         {"a1.kicker": "多地开展新能源汽车下乡活动", "a1.headline": "乡村道路上的“绿牌车”多了"}),
    Case("kicker-with-quotation-marks-over-a-full-line-stays-in-the-headline", "CLS015",
         KICKER_WIDER_OVER_A_TAIL.replace("多地开展新能源汽车下乡活动", "多地开展“新能源”汽车下乡"),
         None, {"a1.kicker": None,
                "a1.headline": "多地开展“新能源”汽车下乡乡村道路上的“绿牌车”多了"}),
    # Tesseract-like text (hand-made): OCR reads a curly quotation mark as a straight one
    # (乡村道路上的'绿牌车"多了), which prints as wide as the curly mark it stands for: a
    # headline of 11 Han characters and two quotation marks (11 to 13 wide) under a kicker
    # of 13 is no tail of it (counted half wide, 12, it was: one headline of two lines).
    Case("kicker-over-a-headline-with-straight-quotes-from-ocr", "CLS015",
         OCR_KICKER_OVER_QUOTED_HEADLINE.format(head="乡村道路上的'绿牌车\"多了"), None,
         {"a1.kicker": "多地开展新能源汽车下乡活动", "a1.headline": "乡村道路上的'绿牌车\"多了"}),
    # ... but a line narrower by more than its marks' width is the tail still (10 Han
    # characters and two marks, 10 to 12, under 13: the title wrapped).
    Case("straight-quotes-leave-a-narrower-tail-wrapped", "CLS015",
         OCR_KICKER_OVER_QUOTED_HEADLINE.format(head="乡村道路上'绿牌车\"多了"), True,
         {"a1.kicker": None,
          "a1.headline": "多地开展新能源汽车下乡活动乡村道路上'绿牌车\"多了"}),
    # Tesseract-like text (hand-made): a byline line whose last word, after a name, is the
    # next reporter's title cut by the line's end (中青报· read 中青报.), its rest in OCR's
    # next block: a byline still, under its title (it was read as the headline, the title
    # above it as the kicker); where the rest is the next line of the same block, the two
    # lines are one byline as before.
    Case("byline-cut-inside-the-next-reporter-s-title", "CLS003",
         OCR_BYLINE_CUT_AT_A_TITLE, None,
         {"a1.headline": "高校实验室里的“00后”科研团队", "a1.kicker": None,
          "a1.byline": "通讯员 张 萌 中青报."}),
    Case("byline-wrapped-inside-a-title-in-its-block-stays-one", "CLS003",
         OCR_BYLINE_CUT_AT_A_TITLE.replace("高校实验室里的\n“00后”科研团队\n通讯员 张 萌 中青报.\n\n青网记者 李 强",
                                           "高校实验室里的“00后”科研团队\n光明日报记者 杜 娟 通讯\n员 李一鸣"),
         None, {"a1.headline": "高校实验室里的“00后”科研团队",
                "a1.byline": "光明日报记者 杜 娟 通讯员 李一鸣"}),
    # Tesseract-like text (hand-made): right under a head that ended in its byline, a title
    # as wide as the text's lines over its subtitle (——…, or OCR's 一一) and the text, no
    # byline: no section heading has a subtitle, so it opens an article of its own (the
    # head above keeps no text); a note's signature under it (——编  者) heads nothing.
    Case("title-over-a-subtitle-under-a-head-opens-an-article", "CLS005",
         OCR_TITLE_OVER_SUBTITLE.format(sub="一一来自甘肃、河南、四川基层的调查"), None,
         {"a2.headline": "县域医共体让群众就近看好病", "a2.subtitle": "一一来自甘肃、河南、四川基层的调查",
          "body1": []}),
    Case("title-over-a-signature-under-a-head-stays-in-its-text", "CLS005",
         OCR_TITLE_OVER_SUBTITLE.format(sub="——编  者"), None,
         {"a1.headline": "战略科技力量持续壮大", "body1": [
             "县域医共体让群众就近看好病", "——编  者",
             "早上7点半，甘肃省会宁县丁家沟镇卫生院门口已经排起了队。72岁的村民马有福提着挂号单，等着县人民医院的医生来坐诊。",
             "像这样的变化，正在中西部许多县城发生。近年来，各地推动人员、技术、设备向基层流动。"]}),
    # ... as may a kicker of 13 with two digits in it (12.5 to 13.5: a digit prints a quarter
    # more or less than half wide), the page above with its last two characters changed.
    Case("kicker-with-digits-over-a-full-line-stays-in-the-headline", "CLS015",
         KICKER_WIDER_OVER_A_TAIL.replace("多地开展新能源汽车下乡活动", "多地开展新能源汽车下乡50场"),
         None, {"a1.kicker": None}),
    # PyMuPDF's text of a generated page (seed 9): the subtitle wraps onto two lines.
    Case("subtitle-wrapped-under-a-wrapped-title", "CLS015", '“唯低价”是取，可能会抑制\n创新动力——虽然集采本身不\n涉及新药，但如果企业利润被\n压缩至极限，研发新药、提升\n工艺的资金从何而来？\n引领未来，中国做\n对了什么\n——来自三个省份的调\n研\n任仲平\n（一）\n每逢重大历史关头，中国\n共产党总是能够科学把握历史\n',
         True, {"a1.headline": "引领未来，中国做对了什么", "a1.subtitle": "——来自三个省份的调研",
                "a1.byline": "任仲平"}),
    # PyMuPDF's text of a generated page (seed 205): the column's label on a line of its own.
    Case("title-with-its-label-on-a-line", "CLS015", '接活动，就是想直面国内客\n户群体，吸纳更多客户。”\n图为7月21日，游客在景区参\n观游览。 程波阳摄\n构建同科技创新相适\n应的科技金融体制\n（专题深思）\n张成虎  高睿凯\n科技是国家强盛之基，\n金融是国家重要的核心竞争\n力，科技金融是推动科技与\n金融双向促进的重要支撑。\n',
         True, {"a1.headline": "构建同科技创新相适应的科技金融体制（专题深思）", "a1.byline": "张成虎  高睿凯"}),
    Case("end-mark-in-brackets-is-no-title", "CLS015",
         page_of(printed(LONG, NEXT) + ["（完）"] + printed(FULL, NEXT, head=("活动在京举行", "本报记者  周  敏"))),
         None, {"body0": [LONG, NEXT, "（完）"], "a1.headline": "活动在京举行"}),
    Case("title-ends-asking", "CLS015",
         page_of(printed(NEXT, LONG, head=("年轻人为何爱上“博", "物馆打卡”？", "——一线蹲点见闻",
                                          "本报记者  杨  阳"))),
         True, {"a0.headline": "年轻人为何爱上“博物馆打卡”？", "a0.subtitle": "——一线蹲点见闻"}),
    Case("dateline-opens-paragraph", "BLK010",
         page_of(printed(LONG, NEXT) + printed("本报讯（记者王五 通讯员李四）今天，这里举行了一次活动，气氛热烈。",
                                              head=("多所高校面向本科生开设通识课",))),
         True, {"a1.headline": "多所高校面向本科生开设通识课", "a1.dateline": "本报讯（记者王五 通讯员李四）"}),
    Case("dateline-ends-a-full-title-over-a-photo", "BLK010",
         page_of(printed(LONG, NEXT) + printed("本报讯（记者王五）今天，这里举行了一次活动，气氛热烈，参加者很多。",
                                              head=("首届县域商业发展大会在义乌举办", "图为工人在生产线上忙碌。"))),
         True, {"a1.headline": "首届县域商业发展大会在义乌举办", "a1.captions": ["图为工人在生产线上忙碌。"]}),
    Case("dateline-cut-inside-its-date", "BLK010",
         page_of(printed(LONG, NEXT, width=10) + ["习近平电贺郑丽文当", "选中国国民党主席", "新华社北京10月19",
                                                 "日电中共中央总书记习", "近平19日致电郑丽文，", "祝贺其当选。"]),
         None, {"a1.headline": "习近平电贺郑丽文当选中国国民党主席", "a1.dateline": "新华社北京10月19日电"}),
    # PyMuPDF's text of a generated page (seed 205): a title that fills a narrow measure,
    # right above the dateline.
    Case("full-title-lines-over-a-dateline", "BLK010", '头拍照留念。 本报记者  廖  \n俊摄\n习近平就日本前首相村山富市逝\n世向日本首相石破茂致唁电\n新华社北京10月19日\n电\xa0\xa010月19日，国家主席习\n近平就日本前首相村山富市\n逝世向日本首相石破茂致唁\n电，对村山富市逝世表示哀\n悼，向遗属表示慰问。\n“内外贸同样重要，两条腿走路\n更稳妥”\n本报记者  洪秋婷  李  刚\n填资料，扫二维码，领\n取资料单。阿里巴巴华南技\n',
         True, {"a0.headline": "习近平就日本前首相村山富市逝世向日本首相石破茂致唁电",
                "a0.dateline": "新华社北京10月19日电"}),
    Case("dateline-words-in-prose-stay", "BLK010",
         page_of(printed(LONG, "他说自己是在报上看到那条本报讯，才知道这里有免费的音乐会，于是带着女儿来了。")),
         False, {"body0": [LONG, "他说自己是在报上看到那条本报讯，才知道这里有免费的音乐会，于是带着女儿来了。"]}),
    # Lines of even width: only the word across the break (集成, in the text) says it wrapped.
    Case("title-wrapped-mid-word", "CLS017",
         page_of(printed(CHIPS, LONG, width=24,
                         head=("开发区加快探索集", "成电路国产化路径", "本报记者  杨  阳"))),
         None, {"a0.headline": "开发区加快探索集成电路国产化路径", "a0.kicker": None}),
    Case("title-break-between-words-stays", "CLS017",
         page_of(printed(CHIPS, LONG, width=24,
                         head=("开发区加快探索芯片", "电路国产化的新路径探索", "本报记者  杨  阳"))),
         None, {"a0.kicker": "开发区加快探索芯片", "a0.headline": "电路国产化的新路径探索"}),
    # ... and where the page prints the word nowhere else, the word list knows it (集成).
    Case("title-wrapped-mid-a-listed-word", "CLS017",
         page_of(printed(NEXT, LONG, width=24,
                         head=("开发区加快探索集", "成电路国产化路径", "本报记者  杨  阳"))),
         None, {"a0.headline": "开发区加快探索集成电路国产化路径", "a0.kicker": None}),
    # A title with no byline or dateline under it (titles.join_wrapped_titles).
    Case("unanchored-title-wrapped-mid-word", "CLS017",
         page_of(printed(NEXT, LONG, width=24)
                 + printed(CHIPS, CHIPS_MORE, width=24, head=("开发区加快探索集", "成电路国产化路径"))),
         None, {"a1.headline": "开发区加快探索集成电路国产化路径", "a1.kicker": None}),
    Case("unanchored-title-between-words-stays", "CLS017",
         page_of(printed(NEXT, LONG, width=24)
                 + printed(CHIPS, CHIPS_MORE, width=24, head=("开发区加快探索芯片", "电路国产化新路径"))),
         None, {"a1.kicker": "开发区加快探索芯片", "a1.headline": "电路国产化新路径"}),
    # OCR: a paragraph's first line alone between blank lines goes on in the next block.
    Case("ocr-first-line-alone", "BLK012",
         "小茶叶撬动大产业\n\n本报记者 赵 梅\n\n立冬将至，贵州省湄潭县\n\n的茶园里依然一片忙碌。茶农\n"
         "们忙着修剪茶树、施加有机肥\n，为明年的春茶做准备。\n\n兴隆镇茶农刘德明说，他\n"
         "家种了三十多亩茶，去年光卖\n鲜叶就收入了二十多万元，日\n子越过越好。\n",
         None, {"body0": ["立冬将至，贵州省湄潭县的茶园里依然一片忙碌。茶农们忙着修剪茶树、施加有机肥，"
                          "为明年的春茶做准备。",
                          "兴隆镇茶农刘德明说，他家种了三十多亩茶，去年光卖鲜叶就收入了二十多万元，日子越过越好。"]}),
    # A photo's caption OCR read as the next block (图为…) is no line of the paragraph: its
    # width, as short as a first line, says nothing, and the line alone goes on past it
    # (Tesseract gen-15807, hand-made: …充分挖握运 / 图为… / 李明摄 / 输潜力，…); it had
    # opened an article of its own.
    Case("ocr-line-alone-over-a-caption-goes-on", "BLK012",
         "暑期全市公交客运量创下新高\n\n本报讯 记者3日从市交通管理局获\n悉，7月1日至8月31日，为期62天\n"
         "的暑期客运落下帷幕，全市公交累计\n运送乘客1.2亿人次，同比增长6.1%，\n日均运送乘客195万人次。\n\n"
         "暑期以来，公交部门充分挖握运\n\n图为乘客们在公交站台候车。\n\n李明摄\n输潜力，加开夜间线路，优化发车间\n"
         "隔，增开旅游专线和定制公交，更好\n满足市民出行需求。\n",
         None, {"body0": ["本报讯 记者3日从市交通管理局获悉，7月1日至8月31日，为期62天的暑期客运落下帷幕，"
                          "全市公交累计运送乘客1.2亿人次，同比增长6.1%，日均运送乘客195万人次。",
                          "暑期以来，公交部门充分挖握运输潜力，加开夜间线路，优化发车间隔，增开旅游专线和定制公交，"
                          "更好满足市民出行需求。"]}),
    # ... but not where the next block opens as short as a paragraph's first line (第二十四
    # 届中国上海国际艺术 under 痪动的忆术，联动的长三入): a paragraph has one first line, so
    # the line alone is a title of its own, the next article's (Tesseract, seed 2505).
    Case("ocr-line-alone-over-a-first-line-is-no-first-line", "BLK012",
         "受台风外围影响 明起\n我市有强降雪\n\n"
         "海滨晚报讯 (记者 陈 阳) 记\n者从市气象台获悉，受今年第11号\n台风外围去系影响，13日至14日\n我市将出现一次明显降雨过程，部\n分地区有暴雨，局地大暴雨，并伴\n有7至9级阵风 。\n\n"
         "市气象台首席预报员赵明介\n绍，降雨将从13日上午开始，预计\n13日10:30至14日凌晨为降雨最强\n时段，过程累计雨量一般为50至\n100毫米，沿海局地可达150毫米以\n上。\n\n"
         "痪动的忆术，联动的长三入\n\n"
         "第二十四届中国上海国际艺术\n节首趟分会场专列一一68981次复\n兴号列车从上海南站启程，拉开了\n今年长三角以艺术节为纽带、深化\n文化与旅游协同发展的大幕。\n作为国家级艺术节，中国上海\n国际艺术节不断增强“服务长三\n角，辐射全中国”的平台功能，利\n资源优势加强区域文化艺术合作\n",
         None, {"a1.headline": "痪动的忆术，联动的长三入",
                "a0.headline": "受台风外围影响 明起我市有强降雪"}),
    # OCR drops a character or two at a line's end (…教育机器人等品 / 兼具…, 类， dropped):
    # on a page set in OCR's blocks such a line between two full lines, ending no sentence,
    # goes on (Tesseract, seed 14802) ...
    Case("ocr-line-short-by-dropped-characters-goes-on", "BLK014", OCR_DROPPED, None,
         {"body0": ["10月19日，第138届广交会第一期闭幕。本届广交会设立服务机器人专区，引入数十家"
                    "行业领先企业，聚焦服务机器人前沿，涵盖人形机器人、外骨骼机器人、球形巡检机器"
                    "人、光伏清尘机器人、教育机器人等品兼具技术前此性与成熟商业应用性，吸引全球多"
                    "家工商机构和头部采购商到会参观治谈。",
                    "展会期间，各地采购商纷纷到会洽谈合作，成交情况良好。"]}),
    # ... and so does a line short by what went down whole to the line under it: a
    # bracketed number OCR read with half-wide marks and spaced off its full stop (…还不清楚
    # / (39.7%) 。只有…, Tesseract seed 14106), or a sentence of one character (…进军的第一 /
    # 年。全国…, seed 14805) ...
    Case("ocr-line-short-by-a-bracketed-number-pushed-down-goes-on", "BLK014",
         OCR_DROPPED.replace("尘机器人、教育机器人等品\n兼具技术前此性与成熟商业应用\n性，",
                             "尘机器人、教育机器\n(39.7%) 。兼具技术与成熟商业\n性，"),
         None, {"body0": ["10月19日，第138届广交会第一期闭幕。本届广交会设立服务机器人专区，引入数十家"
                          "行业领先企业，聚焦服务机器人前沿，涵盖人形机器人、外骨骼机器人、球形巡检机器"
                          "人、光伏清尘机器人、教育机器(39.7%) 。兼具技术与成熟商业性，吸引全球多"
                          "家工商机构和头部采购商到会参观治谈。",
                          "展会期间，各地采购商纷纷到会洽谈合作，成交情况良好。"]}),
    Case("ocr-line-short-by-a-sentence-of-one-pushed-down-goes-on", "BLK014",
         OCR_DROPPED.replace("尘机器人、教育机器人等品\n兼具技术前此性与成熟商业应用\n性，",
                             "尘机器人、教育机器人等\n品。兼具技术前此性与成熟商\n性，"),
         None, {"body0": ["10月19日，第138届广交会第一期闭幕。本届广交会设立服务机器人专区，引入数十家"
                          "行业领先企业，聚焦服务机器人前沿，涵盖人形机器人、外骨骼机器人、球形巡检机器"
                          "人、光伏清尘机器人、教育机器人等品。兼具技术前此性与成熟商性，吸引全球多"
                          "家工商机构和头部采购商到会参观治谈。",
                          "展会期间，各地采购商纷纷到会洽谈合作，成交情况良好。"]}),
    # ... as it does over the block's last line past the measure by a speck LAY202 put
    # back on it (…进军的第一 / 年。全国上下区力同心、攻 + 六可; Tesseract, seed 14805) ...
    Case("ocr-line-short-over-a-line-past-the-measure-by-a-speck-goes-on", "BLK014",
         OCR_SPECK_BELOW, None,
         {"body0": ["10月20日至23日，党的二十届四中全会在北京召开。会议将审议《中共中央关于制定国民经济"
                    "和社会发展第十五个五年规划的建议》，为未来五年中国发展达画蓝图。",
                    "2021年一2025年，“十五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后"
                    "乘势而上开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一年。"
                    "全国上下区力同心、攻六可坚克难，我国经济社会发展取得新的开创性进展、突破性变革、"
                    "历史性成就。"]}),
    # ... but not over a line past the measure by more, with no speck to explain it: a
    # title set wider than the column, which opens text of its own.
    Case("ocr-line-short-over-a-line-past-the-measure-ends-there", "BLK014",
         OCR_SPECK_BELOW.split("2021年")[0] + OCR_TITLE_BELOW, None,
         {"body0": ["10月20日至23日，党的二十届四中全会在北京召开。会议将审议《中共中央关于制定国民经济"
                    "和社会发展第十五个五年规划的建议》，为未来五年中国发展达画蓝图。",
                    "2021年一2025年，“十五”时期是我国全面建成小康社会、实现第一个百年奋斗目标之后"
                    "乘势而上开启全面建设社会主义现代化国家新征程、向第二个百年奋斗目标进军的第一年，"
                    "经济社会发展取得新的开",
                    "新征程上中国经济交出亮眼答卷",
                    "2026年一2030年，围绕以中国式现代化全面推进强国建设、民族复兴伟业。"]}),
    # ... but a PDF extractor's line is as wide as it was printed: there it ended its
    # paragraph.
    Case("pdf-line-short-between-full-lines-ends-its-paragraph", "BLK014",
         OCR_DROPPED.replace("\n\n", "\n"), None,
         {"body0": ["10月19日，第138届广交会第一期闭幕。本届广交会设立服务机器人专区，引入数十家"
                    "行业领先企业，聚焦服务机器人前沿，涵盖人形机器人、外骨骼机器人、球形巡检机器"
                    "人、光伏清尘机器人、教育机器人等品",
                    "兼具技术前此性与成熟商业应用性，吸引全球多家工商机构和头部采购商到会参观治谈。",
                    "展会期间，各地采购商纷纷到会洽谈合作，成交情况良好。"]}),
    # Markdown from a layout tool may hold a pipe table: one body block, a row a line,
    # neither headings nor joined to the paragraph after it (tests/test_tables.py) ...
    Case("markdown-pipe-table-is-one-block", "BLK015",
         "# 各地天气\n\n本报讯 今天天气晴好。\n\n| 城市 | 气温 |\n| --- | :---: |\n"
         "| 北京 | 12℃ |\n\n表格后的文字。\n", True,
         {"body0": ["本报讯 今天天气晴好。", "| 城市 | 气温 |\n| --- | :---: |\n| 北京 | 12℃ |",
                    "表格后的文字。"]}),
    # ... but lines that open with a pipe over no delimiter row are no table.
    Case("pipe-lines-without-delimiter-row-are-no-table", "BLK015",
         "# 各地天气\n\n本报讯 今天天气晴好。\n\n| 城市 | 气温 |\n| 北京 | 12℃ |\n\n"
         "表格后的文字。\n", False),
    # On a page set in OCR's blocks a line a character short is no sure first line (…引入
    # 数十家 / 行业领先企业，…涵盖 / 形机器人, 人 dropped): the full line over it, holding a
    # comma, is no heading, as in a narrow column; and OCR's line alone that ended its
    # sentence as wide as a first line (…第一期闭幕。) filled the measure, so the full line
    # opening the text under the photo's caption goes on with it (Tesseract, gen-0010).
    Case("ocr-full-line-with-a-comma-over-a-line-a-character-short-is-no-heading", "BLK009",
         OCR_NO_HEADING, None,
         {"a0.headline": "图片报道",
          "body0": [OCR_NO_HEADING_FIRST,
                    "10月19日，第138届广交会第一期闭幕。本届广交会设立服务机器人专区，引入数十家行业"
                    "领先企业，事焦服务机器人前沿，涵盖形机器人、外骨骼机器人、球形巡检机器人、光伏"
                    "清洁机器人、教育机器人等品类，兼具技术前脆性与成熟商业应用性，吸引全球多家工商"
                    "机构和头部采购商到会参观洽谈。"]}),
    # ... where the page is a PDF extractor's, the widths are sure: a heading.
    Case("pdf-full-line-over-a-line-short-by-the-indent-is-a-heading", "BLK009",
         OCR_NO_HEADING.replace("\n\n", "\n"), None,
         {"a1.headline": "本届广交会设立服务机器人专区，引入数十家"}),
    # A paragraph's last line in its block, past the measure by no more than a speck that
    # LAY202 put back on it (…治国理政的重 + 上 + 做), after a full line and ending no
    # sentence, filled the measure: the paragraph goes on in the next block (Tesseract,
    # seed 611).
    Case("ocr-line-past-the-measure-by-its-specks-goes-on", "BLK005",
         "10月20日至23日在北京召\n开党的二十届四中全会，研究\n制定“十五五”规划建议，旨\n在对未来五年发展作出顶层设\n计和战略忌画，推动事关中国\n式现代化全局的战略任务取得\n重大突破。\n\n"
         "“在世界百年变局中，中\n国提供了稳定性和确定性。”\n领会习近平总书记这一重要论\n断，五年规划是一个独特视\n角。科学制定和接续实施五年\n规划，是我们党治国理政的重\n\n"
         "上\n\n"
         "做\n\n"
         "要方式，是读懂中国式现代化\n的重要“密码”。\n\n"
         "现代化，寄托着中华民族\n的凤愿和期盼。自成立以来，\n",
         None, {"body0": ["10月20日至23日在北京召开党的二十届四中全会，研究制定“十五五”规划建议，旨在对未来五年发展作出顶层设计和战略忌画，推动事关中国式现代化全局的战略任务取得重大突破。",
                          "“在世界百年变局中，中国提供了稳定性和确定性。”领会习近平总书记这一重要论断，五年规划是一个独特视角。科学制定和接续实施五年规划，是我们党治国理政的重上做要方式，是读懂中国式现代化的重要“密码”。",
                          "现代化，寄托着中华民族的凤愿和期盼。自成立以来，"]}),
    Case("ocr-speck", "BLK011",
         "小茶叶撬动大产业\n\n本报记者 赵 梅\n\n立冬将至，贵州省湄潭县\n的茶园里依然一片忙碌。茶农\n"
         "们忙着修剪茶树、施加有机肥\n，为明年的春茶做准备。\n\n中压\n\n兴隆镇茶农刘德明说，他\n"
         "家种了三十多亩茶，去年光卖\n鲜叶就收入了二十多万元，日\n子越过越好。\n",
         None, {"furniture": ["中压"], "a0.headline": "小茶叶撬动大产业"}),
    # PyMuPDF's text of a generated page (seed 609): a title that filled both lines of its
    # box, broken inside a word the text uses (今｜年): one headline, not kicker and headline.
    Case("title-filling-both-lines-breaks-in-a-word", "CLS015",
         "华西秋雨进入活跃\n期\n据新华社电 记者从中\n央气象台获悉，9月上旬以\n来，华西秋雨明显发力，四\n"
         "川盆地、陕西南部、重庆等\n地出现持续性降雨，部分地\n区累计降雨量较常年同期偏\n多5成以上。\n"
         "成都大熊猫基地今\n年已诞生幼仔11只\n中新社成都9月9日电\n（记者 贺 劭）记者9日从\n"
         "成都大熊猫繁育研究基地获\n悉，今年以来，该基地已有\n8只大熊猫成功产仔，共诞\n"
         "生幼仔11只，目前幼仔均健\n康成长。\n", True,
         {"a1.headline": "成都大熊猫基地今年已诞生幼仔11只", "a1.kicker": None}),
    Case("kicker-as-wide-as-its-headline-stays", "CLS015",
         "华西秋雨进入活跃\n期\n据新华社电 记者从中\n央气象台获悉，9月上旬以\n来，华西秋雨明显发力，四\n"
         "川盆地、陕西南部、重庆等\n地出现持续性降雨，部分地\n区累计降雨量较常年同期偏\n多5成以上。\n"
         "聚焦大熊猫保护\n基地已诞生幼仔11只\n中新社成都9月9日电\n（记者 贺 劭）记者9日从\n"
         "成都大熊猫繁育研究基地获\n悉，今年以来，该基地已有\n8只大熊猫成功产仔，共诞\n"
         "生幼仔11只，目前幼仔均健\n康成长。\n", None,
         {"a1.headline": "基地已诞生幼仔11只", "a1.kicker": "聚焦大熊猫保护"}),
    # Found by test_properties: a story's first paragraph is no title for a name under it.
    Case("dateline-paragraph-is-no-title", "CLS014",
         "# 一一\n\n本报讯（记者 王一）一一！\n\n时\n\n一。\n", False,
         {"a0.byline": None, "body0": ["本报讯（记者 王一）一一！", "时一。"]}),
    # PyMuPDF's text of a generated page (seed 701): a kicker alone above a title that wraps
    # inside a word (国产｜化) with no anchor under it is no cut paragraph.
    Case("kicker-above-an-unanchored-wrapped-title", "CLS017",
         "城市更新进行时\n蒙内铁路累计发送旅客\n超1300万人次\n新华社内罗毕10 月19 日电\n"
         "（记者 王 冠）肯尼亚蒙巴萨—内\n罗毕标准轨距铁路运营公司19日发\n布数据显示，蒙内铁路自2017年开\n"
         "通运营以来，累计发送旅客超过\n1300万人次，发送集装箱超过250\n万标箱。\n科技创新在一线\n"
         "南京浦口经济开发区：探索集成电路国产\n化路径\n集成电路是信息产业发展的基\n础。今年以来，南京浦口经济开发\n"
         "区积极落实南京市“一园区一突\n破”改革任务，通过技术创新推动\n国产替代、招新引优补齐短板、深\n"
         "化改革优化环境，探索集成电路国\n产化路径。\n推动技术迭代\n浦口经开区聚焦集成电路领域\n"
         "硬科技、关键核心技术、国产替代\n等重点，把芯片产业核心技术国产\n化替代作为攻坚方向，加速构建自\n"
         "主可控的产业生态圈。\n", None,
         {"a1.kicker": "科技创新在一线", "a1.headline": "南京浦口经济开发区：探索集成电路国产化路径"}),
    # PyMuPDF's text of a generated page (seed 711): three title lines, none a tail: the
    # kicker is the top one, the lower two the headline (and the article says its doubt).
    Case("three-title-lines-kicker-is-one-line", "CLS015",
         "暑期防溺水 这些地方别去\n本报讯（记者 刘 洋）暑假来临，中小学生溺水风险增加。\n"
         "四届中国上海国际艺术节国\n际演艺大会及国际对话拉开\n帷幕。\n新春走基层\n毕业季，他们为何\n选择“慢就业”？\n"
         "中青报·中青网记者  王  林  \n实习生  刘思远\n7月毕业后，林远没有\n急着找工作。他报了一个为\n"
         "期3个月的编程训练营，每\n天从9点学到21:30。“本\n科学的是市场营销，但我更\n想做产品经理，得先补补技\n"
         "术课。”他说。\n", True,
         {"a1.kicker": "新春走基层", "a1.headline": "毕业季，他们为何选择“慢就业”？",
          "flags1": ["kicker_or_wrapped_headline"]}),
    # PyMuPDF's text of a generated page (seed 712): a foreign name alone under a title as
    # wide as the column is the byline, not the title's last line.
    Case("foreign-name-under-a-full-title", "CLS014",
         "华东科技报\n2025年9月9日  星期二  第3版  社会\n一个西班牙人对中国式现代化的观察\n胡里奥·塞瓦略斯\n"
         "不久前，西班牙商业顾问、作\n家胡里奥·塞瓦略斯推出西语专著\n《璇玑图》。该书根据其在中国18\n"
         "年工作与生活的观察与思考，以亲\n历者的视角深入分析中国发展的路\n径和经验。\n", None,
         {"a0.headline": "一个西班牙人对中国式现代化的观察", "a0.byline": "胡里奥·塞瓦略斯"}),
    # PyMuPDF's text of a generated page (seed 709): a title as wide as the column read on
    # after a paragraph's last sentence, right above a byline, is the next article's title.
    Case("full-title-after-a-finished-sentence-above-a-byline", "CLS015",
         "引领未来，中国做\n对了什么\n任仲平\n每逢重大历史关头，中\n国共产党总是能够科学把握\n"
         "历史方位与形势变化，制定\n正确的政治战略策略，指引\n中国人民战胜无数风险挑\n战、始终走在时代前列。\n"
         "让科普“追”上科创（纵横）\n裴  桐\n国庆、中秋假期，焕新\n升级后的南京科技馆，日均\n"
         "接待观众超1万人次，交出\n一份亮眼成绩单。\n", True,
         {"a1.headline": "让科普“追”上科创（纵横）", "a1.byline": "裴  桐",
          "not_text": "时代前列。让科普"}),
    # PyMuPDF's text of a generated page (seed 610): an unanchored title of three lines, the
    # last two already one block (its tail), the first break inside a word (开发｜区).
    Case("unanchored-title-of-three-lines", "CLS017",
         "无声的灯塔（环球\n走笔）\n沈小晓\n在加沙地带中部的努赛\n赖特难民营，萨拉赫和阿卜\n杜拉·萨苏尔兄弟俩开了家\n"
         "路边书摊，试图从战争的破\n坏和苦难中为社区带来慰\n藉。\n南京浦口经济开发\n区：探索集成电路国\n产化路径\n"
         "集成电路是信息产业发\n展的基础。今年以来，南京\n浦口经济开发区积极落实南\n京市“一园区一突破”改革\n"
         "任务，通过技术创新推动国\n产替代。\n", None,
         {"a1.headline": "南京浦口经济开发区：探索集成电路国产化路径", "a1.kicker": None}),
    # PyMuPDF's text of a generated page (seed 609): a subtitle wrapped onto a second line
    # still marks the head above it, and the title's lines are one headline.
    Case("wrapped-subtitle-marks-the-head", "CLS015",
         "体制，才能为实现高水平科\n技自立自强注入强大动能，\n为推进和拓展中国式现代化\n提供更加坚实的战略支撑。\n"
         "创新答卷彰显新型举\n国体制优势（科技视\n点）\n——来自基层一线的调\n查\n习近平总书记强调，\n"
         "“充分发挥新型举国体制优\n势，加快推进高水平科技自\n立自强”。科技创新取得了\n新的历史性成就。\n", None,
         {"a1.headline": "创新答卷彰显新型举国体制优势（科技视点）", "a1.kicker": None,
          "a1.subtitle": "——来自基层一线的调查"}),
    # PyMuPDF's text of a generated page (seed 712): a title that wraps after its subject's
    # colon, read on from the paragraph its column cut, above a subtitle.
    Case("title-wrapped-after-a-colon", "CLS015",
         "“璇玑”二字，源自中国古代\n天文学家观测星辰运行的仪器。正\n如古代观星者依据星象校准决策方\n"
         "向，当下欧洲也需重新校准自身的\n战略罗盘。“璇玑图”是中国南北\n朝才女苏蕙创作的回文诗，这一意\n"
         "南京浦口经济开发区：\n探索集成电路国产化路\n径\n——记者实地探访\n集成电路是信息产业发展的基\n"
         "础。今年以来，南京浦口经济开发\n区积极落实南京市“一园区一突\n破”改革任务，通过技术创新推动\n"
         "国产替代。\n", True,
         {"a1.headline": "南京浦口经济开发区：探索集成电路国产化路径", "a1.subtitle": "——记者实地探访"}),
    # PyMuPDF's text of a generated page (seed 902): kicker and headline both wrapped, each
    # onto a line of a character or two: four title lines, two titles.
    Case("kicker-and-headline-both-wrapped", "CLS015",
         "谈。\n图为10月15日，客商在第138届广交\n会服务机器人专区与人形机器人合\n影。 新华社记者  卢汉欣摄\n"
         "多地开展新能源汽车下乡活\n动\n乡村道路上的“绿牌车”\n多了\n本报记者  杨  阳\n周末一大早，山东省沂南县铜\n"
         "井镇的农民王德胜就开着新买的新\n能源汽车，带着一家人去县城赶\n集。“一公里电费不到1毛钱，比\n"
         "烧油省多了。”王德胜说，这辆车\n是他在新能源汽车下乡活动中买\n的。\n", True,
         {"a1.kicker": "多地开展新能源汽车下乡活动", "a1.headline": "乡村道路上的“绿牌车”多了"}),
    # PyMuPDF's text of a generated page (seed 912): a photo-news column's title at the page
    # top heads an article, though no byline or dateline stands under it; not the banner.
    Case("photo-column-at-the-page-top", "CLS016",
         "北方日报\n2025年10月14日 星期二 第14版 城事\n图片报道\n10月19日，第138届广交\n会第一期闭幕。本届广交会设\n"
         "立服务机器人专区，引入数十\n家行业领先企业，聚焦服务机\n器人前沿。\n", None,
         {"a0.headline": "图片报道", "banner": None}),
    # PyMuPDF's text of a generated page (seed 806): kicker and headline read as one block
    # (the headline a little wider), a photo's caption, then the dateline: a head.
    Case("title-block-over-a-caption-and-a-dateline", "CLS015",
         "额就被一抢而空。“比年\n轻人抢演唱会门票还激\n烈。”老年大学教务处负\n责人笑着说。\n"
         "图为11月6日，货轮在港口\n装卸集装箱。\n本报记者  张鹏波摄\n持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n"
         "江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图\n本报讯（记者 孙 婷\n通讯员 高 原）连日来，\n"
         "我市持续晴热高温，最高\n气温一度达到38.6℃。白\n天街头行人稀少，到了晚\n上，江滩、夜市、商圈却\n"
         "人头攒动。\n", None,
         {"a1.kicker": "持续晴热高温天气来袭", "a1.headline": "白天躲高温 夜晚逛夜市"}),
    # pypdfium2's text of a generated page (seed 607): it breaks a title's line where its
    # quotation marks come from another font (快递进村， / “最后一公里”越走越顺); no kicker ends
    # on a comma, so the two lines are one headline.
    Case("title-line-ending-on-a-comma-wraps", "CLS015",
         "堂里，美术是孩子们用画笔记录生活的\r\n生动实践，也是他们认识自我的一扇窗\r\n口。\r\n快递进村，\r\n"
         "“最后一公里”越走越顺\r\n本报记者 周 雷\r\n每天10:30，安徽省金寨县梅山镇\r\n"
         "的快递共配中心都会迎来一天中最忙碌\r\n的时刻。来自县城的货车卸下一筐筐包\r\n"
         "裹，分拣员按村名把它们装进不同的周\r\n转箱。\r\n", None,
         {"a1.headline": "快递进村，“最后一公里”越走越顺", "a1.kicker": None}),
    Case("wrapped-title-that-asks", "CLS015",
         page_of(printed(NEXT, LONG, width=24,
                         head=("年轻人为何爱上“博", "物馆打卡”？", "——一线蹲点见闻", "本报记者  杨  阳"))),
         True, {"a0.headline": "年轻人为何爱上“博物馆打卡”？", "a0.kicker": None}),
    # PyMuPDF's text of a generated page (seed 1703): a paragraph goes on under a photo's
    # caption for two lines at the column's measure, and the next box's wider title is read
    # on in the same block over its byline. The lines as wide as each other are the
    # paragraph's, not a kicker wrapped; the title starts at the wider line.
    Case("paragraph-lines-over-a-wider-title-in-one-block", "CLS015",
         '首台套装备“出海”提速\n国产大型盾构机订单排到明年\n——一线蹲点见闻\n本报讯（记者 刘 慧）\n记者从中国工程机械工业协\n会获悉，今年前5 个月，\n图为5月26日，快递员分拣包\n裹。（资料图片）\n国内企业大型盾构机出口订\n单同比增长两成以上，部分\n一个西班牙人对中国式现代化\n的观察\n胡里奥·塞瓦略斯\n图为货轮在港口装卸集装箱。\n本报记者  易杰飞摄\n不久前，西班牙商业顾\n问、作家胡里奥·塞瓦略斯\n推出西语专著《璇玑图》。\n该书根据其在中国18年工作\n与生活的观察与思考，以亲\n历者的视角深入分析中国发\n展的路径和经验，积极评价\n中国以数十年为时间尺度规\n划发展道路。该书一经出版\n就引发西方社会的广泛关\n注。本报邀请塞瓦略斯就该\n书撰写稿件，以飨读者。\n为何著书——\n',
         True, {"body0": ["本报讯（记者 刘 慧）记者从中国工程机械工业协会获悉，今年前5 个月，"
                          "国内企业大型盾构机出口订单同比增长两成以上，部分"], "a1.kicker": None,
                "a1.headline": "一个西班牙人对中国式现代化的观察"}),
    # PyMuPDF's text of a generated page (seed 1706): a title's tail of three characters
    # (方别去) reads as a bare name (方 a surname), but the break falls inside a word of the
    # word list (地方): the title's tail, no byline.
    Case("title-tail-shaped-like-a-name-completes-a-listed-word", "CLS014",
         '第二十四届中国上海国际\n艺术节于10月17日至11月27日\n举行，一个多月的时间里，将\n举办各类演出展览活动500余\n项，共计1200余场。\n暑期防溺水 这些地\n方别去\n本报讯（记者 刘 洋 实习\n生 张 雨）暑假来临，中小学\n生溺水风险增加。7日，市教\n育局、市应急管理局联合发布\n暑期防溺水安全提示，提醒家\n',
         False, {"a1.headline": "暑期防溺水 这些地方别去", "a1.byline": None}),
    # PyMuPDF's text of a generated page (seed 1801): an article says it goes on elsewhere
    # (下转第五版) after one line of text, and a run under another article's first paragraph
    # says where it comes from (上接第十版). Both ends marked: the run moves though the one
    # line it continues shares too few words with it to reach min_shared_bigrams.
    Case("run-after-a-from-marker-joins-the-article-marked-onward", "MOVE001",
         '引领未来，中国做对了什么\n任仲平\n（一）\n每逢重大历史关头，中国共产党总是能\n（下转第五版）\n一张报纸，陪伴一座城市七\n十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n1955年7月8日傍晚，第一期《江城晚\n报》从印刷厂运出，报童们抱着还带着油墨\n香的报纸跑上街头。那一天的报纸只有4个\n版，售价2分钱，却被市民抢购一空。\n（上接第十版）\n够科学把握历史方位与形势变化，制定正确\n的政治战略策略，指引中国人民战胜无数风\n险挑战、始终走在时代前列。\n10月20日至23日在北京召开党的二十届\n四中全会，研究制定“十五五”规划建议，\n旨在对未来五年发展作出顶层设计和战略擘\n画，推动事关中国式现代化全局的战略任务\n取得重大突破。\n',
         True, {"body0": ["（一）", "每逢重大历史关头，中国共产党总是能够科学把握历史方位与形势变化，"
                          "制定正确的政治战略策略，指引中国人民战胜无数风险挑战、始终走在时代前列。",
                          "10月20日至23日在北京召开党的二十届四中全会，研究制定“十五五”规划建议，"
                          "旨在对未来五年发展作出顶层设计和战略擘画，推动事关中国式现代化全局的战略任务取得重大突破。"],
                "a1.headline": "一张报纸，陪伴一座城市七十年"}),
    # PyMuPDF's text of a generated page (seed 1801): a title wrapped onto two lines as wide
    # as each other and a tail in its column's tag (…变化怎 / 么看（…读 / 数）). The page
    # prints 怎么 nowhere else, but the word list has it: the top line wraps, no kicker.
    Case("title-line-as-wide-wraps-inside-a-listed-word", "CLS015",
         '广州海关有关负责人表示，海关将继续\n优化监管模式，推广“铁路快通”等便利措\n施，压缩班列通关时间，助力广东企业更好\n开拓共建“一带一路”国家市场。\n前三季度主要金融数据变化怎\n么看（高质量发展看亮点·读\n数）\n本报记者  吴秋余\n中国人民银行近日发布的金融统计数据\n显示，今年前三季度，我国人民币贷款增加\n14.75万亿元，广义货币和社会融资规模增\n速均保持在较高水平，为经济回升向好创造\n了适宜的货币金融环境。如何看待前三季度\n主要金融数据变化？实体经济得到了哪些金\n融支持？记者进行了采访。\n',
         True, {"a1.kicker": None,
                "a1.headline": "前三季度主要金融数据变化怎么看（高质量发展看亮点·读数）"}),
    # PyMuPDF's text of a generated page (seed 1801): a caption whole on its line, opening
    # with 图为 and ending in its credit, under a paragraph's line that holds a sentence's
    # end (…随风起伏。在镇上的一家竹木加工): the caption opens at its own line; the line
    # above is no caption's first line with the credit wrapped under it.
    Case("caption-whole-on-its-line-under-a-sentence-end", "CAP002",
         '融支持？记者进行了采访。\n一根竹子“撑”起一条产业链\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者  邓  童\n初秋时节，走进长宁县竹海镇，漫山遍\n野的翠竹随风起伏。在镇上的一家竹木加工\n图为技术人员调试设备。（资料图片）\n厂里，一根根竹子经过破竹、蒸煮、碳化、\n压制等工序，变成了竹地板、竹家具和竹制\n餐具。\n责任编辑：唐斌英\n',
         None, {"a1.captions": ["图为技术人员调试设备。（资料图片）"],
                "body1": ["初秋时节，走进长宁县竹海镇，漫山遍野的翠竹随风起伏。在镇上的一家竹木加工"
                          "厂里，一根根竹子经过破竹、蒸煮、碳化、压制等工序，变成了竹地板、竹家具和竹制餐具。"]}),
    # PyMuPDF's text of a generated page (seed 1401): a paragraph's last line a character
    # short of the measure (read as full), then a kicker as wide as the column and a
    # headline wrapped onto a tail (…连续5年保持 / Ⅱ类) over a dateline: three lines after
    # the last sentence's end are the next article's title, not the paragraph's.
    Case("kicker-and-wrapped-headline-over-a-dateline", "BLK010",
         '城市更新进行时\n全国大学生职业\n规划大赛总决赛\n落幕\n本报讯（中青报·中\n青网记者 叶雨婷）第二\n届全国大学生职业规划大\n赛总决赛日前落幕。大赛\n自启动以来，吸引了全国\n2,000多所高校的近千万\n名学生参与，最终有600\n余名选手进入总决赛。\n长江十年禁渔进入第五年\n长江干流水质连续5年保持\nⅡ类\n本报武汉5月13日电\n（记者 范昊天）记者从\n生态环境部长江流域生态\n环境监督管理局获悉：\n2024年，长江干流水质连\n续5年全线保持Ⅱ类，长\n江流域优良水质断面比例\n达到96.5%，较2020年提\n',
         None, {"a1.kicker": "长江十年禁渔进入第五年", "a1.headline": "长江干流水质连续5年保持Ⅱ类",
                "a1.dateline": "本报武汉5月13日电（记者 范昊天）"}),
    # PyMuPDF's text of a generated page (seed 1403): a paragraph's last sentence, then the
    # next box's title wrapped onto a tail (…带动销售1260亿 / 元), read on in one block
    # over the title's subtitle and a dateline: the title's lines are split off the text.
    Case("title-lines-after-a-sentence-over-a-subtitle", "CLS015",
         '作为医疗保障领域改革中的重\n要一环，过去7年，国家组织药品\n集采已开展10批，累计成功采购\n435种药品。集采通过压缩中间环\n节“挤水分”，有效降低药品虚高\n价格，改变“带金销售”行业生\n态，显著减轻患者的用药负担。\n前5个月家电以旧换新带动销售1260亿\n元\n——一线蹲点见闻\n本报北京6月19日电（记者\n王 轶）商务部19日发布数据显\n示，今年前5个月，全国家电以旧\n换新累计带动相关商品销售1260亿\n元，惠及消费者3400多万人次。其\n中，一级能效、二级能效产品销售\n额占比超过90%。\n',
         True, {"a1.headline": "前5个月家电以旧换新带动销售1260亿元",
                "a1.subtitle": "——一线蹲点见闻"}),
    # PyMuPDF's text of a generated page (seed 1403): kicker and headline read as one block,
    # the headline's tail a block of its own (推进优质医疗资源扩容下沉 / 县域医共体让群众就近
    # / 看好病), over a subtitle wrapped onto two lines and a byline. The line that wraps
    # into the tail filled the headline's measure; the wider line above is the kicker.
    Case("kicker-read-into-a-headline-that-wraps-onto-a-tail", "CLS015",
         '5年间，中国空间站实现产品\n全部国产化、原材料全部国产化、\n关键核心元器件100%自主可控，在\n轨开展了数百项空间科学实（试）\n验，空间科学成果涌现。\n推进优质医疗资源扩容下沉\n县域医共体让群众就近\n看好病\n——来自甘肃、河南、四川\n基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省会宁县丁\n家沟镇卫生院门口已经排起了队。\n72岁的村民马有福攥着挂号单，等\n着县人民医院心内科的医生来坐\n诊。“以前看心脏病得去县城，来\n回一整天，还得让儿子请假陪着。\n',
         True, {"a1.kicker": "推进优质医疗资源扩容下沉", "a1.headline": "县域医共体让群众就近看好病",
                "a1.subtitle": "——来自甘肃、河南、四川基层的调查"}),
    # PyMuPDF's text of a generated page (seed 1401), a column 11 characters wide: a
    # section head as full as the measure (专家沉下去，小病不出乡) under a paragraph that
    # ended its sentence, over a paragraph's first line short by the dropped indent that
    # ends none: a paragraph's first line there is short, so the full line is a heading,
    # its clause mark notwithstanding; the line under it opens the paragraph. Further
    # down, a title wrapped onto a tail (…美军事威 / 胁) after the paragraph's last sentence,
    # read on in its block right over a reporter's byline: the next article's title.
    Case("full-line-after-a-finished-paragraph-over-a-first-line-is-a-heading", "BLK009",
         HEAD_IN_NARROW_COLUMN, True,
         {"body0": [
             "早上7点半，甘肃省会宁县丁家沟镇卫生院门口已经排起了队。72岁的村民马有福攥着挂号单，"
             "等着县人民医院心内科的医生来坐诊。“以前看心脏病得去县城，来回一整天，还得让儿子请假陪着。"
             "现在县里的专家每周二到镇上来，在家门口就能看。”马有福说。",
             "像这样的变化，正在中西部许多县城发生。近年来，各地以县域医共体建设为抓手，推动人员、"
             "技术、设备向基层流动，群众看病“舍近求远”的局面逐步改变。记者在3个省份的6 个县走访发现，"
             "县域内就诊率普遍保持在90%左右，一些县的乡镇卫生院重新热闹了起来。",
             "专家沉下去，小病不出乡",
             "会宁县人民医院牵头组建的医共体，把28家乡镇卫生院和284个村卫生室纳入一体化管理。"
             "县医院每年选派40余名中级以上职称医生到乡镇蹲点，每人至少驻守半年。"
             "乡镇卫生院能做的手术从过去的3种增加到17种。",
             "“刚来的时候，卫生院连胃镜都做不了。”会宁县人民医院消化内科副主任医师王建军说。"
             "他在丁家沟镇卫生院带出了两名能独立操作胃镜的年轻医生，“我走了，技术留下来，这才是关键。”"]}),
    # PyMuPDF's text of a generated page (seed 9401, gen-9401), a column 11 characters wide:
    # a title with a comma in it (快递进村，“最后一公里” / 越走越顺) read on from a paragraph
    # whose last line is full and ends its sentence, over the next article's byline. Its
    # last line falls short ending no sentence, as no paragraph's does: the comma is the
    # title's own.
    Case("title-with-a-comma-after-a-sentence-over-a-byline-is-split-off", "CLS015",
         '集采药，拼质量才能\n护健康（人民时评）\n孙秀艳\n第十一批国家组织药品\n集中采购将于近期开标。前\n'
         '不久，国家医保局明确，此\n次集采将遵循“稳临床、保\n质量、防围标、反内卷”原\n则。其中，优化价差控制\n'
         '“锚点”的选择、不简单选\n用最低报价等新规则，直指\n仿制药领域的内卷问题。\n快递进村，“最后一公里”\n'
         '越走越顺\n本报记者  周  雷\n每天10:30，安徽省金\n寨县梅山镇的快递共配中心\n都会迎来一天中最忙碌的时\n'
         '刻。来自县城的货车卸下一\n筐筐包裹，分拣员按村名把\n它们装进不同的周转箱，半\n小时后，十几辆电动三轮车\n'
         '就从这里出发，把包裹送往\n全镇的26个行政村。\n', True,
         {"a1.headline": "快递进村，“最后一公里”越走越顺", "a1.byline": "本报记者  周  雷"}),
    # ... but not where the last line is full (no title's tail: the text may go on).
    Case("full-line-with-a-comma-over-a-byline-stays-text", "CLS015",
         '集采药，拼质量才能\n护健康（人民时评）\n孙秀艳\n第十一批国家组织药品\n集中采购将于近期开标。前\n'
         '不久，国家医保局明确，此\n次集采将遵循“稳临床、保\n质量、防围标、反内卷”原\n则。其中，优化价差控制\n'
         '“锚点”的选择、不简单选\n用最低报价等新规则，直指\n仿制药领域的内卷问题。\n快递进村，“最后一公里”\n'
         '越走越顺畅通无阻啊哈呀\n本报记者  周  雷\n每天10:30，安徽省金\n寨县梅山镇的快递共配中心\n'
         '都会迎来一天中最忙碌的时\n刻。\n', None,
         {"text": "内卷问题。快递进村，“最后一公里”越走越顺畅通无阻啊哈呀"}),
    # ... nor where a line ends on a clause's mark (…“最后一公里”，: a sentence going on).
    Case("line-ending-on-a-comma-over-a-byline-stays-text", "CLS015",
         '集采药，拼质量才能\n护健康（人民时评）\n孙秀艳\n第十一批国家组织药品\n集中采购将于近期开标。前\n'
         '不久，国家医保局明确，此\n次集采将遵循“稳临床、保\n质量、防围标、反内卷”原\n则。其中，优化价差控制\n'
         '“锚点”的选择、不简单选\n用最低报价等新规则，直指\n仿制药领域的内卷问题。\n快递进村，“最后一公里”，\n'
         '越走越顺\n本报记者  周  雷\n每天10:30，安徽省金\n寨县梅山镇的快递共配中心\n'
         '都会迎来一天中最忙碌的时\n刻。\n', None,
         {"text": "内卷问题。快递进村，“最后一公里”，越走越顺"}),
    Case("title-wrapped-after-a-sentence-over-a-byline-is-split-off", "CLS015",
         HEAD_IN_NARROW_COLUMN, True,
         {"a1.headline": "委内瑞拉加强应对美军事威胁", "a1.byline": "本报记者  陈海琪",
          "a0.byline": "本报记者  邹  翔  韩晓蕾"}),
    # ... but not a full line whose width is unsure, half-width digits in it, that opens a
    # paragraph under one that ended its sentence (截至5月底，全国95%以上 / 的建制村…, seed
    # 2701): a first line short by the indent may count as full there; the paragraph goes
    # on past the photo's caption.
    Case("full-line-with-digits-after-a-finished-paragraph-opens-it", "BLK009",
         '快递进村，“最后一公里”越走越顺\n本报记者  周  雷\n每天10:30，安徽省金寨\n县梅山镇的快递共配中心都会\n迎来一天中最忙碌的时刻。来\n自县城的货车卸下一筐筐包\n裹，分拣员按村名把它们装进\n不同的周转箱，半小时后，十\n几辆电动三轮车就从这里出\n发，把包裹送往全镇的26个行\n政村。\n截至5月底，全国95%以上\n的建制村实现快递服务直达\n下图：村民在村级快递服务点寄\n出自家种植的茶叶。金寨县商务\n局供图\n第 2 页\n图为12月4日，市民在社区服务\n中心办理业务。\n受访单位供图\n提醒家长加强对孩子的看护。\n，农村地区日均收投快件超过\n1亿件。快递进村既方便了村\n民网购，也让农产品“出山”\n更加顺畅。\n上图：金寨县梅山镇快递共配中\n',
         None, {"text": "截至5月底，全国95%以上的建制村实现快递服务直达"}),
    # PyMuPDF's text of a generated page (seed 1408): a brief's title as wide as a first
    # line (全国秋粮收获近七成, a column 12 wide) under a paragraph that ended its sentence,
    # over its lede's first line: BLK009 sets it apart as a heading, which fills no line
    # (it was counted full, as a first line is), so it is a title line of its own and,
    # its words the lede's, opens the brief.
    Case("heading-as-wide-as-a-first-line-opens-a-brief", "BLK009",
         '2025年“书香校园”阅\n读推广活动启动\n本报讯（记者 陈 雪）\n3月17日，2025年“书香校\n园”阅读推广活动在京启\n动。活动将持续至12月，面\n向全国中小学校开展好书推\n荐、读书分享、校园朗读等\n系列活动，预计覆盖学生\n2,000万人次以上。\n活动主办方介绍，今年\n将首次发布分学段推荐书\n目，涵盖文学、历史、科\n普、艺术等类别，共收录图\n书300 种。各地可结合实\n际，组织开展“师生共读一\n本书”“家庭读书会”等特\n色活动。\n全国秋粮收获近七成\n农业农村部最新农情调\n度显示，全国秋粮收获近七\n成。分作物看，中稻过七\n成、玉米过六成、大豆过八\n成\n图为10月19日，河南省济源\n市五龙口镇农民将刚收获的玉\n米上架晾晒。 苗秋闹摄（新华\n社发）\n。分区域看，西南过八成，\n西北过七成，黄淮海过七\n成，东北和长江中下游六成\n半，华南近三成。\n',
         True, {"a1.headline": "全国秋粮收获近七成", "a1.byline": None}),
    # PyMuPDF's text of a generated page (seed 2708): an editor's note whose first line a
    # photo's caption cut (编者按：近年来，古籍数字 / 图为… / 化工作稳步推进…) is the body's first
    # paragraph, though the text under it repeats its one long clause (古籍数字): no
    # summary box.
    Case("editor-note-cut-by-a-caption-is-no-summary", "CLS008", '让典籍里的文字“活”起来\n——走进一家古籍数字化中心\n光明日报记者  杜  娟  通讯员  李一鸣\n编者按：近年来，古籍数字\n图为工作人员对一册清代刻本进行\n高清扫描。（资料图片）\n化工作稳步推进，越来越多的珍\n贵典籍从库房走向屏幕。古籍数\n字化究竟怎么做？普通读者能从\n中得到什么？本报记者走进一家\n古籍数字化中心，记录下工作者\n们平凡的一天。\n上午9点，位于杭州西郊的\n一座灰白色小楼里，扫描室的灯\n已经亮了。工作人员戴上白手\n套，把一册清代刻本轻轻放在V\n形书托上，调整好角度，按下快\n门。这台专用扫描仪每拍一页，\n都要在电脑上放大检查，确认没\n有阴影、没有卷边，才能翻到下\n一页。\n', False,
         {"a0.summary": None, "text": "编者按：近年来，古籍数字化工作稳步推进"}),
    # ... (seed 2708): a quotation whole on two lines of its own under a finished paragraph
    # (“中国经济蕴含强大韧性和 / 持久活力”), a photo's caption under it: a pull-quote or
    # section head that ends there, though no sentence mark ends it; the text under the
    # caption opens a paragraph of its own.
    Case("whole-quotation-over-a-caption-is-not-joined", "JOIN002", '中国经济社会发展取得新的开创\n性进展、突破性变革、历史性成\n就。接受本报记者采访的国际人\n士表示，“十四五”时期，中国\n经济总量连续跨越多个台阶，中\n国经济持续高质量发展为全球经\n济复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可靠、\n最积极的力量。\n“中国经济蕴含强大韧性和\n持久活力”\n图为4月14日，志愿者为老人测量\n血压。\n受访单位供图\n稳居全球制造业第一大国，\n200多种主要工业品产量世界第\n一，建成全球数量最多的5G基\n站，拥有全球规模最大的研发人\n员队伍……“十四五”时期，中\n国经济总量连续跨越110万亿\n元、120万亿元、130万亿元人民\n币，今年预计可以达到140万亿\n元人民币左右。一个个“第一”\n“最多”“最大”，彰显中国经\n', False,
         {"body0": ['中国经济社会发展取得新的开创性进展、突破性变革、历史性成就。接受本报记者采访的国际人士表示，“十四五”时期，中国经济总量连续跨越多个台阶，中国经济持续高质量发展为全球经济复苏增长作出积极贡献，成为世界经济发展最稳定、最可靠、最积极的力量。', '“中国经济蕴含强大韧性和持久活力”', '稳居全球制造业第一大国，200多种主要工业品产量世界第一，建成全球数量最多的5G基站，拥有全球规模最大的研发人员队伍……“十四五”时期，中国经济总量连续跨越110万亿元、120万亿元、130万亿元人民币，今年预计可以达到140万亿元人民币左右。一个个“第一”“最多”“最大”，彰显中国经']}),
    # PyMuPDF's text of a generated page (seed 602): a paragraph's last line ends its
    # sentence near the measure, then a title's first line set wider than the column with
    # no mark in it, over its short tail and a dateline (…等形式。 / 首批“古籍活化”精品项目名 /
    # 单公布 / 本报北京3月17日电): the wide line is the title's, not the paragraph's.
    Case("title-line-past-the-measure-after-a-sentence-over-its-tail", "BLK005",
         '“为全球读者展现一个立体\n丰富的中国”（第一现场）\n本报记者  徐  馨\n10月15日至19日，第\n七十七届法兰克福书展在\n德国法兰克福会展中心举\n行，来自100多个国家和\n地区的4000多家出版商参\n展，吸引了20多万专业人\n士和参观者。创立于1949\n年的法兰克福书展，是全\n球规模最大的出版行业展\n会之一。本届书展适逢中\n国与欧盟建交50周年，65\n家中国出版单位携5000余\n种、6500余册图书参展，\n外文版图书占比超过\n1/3。书展期间，中外出\n版单位合作举办了近60场\n文化交流活动，涵盖新书\n发布、版权签约、学术座\n谈、艺术展览等形式。\n首批“古籍活化”精品项目名\n单公布\n本报北京3月17日电\n（记者 饶 翔）记者17\n图为志愿者为老人测量血\n压。 谭桂超摄\n日从有关部门获悉，首批\n“古籍活化”精品项目名\n单日前公布，共有42个项\n目入选，涵盖古籍整理出\n版、数字化开发、文创产\n品、展览展示等类别。\n',
         None, {"a1.headline": "首批“古籍活化”精品项目名单公布",
                "a1.dateline": "本报北京3月17日电（记者 饶 翔）"}),
    # PyMuPDF's text of a generated page (seed 1404): a caption with no start word whole on
    # a line of its own, ended by its credit after a finished sentence, between two
    # paragraphs (…持续到9月底。 / 市民在海滨公园观赏落日。视觉中国供图 / 据悉，…): it ends
    # there, and the line under it opens the next paragraph (it had run into the caption).
    Case("credited-caption-line-between-paragraphs-ends-there", "BLK005",
         '海滨公园“落日音乐会”每周六开唱\n本报讯（记者 林 楠）每逢周六傍\n晚，海滨公园的草坪上都会响起悠扬的音\n乐。由市文化馆主办的“落日音乐会”自\n7月启动以来，已举办6场，吸引观众2万\n多人次。\n带着女儿来听音乐会的刘先生说，他\n是在报上看到那条本报讯，才知道这里有\n免费音乐会的。现在一家人每周六都会\n来，“吹着海风听音乐，特别惬意”。\n市文化馆负责人介绍，音乐会演出团\n队主要由本地乐团、高校学生和群众文艺\n爱好者组成，曲目涵盖民乐、流行乐、爵\n士乐等，演出时间为每周六18:30 至\n20:00，持续到9月底。\n市民在海滨公园观赏落日。视觉中国供图\n据悉，音乐会还设置了“市民开放\n麦”环节，每场邀请两三名普通市民登台\n演唱。退休教师孙阿姨在上周的音乐会上\n唱了一首《大海啊故乡》，台下响起了热\n烈的掌声。\n',
         None, {"a0.captions": ["市民在海滨公园观赏落日。视觉中国供图"], "body0": ['本报讯（记者 林 楠）每逢周六傍晚，海滨公园的草坪上都会响起悠扬的音乐。由市文化馆主办的“落日音乐会”自7月启动以来，已举办6场，吸引观众2万多人次。', '带着女儿来听音乐会的刘先生说，他是在报上看到那条本报讯，才知道这里有免费音乐会的。现在一家人每周六都会来，“吹着海风听音乐，特别惬意”。', '市文化馆负责人介绍，音乐会演出团队主要由本地乐团、高校学生和群众文艺爱好者组成，曲目涵盖民乐、流行乐、爵士乐等，演出时间为每周六18:30 至20:00，持续到9月底。', '据悉，音乐会还设置了“市民开放麦”环节，每场邀请两三名普通市民登台演唱。退休教师孙阿姨在上周的音乐会上唱了一首《大海啊故乡》，台下响起了热烈的掌声。']}),
    # PyMuPDF's text of a generated page (seed 15401, gen-15404), in part: in a narrow
    # column the same caption takes two lines of its own between a finished paragraph and
    # the next title (…纳凉、消费。 / 江滩公园里，孩子们在喷泉 / 旁戏水消暑。视觉中国供图 /
    # 引领未来，中国做对了什么): it ends at its credit, and the title is no line of it.
    Case("credited-caption-on-two-lines-over-a-title-ends-there", "BLK005",
         '持续晴热高温天气来\n袭\n白天躲高温 夜晚\n逛夜市\n本报讯（记者 孙 婷\n通讯员 高 原）连日来，\n我市持续晴热高温，最高\n气温一度达到38.6℃。白\n天街头行人稀少，到了晚\n上，江滩、夜市、商圈却\n人头攒动，不少\n▲7日晚，市民在青石街夜\n市选购小吃。  记者 孙  婷 \n摄\n市民选择在夜间出门纳\n凉、消费。\n江滩公园里，孩子们在喷泉\n旁戏水消暑。视觉中国供图\n引领未来，中国做对了什么\n——多地推进情况观察\n任仲平\n（一）\n每逢重大历史关头，\n中国共产党总是能够科学\n创新答卷彰显新型\n举国体制优势（科\n技视点）\n',
         None, {"a0.captions": ["▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷摄",
                                "江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图"],
                "a1.headline": "引领未来，中国做对了什么", "a1.byline": "任仲平"}),
    # PyMuPDF's text of seed 14202: the two-line caption stands under another caption's
    # credit (…选购小吃。  记者 孙  婷 摄), no finished sentence: it still ends at its own.
    Case("credited-caption-on-two-lines-under-a-caption-ends-there", "BLK005",
         "持续晴热高温天气来袭\n白天躲高温 夜晚\n逛夜市\n——记者实地探访\n本报讯（记者 孙 婷 通\n"
         "讯员 高 原）连日来，我市\n持续晴热高温，最高气温一\n度达到38.6℃。白天街头行\n"
         "人稀少，到了晚上，江滩、\n夜市、商圈却人头攒动，不\n少市民选择在夜间出门纳\n凉、消费。\n"
         "▲7日晚，市民在青石街夜市\n选购小吃。  记者 孙  婷 摄\n江滩公园里，孩子们在喷泉旁\n"
         "戏水消暑。视觉中国供图\n让每所乡村学校都有自己的光\n刘  博   孙  悦\n乡村学校变“小”，是\n"
         "城镇化进程中难以回避的现\n象。但“ 小” 不等于\n“弱”，更不等于“没有未\n来”。\n",
         None, {"a0.captions": ["▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷 摄",
                                "江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图"],
                "a1.headline": "让每所乡村学校都有自己的光"}),
    # ... and so does one under another caption's credit that cut a paragraph mid-sentence
    # at a full line, though the line under that credit looked to go on with the paragraph
    # (…商圈却人头 / ▲7日晚，…选购小吃。  记者 孙  婷 摄 / 江滩公园里，孩子们在喷泉旁 /
    # 戏水消暑。视觉中国供图 / 攒动，…; PyMuPDF, seed 15801, gen-15805): the caption ends
    # at its credit and the paragraph goes on under it.
    Case("credited-caption-on-two-lines-under-a-cut-paragraph-ends-there", "BLK005",
         '持续晴热高温天气来袭\n白天躲高温 夜晚\n逛夜市\n本报讯（记者 孙 婷 通\n讯员 高 原）连日来，我市\n持续晴热高温，最高气温一\n度达到38.6℃。白天街头行\n人稀少，到了晚上，江滩、\n夜市、商圈却人头\n▲7日晚，市民在青石街夜市\n选购小吃。  记者 孙  婷 摄\n江滩公园里，孩子们在喷泉旁\n戏水消暑。视觉中国供图\n攒动，不少市民选择在夜间\n出门纳凉、消费。\n全国大学生职业规\n划大赛总决赛落幕\n本报讯（中青报·中青\n网记者 叶雨婷）第二届全\n国大学生职业规划大赛总决\n赛日前落幕。大赛自启动以\n来，吸引了全国2,000多所\n高校的近千万名学生参与，\n最终有600余名选手进入总\n决赛。\n',
         None, {"a0.captions": ["▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷 摄",
                                "江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图"],
                "body0": ["本报讯（记者 孙 婷 通讯员 高 原）连日来，我市持续晴热高温，最高气温一度达到"
                          "38.6℃。白天街头行人稀少，到了晚上，江滩、夜市、商圈却人头攒动，不少市民选择在"
                          "夜间出门纳凉、消费。"]}),
    # ... but not a paragraph's first line that happens to end in 摄 (…是学校摄 / 影社团…,
    # seed 1207): no finished sentence before it, so no caption's credit.
    Case("first-line-ending-in-she-is-no-caption", "BLK005",
         '年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n端午假期，国家博物馆门前排起了\n长队。队伍中，年轻面孔占了多数。2\n图②：年轻观众在展柜前拍照打卡。 中青\n报·中青网记者  毛  宁/摄\n2岁的大学生林可提前一周预约了门\n票，“这次专门来看青铜器特展，攻略\n做了好几天”。\n近年来，“博物馆热”持续升温，\n年轻人成为参观主力。中国青年报社社\n会调查中心对1,327名18至35岁青年进\n行的一项调查显示，71.6%的受访青年\n过去一年至少去过一次博物馆，其中有\n三成以上去过5次及以上。\n是“跟风”还是真喜欢？\n有人认为，年轻人逛博物馆只是为\n了拍照发朋友圈。但在采访中，不少年\n轻人表示，打卡只是开始，真正吸引他\n们的是文物背后的故事。\n在北京读研究生的赵一鸣是学校摄\n影社团的成员，他的镜头里有上千件文\n物。“一开始是觉得好看，拍着拍着就\n想知道它们的来历，后来干脆去旁听了\n考古专业的课。”他说。\n调查还显示，受访青年最喜欢的博\n（下转第3版）\n',
         None, {"a0.captions": ["图②：年轻观众在展柜前拍照打卡。 中青报·中青网记者  毛  宁/摄"],
                "text": "在北京读研究生的赵一鸣是学校摄影社团的成员"}),
    # PyMuPDF's text of a generated page (seed 1407): a line a character short of the
    # measure that ends in a colon, after a line that ended a sentence, over a quotation
    # (…排起了长队。 / 摊主老胡一边麻利地拌面，一边招呼客人： / “凉面管够…): the quotation's
    # opening mark and first character could not stay on it, so it is full, no first line
    # short by the indent; the paragraph goes on.
    Case("colon-line-full-but-for-a-pushed-quotation-goes-on", "BLK009",
         '持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷 通讯员 高 原）连日\n来，我市持续晴热高温，最高气温一度达到\n38.6℃。白天街头行人稀少，到了晚上，江\n滩、夜市、商圈却人头攒动，不少市民选择在\n夜间出门纳凉、消费。\n晚上9点，青石街夜市灯火通明。卖凉面\n的、卖烧烤的、卖冰粉的摊位前排起了长队。\n摊主老胡一边麻利地拌面，一边招呼客人：\n“凉面管够，辣子自己加！”他告诉记者，入\n夏以来，每晚能卖出300多碗，比平时多了一\n倍。\n“白天太热不敢出门，晚上出来走走，吃\n',
         None, {"text": "卖冰粉的摊位前排起了长队。摊主老胡一边麻利地拌面，一边招呼客人：“凉面管够"}),
    # ... but a line ending in a colon short by the whole indent under a finished paragraph
    # (中国给我的最重要启示之一是： / 发展不是…, seed 1203) opens a paragraph: what opens the
    # next line would have fitted on it.
    Case("colon-line-short-by-the-indent-opens-a-paragraph", "BLK009",
         '一个西班牙人对中国式现代化的观察\n胡里奥·塞瓦略斯\n不久前，西班牙商业顾问、作家\n胡里奥·塞瓦略斯推出西语专著《璇\n玑图》。该书根据其在中国18年工作\n与生活的观察与思考，以亲历者的视\n角深入分析中国发展的路径和经验，\n积极评价中国以数十年为时间尺度规\n划发展道路。该书一经出版就引发西\n方社会的广泛关注。本报邀请塞瓦略\n斯就该书撰写稿件，以飨读者。\n为何著书——\n中国不是难解的谜团，而是鲜活的拼\n图\n在21世纪的国际舞台上，中国是\n最重要的参与者之一。在全球经济发\n展、科技创新以及应对气候变化等方\n面，中国均发挥关键作用。理解中国\n如何与世界互动，不仅是满足知识探\n索的需求，更是预判全球未来走向的\n必修课。\n图为学生在实验室进行科学实验。 黎龙\n国摄\n“璇玑”二字，源自中国古代天\n文学家观测星辰运行的仪器。正如古\n代观星者依据星象校准决策方向，当\n下欧洲也需重新校准自身的战略罗\n盘。“璇玑图”是中国南北朝才女苏\n蕙创作的回文诗，这一意象极具深\n意：应对全球挑战本就存在多元方\n法，中国的发展实践证明现代化道路\n绝非只有一条。我的新书《璇玑图》\n聚焦中国、中国企业与中国民众在复\n杂全球格局中的定位与选择。\n中国给我的最重要启示之一是：\n发展不是一连串即兴的冲动，而是一\n条以数十年为时间尺度的道路。在欧\n洲，政治视野常受选举周期的局限，\n政府更迭往往导致诸多项目难以延\n续。在中国，我看到的是一种跨越时\n间的延续性——长期目标始终不变，\n推进目标的行动从未停歇。\n',
         None, {"text": "的定位与选择。\n\n中国给我的最重要启示之一是：发展不是"}),
    # PyMuPDF's text of a generated page (seed 701): a paragraph stops mid-word at its
    # column's foot (…联合国粮食及农业组), a marker says the text after it comes from
    # elsewhere (（上接第四版）), and a tail follows (人工辅助育幼流程，…): the tail goes home to
    # the article that said it goes on (…进一步优化 / （下转第八版）), though the paragraph above
    # the marker ended no sentence; it ran on into that paragraph.
    Case("tail-after-a-marker-under-a-cut-paragraph-goes-home", "MOVE001",
         '成都大熊猫基地今年已诞生幼仔11\n只\n中新社成都9月9日电（记者\n贺 劭）记者9日从成都大熊猫繁育\n研究基地获悉，今年以来，该基地\n已有8只大熊猫成功产仔，共诞生\n幼仔11只，目前幼仔均健康成长。\n基地兽医院负责人介绍，今年\n基地在大熊猫育幼方面进一步优化\n（下转第八版）\n联合国粮农组织呼吁加\n大农业投资\n本报联合国10月18日电（记\n者 李晓宏）联合国粮食及农业组\n（上接第四版）\n人工辅助育幼流程，幼仔存活率保\n持在较高水平。\n据介绍，新生幼仔将在满百日\n后陆续与公众见面。基地将通过官\n方网络平台发布幼仔成长视频，让\n公众“云端”观看熊猫宝宝的成长\n过程。\n',
         True, {"a1.headline": "联合国粮农组织呼吁加大农业投资",
                "body1": ["本报联合国10月18日电（记者 李晓宏）联合国粮食及农业组"],
                "body0": ["中新社成都9月9日电（记者贺 劭）记者9日从成都大熊猫繁育研究基地获悉，"
                          "今年以来，该基地已有8只大熊猫成功产仔，共诞生幼仔11只，目前幼仔均健康成长。",
                          "基地兽医院负责人介绍，今年基地在大熊猫育幼方面进一步优化人工辅助育幼流程，"
                          "幼仔存活率保持在较高水平。",
                          "据介绍，新生幼仔将在满百日后陆续与公众见面。基地将通过官方网络平台发布幼仔成长视频，"
                          "让公众“云端”观看熊猫宝宝的成长过程。"]}),
    # PyMuPDF's text of a generated page (seed 1907): two heads in a row, the first one's
    # text printed further down (老挝青年开上了“澜湄号” / 本报驻老挝记者  杨  一 / 流动的艺术，
    # 联动的长三角 / 本报记者  曹玲娟 / 第二十四届…): the second title, over its byline, opens
    # its own article; the first keeps no text and is flagged. (It had taken the second
    # head as its section heading and the second byline as its own.)
    Case("head-right-over-another-head-opens-both", "CLS005",
         '图为学生在实验室进行科学实验。 沈  峰摄\n老挝青年开上了“澜湄号”\n本报驻老挝记者  杨  一\n流动的艺术，联动的长三角\n本报记者  曹玲娟\n第二十四届中国上海国际艺术\n节首趟分会场专列——G8981次复\n兴号列车从上海南站启程，拉开了\n今年长三角以艺术节为纽带、深化\n文化与旅游协同发展的大幕。\n作为国家级艺术节，中国上海\n国际艺术节不断增强“服务长三\n角，辐射全中国”的平台功能，利\n用资源优势加强区域文化艺术合作\n交流，打造兄弟省市双向奔赴的\n“文化样本”。\n第 2 页\n清晨6点半，老挝首都万象火\n图为老挝籍动车司机坎培·西萨瓦在驾\n',
         None, {"a0.headline": "老挝青年开上了“澜湄号”", "a0.byline": "本报驻老挝记者  杨  一",
                "body0": [], "flags0": ["text_not_found"],
                "a1.headline": "流动的艺术，联动的长三角", "a1.byline": "本报记者  曹玲娟"}),
    # PyMuPDF's text of a generated page (d15901 gen-15906): the same two heads with the
    # sheet break's folio between them (本报驻老挝记者  杨  一 / 第 2 页 / 县域医共体让群众
    # 就近 / 看好病 / ——来自…): furniture is no text, so the second title still opens its
    # own article. (It had been read as the first one's text, its byline the first's too.)
    Case("head-over-head-across-a-folio", "CLS005",
         '交流具有特殊意义。\n老挝青年开上了“澜湄号”\n本报驻老挝记者  杨  一\n第 2 页\n县域医共体让群众就近\n看好病\n'
         '——来自甘肃、河南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省会宁县丁家\n沟镇卫生院门口已经排起了队。72岁\n'
         '的村民马有福攥着挂号单，等着县人\n民医院心内科的医生来坐诊。\n', None,
         {"a1.headline": "老挝青年开上了“澜湄号”", "a1.byline": "本报驻老挝记者  杨  一",
          "a2.headline": "县域医共体让群众就近看好病", "a2.subtitle": "——来自甘肃、河南、四川基层的调查",
          "a2.byline": "本报记者  邹  翔  韩晓蕾"}),
    # ... past furniture only: a jump marker under the first head is that head's (its text
    # goes on elsewhere), and the head keeps what follows it as before.
    Case("head-over-head-not-past-a-jump-marker", "CLS005",
         '交流具有特殊意义。\n老挝青年开上了“澜湄号”\n本报驻老挝记者  杨  一\n（下转第5版）\n县域医共体让群众就近\n看好病\n'
         '——来自甘肃、河南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省会宁县丁家\n沟镇卫生院门口已经排起了队。72岁\n'
         '的村民马有福攥着挂号单，等着县人\n民医院心内科的医生来坐诊。\n', None,
         {"a1.headline": "老挝青年开上了“澜湄号”",
          "a1.byline": "本报驻老挝记者  杨  一 本报记者  邹  翔  韩晓蕾"}),
    # PyMuPDF's text of a generated page (d15901 gen-15906): at the page's top, a line over
    # a title that is one quotation whole, set shorter than it, is its kicker, not the
    # page's banner (banner-over-a-quotation-title: the banner runs wider).
    Case("short-line-over-a-quotation-title-is-its-kicker", "CLS001",
         "第 1 页\n南岭日报\n2025年11月4日 星期二 第14版 社会\n走进产业园区\n“为全球自由区发展提供助力”\n本报记者  董泽扬\n"
         "在海南自贸港全岛封关运作即将\n正式启动之际，第十一届世界自由区\n组织大会近日在海南国际会展中心举\n"
         "行，全球逾70个国家和地区的业界代\n表与专家参会。\n", None,
         {"banner": None, "a0.kicker": "走进产业园区", "a0.headline": "“为全球自由区发展提供助力”"}),
    # PyMuPDF's text of a generated page (d15901 gen-15903): a kicker over a photo-news
    # column's title, under a paragraph cut mid-sentence at a full line (…120余家博物馆推出
    # 夜间 / 科技创新在一线 / 图片报道): no paragraph's last line, so the title's kicker.
    Case("kicker-over-a-column-title-leaves-the-paragraph", "BLK005",
         "百余家博物馆推出夜间开放\n本报北京5月13日电（记者 丁 怡）记者从国家\n文物局获悉：为迎接“5·18\n国际博物馆日”，全国已有\n"
         "120余家博物馆推出夜间\n科技创新在一线\n图片报道\n10月19日，第138届广\n交会第一期闭幕。本届广交\n"
         "会设立服务机器人专区，引\n入数十家行业领先企业。\n", None,
         {"a1.headline": "图片报道", "a1.kicker": "科技创新在一线", "not_text": "夜间科技创新"}),
    # ... but a short last line that ends its sentence stays the paragraph's.
    Case("finished-last-line-over-a-column-title-stays", "BLK005",
         "百余家博物馆推出夜间开放\n本报北京5月13日电（记者 丁 怡）记者从国家\n文物局获悉：为迎接“5·18\n国际博物馆日”，全国已有\n"
         "120余家博物馆推出夜间\n开放服务活动。\n图片报道\n10月19日，第138届广\n交会第一期闭幕。本届广交\n"
         "会设立服务机器人专区，引\n入数十家行业领先企业。\n", None,
         {"a1.headline": "图片报道", "a1.kicker": None, "text": "推出夜间开放服务活动。"}),
    # ... nor a photo's credit that its line's end broke (…观赏落日。视觉 / 中国供图 / 图片报道,
    # seed 15705): the short line is the caption's, not a kicker.
    Case("broken-credit-over-a-column-title-is-no-kicker", "BLK005",
         "海滨公园“落日音乐\n会”每周六开唱\n本报讯（记者 林 楠）每\n逢周六傍晚，海滨公园的草坪\n上都会响起悠扬的音乐。由市\n"
         "文化馆主办的“落日音乐会”\n自7月启动以来，已举办6场，\n吸引观众2万多人次。\n市民在海滨公园观赏落日。视觉\n中国供图\n"
         "图片报道\n10月19日，第138届广交\n会第一期闭幕。本届广交会设\n立服务机器人专区，引入数十\n家行业领先企业，聚焦服务机\n"
         "器人前沿，涵盖人形机器人、\n外骨骼机器人、球形巡检机器\n", None,
         {"a0.captions": ["市民在海滨公园观赏落日。视觉中国供图"], "a1.headline": "图片报道", "a1.kicker": None}),
    # ... but a line under a byline that ends a sentence or asks is the text's first, though
    # a head follows it (赵佳洁 / 提起美术课，你会想到什么？ / 持续晴热高温天气来袭 / …, seed 702).
    Case("question-under-a-byline-over-another-head-is-text", "CLS005",
         '要学“对不对”，也学“美不美”\n（中国道路中国梦·青春为中国\n式现代化挺膺担当）\n赵佳洁\n提起美术课，你会想到什么？\n持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n本报讯（记者 孙 婷 通讯员 高 原）\n连日来，我市持续晴热高温，最高气温一\n度达到38.6℃。白天街头行人稀少，到了\n晚上，江滩、夜市、商圈却人头攒动，不\n少市民选择在夜间出门纳凉、消费。\n晚上9点，青石街夜市灯火通明。卖\n凉面的、卖烧烤的、卖冰粉的摊位前排起\n了长队。摊主老胡一边麻利地拌面，一边\n招呼客人：“凉面管够，辣子自己加！”\n',
         None, {"a0.byline": "赵佳洁", "body0": ["提起美术课，你会想到什么？"],
                "a1.kicker": "持续晴热高温天气来袭", "flags0": []}),
    # pdftotext's text of a generated page (seed 1605): two printed lines at one height set
    # on one line, a space between them, a paragraph's last sentence and the next box's
    # title (…必 / 修课。 委内瑞拉加强应对美军事威胁 / 本报记者 陈海琪): split at the gap, the
    # title opens its article; it had been the paragraph's end.
    Case("glued-lines-split-at-the-gap-after-a-sentence", "BLK013",
         '关键作用。理解中国如何与世界\n互动，不仅是满足知识探索的需\n求，更是预判全球未来走向的必\n修课。 委内瑞拉加强应对美军事威胁\n本报记者 陈海琪\n委内瑞拉总统马杜罗日前表\n示，委内瑞拉抵制美国中央情报\n局策划的政变，拉美地区对此行\n径“不欢迎、不需要”，并强烈\n抨击。马杜罗最近还在“原住民\n抵抗日”纪念活动上号召该国原\n',
         None, {"a1.headline": "委内瑞拉加强应对美军事威胁", "a1.byline": "本报记者 陈海琪",
                "body0": ["关键作用。理解中国如何与世界互动，不仅是满足知识探索的需求，"
                          "更是预判全球未来走向的必修课。"]}),
    # ... but not a caption's credit wrapped after its sentence (…采摘番茄。 本报记者  沈小 /
    # 晓摄, PyMuPDF, seed 1903): a credit's word in it, it stays the caption's.
    Case("caption-credit-after-a-sentence-is-not-split", "BLK013",
         '沙漠里种出“中国味道”\n——中埃农业合作项目见闻\n本报驻埃及记者  沈小晓\n清晨，埃及西部新河谷省的沙漠\n边缘，一排排温室大棚在阳光下泛着\n图为埃及新河谷省的农民在中方援建的\n温室大棚里采摘番茄。 本报记者  沈小\n晓摄\n银光。大棚里，番茄、黄瓜、甜椒长\n势喜人，滴灌管道沿着垄沟延伸，把\n水和养分一滴一滴送到作物根部。\n',
         None, {"a0.captions": ["图为埃及新河谷省的农民在中方援建的温室大棚里采摘番茄。 本报记者  沈小晓摄"]}),
    # ... nor a credit broken before its last word, which the next line holds alone
    # (PyMuPDF, d15301 gen-15301: …办理业务。 县融媒体中心 / 供图 / 章。): the credit's name
    # stays the caption's; it had been read as the paragraph's line, between 篇 and 章。.
    Case("credit-broken-before-its-last-word-is-not-split", "BLK013",
         '确保基本实现社会主\n义现代化取得决定性\n进展\n新华社记者\n历史，正在书写新的篇\n图为5月1日，市民在社区服务\n'
         '中心办理业务。 县融媒体中心\n供图\n章。\n10月20日至23日，党的\n二十届四中全会在北京召\n'
         '开。会议将审议《中共中央\n关于制定国民经济和社会发\n展第十五个五年规划的建\n议》，为未来五年中国发展\n擘画蓝图。\n',
         None, {"a0.captions": ["图为5月1日，市民在社区服务中心办理业务。 县融媒体中心供图"],
                "text": "历史，正在书写新的篇章。"}),
    # ... but not on OCR's text (Tesseract, seed 5306), which sets its blocks a blank line
    # apart and reads each printed line as one, now and then with a space after a
    # sentence's end (…漫 / 山遍野的尿竹随风起伏。 在镇上的一家 / 竹木加工厂里，…): the
    # paragraph goes on; split there, it broke in three.
    Case("ocr-space-after-a-sentence-is-not-split", "BLK013",
         '办”类型。今年3月，国家体育总局已\n将板球、壁球两个项目作为试点，分别\n委托浙江、四川两地体育局承办国家\n队。\n\n一线调研\n受台风外围影响 明起我市\n有强降十\n海滨晚报讯 (记者 陈 阳) 记者从\n市气象台获悉，受今年第11号台风外围\n云系影响，13日至14日，我市将出现一\n次明显降雨过程，部分地区有暴雨，局\n地大暴雨，并伴有7至9级阵风。\n\n图为工人在生产线上忙委。 受访单位供图\n\n一根竹子\'撑"起一条产业\n链\n一一宜宾市长宁具竹产业发展见\n闻\n四川日报全媒体记者 邓 童\n初秋时节，走进长宁县竹海镇，漫\n山遍野的尿竹随风起伏。 在镇上的一家\n竹木加工厂里，一根根竹子经过破竹、\n燕煮、碳化、压制等工序，变成了竹地\n板、竹家具和竹制餐具 。\n',
         None, {"body2": ["初秋时节，走进长宁县竹海镇，漫山遍野的尿竹随风起伏。 在镇上的一家"
                          "竹木加工厂里，一根根竹子经过破竹、燕煮、碳化、压制等工序，变成了竹地板、"
                          "竹家具和竹制餐具 。"]}),
    # ... (pdftotext, seed 1801): a numbered part's head and its text's first line side by
    # side on one line (（一） 每逢重大历史关头，…): split at the gap, the head stands alone.
    Case("numbered-head-glued-to-its-first-line-split", "BLK013",
         '引领未来，中国做对了什么\n任仲平\n（一） 每逢重大历史关头，中国共产党总是能\n（下转第五版）\n',
         None, {"body0": ["（一）", "每逢重大历史关头，中国共产党总是能"], "text": "## （一）"}),
    # PyMuPDF's text of a generated page (seed 3005): a caption across the column that ends
    # its sentence, no credit, under the byline, over a paragraph's first line short by
    # the dropped indent (图①：…《江城晚报》创刊号。 / 1955年7月8日傍晚，第一期《江城晚报》):
    # the caption ends there; it had taken the paragraph's first lines.
    Case("caption-ended-over-a-first-line-ends-there", "BLK009",
         '一张报纸，陪伴一座城市七十年\n——写在江城晚报创刊70周年之际\n本报记者  周  敏  林  晓\n图①：1955年7月8日出版的《江城晚报》创刊号。\n1955年7月8日傍晚，第一期《江城晚报》\n从印刷厂运出，报童们抱着还带着油墨香的报\n纸跑上街头。那一天的报纸只有4个版，售价2\n分钱，却被市民抢购一空。\n图②：上世纪80年代，市民在街头报栏前读报。\n七十年来，这张报纸换过10次版式、搬过\n3次家，从铅与火、光与电一路走到了数与\n网。不变的，是它始终把镜头和笔触对准这座\n城市里的普通人。\n记者翻开1956年的一张旧报，头版一条以\n“本报讯”开头的短消息只有200多字，记录\n的是长江边第一座自来水厂建成通水。当年参\n与采写这条消息的老记者如今已经90多岁，他\n在电话里说：“那时候写稿，每一个字都要反\n',
         None, {"a0.captions": ["图①：1955年7月8日出版的《江城晚报》创刊号。",
                               "图②：上世纪80年代，市民在街头报栏前读报。"],
                "body0": ['1955年7月8日傍晚，第一期《江城晚报》从印刷厂运出，报童们抱着还带着油墨香的报纸跑上街头。那一天的报纸只有4个版，售价2分钱，却被市民抢购一空。', '七十年来，这张报纸换过10次版式、搬过3次家，从铅与火、光与电一路走到了数与网。不变的，是它始终把镜头和笔触对准这座城市里的普通人。', '记者翻开1956年的一张旧报，头版一条以“本报讯”开头的短消息只有200多字，记录的是长江边第一座自来水厂建成通水。当年参与采写这条消息的老记者如今已经90多岁，他在电话里说：“那时候写稿，每一个字都要反']}),
    # ... (seed 3005): a paragraph cut mid-sentence at a full line by its column's foot, then
    # the next box's one-line title right over its subtitle and names (…高科技企业的最 /
    # 让每所乡村学校都有自己的光 / ——多地推进情况观察 / 刘  博   孙  悦): the title is split
    # off the paragraph it was read on from. (A wrapped title's tail there, …看好 / 病, is
    # no title of its own.)
    Case("one-line-title-over-a-subtitle-after-a-cut-paragraph", "CLS015",
         '本报记者  刘  赫\n不久前，德国汽车经济学专家、波鸿汽车\n研究院院长费迪南德·杜登赫费尔在湖北武汉\n体验了自动驾驶出租车服务。“驾驶过程平稳\n顺畅，就像坐在飞毯上一样，充满未来感。”\n杜登赫费尔在接受本报记者专访时说，这一体\n验让他对中国智能汽车产业刮目相看。\n此次访华，杜登赫费尔走访了湖北、广东\n等地，体验了中国智能出行和高科技企业的最\n让每所乡村学校都有自己的光\n——多地推进情况观察\n刘  博   孙  悦\n乡村学校变“小”，是城镇化进程中难以\n回避的现象。但“小”不等于“弱”，更不等\n于“没有未来”。从调研看，不少小规模学校\n',
         True, {"a1.headline": "让每所乡村学校都有自己的光", "a1.subtitle": "——多地推进情况观察"}),
    # ... and after a line of clauses that leaves its sentence open (…推动农村公路从“通得
    # 了”向“ / 粤西首个国家骨干冷链物流基地投运 / ——来自基层一线的调查 / 南方日报讯…,
    # PyMuPDF, seed 14707): the paragraph goes on elsewhere, the full line is the title.
    Case("full-title-over-a-subtitle-after-a-paragraph-cut-mid-sentence", "CLS015",
         '农村公路提质增效行动启动\n新华社北京9月9日电（记者 严\n赋）记者9日从交通运输部获悉，交\n通运输部近日印发通知，启动新一轮\n农村公路提质增效行动，力争到2027\n年底，完成农村公路危旧桥梁改造\n1.2万座，新增农村公路安全生命防\n护工程8万公里。\n通知要求，各地要聚焦群众出行\n“急难愁盼”，优先改造通行校车、\n客车线路上的危旧桥梁和急弯陡坡路\n段，推动农村公路从“通得了”向“\n粤西首个国家骨干冷链物流基地投运\n——来自基层一线的调查\n南方日报讯（记者/黄 叙 通讯\n员/粤 商）9月2日，湛江国家骨干冷\n链物流基地一期项目正式投入运营。\n项目总投资约18亿元，建成冷库库容\n约30万吨，配备冷链分拣、加工、检\n测等设施，可为粤西地区水产品、热\n带水果等农产品提供“一站式”冷链\n服务。\n',
         True, {"a1.headline": "粤西首个国家骨干冷链物流基地投运", "a1.subtitle": "——来自基层一线的调查",
                "body0": ["新华社北京9月9日电（记者 严赋）记者9日从交通运输部获悉，交通运输部近日印发通知，"
                          "启动新一轮农村公路提质增效行动，力争到2027年底，完成农村公路危旧桥梁改造1.2万座，"
                          "新增农村公路安全生命防护工程8万公里。",
                          "通知要求，各地要聚焦群众出行“急难愁盼”，优先改造通行校车、客车线路上的危旧桥梁"
                          "和急弯陡坡路段，推动农村公路从“通得了”向“"]}),
    # ... but not a full line with a clause's mark in it: that is the paragraph's own line,
    # whatever dash line stands under it (…向“ / 通得好”转变，确保路有人管、管 / ——…).
    Case("full-line-with-a-comma-over-a-subtitle-stays-the-paragraph-s", "CLS015",
         '农村公路提质增效行动启动\n新华社北京9月9日电（记者 严\n赋）记者9日从交通运输部获悉，交\n通运输部近日印发通知，启动新一轮\n农村公路提质增效行动，力争到2027\n年底，完成农村公路危旧桥梁改造\n1.2万座，新增农村公路安全生命防\n护工程8万公里。\n通知要求，各地要聚焦群众出行\n“急难愁盼”，优先改造通行校车、\n客车线路上的危旧桥梁和急弯陡坡路\n段，推动农村公路从“通得了”向“\n通得好”转变，确保路有人管、管\n——来自基层一线的调查\n南方日报讯（记者/黄 叙 通讯\n员/粤 商）9月2日，湛江国家骨干冷\n链物流基地一期项目正式投入运营。\n',
         None, {"text": "向“通得好”转变，确保路有人管、管", "not_text": "# 通得好"}),
    # ... and not where the lines above leave a bracket open that the tail closes (更好统筹
    # 高质量发展和高 / 水平安全（深入学习贯彻 / … / 谈）, PyMuPDF, seed 701): the marks set
    # the lines' widths apart, but it is one headline.
    Case("headline-wrapping-inside-brackets-onto-a-tail-keeps-its-lines", "CLS015",
         '燕山晚报\n2025年2月22日  星期六  第4版  民生\n更好统筹高质量发展和高\n水平安全（深入学习贯彻\n习近平新时代中国特色社\n会主义思想·学习《习近平\n经济文选》第一卷专家\n谈）\n李  非  黄  婧\n当今时代，发展利益和安全利\n益复杂交织。如何处理好发展和安\n全的关系，是世界各国面临的共同\n难题。党的十八大以来，习近平总\n书记高度重视发展和安全，反复强\n调要统筹高质量发展和高水平安\n全，许多重要论述都收入《习近平\n经济文选》第一卷。比如，《关于\n构建新发展格局》指出：“这次中\n央全会对统筹发展和安全作出战略\n',
         True, {"a0.kicker": None, "a0.headline": "更好统筹高质量发展和高水平安全（深入学习贯彻"
                "习近平新时代中国特色社会主义思想·学习《习近平经济文选》第一卷专家谈）"}),
    # PyMuPDF's text of a generated page (seed 1707): a byline wrapped inside a reporter's
    # title (…记者  王  林  实 / 习生  刘思远): its first line reads as names only (实 a
    # name's character), but 实 opens 实习生 with the next line: one byline.
    Case("byline-wrapped-inside-a-title-after-names", "CLS003",
         '毕业季，他们为何选\n择“慢就业”？\n中青报·中青网记者  王  林  实\n习生  刘思远\n7月毕业后，林远没有急着\n找工作。他报了一个为期3个月\n的编程训练营，每天从9点学到\n21:30 。“ 本科学的是市场营\n销，但我更想做产品经理，得先\n补补技术课。”他说。\n图①：一名应届毕业生在招聘会上\n',
         True, {"a0.byline": "中青报·中青网记者  王  林  实习生  刘思远"}),
    # PyMuPDF's text of a generated page (seed 1405): a caption with no start word, one
    # sentence on a line wider than the column, its credit alone under it, read on from
    # the paragraph it cut mid-sentence (…才知道 / 市民在海滨公园观赏落日。 / 视觉中国供图 /
    # 这里有…): the caption is that line, and the paragraph goes on after it.
    Case("caption-line-wider-than-the-column-inside-a-paragraph", "BLK005",
         '海滨公园“落日音乐会”每周六开\n唱\n——写在活动启动之际\n本报讯（记者 林\n楠）每逢周六傍晚，海滨\n公园的草坪上都会响起悠\n扬的音乐。由市文化馆主\n办的“落日音乐会”自7\n月启动以来，已举办6\n场，吸引观众2 万多人\n次。\n带着女儿来听音乐会\n的刘先生说，他是在报上\n看到那条本报讯，才知道\n市民在海滨公园观赏落日。\n视觉中国供图\n这里有免费音乐会的。现\n在一家人每周六都会来，\n“吹着海风听音乐，特别\n惬意”。\n',
         None, {"a0.captions": ["市民在海滨公园观赏落日。视觉中国供图"],
                "body0": ["本报讯（记者 林楠）每逢周六傍晚，海滨公园的草坪上都会响起悠扬的音乐。"
                          "由市文化馆主办的“落日音乐会”自7月启动以来，已举办6场，吸引观众2 万多人次。",
                          "带着女儿来听音乐会的刘先生说，他是在报上看到那条本报讯，才知道这里有免费音乐会的。"
                          "现在一家人每周六都会来，“吹着海风听音乐，特别惬意”。"]}),
    # pdftotext's text of a generated page (seed 1708): a caption begun on a paragraph's
    # line after a space (…大豆过八 / 成 图为10月19日，…), its credit's bracket wrapped
    # inside the agency's name (苗秋闹摄（新华 / 社发）): the credit ends the caption there.
    Case("inline-caption-whose-credit-wraps-inside-the-agency", "CAP005",
         '全国秋粮收获近七成\n农业农村部最新农情调\n度显示，全国秋粮收获近七\n成。分作物看，中稻过七\n成、玉米过六成、大豆过八\n成 图为10月19日，河南省济源\n市五龙口镇农民将刚收获的玉\n米上架晾晒。 苗秋闹摄（新华\n社发）\n。分区域看，西南过八成，\n西北过七成，黄淮海过七\n成，东北和长江中下游六成\n半，华南近三成。\n',
         True, {"a0.captions": ["图为10月19日，河南省济源市五龙口镇农民将刚收获的玉米上架晾晒。 苗秋闹摄（新华社发）"],
                "body0": ["农业农村部最新农情调度显示，全国秋粮收获近七成。分作物看，中稻过七成、玉米过六成、"
                          "大豆过八成。分区域看，西南过八成，西北过七成，黄淮海过七成，东北和长江中下游六成半，华南近三成。"]}),
    # PyMuPDF's text of a generated page (seed 1408): a paragraph cut mid-word at its column's
    # foot (…规划建), then the next box's title wrapped inside a word (2025年“书香校园”阅 /
    # 读推广活动启动: 阅读) over a dateline: the two lines are the title, not the text's.
    Case("two-line-title-after-a-cut-paragraph-over-a-dateline", "BLK010",
         '引领未来，中国做\n对了什么\n任仲平\n（一）\n每逢重大历史关头，中\n国共产党总是能够科学把握\n历史方位与形势变化，制定\n正确的政治战略策略，指引\n中国人民战胜无数风险挑\n战、始终走在时代前列。\n图为志愿者为老人测量血压。\n市文旅局供图\n10月20日至23日在北京\n召开党的二十届四中全会，\n研究制定“十五五”规划建\n2025年“书香校园”阅\n读推广活动启动\n本报讯（记者 陈 雪）\n3月17日，2025年“书香校\n园”阅读推广活动在京启\n动。活动将持续至12月，面\n向全国中小学校开展好书推\n荐、读书分享、校园朗读等\n系列活动，预计覆盖学生\n2,000万人次以上。\n活动主办方介绍，今年\n将首次发布分学段推荐书\n目，涵盖文学、历史、科\n普、艺术等类别，共收录图\n书300 种。各地可结合实\n际，组织开展“师生共读一\n本书”“家庭读书会”等特\n色活动。\n',
         None, {"a1.headline": "2025年“书香校园”阅读推广活动启动",
                "a1.dateline": "本报讯（记者 陈 雪）"}),
    # PyMuPDF's text of a generated page (seed 1205): a paragraph cut at its column's foot,
    # its last line a character alone (…做到 / “六不”：不私自下水游泳， / 不), over the next
    # box's title: three lines, one inside ending on a comma, are no title (no kicker).
    Case("paragraph-lines-cut-off-over-a-title-are-no-kicker", "CLS005",
         '据了解，我市江河湖库众\n多，溺水事故多发生在无人看\n管的野外水域。相关部门已在\n重点水域设置警示标牌1,200\n余块，配备救生圈、救生绳等\n设施，并组织志愿者在周末和\n节假日开展巡查。\n专家提醒，学生要做到\n“六不”：不私自下水游泳，\n不\n首批“古籍活化”精品项目名单公\n布\n图为农民在田间收割水稻。\n金  静摄\n本报北京3月17日电（记\n者 饶 翔）记者17日从有关部\n门获悉，首批“古籍活化”精\n品项目名单日前公布，共有42\n个项目入选，涵盖古籍整理出\n版、数字化开发、文创产品、\n',
         None, {"a1.kicker": None, "a1.headline": "首批“古籍活化”精品项目名单公布"}),
    # PyMuPDF's text of a generated page (seed 1604): a paragraph cut after its first line
    # at its column's foot (…中国共产党总是能), then the next box's title that asks, read on
    # as the paragraph's last line, right over a reporter's byline: the title is split
    # off, and the cut line is no line of it.
    Case("asking-title-after-a-cut-paragraph-over-a-byline", "CLS015",
         '小茶叶撬动大产业\n本报记者  赵  梅  通讯员  孙  杰\n立冬将至，贵州省湄潭县的茶园里依然\n一片忙碌。茶农们忙着修剪茶树、施加有机\n肥，为明年的春茶做准备。“秋冬管护做得\n好，明年春茶才能发得早、品质好。”兴隆\n图为快递员分拣包裹。\n本报记者  谭  国摄\n镇茶农刘德明说，他家种了30多亩茶，去年\n光卖鲜叶就收入了20多万元。\n湄潭是全国重点产茶县之一，全县茶园\n面积60万亩，涉茶人口近40万人。近年来，\n当地持续推动茶产业从“卖原料”向“卖品\n牌”“卖文化”转变，茶叶精深加工、茶旅\n融合等新业态不断涌现。\n引领未来，中国做对了什么\n任仲平\n（一）\n每逢重大历史关头，中国共产党总是能\n年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n图②：年轻观众在展柜前拍照打卡。 中青报·中青网记者  毛  宁/摄\n端午假期，国家博物馆门前排起了长\n队。队伍中，年轻面孔占了多数。22岁的大\n学生林可提前一周预约了门票，“这次专门\n来看青铜器特展，攻略做了好几天”。\n近年来，“博物馆热”持续升温，年轻\n人成为参观主力。中国青年报社社会调查中\n心对1,327名18至35岁青年进行的一项调查\n显示，71.6%的受访青年过去一年至少去过\n一次博物馆，其中有三成以上去过5次及以\n上。\n',
         True, {"body1": ["（一）", "每逢重大历史关头，中国共产党总是能"],
                "a2.headline": "年轻人为何爱上“博物馆打卡”？"}),
    # ... but a title that asks, wrapped so that a character alone stands before its mark
    # (年轻人为何爱上“博物馆打 / 卡”？), over its byline, after a finished paragraph: the
    # character is no title of its own but the tail of the line above (PyMuPDF, seed 5202).
    Case("asking-title-tail-is-no-title-of-its-own", "CLS015",
         '商务部国际贸易经济合\n作研究院服务贸易研究所所\n长李明说，“十四五”以\n来，我国服务贸易规模持续\n扩大、结构不断优化。数字\n技术与服务贸易加速融合，\n越来越多的服务可以跨境交\n付，为服务出口打开了新空\n间。\n年轻人为何爱上“博物馆打\n卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n图②：年轻观众在展柜前拍照打卡。 中青报·中青网记者  毛  宁/摄\n端午假期，国家博物馆\n门前排起了长队。队伍中，\n年轻面孔占了多数。22岁的\n大学生林可提前一周预约了\n门票，“这次专门来看青铜\n器特展，攻略做了好几\n天”。\n',
         None, {"a1.headline": "年轻人为何爱上“博物馆打卡”？", "a0.headline": None}),
    # A dateline's paragraph cut at its column's foot (…习近平主席在全), then the next
    # box's title, its first line read on as the paragraph's last and the rest wrapped onto
    # two lines as one block (久久为功，“APEC蓝”成为“北 / 京蓝”（总书记的关切·落地的 / 回响）),
    # over a byline: the title line is split off and the three are one headline
    # (PyMuPDF, seed 1105).
    Case("title-line-read-on-over-its-two-wrapped-lines", "CLS015",
         '铁凝出席非洲女性议员研讨班\n开班式\n新华社北京10月19日电\xa0\xa0全国人\n大常委会副委员长铁凝19日在京出席由\n全国人大举办的非洲女性议员研讨班开\n班式并致辞。她表示，习近平主席在全\n久久为功，“APEC蓝”成为“北\n京蓝”（总书记的关切·落地的\n回响）\n本报记者  程  龙  潘俊强\n编者按：言出必践，是中国共产党\n第 2 页\n球妇女峰会上发表主旨讲话，提出加速\n',
         True, {"a1.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）",
                "text": "习近平主席在全\n"}),
    # ... so is a kicker read on from a cut paragraph (…去过5 次及以 / 绿色发展新答卷) over its
    # headline's two lines, the lower a little wider by its digits (前4个月全国铁路完 /
    # 成货物发送量16.9亿): the kicker is split off (PyMuPDF, seed 408).
    Case("kicker-read-on-over-a-headline-wrapped-with-digits", "CLS015",
         '持续升温，年轻人成为参观\n主力。中国青年报社社会调\n查中心对1,327名18至35岁\n青年进行的一项调查显示，\n71.6%的受访青年过去一年\n图①：观众在国家博物馆参观\n青铜器特展。\n至少去过一次博物馆，其中\n有三成以上去过5 次及以\n绿色发展新答卷\n前4个月全国铁路完\n成货物发送量16.9亿\n吨\n新华社北京5月13日电\n（记者 刘 翔）记者13日从\n中国国家铁路集团有限公司\n获悉，今年前4个月，全国\n铁路完成货物发送量16.9亿\n',
         True, {"a1.kicker": "绿色发展新答卷", "a1.headline": "前4个月全国铁路完成货物发送量16.9亿吨"}),
    # ... but after a paragraph that ended (…具有示范作 / 用。) a title's first line stands
    # alone over its two wrapped lines: it is no paragraph's text (PyMuPDF, seed 1408).
    Case("title-line-after-a-finished-paragraph-is-the-titles", "CLS015",
         '记者 李昌禹）民政部13日\n公布全国首批老年助餐服务\n示范点名单，共有312个社\n区食堂、老年餐桌等助餐点\n入选。入选助餐点平均每天\n服务老年人100人次以上，\n在菜品质量、价格水平、服\n务便利等方面具有示范作\n用。\n久久为功，“APEC蓝”\n成为“北京蓝”（总书\n记的关切·落地的回\n响）\n本报记者  程  龙  潘俊强\n编者按：言出必践，是\n中国共产党执政的鲜明风\n',
         None, {"a1.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）"}),
    # ... and a paragraph cut at an onward marker whose words went to the manifest
    # (…一般为50（下转 / 第六版）) has no title line there: its tail comes home from under
    # the 上接 marker (PyMuPDF, seed 2803).
    Case("marker-line-is-no-title-line", "MOVE001",
         '受台风外围影响 明起我市有\n强降雨\n海滨晚报讯（记者 陈\n阳）记者从市气象台获悉，\n受今年第11号台风外围云系\n影响，13日至14日，我市将\n出现一次明显降雨过程，部\n分地区有暴雨，局地大暴\n雨，并伴有7至9级阵风。\n市气象台首席预报员赵\n明介绍，降雨将从13日上午\n开始，预计13日10:30至14\n日凌晨为降雨最强时段，过\n程累计雨量一般为50（下转\n第六版）\n蒙内铁路累计发送旅\n客超1300万人次\n新华社内罗毕10月19\n日电（记者 王 冠）肯尼亚\n蒙巴萨—内罗毕标准轨距铁\n路运营公司19日发布数据显\n示，蒙内铁路自2017年开通\n运营以来，累计发送旅客超\n过1300万人次，发送集装箱\n超过250万标箱。\n图为志愿者为老人测量血压。\n县融媒体中心供图\n（上接第二版）\n至100毫米，沿海局地可达\n150毫米以上。\n市防汛办提醒，市民要\n减少不必要的外出，远离河\n道、低洼地带和海边礁石\n区；驾车出行注意避开积水\n路段，不要冒险涉水通行。集采药，拼质量才能护健\n',
         True, {"text": "一般为50至100毫米"}),
    # A title line that ends on a question word over the line that asks
    # (毕业季，他们为何 / 选择“慢就业”？, as wide as each other, no word across the break):
    # one headline, no kicker; CLS015 open_questions (PyMuPDF, seed 1106).
    Case("title-line-ending-on-a-question-word-wraps", "CLS015",
         QUESTION_WORD_TITLE,
         True, {"a1.headline": "毕业季，他们为何选择“慢就业”？", "a1.kicker": None}),
    # ... but over a line as wide that does not ask, the question word leaves nothing
    # open: the lines stay kicker and headline.
    Case("question-word-over-a-line-that-does-not-ask", "CLS015",
         QUESTION_WORD_TITLE.replace('？', '族'),
         None, {"a1.headline": "选择“慢就业”族", "a1.kicker": "毕业季，他们为何"}),
    # A paragraph cut mid-sentence at one article's onward marker (…保持在 / 较 /
    # （下转第四版）), then another article's tail under its from-elsewhere marker (（上接第一版）
    # / 项目，…): two articles' markers side by side, as where a column ends with one
    # article's jump and the next opens with another's; nothing joins the two parts.
    Case("markers-side-by-side-join-nothing", "JOIN002",
         CUT_AT_AN_ONWARD_MARKER.replace('（下转第二十版）\n高水平。',
                                         '（下转第四版）\n（上接第一版）\n项目，总投资约12亿元。'),
         None, {"not_text": "保持在较项目"}),
    # ... but with only the onward marker between them the paragraph goes on elsewhere:
    # the text under it is no part of it.
    Case("onward-marker-alone-does-not-join", "JOIN002",
         CUT_AT_AN_ONWARD_MARKER,
         None, {"not_text": "保持在较高水平"}),
    # A sheet break (第 2 页) that no run after it starts full: a cut box's tail of one line
    # (its paragraph's last), first of its box on sheet 2, goes on the open end whose last
    # characters make a word with its first (…只有4个版，售 / … / 价2分钱，却被…: 售价)
    # (PyMuPDF, seed 3007).
    Case("one-line-tail-after-a-sheet-break-goes-home", "MOVE001",
         ONE_LINE_SHEET_TAIL,
         True, {"text": "售价2分钱，却被市民抢购一空。"}),
    # ... and where the break cut one box and left one such line of another box, the
    # order pairs them, though no word spans the seam (…末端配送成本从1.2元 / 下图：… /
    # 蒙内铁路… / 第 2 页 / 上图：… / 降到了0.6元左右。) (PyMuPDF, seed 14501).
    Case("sole-one-line-tail-after-a-sheet-break-goes-to-the-sole-open-end", "MOVE001",
         SOLE_SHEET_TAIL, True, {"text": "末端配送成本从1.2元降到了0.6元左右。"}),
    # ... but where the break cut two boxes and no word spans the seam, nothing says which
    # the line goes on: it stays.
    Case("one-line-tail-with-no-word-across-between-two-open-ends-stays", "MOVE001",
         ONE_LINE_SHEET_TAIL.replace('\n价', '\n共').replace(
             "年轻人为何爱上“博物\n", SECOND_CUT_BOX + "年轻人为何爱上“博物\n"),
         None, {"not_text": "售共2分钱"}),
    # pdfminer.six writes a blank line after nearly every line, which is no OCR block: a
    # paragraph's last sentence and the next title set side by side on one line (…惠及消费
    # 者。 乡村学校的“小而美”之) are still split at the gap (BLK013; seed 3002).
    Case("glued-line-split-on-a-page-double-spaced-by-pdfminer", "BLK013",
         '活的观察与思考，以亲历者的视角深入\n\n稿件，以飨读者。\n\n分析中国发展的路径和经验，积极评价\n\n据了解，下一步商务部将会同有关\n\n打击“先涨价后打折”等违法违规行\n\n部门加强对补贴资金使用的监管，严厉\n\n为，确保政策红利真正惠及消费者。 乡村学校的“小而美”之\n\n路\n\n——来自浙江、湖南、甘肃的调研\n\n光明日报记者  邓  晖  光明日报通讯员  陈  路\n\n图为湖南省平江县石桥小学的学生在上科学实验课。光明日报记者  邓  晖摄\n\n编者按：随着城镇化推进和学龄人\n',
         None, {"a1.headline": "乡村学校的“小而美”之路"}),
    # ... a caption that ends its sentence at its line's end, under a paragraph it cut
    # mid-sentence at a full line (…最喜欢的博物馆 / 图①：观众在…特展。 / 服务依次是…): the
    # caption is that line, the paragraph goes on under it, and the next title stands.
    Case("caption-ending-its-sentence-inside-a-cut-paragraph", "BLK005",
         '近年来，“博物馆热”持续升温，年轻\n人成为参观主力。中国青年报社社会调查中\n心对1,327名18至35岁青年进行的一项调查\n显示，71.6%的受访青年过去一年至少去过\n一次博物馆，其中有三成以上去过5次及以\n上。\n是“跟风”还是真喜欢？\n有人认为，年轻人逛博物馆只是为了拍\n照发朋友圈。但在采访中，不少年轻人表\n示，打卡只是开始，真正吸引他们的是文物\n背后的故事。\n在北京读研究生的赵一鸣是学校摄影社\n团的成员，他的镜头里有上千件文物。“一\n开始是觉得好看，拍着拍着就想知道它们的\n来历，后来干脆去旁听了考古专业的课。”\n他说。\n调查还显示，受访青年最喜欢的博物馆\n图①：观众在国家博物馆参观青铜器特展。\n服务依次是：文物讲解（62.4%）、沉浸式\n展览（55.8%）、文创产品（47.3%）。\n中共中央总书记习近平电贺\n郑丽文当选中国国民党主席\n新华社北京10月19日电\xa0\xa0中共中央总\n书记习近平19日致电郑丽文，祝贺其当选中\n国国民党主席，指出多年来两党在坚持“九\n二共识”、反对“台独”共同政治基础上，\n推动两岸交流合作，致力维护台海和平稳\n定，增进两岸同胞亲情福祉，成效积极。当\n前，世界百年变局加速演进，中华民族伟大\n复兴势不可挡。期望两党坚持共同政治基\n础，团结广大台湾同胞，增强做中国人的志\n气\n',
         None, {"text": "调查还显示，受访青年最喜欢的博物馆服务依次是",
                "a1.headline": "中共中央总书记习近平电贺郑丽文当选中国国民党主席"}),
    # ... the cut paragraph's tail printed in another box, after another article's last
    # paragraph, its first line as full as the measure (够科学把握…制定正确): no paragraph
    # opens so (its indent dropped, a first line is short), and 能够 spans the two ends,
    # so the run goes back, however few words the short first part shares with it.
    Case("unindented-run-goes-back-to-the-paragraph-it-continues", "MOVE001",
         '小茶叶撬动大产业\n本报记者  赵  梅  通讯员  孙  杰\n立冬将至，贵州省湄潭县的茶园里依然\n一片忙碌。茶农们忙着修剪茶树、施加有机\n肥，为明年的春茶做准备。“秋冬管护做得\n好，明年春茶才能发得早、品质好。”兴隆\n图为快递员分拣包裹。\n本报记者  谭  国摄\n镇茶农刘德明说，他家种了30多亩茶，去年\n光卖鲜叶就收入了20多万元。\n湄潭是全国重点产茶县之一，全县茶园\n面积60万亩，涉茶人口近40万人。近年来，\n当地持续推动茶产业从“卖原料”向“卖品\n牌”“卖文化”转变，茶叶精深加工、茶旅\n融合等新业态不断涌现。\n引领未来，中国做对了什么\n任仲平\n（一）\n每逢重大历史关头，中国共产党总是能\n年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n图②：年轻观众在展柜前拍照打卡。 中青报·中青网记者  毛  宁/摄\n端午假期，国家博物馆门前排起了长\n队。队伍中，年轻面孔占了多数。22岁的大\n学生林可提前一周预约了门票，“这次专门\n来看青铜器特展，攻略做了好几天”。\n近年来，“博物馆热”持续升温，年轻\n人成为参观主力。中国青年报社社会调查中\n心对1,327名18至35岁青年进行的一项调查\n显示，71.6%的受访青年过去一年至少去过\n一次博物馆，其中有三成以上去过5次及以\n上。\n是“跟风”还是真喜欢？\n有人认为，年轻人逛博物馆只是为了拍\n照发朋友圈。但在采访中，不少年轻人表\n示，打卡只是开始，真正吸引他们的是文物\n背后的故事。\n在北京读研究生的赵一鸣是学校摄影社\n团的成员，他的镜头里有上千件文物。“一\n开始是觉得好看，拍着拍着就想知道它们的\n来历，后来干脆去旁听了考古专业的课。”\n他说。\n调查还显示，受访青年最喜欢的博物馆\n图①：观众在国家博物馆参观青铜器特展。\n服务依次是：文物讲解（62.4%）、沉浸式\n展览（55.8%）、文创产品（47.3%）。\n中共中央总书记习近平电贺\n郑丽文当选中国国民党主席\n新华社北京10月19日电\xa0\xa0中共中央总\n书记习近平19日致电郑丽文，祝贺其当选中\n国国民党主席，指出多年来两党在坚持“九\n二共识”、反对“台独”共同政治基础上，\n推动两岸交流合作，致力维护台海和平稳\n定，增进两岸同胞亲情福祉，成效积极。当\n前，世界百年变局加速演进，中华民族伟大\n复兴势不可挡。期望两党坚持共同政治基\n础，团结广大台湾同胞，增强做中国人的志\n气\n图为1月16日，农民在田间收割水稻。\n市文旅局供图\n、骨气、底气，深化交流合作，促进共同发\n展，推进国家统一，坚定守护中华民族共同\n家园，守护两岸同胞根本利益，携手开创中\n华民族更加美好的未来。\n够科学把握历史方位与形势变化，制定正确\n的政治战略策略，指引中国人民战胜无数风\n险挑战、始终走在时代前列。\n10月20日至23日在北京召开党的二十届\n四中全会，研究制定“十五五”规划建议，\n旨在对未来五年发展作出顶层设计和战略擘\n画，推动事关中国式现代化全局的战略任务\n取得重大突破。\n“在世界百年变局中，中国提供了稳定\n性和确定性。”领会习近平总书记这一重要\n论断，五年规划是一个独特视角。科学制定\n和接续实施五年规划，是我们党治国理政的\n重要方式，是读懂中国式现代化的重要“密\n码”。\n',
         True, {"text": "每逢重大历史关头，中国共产党总是能够科学把握历史方位与形势变化",
                "a3.headline": "中共中央总书记习近平电贺郑丽文当选中国国民党主席"}),
    # PyMuPDF's text of a generated page (seed 1905): a paragraph cut at its box's foot
    # inside a number (…提高到8), and its tail printed after another box, under a caption
    # (5%以上。 / 指导教师刘教授说…); in that box a quotation left open mid-sentence over a
    # photo's caption and closed under it (…“腿脚不好，…以后天天都能 / ▲11日，… 摄 /
    # 下来遛弯了！”). The closing line is the sentence's tail, no title (CLS005); the
    # number cut in two is the seam that sends the tail back (MOVE001).
    Case("line-closing-a-quotation-under-a-caption-is-no-title", "CLS005",
         '东海日报\n07  科技  2025年1月3日  星期五\n本版责编：胡阳杰  苏敏杰  版式设计：李  国\n高校实验室里的“00后”科研团队\n通讯员  张  萌  中青报·中青网记者  李  强\n凌晨1点，某理工大学材料学院的\n一间实验室仍亮着灯。5名“00后”本\n科生围在电镜前，观察一块新型电池隔\n膜材料的微观结构。\n这支平均年龄不到21岁的团队，去\n年在全国大学生挑战杯竞赛中获得特等\n奖。他们研发的隔膜材料，能让锂电池\n在零下20℃时的容量保持率提高到8\n老旧小区改造惠及千家万户\n加装电梯后，张大爷天天\n下楼遛弯\n本报讯（记者 王 薇 通讯员 李\n军）11日上午，家住南山区幸福里小区\n5号楼6楼的张大爷，第一次乘坐新装好\n的电梯下了楼。站在楼门口，78岁的老\n人有些激动：“腿脚不好，好几年没怎\n么下过楼了。以后天天都能\n▲11日，幸福里小区居民乘坐新装的电梯\n下楼。  记者 王  薇 摄\n下来遛弯了！”\n图为9月10日，游客在景区参观游览。 本报记者  汪秀霞摄\n5%以上。\n指导教师刘教授说，团队成员都是\n大一就进入实验室的。“一开始只是帮\n师兄师姐做些辅助工作，后来慢慢有了\n自己的课题。”学院为本科生科研团队\n开放了全部实验设备，并配备专门的指\n导教师。\n关注秋粮收购\n',
         None, {"text": "以后天天都能下来遛弯了！”",
                "a1.headline": "加装电梯后，张大爷天天下楼遛弯"}),
    Case("number-cut-in-two-sends-the-tail-back", "MOVE001",
         '东海日报\n07  科技  2025年1月3日  星期五\n本版责编：胡阳杰  苏敏杰  版式设计：李  国\n高校实验室里的“00后”科研团队\n通讯员  张  萌  中青报·中青网记者  李  强\n凌晨1点，某理工大学材料学院的\n一间实验室仍亮着灯。5名“00后”本\n科生围在电镜前，观察一块新型电池隔\n膜材料的微观结构。\n这支平均年龄不到21岁的团队，去\n年在全国大学生挑战杯竞赛中获得特等\n奖。他们研发的隔膜材料，能让锂电池\n在零下20℃时的容量保持率提高到8\n老旧小区改造惠及千家万户\n加装电梯后，张大爷天天\n下楼遛弯\n本报讯（记者 王 薇 通讯员 李\n军）11日上午，家住南山区幸福里小区\n5号楼6楼的张大爷，第一次乘坐新装好\n的电梯下了楼。站在楼门口，78岁的老\n人有些激动：“腿脚不好，好几年没怎\n么下过楼了。以后天天都能\n▲11日，幸福里小区居民乘坐新装的电梯\n下楼。  记者 王  薇 摄\n下来遛弯了！”\n图为9月10日，游客在景区参观游览。 本报记者  汪秀霞摄\n5%以上。\n指导教师刘教授说，团队成员都是\n大一就进入实验室的。“一开始只是帮\n师兄师姐做些辅助工作，后来慢慢有了\n自己的课题。”学院为本科生科研团队\n开放了全部实验设备，并配备专门的指\n导教师。\n关注秋粮收购\n',
         True, {"text": "容量保持率提高到85%以上。"}),
    # PyMuPDF's text of a generated page (seed 2704): a paragraph's line as full as the
    # line above it in a column of 19 (…也让, 18.5 with a digit), where the measure around
    # it took in a wider box's lines nearby (21): it is full, and the paragraph goes on.
    Case("line-full-by-its-own-columns-measure-goes-on", "BLK005",
         '不等于“没有未来”。从调研看，不少小规\n模学校在课程、教学和管理上大胆探索，办\n出了令人惊喜的办学特色。\n推进优质医疗资源扩容下沉\n县域医共体让群众就近看好病\n——来自甘肃、河南、四川基层的调查\n本报记者  邹  翔  韩晓蕾\n早上7点半，甘肃省会宁县丁家沟镇卫\n生院门口已经排起了队。72岁的村民马有福\n攥着挂号单，等着县人民医院心内科的医生\n来坐诊。“以前看心脏病得去县城，来回一\n整天，还得让儿子请假陪着。现在县里的专\n家每周二到镇上来，在家门口就能看。”马\n有福说。\n像这样的变化，正在中西部许多县城发\n生。近年来，各地以县域医共体建设为抓\n手，推动人员、技术、设备向基层流动，群\n众看病“舍近求远”的局面逐步改变。记者\n在3个省份的6个县走访发现，县域内就诊率\n普遍保持在90%左右，一些县的乡镇卫生院\n重新热闹了起来。\n图为会宁县人民医院医生在丁家沟镇卫生院为村\n民检查身体。 本报记者  邹  翔摄\n科技创新在一线\n快递进村，“最后一公里”越走\n越顺\n本报记者  周  雷\n每天10:30，安徽省金寨县梅山镇的快\n递共配中心都会迎来一天中最忙碌的时刻。\n来自县城的货车卸下一筐筐包裹，分拣员按\n下图：村民在村级快递服务点寄出自家种植的茶\n叶。金寨县商务局供图\n上图：金寨县梅山镇快递共配中心，分拣员正在\n分拣包裹。本报记者  周  雷摄\n村名把它们装进不同的周转箱，半小时后，\n十几辆电动三轮车就从这里出发，把包裹送\n往全镇的26个行政村。\n截至5月底，全国95%以上的建制村实现\n快递服务直达，农村地区日均收投快件超过\n1亿件。快递进村既方便了村民网购，也让\n农产品“出山”更加顺畅。\n',
         None, {"text": "快递进村既方便了村民网购，也让农产品“出山”更加顺畅。"}),
    # PyMuPDF's text of a generated page (seed 2704): one line over the first headline,
    # only the page's furniture above it. It stays the headline's kicker, as its words
    # read; the page was printed with it as a banner across the page, which reads the
    # same in text: the article's flag says so. Without the line, nothing to doubt.
    Case("kicker-alone-under-the-furniture-may-be-the-banner", "CLS001",
         '江南晨报\n2025年10月16日 星期四 第14版 国际\n本版责编：石静艳  胡琳军  版式设计：侯  敏\n在推进中国式现代化建设中走在前列\n海滨公园“落日音乐会”每周六\n开唱\n本报讯（记者 林 楠）每逢周六傍晚，\n海滨公园的草坪上都会响起悠扬的音乐。由\n市文化馆主办的“落日音乐会”自7月启动\n以来，已举办6场，吸引观众2万多人次。\n带着女儿来听音乐会的刘先生说，他是\n在报上看到那条本报讯，才知道这里有免费\n音乐会的。现在一家人每周六都会来，“吹\n市民在海滨公园观赏落日。视觉中国供图\n着海风听音乐，特别惬意”。\n市文化馆负责人介绍，音乐会演出团队\n',
         None, {"flags0": ["truncated_paragraph", "kicker_or_banner"], "a0.kicker": "在推进中国式现代化建设中走在前列"}),
    Case("first-headline-without-a-kicker-raises-no-banner-flag", "CLS001",
         '江南晨报\n2025年10月16日 星期四 第14版 国际\n本版责编：石静艳  胡琳军  版式设计：侯  敏\n海滨公园“落日音乐会”每周六\n开唱\n本报讯（记者 林 楠）每逢周六傍晚，\n海滨公园的草坪上都会响起悠扬的音乐。由\n市文化馆主办的“落日音乐会”自7月启动\n以来，已举办6场，吸引观众2万多人次。\n带着女儿来听音乐会的刘先生说，他是\n在报上看到那条本报讯，才知道这里有免费\n音乐会的。现在一家人每周六都会来，“吹\n市民在海滨公园观赏落日。视觉中国供图\n着海风听音乐，特别惬意”。\n市文化馆负责人介绍，音乐会演出团队\n',
         None, {"flags0": ["truncated_paragraph"], "a0.headline": "海滨公园“落日音乐会”每周六开唱"}),
    # pdftotext's text of a generated page (seed 1708): a justified line stretched, a space
    # after every character, two marks kept together (“ 第 一 ”“ 最 多 ”“ 最): counted with
    # its spaces it is wider than the column, a title's; it fills the measure, no wider.
    Case("stretched-line-fills-the-measure-no-wider", "BLK005",
         '“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）\n五”时期，中国经济总量连\n续跨越多个台阶，中国经济\n持续高质量发展为全球经济\n复苏增长作出积极贡献，成\n为世界经济发展最稳定、最\n可靠、最积极的力量。\n“中国经济蕴含强大韧\n性和持久活力”\n稳居全球制造业第一大\n国，200多种主要工业品产\n量世界第一，建成全球数量\n最多的5G基站，拥有全球规\n模最大的研发人员队伍……\n“十四五”时期，中国经济\n总量连续跨越110万亿元、\n120万亿元、130万亿元人民\n币，今年预计可以达到140\n万亿元人民币左右。一个个\n“ 第 一 ”“ 最 多 ”“ 最\n大”，彰显中国经济社会发\n展加快实现从量变到质变、\n从中低端到中高端、从追赶\n者到领跑者的巨大转变。面\n对国际环境剧烈变化等多重\n困难挑战冲击，中国经济保\n持稳中有进发展态势，并在\n科技创新等领域取得突出成\n就，展现出强大的活力与韧\n性。\n\f',
         None, {"text": "一个个“第一”“最多”“最大”，彰显"}),
    # ... its line beside a photo, a few characters spread across the room left (…规划 / 好
    # 实 施 / 图为…): no spaced name under a title but the paragraph's line; it goes on.
    Case("spread-line-over-a-caption-goes-on", "BLK005",
         '久久为功，“APEC蓝”成为“北京蓝”（总书\n记的关切·落地的回响）\n本报记者 程 龙 潘俊强\n编者按：言出必践，是\n中国共产党执政的鲜明风\n格。\n“事情说了，得听到落\n地的回响，看看落实得到底\n怎么样。”习近平总书记反\n复强调实干兴邦、狠抓落\n实。“十四五”收官之年，\n人们看到，美好蓝图细化为\n施工图、转化为实景画，\n“件件有着落、事事有回\n音”。迈向下一个五年，要\n把“十五五”目标任务规划\n好 实 施\n图为快递员分拣包裹。 受访单\n位供图\n好，“以钉钉子精神抓落\n实”，确保基本实现社会主\n义现代化取得决定性进展。\n',
         None, {"a0.captions": ["图为快递员分拣包裹。 受访单位供图"], "text": "规划好 实 施好，“以钉钉子"}),
    # pdftotext's text of a generated page (seed 1702): a dateline's first line stretched (本
    # 报 讯 （ 记 者 孙), a caption wider than the column under it, then the dateline's end:
    # the spaces go (NRM003), the dateline opens the text, the caption is cut out of it.
    Case("stretched-dateline-over-a-caption", "NRM003",
         '持续晴热高温天气来\n袭\n白天躲高温 夜晚\n逛夜市\n本 报 讯 （ 记 者 孙\n江滩公园里，孩子们在喷泉\n旁戏水消暑。视觉中国供图\n婷 通讯员 高 原）连日\n来，我市持续晴热高温，\n最高气温一度达到38.\n▲7日晚，市民在青石街夜\n市选购小吃。 记者 孙 婷\n摄\n6 ℃ 。 白 天 街 头 行 人 稀\n少，到了晚上，江滩、夜\n市、商圈却人头攒动，不\n少市民选择在夜间出门纳\n凉、消费。\n（上接第6版）\n',
         True, {"a0.dateline": "本报讯（记者孙婷 通讯员 高 原）",
                "a0.captions": ["江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图",
                                "▲7日晚，市民在青石街夜市选购小吃。 记者 孙 婷摄"]}),
    # PyMuPDF's text of a generated page (seed 2801): a paragraph's line justified across the
    # column with six characters, over a photo, written a character a line (…涵盖新书 / 发 /
    # 布 / 、 / 版 / 权 / 签 / 图为…): one printed line, full; the paragraph goes on.
    Case("characters-a-line-are-one-spread-line", "BLK005",
         '士和参观者。创立于1949\n年的法兰克福书展，是全\n球规模最大的出版行业展\n会之一。本届书展适逢中\n国与欧盟建交50周年，65\n家中国出版单位携5000余\n种、6500余册图书参展，\n外文版图书占比超过\n1/3。书展期间，中外出\n版单位合作举办了近60场\n文化交流活动，涵盖新书\n发\n布\n、\n版\n权\n签\n图为8月10日，运动员在比\n赛中。 本报记者  张芳刚摄\n约、学术座谈、艺术展览\n等形式。\n',
         None, {"text": "涵盖新书发布、版权签约、学术座谈"}),
    # ... PyMuPDF's "blocks" (seed 2801): the spread line a text box of its own, over the
    # caption's box: one printed line all the same, the paragraph's.
    Case("characters-a-line-in-a-box-over-a-caption", "BLK005",
         '\n国与欧盟建交50周年，65\n\n家中国出版单位携5000余\n\n种、6500余册图书参展，\n\n外文版图书占比超过\n\n1/3。书展期间，中外出\n\n版单位合作举办了近60场\n\n文化交流活动，涵盖新书\n\n发\n布\n、\n版\n权\n签\n\n图为8月10日，运动员在比\n赛中。 本报记者  张芳刚摄\n\n约、学术座谈、艺术展览\n\n等形式。\n',
         None, {"captions": ["图为8月10日，运动员在比赛中。 本报记者  张芳刚摄"],
                "text": "涵盖新书发布、版权签约、学术座谈"}),
    # ... a line justified across the column with two marks set touching, read as one of
    # the extractor's lines (…保障高水平安 / 全 / ”； / 等 / 等 / 。): a piece of the spread
    # line all the same; the paragraph goes on through it and past the photo's caption.
    Case("spread-line-with-two-marks-as-one-piece", "BLK005", SPREAD_WITH_A_MARK_PAIR, None,
         {"text": "保障高水平安全”；等等。8月29日召开", "a0.captions": ["图为志愿者为老人测量血压。曹雪娜摄"]}),
    # ... a number among the pieces (PyMuPDF, d15301 gen-15301: …借阅点 / 已 / 增 / 至 / 40 /
    # 个 / ， / 覆 / 图为…): one piece, never spread inside; the paragraph goes on through
    # it and past the photo's caption (the number had been taken for a page number).
    Case("spread-line-with-a-number-as-one-piece", "BLK005", SPREAD_WITH_A_NUMBER, None,
         {"text": "借阅点已增至40个，覆盖所有街道", "a2.captions": ["图为工人在生产线上忙碌。 县融媒体中心供图"]}),
    # ... a number alone over a photo's caption, under a line that ended no sentence
    # (PyMuPDF, d15401 gen-15407: …达到96.5%，较 / 20 / 图为… / 20年提高…): the line
    # before the photo, the paragraph goes on through it.
    Case("number-alone-over-a-caption-goes-on", "BLK005",
         SPREAD_WITH_A_NUMBER.replace("\n已\n增\n至\n40\n个\n，\n覆\n", "\n已增至40个，较\n20\n")
         .replace("\n盖所有街道。市民持读者证\n", "\n20年多出一倍。市民持读\n"), None,
         {"text": "已增至40个，较2020年多出一倍。"}),
    # ... but numbers alone in a row are a table's, not a spread line's pieces: they
    # count toward no run of them.
    Case("numbers-alone-are-no-spread-line", "BLK005",
         SPREAD_WITH_A_NUMBER.replace("\n已\n增\n至\n40\n个\n，\n覆\n", "\n12\n40\n35\n覆\n"), None,
         {"not_text": "借阅点12403"}),
    # ... two Han characters as one line are no spread line's piece (a word, or two columns'
    # ends an orderer set side by side): not read into the line.
    Case("two-han-characters-are-no-spread-piece", "BLK005",
         SPREAD_WITH_A_MARK_PAIR.replace("\n”；\n", "\n安全\n"), None,
         {"not_text": "高水平安全安全等等"}),
    # PyMuPDF's text of a generated page (seed 2801): a caption with no credit, its sentence
    # ended, set where the paragraph stopped mid-sentence at a full line (…搬过3次 / 图①：
    # …出版 / 的《江城晚报》创刊号。 / 家，从铅与火…): the full line under it goes on with
    # the paragraph, not with the caption.
    Case("caption-ended-over-the-cut-paragraphs-full-line", "BLK005",
         '刷厂运出，报童们抱着还\n带着油墨香的报纸跑上街\n头。那一天的报纸只有4\n个版，售价2分钱，却被\n市民抢购一空。\n七十年来，这张报纸\n换过10次版式、搬过3次\n图①：1955年7月8日出版\n的《江城晚报》创刊号。\n家，从铅与火、光与电一\n路走到了数与网。不变\n的，是它始终把镜头和笔\n触对准这座城市里的普通\n人。\n图②：上世纪80年代，市民\n在街头报栏前读报。\n责任编辑  梁  雪   美术编辑  蒋飞敏\n',
         None, {"captions": ["图①：1955年7月8日出版的《江城晚报》创刊号。", "图②：上世纪80年代，市民在街头报栏前读报。"],
                "text": "搬过3次家，从铅与火"}),
    # PyMuPDF's text of a generated page (seed 906): a quotation closed at a full line, a
    # photo's caption, then its speaker (…补补技术课。” / 图①：… / 他说。): one paragraph.
    Case("attribution-after-a-caption-goes-on", "BLK005",
         '毕业季，他们为何选择“慢就\n业”？\n中青报·中青网记者  王  林  实习生  刘思远\n7月毕业后，林远没有急着找工作。他\n报了一个为期3个月的编程训练营，每天从9\n点学到21:30。“本科学的是市场营销，但\n我更想做产品经理，得先补补技术课。”\n图①：一名应届毕业生在招聘会上咨询岗位信\n息。 中青报·中青网记者 李  强/摄\n他说。\n像林远这样毕业后暂不就业、继续学习\n或调整方向的年轻人，被称为“慢就业”群\n体。中国青年报社社会调查中心近期对\n1,502名受访者进行的一项调查显示，46.3%\n的受访者身边有“慢就业”的同学或朋友。\n图②：毕业生在校园里拍摄毕业照。（资料图\n片）\n图为志愿者为老人测量血压。\n受访单位供图\n一线调研\n前10个月全国新设经营主体同比增长\n3.5%\n本报北京11月4日电（记者 王 琳）市\n场监管总局4日发布数据显示，今年前10\n图为工作人员巡检输电线路。\n新华社记者  于龙云摄\n个月，全国新设经营主体2,300多万户，同\n比增长3.5%。其中，新设企业约730万户，\n新设个体工商户约1,570万户。\n从行业看，新设企业主要集中在批发和\n零售业、租赁和商务服务业、科学研究和技\n',
         None, {"text": "得先补补技术课。”他说。"}),
    # ... two photos' captions one under the other (图①：…特展。 / 图②：…): two captions.
    Case("caption-under-a-caption-is-another", "BLK005",
         '零售业、租赁和商务服务业、科学研究和技\n术服务业等领域。数字经济相关企业保持较\n快增长，新设企业数量同比增长11.4%。市\n场监管总局有关负责人表示，将持续优化营\n商环境，为经营主体发展壮大创造良好条\n件。\n铁凝出席非洲女性议员研讨\n班开班式\n新华社北京10月19日电  全国人大常\n委会副委员长铁凝19日在京出席由全国人大\n举办的非洲女性议员研讨班开班式并致辞。\n她表示，习近平主席在全球妇女峰会上发表\n主旨讲话，提出加速妇女全面发展新进程的\n中国主张，引起热烈反响。中方愿同与会各\n方从立法机构角度落实全球妇女峰会和中非\n合作论坛北京峰会成果，密切立法机构友好\n往来，加强治国理政经验交流，完善妇女权\n益法治保障，携手构建人类命运共同体。\n年轻人为何爱上“博物馆打卡”？\n中青报·中青网记者  毛  宁  实习生  吴  桐\n端午假期，国家博物馆门前排起了长\n队。队伍中，年轻面孔占了多数。22岁的大\n学生林可提前一周预约了门票，“这次专门\n来看青铜器特展，攻略做了好几天”。\n图①：观众在国家博物馆参观青铜器特展。\n图②：年轻观众在展柜前拍照打卡。 中青报·中\n青网记者  毛  宁/摄\n“在上海，能看到演艺的未来”\n朱  柚\n10月18日，融合了现代演艺形式和传统\n文化特色的英歌和醒狮表演，为第二十四届\n中国上海国际艺术节国际演艺大会及国际对\n话拉开帷幕。\n跻身世界一流艺术节展梯队的中国上海\n国际艺术节，“全球艺场”集聚效应愈加显\n著，今年大会吸引了全球约500家专业机\n构、2000名业界代表齐聚黄浦江畔，共同踏\n（下转第20版）\n联合国粮农组织呼吁加大农\n业投资\n本报联合国10月18日电（记者 李晓宏\n',
         None, {"a2.captions": ["图①：观众在国家博物馆参观青铜器特展。",
                                "图②：年轻观众在展柜前拍照打卡。 中青报·中青网记者  毛  宁/摄"]}),
    Case("title-whose-lede-a-caption-cuts-opens-an-article", "CLS016", LEDE_CUT_BY_CAPTION, None,
         {"a1.headline": "百余家博物馆推出夜间开放", "a2.headline": "老年大学里的“银发”新生"}),
    # The paragraph under the line ended before the caption: the text after it is another
    # paragraph, whose words are not the line's lede's.
    Case("lede-that-ends-before-the-caption-echoes-alone", "CLS016",
         LEDE_CUT_BY_CAPTION.replace("就被一抢而空。“比年轻人抢演唱会\n", "就被一抢而空。\n"), None,
         {"a1.headline": "百余家博物馆推出夜间开放", "text": "\n## 老年大学里的“银发”新生\n",
          "not_text": "\n# 老年大学"}),
    # Tesseract (seed 3101): a headline in three pieces over its column's tag in two, the
    # tag's first half on the line under the headline's second piece (…“北京蓝” / （总书记
    # 的关切落): the tag ends the headline's run of lines, no headline of its own with the
    # title as its kicker.
    Case("column-tag-under-a-wrapped-headline-ends-it", "CLS016",
         '“台独”共同政治基础\n上，推动两岸交流合作，\n致力维护台海和平稳定，\n增进两岸同胞亲情福社，\n成效积极。当前，世界百\n年变局加速演进，中华民\n族伟大复兴势不可挡。期\n望两党坚持共同政治基\n础，团结广大台湾同胞，\n增强做中国人的志气、骨\n气、底气，深化交流合\n作，促进共同发展，推进\n国家统一，坚定守护中华\n民族共同家园，守护两岸\n同胞根本利益，携手开创\n中华民族更加美好的未\n来。\n\n一线调研\n\n久久为功 ，"APEC\n\n蓝"成为"北京蓝"\n(总书记的关切落\n\n地的回响)\n\n本报记者 程 龙 潘俊强\n\n编者按:， 言出必践，\n是中国共产党执政的鲜明\n', None,
         {"a1.kicker": "一线调研",
          "a1.headline": '久久为功 ，"APEC蓝"成为"北京蓝"(总书记的关切落地的回响)'}),
    # Tesseract (seed 3101): a paragraph's first line ends in a number whose unit opens the
    # next line (…配有图书约3000 / 册，…); short by its digits in a narrow column, it is no
    # heading of its own over a first line, but the paragraph's first line.
    Case("number-broken-from-its-unit-is-no-heading", "BLK009",
         "本报讯 (通讯员何 静 记者 林\n柿) 记者从市图书馆获悉，随着近日港\n湾路、学府路等6个新点位投入使用，\n全市24小时自助借阅点已增至40个，履\n盖所有街道。市民持读者证或电子社保\n卡即可随时借还图书。\n\n每个自助借阅点配有图书约3000\n册，图书馆根据借阅数据每月更新一\n\n次，畅销书、人少儿读物和生活类图书最\n受欢迎。据统计，今年1至7月，全市自\n助借阅点累计借还图书21.6万册次，同\n比增长335%，其中晚上8点以后的借阅量\n约占三成。\n\n“下班晚，图书馆早关门了，现在\n楼下就能借书，太方便了。”在港湾路\n借阅点还书的市民小赵说。\n", None,
         {"body0": ["本报讯 （通讯员何 静 记者 林柿） 记者从市图书馆获悉，随着近日港湾路、学府路等6个新点位投入使用，"
                    "全市24小时自助借阅点已增至40个，履盖所有街道。市民持读者证或电子社保卡即可随时借还图书。",
                    "每个自助借阅点配有图书约3000册，图书馆根据借阅数据每月更新一次，畅销书、人少儿读物和生活类图书最受欢迎。"
                    "据统计，今年1至7月，全市自助借阅点累计借还图书21.6万册次，同比增长335%，其中晚上8点以后的借阅量约占三成。",
                    "“下班晚，图书馆早关门了，现在楼下就能借书，太方便了。”在港湾路借阅点还书的市民小赵说。"]}),
    # A pull-quote closing an article (“中国经济蕴含强大韧性 / 和持久活力”) over the next
    # article's title is no kicker of that title but the text above's last paragraph
    # (Tesseract, committed page 7; the PDF converters' text of it too).
    Case("pull-quote-over-a-title-is-no-kicker", "CLS006",
         '理解与信任才是基础\n\n取得新的开创性进展、突破性\n变革、历史性成就。接受本报\n记者采访的国际人士表示，\n“十四五”时期，中国经济总\n量连续跨越多个台阶，中国经\n等续高质量发展为全球经济\n复苏增长作出积极贡献，成为\n世界经济发展最稳定、最可\n靠、最积极的力量。\n\n“中国经济蕴含强大韧性\n和持久活力”\n\n首批古籍活化"精品\n项目名单公布\n\n本报北京3月17日电 (记\n者饶翔) 记者17日从有关\n\n图为游客在景区参观游览。 受访\n单位供图\n\n部门获悉，首批“古籍活化”\n精品项目名单日前公布，共有\n42个项目入选，涵盖古籍整理\n', None,
         {"a1.kicker": None, "a1.headline": '首批古籍活化"精品项目名单公布',
          "body0": ["取得新的开创性进展、突破性变革、历史性成就。接受本报记者采访的国际人士表示，“十四五”时期，"
                    "中国经济总量连续跨越多个台阶，中国经等续高质量发展为全球经济复苏增长作出积极贡献，成为世界经济"
                    "发展最稳定、最可靠、最积极的力量。", "“中国经济蕴含强大韧性和持久活力”"]}),
    # Tesseract (seed 3101): a title's last characters read apart inside its text (委内瑞拉
    # 加强应对美军 / 本报记者 陈海琪 / … / 事威胁), under a byline alone: the byline is the
    # head's, and a tail of three characters needs one of its two pairs in the text (威胁).
    Case("title-tail-apart-under-a-byline", "LAY201",
         '委内瑞拉加强应对美军\n\n本报记者 陈海琪\n\n图为10月3日，学生在实验室进行科学实验。 本报记者 常晨明摄\n\n委内瑞拉总统马杜罗日\n前表示，委内瑞拉抵制美国\n中央情报局策划的政变，拉\n美地区对此行径“不欢迎、\n不需要”，并强烈择击。马\n杜罗最近还在“原住民抵抗\n\n日”纪念活动上号召该国原\n住民加入民兵组织，并组建\n原住民民兵旅，以应对美在\n委附近加勒比海域加强军事\n部署带来的威胁。据当地媒\n体报道，委政府正持续推进\n\n事威胁\n\n国内政治与社会力量团结，\n推动地方防卫力量体系化建\n设，形成“全民绒兵”的防\n卫格局。\n', True,
         {"a0.headline": "委内瑞拉加强应对美军事威胁", "a0.byline": "本报记者 陈海琪"}),
    # Tesseract (seed 3101) sets a large title's number apart (24小时 / 习助借阅氮增至 /
    # 40个): a number with its unit alone is no kicker, but the headline's first piece.
    Case("number-with-its-unit-over-a-title-is-no-kicker", "CLS015",
         '24小时\n\n习助借阅氮增至\n\n40个\n\n一一记者实地探访\n\n本报讯 (通讯员何 静 记者 林\n柿) 记者从市图书馆获悉，随着近日港\n湾路、学府路等6个新点位投入使用，\n全市24小时自助借阅点已增至40个，履\n盖所有街道。市民持读者证或电子社保\n卡即可随时借还图书。\n', None,
         {"a0.kicker": None, "a0.headline": "24小时习助借阅氮增至40个"}),
    # Tesseract (seed 3101) reads a byline set beside the title after the text's first
    # lines, a name alone between blank lines (…一扇窗口。 / 赵佳洁 / 何为教育？…): the
    # article's byline, no section heading of its text.
    Case("name-alone-inside-the-text-is-the-byline", "CLS014",
         '走进产业园区\n\n要学"对不对”, 也学“美不美”(中国道路中\n国梦.青春为中国式现代化挺磨担当 )\n\n提起美术课，你会想\n到什么?\n\n传统印象中，它或许\n是课程表上容易被忽略的\n角落，是被主科挤占的\n“边缘课”。今天，随着\n德智体美劳“五育并举”\n愈发深入人心，美育不再\n是锦上添花的配饰，而逐\n步成为现代教育的“刚\n需”。美育发挥着滋养生\n命、塑造人格、启迪智慧\n的关键作用。在我的课堂\n里，美术是孩子们用画笔\n记录生活的生动实践，也\n是他们认识自我的一扇窗\n口。\n\n赵佳洁\n\n何为教育?在我看\n来,不仅是要教导孩子们\n知道“对不对”，也要帮\n助他们认识“美不美”。\n从业伊始，其实我是一名\n语文老师，因为喜欢绘画\n', None,
         {"a0.byline": "赵佳洁", "a0.kicker": "走进产业园区"}),
    # pdftotext -layout (seed 1706, its right three columns): the right column's box ends a
    # sentence on a full line (…崭新局面。), then three rows blank in that column where the
    # columns left of it print on (so no blank line in the source), then the next box's
    # title under it: the rows part the two boxes, the title opens a block of its own (not
    # a line of the paragraph above) and heads its own article.
    Case("grid-rows-blank-in-a-column-end-its-box", "LAY001", page_of([
        '    10月20日至23日，党的二    力同心、攻坚克难，我国经济           “十五五”新的征程即将',
        '',
        '十届四中全会在北京召开。会         社会发展取得新的开创性进         开启，以习近平同志为核心的',
        '',
        '议将审议《中共中央关于制定         展、突破性变革、历史性成         党中央团结带领全党全国各族',
        '',
        '国民经济和社会发展第十五个         就。                   人民，向着全面建成社会主义',
        '',
        '五年规划的建议》，为未来五           2026年—2030年，围绕以    现代化强国、实现第二个百年',
        '',
        '年中国发展擘画蓝图。            中国式现代化全面推进强国建        奋斗目标踔厉奋发、勇毅前',
        '    2021年—2025年，“十四   设、民族复兴伟业，“十五         行，必将确保基本实现社会主',
        '',
        '五”时期是我国全面建成小康',
        '社会、实现第一个百年奋斗目',
        '                      五”时期是基本实现社会主义',
        '                      现代化夯实基础、全面发力的',
        '                                           义现代化取得决定性进展，开',
        '                                           创中国式现代化崭新局面。',
        '',
        '标之后，乘势而上开启全面建',
        '设社会主义现代化国家新征',
        '                      关键时期。                领航定向 驾驭发展全局创造',
        '                                                新的历史伟业',
        '                                           本报记者 程 龙 潘俊强',
        '                                             编者按：言出必践，是中',
        '                                           国共产党执政的鲜明风格。',
    ]), True, {"a1.headline": "领航定向 驾驭发展全局创造新的历史伟业",
                  "body1": ["编者按：言出必践，是中国共产党执政的鲜明风格。"]}),
    # pdftotext -layout (seed 906): a caption set in a column (图①：…特展。) ends a
    # sentence; rows blank under it where it stands, the right columns printing on, then
    # the next box's title centred over the column (it starts right of the caption's start):
    # the title opens a block of its own, not a line read on from the caption.
    Case("grid-rows-blank-under-a-caption-before-a-centred-title", "LAY001", page_of([
        '                                                                  本报联合国10月18日电（记者 李晓宏',
        '  端午假期，国家博物馆门前排起了长',
        '队。队伍中，年轻面孔占了多数。22岁的大',
        '学生林可提前一周预约了门票，“这次专门',
        '来看青铜器特展，攻略做了好几天”。',
        '',
        '',
        '',
        '                                      图②：年轻观众在展柜前拍照打卡。 中青报·中',
        '                                      青网记者 毛 宁/摄',
        '                                                                图为6月9日，游客在古镇街头拍照留念。 本报',
        '                                                                记者 毛平玉摄',
        '图①：观众在国家博物馆参观青铜器特展。',
        '                                                                ）联合国粮食及农业组织近日发布报告指',
        '                                                                出，全球仍有约7亿人面临饥饿，气候变',
        '           “在上海，能看到演艺的未来”                                       化、地区冲突和经济下行是影响粮食安全的',
        '                                 朱 柚                            主要因素。报告呼吁各国加大对农业特别是',
        '                                                                小农户的投资。',
        '  10月18日，融合了现代演艺形式和传统                   跻身世界一流艺术节展梯队的中国上海',
        '                                                                  报告说，农业投资每增加1美元，可为',
        '文化特色的英歌和醒狮表演，为第二十四届                   国际艺术节，“全球艺场”集聚效应愈加显',
        '                                                                贫困人口带来数倍于其他领域投资的收益。',
        '中国上海国际艺术节国际演艺大会及国际对                   著，今年大会吸引了全球约500家专业机',
        '                                                                粮农组织总干事在报告发布会上表示，国际',
        '话拉开帷幕。                                构、2000名业界代表齐聚黄浦江畔，共同踏',
        '                                                                社会应当进一步加强合作，帮助发展中国家',
        '                                      （下转第20版）',
        '                                                                提升农业生产能力和抗风险能力，推动落实',
        '                                                                2030年可持续发展议程。',
    ]), True, {"a1.headline": "“在上海，能看到演艺的未来”"}),
    # A column's short last line two spaces after the first column's line is that next
    # column's, not a row glued on in the first column's own place (_own_column): the
    # second column is read down (工序…竹家加 / 具和竹制餐具。).
    Case("sort-true-gutter-after-a-first-columns-line-is-no-glued-row", "LAY002",
         SORT_GUTTER_AFTER_FIRST, True, {"text": "工序，变成了竹地板、竹家加具和竹制餐具。"}),
    # The seed-1404 page's dispatch: its columns read as two streams at once (`_streams`),
    # the second column's rows coming one and then two lines apart; the runs of k columns
    # left it as printed (人大举办… read after 展新进程…).
    Case("columns-read-across-with-a-changing-stride-as-streams", "LAY101", STREAMS_PDFMINER,
         True, {"text": "致辞。她表示，习近平主席在全球妇女峰会上发表主旨讲话，提出加速妇女全面发展新进程的中国主张"}),
    # A piece read as two streams that beats the runs' order by less than the old margin (8)
    # and more than `stream_margin` (5.5): the dispatch's first column is read down (…开通试运
    # / 营。…设车站8 / 座，…), where the runs' order read it in three columns (…开通试运23:00).
    Case("columns-read-as-streams-gaining-less-than-eight", "LAY101", STREAMS_GAIN_BELOW_EIGHT,
         True, {"text": "地铁5号线二期工程将于7月10日10:00开通试运营。二期工程全长11.6公里，设车站8座，"
                        "开通后5号线全长达到36.4公里。", "not_text": "开通试运23:00"}),
    # ... but a piece gaining less than `stream_margin` stays in the runs' order: the
    # committed seed-2 page's dispatch keeps its title (with a margin of 4.5 the streams'
    # order ran it into the text: 蒙内铁路累计发送旅客超1300万人次非最大港口…).
    Case("columns-read-as-streams-gaining-too-little-stay", "LAY101", SEED2_PDFMINER,
         True, {"text": "# 蒙内铁路累计发送旅客超1300万人次\n", "not_text": "超1300万人次非最大港口"}),
    # pdfminer.six's reading of a box's two columns row by row, every line full and every
    # break inside a word the page prints nowhere else (推动经|济, 大力培|育, 外出打|工): the
    # page's own pairs say nothing either way, the word list (rules/words.txt) that a word
    # spans each break of the columns read down, and none of the rows read across.
    Case("columns-read-across-put-back-by-words", "LAY101",
         "县域产业园区见闻\n\n本报记者 王五\n\n" + "\n\n".join(
             x for pair in zip(WORDS_COLUMN_ONE, WORDS_COLUMN_TWO) for x in pair) + "\n\n\f",
         True, {"body0": ["".join(WORDS_COLUMN_ONE + WORDS_COLUMN_TWO)]}),
    # A box's columns read row by row right after lines of its own column read down, all
    # set to the measure (no title between to start the run at): the run starts after
    # them (`mid_start_cost`), where it could start only at the masthead before, a line
    # off, and was never found (演唱会门|绘画).
    Case("columns-read-across-after-lines-read-down", "LAY101", SEED9_PDFMINER, True,
         {"text": "演唱会门票还激烈。”老年大学教务处负责人笑着说。", "not_text": "演唱会门绘画"}),
    # PyMuPDF's sort=True text of a generated page (seed 708): a photo cuts the second
    # column's paragraph (…已在前 / 海注册公司…); its caption, in smaller type, is padded in
    # its own characters' width (24 spaces where the column stands 20 ems in), so it stood
    # off the column and the paragraph was not read on under it (small_type).
    Case("sort-true-paragraph-opens-under-its-short-last-line", "LAY002",
         SORT_SHORT_PARAGRAPH_END, True, {"text": "发出这样的感慨。\n\n这句话里，既有"}),
    Case("sort-true-paragraph-opens-under-a-short-last-line-but-not-past-a-heading", "LAY002",
         SORT_HEADING_BETWEEN, True, {"text": "0.6元左右。\n\n金寨县商务局提供的数据显示",
                                      "not_text": "效果较好。\n\n进一步完善"}),
    Case("sort-true-column-runs-on-into-one-whose-second-line-is-short", "LAY002",
         SORT_RUNS_ON_OVER_A_SHORT_LINE, True,
         {"text": "亚的斯亚贝巴郊外的拉布站。窗外的景色如画卷般展开"}),
    Case("sort-true-caption-padded-in-its-smaller-type", "LAY002",
         '\n广东举办粤港澳大湾区青年创新创业大   引领未来，中国做对了什么\n                                                 任仲平\n赛                                               （一）\n  南方日报讯（记者/朱 晓）9月2日，第   香港青年创业者梁嘉欣是上届大赛的获   每逢重大历史关头，中国共产党总是能\n五届粤港澳大湾区青年创新创业大赛在深圳 奖者，她的团队研发的智能康复设备已在前 够科学把握历史方位与形势变化，制定正确\n前海启动。大赛设人工智能、生物医药、新                      的政治战略策略，指引中国人民战胜无数风\n能源等6个赛道，面向大湾区及海外青年创                      险挑战、始终走在时代前列。\n业团队征集项目，总奖金池达600万元。                              10月20日至23日在北京召开党的二十届\n  主办方介绍，往届大赛共吸引4,000多                      四中全会，研究制定“十五五”规划建议，\n个团队参赛，一批获奖项目已在大湾区落地                      旨在对未来五年发展作出顶层设计和战略擘\n                        图为8月23日，农民在田间收割水稻。 钟 云摄\n转化。今年大赛还将为优秀项目对接投资机                      画，推动事关中国式现代化全局的战略任务\n构和孵化平台，帮助青年创业者“从0到1” 海注册公司并实现量产。“大湾区的产业链  取得重大突破。\n跨越发展难关。              很完整，从设计到生产，在这里都能找到合\n                    作伙伴。”她说，今年她将以评委身份回到\n                     赛场，和更多年轻人分享创业经验。\n\n\n',
         True, {"text": "已在前海注册公司并实现量产"}),
    # PyMuPDF's text of a generated page (seed 2808): a title that asks, read on after a
    # paragraph's last sentence over its subtitle and a byline (…的重要“密码”。 / 年轻人为何
    # 爱上“博物馆打卡”？ / ——来自基层一线的调查): its question mark ends no paragraph there.
    Case("title-that-asks-after-a-sentence-over-a-subtitle", "CLS015",
         '“在世界百年变局中，中国\n提供了稳定性和确定性。”领会\n习近平总书记这一重要论断，五\n年规划是一个独特视角。科学制\n定和接续实施五年规划，是我们\n党治国理政的重要方式，是读懂\n中国式现代化的重要“密码”。\n年轻人为何爱上“博物馆打卡”？\n——来自基层一线的调查\n中青报·中青网记者  毛  宁  实习生  吴  桐\n端午假期，国家博物馆门前\n排起了长队。队伍中，年轻面孔\n占了多数。22岁的大学生林可提\n前一周预约了门票，“这次专门\n来看青铜器特展，攻略做了好几\n天”。\n',
         True, {"a1.headline": "年轻人为何爱上“博物馆打卡”？", "a1.subtitle": "——来自基层一线的调查"}),
    # PyMuPDF's text of a generated page (seed 2803), a narrow column: a byline wrapped inside
    # its second name's title (通讯员  张  萌  中青报·中 / 青网记者  李  强), under a subtitle
    # the column's measure took for full: the byline's lines were read on from the subtitle.
    Case("byline-wrapped-inside-a-title-under-a-subtitle", "BLK005",
         '布，共有42个项目入选，涵\n盖古籍整理出版、数字化开\n发、文创产品、展览展示等\n类别。\n入选项目中，既有面向\n专业研究者的大型影印丛\n书，也有面向青少年的古籍\n绘本和有声读物。有关负责\n人表示，将对入选项目给予\n出版资助和宣传推广支持，\n推动古籍保护成果更好地走\n进大众生活。\n高校实验室里的\n“00后”科研团队\n——写在活动启动之际\n通讯员  张  萌  中青报·中\n青网记者  李  强\n凌晨1点，某理工大学\n材料学院的一间实验室仍亮\n着灯。5名“00后”本科生\n围在电镜前，观察一块新型\n电池隔膜材料的微观结构。\n这支平均年龄不到21岁\n',
         None, {"a1.subtitle": "——写在活动启动之际",
                "a1.byline": "通讯员  张  萌  中青报·中青网记者  李  强"}),
    # ... and its title over the subtitle, two lines with no kicker (高校实验室里的 / “00后”科研
    # 团队): the upper line ends on the attributive 的, whose noun is the line below, so
    # the lines wrap; it was taken for a kicker.
    Case("title-line-ending-on-de-wraps-into-the-next", "CLS015",
         '布，共有42个项目入选，涵\n盖古籍整理出版、数字化开\n发、文创产品、展览展示等\n类别。\n入选项目中，既有面向\n专业研究者的大型影印丛\n书，也有面向青少年的古籍\n绘本和有声读物。有关负责\n人表示，将对入选项目给予\n出版资助和宣传推广支持，\n推动古籍保护成果更好地走\n进大众生活。\n高校实验室里的\n“00后”科研团队\n——写在活动启动之际\n通讯员  张  萌  中青报·中\n青网记者  李  强\n凌晨1点，某理工大学\n材料学院的一间实验室仍亮\n着灯。5名“00后”本科生\n围在电镜前，观察一块新型\n电池隔膜材料的微观结构。\n这支平均年龄不到21岁\n',
         None, {"a1.kicker": None, "a1.headline": "高校实验室里的“00后”科研团队"}),
    # Tesseract (seed 5303): a large title read in three pieces over its byline (姬乡青年把 /
    # 有箱开进了 / 百村洛, for 返乡青年把民宿开进了古村落): the top piece ends on the coverb
    # 把, whose object is the line below, so the lines wrap; it was taken for a kicker.
    Case("title-line-ending-on-a-coverb-wraps-into-the-next", "CLS015",
         '\n姬乡青年把\n\n有箱开进了\n\n百村洛\n\n本报记者 王 瑾\n\n浙江省松阳县的杨家尝村，是\n一座有着300多年历史的古村落。4\n年前，在杭州做设计师的90后姑娘\n吴佳回到家乡，把村里3栋闲置\n',
         None, {"a0.kicker": None, "a0.headline": "姬乡青年把有箱开进了百村洛",
                "a0.byline": "本报记者 王 瑾"}),
    # ... but not a paragraph's line read among title lines (pdfminer.six, seed 1906): it
    # holds a clause mark (交通运输部有关负责人表示，将把 over 地铁5号线二期后天开通 / 试运营).
    Case("paragraph-line-ending-on-a-coverb-stays-off-the-title", "CLS015",
         '车线路上的危旧桥梁和急弯陡坡路段，\n\n公路提质增效行动，力争到2027年底，\n\n推动农村公路从“通得了”向“通得\n\n完成农村公路危旧桥梁改造1.2万座，\n\n好”转变。\n\n新增农村公路安全生命防护工程8万公\n\n交通运输部有关负责人表示，将把\n\n地铁5号线二期后天开通\n试运营\n\n江城晚报讯（记者 胡 杰）7日，\n记者从市轨道交通集团获悉，地铁5号\n\n据介绍，二期工程沿线串联起高铁\n\n',
         None, {"a1.headline": "地铁5号线二期后天开通试运营"}),
    # PyMuPDF's text of a generated page (seed 2801): a caption wrapped before its object
    # (图②：毕业生在校园里拍摄 / 毕业照。（资料图片）): the verb 拍摄 is no credit's 摄, so the
    # caption goes on; it was ended there and its last line read into the paragraph.
    Case("caption-line-ending-in-the-verb-paishe-goes-on", "CAP002",
         '毕业季，他们为何选择“慢就业”？\n中青报·中青网记者  王  林  实习生  刘思远\n图①：一名应届毕业生在招聘会上咨询岗位信息。 中青报·中青网记者 李  强/摄\n图②：毕业生在校园里拍摄\n毕业照。（资料图片）\n7月毕业后，林远没\n有急着找工作。他报了一\n个为期3个月的编程训练\n营，每天从9 点学到\n21:30。“本科学的是市\n场营销，但我更想做产品\n经理，得先补补技术\n课。”他说。\n一张报纸，陪伴一座城市\n',
         None, {"a0.captions": ["图①：一名应届毕业生在招聘会上咨询岗位信息。 中青报·中青网记者 李  强/摄",
                                "图②：毕业生在校园里拍摄毕业照。（资料图片）"]}),
    # PyMuPDF's text of a generated page (seed 2806): a paragraph that says it goes on
    # elsewhere (…白天街 / （下转第五版）) and a run after （上接第一版） and a photo's caption
    # (头行人稀少，…): both ends marked, the run needs only lean towards the paragraph's
    # words (min_margin_plain), not the margin of a fragment's head; it stayed put.
    Case("run-after-a-marker-continues-a-paragraph-marked-onward", "MOVE001",
         '北方日报\n01  要闻  2025年6月13日  星期五\n持续晴热高温天气来袭\n白天躲高温 夜晚逛夜市\n▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷 摄\n本报讯（记者 孙 婷 通讯员 高\n原）连日来，我市持续晴热高温，最高\n气温一度达到38.6 ℃。白天街\n（下转第五版）\n首届县域商业发展大会在\n义乌举办\n——多地推进情况观察\n本报讯（记者 柳 文）首届县域商\n业发展大会日前在浙江义乌举办。来自\n全国200多个县的商务部门负责人和\n1,000多家企业代表参会，围绕县域商\n业体系建设、农产品上行、消费品下乡\n等议题开展交流。\n图为11月24日，技术人员调试设备。\n新华社记者  韩红兰摄\n要学“对不对”，也学“美不美”\n（中国道路中国梦·青春为中\n国式现代化挺膺担当）\n赵佳洁\n提起美术课，你会想到什么？\n图为医生为村民义诊。 新华社记者  谭军\n建摄\n（上接第一版）\n江滩公园里，孩子们在喷泉旁戏水消暑。\n视觉中国供图\n头行人稀少，到了晚上，江滩、夜市、\n商圈却人头攒动，不少市民选择在夜间\n出门纳凉、消费。\n晚上9点，青石街夜市灯火通明。\n卖凉面的、卖烧烤的、卖冰粉的摊位前\n排起了长队。摊主老胡一边麻利地拌\n面，一边招呼客人：“凉面管够，辣子\n自己加！”他告诉记者，入夏以来，每\n晚能卖出300多碗，比平时多了一倍。\n“白天太热不敢出门，晚上出来走\n',
         True, {"text": "白天街头行人稀少，到了晚上"}),
    # PyMuPDF's text of a generated page (seed 2703): a jump marker that a line's end cut
    # in two (…突破百亿元。（下转第10 / 版）): one marker, taken out of the paragraph and
    # recorded on the article whole; the paragraph ends its sentence there.
    Case("jump-marker-cut-by-a-line-end", "JMP002",
         '一根竹子“撑”起一条产业链\n——宜宾市长宁县竹产业发展见闻\n四川日报全媒体记者  邓  童\n长宁县是远近闻名的\n“竹子之乡”，全县竹林面\n积达80余万亩。近年来，当\n地围绕竹笋、竹材、竹浆\n纸、竹文旅等领域延链补\n链，引进培育竹产业企业\n120余家，竹产业综合产值\n突破百亿元。（下转第10\n版）\n（上接第7版）\n据了解，长宁县还建立\n了竹产业技术研究院，与多\n所高校合作攻关竹材改性、\n竹纤维提取等关键技术，目\n',
         True, {"a0.jumps": ["（下转第10版）", "（上接第7版）"],
                "body0": ["长宁县是远近闻名的“竹子之乡”，全县竹林面积达80余万亩。近年来，当地围绕竹笋、"
                          "竹材、竹浆纸、竹文旅等领域延链补链，引进培育竹产业企业120余家，竹产业综合产值突破百亿元。",
                          "据了解，长宁县还建立了竹产业技术研究院，与多所高校合作攻关竹材改性、竹纤维提取等关键技术，目"]}),
    # PyMuPDF's text of a generated page (seed 2702): under a section heading (a line of its
    # own after a finished paragraph), a line as wide as the column, then one short by the
    # dropped indent: the full line is no paragraph's first line but a heading's, in a
    # column too narrow for a width alone to say so.
    Case("full-line-under-a-section-heading-over-a-first-line", "BLK009",
         '一个西班牙人对中国式现代化的观察\n胡里奥·塞瓦略斯\n不久前，西班牙商业顾问、作家胡\n里奥·塞瓦略斯推出西语专著《璇玑\n图》。该书根据其在中国18年工作与生\n活的观察与思考，以亲历者的视角深入\n分析中国发展的路径和经验，积极评价\n中国以数十年为时间尺度规划发展道\n路。该书一经出版就引发西方社会的广\n泛关注。本报邀请塞瓦略斯就该书撰写\n稿件，以飨读者。\n为何著书——\n中国不是难解的谜团，而是鲜活的拼图\n在21世纪的国际舞台上，中国是最\n重要的参与者之一。在全球经济发展、\n科技创新以及应对气候变化等方面，中\n国均发挥关键作用。理解中国如何与世\n界互动，不仅是满足知识探索的需求，\n更是预判全球未来走向的必修课。\n',
         None, {"body0": ["不久前，西班牙商业顾问、作家胡里奥·塞瓦略斯推出西语专著《璇玑图》。该书根据其在中国"
                          "18年工作与生活的观察与思考，以亲历者的视角深入分析中国发展的路径和经验，积极评价中国以数十年"
                          "为时间尺度规划发展道路。该书一经出版就引发西方社会的广泛关注。本报邀请塞瓦略斯就该书撰写稿件，以飨读者。",
                          "为何著书——", "中国不是难解的谜团，而是鲜活的拼图",
                          "在21世纪的国际舞台上，中国是最重要的参与者之一。在全球经济发展、科技创新以及应对气候变化"
                          "等方面，中国均发挥关键作用。理解中国如何与世界互动，不仅是满足知识探索的需求，更是预判全球未来走向的必修课。"]}),
    # PyMuPDF's text of a generated page (seed 2704): a caption with no start word, whole on
    # its line and ended by its credit, between two lines of a paragraph cut mid-sentence
    # at a full line (…都会来，“吹 / 市民在海滨公园观赏落日。视觉中国供图 / 着海风听音乐…):
    # the credit's line is the caption; the paragraph goes on under it.
    Case("caption-whole-on-its-line-amid-a-paragraph-cut-at-a-full-line", "BLK005",
         '海滨公园“落日音乐会”每周六\n开唱\n本报讯（记者 林 楠）每逢周六傍晚，\n海滨公园的草坪上都会响起悠扬的音乐。由\n市文化馆主办的“落日音乐会”自7月启动\n以来，已举办6场，吸引观众2万多人次。\n带着女儿来听音乐会的刘先生说，他是\n在报上看到那条本报讯，才知道这里有免费\n音乐会的。现在一家人每周六都会来，“吹\n市民在海滨公园观赏落日。视觉中国供图\n着海风听音乐，特别惬意”。\n',
         None, {"a0.captions": ["市民在海滨公园观赏落日。视觉中国供图"],
                "body0": ["本报讯（记者 林 楠）每逢周六傍晚，海滨公园的草坪上都会响起悠扬的音乐。由市文化馆主办的"
                          "“落日音乐会”自7月启动以来，已举办6场，吸引观众2万多人次。",
                          "带着女儿来听音乐会的刘先生说，他是在报上看到那条本报讯，才知道这里有免费音乐会的。"
                          "现在一家人每周六都会来，“吹着海风听音乐，特别惬意”。"]}),
    # ... and (seed 2703) one of two lines under a paragraph's short line that ends no
    # sentence (…持续晴热高温，最高 / 江滩公园里，孩子们在喷泉旁 / 戏水消暑。视觉中国供图 /
    # 气温一度达到…): the lines since the short one are the caption, and the paragraph goes
    # on under it; pdftotext sets the short line stretched to the measure, and the caption's
    # first line a character wider than the column says where the caption starts.
    Case("caption-of-two-lines-under-a-paragraphs-short-open-line", "JOIN002",
         '持续晴热高温天气来袭\n白天躲高温 夜晚\n逛夜市\n——多地推进情况观察\n本报讯（记者 孙 婷 通\n讯员 高 原）连日来，我市\n持续晴热高温，最高\n江滩公园里，孩子们在喷泉旁\n戏水消暑。视觉中国供图\n气温一度达到38.6℃。白天\n街头行人稀少，到了晚上，\n江滩、夜市、商圈却人头攒\n动，不少市民选择在夜间出\n门纳凉、消费。\n▲7日晚，市民在青石街夜市\n',
         True, {"a0.captions": ["江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图", "▲7日晚，市民在青石街夜市"],
                "body0": ['本报讯（记者 孙 婷 通讯员 高 原）连日来，我市持续晴热高温，最高气温一度达到38.6℃。白天街头行人稀少，到了晚上，江滩、夜市、商圈却人头攒动，不少市民选择在夜间出门纳凉、消费。']}),
    Case("caption-wider-than-the-column-under-a-stretched-line", "JOIN002",
         '持续晴热高温天气来袭\n白天躲高温 夜晚\n逛夜市\n——多地推进情况观察\n本报讯（记者 孙 婷 通\n讯员 高 原）连日来，我市\n持 续 晴 热 高 温 ， 最 高\n江滩公园里，孩子们在喷泉旁\n戏水消暑。视觉中国供图\n气温一度达到38.6℃。白天\n街头行人稀少，到了晚上，\n江滩、夜市、商圈却人头攒\n动，不少市民选择在夜间出\n门纳凉、消费。\n▲7日晚，市民在青石街夜市\n',
         True, {"a0.captions": ["江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图", "▲7日晚，市民在青石街夜市"],
                "body0": ['本报讯（记者 孙 婷 通讯员 高 原）连日来，我市持续晴热高温，最高气温一度达到38.6℃。白天街头行人稀少，到了晚上，江滩、夜市、商圈却人头攒动，不少市民选择在夜间出门纳凉、消费。']}),
    # A line that ends in a marker saying the text goes on on another page, after words of
    # its own (…更好。” / 当（下转第11版）), ends its box: the line under it is the next box's
    # kicker, no title's line, and the character goes on across the jump (当地牧民).
    Case("line-ended-by-an-onward-marker-ends-its-box", "BLK005",
         TEXT_ENDED_BY_AN_ONWARD_MARKER,
         None, {"a1.kicker": "城市更新进行时", "a1.headline": "一张报纸，陪伴一座城市七十年",
                "text": "更好。”\n\n当地牧民扎西说"}),
    # ... but a marker that says the text came from elsewhere ends nothing there: the line
    # runs on into the one under it as before (its words stay in the kicker it opens).
    Case("line-ended-by-a-from-elsewhere-marker-runs-on", "BLK005",
         TEXT_ENDED_BY_AN_ONWARD_MARKER.replace('当（下转第11版）', '当（上接第11版）'),
         None, {"a1.kicker": "当城市更新进行时 一张报纸，陪伴"}),
    # A title's first line naming its subject before a colon, counted full as a paragraph's
    # first line (short by the dropped indent), over a title line that fills the same
    # measure: the title wrapped after its colon (CLS017; seed 6205).
    Case("title-wrapped-after-its-subject-and-colon", "CLS017",
         TITLE_WRAPPED_AFTER_ITS_SUBJECT,
         None, {"text": "\n\n南京浦口经济开发区：探索集成电路国产化路径\n\n"}),
    # Tesseract reads the full-width colon as a space and an ASCII one (南京浦口经济开发区 :,
    # gen-15804): the title wraps there all the same (and PUN001 sets the colon full-width,
    # judged by the next line's 探 across the break).
    Case("title-wrapped-after-ocr-s-reading-of-its-colon", "CLS017",
         TITLE_WRAPPED_AFTER_ITS_SUBJECT.replace('南京浦口经济开发区：', '南京浦口经济开发区 :'),
         None, {"text": "\n\n南京浦口经济开发区 ：探索集成电路国产化路径\n\n"}),
    # ... but a colon after a digit is a time's, cut at the line's end (…开放至21: / 00):
    # no subject of a title.
    Case("line-ending-on-a-time-s-colon-is-no-title-subject", "CLS017",
         TITLE_WRAPPED_AFTER_ITS_SUBJECT.replace('南京浦口经济开发区：', '南京浦口开放至21:'),
         None, {"not_text": "开放至21:探索"}),
    # A block of two lines whose only mark is OCR's reading of a subject's colon is a
    # title wrapped (CLS015's _wrapped_title): it opens an article, not the end of the
    # paragraph above (gen-17004).
    Case("ocr-two-lines-wrapped-past-ocr-s-colon-are-a-title", "CLS015",
         OCR_TITLE_WRAPPED_PAST_ITS_COLON, None,
         {"text": "\n\n# 南京浦口经济开发区 : 探索集成电路国产化路径\n\n集成电路是信息产业发展的基础。"}),
    # ... but not where the colon follows a digit: a time's (10:30).
    Case("ocr-two-lines-holding-a-time-s-colon-are-no-wrapped-title", "CLS015",
         OCR_TITLE_WRAPPED_PAST_ITS_COLON.replace("开发区 : 探索", "开发区10:30探索"), None,
         {"not_text": "# 南京浦口经济开发区10:30"}),
    # ... but a line with a clause before its colon is a paragraph's, whatever its width.
    Case("line-with-a-clause-before-its-colon-is-no-title-subject", "CLS017",
         TITLE_WRAPPED_AFTER_ITS_SUBJECT.replace('南京浦口经济开发区：', '他说，开发区将做到：'),
         None, {"not_text": "做到：探索"}),
    # After a footer that cut a paragraph mid-sentence, a line short by the dropped indent
    # that ends no sentence, over a full line, is a paragraph's first line: no line of a
    # paragraph's middle is short. The cut paragraph goes on elsewhere (BLK009; seed 404).
    # (MOVE003 then takes the paragraph it opens to the box the break cut at a paragraph's
    # end, whose words it shares: the BLK009 start rides in that move.)
    Case("short-line-after-a-footer-that-cut-a-paragraph-opens-one", "BLK009",
         FIRST_LINE_AFTER_A_SHEET_FOOTER,
         None, {"text": "另有5部正在施工。\n\n加装电梯并不容易。低层住户担心采光和噪声",
                "not_text": "人民美加装"}),
    # ... but a full line there goes on with the paragraph the footer cut.
    Case("full-line-after-a-footer-that-cut-a-paragraph-goes-on", "BLK009",
         FIRST_LINE_AFTER_A_SHEET_FOOTER.replace('加装电梯并不容易。低层住户担心采光和',
                                                 '好文化生活，市民群众在家门口就能领略名家'),
         None, {"text": "赋彩人民美好文化生活"}),
    # No title holds a full stop with words after it: lines of a paragraph, however they
    # were stacked, are no headline (集成电路是信息产业发展的基础。今…; pdfminer.six).
    Case("no-title-holds-a-full-stop-inside", "CLS005",
         PDFMINER_TITLE_AND_INTERLEAVED_TEXT,
         None, {"a0.headline": "南京浦口经济开发区：探索集成电路国产化路径"}),
    # ... a title that asks, its question mark inside, is one still (CLS005).
    Case("title-with-a-question-inside-stays-one", "CLS005",
         '企业信贷需求满足了吗？装备制造业维持高景气\n本报记者  王  林\n“没有任何抵押，短短5天时间，200万元\n的贷款就到账了，解了我们的燃眉之急。”\n',
         None, {"a0.headline": "企业信贷需求满足了吗？装备制造业维持高景气"}),
    # Two title lines at the page's top run into one block with the subtitle under them:
    # the subtitle split off, the lines are weighed as two titles as before, the lower
    # nearly as wide and no word across (扎实推动乡村全面振兴 / 让典籍里的文字“活”起来):
    # banner or kicker over the headline (CLS015).
    Case("top-lines-over-a-subtitle-run-into-one-block-split", "CLS015",
         BANNER_RUN_INTO_HEAD,
         None, {"a0.headline": "让典籍里的文字“活”起来", "a0.kicker": "扎实推动乡村全面振兴",
                "a0.subtitle": "——走进一家古籍数字化中心"}),
    # ... but a lower line much narrower is the headline's tail: one title.
    Case("top-line-over-a-short-tail-and-subtitle-stays-one-title", "CLS015",
         BANNER_RUN_INTO_HEAD.replace('让典籍里的文字“活”起来', '让典籍活起来'),
         None, {"a0.headline": "扎实推动乡村全面振兴让典籍活起来", "a0.kicker": None}),
    # A line of full-width characters wider than the column at all, under a full line that
    # ended a sentence, ending none itself: no line of the column is wider than its
    # measure, so it is a line of its own (a title), not the paragraph's last (BLK005).
    Case("full-width-line-wider-than-the-column-after-a-sentence-is-its-own", "BLK005",
         TITLE_WIDER_THAN_THE_COLUMN,
         None, {"a2.headline": "引领未来，中国做对了什么", "a2.byline": "任仲平"}),
    # ... but after a line that ended no sentence it goes on with the paragraph.
    Case("line-wider-than-the-column-after-an-open-line-goes-on", "BLK005",
         TITLE_WIDER_THAN_THE_COLUMN.replace('办出\n了令人惊喜的办学特色。', '办出\n了令人惊喜的办学特色，'),
         None, {"text": "办学特色，引领未来"}),
    # A paragraph that closes a quotation before it opens one starts inside it, as no
    # paragraph does: it is the tail of the paragraph that left that quotation open, and
    # goes home and joins it there (MOVE001), though the article it was printed in had no
    # other evidence for it. (Its own article's paragraph above leaving the quotation open
    # is JOIN002's across a caption: line-ended-by-an-onward-marker-ends-its-box.)
    Case("tail-that-closes-an-open-quotation-goes-home", "MOVE001",
         TAIL_THAT_CLOSES_A_QUOTATION,
         True, {"text": "谢谢你！等你老了，也坐电梯！”"}),
    # ... but where the cut paragraph closed its quotation, nothing says the two are one.
    Case("tail-closing-a-quotation-no-end-left-open-stays", "MOVE001",
         TAIL_THAT_CLOSES_A_QUOTATION.replace('谢谢你！等\n', '谢谢你！”\n'),
         None, {"not_text": "谢谢你！”你老了"}),
    # A paragraph's last line that opens with the unit of a number the line above ends in
    # (…来自全国200多 / 个县的…) goes on with it: no title line is split off there (CLS015),
    # however the title under it reads.
    Case("unit-of-a-number-across-the-break-is-no-title-line", "CLS015",
         NUMBER_AND_UNIT_ACROSS_A_CUT,
         None, {"a2.kicker": None, "text": "来自全国200多个县的商务部门负责人和"}),
    # A line that reads as a word of the list (景气度: 景气), unspaced, under a title line as
    # wide as the text's measure, is that line's tail, not a byline (CLS014): the head is
    # set at the text's size and wraps at the column's measure, as the text does.
    Case("word-under-a-heading-that-fills-the-measure-is-its-tail", "CLS014",
         HEADING_WRAPPED_AT_THE_MEASURE,
         None, {"text": "装备制造业、高技术制造业等重点行业维持高景气度"}),
    # ... but a name that reads as none (任仲平) under such a title is its byline.
    Case("name-under-a-title-that-fills-the-measure-is-its-byline", "CLS014",
         TITLE_AT_THE_MEASURE_OVER_A_PEN_NAME,
         None, {"a1.headline": "引领未来，中国做对了什么", "a1.byline": "任仲平"}),
    # After a paragraph's last sentence, lines that end in a column's tag, right over a
    # byline, are a title though they hold clause marks: no paragraph ends in a column's tag
    # (CLS015, _title_over_byline).
    Case("title-ending-in-its-column-tag-over-a-byline-is-split-off", "CLS015",
         TAGGED_TITLE_READ_ON_OVER_A_BYLINE,
         None, {"a2.headline": "久久为功，“APEC蓝”成为“北京蓝”（总书记的关切·落地的回响）",
                "a2.byline": "本报记者  程  龙  潘俊强", "a1.byline": "谷业凯"}),
    # ... but lines with clause marks and no tag stay the paragraph's.
    Case("lines-with-marks-and-no-tag-over-a-byline-stay-the-paragraphs", "CLS015",
         TAGGED_TITLE_READ_ON_OVER_A_BYLINE.replace('（总书\n记的关切·落地的回响）', '，总书\n记的关切落地回响'),
         None, {"a1.headline": "中国科技 活力奔涌", "text": "总书记的关切落地回响"}),
    # A line of a few Han characters under a title line, far narrower than it, is the
    # title's tail, though no word across the break is known (CLS017 short_tail_share).
    Case("three-character-tail-under-a-title-line-joins-it", "CLS017",
         TITLE_OVER_A_SHORT_TAIL,
         None, {"text": "\n\n前三季度我国服务贸易稳中有进\n\n"}),
    # ... and four, under a line of ten (seed 901, gen-0904: 前三季度我国服务贸易 / 稳中有进)
    # ...
    Case("four-character-tail-under-a-title-line-joins-it", "CLS017",
         TITLE_OVER_A_FOUR_CHARACTER_TAIL,
         None, {"text": "\n\n前三季度我国服务贸易稳中有进\n\n"}),
    # ... and five (大学生“村播”带火大 / 山里的土货, seed 7401) ...
    Case("five-character-tail-under-a-title-line-joins-it", "CLS017",
         TITLE_OVER_A_SHORT_TAIL.replace("前三季度我国服务贸易稳\n中有进", "前三季度我国对外服务贸易稳\n中有进步了"),
         None, {"text": "稳中有进步了"}),
    # ... but six characters are more than a tail: the lines stay apart ...
    # (under a title line of thirteen, so that the share alone would join them)
    Case("six-character-line-under-a-title-line-stays-apart", "CLS017",
         TITLE_OVER_A_SHORT_TAIL.replace("前三季度我国服务贸易稳\n中有进", "前三季度我国对外服务贸易稳\n中有新进步了"),
         None, {"not_text": "稳中有新进步了", "text": "稳\n\n中有新进步了"}),
    # ... nor four under the page's first title line, the slogan banner: a kicker there
    # (short_tail_chars_at_top) ...
    Case("four-characters-under-the-banner-are-a-kicker", "CLS017", KICKER_UNDER_THE_BANNER,
         None, {"a0.kicker": "一线调研", "a0.headline": "首届县域商业发展大会在义乌举办"}),
    # ... and a photo-news column's title is a title of its own, however narrow (hand-made
    # from the page above, a unit test).
    Case("column-title-under-a-title-line-stays-apart", "CLS017",
         TITLE_OVER_A_FOUR_CHARACTER_TAIL.replace("稳中有进\n", "图片报道\n"),
         None, {"not_text": "服务贸易图片报道"}),
    # Right under a head that ended in its byline, a title line over text that shares its
    # words and none of the head's headline is another article's title over its lede, the
    # head's text printed elsewhere (CLS016).
    Case("title-over-its-lede-under-a-bodiless-head-opens-an-article", "CLS016",
         HEAD_THEN_ANOTHER_TITLE_OVER_ITS_LEDE,
         None, {"a2.headline": "老年大学里的“银发”新生", "a1.headline": "“内外贸同样重要，两条腿走路更稳妥”"}),
    # ... but a line over another title is the head's text cut by its column, not a title:
    # it stays the head's first line.
    Case("cut-first-line-over-another-title-stays-the-heads-text", "CLS016",
         HEAD_THEN_ITS_CUT_FIRST_LINE,
         None, {"a1.headline": "委内瑞拉加强应对美军事威胁", "a2.headline": "全国秋粮收获近七成",
                "a2.kicker": None}),
    # Two gaps after a sentence's end on one line: three printed lines at one height, each
    # its own (BLK013); the title is the last one's (the space after the first gap no
    # longer reads as a stretched line's). A staff line's space stays whole: staff-line-ocr.
    Case("three-lines-at-one-height-split-at-both-gaps", "BLK013",
         THREE_LINES_AT_ONE_HEIGHT,
         None, {"a1.headline": "成都大熊猫基地今年已诞生幼仔11只"}),
    # A title wrapped onto lines with no mark, read on after a sentence's end, is split off
    # right over a reporter's title alone (新华社记者) as over a byline: no paragraph runs
    # on into either (CLS015, _title_over_byline).
    Case("title-read-on-over-a-reporters-title-alone-split-off", "CLS015",
         TITLE_OVER_A_REPORTERS_TITLE,
         None, {"a1.headline": "确保基本实现社会主义现代化取得决定性进展", "a1.byline": "新华社记者"}),
    # ... but with text under it, the lines stay the paragraph's.
    Case("title-like-lines-over-text-stay-the-paragraphs", "CLS015",
         TITLE_OVER_A_REPORTERS_TITLE.replace('新华社记者\n', ''),
         None, {"text": "决定性进展"}),
    # On a page set in OCR's blocks a line's count is no sure width (a character read twice
    # or a speck read as one): BLK005 does not set a line wider than the column apart there,
    # and the paragraph goes on (full-width-line-wider-than-the-column-… is the PDF case).
    Case("ocr-line-wider-than-the-column-stays-the-paragraphs", "BLK005",
         OCR_LINE_WIDER_BY_A_MISREAD,
         None, {"text": "习近平总书记在中央人金融工作会议上要求"}),
    # PyMuPDF's text of a generated page (seed 8006): a full line whose last character went
    # down with the ellipsis after it (…踢毽子、丢沙 / 包……五年级…: line breaking does not
    # break before an ellipsis), under a paragraph's first line: the paragraph goes on, the
    # first line is no heading of its own.
    Case("character-pushed-down-with-an-ellipsis-keeps-its-line-full", "BLK009",
         ELLIPSIS_PUSHED, None,
         {"a1.headline": "各地中小学课间普遍延长到15分钟", "body1": [
             "课间铃声一响，北京市海淀区一所小学的操场上立刻热闹起来：跳绳、踢毽子、丢沙包……五年级"
             "学生李子涵说：“以前课间只有10分钟，上个厕所就没了。现在有15分钟，能和同学好好玩一会儿。”"]}),
    # ... but not a character before a dash, which may open a line: the line was short, and
    # the first line over it, ending no sentence, a heading of its own.
    Case("ellipsis-under-a-line-with-room-left-pushed-nothing", "BLK009",
         ELLIPSIS_PUSHED.replace("包……", "包——"), True,
         {"body1": ["课间铃声一响，北京市海淀区一所小学的", "操场上立刻热闹起来：跳绳、踢毽子、丢沙包——五年级"
                    "学生李子涵说：“以前课间只有10分钟，上个厕所就没了。现在有15分钟，能和同学好好玩一会儿。”"]}),
    # PyMuPDF's text of a generated page (seed 8007), a column 11 characters wide: a title
    # over its dateline, a photo's caption read in between the dateline's date and the rest
    # of it (本报曼谷10月19日 / 图为… / 电（记者 孙广勇）澜湄…): the dateline is the title's
    # evidence that an article starts.
    Case("dateline-cut-by-a-caption-opens-the-article", "CLS005",
         DATELINE_CUT_BY_CAPTION, None,
         {"a1.headline": "澜湄职业教育培训中心在曼谷揭牌",
          "a1.dateline": "本报曼谷10月19日电（记者 孙广勇）"}),
    # ... but not where the text after the caption does not go on into a dateline: the
    # date is no dateline (the title opens its article by its lede's words, CLS016, whose
    # one pair above, 教育, is chance).
    Case("date-over-a-caption-with-no-dateline-after-it-is-no-dateline", "CLS005",
         DATELINE_CUT_BY_CAPTION.replace("电（记者 孙广勇）澜湄", "记者孙广勇说，澜湄"), None,
         {"a0.headline": "暑期防溺水 这些地方别去", "a1.headline": "澜湄职业教育培训中心在曼谷揭牌",
          "a1.dateline": None, "a2.headline": "县域医共体让群众就近看好病"}),
    # ... and a kicker wrapped onto two lines (推进优质医疗资源扩 / 容下沉, read as a
    # paragraph's first and last lines) over a title wrapped at a word (县域医共体让群 /
    # 众就近看好病): the kicker is no cut paragraph, so the title's lines are one title.
    Case("title-under-a-kicker-of-two-lines-is-one-title", "CLS017",
         DATELINE_CUT_BY_CAPTION, None,
         {"a2.kicker": "推进优质医疗资源扩容下沉", "a2.headline": "县域医共体让群众就近看好病",
          "a2.subtitle": "——来自甘肃、河南、四川基层的调查"}),
    # PyMuPDF's text of a generated page (seed 8007): a paragraph cut where its box ends,
    # its last line a character (…中国青 / 年 / （下转第七版）), its rest after （上接第十四
    # 版）: the marker under it says the box ended, not the paragraph, so the two join.
    Case("paragraph-over-an-onward-marker-joins-its-continuation", "MOVE001",
         MARKER_UNDER_SHORT_LINE, True,
         {"text": "被称为“慢就业”群体。中国青年报社社会调查中心近期对1,502名受访者"}),
    # ... but not a paragraph that ended its sentence over the marker.
    Case("finished-paragraph-over-an-onward-marker-joins-nothing", "MOVE001",
         MARKER_UNDER_SHORT_LINE.replace("中国青\n年\n", "中国青年\n报。\n"), None,
         {"not_text": "中国青年报。报社"}),
    # PyMuPDF's text of a generated page (seed 8007): a title wrapped after the preposition
    # 对, whose object is the next line (一个西班牙人对 / 中国式现代化的 / 观察): no kicker
    # ends on it, so the lines are one title.
    Case("title-line-ending-on-a-preposition-wraps-into-the-next", "CLS015",
         TITLE_OVER_PREPOSITION, None,
         {"a1.kicker": None, "a1.headline": "一个西班牙人对中国式现代化的观察",
          "a1.byline": "胡里奥·塞瓦略斯"}),
    # ... but not a line ending on a word of the word list that ends in one (应对: a verb).
    Case("kicker-ending-on-a-listed-word-stays-a-kicker", "CLS015",
         TITLE_OVER_PREPOSITION.replace("一个西班牙人对", "西班牙人应对"), None,
         {"a1.kicker": "西班牙人应对", "a1.headline": "中国式现代化的观察"}),
    # PyMuPDF's text of a generated page (seed 8104): a paragraph brought home from under its
    # from-elsewhere marker (作为医疗保障领域改革中的 / （下转第13版） … （上接第2版） / 重要一
    # 环，…) whose own last paragraph the sheet break cut (…扭曲市场秩 / 第 2 页 / 序，更埋
    # 下…): that open end pairs with the run after the break though a move placed it, and
    # the marker under the earlier paragraph says nothing of it.
    Case("run-brought-home-goes-on-after-the-sheet-break", "MOVE001",
         CHAINED_ACROSS_SHEETS, True,
         {"text": "这种非理性竞争不仅扭曲市场秩序，更埋下质量与供应隐患。",
          "a2.headline": "“内外贸同样重要，两条腿走路更稳妥”", "body2": []}),
    # ... but a paragraph with the marker under it goes on on another page: no run after
    # the break is its rest.
    Case("paragraph-over-its-onward-marker-takes-no-run-after-the-break", "MOVE001",
         CHAINED_ACROSS_SHEETS.replace(CHAINED_ACROSS_SHEETS[CHAINED_ACROSS_SHEETS.index(
             "（上接第2版）"):CHAINED_ACROSS_SHEETS.index("也要看到")], ""),
         None, {"not_text": "改革中的序"}),
    # PyMuPDF's text of a generated page (seed 8102), a column 14 characters wide: a
    # dateline's line, short by the dropped indent, over a line a character short of the
    # measure: the article's first line, no heading of its own over a paragraph.
    Case("line-opening-with-a-dateline-is-no-heading", "BLK009",
         DATELINE_OVER_A_FULL_LINE, None,
         {"a1.dateline": "本报讯（记者 林 楠）", "text": "本报讯（记者 林 楠）每逢周六傍晚，海滨公园"}),
    # ... but a line with no dateline there, ending no sentence, is still one.
    Case("line-with-no-dateline-over-a-first-line-is-a-heading", "BLK009",
         DATELINE_OVER_A_FULL_LINE.replace("本报讯（记者 林 楠）每逢", "海滨公园音乐会每逢"), None,
         {"text": "\n\n海滨公园音乐会每逢\n\n"}),
    # PyMuPDF's text of a generated page (seed 8301): a quotation's attribution, opening
    # with a dash and ending with no mark (——2014年11月10日，…欢迎宴会上 / 强调), over the next
    # article's title and byline: its short last line is its own, no kicker of that title.
    Case("attribution-keeps-its-short-last-line", "CLS015",
         ATTRIBUTION_OVER_A_TITLE, None,
         {"a1.kicker": None, "a1.headline": "返乡青年把民宿开进了古村落",
          "text": "非正式会议欢迎宴会上强调"}),
    # ... but a paragraph's line with no dash, cut by its column, leaves it to the title.
    Case("cut-paragraph-gives-its-short-last-line-to-the-title", "CLS015",
         ATTRIBUTION_OVER_A_TITLE.replace("——2014年", "2014年"), True,
         {"a1.kicker": "强调", "a1.headline": "返乡青年把民宿开进了古村落"}),
    # PyMuPDF's text of a generated page (seed 8305): a paragraph its column cut, the next
    # box's kicker read on as its last line (…今年 / 大会吸引了全球约500家专业机 / 首台套装备
    # “出海”提速), the headline and a photo's caption under it, then the dateline: the
    # paragraph's lines hold two clause marks, as no title does, and the caption between
    # the head and its text hides no head: the kicker is split off the paragraph.
    Case("kicker-read-on-from-a-paragraph-over-a-caption-is-split-off", "CLS015",
         KICKER_READ_ON_OVER_A_CAPTION, None,
         {"a1.kicker": "首台套装备“出海”提速", "a1.headline": "国产大型盾构机订单排到明年"}),
    # ... and a headline with one clause mark is a title all the same.
    Case("title-with-one-clause-mark-stays-a-title", "CLS015",
         KICKER_READ_ON_OVER_A_CAPTION.replace("国产大型盾构机订单排到明年", "国产盾构机，订单排到明年"),
         None, {"a1.kicker": "首台套装备“出海”提速", "a1.headline": "国产盾构机，订单排到明年"}),
    # PyMuPDF's text of a generated page (seed 1205): a paragraph cut after a character
    # alone on its line under a clause mark (…不私自下水游泳， / 不), a title, a caption and
    # a dateline under it: the character goes on with the clause, no title line of its own.
    Case("character-alone-over-a-title-stays-the-paragraphs", "CLS015",
         LINE_OF_ONE_OVER_A_TITLE, None,
         {"a1.kicker": None, "a1.headline": "首批“古籍活化”精品项目名单公布",
          "text": "不私自下水游泳，不"}),
    # PyMuPDF's text of a generated page (seed 4406): a paragraph cut where its box ends,
    # one character on its last line (…规模持续扩大、结构不 / 断), the next box's title
    # under it, its rest elsewhere (优化。数字技术…): the character is no kicker, and the
    # run MOVE001 brings joins it, however short that last line.
    Case("paragraph-cut-after-a-character-joins-its-rest", "MOVE001",
         CUT_AFTER_A_CHARACTER, True,
         {"a1.kicker": None, "text": "结构不断优化。数字技术与服务贸易加速融合"}),
    # ... but not where that line ends its sentence.
    Case("paragraph-ending-its-sentence-on-a-character-joins-nothing", "MOVE001",
         CUT_AFTER_A_CHARACTER.replace("结构不\n断\n", "结构不\n断。\n"), None,
         {"not_text": "结构不断。优化"}),
    # PyMuPDF's text of a generated page (seed 8403): a section title inside an article,
    # its first line as wide as the measure over a short tail (装备制造业、…重点行业维持高 /
    # 景气度): the title ends where its tail does, not filled, so it is a heading of its
    # own and the paragraph under it does not run on from it.
    Case("section-title-over-its-tail-is-a-heading", "CLS015",
         SECTION_TITLE_OVER_ITS_TAIL, None,
         {"text": "\n\n## 装备制造业、高技术制造业等重点行业维持高景气度\n\n“没有任何抵押，"}),
    # PyMuPDF's text of a generated page (seed 8405): a quotation's attribution of three
    # lines, opening with a dash and ending with no mark (——2014年11月10日，习近平 / … /
    # 导人非正式会议欢迎宴会上强调), over a paragraph's first line short by the dropped
    # indent (前些年，一见透亮的蓝天，人): the paragraph starts there.
    Case("paragraph-starts-under-an-attribution", "BLK009",
         ATTRIBUTION_OVER_A_PARAGRAPH, True,
         {"text": "非正式会议欢迎宴会上强调\n\n前些年，一见透亮的蓝天"}),
    # ... but not under the attribution's first line, nor where the characters across the
    # break make a word (…二十二次领 / 导人…: 领导).
    Case("attribution-goes-on-under-its-first-line", "BLK009",
         ATTRIBUTION_CUT_BY_A_CAPTION, None,
         {"text": "——2014年11月10日，习近平主席在亚太经合组织第二十二次领导人非正式会议欢迎宴会上强调"}),
    # PyMuPDF's text of a generated page (seed 8406), a column 11 characters wide: a title
    # ending in its column's tag, as wide as the column, under a paragraph's finished last
    # sentence, over a bare name unspaced (无声的灯塔（环球走笔） / 沈小晓): the next
    # article's title and byline, read on from the paragraph.
    Case("tagged-title-over-an-unspaced-name-is-the-next-head", "CLS015",
         TAGGED_TITLE_OVER_A_NAME, None,
         {"a1.headline": "无声的灯塔（环球走笔）", "a1.byline": "沈小晓"}),
    # ... but a line as wide with no tag, over a name unspaced, stays the paragraph's.
    Case("full-line-over-an-unspaced-name-stays-the-paragraphs", "CLS015",
         TAGGED_TITLE_OVER_A_NAME.replace("无声的灯塔（环球走笔）", "无声的灯塔照亮了难民营"), None,
         {"a0.headline": None, "text": "打开了新空间。无声的灯塔照亮了难民营"}),
    # PyMuPDF's text of a generated page (seed 8406): a photo's caption that ended its
    # sentence over a title's lines and its subtitle (上图：…活动现场。 / 成都大熊猫基地今年
    # 已诞 / 生幼仔11只 / ——写在活动启动之际 / 中新社成都9月9日…): the caption ends there.
    Case("caption-ends-over-a-title-and-its-subtitle", "BLK010",
         CAPTION_OVER_A_TITLE, True,
         {"a1.headline": "成都大熊猫基地今年已诞生幼仔11只", "a1.subtitle": "——写在活动启动之际"}),
    # ... and over a byline, the title's lines may hold a comma (流动的艺术，联动的 / 长三角 /
    # 本报记者  曹玲娟): the caption ends there too.
    Case("caption-ends-over-a-title-with-a-comma-and-its-byline", "BLK010",
         CAPTION_OVER_A_TITLE_WITH_A_COMMA, None,
         {"a1.headline": "流动的艺术，联动的长三角", "a1.byline": "本报记者  曹玲娟"}),
    # ... but lines ending a sentence over the byline are no title: the caption goes on.
    Case("caption-goes-on-over-a-sentence-over-a-byline", "BLK010",
         CAPTION_OVER_A_TITLE_WITH_A_COMMA.replace("长三角\n", "长三角。\n"), None,
         {"a1.headline": "一张报纸，陪伴一座城市七十年",
          "a0.captions": ["下图：工作人员在乡镇充电站检修充电桩。 经济日报记者  杨  阳摄",
                          "上图：沂南县铜井镇的新能源汽车下乡活动现场。流动的艺术，联动的"]}),
    # ... but with no subtitle or dateline under the lines, the caption goes on.
    Case("caption-goes-on-over-lines-with-no-head-under-them", "BLK010",
         CAPTION_OVER_A_TITLE.replace("——写在活动启动之际\n", "").replace(
             "中新社成都9月9日\n电（记者 贺 劭）", ""), None,
         {"captions": ["上图：沂南县铜井镇的新能源汽车下乡活动现场。成都大熊猫基地今年已诞生幼仔11只"]}),
    # PyMuPDF's text of a generated page (seed 8502), a column 11 characters wide: a title
    # read on from a paragraph's end, the break cutting its column's tag (…科技金融体制（专题深
    # / 思）), over its subtitle and byline: the tag's tail is no title of its own, the lines
    # are one title.
    Case("tag-cut-by-the-break-keeps-the-title-whole", "CLS015",
         TAG_CUT_BY_THE_BREAK, None,
         {"a1.headline": "构建同科技创新相适应的科技金融体制（专题深思）",
          "a1.subtitle": "——一线蹲点见闻"}),
    # PyMuPDF's text of a generated page (seed 8503), a column 13 characters wide: a kicker
    # over a headline of two parallel phrases a space apart (持续晴热高温天气来袭 / 白天躲高温
    # 夜晚逛夜市), two photos' captions under them, then the dateline: the headline, as
    # wide as a first line over the captions, is no paragraph a photo cut.
    Case("parallel-phrases-over-captions-are-a-headline", "CLS005",
         PARALLEL_TITLE_OVER_CAPTIONS, None,
         {"a1.kicker": "持续晴热高温天气来袭", "a1.headline": "白天躲高温 夜晚逛夜市",
          "a1.dateline": "本报讯（记者 孙 婷 通讯员 高 原）"}),
    # ... but two phrases of different lengths are no parallel pair: the line stays a
    # paragraph's the photo cut.
    Case("unequal-phrases-over-captions-stay-a-paragraph", "CLS005",
         PARALLEL_TITLE_OVER_CAPTIONS.replace("白天躲高温 夜晚逛夜市", "白天躲高温 夜晚逛街"), None,
         {"a0.headline": None, "not_text": "# 白天躲高温"}),
    # A line short of the measure only by a number the next line opens with, under a line
    # that ended a sentence (…日前落幕。 / 大赛自启动以来，吸引了全国 / 2,000多所高校…): the
    # number could not stay on it, whatever its printed width, so the line is full and the
    # paragraph goes on; it is no first line short by the indent (seed 6401).
    Case("line-short-by-a-pushed-number-is-no-first-line", "BLK009", NUMBER_PUSHED_DOWN, None,
         {"text": "总决赛日前落幕。大赛自启动以来，吸引了全国2,000多所高校"}),
    # ... but not where the line holds digits of its own, whose width is unsure (…先后推出
    # MS8000、 / MS8800型…), nor where the number is narrower than the room left (…总投资达 /
    # 300多亿元…): each is a paragraph's first line.
    Case("line-with-digits-over-a-number-stays-a-first-line", "BLK009",
         NUMBER_UNDER_A_LINE_WITH_DIGITS, True,
         {"not_text": "国产化替代。宏泰半导体", "text": "宏泰半导体先后推出MS8000、MS8800型"}),
    Case("first-line-over-a-narrow-number-stays-a-first-line", "BLK009",
         NUMBER_UNDER_A_FIRST_LINE, True,
         {"not_text": "生态圈。华天科技", "text": "华天科技系列项目总投资达300多亿元"}),
    # A full line that asks, under a paragraph that ended its sentence (…才能翻到下一页。 /
    # 一页古籍要经过几道工序？), over a line short by the indent that ends a sentence (“扫描只
    # 是第一步。”) and a full line (中心负责人沈慧芳告诉记 / 者，…): a heading, then a
    # paragraph's first line that goes on; the full line under could open no paragraph
    # (seed 8801).
    Case("heading-that-asks-over-a-first-line-that-ends-a-sentence", "BLK009",
         HEADING_OVER_A_FIRST_LINE_THAT_ENDS, True,
         {"body0": ["数字化中心，记录下工作者们平凡的一天。",
                    "上午9点，位于杭州西郊的一座灰白色小楼里，扫描室的灯已经亮了。工作人员戴上白手套，"
                    "把一册清代刻本轻轻放在V形书托上，调整好角度，按下快门。这台专用扫描仪每拍一页，都要"
                    "在电脑上放大检查，确认没有阴影、没有卷边，才能翻到下一页。",
                    "一页古籍要经过几道工序？",
                    "“扫描只是第一步。”中心负责人沈慧芳告诉记者，一页古籍从进门到上线，要经过登记、"
                    "修复评估、扫描、图像处理、文字识别、人工校对、标引著录等十几道工序。破损严重的古籍要"
                    "先送到隔壁的修复"]}),
    # ... but not a full line that ends with a full stop: a paragraph's line read on from
    # elsewhere, as likely as a heading; the two lines stay one block.
    Case("full-line-with-a-full-stop-over-a-first-line-stays", "BLK009",
         HEADING_OVER_A_FIRST_LINE_THAT_ENDS.replace("几道工序？", "几道工序。"), None,
         {"text": "一页古籍要经过几道工序。“扫描只是第一步。”"}),
    # A credit the line's end broke (…戏水消暑。视觉中国供 / 图) ends its caption there, the
    # character under it no line of its own: the caption is the credit's, and the dateline
    # over it goes on with the text under it (seed 8701).
    Case("credit-broken-at-a-line-end-ends-its-caption", "BLK005",
         CREDIT_BROKEN_AT_A_LINE_END, None,
         {"a1.captions": ["江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图",
                          "▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷摄"],
          "text": "本报讯（记者 孙 婷 通讯员 高 原）连日来，我市持续晴热高温"}),
    # ... but not where the line under goes on past the credit's end (…视觉中国供 / 图书): no
    # credit ends there.
    Case("line-going-on-past-a-credit-is-no-credit", "BLK005",
         CREDIT_BROKEN_AT_A_LINE_END.replace("视觉中国供\n图\n", "视觉中国供\n图书\n"), None,
         {"a1.captions": ["▲7日晚，市民在青石街夜市选购小吃。  记者 孙  婷摄"]}),
    # A heading right under an editor's note, the article's only text so far (编者按：…它们
    # 如何在“小”中做出“美”。 / 学生少了，课怎么上？): the note introduces the text under
    # it without sharing its words, so the heading is the article's, not a new article's
    # title by the turn of subject (seed 8901).
    Case("heading-under-an-editors-note-is-the-articles", "CLS016",
         HEADING_UNDER_AN_EDITORS_NOTE, None,
         {"a0.headline": "乡村学校的“小而美”之路", "a1.headline": "从“多少年”感悟自信（评论员观察）",
          "text": "## 学生少了，课怎么上？"}),
    # ... but under a paragraph that is no editor's note the turn of subject still opens an
    # article there, where the line does not ask ...
    Case("heading-under-plain-text-still-turns", "CLS016",
         HEADING_UNDER_AN_EDITORS_NOTE.replace("编者按：", "").replace(
             "学生少了，课怎么上？", "小班课堂上的新变化"), None,
         {"a1.headline": "小班课堂上的新变化"}),
    # ... and a line that asks, with no byline, dateline or editor's note under it, heads a
    # section of the article it stands in however the subject turns (CLS016
    # question_heading: no headline that asks goes unsigned in the dev sets' gold).
    Case("asking-heading-under-plain-text-stays-the-articles", "CLS016",
         HEADING_UNDER_AN_EDITORS_NOTE.replace("编者按：", ""), None,
         {"a0.headline": "乡村学校的“小而美”之路", "a1.headline": "从“多少年”感悟自信（评论员观察）",
          "text": "## 学生少了，课怎么上？"}),
    # A full line that asks after a paragraph's last sentence, right over a byline (…用上了。”
    # 他说。 / 毕业季，他们为何选择“慢就业”？ / 中青报·中青网记者…): no paragraph goes on
    # into a byline, so the line is the next article's title (seed 8701).
    Case("full-asking-line-after-a-sentence-over-a-byline-is-a-title", "CLS015",
         ASKING_TITLE_AFTER_A_SENTENCE, True,
         {"a1.headline": "毕业季，他们为何选择“慢就业”？",
          "a1.byline": "中青报·中青网记者  王  林  实习生  刘思远",
          "not_text": "他说。毕业季"}),
    # ... but with no byline under it, the line is the paragraph's last.
    Case("full-asking-line-after-a-sentence-over-text-stays", "CLS015",
         ASKING_TITLE_AFTER_A_SENTENCE.replace("中青报·中青网记者  王  林  实习生  刘思远\n", ""),
         None, {"text": "他说。毕业季，他们为何选择“慢就业”？"}),
    # A paragraph cut mid-sentence (…居民们都说，今年), then the next box's title wrapped onto
    # its tail (a comma inside it; the tail asks) read on as its last two lines right over
    # a byline: no paragraph goes on into a byline, nor ends short of its measure ending no
    # sentence, so the two lines are the next article's title (d1401 gen-1405's shape,
    # pdftotext -layout).
    Case("wrapped-title-after-a-cut-line-over-a-byline-is-a-title", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE, True,
         {"a1.headline": "春耕时节，城北农户为何都忙着“抢墒”？", "a1.byline": "本报记者  王  晓",
          "not_text": "今年春耕"}),
    # ... over a dateline, the break inside the title a number and its unit (…1200 / 公顷),
    Case("wrapped-title-after-a-cut-line-over-a-dateline-is-a-title", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE.replace(_CUT_TITLE, "一季度全市新增各类绿地面积1200\n公顷\n")
         .replace("本报记者  王  晓\n", "本报讯（记者 王 晓）\n"), True,
         {"a1.headline": "一季度全市新增各类绿地面积1200公顷", "not_text": "今年一季度"}),
    # ... and one line short of the measure, a comma inside it, over a bare name.
    Case("short-title-after-a-cut-line-over-a-name-is-a-title", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE.replace(_CUT_TITLE, "在城北，看见春耕的希望\n")
         .replace("本报记者  王  晓\n", "王  晓\n"), True,
         {"a1.headline": "在城北，看见春耕的希望", "a1.byline": "王  晓", "not_text": "今年在城北"}),
    # But not a wrapped subtitle (——…、 / …): its dash opens no title;
    Case("wrapped-subtitle-after-a-cut-line-stays-whole", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE.replace(_CUT_TITLE, "——来自城北、城南、城西、城东四\n镇的调查\n"),
         None, {"text": "——来自城北、城南、城西、城东四镇的调查", "not_text": "# 镇的调查"}),
    # nor a title's tail under its own first line, which holds a comma, after a sentence's
    # end (…满意菜价。 / 一份菜谱，陪伴一座小城的居民五 / 十年): the title is both lines;
    Case("title-tail-under-its-first-line-stays-with-it", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE.replace("居民们都说，今年\n", "居民们都很满意菜价。\n")
         .replace(_CUT_TITLE, "一份菜谱，陪伴一座小城的居民五\n十年\n"), None,
         {"a1.headline": "一份菜谱，陪伴一座小城的居民五十年"}),
    # nor lines with a full stop inside, a paragraph's (…农户忙。城北农户们都“抢 / 墒”？);
    Case("lines-with-a-full-stop-after-a-cut-line-stay-text", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE.replace(_CUT_TITLE, "春耕时节农户忙。城北农户们都“抢\n墒”？\n"),
         None, {"text": "今年春耕时节农户忙。城北农户们都“抢墒”？"}),
    # nor two boxes' titles beside each other on one row, a gap apart.
    Case("titles-beside-each-other-after-a-cut-line-stay", "CLS015",
         CUT_TEXT_OVER_A_WRAPPED_TITLE.replace(_CUT_TITLE, "城北忙春耕    城南修桥\n"), None,
         {"not_text": "# 城北忙春耕"}),
    # A caption begun with its marker beside the paragraph's line it cut (…选择在夜间 ▲7日晚，
    # …选购 / 小吃。 记者 孙 婷 摄), its credit in the line below, is split off the line as
    # one begun with 图为 is; the paragraph goes on under it (seed 8901).
    Case("caption-marker-beside-a-line-is-split-off", "CAP005",
         CAPTION_MARKER_BESIDE_A_LINE, True,
         {"a0.captions": ["▲7日晚，市民在青石街夜市选购小吃。 记者 孙 婷 摄",
                          "江滩公园里，孩子们在喷泉旁戏水消暑。视觉中国供图"],
          "text": "不少市民选择在夜间出门纳凉、消费。"}),
    # ... and one begun after a clause's comma and a space (pypdfium2: …等活动， 图为读者…),
    # the paragraph going on under its credit.
    Case("caption-after-a-comma-and-a-space-is-split-off", "CAP005", CAPTION_AFTER_A_COMMA, True,
         {"a0.captions": ["图为读者在书屋里挑选图书。新华社记者  王  五摄"],
          "text": "读书分享等活动，预计参与人数超过五十万人次。"}),
    # ... but not after a comma with no space: the sentence's own words (…活动，图为…).
    Case("caption-after-a-comma-with-no-space-stays", "CAP005",
         CAPTION_AFTER_A_COMMA.replace("活动， 图为", "活动，图为"), False,
         {"a0.captions": []}),
    # ... but not a marker run into the text with no gap before it (…在夜间▲7日晚…): no
    # caption set beside the line, whose own text it would be.
    Case("caption-marker-with-no-gap-stays", "CAP005",
         CAPTION_MARKER_BESIDE_A_LINE.replace("在夜间 ▲7日晚", "在夜间▲7日晚"), None,
         {"text": "不少市民选择在夜间▲7日晚"}),
    # A photo's position marker set beside a paragraph's line that goes on (…负责人介绍，今
    # 上图：市民在… / 年园内…, pdftotext and pypdfium2 writing two lines at one height as
    # one) is split off as a caption's start, though no credit follows: the marker alone
    # marks a caption, as CAP001 reads it (d16901 gen-16906).
    Case("position-marker-beside-a-line-is-split-off", "CAP005", POSITION_MARKER_BESIDE_A_LINE,
         True, {"a0.captions": ["上图：市民在公园里赏花拍照。"],
                "text": "公园管理处负责人介绍，今年园内新种了三百多株樱花"}),
    # ... and after a sentence's end, a numbered marker (…吸引了不少市民前来踏青赏花。 图①：…).
    Case("numbered-marker-after-a-sentence-is-split-off", "CAP005",
         "公园春色\n本报记者  李  四\n春分过后，城西公园里的樱花陆\n续开放，吸引了不少市民前来踏青\n"
         "赏花。 图①：市民在公园的樱花树下拍\n照留念。\n今年园内新种了三百多株樱\n花，花期将持续到四月中旬，游园高\n"
         "峰将出现在清明假期前后。\n", True,
         {"a0.captions": ["图①：市民在公园的樱花树下拍照留念。"],
          "text": "前来踏青赏花。\n\n今年园内新种了"}),
    # ... but not one run into the text with no gap before it: the line's own words.
    Case("position-marker-with-no-gap-stays", "CAP005",
         POSITION_MARKER_BESIDE_A_LINE.replace("介绍，今 上图：", "介绍，今上图："), False,
         {"a0.captions": []}),
    # A justified line stretched a space a character, a number keeping its marks (长 42%；“
    # 三 新 ” 经 济 增), is as wide as the measure, not past it: the paragraph goes on
    # through it (seed 8801).
    Case("stretched-line-with-a-number-goes-on", "BLK005",
         STRETCHED_LINE_WITH_A_NUMBER, None,
         {"text": "较“十三五”末增长 42%；“ 三 新 ” 经 济 增加值占GDP的比重达18%。"}),
    # Under a paragraph's last line, which ended a sentence short of the measure, a full
    # line opens no paragraph (a first line is short by the dropped indent): with the line
    # under it, neither ending a sentence, over a line short by the indent exactly, it is a
    # title at the column's measure (…成了民宿。 / 南京浦口经济开发区：探 / 索集成电路国产化路径
    # / 集成电路是信息产业 / 发展的基础。…), and the text opens under it (seed 14402).
    Case("title-at-the-measure-over-a-first-line", "BLK009",
         TITLE_AT_THE_MEASURE_OVER_A_FIRST_LINE, None,
         {"text": "# 南京浦口经济开发区：探索集成电路国产化路径\n\n集成电路是信息产业发展的基础。"}),
    # ... but not where the line under it is no first line (short by one character only),
    Case("title-at-the-measure-needs-a-first-line-under-it", "BLK009",
         TITLE_AT_THE_MEASURE_OVER_A_FIRST_LINE.replace("集成电路是信息产业\n发展的基础。",
                                                        "集成电路是信息产\n业发展的基础。"), None,
         {"not_text": "# 南京浦口经济开发区"}),
    # ... nor under a line that filled the measure: the paragraph may go on there.
    Case("title-at-the-measure-needs-a-last-line-over-it", "BLK009",
         TITLE_AT_THE_MEASURE_OVER_A_FIRST_LINE.replace(
             "村里3栋闲置的老宅改造\n成了民宿。\n", "村里3栋闲置的老宅改造成\n了民宿，成了民宿的民宿。\n"), None,
         {"not_text": "# 南京浦口经济开发区"}),
    # A full line with no mark in it but quotation marks, under a paragraph's line that
    # ended a sentence, over a line short by the dropped indent that ends none, a full line
    # under that: no paragraph's line is short by the indent mid-sentence, so the full line
    # is a section heading of its own at the measure (…用水量却减少了40%。 / 节水技术破解
    # “缺水难题” / 埃及国土面积的95%左 / 右是沙漠，…), and the text opens under it (seed 15001).
    Case("heading-at-the-measure-over-a-first-line", "BLK009",
         HEADING_AT_THE_MEASURE_OVER_A_FIRST_LINE, None,
         {"text": "40%。\n\n## 节水技术破解“缺水难题”\n\n埃及国土面积的95%左右是沙漠"}),
    # ... but not a line with a clause mark in it: a paragraph's line,
    Case("heading-at-the-measure-holds-no-mark", "BLK009",
         HEADING_AT_THE_MEASURE_OVER_A_FIRST_LINE.replace("节水技术破解“缺水难题”",
                                                          "节水技术破解，缺水的难题"), None,
         {"not_text": "## 节水技术破解"}),
    # ... nor over a line short by less than the indent (a paragraph's middle line),
    Case("heading-at-the-measure-needs-a-first-line-under-it", "BLK009",
         HEADING_AT_THE_MEASURE_OVER_A_FIRST_LINE.replace("埃及国土面积的95%左\n右是",
                                                          "埃及国土面积的95%左右\n是"), None,
         {"not_text": "## 节水技术破解"}),
    # ... nor under a line that ended no sentence: the paragraph goes on through it.
    Case("heading-at-the-measure-needs-a-sentence-end-over-it", "BLK009",
         HEADING_AT_THE_MEASURE_OVER_A_FIRST_LINE.replace("却减少了40%。", "却减少了40%，"),
         None, {"not_text": "## 节水技术破解"}),
    # After a paragraph's last sentence, a full line with no mark in it and a short tail
    # with none, over a paragraph's first line (…心理咨询室和图书室。 / 大学生“村播”带火大山
    # 里的 / 土货 / 的直播间里，贺晓雨把刚…): no paragraph ends without a mark, so the two
    # lines are a title wrapped onto its tail, and they open the next article (seed 7501).
    Case("title-wrapped-onto-its-tail-after-a-sentence", "BLK005",
         TITLE_UNDER_A_SENTENCE_OVER_TEXT, True,
         {"a2.headline": "大学生“村播”带火大山里的土货", "not_text": "图书室。大学生"}),
    # ... but not a tail that ends a sentence: the paragraph's last line.
    Case("short-line-ending-a-sentence-stays-the-paragraphs", "BLK005",
         TITLE_UNDER_A_SENTENCE_OVER_TEXT.replace("\n土货\n", "\n土货。\n"), True,
         {"text": "图书室。大学生“村播”带火大山里的土货。"}),
    # A title over a byline right under an editor's note's signature (——编 者 / 战略科技持续
    # 壮大 / 图为… / 本报记者 刘诗瑶): the note introduces the text under it, so the title is
    # the article's first section heading and the byline signs that section (seed 8001).
    Case("section-under-an-editors-note-signature", "CLS023",
         SECTION_UNDER_AN_EDITORS_NOTE, True,
         {"a0.headline": "创新答卷彰显新型举国体制优势（科技视点）",
          "a1.headline": "白天躲高温 夜晚逛夜市", "text": "## 战略科技持续壮大\n\n本报记者 刘诗瑶"}),
    # ... but with no signature over it, the title and its byline open an article.
    Case("title-over-a-byline-after-plain-text-opens-an-article", "CLS023",
         SECTION_UNDER_AN_EDITORS_NOTE.replace("——编 者\n", ""), False,
         {"a1.headline": "战略科技持续壮大", "a1.byline": "本报记者 刘诗瑶"}),
    # A section's byline kept in the text ends no sentence but leaves none open: the
    # paragraph under a photo elsewhere on the page that opens full is not moved under it
    # (本报记者 刘诗瑶 / 10月20日至23日…, seed 7301).
    Case("a-sections-byline-is-no-open-end", "MOVE001",
         SECTION_WITHOUT_TEXT_UNDER_A_NOTE, False,
         {"text": "始终走在时代前列。\n\n10月20日至23日在北京召开", "not_text": "刘诗瑶\n\n10月20日"}),
    # Headings under the signature that closes the article's editor's note (…记者进行了采访。
    # / ——编 者 / 企业信贷需求满足了吗？ / 装备制造业…维持高景气度 / “没有任何抵押…): the note
    # introduces the text without sharing its words, so no turn of subject is measured
    # against it (CLS016): they are the article's section headings (seed 1901).
    Case("headings-under-a-signed-note-are-the-articles", "CLS023",
         HEADINGS_UNDER_A_SIGNED_NOTE, None,
         {"a1.headline": "“为全球读者展现一个立体丰富的中国”（第一现场）",
          "text": "## 企业信贷需求满足了吗？"}),
    # ... but with no signature over them, the text under the headings turns to another
    # subject: they open a new article (CLS016).
    Case("headings-under-an-unsigned-text-turn", "CLS023",
         HEADINGS_UNDER_A_SIGNED_NOTE.replace("——编 者\n", ""), None,
         {"a1.headline": "装备制造业、高技术制造业等重点行业维持高景气度"}),
    # A question head over a statement head is a pair of heads (——编 者 / 企业信贷需求满足了吗？
    # / 装备制造业、高技术制造业等 / 重点行业维持高景气度 / “没有任何抵押…): the statement
    # head's tail (10 of 13) ends no sentence over a paragraph's first line, so BLK005 sets
    # the two lines apart as a title; under the note's signature the question, a line that
    # asks, is a section heading already, so the title under it is the next (no turn of
    # subject, CLS016), and CLS010 makes the question a heading over it (seed 14901).
    Case("question-head-over-a-wrapped-statement-head", "CLS010",
         QUESTION_HEAD_OVER_A_WRAPPED_HEAD, True,
         {"text": "## 企业信贷需求满足了吗？\n\n## 装备制造业、高技术制造业等重点行业维持高景气度\n\n“没有",
          "a1.headline": "“在上海，能看到演艺的未来”"}),
    # ... but not a statement under the signature: the title under it turns to another
    # subject (CLS016) and opens an article.
    Case("statement-under-a-signature-is-no-head-over-a-head", "CLS023",
         QUESTION_HEAD_OVER_A_WRAPPED_HEAD.replace("企业信贷需求满足了吗？", "企业信贷需求得到满足。"),
         None, {"a1.headline": "装备制造业、高技术制造业等重点行业维持高景气度"}),
    # ... nor under the signature of an article signed by its own byline: an afterword
    # (编后) closes it, and the title under it opens the next article.
    Case("title-under-a-signed-articles-signature-opens-an-article", "CLS023",
         SECTION_UNDER_AN_EDITORS_NOTE.replace("（科技视点）\n", "（科技视点）\n本报记者  李  强\n"),
         False, {"a0.byline": "本报记者  李  强", "a1.headline": "战略科技持续壮大"}),
    # ... nor a title right under the signature with no byline under it: CLS009 or CLS016
    # read it, not this rule.
    Case("title-under-a-signature-without-a-byline", "CLS023",
         SECTION_UNDER_AN_EDITORS_NOTE.replace("本报记者 刘诗瑶\n", ""), False, {}),
    # A title's tail that reads as a name (返乡青年把民宿开进了 / 古村落) over a byline that
    # opens with a reporter's title (本报记者  王  瑾): a byline's names follow its title, so
    # the line is the title's, not a name over the byline (seed 7501).
    Case("names-over-a-titled-byline-are-the-titles-tail", "CLS014",
         TITLE_TAIL_OVER_A_TITLED_BYLINE, None,
         {"a1.headline": "返乡青年把民宿开进了古村落", "a1.byline": "本报记者  王  瑾"}),
    # ... but a name line over a byline of names alone (spaced, no title) is still the byline.
    Case("names-over-a-byline-of-names-are-the-byline", "CLS014",
         TITLE_TAIL_OVER_A_TITLED_BYLINE.replace("古村落\n本报记者  王  瑾", "李洪兴\n赵  鹏  林  蔚"),
         True, {"a1.headline": "返乡青年把民宿开进了"}),
    # A caption's credit after a gap on its last line, broken before its 图 (…理业务。 县融
    # 媒体中心供 / 图), is the credit: no other column's line glued to the caption's, which
    # BLK013 would split off (it became the next article's kicker, seed 9101).
    Case("credit-broken-before-its-tu-after-a-gap-stays-the-captions", "BLK013",
         CREDIT_BROKEN_AFTER_A_GAP, None,
         {"a1.captions": ["图为市民在社区服务中心办理业务。 县融媒体中心供图"], "a2.kicker": None}),
    # ... nor a word broken at the line's end after a gap (…市场供 / 应): another column's
    # line, split off.
    Case("line-ending-in-a-broken-word-after-a-gap-is-split", "BLK013",
         CREDIT_BROKEN_AFTER_A_GAP.replace("理业务。 县融媒体中心供\n图\n", "理业务。 各地保障市场供\n"),
         None, {"a1.captions": ["图为市民在社区服务中心办理业务。"]}),
    # ... but a line ending in 提供 after the gap is another column's line, split off.
    Case("line-ending-in-tigong-after-a-gap-is-split", "BLK013",
         CREDIT_BROKEN_AFTER_A_GAP.replace("理业务。 县融媒体中心供\n图\n", "理业务。 各地为群众多提供\n"),
         None, {"a1.captions": ["图为市民在社区服务中心办理业务。"]}),
    # The page's slogan banner, its phrases a space apart, read on into the first title over
    # that title's byline (创建全国文明城市 共建共享美好家园 / 老挝青年开上了“澜湄号” / 本报
    # 驻老挝记者…) is split off it: the banner, and the headline alone (seed 7401).
    Case("slogan-banner-run-into-the-first-title", "CLS015",
         SLOGAN_RUN_INTO_THE_FIRST_TITLE, None,
         {"banner": "创建全国文明城市 共建共享美好家园", "a0.headline": "老挝青年开上了“澜湄号”"}),
    # ... but a line with no phrases a space apart is read as before (no banner set apart).
    Case("unspaced-line-over-the-first-title-is-no-slogan", "CLS015",
         SLOGAN_RUN_INTO_THE_FIRST_TITLE.replace("创建全国文明城市 共建共享美好家园",
                                                 "创建全国文明城市共建共享美好家园"), None,
         {"banner": None}),
    # ... and so is one over a title whose column tag takes a line of its own over the
    # byline (奋进新征程 建功新时代 / 谱写全球妇女事业发展新篇章 / （国际论坛） / 玛丽娜·
    # 拉古什; PyMuPDF, seed 15401, gen-15404): the tag closes the title, the byline is under it.
    Case("slogan-banner-run-into-a-title-over-its-tag", "CLS015",
         '第 1 页\n华东科技报\n2025年9月1日  星期一  第11版  科技\n责任编辑：白龙斌\n奋进新征程 建功新时代\n谱写全球妇女事业发展新篇章\n（国际论坛）\n玛丽娜·拉古什\n在北京举行的全球妇\n女峰会，谱写了全球妇女\n事业新的篇章，为促进全\n球男女平等和妇女全面发\n展注入新动力，为推动构\n建人类命运共同体贡献新\n力量。\n', None,
         {"banner": "奋进新征程 建功新时代",
          "a0.headline": "谱写全球妇女事业发展新篇章（国际论坛）"}),
    # A paragraph's first line holding numbers is short by the dropped indent still: digits
    # print wider than their count only by the gap set around each run of them (BLK005
    # run_fuzz), not by a quarter of a character each, which made it look full and the
    # paragraph was joined to the one above (seeds 6101, 7201).
    Case("first-line-with-numbers-under-a-caption-opens-a-paragraph", "BLK005",
         FIRST_LINE_WITH_NUMBERS, None,
         {"text": "遛弯了！”\n\n幸福里小区建于上世纪90年代初"}),
    Case("first-line-of-dates-after-a-caption-opens-a-paragraph", "BLK005",
         FIRST_LINE_OF_DATES, None,
         {"text": "书写新的篇章。\n\n10月20日至23日"}),
    # ... but a number with its unit sign and the mark after it is pushed down whole: the
    # line above it was full, and the paragraph goes on.
    Case("number-with-its-unit-sign-pushed-down-whole", "BLK005",
         NUMBER_WITH_UNIT_PUSHED_DOWN, None, {"text": "一度达到38.6℃。白天街头"}),
    # ... and a line that ends no sentence, open at its column's foot, is taken as full as
    # its digits may print in the widest face: the title under it opens the next article.
    Case("number-line-open-at-a-column-foot-stays-in-its-paragraph", "BLK005",
         NUMBER_LINE_AT_A_COLUMN_FOOT, None,
         {"a1.headline": "澜湄职业教育培训中心在曼谷揭牌"}),
    # A marker that the text under it comes from elsewhere is no line of the caption over it.
    Case("jump-marker-under-a-caption-ends-the-caption", "BLK005",
         MARKER_UNDER_A_CAPTION, None,
         {"a0.captions": ["图②：上世纪80年代，市民在街头报栏前读报。",
                          "图①：1955年7月8日出版的《江城晚报》创刊号。"]}),
    # A head has one kicker: over a headline wrapped onto a tail, a line exactly as wide as
    # the headline's first line, under a kicker no wider, is the headline's first line.
    Case("line-under-a-kicker-over-a-wrapped-headline-is-the-headline-s", "CLS015",
         KICKER_OVER_A_HEADLINE_WITH_A_TAIL, None,
         {"a1.kicker": "民生实事看落实", "a1.headline": "各地中小学课间普遍延长到15分钟"}),
    # An editor's note's signature is a paragraph that signs the note, not a section heading
    # (it had been output as ## ——编 者).
    Case("editor-s-note-signature-is-a-paragraph", "CLS023", SIGNATURE_UNDER_A_NOTE, None,
         {"text": "因交流而多彩。\n\n——编 者\n", "not_text": "## ——编"}),
    # ... but another line opening with a dash, of its own in the text, stays a heading.
    Case("dash-line-that-is-no-signature-stays-a-heading", "CLS023",
         SIGNATURE_UNDER_A_NOTE.replace("——编 者", "——记者手记"), None,
         {"text": "## ——记者手记"}),
    # A full line read on from a paragraph's last sentence, its short tail under it and a
    # subtitle or a dateline under that, is the next box's title wrapped: no paragraph
    # goes on into a head (CLS015 split only a full title line right over its head).
    Case("full-title-line-and-its-tail-over-a-subtitle-leave-the-paragraph", "CLS015",
         TITLE_TAIL_OVER_SUBTITLE, True,
         {"a2.headline": "秋季学期开学 各地做好安全保障", "a2.subtitle": "——写在活动启动之际"}),
    Case("full-title-line-and-its-tail-over-a-dateline-leave-the-paragraph", "CLS015",
         TITLE_TAIL_OVER_SUBTITLE.replace("——写在活动启动之际\n", ""), True,
         {"a2.headline": "秋季学期开学 各地做好安全保障"}),
    # ... but a short line that ends a sentence is the paragraph's last: it goes on.
    Case("full-line-and-a-short-end-over-a-dateline-stay-in-the-paragraph", "CLS015",
         TITLE_TAIL_OVER_SUBTITLE.replace("——写在活动启动之际\n", "").replace("\n全保障\n",
                                                                          "\n全保障。\n"),
         None, {"not_text": "# 秋季学期开学"}),
    # An article's last paragraphs printed after another article, no marker and no sentence
    # cut, that repeat the first article's headline (一张报纸, 七十年) and not their own
    # article's: they go to the end of the article they echo, which is flagged.
    Case("tail-echoing-its-headline-goes-home", "MOVE004", TAIL_ECHOING_ITS_HEADLINE, True,
         {"a0.headline": "一张报纸，陪伴一座城市七十年", "flags0": ["tail_by_words"],
          "body1": ["南方日报讯（记者/朱 晓）9月2日，第五届粤港澳大湾区青年创新创业大赛在深圳前海启动。"
                    "大赛设人工智能、生物医药、新能源等6个赛道，面向大湾区及海外青年创业团队征集项目，"
                    "总奖金池达600万元。",
                    "主办方介绍，往届大赛共吸引4,000多个团队参赛，一批获奖项目已在大湾区落地转化。"
                    "今年大赛还将为优秀项目对接投资机构和孵化平台，帮助青年创业者“从0到1”跨越发展难关。",
                    "香港青年创业者梁嘉欣是上届大赛的获奖者，她的团队研发的智能康复设备已在前海注册公司"
                    "并实现量产。“大湾区的产业链很完整，从设计到生产，在这里都能找到合作伙伴。”她说，"
                    "今年她将以评委身份回到赛场，和更多年轻人分享创业经验。"]}),
    # ... not paragraphs that repeat no headline's words: they stay where they were read.
    Case("finished-tail-echoing-no-headline-stays", "MOVE004",
         TAIL_ECHOING_ITS_HEADLINE.replace("七十年来，这张报纸换过10次版", "多年以来，这份刊物换过10次版")
         .replace("一张旧报", "一份旧刊"), False, {"flags0": []}),
    # ... nor paragraphs that repeat their own article's headline too (报纸 in both).
    Case("finished-tail-echoing-its-own-headline-too-stays", "MOVE004",
         TAIL_ECHOING_ITS_HEADLINE.replace("广东举办粤港澳大湾区青年创新", "广东举办粤港澳大湾区报纸创新"),
         False, {"flags0": []}),
    # A stack's top line exactly as wide as the first line of the wrapped headline under it,
    # which the lede repeats word for word, is the headline's first line (flagged).
    Case("top-line-the-lede-repeats-is-the-headline-s", "CLS015", HEADLINE_THE_LEDE_REPEATS, True,
         {"a2.headline": "中共中央总书记习近平电贺郑丽文当选中国国民党主席", "a2.kicker": None,
          "flags2": ["kicker_or_wrapped_headline"]}),
    # ... not one the lede does not repeat: it stays the kicker, and the article says so.
    Case("top-line-the-lede-does-not-repeat-stays-the-kicker", "CLS015",
         HEADLINE_THE_LEDE_REPEATS.replace("中共中央总书记习近平19", "习近平总书记19"), None,
         {"a2.headline": "电贺郑丽文当选中国国民党主席", "a2.kicker": "中共中央总书记习近平",
          "flags2": ["kicker_or_wrapped_headline"]}),
    # ... and one the lede says with a character or two between (lede_gap: 习近平电 over
    # 习近平19日致电).
    Case("top-line-the-lede-restates-is-the-headline-s", "CLS015", HEADLINE_THE_LEDE_RESTATES, True,
         {"a1.headline": "中共中央总书记习近平电贺郑丽文当选中国国民党主席", "a1.kicker": None}),
    # ... not where more stand between (习近平19日在京致电): it stays the kicker. (Its
    # tail cut where the text never runs on, 党 / 主席: a tail cut inside the page's words
    # makes the line the headline's on its own, KICKER_AS_WIDE.)
    Case("top-line-the-lede-says-apart-stays-the-kicker", "CLS015",
         HEADLINE_THE_LEDE_RESTATES.replace("19日致电", "19日在京致电").replace(
             "国民党主席，指出", "国民党新任主席，指出"), None,
         {"a1.headline": "贺郑丽文当选中国国民党主席", "a1.kicker": "中共中央总书记习近平电"}),
    # A full line that is one quotation whole after a paragraph's finished full line, over
    # its subtitle and byline, is the next box's headline, its clause mark the speaker's.
    Case("quoted-title-after-a-full-line-over-its-subtitle", "CLS015",
         QUOTED_TITLE_AFTER_A_FULL_LINE, None,
         {"text": "# “内外贸同样重要，两条腿走路更稳妥”", "not_text": "生态圈。“内外贸"}),
    # ... not one with a sentence ended inside it: a paragraph's line still.
    Case("quotation-ending-a-sentence-inside-stays-text", "CLS015",
         QUOTED_TITLE_AFTER_A_FULL_LINE.replace("同样重要，", "同样重要。"), None,
         {"text": "生态圈。“内外贸同样重要。"}),
    # ... also where its three lines were read as three title blocks.
    Case("top-line-the-lede-repeats-over-two-title-blocks", "CLS015",
         HEADLINE_THE_LEDE_REPEATS_IN_THREE, True,
         {"not_text": "# 电贺郑丽文当选中国国民党主席", "text": "# 中共中央总书记习近平电贺郑丽文当选中国国民党主席"}),
    Case("top-line-the-lede-does-not-repeat-over-two-title-blocks-stays", "CLS015",
         HEADLINE_THE_LEDE_REPEATS_IN_THREE.replace("中共中央总书记习近平19日", "习近平总书记19日"), None,
         {"text": "# 电贺郑丽文当选中国国民党主席"}),
    # ... nor a paragraph that repeats a short headline whole but shares no more words
    # with that article (min_shared_bigrams: a word or two proves nothing; found by the
    # property tests' pages of a few characters).
    Case("tail-sharing-a-word-or-two-with-the-headline-stays", "MOVE004",
         "# 一三一\n\n本报讯（记者 王一）一一。\n\n# 一一\n\n本报讯（记者 王一）一一。\n\n一三一。\n",
         False, {"body1": ["本报讯（记者 王一）一一。", "一三一。"]}),
    Case("markdown-tail-echoing-its-headline-goes-home", "MOVE004", ECHO_HEAD + ECHO_HOME, True,
         {"flags0": ["tail_by_words"], "body1": [
             "本报讯（记者 李二）第五届青年创业大赛在深圳启动，大赛设六个赛道。",
             "主办方介绍，往届大赛吸引了四千多个创业团队参赛。"]}),
    # A tail echoes its article's subtitle as well as its headline: the title lines' words
    # are weighed (一座城市七十年的一张报纸 under 城市记忆) ...
    Case("tail-echoing-a-subtitle-goes-home", "MOVE004", ECHO_SUBTITLE_HEAD + ECHO_HOME, True,
         {"flags0": ["tail_by_words"], "body1": [
             "本报讯（记者 李二）第五届青年创业大赛在深圳启动，大赛设六个赛道。",
             "主办方介绍，往届大赛吸引了四千多个创业团队参赛。"]}),
    # ... and its own article's kicker keeps it no more than that article's subtitle would
    # (a paragraph's first line read as a kicker, PyMuPDF d901 gen-0904, kept a tail so).
    Case("tail-echoing-its-own-kicker-too-goes-home", "MOVE004",
         ECHO_HEAD + "## 这张报纸七十年\n\n" + ECHO_HOME, True,
         {"flags0": ["tail_by_words"], "a1.kicker": "这张报纸七十年"}),
    # ... and without the subtitle, the headline alone (城市) is too little.
    Case("tail-echoing-a-word-of-a-headline-without-its-subtitle-stays", "MOVE004",
         ECHO_SUBTITLE_HEAD.replace("——写给陪伴一座城市七十年的一张报纸\n\n", "") + ECHO_HOME, False,
         {"flags0": []}),
    # ... not where another head as near echoes its words as much: which is its own
    # cannot be told.
    Case("tail-echoing-two-headlines-as-much-stays", "MOVE004",
         ECHO_HEAD + ECHO_OTHER_HEAD + ECHO_HOME, False, {"flags0": [], "flags1": []}),
    # A tail that echoes no headline but shares not one word with the text it was printed
    # under (a text long enough to have said something, disowned_min_bigrams), and whose
    # words single another article out, goes to that article, which is flagged.
    Case("tail-disowning-the-text-it-was-printed-under-goes-home", "MOVE004",
         DISOWNED_OTHERS + DISOWNED_TARGET + DISOWNED_HOME + DISOWNED_TAIL, True,
         {"flags2": ["tail_by_words"], "flags3": [],
          "body2": ["本报讯（记者 王一）连日来，我市夜市人气旺盛，摊主老胡的凉面每晚能卖出三百多碗，"
                    "冰粉摊前也排起长队。", DISOWNED_TAIL.strip()]}),
    # ... not under a text too short to disown it (a one-sentence lede) ...
    Case("tail-under-a-short-text-sharing-none-stays", "MOVE004",
         DISOWNED_OTHERS + DISOWNED_TARGET + "# 光伏企业组团参展\n\n本报讯（记者 李二）光伏展昨天开幕。\n\n"
         + DISOWNED_TAIL, False, {"flags2": []}),
    # ... nor one that shares a word with the text above (订单 in both) ...
    Case("tail-sharing-a-word-with-the-text-above-stays", "MOVE004",
         DISOWNED_OTHERS + DISOWNED_TARGET + DISOWNED_HOME
         + DISOWNED_TAIL.replace("明年夏天", "订单多了"),
         False, {"flags2": []}),
    # ... nor one whose words in common are one term (可持续发展之路: six bigrams, one
    # word), however many bigrams it makes.
    Case("tail-disowning-its-text-sharing-one-term-stays", "MOVE004",
         DISOWNED_OTHERS + DISOWNED_TARGET.replace("冰粉摊前也排起长队", "夜市走上可持续发展之路")
         + DISOWNED_HOME
         + "这条街的经营者都说，要走可持续发展之路。\n", False, {"flags2": []}),
    # ... nor a tail of a phrase or two (under disowned_min_run_bigrams): a phrase shares
    # nothing with most texts.
    Case("short-tail-disowning-its-text-stays", "MOVE004",
         DISOWNED_OTHERS + DISOWNED_TARGET + DISOWNED_HOME + "老胡的凉面和冰粉都卖完了。\n", False,
         {"flags2": []}),
    # ... nor where no other article but the one it leans to stands near: a lean to one
    # of two proves little (disowned_min_rivals).
    Case("tail-disowning-its-text-with-one-article-near-stays", "MOVE004",
         DISOWNED_TARGET + DISOWNED_HOME + DISOWNED_TAIL, False, {"flags0": []}),
    # ... nor where another article as near shares its words about as much: which one's
    # it is cannot be told.
    Case("tail-disowning-its-text-with-two-articles-as-near-stays", "MOVE004",
         DISOWNED_OTHERS + DISOWNED_TARGET + DISOWNED_TARGET.replace("夜市经济持续升温", "城南小吃街开街迎客")
         .replace("王一", "赵三").replace("我市夜市", "城南小吃街") + DISOWNED_HOME
         + DISOWNED_TAIL, False, {"flags2": [], "flags3": []}),
    # MOVE006: a head with no text takes the paragraphs of the article under it that echo
    # its title's words and none of that article's title, where the rest echoes its own:
    # last ...
    Case("bare-head-takes-the-text-read-on-under-the-next-article", "MOVE006",
         BARE_HEAD + BARE_HOME + BARE_TEXT, True,
         {"body0": [t for t in BARE_TEXT.split("\n\n") if t],
          "body1": [BARE_HOME.split("\n\n")[1]], "flags0": ["text_by_words"], "flags1": []}),
    # ... or first, where the next article's head was read between the head and its text.
    Case("bare-head-takes-the-text-read-first-under-the-next-head", "MOVE006",
         BARE_HEAD + BARE_HOME.split("\n\n")[0] + "\n\n本报记者 刘二\n\n" + BARE_TEXT
         + BARE_HOME.split("\n\n")[1].replace("本报讯（记者 刘二）", "") + "\n", True,
         {"body0": [t for t in BARE_TEXT.split("\n\n") if t],
          "body1": [BARE_HOME.split("\n\n")[1].replace("本报讯（记者 刘二）", "")]}),
    # ... not text that prints a word of its own article's title too (明年): it stays.
    Case("bare-head-leaves-text-echoing-its-own-title", "MOVE006",
         BARE_HEAD + BARE_HOME + BARE_TEXT.replace("关键时期", "明年关键"), False,
         {"body0": [], "flags0": []}),
    # ... nor text that echoes one bigram of the head's title (现代 alone): a word of two
    # characters proves nothing.
    Case("bare-head-leaves-text-echoing-one-bigram", "MOVE006",
         BARE_HEAD + BARE_HOME + BARE_TEXT.replace("基本实现社会主义现代化", "现代"), False,
         {"body0": []}),
    # ... nor where the rest echoes the head's title as much as its own: which is whose
    # cannot be told.
    Case("bare-head-leaves-text-where-the-rest-echoes-it-too", "MOVE006",
         BARE_HEAD + BARE_HOME.replace("部分企业订单", "基本实现社会主义现代化，部分企业订单")
         + BARE_TEXT, False, {"body0": []}),
    # ... nor text that prints the head's title whole: that "head" is a line of the text
    # read as a title (编者按：言出必践，是中国共产党 over 编者按：言出必践，是中国共产党执政
    # 的鲜明风格。, pdftotext -layout d1101 gen-1105).
    Case("bare-head-leaves-text-that-prints-its-title-whole", "MOVE006",
         BARE_HEAD + BARE_HOME + BARE_TEXT.replace(
             "历史，", "确保基本实现社会主义现代化取得决定性进展，历史"), False, {"body0": []}),
    # ... nor a stretch that echoes the title only across a dateline inside it (决定 above
    # it, 进展 under it): an article opens once, so what follows the dateline is another
    # report's, and each side alone echoes one bigram.
    Case("bare-head-leaves-text-a-dateline-cuts", "MOVE006",
         BARE_HEAD + BARE_HOME + "历史，正在书写新的篇章，决定未来。\n\n"
         "本报北京5月1日电 今年是关键一年，各项工作进展顺利。\n\n", False, {"body0": []}),
    # ... nor text of an article further than `max_apart` (2) articles away in page order.
    Case("bare-head-leaves-text-of-a-far-article", "MOVE006",
         BARE_HEAD + "# 城南小吃街开街迎客\n\n本报讯（记者 赵三）城南小吃街昨日开街，数十家摊位迎来"
         "首批食客。\n\n# 秋粮收购有序推进\n\n本报讯（记者 孙四）各地秋粮收购工作有序推进，"
         "收购进度快于去年同期。\n\n" + BARE_HOME + BARE_TEXT, False, {"body0": []}),
    # ... and a head with text of its own takes none (MOVE004 weighs its tails).
    Case("head-with-text-takes-no-more", "MOVE006",
         BARE_HEAD + "本报讯（记者 王一）全会审议了规划建议。\n\n" + BARE_HOME + BARE_TEXT, False,
         {"flags0": ["tail_by_words"]}),
    # BLK009: between a paragraph's last line and a first line, a line no first line could
    # be is a section heading of its own ...
    Case("heading-short-of-a-first-line-between-paragraphs", "BLK009",
         HEADING_SHORT_OF_A_FIRST_LINE, True,
         {"body0": ["初秋时节，走进长宁县竹海镇，漫山遍野的翠竹随风起伏。在镇上的一家竹木加工厂里，"
                    "一根根竹子经过破竹、蒸煮、碳化、压制等工序，变成了竹地板、竹家具和竹制餐具。",
                    "“过去卖原竹，一吨只能卖四五百元；现在加工成竹地板，价值能翻好几倍。”工厂负责人"
                    "罗建华说，企业今年接到的订单比去年多了三成，产品销往全国20多个省份，还出口到东南亚。",
                    "从“卖竹子”到“卖产品”",
                    "长宁县是远近闻名的“竹子之乡”，全县竹林面积达80余万亩。近年来，当地围绕竹笋、"
                    "竹材、竹浆纸、竹文旅等领域延链补链，引进培育竹产业企业120余家，竹产业综合产值突破百亿元。"]}),
    Case("heading-wider-than-a-first-line-between-paragraphs", "BLK009",
         HEADING_WIDER_THAN_A_FIRST_LINE, True, {"text": "东南亚。\n\n## 从“卖竹子”到“卖产品”\n\n长宁县"}),
    # ... not a first line short of one only by what opens the next line, which could not
    # stay on it (hand-made from the page above, a unit test: 长宁县是远近闻名“竹子之 /
    # 乡”，…, the next line as short as a first line too) ...
    Case("first-line-short-by-a-pushed-word-stays-in-its-paragraph", "BLK009",
         HEADING_SHORT_OF_A_FIRST_LINE.replace(
             "从“卖竹子”到“卖产品”\n长宁县是远近闻名的“竹子之\n乡”，全县竹林面积达80余万亩。\n近年来，",
             "长宁县是远近闻名“竹子之\n乡”，全县竹林面积达80余\n万亩。近年来，"), None,
         {"text": "东南亚。\n\n长宁县是远近闻名“竹子之乡”，全县"}),
    # ... nor the line under a paragraph's line as wide as a first line that ended its
    # sentence at the measure: that paragraph may go on (-layout, seed 8801 gen-8808).
    Case("full-line-under-a-first-line-that-ended-its-sentence-stays", "BLK009",
         UNDER_A_FIRST_LINE_THAT_ENDED, None,
         {"text": "中心负责人沈慧芳告诉记者，一页古籍从进门到上线"}),
    # BLK009: after a caption that cut a paragraph at a full line, a line as wide as a first
    # line that ends a sentence, a full line under it, is a first line: the full line goes
    # on from it (no paragraph opens full) ...
    Case("first-line-that-ended-its-sentence-under-a-caption", "BLK009",
         FIRST_LINE_ENDED_UNDER_A_CAPTION, True, {"text": "今年是“十四五”规划收官之年。5年间，从实现"}),
    # ... not where the line under it is as short as a first line too (hand-made from the
    # page above, a unit test).
    Case("line-that-ended-its-sentence-over-a-first-line-under-a-caption", "BLK009",
         FIRST_LINE_ENDED_UNDER_A_CAPTION.replace("5年间，从实现第一个百年奋斗目标到", "在此基础上，从实现第一个百年奋"),
         None, {"text": "今年是“十四五”规划收官之年。\n\n在此基础上，从实现"}),
    # ... nor a line that ended its sentence a character or more short of a first line: a
    # paragraph's last line, which the full line under it does not go on from (hand-made
    # from the page above, a unit test) ...
    Case("line-short-of-a-first-line-that-ended-under-a-caption-stays-apart", "BLK009",
         FIRST_LINE_ENDED_UNDER_A_CAPTION.replace("今年是“十四五”规划收官之年。", "今年是“十四五”规划收官年。"),
         None, {"text": "收官年。\n\n5年间，从实现"}),
    # ... nor a line that opens on a clause mark pushed down from the line a footer cut
    # (…食品安全 / 南方日报  2025年9月3日… / 、传染病防控等工作，…返校。): the paragraph goes on
    # into it, as wide as a first line though it is.
    Case("line-opening-on-a-clause-mark-under-a-footer-goes-on", "BLK009",
         MARK_PUSHED_UNDER_A_FOOTER, None,
         {"text": "食品安全、传染病防控等工作，确保学生安全健康返校。\n\n通知要求",
          "furniture": ["南方日报  2025年9月3日  星期三  A05"]}),
    # ... nor a line holding digits, whose width is unsure, though its count is a first line's:
    # the cut paragraph goes on into it ...
    Case("line-with-digits-that-ended-under-a-caption-goes-on", "BLK009", DIGITS_UNDER_A_CAPTION,
         None, {"text": "团队征集项目，总奖金池达600万元。"}),
    # BLK005: a caption cut a paragraph at a line as full as it gets (a first line, short by
    # the dropped indent) mid-sentence; a short line under the caption that ends a sentence
    # and makes a word with that line's end (什 / 么？) is the paragraph's last, no title ...
    Case("first-line-cut-inside-a-word-goes-on-under-the-caption", "BLK005",
         FIRST_LINE_CUT_INSIDE_A_WORD, True, {"text": "\n\n提起美术课，你会想到什么？\n\n"}),
    # ... and where the cut fell between two words (想到 / 什么？), when the line under it
    # opens something new, short of the measure: the next paragraph's first line ...
    Case("first-line-cut-between-words-goes-on-over-a-first-line", "BLK005",
         FIRST_LINE_CUT_BETWEEN_WORDS, True,
         {"text": "\n\n提起美术课，你会想到什么？\n\n传统印象中，"}),
    # ... or another article's title (no kicker ends a sentence) ...
    Case("first-line-cut-between-words-goes-on-over-a-title", "BLK005",
         CUT_BETWEEN_WORDS_OVER_A_TITLE, True,
         {"text": "\n\n提起美术课，你会想到什么？\n\n", "a2.kicker": None}),
    # ... not where the two make no word and a full line under it goes on with a paragraph
    # (…金融产 / 图为…摄 / 企业信贷需求满足了吗？ / 品优势…, pdfminer.six, gen-7806: a
    # heading read amid the cut paragraph; hand-made from the page above, a unit test) ...
    Case("line-under-a-caption-making-no-word-stays-apart", "BLK005",
         FIRST_LINE_CUT_INSIDE_A_WORD.replace("么？\n（上接第六版）\n", "呢？\n"), None,
         {"not_text": "想到什呢？"}),
    # CLS015: at the page's top, a title line at least top_own_share as wide as the line
    # over it is a title of its own under the page's banner, with its tail too.
    Case("title-and-its-tail-under-the-banner-is-its-own", "CLS015",
         BANNER_OVER_A_TITLE_AND_ITS_TAIL, None,
         {"a0.headline": "铁凝出席非洲女性议员研讨班开班式"}),
    # BLK005: a line short only by an opening bracket, the character in it and the marks
    # closing it (（套）。: no line breaks after an opening mark or before a closing one)
    # is full: the paragraph goes on into the line under it ...
    Case("line-short-by-a-bracketed-word-goes-on", "BLK005", SHORT_BY_A_BRACKETED_WORD, None,
         {"text": "文物160 余件（套）。"}),
    # BLK005: a caption that ended its sentence, then a short line with no clause mark that
    # ends none or asks, is whole: the line is a heading ...
    Case("question-under-a-caption-that-ended-is-a-heading", "BLK005", HEADING_UNDER_A_CAPTION,
         None, {"a1.captions": ["下图：工作人员在乡镇充电站检修充电桩。 经济日报记者  杨  阳摄",
                              "上图：沂南县铜井镇的新能源汽车下乡活动现场。"],
                "text": "\n\n## 充电设施跟上了吗？\n\n"}),
    # CLS015: a photo-news column's title under a wider title line is no tail of it but a
    # title of its own, the line over it its kicker ...
    Case("column-title-under-its-kicker-is-no-tail", "CLS015", KICKER_OVER_A_COLUMN_TITLE, None,
         {"a0.kicker": "走进产业园区", "a0.headline": "图片报道"}),
    # ... while another line as narrow is the tail still (hand-made from the page above).
    Case("narrow-line-under-a-title-line-is-its-tail", "CLS015",
         KICKER_OVER_A_COLUMN_TITLE.replace("图片报道\n", "图片展览\n"), None,
         {"a0.headline": "走进产业园区图片展览"}),
    # CLS016: at the page's top, a column's tag in brackets under a title line with a
    # comma, the tag filling the column's measure, over a byline: the tag ends the headline
    # (no title of its own under a banner or kicker; PyMuPDF, seed 17601).
    Case("page-top-tag-under-a-title-ends-the-headline", "CLS016", PAGE_TOP_TAG_UNDER_A_TITLE,
         None, {"a0.headline": "小巷焕新颜，“老街坊”住出“新滋味”（城市更新看变化·落地的声音）",
                "a0.byline": "本报记者  周  雷  王  伟"}),
    # ... not a bracketed line holding a comma, no column's tag: it stays apart.
    Case("page-top-bracketed-clause-under-a-title-stays-apart", "CLS016",
         PAGE_TOP_TAG_UNDER_A_TITLE.replace("（城市更新看变化·落地的声音）",
                                            "（城市更新，看变化落地的声音）"),
         None, {"a0.headline": "小巷焕新颜，“老街坊”住出“新滋味”",
                "text": "\n\n（城市更新，看变化落地的声音）\n\n"}),
    # CLS016: in text continued from another page ((上接第2版)), a wrapped title line over
    # text of another subject is the continued article's section heading, not a new
    # article's title (PyMuPDF, seed 17701) ...
    Case("title-in-continued-text-is-its-section-heading", "CLS016", TITLE_IN_CONTINUED_TEXT,
         None, {"a0.headline": "城东社区加装电梯一百多部",
                "text": "\n\n## 织密管网  守护一江碧水清流长久\n\n"}),
    # ... but with no marker above, the turn of subject opens an article ...
    Case("title-after-own-text-turning-subject-opens-an-article", "CLS016",
         TITLE_IN_CONTINUED_TEXT.replace("（上接第2版）", "社区负责人介绍，今年以来全区"),
         None, {"a1.headline": "织密管网  守护一江碧水清流长久"}),
    # ... as a byline under the title does, or a lede echoing the title's words.
    Case("title-over-a-byline-in-continued-text-opens-an-article", "CLS005",
         TITLE_IN_CONTINUED_TEXT.replace("清流长\n久\n", "清流长\n久\n本报记者  王  伟\n"),
         None, {"a1.headline": "织密管网  守护一江碧水清流长久", "a1.byline": "本报记者  王  伟"}),
    Case("title-echoed-by-its-lede-in-continued-text-opens-an-article", "CLS016",
         TITLE_IN_CONTINUED_TEXT.replace(
             "今年以来，城区雨污分流改造\n全面铺开，铺设污水管道一百\n二十多公里，新建泵站六座，\n"
             "沿江排口全部完成整治。\n",
             "今年以来，城区织密管网，雨污\n分流改造全面铺开，铺设污水管\n道一百二十多公里，新建泵站六\n"
             "座，沿江排口全部完成整治。\n"),
         None, {"a1.headline": "织密管网  守护一江碧水清流长久"}),
    # ... even where the continued text above prints two of the title's pairs (守护, 管网:
    # no chance echo, CLS016's max_echo_above), so that the lede's echo is asked again
    # under the marker: it echoes, and the turn of subject opens the article.
    Case("title-echoed-by-its-lede-sharing-pairs-above-in-continued-text-opens-an-article",
         "CLS016", TITLE_IN_CONTINUED_TEXT.replace(
             "团结一心，向着既定目标踔厉", "团结一心守护管网，向着目标踔厉").replace(
             "今年以来，城区雨污分流改造\n全面铺开，铺设污水管道一百\n二十多公里，新建泵站六座，\n"
             "沿江排口全部完成整治。\n",
             "今年以来，城区织密管网，雨污\n分流改造全面铺开，铺设污水管\n道一百二十多公里，新建泵站六\n"
             "座，沿江排口全部完成整治。\n"),
         None, {"a1.headline": "织密管网  守护一江碧水清流长久"}),
    # CLS015 (rest_read_apart): a title's first line read on under a paragraph its column
    # cut, its later line set apart over the subtitle and byline: the line is the title's,
    # split off the paragraph, and the title is whole (PyMuPDF, seeds 6401, 6501) ...
    Case("title-first-line-under-a-cut-over-its-rest-apart-is-split-off", "CLS015",
         TITLE_FIRST_LINE_UNDER_A_CUT, None,
         {"a1.headline": "一座新桥，连起两岸的百年情谊",
          "a1.subtitle": "——写在江城大桥通车五周年之际",
          "body0": ["老街修了座新桥，连通了河两岸的居民和学校，为大家带来方便。",
                    "老人们70岁上下，在河边老屋住了半辈子，和许多住在这条街的老邻居一样，"
                    "他们的儿女早先"]}),
    # ... not where the cut line leaves a particle open (…修起一座新的: the paragraph goes
    # on into the line) ...
    Case("line-under-a-cut-left-open-on-a-particle-stays-in-the-paragraph", "CLS015",
         TITLE_FIRST_LINE_UNDER_A_CUT.replace("一样，他们的儿女早先", "一样，盼着修起一座新的"),
         None, {"a1.headline": "两岸的百年情谊", "not_text": "一座新的\n\n"}),
    # ... nor where no head stands under the line set apart: two short lines over text are
    # no title stack the cut paragraph's line belongs to.
    Case("line-under-a-cut-over-a-short-line-and-text-stays-in-the-paragraph", "CLS015",
         TITLE_FIRST_LINE_UNDER_A_CUT.replace(
             "——写在江城大桥通\n车五周年之际\n本报记者  李  华  王  明\n", ""),
         None, {"text": "他们的儿女早先一座新桥，连起"}),
    # CLS016: a column's tag as long as 人民日报's (31 characters in brackets, on four lines
    # of a narrow column) ends the headline over it, no headline of its own under a kicker (PyMuPDF, seeds 1401, 17401,
    # 17501) ...
    Case("long-column-tag-on-lines-of-its-own-ends-the-headline", "CLS016",
         TITLE_OVER_A_LONG_TAG, None,
         {"a1.kicker": None, "a1.byline": "李  明  赵  兰",
          "a1.headline": "坚持以人民为中心的发展思想（深入学习贯彻新时代城市工作会议精神·读"
                         "《城市工作文集》专家谈）"}),
    # ... but a bracket holding a comma names no column: it is no tag, and stays apart.
    Case("bracketed-clause-under-a-title-is-no-tag", "CLS016",
         TITLE_OVER_A_LONG_TAG.replace("精神·读", "精神，读"), None,
         {"a1.kicker": "坚持以人民为中心的发展思想"}),
]


def _fired(page: Page, rule: str) -> bool:
    def walk(edits):
        for e in edits:
            yield e.rule
            yield from walk(e.children)
    flagged = {f["rule"] for a in page.articles for f in a.flags}
    flagged |= {f["code"] for f in page.flags}
    return rule in set(walk(page.layout + page.edits)) | flagged


def _field(page: Page, key: str):
    if key in ("banner", "furniture", "captions"):
        return getattr(page, key)
    if key.startswith("body"):
        return [b.text for b in page.articles[int(key[4:])].body]
    if key == "page_flags":
        return [f["code"] for f in page.flags]
    if key.startswith("flags"):
        return [f["kind"] for f in page.articles[int(key[5:])].flags]
    n, name = key[1:].split(".")
    return getattr(page.articles[int(n)], name)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_rule(case: Case):
    page = clean(case.page, script=case.script)
    if case.fires is not None:
        assert _fired(page, case.rule) == case.fires, [(e.rule, e.before) for e in page.edits]
    for key, value in case.want.items():
        if key == "text":
            assert value in page.text
        elif key == "not_text":
            assert value not in page.text
        elif key == "ordered":  # the layout stage's reading order
            assert value in page.ordered
        else:
            assert _field(page, key) == value, key
    assert_sound(page)


@pytest.mark.parametrize("page", [
    f"前面一段文字，内容是这样的。\n\n学习C #\n\n{P}\n\n{BODY}\n",
    f"前面一段文字，内容是这样的。\n\n#######\n\n{P}\n\n{BODY}\n",
    f"# 学习C # ##\n\n{P}\n\n## 小标 #\n\n{BODY}\n",
])
def test_a_heading_ending_in_hashes_reads_back_whole(page):
    """Must: the cleaned text, cleaned again, gives the same headings and no edit (its '#'s
    were taken for a closing sequence and dropped, a headline of '#'s with them). Leaves
    alone: the headings' fields, which never held a closing sequence."""
    first = clean(page)
    again = clean(first.text)
    assert [(e.rule, e.before, e.after) for e in again.edits] == []
    assert [(a.headline, [b.text for b in a.body]) for a in again.articles] == [
        (a.headline, [b.text for b in a.body]) for a in first.articles]


@pytest.mark.parametrize("heading,written", [
    ("车企怎么看 #", "## 车企怎么看 # #"),
    ("## 车企怎么看 # ##  ", "## 车企怎么看 # #"),  # (its own closing sequence, dropped)
])
def test_a_moved_heading_ending_in_hashes_gets_its_closing_sequence_where_pasted(heading,
                                                                               written):
    """Must: a section heading in a run moved across the sheet break (MOVE001) is pasted
    with the closing sequence its text's '#'s need, and none is left where it stood.
    Leaves alone: the run's move."""
    page = next(c for c in CASES if c.id == "sheet-break-ends-a-run-read-on-across-it").page
    page = page.replace("车企怎么看：\n", heading + "\n")
    cleaned = clean(page)
    pastes = [e for e in cleaned.edits if e.rule == "MOVE001" and "车企怎么看" in e.after]
    assert len(pastes) == 1 and f"\n{written}\n" in pastes[0].after
    assert cleaned.text.count("车企怎么看") == 1
    assert_sound(cleaned)


def test_page_numbers_are_read_as_printed():
    """MOVE001 `page_number` and `marker_page`: a page number in digits or in Chinese
    numerals (第十四版); anything else is none."""
    from cleaner.repair import _numeral
    printed = ["14", "１４", "十四", "十", "二十", "二十三", "一〇", "九", "十二三", "百", "第"]
    assert [_numeral(t) for t in printed] == [14, 14, 14, 10, 20, 23, 10, 9, None, None, None]


def test_every_rule_has_a_case():
    from cleaner import default_rules

    covered = {c.rule for c in CASES}
    untested = {r.id for r in default_rules()} - covered - {"BLK004", "BLK005", "ART001",
                                                             "DBT006", "DBT008"}
    # BLK004/BLK005: tests/test_wrapped.py; ART001: below; DBT006, DBT008:
    # tests/test_interleave.py
    assert not untested


def test_a_title_rest_read_apart_is_asked_only_while_the_parameter_is_on(tmp_path):
    """CLS015's `rest_read_apart`: off, the cut paragraph's last line is not weighed as the
    first of a title whose later lines stand apart over its head; it stays the paragraph's."""

    assert clean(TITLE_FIRST_LINE_UNDER_A_CUT).articles[1].headline == "一座新桥，连起两岸的百年情谊"
    own = rules_with(tmp_path, "CLS015", rest_read_apart=False)
    off = clean(TITLE_FIRST_LINE_UNDER_A_CUT, rules=own)
    assert off.articles[1].headline == "两岸的百年情谊"
    assert off.articles[0].body[-1].text.endswith("早先一座新桥，连起")


def test_a_notes_length_is_a_parameter(tmp_path):
    """CLS023's `note_max_paragraphs`: a signature under more text than a note closes an
    afterword, and the headings under it are measured for a turn of subject again."""

    # (The first heading made a statement: one that asks, 企业信贷需求满足了吗？, heads a
    # section whatever the note's length, CLS016 question_heading.)
    page = HEADINGS_UNDER_A_SIGNED_NOTE.replace("企业信贷需求满足了吗？", "企业信贷需求得到满足")
    assert clean(page).articles[1].headline.startswith("“为全球读者")
    own = rules_with(tmp_path, "CLS023", note_max_paragraphs=0)
    stricter = clean(page, rules=own)
    assert stricter.articles[1].headline == "装备制造业、高技术制造业等重点行业维持高景气度"
    assert_sound(stricter)
    asking = clean(HEADINGS_UNDER_A_SIGNED_NOTE, rules=own)
    assert asking.articles[1].headline.startswith("“为全球读者")


def test_specks_under_a_subtitle_is_a_parameter(tmp_path):
    """CLS015's `specks_under_subtitle`: two lines of a character or two under the subtitle
    (Tesseract, seed 602) leave it the head's mark by default; a paper that allows one
    does not take the subtitle for a mark, and CLS015 leaves the title unmerged."""
    from cleaner import RuleSet

    page = next(c for c in CASES
                if c.id == "subtitle-with-its-tail-and-a-speck-under-a-wrapped-title").page
    assert clean(page).articles[1].headline == "近万名大学生志愿者服务西部基层"
    own = tmp_path / "paper.toml"
    # (LAY202 off: it would glue the specks onto the subtitle before CLS015 sees them.)
    own.write_text('[[rule]]\nid = "CLS015"\n[rule.params]\nspecks_under_subtitle = 1\n'
                   '\n[[rule]]\nid = "LAY202"\nenabled = false\n', encoding="utf-8")
    stricter = clean(page, rules=RuleSet.load([own]))
    # (CLS017 still merges the title's tail 层 alone under it, but as a title nothing
    # anchors: the subtitle is not the head's mark.)
    merged = [e.evidence["title"] for e in stricter.edits if e.rule == "CLS005"]
    assert merged and merged[0].get("rule") == "CLS017" and merged[0].get("tail") == ["层"]
    assert not any(e.evidence["title"].get("no_anchor") for e in clean(page).edits
                   if e.rule == "CLS005")
    assert_sound(stricter)


def test_banner_space_is_a_parameter(tmp_path):
    """LAY001's `banner_space`: the banner's phrases a space apart (奋进新征程 建功新时代)
    are one run by default; a paper that counts one space as two runs' gap finds no banner
    there, and the banner stays where the columns read it."""

    page = next(c for c in CASES if c.id == "grid-banner-over-a-column-start-is-read-first").page
    assert clean(page).banner == "奋进新征程 建功新时代"
    own = rules_with(tmp_path, "LAY001", banner_space=1)
    stricter = clean(page, rules=own)
    assert stricter.banner != "奋进新征程 建功新时代"
    assert_sound(stricter)


def test_unplaced_block_is_kept_as_furniture(monkeypatch):
    """ART001 is a safety net: if a structure rule forgot a block, it is not lost."""
    from cleaner import pipeline

    real = pipeline.segment

    def forgetful(*args, **kwargs):
        plan = real(*args, **kwargs)
        plan.articles[0].captions.clear()  # a structure bug: the caption is placed nowhere
        return plan

    monkeypatch.setattr(pipeline, "segment", forgetful)
    page = clean(f"# 标题\n\n{P}\n\n上图：会场。张三摄\n\n{BODY}\n")
    assert page.furniture == ["上图：会场。张三摄"]
    assert _fired(page, "ART001")
    assert_sound(page)


def test_a_title_line_ending_the_page_in_continued_text_is_kept():
    """CLS016 `continued_text` weighs the text under a title line in text continued from
    another page; a page whose last block is such a line has none under it (an
    IndexError): the line, with no lede to open an article, stays in the continued text."""
    page = clean("城东社区加装电梯一百多部\n（上接第2版）\n发展的脚步，一刻也没有停下。\n"
                 "织密管网守护一江碧水\n")
    assert "织密管网守护一江碧水" in page.articles[-1].text
    assert_sound(page)


def test_continued_text_looks_for_its_marker_within_reach(tmp_path):
    """CLS016 `continued_reach`: the marker that the text comes from elsewhere is looked
    for that many blocks up at most (every title line of a long text asks). Two blocks
    under it (the marker, then the text's lines as one block), the title is the continued
    text's section heading under the shipped reach or one of two; under a reach of one,
    the marker is out of sight and the turn of subject opens an article."""

    assert clean(TITLE_IN_CONTINUED_TEXT).articles[-1].headline == "城东社区加装电梯一百多部"
    own = rules_with(tmp_path, "CLS016", continued_reach=1)
    near = clean(TITLE_IN_CONTINUED_TEXT, rules=own)
    assert near.articles[-1].headline == "织密管网  守护一江碧水清流长久"
    assert_sound(near)
    far = rules_with(tmp_path, "CLS016", continued_reach=2)
    assert clean(TITLE_IN_CONTINUED_TEXT, rules=far).articles[-1].headline == (
        "城东社区加装电梯一百多部")


@pytest.mark.parametrize("reach", [3, 8, None])
def test_continued_text_looks_up_once_a_page_and_answers_as_a_look_from_each_line(
        tmp_path, reach):
    """CLS016 `continued_text`: the page's title lines, asked down the page, each get the
    answer a look up from the line itself gives (the nearest marker or head within
    `continued_reach` blocks: short reaches, where the last look stopped out of the next
    one's reach, and the shipped one), though each look starts where the last one ended."""
    import random

    from cleaner.model import Block
    from cleaner.structure import _ContinuedFrom

    rules = rules_with(tmp_path, "CLS016", **({"continued_reach": reach} if reach else {}))
    reach = rules.param("CLS016", "continued_reach")
    kinds = [("paragraph", 0, "正文。"), ("heading", 0, "小标题"), ("caption", 0, "图为会场。"),
             ("furniture", 0, "第 2 页"), ("jump", 0, "（上接第一版）"), ("jump", 0, "（下转第五版）"),
             ("headline", 0, "标题"), ("byline", 0, "本报记者 王五"), ("heading", 1, "标题")]

    def look(blocks, i):  # the look up from block i alone
        for b in reversed(blocks[max(0, i - reach):i]):
            if b.role == "jump":
                return b.text if "上接" in b.text else ""
            if b.role not in ("paragraph", "heading", "caption", "furniture") or b.level:
                return ""
        return ""

    draw = random.Random(reach)
    found = set()
    for _ in range(100):
        n = draw.randint(1, 3 * reach + 30)
        # mostly text that reads on, so the looks run far
        picks = draw.choices(kinds, weights=[40, 5, 3, 3, 3, 1, 1, 1, 1], k=n)
        blocks = [Block(k, 0, 0, 0, level, (), text=text, role=role)
                  for k, (role, level, text) in enumerate(picks)]
        continued = _ContinuedFrom(blocks, rules)
        # lines asked close together, and far apart (past the reach of the last look)
        asked = draw.randint(1, draw.choice([n + 1, max(1, n // reach)]))
        for i in sorted(draw.sample(range(n + 1), asked)):
            assert continued(i) == look(blocks, i), (i, [b.role for b in blocks])
            found.add(bool(look(blocks, i)))
    assert found == {True, False}


@pytest.mark.parametrize("orderer", ["LAY001", "LAY101", "LAY002"])
def test_continued_text_is_not_weighed_in_a_rebuilt_order(monkeypatch, orderer):
    """CLS016 `continued_text`: where an orderer rebuilt the page's reading order, text read
    on under a marker (上接…) may be another box's whose head went elsewhere, so a title in
    it is weighed by its turn of subject as anywhere: it opens an article."""
    from cleaner import pipeline

    assert clean(TITLE_IN_CONTINUED_TEXT).articles[-1].headline == "城东社区加装电梯一百多部"
    real = pipeline._clean_ordered

    def ordered_by(source, rules, script, facts, name, orderers=frozenset()):
        return real(source, rules, script, facts, name, frozenset({orderer}))

    monkeypatch.setattr(pipeline, "_clean_ordered", ordered_by)
    page = clean(TITLE_IN_CONTINUED_TEXT)
    assert page.articles[-1].headline == "织密管网  守护一江碧水清流长久"
    assert_sound(page)


@pytest.mark.parametrize("orderer, moves", [("LAY101", True), ("LAY002", False),
                                             ("LAY001", True)])
def test_tails_placed_by_words_not_on_text_read_back_from_rows(monkeypatch, orderer, moves):
    """MOVE004 (`not_after`): text sort=True's rows were read back from (LAY002) is pieced
    together line by line, so no tail is placed by its words alone there; columns read by
    their cells (LAY001) are, and so are pdfminer.six's columns read across (LAY101), where
    a headline read before another article's last paragraphs took them."""
    from cleaner import pipeline

    real = pipeline._clean_ordered

    def ordered_by(source, rules, script, facts, name, orderers=frozenset()):
        return real(source, rules, script, facts, name, frozenset({orderer}))

    monkeypatch.setattr(pipeline, "_clean_ordered", ordered_by)
    page = clean(TAIL_ECHOING_ITS_HEADLINE)
    assert _fired(page, "MOVE004") is moves
    assert_sound(page)


# Hand-made (a unit test, not evidence): ECHO_HEAD's tail read under a brief whose headline
# shares a word with it (普通) that three other briefs print too.
COMMON_WORD_BRIEFS = "".join(
    f"# {title}\n\n本报讯（记者 陈四）{text}\n\n" for title, text in (
        ("社区食堂今天开张", "社区食堂今天开张，普通居民也能吃上实惠饭菜。"),
        ("公园新增健身步道", "公园新增三条健身步道，供普通市民晨练散步。"),
        ("夜校课程报名火热", "夜校开设书法和摄影课程，普通上班族踊跃报名。")))
COMMON_WORD_HOME = ECHO_HOME.replace("# 广东举办青年创业大赛", "# 普通青年的创业大赛")


@pytest.mark.parametrize("orderer, moves", [(None, False), ("LAY101", True)])
def test_tail_sharing_a_common_word_with_its_headline_on_text_read_across(
        monkeypatch, orderer, moves):
    """MOVE004 (`mixed_after`): a tail that shares a word with its own headline stays with
    it, however common the word; but on pdfminer.six's columns read across (LAY101), where
    a headline takes the last paragraphs of the article read before it, only a word few
    articles print (`max_articles_per_word`) keeps it: 普通, which four articles print, does
    not, and the tail goes to the headline it echoes (报纸, 城市)."""
    from cleaner import pipeline

    real = pipeline._clean_ordered

    def ordered_by(source, rules, script, facts, name, orderers=frozenset()):
        return real(source, rules, script, facts, name,
                    frozenset({orderer}) if orderer else orderers)

    monkeypatch.setattr(pipeline, "_clean_ordered", ordered_by)
    page = clean(COMMON_WORD_BRIEFS + ECHO_HEAD + COMMON_WORD_HOME)
    assert _fired(page, "MOVE004") is moves
    tail = "七十年来，这张报纸换过十次版式，始终把镜头对准这座城市里的普通人，记录城市的变迁。"
    assert (tail in [b.text for b in page.articles[3].body]) is moves
    assert (tail in [b.text for b in page.articles[4].body]) is not moves
    assert_sound(page)


@pytest.mark.parametrize("orderer, moves", [(None, True), ("LAY101", False)])
def test_tail_disowning_the_text_above_stays_on_text_read_across(monkeypatch, orderer, moves):
    """MOVE004 (`mixed_after`): a tail that echoes no headline but shares nothing with the
    text it was printed under goes to the article its words single out; on pdfminer.six's
    columns read across (LAY101) that text may be another article's lines, so disowning it
    proves nothing and the tail stays (on the dev sets the three pages so moved fell:
    ——编  者 taken from its note)."""
    from cleaner import pipeline

    real = pipeline._clean_ordered

    def ordered_by(source, rules, script, facts, name, orderers=frozenset()):
        return real(source, rules, script, facts, name,
                    frozenset({orderer}) if orderer else orderers)

    monkeypatch.setattr(pipeline, "_clean_ordered", ordered_by)
    page = clean(DISOWNED_OTHERS + DISOWNED_TARGET + DISOWNED_HOME + DISOWNED_TAIL)
    assert _fired(page, "MOVE004") is moves
    assert_sound(page)


@pytest.mark.parametrize("orderer", [None, "LAY101"])
def test_tail_sharing_a_rare_word_with_its_headline_stays_on_text_read_across(
        monkeypatch, orderer):
    """MOVE004: a tail that shares a word few articles print with its own headline (城市,
    printed by two) stays with it, on pdfminer.six's columns read across (LAY101) too."""
    from cleaner import pipeline

    real = pipeline._clean_ordered

    def ordered_by(source, rules, script, facts, name, orderers=frozenset()):
        return real(source, rules, script, facts, name,
                    frozenset({orderer}) if orderer else orderers)

    monkeypatch.setattr(pipeline, "_clean_ordered", ordered_by)
    page = clean(ECHO_HEAD + ECHO_HOME.replace("# 广东举办青年创业大赛", "# 城市青年的创业大赛"))
    assert not _fired(page, "MOVE004")
    assert_sound(page)


@pytest.mark.parametrize("orderer, moves", [("LAY101", False), ("LAY002", False),
                                             ("LAY001", True)])
def test_no_run_starts_under_a_signature_on_text_read_back_from_rows(monkeypatch, orderer, moves):
    """MOVE001 (`signature_not_after`): on text an orderer read back from rows a signature
    (——编  者) stands where its row fell, so no run starts under it there; columns read
    by their cells (LAY001) keep the converter's order under it."""
    from cleaner import pipeline

    real = pipeline._clean_ordered

    def ordered_by(source, rules, script, facts, name, orderers=frozenset()):
        return real(source, rules, script, facts, name, frozenset({orderer}))

    monkeypatch.setattr(pipeline, "_clean_ordered", ordered_by)
    page = clean(TITLE_AFTER_TEXT_UNDER_BYLINE)
    assert ("一百二十多年的历史的社区书房。" in page.text) is moves
    assert_sound(page)


def test_no_run_starts_under_a_signature_where_signatures_are_off(tmp_path):
    """MOVE001 reads an editor's note's signature (——编  者) as its note's end only where
    CLS023, the rule that knows signatures, is on: a paper that turns it off gets no run
    started under one."""
    from cleaner import RuleSet

    assert "一百二十多年的历史的社区书房。" in clean(TITLE_AFTER_TEXT_UNDER_BYLINE).text
    off = tmp_path / "paper.toml"
    off.write_text('[[rule]]\nid = "CLS023"\nenabled = false\n', encoding="utf-8")
    page = clean(TITLE_AFTER_TEXT_UNDER_BYLINE, rules=RuleSet.load([off]))
    assert "一百二十多年的历史的社区书房。" not in page.text
    assert_sound(page)


def test_a_column_tag_is_no_byline_in_brackets():
    """CLS016's column tag: a column's name in brackets, a column named for reporters
    (（记者观察）) too, but not reporters' names in brackets."""
    from cleaner import default_rules
    from cleaner.structure import column_tag

    rules = default_rules()
    assert column_tag("（国际论坛）", rules) and column_tag("（记者观察）", rules)
    assert not column_tag("（本报记者 王五）", rules)
    assert not column_tag("（记者 王五 李四）", rules)


def test_the_orphan_tail_reads_the_marks_no_paragraph_opens_with(tmp_path):
    """BLK005 takes a line opening with a clause mark, under a short line that ended its
    sentence, for a paragraph's tail printed out of order: the marks are JOIN001's
    `opening_clause`, so a paper's own list holds there too."""
    from cleaner import default_rules
    from cleaner.blocks import cut

    page = ("活动顺利举行\n本报记者 王五\n今天上午这里举行了一次活动，来自各\n地的代表和群众参加了活动。\n"
            "他问：这样的活动为什么大家都很\n喜欢呢？\n，大多只能这样做了。\n")

    def tails(rules):
        blocks, _ = cut(page, rules, rules.param("NRM002", "chars"))
        return [b.start_evidence.get("orphan_tail") for b in blocks if "orphan_tail" in b.start_evidence]

    assert tails(default_rules()) == ["，"]
    own = rules_with(tmp_path, "JOIN001", opening_clause="、")
    assert tails(own) == []


def test_names_cut_before_their_mark_read_the_one_list_of_marks_no_line_starts_with(tmp_path):
    """CLS014 reads the marks no line may start with from LAY101's `no_line_start` (one
    list of them, rules/layout_interleave.toml): a paper's own list holds there too."""

    page = "# 一一\n\n本报讯（记者 王一）一一。\n\n一一！\n\n相一一\n\n。\n"
    assert "相一一。" in [b.text for b in clean(page).articles[0].body]
    own = rules_with(tmp_path, "LAY101", no_line_start="、")
    assert "相一一" in [a.byline for a in clean(page, rules=own).articles]


def test_a_heading_in_a_narrow_column_says_why():
    """BLK009 in a column narrower than `min_heading_measure` takes a line for a heading
    on its having no clause mark (or a jump marker above it), not on the column's width:
    its evidence says so (`narrow_column`, the measure it fell short of)."""
    case = next(c for c in CASES if c.id == "narrow-column-heading-over-a-first-line")
    edit = next(e for e in clean(case.page).edits if e.rule == "BLK009")
    assert edit.evidence["heading_above"] == "卖产品”"
    assert edit.evidence["narrow_column"] > edit.evidence["measure"]



def test_title_read_on_after_a_sentence_stays_without_a_byline_under_it():
    """CLS015 splits a wrapped title off the paragraph whose last sentence it was read on
    from only over a reporter's byline: with no byline under them, lines after a
    sentence's end that hold no mark are no title by this test (the paragraph may go on
    elsewhere), and no edit says so."""
    def split_off(page_text: str) -> list:
        return [e for e in clean(page_text).edits
                if e.rule == "CLS015" and "委内瑞拉" in str(e.evidence.get("title_line", ""))]

    # (The title's first line as wide as the column: one wider than it is BLK005's.)
    page = HEAD_IN_NARROW_COLUMN.replace("委内瑞拉加强应对美军事威\n胁", "委内瑞拉加强应对美军事\n威胁")
    assert split_off(page)
    assert not split_off(page.replace("本报记者  陈海琪\n", ""))


# PyMuPDF's text of a generated page (seed 1707): an article goes on further down the page
# after (下转第16版); its tail there says so, （上接第3版）, and opens with its own section
# heading.
TAIL_WITH_A_HEADING = '北方日报\n03  经济  2025年1月11日  星期六\n沙漠里种出“中国味道”\n——中埃农业合作项目见闻\n本报驻埃及记者  沈小晓\n清晨，埃及西部新河谷省的\n沙漠边缘，一排排温室大棚在阳\n光下泛着银光。大棚里，番茄、\n黄瓜、甜椒长势喜人，滴灌管道\n沿着垄沟延伸，把水和养分一滴\n一滴送到作物根部。\n“以前这里什么都长不出\n来，现在一年能收三季。”当地\n农场主艾哈迈德·法鲁克指着大\n棚说。他的农场2022年引进了中\n国企业的节水灌溉和温室种植技\n术，蔬菜产量提高了近两倍，用\n水量却减少了40%。\n（下转第16版）\n毕业季，他们为何选\n择“慢就业”？\n中青报·中青网记者  王  林  实\n习生  刘思远\n7月毕业后，林远没有急着\n找工作。他报了一个为期3个月\n的编程训练营，每天从9点学到\n21:30 。“ 本科学的是市场营\n销，但我更想做产品经理，得先\n补补技术课。”他说。\n图①：一名应届毕业生在招聘会上\n咨询岗位信息。 中青报·中青网记者 \n李  强/摄\n图②：毕业生在校园里拍摄毕业\n照。（资料图片）\n奋进新征程\n创新答卷彰显新型举国\n体制优势（科技视点）\n习近平总书记强调，“充分\n图为12月15日，市民在社区服务中\n心办理业务。 本报记者  崔刚建摄\n发挥新型举国体制优势，加快推\n进高水平科技自立自强”。\n（上接第3版）\n节水技术破解“缺水难题”\n埃及国土面积的95%左右是\n沙漠，农业用水主要依赖尼罗\n河。如何用有限的水种出更多的\n粮食和蔬菜，是埃及农业发展面\n临的突出难题。2020年以来，埃\n及政府大力推进沙漠土地开垦计\n图为埃及新河谷省的农民在中方援\n建的温室大棚里采摘番茄。 本报记\n者  沈小晓摄\n划，希望新增数百万费丹耕地，\n节水农业技术因此受到格外重\n视。\n前三季度我国服务贸易稳中有进\n——来自基层一线的调查\n进出口总额同比增长8.2%，\n其中出口增长12.5%，增速高于\n进口6.9个百分点。知识密集型\n服务贸易表现亮眼，个人文化和\n娱乐服务、电信计算机和信息服\n务、知识产权使用费等领域保持\n较快增长。\n商务部国际贸易经济合作研\n究院服务贸易研究所所长李明\n说，“十四五”以来，我国服务\n贸易规模持续扩大、结构不断优\n化。数字技术与服务贸易加速融\n合，越来越多的服务可以跨境交\n付，为服务出口打开了新空间。\n从区域看，东部地区服务贸\n易继续发挥“压舱石”作用，中\n西部地区增速加快。成渝、长江\n'


def test_tail_after_a_marker_goes_home_with_its_section_heading():
    """CLS016 and MOVE001: the line under a marker that the text comes from elsewhere is
    the continued article's section heading, not a new article's title, and the tail
    moves home heading first; the article it was printed in keeps its own text."""
    page = clean(TAIL_WITH_A_HEADING)
    home = page.articles[0]
    assert home.headline == "沙漠里种出“中国味道”"
    assert [(b.type, b.text[:12]) for b in home.body[2:]] == [
        ("heading", "节水技术破解“缺水难题”"), ("paragraph", "埃及国土面积的95%左右")]
    assert "节水技术" not in "".join(a.headline or "" for a in page.articles)
    host = next(a for a in page.articles if a.headline.startswith("创新答卷"))
    assert [b.text for b in host.body] == ["习近平总书记强调，“充分发挥新型举国体制优势，加快推进高水平科技自立自强”。"]
    assert_sound(page)


def test_title_with_no_marker_over_it_opens_its_own_article():
    """... and with no marker over it, the same line, its words not the text's above, is
    a title that opens an article: nothing says its text comes from elsewhere, and
    MOVE001 moves nothing."""
    page = clean(TAIL_WITH_A_HEADING.replace("（上接第3版）\n", ""))
    assert "节水技术破解“缺水难题”" in [a.headline for a in page.articles]
    assert not [e for e in page.edits if e.rule == "MOVE001"]
    assert_sound(page)


def test_line_past_the_measure_with_a_clause_mark_stays_the_paragraphs():
    """BLK005's title over the measure: a line past the measure after a sentence's end
    whose marks, each squeezed to half a character, would fit the column is a paragraph's
    line, not a title's; it is not set apart (no block says title_over_measure or
    past_measure). One that would not fit is."""
    def apart(text: str) -> list:
        return [e for e in clean(text).edits
                if e.evidence.get("title_over_measure") or e.evidence.get("past_measure")]

    case = next(c for c in CASES
                if c.id == "title-line-past-the-measure-after-a-sentence-over-its-tail")
    # (13 characters, 5 of them marks: 10.5 squeezed, in a column of 11)
    squeezed = case.page.replace("首批“古籍活化”精品项目名\n", "首批“古籍”，“活化”项目\n")
    assert not apart(squeezed)
    # (14 characters, 3 of them marks: 12.5 squeezed)
    assert apart(case.page.replace("首批“古籍活化”精品项目名\n", "首批“古籍活化”，精品项目名\n"))
    assert apart(case.page)
    assert_sound(clean(squeezed))


def test_short_text_after_a_numbered_head_is_not_split_off():
    """BLK013: after a numbered part's head, fewer than `min_chars` characters beside it
    (（二） 总则) are no printed line of their own: the line is not split (no block says it
    was glued), as the seed 1801 head with its text's first line beside it is."""
    def glued(text: str) -> list:
        return [e for e in clean(text).edits if e.evidence.get("glued_line")]

    case = next(c for c in CASES if c.id == "numbered-head-glued-to-its-first-line-split")
    assert glued(case.page)
    assert not glued("引领未来，中国做对了什么\n任仲平\n（二） 总则\n每逢重大历史关头，中国共产党总是能\n")


def test_glued_lines_are_read_only_on_text_written_line_after_line():
    """BLK013: the seed 5306 OCR excerpt, its blank lines (OCR's blocks) taken out, is text
    written line after line, and its line with a space after a sentence's end is split
    there; with them, more than `max_blank_share` blank lines a text line, it is not."""
    def glued(text: str) -> list:
        return [e for e in clean(text).edits if e.evidence.get("glued_line")]

    case = next(c for c in CASES if c.id == "ocr-space-after-a-sentence-is-not-split")
    assert not glued(case.page)
    assert glued(case.page.replace("\n\n", "\n"))


def test_a_number_goes_on_only_into_its_unit():
    """BLK009/CLS015's number across a break: a number, or a number and 多 or 余, whose unit
    opens the next line goes on; words, or a number over a character that is no unit, do
    not."""
    from cleaner.blocks import _number_goes_on
    from cleaner.registry import default_rules
    units = default_rules().param("BLK009", "number_units")
    assert _number_goes_on("来自全国200多", "个县的", units)
    assert _number_goes_on("配有图书约3000", "册，", units)
    assert _number_goes_on("超过1,500余", "人次", units)
    assert not _number_goes_on("来自全国很多", "个县的", units)
    assert not _number_goes_on("来自全国200多", "县里的", units)
    assert not _number_goes_on("多", "个", units)


def test_no_heading_between_paragraphs_where_columns_were_read_line_by_line():
    """BLK009's heading between paragraphs is read off the lines round it: not where an
    orderer of its `not_after` put back columns read line by line (`interleaved`), whose
    neighbours may be other columns' lines."""
    from cleaner import default_rules
    from cleaner.blocks import cut

    rules = default_rules()
    invisible = rules.param("NRM002", "chars")

    def between(interleaved: bool) -> list[str]:
        blocks, _ = cut(HEADING_SHORT_OF_A_FIRST_LINE, rules, invisible,
                        reordered=interleaved, interleaved=interleaved)
        return [HEADING_SHORT_OF_A_FIRST_LINE[b.start:b.end] for b in blocks
                if b.start_evidence.get("between_paragraphs")]

    assert between(False) == ["从“卖竹子”到“卖产品”"]
    assert between(True) == []
    assert "LAY101" in rules.param("BLK009", "not_after")


@pytest.mark.parametrize("before, after", [
    # the line under the first line not full: the lines round it may be a box's end
    ("乡”，全县竹林面积达80余万亩。\n近年来，", "乡”。\n近年来，"),
    # the paragraph above one line long: a caption's or a title's line, no paragraph's end
    ("“过去卖原竹，一吨只能卖四\n五百元；现在加工成竹地板，价值\n能翻好几倍。”工厂负责人罗建华\n"
     "说，企业今年接到的订单比去年多\n了三成，产品销往全国20多个省\n份，还出口到东南亚。\n",
     "产品还出口到东南亚。\n"),
    # the line above ending no sentence: the paragraph may go on into the line
    ("份，还出口到东南亚。\n", "份，还出口到东南亚\n"),
    # the line above full: the paragraph may go on across it
    ("份，还出口到东南亚。\n", "份，还出口到东南亚等多国。\n"),
], ids=["next-but-one-not-full", "one-line-above", "no-sentence-end-above", "full-above"])
def test_a_heading_between_paragraphs_needs_a_paragraphs_end_and_start_round_it(before, after):
    """BLK009's heading between paragraphs: only under a paragraph's last line (a paragraph
    of more than one line, ending a sentence short of a first line) and over a first line
    with a full line under it. Hand-made from HEADING_SHORT_OF_A_FIRST_LINE, unit tests."""
    from cleaner import default_rules
    from cleaner.blocks import cut

    rules = default_rules()
    invisible = rules.param("NRM002", "chars")
    assert before in HEADING_SHORT_OF_A_FIRST_LINE
    page = HEADING_SHORT_OF_A_FIRST_LINE.replace(before, after)
    blocks, _ = cut(page, rules, invisible)
    assert not [b for b in blocks if b.start_evidence.get("between_paragraphs")]


def test_a_bracket_goes_down_with_what_it_holds_and_the_marks_after():
    """BLK005's unbreakable units: an opening mark, the character after it, and the
    closing marks after that go down whole (（套）。); after an opening mark and a Han
    character that another follows, only the two (“一省一策: the line may break after 一)."""
    from cleaner.blocks import _UNBREAKABLE

    assert _UNBREAKABLE.match("（套）。").group() == "（套）。"
    assert _UNBREAKABLE.match("“一省一策”").group() == "“一"
    assert _UNBREAKABLE.match("（39.7%）。").group() == "（39.7%）。"


def test_ocr_reads_a_pushed_word_with_its_marks_full_and_joined():
    """BLK014: on a page set in OCR's blocks, the word pushed down whole is read with the
    mark OCR spaced off it joined on, and OCR's ASCII marks as wide as the full-width ones
    printed ((39.7%) 。 is （39.7%）。, 5.5 wide); a PDF extractor's text is read as it is."""
    from cleaner.blocks import Line, _pushed_word

    source = "对自己的职业方向\n(39.7%) 。只有受访者认为"
    run = [Line(0, 8, 0), Line(9, len(source), 9)]
    assert _pushed_word(source, run, 0, 5.25, ocr=True)
    assert not _pushed_word(source, run, 0, 5.25)
    # (joined, but read half wide, it is 4.5: short of the room)
    assert not _pushed_word(source.replace(") 。", ")。"), run, 0, 5.25)


def test_no_heading_under_a_caption_where_columns_were_read_line_by_line():
    """BLK005 ends a caption that ended its sentence at a heading under it, but not where an
    orderer of BLK009's `not_after` put back columns read line by line."""
    from cleaner import default_rules
    from cleaner.blocks import cut

    rules = default_rules()
    invisible = rules.param("NRM002", "chars")

    def headings(interleaved: bool) -> list[str]:
        blocks, _ = cut(HEADING_UNDER_A_CAPTION, rules, invisible,
                        reordered=interleaved, interleaved=interleaved)
        return [HEADING_UNDER_A_CAPTION[b.start:b.end] for b in blocks
                if b.start_evidence.get("heading_under_caption")]

    assert headings(False) == ["充电设施跟上了吗？"]
    assert headings(True) == []


def test_kicker_over_a_column_title_is_a_short_unfinished_phrase():
    """BLK005's kicker over a photo-news column's title: a short phrase under a full line,
    never a paragraph's last line that ends its sentence or a line that fills the measure."""
    from cleaner import default_rules
    from cleaner.blocks import _kicker_over
    r = default_rules()
    assert _kicker_over("科技创新在一线", False, True, r)
    assert not _kicker_over("参观洽谈。", False, True, r)  # (a sentence's end)
    assert not _kicker_over("开放服务，延长", False, True, r)  # (a clause mark)
    assert not _kicker_over("和“银发”", False, True, r)  # (a quotation's end)
    assert not _kicker_over("生", False, True, r)  # (shorter than a kicker)
    assert not _kicker_over("科技创新在一线", True, True, r)  # (a full line goes on)
    assert not _kicker_over("科技创新在一线", False, False, r)  # (under a paragraph's end)


def _join_evidence(page_text: str, at: str) -> dict:
    """The evidence of the manifest's edit joining the line that ends in `at` to the next."""
    from cleaner.manifest import to_dict

    end = page_text.index(at + "\n") + len(at)

    def walk(edits):
        for e in edits:
            yield e
            yield from walk(e.get("children", []))
    found = [e for e in walk(to_dict(clean(page_text))["edits"]) if e["start"] == end]
    assert len(found) == 1, found
    return found[0]["evidence"]


def test_left_open():
    """JOIN002's paragraph left open: three lines or more, the last stopping on a letter or a
    digit, over text that does not open as a paragraph's first line."""
    from cleaner import default_rules
    from cleaner.model import Block
    from cleaner.repair import _left_open

    def block(*lines: str) -> Block:
        return Block(0, 0, 0, 0, 0, (), text="".join(lines), line_texts=list(lines))
    rules = default_rules()
    lines = ("区书屋开放以来，每天都有不少居", "年书屋新添了两千多册图书，还为", "附近的孩子们开设了")
    below = block("周末故事会，请来退休教师义务辅", "导功课，深受居民欢迎。")
    assert _left_open(block(*lines), below, rules)
    assert _left_open(block(*lines[:2], "新设个体工商户约1.5"), block("70万户。"), rules)
    # Must leave alone: a block of two lines (a title's), a line ending in a mark, text
    # under it whose first line is short by the dropped indent.
    assert not _left_open(block(*lines[1:]), below, rules)
    assert not _left_open(block(*lines[:2], "附近的孩子们开设了“小书房”"), below, rules)
    assert not _left_open(block(*lines[:2], "附近的孩子们开设了。"), below, rules)
    assert not _left_open(block(*lines), block("周末故事会请来退休教师义", "务辅导功课。"), rules)


def test_a_join_onto_a_sentence_of_one_shows_it():
    """JOIN001's evidence names the sentence or clause of one character that no paragraph
    opens with."""
    from cleaner.manifest import to_dict

    joins = [e for e in to_dict(clean(PUSHED_SENTENCE_OF_ONE))["edits"] if e["rule"] == "JOIN001"]
    assert [e["evidence"].get("sentence_of_one") for e in joins] == ["倍。"]
    clause = PUSHED_SENTENCE_OF_ONE.replace("倍。”工厂", "倍，工厂")
    joins = [e for e in to_dict(clean(clause))["edits"] if e["rule"] == "JOIN001"]
    assert [e["evidence"].get("clause_of_one") for e in joins] == ["倍，"]


def test_a_paragraph_left_open_over_a_photo_shows_its_cut_line():
    """JOIN002's evidence names the end of the line the photo cut, which no width let go on."""
    from cleaner.manifest import to_dict

    joins = [e for e in to_dict(clean(PHOTO_CUT_SHORT))["edits"] if e["rule"] == "JOIN002"]
    assert len(joins) == 1, joins
    evidence = joins[0]["evidence"]
    assert evidence["left_open"] == "孩子们开设了" and evidence["right"].startswith("周末故事会")
    assert evidence["between"] == ["caption", "caption"]


def test_the_join_of_a_line_ocr_cut_short_shows_blk014():
    """BLK014's decision, that OCR's short line goes on with the line under it (…进军的第一 /
    年。全国…), shows in the manifest on the edit that joins the two; a PDF extractor's
    line, which BLK014 leaves alone, shows none."""
    why = _join_evidence(OCR_SPECK_BELOW, "进军的第一")["ocr_dropped_at_end"]
    assert why["rule"] == "BLK014" and why["pushed_down"] == "年。全国"
    pdf = OCR_DROPPED.replace("\n\n", "\n")
    assert "ocr_dropped_at_end" in _join_evidence(OCR_DROPPED, "教育机器人等品")
    assert "ocr_dropped_at_end" not in clean(pdf).to_json()


CREDIT_ACROSS = (
    '确保基本实现社会主\n义现代化取得决定性\n进展\n新华社记者\n历史，正在书写新的篇\n图为5月1日，市民在社区服务\n'
    '中心办理业务。 县融媒体中心\n供图\n章。\n10月20日至23日，党的\n二十届四中全会在北京召\n'
    '开。会议将审议《中共中央\n关于制定国民经济和社会发\n展第十五个五年规划的建\n议》，为未来五年中国发展\n擘画蓝图。\n')


# OCR_DROPPED's column cut mid-sentence at a full line, over the next article's head: a
# title whose first line OCR cut short (…加速发展智 / 能制造…) over its dateline.
OCR_TITLE_OVER_A_DATELINE = (
    "产业动态\n\n本报记者 王 五\n\n"
    "10月19日，第138届广交会\n第一期闭幕。本届广交会设立服\n务机器人专区，引入数十家行业\n"
    "领先企业，聚焦服务机器人前\n沿，涵盖人形机器人、外骨骼机\n器人、球形巡检机器人、光伏清\n"
    "教育机器人产业加速发展智\n能制造迎来新机遇新气象新局\n"
    "新华社广州10月19日电 本届\n广交会上，教育机器人企业签\n约金额同比增长两成以上。\n")


def test_blk014s_evidence_goes_with_the_title_blk010_sets_apart():
    """BLK014 judges a line's end as it reads the paragraph (…加速发展智 / 能制造…: OCR cut
    the line short, it goes on); at the dateline under it BLK010 then sets those lines
    apart as the next article's title. The evidence goes with the line's end, to the edit
    joining the title's lines, not with the paragraph it was first read in."""
    why = _join_evidence(OCR_TITLE_OVER_A_DATELINE, "教育机器人产业加速发展智")
    assert why["ocr_dropped_at_end"]["rule"] == "BLK014"
    assert clean(OCR_TITLE_OVER_A_DATELINE).articles[1].dateline == "新华社广州10月19日电"


def test_a_line_a_credit_across_its_end_kept_whole_shows_blk013():
    """BLK013's decision not to split a line at its gap after a sentence, since the text
    after the gap and the next line make a caption's credit (…办理业务。 县融媒体中心 /
    供图), shows in the manifest on the edit that joins the two lines."""
    why = _join_evidence(CREDIT_ACROSS, "县融媒体中心")["kept_whole"]
    assert why == {"rule": "BLK013", "credit_across": "县融媒体中心供图"}
    assert "kept_whole" not in _join_evidence(CREDIT_ACROSS, "市民在社区服务")


def test_a_credit_across_the_end_of_a_line_split_once_still_shows_blk013():
    """BLK013 splits a line at its first gap and reads what follows again; where that rest
    is kept whole by a caption's credit across the line's end (…办理业务。 大家排队有序。
    县融媒体中心 / 供图), the manifest still says why on the edit joining the two lines."""
    page = CREDIT_ACROSS.replace("中心办理业务。 县融媒体中心",
                                 "中心办理业务。 大家排队有序。 县融媒体中心")
    why = _join_evidence(page, "县融媒体中心")["kept_whole"]
    assert why == {"rule": "BLK013", "credit_across": "县融媒体中心供图"}


def test_a_byline_wrapped_inside_a_name_says_which_cue_joined_it():
    """BLK005 joins a byline wrapped inside a spaced name on one of two cues: the names'
    gap printed at the line's end (…记者  张␣␣ / 华  实习生…) or, where the extractor sets
    each gap as one space and drops the one at the end, a surname alone after the gap
    (…记者 张 / 华 实习生…, CLS003's surnames). The join's evidence says which."""
    def named(case_id: str, at: str) -> dict:
        return _join_evidence(next(c.page for c in CASES if c.id == case_id), at)["name_wrapped"]

    assert named("byline-wrapped-inside-a-name", "中青报·中青网记者  张  ") == {
        "rule": "BLK005", "cue": "trailing_gap", "name": "张华"}
    assert named("byline-wrapped-inside-a-name-single-spaced", "中青报·中青网记者 张") == {
        "rule": "BLK005", "cue": "lone_surname", "name": "张华"}


def test_blk014_says_when_the_line_under_passed_the_measure_as_the_blocks_last():
    """BLK014 lets the line under a short OCR line past the measure only where it is the
    block's last line (BLK011's `max_chars`: a speck LAY202 put back, …进军的第一 /
    年。全国上下区力同心、攻 + 六可); the join's evidence says when that allowance decided,
    and says nothing of it where the line under fits the measure (…教育机器人等品 / 兼具…)."""
    why = _join_evidence(OCR_SPECK_BELOW, "进军的第一")["ocr_dropped_at_end"]
    assert why["below_last_in_block"] is True and why["below_width"] > why["measure"]
    assert "below_last_in_block" not in _join_evidence(
        OCR_DROPPED, "教育机器人等品")["ocr_dropped_at_end"]


def _printed_block(index: int, lines: list[str]) -> Block:
    """A paragraph block of printed lines as the blocks stage cuts it (the spans stand in:
    CLS015's split weighs the lines' texts)."""
    text = "".join(lines)
    return Block(index=index, start=0, end=len(text), content_start=0, level=0,
                 lines=tuple((k, k + 1) for k in range(len(lines))), text=text,
                 line_texts=list(lines))


CUT_LEDE = ["编者按：近年来，古籍数字化工", "作稳步推进，越来越多的珍贵典籍从", "做？普通读者能从中得到什么？本报"]
PRINTS_THE_WORD = ["历史，正在书写新的篇章。本报记者", "将持续关注会议进展。"]


@pytest.mark.parametrize("lines, elsewhere, at", [
    # The title under a lede its column cut: after the last line with a mark, as wide as
    # the title's first line, the title's last line shorter.
    (CUT_LEDE + ["确保基本实现社会主义现代化取得", "决定性进展"], [], 3),
    # A line under it wider than it: that line did not fill its column, no cut.
    (CUT_LEDE[:-1] + ["做？普通读者能从中得到什么本报", "记者走进一家古籍数字化中心记录下",
                      "工作者们平凡的一天"], [], 0),
    # The last line as wide as the first or wider: no title wrapped, a paragraph's lines.
    (CUT_LEDE + ["确保基本实现社会主义现代化取得", "决定性进展开创中国式现代化新局面"], [], 0),
    # The break inside a word the page's text prints (本报 / 记者): the lede goes on ...
    (CUT_LEDE + ["记者走进一家古籍数字化中心记录", "下工作者们平凡的一天"], [PRINTS_THE_WORD], 0),
    # ... though not where the page prints it nowhere else (the word list is not asked).
    (CUT_LEDE + ["记者走进一家古籍数字化中心记录", "下工作者们平凡的一天"], [], 3),
], ids=["title", "line-under-wider", "last-line-as-wide", "word-across", "word-printed-nowhere"])
def test_a_title_after_a_cut_lede_starts_after_its_last_marked_line(lines, elsewhere, at):
    """CLS015's _after_cut: where a lede's column cut it mid-sentence over the next box's
    title and that title's byline, the title starts after the lede's last line with a mark,
    only where that line is as wide as the title's first, the title's last line is shorter
    than its first, and no word of the page's text runs across the break."""
    from cleaner import default_rules
    from cleaner.heads import _after_cut

    rules = default_rules()
    blocks = [_printed_block(0, lines)] + [_printed_block(n + 1, more)
                                           for n, more in enumerate(elsewhere)]
    assert _after_cut(blocks, 0, rules, rules.param("JOIN001", "terminal"), [])[0] == at


REST_BYLINE = ["本报记者  李  华  王  明"]
REST_SUBTITLE = ["——写在江城大桥通", "车五周年之际"]
REST_TEXT = ["2020年5月5日上午，", "江城大桥正式通车，从"]


@pytest.mark.parametrize("rest, under, found", [
    # A title's later lines over its byline, or over a subtitle over one: its rest.
    (["两岸的百年情谊"], [REST_BYLINE, REST_TEXT], True),
    (["两岸的", "百年", "情谊"], [REST_BYLINE, REST_TEXT], True),
    (["两岸的百年情谊"], [REST_SUBTITLE, REST_BYLINE, REST_TEXT], True),
    # ... not over text, nor more lines than a title has (BLK010's max_title_lines, 3) ...
    (["两岸的百年情谊"], [REST_TEXT], False),
    (["两岸的", "百年", "情谊", "长存"], [REST_BYLINE, REST_TEXT], False),
    # ... nor lines holding a mark of a clause or a sentence, a gap, or opening with a dash
    (["两岸的百年情谊。"], [REST_BYLINE, REST_TEXT], False),
    (["两岸的百年，情谊"], [REST_BYLINE, REST_TEXT], False),
    (["两岸的  百年情谊"], [REST_BYLINE, REST_TEXT], False),
    (["——两岸的百年情谊"], [REST_BYLINE, REST_TEXT], False),
    # ... nor over lines that open with no dash or end a sentence, over the byline: text.
    (["两岸的百年情谊"], [["写在江城大桥通", "车五周年之际"], REST_BYLINE, REST_TEXT], False),
    (["两岸的百年情谊"], [["——写在江城大桥通", "车五周年之际。"], REST_BYLINE, REST_TEXT], False),
    # A subtitle, on one line or two, with no byline or dateline under it: the head is not
    # known to stand there (the lines over it may be a paragraph's last, read apart).
    (["两岸的百年情谊"], [["——写在江城大桥通车五周年之际"], REST_BYLINE, REST_TEXT], True),
    (["两岸的百年情谊"], [["——写在江城大桥通车五周年之际"], REST_TEXT], False),
    (["两岸的百年情谊"], [REST_SUBTITLE, REST_TEXT], False),
], ids=["byline", "three-lines", "subtitle", "text", "four-lines", "sentence", "clause", "gap",
        "dash", "no-dash-over-byline", "sentence-over-byline", "subtitle-line",
        "subtitle-line-over-text", "subtitle-over-text"])
def test_a_title_s_rest_read_apart_stands_right_over_its_head(rest, under, found):
    """CLS015's _title_rest_over_head: the block a title's later lines were read apart in,
    right over its article's byline (CLS003), or over a subtitle (——…, no sentence end)
    over one."""
    from dataclasses import replace

    from cleaner import default_rules
    from cleaner.heads import _title_rest_over_head

    rules = default_rules()
    blocks = [_printed_block(n, lines) for n, lines in enumerate([rest, *under])]
    blocks = [replace(b, cue="CLS003") if lines is REST_BYLINE else b
              for b, lines in zip(blocks, [rest, *under])]
    assert _title_rest_over_head(blocks, 0, rules,
                                 rules.param("JOIN001", "terminal")) is found


def test_a_title_split_off_a_cut_lede_says_so():
    """CLS015 splits a wrapped title off the paragraph above it, over a byline, either
    after that paragraph's last sentence or, where its column cut it mid-sentence (…得到什么？
    本报 / 确保基本实现社会主义现代化取得 / 决定性进展 / 新华社记者), after its last line with
    a mark, as wide as the title's first (_after_cut). The split's evidence names the cut
    and the two widths it weighed; the split after a sentence's end has no such cue."""
    def split(case_id: str, at: str) -> dict:
        return _join_evidence(next(c.page for c in CASES if c.id == case_id), at)

    why = split("title-after-a-cut-lede-over-a-byline-is-split-off", "到什么？本报")
    assert why["after_cut"] is True and why["cut_width"] >= why["title_width"]
    after_sentence = split("title-read-on-over-a-reporters-title-alone-split-off", "付出了怎样的努力？")
    assert after_sentence["title_line"].startswith("确保") and "after_cut" not in after_sentence


def test_a_kicker_split_off_its_headline_gives_the_headline_its_own_evidence():
    """Two lines as wide as the column over a byline, split into kicker and headline
    (CLS015): the break before the headline names the headline's line and the kicker over
    it, not the kicker's line and the text above both."""
    page = clean(KICKER_AND_HEADLINE_AT_COLUMN_WIDTH)
    (edit,) = [e for e in page.edits if e.rule == "CLS015"
               and e.evidence.get("kicker_and_headline")]
    assert edit.evidence["title_line"] == "市民家门口有了“城市书房"
    assert edit.evidence["kicker_above"] == "市书房的建设"
    assert "after" not in edit.evidence


def test_a_banner_set_apart_logs_why():
    """CLS001's edit of a banner set a blank row over the first title carries the title
    under it and both widths (heads._banner_apart's evidence), not only its place."""
    page = clean(BANNER_TOP + "  奋力谱写高质量发展的崭新篇章\n\n老楼加装电梯了\n本报记者  陈  平\n"
                 + BANNER_TEXT)
    edit = next(e for e in page.edits if e.rule == "CLS001")
    assert edit.evidence["apart_over"] == "老楼加装电梯了"
    assert edit.evidence["widths"] == [14, 7]


def _ocr_blocks(*parts: tuple[str, list[str]]) -> list[Block]:
    """Blocks a blank line apart as a page set in OCR's blocks gives them: (role, lines)."""
    blocks, at = [], 0
    for n, (role, lines) in enumerate(parts):
        text = "".join(lines)
        spans, start = [], at
        for line in lines:
            spans.append((at, at + len(line)))
            at += len(line) + 1
        blocks.append(Block(n, start, at - 1, start, 0, tuple(spans), text=text,
                            line_texts=list(lines), role=role, gap_before=1 if n else 0))
        at += 1
    return blocks


# A paragraph's first line alone (集成电路是信息产业发展的基) over a photo's caption and the
# rest of its text, which opens on a clause of one character (础，…).
_READ_ON = [("paragraph", ["集成电路是信息产业发展的基"]),
            ("caption", ["图为工人在车间里调试设备。"]),
            ("paragraph", ["础，今年以来，南京浦口经济开", "发区积极落实南京市“一园区一",
                           "突破”改革任务，通过技术创新推", "动国产替代。"])]


def test_a_line_reads_on_under_a_title_s_lines_that_fill_no_measure():
    """CLS026 (Tesseract gen-15804): over the line, a title's lines OCR kept in one block
    (探索集成电路国产化路 / 径), which end no sentence but fill no measure, are no paragraph
    the line may have been read into: the line reads on into the text under the caption."""
    from collections import Counter

    from cleaner.heads import mark_reading_on
    from cleaner.registry import default_rules
    blocks = _ocr_blocks(("paragraph", ["探索集成电路国产化路", "径"]), *_READ_ON)
    mark_reading_on(blocks, default_rules(), Counter())
    assert blocks[1].cut and blocks[1].evidence["reads_on"]["opens_on"] == "础，"
    assert blocks[3].evidence["read_on_from"] == "产业发展的基"


def test_a_line_under_a_paragraph_filling_the_measure_is_left_to_cls020():
    """CLS026 leaves the line alone under a paragraph whose lines fill the measure and end
    no sentence: it may be another box's title read into that paragraph (CLS020)."""
    from collections import Counter

    from cleaner.heads import mark_reading_on
    from cleaner.registry import default_rules
    blocks = _ocr_blocks(("paragraph", ["城东老街改造工程日前完工。老", "街全长八百米，两侧商铺已陆续"]),
                         *_READ_ON)
    mark_reading_on(blocks, default_rules(), Counter())
    assert not blocks[1].cut and "reads_on" not in blocks[1].evidence


def test_a_line_reading_on_names_its_rule_on_the_join():
    """CLS026's decision is logged on the join it leads to: the join's evidence names the
    rule, the line's end, the text under it and what showed it reads on."""
    page = clean(OCR_LINE_OVER_A_CAPTION.format(line="中方技术团队负责人王立军介", rest="绍，"))
    joins = [e for e in page.edits if "no_title" in e.evidence]
    assert [e.rule for e in joins] == ["JOIN002"]
    assert joins[0].evidence["no_title"] == {"rule": "CLS026", "line": "责人王立军介",
                                             "below": "绍，项目采用", "past_captions": 1,
                                             "opens_on": "绍，"}
    assert_sound(page)


# MOVE004 after MOVE001: an article from which MOVE001 took a block printed between two
# of its last paragraphs (a jump's text read in between) once gave MOVE004 a "tail" round
# that hole; moving it with the hole inside left an edit log that did not replay (an
# internal error, found by fuzzing dev pages with lines dropped and cut).
TAIL_ROUND_A_MOVED_BLOCK = "\n".join([
    "说。 城际铁路累计发送旅客超900万人次",
    "5小时，货运成本下降约40%。",
    "首都石家庄。运营公司负责人介",
    "设的首条新铁路，全长约260公",
    "新华社石家庄10月19日电",
    "城际铁路是这座城市独立以来建",
    "——来自两个县的调研",
    "目前，铁路运营公司中的肯尼",
    "通运营以来，累计发送旅客超过",
    "也 合 适 ， 我 每 个 月 都 要 坐 好 几",
])


def test_move004_takes_no_tail_round_a_block_an_earlier_move_took():
    page = clean(TAIL_ROUND_A_MOVED_BLOCK)
    assert_sound(page)
    taken = {i for e in page.edits if e.rule == "MOVE001" for i in range(e.start, e.end)}
    assert taken  # (the page still reaches the case: MOVE001 takes a block out)


def test_move006_takes_no_stretch_round_a_block_an_earlier_move_took():
    """MOVE006 after MOVE001: a stretch of an article's text printed round a block an
    earlier move took out of it is no stretch as printed (d5401 gen-5407: the stretch took
    the paragraphs round the hole and the edit log did not replay). Must: the stretch ends
    at the hole. Leaves alone: the same stretch where nothing was taken."""
    from cleaner import default_rules
    from cleaner.marks import terminal_marks
    from cleaner.repair import _title_stretch
    from cleaner.structure import ArticlePlan
    from cleaner.vectors import Vector

    rules = default_rules()

    def block(index: int, text: str) -> Block:
        return Block(index, 0, 0, 0, 0, ((0, 1),), text=text, line_texts=[text])

    home = ArticlePlan(first=0, headline=block(0, "国产大型盾构机订单排到明年"), body=[
        block(1, "本报讯（记者 刘二）国内企业大型盾构机出口订单同比增长，订单已排到明年。"),
        block(2, "历史，正在书写新的篇章。"),
        block(4, "“十五五”时期是基本实现社会主义现代化夯实基础的关键时期。"),
        block(5, "一以贯之的主题，始终不渝的初心。")])
    words = Vector(["确保基本实现社会主义现代化取得决定性进展"])
    own = Vector([home.headline.text])
    rare = list(words.counts)
    terminal = terminal_marks(rules)
    whole = _title_stretch(home, rules, terminal, own, words, rare, 2, 8, [])
    assert [b.index for b in whole[2]] == [2, 4]
    cut = _title_stretch(home, rules, terminal, own, words, rare, 2, 8, [3])
    assert [b.index for b in cut[2]] == [4]
