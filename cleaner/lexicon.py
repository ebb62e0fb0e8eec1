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

The list holds every word jieba counted at least 20 times, most common first. LAY101 weighs
them all (its `lexicon_min_count`): a column's next line across a break of a less common word
(长|队, counted 42 times) is otherwise no likelier than the line pdfminer.six printed next.
The other rules that read the list (CLS017's `listed_across`, the heads' two-character
tests) weigh the words counted at least CLS017's `lexicon_min_count` times (100), the list
as it shipped until the thirty-third pass (`common`: the same words, counts and total, so
they read exactly as before). Those are the list's first 35,842 rows, and only they are read for them (`load`
stops at the first word counted fewer): a page that never asks LAY101's list does not pay
for the rest (the head takes about 0.1 s and 11 MB, the whole list and its head 0.25 s and
18 MB). A page that asks both (pdfminer.six's: LAY101 asks first) reads the list once.

The list is read when a page first asks (`load`), once a process and count, and no page
that never asks pays for it. A batch's forked workers each read their own copy when their
first page asks (the parent's warm-up pages, `cli._warm`, never do).
"""
from __future__ import annotations

import io
import math
import weakref
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING

import regex

from .errors import RuleFileError

if TYPE_CHECKING:
    from .registry import RuleSet

FILE = "words.txt"
_HAN_RUN_END = regex.compile(r"\p{Han}+$")
_HAN_RUN_START = regex.compile(r"^\p{Han}+")
_ROW = regex.compile(r"[ \t]*\p{Han}+[ \t]+[0-9]+[ \t]*")
_WELL_FORMED = regex.compile(r"(?:(?:#[^\n]*|[ \t]*|[ \t]*\p{Han}+[ \t]+[0-9]+[ \t]*)(?:\r?\n|$))*")
_MEMO = 1 << 16  # joins remembered (a page asks of each a few times)


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


def parse(text: str, name: str = FILE, *, min_count: int = 1) -> Lexicon:
    """A list in the shipped format: `# ` comment lines (one of them `# total = N`, the
    source corpus's count of words) and `word count` lines, most common first.

    Only the words counted at least `min_count` times are kept. The list being most common
    first, they are the rows before the first counted fewer, and the rows after it are not
    read (nor checked): the common words of a long list cost only their own share of it. A
    list whose total is not given before that row is read whole (the total is then the
    sum of every count) and the words taken from it (`Lexicon.at_least`), so either way a
    word reads as it does in the whole list. (The lines are read one by one, not split all
    at once: split, the whole list's lines alone take 8 MB.)"""
    total = None
    words: list[str] = []
    counts: list[int] = []
    read = 0  # how much of `text` the lines so far take
    cut = False  # whether the rows stopped at one counted under `min_count`
    for number, raw in enumerate(io.StringIO(text, newline=""), 1):  # (read lazily: see above)
        line, start, read = raw.rstrip("\r\n"), read, read + len(raw)
        if line.startswith("#"):
            key, _, value = line[1:].partition("=")
            if key.strip() == "total":
                try:
                    total = int(value)
                except ValueError:
                    raise RuleFileError(f"{name}:{number}: total must be a whole number") from None
            continue
        row = line.split()
        if not row:
            continue
        if len(row) != 2 or not (row[1].isascii() and row[1].isdigit()):
            _check_rows(text, read, name)  # (names the first bad line, this one at latest)
        count = int(row[1])
        if counts and count > counts[-1]:
            raise RuleFileError(f"{name}:{number}: counted {count} times, more than the row "
                                f"before ({counts[-1]}): the list is most common first")
        if 0 < count < min_count:  # (a count of 0 is read on, and refused below)
            if total is None:
                return parse(text, name).at_least(min_count)
            read, cut = start, True
            break
        words.append(row[0])
        counts.append(count)
    _check_rows(text, read, name)
    if cut and not words and total > 0:
        # (every word counted fewer than `min_count` times, LAY101's `lexicon_min_count`
        # set over the list's top count: none weighed, as `at_least` of the whole list
        # gives, not a list of no words)
        return Lexicon({}, 1, -math.log(total))
    if not words:
        raise RuleFileError(f"{name}: no words")
    total = total or sum(counts)
    if total <= 0 or min(counts) <= 0 or max(counts) > total:
        raise RuleFileError(f"{name}: every count must be from 1 to the total ({total})")
    log_total = math.log(total)
    logp = dict(zip(words, [math.log(c) - log_total for c in counts]))
    return Lexicon(logp, max(map(len, words)), -log_total)


def _check_rows(text: str, end: int, name: str) -> None:
    """Raise on the first line of `text` up to `end` that is neither a comment, blank nor a
    word of Han characters and its count."""
    if _WELL_FORMED.fullmatch(text, 0, end):  # (one pass over a good list)
        return
    for number, line in enumerate(text[:end].splitlines(), 1):
        if line.strip() and not line.startswith("#") and not _ROW.fullmatch(line):
            raise RuleFileError(f"{name}:{number}: expected a word of Han characters and "
                                f"its count, got {line!r}")


@lru_cache(maxsize=4)
def load(min_count: int = 1) -> Lexicon:
    """The shipped list (rules/words.txt), its words counted at least `min_count` times
    (all by default): read on first use, once a process and count, and only down to the
    first word counted fewer (`parse`); taken from a list already read further down where
    there is one (a pdfminer.six page reads LAY101's words before the common ones)."""
    wider = min(((count, words) for count, words in _READ.items() if count <= min_count),
                key=lambda read: read[0], default=None)
    if wider is not None:
        return wider[1].at_least(min_count)
    text = resources.files("cleaner.rules").joinpath(FILE).read_text(encoding="utf-8")
    found = _READ[min_count] = parse(text, min_count=min_count)
    return found


# The lists `load` read, by the count it read down to; held only while its cache holds them.
_READ: weakref.WeakValueDictionary[int, Lexicon] = weakref.WeakValueDictionary()


def common(rules: RuleSet) -> Lexicon:
    """The words the rules other than LAY101 weigh: those counted at least CLS017's
    `lexicon_min_count` times, read down to that count alone (`load`)."""
    return load(int(rules.param("CLS017", "lexicon_min_count")))
