"""Divide the page into articles and name the parts of each article's head (stage structure).

Newspapers mark an article's start the same way everywhere: a headline, maybe a kicker
(引题) above it and a subtitle (副题) below, then a byline or a dateline. A heading
without those under it is a section heading of the article it stands in. A kicker is one
line: of two lines stacked over a headline, one is a title of its own whose text is
elsewhere (CLS024). Text above the first headline belongs to the page: its banner and
furniture.
"""
from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from itertools import islice

import regex

from .blocks import (_HAN, CLOSERS, OPENERS, dash_end, display_width, echoed_title, leaves_open,
                     opens_with_dash)
from .classify import ends_sentence, names_only
from .marks import after_digit, terminal_marks
from .model import Block, one_box
from .registry import RuleSet
from .vectors import Vector
from .words import block_word, han_pairs, paragraph_pairs_once

@dataclass(slots=True)
class ArticlePlan:
    first: int  # index of the article's first block (kicker or headline)
    headline: Block | None
    kickers: list[Block] = field(default_factory=list)
    subtitles: list[Block] = field(default_factory=list)
    bylines: list[Block] = field(default_factory=list)
    summary: list[Block] = field(default_factory=list)  # a summary box, or pull quotes
    body: list[Block] = field(default_factory=list)  # paragraphs and section headings
    captions: list[Block] = field(default_factory=list)
    jumps: list[Block] = field(default_factory=list)
    evidence: dict = field(default_factory=dict)

    def titles(self) -> list[Block]:
        """The article's title lines: its headline, kickers and subtitles."""
        return ([self.headline] if self.headline else []) + self.kickers + self.subtitles


@dataclass(slots=True)
class PagePlan:
    banner: Block | None = None
    furniture: list[Block] = field(default_factory=list)
    captions: list[Block] = field(default_factory=list)
    articles: list[ArticlePlan] = field(default_factory=list)


def dateline(text: str, rules: RuleSet) -> regex.Match | None:
    """The dateline at the head of a paragraph (CLS004 and any rule of role dateline)."""
    for rule in rules.dateline_rules:
        m = rule.search(text)
        if m:
            return m
    return None


def dateline_at(blocks: list[Block], k: int, rules: RuleSet) -> regex.Match | None:
    """The dateline opening paragraph k, also where a photo's caption the converter read
    in between cut it from the rest of its line (本报曼谷10月19日 / 图为… / 电（记者 孙广勇）
    澜湄…: the paragraph and the next one, past captions, furniture and jump markers, read
    as one make a dateline that runs across the break; JOIN002 joins the two later)."""
    m = dateline(blocks[k].text, rules)
    if m is not None or blocks[k].role != "paragraph":
        return m
    n = k + 1
    while n < len(blocks) and blocks[n].role in ("caption", "furniture", "jump"):
        n += 1
    if n == k + 1 or n == len(blocks) or blocks[n].role != "paragraph":
        return None
    text = blocks[k].text.rstrip()
    m = dateline(text + blocks[n].text, rules)
    return m if m is not None and m.start() == 0 and m.end() > len(text) else None


def segment(blocks: list[Block], rules: RuleSet, style: str = "markdown",
            ocr: bool = False, reordered: bool = False,
            orderers: frozenset[str] = frozenset()) -> PagePlan:
    """Assign every block to the page or to an article, and its role there (`ocr`: the
    page is set in OCR's blocks, set_in_ocr_blocks; `reordered`: the layout stage rebuilt
    its reading order, so text read on under a marker may be another box's; `orderers`:
    the rules that rebuilt it)."""
    page = PagePlan()
    terminal = terminal_marks(rules)
    current: ArticlePlan | None = None
    pre: list[Block] = []
    i, n = 0, len(blocks)
    # A page that marks headings at two levels keeps '#' for headlines (the cleaner's own
    # output does too, so cleaning it again changes nothing).
    levels = {b.level for b in blocks if b.level and b.content_start > b.start}
    # Article prints set an edition line under every title (CLS013): on such a page a title
    # without one is a section of the article around it.
    prints = rules.on("CLS013") and any(_edition_under_title(b) for b in blocks)
    top = 1 if rules.on("CLS012") and 1 in levels and len(levels) > 1 else None
    pairs: list = []  # the page's paragraph_pairs, counted when first asked (CLS020)
    continued = None if reordered else _ContinuedFrom(blocks, rules)
    # (CLS016's question_heading reads what stands under a line that asks: where an orderer
    # put the columns back line by line, that is the orderer's guess, no sign of a headline
    # or a section; its `question_not_after`.)
    asks = not orderers & set(rules.param("CLS016", "question_not_after"))
    # Whether a block is a plain title line, asked once: the stack of every block above it
    # asks again. (A block changes role only once the loop is past it.)
    known: dict[int, bool] = {}

    def titles(b: Block) -> bool:
        if id(b) not in known:
            known[id(b)] = _plain_title(b, rules, terminal) and not _sentence_tail(blocks, b, terminal)
        return known[id(b)]

    current_end = -1  # the index after the current article's head
    signed: set[int] = set()  # bylines that sign a section under an editor's note (CLS023)
    while i < n:
        block = blocks[i]
        byline = _section_under_note(current, blocks, i, rules, titles)
        if byline is not None:
            # CLS023: a title over a byline right under an editor's note's signature is the
            # article's first section heading, and the byline signs that section (——编  者 /
            # 战略科技持续壮大 / 本报记者  刘诗瑶 / …): the note introduces the text under it.
            block.role, block.cue = "heading", "CLS023"
            block.evidence = {"under_signature": blocks[i - 1].text.strip(),
                              "byline": blocks[byline].text.strip()}
            signed.add(byline)
            _place(current, block, page)
            i += 1
            continue
        # A line without '#' can open an article only once the current one has a body:
        # right under a head it is that head's summary or first line.
        found = _article_start(blocks, i, rules, terminal, first=current is None,
                               plain_ok=current is None or bool(current.body), top=top,
                               prints=prints, titles=titles, asks=asks, ocr=ocr)
        if not found and current is None and style == "wrapped" and _lede_at_top(
                blocks, i, rules, titles):
            # CLS016: the page's first title, no byline nor dateline under it, over its
            # lede past a photo's caption (南京浦口经济开发区：探索集成电路国产化路径 / 图为…
            # / 集成电路是信息产业发展的基础。…): a headline's words are its lede's.
            found = _article_start(blocks, i, rules, terminal, first=True, plain_ok=True,
                                   top=top, prints=prints, shift={"lede_echo": True},
                                   titles=titles, asks=asks, ocr=ocr)
        if (not found and current is not None and not current.body and current.bylines
                and block.role == "paragraph" and current_end <= i
                # (past a folio or other furniture only: a sheet break may fall between the
                # two heads, 本报驻老挝记者  杨  一 / 第 2 页 / 县域医共体让群众就近…)
                and all(b.role == "furniture" for b in blocks[current_end:i])
                # (A line under the byline that ends a sentence or asks is its text's first:
                # 赵佳洁 / 提起美术课，你会想到什么？ / 持续晴热高温天气来袭 / ….)
                and not ends_sentence(block.text, terminal)):
            # Right under a head that ended in its byline, another title over a byline or
            # a dateline (老挝青年开上了“澜湄号” / 本报驻老挝记者  杨  一 / 流动的艺术，联动的
            # 长三角 / 本报记者  曹玲娟 / 第二十四届…): two heads in a row, the first one's text
            # printed elsewhere. The second opens its article; the first keeps no text. So
            # does, on a page set in OCR's blocks, one title (a line, or a title's lines
            # merged) right over its subtitle (——…) over the text, no byline under it (OCR
            # reads it after the text's first lines, or misreads it: 可记者 分 翔 韩晓昔):
            # no section heading has a subtitle (CLS007, `apart_min_chars`: ——编  者 signs
            # a note and heads nothing). Not a block of lines with a title's under it
            # (城东老街的…，是一座有着一百二十多年 / 的 / 年轻人带火老街里的夜市摊 / ——来自…):
            # the head's text, cut by the column. Where a converter prints the byline as
            # set, a line over the subtitle and no byline is a piece of text read out of
            # place (PyMuPDF sort=True's 端午假期，国家博物 / ——宜宾市长宁县竹产业发展见闻,
            # d6501 gen-6507).
            k = i
            while k < n and k - i < rules.param("CLS015", "max_lines") and titles(blocks[k]):
                k += 1
            while k < n and blocks[k].role == "caption":
                k += 1
            headed = k > i and k < n and (blocks[k].role == "byline" or (
                blocks[k].role == "paragraph" and dateline_at(blocks, k, rules))
                or ocr and k == i + 2 and _one_title(blocks[i])
                and _subtitle_apart(blocks, k - 1, rules))
            lede = (not headed and k == i + 1 and k < n and rules.on("CLS016")
                    and _lede_of(blocks, i, current, rules))
            # (Or a title in a text box of its own of several lines: a headline, no section
            # heading, CLS016's `title_box_lines`.)
            boxed = not (headed or lede) and k == i + 1 and _title_box(blocks, i, rules)
            if (headed or lede or boxed) and not (
                    # (Nor a summary box under the byline, whose clauses the text repeats
                    # (CLS008): 全市建成驿站两百多个，服务快递员上万人次 / 河北日报讯….)
                    _repeated(blocks[i].text, [b.text for b in blocks[k:k + 4]
                                               if b.role == "paragraph"], rules)):
                # (A title over text that echoes its words and none of the head's above,
                # 老年大学里的“银发”新生 / 报名通道开放…老年大学…: its lede, CLS016.)
                found = _article_start(blocks, i, rules, terminal, first=False, plain_ok=True,
                                       top=top, prints=prints, titles=titles,
                                       shift={"lede_echo": True} if lede else
                                       {"title_box": boxed} if boxed else None,
                                       asks=asks, ocr=ocr)
                if found:
                    current.evidence["head_over_head"] = True
        if found:
            current, i = _opened(found, page)
            current_end = i
            continue
        kept = ((prints or i in signed) and block.role == "byline" and current is not None
                and bool(current.body))
        if kept:
            # An article print's byline is under its title; one further down signs a
            # section of the text (本报记者 刘诗瑶 under a sub-head) and stays in it, a
            # paragraph, not a section heading. So does one under a section heading that an
            # editor's note stands over (CLS023).
            block.role = "paragraph"
            block.evidence = dict(block.evidence, kept_in_body=(
                "a byline signing a section under an editor's note" if i in signed
                else "a byline inside an article print"))
        if block.role == "heading" and current is not None:
            block.role, block.cue = "heading", "CLS009"
        elif (style == "wrapped" and not kept and current is not None and current.body
              and ((boxed := _title_box(blocks, i, rules))
                   or _title_shaped(blocks, i, rules, terminal)
                   or _full_title_line(current, blocks, i, rules, terminal))
              and titles(block) and not _opens_no_title(block.text, rules)):
            # In printed lines a title-like line of its own inside an article is a
            # section heading (a paragraph cut by a column fills its last line), unless
            # the text under it turns to another subject (CLS016): a new article's title.
            # A line that cuts a sentence in two, its halves going on across it (CLS020),
            # is asked first: it titles nothing there, whatever words the text under it
            # shares with the article's (…国民经济和社 / 科技创新在一线 / 会发展…: a lede of
            # two lines so far shares too few for CLS016 to tell a turn of subject).
            # (A title in a box of its own of several lines, `boxed`, is read into no
            # paragraph: the converter set it apart, CLS016's `title_box_lines`.)
            across = None if boxed else _read_into(current, blocks, i, rules, terminal, pairs)
            shift = None if prints or across else _turns(current, blocks, i, rules, terminal,
                                                         ocr, continued=continued, asks=asks,
                                                         boxed=boxed)
            if shift is not None:
                start = i
                if ("title_box" not in shift
                        and len(current.body) > 1 and current.body[-1] is blocks[i - 1]
                        and blocks[i - 1].role == "heading" and blocks[i - 1].cue == "CLS009"
                        and len(blocks[i - 1].lines) == 1 and not blocks[i - 1].level):
                    # The title line right above is the new title's kicker (一线调研 /
                    # 创新答卷…（科技视点）), not a heading of the article before. (Not over
                    # a title in a box of its own: a kicker shares its headline's box, CLS021.)
                    blocks[i - 1].role, blocks[i - 1].cue = "paragraph", ""
                    start = i - 1
                found = _article_start(blocks, start, rules, terminal, first=False,
                                       plain_ok=True, top=top, shift=shift, titles=titles,
                                       asks=asks, ocr=ocr)
                if start < i:
                    if found:
                        current.body.pop()
                    else:
                        blocks[i - 1].role, blocks[i - 1].cue = "heading", "CLS009"
                if found:
                    current, i = _opened(found, page)
                    continue
            if across:
                # CLS020: another box's title line read into a paragraph it cuts
                block.role, block.cue = "furniture", "CLS020"
                block.evidence = {"read_into": across}
                _place(current, block, page)
                i += 1
                continue
            # (In a PDF extractor's text, only a line that ends no sentence and opens with
            # no dash: a heading that asks may be read amid the paragraph it follows, …金融
            # 产 / 图为… / 企业信贷需求满足了吗？ / 品优势…, and a note's signature after a
            # cut one, …一场艺术 / ——编者, pdfminer.six.)
            pdf_cut = not (rules.param("CLS025", "ocr_only") or ends_sentence(block.text, terminal)
                           or opens_with_dash(block.text))
            cut = (_cut_above(current, blocks, i, rules, terminal)
                   if (ocr or pdf_cut) and not boxed else None)
            if cut is not None:
                # CLS025: no section heading after text cut mid-sentence (by OCR's block
                # end, a photo's caption, a column's foot): the line goes on with it
                # (JOIN001, JOIN002 join the two).
                block.cue, block.evidence = "CLS025", {**block.evidence, "goes_on_from": cut}
            else:
                block.role, block.cue = "heading", "CLS009"
        if (style == "wrapped" and current is not None and not block.level
                and block.role in ("paragraph", "heading")
                and _byline_apart(current, blocks, i, rules, terminal)):
            # (A name alone reads as a section heading too: it is none.)
            block.role, block.cue = "byline", "CLS014"
            block.evidence = {"names": block.text, "apart_in_text": True}
        if current is None:
            pre.append(block)
        else:
            if block.role == "byline":
                _subtitle_over_byline(current, block, rules)
            _place(current, block, page)
        i += 1
    _page_head(pre, page, rules, terminal)
    _banner_over_first(page, pre, rules)
    page.furniture.sort(key=lambda b: b.index)
    for article in page.articles:
        _summary(article, rules)
        _subheads(article, rules)
    return page


