"""Undo a converter's row-by-row reading of a box's columns (pdfminer.six).

pdfminer.six's `extract_text` makes every printed line a text box of its own on pages set
with open leading, and its grouping then reads a box's CSS columns row by row: line 1 of
column 1, line 1 of column 2, …, line 2 of column 1, and sometimes a neighbouring box's
lines in between. The text has no coordinates, but it carries the columns' own evidence
(`pair_score`, log-odds-like, 0 saying nothing):

- a line that ends mid-word or mid-phrase goes on in the next line of its column: the
  characters across that break form a word (their bigram, or a longer string across it,
  is printed elsewhere on the page, or the word list of cleaner.lexicon reads them better
  together than apart), a bracket or quote it opens closes there, a number it breaks goes
  on there (or into its unit);
- lines of one column share a measure (`_Page.local`: the width most full lines round a
  line are justified to, and one nearly as many are, a box read row by row beside it): a
  line that goes on is full, so what follows it is a full line or a paragraph's last;
  after a paragraph's last line (short, ending a sentence) comes a paragraph's first, two
  characters short of the measure (the dropped 2-em indent);
- where columns interleave, these successors stand k lines on, k the number of columns
  read across, for a stretch of lines.

`order` scores each line against the next `window` lines; finds the stride round each
line (the offset whose pair scores, summed over a few lines either side, beat the
converter's order by `stride_margin`, with at least `stride_votes` confident pairs);
links each line to one successor, best first, the stride's offset given a bonus and other
skips a cost; and reads the chains of links in the order of their first lines. Where
chains cross (a run), the run is reordered only when it reads across at least two chains,
skips lines often enough, and its order scores clearly better than the converter's
(`min_gain`, `min_gain_per_line`); the evidence gives both scores. A box not set to a
measure (a column's first lines that pdfminer.six grouped, a dateline in bold) may head the
first of two columns whose lines level with it were printed after it (`_heads`). A page
whose lines no run reorders gives None, and so does text with columns side by side
(pdftotext -layout).
Where some run was read across, the page is read again as several streams followed at
once (`_streams`), pdfminer.six's rows holding a line of every column level with them
(the stride changing where another box's column joins or leaves), and a piece that reads
clearly better so takes that order; then a line that goes on links to one within
`relink_window` lines that it reads on into clearly better (`relink_min`, or
`relink_min_near` for a line a few boxes on, where pdfminer.six leaves a column's next
line, or `relink_min_astray` far off on a word across the break for a line left astray,
its successor reading against it; `relink_margin`) than into where the streams put it,
unless the line is far off and
only a phrase the page repeats reads across the break (`_chance_phrase`), and that line
(with its column's lines to a sentence end) moves right after it (`_relink`; a line is
scored only where a cheap upper bound on its score, `pair_bound`, reaches the link's
threshold); the evidence of each link gives the scores before and after. Time and memory
are linear in the page's length. Then each line is given at most one successor and one
predecessor by the best assignment of the whole page's pairs (`_assign`): the order's own
pairs weighted by `assign_prior` more, a link by its score less `assign_cost` (or
`assign_far_cost`), so that a line another reads on into better is left to it where
`_relink`'s margins stopped; the links it takes are made as `_relink` makes its own. Its
weights are fitted (`assign_fitted`, benchmarks/fit_assign.py): each pair's log-odds of
being read one after the other, from its score and the shape of the page round it
(`successor_features`: how far on, whether the order's strides round it agree, and
whether the boxes beside it read on at the same stride, which tells a column's next line
where its own break falls between words). Last, a title or a caption read between two
lines of a paragraph (the line before it reading on into the line after by a word across
the break, `lift_min`) goes after the sentence that line goes on in (`_lift`).

All parameters are the data of rule LAY101 (rules/layout_interleave.toml, documented
there); DEFAULTS holds the same values for a rule set that lacks the rule.
"""
from __future__ import annotations

import heapq
import math
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import accumulate
from typing import Any

import regex

from . import lexicon
from .blocks import HEADING, display_width
from .errors import RuleFileError
from .marks import (BOOK_CLOSE, BRACKETS, CLOSERS, ELLIPSIS, QUOTES, SEMICOLON, SENTENCE_END,
                    STRAIGHT_QUOTES, any_of)
from .registry import PARAM_RANGES

RULE = "LAY101"

# The defaults of LAY101's parameters (rules/layout_interleave.toml documents each).
DEFAULTS: dict[str, Any] = {
    "keep_box_lines": True,
    "max_columns": 6,
    "width_tolerance": 1.0,
    "wider_successor": -3.0,
    "short_successor": -1.5,
    "full_successor": 1.0,
    "start_after_open": -1.5,
    "start_after_end": 1.5,
    "full_after_end": -1.0,
    "measure_tolerance": 0.5,
    "measure_min_chars": 6,
    "measure_min_lines": 3,
    "measure_radius": 10,
    "measure_share": 0.67,
    "word_max": 3.0,
    "word_unseen": -1.0,
    "word_smoothing": 0.3,
    "trigram": 1.0,
    "lexicon_max": 3.0,
    "lexicon_scale": 1.0,
    "lexicon_min_gain": 0.5,
    "lexicon_min_count": 20,
    "max_gram": 6,
    "ngram_max": 3.0,
    "units": "年月日时分秒号%％万亿元个人次项家件吨头米届期倍",
    "number": 1.5,
    "bracket_closes": 1.0,
    "bracket_orphan": 0.0,
    "closer_after_stop": -2.0,
    "confident": 1.5,
    "segment_cost": 5.0,
    "min_rows": 2,
    "min_votes": 2,
    "doubt_margin": 3.0,
    "tail_cost": 1.0,
    "max_tail_rows": 3,
    "tail_shift_cost": 1.0,
    "mid_start_cost": 6.0,
    "box_start_cost": 0.0,
    "min_run_lines": 6,
    "max_lines": 5000,
    "side_by_side_share": 0.1,
    "stretch_min_gaps": 4,
    "short_unbreakable": 1.5,
    "short_breakable": -1.0,
    "no_line_start": "，。、：；！？”’）》」』】…,.:;!?)%",
    "stream_window": 6,
    "stream_start_cost": 2.0,
    "stream_stride": 1.0,
    "stream_prior": 1.0,
    "stream_beam": 16,
    "stream_margin": 5.5,
    "stream_max_heads": 3,
    "relink": True,
    "relink_min": 6.0,
    "relink_min_near": 4.0,
    "relink_min_astray": 4.0,
    "relink_astray_below": 0.0,
    "relink_astray_seen": 1,
    "relink_free": True,
    "relink_margin": 3.0,
    "relink_carry_min": -1.0,
    "relink_window": 24,
    "relink_openers": "",
    "relink_phrase_seen": 3,
    "assign": True,
    "assign_prior": 3.5,
    "assign_cost": 2.0,
    "assign_far_cost": 4.0,
    "assign_far_seen": 1,
    "assign_max_units": 64,
    "assign_fitted": True,
    "assign_least_odds": -2.5,
    "assign_fitted_far_seen": 1,
    "assign_fitted_ends": True,
    "lift": True,
    "lift_min": 2.0,
    "lift_max_units": 3,
    "head": True,
    "head_min": 2.0,
    "head_max_lines": 6,
    "head_fits": True,
    "head_dateline_min": 0.0,
    "head_dateline_pause": True,
    **{"assign_w_" + name: weight for name, weight in (
        ("bias", -7.07), ("shape", 0.46), ("rest", 0.44), ("order", 2.76), ("next", 0.47),
        ("near", 0.84), ("far", 0.63), ("distance", -2.63), ("stride_before", 1.21),
        ("stride_after", 1.36), ("bigram", 0.54), ("b_start", -1.64), ("b_end", 0.76),
        ("b_full", 0.47), ("a_full", 0.31), ("a_stop", -1.07), ("a_pause", 1.31),
        ("goes_on", 1.58), ("order_shape", 0.37), ("b_boxed", -3.0), ("parallel", 0.32),
        ("parallel_confident", 0.65), ("same_width", 0.18), ("far_rest", 0.0),
        ("order_rest", 0.32))},
}

_STOP = regex.compile(any_of(SENTENCE_END + ELLIPSIS + SEMICOLON)
                      + any_of(CLOSERS + BOOK_CLOSE + STRAIGHT_QUOTES) + "*$")
_PAUSE = regex.compile(r"[，、,：:]$")
# (〈〉 left out: the key's pairs as LAY101's weights were fitted on them)
_PAIRS = {**QUOTES, **{o: c for o, c in BRACKETS.items() if o != "〈"}}
_CLOSERS = "".join(_PAIRS.values())
_CLOSE_OF = {c: o for o, c in _PAIRS.items()}
_HAN = regex.compile(r"\p{Han}")
_GAPS = regex.compile(r"(?<=\S) (?=\S)")
_FULL_WIDTH = regex.compile(r"[\p{Han}，。、：；！？“”‘’（）《》—…·]+")
_DIGIT = regex.compile(r"[0-9０-９.,．%％]")
_LATIN = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_STRIP = " \t\u3000\f\v\r"
_LOOKS = 64  # places of a string of three characters looked at for a longer one


@dataclass(frozen=True)
class Reorder:
    """A page's lines in reading order: `spans`, the source (start, end) of every non-blank
    line (its spaces and a form feed at either end left out), each once; `rule`, the rule
    id; `evidence`, one dict per reordered run: `lines` (its first and last line in the
    source, from 1), `span` (its source offsets), `n_lines`, `k` (the columns it was read
    in) and `tail_k` (those of its last rows, where shorter columns had ended), `score_k`
    and `score_1` (the summed pair scores of its lines in the order found and in the
    converter's), `gain` (their difference), `votes` (pairs at its stride scoring
    `confident`, and better than the line printed next: `_votes`) and `text` (the run's
    first characters); `joiner`, what the reordered lines are joined by (the page's own
    spacing); `keep_box_lines`, whether two lines next to each other in the source, read
    one after the other, stay joined by a newline where `joiner` is a blank line (one text
    box's lines: `keep_box_lines`)."""
    spans: list[tuple[int, int]]
    rule: str = RULE
    evidence: list[dict] = field(default_factory=list)
    joiner: str = "\n"
    keep_box_lines: bool = False


@dataclass
class _Line:
    start: int
    end: int
    text: str          # the line as printed, spaces kept (for the width)
    key: str           # its non-space characters
    width: float
    stop: bool         # ends a sentence
    pause: bool        # ends on a comma or an enumeration mark
    barrier: bool      # a form feed stands before it (a sheet of the PDF ends)
    pending: dict      # bracket kind -> opened and not closed at the line's end
    orphans: dict      # bracket kind -> closed without an opening in the line
    index: int = 0     # its place among the page's lines
    boxed: bool = False  # it stands right under the line before (no blank line between)
    gaps: int = 0      # single spaces between its characters (a justified line stretched)


# The ranges the decoder can work in (registry.PARAM_RANGES, which a user's rule file is
# checked against at load): checked again here for rules built some other way.
RANGES = {key: span for (rule, key), span in PARAM_RANGES.items() if rule == RULE}


def _params(rules) -> dict[str, Any]:
    params = dict(DEFAULTS)
    if rules is not None:
        try:
            if not rules.on(RULE):
                return {}
            params.update(rules[RULE].params)
        except KeyError:
            pass
        # (CLS004's patterns: a box opening with a dateline heads its column on less,
        # `head_dateline_min`; kept as the compiled patterns, hashable for `_decode`)
        params["datelines"] = tuple(g for r in getattr(rules, "dateline_rules", ())
                                    for g in r.patterns)
    for key, (lo, hi) in RANGES.items():
        if params[key] < lo or (hi is not None and params[key] > hi):
            want = f"from {lo} to {hi}" if hi is not None else f"at least {lo}"
            raise RuleFileError(f"rule {RULE}: parameter {key} must be {want}; "
                                f"got {params[key]!r}")
    return params


