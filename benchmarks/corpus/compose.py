"""Compose one newspaper page as HTML, with its gold manifest, from a seed.

The page is built from rows that span the page's grid columns; each row holds cells, a
cell one or two boxes stacked; a box is an article (headline stack over its own CSS
columns), the tail of an article continued from an earlier box, or a page-level photo.
Everything the page prints is decided here, so the gold is exactly what was composed:

- articles in page order (the order their first box appears), each assembled whole even
  when its tail stands in another box;
- a dateline stays at the head of the first paragraph and is copied to `dateline`;
- a paragraph split by a photo, a column or a jump is one paragraph;
- captions (with their credit, joined by one space when printed on a line of their own)
  go to the article's captions, a page-level photo's to page.captions;
- masthead, edition line, 责任编辑 line and jump markers (下转/上接) go to page.furniture,
  in page order (make_corpus adds the 第 N 页 footers of a page printed over several
  sheets); a page-wide slogan is page.banner.
"""
from __future__ import annotations

import datetime as dt
import html
import json
import random
from dataclasses import dataclass, field
from pathlib import Path

PT_PER_MM = 72 / 25.4
BODY_PT = 10.0  # body type size; every width below is in body ems

PAPERS = ["东海日报", "江南晨报", "北方日报", "西部商报", "滨江晚报", "中原日报", "华东科技报",
          "南岭日报", "燕山晚报", "湘江日报"]
SECTIONS = ["要闻", "综合", "经济", "社会", "文化", "国际", "教育", "科技", "城事", "民生"]
SLOGANS = ["坚定信心 实干争先 奋力谱写高质量发展新篇章", "学习贯彻全会精神", "奋进新征程 建功新时代",
           "创建全国文明城市 共建共享美好家园", "在推进中国式现代化建设中走在前列",
           "扎实推动乡村全面振兴"]
KICKERS = ["聚焦高质量发展", "一线调研", "新春走基层", "奋进新征程", "关注秋粮收购", "城市更新进行时",
           "民生实事看落实", "科技创新在一线", "绿色发展新答卷", "走进产业园区"]
SUBTITLES = ["——来自基层一线的调查", "——一线蹲点见闻", "——写在活动启动之际", "——多地推进情况观察",
             "——记者实地探访", "——来自三个省份的调研"]
SCENES = ["游客在景区参观游览", "工人在生产线上忙碌", "市民在社区服务中心办理业务", "农民在田间收割水稻",
          "学生在实验室进行科学实验", "志愿者为老人测量血压", "货轮在港口装卸集装箱", "技术人员调试设备",
          "居民在公园晨练", "观众在展馆参观", "快递员分拣包裹", "医生为村民义诊", "小朋友在图书馆阅读",
          "运动员在比赛中", "游客在古镇街头拍照留念", "工作人员巡检输电线路"]
SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文"
GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华建国红玉兰海波宁晨阳雪梅晓峰斌辉鹏飞云龙俊凯琳颖"
WEEKDAYS = "一二三四五六日"
CN_NUM = ["零", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三",
          "十四", "十五", "十六", "十七", "十八", "十九", "二十"]

# (columns, characters per column): narrower columns on pages with more of them
MEASURES = {3: (17, 21), 4: (14, 17), 5: (12, 15), 6: (11, 13)}
GAP = 1.5  # column gap, in body ems


def name(rng: random.Random) -> str:
    """A person's name as papers print it: two-character names spaced to three."""
    given = "".join(rng.choice(GIVEN) for _ in range(rng.choice((1, 2, 2))))
    full = rng.choice(SURNAMES) + given
    return f"{full[0]}  {full[1]}" if len(full) == 2 else full


def credit(rng: random.Random) -> str:
    return rng.choice([f"本报记者  {name(rng)}摄", f"新华社记者  {name(rng)}摄", f"{name(rng)}摄",
                       "（资料图片）", f"{rng.choice(['市文旅局', '县融媒体中心', '受访单位'])}供图"])


