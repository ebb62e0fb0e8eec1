"""Conventions of OCR output (Tesseract) that PDF extractors do not share.

Tesseract writes the text blocks it finds with a blank line between them, and it finds
them by the look of the page, not by paragraphs: a paragraph's first line may stand
alone between blank lines, its other lines in the block after.
"""
from __future__ import annotations

import regex

from .marks import CLOSERS, ELLIPSIS, SENTENCE_END, STRAIGHT_QUOTES, any_of, terminal_marks
from .model import Edit
from .registry import RuleSet

_SENTENCE_END = regex.compile(any_of(SENTENCE_END + ELLIPSIS)
                              + any_of(CLOSERS + STRAIGHT_QUOTES) + "*$")


def first_line_goes_on(text: str, width: float, column: float, rules: RuleSet,
                       next_width: float | None = None) -> dict | None:
    """BLK012: a line alone between blank lines that is a paragraph's first line going
    on in the next block, and the evidence; None when it is not.

    It is as wide as a first line (short of the measure by the dropped indent, BLK009),
    ends no sentence and has a clause open in it (立冬将至，贵州省湄潭县 / 的茶园里…): a
    title or a section heading is set apart from the text but does not hold a clause
    (a headline that does stands above its byline, where heads.py finds it). Not where
    the next block opens as short as a first line (`next_width`, the width of the line
    after it): a paragraph has one first line, so the line alone is a title of its own
    (流动的艺术，联动的长三角 over 第二十四届中国上海国际艺术 / 节首趟分会场…). The
    caller gives no `next_width` where the next block is a photo's caption (图为…): OCR
    read it into the text, and its width says nothing of the paragraph's lines.
    """
    if not rules.on("BLK012") or not rules.on("BLK009"):
        return None
    dropped = rules.param("BLK009", "dropped_indent")
    band = rules.param("BLK009", "band")
    if not (column - dropped - band <= width < column - rules.param("BLK009", "full_from")):
        return None
    marks = rules.param("BLK012", "clause_marks")
    if _SENTENCE_END.search(text) or not any(m in text for m in marks):
        return None
    if (next_width is not None
            and column - dropped - band <= next_width < column - rules.param("BLK009", "full_from")):
        return None
    return {"goes_on": "BLK012", "measure": column, "width": width}


_MARK = regex.compile(r"[\p{P}\p{S}0-9０-９]")


class OcrPage:
    """A page's lines as OCR's blocks, worked out once for the layout rules that read
    them (LAY201 and LAY203 in titleparts, LAY202 here): the lines, where each starts,
    which are blank, which stand alone between blank lines, and whether the page is set
    in OCR's blocks at all. A converter that sets a blank line after (nearly) every line
    (pdfminer.six, PyMuPDF "blocks") shows no blocks of OCR's: `in_blocks` is False where
    more than LAY201's `max_alone_share` of the lines with text stand alone."""

    def __init__(self, source: str, rules: RuleSet):
        self.source = source
        self.lines = source.split("\n")
        self.starts = [0]
        for text in self.lines[:-1]:
            self.starts.append(self.starts[-1] + len(text) + 1)
        self._blank = [not text.strip() for text in self.lines]
        texts = [n for n in range(len(self.lines)) if not self._blank[n]]
        alone = sum(1 for n in texts if self.alone(n))
        self.in_blocks = alone <= rules.param("LAY201", "max_alone_share") * len(texts)

    def blank(self, n: int) -> bool:
        """Line n holds no text (a line off the page counts as blank)."""
        return n < 0 or n >= len(self.lines) or self._blank[n]

    def alone(self, n: int) -> bool:
        """Line n stands between blank lines (or the page's edge)."""
        return self.blank(n - 1) and self.blank(n + 1)


