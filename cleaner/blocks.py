"""Cut the page into blocks (stage blocks).

Two converter styles reach us. Layout tools write markdown: one paragraph a line, blocks
separated by blank lines, headings marked with '#'. PDF text extractors (pdftotext,
PyMuPDF) write one printed line a line: a column about 30 characters wide, no blank line
between paragraphs. BLK004 tells which style a page is in; in the hard-wrapped style BLK005
finds paragraph ends from the page's own line width.
"""
from __future__ import annotations

from collections import Counter

import regex

from .model import Block
from .registry import RuleSet

_HEADING = regex.compile(r"(#{1,6})[ \t]+(?=\S)")
_BOLD_LINE = regex.compile(r"\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__")
_TERMINAL_END = regex.compile(r"[。！？!?…；;：:][”’」』）)》\"']*$")
_INDENT = regex.compile(r"\u3000|[ \t]{2,}")  # matched at a raw line's start
_SUBHEAD_END = regex.compile(r"[？：?:！!][”’」』]?$")
_OPENS_WITH_CLOSER = regex.compile(r"[”’」』）》，。、；：！？]+")
# A caption sentence ending on a line and a credit begun after it (…街頭。記者 /
# 林俊良／攝影): the credit's names and 摄 carried to the next line.
_CREDIT_OPENS = regex.compile(r"[。！？][\s\u3000]*[^。！？，、；\s”’」』]{1,10}$")


_HALF = regex.compile(r"[\u0000-\u10ff]")


def display_width(text: str) -> float:
    """Printed width in Han characters: Latin letters, digits and ASCII marks count half;
    Chinese text sets curly quotes, dashes and ellipses full width."""
    return len(text) - 0.5 * len(_HALF.findall(text))


def cut(source: str, rules: RuleSet, invisible: str) -> tuple[list[Block], str]:
    """The page's blocks in source order, and the converter style ("markdown"/"wrapped")."""
    strip = " \t\u3000"
    blank_chars = strip + invisible  # a line of only these is blank; NRM002 logs the
    # invisible characters of the lines that are not
    runs: list[list[tuple[int, int, int]]] = []  # runs of (start, end, raw_start) lines
    run: list[tuple[int, int, int]] = []
    gaps: list[int] = []
    blank = 0
    pos = 0
    for raw in source.split("\n"):
        s = pos + (len(raw) - len(raw.lstrip(strip)))
        e = pos + len(raw.rstrip(strip))
        pos += len(raw) + 1
        if not raw.strip(blank_chars):
            if run:
                runs.append(run)
                run = []
            blank += 1
            continue
        if _HEADING.match(source, s) and run:
            # A markdown heading is a block of its own even without blank lines around it.
            runs.append(run)
            run = []
        if not run:
            gaps.append(blank)
            blank = 0
        run.append((s, e, pos - len(raw) - 1))
        if _HEADING.match(source, s):
            runs.append(run)
            run = []
    if run:
        runs.append(run)

    style = _style(runs, rules)
    column = 0.0
    if style == "wrapped":
        column = _column_width([display_width(source[raw:e]) for r in runs for _, e, raw in r],
                               rules)
    blocks: list[Block] = []
    for run, gap in zip(runs, gaps):
        pieces = _paragraphs(source, run, rules, column) if style == "wrapped" else [(run, False)]
        for k, (piece, cont) in enumerate(pieces):
            s = piece[0][0]
            m = _HEADING.match(source, s)
            level = len(m.group(1)) if m and len(piece) == 1 else 0
            if not level and len(piece) == 1 and _BOLD_LINE.fullmatch(source, s, piece[0][1]):
                # A line wholly in bold is a heading the converter marked so; its
                # asterisks stay (they are the page's characters, not ours to drop).
                level = 2
                m = None
            blocks.append(Block(index=len(blocks), start=s, end=piece[-1][1],
                                content_start=m.end() if m and level else s, level=level,
                                lines=tuple((a, b) for a, b, _ in piece),
                                gap_before=gap if k == 0 else 0, continues=cont))
    return blocks, style


def _style(runs: list[list[tuple[int, int, int]]], rules: RuleSet) -> str:
    """BLK004: hard-wrapped when most lines sit in blocks of several lines."""
    lines = sum(len(r) for r in runs)
    if not lines or not rules.on("BLK004"):
        return "markdown"
    wrapped = sum(len(r) for r in runs if len(r) >= rules.param("BLK004", "min_block_lines"))
    return "wrapped" if wrapped >= rules.param("BLK004", "min_share") * lines else "markdown"


