"""Whether a line break falls inside a word, judged by the page's own text (CLS017).

No dictionary ships with the cleaner; the page is its own: a title cut mid-word
(…探索集 / 成电路国产化路径) leaves a pair of characters across the break that the
article's text uses too (集成电路), where a kicker and its headline (走进产业园区 /
百余家博物馆…) meet in a pair the page never prints together.
"""
from __future__ import annotations

import regex

from .model import Block
from .registry import RuleSet

_HAN = regex.compile(r"\p{Han}")


def word_across(left: str, right: str, blocks: list[Block], first: int, last: int,
                rules: RuleSet) -> bool:
    """CLS017: whether the last character of `left` and the first of `right` (two title
    lines, blocks[first:last] the title's) are printed together elsewhere on the page, in
    its paragraphs, at least `min_uses` times."""
    if not rules.on("CLS017") or not left or not right:
        return False
    a, b = left.rstrip()[-1:], right.lstrip()[:1]
    if not (_HAN.fullmatch(a or "") and _HAN.fullmatch(b or "")):
        return False
    pair = a + b
    uses = 0
    for n, block in enumerate(blocks):
        if first <= n < last or block.role != "paragraph" or len(block.lines) < 2:
            continue
        uses += block.text.count(pair)
        if uses >= rules.param("CLS017", "min_uses"):
            return True
    return False