def mark_specks(blocks: list, rules: RuleSet, style: str) -> None:
    """BLK011: a speck OCR read off a photo or a large title's stroke (玉, 中压, JL): a
    line of a character or two alone between blank lines, no mark or digit in it, after
    text that ended or no text at all. It is set aside as page furniture, so that it
    neither opens an article as a headline nor cuts the paragraph it fell into (the
    paragraph around it is rejoined, JOIN002). A name (裴 桐) is a byline, not a speck;
    a character after a line that ends mid-sentence is that paragraph's last (…西北过 / 七)
    or a title's (高校实验室里的“00后”科研 / 队).
    """
    if not rules.on("BLK011") or style != "wrapped":
        return  # in markdown a blank line parts every paragraph: a short line alone is one
    from .classify import ends_sentence  # classify measures widths with blocks, which imports us
    from .heads import bare_byline

    most = rules.param("BLK011", "max_chars")
    terminal = terminal_marks(rules)
    for n, block in enumerate(blocks):
        if block.role != "paragraph" or block.level or len(block.lines) != 1:
            continue
        text = "".join(block.text.split())
        if not 0 < len(text) <= most or _MARK.search(text):
            continue
        alone = (n == 0 or block.gap_before) and (
            n + 1 == len(blocks) or blocks[n + 1].gap_before)
        if not alone or bare_byline(block.text, rules):
            continue
        before = blocks[n - 1] if n else None
        if (before is not None and before.role == "paragraph"
                and not ends_sentence(before.text, terminal)):
            continue  # the last of a paragraph or a title above that goes on
        block.role, block.cue = "furniture", "BLK011"
        block.evidence = {"speck": text}


def _name_shaped(text: str, surnames: str) -> bool:
    """Two Han characters opening with a surname (裴桐): a name whose gap OCR lost, which
    LAY202 leaves where it stands (a byline), whatever else it might be."""
    return len(text) == 2 and bool(_HAN2.fullmatch(text)) and text[0] in surnames


_HAN2 = regex.compile(r"\p{Han}{2}")


def glue_specks(page: OcrPage | str, rules: RuleSet) -> list[Edit]:
    """LAY202: the layout edits that put each speck OCR set alone between blank lines back
    on the end of the line before it (…稳中有 / 人 / 井 / JL: a large title's last
    character read in strokes; …指导教师。 / 放: a mark off a photo beside the text).

    A speck is what BLK011 calls one: a line of a character or two, spaces aside, with no
    mark or digit in it and no name (裴 桐, or 裴桐 unspaced, is a byline). Tesseract reads
    it off the thing printed where it stands, and the line before is the nearest text it
    was read with: the title whose stroke it is, or the text beside the photo. Glued there
    it opens no article and cuts no paragraph, and nothing is lost. After a line that ends
    a sentence it is left to BLK011 (set aside): glued there, it would hide where the
    paragraph ended. Pages where most lines stand alone (pdfminer.six, PyMuPDF "blocks")
    are left alone: their blank lines are no OCR blocks. [] when there is none.

    `page` is the page's OcrPage (layout.plan shares one with LAY201), or its text.
    """
    if not rules.on("LAY202"):
        return []
    from .classify import ends_sentence  # classify imports blocks, which imports us
    from .heads import bare_byline

    if isinstance(page, str):
        page = OcrPage(page, rules)
    if not page.in_blocks:
        return []
    most = rules.param("BLK011", "max_chars")
    terminal = terminal_marks(rules)
    surnames = rules["CLS003"].params.get("surnames", "") if rules.on("CLS003") else ""
    source, lines, starts = page.source, page.lines, page.starts
    edits: list[Edit] = []
    prev = -1  # the last line with text before n
    for n in range(len(lines)):
        if page.blank(n):
            continue
        text = "".join(lines[n].split())
        if (prev >= 0 and n - prev >= 2 and page.alone(n) and 0 < len(text) <= most
                and not _MARK.search(text) and not bare_byline(lines[n].strip(), rules)
                and not _name_shaped(text, surnames)
                and not ends_sentence(lines[prev].strip(), terminal)):
            start = starts[prev] + len(lines[prev].rstrip())
            end = starts[n] + len(lines[n].rstrip())
            edits.append(Edit("LAY202", start, end, source[start:end], text,
                              rules["LAY202"].reason, kind="layout",
                              evidence={"speck": text, "after": "".join(lines[prev].split())[-6:],
                                        "line": n + 1}))
        prev = n
    return edits