def _brackets(key: str) -> tuple[dict, dict]:
    depth: Counter = Counter()
    orphans: Counter = Counter()
    for ch in key:
        if ch in _PAIRS:
            depth[ch] += 1
        elif ch in _CLOSE_OF:
            o = _CLOSE_OF[ch]
            if depth[o]:
                depth[o] -= 1
            else:
                orphans[o] += 1
    return {k: v for k, v in depth.items() if v}, dict(orphans)


def lines_of(source: str) -> list[_Line]:
    """The page's non-blank lines, with the source span of each (spaces at its ends and
    a form feed not in it)."""
    out: list[_Line] = []
    pos = 0
    feed = False
    above = False  # the raw line before held text
    for raw in source.split("\n"):
        start = pos
        pos += len(raw) + 1
        if "\f" in raw:
            feed = True
        s = start + len(raw) - len(raw.lstrip(_STRIP))
        e = start + len(raw.rstrip(_STRIP))
        key = "".join(source[s:e].split()) if e > s else ""
        if not key:  # blank, or white space of other kinds only (an em space)
            above = False
            continue
        text = source[s:e]
        pending, orphans = _brackets(key)
        out.append(_Line(s, e, text, key, display_width(text), bool(_STOP.search(key)),
                         bool(_PAUSE.search(key)), feed, pending, orphans, len(out),
                         above and not feed, len(_GAPS.findall(text))))
        feed = False
        above = True
    return out


def _alone(source: str) -> tuple[int, int]:
    """How many of the page's lines stand between blank lines (pdfminer.six's text boxes of
    one line, the only lines it can have read across columns: a box of several lines is
    one column's, read down), and how many lines hold text. Cheap, so that a page of
    another converter costs nothing."""
    raw = source.split("\n")
    blank = [not t.strip() for t in raw] + [True]
    alone = sum(1 for k in range(len(raw))
                if not blank[k] and blank[k + 1] and (k == 0 or blank[k - 1]))
    return alone, len(raw) - sum(blank) + 1


class _Page:
    """Character statistics of the page: what counts as a word across a break."""

    def __init__(self, lines: list[_Line], min_chars: int = 6, min_lines: int = 3,
                 radius: int = 10, max_gram: int = 6, tol: float = 0.5,
                 share: float = DEFAULTS["measure_share"]):
        # the lines' text, one a line, and where each string of three characters stands in
        # it: a longer string printed inside a line is looked up at its first three's places
        # (linear in the page, where a set of every string of three to six characters took
        # six times the memory)
        self.text = text = "\n".join(ln.key for ln in lines)
        self.uni: Counter = Counter(text)
        self.bi: Counter = Counter(text[i:i + 2] for i in range(len(text) - 1))
        self.tri: dict[str, list[int]] = {}
        for i in range(len(text) - 2):
            self.tri.setdefault(text[i:i + 3], []).append(i)
        self.n = max(1, len(self.text) - self.text.count("\n"))
        # the pair scores of its lines found so far (`_scored`), by their indices
        self.scores: dict[tuple[int, int], float] = {}
        # The measures of the page's columns: widths that many lines going on share.
        # (each text once: a running head or footer repeated down the page is no column)
        widths = Counter(round(ln.width * 2) / 2 for ln in {ln.key: ln for ln in lines
                         if not ln.stop and len(ln.key) >= min_chars}.values())
        self.measures = sorted(w for w, c in widths.items() if c >= min_lines)
        # Each line's own measures: the one most lines round it are justified to, and any
        # that at least `share` as many (and `min_lines`) are: where two boxes of measures a
        # character apart are read row by row, their lines alternate, and the top one alone
        # left every line of the other box fitting none. A line votes for every measure it
        # fits (within the tolerance), not only the narrowest: widths half a character
        # apart (a digit or a mark more) are one measure, whose votes split between its
        # two widths let another box's measure win.
        full = [tuple(m for m in self.measures if abs(ln.width - m) <= tol)
                if not ln.stop else () for ln in lines]
        self.local: list[tuple[float, ...]] = []
        votes: Counter = Counter()
        n = len(lines)
        for i in range(min(n, radius)):
            votes.update(full[i])
        for i in range(n):
            if i + radius < n:
                votes.update(full[i + radius])
            if i - radius - 1 >= 0:
                votes.subtract(full[i - radius - 1])
            top = max(votes.values(), default=0)
            least = max(min_lines, share * top)
            self.local.append(tuple(m for m, v in votes.items()
                                    if v > 0 and (v == top or v >= least)))
        # Lines one character short of the lines round them, counted in characters (lines
        # of Han characters and full-width marks only, whose width is their count).
        plain = [not ln.stop and bool(_FULL_WIDTH.fullmatch(ln.key)) for ln in lines]
        sizes = [len(ln.key) if plain[i] and len(ln.key) >= min_chars else None
                 for i, ln in enumerate(lines)]
        self.short_one: list[bool] = []
        for i, ln in enumerate(lines):
            if not plain[i]:
                self.short_one.append(False)
                continue
            near = Counter(sizes[j] for j in range(max(0, i - radius), min(n, i + radius + 1))
                           if j != i and sizes[j] is not None)
            size, count = near.most_common(1)[0] if near else (0, 0)
            self.short_one.append(count >= min_lines and len(ln.key) == size - 1)

    def printed(self, gram: str) -> bool:
        """Whether the page prints `gram` (three characters or more) inside a line (looked
        for at the first `_LOOKS` places of its first three characters)."""
        places = self.tri.get(gram[:3])
        if not places or len(gram) == 3:
            return bool(places)
        return any(self.text.startswith(gram, i) for i in places[:_LOOKS])

    def roles(self, ln: _Line, tol: float, measures, short: bool = False
              ) -> list[tuple[float, str]]:
        """(measure, role) for each measure the line fits: "full" (justified to it, or,
        `short`, a line held short of it: `_held`), "start" (two characters short: a
        paragraph's first line, its indent dropped) or "end" (shorter and ending a
        sentence: a paragraph's last line)."""
        out = []
        for m in measures:
            if abs(ln.width - m) <= tol or short and not ln.stop and ln.width < m:
                out.append((m, "full"))
            elif abs(ln.width - (m - 2)) <= tol:
                out.append((m, "start"))
            if ln.stop and ln.width < m - tol:
                out.append((m, "end"))
        return out


def _shape(a: _Line, b: _Line, page: _Page, p: dict) -> float:
    """How well the widths of a and b fit one column: a line that goes on is justified
    to the measure (or, a paragraph's first line, two characters short), so what follows
    it is a full line or a paragraph's last; after a paragraph's last line comes a
    paragraph's first."""
    tol = p["measure_tolerance"]
    measures = set(page.local[a.index]) | set(page.local[b.index])
    ra = page.roles(a, tol, measures, _held(a, page, p))
    rb = page.roles(b, tol, measures, _held(b, page, p))
    best = None
    for m, role_a in ra:
        for m2, role_b in rb:
            if m2 != m:
                continue
            if role_a in ("full", "start") and not a.stop:
                s = {"full": p["full_successor"], "end": p["full_successor"],
                     "start": p["start_after_open"]}[role_b]
            elif role_a == "end":
                s = {"start": p["start_after_end"], "full": p["full_after_end"],
                     "end": p["full_after_end"]}[role_b]
            else:  # a full line ending a sentence
                s = {"start": p["full_successor"], "full": p["full_successor"],
                     "end": p["full_successor"]}[role_b]
            best = s if best is None else max(best, s)
    if best is not None:
        return best
    # No measure of the page fits both: only a successor wider than a line that goes on
    # (more than its indent) says something.
    if not a.stop and b.width > a.width + 2 + p["width_tolerance"]:
        return p["wider_successor"]
    if not a.stop and not b.stop and b.width < a.width - 2 - p["width_tolerance"]:
        return p["short_successor"]
    return 0.0


def pair_score(a: _Line, b: _Line, page: _Page, p: dict) -> float:
    """Evidence (log-odds-like, 0 neutral) that line b is read right after line a."""
    return _pair(a, b, page, p, False)


def pair_bound(a: _Line, b: _Line, page: _Page, p: dict) -> float:
    """An upper bound on `pair_score(a, b, page, p)`, a fifth of its cost: the widths' fit
    (`_shape`) taken at the most it gives, and across a break of Han characters the word
    list (`lexicon_max`) and the longer strings printed across it (`ngram_max`; none where
    the page never prints the two characters across it together) at theirs, the rest
    exact. A pair whose bound is under a threshold cannot score it (`_relink` skips it)."""
    return _pair(a, b, page, p, True)


def pair_plain(a: _Line, b: _Line, page: _Page, p: dict) -> float:
    """`pair_score(a, b, page, p)` without what costs most to look up: the longer strings
    printed across the break (`trigram`) and the word list (`lexicon_max`); the widths, the
    bigram across the break, brackets and numbers as there."""
    return _pair(a, b, page, p, False, plain=True)


def _pair(a: _Line, b: _Line, page: _Page, p: dict, bound: bool, plain: bool = False
          ) -> float:
    score = (max(0.0, p["full_successor"], p["start_after_open"], p["start_after_end"],
                 p["full_after_end"], p["wider_successor"], p["short_successor"])
             if bound else _shape(a, b, page, p))
    # Brackets and quotes opened in a close in b.
    for kind, n in b.orphans.items():
        if a.pending.get(kind):
            score += p["bracket_closes"]
        else:
            score += p["bracket_orphan"]
    if _held(a, page, p) and not a.stop:
        score += p["short_unbreakable"] if _unbreakable(b.key, p) else p["short_breakable"]
    if a.stop:
        if b.key[0] in _CLOSERS:
            score += p["closer_after_stop"]
        return score
    if a.pause:
        return score
    # The characters across the break form a word.
    x, y = a.key[-1], b.key[0]
    kx = _kind(x)
    if kx in ("digit", "latin") and _kind(y) == kx:
        return score + p["number"]
    if kx == "han" and _kind(y) == kx:  # (a digit's neighbours are too common to say)
        seen = page.bi[x + y]
        if seen:
            expected = page.uni[x] * page.uni[y] / page.n
            word = max(0.0, min(p["word_max"], math.log(seen / (expected + p["word_smoothing"]))))
        else:
            word = p["word_unseen"]
        if bound:  # (a string across the break holds x + y: printed only where that is)
            longest = int(p["max_gram"]) if seen else 0
            gram = min(p["ngram_max"], p["trigram"] * (longest - 2)) if longest >= 3 else 0.0
            return score + max(word + max(0.0, gram), p["lexicon_max"])
        if plain:
            return score + word
        longest = _crossing(a.key, b.key, page, int(p["max_gram"]))
        if longest >= 3:
            word += min(p["ngram_max"], p["trigram"] * (longest - 2))
        listed = _listed(a.key, b.key, p)
        return score + (max(word, listed) if listed > 0 else word)
    elif kx == "digit" and y in p["units"]:
        score += p["number"]
    return score


def _scored(a: _Line, b: _Line, page: _Page, p: dict) -> float:
    """`pair_score(a, b, page, p)`, each pair of the page's lines scored once (the runs,
    the streams and the relinks score many of the same pairs; a page is measured for one
    set of parameters, `_measured`)."""
    key = (a.index, b.index)
    found = page.scores.get(key)
    if found is None:
        found = page.scores[key] = pair_score(a, b, page, p)
    return found


