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
    """BLK010: a line alone between blank lines that is a paragraph's first line going
    on in the next block, and the evidence; None when it is not.

    It is as wide as a first line (short of the measure by the dropped indent, BLK009),
    ends no sentence and has a clause open in it (立冬将至，贵州省湄潭县 / 的茶园里…): a
    title or a section heading is set apart from the text but does not hold a clause
    (a headline that does stands above its byline, where heads.py finds it).
    """
    if not rules.on("BLK010") or not rules.on("BLK009"):
        return None
    dropped = rules.param("BLK009", "dropped_indent")
    band = rules.param("BLK009", "band")
    if not (column - dropped - band <= width < column - rules.param("BLK009", "full_from")):
        return None
    if _SENTENCE_END.search(text) or not any(m in text for m in rules.param("BLK010", "clause_marks")):
        return None
    return {"goes_on": "BLK010", "measure": column, "width": width}
