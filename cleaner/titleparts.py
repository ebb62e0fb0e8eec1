"""LAY201: a large title's later line that OCR read apart from its first, put back.

Tesseract finds text blocks by the look of the page. A headline set large over a box's
columns may fall into two of them, and it then writes the title's first line, the text of
the box's first column, and only then the title's later line, alone between blank lines:

    澜湄职业教育培训
    本报曼谷10月19日电 (记者 孙广
    勇) 澜湄职业教育培训中心19日在泰国
    曼谷揭牌。中心由中国和泰国多所职业

    中心在曼谷揭牌

    院校共同建设，将面向澜湄流域国家开

The later line is put back at the end of the title's first (澜湄职业教育培训中心在曼谷揭牌),
before the text, as one layout edit (the rest of the cleaner then sees a title over its
dateline). Where the line over the text is the title's subtitle (——…), the line read
late is the title itself and goes on a line above the subtitle. It is done only where the
page says the two lines are one title:

- the first line stands alone, reads as a title (short, no sentence in it, no caption,
  byline or dateline, no edition line) and heads text: a paragraph, a caption or a dateline
  follows it, perhaps under its byline alone or the title's last piece alone (a title set
  across three columns: OCR reads the first and last column's pieces together, 今年将新建
  改扩建 / 1000所, and the middle one inside the text), and a subtitle;
- the later line stands alone between blank lines, reads as a title, holds no clause
  mark (a paragraph's line does), has no byline, dateline, credit or title line under it
  (then it is a head of its own), and is the first line alone that reads as a title
  below the first;
- its words are the text's between: at least `min_echo` pairs of Han characters of it
  (all but one of a shorter line's, 事威胁)
  are printed there, or there and in the text under it up to another byline or dateline
  (a headline's words are its lede's; another box's kicker read into the text shares
  none), and no byline or dateline stands in the text between (another article's text
  began there);
- and either the two characters across the break are a word the page's text prints
  (…县域商业发 / 展大会…: 发展, as CLS017 judges a title's break), or the text under the
  first line opens an article, with a dateline or under the title's byline alone (a signed
  head: 一个西班牙人对中 / 胡里奥.塞瓦略斯 / 不久前，…), and the later line cuts a sentence
  of it (…多所职业 / 中心在曼谷揭牌 / 院校共同建设…; …长期 / 习式现代化的观守 / 目标始终
  不变…): a section heading stands between sentences.

Looking for the later line, a paragraph's line OCR set alone is passed over (Tesseract
double-spaces a column's lines now and then: …中国民众在 / 复杂全球格局中的定位与选 / 择。):
it is as wide as the line of text over it, within a character, that line ends no
sentence, and a word spans its break into the line under it (选择).

A first line whose last clause after a comma holds no more than `open_tail` Han
characters (引领未来，中) is unfinished: no title ends on a clause of one character. That
says the two lines are one title in place of the echo and the word across, which OCR's
misread or lost character at the break takes away (引领未来，中 / … / 做对了什么: 国 lost).
The other tests stand (the later line alone and title-shaped, no byline or dateline under
it or in the text between, but for a name alone there, the title's own byline read into the
text at a column's top as its later line was: 引领未来，中 / … / 任仲平 / … / 做对了什么, or
the title's subtitle and byline read so together, one block of theirs, which go back under
the title with its later line: 引领未来，中 / … / ——来自三个省份的调研 / 任仲平 / … / 导做对了
什么). A first line ending on a longer clause (流动的艺术，联动: two characters may end a
title, 十年，巨变) is left to the echo and the word across. A first line that leaves a
quotation open, under a later line that opens by closing it (its only such mark), needs no
echo either: one title cut inside its quotation (大学生“村提 / … / "带火大山里的土货, OCR's
straight mark for the ”). A section's number alone under the first line ((一), a
commentary's) opens the text; the text is looked for under it, and so is a photo's caption
whole on the line under it (图为游客在景区参观游览。 (资料图片): it opens with its marker, so
the first line is no caption's first line over its credit).

OCR may read the title's tail first and its first line late (间开放 … 白余家博物馆推出夜):
where the line read first is the shorter and a word the page prints spans the break only
with the later line on top (夜间), the later line goes before it.

OCR may also read an unfinished first line early, inside another article's sentence
(…十几辆电动三轮车就 / 引领未来，中 / 从这里出发…; …启动新一轮农村 / “为全球自由 / 本报记者
马梅洋摄 / 公路提质增效行动…), and the later line where the head stands, over its byline or
dateline (习做对了什么 / 任仲平; 广发展提供助 / 力” / 本报记者 董泽扬). The first line then
goes down to the later one, as one layout edit (_read_early), where:

- the first line stands alone, reads as a title and is unfinished by its structure: a
  last clause of no more than `open_tail` characters, or a quotation it opens with its
  only mark (OCR may flip a closing mark, but not into a line's first character);
- it cuts a sentence: the text over it (past captions' blocks) ends none, and text that
  is no dateline or byline goes on under it;
- the later line is the next title-shaped line alone below it within `max_between`, with
  no clause mark and no gap of columns in it, no byline or dateline between; the text over it ends its sentence (a
  head stands between articles); it closes the first line's quotation with its only mark
  (with its tail of a character or two alone, 力”); and a byline or dateline is the next
  line under it.

LAY203 puts back a head OCR read out of order with its text: the page's first article's
head read inside its text, a head further down that cuts a sentence, and a title read under
its own subtitle and byline (——中埃农业合作项目见闻 / 本报驻埃及记者 沈小晓 / 沙漠里种出“中国
味道”), which goes back above the subtitle where nothing over the subtitle is a title's.

Pages where most lines stand alone between blank lines (pdfminer.six, PyMuPDF "blocks")
are left alone: their blank lines are no blocks of OCR's.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .blocks import (closes_quotation_alone, opens_quotation_alone, opens_with_dash,
                     quotation_closed_across)
from .classify import ends_sentence
from .heads import bare_byline
from .marks import terminal_marks
from .model import Edit
from .ocr import OcrPage
from .registry import RuleSet
from .structure import dateline
from .words import han_pairs, page_word

_HAN = regex.compile(r"\p{Han}")
_CLAUSE = regex.compile(r"[，、；：,;:]")
_GAP = regex.compile(r"[ \u3000]{3}")
_SENTENCE_INSIDE = regex.compile(r"[。；;！？!?](?=.)")
# (OCR may read the one character after the comma as a digit or letter: 引领未来 ,5.)
_LAST_CLAUSE = regex.compile(r"[，,](\p{Han}+|[0-9A-Za-z])$")


def rejoin(page: OcrPage | str, rules: RuleSet) -> list[Edit]:
    """LAY201: the layout edits that put a title's later line, read apart by OCR after
    the text under the title, back on the title's first line; [] when there are none.
    `page` is the page's OcrPage (layout.plan shares one with LAY202), or its text."""
    if not rules.on("LAY201"):
        return []
    if isinstance(page, str):
        page = OcrPage(page, rules)
    source, lines, starts = page.source, page.lines, page.starts
    if len(lines) > rules.param("LAY201", "max_lines"):
        return []
    if not page.in_blocks:
        return []  # a blank line after (nearly) every line (pdfminer.six): no OCR blocks
    facts = _Facts(page, rules)
    edits: list[Edit] = []
    last_end = -1
    t = 0
    while t < len(lines):
        found = _later_line(facts, t, source, rules)
        if found is None:
            early = _read_early(facts, t, rules) if starts[t] > last_end else None
            if early is not None:
                edit, t = early
                edits.append(edit)
                last_end = edit.end
            t += 1
            continue
        x, evidence = found
        start = starts[t] + len(lines[t].rstrip())
        if start <= last_end:
            t += 1
            continue
        prev = x - 1
        while not lines[prev].strip():
            prev -= 1
        # The title's later line goes to the end of its first; the blank line before it
        # goes with it, so the text it stood in closes up as before. Under a subtitle (a
        # dash opens it) the line is the title's own, and goes on a line above it.
        end = starts[x] + len(lines[x])
        kept_end = starts[prev] + len(lines[prev])
        if opens_with_dash(lines[t].strip()):
            start = starts[t]
            evidence["above_subtitle"] = True
            after = lines[x].strip() + "\n" + source[start:kept_end]
        elif evidence.get("tail_read_first"):
            start = starts[t]
            after = lines[x].strip() + source[start:kept_end]
        else:
            after = lines[x].strip() + source[start:kept_end]
        if "head_parts" in evidence:
            # (The subtitle and byline read into the text go under the title's first line,
            # wherever the edit puts it: after the later line read first, that line is in
            # the text taken. Their block and the blank line after it, however many spaces
            # it holds, go out of the text between.)
            sub, name = evidence.pop("head_parts")
            between = source[start:kept_end]
            lead = after[:len(after) - len(between)]
            title_end = starts[t] + len(lines[t].rstrip()) - start
            cut_from, cut_to = starts[sub] - start, starts[name + 2] - start
            after = (lead + between[:title_end] + "\n" + lines[sub].strip() + "\n"
                     + lines[name].strip() + between[title_end:cut_from] + between[cut_to:])
            evidence["subtitle_and_byline"] = [sub + 1, name + 1]
        before = source[start:end]
        evidence.update({"lines": [t + 1, x + 1], "title": [lines[t].strip(), lines[x].strip()]})
        edits.append(Edit("LAY201", start, end, before, after, rules["LAY201"].reason,
                          kind="layout", evidence=evidence))
        last_end = end
        t = x + 1
    head = [h for h in head_inside_text(facts, rules) if h.clear_of(edits)]
    return sorted(edits + head, key=lambda e: e.start) if head else edits


