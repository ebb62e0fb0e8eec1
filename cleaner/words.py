"""Whether a line break falls inside a word, judged by the page's own text (CLS017).

No dictionary ships with the cleaner; the page is its own: a title cut mid-word
(…探索集 / 成电路国产化路径) leaves a pair of characters across the break that the
article's text uses too (集成电路), where a kicker and its headline (走进产业园区 /
百余家博物馆…) meet in a pair the page never prints together.
"""
from __future__ import annotations

from collections import Counter
from functools import lru_cache

import regex

from .model import Block
from .registry import RuleSet

_HAN = regex.compile(r"\p{Han}")
_HAN_PAIR = regex.compile(r"(?=(\p{Han}\p{Han}))")


def _pair(left: str, right: str) -> str | None:
    """The two Han characters across a line break, or None."""
    a, b = left.rstrip()[-1:], right.lstrip()[:1]
    return a + b if _HAN.fullmatch(a or "") and _HAN.fullmatch(b or "") else None


@lru_cache(maxsize=4)
def _page_pairs(source: str) -> Counter:
    return Counter(_HAN_PAIR.findall(source))


def pair_in_page(left: str, right: str, source: str, rules: RuleSet) -> bool:
    """CLS017 on printed lines, before blocks are known: whether the pair across the
    break between `left` and `right` stands together in the page's text (its lines as
    given) at least `min_uses` times."""
    if not rules.on("CLS017"):
        return False
    pair = _pair(left, right)
    return pair is not None and _page_pairs(source)[pair] >= rules.param("CLS017", "min_uses")


def paragraph_pairs(blocks: list[Block]) -> Counter:
    """The pairs of Han characters printed together in the page's paragraphs (blocks of
    two lines or more: a title's own lines are never among them), counted once a page."""
    pairs: Counter = Counter()
    for block in blocks:
        if block.role == "paragraph" and len(block.lines) >= 2:
            pairs.update(_HAN_PAIR.findall(block.text))
    return pairs


def word_across(left: str, right: str, pairs: Counter, rules: RuleSet) -> bool:
    """CLS017: whether the last character of `left` and the first of `right` (two title
    lines) are printed together in the page's paragraphs (`pairs`, from paragraph_pairs)
    at least `min_uses` times."""
    if not rules.on("CLS017"):
        return False
    pair = _pair(left, right)
    return pair is not None and pairs[pair] >= rules.param("CLS017", "min_uses")