def sign_notes(page: PagePlan, rules: RuleSet) -> None:
    """CLS023: an editor's note's signature (——编  者), a short line of its own that the
    article's text took for a section heading, is output as a paragraph: it signs the note
    above it and heads nothing. (Set once the joins and moves are planned: they read it
    as the heading it looks like, a line that ends its block, so nothing is joined to it.)"""
    if not rules.on("CLS023"):
        return
    for article in page.articles:
        for b in article.body:
            if b.role == "heading" and not b.level and _signature(b.text, rules):
                b.role, b.cue = "paragraph", "CLS023"
                b.evidence = dict(b.evidence, signature=True)


def _signature(text: str, rules: RuleSet) -> bool:
    """CLS023: a line that is an editor's note's signature (`signature`: ——编  者)."""
    return any(p.match(text.strip()) for p in rules.param_patterns("CLS023", "signature"))


def _signed_note(current: ArticlePlan | None, rules: RuleSet, signed: bool = False) -> bool:
    """CLS023: whether the current article's text so far is an editor's note closed by its
    signature (the last block but section headings, `signature`: ——编  者), no dateline
    opening it: a note stands under the head, before the article's text. Either `signed`,
    in an article with no byline of its own, whose sections' bylines sign them (a note of
    any length: the byline under the title is the evidence, and pdfminer.six may read a
    note's lines as many paragraphs); or a note of `note_max_paragraphs` at most, under a byline or none (a signature under more text
    closes an afterword, 编后, and what follows it is the next article's)."""
    if not rules.on("CLS023") or current is None or signed and current.bylines:
        return False
    # The signature, under section headings only (it may have been read as a heading
    # itself: a short line of its own), as many as a head stack holds at most; looked for
    # back over those headings alone, and the note's paragraphs and headings counted only
    # as far as their limits: no walk over a long article, nor over a long run of
    # headings (a page of one-character lines had made this the square of its lines).
    body = current.body
    at = len(body) - 1
    while at >= 0 and not _signature(body[at].text, rules):
        # (A line that asks, alone, is a section heading too, though CLS010 says so only
        # once the article is read: a question head wrapped as wide as a paragraph's first
        # line, its indent dropped (——编  者 / 企业信贷需求满足了吗？ / 装备制造业…), is no
        # heading yet when the statement head under it is read.)
        if (body[at].role != "heading" and not _asks(body[at], rules)
                or len(body) - 1 - at == rules.param("CLS005", "max_title_stack")):
            return False
        at -= 1
    if at < 0 or dateline(body[0].text, rules):
        return False
    most = 1 if signed else rules.param("CLS023", "note_max_paragraphs")
    note = _paragraphs_so_far(islice(body, at), most + 1, rules)
    return signed if len(note) > most else bool(note)


def _paragraphs_so_far(body: Iterable[Block], most: int, rules: RuleSet) -> list[Block]:
    """The body's first paragraphs, up to `most`, or [] where more than a head stack's
    worth of other blocks (headings, CLS005's `max_title_stack`) stand among them: read
    so, a run of headings (a page of one-character lines) costs no walk over the whole
    article at every line."""
    stack = rules.param("CLS005", "max_title_stack")
    found, other = [], 0
    for b in body:
        if b.role == "paragraph":
            found.append(b)
            if len(found) == most:
                break
        else:
            other += 1
            if other > stack:
                return []
    return found


def _last_paragraph(body: list[Block], rules: RuleSet) -> Block | None:
    """The body's last paragraph, looked for back over a head stack's worth of other
    blocks at most (CLS005's `max_title_stack`; None past them): no walk over a long run of
    headings at every line."""
    for b in reversed(body[-rules.param("CLS005", "max_title_stack") - 1:]):
        if b.role == "paragraph":
            return b
    return None


def _section_under_note(current: ArticlePlan | None, blocks: list[Block], i: int,
                        rules: RuleSet, titles: Callable[[Block], bool]) -> int | None:
    """CLS023: where block i is a title line (or heading) right under the signature that
    closes the current article's editor's note (`_signed_note`; photos' captions may stand
    between), over a byline (past captions too), the index of that byline; else None."""
    if not _signed_note(current, rules, signed=True):
        return None
    k = i - 1
    while k >= 0 and blocks[k].role == "caption":
        k -= 1
    if k < 0 or current.body[-1] is not blocks[k]:
        return None
    if not (blocks[i].role == "heading" or titles(blocks[i])):
        return None
    k = i + 1
    while k < len(blocks) and blocks[k].role == "caption":
        k += 1
    return k if k < len(blocks) and blocks[k].role == "byline" else None


def _opened(found: tuple[ArticlePlan, int], page: PagePlan) -> tuple[ArticlePlan, int]:
    """The articles _article_start found put on the page: the one, or a title alone in its
    box and the article under it (CLS021), or a title over another's stack and that
    article (CLS024). The last of them and the index after it."""
    while True:
        plan, k = found
        page.articles.append(plan)
        found = plan.evidence.pop("then", None)
        if found is None:
            return plan, k


def _subheads(article: ArticlePlan, rules: RuleSet) -> None:
    """CLS010: short numbered, asking or announcing lines between paragraphs are headings."""
    if not rules.on("CLS010"):
        return
    enumerated = rules.param_patterns("CLS010", "enumerated")
    speech = rules.param_patterns("CLS010", "speech")
    terminal = terminal_marks(rules)
    body = article.body
    # The body's first block too: a numbered part's head opens the text under the byline
    # (任仲平 / （一） / 每逢重大历史关头…); only a number says so there (a lede may ask).
    # A line that asks over a section heading heads its section too: a question head over a
    # statement head is a pair of heads (企业信贷需求满足了吗？ / 装备制造业…维持高景气度).
    for prev, b, nxt in zip([None, *body], body, body[1:]):
        if b.role != "paragraph" or nxt.role not in ("paragraph", "heading") or b.level:
            continue
        if prev is not None and prev.role == "paragraph" and not ends_sentence(prev.text, terminal):
            continue  # it goes on with a cut paragraph, whatever it looks like
        text = b.text
        numbered = (nxt.role == "paragraph" and any(p.match(text) for p in enumerated)
                    and len(text) <= rules.param("CLS010", "max_enumerated_chars")
                    and not regex.search(r"[。；;]", text))
        asking = prev is not None and _asks(b, rules, speech)
        if numbered or asking:
            b.role, b.cue = "heading", "CLS010"
            b.evidence = {"numbered" if numbered else "ends_with": text[:4] if numbered
                          else text[-1]}