class _Facts:
    """What LAY201 asks of the page's lines, each computed once."""

    def __init__(self, page: OcrPage, rules: RuleSet):
        self.page = page
        self.lines = lines = page.lines
        self.rules = rules
        self.terminal = terminal_marks(rules)
        self.blank = page.blank
        self.alone = page.alone
        self._number = rules.param_patterns("CLS010", "enumerated")[0]
        self._title: dict[int, bool] = {}
        self._dateline: dict[int, bool] = {}
        self._caption: dict[int, bool] = {}
        self._plain: dict[int, bool] = {}
        self.longest = rules.param("LAY201", "max_chars")
        self.fewest = rules.param("LAY201", "min_han")
        self.specks = _specks(rules.param("LAY201", "specks"))
        # For each line n, the first line from n+2 on that stands alone between blank
        # lines (a title's later line can be no other), or one out of reach.
        nxt = len(lines) + rules.param("LAY201", "max_between") + 1
        self.next_alone = [nxt] * len(lines)
        for n in range(len(lines) - 1, -1, -1):
            if n + 2 < len(lines) and not self.blank(n + 2) and self.alone(n + 2):
                nxt = n + 2
            self.next_alone[n] = nxt

    def caption(self, n: int) -> bool:
        if n not in self._caption:
            text = self.lines[n].strip()
            self._caption[n] = bool(self.rules["CAP001"].search(text)
                                    or self.rules["CAP002"].search(text))
        return self._caption[n]

    def anchor(self, n: int) -> bool:
        """A byline or dateline: what stands under a headline."""
        return _anchor(self.lines[n].strip(), self.rules)

    def title(self, n: int) -> bool:
        """A line that reads as a title's: some Han characters, none of OCR's specks of
        marks, no sentence ended in or at it, short, no caption, byline or dateline."""
        if n not in self._title:
            self._title[n] = self._is_title(n)
        return self._title[n]

    def plain(self, n: int) -> bool:
        """The cheap half of `title`: short, some Han characters, no specks, no sentence."""
        if n not in self._plain:
            squeezed = "".join(self.lines[n].split())
            self._plain[n] = not (len(squeezed) > self.longest
                                  or _han_count(squeezed) < self.fewest
                                  or self.specks.search(squeezed)
                                  or ends_sentence(squeezed, self.terminal)
                                  or _SENTENCE_INSIDE.search(squeezed))
        return self._plain[n]

    def _is_title(self, n: int) -> bool:
        rules = self.rules
        text = self.lines[n].strip()
        if not self.plain(n):
            return False
        return not (rules["CAP001"].search(text) or rules["CAP002"].search(text)
                    or rules["CLS003"].search(text) or _anchor(text, rules))

    def furniture(self, n: int) -> bool:
        """A line of the page's furniture (an edition or date line, CLS002, CLS019)."""
        text = self.lines[n].strip()
        return any(self.rules.on(r) and self.rules[r].search(text) for r in ("CLS002", "CLS019"))

    def dateline(self, n: int) -> bool:
        if n not in self._dateline:
            self._dateline[n] = not self.blank(n) and bool(dateline(self.lines[n].strip(),
                                                                      self.rules))
        return self._dateline[n]

    def section_number(self, n: int) -> bool:
        """A line alone that is only a section's number ((一), under a commentary's byline;
        CLS010's `enumerated`): the text opens under it."""
        return self.alone(n) and bool(self._number.fullmatch("".join(self.lines[n].split())))

    def next_text(self, n: int) -> int:
        """The first line after n that is neither blank nor a caption's block nor a
        section's number alone, or -1."""
        k = n + 1
        while k < len(self.lines):
            if self.blank(k) or self.section_number(k):
                k += 1
            elif self.caption(k):
                while not self.blank(k):
                    k += 1
            else:
                return k
        return -1

    def block_end(self, n: int) -> int:
        """The last line of the block (lines between blank lines) line n opens."""
        while not self.blank(n + 1):
            n += 1
        return n


