"""Article heads in printed lines (stage structure, before the page is divided).

A PDF extractor gives a title as the lines it was printed on, and a byline as a bare line
of names. Under every title an article-print PDF sets an edition line (《人民日报》（2025年
10月20日 第 05 版）); a page sets a byline or a dateline. Those are the anchors: above one,
name-shaped lines are the byline (CLS014) and the short unpunctuated lines above those are
the title, one headline however many lines it wrapped onto (CLS015).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Container
from dataclasses import replace

import regex

from . import lexicon
from .assemble import block_text
from .blocks import (_HAN, CLOSERS, FOREIGN_NAME as _FOREIGN_NAME, OPENERS, PAIRED_QUOTE,
                     _number_goes_on, display_width, leaves_open, opens_with_dash)
from .classify import NAME_SEPARATORS, ends_sentence, names_only
from .marks import after_digit, terminal_marks
from .model import Block
from .registry import RuleSet
from .structure import (SLOGAN, column_tag, dateline, parallel, subtitle_over_text,
                        tag_at_end, title_tail, whole_quotation)
from .words import block_word, listed_across, paragraph_pairs_once, word_across

_SPACED = regex.compile(r"\S\s+\S")
_LABEL = regex.compile(r"[（(]\p{Han}{2,12}(?:[·・]\p{Han}{2,12})*[）)]")
_PUNCT = regex.compile(r"[^\p{Han}\s\u3000·・.．、，,/／]")
# A straight quotation mark beside Han text is OCR's reading of a curly one (乡村道路上的'绿
# 牌车"多了 for …“绿牌车”…), which Chinese text sets as wide as a character.
_STRAIGHT_QUOTE = regex.compile(r"(?<=[\p{Han}“”‘’])[\"']|[\"'](?=[\p{Han}“”‘’])")
_QUOTES = regex.compile(r"[“”‘’]|" + _STRAIGHT_QUOTE.pattern)
_HAN_WORD = regex.compile(r"\p{Han}{1,3}")
_HAN_RUN = regex.compile(r"\p{Han}+")
_SENTENCE_INSIDE = regex.compile(r"[。！？；]")
# A number with its unit (24小时, 1000所): no kicker's label nor a headline of its own.
_QUANTITY = regex.compile(r"[0-9０-９][0-9０-９.,，%％]*\p{Han}{0,2}")
_STOP_INSIDE = regex.compile(r"[。；;]")
# The marks of a clause left open (a title line ends on none of them: _TITLE_STOP).
_CLAUSE_MARK = regex.compile(r"[，、；：,;:]")
# Two boxes' lines on one row, a gap of blank apart (a title beside another title).
_GAP = regex.compile(r"\S(?:\s{2,}|\u3000)\S")


def bare_byline(text: str, rules: RuleSet) -> bool:
    """CLS014's test: a short line of names alone (李洪兴, 裴  桐, 张成虎  高睿凯,
    玛丽娜·拉古什) or of a reporter's title alone (新华社记者).

    >>> from cleaner.registry import default_rules
    >>> r = default_rules()
    >>> [bare_byline(t, r) for t in ("李洪兴", "裴  桐", "玛丽娜·拉古什", "新华社记者", "全国秋粮收获近七成")]
    [True, True, True, True, False]
    >>> [bare_byline(t, r) for t in ("刘博 孙悦", "刘博", "时代 风采", "安全 时代")]
    [True, False, False, False]
    """
    if not rules.on("CLS014") or not text or len(text) > rules.param("CLS014", "max_chars"):
        return False
    if _PUNCT.search(text):
        return False
    tokens = [t for t in NAME_SEPARATORS.split(text) if t]
    if sum(map(len, tokens)) < 2:
        return False  # (no name is one character: 路 under …之 is a title's tail)
    if tokens and all(_FOREIGN_NAME.fullmatch(t) for t in tokens):
        return True
    byline = rules["CLS003"]
    if any(len(t) == 2 for t in tokens) and not _gap_lost(
            tokens, byline, rules, rules.param("CLS014", "pairs_gap_lost")):
        # Papers set a two-character name spaced (裴  桐), level with three-character
        # ones: an unspaced pair (安全, 时代) is a word, not a name.
        return False
    if "surnames" not in byline.params:
        return False
    if names_only(text, byline):
        titles = rules.param_patterns("CLS003", "titles")
        return not any(len(t) == 4 and not _four_name(t, byline, titles) for t in tokens)
    titles = rules.param_patterns("CLS014", "titles_alone")
    return any(t.fullmatch(text) for t in titles)


def _four_name(token: str, byline, titles) -> bool:
    """CLS014: four characters alone are a name after a compound surname (欧阳明远) or two
    names whose gap OCR lost (李非黄婧, the third character a surname too), or a reporter's
    title (本报记者); else they are a title's words (和逛夜市, under 白天躲高温 夜晚), whatever
    surname they open with."""
    params = byline.params
    return (token[:2] in params.get("compound_surnames", ())
            or token[2] in params.get("surnames", "")
            or any(t.match(token) for t in titles))


def _gap_lost(tokens: list[str], byline, rules: RuleSet, pairs_apart: bool = False) -> bool:
    """CLS014: a pair that is a spaced name whose gap OCR lost (李非 黄 寻 for 李  非  黄  婧):
    the line's other names are spaced, a character a token, or stand beside a name of three
    characters, or (`pairs_apart`) are such pairs too, none a word the word list knows, and
    the pair opens with a surname."""
    surnames = byline.params.get("surnames", "")
    singles = sum(1 for t in tokens if len(t) == 1)
    # (Or beside a three-character name, each token opening with a surname: 刘博 孙人锐 for
    # 刘  博  孙人锐, two names no word is.)
    beside_name = len(tokens) >= 2 and any(len(t) == 3 for t in tokens) and all(
        t[0] in surnames for t in tokens)
    # (Or pairs alone, a gap apart, none a word of the word list: OCR lost the narrow gap
    # inside each name and kept the wider one between them, 刘博 孙悦 for 刘  博  孙  悦;
    # 安全 时代 are words, though each opens with a surname.)
    pairs = pairs_apart and len(tokens) >= 2 and all(
        len(t) == 2 and t not in lexicon.common(rules).logp for t in tokens)
    return ((singles >= 2 or beside_name or pairs)
            and all(t[0] in surnames for t in tokens if len(t) == 2))


def put_right(blocks: list[Block], rules: RuleSet, style: str, ocr: bool = False) -> list[Block]:
    """The blocks that a converter ran together or set apart around a head, put right
    before heads are marked: a subtitle or a title line read on into the block above, a
    kicker read on into its headline (CLS015), a byline's wrapped last name (CLS014).
    (`ocr`: the page is set in OCR's blocks, blocks.set_in_ocr_blocks.) Returns the
    blocks, renumbered where split or joined."""
    if style != "wrapped":
        return blocks
    if rules.on("CLS015"):
        blocks = _split_run_together(blocks, rules, terminal_marks(rules), ocr)
    if rules.on("CLS014"):
        blocks = _join_wrapped_names(blocks, rules)
    return blocks


# A paragraph's first clause, up to its comma (no sentence or colon in it): one that holds
# no Han character (8.2% ，其中出口增长…) opens no paragraph; a number's clause goes on from
# the line above (进出口总额同比增长 / 8.2% ，…).
_FIRST_CLAUSE = regex.compile(r"[^，,；;：:。！？\n]{1,12}[，,；;]")


def mark_reading_on(blocks: list[Block], rules: RuleSet, words: Counter) -> None:
    """CLS026: on a page set in OCR's blocks, a line alone that reads on into the
    paragraph under it (past photos' captions) is that paragraph's line, no title.

    OCR ends a block wherever the page's look changes, so a paragraph's line may stand
    alone over a photo's caption, its text going on under the caption (中方技术团队负责人王
    立军介 / 图为…摄 / 绍，项目采用…). Short and ending no sentence, it reads as a title: a
    new article's where the text under it turns to another subject (CLS016), or the
    headline under a real title taken for its kicker. It reads on where the text under it
    opens on one of JOIN001's `opening_clause` marks or on a clause of one character (绍，),
    which no paragraph and no title opens with, or, past a caption, where the break falls
    inside a word the page's paragraphs print or the word list knows (介绍; a title's lines
    OCR set apart meet in a word too, 一张报纸，陪伴一座 / 城市七十年, but no caption stands
    between them), or where the text under it opens on a clause of no Han character
    (进出口总额同比增长 / 8.2% ，其中…: a number's clause opens no paragraph). Only a line as
    wide as the text's lines, less a first line's dropped
    indent (BLK009's `dropped_indent` and `band`), the widest line of the paragraphs among
    the `measure_blocks` blocks OCR read under it, from the one it reads on into, being
    the column's measure: a title's piece
    OCR read apart is shorter (产化路径; 巨大机 over OCR's specks of the title, 、 5 一, and
    then the text). Nor under a paragraph of several lines that ends no sentence and fills
    the measure (its widest line within BLK009's `band` of it): the line may be another
    box's title read into it (CLS020). A title's lines OCR kept in one block fill none
    (探索集成电路国产化路 / 径 over 集成电路是信息产业发展 / 图为… / 的基础。…).

    The line is marked `cut` (a paragraph's, going on past what cut it: no title's line)
    with its evidence (`reads_on`), and the text under it `read_on_from` (it opens inside
    the line's sentence: no title's line either); JOIN001 or JOIN002 joins the two and
    logs the evidence as `no_title`."""
    if not rules.on("CLS026"):
        return
    terminal = terminal_marks(rules)
    opening = rules.param("JOIN001", "opening_clause")
    band = rules.param("BLK009", "band")
    indent = rules.param("BLK009", "dropped_indent") + band
    reach = rules.param("CLS026", "measure_blocks")
    for i, block in enumerate(blocks):
        if (block.role != "paragraph" or len(block.lines) != 1 or block.level
                or not block.gap_before or i + 1 >= len(blocks) or not blocks[i + 1].gap_before
                or ends_sentence(block.text, terminal)):
            continue  # (a line alone between blank lines, ending no sentence)
        up = i - 1
        while up >= 0 and blocks[up].role == "caption":
            up -= 1
        k = i + 1
        while k < len(blocks) and blocks[k].role == "caption":
            k += 1
        if k >= len(blocks) or blocks[k].role != "paragraph" or blocks[k].level:
            continue
        under = blocks[k]
        below = under.text.lstrip()
        if dateline(below, rules):
            continue
        # (The column's measure: the widest of the text's lines under the line, over the
        # paragraphs OCR read next, a block of one line saying little of it.)
        column = max(display_width(t) for b in blocks[k:k + reach] if b.role == "paragraph"
                     for t in b.line_texts or [b.text])
        if (up >= 0 and blocks[up].role == "paragraph" and len(blocks[up].lines) > 1
                and not ends_sentence(blocks[up].text, terminal)
                and max(display_width(t) for t in blocks[up].line_texts or [blocks[up].text])
                >= column - band):
            continue  # (text that fills the measure and goes on: the line may be read into it)
        if display_width(block.text.strip()) < column - indent:
            continue
        evidence = {"rule": "CLS026", "line": block.text.strip()[-6:], "below": below[:6]}
        if k > i + 1:
            evidence["past_captions"] = k - i - 1
        first, second = below[:1], below[1:2]
        clause = _FIRST_CLAUSE.match(below)
        if first and (first in opening or (second and second in opening and _HAN.match(first))):
            evidence["opens_on"] = first if first in opening else below[:2]
        elif clause and not _HAN.search(clause.group()):
            evidence["opens_on"] = clause.group().strip()  # (8.2% ，: a number's clause)
        else:
            across = block_word(block.text, below, blocks, 0, 0, rules, words) if k > i + 1 else {}
            if not across:
                continue
            evidence.update(across)
        block.cut = True
        block.evidence = dict(block.evidence, reads_on=evidence)
        under.evidence = dict(under.evidence, read_on_from=evidence["line"])


def mark_heads(blocks: list[Block], rules: RuleSet, style: str,
               words: Container[str], ocr: bool = False) -> list[Block]:
    """Bylines of bare names under a title, and wrapped title lines merged into one block.
    `words` is the page's paragraph_pairs, where titles wrap at a printed line's end;
    `ocr`, whether the page is set in OCR's blocks (set_in_ocr_blocks), whose lines may
    have lost a character. Returns the blocks, renumbered where merged."""
    if not rules.on("CLS014") and not rules.on("CLS015"):
        return blocks
    terminal = terminal_marks(rules)
    merges: list[tuple[int, int, dict]] = []
    if style != "wrapped":
        words = Counter()
    page_top = _page_top(blocks)
    # (index, whether the anchor is itself part of the head: a name line or a subtitle)
    anchors = []
    for i, b in enumerate(blocks):
        own = _names_over_text(blocks, i, rules, words) or subtitle_over_text(blocks, i, rules)
        if own or _anchor(b, rules):
            anchors.append((i, own))
    # The width titles wrap at matters only under an article print's edition lines.
    measure = (_title_measure(blocks, [i for i, _ in anchors], rules, terminal)
               if any(blocks[i].cue == "CLS013" for i, _ in anchors) else None)
    for i, own in anchors:
        block = blocks[i]
        # Name lines right above the anchor are the byline (an edition line may have a
        # byline of its own rule's above it).
        top = i + 1 if own else i
        while (top > 0 and i - top < rules.param("CLS015", "bylines_over_edition")
               and block.cue == "CLS013" and blocks[top - 1].cue == "CLS003"):
            top -= 1
        while (top > 0 and i - top < rules.param("CLS015", "captions_over_anchor")
               and blocks[top - 1].role == "caption"):
            top -= 1  # a photo's caption set between the head and the text
        j = top
        # (Over a byline that opens with a reporter's title, a line of Han characters
        # alone, no gap or dot in it, is no name: a byline's names follow its title, so it
        # is the title's last line, 返乡青年把民宿开进了 / 古村落 / 本报记者  王  瑾. A
        # spaced or foreign name there is another byline, pdftotext -layout's heads side
        # by side: 玛丽娜·拉古什 / 本报记者 程 龙.)
        titled = top == i and block.cue == "CLS003" and any(
            t.match(block.text.strip()) for t in rules.param_patterns("CLS003", "titles"))
        while (j > 0 and top - j < rules.param("CLS014", "max_name_lines")
               and blocks[j - 1].role == "paragraph"
               and not (titled and _HAN_RUN.fullmatch(blocks[j - 1].text.strip()))
               and len(blocks[j - 1].lines) == 1 and bare_byline(blocks[j - 1].text, rules)
               and not (j > 1 and leaves_open(blocks[j - 2].text))
               and not (j > 1 and _word_across(blocks[j - 2], blocks[j - 1], words, rules))
               and not (j > 1 and measure and block.cue == "CLS013"
                        and not _SPACED.search(blocks[j - 1].text)
                        and not _FOREIGN_NAME.fullmatch(blocks[j - 1].text)
                        and _LAST_HAN.search(blocks[j - 2].text)
                        and _title_line(blocks[j - 2], rules, terminal)
                        and display_width(blocks[j - 2].text) >= measure - 0.5)
               and not (j > 1 and _fills_text_measure(blocks[j - 2], blocks[j - 1], rules, terminal))):
            # (A line under a title line that fills the title's measure is the title's
            # last line, though it reads as a name: 路径 under …集成电路国产化.)
            j -= 1
        # Above them, subtitles (——…) and then the title: short lines that end no sentence.
        sub, wrapped_sub = j, None
        wrap = _subtitle_wrap(blocks, sub, style)
        if wrap == "inside":
            # (one subtitle, merged: the line under it is no title of its own)
            wrapped_sub = (sub - 2, sub, {"subtitle_wrapped": True, "lines": 2})
            sub -= 2
        elif wrap == "end":
            sub -= 1  # (no title line stands under a subtitle)
        while (sub > 0 and j - sub < rules.param("CLS015", "max_subtitles")
               and len(blocks[sub - 1].lines) <= 2  # may wrap
               and blocks[sub - 1].role in ("paragraph", "heading")
               and opens_with_dash(blocks[sub - 1].text)):
            sub -= 1
        k = sub
        while (k > 0 and sub - k < rules.param("CLS015", "max_lines")
               and not (k < sub and whole_quotation(blocks[k - 1].text))
               # (nor the text a jump marker ended, …更好。” / 当（下转第11版）: it goes on
               # on another page, no title's line; BLK005 began the block under it there)
               and not blocks[k - 1].start_evidence.get("ends_onward")
               and not _text_under_byline(blocks, k - 1)
               and _title_line(blocks[k - 1], rules, terminal, last=k == sub,
                               ended=(k == sub and (_dateline_ended(blocks, sub, i, rules)
                                                    or _over_subtitle(blocks, k - 1, sub, j)))
                               or _tag_below(blocks, k, sub, rules),
                               upper=k < sub)):
            k -= 1
        stack_top = k
        if k < sub - 1 and k <= page_top:
            # The page's banner over its first title (CLS001), no line of the title: a
            # slogan's phrases set apart, or a line over a title that is one quotation
            # whole (在推进中国式现代化建设中走在前列 / “理解与信任才是基础”).
            if SLOGAN.fullmatch(blocks[k].text):
                k += 1
            elif sub - k == 2 and whole_quotation(blocks[k + 1].text):
                blocks[k].evidence = dict(blocks[k].evidence, over_quotation=blocks[k + 1].text[:12])
                k += 1
            elif (0 < k and len(blocks[k].lines) == 1
                  # (the title one line, or one and its tail: 在推进中国式现代化建设中走在
                  # 前列 / 铁凝出席非洲女性议员研讨班 / 开班式)
                  and sub - k == 2 and _line_and_tail(blocks[k + 1], rules)
                  # (A column's tag in brackets is never a title of its own: it ends the
                  # headline over it, 久久为功，“APEC蓝”成为“北京蓝” / （总书记的关切·落地的
                  # 回响）, CLS016's column_tag, _with_tag.)
                  and not column_tag(blocks[k + 1].text, rules)
                  and _own_title_under(blocks[k].text, _first_line(blocks[k + 1]), blocks,
                                       k, k + 2, rules, words)):
                blocks[k].evidence = dict(blocks[k].evidence, over_title=blocks[k + 1].text[:12])
                k += 1
        if k == stack_top and k < sub - 1 and (widths := _banner_apart(blocks, k, sub)):
            # (One banner a page: none under one found above.)
            blocks[k].evidence = dict(blocks[k].evidence, apart_over=blocks[k + 1].text[:12],
                                      widths=widths)
            k += 1
        if k == sub:
            continue
        if wrapped_sub:
            merges.append(wrapped_sub)
        if block.cue == "CLS013":
            block.evidence = dict(block.evidence, under_title=blocks[j - 1].text[:12])
        for b in blocks[j:top]:
            if b.role == "caption":
                continue
            b.role, b.cue = "byline", "CLS014"
            b.evidence = {"names": b.text, "under_title": blocks[j - 1].text[:12]}
        if style == "wrapped" and rules.on("CLS015") and not any(b.level for b in blocks[k:sub]):
            for b in blocks[k:sub]:
                if len(b.lines) > 1:
                    b.title_lines = len(b.lines)  # a title's lines in one block already
            if sub - k > 1:
                merges.extend(_with_tag(blocks, k, sub, rules, _title_runs(
                    blocks, k, sub, block.cue == "CLS013", rules, words, ocr,
                    at_top=k <= page_top)))
    if style == "wrapped" and rules.on("CLS015"):
        merges.extend(_tails_over_text(blocks, merges, rules, terminal, words))
    if not merges:
        return blocks
    return _merge(blocks, merges)


def _tails_over_text(blocks: list[Block], merges: list[tuple[int, int, dict]], rules: RuleSet,
                     terminal: str, words: Container[str]) -> list[tuple[int, int, dict]]:
    """CLS015 over a title's text: the merges of a title line that fills the text's
    measure over its tail, the tail at most `sure_share` as wide and the break inside a
    word the page's text uses or the word list knows (CLS017), set straight over its text,
    a paragraph of two lines or more (领航定向  驾驭发展全局创造新的历 / 史伟业 /
    “十四五”规划收官之际…; a byline, edition line or dateline under a title is another
    merge's, taken before this one): one title wrapped by its measure, whose lines would
    otherwise be read as a title over a title of its own. (CLS017's join_wrapped_titles
    takes the lines that leave room in the measure; a full line it leaves as a
    paragraph's, but no paragraph's line stands over a tail of its own with no mark in
    either.) Not with no word across the break: a banner or kicker over its title may be
    as much wider."""
    taken = {n for start, end, _ in merges for n in range(start, end)}
    out = []
    for i in range(len(blocks) - 2):
        upper, tail, text = blocks[i], blocks[i + 1], blocks[i + 2]
        if (i in taken or i + 1 in taken or upper.level or tail.level
                or len(upper.lines) != 1 or not upper.filled
                or text.role != "paragraph" or len(text.lines) < 2
                or not _title_line(upper, rules, terminal, upper=True)
                or not _title_line(tail, rules, terminal, last=True)
                or _CLAUSE_OR_SENTENCE.search(upper.text)
                or not _tail_block(tail, title_width(upper.text), rules, terminal)):
            continue
        pair = block_word(upper.text, tail.text, blocks, i, i + 2, rules, words)
        if pair:
            out.append((i, i + 2, {"tail": title_width(tail.text),
                                   "above": title_width(upper.text), "over_text": True, **pair}))
            taken.update((i, i + 1))
    return out


def _banner_apart(blocks: list[Block], k: int, sub: int) -> list[float] | None:
    """CLS015: whether block k, the top of the page's first title stack, is the page's
    banner set apart from the head under it by a blank line: only lines of one printed
    line above it (the masthead's pieces, the furniture, which may not be marked yet), one
    printed line itself, a blank line under it, and the head's own lines under that (its
    title's lines down to the byline or subtitle at `sub`) with none between them
    (在推进中国式现代化建设中走在前列 / (blank) / 一座县城的百年影像 / ——读…). It is
    wider than the title under it, all its lines read as one, as a banner set across the
    page is, where a kicker is set shorter than its headline (pdftotext -layout sets a
    kicker a blank row over its headline too: 推进优质医疗资源扩容下沉 / (blank) / 县域医共
    体让群众就近看 / 好病). A large title's rows may stand a blank row apart as well, so
    the line leaves no bracket or quotation open (前三季度主要金融数据变化怎么看（高质 /
    (blank) / 量发展看亮点·读数） is one title). Its width and the title's where it is
    (the evidence), else None."""
    upper = blocks[k].text
    if len(blocks[k].lines) != 1 or not blocks[k + 1].gap_before:
        return None
    widths = [display_width(upper), sum(display_width(b.text) for b in blocks[k + 1:sub])]
    if (widths[0] > widths[1]
            and all(len(b.lines) == 1 and b.role in ("paragraph", "furniture")
                    for b in blocks[:k])
            and not any(blocks[n].gap_before for n in range(k + 2, sub + 1))
            and not leaves_open(upper)):
        return widths
    return None


def _text_under_byline(blocks: list[Block], n: int) -> bool:
    """CLS015: whether block n is the first text of the article whose byline stands right
    above it (past a photo's caption): lines of its own with a clause mark inside them
    (本报记者  王  瑾 / 图为… / 浙江省松阳县的杨家堂 / 村，是一座有着300多年历史 / 的).
    A head is followed by its text, so these are no line of the next box's title read
    after them (大学生“村播”带火大山里的 / 土货 / ——来自基层一线的调查), whatever their
    column cut them short."""
    block = blocks[n]
    if (block.role != "paragraph" or len(block.lines) < 2
            or not _CLAUSE_MARK.search("".join(block.line_texts[:-1]))):
        return False
    return _under_byline(blocks, n)


def _under_byline(blocks: list[Block], n: int) -> bool:
    """Whether block n stands right under a byline, past a photo's caption: where its
    article's text begins."""
    m = n - 1
    while m >= 0 and blocks[m].role == "caption":
        m -= 1
    return m >= 0 and blocks[m].role == "byline"


def _page_top(blocks: list[Block]) -> int:
    """The first block that is neither furniture nor a caption: above it, the page's top."""
    return next((n for n, b in enumerate(blocks) if b.role not in ("furniture", "caption")),
                len(blocks))


def _split_run_together(blocks: list[Block], rules: RuleSet, terminal: str,
                        ocr: bool = False) -> list[Block]:
    """CLS015: blocks the converter ran together across a head, split where the head
    below shows: a title line read on from the paragraph its column cut
    (_title_after_text) or from a photo's caption (_title_after_caption); a title line as
    wide as the text's measure run into the subtitle printed under it (一张报纸，陪伴一座城
    市七十年 / ——写在江城晚报创刊70周年之际), when a byline or dateline follows (inside a paragraph a line may open with a dash too, but text
    follows it there); a kicker run into the wider headline under it (_stacked_in_one); the
    page's slogan banner run into its first title."""
    out: list[Block] = []
    pairs: list[Counter] = []  # the page's paragraph_pairs, counted when first asked
    page_top = _page_top(blocks)
    for i, b in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        at, cue = _title_over_byline(blocks, i, rules, terminal, pairs)
        if at:
            # A paragraph's last sentence, then a title wrapped onto lines with no mark in
            # them, read on as one block right over a byline (…这才是关键。” / 委内瑞拉加强
            # 应对美军事威 / 胁 / 本报记者  陈海琪): text and title. Asked before a title line
            # read on from text (_title_after_text), which takes the last line alone where it
            # ends in its column's tag (…排到明年上半年。 / 谱写全球妇女事业发展新篇 / 章（国际
            # 论坛） / 玛丽娜·拉古什: the title is both lines).
            text, title = _title_off(*_split(b, at), terminal, cue=cue)
            if cue.get("kicker_and_headline"):
                # (two titles' lines, each as wide as the column: the stack weighs them
                # as it weighs title lines read apart; each with its own evidence: the
                # headline stands under the kicker, not after the text)
                kicker, headline = _split(title, 1)
                kicker.start_evidence = dict(kicker.start_evidence, title_line=kicker.text[:12])
                headline.start_evidence = {"title_line": headline.text[:12],
                                           "kicker_above": kicker.text[-6:],
                                           "kicker_and_headline": True}
                out.extend((text, kicker, headline))
                continue
            out.extend((text, title))
            continue
        if _title_after_caption(blocks, i, rules, terminal):
            # A photo's caption, then the next article's title line read on under it, over
            # the title's tail and a byline or dateline (…《江城晚报》创刊号。 / 快递进村，“最后
            # 一公里”越走越 / 顺 / 本报记者  周  雷): caption and title.
            caption, title = _title_off(*_split(b, len(b.lines) - 1), terminal)
            title.role, title.cue = "paragraph", ""
            out.extend((caption, title))
            continue
        at, cue = _title_after_text(blocks, i, rules, terminal, pairs)
        if at:
            out.extend(_title_off(*_split(b, at), terminal, whole=bool(cue) or (
                asks(b.line_texts[-1]) and _head_below(blocks, i + 1, rules, subtitle=False,
                                                       names=False)), cue=cue))
            continue
        if (nxt is not None and b.role == "paragraph" and not b.level
                and 2 <= len(b.lines) <= rules.param("CLS015", "max_lines")
                and len(b.line_texts) == len(b.lines)
                and opens_with_dash(b.line_texts[-1]) and not opens_with_dash(b.line_texts[0])
                and not any(_TITLE_STOP.search(t) or ends_sentence(t, terminal)
                            for t in b.line_texts[:-1])
                and _head_below(blocks, i + 1, rules, subtitle=False)):
            head, sub = _subtitle_off(*_split(b, len(b.lines) - 1))
            # (The title lines over the subtitle are weighed as if read apart from it: a
            # banner or kicker run into the headline, 扎实推动乡村全面振兴 / 让典籍里的
            # 文字“活”起来 / ——走进一家古籍数字化中心.)
            paragraph_pairs_once(blocks, pairs)  # (the page's, not the view's)
            out.extend(_head_apart(_Spliced(blocks, i, (head, sub)), i, rules, terminal, pairs,
                                   ocr)
                       or (head,))
            out.append(sub)
            continue
        if (i == page_top and nxt is not None and b.role == "paragraph" and not b.level
                and 2 <= len(b.lines) <= rules.param("CLS015", "max_lines")
                and len(b.line_texts) == len(b.lines) and SLOGAN.fullmatch(b.line_texts[0])
                and not any(_TITLE_STOP.search(t) or ends_sentence(t, terminal)
                            for t in b.line_texts[1:])
                and _head_below(blocks, _past_tag(blocks, i + 1, rules), rules,
                                subtitle=False)):
            # The page's slogan banner, its phrases a space apart, read on into the first
            # title under it over that title's byline or dateline, or over the title's
            # column tag on a line of its own and then those (创建全国文明城市 共建共享
            # 美好家园 / 老挝青年开上了“澜湄号” / 本报驻老挝记者…; 奋进新征程 建功新时代 /
            # 谱写全球妇女事业发展新篇章 / （国际论坛） / 玛丽娜·拉古什): banner and title,
            # which the page's head reads apart (CLS001).
            out.extend(_split(b, 1))
            continue
        at = _title_after_sentence(b, terminal) if nxt is not None else 0
        if at and (_head_below(blocks, i + 1, rules, subtitle=False, names=False) or (
                ends_sentence(b.line_texts[at - 1], terminal)
                and _head_below(blocks, i + 1, rules, subtitle=False))):
            # A paragraph's last sentence (or, over a reporter's byline or a dateline, a
            # paragraph its column cut), then a title line and its subtitle, read on as one
            # block over a byline (…内卷问题。 / 无声的灯塔（环球走笔） / ——来自基层一线的调查 /
            # 沈小晓): text, title and subtitle.
            text, rest = _split(b, at)
            head, sub = _subtitle_off(*_split(rest, len(rest.lines) - 1))
            out.extend((*_title_off(text, head, terminal), sub))
            continue
        at = _title_over_subtitle(blocks, i, rules, terminal)
        if at:
            # A paragraph's last sentence, then a title's lines with no mark in them,
            # read on as one block over the title's subtitle (its own block) and a byline
            # or dateline (…的用药负担。 / 前5个月家电以旧换新带动销售1260亿 / 元 /
            # ——一线蹲点见闻 / 本报北京6月19日电…): text and title.
            out.extend(_title_off(*_split(b, at), terminal))
            continue
        parts = _head_apart(blocks, i, rules, terminal, pairs, ocr)
        if parts:
            out.extend(parts)
            continue
        out.append(b)
    for n, b in enumerate(out):
        b.index = n
    return out


class _Spliced:
    """The blocks with block i read as `parts` (a block split in two), for the checks
    that look at the blocks around it: no copy of the list is made."""

    def __init__(self, blocks: list[Block], i: int, parts: tuple[Block, ...]):
        self.blocks, self.i, self.parts = blocks, i, parts

    def __len__(self) -> int:
        return len(self.blocks) + len(self.parts) - 1

    def __getitem__(self, n: int) -> Block:
        if n < 0:
            n += len(self)
        if n < self.i:
            return self.blocks[n]
        if n < self.i + len(self.parts):
            return self.parts[n - self.i]
        return self.blocks[n - len(self.parts) + 1]


def _head_apart(blocks, i: int, rules: RuleSet, terminal: str,
                pairs: list[Counter], ocr: bool = False) -> tuple[Block, Block] | None:
    """CLS015: block i, title lines the converter ran into one block, split where they
    are two titles' or a kicker's and a headline's: the two parts, or None. (`blocks` may
    be a _Spliced view.)"""
    b = blocks[i]
    if _top_lines_apart(blocks, i, rules, terminal, pairs):
        # Two title lines at the page's top, under its furniture and captions only, that
        # the converter ran into one block, the lower nearly as wide and no word across
        # the break: a title under the page's banner or its kicker, lines of their own
        # (在推进中国式现代化建设中走在前列 / 多所高校开设人工智能通识课).
        head, rest = _split(b, 1)
        rest.start_rule = "CLS015"
        rest.start_evidence = {"own_title_at_top": True, "above": head.text[-6:]}
        head.evidence = dict(head.evidence, split_by="CLS015",
                             widths=[display_width(head.text), display_width(rest.text)])
        return head, rest
    at = _stacked_in_one(blocks, i, rules, terminal, ocr)
    if not at:
        return None
    # A kicker as wide as the measure, read on into the wider headline under it
    # (清洁能源基地建设再提速 / 甘孜州首个“光伏+牧业”项目全 / 容量并网): lines of their
    # own, which the title stack then merges where they wrap.
    head, rest = _split(b, at)
    rest.start_rule = "CLS015"
    # (The kicker's line may be the wider, _kicker_break: its widths are the evidence.)
    rest.start_evidence = {"wider_than_above": display_width(rest.line_texts[0])
                           > display_width(head.line_texts[-1]), "above": head.text[-6:]}
    # (Under a kicker's line, the headline's lines go on in their tail, not past a photo
    # under them as a paragraph cut there would: …天天下楼 / 遛弯 / ▲11日，…. Under a
    # dateline's first line they are the paragraph's, cut still.)
    if _title_line(head, rules, terminal):
        rest.cut = False
    # (The kicker is lifted, so its own edit carries why it was split off.)
    head.evidence = dict(head.evidence, split_by="CLS015",
                         widths=[display_width(head.line_texts[-1]),
                                 display_width(rest.line_texts[0])])
    if at > 1 and len({display_width(t) for t in head.line_texts}) == 1:
        # (Lines above it all as wide: no kicker wraps so, a paragraph's lines that
        # filled the column's measure.)
        head.filled = True
    return head, rest


_TITLE_STOP = regex.compile(_CLAUSE_MARK.pattern + "$")


def _fills_text_measure(above: Block, name: Block, rules: RuleSet, terminal: str) -> bool:
    """CLS014: whether a name-like line unspaced that reads as a word (景气度) stands under
    a title line of one printed line as wide as the text's measure (装备制造业、高技术制造业
    等重点行业维持高): a head set at the text's size, as a section's is, wraps at the
    column's measure like the text, and the line under it is its tail, not a byline."""
    measure = above.start_evidence.get("measure")
    return bool(measure and len(above.lines) == 1 and not _SPACED.search(name.text)
                and names_only(name.text, rules["CLS003"])  # (not 新华社记者, a title alone)
                # (its first two characters a word of the list, 景气, as a surname and a
                # given name's first seldom are: 任仲平 under 引领未来，中国做对了什么 signs it)
                and lexicon.common(rules).logp.get("".join(name.text.split())[:2]) is not None
                and not _FOREIGN_NAME.fullmatch(name.text) and _LAST_HAN.search(above.text)
                and _title_line(above, rules, terminal)
                and display_width(above.text) >= measure - 0.5)


def _top_lines_apart(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
                     pairs: list[Counter]) -> bool:
    """CLS015: whether block i is two title lines at the page's top (only furniture above
    it) that are no one title (_own_title_under), over a byline, a dateline or a title
    line."""
    b = blocks[i]
    if (i == 0 or b.role != "paragraph" or b.level or len(b.lines) != 2
            or len(b.line_texts) != 2 or i + 1 >= len(blocks)
            or any(blocks[n].role != "furniture" for n in range(i))):
        return False
    upper, lower = b.line_texts
    if any(ends_sentence(t, terminal) or _CLAUSE_OR_SENTENCE.search(t) or opens_with_dash(t)
           for t in (upper, lower)):
        return False
    return (_own_title_under(upper, lower, blocks, i, i + 1, rules,
                             paragraph_pairs_once(blocks, pairs))
            and (_head_below(blocks, i + 1, rules)
                 or _title_line(blocks[i + 1], rules, terminal)))


def _own_title_under(upper: str, lower: str, blocks: list[Block], first: int, last: int,
                     rules: RuleSet, words: Container[str]) -> bool:
    """CLS015: at the page's top, whether the title line `lower` is a title of its own
    under the line `upper` (the page's banner or the title's kicker), not its wrapped
    tail: `upper` no line of phrases a space apart (that wraps in its last phrase, 受台风
    外围影响 明 / 起我市有强降雨), `lower` at least `top_own_share` as wide, and no word
    across the break (blocks[first:last] hold the two lines)."""
    return (not _SPACED.search(upper)
            and display_width(lower)
            >= rules.param("CLS015", "top_own_share") * display_width(upper)
            and not word_across(upper, lower, blocks, first, last, rules, words))


def _title_after_sentence(b: Block, terminal: str) -> int:
    """Where a title line starts in a paragraph block whose last line is a subtitle (——…):
    the one line above the subtitle, ending no sentence and holding no clause mark but
    commas inside it where the line above it ends a sentence. (The caller asks what stands
    above it and below the block: a paragraph's last sentence over a byline, or a
    paragraph its column cut over a reporter's byline or a dateline,
    …汇聚上海舞 / 让典籍里的文字“活”起来 / ——走进一家古籍数字化中心 / 光明日报记者…). 0 when
    the block is not so."""
    if (b.role != "paragraph" or b.level or len(b.lines) < 3
            or len(b.line_texts) != len(b.lines) or not opens_with_dash(b.line_texts[-1])):
        return 0
    title = b.line_texts[-2]
    # (A comma may stand in a title line between a sentence's end and its subtitle, where
    # no paragraph's line stands: …贡献新力量。 / 一张报纸，陪伴一座城市七十年 / ——写在江城
    # 晚报创刊70周年之际 / 本报记者…)
    if ends_sentence(b.line_texts[-3], terminal):
        title = title[:-1].replace("，", "") + title[-1:]
    if (ends_sentence(title, terminal) or opens_with_dash(title)
            or _CLAUSE_OR_SENTENCE.search(title)):
        return 0
    return len(b.lines) - 2


def _title_over_subtitle(blocks: list[Block], i: int, rules: RuleSet, terminal: str) -> int:
    """Where a title starts in paragraph block i: after its last line that ends a
    sentence, where at most `max_title_lines` (BLK010) lines follow, none holding a mark
    of a clause or sentence, and the block under it is a subtitle's line (——…) over a
    byline or dateline. 0 when the block is not so."""
    b = blocks[i]
    if (b.role != "paragraph" or b.level or len(b.lines) < 2
            or len(b.line_texts) != len(b.lines) or not _subtitle_over_head(blocks, i + 1, rules)):
        return 0
    texts = b.line_texts
    # (A title that asks ends in its question mark, over the subtitle all the same: …的重
    # 要“密码”。 / 年轻人为何爱上“博物馆打卡”？ / ——来自基层一线的调查 / 中青报·中青网记者…)
    question = asks(texts[-1]) and not _CLAUSE_OR_SENTENCE.search(texts[-1].rstrip("”’」』\"'")[:-1])
    ended = [k for k, t in enumerate(texts)
             if ends_sentence(t, terminal) and not (question and k == len(texts) - 1)]
    if not ended:
        return 0
    at = ended[-1] + 1
    marked = _title_marks(b, texts[at:])
    if not 1 <= len(texts) - at <= rules.param("BLK010", "max_title_lines") or any(
            (marked(t) and not (question and k == len(texts) - 1))
            or opens_with_dash(t) for k, t in enumerate(texts[at:], at)):
        return 0
    return at


def _title_marks(b: Block, lines: list[str]):
    """For lines that may be a title read on at the end of block b: the test whether a line
    holds a mark of a clause or sentence, which no title line does, but a comma where the
    block's last line falls short of the measure ending no sentence (as no paragraph's last
    line does) and no line ends on a clause's mark: a comma may stand inside a title
    (…的战略支撑。 / 一张报纸，陪伴一座城市七 / 十年 / ——写在…; …仿制药领域的内卷问题。 /
    快递进村，“最后一公里” / 越走越顺 / 本报记者…)."""
    commas = b.filled is False and not any(_TITLE_STOP.search(t) for t in lines)
    return lambda t: bool(_CLAUSE_OR_SENTENCE.search(t.replace("，", "") if commas else t))


def _title_over_byline(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
                       pairs: list[Counter]) -> tuple[int, dict]:
    """Where a title starts in paragraph block i: after its last line that ends a
    sentence, where two to `max_title_lines` (BLK010) lines follow, none holding a mark of
    a clause or sentence, the last shorter than the first (a title wrapped), and a
    byline is the next block but the page's furniture (_reporters_under); a column's tag on
    a line of its own ends no sentence. No paragraph runs on into a byline, and a
    paragraph cut by its column ends on one line short of the measure only where it ends
    its sentence. Where the paragraph above was cut mid-sentence, its last line full, the
    title starts after its last line with a mark (_after_cut). 0 when the block is not so;
    with it, the evidence of the cut (_after_cut's) or none (after a sentence's end).
    (One such line, full, is _title_after_text's; a short one after a sentence's end is a
    line of its own, BLK005.) `pairs` holds the page's paragraph_pairs once counted."""
    b = blocks[i]
    # (The page's furniture may stand between: a page's foot read where the page breaks,
    # “为全球读者展现一个立体丰富的中国” / （第一现场） / 第 2 页 / 本报记者  徐  馨.)
    n = next((n for n in range(i + 1, len(blocks)) if blocks[n].role != "furniture"), len(blocks))
    if (b.role != "paragraph" or b.level or len(b.lines) < 3 or n >= len(blocks)
            or len(b.line_texts) != len(b.lines) or not _reporters_under(blocks[n], rules)):
        return 0, {}
    texts = b.line_texts
    # (A column's tag on a line of its own is a bracket alone, but it ends no sentence:
    # it ends the title above it, …马有福说。 / “为全球读者展现一个立体丰富的中国” / （第一现场）.)
    ended = [k for k, t in enumerate(texts)
             if ends_sentence(t, terminal) and not column_tag(t, rules)]
    if not ended:
        return _after_cut(blocks, i, rules, terminal, pairs)
    at = ended[-1] + 1
    # (Marks may stand in a title that ends in its column's tag, as no paragraph does:
    # …有效量达501万件…… / 久久为功，“APEC蓝”成为“北京蓝”（总书 / 记的关切·落地的回响）.)
    tagged = bool(tag_at_end("".join(texts[at:]), rules)) and not any(
        ends_sentence(t, terminal) for t in texts[at:])
    marked = _title_marks(b, texts[at:])
    # (Two lines as wide as each other are a kicker over its headline, each filling the
    # column: …的热切期待。 / 多地开展新能源汽车下乡活动 / 乡村道路上的“绿牌车”多了 / 本报记者
    # 杨  阳. A paragraph's two last lines read on into a byline would need the title over
    # that byline read before them.)
    wide = at < len(texts) and display_width(texts[-1]) >= display_width(texts[at])
    stacked = (wide and len(texts) - at == 2
               and display_width(texts[-1]) - display_width(texts[at])
               <= rules.param("CLS015", "same_width"))
    if (not 2 <= len(texts) - at <= rules.param("BLK010", "max_title_lines")
            or (wide and not stacked)
            or any((marked(t) and not tagged) or opens_with_dash(t) for t in texts[at:])):
        return _after_cut(blocks, i, rules, terminal, pairs)
    return at, {"kicker_and_headline": True} if stacked else {}


def _after_cut(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
               pairs: list[Counter]) -> tuple[int, dict]:
    """_title_over_byline where the paragraph in block i was cut by its column mid-sentence
    and the next box's title read on under it, over that title's byline (…普通读者能从中
    得到什么？本报 / 确保基本实现社会主义现代化取得 / 决定性进展 / 新华社记者; its text goes
    on at 记者走进…, elsewhere): the title starts after the last line with a mark of a
    clause or sentence, where that line ends none and is as wide as the title's first (a
    paragraph cut by its column filled it; a title is set no wider than the column), two
    to `max_title_lines` (BLK010) lines with no mark follow, the last shorter than the
    first, and no word of the page's text runs across the break. 0 when not so; with it,
    the cue: the cut line's width beside the title's first line's."""
    texts = blocks[i].line_texts
    marked = [k for k, t in enumerate(texts) if _CLAUSE_OR_SENTENCE.search(t)]
    if not marked:
        return 0, {}
    at = marked[-1] + 1
    if (not 2 <= len(texts) - at <= rules.param("BLK010", "max_title_lines")
            or ends_sentence(texts[at - 1], terminal)
            or display_width(texts[at - 1]) < display_width(texts[at])
            or display_width(texts[-1]) >= display_width(texts[at])
            or any(opens_with_dash(t) for t in texts[at:])):
        return 0, {}
    if word_across(texts[at - 1], texts[at], blocks, i, i + 1, rules,
                   paragraph_pairs_once(blocks, pairs), listed=False):
        return 0, {}  # (the break falls inside a word: the paragraph goes on)
    return at, {"after_cut": True, "cut_width": display_width(texts[at - 1]),
                "title_width": display_width(texts[at])}


def _reporters_under(block: Block, rules: RuleSet) -> bool:
    """A reporter's byline (CLS003), a line of names alone (CLS014's bare_byline: 玛丽娜·
    拉古什, 裴  桐, as a commentary or a foreign author signs), or a reporter's title alone
    on its line (新华社记者, CLS014's `titles_alone`): what no paragraph runs on into."""
    if block.cue == "CLS003":
        return True
    if (block.role == "paragraph" and len(block.lines) == 1
            and bare_byline(block.text.strip(), rules)):
        return True
    return (rules.on("CLS014") and block.role == "paragraph" and len(block.lines) == 1
            and any(t.fullmatch(block.text.strip())
                    for t in rules.param_patterns("CLS014", "titles_alone")))


def _title_off(text: Block, title: Block, terminal: str,
               whole: bool = False, cue: dict | None = None) -> tuple[Block, Block]:
    """CLS015: a title line split off the paragraph it was read on from, with why (and
    `cue`, what else decided the split: the cut paragraph above, _after_cut)."""
    # (The text above went on in the next column unless it ended its sentence.)
    text.filled = None if ends_sentence(text.line_texts[-1], terminal) else True
    # (A title whole over its head, the text above cut mid-sentence goes on elsewhere: no
    # line of that title, though one line may be short enough to read as one.)
    text.cut = whole and bool(text.filled)
    title.start_rule = "CLS015"
    title.start_evidence = {"title_line": title.text[:12], "after": text.text[-6:],
                            **(cue or {})}
    title.evidence = {"split_by": "CLS015", "text_above": text.text[-6:]}
    return text, title


def _subtitle_off(head: Block, sub: Block) -> tuple[Block, Block]:
    """CLS015: a subtitle (——…) split off the title line it was read on from, with why."""
    sub.start_rule = "CLS015"
    sub.start_evidence = {"subtitle": sub.text[:12], "under": head.text[-6:]}
    sub.evidence = {"split_by": "CLS015", "title_above": head.text[-6:]}
    return head, sub


def _stacked_in_one(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
                    ocr: bool = False) -> int:
    """Where a block of title lines right above a byline, dateline or subtitle (a photo's
    caption may stand between) holds a line wider than the one above it: no paragraph's
    line is, so the line above ended there; or, where a line filled the headline's measure
    over a tail, a line above it of another width, narrower too (_kicker_break). Its index,
    or 0. (The title stack then merges the lines where they wrap.) Not where a sentence
    ends inside a line under that wider one, nor inside any where the lines are all as
    wide: those are a paragraph's lines."""
    b = blocks[i]
    if (b.role != "paragraph" or b.level or not 2 <= len(b.lines) <= rules.param("CLS015", "max_lines")
            or len(b.line_texts) != len(b.lines)
            or any(_TITLE_STOP.search(t) or ends_sentence(t, terminal) for t in b.line_texts)):
        return 0
    at = _stack_break(b, blocks, i, rules, terminal)
    if at and _SENTENCE_INSIDE.search(b.text) and len({display_width(t) for t in b.line_texts}) == 1:
        # A sentence's end inside lines all as wide: a paragraph's lines that filled its
        # column's measure (大文章的必答题。了解到皋铁实业有 / 限公司的融资需求后，深圳市宝安区,
        # over the byline of the next article), as no kicker over its headline is.
        return 0
    if ocr and at == 1 and _CLAUSE_MARK.search(b.line_texts[0]) and _CLAUSE_OR_SENTENCE.search(
            b.line_texts[1]):
        # The block's first line holding a clause mark over a wider second line holding a
        # clause or sentence mark: a paragraph's first lines (OCR drops the first line's
        # indent, so the line under it is the wider: 10月20日至23日，党的二十 / 届四中全会在
        # 北京召开。会议将, over a dateline; 这些学校的经验说明，乡村教育的 / 活力，来自…，来自,
        # over a name OCR read off a photo), no kicker over its headline: in the gold of the 45
        # dev sets no kicker and headline both hold such a mark (0 of 1,195 pairs). Read so in
        # OCR's blocks only: a converter's block of lines there is OCR's finding, where an
        # extractor's own blocks (pdfminer.six) hold other boxes' lines too. (Lower in a
        # block, the wider line may be a paragraph's last run on into a headline's first,
        # …确保政策红利真正 / 惠及消费者。“在上海，能看到演艺的, and is left to the check below.)
        return 0
    if at and _SENTENCE_INSIDE.search("".join(b.line_texts[at + 1:])):
        # A sentence's end inside a line under the wider one, as no headline's line holds:
        # a paragraph's lines cut by a photo over the next head (…的首条新铁 / 路，全长约
        # 480公里，… / 港和首都内罗毕。运营公司…), where OCR counts the digits of the wider
        # line half wide. (Above it one may stand: a paragraph's last lines that -layout
        # ran on into the headline under them, …优势充分彰显。国家 / 确保基本实现社会主义
        # 现代化取; and in the wider line itself, a paragraph's last line a converter read
        # on into the headline's first, so wider: 违法违规行为，确保政策红利真正 / 惠及消费
        # 者。“在上海，能看到演艺的.)
        return 0
    return at


def _stack_break(b: Block, blocks: list[Block], i: int, rules: RuleSet, terminal: str) -> int:
    """_stacked_in_one's break by the lines' widths alone: its index, or 0."""
    most = rules.param("CLS015", "captions_under_title")
    n = i + 1
    while n < len(blocks) and n - i <= most and blocks[n].role == "caption":
        n += 1
    if n >= len(blocks):
        return 0
    widths = [display_width(t) for t in b.line_texts]
    head = n + 1  # (past a photo's caption under the tail: …天天下楼 / 遛弯 / ▲11日，…)
    while head < len(blocks) and head - n <= most and blocks[head].role == "caption":
        head += 1
    if head < len(blocks) and _tail_block(blocks[n], widths[-1], rules, terminal) and (
            _head_below(blocks, head, rules) or (
                # (a subtitle wrapped onto two lines: ——来自甘肃、河南、四川 / 基层的调查)
                blocks[n + 1].role == "paragraph" and len(blocks[n + 1].lines) == 2
                and opens_with_dash(blocks[n + 1].text) and n + 2 < len(blocks)
                and _head_below(blocks, n + 2, rules, subtitle=False))):
        # The block's last line wraps into a short tail under it (…让群众就近 / 看好病), so
        # it filled the headline's measure: a line above it of another width is no line
        # of that headline but its kicker (推进优质医疗资源扩容下沉).
        # (Not inside a bracket or quotation the lines above leave open: 更好统筹…和高 /
        # 水平安全（深入学习贯彻 / … / 谈）is one title however its marks set its widths.)
        # (So is one a whole character apart where neither holds a mark whose printed
        # width varies, _widths_apart: 老旧小区改造惠及千家万户 / 加装电梯后，张大爷天天下楼 /
        # 遛弯.)
        return _kicker_break(b, len(widths) - 1, rules)
    if not _head_below(blocks, n, rules):
        return 0
    if len(widths) > 2 and title_tail(b.line_texts[-1], rules):
        # The block's own last line is a tail (…“绿牌车”多 / 了), so the line above it
        # filled the headline's measure: a line above that a whole character apart from it
        # is the kicker's (多地开展新能源汽车下乡活动), set at its own size.
        at = _kicker_break(b, len(widths) - 2, rules, exact_only=True)
        if at:
            return at
    for at in range(1, len(widths)):
        if (widths[at] > widths[at - 1] or whole_quotation(b.line_texts[at - 1])
                or whole_quotation(b.line_texts[at])):
            return at
    for at in range(1, len(widths)):
        if widths[at] == widths[at - 1]:
            return at
    return 0


def _kicker_break(b: Block, filled: int, rules: RuleSet, exact_only: bool = False) -> int:
    """CLS015: in a block of title lines whose line `filled` filled the headline's measure
    (a tail wraps under it), the index of the line under the lowest line above it that is
    of another width, no line of that headline but its kicker; 0 if none is. Another
    width: more than `same_width` apart (not with `exact_only`), or a whole character
    apart for sure (_widths_apart). Not inside a bracket or quotation the lines above
    leave open."""
    same = rules.param("CLS015", "same_width")
    widths = [display_width(t) for t in b.line_texts]
    return next((at for at in range(filled, 0, -1)
                 if ((not exact_only and abs(widths[at] - widths[at - 1]) > same)
                     or _widths_apart(b.line_texts[at - 1], b.line_texts[at], rules))
                 and not leaves_open("".join(b.line_texts[:at]))), 0)


def _print_width(text: str) -> tuple[float, float] | None:
    """The least and most a line may print wide, in Han characters: a curly quotation
    mark prints half wide in a Latin font, a mark beside another mark may be set half
    wide (。” ”？), and a Latin letter or digit prints a quarter more or less than
    display_width's half. None for a line with a space in it (a gap's width is the
    setter's)."""
    if " " in text or "\u3000" in text:
        return None
    width = title_width(text)
    narrow = 0.5 * (len(_QUOTES.findall(text)) + len(_MARK_AFTER_MARK.findall(text)))
    latin = 0.25 * len(_LATIN.findall(text))
    return width - narrow - latin, width + latin


def title_width(text: str) -> float:
    """A title line's printed width in Han characters: display_width, a straight quotation
    mark beside Han text counted as the curly one OCR read it for (display_width counts a
    curly quotation mark whole; `_print_width` allows it to print narrower).

    >>> title_width('乡村道路上的"绿牌车"多了'), title_width('乡村道路上的“绿牌车”多了')
    (13.0, 13.0)
    """
    paired = {m.start() for m in PAIRED_QUOTE.finditer(text)}  # (display_width's already)
    return display_width(text) + 0.5 * sum(1 for m in _STRAIGHT_QUOTE.finditer(text)
                                           if m.start() not in paired)


def _widths_apart(upper: str, lower: str, rules: RuleSet) -> bool:
    """CLS015: whether two title lines print at least `exact_apart` apart whatever their
    marks' widths (_print_width): no two lines of one headline that each filled its
    measure do, since the upper had room for the lower's first character otherwise, or
    the lower would not fit (老旧小区改造惠及千家万户, 12, over 加装电梯后，张大爷天天下楼,
    13; 多地开展新能源汽车下乡活动, 13, over 乡村道路上的“绿牌车”多, 11 to 12)."""
    up, low = _print_width(upper), _print_width(lower)
    if up is None or low is None:
        return False
    apart = rules.param("CLS015", "exact_apart")
    return up[0] - low[1] >= apart or low[0] - up[1] >= apart


def _banner_over_title(top: Block, below: Block, rules: RuleSet, words: Container[str]) -> bool:
    """CLS015: whether the page's top line, over a title line at most `sure_share` as wide,
    is the page's banner and not that title's first line: as wide as the text's measure or
    wider (a title set over its text, larger than it, prints fewer characters a line:
    联合国粮农组织呼吁加大, 11, over 农业投资 in a measure of 17), unpunctuated (CLS001's
    banner; 引领未来，中国做 / 对了什么 is one title), leaving no bracket or quotation open,
    with no word across the break (of the page's text or the list). 在推进中国式现代化建设
    中走在前列 (16, a measure of 12) over 中国科技 活力奔涌, d18001 gen-18005."""
    measure = top.start_evidence.get("measure")
    return (bool(measure) and title_width(top.text) >= measure
            and not _CLAUSE_OR_SENTENCE.search(top.text) and not leaves_open(top.text)
            and top.text[-1:] + below.text[:1] not in words
            and not listed_across(top.text, below.text, rules))


def _even(above: Block, below: Block, rules: RuleSet) -> bool:
    """CLS015: whether two title lines print exactly as wide, as two lines that each filled
    one headline's measure do: the same display width, or, where a Latin letter or digit
    makes a line's printed width uncertain (`_print_width`, a quarter of a character
    either way), less than `exact_apart` apart whatever it prints (地铁5号线二期,
    6.25 to 6.75, over 后天开通试运营, 7: one headline filling an 11-em cell at 1.5 em,
    d17401 gen-17408), both short of the text's measure, as a title set larger than its
    text is (a paragraph's line fills it: 来自全国200多个县的商务部门负责 over 全国首批老年
    助餐服务示范点名单公布, pdfminer.six d17001 gen-17001). Not with a space in either
    line: where a title broke at a space the gap's width is the setter's."""
    upper, lower = above.text, below.text
    if title_width(upper) == title_width(lower):
        return True
    if above.filled or below.filled or not (_LATIN.search(upper) or _LATIN.search(lower)):
        return False
    return (_print_width(upper) is not None and _print_width(lower) is not None
            and not _widths_apart(upper, lower, rules))


def _column_title(text: str, rules: RuleSet) -> bool:
    """Whether `text` is wholly a photo-news column's title (CLS016's column_titles)."""
    return rules.on("CLS016") and any(
        p.fullmatch(text.strip()) for p in rules.param_patterns("CLS016", "column_titles"))


def _first_line(block: Block) -> str:
    return block.line_texts[0] if block.line_texts else block.text


def _line_and_tail(block: Block, rules: RuleSet) -> bool:
    """Whether `block` holds one printed line, or one and its tail (a last line at most
    `sure_share` as wide: 铁凝出席非洲女性议员研讨班 / 开班式)."""
    lines = block.line_texts or [block.text]
    return len(block.lines) == 1 or (
        len(block.lines) == 2 and len(lines) == 2 and 0 < display_width(lines[1])
        <= rules.param("CLS015", "sure_share") * display_width(lines[0]))


def _tail_block(block: Block, above: float, rules: RuleSet, terminal: str) -> bool:
    """Whether `block` is one short title line, at most `sure_share` as wide as the line
    above it (`above` wide), ending no sentence and holding no clause mark: a wrapped
    headline's tail."""
    return (block.role == "paragraph" and not block.level and len(block.lines) == 1
            and 0 < display_width(block.text) <= rules.param("CLS015", "sure_share") * above
            and not ends_sentence(block.text, terminal)
            and not _CLAUSE_OR_SENTENCE.search(block.text) and not opens_with_dash(block.text))


def _with_tag(blocks: list[Block], k: int, sub: int, rules: RuleSet,
              runs: list[tuple[int, int, dict]]) -> list[tuple[int, int, dict]]:
    """CLS016 in a title stack: a column's tag in brackets at the stack's foot, on lines of
    its own (（总书记的关切·落 / 地的回响）), ends the headline above it, never stands as
    the headline: the runs, with the tag's run (or line) merged into the line above it."""
    start = runs[-1][0] if runs and runs[-1][1] == sub else sub - 1
    if start <= k or any(a < start < b for a, b, _ in runs) or not column_tag(
            "".join(b.text for b in blocks[start:sub]), rules):
        return runs
    # The headline above may be a run of wrapped lines of its own (久久为功，“APEC / 蓝”
    # 成为“北京蓝” / （总书记的关切落 / 地的回响）): the tag ends that run, not its last line.
    above = next((r for r in runs if r[1] == start), None)
    first = above[0] if above else start - 1
    runs = [r for r in runs if r[0] != start and r is not above]
    evidence = {"rule": "CLS016", "column_tag": "".join(
        b.text for b in blocks[start:sub]).strip(), "lines": sub - first}
    return runs + [(first, sub, evidence)]


def _subtitle_wrap(blocks: list[Block], sub: int, style: str) -> str:
    """CLS015: whether the line right above `sub` is the wrapped end of the subtitle (——…)
    over it, both single lines: "inside" where it closes a bracket or quotation the
    subtitle left open (——读《山河故人： / 南屏县影像志》), "end" where it holds no mark of a
    clause or sentence (一来自三个省份的调 / 研; ——写在江城晚报创刊70 / 周年之际), else ""."""
    if sub < 2:
        return ""
    dash, end = blocks[sub - 2], blocks[sub - 1]
    if (end.role != "paragraph" or len(dash.lines) != 1 or len(end.lines) != 1
            or not opens_with_dash(dash.text) or opens_with_dash(end.text)):
        return ""
    if (style == "wrapped" and dash.role == "paragraph" and leaves_open(dash.text)
            and not leaves_open(dash.text + end.text)):
        return "inside"
    if not end.gap_before and not _CLAUSE_OR_SENTENCE.search(end.text):
        return "end"
    return ""


def _tag_below(blocks: list[Block], k: int, sub: int, rules: RuleSet) -> bool:
    """Whether the title lines from block k to the subtitle are a column's tag in brackets
    (（总书记的关切·落 / 地的回响）): no paragraph goes on into one, so the lines above it
    are the title's, though they fill the column's measure."""
    return k < sub and blocks[k].text[:1] in "（(" and column_tag(
        "".join(b.text for b in blocks[k:sub]), rules)


def _over_subtitle(blocks: list[Block], n: int, sub: int, j: int) -> bool:
    """Whether block `n` stands right over a subtitle (——…) with no clause mark in it: no
    paragraph goes on into a subtitle, so lines that fill the column's measure there
    (多地开展新能源汽车下乡活动 / 乡村道路上的“绿牌车”多了 / ——来自基层一线的调查) are the
    title's, not a paragraph cut by its column."""
    return sub < j and n == sub - 1 and not _CLAUSE_OR_SENTENCE.search(blocks[n].text)


def _dateline_ended(blocks: list[Block], sub: int, i: int, rules: RuleSet) -> bool:
    """Whether the block above `sub` ended where a dateline follows, BLK010 closing it or a
    photo's caption standing between them: no paragraph goes on into a dateline."""
    if blocks[sub].start_rule == "BLK010":
        return True
    return (sub < i and all(b.role == "caption" for b in blocks[sub:i])
            and dateline(blocks[i].text, rules) is not None)


def _title_after_text(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
                      pairs: list[Counter]) -> tuple[int, dict]:
    """CLS015: where the next box's title starts in paragraph block i, read on after the
    paragraph its column cut: its last line (_last_line_title), or its last one or two
    lines right over the next article's byline, dateline or subtitle
    (_title_over_head_after_cut).
    0 when the block is not so; with it, the evidence of the second ({} for the first).
    `pairs` holds the page's paragraph_pairs once counted (empty before)."""
    if _last_line_title(blocks, i, rules, terminal, pairs):
        return len(blocks[i].lines) - 1, {}
    return _title_over_head_after_cut(blocks, i, rules, terminal, pairs)


def _title_over_head_after_cut(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
                               pairs: list[Counter]) -> tuple[int, dict]:
    """CLS015: a paragraph its column cut mid-sentence (its text goes on elsewhere: another
    column, a jump), and the next box's title, on one line or wrapped onto its tail, read on
    as its last lines right over that article's byline, dateline or subtitle (…大三学生。今年 /
    毕业季，他们为何选择“慢 / 就业”？ / 中青报·中青网记者…; …适逢中国 / 前5个月家电以旧换新带
    动销售1260 / 亿元 / 本报北京6月19日电…), or, where the title's later lines stand apart
    over that head (_title_rest_over_head, `rest_read_apart`), its first line alone read on
    as the block's last (…他们的家人早先 / 一张报纸，陪伴 | 一座城市七十年 / ——写在…). No
    paragraph goes on into a head, and none ends on
    a line short of its measure that ends no sentence. So the title's lines, where:
    - the cut line over them ends no sentence nor clause (…“最后一公里”， / 越走越顺: the
      clause goes on), opens no subtitle (——…) and is no column's tag, and the lines above
      hold text's marks, a sentence's or more clause marks than a title holds
      (`max_clause_marks`): no kicker, banner or title's own first line;
    - none ends a sentence (the last may ask), holds a 。, ends on a clause's mark, or holds
      two boxes' lines a gap apart; at most `max_clause_marks` in all (a comma may stand in
      a title: 在上海，能看到演艺的未来);
    - two lines: the second a tail, at most `cut_tail_share` as wide as the first; one line:
      short of the measure (the block not `filled`, the line narrower than the cut line), no
      wrapped title's tail (title_tail);
    - nothing goes on across the break from the cut line: no word of the page's text or the
      word list, no number and its unit, no particle left open (`open_particles`), no
      bracket or quotation opened above and closed below.
    0 when the block is not so; with it, the evidence."""
    b = blocks[i]
    if (b.role != "paragraph" or b.level or len(b.lines) < 2 or i + 1 >= len(blocks)
            or len(b.line_texts) != len(b.lines) or opens_with_dash(b.text)):
        return 0, {}
    apart = not (_head_below(blocks, i + 1, rules, names=False)
                 or _byline_next(blocks, i, rules, spaced=True))
    if apart and not (rules.param("CLS015", "rest_read_apart")
                      and _title_rest_over_head(blocks, i + 1, rules, terminal)):
        return 0, {}
    texts = b.line_texts
    # (Where the title's later lines were read apart, a block of their own over the head,
    # only the block's last line can be the title's: its first.)
    for k in (1,) if apart else (2, 1):
        at = len(texts) - k
        if at < 1:
            continue
        cut, title = texts[at - 1], texts[at:]
        above = "".join(texts[:at])
        if (ends_sentence(cut, terminal) or _TITLE_STOP.search(cut.rstrip())
                or opens_with_dash(cut) or column_tag(cut, rules)
                or not (_SENTENCE_INSIDE.search(above) or len(_CLAUSE_MARK.findall(above))
                        > rules.param("CLS015", "max_clause_marks"))):
            continue  # (no text above: a title's own first line, 快递进村，“最后一公里” / 越走越顺)
        if any(not t.strip() or opens_with_dash(t) or "。" in t or _TITLE_STOP.search(t.rstrip())
               or _GAP.search(t.strip()) or (ends_sentence(t, terminal) and not (
                   n == len(title) - 1 and asks(t))) for n, t in enumerate(title)):
            continue
        if len(_CLAUSE_MARK.findall("".join(title))) > rules.param("CLS015", "max_clause_marks"):
            continue
        if k == 2:
            if (display_width(title[1]) > rules.param("CLS015", "cut_tail_share")
                    * display_width(title[0])):
                continue
        elif (title_tail(title[0], rules) or b.filled
              or display_width(title[0]) >= display_width(cut)):
            continue
        if (_number_goes_on(cut, title[0], rules.param("BLK009", "number_units"))
                or cut.rstrip()[-1:] in rules.param("CLS015", "open_particles")
                or _closes_before(title, above)
                or word_across(cut, title[0], blocks, i, i + 1, rules,
                               paragraph_pairs_once(blocks, pairs))):
            continue
        return at, {"cut_open": cut[-6:], "title_lines": k,
                    "cut_width": display_width(cut), "title_width": display_width(title[0]),
                    "head_below": blocks[i + 1].text[:12],
                    **({"rest_read_apart": True} if apart else {})}
    return 0, {}


def _title_rest_over_head(blocks: list[Block], n: int, rules: RuleSet, terminal: str) -> bool:
    """CLS015: whether block n is a title's later lines read apart from its first, right
    over its article's head: at most `max_title_lines` (BLK010) lines, none opening with a
    dash or holding a mark of a clause or sentence, then a byline or dateline, or a
    subtitle (——…, on one line or more) over one (…他们的家人早先 / 一张报纸，陪伴 / 一座城
    市七十年 / ——写在江城晚报创 / 刊70周年之际 / 本报记者…: the title's first line was read
    on from the paragraph its column cut, its second set apart as a line of its own)."""
    b = blocks[n]
    if (b.role != "paragraph" or b.level or n + 1 >= len(blocks)
            or len(b.lines) > rules.param("BLK010", "max_title_lines")
            or any(not t.strip() or opens_with_dash(t) or _CLAUSE_OR_SENTENCE.search(t)
                   or _GAP.search(t.strip()) for t in b.line_texts or [b.text])):
        return False
    under = blocks[n + 1]
    if _head_below(blocks, n + 1, rules, subtitle=False, names=False):
        return True
    return (under.role == "paragraph" and opens_with_dash(under.text) and n + 2 < len(blocks)
            and not any(ends_sentence(t, terminal) for t in under.line_texts or [under.text])
            and _head_below(blocks, n + 2, rules, subtitle=False, names=False))


def _closes_before(lines: list[str], above: str) -> bool:
    """Whether `lines` close a bracket or quotation opened before them (in `above`, or
    further up, out of sight: …两条腿走 / 路更稳妥”): they go on from the text above, no
    title of their own, which opens what it closes (毕业季，他们为何选择“慢 / 就业”？)."""
    depth = 0
    for ch in "".join(lines):
        if ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            if not depth:
                return True
            depth -= 1
    return leaves_open(above) and not leaves_open(above + "".join(lines))


def _first_line_at_top(blocks: list[Block], i: int, rules: RuleSet) -> bool:
    """Whether block i is two lines at the page's top, only furniture and captions above
    it, that read as one title's lines (short of the measure, no sentence inside but the
    question its last line asks, at most `max_clause_marks`): its first line is no
    paragraph its column cut (no text stands above the page's first head but furniture),
    so the line under it is no title of its own but the first line's wrapped tail (毕业季，
    他们为 / 何选择“慢就业”？ / 中青报·中青网记者…, where OCR read the title's large type as
    two lines of one block). Lines as wide as the text's measure are left to the split: a
    paragraph's they may be."""
    b = blocks[i]
    return (len(b.lines) == 2 and i == _page_top(blocks) and not b.filled and not b.cut
            and not _SENTENCE_INSIDE.search(b.text.rstrip("”’」』\"'？！?!"))
            and len(_CLAUSE_MARK.findall(b.text)) <= rules.param("CLS015", "max_clause_marks"))


def _title_first_line(b: Block, rules: RuleSet) -> bool:
    """CLS015: whether block b is two lines and its first is a title's, not a paragraph's
    cut line: short of even a paragraph's first line (the measure less the dropped indent
    and its band), with no clause or sentence mark (年轻人为何爱上 / “博物馆打卡”？ over its
    byline, in a measure of 11). A paragraph's line ends short only where it ends the
    paragraph, a sentence ended; so the block is one title wrapped, not text and a title."""
    measure = b.start_evidence.get("measure")
    first = b.line_texts[0]
    return (len(b.lines) == 2 and bool(measure)
            and title_width(first) < measure - rules.param("BLK009", "dropped_indent")
            - rules.param("BLK009", "band")
            and not _CLAUSE_OR_SENTENCE.search(first))


def _last_line_title(blocks: list[Block], i: int, rules: RuleSet, terminal: str,
                     pairs: list[Counter]) -> bool:
    """CLS015: a paragraph cut by its column, and the next box's title line read on as its
    last line (…进一步强化， / 全国首批老年助餐服 / 务示范点名单公布 / ——一线蹲点见闻). A
    paragraph's last line ends a sentence or fills the measure; a short one that ends
    neither, with a title's tail and a subtitle, byline or dateline under it, is a title;
    so is a full one that ends none after a line that did, right above a byline (or its
    subtitle, where it is one quotation whole: “…，…”), or one with no clause mark in it
    after any line, right above its subtitle. A short
    last line that completes a word of the page's text with the line above (…推动落实2030
    年可持 / 续发展议程: 持续) is the paragraph's own, its end mark lost (OCR).
    `pairs` holds the page's paragraph_pairs once counted (empty before)."""
    b = blocks[i]
    if (b.role != "paragraph" or b.level or len(b.lines) < 2 or b.filled is None
            or len(b.line_texts) != len(b.lines)):
        return False
    last = b.line_texts[-1]
    if not last.strip():
        return False  # (a marker's line whose words went to the manifest: 第六版）)
    if tag_at_end("".join(b.line_texts), rules) and not tag_at_end(last, rules):
        return False  # (a column's tag the break cut, …体制（专题深 / 思）: one title's lines)
    if opens_with_dash(b.text) or (title_tail(last, rules) and (
            len(last.strip()) == 1 or _TITLE_STOP.search(b.line_texts[-2].rstrip()))):
        # (A quotation's attribution or a signature opens with a dash and ends with no
        # mark: its short last line is its own, …欢迎宴会上 / 强调, no title's. Nor is a
        # character alone a title line (…速度重塑经济，轨道连接未来。高铁 / 在), nor two
        # under a line that ends on a clause mark, which go on with the clause (…不私自
        # 下水游泳， / 不).)
        return False
    if (asks(last) and (not ends_sentence(b.line_texts[-2], terminal) or b.filled)
            and i + 1 < len(blocks) and not _first_line_at_top(blocks, i, rules)
            and not _title_first_line(b, rules)
            and not title_tail(last.rstrip("”’」』\"'？！?!"), rules)
            and _head_below(blocks, i + 1, rules, subtitle=False, names=False)):
        # A title that asks, read on from a paragraph its column cut, right over the next
        # article's byline or dateline (…中国共产党总是能 / 年轻人为何爱上“博物馆打卡”？ /
        # 中青报·中青网记者…): no paragraph goes on into a head, and no word across the
        # break joins the two lines. A character or two before the mark is no title of its
        # own but the tail of one wrapped (年轻人为何爱上“博物馆打 / 卡”？). So is a full
        # one after a paragraph's last sentence (…用上了。”他说。 / 毕业季，他们为何选择
        # “慢就业”？ / 中青报·中青网记者…), as one that asks nothing is (below).
        return not word_across(b.line_texts[-2], last, blocks, i, i + 1, rules,
                               paragraph_pairs_once(blocks, pairs), listed=False)
    colon = _ends_on_subject(last, rules)
    if ((_TITLE_STOP.search(last) and not colon) or opens_with_dash(last)
            or (ends_sentence(last, terminal) and not colon)
            or len(last) > rules.param("CLS005", "max_plain_headline_chars")):
        return False  # (a title may wrap after its subject's colon: 南京…开发区： / 探索…)
    if b.filled:
        # A full last line after one that ended a sentence, right above a byline
        # (…始终走在时代前列。 / 让科普“追”上科创（纵横） / 裴  桐): no paragraph goes on
        # into a byline, so the line is the next box's title, as wide as the column.
        # So is one with no clause mark over its subtitle's line and a byline or dateline
        # (…600万人次。 / 受台风外围影响 明起我市有强降雨 / ——来自基层一线的调查 / 海滨
        # 晚报讯（记者…）): text goes on past a dash, but not into a head.
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if not _CLAUSE_OR_SENTENCE.search(last) and _subtitle_over_head(blocks, i + 1, rules):
            # (Whatever the line above ends on: a paragraph cut mid-sentence too, …推动农村公路从
            # “通得了”向“ / 粤西首个国家骨干冷链物流基地投运 / ——来自基层一线的调查 / 南方
            # 日报讯…: no paragraph goes on into a head; the cut one goes on elsewhere.)
            return True
        return (ends_sentence(b.line_texts[-2], terminal) and nxt is not None
                # (a bare name unspaced too under a line that ends in a column's tag:
                # …打开了新空间。 / 无声的灯塔（环球走笔） / 沈小晓)
                and (_byline_next(blocks, i, rules, spaced=not tag_at_end(last, rules))
                     # (A title that is one quotation whole may hold a clause mark: “内外贸
                     # 同样重要，两条腿走路更稳妥” / ——写在活动启动之际 / 本报记者…; one with
                     # none is taken above, whatever the line before it ends on.)
                     or (_quoted_whole(last) and _subtitle_over_head(blocks, i + 1, rules))
                     # (or the title wrapped onto a short tail over its subtitle, byline or
                     # dateline: …的能力。 / 秋季学期开学 各地做好安 / 全保障 / ——写在活动
                     # 启动之际 / 新华社北京9月2日…)
                     or (nxt.role == "paragraph" and not nxt.level and len(nxt.lines) == 1
                         and not _CLAUSE_OR_SENTENCE.search(last + nxt.text)
                         and display_width(nxt.text) < display_width(last)
                         and i + 2 < len(blocks)
                         and (_head_below(blocks, i + 2, rules, subtitle=False, names=False)
                              or _subtitle_over_head(blocks, i + 2, rules)))))
    if tag_at_end(last, rules) and _byline_next(blocks, i, rules, spaced=False):
        # A short last line ending in a column's tag right over a byline (…更好提高企 /
        # 国家队也能“省里办”（微观） / 李嘉岳): no paragraph ends in a column's tag, nor
        # goes on into a byline. The next box's title, read on from the cut paragraph.
        return True
    # (A headline wrapped onto two lines under it, one block, _two_line_title, where the
    # line above the title's line is text: a paragraph's of several lines, or a dateline's
    # first, cut there (本报讯（记者陈雪）3月17 / 关注秋粮收购 / 确保…现代化取 / 得决定性
    # 进展); a line alone after a finished paragraph is the title's own first line.)
    n = i + 1
    while (n < len(blocks) and n - i <= 2 and blocks[n].role == "paragraph"
           and (len(blocks[n].lines) == 1 or blocks[n].title_lines > 1
                or (len(blocks[n].line_texts) == 2 and opens_with_dash(blocks[n].line_texts[1]))
                or (_two_line_title(blocks[n], rules) and (
                    len(b.lines) > 2 or dateline(b.line_texts[0], rules) is not None)))
           and not opens_with_dash(blocks[n].text)
           and _title_line(blocks[n], rules, terminal, last=True)
           and not bare_byline(blocks[n].text, rules)):
        n += 1
    # (Or a subtitle's line right under it, over a byline or dateline: the title is one
    # line, …高科技企业的最 / 让每所乡村学校都有自己的光 / ——多地推进情况观察 / 刘  博   孙  悦.)
    subtitled = (n == i + 1 and _subtitle_over_head(blocks, n, rules)
                 and not title_tail(last, rules))  # (a wrapped title's tail: …看好 / 病)
    if (n == i + 1 and not subtitled) or n >= len(blocks):
        return False  # no title line of its own under it: a paragraph's cut-off end
    if (len(b.lines) == 2 and (i == 0 or (blocks[i - 1].role != "paragraph"
                                          and not _under_byline(blocks, i))
                               or ends_sentence(blocks[i - 1].text, terminal))
            and not ends_sentence(b.line_texts[0], terminal)
            and tag_at_end("".join([last] + [blocks[k].text for k in range(i + 1, n)]), rules)):
        # (One line alone over the title's, after no text (a photo's caption) or a
        # finished paragraph, where the title ends in its column's tag: the title's first
        # line, its marks the title's own (…供图 / 久久为功，“APEC蓝”成为 / “北京蓝”（总书
        # 记的关切· / 落地的回响）), no paragraph its column cut after one line.)
        return False
    if _number_goes_on(b.line_texts[-2], last, rules.param("BLK009", "number_units")):
        return False  # a number and its unit across the break (…200多 / 个县的…): it goes on
    if word_across(b.line_texts[-2], last, blocks, i, i + 1, rules,
                   paragraph_pairs_once(blocks, pairs), listed=False):
        return False  # the break falls inside a word: the paragraph goes on
    if subtitled:
        return True
    # (Not by the word list: where it kept a title's tail on its paragraph (…贝克尔仔 / 细,
    # 仔细), the paragraph, cut under the next box's title, was then taken for its kicker;
    # on the dev sets asking the list here lost 0.005 on seed 901 and gained nothing.)
    # (Not a bare line of names: under a cut paragraph it is as often the text's. A
    # photo's caption may stand between the head and its text, as the anchors' do.)
    # A title that ends in its column's tag (从“多少年”感悟自 / 信（评论员观察）) is signed by
    # a bare name as well (李洪兴), as a commentary is: no paragraph's line ends in a tag.
    tagged = bool(tag_at_end("".join([last] + [blocks[k].text for k in range(i + 1, n)]), rules))
    while n + 1 < len(blocks) and blocks[n].role == "caption":
        n += 1
    return _head_below(blocks, n, rules, names=tagged)


def _quoted_whole(text: str) -> bool:
    """Whether a line is one quotation whole, no sentence ended inside it (“内外贸同样重要，
    两条腿走路更稳妥”): a headline that quotes a speaker, its clause marks the speaker's."""
    text = text.strip()
    return (len(text) > 2 and text[0] == "“" and text[-1] == "”"
            and not _QUOTES.search(text[1:-1]) and not regex.search(r"[。！？!?]", text))


def _title_after_caption(blocks: list[Block], i: int, rules: RuleSet, terminal: str) -> bool:
    """CLS015: a photo's caption whose line above its last ended a sentence, the last line
    a title's (no credit, no sentence or clause mark at its end) over the title's tail and
    a byline or dateline, or right over one of those. A caption's line that fills the
    measure ending in 。 is not taken for its end (it may go on into a second sentence),
    so the next box's title, set under the photo, is read on into it: a caption goes on
    into its credit (…创刊号。 / 本报记者  周  雷摄), not into a head."""
    b = blocks[i]
    if (b.role != "caption" or len(b.lines) < 2 or len(b.line_texts) != len(b.lines)
            or i + 1 >= len(blocks) or not ends_sentence(b.line_texts[-2], terminal)):
        return False
    last = b.line_texts[-1].strip()
    if (not last or ends_sentence(last, terminal) or _TITLE_STOP.search(last)
            or _SENTENCE_INSIDE.search(last) or opens_with_dash(last)
            or len(last) > rules.param("CLS005", "max_plain_headline_chars")
            or any(c.match(last) for c in rules.param_patterns("CAP004", "credit"))
            or rules["CAP005"].search(last)):
        return False
    nxt = blocks[i + 1]
    if (nxt.role == "paragraph" and not nxt.level and len(nxt.lines) == 1
            and title_tail(nxt.text, rules) and i + 2 < len(blocks)):
        return _head_below(blocks, i + 2, rules, subtitle=False, names=False)
    return _head_below(blocks, i + 1, rules, subtitle=False, names=False)


def _byline_next(blocks: list[Block], i: int, rules: RuleSet, spaced: bool) -> bool:
    """Whether the block after block i is a byline: a reporter's (CLS003), or a line alone
    of a bare name (`spaced`: only one set with spaces, 刘  博, as a paragraph's short line
    of two or three characters may look like a name unspaced)."""
    nxt = blocks[i + 1] if i + 1 < len(blocks) else None
    return nxt is not None and (nxt.role == "byline" or (
        nxt.role == "paragraph" and len(nxt.lines) == 1
        and (not spaced or _SPACED.search(nxt.text) is not None) and bare_byline(nxt.text, rules)))


def _two_line_title(b: Block, rules: RuleSet) -> bool:
    """A block of two printed lines with no clause or sentence mark in them, the second no
    wider than the first (确保基本实现社会主义现代化取 / 得决定性进展; within CLS015's
    same_width, as digits print wider than their count: 前4个月全国铁路完 / 成货物发送量
    16.9亿): a headline wrapped by its measure, as one block."""
    return (len(b.line_texts) == 2 == len(b.lines) and not b.filled
            and not _CLAUSE_OR_SENTENCE.search(b.text)
            and display_width(b.line_texts[1])
            <= display_width(b.line_texts[0]) + rules.param("CLS015", "same_width"))


def _subtitle_line(b: Block) -> bool:
    """Whether a block is one line of text opening with a subtitle's dash (——…)."""
    return b.role == "paragraph" and len(b.lines) == 1 and opens_with_dash(b.text)


def _subtitle_over_head(blocks: list[Block], n: int, rules: RuleSet) -> bool:
    """Whether block n is a subtitle's line (——…) right over a byline or dateline."""
    return (n + 1 < len(blocks) and _subtitle_line(blocks[n])
            and _head_below(blocks, n + 1, rules, subtitle=False))


def _past_tag(blocks: list[Block], n: int, rules: RuleSet) -> int:
    """Block n, or the block under it where block n is a column's tag (（国际论坛）, the
    whole block's text) with a block under it: the tag closes the title over it."""
    if n + 1 < len(blocks) and column_tag(blocks[n].text, rules):
        return n + 1
    return n


def _head_below(blocks: list[Block], n: int, rules: RuleSet, subtitle: bool = True,
                names: bool = True) -> bool:
    """Whether block n marks an article's head under title lines: a byline (CLS003, or,
    with `names`, a bare line of names over the text), a dateline, or (`subtitle`) a
    subtitle's line."""
    below = blocks[n]
    return (below.cue == "CLS003" or (names and _names_over_text(blocks, n, rules, ()))
            or (below.role == "paragraph" and dateline(below.text, rules) is not None)
            or (subtitle and _subtitle_line(below)))


def _split(block: Block, at: int) -> tuple[Block, Block]:
    """The block cut before its line `at`: two blocks, each with its lines' edits."""
    cut = block.lines[at][0]
    second = replace(block, start=cut, content_start=cut, level=0, lines=block.lines[at:],
                     line_texts=block.line_texts[at:],
                     edits=[e for e in block.edits if e.start >= cut], gap_before=0,
                     continues=False, split_by="", title_lines=0, evidence={})
    first = replace(block, end=block.lines[at - 1][1], lines=block.lines[:at],
                    line_texts=block.line_texts[:at],
                    edits=[e for e in block.edits if e.start < cut], filled=None, cut=False)
    first.text, second.text = block_text(first), block_text(second)
    return first, second


def _title_measure(blocks: list[Block], anchors: list[int], rules: RuleSet,
                   terminal: str) -> float | None:
    """The width titles wrap at on this page: the most common width of a title line that
    another title line follows, above an anchor, when two titles or more agree."""
    widths: Counter = Counter()
    for i in anchors:
        k = i
        while (k > 0 and i - k < rules.param("CLS005", "max_title_stack")
               and _title_line(blocks[k - 1], rules, terminal)):
            k -= 1
        for n in range(k, i - 1):
            widths[display_width(blocks[n].text)] += 1
    if not widths:
        return None
    best = max(widths, key=lambda w: (widths[w], w))
    return best if widths[best] >= 2 else None


def _names_over_text(blocks: list[Block], i: int, rules: RuleSet, words: Container[str]) -> bool:
    """A bare line of names (CLS014) with the article's text right under it: with a title
    above (checked by the caller) it is the byline and the head's anchor. Not a line
    whose first character makes a word of the page's text with the line above's last (各地
    做好安 / 全保障: the title's tail), nor one over text that opens with a mark no line
    may start with (相一一 / 。: a line cut before its mark)."""
    block = blocks[i]
    if (block.role != "paragraph" or len(block.lines) != 1 or i + 1 >= len(blocks)
            or not bare_byline(block.text, rules)
            or (i and _word_across(blocks[i - 1], block, words, rules))
            or (i and leaves_open(blocks[i - 1].text))):  # a title cut mid-phrase goes on
        return False
    n = i + 1
    while (n < len(blocks) and n - i <= rules.param("CLS014", "captions_under_names")
           and blocks[n].role == "caption"):
        n += 1  # a photo's caption between the byline and the text
    if n >= len(blocks):
        return False
    below = blocks[n]
    if (len(below.lines) == 1 and n + 1 < len(blocks) and blocks[n + 1].role == "paragraph"
            and opens_with_dash(blocks[n + 1].text)):
        # A subtitle (——…) under the line below: that line is a title's, no text, and the
        # name-shaped line over it a piece of the title (习做对 / 了什么 / 一一一线蹲点见闻).
        return False
    return (below.role in ("paragraph", "heading") and not bare_byline(below.text, rules)
            and not (below.text and below.text[0] in rules.param("LAY101", "no_line_start")))


def _word_across(above: Block, line: Block, words: Container[str], rules: RuleSet) -> bool:
    """Whether a short unspaced name-shaped line (全保障) completes a word of the page's
    text with the end of the line above (安全), or of the word list (这些地 / 方别去:
    地方), or a number's unit the number above it (…超1300 / 万人次): a title's tail, not a
    name."""
    return _HAN_WORD.fullmatch(line.text) is not None and (
        above.text[-1:] + line.text[:1] in words
        or (above.text[-1:].isdigit() and line.text[:1] in rules.param("CLS014", "number_units"))
        or bool(listed_across(above.text, line.text, rules)))


def _anchor(block: Block, rules: RuleSet) -> bool:
    """An edition line set under a title, a byline (CLS003) or a dateline."""
    return block.cue in ("CLS013", "CLS003") or (
        block.role == "paragraph" and dateline(block.text, rules) is not None)


def _title_line(block: Block, rules: RuleSet, terminal: str, last: bool = False,
                ended: bool = False, upper: bool = False) -> bool:
    """A title's line (or, where a title's first line filled a narrow column's measure,
    its lines): short, ending no sentence, no dash of a signature or subtitle. A title's
    `last` line, right above its subtitle or byline, may ask or exclaim (…爱上“博物馆打卡”？)."""
    if len(block.lines) > rules.param("CLS015", "max_lines") or block.role not in (
            "paragraph", "heading"):
        return False
    text = block.text
    if block.cut or "read_on_from" in block.evidence:
        # a paragraph cut at a full line that goes on elsewhere, or the text a line alone
        # reads on into (CLS026)
        return False
    if opens_with_dash(text):
        return False  # a signature (——编者) or a subtitle's dash, not a title line
    if dateline(text, rules):
        return False  # a story's first paragraph (本报讯（记者…）…！), however short
    if len(_CLAUSE_MARK.findall(text)) > rules.param("CLS015", "max_clause_marks"):
        return False  # clauses of a paragraph (…艺术节，“全球 / 艺场”…显著，今年 / …)
    lines = block.line_texts or [text]
    if (any(_TITLE_STOP.search(t.rstrip()) for t in lines[:-1]) or (
            _TITLE_STOP.search(lines[-1].rstrip())
            and (last or not _ends_on_subject(lines[-1], rules)))) and not (
            upper and len(block.lines) == 1 and _clause_ends(text, rules)):
        # A clause cut at a line's end: no title's line ends so, but a title that names its
        # subject before a colon may wrap there (南京浦口经济开发区： / 探索集成电路…), and
        # an `upper` line alone over a title's line may end the title's first clause
        # (引领未来， / 中国共产党做对了什么, the title wrapped after it).
        return False
    if len(block.lines) > 1 and ((block.filled and not ended and not tag_at_end(text, rules))
                                 or _SENTENCE_INSIDE.search(text)):
        # A paragraph cut off by what follows, not a title; but nothing goes on into a
        # dateline (BLK010 `ended` the block), and no paragraph ends in a column's tag
        # (…的中国”（第一现场）): lines that fill a narrow measure so are a title's.
        return False
    longest = rules.param("CLS005", "max_plain_headline_chars") * (1 if len(block.lines) == 1
                                                                   else 2)
    if last and (asks(text) or _LABEL.fullmatch(text)):
        # (A column's label in brackets under the title it ends: （专题深思）.)
        return 0 < len(text) <= longest
    return 0 < len(text) <= longest and (not ends_sentence(text, terminal)
                                          or (not last and _ends_on_subject(text, rules)))


def _clause_ends(text: str, rules: RuleSet) -> bool:
    """CLS015: a short line alone whose only clause mark is its last character, a comma
    (引领未来，): a title's first clause."""
    body = text.rstrip()
    return (body[-1:] in rules.param("CLS015", "clause_end_marks")
            and len(body) <= rules.param("CLS015", "max_clause_chars")
            and not _CLAUSE_OR_SENTENCE.search(body[:-1]))


_CLAUSE_OR_SENTENCE = regex.compile(r"[，、；：,;:。！？]")
# A mark right after another (。” ”？ ）（): a setter may print one of the two half wide.
_MARK_AFTER_MARK = regex.compile(r"(?<=[\p{P}])\p{P}")
_LATIN = regex.compile(r"[0-9A-Za-z]")


def _ends_on_subject(text: str, rules: RuleSet) -> bool:
    """CLS015: a title line that names its subject before a colon (南京浦口经济开发区：;
    OCR's reading, 开发区 :): the title goes on after it. (After a digit a colon is a
    time's, cut at the line's end: 10: / 30.)"""
    text = text.rstrip()
    return (text[-1:] in rules.param("CLS015", "subject_marks")
            and not after_digit(text, len(text) - 1))


def asks(text: str) -> bool:
    """A title that asks or exclaims (…为何爱上“博物馆打卡”？): a headline may end so,
    never in 。 and with no sentence inside it. (A line of closing marks alone asks
    nothing: "" is in every string.)"""
    last = text.rstrip("”’」』\"'")[-1:]
    return last != "" and last in "？！?!" and not _STOP_INSIDE.search(text)


def _title_runs(blocks: list[Block], k: int, j: int, whole: bool, rules: RuleSet,
                words: Container[str], ocr: bool = False,
                at_top: bool = False) -> list[tuple[int, int, dict]]:
    """The runs of title lines to merge, each with its evidence. Under an edition line (an
    article print sets its title in one style) all of them, unless a line ends in blank
    space (the title broke at a space: kicker above, headline below). Elsewhere stacked
    lines are kicker, headline and subtitle, unless a line leaves a quotation or bracket
    open or the next opens with a closing mark (the title was cut mid-phrase), or the
    last line is the headline's tail. `at_top`: the stack's top line has only furniture
    and captions above it, so it may be the page's banner (CLS001) over the head's own
    kicker: a head's one kicker then tells no kicker from a headline's first line."""
    # The headline's wrapped lines, from its last up: a short last line (at most
    # `tail_share` of the line above; or narrower than it at all, where the break falls
    # inside a word the page's text uses), and above that lines as wide as it
    # (±`same_width`): each filled the title's measure. A kicker above is a phrase of its
    # own width.
    wrapped: set[int] = set()  # n: line n wraps into line n + 1
    widths = [title_width(b.text) for b in blocks[k:j]]
    n = j - k - 2
    why = {}
    # (A photo-news column's title, 图片报道, is no line's tail: it is a title of its own,
    # under its kicker, 走进产业园区 / 图片报道.)
    if (n >= 0 and not _ended_short(blocks[k + n], rules)
            and not _column_title(blocks[k + n + 1].text, rules)):
        pair = blocks[k + n].text[-1:] + blocks[k + n + 1].text[:1]
        # (A column's tag ends the headline's last line, 护健康（人民时评）: no kicker carries
        # one, so the tail is weighed by its words alone, 护健康.)
        tag = tag_at_end(blocks[k + n + 1].text, rules)
        words_width = widths[n + 1] - display_width(tag) if tag else widths[n + 1]
        if (at_top and n == 0 and _banner_over_title(blocks[k], blocks[k + 1], rules, words)
                and rules.param("CLS015", "tail_chars") < widths[1]
                <= rules.param("CLS015", "sure_share") * widths[0]):
            # (The page's banner set across the page over the first headline, no line of
            # it: 在推进中国式现代化建设中走在前列 / 一座县城的百年影像, d1101 gen-1108.)
            pass
        elif widths[n + 1] <= rules.param("CLS015", "sure_share") * widths[n]:
            why = {"tail": widths[n + 1], "above": widths[n]}
        elif tag and words_width <= rules.param("CLS015", "sure_share") * widths[n]:
            why = {"tail": words_width, "above": widths[n], "column_tag": tag.strip()}
        elif ((pair in words and widths[n + 1] <= widths[n] + rules.param("CLS015", "same_width"))
              or (widths[n + 1] <= widths[n] + 2 * rules.param("CLS015", "same_width")
                  and listed_across(blocks[k + n].text, blocks[k + n + 1].text, rules))):
            # (Narrower, or as wide: a title that filled both lines of its box; a little
            # wider where a word of the list spans the break, since quotation marks print
            # narrower than a character: 毕业季，他们为 / 何选择“慢就业”？, 为何.)
            why = {"tail": widths[n + 1], "above": widths[n], "word_across": pair}
        elif widths[n + 1] <= rules.param("CLS015", "tail_share") * widths[n]:
            # A tail a little narrower, breaking at no word the page uses: a kicker is
            # seldom longer than its headline, so a wrap, but said (the article's flag).
            why = {"tail": widths[n + 1], "above": widths[n], "doubt": True}
        # Two title lines alone, exactly as wide, neither holding a quotation mark (whose
        # printed width varies by font): a long title set at the size that fills two lines
        # of its box (确保基本实现社会主义 / 现代化取得决定性进展). A kicker exactly as
        # wide as its headline is rarer; said in the article's flag.
        elif (j - k == 2 and min(widths[n], widths[n + 1]) >= rules.param("CLS015", "even_min")
              and not _QUOTES.search(blocks[k].text + blocks[k + 1].text)
              and _even(blocks[k], blocks[k + 1], rules)):
            why = {"tail": widths[n + 1], "above": widths[n], "doubt": True, "even": True}
    if why:
        wrapped.add(k + n)
        while (n > 0 and abs(widths[n - 1] - widths[n]) <= rules.param("CLS015", "same_width")
               and (blocks[k + n - 1].text[-1:] + blocks[k + n].text[:1] in words
                    or listed_across(blocks[k + n - 1].text, blocks[k + n].text, rules)
                    or _coverb_end(blocks[k + n - 1].text, rules))):
            # (A kicker may be as wide: the line above wraps only where the break falls
            # inside a word, of the page's text or of the word list: 变化怎 / 么看; or
            # after a coverb whose object follows: 一个西班牙人对 / 中国式现代化的 / 观察.)
            n -= 1
            wrapped.add(k + n)
        if (n > 0 and abs(widths[n - 1] - widths[n]) <= rules.param("CLS015", "same_width")
                and k + n - 1 not in wrapped and not leaves_open(blocks[k + n - 1].text)):
            # (The line under it wrapped onto a tail of a character or two.)
            tail_alone = k + n + 2 == j and widths[n + 1] <= rules.param("CLS015", "tail_chars")
            if (tail_alone and n > 1 and widths[n - 2] <= widths[n - 1] == widths[n]
                    and not leaves_open(blocks[k + n - 2].text) and not (at_top and n == 2)):
                # (A line exactly as wide, itself under a line no wider: a head has one
                # kicker, so the top line is it and this one the headline's first line,
                # 民生实事看落实 / 各地中小学课间 / 普遍延长到15分 / 钟, said in the
                # article's flag, as for three lines with no tail. Not where the top line
                # stands at the page's top: the page's banner may be it, over the head's
                # own kicker, 学习贯彻全会精神 / 首台套装备“出海”提速 / 国产大型盾构机订单
                # 排到 / 明年.)
                wrapped.add(k + n - 1)
                why = dict(why, doubt=True, one_kicker=True)
            elif ((widths[n - 1] == widths[n] or ocr) and n == 1
                  and _lede_repeats(blocks, j, blocks[k].text, rules)):
                # (A line exactly as wide, the stack's top, that the text under the head
                # repeats word for word: the headline's first line, which the lede
                # restates, 中共中央总书记习近平 / 电贺郑丽文当选中国国 / 民党主席 over
                # 中共中央总书记习近平19日致电郑丽文…; said in the article's flag. On a
                # page set in OCR's blocks, as wide within `same_width`: OCR loses a
                # character of a line now and then, 中共中央总书记习近平 / 货郑丽文当选
                # 中国国, 电 lost.)
                wrapped.add(k)
                why = dict(why, doubt=True, lede_repeats=True)
            elif (tail_alone and n == 1 and widths[n - 1] == widths[n]
                  and blocks[k + n].text[-1:] + blocks[k + n + 1].text[:1] in words
                  and " " not in blocks[k + n].text.strip()
                  and not _QUOTES.search(blocks[k].text + blocks[k + n].text)):
                # (A line exactly as wide, the stack's top, over a line whose tail the
                # measure cut from inside a word the page's text uses: the headline filled
                # its box to the last character, and its first line is the one over it,
                # 各地中小学课间 / 普遍延长到15分 / 钟, 受台风外围影响 / 明起我市有强降 /
                # 雨; said in the article's flag. Not over a line of two phrases set a
                # blank apart (对仗: a headline of its own under its kicker, 持续晴热高温天气
                # 来袭 / 白天躲高温 夜晚逛夜 / 市); nor over a tail cut between words,
                # 推进优质医疗资源扩容下沉 / 县域医共体让群众就近看好 / 病; nor where either
                # line holds a quotation mark, whose printed width varies by font, so that
                # "exactly as wide" says nothing: 首台套装备“出海”提速 / 国产大型盾构机订单排到
                # / 明年, a kicker over its headline, d17301 gen-17302.)
                wrapped.add(k)
                why = dict(why, doubt=True, mid_word_tail=True)
            elif widths[n - 1] == widths[n] or not tail_alone:
                # (Over a line and its tail, only a line exactly as wide is in doubt, as
                # where the two were read as one block: a narrower one is the kicker,
                # 各地中小学生 / 普遍延长到15分 / 钟.)
                blocks[k + n - 1].evidence = dict(blocks[k + n - 1].evidence, title_doubt={
                    "above": widths[n - 1], "below": widths[n],
                    "pair": blocks[k + n - 1].text[-1:] + blocks[k + n].text[:1]})
    if (not why and j - k == 2 and not leaves_open(blocks[k].text)
            and not _QUOTES.search(blocks[k].text + blocks[k + 1].text)):
        # (A line over a headline that wrapped, exactly as wide as the headline's first
        # printed line (各地中小学课间 / 普遍延长到15分 / 钟): a kicker, or the headline's
        # first line.)
        lower = blocks[k + 1].line_texts
        lead = display_width(lower[0]) if len(lower) > 1 else _first_line_width(
            blocks[k + 1], rules)
        if lead == widths[0] >= rules.param("CLS015", "even_min"):
            if len(lower) > 1 and _lede_repeats(blocks, j, blocks[k].text, rules):
                # (One that the text repeats word for word is the headline's first line:
                # a lede restates its headline, 中共中央总书记习近平 / 电贺郑丽文当选中国国 /
                # 民党主席 over 中共中央总书记习近平19日致电…; said in the article's flag.)
                why = {"tail": display_width(lower[-1]), "above": widths[0], "doubt": True,
                       "lede_repeats": True}
                wrapped.add(k)
            else:
                # (Else it stays the kicker, and the article says so.)
                blocks[k].evidence = dict(blocks[k].evidence, title_doubt={
                    "above": widths[0], "below": lead,
                    "pair": blocks[k].text[-1:] + blocks[k + 1].text[:1]})
    if (not why and j - k == 3 and not at_top
            and abs(widths[2] - widths[1]) <= rules.param("CLS015", "same_width")
            and (widths[0] <= min(widths[1:])
                 or widths[0] <= sum(widths[1:]) and parallel(blocks[k + 1].text, blocks[k + 2].text))):
        # Three title lines, none a tail: a head has one kicker, no wider than its
        # headline, so the lower two, as wide as each other, are the headline wrapped
        # (绿色发展新答卷 / 铁北出席非洲女性 / 议员研讨班开班式; 新春走基层 / 毕业季，他们
        # 为何 / 选择“慢就业”？), said in the article's flag. The headline is the two
        # lines together where they are two parallel phrases (as many Han characters
        # each, nothing else: 对仗 set a space apart, which OCR set on lines of their own):
        # a top line wider than either but not than both is the kicker still (持续晴热高温
        # 天气来袭 / 白天躲高温 / 夜晚逛夜市). Not at the page's top, where the top line
        # may be the page's banner over the head's own kicker (扎实推动乡村全面振兴 / 推进
        # 优质医疗资源扩容下沉 / 县域医共体让群众就近看好病).
        why = {"tail": widths[2], "above": widths[1], "doubt": True, "one_kicker": True}
        wrapped.add(k + 1)
    tails: dict[int, dict] = {}  # line n wraps into a tail of a character or two
    shortest = rules.param("CLS015", "tail_chars")
    for n in range(j - k - 1):
        # (A tail under a tail: OCR read a speck of the title's stroke, then its last
        # characters, 蒙内铁路…超1300万 / 人 / 人次: the title's tail still, no headline.)
        after_tail = n > 0 and k + n - 1 in tails
        if (k + n not in wrapped and 0 < widths[n + 1] <= shortest
                and (shortest < widths[n] or after_tail)
                and not opens_with_dash(blocks[k + n + 1].text)):
            # A line of a character or two stands alone in no kicker or headline: it is
            # the tail of the line above (多地开展新能源汽车下乡活 / 动).
            wrapped.add(k + n)
            tails[k + n] = {"tail": widths[n + 1], "above": widths[n], "tail_alone": True}
    clause = (rules.param("CLS015", "subject_marks") + rules.param("CLS015", "clause_end_marks")
              + rules.param("CLS015", "open_particles"))
    questions = tuple(rules.param("CLS015", "open_questions"))
    unstarting = rules.param("CLS015", "unstarting_marks")
    # (A line ending on a coverb whose object follows, 姬乡青年把 / 有箱开进了…, with no
    # clause mark in it: a paragraph's line read among title lines has one, …表示，将把.)
    by_marks = rules.param("CLS015", "box_wraps_by_marks_only")
    runs, start = [], k
    for n in range(k, j):
        text = blocks[n].text
        nxt = blocks[n + 1].text if n + 1 < j else ""
        end = text.rstrip()[-1:]  # ("" is in every string: a blank line ends on no mark)
        # (No kicker or headline ends on a colon or a comma: the title goes on after it.)
        # (A bracket or quotation the run opened and has not closed: 更好统筹…（深入学习
        # 贯彻习近 / 平新时代…社会主义 / 思想…专家谈）is one title however it broke.)
        # (Only where a later line of the stack closes it: a mark left open for good is
        # no evidence.)
        opened = "".join(blocks[m].text for m in range(start, n + 1))
        closed = not leaves_open(opened + "".join(blocks[m].text for m in range(n + 1, j)))
        wraps = (whole and not blocks[n].start_evidence.get("ends_in_space")) or leaves_open(text) \
            or (leaves_open(opened) and closed) \
            or nxt[:1] in CLOSERS or (bool(nxt.strip()) and nxt.lstrip()[0] in unstarting) \
            or n in tails
        # (On a page of text boxes, pdfminer.six's, a wrapped title's lines stand in one
        # box: a line over a box of its own wraps into it only by its marks, never by its
        # width or words. Two boxes are two titles, 引领未来，中国做对了什么 / 农村公路提质
        # 增效行动启动, or a kicker over its headline, or a paragraph's line read over a
        # title, 家医保局明确，此次集采将遵循 / 让每所乡村学校都有自己的光.)
        if not wraps and not (by_marks and n + 1 < j and blocks[n + 1].opens_box()):
            wraps = n in wrapped or (bool(nxt) and bool(end) and end in clause) \
                or (bool(nxt) and asks(nxt) and _open_question(text, questions)) \
                or (bool(nxt) and _coverb_end(text, rules)) \
                or (bool(nxt) and n == start and _QUANTITY.fullmatch("".join(text.split()))) \
                or (n + 1 < j and _filled_into_word(blocks[n], blocks[n + 1], rules, words))
        if not wraps or n == j - 1:
            if n + 1 - start > 1:
                evidence = {"lines": n + 1 - start, "widths": widths[start - k:n + 1 - k]}
                if whole:
                    evidence["under_edition_line"] = True
                own = [tails[m] for m in range(start, n + 1) if m in tails]
                if own:
                    evidence.update(own[0])
                elif n in wrapped or n - 1 in wrapped:
                    evidence.update(why)
                runs.append((start, n + 1, evidence))
            start = n + 1
    return runs


def _open_question(text: str, questions: tuple[str, ...]) -> bool:
    """CLS015: whether a title line asks a question it does not end: it holds a question
    word (为何, 如何, …) with no mark of a question or sentence after it (毕业季，他们为何 /
    选择“慢就业”？; 年轻人为何爱上 / “博物馆打卡”？). Over a line that asks, the two are one
    question wrapped: no kicker asks (on the dev sets' and rmrb-20251020's gold none holds
    a question word)."""
    at = max((text.rfind(q) for q in questions), default=-1)
    return at >= 0 and not regex.search(r"[？！?!。]", text[at:])


def _lede_repeats(blocks: list[Block], j: int, line: str, rules: RuleSet) -> bool:
    """CLS015: whether the text under a head (its first `lede_paragraphs` paragraphs from
    block j, past a byline) prints a title line's Han characters word for word, in order
    with at most `lede_gap` other Han characters between them in all (digits and marks
    between are passed over): a lede restates its headline (中共中央总书记习近平电 over
    中共中央总书记习近平19日致电…)."""
    han = "".join(_HAN.findall(line))
    if len(han) < rules.param("CLS015", "even_min"):
        return False
    seen, gap = 0, rules.param("CLS015", "lede_gap")
    for b in blocks[j:j + rules.param("CLS015", "lede_paragraphs") + 2]:
        if b.role == "paragraph":
            if _within_gap(han, "".join(_HAN.findall(b.text)), gap):
                return True
            seen += 1
            if seen == rules.param("CLS015", "lede_paragraphs"):
                break
        elif b.role not in ("byline", "caption"):
            break
    return False


def _within_gap(short: str, text: str, gap: int) -> bool:
    """Whether text holds short's characters in order, with at most gap other characters
    between them in all (gap 0: short is a substring)."""
    if short in text:
        return True
    if gap == 0:
        return False
    for start in (m for m in range(len(text)) if text[m] == short[0]):
        pos, skipped = start + 1, 0
        for ch in short[1:]:
            found = text.find(ch, pos, pos + gap - skipped + 1)
            if found < 0:
                break
            skipped += found - pos
            pos = found + 1
        else:
            return True
    return False


def _coverb_end(text: str, rules: RuleSet) -> bool:
    """CLS015: a title line that ends on a coverb whose object is on the next line (姬乡青年
    把 / 有箱开进了…, 一个西班牙人对 / 中国式现代化的…): one of `open_coverbs`, not the end
    of a word of the word list (应对, 面向, 参与 end a phrase), in a line with no clause mark
    (a paragraph's line read among title lines has one, …表示，将把)."""
    text = text.rstrip()
    return (text[-1:] != "" and text[-1] in rules.param("CLS015", "open_coverbs")
            and not _CLAUSE_MARK.search(text) and text[-2:] not in lexicon.common(rules).logp)


def _first_line_width(block: Block, rules: RuleSet) -> float:
    """The width of a title block's printed line: the whole block's, or its first line's
    where the block is that line and its tail of a character or two (CLS015 joined them:
    普遍延长到15分 / 钟)."""
    lines = block.line_texts
    if len(lines) == 2 and title_tail(lines[1], rules):
        return display_width(lines[0])
    return display_width(block.text)


def _ended_short(block: Block, rules: RuleSet) -> bool:
    """A block that already holds a title wrapped onto a short last line (“中国经济蕴含强大
    韧性 / 和持久活力”): that title ended there, and does not go on into the block below."""
    lines = block.line_texts
    if len(lines) < 2 or len(lines) != len(block.lines):
        return False
    last = display_width(lines[-1])
    # (A character or two alone may be a piece the extractor split off the line, with
    # more of it in the block below: …发送 / 量 + 16.9亿吨.)
    return rules.param("CLS015", "tail_chars") < last <= rules.param(
        "CLS015", "sure_share") * display_width(lines[0])


def _filled_into_word(above: Block, below: Block, rules: RuleSet, words: Container[str]) -> bool:
    """CLS015: a title line as wide as the first line of the title block under it (within
    `same_width`: both filled the title's measure), where the break falls inside a word the
    page's text prints (更好统筹高质量发展和高水 / 平安全（深入学习…）: 水平): the headline
    wrapped there, whatever the block under it holds after its first line."""
    upper = (above.line_texts or [above.text])[-1]
    lower = (below.line_texts or [below.text])[0]
    return (abs(display_width(upper) - display_width(lower)) <= rules.param("CLS015", "same_width")
            and upper.rstrip()[-1:] + lower.lstrip()[:1] in words)


def _merge(blocks: list[Block], merges: list[tuple[int, int, dict]]) -> list[Block]:
    out: list[Block] = []
    spans = {start: (end, evidence) for start, end, evidence in merges}
    i = 0
    while i < len(blocks):
        end, evidence = spans.get(i, (None, None))
        if end is None:
            blocks[i].index = len(out)
            out.append(blocks[i])
            i += 1
            continue
        last = blocks[end - 1]
        first = _join(blocks[i:end])
        first.index = len(out)
        if first is not last and last.filled is False:
            # (A title ends where its last line does: a first line that filled the measure
            # over a short tail, 装备制造业、…重点行业维持高 / 景气度, is no paragraph's.)
            first.filled = False
        first.title_lines = len(first.lines)
        first.cue = "CLS015"
        first.evidence = dict(first.evidence, title=evidence)
        out.append(first)
        i = end
    return out


def _join(group: list[Block]) -> Block:
    """The blocks as one: the first, spanning the lines and edits of them all."""
    first = group[0]
    first.end = group[-1].end
    first.lines = tuple(ln for b in group for ln in b.lines)
    first.line_texts = [t for b in group for t in b.line_texts]
    first.edits = [e for b in group for e in b.edits]
    first.text = block_text(first)
    return first


_NAME_END = regex.compile(r"\p{Han}{1,2}")
_NAME = regex.compile(r"\p{Han}(?:[ \t\u3000]{0,3}\p{Han}){1,3}")
_LAST_HAN = regex.compile(r"\p{Han}$")


def _ends_in_title(text: str, titles) -> bool:
    """Whether a byline ends in a reporter's title of CLS003's `titles` (…通讯员, …摄影),
    of two characters at least: a name's last character (李 文) is no 文 or 图 credit."""
    text = text.rstrip()
    return any(t.fullmatch(text[k:]) for k in range(len(text) - 1) for t in titles)


def _join_wrapped_names(blocks: list[Block], rules: RuleSet) -> list[Block]:
    """CLS014: a byline whose last name wrapped (…记者  李 / 强): a surname standing alone at
    the byline's end, after a reporter's title, and one or two characters alone on the next
    line are one name; a byline that ends in a reporter's title has its name on the next
    line (…通讯员 / 孙 杰). The titles are CLS003's."""
    titles = rules.param_patterns("CLS003", "titles")
    out: list[Block] = []
    i = 0
    while i < len(blocks):
        b = blocks[i]
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        cut = (nxt is not None and b.role == "byline" and len(b.lines) == 1
               and nxt.role == "paragraph" and len(nxt.lines) == 1)
        # (the title and the surname alone after it: 记者  李; or the title last: 通讯员)
        cut_name = cut and _LAST_HAN.search(b.text) and _ends_in_title(b.text[:-1], titles)
        if cut and ((cut_name and _NAME_END.fullmatch(nxt.text))
                    or (_ends_in_title(b.text, titles) and not nxt.gap_before
                        and _NAME.fullmatch(nxt.text))):
            name = (b.text[-1:] if cut_name else "") + nxt.text  # (before the join: _join rewrites b's text)
            joined = _join([b, nxt])
            joined.evidence = dict(joined.evidence, name_wrapped=name, joined_by="CLS014")
            out.append(joined)
            i += 2
            continue
        if nxt is not None and _title_wrapped(b, nxt, rules):
            # A byline wrapped inside a title (…张  萌  中青报· / 中青网记者  李  强; …毛  宁
            # 实习 / 生  吴  桐): names only once the lines are one.
            joined = _join([b, nxt])
            joined.role, joined.cue = "byline", "CLS003"
            joined.evidence = dict(joined.evidence, title_wrapped=True, joined_by="CLS014")
            out.append(joined)
            i += 2
            continue
        out.append(b)
        i += 1
    for n, b in enumerate(out):
        b.index = n
    return out


def _title_wrapped(b: Block, nxt: Block, rules: RuleSet) -> bool:
    """Whether a line that opens like a byline but is not names only goes on into the next
    line, both single printed lines, to make a byline that is (CLS003's test)."""
    if (not rules.on("CLS003") or len(b.lines) != 1 or len(nxt.lines) != 1 or nxt.gap_before
            or b.role not in ("paragraph", "byline") or nxt.role not in ("paragraph", "byline")):
        return False
    rule = rules["CLS003"]
    both = b.text + nxt.text
    if len(both) > (rule.max_chars or len(both)) or not rule.search(b.text):
        return False
    if names_only(b.text, rule):
        # (Names only already, but its last "name" a character that opens a reporter's
        # title the next line ends: …王  林  实 / 习生  刘思远, 实习生.)
        tail, head = b.text.split()[-1], (nxt.text.split() or [""])[0]
        if len(tail) != 1 or not any(t.fullmatch(tail + head) for t in rules.param_patterns(
                "CLS003", "titles")):
            return False
    return rule.search(both) is not None and names_only(both, rule)