def _asks(b: Block, rules: RuleSet, speech: list | None = None) -> bool:
    """CLS010: whether paragraph `b` is a line that asks or announces, short (at most
    `max_question_chars`), no comma, full stop or quotation in it, and no speaker's verb
    before its colon (`speech`): a section heading's (问题在哪里？)."""
    if b.role != "paragraph" or b.level or not rules.on("CLS010"):
        return False
    text = b.text
    if speech is None:
        speech = rules.param_patterns("CLS010", "speech")
    return (len(text) <= rules.param("CLS010", "max_question_chars")
            and text[-1:] in ("？", "：", "?", ":")
            and not regex.search(r"[，,。“”\"]", text)
            and not any(p.search(text) for p in speech))


_HAN1 = regex.compile(r"\p{Han}")
_CLAUSE_INSIDE = regex.compile(r"[、；;](?=.)|[，,](?=.*[，,])")  # a list, or two commas


def _read_into(current: ArticlePlan, blocks: list[Block], i: int, rules: RuleSet,
               terminal: str, pairs: list) -> dict | None:
    """CLS020: whether the title-like line at block i is another box's title line that OCR
    read into the middle of a paragraph (…开设人工智能通识课 / 聚焦高质量发展 / 程，内容
    涵盖…): the paragraph above ends no sentence, and the text under the line goes on
    with it, the two characters across making a word the page's text prints (课程), the
    text under it opening on a clause mark or a clause of one character (程，内容…), or
    the text above stopping on a comma's mark (JOIN001's open_clause: …就是抓发展、 /
    阔并里种出"中 / 谋创新就是…), where no paragraph ends, or the text above filling its
    last line (`filled_above`: …吸引全球多家 / 图片报道 / 工商机构和…) unless the text
    under the line shares `title_echo` pairs of Han characters with it (a
    headline over its lede, the column having cut the paragraph above). A section heading
    stands between sentences.
    The evidence, or None."""
    if not rules.on("CLS020") or not current.body or i + 1 >= len(blocks):
        return None
    above, line, below = current.body[-1], blocks[i], blocks[i + 1]
    if not (line.gap_before and below.gap_before) or _CLAUSE_INSIDE.search(line.text):
        return None  # OCR sets a block it read apart between blank lines; a title holds
        # no clause of a sentence (two columns read as one line do)
    if (above.role != "paragraph" or below.role != "paragraph" or below.level
            or ends_sentence(above.text, terminal) or dateline(below.text, rules)):
        return None
    marks = rules.param("CLS020", "opening_marks")
    first, second = below.text[:1], below.text[1:2]  # ("" is in every string: test it)
    if (first and first in marks) or (second and second in marks and _HAN1.match(below.text)):
        # (…通识课 / 程，内容…: no paragraph opens on a clause of one character)
        return {"above": above.text[-6:], "below": below.text[:6]}
    last = above.text.rstrip()[-1:]
    if last and last in rules.param("JOIN001", "open_clause"):
        # (…抓创新就是抓发展、 / 阔并里种出"中 / 谋创新就是谋未来…: no paragraph ends on a
        # comma, so the text above goes on under the line)
        return {"above": above.text[-6:], "below": below.text[:6], "open_clause": last}
    echo = (_echo_below(blocks, i, rules)
            if above.filled and rules.param("CLS020", "filled_above") else None)
    if echo is not None and len(echo) < rules.param("CLS020", "title_echo"):
        # (…吸引全球多家 / 图片报道 / 工商机构和…: the line above filled the measure and
        # ended no sentence, so the paragraph goes on, whatever characters meet across
        # the line, unless the text under the line prints the line's words: a headline's
        # are its lede's (…古籍绘 / 南京浦口经济开发区：探索集成电路国产化路径 / 集成电路
        # 是…), where the column cut the paragraph above and a new article opens.)
        return {"above": above.text[-6:], "below": below.text[:6], "filled_above": True,
                "echo_below": sorted(echo)}
    across = block_word(above.text, below.text, blocks, 0, 0, rules,
                        paragraph_pairs_once(blocks, pairs))
    if across:
        found = {"above": above.text[-6:], "below": below.text[:6],
                 "word": above.text[-1:] + below.text[:1]}
        return dict(found, listed=across["listed"]) if "listed" in across else found
    return None


def _turns(current: ArticlePlan, blocks: list[Block], i: int, rules: RuleSet,
           terminal: str, ocr: bool = False,
           continued: _ContinuedFrom | None = None, asks: bool = True,
           boxed: int = 0) -> dict | None:
    """CLS016: whether the title-like line at block i opens another article, and why: it
    names a photo-news column (图片报道), it fills a text box of `boxed` lines of its own
    (_title_box), it ends in a column's tag (（国际论坛）), or the
    text under it shares almost no vocabulary (Han bigrams, cosine) with the article's
    text above, or, on a page set in OCR's blocks (`ocr`), the line stands alone over a
    lede that prints it word for word (_echoed_alone). None: it is a section heading.
    (`continued`: the page's _ContinuedFrom, where text read on under a marker that it
    comes from elsewhere is taken as one continued text; None in an order the layout
    stage rebuilt.)"""
    if not rules.on("CLS016"):
        return None
    title = blocks[i].text.strip()
    if opens_with_dash(title):
        return None  # a signature (——编者) or a dash's item, not a title
    if any(p.fullmatch(title) for p in rules.param_patterns("CLS016", "column_titles")):
        return {"column": title}
    if boxed:
        return {"title_box": boxed}
    if i and blocks[i - 1].role == "jump" and jump_says(blocks[i - 1].text, "from_elsewhere",
                                                         rules):
        # Right under a marker that the text comes from elsewhere ((上接第3版) / 节水技术破解
        # “缺水难题” / 埃及国土面积…): the continued article's own section heading.
        return None
    if _after_onward_jump(blocks, i, rules):
        # The article above goes on on another page (（下转第20版）): what the page prints
        # after it is another article's.
        return {"after_jump": blocks[i - 1].text.strip()}
    if asks and _asks_unsigned(blocks, i, rules):
        # A feature's section heading asks (充电设施跟上了吗？), its text right under it; a
        # headline that asks is signed (毕业季，他们为何选择“慢就业”？ / 中青报·中青网记者…).
        # So a question with no byline, dateline or editor's note under it heads a section
        # of the article it stands in, whatever words its text shares with the text above.
        blocks[i].evidence = {**blocks[i].evidence, "rule": "CLS016", "asks_unsigned": True}
        return None
    tag = (blocks[i].evidence.get("title") or {}).get("column_tag") or tag_at_end(title, rules)
    if tag:
        # (titles.join_column_tags found it under the title, or the title ends in it)
        return {"column_tag": tag}
    echo = _title_echo(current, blocks, i, rules)
    if echo:
        return echo
    kicker = _kicker_over(current, blocks, i, rules, terminal)
    if kicker:
        return {"kicker_over": kicker, "echo": sorted(_echo_below(blocks, i, rules))}
    if blocks[i].start_evidence.get("echoed_below"):
        # (BLK005 set the line apart because the text under it prints it again word for
        # word, though the paragraph above was cut mid-sentence: a lede repeating its
        # title, as no section heading's text does right under it.)
        return {"echo_verbatim": title}
    if ocr and _echoed_alone(blocks, i, rules):
        return {"echo_verbatim": title, "alone": True}
    marker = continued(i) if continued is not None else ""
    echo = _echo_below(blocks, i, rules) if marker else set()
    if marker and len(echo) < rules.param("CLS016", "min_echo_below"):
        # The text above came from another page ((上接第五版) / 初心，接力奋斗的足迹。 / … /
        # 领航定向  驾驭发展全局… / “十四五”规划收官之际…): a continued article's text runs
        # on under its own section headings, whose words need not be the text's above. A
        # title there whose lede does not echo it (a headline's words are its lede's:
        # 全国秋粮收获近七成 / 农业农村部…全国秋粮收获近七成。) is such a heading, not another
        # article's title, however far the subject turns.
        blocks[i].evidence = {**blocks[i].evidence, "rule": "CLS016", "continued_from": marker,
                              "echo_below": len(echo)}
        return None
    paragraphs = _paragraphs_so_far(current.body, 2, rules)
    if len(paragraphs) == 1 and editor_note(paragraphs[0].text, rules) or _signed_note(
            current, rules):
        # The article's only text so far is an editor's note (编者按：…它们如何在“小”中做出
        # “美”。 / 学生少了，课怎么上？ / …), or one its signature closes (…记者进行了采访。
        # / ——编  者 / 企业信贷需求满足了吗？ / 装备制造业…, CLS023): a note introduces what
        # follows without sharing its words, so the line is the article's section heading.
        return None
    window = rules.param("CLS016", "window")
    above = [b.text for b in current.body[-window:] if b.role == "paragraph"]
    below = []
    for b in blocks[i + 1:i + 1 + window]:
        if b.role == "paragraph":
            below.append(b.text)
        elif b.role not in ("caption", "furniture"):
            break
    if not above or not below:
        return None
    a, b = Vector(above), Vector(below)
    least = rules.param("CLS016", "min_bigrams")
    if len(a.counts) < least or len(b.counts) < least:
        return None
    similarity = a.cosine(b)
    # (A title wrapped onto a second line is wider than its column: a section heading
    # fits on one line, so a wrapped one needs less to open an article.)
    most = rules.param("CLS016", "max_similarity_wrapped" if len(blocks[i].lines) > 1
                       or blocks[i].title_lines > 1 else "max_similarity")
    if similarity >= most:
        return None
    return {"similarity": round(similarity, 3)}


def _kicker_over(current: ArticlePlan, blocks: list[Block], i: int, rules: RuleSet,
                 terminal: str) -> str:
    """CLS016 `kicker_over_title`: the line right above the title line at block i, where
    the two are a kicker and its headline: the line above is one of its own the article
    took for a section heading, ending in no mark, under a paragraph that ended its
    sentence; the title is one line ending no sentence; and its lede echoes it
    (`min_echo_below` pairs of Han characters, _echo_below: 奋进新征程 / 老年大学里的“银发”
    新生 / 报名通道…老年大学…). A section heading stands alone (the dev sets' gold stacks two
    only where the first ends in a dash or asks: 为何著书—— / 中国不是难解的谜团…), so the
    kicker is the evidence that a pair its headline shares with the text above
    (_title_echo's `max_echo_above`: 大学 of 近万名大学生志愿者…) is chance. (Not the
    lede's echo alone: another box's kicker may be read into a text over its section
    heading, 聚焦高质量发展 / 从“卖竹子”到“卖产品” / 长宁县是…“竹子之乡”…, which echoes
    one pair.) '' otherwise."""
    least = rules.param("CLS016", "min_echo_below")
    if (not least or not rules.param("CLS016", "kicker_over_title") or i < 2
            or len(current.body) < 2):
        return ""
    above, text = blocks[i - 1], blocks[i].text.strip()
    if (current.body[-1] is not above or above.role != "heading" or above.level
            or len(above.lines) != 1 or len(blocks[i].lines) != 1
            or ends_sentence(text, terminal) or blocks[i - 2].role != "paragraph"
            or current.body[-2] is not blocks[i - 2]
            or not ends_sentence(blocks[i - 2].text, terminal)):
        return ""
    kicker = above.text.strip()
    if not _HAN.match(kicker[-1:]) or CLAUSE_MARK.search(kicker) or _asking(kicker, rules):
        return ""
    return kicker if len(_echo_below(blocks, i, rules)) >= least else ""


