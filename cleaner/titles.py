"""Title lines stacked with no byline or dateline under them (stage structure).

heads.mark_heads merges a wrapped title's lines above a byline, dateline or edition line.
A title with none of those under it (a short report, a photo column) is merged here, on
the one cue that needs no anchor: its break falls inside a word the page's text uses
(CLS017, see words.py); under a paragraph cut mid-sentence only on a page set in OCR's
blocks, where such a paragraph goes on wherever OCR read its column's next block. So is a
title line that leaves a quotation open over the line that closes it (CLS015); on a page
set in OCR's blocks only where the marks' places say so, since OCR flips a mark now and
then.
"""
from __future__ import annotations

from collections import Counter

import regex

from .blocks import closes_quotation_alone, display_width, leaves_open, opens_quotation_alone
from .classify import ends_sentence
from .heads import _column_title, _ends_on_subject, _merge, _page_top, _title_line, bare_byline
from .marks import terminal_marks
from .model import Block, one_box
from .registry import RuleSet
from .structure import CLAUSE_MARK, column_tag, title_tail
from .words import _pair, block_word, word_across

_SENTENCE_INSIDE = regex.compile(r"[。；;！？!?](?=.)")
_HAN_ONLY = regex.compile(r"\p{Han}+")
_MARK_BEFORE = regex.compile(r"[，、；：,;:。！？!?]")


def join_column_tags(blocks: list[Block], rules: RuleSet, style: str) -> list[Block]:
    """CLS016: a title over a line that names its column in brackets ((国际论坛), （国际人士
    看中国“十四五”成就）), merged into one block: a headline and its tag. A section heading carries no column's name. Returns the blocks,
    renumbered where merged."""
    if style != "wrapped" or not rules.on("CLS016"):
        return blocks
    most = rules.param("CLS015", "max_lines")
    merges: list[tuple[int, int, dict]] = []
    i = 0
    while i + 1 < len(blocks):
        title, tag = blocks[i], blocks[i + 1]
        if (title.role == "paragraph" and tag.role == "paragraph" and not title.level
                and not tag.level and len(title.lines) + len(tag.lines) <= most
                and not title.filled and not title.title_lines and not title.cut
                and not CLAUSE_MARK.search(title.text)
                and column_tag(tag.text, rules)):
            merges.append((i, i + 2, {"rule": "CLS016", "column_tag": tag.text.strip()}))
            i += 2
            continue
        i += 1
    return _merge(blocks, merges) if merges else blocks


def join_open_quotations(blocks: list[Block], rules: RuleSet, style: str,
                         ocr: bool = False) -> list[Block]:
    """CLS015: a title line that leaves a quotation open (“开放的中国为世界经济发展带来巨大机)
    over one whose first mark closes it (遇”（国际人士看中国“十四五”成就）), merged into one
    block: one title wrapped, whatever their widths say of a kicker (a kicker is a phrase of
    its own and closes what it opens). Both are short lines of no sentence, at most
    `max_lines` lines together (hard-wrapped text: a converter's own paragraphs are left as
    they are).

    On a page set in OCR's blocks (`ocr`) OCR reads a closing quotation mark as an opening
    one now and then, so a count of marks says little there; the join is made only where
    the marks' places say it (_quotation_wraps_in_ocr). Returns the blocks, renumbered
    where merged."""
    if style != "wrapped" or not rules.on("CLS015"):
        return blocks
    most = rules.param("CLS015", "max_lines")
    longest = rules.param("CLS005", "max_plain_headline_chars")
    terminal = terminal_marks(rules)
    merges: list[tuple[int, int, dict]] = []
    i = 0
    while i + 1 < len(blocks):
        upper, lower = blocks[i], blocks[i + 1]
        closes = lower.text.find("”")
        if (upper.role in ("paragraph", "heading") and lower.role in ("paragraph", "heading")
                and not upper.level and not lower.level
                and len(upper.lines) + len(lower.lines) <= most
                and len(upper.text) + len(lower.text) <= longest
                and upper.text.count("“") > upper.text.count("”")
                and 0 < closes and "“" not in lower.text[:closes]
                and not ends_sentence(upper.text, terminal)
                and not _SENTENCE_INSIDE.search(lower.text)
                and not ends_sentence(lower.text.rstrip("？?"), terminal)
                and (not ocr or _quotation_wraps_in_ocr(upper, lower, rules))):
            evidence = {"rule": "CLS015", "quotation_open": upper.text[-6:],
                        "closed_by": lower.text[:closes + 1]}
            if ocr:
                evidence["ocr"] = True
            merges.append((i, i + 2, evidence))
            i += 2
            continue
        i += 1
    return _merge(blocks, merges) if merges else blocks