@lru_cache(maxsize=4096)
def _kind(ch: str) -> str:
    """What a character at a break is to `pair_score`: "digit" (a digit or a number's mark,
    `_DIGIT`), "latin" (a Latin letter), "han" or "" (anything else); looked up once."""
    for kind, pattern in (("digit", _DIGIT), ("latin", _LATIN), ("han", _HAN)):
        if pattern.match(ch):
            return kind
    return ""


def _chance_phrase(a: _Line, b: _Line, page: _Page, p: dict) -> bool:
    """Whether the only word a's end and b's start make is a phrase the page repeats: no
    word of the word list spans the break (it falls between words), and the page prints
    the bigram across it at least `relink_phrase_seen` times (a keyword of the article,
    服务|机器人, 高质量发展|和, whose halves end and start many lines). 0 turns it off."""
    least = p["relink_phrase_seen"]
    if least <= 0 or not (_HAN.match(a.key[-1]) and _HAN.match(b.key[0])):
        return False
    return page.bi[a.key[-1] + b.key[0]] >= least and _listed(a.key, b.key, p) <= 0


def _astray_word(a: _Line, b: _Line, page: _Page, p: dict) -> bool:
    """Whether a word spans the break from a line left astray to a line far off: one of
    the word list (`_listed`), and printed elsewhere on the page (its two characters
    across the break inside a line at least `relink_astray_seen` times)."""
    return (_listed(a.key, b.key, p) > 0
            and page.bi[a.key[-1] + b.key[0]] >= p["relink_astray_seen"])


def _listed(ka: str, kb: str, p: dict) -> float:
    """What the word list (cleaner.lexicon) says of the break between two lines going on:
    a word spans it, the more surely the more the characters round it read better together
    than apart (`lexicon_scale` a nat of that gain, up to `lexicon_max`, from
    `lexicon_min_gain`), the words counted at least `lexicon_min_count` times weighed; 0
    when the list is off (`lexicon_max` 0) or no word spans it."""
    return _listed_word(ka, kb, p)[0]


def _listed_word(ka: str, kb: str, p: dict) -> tuple[float, str]:
    if p["lexicon_max"] <= 0 or not (_HAN.match(ka[-1:]) and _HAN.match(kb[:1])):
        return 0.0, ""
    gain, word = lexicon.load(int(p["lexicon_min_count"])).gain(ka, kb)
    if gain < p["lexicon_min_gain"]:
        return 0.0, ""
    return min(p["lexicon_max"], p["lexicon_scale"] * gain), word


def _listed_across(lines: list[_Line], units: list[list[int]], pairs, p: dict) -> list[str]:
    """The words of the word list across the joins of unit pairs (a, b), a's last line read
    on into b's first, where a's line ends no sentence and no clause (the joins scored):
    a run's evidence."""
    joins = ((lines[units[a][-1]], lines[units[b][0]]) for a, b in pairs)
    words = (_listed_word(last.key, first.key, p)[1] for last, first in joins
             if not (last.stop or last.pause))
    return [w for w in words if w]