def _title_box(blocks: list[Block], i: int, rules: RuleSet) -> int:
    """CLS016: on a page of text boxes (pdfminer.six: a blank line after each box, none
    inside one), the number of printed lines of the title at block i where it fills a box
    of its own of several lines (0: it does not). A title set in larger type than the text
    wraps in its box (南京浦口经济开发区：探 / 索集成电路国产化路径); a section heading, in
    the text's type, fits its column on one line. On the 45 dev sets' pdfminer.six text no
    gold section heading stands in a box of two lines or more; 1,051 headlines do."""
    least = rules.param("CLS016", "title_box_lines")
    # (Not two boxes' lines CLS015 merged, a kicker's and its headline's; nor a box that
    # goes on under the block, with a byline or a paragraph's lines.)
    return len(blocks[i].lines) if least and len(blocks[i].lines) >= least and one_box(
        blocks, i, i) else 0


def _asking(text: str, rules: RuleSet) -> bool:
    """Whether a title line asks, as CLS016's `question_heading` reads it (…跟上了吗？)."""
    text = text.strip()
    return any(p.search(text) for p in rules.param_patterns("CLS016", "question_heading"))


def _asks_unsigned(blocks: list[Block], i: int, rules: RuleSet) -> bool:
    """CLS016: whether the title-like line at block i asks (CLS016's `question_heading`:
    it ends in ？) and the first block under it, past photos' captions and the page's
    furniture, is a paragraph of text that opens with no dateline and no editor's note:
    nothing under the question signs it as a headline (no byline, no subtitle, no title
    line stacked under it)."""
    if not _asking(blocks[i].text, rules):
        return False
    k = i + 1
    while k < len(blocks) and blocks[k].role in ("caption", "furniture"):
        k += 1
    if k == len(blocks) or blocks[k].role != "paragraph" or blocks[k].level:
        return False
    return not (dateline_at(blocks, k, rules) or opens_with_dash(blocks[k].text)
                or (rules.on("CLS011") and rules["CLS011"].search(blocks[k].text)))


def _echoed_alone(blocks: list[Block], i: int, rules: RuleSet) -> bool:
    """CLS016 on a page set in OCR's blocks: whether the title-like line at block i, a
    block of its own, is BLK005's title whose lede repeats it: words alone (no mark nor
    space), at least `echo_min_chars` characters, that the next `echo_lines` lines of the
    paragraph under it print word for word (全国秋粮收获近七成 / 农业农村部最新农情调度显
    示，全国秋粮收获近七成。). OCR sets the line apart itself, so BLK005, which reads it
    off the paragraph a converter ran it into, never sees it; the paragraph above may be
    cut all the same (another column's, read before it)."""
    if not rules.on("BLK005") or i + 1 >= len(blocks) or blocks[i + 1].role != "paragraph":
        return False
    under = blocks[i + 1]
    lines = ("".join(t.split()) for t in under.line_texts or [under.text])
    return echoed_title(blocks[i].text.strip(), lines, rules.param("BLK005", "echo_min_chars"),
                        rules.param("BLK005", "echo_lines"))


def _lede_of(blocks: list[Block], i: int, current: ArticlePlan, rules: RuleSet) -> bool:
    """CLS016: whether the text under the title line at block i, right under a head that
    ended in its byline, is that title's lede, not the head's text: it shares at least
    `min_echo_below` pairs of Han characters with the title line (老年大学里的“银发”新生
    over 报名通道开放…老年大学…) and none with the head's headline (“内外贸同样重要，两条腿
    走路更稳妥”)."""
    least = rules.param("CLS016", "min_echo_below")
    if not least or blocks[i + 1].role != "paragraph" or current.headline is None:
        return False
    text = _pairs_under(blocks, i, rules)
    return (len(han_pairs(blocks[i].text) & text) >= least
            and not han_pairs(current.headline.text) & text)


def _lede_at_top(blocks: list[Block], i: int, rules: RuleSet, titles) -> bool:
    """CLS016 `lede_at_top`: whether the stack of title lines at block i, the page's first
    (nothing but furniture and captions above it), stands over a photo's caption (one or more) and then a paragraph that
    shares at least `min_echo_below` pairs of Han characters with the stack: its lede, a
    photo set between the title and its text (PyMuPDF reads the caption there)."""
    least = rules.param("CLS016", "min_echo_below")
    if (not least or not rules.param("CLS016", "lede_at_top") or not titles(blocks[i])
            # (the page's first title: only its furniture and captions above it; under
            # text, a title's evidence is asked of the article that text opens)
            or any(b.role not in ("furniture", "caption") for b in blocks[:i])):
        return False
    stack = _stack(blocks, i, titles, rules)
    k = i + len(stack)
    if k >= len(blocks) or blocks[k].role != "caption":
        return False
    while k < len(blocks) and blocks[k].role == "caption":
        k += 1
    if k >= len(blocks) or blocks[k].role != "paragraph":
        return False
    said = set().union(*(han_pairs(b.text) for b in stack))
    return len(said & _pairs_under(blocks, k - 1, rules)) >= least


def _title_echo(current: ArticlePlan, blocks: list[Block], i: int,
                rules: RuleSet) -> dict:
    """CLS016: the pairs of Han characters the title-like line at block i shares with
    the paragraph under it (_paragraph_under), where they are at least `min_echo_below`
    and the line shares none with the article's text above but by chance (_echo_above;
    前三季度我国服务贸易稳中有进 over 进出口总额…服务贸易…, under a text on art lessons): a
    headline's words are its lede's, and a section heading's are its article's too. Only
    after a paragraph that ended its sentence. The evidence: the pairs below (`echo`) and
    the chance ones above (`echo_above`, where there are any); {} when it is not so."""
    least = rules.param("CLS016", "min_echo_below")
    if not least or i + 1 >= len(blocks) or blocks[i + 1].role != "paragraph":
        return {}
    last = _last_paragraph(current.body, rules)
    if last is None or not ends_sentence(last.text, terminal_marks(rules)):
        return {}  # the text above goes on: the line may be its (…首届县域商 / 今年36岁的…)
    own = han_pairs(blocks[i].text)
    below = own & _pairs_under(blocks, i, rules)
    if len(below) < least:
        return {}
    chance = _echo_above(current, own, rules)
    if chance is None:
        return {}
    return {"echo": sorted(below), "echo_above": chance} if chance else {"echo": sorted(below)}


def _echo_above(current: ArticlePlan, own: set[str], rules: RuleSet) -> list[str] | None:
    """CLS016: the pairs of Han characters `own` (a title line's) shares by chance with
    the article's text above, or None where they say the line is that article's: more
    than `max_echo_above` of them, one printed more than `max_echo_repeats` times there
    (the article's own subject: 技术 in a text on farming technology over 培训农民留下“带
    不走的技术”), or any while its titles print one (国产 in …探索集成电路国产化路径: a
    section heading names its article's subject). A headline's words are its lede's; a
    pair or two of them may stand in any long text (服务 in a text on art lessons)."""
    texts = [b.text for b in current.body if b.role in ("paragraph", "heading")]
    shared = set().union(*(own & han_pairs(t) for t in texts))
    if len(shared) > rules.param("CLS016", "max_echo_above"):
        return None
    if any(sum(t.count(pair) for t in texts) > rules.param("CLS016", "max_echo_repeats")
           for pair in shared):
        return None
    if shared and any(own & han_pairs(t.text) for t in current.titles()):
        return None
    return sorted(shared)


def _echo_below(blocks: list[Block], i: int, rules: RuleSet) -> set[str]:
    """CLS016, CLS020: the pairs of Han characters the line at block i shares with the
    paragraph under it (_paragraph_under): a headline's words are its lede's."""
    return han_pairs(blocks[i].text) & _pairs_under(blocks, i, rules)


def _pairs_under(blocks: list[Block], i: int, rules: RuleSet) -> set[str]:
    """The pairs of Han characters of the paragraph under the line at block i."""
    return set().union(*(han_pairs(t) for t in _paragraph_under(blocks, i, rules)))


def _paragraph_under(blocks: list[Block], i: int, rules: RuleSet) -> list[str]:
    """CLS016: the texts of the paragraph under the line at block i, block i+1 on through
    the blocks that go on with it when it ends no sentence: a photo's caption or the
    column's foot cuts a lede as often as any paragraph (…抢演唱会 / 图为观众在展馆参观。 /
    门票还激烈。”老年大学教务处负责人笑着说。). At most `window` blocks of text."""
    if i + 1 >= len(blocks):
        return []  # (the page's last block: no text under it)
    terminal = terminal_marks(rules)
    texts = [blocks[i + 1].text]
    for k in range(i + 2, len(blocks)):
        b = blocks[k]
        if len(texts) >= rules.param("CLS016", "window") or ends_sentence(texts[-1], terminal):
            break
        if b.role in ("caption", "furniture"):
            continue
        if b.role != "paragraph":
            break
        texts.append(b.text)
    return texts


def _full_title_line(current: ArticlePlan, blocks: list[Block], i: int, rules: RuleSet,
                     terminal: str) -> bool:
    """CLS016: a line of its own as wide as the column, ending no sentence, after a
    paragraph that ended one, whose words are the text's under it and none of the
    article's above (_title_echo): a title as wide as the column, not a paragraph's line
    cut off by the column's foot (that goes on with its own article's words)."""
    block, above = blocks[i], blocks[i - 1]
    return (len(block.lines) == 1 and bool(block.filled) and above.role == "paragraph"
            and ends_sentence(above.text, terminal) and not ends_sentence(block.text, terminal)
            and bool(_title_echo(current, blocks, i, rules)))


