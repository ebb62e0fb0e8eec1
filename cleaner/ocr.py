"""Conventions of OCR output (Tesseract) that PDF extractors do not share.

Tesseract writes the text blocks it finds with a blank line between them, and it finds
them by the look of the page, not by paragraphs: a paragraph's first line may stand
alone between blank lines, its other lines in the block after.
"""
from __future__ import annotations

import regex

from .registry import RuleSet

_SENTENCE_END = regex.compile(r"[。！？!?…][”’」』）)\"']*$")


def first_line_goes_on(text: str, width: float, column: float, rules: RuleSet) -> dict | None:
    """BLK012: a line alone between blank lines that is a paragraph's first line going
    on in the next block, and the evidence; None when it is not.

    It is as wide as a first line (short of the measure by the dropped indent, BLK009),
    ends no sentence and has a clause open in it (立冬将至，贵州省湄潭县 / 的茶园里…): a
    title or a section heading is set apart from the text but does not hold a clause
    (a headline that does stands above its byline, where heads.py finds it).
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
    return {"goes_on": "BLK012", "measure": column, "width": width}


_MARK = regex.compile(r"[\p{P}\p{S}0-9０-９]")


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
    terminal = rules.param("JOIN001", "terminal")
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