def _stretched(ln: _Line, p: dict) -> bool:
    """Whether the converter wrote spaces between most of the line's characters: a
    justified line stretched, pdfminer.six's habit where the gaps grow wide."""
    return ln.gaps >= max(p["stretch_min_gaps"], (len(ln.key) - 1) // 2)


def _held(ln: _Line, page: _Page, p: dict) -> bool:
    """Whether a justified line was held short of its measure: stretched (`_stretched`),
    or one character short of the lines round it (too little to make the converter write
    spaces). What followed it could not be broken from its last character."""
    return _stretched(ln, p) or page.short_one[ln.index]


def _unbreakable(key: str, p: dict) -> bool:
    """Whether a line opens with what could not have ended the line before it: an opening
    mark, a character and a mark no line may start with, or a number or Latin word."""
    if key[0] in _PAIRS or len(key) > 1 and key[1] in p["no_line_start"]:
        return True
    return len(key) > 1 and bool(_DIGIT.match(key[0]) or _LATIN.match(key[0])) and bool(
        _DIGIT.match(key[1]) or _LATIN.match(key[1]))


def _crossing(ka: str, kb: str, page: _Page, max_gram: int) -> int:
    """The length of the longest string across the break (a's end, b's start) that the
    page prints inside a line (0 when none of 3 characters or more)."""
    best = 0
    for size in range(3, max_gram + 1):
        hit = False
        for left in range(1, size):
            right = size - left
            if left <= len(ka) and right <= len(kb) and page.printed(ka[-left:] + kb[:right]):
                hit = True
                break
        if not hit:
            break
        best = size
    return best


def order(source: str, rules=None) -> Reorder | None:
    """The page's lines in reading order, when some run of them was read across columns;
    None when the page shows no interleaving."""
    p = _params(rules)
    found = _decode(source, _key(p))
    if found is None:
        return None
    spans, runs = found
    evidence = [{k: v for k, v in r.items() if k not in ("accepted", "streams")}
                for r in runs if r["accepted"]]
    if not evidence:
        return None
    return Reorder(spans, RULE, evidence, "\n\n" if _double_spaced(source) else "\n",
                   p["keep_box_lines"])


def doubts(source: str, rules=None) -> list[dict]:
    """The runs the page leaves in doubt: those read across columns by a small margin
    (their gain less than `doubt_margin` over `segment_cost`) and those whose order scored
    better row by row but that were left as printed (too few confident pairs)."""
    p = _params(rules)
    found = _decode(source, _key(p))
    if found is None:
        return []
    return [r for r in found[1]
            if not r.get("streams") and not r.get("relink") and not r.get("lifted")
            and (not r["accepted"] or r["gain"] - p["segment_cost"] < p["doubt_margin"])]


def _key(p: dict) -> tuple:
    return tuple(sorted(p.items()))


@lru_cache(maxsize=2)  # order() and then doubts() on one page decode it once
def _decode(source: str, key: tuple) -> tuple[list[tuple[int, int]], list[dict]] | None:
    p = dict(key)
    if not p:
        return None
    alone, filled = _alone(source)
    if alone < p["min_run_lines"] or filled > p["max_lines"]:
        return None
    lines = lines_of(source)
    if len(lines) < p["min_run_lines"] or _side_by_side(source, p) or _MARKDOWN.search(source):
        return None  # (markdown: an extractor of printed lines writes no '#' heading)
    out, runs = _order(lines, p)
    if not runs:
        return None
    for r in runs:  # lines counted in the source, as every edit counts them
        r["lines"] = [source.count("\n", 0, r["span"][0]) + 1,
                      source.count("\n", 0, r["span"][1]) + 1]
    return [(lines[i].start, lines[i].end) for i in out], runs


# A markdown heading opening a line: a layout tool's paragraphs, not pdfminer's lines.
_MARKDOWN = regex.compile("^" + HEADING.pattern, regex.M)  # a heading's line, anywhere


def _double_spaced(source: str) -> bool:
    """Whether most of the page's lines have a blank line after them (pdfminer.six)."""
    raw = source.split("\n")
    filled = [k for k, t in enumerate(raw) if t.strip(_STRIP)]
    after = sum(1 for k in filled if k + 1 < len(raw) and not raw[k + 1].strip(_STRIP))
    return after * 2 > len(filled)


# A gap of three spaces between words of three characters or more, or a deep indent. A
# word is tried only where it starts (after a space, or the indent the other branch
# took) and is not given back: tried at every place of a long run without spaces, it
# went over the rest of the run each time (quadratic: 33 s on a line of 126,000).
_GAP = regex.compile(r"(?:(?<!\S)|(?<=^[ \u3000]{4,}\S))\S{3,}+[ \u3000]{3,}+\S{3,}+"
                     r"|^[ \u3000]{4,}\S", regex.M)


def _side_by_side(source: str, p: dict) -> bool:
    """Columns set side by side on one line (pdftotext -layout, PyMuPDF sort=True): text
    of another kind, which this rule leaves alone."""
    lines = sum(1 for ln in source.split("\n") if ln.strip())
    return len(_GAP.findall(source)) > p["side_by_side_share"] * max(1, lines)


def runs_of(source: str, rules=None) -> list[dict]:
    """Every run the decoder read across columns, accepted or not, with its evidence (for
    calibrating the parameters)."""
    p = _params(rules)
    return _order(lines_of(source), p)[1] if p else []


def _units(lines: list[_Line]) -> list[list[int]]:
    """The converter's text boxes: lines one under the other with no blank line between
    are one box, read down as printed."""
    units: list[list[int]] = []
    for ln in lines:
        if units and ln.boxed:
            units[-1].append(ln.index)
        else:
            units.append([ln.index])
    return units


def _measured(lines: list[_Line], units: list[list[int]], p: dict
              ) -> tuple[_Page, list[bool]]:
    """The page's measures and n-grams (`_Page`), and whether each unit's lines are all
    set to a measure (its pair scores count)."""
    page = _Page(lines, int(p["measure_min_chars"]), int(p["measure_min_lines"]),
                 int(p["measure_radius"]), int(p["max_gram"]), p["measure_tolerance"],
                 p["measure_share"])
    tol = p["measure_tolerance"]
    return page, [all(page.roles(lines[i], tol, page.local[i], _held(lines[i], page, p))
                      for i in u) for u in units]


def decoded(lines: list[_Line], p: dict, measured: tuple[_Page, list[bool]] | None = None
            ) -> tuple[list[list[int]], list[bool], list[list[float]], list[list[float]],
                       list[tuple]]:
    """The converter's boxes (`_units`), whether each is set to a measure, the pair scores
    score[d][u] (unit u followed by unit u+d), their running sums, and the cut (`_cut`)."""
    units = _units(lines)
    n = len(units)
    page, fits = measured or _measured(lines, units, p)
    max_k = int(p["max_columns"])
    # score[d][u]: unit u followed by unit u+d (0 where not both set to a measure).
    score = [[0.0] * n for _ in range(max_k + 1)]
    for u in range(n):
        if not fits[u]:
            continue
        for d in range(1, max_k + 1):
            v = u + d
            if v >= n or not fits[v]:
                break
            if d > 1 and any(lines[units[w][0]].barrier for w in range(u + 1, v + 1)):
                break
            score[d][u] = _scored(lines[units[u][-1]], lines[units[v][0]], page, p)
    prefix = prefix_sums(score, n)
    segments = _cut(n, fits, [lines[u[0]].barrier for u in units], score, prefix, p,
                    _heads(lines, units, fits, page, p), [len(u) > 1 for u in units])
    return units, fits, score, prefix, segments


def _heads(lines: list[_Line], units: list[list[int]], fits: list[bool], page: _Page,
           p: dict) -> dict[int, tuple[int, float]]:
    """The boxes that may head two columns read row by row (`_cut`), by the unit where
    their rows start: pdfminer.six groups a column's first lines into one box where they
    stand apart (a dateline in bold, a lede), and prints the lines of the column beside it
    that stand level with the box one by one right after it, before the rows of the two
    columns interleave. A box not set to a measure (or, with `head_fits`, one set to it:
    the dateline's lines as wide as the column's, 本报北京3月17日电（记 / 者饶翔）…精), of 2
    to `head_max_lines` lines (m), whose last line goes on (no sentence end, no comma)
    into the unit m + 1 on by `head_min` or more (a word across the break), the m + 2
    units after it set to a measure and on one sheet: {that unit: (the box, the pair's
    score)}; a box set to a measure only where it reads on into that unit better than into
    the unit printed after it (else its column goes on there). (`_cut` takes a box set to a
    measure as a head only right after a line set to none: a title's dateline, not a
    column's box read down.) A box whose lines open with a dateline (CLS004's
    patterns, `datelines` in `p`: 本报讯（记者…) needs only `head_dateline_min` (most break
    between words, where no word across the break scores), set to a measure or not, and
    reading on into that unit better than into the unit printed after it; with
    `head_dateline_pause` its last line may end on a comma (the dateline's paragraph goes
    on past it)."""
    heads: dict[int, tuple[int, float]] = {}
    if not p["head"]:
        return heads
    n = len(units)
    for b in range(n):
        m = len(units[b])
        s = b + m + 1
        last = lines[units[b][-1]]
        # (the box's lines read together: a dateline runs over them, 新华社内罗毕10月1 / 9日电)
        dated = 2 <= m <= p["head_max_lines"] and any(
            g.search("".join(lines[i].key for i in units[b])) for g in p.get("datelines", ()))
        if (fits[b] and not p["head_fits"] or not 2 <= m <= p["head_max_lines"] or s + 1 >= n
                or last.stop or last.pause and not (dated and p["head_dateline_pause"])
                or not all(fits[u] and not lines[units[u][0]].barrier
                           for u in range(b + 1, s + 2))):
            continue
        h = _scored(last, lines[units[s][0]], page, p)
        # (a box set to a measure whose last line reads on as well into the line printed
        # after it goes on there: its column's next line, the rows starting after it)
        if h >= (p["head_dateline_min"] if dated else p["head_min"]) and not (
                (fits[b] or dated) and h <= _scored(last, lines[units[b + 1][0]], page, p)):
            heads[s] = (b, h)
    return heads


def column_runs(segments: list[tuple]) -> list[tuple[list[list[int]], list[tuple]]]:
    """The cut's segments as runs: (columns, parts), each column its units in reading
    order, each part (start, end, k) a segment of the run (a run of k columns, then its
    tail's); a segment read as printed is a run of one column and one part."""
    out = []
    i = 0
    while i < len(segments):
        s, e, k, _ = segments[i]
        head = None
        if k == 0:  # a box heading two columns (`_heads`): the run's segment follows
            head, i = (s, e), i + 1
            s, e, k, _ = segments[i]
        columns = [list(range(s + r, e, k)) for r in range(k)]
        parts = [(s, e, k)]
        holds = list(range(k))  # the column that holds each stream of the part above
        i += 1
        while k > 1 and i < len(segments) and segments[i][3] is not None:
            # its tail: each stream goes on from the column of the part above that
            # `going_on` names, or starts a column of its own (None) (a tail under a
            # tail goes on from the tail's streams, not from the first part's columns)
            s2, end, k2, going_on = segments[i]
            below = []
            for r in range(k2):
                stream = list(range(s2 + r, end, k2))
                if going_on[r] is not None:
                    columns[holds[going_on[r]]].extend(stream)
                    below.append(holds[going_on[r]])
                else:
                    columns.append(stream)
                    below.append(len(columns) - 1)
            holds = below
            parts.append((s2, end, k2))
            i += 1
        if head is not None:  # the box heads the first column, the lines beside it the second
            box, start = head
            columns[0][:0] = [box]
            columns[1][:0] = list(range(box + 1, start))
            parts.insert(0, (box, start, 0))
        out.append((columns, parts))
    return out


def _order(lines: list[_Line], p: dict) -> tuple[list[int], list[dict]]:
    """The lines' reading order and the evidence of every run read across columns: the
    runs' order (`_read_runs`), and where it read some run across, the pieces of the
    page that read better as several streams at once (`_streams`), and then the lines
    that go on clearly better elsewhere than where those put them (`_relink`), and the
    links of the best assignment of successors over what is left (`_assign`), then the
    titles and captions read inside a paragraph put after its sentence (`_lift`); the page
    measured, and each pair of its lines scored (`_scored`), once for them all."""
    units = _units(lines)
    measured = _measured(lines, units, p)  # (the page's measures and scores, once for all)
    out, evidence = _read_runs(lines, p, measured)
    if not any(r["accepted"] for r in evidence):
        return out, evidence
    # the runs stay the doubts' evidence; their order is the streams' prior
    unit_of = {units[u][0]: u for u in range(len(units))}
    runs_order = [u for u in (unit_of.get(x) for x in out) if u is not None]
    order, stretches = _streams(lines, units, runs_order, p, measured)
    if p["relink"]:
        order, links = _relink(lines, units, order, p, measured)
        stretches = stretches + links
    if p["assign"]:
        order, links = _assign(lines, units, order, p, measured)
        stretches = stretches + links
    if p["lift"]:
        order, lifts = _lift(lines, units, order, p, measured)
        stretches = stretches + lifts
    return [x for u in order for x in units[u]], evidence + stretches


def _lift(lines: list[_Line], units: list[list[int]], order: list[int], p: dict,
          measured: tuple[_Page, list[bool]] | None = None) -> tuple[list[int], list[dict]]:
    """The units' order with the titles and captions read inside a paragraph put after its
    sentence: pdfminer.six sets a box (a title, a caption, a credit) in the rows by its
    height, so that it may stand between two lines of a column beside it. Where a unit set
    to a measure that goes on (no sentence end, no comma) is followed by 1 to
    `lift_max_units` units not set to a measure, and then by one set to a measure that it
    reads on into by `lift_min` or more (`_unit_pairs`: a word across the break), those
    units move to after the sentence the line after them goes on in (the first unit from
    it that ends a sentence, within `relink_window` units and before a unit not set to a
    measure). Not where one of them ends as a column's line does (no sentence end, no
    comma, as wide as the line before them or wider): a box of body text, the first lines
    of another column, not a title. Each move's evidence gives the pair's score (`score`),
    the lines moved (`n_lines`, `text`) and the two lines they stood between (`after`,
    `before`)."""
    page, fits = measured or _measured(lines, units, p)
    pair = _unit_pairs(lines, units, page, p)
    window, most = int(p["relink_window"]), int(p["lift_max_units"])
    order = list(order)
    evidence = []
    i = 0
    while i < len(order) - 2:
        a = order[i]
        last = lines[units[a][-1]]
        if not fits[a] or last.stop or last.pause:
            i += 1
            continue
        # (Walked only from a line that goes on: each run of boxes is walked once, whatever
        # `lift_max_units`; from every unit, a long run was walked once per box in it.)
        j = i + 1
        while j < len(order) and j - i - 1 < most and not fits[order[j]]:
            j += 1
        if j == i + 1 or j == len(order) or not fits[order[j]]:
            i += 1
            continue
        t, moved = order[j], order[i + 1:j]
        x = pair(a, t)
        body = any(not (end := lines[units[u][-1]]).stop and not end.pause
                   and end.width >= last.width for u in moved)
        if x is None or x < p["lift_min"] or body:
            i += 1
            continue
        k = j  # the sentence's end: the first unit from t that ends one
        while (k + 1 < len(order) and k - j < window and not lines[units[order[k]][-1]].stop
               and fits[order[k + 1]]):
            k += 1
        order = order[:i + 1] + order[j:k + 1] + moved + order[k + 1:]
        first, end = lines[units[moved[0]][0]], lines[units[moved[-1]][-1]]
        head = lines[units[t][0]]
        evidence.append({"lifted": True, "score": round(x, 2),
                         "n_lines": sum(len(units[u]) for u in moved),
                         "span": [min(last.start, first.start, head.start),
                                  max(last.end, end.end, head.end)],
                         "text": first.key[:12], "after": last.key[-12:],
                         "before": head.key[:12], "accepted": True})
        i += 1
    return order, evidence


def _read_runs(lines: list[_Line], p: dict, measured: tuple[_Page, list[bool]] | None = None
               ) -> tuple[list[int], list[dict]]:
    """The lines' order read in runs, and the evidence of every run read across columns.

    The converter's boxes (`_units`) are cut into segments, each read either as printed
    or as k columns read row by row (unit s+r, s+r+k, s+r+2k, … is column r), in whole
    rows; a few rows of fewer columns right after one are its tail, the longer columns
    going on, as balanced columns end. The cut maximises the summed pair scores of the
    units read one after the other, less `segment_cost` for each segment (`tail_cost` for
    a tail): dynamic programming, linear in the units for each k (`_cut`). A segment holds
    only lines set to a measure (a title, a caption or a byline ends it) and starts right
    after such a line or where another segment ends: where a box's columns start, not a
    line or two into their first row; or, for `mid_start_cost` more, after a stretch read
    as printed (a line or two of another box read before the box's first row); or, in two
    columns, after the lines printed beside a box not set to a measure that heads the first
    column (`_heads`: the run's evidence gives its `head`, its lines and the score of its
    pair into the column's next line)."""
    measured = measured or _measured(lines, _units(lines), p)
    units, fits, score, prefix, segments = decoded(lines, p, measured)
    page = measured[0]
    out: list[int] = []
    evidence = []
    for columns, parts in column_runs(segments):
        s, end = parts[0][0], parts[-1][1]
        k = next(k for _, _, k in parts if k)  # (a head's part, k 0, first: `_heads`)
        if k == 1:
            out.extend(x for u in range(s, end) for x in units[u])
            continue
        flat = [u for column in columns for u in column]
        pairs = column_pairs(columns)
        mine, as_is, votes = judged(lines, units, fits, score, prefix, page, pairs, s, end, p)
        listed = _listed_across(lines, units, pairs, p)
        # (a run that scores no better in columns than as printed is there only to let the
        # run after it start where it ends: its lines stay as printed)
        accepted = votes >= p["min_votes"] and mine > as_is
        first, last = units[s][0], units[end - 1][-1]
        strides = [part for part in parts if part[2]]
        why = {"n_lines": last - first + 1, "k": k,
               "tail_k": [k2 for _, _, k2 in strides[1:]],
               "score_k": round(mine, 2), "score_1": round(as_is, 2),
               "gain": round(mine - as_is, 2), "votes": votes, "listed": listed,
               "span": [lines[first].start, lines[last].end],
               "text": lines[first].key[:12], "accepted": accepted}
        if len(strides) < len(parts):  # the box heading it: its lines, the pair's score
            box, start = parts[0][0], strides[0][0]
            why["head"] = {"n_lines": len(units[box]), "score": round(
                _scored(lines[units[box][-1]], lines[units[start][0]], page, p), 2)}
        evidence.append(why)
        out.extend(x for u in (flat if accepted else range(s, end)) for x in units[u])
    return out, evidence


def column_pairs(columns: list[list[int]]) -> list[tuple[int, int]]:
    """The pairs of units a run read in `columns` reads on from one to the next."""
    return [(a, b) for column in columns for a, b in zip(column, column[1:])]


def judged(lines: list[_Line], units: list[list[int]], fits: list[bool],
           score: list[list[float]], prefix: list[list[float]], page: _Page,
           pairs: list[tuple[int, int]], s: int, end: int, p: dict) -> tuple[float, float, int]:
    """A run's judgement (units s..end-1, read on in `pairs`, column_pairs): the summed
    scores of its pairs read column by column, of its units read as printed, and its votes
    (`_votes`). A box heading the run (`_heads`, not set to a measure) reads on into a unit
    further on than the scores' strides: its pair is scored as such, and votes as the others
    do, against the unit printed after the box. (benchmarks/interleave_accuracy.py judges
    the runs of its breakdown by this too.)"""
    def scored(a: int, b: int) -> float:
        return _scored(lines[units[a][-1]], lines[units[b][0]], page, p)
    def strided(a: int, b: int) -> bool:  # (a pair the scores' strides hold)
        return fits[a] and b - a < len(score)
    mine = sum(score[b - a][a] if strided(a, b) else scored(a, b) for a, b in pairs)
    as_is = prefix[1][end - 1] - prefix[1][s]
    votes = sum(1 for a, b in pairs if (
        _votes(score, a, b, p) if strided(a, b)
        else scored(a, b) >= p["confident"] and scored(a, b) > scored(a, a + 1)))
    return mine, as_is, votes


def _votes(score: list[list[float]], a: int, b: int, p: dict) -> bool:
    """Whether unit a read on into unit b, a run's pair, is a confident vote for reading
    the run across columns: it scores `confident`, and better than a read on into the unit
    printed right after it. A pair that a's printed successor scores as well says nothing
    of the order: two lines a row apart that open alike (…研究|基地… with 基地… under
    both), where a page already in reading order (pymupdf-blocks' boxes of one line) was
    read across on the widths alone (a dateline's short first line and a subtitle set to
    the measure scoring the printed joins down)."""
    return score[b - a][a] >= p["confident"] and score[b - a][a] > score[1][a]


def _streams(lines: list[_Line], units: list[list[int]], runs_order: list[int],
             p: dict, measured: tuple[_Page, list[bool]] | None = None
             ) -> tuple[list[int], list[dict]]:
    """The units' reading order as streams followed at once (pdfminer.six reads the lines
    of several columns, of one box or of boxes side by side, row by row, a row holding a
    line of each column level with it, and a box of several lines as one): each unit goes
    on a stream open above it (its last unit at most `stream_window` units back) or opens
    one (`stream_start_cost`); a unit pays its pair score with the stream's last unit,
    `stream_stride` more when it stands as many units on as that one stood from the one
    before (a stream keeps its place in the rows), and `stream_prior` more when the runs'
    order (`_cut`) reads the two one after the other. A beam search (`_beam`: `stream_beam`
    states, each the open streams' last units and strides): linear in the units. The
    streams are read one after the other in the order of their first units (a stream cut
    where another that started after it has ended); a piece of the page (the fewest units
    both orders read among themselves) takes the streams' order only when its pair scores
    beat the runs' order by `stream_margin`, with `min_votes` confident pairs, in at most
    `stream_max_heads` streams; its evidence is a run's, with `streams` set."""
    page, fits = measured or _measured(lines, units, p)
    n = len(units)
    barrier = [lines[u[0]].barrier for u in units]
    window = int(p["stream_window"])
    scores: dict[tuple[int, int], float | None] = {}

    def pair(t: int, u: int) -> float | None:
        if (t, u) not in scores:
            if u == t + 1 and not (fits[t] and fits[u]):
                scores[t, u] = 0.0
            elif not all(fits[t:u + 1]) or any(barrier[w] for w in range(t + 1, u + 1)):
                scores[t, u] = None
            else:
                scores[t, u] = _scored(lines[units[t][-1]], lines[units[u][0]], page, p)
        return scores[t, u]

    before = {b: a for a, b in zip(runs_order, runs_order[1:])}
    came_from = _beam(n, pair, before, p)
    following = {t: u for u, t in enumerate(came_from) if t >= 0}
    # A stream is cut where another stream that started after its piece did ends before
    # it goes on: the columns of a box are read one after the other, and what the first
    # column's stream reads on after the last row (the next box) follows the last column.
    head = [0] * n
    for u in range(n):
        head[u] = u if came_from[u] < 0 else head[came_from[u]]
    piece_of = list(range(n))  # the first unit of the piece each unit is read in
    for u in range(n):
        t = came_from[u]
        if t < 0:
            continue
        start = piece_of[t]
        cut = any(following.get(w) is None and start < head[w] and w != t
                  for w in range(max(start + 1, t - window), u))
        piece_of[u] = u if cut else start
    pieces: dict[int, list[int]] = {}
    for u in range(n):
        pieces.setdefault(piece_of[u], []).append(u)
    found = [u for first_unit in sorted(pieces) for u in pieces[first_unit]]
    # stretches: the shortest pieces of the order found that hold the same units as the
    # same piece of the printed order; one that scores no better stays as printed
    out: list[int] = []
    stretches = []
    first, top = 0, -1
    for k, u in enumerate(found):
        top = max(top, u, runs_order[k])
        if top != k:
            continue
        piece = found[first:k + 1]
        held = runs_order[first:k + 1]
        if piece != held:
            links = list(zip(piece, piece[1:]))
            mine = [pair(a, b) if b > a else None for a, b in links]
            score_k = sum(x for x in mine if x is not None)
            score_1 = sum(pair(a, b) or 0.0 for a, b in zip(held, held[1:]) if b > a)
            votes = sum(1 for x in mine if x is not None and x >= p["confident"])
            heads = [u for u in piece if came_from[u] < 0 or came_from[u] < first]
            accepted = (score_k - score_1 >= p["stream_margin"] and votes >= p["min_votes"]
                        and len(heads) <= p["stream_max_heads"])
            begin, last = units[first][0], units[k][-1]
            listed = _listed_across(lines, units, links, p)
            stretches.append({"n_lines": last - begin + 1, "k": len(heads), "tail_k": [],
                              "score_k": round(score_k, 2), "score_1": round(score_1, 2),
                              "gain": round(score_k - score_1, 2), "votes": votes,
                              "listed": listed, "span": [lines[begin].start, lines[last].end],
                              "text": lines[begin].key[:12], "accepted": accepted,
                              "streams": True})
            out.extend(piece if accepted else held)
        else:
            out.extend(held)
        first = k + 1
    return out, stretches


def _beam(n: int, pair, before: dict[int, int], p: dict) -> list[int]:
    """`_streams`' beam search over units 0..n-1: for each unit, the unit it goes on from
    in the best reading found (-1: it opens a stream). `pair(t, u)` is unit t read on into
    unit u (None: it cannot be), `before` each unit's predecessor in the runs' order. The
    beam keeps the `stream_beam` best states, a tie to the smaller state, as
    `sorted(grown.items(), key=(-value, state))[:stream_beam]` keeps them; a state's
    streams stay in the order of their last units (the unit read, the newest, goes last)
    without sorting, and each pair is asked once for a unit, not once for each state."""
    window, beam_width = int(p["stream_window"]), int(p["stream_beam"])
    start_cost, stride, prior_bonus = p["stream_start_cost"], p["stream_stride"], p["stream_prior"]
    # a state: the open streams, each (its last unit, the stride it came by or -1)
    beam: dict[tuple, tuple[float, tuple, int]] = {(): (0.0, (), -1)}
    history = []
    for u in range(n):
        grown: dict[tuple, tuple[float, tuple, int]] = {}
        into: dict[int, float | None] = {}  # pair(t, u), asked once for each t
        oldest, prior = u - window, before.get(u)
        for state, (value, _, _) in beam.items():
            open_ = (state if not state or state[0][0] >= oldest
                     else tuple(s for s in state if s[0] >= oldest))
            # a stream opened at u, then u read on from each open stream's last unit
            v, key = value - start_cost, (*open_, (u, -1))
            held = grown.get(key)
            if held is None or held[0] < v:
                grown[key] = (v, state, -1)
            for i, (t, d) in enumerate(open_):
                x = into[t] if t in into else into.setdefault(t, pair(t, u))
                if x is None:
                    continue
                v = (value + x + (stride if u - t == d else 0.0)
                     + (prior_bonus if t == prior else 0.0))
                key = (*open_[:i], *open_[i + 1:], (u, u - t))
                held = grown.get(key)
                if held is None or held[0] < v:
                    grown[key] = (v, state, t)
        beam = dict(heapq.nsmallest(beam_width, grown.items(),
                                    key=lambda kv: (-kv[1][0], kv[0])))
        history.append(beam)
    came_from: list[int] = [-1] * n
    state = max(beam.items(), key=lambda kv: (kv[1][0], kv[0]))[0] if beam else ()
    for u in range(n - 1, -1, -1):
        _, state, came_from[u] = history[u][state]
    return came_from


def _unit_pairs(lines: list[_Line], units: list[list[int]], page: _Page, p: dict):
    """`pair(a, b)`: unit a's last line read on into unit b's first (`_scored`), each pair
    scored once; None across a sheet's end (a form feed between), or without a or b."""
    sheet = _sheets(lines, units)
    scores: dict[tuple[int, int], float | None] = {}

    def pair(a: int | None, b: int | None) -> float | None:
        if a is None or b is None:
            return None
        if (a, b) not in scores:
            scores[a, b] = (_scored(lines[units[a][-1]], lines[units[b][0]], page, p)
                            if sheet[a] == sheet[b] else None)
        return scores[a, b]
    return pair


def _sheets(lines: list[_Line], units: list[list[int]]) -> list[int]:
    """Each unit's sheet of the PDF: how many sheet ends (form feeds) stand before it."""
    return list(accumulate(int(lines[u[0]].barrier) for u in units))


def _relink(lines: list[_Line], units: list[list[int]], order: list[int],
            p: dict, measured: tuple[_Page, list[bool]] | None = None
            ) -> tuple[list[int], list[dict]]:
    """The units' order with the clear links the streams missed made (a line of a column
    left where pdfminer.six read it, a row away from the line it goes on from): a unit whose
    last line goes on (no sentence end, no comma) links to the unit within `relink_window`
    units of it in the source whose first line it reads on into best, when that scores at
    least `relink_min` (`relink_min_near` for a unit 1 to `stream_window` units on: where
    pdfminer.six leaves the next line of a column it read row by row; `relink_min_astray`
    for a unit far off, with a word across the break, `_astray_word`, where no unit passes
    those and the unit's successor in the order reads against it: it was left astray) and by
    `relink_margin` more than its successor in the order, than the next best, and than the
    unit's own predecessor's link into it (with `relink_free`, a unit its predecessor reads
    on into within `relink_margin` is taken: neither a candidate nor the next best). Links are made best
    first, each unit given at most one new successor and one new predecessor: the unit
    linked to moves right after the one it goes on from, with the units after it up to a
    sentence end (its column's lines read on with it), or alone when it reads on into its
    new predecessor's old successor at least as well as into its own (a line missed
    between two of its column's); the units taken along stop before a join that scores
    under `relink_carry_min` (lines that do not read on, another column's). A link far
    off (b before a, or more than `stream_window` units on) whose only word across the
    break is a phrase the page repeats (`_chance_phrase`) is not made where the joins it
    breaks (a into its successor, b's predecessor into b) score 0 or more. A move that
    would close up b's old place with a line that goes on before one opening with one of
    `relink_openers` (none by default) is not made. Linear in the units: each is bounded
    (`pair_bound`) against the `relink_window` units round it and scored against those
    whose bound reaches its threshold, and a move takes at most that many. The evidence of
    each link: the scores of the unit into its new successor (`score`), into the old one
    (`was`), into the next best (`second`), and of the new successor's old predecessor
    into it (`into`), the threshold it passed (`least`), and the units moved."""
    page, fits = measured or _measured(lines, units, p)
    pair = _unit_pairs(lines, units, page, p)
    window, margin = int(p["relink_window"]), p["relink_margin"]

    def needed(a: int, b: int, astray: bool = False) -> float:
        """The score a link from unit a to unit b must reach: less a few units on, where
        pdfminer.six puts the next line of a column it read row by row, and less far off
        for a unit left astray (`astray`: its successor in the order reads against it)."""
        if a < b <= a + p["stream_window"]:
            return p["relink_min_near"]
        return p["relink_min_astray"] if astray else p["relink_min"]

    after = {a: b for a, b in zip(order, order[1:])}
    before = {b: a for a, b in zip(order, order[1:])}

    def candidates(a: int, last: _Line, astray: bool) -> list[tuple[float, int]]:
        """The units a reads on into at their threshold, best first (`astray`: far ones on
        `relink_min_astray` with a word across the break, `_astray_word`). (A pair whose
        bound is under its threshold is not scored: most far ones are, across a break of
        Han characters the page never prints together.)"""
        out = []
        for b in range(max(0, a - window), min(len(units), a + window + 1)):
            if b == a or b == after.get(a) or not fits[b]:
                continue
            least, first = needed(a, b, astray), lines[units[b][0]]
            if pair_bound(last, first, page, p) < least:
                continue
            x = pair(a, b)
            if x is not None and x >= least and (x >= needed(a, b)
                                                 or _astray_word(last, first, page, p)):
                out.append((x, b))
        return sorted(out, reverse=True)

    links = []  # (score, a, b, evidence)
    for a in range(len(units)):
        last = lines[units[a][-1]]
        if last.stop or last.pause or not fits[a]:
            continue
        was = pair(a, after.get(a))
        found = candidates(a, last, False)
        # a line whose successor in the order reads against it (a paragraph's first line,
        # another measure's line, after a line that goes on) was left astray: a line far
        # off that a word joins it to needs less (`relink_min_astray`), looked for only
        # where no link passes the usual thresholds (whose margin over the next best it
        # would otherwise cut)
        astray = not found and was is not None and was < p["relink_astray_below"]
        if astray:
            found = candidates(a, last, True)
        if p["relink_free"]:
            # a unit its predecessor in the order reads on into about as well (within
            # `relink_margin`) is taken: neither linked to nor a close second that blocks
            # the link to a free one
            found = [(x, b) for x, b in found
                     if (y := pair(before.get(b), b)) is None or x - y >= margin]
        if not found:
            continue
        x, b = found[0]
        second = found[1][0] if len(found) > 1 else None
        into = pair(before.get(b), b)
        if any(y is not None and x - y < margin for y in (was, second, into)):
            continue
        # far off (before a, or past the streams' window), the page's repeated phrase
        # is no word across the break where the joins the link breaks say nothing against
        # themselves (`_chance_phrase`)
        if ((b < a or b - a > p["stream_window"])
                and all(y is None or y >= 0 for y in (was, into))
                and _chance_phrase(last, lines[units[b][0]], page, p)):
            continue
        why = {"score": round(x, 2), "least": needed(a, b, astray),
               "was": was and round(was, 2),
               "second": second and round(second, 2), "into": into and round(into, 2)}
        if astray and x < needed(a, b):
            # (linked on `relink_min_astray` alone: the word across the break, and how
            # often the page prints its two characters together, say why)
            first = lines[units[b][0]]
            why["astray_word"] = {"word": _listed_word(last.key, first.key, p)[1],
                                  "printed": page.bi[last.key[-1] + first.key[0]]}
        links.append((x, a, b, why))
    links.sort(key=lambda t: t[:3], reverse=True)
    return _move(lines, units, order, links, pair, p)


def _move(lines: list[_Line], units: list[list[int]], order: list[int], links: list[tuple],
          pair, p: dict, alone=None) -> tuple[list[int], list[dict]]:
    """The units' order with `links` (score, a, b, evidence), best first, made: unit b moves
    right after unit a, each unit given at most one new successor and one new predecessor,
    with the units after it up to a sentence end (its column's lines read on with it), or
    alone when it reads on into a's old successor at least as well as into its own (or,
    given `alone`, where `alone(b, b's successor)` says so); the units taken along stop
    before a sheet's end and before a join that scores under `relink_carry_min`.
    `pair(a, b)` is unit a read on into unit b (None: it cannot be). Each link made gives
    one evidence dict (`relink` set)."""
    window = int(p["relink_window"])
    # the order as a list linked both ways, so that a move costs the units it moves
    nxt: dict[int, int | None] = dict.fromkeys(order, None)
    nxt.update(zip(order, order[1:]))
    prv: dict[int, int | None] = dict.fromkeys(order, None)
    prv.update((b, a) for a, b in zip(order, order[1:]))
    head = order[0] if order else None
    new_succ: set[int] = set()
    new_pred: set[int] = set()
    evidence = []
    for x, a, b, ev in links:
        if a in new_succ or b in new_pred or nxt[a] == b:
            continue
        # what moves: b alone when it reads on into a's successor at least as well as
        # into its own; else b and its column's lines up to a sentence end (not past a
        # sheet's end, nor past a join under `relink_carry_min`: what the streams put
        # after b may be another column's line, the streams' slip that left b astray)
        seg = [b]
        into_old, read_on = pair(b, nxt[a]), pair(b, nxt[b])
        if not (alone(b, nxt[b]) if alone is not None else
                (nxt[a] is not None and nxt[b] is not None and into_old is not None
                 and (read_on is None or into_old >= read_on))):
            while (len(seg) < window and not lines[units[seg[-1]][-1]].stop
                   and nxt[seg[-1]] is not None
                   and not lines[units[nxt[seg[-1]]][0]].barrier
                   and not ((y := pair(seg[-1], nxt[seg[-1]])) is not None
                            and y < p["relink_carry_min"])):
                seg.append(nxt[seg[-1]])
            if len(seg) == window:
                continue
        if a in seg:
            continue
        # the units round b's old place close up: a line that goes on is not left
        # before one opening with one of `relink_openers` (none by default: the phrase
        # check above, `_chance_phrase`, keeps the link that guard was set for from being made)
        gap_before, gap_after = prv[seg[0]], nxt[seg[-1]]
        if gap_before is not None and gap_after is not None:
            left, right = lines[units[gap_before][-1]], lines[units[gap_after][0]]
            if not (left.stop or left.pause) and right.key[0] in p["relink_openers"]:
                continue
        new_succ.add(a)
        new_pred.add(b)
        first, end = seg[0], seg[-1]
        # cut the segment out …
        if prv[first] is None:
            head = nxt[end]
        else:
            nxt[prv[first]] = nxt[end]
        if nxt[end] is not None:
            prv[nxt[end]] = prv[first]
        # … and put it right after a
        nxt[end], prv[first] = nxt[a], a
        if nxt[a] is not None:
            prv[nxt[a]] = end
        nxt[a] = first
        ka, kb = lines[units[a][-1]], lines[units[b][0]]
        moved = [i for u in seg for i in units[u]]
        evidence.append({"relink": True, "n_lines": len(moved), **ev,
                         "span": [min(ka.start, kb.start), max(ka.end, kb.end)],
                         "text": kb.key[:12], "after": ka.key[-12:], "accepted": True})
    out = []
    u = head
    while u is not None:
        out.append(u)
        u = nxt[u]
    return out, evidence


def _assign(lines: list[_Line], units: list[list[int]], order: list[int], p: dict,
            measured: tuple[_Page, list[bool]] | None = None
            ) -> tuple[list[int], list[dict]]:
    """The units' order with the links of the best assignment of successors made: each
    unit is given at most one successor and one predecessor so that the summed weights of
    the pairs taken are the most they can be (`_best_links`). A pair of the order found so
    far weighs its score plus `assign_prior`; a pair from a unit whose last line goes on
    (no sentence end, no comma) to another within `relink_window` units weighs its score;
    each less `assign_cost` (`assign_far_cost` for a unit before it or more than
    `stream_window` units on, scored only where the page prints the two characters across
    the break together elsewhere at least `assign_far_seen` times), and only pairs that
    weigh more than nothing count. Where the greedy links (`_relink`) stop at a close
    second or at the found line's own predecessor, the assignment weighs the two against
    each other: a line that another line reads on into better is left to it. The pairs
    taken that the order does not hold are made best first as `_relink` makes its links
    (`_move`), but the found unit takes the units after it along only where the
    assignment keeps its pair with its successor (alone otherwise, its successor given to
    another or to none); the evidence of each gives its score (`score`), the score of the
    unit into its old successor (`was`) and of the found unit's old predecessor into it
    (`into`), the cost it passed (`least`) and the assignment's gain over the order's own
    pairs in its piece (`gain`). Linear in the units: the assignment is solved in the
    pieces its pairs connect (the Hungarian method), and a piece of more than
    `assign_max_units` units keeps the order. With `assign_fitted` (the rule file's), the
    weights are fitted instead (`_fitted_weights`): each pair's log-odds less
    `assign_least_odds`, and each link's evidence gives its log-odds (`odds`) and the
    features it was weighed on (`features`, those not 0), `least` the least odds."""
    page, fits = measured or _measured(lines, units, p)
    pair = _unit_pairs(lines, units, page, p)

    after = dict(zip(order, order[1:]))
    before = {b: a for a, b in after.items()}
    if p["assign_fitted"]:
        weights, odds = _fitted_weights(lines, units, after, page, fits, pair, p)
    else:
        weights, odds = _hand_set_weights(lines, units, after, page, fits, pair, p), None
    links = []
    pieces = _best_links(weights, int(p["assign_max_units"]))
    for piece, taken in pieces:
        held = sum(weights.get((a, after[a]), 0.0) for a in piece if a in after)
        gain = sum(weights[a, b] for a, b in taken) - held
        for a, b in taken:
            if after.get(a) == b:
                continue
            x = pair(a, b)
            why = {"assigned": True, "score": x and round(x, 2),
                   "least": _assign_cost(a, b, p)}
            if odds is not None:  # (the fitted weights: the pair's log-odds and its features)
                why.update(least=p["assign_least_odds"], odds=round(odds[a, b][0], 2),
                           features={k: round(v, 2) for k, v in odds[a, b][1].items()
                                     if v and k != "bias"})
            links.append((x if x is not None else 0.0, a, b, {
                **why,
                "was": (y := pair(a, after.get(a))) and round(y, 2),
                "into": (y := pair(before.get(b), b)) and round(y, 2),
                "gain": round(gain, 2)}))
    # best first: by score (the hand-set weights), by weight (the fitted ones)
    links.sort(key=lambda t: t[:3] if odds is None else (weights[t[1], t[2]], t[1], t[2]),
               reverse=True)
    # the found unit takes its successor along where the assignment keeps their pair, or
    # where their pair lies in a piece too large to solve, which keeps the order's pairs
    solved = {a for piece, _ in pieces for a in piece}
    kept = {pr for _, taken in pieces for pr in taken} | {
        (a, b) for a, b in weights if a not in solved and after.get(a) == b}
    return _move(lines, units, order, links, pair, p,
                 alone=lambda b, c: c is None or (b, c) not in kept)


def _far(a: int, b: int, p: dict) -> bool:
    """Whether unit b stands far from unit a for the assignment: before it, or more than
    `stream_window` units on (weighed only where the page prints the two characters across
    the break together elsewhere: `assign_far_seen`, `assign_fitted_far_seen` for the
    fitted weights)."""
    return not a < b <= a + int(p["stream_window"])


def _assign_cost(a: int, b: int, p: dict) -> float:
    """What the hand-set weights take off unit a read on into unit b: `assign_cost`, or
    `assign_far_cost` for a unit far off (`_far`)."""
    return p["assign_far_cost"] if _far(a, b, p) else p["assign_cost"]


def _hand_set_weights(lines: list[_Line], units: list[list[int]], after: dict[int, int],
                      page: _Page, fits: list[bool], pair, p: dict
                      ) -> dict[tuple[int, int], float]:
    """The assignment's weights as set by hand (`assign_fitted` false): a pair of the order
    its score plus `assign_prior`, a pair from a unit that goes on its score, each less
    `assign_cost` (`assign_far_cost` far off, with the bigram across the break printed
    elsewhere `assign_far_seen` times); only those above nothing."""
    prior, cost = p["assign_prior"], p["assign_cost"]
    weights: dict[tuple[int, int], float] = {}
    for a, b in after.items():
        w = (pair(a, b) or 0.0) + prior - cost
        if w > 0:
            weights[a, b] = w
    for a, b in _candidates(lines, units, after, page, fits, p, p["assign_far_seen"]):
        least = _assign_cost(a, b, p)
        if pair_bound(lines[units[a][-1]], lines[units[b][0]], page, p) <= least:
            continue
        x = pair(a, b)
        if x is not None and x > least:
            weights[a, b] = x - least
    return weights


def _candidates(lines: list[_Line], units: list[list[int]], after: dict[int, int],
                page: _Page, fits: list[bool], p: dict, far_seen: int,
                ends: bool = False) -> Iterator[tuple[int, int]]:
    """The pairs (a, b) the assignment weighs besides the order's own, for the hand-set and
    the fitted weights alike: from a unit set to a measure that goes on (no sentence end,
    no comma, unless `ends`), into another set to a measure within `relink_window` units,
    not its successor in the order nor across a sheet's end; a far one (`_far`) only where
    the page prints the two characters across the break together elsewhere `far_seen`
    times (`assign_far_seen`, `assign_fitted_far_seen`)."""
    window = int(p["relink_window"])
    sheet = _sheets(lines, units)
    for a in range(len(units)):
        last = lines[units[a][-1]]
        if (last.stop or last.pause) and not ends or not fits[a]:
            continue
        for b in range(max(0, a - window), min(len(units), a + window + 1)):
            if b == a or b == after.get(a) or not fits[b] or sheet[a] != sheet[b]:
                continue
            if (_far(a, b, p) and page.bi[last.key[-1] + lines[units[b][0]].key[0]]
                    < far_seen):
                continue
            yield a, b


# What the fitted weights weigh of a pair (unit a read on into unit b), each named by its
# weight's name in rules/layout_interleave.toml (`assign_w_` + the name):
SUCCESSOR_FEATURES = (
    "bias",                # 1
    "shape",               # the widths' fit (`_shape`)
    "rest",                # the rest of the pair's score (words, brackets, numbers)
    "order",               # b follows a in the order found so far
    "next",                # b is the box printed right after a
    "near",                # b is 2 to `stream_window` boxes on
    "far",                 # b is further on (before a: none of these three)
    "distance",            # how many boxes apart, over `relink_window`
    "stride_before",       # a's predecessor in the order stands as many boxes before a
    "stride_after",        # b's successor in the order stands as many boxes after b
    "bigram",              # the two characters across the break printed together elsewhere
    "b_start", "b_end", "b_full",  # b's roles against its measures (`_Page.roles`)
    "a_full",              # a is a full line of its measure
    "a_stop", "a_pause",   # a ends a sentence, or on a comma
    "goes_on",             # a goes on (neither) and is set to a measure
    "order_shape",         # "order" times "shape"
    "b_boxed",             # b is a box of several lines (a title's, a caption's)
    "parallel",            # the best score of the boxes beside them (a and b each one box
                           # on or back) read one into the other, from -3 to 6, over 3
    "parallel_confident",  # how many of the boxes one or two beside them score `confident`
    "same_width",          # a and b are as wide (within a quarter of a character)
    "far_rest",            # "rest" where b is far ("far", or before a): a word across the
                           # break counts for more there, where the order's pairs it
                           # breaks stand far from it
    "order_rest",          # "rest" where the order holds the pair
)


def successor_features(lines: list[_Line], units: list[list[int]], a: int, b: int,
                       after: dict[int, int], before: dict[int, int], page: _Page,
                       fits: list[bool], score: float, plain, p: dict,
                       memo: dict | None = None) -> dict[str, float]:
    """The features (`SUCCESSOR_FEATURES`) of unit a read on into unit b, given the order
    found so far (`after`, `before`): what the fitted weights weigh (`_assign`), and what
    benchmarks/fit_assign.py fits them on. `score` is the pair's score (or an upper bound
    on it, `pair_bound`, to bound the weight cheaply), `plain(x, y)` unit x read on into
    unit y scored without the word list (`pair_plain`; None: it cannot be), or None for
    the `parallel` features at their most (to bound the weight more cheaply still).
    `memo` (a dict kept for one page and one `p`) holds each line's roles and each pair's
    widths' fit once, where a pair is weighed up to three times (bounded, then scored).

    pdfminer.six reads the columns of a box row by row, so that where a column's line goes
    on in a box further on, the lines beside it go on in the lines beside that one: the
    boxes one or two beside a and b, read one into the other (`parallel`), say what a's
    own break cannot where it falls between words (a pair that scores 0). (Scored plainly:
    their whole scores, every pair's beside every pair weighed, made the rule five times
    as slow, for about a third more lines put back.)"""
    la, lb = lines[units[a][-1]], lines[units[b][0]]
    tol = p["measure_tolerance"]
    memo = {} if memo is None else memo

    def roles(ln: _Line) -> set[str]:
        if ("roles", ln.index) not in memo:
            memo["roles", ln.index] = {r for _, r in page.roles(
                ln, tol, page.local[ln.index], _held(ln, page, p))}
        return memo["roles", ln.index]
    if ("shape", a, b) not in memo:
        memo["shape", a, b] = _shape(la, lb, page, p)
    shape = memo["shape", a, b]
    d = b - a
    roles_a, roles_b = roles(la), roles(lb)
    if plain is None:  # (at their most: the weight bounded)
        parallel, confident = 2.0, 4.0
    else:
        beside = [plain(a + j, b + j) for j in (-2, -1, 1, 2)]
        next_to = [x for x in beside[1:3] if x is not None]
        parallel = max(-3.0, min(6.0, max(next_to, default=-3.0))) / 3
        confident = float(sum(1 for x in beside if x is not None and x >= p["confident"]))
    in_order = float(after.get(a) == b)
    return {
        "bias": 1.0, "shape": shape, "rest": score - shape, "order": in_order,
        "next": float(d == 1), "near": float(1 < d <= p["stream_window"]),
        "far": float(d > p["stream_window"]), "distance": abs(d) / p["relink_window"],
        "stride_before": float(a in before and a - before[a] == d),
        "stride_after": float(b in after and after[b] - b == d),
        "bigram": float(page.bi[la.key[-1] + lb.key[0]] > 0),
        "b_start": float("start" in roles_b), "b_end": float("end" in roles_b),
        "b_full": float("full" in roles_b), "a_full": float("full" in roles_a),
        "a_stop": float(la.stop), "a_pause": float(la.pause),
        "goes_on": float(not (la.stop or la.pause) and fits[a]),
        "order_shape": in_order * shape, "b_boxed": float(len(units[b]) > 1),
        "parallel": parallel, "parallel_confident": confident,
        "same_width": float(abs(la.width - lb.width) <= 0.25),
        "far_rest": (score - shape) * float(not 0 < d <= p["stream_window"]),
        "order_rest": (score - shape) * in_order,
    }


def _plain_pairs(lines: list[_Line], units: list[list[int]], page: _Page, p: dict):
    """`plain(a, b)`: unit a's last line read on into unit b's first scored plainly
    (`pair_plain`), each pair once; None across a sheet's end or past the page's ends."""
    sheet = _sheets(lines, units)
    scores: dict[tuple[int, int], float | None] = {}

    def plain(a: int, b: int) -> float | None:
        if (a, b) not in scores:
            scores[a, b] = (pair_plain(lines[units[a][-1]], lines[units[b][0]], page, p)
                            if 0 <= a < len(units) and 0 <= b < len(units)
                            and sheet[a] == sheet[b] else None)
        return scores[a, b]
    return plain


def _feature_weights(p: dict) -> dict[str, float]:
    """The fitted weights (`assign_w_` + a feature's name) by feature name, looked up once a
    page where each pair's log-odds asked the rule's parameters once per feature."""
    return {name: p["assign_w_" + name] for name in SUCCESSOR_FEATURES}


def _log_odds(features: dict[str, float], weights: dict[str, float]) -> float:
    return sum(weights[name] * value for name, value in features.items())


def _fitted_weights(lines: list[_Line], units: list[list[int]], after: dict[int, int],
                    page: _Page, fits: list[bool], pair, p: dict
                    ) -> tuple[dict[tuple[int, int], float],
                               dict[tuple[int, int], tuple[float, dict[str, float]]]]:
    """The assignment's weights as fitted (`assign_fitted`): each pair's log-odds of being
    read one after the other (`successor_features` weighed by the `assign_w_` weights,
    fitted by benchmarks/fit_assign.py) less `assign_least_odds`; only those above nothing.
    The pairs weighed: those of the order, and from a unit set to a measure that goes on
    (or, with `assign_fitted_ends`, ends a sentence or on a comma: pdfminer.six breaks a
    paragraph's lines where the column ends, after 。 or ， as anywhere), those with a unit
    set to a measure within `relink_window` units (not across a sheet's end; before it or
    more than `stream_window` units on, only where the page prints the two characters
    across the break together elsewhere `assign_fitted_far_seen` times: 0 weighs them
    all, the `bigram` feature saying whether it is printed). A pair is
    scored only where its weight can pass, bounded on the bound of its score (`pair_bound`)
    and the features of the pairs beside it at their most (where the weights of the
    features of its score, `rest`, `far_rest`, `order_rest`, and of the `parallel`
    features are not negative). Also each pair's log-odds and features."""
    least = p["assign_least_odds"]
    before = {b: a for a, b in after.items()}
    weights: dict[tuple[int, int], float] = {}
    odds: dict[tuple[int, int], tuple[float, dict[str, float]]] = {}
    bounded = all(p["assign_w_" + k] >= 0 for k in ("rest", "far_rest", "order_rest",
                                                    "parallel", "parallel_confident"))
    plain = _plain_pairs(lines, units, page, p)
    memo: dict = {}
    w = _feature_weights(p)

    def weigh(a: int, b: int) -> None:
        if bounded:  # (the score at its bound, the pairs beside at their most, then scored)
            hi = pair_bound(lines[units[a][-1]], lines[units[b][0]], page, p)
            for beside in (None, plain):
                f = successor_features(lines, units, a, b, after, before, page, fits, hi,
                                       beside, p, memo)
                if _log_odds(f, w) <= least:
                    return
        f = successor_features(lines, units, a, b, after, before, page, fits,
                               pair(a, b) or 0.0, plain, p, memo)
        x = _log_odds(f, w)
        if x > least:
            weights[a, b] = x - least
            odds[a, b] = (x, f)
    for a, b in after.items():
        weigh(a, b)
    for a, b in _candidates(lines, units, after, page, fits, p,
                            p["assign_fitted_far_seen"], p["assign_fitted_ends"]):
        weigh(a, b)
    return weights, odds


def _best_links(weights: dict[tuple[int, int], float], max_units: int
                ) -> list[tuple[set[int], list[tuple[int, int]]]]:
    """The pairs (a, b) of the largest summed weight with each a and each b in at most one
    (a maximum-weight matching of predecessors to successors), found in the pieces the
    pairs connect, each piece's units (as predecessors) and its pairs taken. A piece of
    more than `max_units` predecessors and successors is left out.

    >>> _best_links({(1, 2): 2.0, (1, 5): 3.0, (4, 5): 4.0}, 10)
    [({1, 4}, [(1, 2), (4, 5)])]
    """
    parent: dict[tuple[str, int], tuple[str, int]] = {}

    def root(x: tuple[str, int]) -> tuple[str, int]:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x
    for a, b in weights:
        parent[root(("a", a))] = root(("b", b))
    pieces: dict[tuple[str, int], list[tuple[int, int]]] = {}
    for a, b in weights:
        pieces.setdefault(root(("a", a)), []).append((a, b))
    out = []
    for pairs in pieces.values():
        rows = sorted({a for a, _ in pairs})
        cols = sorted({b for _, b in pairs})
        if len(rows) + len(cols) > max_units:
            continue
        if len(pairs) == 1:
            out.append((set(rows), pairs))
            continue
        # a square cost matrix: a predecessor may take no successor (its own column of
        # cost 0), a successor no predecessor (its own row)
        r, c = len(rows), len(cols)
        at_row = {a: k for k, a in enumerate(rows)}
        at_col = {b: k for k, b in enumerate(cols)}
        cost = [[math.inf] * (r + c) for _ in range(r + c)]
        for a, b in pairs:
            cost[at_row[a]][at_col[b]] = -weights[a, b]
        for k in range(r):
            cost[k][c + k] = 0.0
        for k in range(c):
            cost[r + k][k] = 0.0
            cost[r + k][c:] = [0.0] * r
        column = _hungarian(cost)
        out.append((set(rows), sorted((rows[k], cols[column[k]]) for k in range(r)
                                      if column[k] < c)))
    return out


def _hungarian(cost: list[list[float]]) -> list[int]:
    """The column of each row in the assignment of least summed cost of a square matrix
    (math.inf where a row may not take a column): the Hungarian method with potentials,
    cubic in the matrix's size."""
    n = len(cost)
    u = [0.0] * (n + 1)
    v = [0.0] * (n + 1)
    owner = [0] * (n + 1)  # the row (from 1) holding each column (from 1); 0 none
    way = [0] * (n + 1)
    for i in range(1, n + 1):
        owner[0] = i
        j0 = 0
        least = [math.inf] * (n + 1)
        used = [False] * (n + 1)
        while True:
            used[j0] = True
            i0, delta, j1 = owner[j0], math.inf, 0
            row = cost[i0 - 1]
            for j in range(1, n + 1):
                if not used[j]:
                    reduced = row[j - 1] - u[i0] - v[j]
                    if reduced < least[j]:
                        least[j], way[j] = reduced, j0
                    if least[j] < delta:
                        delta, j1 = least[j], j
            for j in range(n + 1):
                if used[j]:
                    u[owner[j]] += delta
                    v[j] -= delta
                else:
                    least[j] -= delta
            j0 = j1
            if owner[j0] == 0:
                break
        while j0:
            j1 = way[j0]
            owner[j0] = owner[j1]
            j0 = j1
    column = [0] * n
    for j in range(1, n + 1):
        column[owner[j] - 1] = j - 1
    return column


# Where the scores tie (rows that say nothing either way, pairs of 0), a box's reading in
# columns goes on through them: a box is read across whole, as pdfminer.six groups it.
_TIE = 1e-6


def prefix_sums(score: list[list[float]], n: int) -> list[list[float]]:
    """For each stride d, the running sums of score[d] over the n units (a run's score is a
    difference of two)."""
    prefix = []
    for row_scores in score:
        row = [0.0] * (n + 1)
        for u in range(n):
            row[u + 1] = row[u] + row_scores[u]
        prefix.append(row)
    return prefix


def _tail_streams(score: list[list[float]], s: int, above: int, k: int, shift: float
                  ) -> tuple[int | None, ...]:
    """The column of a segment of `above` columns that each of the k streams of its tail
    (starting at unit s) goes on from, None for one that starts a column of its own (its
    pairs scoring below 0 wherever it might go on). pdfminer.six reads a tail's row left to
    right, so its streams go on from columns in that order: as balanced columns end, the
    first ones (stream r under column r: its pair's score), but where a column beside them
    runs longer (a photo or a head set over the first), others; stream r under column c > r
    scores its pair less `tail_shift_cost`. The columns are those whose summed scores are
    best (ties keep column r, then a column of its own): a small dynamic programming, as
    `above` is at most `max_columns`."""
    # g[r][c]: the best ((score, preference), columns) of streams 0..r-1 under columns < c
    g = [[((0.0, 0), ())] * (above + 1)]
    for r in range(k):
        row: list[tuple] = []
        for c in range(above + 1):
            (v, pref), cols = g[r][c]
            best = ((v, pref + 1), cols + (None,))  # stream r a column of its own
            if c > 0:
                best = max(best, row[c - 1], key=lambda x: x[0])
            if c > r:  # stream r under column c - 1
                own = c - 1 == r
                (v, pref), cols = g[r][c - 1]
                value = score[above - c + 1 + r][s - above + c - 1] - (0.0 if own else shift)
                best = max(best, ((v + value, pref + 2 * own), cols + (c - 1,)),
                           key=lambda x: x[0])
            row.append(best)
        g.append(row)
    return g[k][above][1]


def _cut(n: int, fits: list[bool], barrier: list[bool], score: list[list[float]],
         prefix: list[list[float]], p: dict, heads: dict[int, tuple[int, float]] | None = None,
         boxed: list[bool] | None = None) -> list[tuple[int, int, int, tuple | None]]:
    """The best cut of units 0..n into segments (start, end, k, going_on): k == 1 read as
    printed, k > 1 read in k columns row by row, and a tail (a few rows of fewer columns
    right after a segment: the longer columns going on, as balanced columns end), whose
    `going_on` gives, for each of its streams, the column of the segment above that it goes
    on from, or None where it starts a column of its own (`_tail_streams`; None for a
    segment that is no tail).
    A segment of two columns may start at a unit of `heads` ({unit: (box, score)},
    `_heads`): the box heads its first column (the pair's score) and the units between
    them its second (the last of them reading on into the second column's first unit
    instead of the unit after it, as printed), given as a segment (box, start, 0, None)
    right before the segment's own. A segment that starts right after a unit of `boxed`
    (a box of several lines set to a measure: a dateline's lines that pdfminer.six grouped
    over a column's first line) pays `box_start_cost` instead of `mid_start_cost`."""
    heads = heads or {}
    boxed = boxed or [False] * n
    max_k = int(p["max_columns"])
    cost, min_rows = p["segment_cost"], int(p["min_rows"])
    tail_cost, tail_rows = p["tail_cost"], int(p["max_tail_rows"])
    shift = p["tail_shift_cost"]
    mid_cost, box_cost = p["mid_start_cost"], p["box_start_cost"]
    ninf = -math.inf
    best = [0.0] * (n + 1)
    back: list[tuple] = [("as_is",)] * (n + 1)  # how best[e] was reached
    steps: dict[tuple[int, int], tuple] = {}  # how ends[e][k] was reached
    joins: dict[tuple[int, int], list[float]] = {}  # a row's positive scores to the next, summed
    # ends[e][k]: the best score of units 0..e whose last segment (k columns) ends at e.
    ends = [[ninf] * (max_k + 1) for _ in range(n + 1)]
    # For each k and each start s % k, the best start so far of a new segment read in k
    # columns (whole rows: its length a multiple of k; a shorter last row is a tail): the
    # one with the highest best[s] - prefix[k][s] + prefix[1][s]. A segment starts where a
    # box's columns start: right after a line set to no measure (or a new sheet), or where
    # another segment ends, never a row or two into the box; or, for `mid_start_cost` more,
    # after lines read as printed that are set to a measure (another box's, as often).
    top: list[list[tuple]] = [[(ninf, 0, False, None)] * k for k in range(max_k + 1)]
    # best_end[e]: the best score of units 0..e whose last segment ends at e (read in
    # end_k[e] columns), which a new segment may follow
    best_end = [ninf] * (n + 1)
    end_k: list[int | None] = [None] * (n + 1)
    floor = 0
    for e in range(1, n + 1):
        if not fits[e - 1] or barrier[e - 1]:
            floor = e if not fits[e - 1] else e - 1
            top = [[(ninf, 0, False, None)] * k for k in range(max_k + 1)]
        best[e], back[e] = best[e - 1], ("as_is",)
        for k in range(2, max_k + 1):
            s = e - min_rows * k
            # after a line set to no measure any reading of the units above will do;
            # elsewhere one whose last segment ends right there, or any, for `mid_cost`
            # more (the segment starts inside a stretch read as printed)
            origin, going_on, box = ninf, False, None
            if s == floor:
                origin = best[s]
            elif s > floor:
                origin, going_on = max((best[s] - (box_cost if boxed[s - 1] else mid_cost),
                                        False), (best_end[s], True))
            if k == 2 and s in heads and floor in (heads[s][0], heads[s][0] + 1):
                # the box heading the two columns (`_heads`), read after the units above it
                # as the best reading of them has it: it reads on into s, and the line
                # before s into s + 1, rather than into s as printed (nor the box into the
                # line after it: a box set to a measure, right after a line set to none,
                # had a score for that)
                b, head = heads[s]
                headed = best[b] + head + score[2][s - 1] - score[1][s - 1] - score[1][b]
                if headed > origin:
                    origin, going_on, box = headed, False, b
            if origin > ninf:
                value = origin - prefix[k][s] + prefix[1][s] - _TIE * s
                if value > top[k][s % k][0]:
                    top[k][s % k] = (value, s, going_on, box)
            start = top[k][e % k]
            if start[0] > ninf:
                gain = start[0] + prefix[k][e - k] - prefix[1][e - 1] - cost + _TIE * e
                if gain > ends[e][k]:
                    ends[e][k] = gain
                    steps[(e, k)] = ("new", start[1], start[2], start[3])
        for k in range(1, max_k):
            # A tail of 1..tail_rows rows of k columns after a segment of more columns:
            # weighed with each stream going on from the column right above it, unless
            # their lines score against it (then it starts a column of its own); which
            # column each goes on from is chosen once the cut is made (`_tail_streams`).
            for rows in range(1, tail_rows + 1):
                s = e - rows * k
                if s <= floor:
                    break
                rows_gain = (prefix[k][e - k] - prefix[k][s]
                             - (prefix[1][e - 1] - prefix[1][s]) - tail_cost)
                for above in range(k + 1, max_k + 1):
                    if ends[s][above] == ninf:
                        continue
                    if (s, above) not in joins:  # (stream r under column r, `_tail_streams`)
                        going = [max(0.0, score[above][s - above + r]) for r in range(above)]
                        joins[(s, above)] = list(accumulate(going, initial=0.0))
                    gain = ends[s][above] + joins[(s, above)][k] + rows_gain
                    if gain > ends[e][k]:
                        ends[e][k] = gain
                        steps[(e, k)] = ("tail", s, above)
        for k in range(1, max_k + 1):
            if ends[e][k] > best_end[e]:
                best_end[e], end_k[e] = ends[e][k], k
            if ends[e][k] > best[e]:
                best[e], back[e] = ends[e][k], ("end", k)
    segments = []
    e, k = n, None
    while e > 0:
        if k is None:
            step = back[e]
            if step[0] == "as_is":
                segments.append((e - 1, e, 1, None))
                e -= 1
                continue
            k = step[1]
        kind, s, prev, *box = steps[(e, k)]
        going_on = None
        if kind == "tail":  # the column above each stream goes on from (None: its own)
            going_on = _tail_streams(score, s, prev, k, shift)
        segments.append((s, e, k, going_on))
        if box and box[0] is not None:  # headed by a box: the units above the box next
            segments.append((box[0], s, 0, None))
            e, k = box[0], None
            continue
        # a new segment goes on from the best reading of the units above (or, `prev`,
        # from the best one whose last segment ends where it starts)
        e, k = s, (prev if kind == "tail" else end_k[s] if prev else None)
    segments.reverse()
    return segments

