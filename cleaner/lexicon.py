"""A word-frequency list of ordinary Chinese words: whether a word spans a line break.

The page's own text knows only the pairs of characters it prints (cleaner.words). A line
break inside a word the page prints nowhere else (焕新升|级后的) says nothing there. The list
in rules/words.txt (derived from jieba's dict.txt, MIT; see rules/words-LICENSE.txt and
`benchmarks/build_words.py`, which makes it) holds the words of one to four Han
characters and how often jieba's corpus printed each.

`Lexicon.gain(left, right)` is the log-probability a unigram word model (jieba's own) gives
the characters next to a break read together, less that of the two sides read apart: 0 when
the best reading of the joined text breaks there too, positive when a word spans it (the
more so the more common the word and the less the two sides read well on their own).

The list holds every word jieba counted at least 20 times. LAY101 weighs them all (its
`lexicon_min_count`): a column's next line across a break of a less common word (长|队,
counted 42 times) is otherwise no likelier than the line pdfminer.six printed next. The other rules
that read the list (CLS017's `listed_across`, the heads' two-character tests) weigh the
words counted at least `COMMON` times, the list as it shipped until the thirty-third pass
(`Lexicon.at_least`: the same words, counts and total, so they read exactly as before).

The list is read when a page first asks (`load`), once a process, and no page that never
asks pays for it. A batch's forked workers each read their own copy when their first page
asks (the parent's warm-up pages, `cli._warm`, never do; parsing takes about 0.2 s).
"""
from __future__ import annotations

import math
from functools import lru_cache
from importlib import resources

import regex

from .errors import RuleFileError

FILE = "words.txt"
_HAN_RUN_END = regex.compile(r"\p{Han}+$")
_HAN_RUN_START = regex.compile(r"^\p{Han}+")
_ROW = regex.compile(r"[ \t]*\p{Han}+[ \t]+[0-9]+[ \t]*")
_WELL_FORMED = regex.compile(r"(?:(?:#[^\n]*|[ \t]*|[ \t]*\p{Han}+[ \t]+[0-9]+[ \t]*)(?:\r?\n|$))*")
_MEMO = 1 << 16  # joins remembered (a page asks of each a few times)
# The count the rules other than LAY101 keep a word at (`Lexicon.at_least`).
COMMON = 100


class Lexicon:
    """Words (1 to `max_len` Han characters) and their log-probabilities; `floor`, that of
    a character the list lacks (read alone)."""

    def __init__(self, logp: dict[str, float], max_len: int, floor: float):
        self.logp, self.max_len, self.floor = logp, max_len, floor
        self._gains: dict[tuple[str, str], tuple[float, str]] = {}
        self._subs: dict[int, Lexicon] = {}

    def at_least(self, count: int) -> Lexicon:
        """The words counted at least `count` times (their counts and the total kept: each
        reads as it does here), made once a list and count."""
        found = self._subs.get(count)
        if found is None:
            # (a word's count is exp(logp - floor): the floor is one count in the total)
            kept = {w: lp for w, lp in self.logp.items()
                    if round(math.exp(lp - self.floor)) >= count}
            found = self._subs[count] = (Lexicon(kept, max(map(len, kept), default=1),
                                                 self.floor) if len(kept) < len(self.logp)
                                         else self)
        return found

    def __len__(self) -> int:
        return len(self.logp)

    def best(self, text: str) -> float:
        """The log-probability of the best reading of `text` (Han characters) as words."""
        return self._read(text)[0][-1]

    def _read(self, text: str) -> tuple[list[float], list[int]]:
        """The best reading of `text` as words: for each prefix its log-probability and
        where its last word starts."""
        n = len(text)
        best = [0.0] + [-math.inf] * n
        back = [0] * (n + 1)
        for i in range(1, n + 1):
            for j in range(max(0, i - self.max_len), i):
                lp = self.logp.get(text[j:i])
                if lp is None:
                    if i - j > 1:
                        continue
                    lp = self.floor
                if best[j] + lp > best[i]:
                    best[i], back[i] = best[j] + lp, j
        return best, back

    def gain(self, left: str, right: str, window: int = 4) -> tuple[float, str]:
        """How much better the Han characters next to the break (up to `window` either
        side) read together than apart, and the word across the break in the best joint
        reading ('' when none spans it)."""
        a = _HAN_RUN_END.search(left[-window:])
        b = _HAN_RUN_START.search(right[:window])
        if a is None or b is None:
            return 0.0, ""
        key = (a.group(), b.group())
        found = self._gains.get(key)
        if found is None:
            if len(self._gains) >= _MEMO:
                self._gains.clear()
            found = self._gains[key] = self._gain(*key)
        return found

    def _gain(self, a: str, b: str) -> tuple[float, str]:
        text = a + b
        n, cut = len(text), len(a)
        best, back = self._read(text)
        gain = best[n] - self.best(a) - self.best(b)
        if gain <= 1e-9:
            return 0.0, ""
        i = n
        while i > 0:
            j = back[i]
            if j < cut < i:
                return gain, text[j:i]
            i = j
        return gain, ""  # (not reached: a joint reading that gains holds a word across)


def parse(text: str, name: str = FILE) -> Lexicon:
    """A list in the shipped format: `# ` comment lines (one of them `# total = N`, the
    source corpus's count of words) and `word count` lines."""
    total = None
    words: list[str] = []
    counts: list[int] = []
    lines = text.splitlines()
    if not _WELL_FORMED.fullmatch(text):  # (one pass over a good list; a bad line is named)
        for number, line in enumerate(lines, 1):
            if line.strip() and not line.startswith("#") and not _ROW.fullmatch(line):
                raise RuleFileError(f"{name}:{number}: expected a word of Han characters and "
                                    f"its count, got {line!r}")
    for number, line in enumerate(lines, 1):
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "total":
                try:
                    total = int(value)
                except ValueError:
                    raise RuleFileError(f"{name}:{number}: total must be a whole number") from None
        elif line.strip():
            word, count = line.split()
            words.append(word)
            counts.append(int(count))
    if not words:
        raise RuleFileError(f"{name}: no words")
    total = total or sum(counts)
    if total <= 0 or min(counts) <= 0 or max(counts) > total:
        raise RuleFileError(f"{name}: every count must be from 1 to the total ({total})")
    log_total = math.log(total)
    logp = dict(zip(words, [math.log(c) - log_total for c in counts]))
    return Lexicon(logp, max(map(len, words)), -log_total)


@lru_cache(maxsize=1)
def load() -> Lexicon:
    """The shipped list (rules/words.txt), read on first use, once a process."""
    return parse(resources.files("cleaner.rules").joinpath(FILE).read_text(encoding="utf-8"))


def common() -> Lexicon:
    """The words the rules other than LAY101 weigh: those counted at least `COMMON` times."""
    return load().at_least(COMMON)