@lru_cache(maxsize=8)
def _specks(chars: str) -> regex.Pattern:
    return regex.compile("[" + regex.escape(chars) + "]")


def _name_alone(text: str, rules: RuleSet) -> bool:
    """A byline of names alone (任仲平, 裴  桐), no reporter's title (本报记者 李强: a
    report's, whose title stands over it)."""
    return bare_byline(text, rules) and not any(
        t.match(text) for t in rules.param_patterns("CLS003", "titles"))


def _anchor(text: str, rules: RuleSet) -> bool:
    return bool(dateline(text, rules) or bare_byline(text, rules))


def _pairs_less_one(text: str) -> int:
    """How many of a later line's pairs of Han characters the text must print, at most: all
    but one, and one at least. A tail of three characters holds two pairs, one of them
    across its own first character (事威胁: 威胁 is the lede's word, 事威 is none)."""
    return max(1, len(han_pairs(text)) - 1)


def _han_count(text: str) -> int:
    """Han characters in a short line."""
    return len(_HAN.findall(text))


def _later_line(f: _Facts, t: int, source: str, rules: RuleSet) -> tuple[int, dict] | None:
    """The title's later line for a first line at t, and the evidence; None."""
    lines = f.lines
    if f.blank(t) or f.next_alone[t] - t > rules.param("LAY201", "max_between"):
        return None  # (most lines of a page: no line alone below them within reach)
    under = t + 1
    # Alone, or (OCR sets no blank line between) right over a dateline.
    if not (f.blank(t - 1) if f.blank(under) else f.dateline(under)):
        return None
    if not f.plain(t):
        return None
    k = under
    while k < len(lines) and (f.blank(k) or f.section_number(k)):
        k += 1
    # A title set across three columns: OCR reads the first and the last column's pieces
    # together (今年将新建改扩下 / 1000所), the middle one inside its column's text. The
    # last piece, alone, stands in the head; the text comes under it.
    head_end, tail, signed = t, None, False
    if k < len(lines) and f.alone(k) and _tail_piece(f, k):
        head_end, tail = k, k
        k += 1
        while k < len(lines) and f.blank(k):
            k += 1
    if tail is None and k < len(lines) and f.alone(k) and bare_byline(lines[k].strip(), rules):
        # The byline alone under it (委内瑞拉加强应对美军 / 本报记者 陈海琪 / …): the head
        # goes on to it; the text comes under it.
        head_end, signed = k, True
        k += 1
        while k < len(lines) and f.blank(k):
            k += 1
    if k >= len(lines) or (f.blank(k + 1) and not f.dateline(k) and not f.caption(k)):
        return None  # a line alone under it (pdfminer.six sets every line so): no text
    if not f.title(t) or f.furniture(t):
        return None
    if (not f.blank(under) and f.caption(under)) or (
            f.blank(under) and under + 1 < len(lines)
            and rules["CAP002"].search(lines[under + 1].strip())
            and not rules["CAP001"].search(lines[under + 1].strip())):
        # A caption's first line, its credit under it; not over a caption whole on its line,
        # its marker first (图为游客在景区参观游览。 (资料图片)).
        return None
    body = f.next_text(head_end)
    if body < 0 or not (f.dateline(body) or f.block_end(body) > body):
        return None  # no text under it: no title's first line
    reach = rules.param("LAY201", "max_between")
    x = f.next_alone[head_end - 1] if head_end > t else f.next_alone[t]
    while x < len(lines) and x - t <= reach and not (f.plain(x) and f.title(x)
                                                     and not _column_line(f, x, source, rules)):
        x = f.next_alone[x - 1]  # the next line alone below x
    if x >= len(lines) or x - t > reach:
        return None
    if f.blank(x + 1) and x + 2 < len(lines) and (
            (f.alone(x + 2) and f.title(x + 2)) or rules["CAP002"].search(lines[x + 2].strip())):
        return None  # a title line under it (a kicker or headline of its own), or a credit
    below = f.next_text(x)
    if below >= 0 and below - x <= 2 and f.anchor(below):
        return None  # a byline or dateline under it: a headline of its own
    first, later = "".join(lines[t].split()), "".join(lines[x].split())
    if _CLAUSE.search(later) or _GAP.search(lines[t].strip()) or _GAP.search(lines[x].strip()):
        # A clause mark in it: a paragraph's line (…两党在坚). A column gap: two columns'
        # text side by side on the line (PyMuPDF sort=True), no title's line.
        return None
    whole = first + later + ("".join(lines[tail].split()) if tail is not None else "")
    if len(whole) > rules.param("CLS005", "max_plain_headline_chars"):
        return None
    # A headline's words are its lede's: the later line's pairs of Han characters printed
    # in the text between (聚焦高质量发展, another box's kicker read into this one, shares
    # none with it).
    between = "".join("".join(lines[k].split()) for k in range(head_end + 1, x)
                      if not f.blank(k) and not f.caption(k))
    echo = sorted({p for p in han_pairs(later) if p in between})
    if len(echo) < rules.param("LAY201", "min_echo"):
        # (The lede goes on under the later line, up to another article's byline or
        # dateline: its words count too, 夜晚逛夜市 over …逛夜市的人越来越多.)
        after = []
        for k in range(x + 1, min(len(lines), x + 1 + reach)):
            if f.blank(k) or f.caption(k):
                continue
            if f.anchor(k):
                break
            after.append("".join(lines[k].split()))
        lede = "".join(after)
        echo = sorted({p for p in han_pairs(later) if p in between or p in lede})
    open_end = _open_end(lines[t], rules)  # (an unfinished first line needs no echo)
    # (Nor does one whose quotation the later line closes: 大学生“村提 / … / "带火大山里的土货.)
    quoted = not open_end and quotation_closed_across(first, later)
    if not (open_end or quoted) and len(echo) < min(rules.param("LAY201", "min_echo"),
                                                    _pairs_less_one(later)):
        return None
    # (Under an unfinished first line, a name alone between is the title's own byline, read
    # into the text at a column's top as the title's later line was: 引领未来，中 / … /
    # 领会习近平总书记这一重要论 / 任仲平 / 断，… / 习做对了什么.)
    # (So is the title's subtitle and byline read so together, a block of their own: 引领
    # 未来，中 / … / ——来自三个省份的调研 / 任仲平 / … / 导做对了什么; they go back under
    # the title with its later line.)
    anchors = [n for n in range(_past_head(f, body, rules) + 2, x)
               if not f.blank(n) and not f.caption(n) and f.anchor(n)]
    parts = [n for n in anchors if open_end and _name_alone(lines[n].strip(), rules)
             and _under_subtitle(f, n)]
    if any(not (n in parts or open_end and f.alone(n) and _name_alone(lines[n].strip(), rules))
           for n in anchors) or len(parts) > 1:
        return None  # a byline or dateline in the text between: another article's text
    evidence: dict = {"echo": echo}
    if parts:
        evidence["head_parts"] = [parts[0] - 1, parts[0]]  # (its lines: subtitle, byline)
    if open_end:
        evidence["open_end"] = open_end
    if quoted:
        evidence["quotation_closed"] = [first[-4:], later[:4]]
    if tail is not None:
        evidence["last_piece"] = "".join(lines[tail].split())
    evidence.update(page_word(first, later, source, rules))
    if "word_across" not in evidence and len(first) < len(later):
        # OCR read the title's tail first (间开放 … 白余家博物馆推出夜): where a word spans
        # the break only with the later line on top (夜间), the later line is the title's
        # first and goes before it.
        flipped = page_word(later, first, source, rules)
        if "word_across" in flipped:
            evidence.update(flipped, tail_read_first=True)
    prev = x - 1
    while f.blank(prev) or f.caption(prev):
        prev -= 1
        if prev <= head_end:
            break
    # The text opens an article: a dateline under the head (past a title's last piece
    # over a subtitle, the subtitle, a byline), or the title's byline alone under it (a
    # signed head: 一个西班牙人对中 / 胡里奥.塞瓦略斯 / 不久前，…, Tesseract seed 15801).
    # (Under a signed head the text over the later line must be a column's, a block of
    # three lines or more: a title's block of two, another head's, cuts no sentence of it.)
    # It stands past the text's first block (OCR read the column's paragraphs before it):
    # a line alone right under the first block goes on with it (CLS025, a column's foot).
    # Nor is a later line its lede prints word for word (湄潭县秋茶采摘过半 over …获悉，湄潭
    # 县秋茶采摘过半。): that is a headline of its own (CLS016's echo_verbatim).
    opening = (f.dateline(_past_head(f, body, rules))
               or signed and _block_lines(f, prev) >= 3 and f.block_end(body) < prev
               and not _lede_repeats(f, x, later, reach)) and prev > head_end
    if opening and not ends_sentence("".join(lines[prev].split()), f.terminal):
        evidence["cuts"] = "".join(lines[prev].split())[-6:]
    return (x, evidence) if evidence.keys() & {"word_across", "cuts", "open_end",
                                               "quotation_closed"} else None


