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

import pytest

from cleaner import clean
from cleaner.model import Page

from .helpers import assert_sound

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
PRINT_HEAD = "《人民日报》（2025年10月20日 第 03 版）"


@dataclass
class Case:
    id: str
    rule: str
    page: str
    fires: bool | None
    want: dict = field(default_factory=dict)
    script: str = "auto"


CASES = [
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
    Case("ocr-spacing-keeps-names", "NRM003", f"# 标题\n\n本报记者 李 非 黄 婧\n\n{P}\n", False,
         {"a0.byline": "本报记者 李 非 黄 婧"}),
    Case("halfwidth", "PUN001", f"# 标题\n\n{P}治理,深入;上图:好?是!\n", True,
         {"text": "治理，深入；上图：好？是！"}),
    Case("halfwidth-numbers-latin", "PUN001",
         f"# 标题\n\n{P}增长1.8万人，占99%，共3,000元，10:30开始，Hello, world.\n", False,
         {"text": "共3,000元，10:30开始，Hello, world."}),
    Case("parens", "PUN002", f"# 标题\n\n{P}各县(市、区)都有(2023)。\n", True,
         {"text": "各县（市、区）都有（2023）。"}),
    Case("parens-latin", "PUN002", f"# 标题\n\n{P}一种方法 (e.g. GPS) 很常用。\n", False,
         {"text": "(e.g. GPS)"}),
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
    Case("caption-prefix-near-miss", "CAP001", f"# 标题\n\n{P}\n\n上图书馆的人越来越多了。\n", False,
         {"text": "上图书馆的人越来越多了。"}),
    Case("caption-credit", "CAP002",
         f"# 标题\n\n{P}\n\n工人们在车间里忙碌。新华社记者 李四 摄\n\n{BODY}\n", True,
         {"a0.captions": ["工人们在车间里忙碌。新华社记者 李四 摄"]}),
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
    Case("no-banner", "CLS001", f"# 标题\n\n{P}\n", False, {"banner": None}),
    Case("furniture", "CLS002", f"第3版\n\n# 标题\n\n{P}\n\n责任编辑：张三\n", True,
         {"furniture": ["第3版", "责任编辑：张三"]}),
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
    Case("dateline-place-date-xun", "CLS004", "# 标题\n\n本报北京10月23日讯（记者 王五）会议今天开幕。\n", None,
         {"a0.dateline": "本报北京10月23日讯（记者 王五）"}),
    Case("dateline-foreign-agency", "CLS004", "# 标题\n\n路透社伦敦10月2日电 英国央行今天宣布维持利率不变。\n", None,
         {"a0.dateline": "路透社伦敦10月2日电"}),
    Case("dateline-near-miss-dian", "CLS004", "# 标题\n\n社区居民用电量增加了，大家都说好。\n", None,
         {"a0.dateline": None}),
    Case("dateline-near-miss", "CLS004", "# 标题\n\n他说，据本报讯的报道，会议今天开幕。\n", None,
         {"a0.dateline": None}),
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
    # repair
    Case("split", "JOIN001", f"# 标题\n\n{P}\n\n以党建工作的开\n\n展，推动融入。\n", True,
         {"text": "以党建工作的开展，推动融入。"}),
    Case("split-comma", "JOIN001", f"# 标题\n\n{P}\n\n做好“菜篮子”,\n\n以产业发展助力振兴。\n", True,
         {"text": "做好“菜篮子”，以产业发展助力振兴。"}),
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
    Case("orphan-run", "MOVE001",
         "# 蔬菜产业\n\n本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。\n\n"
         "黄瓜品种改良后产量提高，村里帮助村民拓展销\n\n"
         "# 社区治理\n\n本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。\n\n"
         "售渠道。\n\n村民说，黄瓜大棚的收入比往年多了不少。\n", True,
         {"body0": ["本报讯（记者 甲乙）西华营村的黄瓜大棚里，村民忙着采摘黄瓜。",
                    "黄瓜品种改良后产量提高，村里帮助村民拓展销售渠道。",
                    "村民说，黄瓜大棚的收入比往年多了不少。"],
          "body1": ["本报讯（记者 丙丁）社区党组织推进网格治理，居民议事协商。"]}),
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
    Case("columns-side-by-side", "DBT004", page_of(
        [a + "     " + b for a, b in zip(printed(FULL, NEXT, LONG), printed(LONG, NEXT, FULL))]),
        True),
    Case("spaced-bylines-are-no-columns", "DBT004", page_of(
        printed(FULL, NEXT, LONG, head=("活动顺利举行", "本报记者  赵  兵   林  蔚"))), False,
        {"page_flags": []}),
    Case("wrapped-with-measure", "DBT003", "# 标题\n\n" + "\n".join(
        ["这是一行宽度相同的硬换行文字，排满一整行"] * 11 + ["最后一行。"]) + "\n",
        False, {"page_flags": []}),
    # real converter output: printed lines
    Case("dropped-indent", "BLK009", page_of(printed(FULL, NEXT, LONG)), True,
         {"body0": [FULL, NEXT, LONG]}),
    Case("dropped-indent-full-line-goes-on", "BLK009",
         page_of(printed(FULL[:-1] + "，" + NEXT, LONG)), False,
         {"body0": [FULL[:-1] + "，" + NEXT, LONG]}),
    Case("double-spaced", "BLK008", page_of(printed(FULL, NEXT, LONG, NEXT), "\n\n"), True,
         {"body0": [FULL, NEXT, LONG, NEXT]}),
    Case("double-spaced-near-miss-markdown", "BLK008", f"# 标题\n\n{P}\n\n{BODY}\n", False,
         {"body0": [P, BODY]}),
    Case("glued-footer", "BLK007",
         page_of((lambda ls: ls[:4] + ["第 3 页" + ls[4]] + ls[5:])(printed(NEXT + LONG, FULL))),
         True, {"body0": [NEXT + LONG, FULL], "furniture": ["第 3 页"]}),
    Case("glued-footer-near-miss", "BLK007",
         page_of(printed(NEXT, "第3页的内容说明了活动的安排，大家都看到了，也都表示满意。", LONG)),
         False, {"furniture": []}),
    Case("inline-caption", "CAP005",
         page_of(printed(LONG, NEXT + "图为活动现场。") + ["新华社记者  张三摄"]), True,
         {"body0": [LONG, NEXT], "captions": [], "a0.captions": ["图为活动现场。 新华社记者  张三摄"]}),
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
    Case("bare-name-byline", "CLS014", f"# 标题\n\n黄培昭\n\n{P}\n", True,
         {"a0.byline": "黄培昭", "body0": [P]}),
    Case("bare-name-byline-near-miss", "CLS014", f"# 标题\n\n全国秋粮收获近七成\n\n{P}\n", False,
         {"a0.byline": None}),
    Case("wrapped-title", "CLS015",
         page_of(printed(NEXT, LONG, width=24,
                         head=("朱子学与全球文明对话大会暨第四届考亭论", "坛举行", PRINT_HEAD))),
         True, {"a0.headline": "朱子学与全球文明对话大会暨第四届考亭论坛举行", "a0.kicker": None}),
    Case("stacked-kicker-stays", "CLS015",
         page_of(printed(NEXT, LONG, FULL, width=24,
                         head=("多地开展新能源汽车下乡活动", "乡村道路上的绿牌车多了", "本报记者  杨  阳"))),
         False, {"a0.kicker": "多地开展新能源汽车下乡活动", "a0.headline": "乡村道路上的绿牌车多了"}),
]


