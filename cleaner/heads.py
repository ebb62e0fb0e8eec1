"""Article heads in printed lines (stage structure, before the page is divided).

A PDF extractor gives a title as the lines it was printed on, and a byline as a bare line
of names. Under every title an article-print PDF sets an edition line (《人民日报》（2025年
10月20日 第 05 版）); a page sets a byline or a dateline. Those are the anchors: above one,
name-shaped lines are the byline (CLS014) and the short unpunctuated lines above those are
the title, one headline however many lines it wrapped onto (CLS015).
"""
from __future__ import annotations

from collections import Counter

import regex

from .assemble import block_text
from .blocks import CLOSERS, display_width, leaves_open, opens_with_dash
from .classify import NAME_SEPARATORS, ends_sentence, names_only
from .model import Block
from .registry import RuleSet
from .structure import dateline
from .words import word_across

_FOREIGN_NAME = regex.compile(r"\p{Han}{1,5}(?:[·・]\p{Han}{1,5}){1,3}")
_SPACED = regex.compile(r"\S\s+\S")
_PUNCT = regex.compile(r"[^\p{Han}\s\u3000·・、，,/／]")


def bare_byline(text: str, rules: RuleSet) -> bool:
    """CLS014's test: a short line of names alone (李洪兴, 裴  桐, 张成虎  高睿凯,
    玛丽娜·拉古什) or of a reporter's title alone (新华社记者).

    >>> from cleaner.registry import default_rules
    >>> r = default_rules()
    >>> [bare_byline(t, r) for t in ("李洪兴", "裴  桐", "玛丽娜·拉古什", "新华社记者", "全国秋粮收获近七成")]
    [True, True, True, True, False]
    """
    if not rules.on("CLS014") or not text or len(text) > rules.param("CLS014", "max_chars"):
        return False
    if _PUNCT.search(text):
        return False
    tokens = [t for t in NAME_SEPARATORS.split(text) if t]
    if tokens and all(_FOREIGN_NAME.fullmatch(t) for t in tokens):
        return True
    if any(len(t) == 2 for t in tokens):
        # Papers set a two-character name spaced (裴  桐), level with three-character
        # ones: an unspaced pair (安全, 时代) is a word, not a name.
        return False
    byline = rules["CLS003"]
    if "surnames" not in byline.params:
        return False
    if names_only(text, byline):
        return True
    titles = rules.param_patterns("CLS014", "titles_alone")
    return any(t.fullmatch(text) for t in titles)


def mark_heads(blocks: list[Block], rules: RuleSet, style: str) -> list[Block]:
    """Bylines of bare names under a title, and wrapped title lines merged into one block.
    Returns the blocks, renumbered where lines were merged."""
    if not rules.on("CLS014") and not rules.on("CLS015"):
        return blocks
    terminal = rules.param("JOIN001", "terminal")
    merges: list[tuple[int, int]] = []
    # (index, whether the anchor is itself part of the head: a name line or a subtitle)
    anchors = []
    for i, b in enumerate(blocks):
        own = _names_over_text(blocks, i, rules) or _subtitle_over_text(blocks, i)
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
        while top > 0 and i - top < 2 and block.cue == "CLS013" and blocks[top - 1].cue == "CLS003":
            top -= 1
        while top > 0 and i - top < 3 and blocks[top - 1].role == "caption":
            top -= 1  # a photo's caption set between the head and the text
        j = top
        while (j > 0 and top - j < 2 and blocks[j - 1].role == "paragraph"
               and len(blocks[j - 1].lines) == 1 and bare_byline(blocks[j - 1].text, rules)
               and not (j > 1 and leaves_open(blocks[j - 2].text))
               and not (j > 1 and measure and block.cue == "CLS013"
                        and not _SPACED.search(blocks[j - 1].text)
                        and not _FOREIGN_NAME.fullmatch(blocks[j - 1].text)
                        and regex.search(r"\p{Han}$", blocks[j - 2].text)
                        and _title_line(blocks[j - 2], rules, terminal)
                        and display_width(blocks[j - 2].text) >= measure - 0.5)):
            # (A line under a title line that fills the title's measure is the title's
            # last line, though it reads as a name: 路径 under …集成电路国产化.)
            j -= 1
        # Above them, subtitles (——…) and then the title: short lines that end no sentence.
        sub = j
        while (sub > 0 and j - sub < 2 and len(blocks[sub - 1].lines) == 1
               and blocks[sub - 1].role in ("paragraph", "heading")
               and opens_with_dash(blocks[sub - 1].text)):
            sub -= 1
        k = sub
        while (k > 0 and sub - k < rules.param("CLS015", "max_lines")
               and _title_line(blocks[k - 1], rules, terminal)):
            k -= 1
        if k == sub:
            continue
        if block.cue == "CLS013":
            block.evidence = dict(block.evidence, under_title=blocks[j - 1].text[:12])
        for b in blocks[j:top]:
            if b.role == "caption":
                continue
            b.role, b.cue = "byline", "CLS014"
            b.evidence = {"names": b.text, "under_title": blocks[j - 1].text[:12]}
        if style == "wrapped" and rules.on("CLS015") and not any(b.level for b in blocks[k:sub]):
            if sub - k > 1:
                merges.extend(_title_runs(blocks, k, sub, block.cue == "CLS013", rules))
            elif len(blocks[k].lines) > 1:
                blocks[k].title_lines = len(blocks[k].lines)  # one block already
    if not merges:
        return blocks
    return _merge(blocks, merges)


