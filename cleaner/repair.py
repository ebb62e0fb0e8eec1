"""Repair what the converter broke: relocate orphaned runs, rejoin split paragraphs, flag
what cannot be repaired (stages relocate, repair, flag).

A body paragraph in a newspaper ends a sentence. One that does not was cut by a column
break, a photo or the end of a column block, and its continuation is the next body block
of the same article (JOIN001, JOIN002), or, when the converter emitted a column out of
order, a run printed elsewhere on the page that begins mid-sentence (MOVE001). What has
no continuation on the page is kept as it is and flagged (FLG001).
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field

import regex

from .classify import ends_sentence
from .model import Block
from .registry import RuleSet
from .structure import ArticlePlan, PagePlan, dateline

_HAN_RUN = regex.compile(r"\p{Han}+")


@dataclass(slots=True)
class Move:
    run: list[Block]  # the body blocks moved, in order
    carried: list[Block]  # captions inside the run's stretch of source, moved along
    source: ArticlePlan
    target: ArticlePlan
    anchor: Block  # the target's cut-off last paragraph the run continues
    evidence: dict = field(default_factory=dict)

    @property
    def start(self) -> int:
        return self.run[0].start

    @property
    def end(self) -> int:
        return self.run[-1].end


@dataclass(slots=True)
class Join:
    rule: str
    evidence: dict


def relocate(page: PagePlan, rules: RuleSet) -> list[Move]:
    """MOVE001: find orphan runs and move each to the article whose tail it is."""
    if not rules.on("MOVE001"):
        return []
    terminal = rules.param("JOIN001", "terminal")
    heads = rules.param_patterns("MOVE001", "patterns")
    candidates = []
    for article in page.articles:
        body = article.body
        for i in range(1, len(body)):
            b, prev = body[i], body[i - 1]
            if (b.role == "paragraph" and prev.role == "paragraph"
                    and ends_sentence(prev.text, terminal)
                    and any(h.search(b.text) for h in heads)):
                stop = next((j for j in range(i, len(body)) if body[j].role == "heading"),
                            len(body))
                candidates.append((article, body[i:stop]))
                break
    if not candidates:
        return []
    in_runs = {id(b) for _, run in candidates for b in run}
    position = {id(a): n for n, a in enumerate(page.articles)}
    vectors: dict[int, _Vector] = {}

    def vector(article: ArticlePlan) -> _Vector:
        if id(article) not in vectors:
            vectors[id(article)] = _Vector(b.text for b in article.body if id(b) not in in_runs)
        return vectors[id(article)]

    dangling = []
    for target in page.articles:
        rest = [b for b in target.body if id(b) not in in_runs]
        if rest and rest[-1].role == "paragraph" and not ends_sentence(rest[-1].text, terminal):
            dangling.append((target, rest[-1]))
    moves: list[Move] = []
    used: set[int] = set()
    margin = rules.param("MOVE001", "min_margin")
    nearest = rules.param("MOVE001", "max_targets")
    for source, run in candidates:
        run_vec = _Vector(b.text for b in run)
        here = position[id(source)]
        # Only the nearest cut-off ends are weighed: a page holds few, and a pathological
        # page of thousands must not cost the square of them.
        options = sorted((t for t in dangling if t[0] is not source and id(t[0]) not in used),
                         key=lambda t: abs(position[id(t[0])] - here))[:nearest]
        scored = [(run_vec.cosine(vector(t)), t, anchor) for t, anchor in options]
        if not scored:
            continue
        score, target, anchor = max(scored, key=lambda s: s[0])
        home_score = run_vec.cosine(vector(source))
        if score - home_score < margin:
            continue
        used.add(id(target))
        carried = [c for c in source.captions if run[0].start < c.start < run[-1].end]
        moves.append(Move(run=run, carried=carried, source=source, target=target,
                          anchor=anchor, evidence={
                              "head": run[0].text[:12], "anchor_tail": anchor.text[-12:],
                              "similarity_to_target": round(score, 3),
                              "similarity_to_home": round(home_score, 3)}))
    for move in moves:
        ids = {id(b) for b in move.run}
        move.source.body = [b for b in move.source.body if id(b) not in ids]
        move.source.captions = [c for c in move.source.captions if c not in move.carried]
        at = move.target.body.index(move.anchor) + 1
        move.target.body[at:at] = move.run
        move.target.captions.extend(move.carried)
    return moves


def plan_joins(page: PagePlan, moves: list[Move], blocks: list[Block],
               rules: RuleSet) -> dict[int, Join]:
    """JOIN001/JOIN002: which body blocks continue the paragraph before them.

    Keyed by the index of the continuing block. A join onto a moved run's head is
    MOVE001's, since the move is what brought the halves together.
    """
    terminal = rules.param("JOIN001", "terminal")
    heads = {id(m.run[0]): m for m in moves}
    items = rules.param_patterns("JOIN001", "list_item")
    joins: dict[int, Join] = {}
    for article in page.articles:
        body = article.body
        for a, b in zip(body, body[1:]):
            if a.role != "paragraph" or b.role != "paragraph" or ends_sentence(a.text, terminal):
                continue
            if dateline(b.text, rules):
                continue
            if a.text.rstrip()[-1:] in "；;" and any(p.match(b.text) for p in items):
                continue
            evidence = {"left": a.text[-8:], "right": b.text[:8]}
            if id(b) in heads and heads[id(b)].anchor is a:
                joins[b.index] = Join("MOVE001", evidence)
                continue
            if not (a.index < b.index):
                continue
            between = [blocks[k] for k in range(a.index + 1, b.index)]
            lifted = [x for x in between if x.role != "paragraph" and x.role != "heading"]
            gap = max([b.gap_before] + [x.gap_before for x in between])
            evidence["blank_lines"] = gap
            if lifted or gap >= 2:
                rule = "JOIN002"
                evidence["between"] = [x.role for x in lifted]
            else:
                rule = "JOIN001"
            if rules.on(rule):
                joins[b.index] = Join(rule, evidence)
    return joins


def flag(paragraphs: list[str], types: list[str], rules: RuleSet) -> list[dict]:
    """FLG001 and FLG002 over an article's final body blocks."""
    flags = []
    terminal = rules.param("JOIN001", "terminal")
    if rules.on("FLG001"):
        for i, (text, kind) in enumerate(zip(paragraphs, types)):
            nxt = types[i + 1] if i + 1 < len(types) else None
            if kind == "paragraph" and nxt != "paragraph" and not ends_sentence(text, terminal):
                flags.append({"kind": "truncated_paragraph", "rule": "FLG001",
                              "paragraph": i + 1,
                              "note": f"ends mid-sentence in …{text[-6:]}; its continuation "
                                      "is not on this page"})
    if rules.on("FLG002"):
        flags.extend(_near_duplicates(paragraphs, types, rules.param("FLG002", "min_shared_chars")))
    return flags


