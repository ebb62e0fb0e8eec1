"""Undo a converter's row-by-row reading of a box's columns (pdfminer.six).

pdfminer.six's `extract_text` makes every printed line a text box of its own on pages set
with open leading, and its grouping then reads a box's CSS columns row by row: line 1 of
column 1, line 1 of column 2, …, line 2 of column 1, and sometimes a neighbouring box's
lines in between. The text has no coordinates, but it carries the columns' own evidence
(`pair_score`, log-odds-like, 0 saying nothing):

- a line that ends mid-word or mid-phrase goes on in the next line of its column: the
  characters across that break form a word (their bigram, or a longer string across it,
  is printed elsewhere on the page), a bracket or quote it opens closes there, a number
  it breaks goes on there (or into its unit);
- lines of one column share a measure (`_Page.local`: the width most full lines round a
  line are justified to): a line that goes on is full, so what follows it is a full line
  or a paragraph's last; after a paragraph's last line (short, ending a sentence) comes a
  paragraph's first, two characters short of the measure (the dropped 2-em indent);
- where columns interleave, these successors stand k lines on, k the number of columns
  read across, for a stretch of lines.

`order` scores each line against the next `window` lines; finds the stride round each
line (the offset whose pair scores, summed over a few lines either side, beat the
converter's order by `stride_margin`, with at least `stride_votes` confident pairs);
links each line to one successor, best first, the stride's offset given a bonus and other
skips a cost; and reads the chains of links in the order of their first lines. Where
chains cross (a run), the run is reordered only when it reads across at least two chains,
skips lines often enough, and its order scores clearly better than the converter's
(`min_gain`, `min_gain_per_line`); the evidence gives both scores. A page whose lines no
run reorders gives None, and so does text with columns side by side (pdftotext -layout).
Time and memory are linear in the page's length.

All parameters are the data of rule LAY101 (rules/layout_interleave.toml, documented
there); DEFAULTS holds the same values for a rule set that lacks the rule.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from .blocks import display_width

RULE = "LAY101"

# The defaults of LAY101's parameters (rules/layout_interleave.toml documents each).
DEFAULTS: dict[str, Any] = {
    "window": 10,
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
    "word_max": 3.0,
    "word_unseen": -1.0,
    "word_smoothing": 0.3,
    "trigram": 1.0,
    "max_gram": 6,
    "ngram_max": 3.0,
    "units": "年月日时分秒号%％万亿元个人次项家件吨头米届期倍",
    "number": 1.5,
    "bracket_closes": 2.5,
    "bracket_orphan": -1.0,
    "closer_after_stop": -2.0,
    "confident": 1.5,
    "consensus_radius": 5,
    "consensus_bonus": 1.5,
    "stride_margin": 2.0,
    "off_stride": -1.0,
    "stride_votes": 2,
    "min_link": 0.25,
    "min_skip_link": 1.0,
    "min_gain": 6.0,
    "min_gain_per_line": 0.3,
    "min_run_lines": 6,
    "side_by_side_share": 0.1,
    "min_skips": 3,
    "min_skip_share": 0.25,
}

_STOP = regex.compile(r"[。！？!?…；;][”’」』）)》\"']*$")
_PAUSE = regex.compile(r"[，、,：:]$")
_CLOSERS = "”’」』）)》】"
_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", "（": "）", "(": ")", "《": "》", "【": "】"}
_CLOSE_OF = {c: o for o, c in _PAIRS.items()}
_WORDISH = regex.compile(r"[\p{Han}0-9A-Za-z０-９Ａ-Ｚａ-ｚ]")
_DIGIT = regex.compile(r"[0-9０-９.,．%％]")
_LATIN = regex.compile(r"[A-Za-zＡ-Ｚａ-ｚ]")
_STRIP = " \t\u3000\f\v\r"


@dataclass(frozen=True)
class Reorder:
    """A page's lines in reading order: `spans`, the source (start, end) of every non-blank
    line (its spaces and a form feed at either end left out), each once; `rule`, the rule
    id; `evidence`, one dict per reordered run: `lines` (first and last, counted among the
    page's non-blank lines from 1), `span` (its source offsets), `n_lines`, `k` (columns
    read across), `score_k` and `score_1` (the summed pair scores of its lines in the
    order found and in the converter's), `gain`, `chains`, `skips` (links that skip
    lines) and `text` (the run's first characters)."""
    spans: list[tuple[int, int]]
    rule: str = RULE
    evidence: list[dict] = field(default_factory=list)
    joiner: str = "\n"


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


def _params(rules) -> dict[str, Any]:
    params = dict(DEFAULTS)
    if rules is not None:
        try:
            if not rules.on(RULE):
                return {}
            params.update(rules[RULE].params)
        except KeyError:
            pass
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
    for raw in source.split("\n"):
        start = pos
        pos += len(raw) + 1
        if "\f" in raw:
            feed = True
        s = start + len(raw) - len(raw.lstrip(_STRIP))
        e = start + len(raw.rstrip(_STRIP))
        if e <= s:
            continue
        text = source[s:e]
        key = regex.sub(r"\s+", "", text)
        if not key:
            continue  # white space of other kinds only (an em space): blank
        pending, orphans = _brackets(key)
        out.append(_Line(s, e, text, key, display_width(text), bool(_STOP.search(key)),
                         bool(_PAUSE.search(key)), feed, pending, orphans, len(out)))
        feed = False
    return out


class _Page:
    """Character statistics of the page: what counts as a word across a break."""

    def __init__(self, lines: list[_Line], min_chars: int = 6, min_lines: int = 3,
                 radius: int = 10, max_gram: int = 6, tol: float = 0.5):
        self.uni: Counter = Counter()
        self.bi: Counter = Counter()
        self.tri: Counter = Counter()
        for ln in lines:
            k = ln.key
            self.uni.update(k)
            self.bi.update(k[i:i + 2] for i in range(len(k) - 1))
            self.tri.update(k[i:i + 3] for i in range(len(k) - 2))
        # longer strings (up to `max_gram` characters) printed inside a line
        self.grams: set[str] = set()
        for ln in lines:
            k = ln.key
            for size in range(4, max_gram + 1):
                self.grams.update(k[i:i + size] for i in range(len(k) - size + 1))
        self.n = max(1, sum(self.uni.values()))
        # The measures of the page's columns: widths that many lines going on share.
        # (each text once: a running head or footer repeated down the page is no column)
        widths = Counter(round(ln.width * 2) / 2 for ln in {ln.key: ln for ln in lines
                         if not ln.stop and len(ln.key) >= min_chars}.values())
        self.measures = sorted(w for w, c in widths.items() if c >= min_lines)
        # Each line's own measure: the one most lines round it are justified to.
        full = [next((m for m in self.measures if abs(ln.width - m) <= tol), None)
                if not ln.stop else None for ln in lines]
        self.local: list[tuple[float, ...]] = []
        votes: Counter = Counter()
        n = len(lines)
        for i in range(min(n, radius)):
            if full[i] is not None:
                votes[full[i]] += 1
        for i in range(n):
            if i + radius < n and full[i + radius] is not None:
                votes[full[i + radius]] += 1
            if i - radius - 1 >= 0 and full[i - radius - 1] is not None:
                votes[full[i - radius - 1]] -= 1
            top = max(votes.values(), default=0)
            self.local.append(tuple(m for m, v in votes.items() if v == top and v > 0))

    def roles(self, ln: _Line, tol: float, measures) -> list[tuple[float, str]]:
        """(measure, role) for each measure the line fits: "full" (justified to it),
        "start" (two characters short: a paragraph's first line, its indent dropped) or
        "end" (shorter and ending a sentence: a paragraph's last line)."""
        out = []
        for m in measures:
            if abs(ln.width - m) <= tol:
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
    ra, rb = page.roles(a, tol, measures), page.roles(b, tol, measures)
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
    score = _shape(a, b, page, p)
    # Brackets and quotes opened in a close in b.
    for kind, n in b.orphans.items():
        if a.pending.get(kind):
            score += p["bracket_closes"]
        else:
            score += p["bracket_orphan"]
    if a.stop:
        if b.key[0] in _CLOSERS:
            score += p["closer_after_stop"]
        return score
    if a.pause:
        return score
    # The characters across the break form a word.
    x, y = a.key[-1], b.key[0]
    if _DIGIT.match(x) and _DIGIT.match(y):
        return score + p["number"]
    if _LATIN.match(x) and _LATIN.match(y):
        return score + p["number"]
    if _WORDISH.match(x) and _WORDISH.match(y):
        seen = page.bi[x + y]
        if seen:
            expected = page.uni[x] * page.uni[y] / page.n
            score += max(0.0, min(p["word_max"], math.log(seen / (expected + p["word_smoothing"]))))
        else:
            score += p["word_unseen"]
        longest = _crossing(a.key, b.key, page, int(p["max_gram"]))
        if longest >= 3:
            score += min(p["ngram_max"], p["trigram"] * (longest - 2))
    elif _DIGIT.match(x) and y in p["units"]:
        score += p["number"]
    return score


def _crossing(ka: str, kb: str, page: _Page, max_gram: int) -> int:
    """The length of the longest string across the break (a's end, b's start) that the
    page prints inside a line (0 when none of 3 characters or more)."""
    best = 0
    for size in range(3, max_gram + 1):
        grams = page.tri if size == 3 else page.grams
        hit = False
        for left in range(1, size):
            right = size - left
            if left <= len(ka) and right <= len(kb) and (ka[-left:] + kb[:right]) in grams:
                hit = True
                break
        if not hit:
            break
        best = size
    return best


def _link(lines: list[_Line], page: _Page, p: dict) -> tuple[list[int], dict, list[int]]:
    """succ[i]: the line read after line i (-1: none); the content score of each
    candidate pair looked at; and the stride found round each line (1: none)."""
    n = len(lines)
    window = int(p["window"])
    content: dict[tuple[int, int], float] = {}
    tol = p["measure_tolerance"]
    fits = [bool(page.roles(ln, tol, page.local[ln.index])) for ln in lines]
    for i in range(n):
        for j in range(i + 1, min(n, i + 1 + window)):
            if j > i + 1 and any(lines[m].barrier for m in range(i + 1, j + 1)):
                break
            if j > i + 1 and not (fits[i] and fits[j]):
                continue  # only lines set to a column's measure are read across
            content[(i, j)] = pair_score(lines[i], lines[j], page, p)
    # The stride round each line: the offset whose pairs score best, summed over the
    # lines within `consensus_radius` either side; 1 (the converter's order) unless
    # another offset beats it by `stride_margin`.
    max_d = min(window, int(p["max_columns"]))
    radius = int(p["consensus_radius"])
    prefix = [[0.0] * (n + 1) for _ in range(max_d + 1)]
    votes = [[0] * (n + 1) for _ in range(max_d + 1)]
    for d in range(1, max_d + 1):
        row, vote = prefix[d], votes[d]
        for i in range(n):
            s = content.get((i, i + d), 0.0)
            row[i + 1] = row[i] + s
            vote[i + 1] = vote[i] + (s >= p["confident"])
    consensus = [1] * n
    for i in range(n):
        lo, hi = max(0, i - radius), min(n, i + radius + 1)
        sums = {d: prefix[d][hi] - prefix[d][lo] for d in range(1, max_d + 1)}
        best = max(range(2, max_d + 1), key=lambda d: (sums[d], -d), default=1)
        if best > 1 and sums[best] - sums[1] >= p["stride_margin"] \
                and votes[best][hi] - votes[best][lo] >= p["stride_votes"]:
            consensus[i] = best
    scored = []
    for (i, j), s in content.items():
        if j - i == consensus[i]:
            total = s + p["consensus_bonus"]
        elif j > i + 1:
            total = s + p["off_stride"]  # neither the converter's order nor the stride
        else:
            total = s
        if total >= (p["min_link"] if j == i + 1 else p["min_skip_link"]):
            scored.append((total, -(j - i), i, j))
    scored.sort(reverse=True)
    succ, pred = [-1] * n, [-1] * n
    for total, _, i, j in scored:
        if succ[i] < 0 and pred[j] < 0:
            succ[i], pred[j] = j, i
    return succ, content, consensus


def _chains(succ: list[int]) -> list[list[int]]:
    n = len(succ)
    has_pred = [False] * n
    for j in succ:
        if j >= 0:
            has_pred[j] = True
    chains = []
    for i in range(n):
        if not has_pred[i]:
            chain = [i]
            while succ[chain[-1]] >= 0:
                chain.append(succ[chain[-1]])
            chains.append(chain)
    return chains  # in the order of their first lines


def order(source: str, rules=None) -> Reorder | None:
    """The page's lines in reading order, when some run of them was read across columns;
    None when the page shows no interleaving."""
    p = _params(rules)
    if not p:
        return None
    lines = lines_of(source)
    if len(lines) < p["min_run_lines"] or _side_by_side(source, p):
        return None
    out, runs = _order(lines, p)
    evidence = [r for r in runs if r["accepted"]]
    if not evidence:
        return None
    for r in evidence:
        del r["accepted"]
    return Reorder([(lines[i].start, lines[i].end) for i in out], RULE, evidence,
                   "\n\n" if _double_spaced(source) else "\n")


def _double_spaced(source: str) -> bool:
    """Whether most of the page's lines have a blank line after them (pdfminer.six)."""
    raw = source.split("\n")
    filled = [k for k, t in enumerate(raw) if t.strip(_STRIP)]
    after = sum(1 for k in filled if k + 1 < len(raw) and not raw[k + 1].strip(_STRIP))
    return after * 2 > len(filled)


_GAP = regex.compile(r"\S{3,}[ \u3000]{3,}\S{3,}|^[ \u3000]{4,}\S", regex.M)


def _side_by_side(source: str, p: dict) -> bool:
    """Columns set side by side on one line (pdftotext -layout, PyMuPDF sort=True): text
    of another kind, which this rule leaves alone."""
    lines = sum(1 for ln in source.split("\n") if ln.strip())
    return len(_GAP.findall(source)) > p["side_by_side_share"] * max(1, lines)


def runs_of(source: str, rules=None) -> list[dict]:
    """Every run where chains of lines cross, accepted or not, with its evidence (for
    calibrating the parameters)."""
    p = _params(rules)
    return _order(lines_of(source), p)[1] if p else []


def _order(lines: list[_Line], p: dict) -> tuple[list[int], list[dict]]:
    page = _Page(lines, int(p["measure_min_chars"]), int(p["measure_min_lines"]),
                 int(p["measure_radius"]), int(p["max_gram"]), p["measure_tolerance"])
    succ, content, _ = _link(lines, page, p)
    chains = _chains(succ)

    def pair(i: int, j: int) -> float:
        s = content.get((i, j))
        return s if s is not None else pair_score(lines[i], lines[j], page, p)

    # Runs: chains whose line ranges overlap, merged.
    runs: list[list[list[int]]] = []
    reach = -1
    for chain in chains:
        lo, hi = chain[0], max(chain)
        if runs and lo <= reach:
            runs[-1].append(chain)
            reach = max(reach, hi)
        else:
            runs.append([chain])
            reach = hi
    out: list[int] = []
    evidence = []
    for run in runs:
        flat = [i for chain in run for i in chain]
        natural = sorted(flat)
        if len(run) < 2 or flat == natural:
            out.extend(natural)
            continue
        as_is = sum(pair(a, b) for a, b in zip(natural, natural[1:]))
        mine = sum(pair(a, b) for a, b in zip(flat, flat[1:]))
        gain = mine - as_is
        k = _columns(run)
        skips = sum(1 for chain in run for a, b in zip(chain, chain[1:]) if b > a + 1)
        accepted = (len(flat) >= p["min_run_lines"] and 2 <= k <= p["max_columns"]
                    and skips >= p["min_skips"] and skips >= p["min_skip_share"] * len(flat)
                    and gain >= p["min_gain"] and gain >= p["min_gain_per_line"] * len(flat))
        out.extend(flat if accepted else natural)
        evidence.append({"lines": [natural[0] + 1, natural[-1] + 1], "n_lines": len(flat),
                         "k": k, "score_k": round(mine, 2), "score_1": round(as_is, 2),
                         "gain": round(gain, 2), "chains": len(run), "skips": skips,
                         "span": [lines[natural[0]].start, lines[natural[-1]].end],
                         "text": lines[natural[0]].key[:12], "accepted": accepted})
    return out, evidence


def _columns(run: list[list[int]]) -> int:
    """How many chains of the run are read across at once, at most."""
    events = []
    for chain in run:
        if len(chain) > 1:
            events.append((chain[0], 1))
            events.append((chain[-1] + 0.5, -1))
    best = cur = 0
    for _, d in sorted(events):
        cur += d
        best = max(best, cur)
    return max(best, 1)