def _paragraphs(source: str, run: list[tuple[int, int, int]], rules: RuleSet, column: float):
    """BLK005: split a hard-wrapped run of lines into paragraphs and standalone lines.

    A line as wide as the column wraps into the next. A line clearly shorter than the
    column ends a paragraph when it ends a sentence; a short line that does not end a
    sentence is a line of its own (a headline, a byline, a footer) unless it is the last,
    cut-off line of the paragraph above it.
    """
    if len(run) == 1 or not rules.on("BLK005"):
        return [(run, False)]
    # Printed width includes the paragraph indent (an indented full line is full) and not
    # a mark pushed down from the line above (、传染病… holds one character of its own less).
    widths = [display_width(source[raw:e]) - display_width(_pushed(source[s:e]))
              for s, e, raw in run]
    slack = max(rules.param("BLK005", "min_slack"), rules.param("BLK005", "slack") * column)
    pieces, piece = [], []
    indented_page = sum(_INDENT.match(source, raw) is not None for _, _, raw in run) \
        >= rules.param("BLK005", "min_indented_share") * len(run) / 8
    interrupted = False  # a footer or caption just cut the paragraph being read
    continued: set[int] = set()  # pieces that go on with the paragraph before them
    furniture = [r for r in rules.pattern_rules if r.role == "furniture"]
    # Caption rules say which end of a caption they recognise (params.marks).
    caption_starts = [r for r in rules.pattern_rules
                      if r.role == "caption" and r.params.get("marks") == "start"]
    caption_ends = [r for r in rules.pattern_rules
                    if r.role == "caption" and r.params.get("marks") == "end"]
    caption: list | None = None  # the lines of a caption the extractor set amid a paragraph
    for i, (line, width) in enumerate(zip(run, widths)):
        s, e, raw_start = line
        text = source[s:e]
        if caption is not None:
            caption.append(line)
            if width < column - slack or any(r.search(text) for r in caption_ends):
                pieces.append(caption)
                caption = None
            continue
        if any(r.search(text) for r in furniture):
            # A page header or footer the extractor put between two lines of a paragraph.
            interrupted = _flush(pieces, piece) or interrupted
            piece = []
            pieces.append([line])
            continue
        if (interrupted and not piece and indented_page
                and _INDENT.match(source, raw_start) is None):
            # Paragraphs here start indented: an unindented line after the interruption
            # goes on with the paragraph it cut, even after a full stop.
            continued.add(len(pieces))
        interrupted = False
        if (piece and width < column - slack and any(r.search(text) for r in caption_ends)
                and _CREDIT_OPENS.search(source[piece[-1][0]:piece[-1][1]])):
            # A caption's credit wrapped onto a short line of its own (…街頭。記者 /
            # 林俊良／攝影): the line above is the caption, not the paragraph's.
            pieces.append(piece[:-1])
            pieces.append([piece[-1], line])
            piece = []
            continue
        if any(r.search(text) for r in caption_starts):
            # A photo caption printed across the column; the paragraph around it resumes
            # after it and JOIN002 puts it back together.
            interrupted = _flush(pieces, piece) or interrupted
            piece = []
            caption = [line]
            if width < column - slack or any(r.search(text) for r in caption_ends):
                pieces.append(caption)
                caption = None
            continue
        if _OPENS_WITH_CLOSER.match(text) and (piece or (pieces and len(pieces[-1]) > 1)):
            # A closing quote or mark pushed to the next line: the paragraph goes on.
            if not piece:
                piece = pieces.pop()
            piece.append(line)
            if width < column - slack:
                pieces.append(piece)
                piece = []
            continue
        indented = _INDENT.match(source, raw_start) is not None
        if piece and indented:
            pieces.append(piece)
            piece = []
        short = width < column - slack
        if (short and piece and _SUBHEAD_END.search(text) and "，" not in text
                and _TERMINAL_END.search(source[run[i - 1][0]:run[i - 1][1]])):
            # A short question or announcement after a finished sentence: a sub-head.
            pieces.append(piece)
            pieces.append([line])
            piece = []
            continue
        if short and not _TERMINAL_END.search(text):
            # After a full line that did not end a sentence this is that paragraph's
            # last line; after one that did, it is a line of its own (a heading).
            follows_wrap = (bool(piece) and widths[i - 1] >= column - slack
                            and not _TERMINAL_END.search(source[run[i - 1][0]:run[i - 1][1]]))
            if not follows_wrap:
                if piece:
                    pieces.append(piece)
                pieces.append([line])
                piece = []
                continue
            piece.append(line)
            pieces.append(piece)
            piece = []
            continue
        piece.append(line)
        # Where paragraphs start indented the indent says where one ends; a short line
        # there may only be one whose last character was pushed down (kinsoku).
        if short and not indented_page:
            pieces.append(piece)
            piece = []
    if piece:
        pieces.append(piece)
    if caption:
        pieces.append(caption)
    return [(p, n in continued) for n, p in enumerate(pieces) if p]


def _flush(pieces: list, piece: list) -> bool:
    """Close the paragraph being read, if any; whether there was one to interrupt."""
    if piece:
        pieces.append(piece)
    return bool(piece)


def _pushed(text: str) -> str:
    m = _OPENS_WITH_CLOSER.match(text)
    return m.group() if m else ""


def _column_width(widths: list[float], rules: RuleSet) -> float:
    """The page's column width: the most common width of its printed lines (most lines
    fill the column; the widest of equally common ones wins)."""
    wide = [w for w in widths if w >= rules.param("BLK005", "min_line_width")]
    if not wide:
        return max(widths)
    counts = Counter(wide)
    column = max(counts, key=lambda w: (counts[w], w))
    # Too few lines to show a mode (a short page): the widest line is the column.
    return column if counts[column] >= 3 else max(wide)