def _article_start(blocks, i, rules, terminal, first, plain_ok, top=None, prints=False,
                   shift=None, titles=None, asks=True, ocr=False):
    """If an article starts at block i, its plan and the index after its head; else None.

    The head is a stack of headings (markdown '#') or of plain title lines, then, past
    subtitles and photos, the evidence that an article starts: a byline, a dateline, an
    editor's note or a marker that it continues from another page. `titles` answers
    _plain_title for a block (the caller's, remembering its answers); `ocr`: the page is
    set in OCR's blocks (CLS010's `first_section` is read there only).
    """
    block = blocks[i]
    titles = titles or (lambda b: _plain_title(b, rules, terminal))
    if block.role == "heading":
        group = _stack(blocks, i, lambda b: b.role == "heading", rules)
    elif (plain_ok and titles(block) and not opens_with_dash(block.text)
          and not _opens_no_title(block.text, rules)):
        # (A line that opens with a dash stands under a title, never first: a signature
        # closing the text above (——编者), or a subtitle. A section's first number alone,
        # （一）, is no title line either: the text under the title opens with it.)
        group = _stack(blocks, i, lambda b: titles(b) and not (
            ocr and first_section(b.text, rules)), rules)
        if not group:
            return None
    else:
        return None
    asking = asks and _asking(group[0].text, rules)
    if (len(group) > 1 and (whole_quotation(group[0].text) or asking)
            and not opens_with_dash(group[1].text)
            and not first and i > 0 and blocks[i - 1].role == "paragraph"
            and ends_sentence(blocks[i - 1].text, terminal)
            and not any(tag_at_end(g.text, rules) for g in group[1:])
            and (asking or not any(m in group[1].text for m in "，,"))
            and _article_start(blocks, i + 1, rules, terminal, first, plain_ok, top=top,
                               prints=prints, titles=titles, asks=asks, ocr=ocr) is not None):
        # A line that is one quotation whole over a title (“中国经济蕴含强大韧性和持久活力” /
        # 首批“古籍活化”精品项目名单公布), after text that ended its sentence, is no kicker
        # (a label, not a quotation) but a pull-quote or section heading closing the text
        # above, where the title under it opens an article on evidence of its own (a
        # dateline, a byline) and holds no comma (a paragraph's first line does, 上午7时40
        # 分，伴随着…, which pdfminer.six may set over another box's byline). A headline that
        # is a quotation has a subtitle, a byline or its text under it. A column's tag in
        # the stack may be the quotation's own (“为全球读者展现一个立体丰富的中国” /
        # …（第一现场）, pdftotext -layout setting two titles' lines side by side).
        # So is a line that asks (CLS016's `question_heading`): no kicker asks, and a
        # section heading at a column's foot does (…北京市民这样说。 / 从“惊喜”到“习惯”，付出
        # / 了怎样的努力？ / 快递进村，“最后一公里”越走越顺 / 本报记者…). The title under a
        # question may hold a comma: a paragraph's first line, which the comma rules out
        # under a quotation, is not set under a line that asks.
        return None
    plain = block.role != "heading"
    j = i + len(group)
    subtitles, bylines, evidence = [], [], None
    edition = False
    k, zone = j, rules.param("CLS005", "zone_blocks")
    while k < len(blocks) and k - j < zone:
        c = blocks[k]
        if _edition_under_title(c):
            # An article-print PDF's edition line, set under every title (and byline).
            evidence = evidence or "edition line under the title"
            edition = True
            k += 1
            continue
        if c.role == "caption" or (c.role == "furniture" and not plain):
            k += 1
            continue
        if c.role == "jump":
            if jump_says(c.text, "onward", rules):
                # (The text above goes on elsewhere: it is a paragraph's end, no title,
                # whatever marker follows, 受访青年最喜欢的博 / （下转第3版） / （上接第8版）.)
                break
            if jump_says(c.text, "from_elsewhere", rules):
                evidence = "continued from another page"
            k += 1
            continue
        if c.role == "byline":
            bylines.append(c)
            evidence = "byline"
            k += 1
            if k < len(blocks) and dateline(blocks[k].text, rules):
                break
            continue
        if c.role != "paragraph" or bylines:
            break
        if dateline_at(blocks, k, rules):
            evidence = "dateline"
            break
        if rules.on("CLS011") and rules["CLS011"].search(c.text):
            evidence = "editor's note"
            break
        if (plain or ends_sentence(c.text, terminal)
                or len(c.text) > rules.param("CLS007", "max_chars")):
            break
        subtitles.append(c)
        k += 1
    if not evidence and shift is not None:
        evidence = ("a title filling a text box of its own (CLS016)" if "title_box" in shift
                    else "the text under the title turns to another subject (CLS016)")
    if not evidence and plain and rules.on("CLS016") and not bylines and not subtitles:
        # A column's tag ends the title (…巨大机遇”（国际人士看中国“十四五”成就）): a
        # headline's, since no section heading names a column; the text follows it (the
        # lines stacked under the tag are the text's first, however short).
        tagged = next((p for p, g in enumerate(group) if tag_at_end(g.text, rules)), None)
        after = i + (tagged or 0) + 1
        if (tagged is not None and after < len(blocks)
                and blocks[after].role == "paragraph" and not opens_with_dash(blocks[after].text)):
            group, k = group[:tagged + 1], after
            evidence = "a column's tag ends the title (CLS016)"
    if not evidence and plain and len(group) > 1 and any(
            opens_with_dash(g.text) for g in group[1:]):
        evidence = "subtitle under the title"
    if (not evidence and plain and ocr and k < len(blocks) and blocks[k].role == "paragraph"
            and first_section(blocks[k].text, rules)):
        # CLS010: the text under the title (past its byline) opens with its first section's
        # number alone (引领未来，中国做对了什么 / （一） / 每逢重大历史关头…): a commentary
        # numbers its sections from its head, so the title is its headline, not a section
        # heading of the article above (OCR sets the byline elsewhere, or misreads it).
        # Only in OCR's blocks: where the extractor interleaves columns line by line, what
        # stands under a title is as often another box's (pdfminer.six d1101 gen-1102:
        # 引领未来… over another report's lines, its byline and (一) further down).
        evidence = "the text opens with its first numbered section (CLS010)"
    if prints and not edition:
        evidence = None
    if (not evidence and plain and rules.on("CLS016")
            and any(p.fullmatch(group[-1].text.strip())
                    for p in rules.param_patterns("CLS016", "column_titles"))):
        evidence = "a photo-news column's title (CLS016)"  # (图片报道: no byline under it)
    if not evidence and top is not None and any(g.level == top for g in group):
        evidence = "top-level heading (CLS012)"
    if (not evidence and first and plain and j < len(blocks) and blocks[j].role == "paragraph"
            and (over := _furniture_above(blocks, i, rules, terminal)) is not None):
        # Title lines first under the page's furniture, straight over text: the first
        # article's title. (A banner stands over a title stack, which has its own
        # evidence; and the tail of an article begun elsewhere has no title line.)
        evidence = "title first on the page, over its text" + (
            f", under one banner-shaped line ({over})" if over else "")
    if not evidence:
        if not (first and not plain):
            return None
        evidence, subtitles, bylines, k = "first heading on the page", [], [], j
    alone = _alone_in_box(group, rules) if plain else None
    then, parted = None, False
    if alone and first and all(b.role in ("furniture", "caption") for b in blocks[:i]):
        # At the page's top it is the page's banner (_banner_over_first), not a kicker.
        group[alone - 1].evidence = dict(group[alone - 1].evidence, alone_in_box=True)
    elif alone:
        # CLS021: the title over another box's title is a title of its own, not its kicker
        # (one article's title stack stands in one box), its text elsewhere, where the
        # title under it opens an article on evidence of its own under it (a byline, a
        # dateline: not the turn of subject, which was weighed at the title above). Without
        # that, which of the two the text under them is cannot be told: the stack stays.
        then = _article_start(blocks, i + alone, rules, terminal, first=False, plain_ok=True,
                              top=top, prints=prints, titles=titles, asks=asks, ocr=ocr)
        if then is not None:
            group, j, parted = group[:alone], i + alone, True
            subtitles, bylines, k = [], [], j
    elif (part := _kickers_part(group, rules)) and not (
            first and all(b.role in ("furniture", "caption") for b in blocks[:i])):
        # CLS024: a kicker is one line; of two lines over the headline one is a title of
        # its own, its text elsewhere (at the page's top, the banner: _banner_over_first).
        then = _article_start(blocks, i + part, rules, terminal, first=False, plain_ok=True,
                              top=top, prints=prints, titles=titles, asks=asks, ocr=ocr)
        if then is not None:
            group, j, parted = group[:part], i + part, "CLS024"
            subtitles, bylines, k = [], [], j
    headline = _headline_of(group)
    plan = ArticlePlan(first=i, headline=headline, evidence={"cue": evidence})
    if then is not None:
        plan.evidence["then"] = then
    headline.role, headline.cue = "headline", "CLS005"
    # CLS015's, where the lines were merged or split off the block above
    kept = {k: headline.evidence[k] for k in ("title", "split_by", "text_above")
            if k in headline.evidence}
    headline.evidence = {"followed_by": evidence, **(shift or {}), **kept}
    if headline.title_lines > 1:
        headline.evidence["title_lines"] = headline.title_lines
    if parted == "CLS024":
        headline.cue = "CLS024"
        headline.evidence["over_title_stack"] = blocks[j].text[:12]
    elif parted:
        headline.cue = "CLS021"
        headline.evidence["over_title_in_own_box"] = blocks[j].text[:12]
    after = False
    for g in group:
        if g is headline:
            after = True
        elif after:
            g.role, g.cue = "subtitle", "CLS007"
            plan.subtitles.append(g)
        else:
            g.role, g.cue = "kicker", "CLS006"
            plan.kickers.append(g)
    for s in subtitles:
        s.role, s.cue = "subtitle", "CLS007"
        plan.subtitles.append(s)
    for b in bylines:
        plan.bylines.append(b)
    for c in blocks[j:k]:
        if c.role in ("caption", "furniture", "jump"):
            _place(plan, c, None)
    return plan, k


def _furniture_above(blocks: list[Block], i: int, rules: RuleSet, terminal: str) -> str | None:
    """CLS001: where only the page's furniture and captions stand above block i, and at
    most one line that _page_head makes the page's banner (a short line of its own that
    ends no sentence), that line's text ("" where there is none); None where anything
    else stands above. OCR reads the edition or staff line set beside the banner between
    the banner and the first title (扎实推动乡村全面振兴 / 责任编辑：胡军龙 / 小余叶手动大
    产业 / 立冬将至，…), and a page has one banner."""
    banner = None
    for b in blocks[:i]:
        if b.role in ("furniture", "caption"):
            continue
        if (not rules.on("CLS001") or banner is not None or b.role != "paragraph" or b.level
                or len(b.lines) != 1 or len(b.text) > rules.param("CLS001", "max_chars")
                or ends_sentence(b.text, terminal)):
            return None
        banner = b.text.strip()
    return banner or ""


