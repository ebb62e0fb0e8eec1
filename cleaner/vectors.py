"""Han-character bigram vectors: how much vocabulary two runs of text share.

MOVE001 weighs where an orphaned run belongs with them, CLS016 whether the text under a
title turns to another subject.
"""
from __future__ import annotations

import math
from collections import Counter

import regex

_HAN_RUN = regex.compile(r"\p{Han}+")


class Vector:
    """Han-character bigram counts of some text, with their norm, for cosine similarity."""

    __slots__ = ("counts", "norm")

    def __init__(self, texts):
        self.counts: Counter = Counter()
        for text in texts:
            for run in _HAN_RUN.findall(text):
                self.counts.update(run[i:i + 2] for i in range(len(run) - 1))
        self.norm = math.sqrt(sum(v * v for v in self.counts.values()))

    def shared(self, other: Vector) -> int:
        """How many distinct bigrams the two texts share."""
        a, b = (self.counts, other.counts) if len(self.counts) <= len(other.counts) else \
            (other.counts, self.counts)
        return sum(1 for k in a if k in b)

    def cosine(self, other: Vector) -> float:
        if not self.norm or not other.norm:
            return 0.0
        a, b = (self.counts, other.counts) if len(self.counts) <= len(other.counts) else \
            (other.counts, self.counts)
        return sum(v * b.get(k, 0) for k, v in a.items()) / (self.norm * other.norm)