def _title_measure(blocks: list[Block], anchors: list[int], rules: RuleSet,
                   terminal: str) -> float | None:
    """The width titles wrap at on this page: the most common width of a title line that
    another title line follows, above an anchor, when two titles or more agree."""
    widths: Counter = Counter()
    for i in anchors:
        k = i
        while k > 0 and i - k < 4 and _title_line(blocks[k - 1], rules, terminal):
            k -= 1
        for n in range(k, i - 1):
            widths[display_width(blocks[n].text)] += 1
    if not widths:
        return None
    best = max(widths, key=lambda w: (widths[w], w))
    return best if widths[best] >= 2 else None


def _names_over_text(blocks: list[Block], i: int, rules: RuleSet) -> bool:
    """A bare line of names (CLS014) with the article's text right under it: with a title
    above (checked by the caller) it is the byline and the head's anchor."""
    block = blocks[i]
    if (block.role != "paragraph" or len(block.lines) != 1 or i + 1 >= len(blocks)
            or not bare_byline(block.text, rules)
            or (i and leaves_open(blocks[i - 1].text))):  # a title cut mid-phrase goes on
        return False
    n = i + 1
    while n < len(blocks) and n - i < 3 and blocks[n].role == "caption":
        n += 1  # a photo's caption between the byline and the text
    if n >= len(blocks):
        return False
    below = blocks[n]
    return below.role in ("paragraph", "heading") and not bare_byline(below.text, rules)


def _subtitle_over_text(blocks: list[Block], i: int) -> bool:
    """A subtitle (——…) on a line of its own with a title line above it and the text
    below: section headings have no subtitle, so it marks an article's head."""
    block = blocks[i]
    return (block.role == "paragraph" and len(block.lines) == 1 and 0 < i < len(blocks) - 1
            and opens_with_dash(block.text) and len(block.text) <= 40
            and blocks[i + 1].role == "paragraph" and len(blocks[i + 1].lines) > 1)


def _anchor(block: Block, rules: RuleSet) -> bool:
    """An edition line set under a title, a byline (CLS003) or a dateline."""
    return block.cue in ("CLS013", "CLS003") or (
        block.role == "paragraph" and dateline(block.text, rules) is not None)


def _title_line(block: Block, rules: RuleSet, terminal: str) -> bool:
    """A title's line (or, where a title's first line filled a narrow column's measure,
    its lines): short, ending no sentence, no dash of a signature or subtitle."""
    if len(block.lines) > rules.param("CLS015", "max_lines") or block.role not in (
            "paragraph", "heading"):
        return False
    text = block.text
    if opens_with_dash(text):
        return False  # a signature (——编者) or a subtitle's dash, not a title line
    if any(t.rstrip().endswith(("，", "、", "；", "：", ",", ";", ":"))
           for t in block.line_texts or [text]):
        return False  # a clause cut at a line's end: no title's line ends so
    if len(block.lines) > 1 and (block.filled or regex.search(r"[。！？；]", text)):
        return False  # a paragraph cut off by what follows, not a title
    longest = rules.param("CLS005", "max_plain_headline_chars") * (1 if len(block.lines) == 1
                                                                   else 2)
    return 0 < len(text) <= longest and (not ends_sentence(text, terminal) or asks(text))


def asks(text: str) -> bool:
    """A title that asks or exclaims (…为何爱上“博物馆打卡”？): a headline may end so,
    never in 。 and with no sentence inside it."""
    return text.rstrip("”’」』\"'")[-1:] in "？！?!" and not regex.search(r"[。；;]", text)


def _title_runs(blocks: list[Block], k: int, j: int, whole: bool,
                rules: RuleSet) -> list[tuple[int, int]]:
    """The runs of title lines to merge. Under an edition line (an article print sets its
    title in one style) all of them, unless a line ends in blank space (the title broke at
    a space: kicker above, headline below). Elsewhere stacked lines are kicker, headline
    and subtitle, unless a line leaves a quotation or bracket open or the next opens with
    a closing mark: then the title was cut mid-phrase."""
    # The headline's wrapped lines, from its last up: a short last line (at most
    # `tail_share` of the line above), and above that lines as wide as it (±`same_width`):
    # each filled the title's measure. A kicker above is a phrase of its own width.
    wrapped: set[int] = set()  # n: line n wraps into line n + 1
    widths = [display_width(b.text) for b in blocks[k:j]]
    n = j - k - 2
    if n >= 0 and widths[n + 1] <= rules.param("CLS015", "tail_share") * widths[n]:
        wrapped.add(k + n)
        while n > 0 and abs(widths[n - 1] - widths[n]) <= rules.param("CLS015", "same_width"):
            n -= 1
            wrapped.add(k + n)
    runs, start = [], k
    for n in range(k, j):
        text = blocks[n].text
        nxt = blocks[n + 1].text if n + 1 < j else ""
        wraps = (whole and not blocks[n].start_evidence.get("ends_in_space")) or leaves_open(text) \
            or nxt[:1] in CLOSERS or n in wrapped or word_across(text, nxt, blocks, k, j, rules)
        if not wraps or n == j - 1:
            if n + 1 - start > 1:
                runs.append((start, n + 1))
            start = n + 1
    return runs


def _merge(blocks: list[Block], merges: list[tuple[int, int]]) -> list[Block]:
    out: list[Block] = []
    spans = dict(merges)
    i = 0
    while i < len(blocks):
        end = spans.get(i)
        if end is None:
            blocks[i].index = len(out)
            out.append(blocks[i])
            i += 1
            continue
        group = blocks[i:end]
        first = group[0]
        first.index = len(out)
        first.end = group[-1].end
        first.lines = tuple(ln for b in group for ln in b.lines)
        first.line_texts = [t for b in group for t in b.line_texts]
        first.edits = [e for b in group for e in b.edits]
        first.text = block_text(first)
        first.title_lines = len(first.lines)
        first.cue = "CLS015"
        out.append(first)
        i = end
    return out