def _alone_in_box(group: list[Block], rules: RuleSet) -> int | None:
    """CLS021: where a stack of plain title lines parts, on a double-spaced page (BLK008:
    the converter writes a blank line after each text box, none inside one): a title of
    a line or two alone in its box over a title line that opens a box of its own is no
    kicker of it. A kicker shares its headline's box; side by side, two boxes' titles
    are read across, one after the other. The count of lines above the part, or None."""
    if not rules.on("CLS021") or len(group) < 2 or group[0].box_starts is None:
        return None
    headline = group.index(_headline_of(group))
    for n in range(1, headline + 1):
        above, below = group[n - 1], group[n]
        if (above.opens_box() and below.opens_box()
                and len(above.lines) <= rules.param("CLS021", "max_lines")
                and display_width(above.text) >= rules.param("CLS021", "min_width")
                and not opens_with_dash(below.text)):
            return n
    return None


def _kickers_part(group: list[Block], rules: RuleSet) -> int | None:
    """CLS024: where a stack of two lines over its headline parts (where CLS021 has not
    parted it by its text boxes). A kicker is one line, set shorter than its headline, so
    of two lines over the headline the upper is the lower's kicker when the lower is the
    wider (新春走基层 / 全国大学生职业规划大赛总决赛落幕 / 地铁5号线二期…: the part under
    the pair), else a title of its own over the lower, the headline's kicker (全国首批老年
    助餐服务示范点名单公布 / 长江十年禁渔进入第五年 / 长江干流水质…: the part under the
    upper). A photo-news column's title (图片报道) is no kicker, and nor is a line that
    holds a clause mark or is shorter than `min_kicker_chars` (a wrapped kicker's tail).
    The count of lines above the part, or None."""
    if not rules.on("CLS024"):
        return None
    h = group.index(_headline_of(group))
    if h != 2 or any(opens_with_dash(g.text) for g in group[:h]):
        # (Three lines or more over the headline are no two titles' heads alone: a
        # paragraph's lines read among them, 市气象台首席预报员赵明 / 介绍，降雨将从13日上午开 /
        # 确保基本实现社会主义 / 现代化…, pymupdf-blocks gen-8508; which part is whose
        # cannot be told.)
        return None
    upper, lower = group[h - 2], group[h - 1]
    column = any(p.fullmatch(upper.text.strip())
                 for p in rules.param_patterns("CLS016", "column_titles"))
    if not column and display_width(lower.text) > display_width(upper.text):
        # (Both lines a title's then: a line holding a clause mark under a shorter one is
        # more likely a paragraph's, 市气象台首席预报员赵明 / 介绍，降雨将从13日上午开.)
        return None if any(_CLAUSE_MARK.search(g.text) for g in (upper, lower)) else h
    if (_CLAUSE_MARK.search(lower.text)
            or len(lower.text.strip()) < rules.param("CLS024", "min_kicker_chars")):
        return None  # (a kicker's wrapped tail: 老旧小区改造惠及千 / 家万户)
    return h - 1


def _edition_under_title(block: Block) -> bool:
    """CLS013: an edition line that heads.mark_heads found set under a title."""
    return block.cue == "CLS013" and "under_title" in block.evidence


def _stack(blocks: list[Block], i: int, belongs, rules: RuleSet) -> list[Block]:
    """The run of blocks from i on that `belongs` accepts (a title stack), CLS005's
    `max_title_stack` at most."""
    most = rules.param("CLS005", "max_title_stack")
    j = i
    while j < len(blocks) and j - i < most and belongs(blocks[j]):
        j += 1
    return blocks[i:j]


def first_section(text: str, rules: RuleSet) -> bool:
    """CLS010: whether a block is wholly the number of a text's first section (（一）), as
    CLS010's `first_section` reads it."""
    return rules.on("CLS010") and any(
        p.fullmatch(text.strip()) for p in rules.param_patterns("CLS010", "first_section"))


def whole_quotation(text: str) -> bool:
    """A line that is one quotation whole (“中国经济蕴含强大韧性和持久活力”): over a title
    line it is no first line of that title (which would not close its quotation at the
    break) and no kicker (a label, not a quotation), but a pull-quote or a section heading
    of the text above."""
    text = text.strip()
    return (len(text) > 2 and text[0] == "“" and text[-1] == "”"
            and "“" not in text[1:] and "”" not in text[:-1])


def tag_at_end(title: str, rules: RuleSet) -> str:
    """The column's tag a title ends in (…立体丰富的中国”（第一现场）), or ""."""
    k = max(title.rfind("（"), title.rfind("("))
    if k <= 0:
        return ""
    before = title[:k].rstrip()
    if (ends_sentence(before, terminal_marks(rules))
            and not (before.rstrip("”’」』")[-1:] in "？！?!"
                     and not _SENTENCE_END_INSIDE.search(before))):
        # A sentence ended before the brackets (…支持企业发展。（记者 王五）): a
        # paragraph's last line and its reporter, no headline (which may ask or exclaim).
        return ""
    tail = title[k:]
    return tail if column_tag(tail, rules) else ""


def column_tag(text: str, rules: RuleSet) -> bool:
    """Whether a bracketed text is a column's tag (（国际论坛）, （记者观察）): CLS016's
    `column_tag`, but no byline set in brackets (（本报记者 王五）), whose names are
    reporters', not a column's (CLS003's two tests)."""
    text = text.strip()
    if not any(p.fullmatch(text) for p in rules.param_patterns("CLS016", "column_tag")):
        return False
    if not rules.on("CLS003") or "surnames" not in rules["CLS003"].params:
        return True
    inside, byline = text[1:-1], rules["CLS003"]
    return not (byline.search(inside) and names_only(inside, byline))


def _cut_above(current: ArticlePlan, blocks: list[Block], i: int, rules: RuleSet,
               terminal: str) -> str | None:
    """CLS025: the end of the text right above block i, where it is a paragraph of the
    article that ends no sentence (photos' captions and the page's furniture between
    aside); else None.

    A section heading (小标题) stands between paragraphs: the text above it has ended its
    sentence. On a page set in OCR's blocks a paragraph is cut wherever OCR's block ends,
    by a photo's caption read into it or at a column's foot, and goes on in the next
    block, however short and title-like that block is (…他报了一 / 图@：一名应届毕业生… /
    个为期3个月的编程训练 / 营，每天从9点学到…). On the Tesseract dev sets' gold 1 of the
    111 lines the cleaner took for a section heading there was one, against 23 of 79
    after text that ended its sentence. A PDF extractor's text is cut so by a photo's
    caption set where the paragraph stopped (…在亚太经合组织第二十二次 / 图为… / 领导人非正式
    会议欢迎宴会上强调): on the dev sets (PyMuPDF) all 5 such lines that end no
    sentence (the only ones the caller weighs there) were paragraphs' pieces, unless
    `ocr_only`."""
    if not rules.on("CLS025") or not current.body:
        return None
    above = current.body[-1]
    if above.role != "paragraph" or above.index < i - 1 - rules.param("CLS025", "max_blocks_between"):
        return None
    if any(b.role not in ("caption", "furniture") for b in blocks[above.index + 1:i]):
        return None
    text = above.text.rstrip()
    if not text or ends_sentence(text, terminal):
        return None
    return text[-8:]


def _title_shaped(blocks: list[Block], i: int, rules: RuleSet, terminal: str) -> bool:
    """Whether block i, inside an article's text, is printed as a title line of its own:
    one line; a title's lines merged (CLS015, CLS017); two lines ending in a column's tag;
    or a title wrapped onto a tail after a finished paragraph (looked for past a kicker's
    line and a photo's caption, _text_above). A block whose last line fills the measure is
    a paragraph's, cut by a column, unless an onward jump marker stands above it (the text
    after one is another article's)."""
    block = blocks[i]
    tagged = _tagged_pair(block, rules)
    shaped = len(block.lines) == 1 or block.title_lines > 1 or tagged
    above = _text_above(blocks, i) if not shaped else blocks[i - 1]
    if not shaped and above.role == "paragraph":
        # (after a finished paragraph; a wrapped title also after a closed quotation)
        ended = ends_sentence(above.text, terminal)
        shaped = ((ended and _wrapped_tail(block, rules)) or (
            (ended or above.text.rstrip()[-1:] in "”’」』）)》")
            and _wrapped_title(block, rules, terminal)))
    return shaped and (not block.filled or tagged or _after_onward_jump(blocks, i, rules))


def _tagged_pair(block: Block, rules: RuleSet) -> bool:
    """Two printed lines that end in a column's tag: a title's, however full its last line
    and whether a photo cut it off the text or not, since a tag ends no paragraph's line
    (…带来巨大机 / 遇”（国际人士看中国“十四五”成就）)."""
    return len(block.lines) == 2 and bool(tag_at_end(block.text, rules))


def _text_above(blocks: list[Block], i: int, reach: int = 4) -> Block:
    """The block above block i that a title there follows: past a kicker's line right
    above it (走进产业园区 / 前三季度我国服务贸易稳中有 / 进) and a photo's caption or the
    page's furniture between (…成长过程。 / 图为游客在…摄 / 前三季度…), at most `reach`
    blocks up; else the block right above."""
    k = i - 1
    if (k > 0 and blocks[k].role == "heading" and len(blocks[k].lines) == 1
            and not blocks[k].level):
        k -= 1
    while k > 0 and i - k <= reach and blocks[k].role in ("caption", "furniture"):
        k -= 1
    return blocks[k] if i - k <= reach else blocks[i - 1]


def onward_jump(blocks: list[Block], n: int, rules: RuleSet) -> bool:
    """Whether block n is a marker that the text above it goes on elsewhere (（下转第20版）)."""
    return (0 <= n < len(blocks) and blocks[n].role == "jump"
            and jump_says(blocks[n].text, "onward", rules))