def _quotation_wraps_in_ocr(upper: Block, lower: Block, rules: RuleSet) -> bool:
    """CLS015 on a page set in OCR's blocks: whether the quotation `upper` opens is the
    one `lower` closes, by the marks' places, which a mark OCR flipped does not make: the
    upper line opens with the quotation's opening mark and holds no other (a closing mark
    read as an opening one stands after text: “……”, read “……“, holds two), the lower
    holds one mark, the closing one, and is no wider than the upper (within `same_width`:
    a wrapped title's tail; a headline under its kicker is seldom narrower). “这条铁路带给
    我们的是希 / 望和未来”: one title."""
    top, tail = upper.text.strip(), lower.text.strip()
    return (opens_quotation_alone(top) and closes_quotation_alone(tail)
            and display_width(tail) <= display_width(top) + rules.param("CLS015", "same_width"))


def _short_tail(upper: Block, lower: Block, rules: RuleSet, at_top: bool = False) -> bool:
    """CLS017: a line of a few Han characters alone (at most `short_tail_chars`, or
    `short_tail_chars_at_top` under the page's first title line, and no more than
    `short_tail_share` of the title line over it: 前三季度我国服务贸易 / 稳中有进), no name
    (the loop asks) nor a photo-news column's title: the title's tail, wrapped short of its
    measure."""
    text = lower.text.strip()
    most = rules.param("CLS017", "short_tail_chars_at_top" if at_top else "short_tail_chars")
    return (len(lower.lines) == 1 and len(text) <= most
            and _HAN_ONLY.fullmatch(text) is not None
            # (no photo-news column's title, which stands under a line of its own: 扎实推动
            # 乡村全面振兴 / 图片报道)
            and not _column_title(text, rules)
            and display_width(text) <= rules.param("CLS017", "short_tail_share")
            * display_width(upper.line_texts[-1] if upper.line_texts else upper.text))


