"""Whether a line break falls inside a word, judged by the page's own text (CLS017) and
by the word list (rules/words.txt, cleaner.lexicon).

The page is its own dictionary first: a title cut mid-word (…探索集 / 成电路国产化路径)
leaves a pair of characters across the break that the article's text uses too (集成电路),
where a kicker and its headline (走进产业园区 / 百余家博物馆…) meet in a pair the page never
prints together. A word the page prints nowhere else (持续晴热高 / 温，: 高温) is one when
the word list reads the characters round the break better together than apart by
CLS017's `lexicon_min_gain` (`listed_across`); the callers that make an edit on it log
the word (`listed`).
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import lru_cache

import regex

from . import lexicon
from .model import Block
from .registry import RuleSet

_HAN = regex.compile(r"\p{Han}")
_HAN_PAIR = regex.compile(r"(?=(\p{Han}\p{Han}))")


def han_pairs(text: str) -> set[str]:
    """The pairs of Han characters side by side in `text` (新闻 → {新闻}), overlapping: a
    line's words, as CLS016, CLS020 and BLK010 weigh what a title shares with its lede."""
    return set(_HAN_PAIR.findall(text))


def _pair(left: str, right: str) -> str | None:
    """The two Han characters across a line break, or None."""
    a, b = left.rstrip()[-1:], right.lstrip()[:1]
    return a + b if _HAN.fullmatch(a or "") and _HAN.fullmatch(b or "") else None


@lru_cache(maxsize=4)
def _page_pairs(source: str) -> Counter:
    return Counter(_HAN_PAIR.findall(source))


def listed_across(left: str, right: str, rules: RuleSet) -> str:
    """CLS017 by the word list: the word of rules/words.txt across the break between
    `left` and `right` when the characters round it read better together than apart by
    `lexicon_min_gain` (0: the list is not asked), else ''."""
    if not rules.on("CLS017"):
        return ""
    need = rules.param("CLS017", "lexicon_min_gain")
    if need <= 0 or _pair(left, right) is None:
        return ""
    gain, word = lexicon.common(rules).gain(left.rstrip(), right.lstrip())
    return word if gain >= need else ""


def pair_in_page(left: str, right: str, source: str, rules: RuleSet) -> bool:
    """CLS017 on printed lines, before blocks are known: whether the pair across the
    break between `left` and `right` stands together in the page's text (its lines as
    given) at least `min_uses` times, or a word of the list spans it (`listed_across`)."""
    return bool(page_word(left, right, source, rules))


def page_word(left: str, right: str, source: str, rules: RuleSet) -> dict:
    """pair_in_page's evidence: {} when no word spans the break, else the pair across it
    (`word_across`) and, where only the word list knew it, the word (`listed`)."""
    return _word_evidence(left, right, rules, lambda pair: _page_pairs(source)[pair])


def paragraph_pairs(blocks: list[Block]) -> Counter:
    """How often each pair of Han characters stands in the page's paragraphs (blocks of
    two lines or more, or a line that fills the measure: _counts), counted as `str.count`
    does: computed once a page, so that asking about every title line's break costs no
    pass over the page's blocks."""
    pairs: Counter = Counter()
    for block in blocks:
        if _counts(block):
            pairs.update(_block_pairs(block.text))
    return pairs


def paragraph_pairs_once(blocks: list[Block], counted: list[Counter]) -> Counter:
    """`paragraph_pairs(blocks)`, counted the first time a page asks and kept in `counted`
    (a list, empty until then, that the page's checks share)."""
    if not counted:
        counted.append(paragraph_pairs(blocks))
    return counted[0]


def _counts(block: Block) -> bool:
    """A paragraph of two lines or more, or a line alone that fills the text's measure: a
    paragraph's line a blank line set apart from the next (OCR sets a short text's lines so
    now and then, 挥新型举国体制优势，加快推进高 between blank lines, Tesseract seed 16701),
    no title, which prints short of the measure."""
    return block.role == "paragraph" and (len(block.lines) >= 2 or bool(block.filled))


def _block_pairs(text: str) -> Counter:
    found = Counter(_HAN_PAIR.findall(text))
    for pair in found:
        if pair[0] == pair[1]:
            found[pair] = text.count(pair)  # 好好好 holds 好好 once, not twice
    return found


def word_across(left: str, right: str, blocks: list[Block], first: int, last: int,
                rules: RuleSet, pairs: Counter | None = None, listed: bool = True) -> bool:
    """CLS017: whether the last character of `left` and the first of `right` (two title
    lines, blocks[first:last] the title's) are printed together elsewhere on the page, in
    its paragraphs, at least `min_uses` times, or (`listed`) a word of the list spans the
    break (`listed_across`). `pairs` is paragraph_pairs(blocks), where the caller asks
    about many breaks of one page."""
    return bool(block_word(left, right, blocks, first, last, rules, pairs, listed))


def block_word(left: str, right: str, blocks: list[Block], first: int, last: int,
               rules: RuleSet, pairs: Counter | None = None, listed: bool = True) -> dict:
    """word_across's evidence: {} when no word spans the break, else the pair across it
    (`word_across`) and, where only the word list knew it, the word (`listed`)."""
    def uses(pair: str) -> int:  # the pair's uses in the page's paragraphs but the title's
        own = sum(blocks[n].text.count(pair)
                  for n in range(max(first, 0), min(last, len(blocks))) if _counts(blocks[n]))
        return (paragraph_pairs(blocks) if pairs is None else pairs)[pair] - own

    return _word_evidence(left, right, rules, uses, listed)


def _word_evidence(left: str, right: str, rules: RuleSet, uses: Callable[[str], int],
                   listed: bool = True) -> dict:
    """CLS017's evidence for the break between `left` and `right`: the pair across it
    (`word_across`) where the page prints it `min_uses` times (`uses(pair)`), else, where
    `listed`, the word of the list that spans it (`listed`); {} when neither."""
    if not rules.on("CLS017"):
        return {}
    pair = _pair(left, right)
    if pair is None:
        return {}
    if uses(pair) >= rules.param("CLS017", "min_uses"):
        return {"word_across": pair}
    word = listed_across(left, right, rules) if listed else ""
    return {"word_across": pair, "listed": word} if word else {}