_CLAUSE_START = regex.compile(r"(?:^|(?<=[，。！？；：、,.!?;:]))")


def _near_duplicates(paragraphs: list[str], types: list[str], k: int) -> list[dict]:
    """Paragraphs sharing a run of k characters that starts a clause.

    Indexing only clause starts keeps this linear and cheap; a shared run of two or more
    clauses always contains one.
    """
    seen: dict[str, int] = {}
    flagged: set[tuple[int, int]] = set()
    out = []
    for i, (text, kind) in enumerate(zip(paragraphs, types)):
        if kind != "paragraph":
            continue
        mine: dict[str, int] = {}
        for m in _CLAUSE_START.finditer(text):
            gram = text[m.start():m.start() + k]
            if len(gram) < k:
                continue
            first = seen.get(gram)
            if first is not None and first != i and (first, i) not in flagged:
                flagged.add((first, i))
                out.append({"kind": "near_duplicate", "rule": "FLG002",
                            "paragraph": i + 1, "other_paragraph": first + 1,
                            "note": f"paragraphs {first + 1} and {i + 1} share {gram}…"})
            mine.setdefault(gram, i)
        for gram, idx in mine.items():
            seen.setdefault(gram, idx)
    return out


class _Vector:
    """Han-character bigram counts of some text, with their norm, for cosine similarity."""

    __slots__ = ("counts", "norm")

    def __init__(self, texts):
        self.counts: Counter = Counter()
        for text in texts:
            for run in _HAN_RUN.findall(text):
                self.counts.update(run[i:i + 2] for i in range(len(run) - 1))
        self.norm = math.sqrt(sum(v * v for v in self.counts.values()))

    def cosine(self, other: _Vector) -> float:
        if not self.norm or not other.norm:
            return 0.0
        a, b = (self.counts, other.counts) if len(self.counts) <= len(other.counts) else \
            (other.counts, self.counts)
        return sum(v * b.get(k, 0) for k, v in a.items()) / (self.norm * other.norm)
