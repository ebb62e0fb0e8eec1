"""The marks of Chinese newspaper text the stages read, each set said once.

A sentence's end is read in four places, each for its own question, and they differ in
which marks besides 。！？ they take (git keeps no reason for any of the differences, and
each set is pinned by the outputs it gives: LAY101's fitted weights read `interleave`'s):

| where | question | takes | and after it |
| --- | --- | --- | --- |
| JOIN001 `terminal` (rules/repair.toml) | a paragraph is finished | SENTENCE_END, ELLIPSIS, ： | CLOSERS, 》 and straight quotes (classify.TERMINAL_CLOSERS) |
| blocks `_TERMINAL_END` | a printed line ends its paragraph | SENTENCE_END, ELLIPSIS, SEMICOLON, COLON | CLOSERS, 》, straight quotes |
| ocr `_SENTENCE_END` (BLK010) | an OCR line alone ends a sentence | SENTENCE_END, ELLIPSIS | CLOSERS, straight quotes |
| interleave `_STOP` (LAY101) | a line ends a sentence or clause | SENTENCE_END, ELLIPSIS, SEMICOLON | CLOSERS, 》, straight quotes |

The rule file's set is the one a user changes; the others are the code's own.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

import regex

if TYPE_CHECKING:
    from .registry import RuleSet

# Marks that end a sentence, full and half width.
SENTENCE_END = "。！？!?"
ELLIPSIS = "…"
SEMICOLON = "；;"
COLON = "：:"
# Closing quotation marks and round brackets that may follow a sentence's end (…。” …。）).
CLOSERS = "”’」』）)"
# ... and, after it too, the book-title mark's close and the straight quotes plain text and
# OCR give for curly ones.
BOOK_CLOSE = "》"
STRAIGHT_QUOTES = "\"'"

# Bracket pairs. PUN002 sets the round ones' width; a block left inside any of them ends no
# paragraph (repair._bracket_open).
ROUND = {"（": "）", "(": ")"}
BRACKETS = {**ROUND, "〈": "〉", "【": "】", "《": "》"}
QUOTES = {"“": "”", "‘": "’", "「": "」", "『": "』"}

# Blank space round a line's text: no text (a form feed is a PDF page end, pdfminer).
BLANK = " \t\u3000\f\v"
# A markdown heading with no text: its marker, one to six '#', alone on its line but for
# blank space (`#`, `## `, `#\u3000`). It heads nothing: the cleaner reads its line as a
# blank line, its marker dropped (blocks, BLK002), and the conservation checks count the
# marker as markup, not as a lost '#' (evaluate.without_heading_markers): both ask here.
_EMPTY_HEADING = regex.compile(r"#{1,6}")


def empty_heading(line: str, invisible: str = "") -> bool:
    """Whether `line` is a markdown heading with no text, blank space and the `invisible`
    characters round its marker (NRM002's, where the rules are known).

    >>> [empty_heading(s) for s in ("#", " ## ", "#\u3000", "####### ", "# #", "#5")]
    [True, True, True, False, False, False]
    """
    text = line.strip(BLANK + invisible)
    return text[:1] == "#" and _EMPTY_HEADING.fullmatch(text) is not None


def after_digit(text: str, at: int) -> bool:
    """Whether the character before `at`, spaces aside, is a digit: the mark at `at` parts a
    number (a time's colon, 10:30; 3,000), however a converter cut or spaced it (18: / 30,
    OCR's 10 :), no subject's colon or clause's comma. (It looks back over spaces only, so
    asking at each mark of a line stays linear.)

    >>> [after_digit(s, s.index(":")) for s in ("10:30", "10 :", "开发区 :", ":")]
    [True, True, False, False]
    """
    k = at - 1
    while k >= 0 and text[k] in " \u3000":
        k -= 1
    return k >= 0 and text[k].isdigit()


def closing_lookalike(text: str) -> str:
    """The '#'s that end a heading's own text as a markdown closing sequence would end its
    line, set after a space or a tab or alone (学习C #, a plain line's #######), or "".
    Written after its marker as they are, a markdown reader takes them for the marker's
    and drops them, and so does the cleaner reading its own output (blocks._CLOSING); a
    closing sequence of ours after them keeps them the text's (CommonMark: `# 学习C # #`).

    >>> [closing_lookalike(s) for s in ("学习C #", "#######", "学习C#", "标题", "# 七")]
    ['#', '#######', '', '', '']
    """
    body = text.rstrip("#")
    return text[len(body):] if body != text and (not body or body[-1] in " \t") else ""


def any_of(marks: str) -> str:
    """A regular expression's class of `marks`.

    >>> regex.fullmatch(any_of(SENTENCE_END) + any_of(CLOSERS) + "*", "。”") is not None
    True
    """
    return "[" + "".join("\\" + m if m in "\\]^-[" else m for m in marks) + "]"


def terminal_marks(rules: RuleSet) -> str:
    """The marks that finish a paragraph, as the rule file has them (JOIN001 `terminal`):
    the repair, the heads and the titles read them alike."""
    return rules.param("JOIN001", "terminal")
