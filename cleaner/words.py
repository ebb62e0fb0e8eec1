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
    """How often each pair of Han characters stands in the page's paragraphs (blocks of
    two lines or more), counted as `str.count` does: computed once a page, so that asking
    about every title line's break costs no pass over the page's blocks."""
    pairs: Counter = Counter()
    for block in blocks:
        if _counts(block):
            pairs.update(_block_pairs(block.text))
    return pairs


def _counts(block: Block) -> bool:
    return block.role == "paragraph" and len(block.lines) >= 2


def _block_pairs(text: str) -> Counter:
    found = Counter(_HAN_PAIR.findall(text))
    for pair in found:
        if pair[0] == pair[1]:
            found[pair] = text.count(pair)  # 好好好 holds 好好 once, not twice
    return found


def word_across(left: str, right: str, blocks: list[Block], first: int, last: int,
                rules: RuleSet, pairs: Counter | None = None) -> bool:
    """CLS017: whether the last character of `left` and the first of `right` (two title
    lines, blocks[first:last] the title's) are printed together elsewhere on the page, in
    its paragraphs, at least `min_uses` times. `pairs` is paragraph_pairs(blocks), where
    the caller asks about many breaks of one page."""
    if not rules.on("CLS017"):
        return False
    pair = _pair(left, right)
    if pair is None:
        return False
    if pairs is None:
        pairs = paragraph_pairs(blocks)
    own = sum(blocks[n].text.count(pair) for n in range(max(first, 0), min(last, len(blocks)))
              if _counts(blocks[n]))
    return pairs[pair] - own >= rules.param("CLS017", "min_uses")