@dataclass
class Photo:
    caption: str           # as the gold holds it
    parts: list[str]       # as printed: one line, or caption + credit on a line of its own
    height: float          # ems
    span_all: bool = False


@dataclass
class Box:
    kind: str                        # "article", "tail", "photo"
    span: int
    article: dict | None = None      # the gold article this box feeds
    stack: dict | None = None        # headline stack, first box only
    blocks: list[tuple[str, object]] = field(default_factory=list)  # ("p"/"sub"/"photo"/"jump", …)
    photo: Photo | None = None


def clip(rng: random.Random, art: dict, budget: int) -> list[dict]:
    """The article's first paragraphs, about `budget` characters, at least one."""
    out, total = [], 0
    for b in art["body"]:
        if out and total + len(b["text"]) > budget:
            break
        out.append(dict(b))
        total += len(b["text"])
    while out and out[-1]["type"] == "heading" and len(out) > 1:
        out.pop()  # a section heading does not end an article
    return out


def make_photo(rng: random.Random, caption: str | None = None) -> Photo:
    if caption is None:
        when = f"{rng.randint(1, 12)}月{rng.randint(1, 28)}日，" if rng.random() < 0.4 else ""
        text = f"图为{when}{rng.choice(SCENES)}。"
        cr = credit(rng)
        if cr.startswith("（"):
            caption, parts = text + cr, [text + cr]
        elif rng.random() < 0.5:
            caption, parts = f"{text} {cr}", [text, cr]   # credit on its own line
        else:
            caption, parts = f"{text} {cr}", [f"{text} {cr}"]
    else:
        parts = [caption]
    return Photo(caption=caption, parts=parts, height=rng.uniform(5, 11))


def width(c: str) -> float:
    """A character's advance in ems: CJK and full-width 1, Latin and digits about half."""
    return 0.55 if ord(c) < 0x2000 else 1.0


def cut_point(rng: random.Random, text: str, cpl: int, indent: bool) -> int | None:
    """Where to split a paragraph for a photo or a jump: at the end of a printed line.

    The column holds `cpl` ems; the first line `cpl - 2` when indented. The split falls
    where a line is full (by estimated advances), so the first half ends on a full line
    as it would in print; the half is set with its last line justified, which absorbs
    the estimate's error. None when the paragraph has a single line.
    """
    ends, line, used = [], cpl - (2 if indent else 0), 0.0
    for i, c in enumerate(text):
        if used + width(c) > line + 0.01:
            ends.append(i)
            used, line = 0.0, cpl
        used += width(c)
    ends = [e for e in ends if 4 <= e <= len(text) - 2]
    return rng.choice(ends) if ends else None


def load_articles() -> list[dict]:
    return json.loads((Path(__file__).resolve().parent / "articles.json").read_text(encoding="utf-8"))


@dataclass
class Page:
    body: str        # the page's HTML body
    width_em: float  # its type area, in body ems
    gold: dict
    notes: dict
    sheets: int = 1  # printed on one sheet cut to fit, or on this many with a 第 N 页 footer

    def html(self, height_mm: float, footer: bool = False) -> str:
        return document(self.body, self.width_em, height_mm, footer)