def join_wrapped_titles(blocks: list[Block], rules: RuleSet, style: str,
                        pairs: Counter, ocr: bool = False) -> list[Block]:
    """CLS017: runs of one-line title blocks whose breaks fall inside a word, merged into
    one block each (a wrapped headline). `pairs` is the page's paragraph_pairs; `ocr`,
    whether the page is set in OCR's blocks (set_in_ocr_blocks). Returns the blocks,
    renumbered where merged."""
    if style != "wrapped" or not rules.on("CLS017") or not rules.on("CLS015"):
        return blocks
    terminal = terminal_marks(rules)
    most = rules.param("CLS015", "max_lines")
    gap = rules.param("CLS017", "max_blank_lines")

    def line(b: Block, lines: int = 1) -> bool:
        return (b.role == "paragraph" and len(b.lines) <= lines and not b.level
                and not b.filled and not b.title_lines and _title_line(b, rules, terminal)
                and not _SENTENCE_INSIDE.search(b.text))

    def subject(b: Block, below: Block) -> bool:
        """A title's first line naming its subject before a colon (南京浦口经济开发区：),
        one line with no other mark, counted full as a paragraph's first line (short by
        the dropped indent), over a title line that fills the same measure (探索集成电路
        国产化路): a paragraph's line that ends on a colon has a clause before it."""
        return (b.role == "paragraph" and len(b.lines) == 1 and not b.level and b.filled
                and not b.title_lines and not b.cut and _ends_on_subject(b.text, rules)
                and not _MARK_BEFORE.search(b.text.rstrip()[:-1])
                and abs(display_width(b.text) - display_width((below.line_texts or [below.text])[0]))
                <= rules.param("CLS015", "same_width"))

    merges: list[tuple[int, int, dict]] = []
    top = _page_top(blocks)
    i = 0
    while i < len(blocks):
        j = i
        # (The title's last block may hold its own last two lines, which the printed lines
        # already joined: 南京浦口经济开发 / 区：探索集成电路国 + 产化路径.)
        while (j + 1 < len(blocks) and j + 1 - i < most
               and (line(blocks[j], 2 if j == i else 1)
                    or j == i and subject(blocks[j], blocks[j + 1]))
               and line(blocks[j + 1], 2) and blocks[j + 1].gap_before <= gap
               and not bare_byline(blocks[j + 1].text, rules)
               and (word_across(blocks[j].text, blocks[j + 1].text, blocks, i, j + 2, rules,
                                pairs) or _ends_on_subject(blocks[j].text, rules)
                    or (leaves_open(blocks[j].text) and (
                        not ocr or _quotation_wraps_in_ocr(blocks[j], blocks[j + 1], rules)))
                    or title_tail(blocks[j + 1].text, rules)
                    or _short_tail(blocks[j], blocks[j + 1], rules, at_top=j == top)
                    # (in one box of its own, digits too: 24小时自助借阅点增至 / 40个)
                    or (one_box(blocks, i, j + 1)
                        and not _column_title(blocks[j + 1].text.strip(), rules)
                        and display_width(blocks[j + 1].text) <= rules.param(
                            "CLS017", "short_tail_share")
                        * display_width(blocks[j].line_texts[-1]))
                    # (a wrapped title's short last line: 南京浦口经济开发 / 区：探索集成电路 /
                    # 国产化路径; only under lines already found one title)
                    or ((j > i or len(blocks[j].lines) > 1)
                        and display_width(blocks[j + 1].text) <= rules.param(
                            "CLS015", "sure_share") * display_width(blocks[j].line_texts[-1])))):
            # (A title that names its subject before a colon wraps there: 南京浦口经济开发
            # 区： / 探索集成电路国产化路径; one that leaves a quotation open goes on (“开放的
            # 中国…巨大机 / 遇”…), on a page set in OCR's blocks only where the marks' places
            # say so, as in join_open_quotations (a kicker “这条铁路 over a wider headline
            # that closes the quotation stays a kicker); and a character or two alone under
            # a title line, no mark in them, are its tail: …带火大山里的土 / 货.)
            j += 1
        # A title follows no cut paragraph: a line before it that goes on mid-sentence
        # makes these lines that paragraph's, set apart by the converter. (A title line
        # alone above them is their kicker: 科技创新在一线 / 南京…国产 / 化路径; so is one
        # wrapped onto two, 推进优质医疗资源扩 / 容下沉 / 县域医共体让群 / 众就近看好病.)
        before = blocks[i - 1] if i else None
        # (The page's first block, one line under its furniture alone, is no paragraph its
        # column cut: it is the page's banner or a kicker however wide it prints, 在推进中国
        # 式现代化建设中走在前列 over “开放的中国…（国际人 / 士看中国“十四五”成就）.)
        opened = (before is not None and before.role == "paragraph"
                  and not ends_sentence(before.text, terminal) and not line(before, 2))
        under_top = opened and i - 1 == top and len(before.lines) == 1
        # (Nor lines that fill a text box of their own, pdfminer.six's: the converter set
        # them apart from the paragraph above, 全国秋粮收获近 / 七成 under …该书一.)
        opened = opened and not under_top and not (j > i and one_box(blocks, i, j))
        if opened and ocr and j > i and all(
                word_across(blocks[n].text, blocks[n + 1].text, blocks, i, j + 1, rules,
                            pairs, listed=False) for n in range(i, j)):
            # (On a page set in OCR's blocks a paragraph ends mid-sentence wherever OCR's
            # block does and goes on where OCR read its column's next block, so it says
            # little of the lines under it. There every break falling inside a word the
            # page's text prints makes them one title: …也有面向青少年的古籍绘 /
            # 南京浦口经济开发 / 区：探索集成电路国 / 产化路径, 开发区.)
            opened = False
        if j > i and not opened:
            # The pairs across the breaks and how often the page's paragraphs print each.
            across = [_pair(blocks[n].text, blocks[n + 1].text) for n in range(i, j)]
            evidence = {"lines": j + 1 - i, "rule": "CLS017", "no_anchor": True,
                        "word_across": across, "uses": [pairs[x] for x in across]}
            listed = [w for n in range(i, j) if (w := block_word(
                blocks[n].text, blocks[n + 1].text, blocks, i, j + 1, rules, pairs).get("listed"))]
            if listed:  # (breaks inside a word of the word list the page prints nowhere else)
                evidence["listed"] = listed
            colons = [blocks[n].text[-4:] for n in range(i, j)
                      if _ends_on_subject(blocks[n].text, rules)]
            if colons:
                evidence["subject_before_colon"] = colons
            tails = [blocks[n].text.strip() for n in range(i + 1, j + 1)
                     if title_tail(blocks[n].text, rules)]
            if tails:
                evidence["tail"] = tails
            if under_top:  # (the line above, open as it ends, is the page's top line)
                evidence["under_page_top"] = before.text.strip()[:12]
            if blocks[i].filled:
                # (the subject's line, counted full as a first line: the title ends where
                # its last line does)
                blocks[i].filled = blocks[j].filled
            merges.append((i, j + 1, evidence))
            for b in blocks[i:j + 1]:
                b.evidence = dict(b.evidence, word_across=True)
        i = j + 1
    return _merge(blocks, merges) if merges else blocks