def _lede_repeats(f: _Facts, x: int, line: str, reach: int) -> bool:
    """The text under line x (past captions, up to a byline or dateline, `reach` lines at
    most) prints the line word for word."""
    after = []
    for k in range(x + 1, min(len(f.lines), x + 1 + reach)):
        if f.blank(k) or f.caption(k):
            continue
        if f.anchor(k):
            break
        after.append("".join(f.lines[k].split()))
    return line in "".join(after)


def _block_lines(f: _Facts, n: int) -> int:
    """How many lines the block (lines between blank lines) that holds line n has."""
    top = n
    while not f.blank(top - 1):
        top -= 1
    return f.block_end(n) - top + 1


def _column_line(f: _Facts, n: int, source: str, rules: RuleSet) -> bool:
    """Line n, alone, is a paragraph's line OCR set apart (Tesseract double-spaces a
    column's lines now and then: …中国民众在 / 复杂全球格局中的定位与选 / 择。): as wide as
    the line of text over it, within a character, which ends no sentence and is no line
    alone itself, and it reads on into the line under it, a word across the break (选择)
    as CLS017 judges one. A title's later line read into a column may be as wide (F助餐服务
    示和点名单 under …社区配), but the text under it goes on from the text over it."""
    above, below = _prev_line(f, n), _next_line(f, n)
    if above < 0 or f.alone(above) or below >= len(f.lines):
        return False
    over, here = "".join(f.lines[above].split()), "".join(f.lines[n].split())
    return (abs(len(over) - len(here)) <= 1 and not ends_sentence(over, f.terminal)
            and "word_across" in page_word(here, "".join(f.lines[below].split()), source, rules))