def compose(seed: int) -> Page:
    """The page of `seed`: its HTML, its gold and notes on how it was made."""
    rng = random.Random(seed)
    pool = load_articles()
    ncols = rng.randint(3, 6)
    cpl = rng.randint(*MEASURES[ncols])
    date = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(365))
    edition = rng.randint(1, 16)
    paper, section = rng.choice(PAPERS), rng.choice(SECTIONS)
    edition_line = rng.choice([
        f"{date.year}年{date.month}月{date.day}日  星期{WEEKDAYS[date.weekday()]}  第{edition}版  {section}",
        f"{date.year}年{date.month}月{date.day}日 星期{WEEKDAYS[date.weekday()]} 第{edition}版 {section}",
        f"{edition:02d}  {section}  {date.year}年{date.month}月{date.day}日  星期{WEEKDAYS[date.weekday()]}",
    ])
    editor_line = rng.choice([
        f"责任编辑：{name(rng)}",
        f"本版责编：{name(rng)}  {name(rng)}  版式设计：{name(rng)}",
        f"责任编辑  {name(rng)}   美术编辑  {name(rng)}",
    ])
    editor_on_top = rng.random() < 0.3
    banner = rng.choice(SLOGANS) if rng.random() < 0.35 else None

    # --- choose the boxes, row by row -------------------------------------------------
    chosen = rng.sample(range(len(pool)), k=len(pool))
    rows: list[list[list[Box]]] = []
    articles: list[dict] = []
    pending_tail: Box | None = None
    tail_row = 0
    kickers, subtitles = rng.sample(KICKERS, k=len(KICKERS)), rng.sample(SUBTITLES, k=len(SUBTITLES))
    continued = rng.random() < 0.7          # one article on this page jumps to another box
    page_photo = rng.random() < 0.3
    nrows = rng.randint(3, 4)
    for r in range(nrows):
        spans = partition(rng, ncols, first=(r == 0))
        row = []
        for span in spans:
            cell = []
            height = 1 if span == ncols or rng.random() < 0.7 else 2
            for _ in range(height):
                if pending_tail is not None and r > tail_row and rng.random() < 0.6:
                    pending_tail.span = span
                    cell.append(pending_tail)
                    pending_tail = None
                    continue
                if page_photo and r > 0 and span <= 2:
                    cell.append(Box("photo", span, photo=make_photo(rng)))
                    page_photo = False
                    continue
                src = pool[chosen.pop()]
                budget = int(span * cpl * rng.uniform(7, 16) / height)
                body = clip(rng, src, budget)
                art = {"headline": src["headline"], "kicker": src["kicker"], "subtitle": src["subtitle"],
                       "byline": src["byline"], "dateline": src["dateline"], "summary": None,
                       "body": body, "captions": [], "_from": src["id"]}
                if not art["kicker"] and rng.random() < 0.15 and kickers:
                    art["kicker"] = kickers.pop()
                if not art["subtitle"] and rng.random() < 0.15 and subtitles:
                    art["subtitle"] = subtitles.pop()
                articles.append(art)
                box = Box("article", span, article=art)
                tail = None
                if continued and pending_tail is None and r < nrows - 1 and len(body) >= 3:
                    tail = Box("tail", span, article=art)
                    continued = False
                fill(rng, box, tail, src, edition, cpl)
                cell.append(box)
                if tail is not None and tail.blocks:
                    pending_tail, tail_row = tail, r
            row.append((span, cell))
        rows.append(row)
    if pending_tail is not None:  # the tail goes in a last row of its own
        pending_tail.span = ncols if ncols <= 3 else rng.choice([2, 3])
        rows.append([(pending_tail.span, [pending_tail])] +
                    ([(ncols - pending_tail.span, [])] if ncols > pending_tail.span else []))

    # --- gold, in page order ----------------------------------------------------------
    furniture = [paper, edition_line] + ([editor_line] if editor_on_top else [])
    page_captions: list[str] = []
    for row in rows:
        for _, cell in row:
            for box in cell:
                if box.kind == "photo":
                    page_captions.append(box.photo.caption)
                for kind, value in box.blocks:
                    if kind == "jump":
                        furniture.append(value)
                    elif kind == "photo":
                        box.article["captions"].append(value.caption)
    if not editor_on_top:
        furniture.append(editor_line)
    gold_articles = []
    for a in articles:
        gold_articles.append({k: a[k] for k in ("headline", "kicker", "subtitle", "byline", "dateline",
                                                "summary", "body", "captions")})
    gold = {"page": {"banner": banner, "furniture": furniture, "captions": page_captions},
            "articles": gold_articles, "normalised": []}
    notes = {"seed": seed, "columns": ncols, "measure": cpl, "paper": paper,
             "sources": [a["_from"] for a in articles]}
    body, wem = render(rng, rows, ncols, cpl, paper, edition_line, editor_line, editor_on_top, banner)
    # Some pages are printed over two sheets with a 第 N 页 footer, as a site's print
    # version is: the footer falls inside whatever paragraph the sheet cuts. Drawn from
    # a generator of its own, so the choice leaves the rest of the page as it was.
    sheets = 2 if random.Random(seed * 7919 + 1).random() < 0.3 else 1
    notes["sheets"] = sheets
    return Page(body, wem, gold, notes, sheets)