class _ContinuedFrom:
    """CLS016: `continued(i)`, the marker that the text right above block i comes from
    another page ((上接第五版)), where that text runs back to it through paragraphs,
    section headings, photos' captions and the page's furniture only: no head stands
    between, so it is one continued article's text. "" where it is not so (or
    `continued_text` is off). The marker is looked for `continued_reach` blocks up at
    most. Every title line of a long text asks, as segment reads the page down, so each
    answer starts from the last: the blocks read since are looked at, and where all of
    them read on, the look goes on from the block where the last one stopped (a block
    behind the one asked changes its role only where a head opens there, which stops the
    look sooner). Linear in the page."""

    def __init__(self, blocks: list[Block], rules: RuleSet):
        self.blocks, self.rules = blocks, rules
        self.on = bool(rules.param("CLS016", "continued_text"))
        self.reach = rules.param("CLS016", "continued_reach")
        self.asked = -1  # the block last asked about ...
        self.stop: int | None = None  # ... and where its look stopped (None: nowhere)

    def __call__(self, i: int) -> str:
        if not self.on:
            return ""
        low = max(0, i - self.reach)  # the look covers blocks low to i - 1 ...
        # ... of which the last look covered those under `asked`, where it was asked lower
        start = max(low, self.asked) if self.asked <= i else low
        stop = self._look(start, i)
        if stop is None and start > low and self.stop is not None and self.stop >= low:
            stop = self.stop if self._stops(self.stop) else self._look(low, start)
        self.asked, self.stop = i, stop
        if stop is None:
            return ""
        b = self.blocks[stop]
        return b.text.strip() if b.role == "jump" and jump_says(
            b.text, "from_elsewhere", self.rules) else ""

    def _stops(self, k: int) -> bool:
        """Whether block k ends the look up: a marker, or a block no continued text holds."""
        b = self.blocks[k]
        return b.role not in ("paragraph", "heading", "caption", "furniture") or bool(b.level)

    def _look(self, low: int, below: int) -> int | None:
        """The nearest block from below - 1 up to low that ends the look, or None."""
        return next((k for k in range(below - 1, low - 1, -1) if self._stops(k)), None)


def _after_onward_jump(blocks: list[Block], i: int, rules: RuleSet) -> bool:
    """Whether block i follows a marker that the article above goes on on another page."""
    return bool(i) and onward_jump(blocks, i - 1, rules)


def title_tail(text: str, rules: RuleSet) -> bool:
    """CLS015: a character or two alone on a line, no mark in them (…稳中有 / 进): a title's
    tail, wrapped short of the measure. A paragraph's last line that short ends its
    sentence with a mark."""
    text = text.strip()
    return len(text) <= rules.param("CLS015", "tail_chars") and _HAN_ONLY.fullmatch(text) is not None


def _wrapped_tail(block: Block, rules: RuleSet) -> bool:
    """A block of two printed lines, the second a title's tail (title_tail): a title
    wrapped short of the measure."""
    if len(block.lines) != 2 or not rules.on("CLS015"):
        return False
    first, tail = block.line_texts
    return title_tail(tail, rules) and not CLAUSE_MARK.search(first)


def _wrapped_title(block: Block, rules: RuleSet, terminal: str) -> bool:
    """CLS015: a block of two printed lines whose last is short and ends no sentence,
    with no clause mark but a subject's colon (南京浦口经济开发区：探索集成电 / 路国产化路径):
    no paragraph ends so, so a title wrapped, which the extractor's lines ran together."""
    if len(block.lines) != 2 or block.filled or not rules.on("CLS015"):
        return False
    text = block.text.rstrip()
    marks = rules.param("CLS015", "subject_marks")
    # (OCR reads the subject's colon as a space and an ASCII one, 开发区 : 探索集成电; after
    # a digit a colon is a time's, 10:30, no subject's.)
    return (not ends_sentence(text, terminal) and text[-1:] not in "”’」』\"'"
            and not leaves_open(text)
            and all(m.group() in marks and not after_digit(text, m.start())
                    for m in CLAUSE_MARK.finditer(text)))


_HAN_ONLY = regex.compile(r"\p{Han}+")
# A mark of a clause or sentence: no title line holds one at a break or in a title line
# set over a column's tag.
CLAUSE_MARK = regex.compile(r"[，。；：！？,.;:!?]")

_SENTENCE_END_INSIDE = regex.compile(r"[。；]")
_FULL_STOP_INSIDE = regex.compile(r"。[”’」』）)]*(?=\S)")


def _sentence_tail(blocks: list[Block], block: Block, terminal: str) -> bool:
    """Whether `block` is the tail of a sentence a photo's caption cut, no title: its
    words close a quotation or bracket they never opened, and past the captions (or
    furniture) right above it stands a paragraph that left one open mid-sentence
    (…“腿脚不好，…以后天天都能 / ▲11日，… 摄 / 下来遛弯了！”). (A title's line that
    closes what the line above opened is that title's wrapped tail, “开放的中国…带来
    巨大机 / 遇”（…）; OCR reads quotation marks as other marks, so nothing else is judged.)"""
    text = block.text.strip()
    if not _HAN.match(text):
        return False
    depth = 0
    for ch in text:
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            if not depth:
                break
            depth -= 1
    else:
        return False
    i = block.index
    if not (0 < i < len(blocks) and blocks[i] is block):
        return False
    k = i - 1
    while k >= 0 and blocks[k].role in ("caption", "furniture"):
        k -= 1
    if k < 0 or k == i - 1:
        return False
    above = blocks[k]
    return (above.role == "paragraph" and len(above.lines) > 1 and leaves_open(above.text)
            and not ends_sentence(above.text, terminal))


def parallel(upper: str, lower: str) -> bool:
    """Whether two title lines, or a line's two halves, are parallel phrases (白天躲高温 /
    夜晚逛夜市): Han characters only, as many in each."""
    upper, lower = upper.strip(), lower.strip()
    return (len(upper) == len(lower) and bool(_HAN_ONLY.fullmatch(upper))
            and bool(_HAN_ONLY.fullmatch(lower)))


def _parallel_phrases(text: str) -> bool:
    """Two parallel phrases a space apart on one line (对仗: 白天躲高温 夜晚逛夜市): a
    title's line, whatever its width says; no paragraph's line is set so."""
    halves = text.split()
    return len(halves) == 2 and len(halves[0]) >= 2 and parallel(*halves)


def _opens_no_title(text: str, rules: RuleSet) -> bool:
    """CLS005: whether a line opens as no title does, on a mark that closes or goes on or
    on a clause of one character (CLS005's `opens_no_title`: 声，亚吉铁路…, the tail of the
    word the line above cut). Such a line may go on with a title over it (——来自甘肃、河 /
    南、四川基层的调查), never open one."""
    return any(p.search(text.lstrip()) for p in rules.param_patterns("CLS005", "opens_no_title"))


def _plain_title(block: Block, rules: RuleSet, terminal: str) -> bool:
    """A title line without '#': a short paragraph block that does not end a sentence,
    or that asks or exclaims (a headline may end in ？ or ！, never in 。)."""
    text = block.text
    if block.title_lines > 1 and block.role == "paragraph":
        return True  # a title wrapped onto several lines, each vetted as a title line
    tagged = _tagged_pair(block, rules)
    if (block.cut and not tagged and not _parallel_phrases(text)) \
            or "after_open_mark" in block.start_evidence or (
            "ends_onward" in block.start_evidence) or "tail_after_cut" in block.start_evidence \
            or "read_on_from" in block.evidence:
        # a full printed line a footer cut off, the text after a caption that a line left
        # open on a mark (…老胡：“) or cut inside a word (…你会想到什 / 么？, CLS026's
        # `read_on_from`), or text that a marker says goes on on another page (当（下转第11
        # 版）): a paragraph's, not a title
        return False
    if block.role != "paragraph" or display_width(text) > rules.param(
            "CLS005", "max_plain_headline_chars") or dateline(text, rules):
        return False
    if text.rstrip()[-1:] in "，、；,;" or (len(block.lines) > 1 and block.filled and not tagged):
        return False  # a clause or lines cut off at a column's foot, not a title
    lines = block.line_texts
    if len(lines) >= 3 and len(lines) == len(block.lines) and not ends_sentence(
            text, terminal) and any(t.rstrip()[-1:] in "，、；,;" for t in lines[1:-1]):
        # Three lines or more, one inside ending on a clause mark, the last ending no
        # sentence: a paragraph's lines cut off (…做到 / “六不”：不私自下水游泳， / 不), no
        # title wrapped by its measure. (One that asks may be a section's heading.)
        return False
    if not ends_sentence(text, terminal):
        # (No title holds a full stop with words after it, 加装电梯并不容易。低层住户担心采光和:
        # a paragraph's first line, cut at its line's end.)
        return not _FULL_STOP_INSIDE.search(text)
    return text.rstrip("”’」』")[-1:] in "？！?!" and not _SENTENCE_END_INSIDE.search(text)


def jump_says(text: str, direction: str, rules: RuleSet) -> bool:
    """Whether a jump marker says the article goes on elsewhere ("onward") or comes
    from elsewhere ("from_elsewhere"), by JMP001's word lists (and their traditional forms)."""
    return any(p.search(text) for p in rules.param_patterns("JMP001", direction))


def _headline_of(group: list[Block]) -> Block:
    """The headline among stacked headings: the highest level; on a tie the last one,
    unless it opens with a dash (a subtitle's mark) or stands under one, since kickers
    stand above headlines, or is a character alone."""
    # (Nor a line under a subtitle: its wrapped end, ——写在江城晚报创刊70 / 周年之际.)
    undashed = [g for n, g in enumerate(group) if not opens_with_dash(g.text)
                and not (n and opens_with_dash(group[n - 1].text))] or group
    # A character alone is no headline (OCR: a subtitle's wrapped last character, a speck)
    undashed = [g for g in undashed if len("".join(g.text.split())) > 1] or undashed
    top = min(g.level or 7 for g in undashed)
    tied = [g for g in undashed if (g.level or 7) == top]
    return tied[-1]


_NAME = regex.compile(r"\p{Han}{2,4}")


def _byline_apart(current: ArticlePlan, blocks: list[Block], i: int, rules: RuleSet,
                  terminal: str) -> bool:
    """CLS014: a name alone between blank lines inside the text of an article that has no
    byline (…认识自我的一扇窗口。 / 赵佳洁 / 何为教育？…): OCR read the byline, set in a
    block of its own beside the title, after the text's first lines. Only a name of two
    to four Han characters, unspaced, between a paragraph that ended its sentence and a
    paragraph; not the last block of the page (a staff line's name, 责任编辑 / 曾宁华)."""
    from .heads import bare_byline  # heads imports this module

    block = blocks[i]
    if (not rules.on("CLS014") or current.bylines or not current.body or len(block.lines) != 1
            or not block.gap_before or i + 1 >= len(blocks) or not blocks[i + 1].gap_before
            or blocks[i + 1].role != "paragraph" or not _NAME.fullmatch(block.text.strip())):
        return False
    above = current.body[-1]
    return (above.role == "paragraph" and ends_sentence(above.text, terminal)
            and bare_byline(block.text, rules))