def _under_subtitle(f: _Facts, n: int) -> bool:
    """Line n ends a block of two lines whose first is a subtitle (——…): a head's subtitle
    and byline read together into the text at a column's top."""
    return (f.blank(n + 1) and not f.blank(n - 1) and f.blank(n - 2)
            and opens_with_dash(f.lines[n - 1].strip()))


def _read_early(f: _Facts, t: int, rules: RuleSet) -> tuple[Edit, int] | None:
    """LAY201: the edit that takes an unfinished title line OCR read early, inside another
    article's sentence, down to its later line over its byline or dateline, and the last
    line it moved; None."""
    lines, starts, source = f.lines, f.page.starts, f.page.source
    if f.blank(t) or not f.alone(t) or not f.plain(t) or not f.title(t) or f.furniture(t):
        return None
    first = "".join(lines[t].split())
    open_end = _open_end(lines[t], rules)
    quoted = opens_quotation_alone(first)
    if not (open_end or quoted):
        return None
    # It cuts a sentence: the text over it (past captions) ends none, and text goes on
    # under it (past a caption's lines, a credit OCR read into the text's block too).
    above = _text_above(f, t)
    below = t + 1
    while below < len(lines) and (f.blank(below) or f.caption(below)):
        below += 1
    if (above < 0 or f.alone(above) or ends_sentence("".join(lines[above].split()), f.terminal)
            or below >= len(lines) or f.alone(below) or f.dateline(below) or f.anchor(below)):
        return None
    reach = rules.param("LAY201", "max_between")
    x = f.next_alone[t]
    while x < len(lines) and x - t <= reach and not (f.plain(x) and f.title(x)):
        x = f.next_alone[x - 1]
    if x >= len(lines) or x - t > reach:
        return None
    if any(f.anchor(n) for n in range(t + 1, x) if not f.blank(n) and not f.caption(n)):
        return None  # another article's head between
    before = _text_above(f, x)
    if before > t and not ends_sentence("".join(lines[before].split()), f.terminal):
        return None  # the later line cuts a sentence too: no head of its own there
    later = "".join(lines[x].split())
    if _CLAUSE.search(later) or _GAP.search(lines[x]):
        return None
    last, tail = x, ""
    n = _next_line(f, x)
    if n < len(lines) and f.alone(n) and _TAIL.fullmatch("".join(lines[n].split())):
        last, tail = n, "".join(lines[n].split())  # (its tail alone: 广发展提供助 / 力”)
        n = _next_line(f, n)
    if n >= len(lines) or not f.anchor(n):
        return None  # no byline or dateline right under it: no head there
    whole = first + later + tail
    if quoted and not closes_quotation_alone(later + tail):
        return None  # (the quotation the first line opens is closed there, and only that)
    if len(whole) > rules.param("CLS005", "max_plain_headline_chars"):
        return None
    start, end = starts[t], starts[last] + len(lines[last])
    opens = t + 1
    while f.blank(opens):
        opens += 1
    rest = source[starts[opens]:starts[x]]  # (the text between, a caption's lines in it)
    after = rest + lines[t].strip() + lines[x].strip() + tail
    evidence = {"read_early": True, "lines": [t + 1, x + 1], "title": [first, later + tail],
                "cuts": "".join(lines[above].split())[-6:]}
    if open_end:
        evidence["open_end"] = open_end
    else:
        evidence["quotation_open"] = first[:6]
    return Edit("LAY201", start, end, source[start:end], after, rules["LAY201"].reason,
                kind="layout", evidence=evidence), last


def _next_line(f: _Facts, n: int) -> int:
    """The first line with text after line n (len(lines) where there is none)."""
    n += 1
    while n < len(f.lines) and f.blank(n):
        n += 1
    return n


def _prev_line(f: _Facts, n: int) -> int:
    """The last line with text before line n (-1 where there is none)."""
    n -= 1
    while n >= 0 and f.blank(n):
        n -= 1
    return n


def _past_captions(f: _Facts, n: int, stop: int) -> int:
    """The first line from n on, up to `stop`, that is neither blank nor in a caption's
    block (a line past `stop`, or len(lines), where there is none)."""
    while n < len(f.lines) and n <= stop:
        if f.blank(n):
            n += 1
        elif f.caption(n):
            n = f.block_end(n) + 1
        else:
            break
    return n


def _text_above(f: _Facts, n: int) -> int:
    """The last line of text over line n, past blank lines and captions' blocks (a block
    whose last line is a caption's, its credit: OCR may misread the caption's opening cue,
    下图 : …自家种 / 植的茶叶。…供图), or -1."""
    k = n - 1
    while k >= 0:
        if f.blank(k):
            k -= 1
        elif f.caption(k):
            while not f.blank(k):
                k -= 1
        else:
            return k
    return -1


_TAIL = regex.compile(r"\p{Han}{1,2}[”’」』）)]*")


def _open_end(line: str, rules: RuleSet) -> str:
    """The last clause of a title's first line when it is too short to end a title (引领未来，
    中: at most `open_tail` Han characters after the comma, or one digit or letter, OCR's
    reading of a Han character, 引领未来 ,5), else ''."""
    m = _LAST_CLAUSE.search("".join(line.split()))
    return m.group(1) if m and len(m.group(1)) <= rules.param("LAY201", "open_tail") else ""


def _tail_piece(f: _Facts, n: int) -> bool:
    """A title's last piece, alone: title-shaped, or a short run of digits and a
    measure word (1000所) OCR read as a piece of its own."""
    if opens_with_dash(f.lines[n].strip()):
        return False  # a subtitle (——…): the title read late goes above it, not here
    if f.title(n):
        return True
    return bool(_NUMBER_PIECE.fullmatch("".join(f.lines[n].split())))