def partition(rng: random.Random, ncols: int, first: bool) -> list[int]:
    """Spans of one row's cells: wide lead boxes on top, mixed widths below."""
    if first and rng.random() < 0.6:
        lead = rng.randint(max(2, ncols - 2), ncols)
        rest = ncols - lead
        return [lead] + ([rest] if rest else [])
    spans, left = [], ncols
    while left:
        s = rng.randint(1, min(left, 3 if ncols > 3 else 2))
        if s == 1 and ncols <= 4 and left > 1:
            s = 2
        spans.append(min(s, left))
        left -= spans[-1]
    rng.shuffle(spans)
    return spans


def fill(rng: random.Random, box: Box, tail: Box | None, src: dict, edition: int, cpl: int) -> None:
    """Lay an article's body into its box (and the tail box), with photos and jumps."""
    art = box.article
    box.stack = {"kicker": art["kicker"], "headline": art["headline"], "subtitle": art["subtitle"],
                 "byline": art["byline"]}
    body = art["body"]
    blocks: list[tuple[str, object]] = []
    for i, b in enumerate(body):
        blocks.append(("sub" if b["type"] == "heading" else "p", {"text": b["text"], "indent": True,
                                                                  "first": i == 0}))
    # photos: the source's captions, or an invented one now and then
    photos = [make_photo(rng, c) for c in src["captions"][:2]]
    if not photos and rng.random() < 0.45:
        photos = [make_photo(rng)]
    for ph in photos:
        paras = [i for i, (k, v) in enumerate(blocks) if k == "p"]
        where = rng.random()
        if where < 0.2 and box.span >= 2:
            ph.span_all = True
            blocks.insert(0, ("photo", ph))
        elif where < 0.6 and paras:
            i = rng.choice(paras)           # between two halves of a paragraph
            text = blocks[i][1]["text"]
            at = cut_point(rng, text, cpl, blocks[i][1]["indent"])
            if at is None:
                blocks.insert(i + 1, ("photo", ph))
                continue
            first = dict(blocks[i][1], text=text[:at], cut=True)
            second = {"text": text[at:], "indent": False, "first": False}
            blocks[i:i + 1] = [("p", first), ("photo", ph), ("p", second)]
        else:
            blocks.insert(rng.randrange(1, len(blocks) + 1), ("photo", ph))
    if tail is not None:
        # cut after the k-th body paragraph, or inside it
        paras = [i for i, (k, v) in enumerate(blocks) if k == "p" and i > 0]
        if not paras:
            box.blocks = blocks
            return
        i = rng.choice(paras[: max(1, len(paras) - 1)])
        head, rest = blocks[:i + 1], blocks[i + 1:]
        text = head[-1][1]["text"]
        at = cut_point(rng, text, cpl, head[-1][1]["indent"]) if rng.random() < 0.6 else None
        if at is not None:
            head[-1] = ("p", dict(head[-1][1], text=text[:at], cut=True))
            rest.insert(0, ("p", {"text": text[at:], "indent": False, "first": False}))
        other = rng.randint(1, 20)
        while other == edition:
            other = rng.randint(1, 20)
        style = rng.choice(["none", "inline", "line"])
        num = CN_NUM[other] if rng.random() < 0.5 else str(other)
        here = CN_NUM[edition] if num in CN_NUM else str(edition)
        if style == "inline" and head[-1][0] == "p":
            head[-1] = ("p", dict(head[-1][1], jump=f"（下转第{num}版）"))
            head.append(("jump", f"（下转第{num}版）"))
        elif style != "none":
            head.append(("jump", f"（下转第{num}版）"))
        if style != "none":
            rest.insert(0, ("jump", f"（上接第{here}版）"))
        box.blocks, tail.blocks = head, rest
    else:
        box.blocks = blocks


