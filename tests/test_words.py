"""CLS017's count of the page's own words (cleaner/words.py)."""
from __future__ import annotations

import cleaner.words as words
from cleaner import clean
from cleaner.model import Block
from cleaner.registry import default_rules

from .helpers import assert_sound
from .test_rules import CHIPS, CHIPS_MORE, LONG, NEXT, page_of, printed


def _block(text: str, lines: int, role: str = "paragraph") -> Block:
    return Block(index=0, start=0, end=len(text), content_start=0, level=0, role=role,
                 text=text, lines=tuple((0, 1) for _ in range(lines)))


def test_paragraph_pairs_count_as_the_text_does():
    """Pairs counted once a page agree with counting each paragraph's text: only
    paragraphs of two lines or more, and a doubled character (好好好) as str.count does."""
    blocks = [_block("集成电路好好好集成", 2), _block("集成电路", 1), _block("集成", 3, "heading"),
              _block("电路集成，集成", 2)]
    pairs = words.paragraph_pairs(blocks)
    for pair in ("集成", "成电", "好好", "电路", "路好"):
        want = sum(b.text.count(pair) for b in blocks if b.role == "paragraph" and len(b.lines) > 1)
        assert pairs[pair] == want, pair
    rules = default_rules()  # min_uses: 2; blocks[0:1] left out of the count
    assert words.word_across("探索集", "成电路", blocks, 0, 1, rules, pairs) is (
        pairs["集成"] - blocks[0].text.count("集成") >= rules.param("CLS017", "min_uses"))
    assert words.word_across("探索集", "成电路", blocks, 0, 1, rules) is \
        words.word_across("探索集", "成电路", blocks, 0, 1, rules, pairs)


def test_a_line_alone_that_fills_the_measure_counts_as_text():
    """A paragraph's line set apart by blank lines (OCR's blocks of a short text) counts
    where it fills the measure; a line alone short of it (a title's) does not."""
    full, short = _block("挥新型举国体制优势", 1), _block("创新答卷彰显新型举国", 1)
    full.filled, short.filled = True, False
    pairs = words.paragraph_pairs([full, short])
    assert pairs["国体"] == 1 and pairs["答卷"] == 0
    rules = default_rules()
    assert words.word_across("彰显新型举国", "体制优势", [short, full], 0, 1, rules, pairs,
                             listed=False)


def test_a_page_of_many_title_lines_counts_its_words_once(monkeypatch):
    """join_wrapped_titles asks about every break between two title lines; it counted the
    page's paragraphs again for each (a page of 3000 short lines took 3 s). The page's
    pairs are counted once, each paragraph once."""
    seen = []
    count = words._block_pairs

    def counting(text):
        seen.append(text)
        return count(text)

    monkeypatch.setattr(words, "_block_pairs", counting)
    body = printed(CHIPS, CHIPS_MORE, NEXT, LONG, width=24, head=())
    titles = [line for n in range(60) for line in (f"开发区加快第{n}次探索集", "成电路国产化路径")]
    page = clean(page_of(printed(CHIPS, CHIPS_MORE, width=24) + titles + body))
    assert_sound(page)
    # (60 breaks asked about; a dozen paragraphs counted once a page, for the heads, the
    # unanchored titles and the joins alike: never once per break, 60 times a dozen.)
    assert 0 < len(seen) < 40