_NUMBER_PIECE = regex.compile(r"[0-9０-９][0-9０-９.,，万亿]*\p{Han}{1,2}")


def _past_head(f: _Facts, n: int, rules: RuleSet) -> int:
    """The first line from n on that is none of a head's: no title's last piece over a
    subtitle (公布 / ——写在活动启动之际 / 本报北京…电), no subtitle, no byline."""
    for _ in range(3):
        if f.blank(n) or n + 1 >= len(f.lines):
            return n
        text = f.lines[n].strip()
        if not (opens_with_dash(text) or bare_byline(text, rules)
                or (f.title(n) and not f.blank(n + 1) and opens_with_dash(f.lines[n + 1].strip()))):
            return n
        n += 1
    return n


# --- LAY203: the first article's head read inside its text ------------------------------

def head_inside_text(f: _Facts, rules: RuleSet) -> list[Edit]:
    """LAY203: the layout edit that puts the page's first article's head back above its
    text, where OCR read the text's first lines before the head and set the head between
    two halves of a sentence (…国家 / 习科技 活力奔清 / 战略科技力量…; …名额就被一抢 /
    老年大学里的“银发”新生 / 图为… / ——来自基层一线的调查 / 而空。…); [] when there is none.

    Tesseract reads a page by the blocks it sees; a title set beside the top of its first
    column may come out after that column's first lines. No article's text stands under the
    page's furniture without a head (one continued from another page says so, 上接…), so
    text there, cut mid-sentence by title lines, a subtitle (——…) or a byline, was read
    ahead of them. Said only where:

    - the lines above the text are the page's furniture (edition, staff and date lines,
      masthead pieces), and the text is a paragraph's (two lines or more, clause marks),
      a dateline's opening it or not (a report's dateline stands under its head too);
    - the head is the first thing below that is no paragraph's or caption's: title lines
      alone between blank lines, then a subtitle and byline lines, right where a line that
      ends no sentence leaves the text (the head cut a sentence);
    - and the head is this text's: it holds a subtitle or a byline (the parts of an
      article's head; another box's title read into a text is a line alone, CLS020), or
      its title's pairs of Han characters are printed in the text (`min_echo`, LAY201's).

    The head's lines go, in their order, above the text's first line; captions stay where
    they are (the photo cut the paragraph). At the page's top the title's piece read further
    down, cutting another sentence of the same text (受台风外 / … / 局影响 明起我市有强降厌),
    goes on the title's line in the same edit (_later_piece): LAY201 cannot put it there, as
    its edit would land after the text this one moves. A title read under its own subtitle and byline
    goes back above them (_titles_under_heads).

    `f` is rejoin's: the page's line facts, on a page it found set in OCR's blocks."""
    if not rules.on("LAY203"):
        return []
    lines = f.lines
    source, starts = f.page.source, f.page.starts
    first = _first_head(f, source, starts, rules)
    edits = [first] if first is not None else []
    m = 0
    # Further down the page, a head with a subtitle or byline (an article's own parts)
    # that cuts a sentence: the text it cut was read ahead of it too.
    while m < len(lines):
        if f.blank(m) or not f.alone(m) or not f.title(m):
            m += 1
            continue
        found = _head_at(f, m, rules)
        if found is None or "subtitle" not in found[2]:
            m += 1
            continue  # (only a subtitle says so there: a name alone may be anything's)
        head, titles, parts = found
        cut = m - 1
        while cut >= 0 and (f.blank(cut) or f.caption(cut)):
            cut = cut - 1
        if cut < 0 or f.alone(cut) or ends_sentence("".join(lines[cut].split()), f.terminal):
            m = head[-1] + 1
            continue  # no sentence cut: a head between articles
        start = cut
        while start > 0 and not f.blank(start - 1):
            start -= 1
        # Back over the blocks above while the one above leaves its sentence open too.
        while True:
            prev = start - 1
            while prev >= 0 and f.blank(prev):
                prev -= 1
            if (prev < 0 or f.alone(prev) or f.caption(prev) or f.title(prev)
                    or ends_sentence("".join(lines[prev].split()), f.terminal)):
                break
            start = prev
            while start > 0 and not f.blank(start - 1):
                start -= 1
        cut_text = "".join("".join(lines[k].split()) for k in range(start, cut + 1))
        if (start == cut or not _CLAUSE.search(cut_text) or f.dateline(start)
                or _anchor(lines[start].strip(), rules) or opens_with_dash(lines[start].strip())):
            m = head[-1] + 1
            continue
        edit = _head_edit(f, source, starts, start, cut, head, titles, parts,
                          start + rules.param("LAY203", "max_between"), rules)
        if edit is not None and edit.clear_of(edits):
            edits.append(edit)
        m = head[-1] + 1
    for edit in _titles_under_heads(f, rules):
        if edit.clear_of(edits):
            edits.append(edit)
    return sorted(edits, key=lambda e: e.start)