def _subtitle_over_byline(article: ArticlePlan, byline: Block, rules: RuleSet) -> None:
    """CLS007: a subtitle (a line opening with a dash) right over the article's first
    byline, both inside its text, is the article's subtitle: OCR read the head's lower
    lines apart from its title, after the text's first lines (委内瑞拉加强应对美军事威胁 /
    委内瑞拉总统马杜罗… / 一一一线蹲点见闻 / 本报记者 陈海琪 / 近期，…). A subtitle
    stands between a headline and its byline and nowhere else; under a subtitle or byline
    the article already has, the pair is another head (its title lost), left as it is."""
    if (not rules.on("CLS007") or article.headline is None or article.subtitles
            or article.bylines or not article.body):
        return
    above = article.body[-1]
    if (above.role not in ("paragraph", "heading") or above.level or len(above.lines) != 1
            or above.index + 1 != byline.index or not opens_with_dash(above.text)
            or len(above.text) > rules.param("CLS007", "max_chars")
            or not _signs_apart(above.text, rules)):
        return  # (——编 者: an editor's note's signature, over the next article's byline)
    article.body.pop()
    above.role, above.cue = "subtitle", "CLS007"
    above.evidence = {"over_byline": byline.text.strip()[:12], "read_apart": True}
    article.subtitles.append(above)


def _one_title(block: Block) -> bool:
    """A title alone in its block: one printed line, or a title's lines merged (CLS015)."""
    return len(block.lines) == 1 or block.title_lines > 1


def _subtitle_apart(blocks: list[Block], k: int, rules: RuleSet) -> bool:
    """CLS007: whether block k is a subtitle over the text (subtitle_over_text) whose words
    after the dash are at least `apart_min_chars`: an editor's note's signature (——编  者)
    opens with a dash too, and heads nothing."""
    text = blocks[k].text
    return (subtitle_over_text(blocks, k, rules)
            and not ends_sentence(text, terminal_marks(rules))
            and _signs_apart(text, rules))


def _signs_apart(text: str, rules: RuleSet) -> bool:
    """CLS007: whether a line opening with a dash says a subtitle's words after it (at
    least `apart_min_chars`, spaces aside), not an editor's signature (——编  者)."""
    words = "".join(text[dash_end(text):].split())
    return len(words) >= rules.param("CLS007", "apart_min_chars")


def subtitle_over_text(blocks: list[Block], i: int, rules: RuleSet) -> bool:
    """A subtitle (——…) on a line of its own with a title line above it and the text
    below: section headings have no subtitle, so it marks an article's head. At most
    CLS007's `dash_line_max_chars` long."""
    block = blocks[i]
    # (It may wrap onto a second line: ——来自基层一线的调 / 查.)
    if not (block.role == "paragraph" and len(block.lines) <= 2 and 0 < i < len(blocks) - 1
            and opens_with_dash(block.text)
            and len(block.text) <= rules.param("CLS007", "dash_line_max_chars")
            and not block.filled):
        return False
    k = i + 1
    specks = rules.param("CLS015", "specks_under_subtitle")
    while k < min(len(blocks) - 1, i + 1 + specks) and _speck_sized(blocks[k]):
        k += 1  # (OCR: the subtitle's last character wrapped alone, or a speck: 观 / 察 / 个)
    return blocks[k].role == "paragraph" and len(blocks[k].lines) > 1


def _speck_sized(block: Block) -> bool:
    return (block.role in ("paragraph", "furniture") and len(block.lines) == 1
            and 0 < len("".join(block.text.split())) <= 2)


def _place(article: ArticlePlan, block: Block, page: PagePlan | None) -> None:
    if block.role == "caption":
        article.captions.append(block)
    elif block.role == "furniture":
        if page is not None:
            page.furniture.append(block)
        else:
            article.evidence.setdefault("furniture", []).append(block)
    elif block.role == "byline":
        article.bylines.append(block)
    elif block.role == "jump":
        article.jumps.append(block)
    else:
        article.body.append(block)


def _page_head(pre: list[Block], page: PagePlan, rules: RuleSet, terminal: str) -> None:
    """CLS001: above the first headline, short unpunctuated lines are banner and furniture;
    paragraphs there are the tail of an article begun elsewhere, kept as a headless one."""
    headless = ArticlePlan(first=0, headline=None, evidence={"cue": "text above the first headline"})
    limit = rules.param("CLS001", "max_chars")
    for block in pre:
        if block.role == "caption":
            page.captions.append(block)
        elif block.role in ("furniture", "jump", "byline"):
            # No article yet: a names line here is a column's or section's, not a byline.
            page.furniture.append(block)
        elif (block.role in ("paragraph", "heading") and not headless.body
              and rules.on("CLS001") and len(block.text) <= limit
              and not ends_sentence(block.text, terminal)):
            if page.banner is None:
                block.role, block.cue = "banner", "CLS001"
                page.banner = block
            else:
                block.role, block.cue = "furniture", "CLS001"
                page.furniture.append(block)
        else:
            _place(headless, block, page)
    if headless.body or headless.captions:
        page.articles.insert(0, headless)
    for article in page.articles:
        for block in article.evidence.pop("furniture", []):
            page.furniture.append(block)


# A slogan's phrases set a space apart (坚定信心 实干争先 奋力谱写高质量发展新篇章).
SLOGAN = regex.compile(r"\p{Han}{3,}(?:[ \u3000]+\p{Han}{3,})+")


def _banner_over_first(page: PagePlan, pre: list[Block], rules: RuleSet) -> None:
    """CLS001: the page's first title stack may begin with the page's banner, a slogan
    set across the page above everything (奋进新征程 建功新时代): a kicker is one line, so
    the top of two lines stacked over the first headline is the banner, and so is one line
    of phrases set a space apart, and one over a title that is one quotation whole (CLS015
    found it: heads.mark_heads) and no narrower than it, when only furniture stands above
    it. Such a slogan
    outranks a short line above it that was taken for the banner (南岭报, a masthead as
    OCR reads it): that line is furniture then."""
    above = page.banner
    if (not rules.on("CLS001") or not page.articles
            or (above is not None and (above.cue != "CLS001" or SLOGAN.fullmatch(above.text)))
            or any(b.role not in ("furniture", "caption") and b is not above for b in pre)):
        return
    first = page.articles[0]
    if not first.kickers or first.kickers[0].index != first.first:
        return
    top = first.kickers[0]
    if above is not None and not SLOGAN.fullmatch(top.text):
        return
    # (A kicker is set shorter than its headline: a line over a quotation that is
    # narrower than it is the quotation's kicker, 走进产业园区 / “为全球自由区发展提供助力”;
    # a banner runs across the page, 在推进中国式现代化建设中走在前列 / “理解与信任才是基础”.)
    over_quotation = ("over_quotation" in top.evidence and first.headline is not None
                      and display_width(top.text) >= display_width(first.headline.text))
    if not (len(first.kickers) >= 2 or SLOGAN.fullmatch(top.text)
            or over_quotation or "alone_in_box" in top.evidence
            # (set apart from the head under it by a blank line and wider than its
            # line: heads._banner_apart)
            or "apart_over" in top.evidence):
        if above is None:
            # One line over the page's first headline, only furniture above it: a kicker
            # as the words read, but a banner set across the page reads the same in text
            # alone (the article's kicker_or_banner flag says so).
            top.evidence = dict(top.evidence, banner_or_kicker=True)
        return
    if above is not None:
        above.role, above.evidence = "furniture", {"under_banner": top.text[:12]}
        page.furniture.append(above)
    first.kickers.pop(0)
    top.role, top.cue = "banner", "CLS001"
    apart = ({"apart_over": top.evidence["apart_over"], "widths": top.evidence["widths"]}
             if "apart_over" in top.evidence else {})  # (why: heads._banner_apart)
    top.evidence = {"above_first_title": True, "kickers": len(first.kickers) + 1, **apart}
    page.banner = top


_CLAUSE = regex.compile(r"[^，。！？；：、,;:!?“”‘’（）()《》\s]+")
# The marks inside a clause's course (CLS024: no kicker holds one).
_CLAUSE_MARK = regex.compile(r"[，、；：,;:]")


def _coverage(text: str, below: str, rules: RuleSet) -> float | None:
    """CLS008's measure: the share of the characters of the text's clauses (those of
    `min_clause_chars` or more) that recur in `below`; None when it has no such clause."""
    clauses = [c for c in _CLAUSE.findall(text) if len(c) >= rules.param("CLS008", "min_clause_chars")]
    if not clauses:
        return None
    return sum(len(c) for c in clauses if c in below) / sum(len(c) for c in clauses)


def _repeated(text: str, below: list[str], rules: RuleSet) -> bool:
    """Whether the texts below repeat the text as a summary box's are repeated (CLS008)."""
    coverage = _coverage(text, "\n".join(below), rules) if rules.on("CLS008") else None
    return coverage is not None and coverage >= rules.param("CLS008", "min_coverage")


def _summary(article: ArticlePlan, rules: RuleSet) -> None:
    """CLS008: the blocks that open the body are a lead summary when the body repeats them,
    clause for clause (a summary box, or pull quotes set under the head, restates the
    article's key sentences)."""
    if not rules.on("CLS008"):
        return
    # A summary box or a few pull quotes: at most max_blocks of them (an article printed
    # twice must not make its first copy the summary).
    while len(article.body) >= 2 and len(article.summary) < rules.param("CLS008", "max_blocks"):
        first = article.body[0]
        if (first.role != "paragraph" or len(first.text) > rules.param("CLS008", "max_chars")
                or dateline(first.text, rules) or editor_note(first.text, rules)):
            # (An editor's note is the body's first paragraph, CLS011, whatever words the
            # text under it repeats: 编者按：近年来，古籍数字 / 图为… / 化工作稳步推进….)
            return
        coverage = _coverage(first.text, "\n".join(b.text for b in article.body[1:]), rules)
        if coverage is None or coverage < rules.param("CLS008", "min_coverage"):
            return
        first.role, first.cue = "summary", "CLS008"
        first.evidence = {"repeated_in_body": round(coverage, 2)}
        article.summary.append(first)
        article.body.pop(0)


def editor_note(text: str, rules: RuleSet) -> bool:
    """Whether a block opens with an editor's note's mark (编者按：, CLS011's patterns)."""
    return rules.on("CLS011") and bool(rules["CLS011"].search(text))
