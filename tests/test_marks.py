"""cleaner.marks: the marks of a sentence's end and the bracket pairs, each set said once,
and what each stage's reading of a sentence's end takes (the differences are the stages'
own, pinned by their outputs: see the table in cleaner/marks.py)."""
from __future__ import annotations

from pathlib import Path

import pytest

from cleaner import blocks, classify, default_rules, interleave, ocr, repair, textnorm
from cleaner.marks import BRACKETS, QUOTES, ROUND, terminal_marks

ENDS = {  # a line's end: whether each stage reads a sentence (or paragraph) ended there
    "好。": (True, True, True), "好？”": (True, True, True), "好……": (True, True, True),
    "好；": (True, False, True), "好：": (True, False, False), "好。》": (True, False, True),
    "好。\"": (True, True, True), "好，": (False, False, False), "《好》": (False, False, False),
}


@pytest.mark.parametrize("line", ENDS)
def test_each_stage_reads_a_sentence_s_end_as_before(line):
    """Leaves alone: blocks' printed line end (with ；：), OCR's BLK010 (neither), LAY101's
    stop (； not ：), each as it was written out in its module."""
    got = (bool(blocks._TERMINAL_END.search(line)), bool(ocr._SENTENCE_END.search(line)),
           bool(interleave._STOP.search(line)))
    assert got == ENDS[line]


def test_the_bracket_pairs_are_one_table():
    """The pairs the stages balance are cleaner.marks' (interleave's keys without 〈〉)."""
    assert repair._CLOSING == set(BRACKETS.values())
    assert sorted(textnorm._BRACKETS) == sorted("".join(k + v for k, v in ROUND.items()))
    assert interleave._PAIRS == {k: v for k, v in {**QUOTES, **BRACKETS}.items() if k != "〈"}
    assert set(classify.TERMINAL_CLOSERS) >= set("”’」』）)")


def test_join001_terminal_is_read_in_one_place():
    """Must: the rule file's marks that finish a paragraph are read through
    marks.terminal_marks, where 27 places asked the rule file for them."""
    src = Path(blocks.__file__).parent
    readers = [p.name for p in sorted(src.glob("*.py"))
               if '"JOIN001", "terminal"' in p.read_text(encoding="utf-8")]
    assert readers == ["marks.py"]
    assert terminal_marks(default_rules()) == "。！？!?…："