# --- HTML ---------------------------------------------------------------------------

CSS = """
@page {{ size: {w:.1f}mm {h:.1f}mm; margin: 0; }}
html, body {{ margin: 0; padding: 0; }}
/* No synthetic bold or italic: Skia prints a faked face as a Type 3 font, which real
   newspaper PDFs do not have; weight comes from the face (黑体 for titles) instead. */
* {{ font-synthesis: none; font-weight: normal; }}
b {{ font-family: "WenQuanYi Zen Hei", sans-serif; }}
body {{ font-family: "AR PL UMing CN", serif; font-size: {pt}pt; line-height: 1.55; color: #111; }}
.page {{ width: {wem}em; padding: 1.5em 2.5em; }}
.mast {{ display: flex; justify-content: space-between; align-items: flex-end;
         border-bottom: 3px double #000; padding-bottom: .3em; }}
.paper, .banner, .kicker, .headline, .subtitle, .byline, .text p.sub, figcaption {{
         font-family: "WenQuanYi Zen Hei", sans-serif; }}
.paper {{ font-size: 3em;  letter-spacing: .1em; line-height: 1.1; }}
.edition, .editor {{ font-size: .95em; white-space: pre-wrap; }}
.editor.top {{ text-align: right; }}
.banner {{ font-size: 2em;  text-align: center; color: #a00; margin: .3em 0; }}
.row {{ display: flex; gap: {gap}em; margin-top: .6em; padding-top: .6em; border-top: 1px solid #666; }}
.cell {{ display: flex; flex-direction: column; gap: 1.2em; }}
.kicker, .subtitle {{ font-size: 1.2em; line-height: 1.3; }}
.headline {{  line-height: 1.25; margin: .15em 0 .2em; }}
.byline {{ white-space: pre-wrap; margin: .2em 0 .4em; }}
.stack.center {{ text-align: center; }}
.text {{ column-gap: {gap}em; column-fill: balance; }}
.text p {{ margin: 0; text-indent: 2em; text-align: justify; }}
.text p.cont {{ text-indent: 0; }}
.text p.cut {{ text-align-last: justify; }}
.text p.sub {{ text-indent: 0;  text-align: center; margin: .3em 0; }}
.text p.jumpline {{ text-indent: 0; text-align: right; }}
figure {{ margin: .4em 0 .5em; break-inside: avoid; }}
figure.all {{ column-span: all; }}
.photo {{ background: #bbb; }}
figcaption {{ font-size: .9em; line-height: 1.45; white-space: pre-wrap; margin-top: .25em; }}
figcaption .credit {{ display: block; text-align: right; }}
.foot {{ margin-top: .8em; padding-top: .3em; border-top: 1px solid #000; }}
"""


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def render(rng, rows, ncols, cpl, paper, edition_line, editor_line, editor_on_top, banner):
    wem = ncols * cpl + (ncols - 1) * GAP
    out = [f'<div class="page"><div class="mast"><div class="paper">{esc(paper)}</div>'
           f'<div class="edition">{esc(edition_line)}</div></div>']
    if editor_on_top:
        out.append(f'<div class="editor top">{esc(editor_line)}</div>')
    if banner:
        out.append(f'<div class="banner">{esc(banner)}</div>')
    for row in rows:
        out.append('<div class="row">')
        for span, cell in row:
            width = span * cpl + (span - 1) * GAP
            out.append(f'<div class="cell" style="width:{width}em">')
            for box in cell:
                out.append(render_box(rng, box, cpl))
            out.append("</div>")
        out.append("</div>")
    if not editor_on_top:
        out.append(f'<div class="foot editor">{esc(editor_line)}</div>')
    out.append("</div>")
    return "".join(out), wem