def _titles_under_heads(f: _Facts, rules: RuleSet) -> list[Edit]:
    """LAY203 under a head with no title: the edits that put a title OCR read under its
    subtitle and byline (——中埃农业合作项目见闻 / 本报驻埃及记者 沈小晓 / 沙漠里种出“中国
    味道” / 清晨，…) back above the subtitle.

    A subtitle (——…) is printed under its title. Where the line over it is none (the text
    over it ends a sentence, past a speck OCR read off a photo, 光, \\), its title was read
    elsewhere: the first line alone under the head that reads as a title, between
    sentences (right under the head, or after a paragraph that ends one), with text and
    no byline, dateline or subtitle under it, whose words are the text's (`min_echo` of
    its pairs of Han characters, LAY201's, printed in the text under the head). The text
    over the subtitle must close an article with a head of its own: where it is one
    paragraph under a title line alone (委内瑞拉加强应对美军事威胁 / 委内瑞拉总统… / ——一线
    蹲点见闻), the subtitle is that title's, read under the text's first paragraph."""
    lines, source, starts = f.lines, f.page.source, f.page.starts
    most = rules.param("BLK011", "max_chars")
    reach = rules.param("LAY203", "max_between")
    edits: list[Edit] = []
    for s in range(len(lines)):
        text = lines[s].strip()
        if (f.blank(s) or not f.blank(s - 1) or not opens_with_dash(text)
                or _SENTENCE_INSIDE.search("".join(text.split()))):
            continue
        above = _prev_line(f, s)
        if above >= 0 and f.alone(above) and len("".join(lines[above].split())) <= most:
            above = _prev_line(f, above)  # (past a speck alone, read off a photo)
        if above < 0 or f.alone(above) or not ends_sentence(
                "".join(lines[above].split()), f.terminal):
            continue  # a title's line, or no text, over the subtitle
        top = above
        while not f.blank(top - 1):
            top -= 1
        over = _prev_line(f, top)
        if over >= 0 and f.alone(over) and f.title(over) and not f.dateline(top):
            continue  # one paragraph under a title alone: the subtitle may be that title's
        # The head: the subtitle and the byline under it, in one block (a signature,
        # ——编者, stands alone under an editor's note).
        end = s
        while not f.blank(end + 1) and _byline_line(lines[end + 1].strip(), rules) \
                and not f.dateline(end + 1):
            end += 1
        if end == s or not f.blank(end + 1):
            continue
        last_text, found = end, -1
        x = _past_captions(f, end + 1, s + reach)
        while x < len(lines) and x - s <= reach:
            line = lines[x].strip()
            if opens_with_dash(line) or f.anchor(x):
                break  # another head
            if f.alone(x) and f.title(x):
                if last_text == end or ends_sentence("".join(lines[last_text].split()),
                                                     f.terminal):
                    found = x
                break
            last_text = f.block_end(x)
            x = _past_captions(f, last_text + 1, s + reach)
        if found < 0:
            continue
        below = f.next_text(found)
        if below < 0 or f.anchor(below) or opens_with_dash(lines[below].strip()) or (
                f.alone(below) and f.title(below)):
            continue  # a head of its own, or no text, under it
        title = "".join(lines[found].split())
        body = "".join("".join(lines[k].split()) for k in range(end + 1, min(len(lines), s + reach))
                       if k != found and not f.blank(k) and not f.caption(k))
        echo = sorted({p for p in han_pairs(title) if p in body})
        if len(echo) < rules.param("LAY201", "min_echo"):
            continue
        kept: list[str] = []
        for m in range(s, found):
            if not lines[m].strip() and kept and not kept[-1].strip():
                continue
            kept.append(lines[m])
        while kept and not kept[-1].strip():
            kept.pop()
        start, stop = starts[s], starts[found] + len(lines[found])
        after = lines[found].strip() + "\n\n" + "\n".join(kept)
        edits.append(Edit("LAY203", start, stop, source[start:stop], after,
                          rules["LAY203"].reason, kind="layout",
                          evidence={"title_under_head": True, "lines": [s + 1, found + 1],
                                    "title": title, "echo": echo,
                                    "over": "".join(lines[above].split())[-6:]}))
    return edits


def _first_head(f: _Facts, source: str, starts: list[int], rules: RuleSet) -> Edit | None:
    """LAY203 at the page's top: the first article's head read inside its text; None."""
    lines = f.lines
    texts = [n for n in range(len(lines)) if not f.blank(n)]
    masthead = rules.param("LAY203", "masthead_chars")
    furniture = [rules[r] for r in ("CLS002", "CLS019") if rules.on(r)]
    top = 0
    for n in texts:
        squeezed = "".join(lines[n].split())
        if len(squeezed) <= masthead and not _CLAUSE.search(squeezed):
            continue
        if any(r.search(lines[n].strip()) for r in furniture):
            continue
        top = n
        break
    else:
        return None
    first_end = f.block_end(top)
    text0 = "".join("".join(lines[k].split()) for k in range(top, first_end + 1))
    # (A dateline may open the text: under the page's furniture a dated report has no
    # head above it either, 海滨晚报讯 (记者 陈 阳) 记 / 者从…影响，13日至14日， / 受台风外 /
    # 我市将出现…. A byline alone there is no text's first line.)
    if (first_end == top or not _CLAUSE.search(text0)
            or (_anchor(lines[top].strip(), rules) and not f.dateline(top))
            or opens_with_dash(lines[top].strip()) or f.caption(top)):
        return None
    reach = top + rules.param("LAY203", "max_between")
    # Past the text's blocks (and captions) to the first that is neither.
    last_text = first_end
    n = _past_captions(f, first_end + 1, reach)
    while n < len(lines) and n <= reach:
        end = f.block_end(n)
        if end > n and not opens_with_dash(lines[n].strip()) and not _anchor(
                lines[n].strip(), rules):
            last_text = end  # a paragraph's block
            n = _past_captions(f, end + 1, reach)
            continue
        break
    if n >= len(lines) or n > reach:
        return None
    if ends_sentence("".join(lines[last_text].split()), f.terminal):
        return None  # the text ended a sentence: what follows is another article's
    found = _head_at(f, n, rules)
    if found is None:
        return None
    head, titles, parts = found
    if not titles and f.dateline(top):
        return None  # (a byline or subtitle alone cutting a dated text opens the next article)
    later = _later_piece(f, top, head, titles, reach, rules) if titles and not parts else None
    return _head_edit(f, source, starts, top, last_text, head, titles, parts, reach, rules,
                      later=later)