def _fired(page: Page, rule: str) -> bool:
    def walk(edits):
        for e in edits:
            yield e.rule
            yield from walk(e.children)
    flagged = {f["rule"] for a in page.articles for f in a.flags}
    flagged |= {f["code"] for f in page.flags}
    return rule in set(walk(page.edits)) | flagged


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
        else:
            assert _field(page, key) == value, key
    assert_sound(page)


def test_every_rule_has_a_case():
    from cleaner import default_rules

    covered = {c.rule for c in CASES}
    untested = {r.id for r in default_rules()} - covered - {"BLK004", "BLK005", "ART001",
                                                             "LAY101"}
    # BLK004/BLK005: tests/test_wrapped.py; ART001: below; LAY101: tests/test_interleave.py
    assert not untested


def test_unplaced_block_is_kept_as_furniture(monkeypatch):
    """ART001 is a safety net: if a structure rule forgot a block, it is not lost."""
    from cleaner import pipeline

    real = pipeline.segment

    def forgetful(*args):
        plan = real(*args)
        plan.articles[0].captions.clear()  # a structure bug: the caption is placed nowhere
        return plan

    monkeypatch.setattr(pipeline, "segment", forgetful)
    page = clean(f"# 标题\n\n{P}\n\n上图：会场。张三摄\n\n{BODY}\n")
    assert page.furniture == ["上图：会场。张三摄"]
    assert _fired(page, "ART001")
    assert_sound(page)