def render_box(rng: random.Random, box: Box, cpl: int) -> str:
    out = ['<div class="box">']
    if box.kind == "photo":
        out.append(render_photo(box.photo))
        out.append("</div>")
        return "".join(out)
    if box.stack:
        s = box.stack
        width = box.span * cpl + (box.span - 1) * GAP
        size = {1: 1.5, 2: rng.choice([1.8, 2.0, 2.2])}.get(box.span, rng.choice([2.2, 2.6, 3.0]))
        # some titles are set large enough to wrap onto a second line
        if len(s["headline"]) * size < width and rng.random() < 0.25:
            size = min(3.4, width / max(4, len(s["headline"]) - 3))
        # and a long title in a narrow box is set smaller, to two lines, as an editor would
        size = max(1.3, min(size, 2 * width / max(1, len(s["headline"]))))
        center = "center" if rng.random() < 0.5 else ""
        out.append(f'<div class="stack {center}">')
        if s["kicker"]:
            out.append(f'<div class="kicker">{esc(s["kicker"])}</div>')
        out.append(f'<div class="headline" style="font-size:{size:.2f}em">{esc(s["headline"])}</div>')
        if s["subtitle"]:
            out.append(f'<div class="subtitle">{esc(s["subtitle"])}</div>')
        if s["byline"]:
            out.append(f'<div class="byline">{esc(s["byline"])}</div>')
        out.append("</div>")
    out.append(f'<div class="text" style="column-count:{box.span}">')
    art = box.article
    for kind, v in box.blocks:
        if kind == "photo":
            out.append(render_photo(v))
        elif kind == "jump":
            if out[-1].endswith(f"{esc(v)}</p>"):
                continue  # already printed inline at the end of the paragraph
            if kind == "jump" and v.startswith("（上接") and rng.random() < 0.5:
                out.append(f'<p class="jumpline" style="text-align:left">{esc(v)}</p>')
            else:
                out.append(f'<p class="jumpline">{esc(v)}</p>')
        elif kind == "sub":
            out.append(f'<p class="sub">{esc(v["text"])}</p>')
        else:
            cls = []
            if not v["indent"]:
                cls.append("cont")
            if v.get("cut") and not v.get("jump"):
                cls.append("cut")
            text = v["text"]
            dl = art["dateline"] if v.get("first") else None
            if dl and text.startswith(dl):
                inner = f"<b>{esc(dl)}</b>{esc(text[len(dl):])}"
            else:
                inner = esc(text)
            if v.get("jump"):
                inner += esc(v["jump"])
            out.append(f'<p class="{" ".join(cls)}">{inner}</p>')
    out.append("</div></div>")
    return "".join(out)


def render_photo(ph: Photo) -> str:
    cls = ' class="all"' if ph.span_all else ""
    cap = esc(ph.parts[0]) + "".join(f'<span class="credit">{esc(p)}</span>' for p in ph.parts[1:])
    return (f'<figure{cls}><div class="photo" style="height:{ph.height:.1f}em"></div>'
            f"<figcaption>{cap}</figcaption></figure>")


FOOTER_CSS = """
@page {{ margin: 0 0 14mm 0;
  @bottom-center {{ content: "第 " counter(page) " 页"; font-family: "AR PL UMing CN", serif;
                   font-size: 9pt; font-weight: normal; }} }}
"""
FOOTER = "第 {n} 页"  # as the footer prints; the gold holds it in page.furniture


def document(body: str, wem: float, height_mm: float, footer: bool = False) -> str:
    width_mm = (wem + 5) * BODY_PT / PT_PER_MM + 2
    css = CSS.format(w=width_mm, h=height_mm, pt=BODY_PT, wem=wem, gap=GAP)
    if footer:
        css += FOOTER_CSS.format()
    return (f'<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><style>{css}</style>'
            f"</head><body>{body}</body></html>")