def _later_piece(f: _Facts, top: int, head: list[int], titles: list[str], reach: int,
                 rules: RuleSet) -> int | None:
    """LAY203 at the page's top: the line of the first head's title that OCR read further
    down, alone, cutting another sentence of the same text (受台风外 / 我市将出现… / …
    一般为50至 / 局影响 明起我市有强降厌 / 100毫米…: a title set over two columns, each
    piece read inside its column's text), or None. It is the first line alone under the
    head that reads as a title, holds no clause mark, stands between two halves of a
    sentence with no byline, dateline or subtitle in the text between, and whose words are
    the text's (`min_echo` of its pairs of Han characters, LAY201's); the title is no
    longer than CLS005's plain headline."""
    lines = f.lines
    x = f.next_alone[head[-1]]
    while x < len(lines) and x <= reach and not (f.plain(x) and f.title(x)):
        x = f.next_alone[x - 1]
    if x >= len(lines) or x > reach:
        return None
    later = "".join(lines[x].split())
    if _CLAUSE.search(later) or _GAP.search(lines[x].strip()) or len(
            "".join(titles) + later) > rules.param("CLS005", "max_plain_headline_chars"):
        return None
    prev = x - 1
    while prev > head[-1] and (f.blank(prev) or f.caption(prev)):
        prev -= 1
    if prev <= head[-1] or ends_sentence("".join(lines[prev].split()), f.terminal):
        return None  # no sentence cut: a section's heading, or another box's title
    below = f.next_text(x)
    if (below < 0 or f.anchor(below) or opens_with_dash(lines[below].strip())
            or f.alone(below) and f.title(below)):
        return None  # a head of its own, or no text, under it
    if any(f.anchor(k) or opens_with_dash(lines[k].strip()) for k in range(head[-1] + 1, x)
           if not f.blank(k) and not f.caption(k)):
        return None  # another article's head between
    text = "".join("".join(lines[k].split()) for k in range(top, min(len(lines), reach))
                   if k != x and k not in head and not f.blank(k) and not f.caption(k))
    if len({p for p in han_pairs(later) if p in text}) < rules.param("LAY201", "min_echo"):
        return None
    return x


def _head_at(f: _Facts, n: int, rules: RuleSet) -> tuple[list[int], list[str], list[str]] | None:
    """LAY203: the head that opens at line n (title lines, alone or over the subtitle and
    byline lines of a block, captions between), with text going on under it: its lines,
    its titles' texts and its other parts; None."""
    lines = f.lines
    head: list[int] = []
    titles: list[str] = []
    k = n
    while k < len(lines) and f.alone(k) and f.title(k):  # title lines alone
        head.append(k)
        titles.append("".join(lines[k].split()))
        k += 1
        while k < len(lines) and (f.blank(k) or f.caption(k)):
            k = f.block_end(k) + 1 if f.caption(k) else k + 1
    parts: list[str] = []
    opening = k
    while k < len(lines) and not f.blank(k):
        line = lines[k].strip()
        squeezed = "".join(line.split())
        if opens_with_dash(line) and not _SENTENCE_INSIDE.search(squeezed) and "subtitle" not in parts:
            parts.append("subtitle")
        elif _anchor(line, rules) and not f.dateline(k):
            parts.append("byline")
        elif (head and not parts and k == opening and f.plain(k) and f.title(k)
              and k + 1 < len(lines) and opens_with_dash(lines[k + 1].strip())):
            titles.append(squeezed)  # a title's last line over its subtitle (…/ 未来 / ——…)
        else:
            break
        head.append(k)
        k += 1
    if not head or k >= len(lines):
        return None
    after = k
    while after < len(lines) and f.blank(after):
        after += 1
    if after >= len(lines) or f.caption(after) or f.title(after) and f.alone(after):
        return None  # no text goes on under the head
    return head, titles, parts


def _byline_line(text: str, rules: RuleSet) -> bool:
    """A byline's line under a subtitle: a reporter's (本报驻埃及记者 沈小晓), names alone
    (李洪兴), or short names a gap apart, which OCR may set one space apart (刘博 孙悦)."""
    return bool(_anchor(text, rules) or rules["CLS003"].search(text)
                or (len(text) <= rules.param("CLS014", "max_chars") and _NAMES.fullmatch(text)))


_NAMES = regex.compile(r"\p{Han}{2,4}(?:[ \u3000]+\p{Han}{1,4})+")


def _head_edit(f: _Facts, source: str, starts: list[int], top: int, last_text: int,
               head: list[int], titles: list[str], parts: list[str], reach: int,
               rules: RuleSet, later: int | None = None) -> Edit | None:
    """LAY203's edit: the head's lines moved above line `top`, the text's first; None
    where the head has no subtitle or byline and its titles' words are not the text's.
    `later`: the title's piece read further down (_later_piece), put back on the end of
    the head's last title line, out of the text it cut."""
    lines = f.lines
    evidence: dict = {"lines": [h + 1 for h in head], "text_from": top + 1,
                      "cut": "".join(lines[last_text].split())[-6:]}
    if later is not None:
        evidence["later_piece"] = {"line": later + 1, "text": lines[later].strip()}
    if parts:
        evidence["parts"] = parts
    else:
        body = "".join("".join(lines[m].split()) for m in range(top, min(len(lines), reach))
                       if not f.blank(m) and m not in head)
        echo = sorted({p for t in titles for p in han_pairs(t) if p in body})
        if len(echo) < rules.param("LAY201", "min_echo"):
            return None
        evidence["echo"] = echo
    last = head[-1] if later is None else later
    start, end = starts[top], starts[last] + len(lines[last])
    moved = set(head) | ({later} if later is not None else set())
    kept: list[str] = []
    for m in range(top, last + 1):
        if m in moved or (not lines[m].strip() and kept and not kept[-1].strip()):
            continue  # (a blank line left doubled by a moved line goes too)
        kept.append(lines[m])
    while kept and not kept[-1].strip():
        kept.pop()
    # (Lines that stood apart stay apart: a title line alone, the subtitle and byline
    # under it a block of their own. The title's later piece goes on its last line.)
    tail = {head[-1]: lines[later].strip()} if later is not None else {}
    new = "".join(lines[h].strip() + tail.get(h, "") + ("\n" if h + 1 in head else "\n\n")
                  for h in head) + "\n".join(kept)
    return Edit("LAY203", start, end, source[start:end], new, rules["LAY203"].reason,
                kind="layout", evidence=evidence)
