"""Cut the page into blocks (stage blocks).

Two converter styles reach us. Layout tools write markdown: one paragraph a line, blocks
separated by blank lines, headings marked with '#'. PDF text extractors (pdftotext,
PyMuPDF) write one printed line a line: a column about 30 characters wide, no blank line
between paragraphs. BLK004 tells which style a page is in; in the hard-wrapped style BLK005
finds paragraph ends from the page's own line width.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from itertools import islice
from typing import NamedTuple

import regex

from .marks import (BLANK, BOOK_CLOSE, CLOSERS, COLON, ELLIPSIS, SEMICOLON, SENTENCE_END,
                    STRAIGHT_QUOTES, any_of, empty_heading)
from .model import Block
from .ocr import first_line_goes_on
from .registry import RuleSet
from .tables import pipe_tables
from .textnorm import marker_across
from .words import han_pairs, listed_across, page_word, pair_in_page

# A markdown (ATX) heading: one to six '#', then a space or a tab and its text. Seven or
# more open none (CommonMark: the line is a paragraph's text, '#'s and all), nor does a '#'
# set against a word (#5). The doubt flags and the orderers ask this too.
HEADING = regex.compile(r"(#{1,6})[ \t]+(?=\S)")

# ... and a heading with no text, its marker alone on the line (`#`, `## `), is read as a
# blank line (marks.empty_heading).
# A heading's closing sequence (CommonMark's optional one): '#'s after a space or a tab at
# its line's end, spaces or tabs after them (`# 标题 #`, `## 标题 ##   `). It is the
# marker's, not the heading's text: it goes with the blank space after the line, dropped
# by BLK002 (evidence closing_sequence). A '#' set against the text (`# C#`, `# 标题#`) is
# the text's. Matched in a heading's line past its opening marker, which may stand for
# the space (`### ###`: a heading with no text).
_CLOSING = regex.compile(r"(?:\G|[ \t]+)#+[ \t]*$")


def overlong_heading(text: str) -> bool:
    """Whether `text` opens in a markdown heading's form with a marker too long for one:
    seven '#' or more, then a space or a tab (####### 标题: CommonMark's text, '#'s and all).
    A line set off so is no sentence's part (none opens with '#######'); a '#' set against
    its word (#话题#, #5) is text of a sentence.

    >>> [overlong_heading(s) for s in ("####### 七", "########\t八", "###### 六", "#######七")]
    [True, True, False, False]
    """
    rest = text.lstrip("#")
    return len(text) - len(rest) >= 7 and rest[:1] in (" ", "\t")


_BOLD_LINE = regex.compile(r"\*\*[^*\n]{1,60}\*\*|__[^_\n]{1,60}__")
# A printed line that ends its paragraph (marks.py: the sentence's ends each stage reads).
_TERMINAL_END = regex.compile(any_of(SENTENCE_END + ELLIPSIS + SEMICOLON + COLON)
                              + any_of(CLOSERS + BOOK_CLOSE + STRAIGHT_QUOTES) + "*$")
_INDENT = regex.compile(r"\u3000|[ \t]{2,}")  # matched at a raw line's start
_ASKS_END = regex.compile(r"[？！?!]" + any_of(CLOSERS) + "*$")
_CLOSED_QUOTE = regex.compile(r"[。！？…][”’」』]$")
_SPACED_NAME = regex.compile(r"\p{Han}(?:[ \t\u3000]+\p{Han}){1,3}")
# A foreign name in Chinese, its parts a middle dot apart (玛丽娜·拉古什, 胡里奥·塞瓦略斯; OCR
# reads the dot as a full stop: 玛丽娜.拉古什).
FOREIGN_NAME = regex.compile(r"\p{Han}{1,5}(?:[·・.．]\p{Han}{1,5}){1,3}")
# A line that ends inside a clause: a comma or an opening mark goes on.
_OPEN_END = regex.compile(r"[，、,“‘「『（(《]$")
_SUBHEAD_END = regex.compile(r"[？：?:！!][”’」』]?$")
_QUOTE_CLOSERS = "”’」』"
_OPENS_WITH_CLOSER = regex.compile(r"[”’」』）》，。、；：！？]+|…+$")
# A caption sentence ending on a line and a credit begun after it (…街頭。記者 /
# 林俊良／攝影): the credit's names and 摄 carried to the next line.
_CREDIT_OPENS = regex.compile(r"[。！？][\s\u3000]*[^。！？，、；\s”’」』]{1,10}$")


# A sub- or superscript an extractor puts on a line of its own: M2 → "M" / "2".
_FRAGMENT = regex.compile(r"[0-9A-Za-z①-⑳⁰-⁹₀-₉]{1,2}")
_NOTE_MARKS = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳⁰¹²³⁴⁵⁶⁷⁸⁹"
_DATE = regex.compile(r"[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日")
_HAN_GAP = regex.compile(r"(?<=\p{Han}) (?=\p{Han})")
_HALF = regex.compile(r"[\u0000-\u10ff]")
_HALF_RUN = regex.compile(r"[\u0000-\u10ff]+")
_NUMBER_END = regex.compile(r"[0-9０-９][多余]?$")
# A line that ends in a colon leads into what follows (…招呼客人： / “凉面管够…): it ends no
# paragraph, however a sentence mark it counts as.
_COLON_END = regex.compile(r"[：:]$")
_HALF_MARK = regex.compile(r"(?<=[\p{Han}“”‘’])[,:;?!]|[,:;?!](?=[\p{Han}“”‘’])")
# A straight double quotation mark that pairs a curly one on its line, closing its “ or
# opening before its ”, is OCR's reading of the curly partner, which Chinese text sets as
# wide as a character (大学生“村提"带火大山里的土货, 要学"对不对”).
PAIRED_QUOTE = regex.compile(r"(?<=“[^“”\"＂]*)\"|\"(?=[^“”\"＂]*”)")
_HAN = regex.compile(r"\p{Han}")
_TITLE_WORDS = regex.compile(r"[\p{Han}0-9]+")  # a title's words, no mark nor space
_MONTH = regex.compile(r"[0-9０-９]{1,2}\s*月")
_NAME = regex.compile(r"\p{Han}{3,4}")


# The dash that opens a subtitle (——中埃农业合作项目见闻) or a signature (——编者); a lone
# hyphen-minus may be a number's sign (-5℃) cut to a line's start.
_DASH = regex.compile(r"[—－]|--")
# OCR reads a printed dash as two or more 一 (一一多地推进情况观察, 一一编 者); text that
# opens with 一一 (一一呈现；…) is a clause, so a line with clause marks is no subtitle, and
# 一 repeated with nothing after it is a word (一一, one by one), no dash.
# OCR may also read the dash as one 一: then only a subtitle's own opening words say it is
# one (一来自三个省份的调研, 一写在活动启动之际, 一走进…, 一读《…》, 一记者…, 一访…), which
# no title opens with after 一 (一个…, 一张…, 一根…).
_OCR_DASH = regex.compile(r"一一+[ \u3000]*(?=[^\s一])|一[ \u3000]\p{Han}{2}"  # or one 一 set apart: 一 写在…
                          r"|一(?=来自|写在|走进|读《|记者|访)")
_CLAUSE_MARK = regex.compile(r"[，。；：！？,;:!?]")
_BOOK_TITLE = regex.compile(r"《[^《》]*》")


def echoed_title(text: str, lines: Iterable[str], least: int, reach: int) -> bool:
    """BLK005: whether `text` is a title whose lede repeats it: words alone (no mark nor
    space), at least `least` characters (`echo_min_chars`), that the first `reach`
    (`echo_lines`) of the `lines` under it print word for word (全国秋粮收获近七成 /
    农业农村部最新农情调度显 / 示，全国秋粮收获近七成。)."""
    return (len(text) >= least and _TITLE_WORDS.fullmatch(text) is not None
            and text in "".join(islice(lines, reach)))


def dash_end(text: str) -> int:
    """Where the text after a line's opening dash starts (0: no dash). A printed dash's
    marks go (——一线见闻: 一线见闻 stays); OCR's 一 run goes whole (一一一线蹲点见闻: the
    run cannot say which 一 was the text's).

    >>> dash_end("——一线见闻"), dash_end("一一来自基层"), dash_end("来自基层")
    (2, 2, 0)
    """
    m = _DASH_RUN.match(text)
    if m is not None:
        return m.end()
    m = _OCR_DASH.match(text) if opens_with_dash(text) else None
    return m.end() if m is not None else 0


_DASH_RUN = regex.compile(r"(?:[—―－]|--)[—―－\-]*")


def opens_with_dash(text: str) -> bool:
    """Whether a line opens with a dash: a subtitle's or a signature's, never a title's.

    >>> opens_with_dash("——编者"), opens_with_dash("一一来自基层一线的调查")
    (True, True)
    >>> opens_with_dash("一一呈现；专题论坛前的开场推介中"), opens_with_dash("一一一")
    (False, False)
    """
    if _DASH.match(text) is not None:
        return True
    # (A book's title keeps its own marks: 一一读《山河故人 : 南屏县影像志》 is a subtitle.)
    return (_OCR_DASH.match(text) is not None
            and _CLAUSE_MARK.search(_BOOK_TITLE.sub("", text)) is None)


def display_width(text: str) -> float:
    """Printed width in Han characters: Latin letters, digits and ASCII marks count half;
    Chinese text sets curly quotes, dashes and ellipses full width. A space between two
    Han characters stands for a wide gap (丁  怡 printed, 丁 怡 extracted): it counts whole.
    """
    gaps = len(_HAN_GAP.findall(text)) if " " in text else 0  # (most lines have no space)
    # A half-width , : ; ? ! beside Chinese text was printed full width (OCR reads the
    # marks so; PUN001 sets them right): it counts whole (…玛丽:瓦恩吉说:); so does a
    # straight quotation mark OCR read for the curly partner of one on the line.
    marks = len(_HALF_MARK.findall(text)) + (len(PAIRED_QUOTE.findall(text)) if '"' in text else 0)
    # More than a name's few gaps is OCR's habit (悉 ： 为 迎 接): those spaces take no room.
    return (len(text) - 0.5 * len(_HALF.findall(text)) + 0.5 * marks
            + (0.5 * gaps if gaps <= 3 else -0.5 * gaps))


def cut(source: str, rules: RuleSet, invisible: str,
        reordered: bool = False, interleaved: bool = False) -> tuple[list[Block], str]:
    """The page's blocks in source order, and the converter style ("markdown"/"wrapped").
    (`reordered`: an orderer put the page's columns in order, so its blank lines are the
    orderer's, not OCR's blocks; `interleaved`: one that put back columns read line by
    line, BLK009's `not_after`, so a line's neighbours may still be another column's.)"""
    lines = _source_lines(source, invisible)
    spacing = _line_spacing(source, lines, rules)
    glued = _glued_lines_page(lines, rules)
    runs: list[list[Line]] = []
    run: list[Line] = []
    gaps: list[int] = []
    ahead = rules.param("CAP005", "credit_within_lines") if rules.on("CAP005") else 0
    caption_at = -1  # the last line that opened a photo's caption (CAP001)
    kept: dict[int, dict] = {}  # why a line was kept whole (BLK013), by its end
    # BLK015: a pipe table is a run of its own, its lines kept as they stand (no line is
    # split, none starts a block): {first line: (past its last, evidence)}; and, by run,
    # the evidence of the runs that are tables.
    tables = pipe_tables(source, lines) if rules.on("BLK015") else {}
    table_runs: dict[int, dict] = {}
    table_end = 0
    for n, (s, e, raw_start, before) in enumerate(lines):
        gap = max(0, before - spacing) if before else 0
        if n < table_end or n in tables:
            if n in tables:
                if run:
                    runs.append(run)
                run = []
                gaps.append(gap)
                table_end, table_runs[len(runs)] = tables[n]
            run.append(Line(s, e, raw_start))
            if n == table_end - 1:
                runs.append(run)
                run = []
            continue
        heading = HEADING.match(source, s)
        if spacing and rules.on("CAP001") and rules["CAP001"].search(source[s:e]):
            caption_at = n
        if run and (gap or heading
                    or spacing and _box_starts(source, lines, n, caption_at, rules)):
            # A markdown heading is a block of its own even without blank lines around it.
            runs.append(run)
            run = []
        if not run:
            gaps.append(gap)
        following = lines[min(n + ahead, len(lines) - 1)][1] if ahead else e
        below = lines[n + 1][:2] if n + 1 < len(lines) else (e, e)
        run.extend(_split_line(source, s, e, raw_start, rules, following, glued, below,
                               kept))
        if heading:
            runs.append(run)
            run = []
    if run:
        runs.append(run)

    style = _style([r for n, r in enumerate(runs) if n not in table_runs], rules)
    measure = None
    if style == "wrapped":
        caption_starts = _caption_rules(rules, "start")
        measure = Measure([display_width(source[ln.raw:ln.end]) for r in runs for ln in r],
                          rules, [any(c.search(source[ln.start:ln.end]) for c in caption_starts)
                                  for r in runs for ln in r])
    blocks: list[Block] = []
    # (A line opens a text box where a blank line stands above it, or the page starts.
    # pdfminer.six ends a page with a form feed; PyMuPDF's blocks, double-spaced too, set
    # a kicker in a block of its own, apart from its headline: no boxes there.)
    inline_jumps, onward = _onward_markers(rules)
    half_fuzz = rules.param("BLK005", "half_width_fuzz"), rules.param("BLK005", "max_fuzz")
    boxes = frozenset(s for n, (s, _, _, before) in enumerate(lines)
                      if before or not n) if spacing and "\f" in source else None
    offset = 0
    for n, (run, gap) in enumerate(zip(runs, gaps)):
        # (The lines past the blank rows under the run: BLK010 reads a dateline there past
        # a photo's caption.)
        under = runs[n + 1] if n + 1 < len(runs) else []
        pieces = (_paragraphs(source, run, rules, measure, offset,
                              sure_widths=glued or reordered, interleaved=interleaved,
                              under=under)
                  if measure is not None and n not in table_runs
                  else [(run, False, {})])
        at_line = {ln.start: offset + n for n, ln in enumerate(run)} if measure else {}
        offset += len(run)
        for k, (piece, cont, why) in enumerate(pieces):
            s = piece[0].start
            why = dict(why)
            if (k and measure is not None and why.get("rule") == "BLK005"
                    and "above_width" in why and rules.on("BLK009")):
                # A line as full as the measure under a short one: the paragraph above
                # ended, but no paragraph starts so full (its indent dropped, a first line
                # is short), so this text goes on from elsewhere (MOVE001 weighs it).
                at = at_line[s]
                room = measure.at(at) - measure.widths[at]
                if room <= rules.param("BLK009", "full_from"):
                    why["unindented"] = True
                elif (room < rules.param("BLK009", "dropped_indent")
                      and _pushed_word(source, run, j := at - offset + len(run), room,
                                       half_fuzz)):
                    # (or short by less than the indent only because what opens the next
                    # line could not stay on it, …解读政策，金 / 融、保险等机构…: line breaking
                    # took the character down with its mark; the same for a number)
                    below = run[j + 1]
                    why["unindented"] = True
                    why["pushed_down"] = source[below.start:below.end][:2]
            if (k == 0 and measure is not None and len(piece) > 1 and rules.on("BLK009")
                    and _INDENT.match(source, piece[0].raw) is None):
                # A run's first line as full as the measure: no paragraph starts there (the
                # indent the extractor dropped would make it short), so the text goes on
                # from the block before it (JOIN001).
                at = offset - len(run)
                if measure.widths[at] >= measure.at(at) - rules.param("BLK009", "full_from"):
                    why["opens_full"] = True
            if source[piece[-1].end:piece[-1].end + 1] in (" ", "\t", "\u3000"):
                why["ends_in_space"] = True
            if onward and (marker := _onward_at_end(source[piece[-1].start:piece[-1].end],
                                                    inline_jumps, onward)):
                # (its text goes on on another page: no title's line, CLS015)
                why["ends_onward"] = marker
            if piece[0].split_by == "BLK013":
                # (Its first line stood on the line above, after a gap: BLK013 split it off.)
                why["glued_line"] = "BLK013"
            m = HEADING.match(source, s)
            level = len(m.group(1)) if m and len(piece) == 1 else 0
            if not level and len(piece) == 1 and _BOLD_LINE.fullmatch(source, s, piece[0].end):
                # A line wholly in bold is a heading the converter marked so; its
                # asterisks stay (they are the page's characters, not ours to drop).
                level = 2
                m = None
            rule = why.pop("rule", "")
            line_evidence = {ln.end: kept[ln.end] for ln in piece[:-1] if ln.end in kept}
            for end, more in why.pop("line_ends", {}).items():
                line_evidence[end] = dict(line_evidence.get(end, {}), **more)
            ends_filled = why.pop("filled", None)
            was_cut = why.pop("cut", False)
            blocks.append(Block(index=len(blocks), start=s, end=piece[-1].end,
                                content_start=m.end() if m and level else s, level=level,
                                lines=tuple((ln.start, ln.end) for ln in piece),
                                gap_before=gap if k == 0 else 0, continues=cont,
                                start_rule=rule, start_evidence=why,
                                split_by=piece[0].split_by, filled=ends_filled,
                                cut=was_cut, box_starts=boxes, line_evidence=line_evidence))
            if n in table_runs:
                blocks[-1].role, blocks[-1].cue = "table", "BLK015"
                blocks[-1].evidence = dict(table_runs[n])
    return blocks, style


class Line(NamedTuple):
    """A printed line: its trimmed span, where its raw line starts, and its printed width
    when that differs from its own (the second half of a line split in two)."""

    start: int
    end: int
    raw: int
    width: float | None = None
    split_by: str = ""  # the rule that split this line off the printed line it shared


def _line_spacing(source: str, lines: list[tuple[int, int, int, int]], rules: RuleSet) -> int:
    """BLK008: blank lines the converter puts between every two printed lines (pdfminer
    writes one after each line); such a blank line separates nothing. Markdown sets a
    blank line between paragraphs too, but its lines are paragraphs, not printed lines
    of one measure."""
    if not rules.on("BLK008") or len(lines) < rules.param("BLK008", "min_lines"):
        return 0
    ones = sum(before == 1 for *_, before in lines[1:])
    if ones < rules.param("BLK008", "min_share") * (len(lines) - 1):
        return 0
    if any(HEADING.match(source, s) for s, *_ in lines):
        return 0  # markdown: an extractor of printed lines writes no '#'
    widths = Counter(round(display_width(source[s:e])) for s, e, *_ in lines)
    measure = max(widths, key=lambda w: (widths[w], w))
    near = sum(n for w, n in widths.items() if abs(w - measure) <= 2)
    printed = near >= rules.param("BLK008", "min_measure_share") * len(lines)
    return 1 if printed and rules.param("BLK005", "min_line_width") <= measure \
        <= rules.param("BLK008", "max_measure") else 0


def _box_starts(source: str, lines: list[tuple[int, int, int, int]], n: int, caption_at: int,
                rules: RuleSet) -> bool:
    """BLK008: on a double-spaced page (pdfminer.six's, PyMuPDF's "blocks": a blank line
    after each text box), line n opens a box of several lines: alone under the line above,
    none under it. Such a box is a title stack, a caption, or a paragraph's first lines (a
    dateline's font), never a paragraph's later lines, so a block starts there; but a
    caption's lines may stand in two boxes (its credit's), so not within `caption_lines` of
    a caption's first; and a line boxed with a caption or a page's footer set tight under
    it (…教育 / 图为10月15日，…; …500列 / 第 2 页) is no box's first."""
    if n + 1 >= len(lines) or lines[n][3] != 1 or lines[n + 1][3] != 0:
        return False
    if caption_at >= 0 and n - caption_at <= rules.param("BLK008", "caption_lines"):
        return False
    below = source[lines[n + 1][0]:lines[n + 1][1]]
    return not (rules.on("CAP001") and rules["CAP001"].search(below)
                or any(r.role == "furniture" and r.search(below) for r in rules.pattern_rules))


def _glued_lines_page(lines: list[tuple[int, int, int, int]], rules: RuleSet) -> bool:
    """BLK013: whether two printed lines at one height may come out glued with a space on
    this page: not where it is set in OCR's blocks. Tesseract writes its blocks a blank
    line apart (more than `max_blank_share` blank lines a text line, where pdftotext and
    pypdfium2 set at most 0.01) and reads each printed line as one, setting a space after
    a sentence's end now and then (…随风起伏。 在镇上的一家 / 竹木加工厂里…). A page with a
    blank line after nearly every line (pdfminer.six, PyMuPDF "blocks": more than LAY201's
    `max_alone_share` of the lines alone between blank lines) shows no blocks of OCR's."""
    if not rules.on("BLK013") or not lines:
        return False
    blank = sum(before for _, _, _, before in lines[1:])
    if blank <= rules.param("BLK013", "max_blank_share") * len(lines):
        return True
    after = [ln[3] for ln in lines[1:]] + [1]  # (the page's end is a blank line's)
    alone = sum(1 for n, ln in enumerate(lines) if (ln[3] or n == 0) and after[n])
    return alone > rules.param("LAY201", "max_alone_share") * len(lines)


def _source_lines(source: str, invisible: str) -> list[tuple[int, int, int, int]]:
    """The source's lines with text: (start, end, raw start, blank lines before), start and
    end past the spaces round the text. A line of spaces and `invisible` characters only
    is blank (NRM002 logs the invisible characters of the lines that are not), and so is
    a markdown heading with no text (its marker goes with the blank space, BLK002); a
    heading's line ends before its closing sequence (`_CLOSING`, the same)."""
    blank_chars = BLANK + invisible
    lines: list[tuple[int, int, int, int]] = []
    blank = 0
    pos = 0
    for raw in source.split("\n"):
        s = pos + (len(raw) - len(raw.lstrip(BLANK)))
        e = pos + len(raw.rstrip(BLANK))
        raw_start = pos
        pos += len(raw) + 1
        text = raw.strip(blank_chars)
        if not text or text[0] == "#" and empty_heading(text):
            blank += 1
            continue
        if text[0] == "#" and (closing := _closing(source, s, raw_start + len(raw))):
            if source[closing.start()] == "#":
                blank += 1  # (its text all closing sequence: a heading with no text)
                continue
            e = closing.start()
            while source[e - 1] in BLANK:
                e -= 1
        lines.append((s, e, raw_start, blank))
        blank = 0
    return lines


def _closing(source: str, start: int, stop: int) -> regex.Match | None:
    """The closing sequence of the markdown heading whose line runs from `start` (its
    marker) to `stop` (its line's end), or None: the line is no heading, or has none."""
    m = HEADING.match(source, start, stop)
    return _CLOSING.search(source, m.end(), stop) if m else None


def closing_end(source: str, start: int, end: int) -> int:
    """Where a heading's closing sequence ends, past its '#'s, for the line `cut` read from
    `start` to `end` (its text's end); `end` where the line is no heading or closes none,
    or where text stands between (a line a later stage cut short). The closing sequence is
    the marker's: BLK002 drops it (assemble)."""
    stop = source.find("\n", end)
    closing = _closing(source, start, len(source) if stop < 0 else stop)
    if closing is None or closing.start() < end or source[end:closing.start()].strip(BLANK):
        return end
    return closing.start() + len(closing.group().rstrip(" \t"))


def set_in_ocr_blocks(source: str, rules: RuleSet) -> bool:
    """Whether the page is set in OCR's blocks (Tesseract: runs of lines a blank line apart),
    as BLK013 judges it (`_glued_lines_page`): not written line after line, nor a blank line
    after nearly every line (pdfminer.six, PyMuPDF "blocks")."""
    lines = _source_lines(source, rules.param("NRM002", "chars"))
    return bool(lines) and not _glued_lines_page(lines, rules)


def _split_line(source: str, s: int, e: int, raw: int, rules: RuleSet,
                following: int, glued: bool = True,
                below: tuple[int, int] = (0, 0), kept: dict | None = None) -> list[Line]:
    """A printed line, or two where the converter ran two things into one line: a page
    footer glued to the next page's first line, or to the last line before it (BLK007,
    pdfium), two printed lines at one height on a page written line after line (BLK013,
    where `glued`; `below` is the next line's span; where a caption's credit across the
    break kept the line whole, `kept` gets why, by the line's end), a photo caption begun
    after a paragraph's last sentence, its credit in the lines that follow (CAP005), up
    to `following` (read only when a caption starts on the line)."""
    if rules.on("BLK007"):
        for p in rules.param_patterns("BLK007", "patterns"):
            m = p.match(source, s, e)
            # Split only what the page's furniture rules then take for furniture: prose
            # that opens with a date (2025年10月1日星期三上午，…) stays whole.
            if m and m.end() < e and any(r.role == "furniture" and r.search(source[s:m.end()])
                                         for r in rules.pattern_rules):
                return [Line(s, m.end(), raw, split_by="BLK007"), Line(m.end(), e, m.end())]
        for p in rules.param_patterns("BLK007", "trailing"):
            m = p.search(source, s + 1, e)
            if m and any(r.role == "furniture" and r.search(m.group())
                         for r in rules.pattern_rules):
                end = m.start()
                while end > s and source[end - 1] in " \t\u3000":
                    end -= 1
                # (The line keeps its printed width: the footer stood apart from it.)
                return [Line(s, end, raw, display_width(source[raw:end])),
                        Line(m.start(), e, m.start(), split_by="BLK007")]
    if glued and rules.on("BLK013") and not (rules.on("CAP001")
                                             and rules["CAP001"].search(source[s:e])):
        credit = ""
        for p in rules.param_patterns("BLK013", "patterns"):
            m = p.search(source, s + 1, e)
            if not m:
                continue
            # (a caption's credit run on across the line's end keeps the gap no seam)
            across = _credit_across(source[m.end():e], source[below[0]:below[1]], rules)
            credit = credit or across
            if not across and _glued(source[m.end():e], rules):
                # (Each keeps its own width: they were two printed lines. What follows the
                # gap may be two lines glued again, three boxes' lines at one height:
                # 你老了，也坐电梯！” “好！”他说。 成都大熊猫基地今年已诞生, pypdfium2.)
                rest = _split_line(source, m.end(), e, m.end(), rules, following, glued,
                                   below, kept)
                return [Line(s, m.start(), raw, display_width(source[raw:m.start()])),
                        rest[0]._replace(split_by=rest[0].split_by or "BLK013"), *rest[1:]]
        if credit and kept is not None:
            # BLK013: the gap is no seam between two printed lines: a caption's credit
            # runs on across the line's end (…办理业务。 县融媒体中心 / 供图).
            kept[e] = {"kept_whole": {"rule": "BLK013", "credit_across": credit}}
    if rules.on("CAP005"):
        for p in rules.param_patterns("CAP005", "patterns"):
            m = p.search(source, s + 1, e)
            # (A start that ends in its colon, a photo's position marker, 上图：, needs no
            # credit under it: it marks a caption by itself, as CAP001 reads it.)
            if m and (m.group().endswith(("：", ":"))
                      or rules["CAP005"].search(source[m.start():e])
                      or e < following and rules["CAP005"].search(source[e:following])):
                whole = display_width(source[raw:e])
                end = m.start()
                while end > s and source[end - 1] in " \t\u3000":
                    end -= 1  # the space between them belongs to neither
                # A caption set beside a paragraph's line that goes on (pdftotext: two
                # columns' lines at one height) leaves that line its own width.
                first = whole if _TERMINAL_END.search(source, s, end) else None
                return [Line(s, end, raw, first),
                        Line(m.start(), e, m.start(), whole, split_by="CAP005")]
    return [Line(s, e, raw)]


def _credit_across(after: str, below: str, rules: RuleSet) -> str:
    """BLK013: the caption's credit (CAP004's) that the text after a gap and the next
    line (`below`) make together (县融媒体中心 / 供图), or "" when they make none."""
    after = after.rstrip()
    if below and rules.on("CAP004"):
        for c in rules.param_patterns("CAP004", "credit"):
            if m := c.match(after + below):
                return m.group() or after + below
    return ""


def _glued(after: str, rules: RuleSet) -> bool:
    """BLK013: whether the text after a gap that follows a sentence's end is another
    printed line's (the next box's line at the same height): `min_chars` characters at
    least, no credit of a photo's caption (a credit's word, CAP004's credit, CAP005's
    credit ends; one whose last word the next line holds, …办理业务。 县融媒体中心 / 供图,
    the caller asks of `_credit_across`), no caption's start, and no space in it but
    after a sentence's end (a stretched line's, 种 。 各 地, or a staff line's, 美术编辑
    段琳超; after a sentence's end it is another gap: three lines at one height,
    …电梯！” “好！”他说。 成都大熊猫…)."""
    after = after.rstrip()
    return (len(after) >= rules.param("BLK013", "min_chars")
            and not _OTHER_GAP.search(after)
            and not any(w.search(after) for w in rules.param_patterns("BLK013", "credit_words"))
            and not (rules.on("CAP004") and any(c.match(after)
                                                for c in rules.param_patterns("CAP004", "credit")))
            and not (rules.on("CAP005") and rules["CAP005"].search(after))
            and not (rules.on("CAP001") and rules["CAP001"].search(after)))


def _style(runs: list[list[Line]], rules: RuleSet) -> str:
    """BLK004: hard-wrapped when most lines sit in blocks of several lines."""
    lines = sum(len(r) for r in runs)
    if not lines or not rules.on("BLK004"):
        return "markdown"
    wrapped = sum(len(r) for r in runs if len(r) >= rules.param("BLK004", "min_block_lines"))
    return "wrapped" if wrapped >= rules.param("BLK004", "min_share") * lines else "markdown"


class Measure:
    """The measure (printed line width) around each line of a hard-wrapped page.

    A page may set articles in columns of different widths, so the measure is the most
    common width of the printed lines near a line (BLK005 `window` lines either side),
    the page's own most common width where a neighbourhood shows too few lines. A line
    that opens a photo's caption (`captions`) is no full line of the column's paragraphs
    in a neighbourhood's crowd (BLK009, `_crowded`): a caption may be set in smaller type
    across its photo, its lines holding more characters than the column's (上图：沂南县铜井
    镇的新能源汽车下乡活动现, 20 in a column of 18: three such near a page's foot made the
    column's full lines look like first lines short by the indent, d15801 gen-15806). The
    page's own width counts them: a neighbourhood's, which leaves them out, is taken
    wherever it stands more than `same_measure` off the page's, and leaving them out of
    the page's too changed no page of the dev sets, the corpus or rmrb.
    """

    def __init__(self, widths: list[float], rules: RuleSet,
                 captions: list[bool] | None = None):
        self.widths = widths
        least = rules.param("BLK005", "min_line_width")
        captions = captions or [False] * len(widths)
        self.page = _column_width(widths, rules)
        half = rules.param("BLK005", "window")
        same = rules.param("BLK005", "same_measure")
        wide = [w if w >= least else None for w in widths]
        caption_widths = [w if c else None for w, c in zip(wide, captions)]
        caption_counts: Counter = Counter(w for w in caption_widths[:half] if w is not None)
        counts: Counter = Counter(w for w in wide[:half] if w is not None)
        self.local: list[float] = []
        best = None
        for i in range(len(widths)):
            add, drop = i + half, i - half - 1
            added = wide[add] if add < len(wide) else None
            dropped = wide[drop] if drop >= 0 else None
            # (whether a caption's line came or went: a width the same, another crowd)
            moved = (added is not None and caption_widths[add] is not None
                     or dropped is not None and caption_widths[drop] is not None)
            if added is not None:
                counts[added] += 1
                if caption_widths[add] is not None:
                    caption_counts[added] += 1
            if dropped is not None:
                counts[dropped] -= 1
                if not counts[dropped]:
                    del counts[dropped]
                if caption_widths[drop] is not None:
                    caption_counts[dropped] -= 1
            if not i or added != dropped or moved:
                # (A window that took in a width as wide as the one it let go has the
                # same crowd: in a column of full lines, most windows.)
                best = _crowded(counts, rules, caption_counts) if counts else None
            # Near the page's measure it is the page's.
            near = best is None or counts[best] < 3 or abs(best - self.page) <= same
            self.local.append(self.page if near else best)

    def at(self, i: int) -> float:
        return self.local[i]


def _line_above(source: str, start: int) -> str:
    """The text of the last line with text before offset `start` (past blank lines), read
    back from `start` only, so asking it of every line keeps a page linear."""
    end = start
    while end and source[end - 1].isspace():
        end -= 1
    return source[source.rfind("\n", 0, end) + 1:end]


def _paragraphs(source: str, run: list[Line], rules: RuleSet, measure: Measure,
                offset: int, sure_widths: bool = True, interleaved: bool = False,
                under: list[Line] = ()) -> list[tuple[list[Line], bool, dict]]:
    """BLK005: split a hard-wrapped run of lines into paragraphs and standalone lines.

    Each piece comes with whether it goes on with the paragraph before it, and the
    evidence for where it starts. A line as wide as the measure wraps into the next. A
    line clearly shorter ends a paragraph when it ends a sentence; a short line that does
    not is a line of its own (a headline, a byline, a footer) unless it is the last, cut-off
    line of the paragraph above it. Extractors drop the paragraph indent (it is blank
    space): where paragraphs are not indented, a line `dropped_indent` characters short of
    the measure after a full line that ends a sentence starts a paragraph (BLK009), and a
    full line under a paragraph's short last line, with the line under it, over a line
    short by the indent exactly, is a title at the column's measure (BLK009); so is a
    full line with no mark in it but quotation marks under a line that ended a sentence,
    over a line short by the indent that ends none (a section heading of one line).
    On a page set in OCR's blocks (`sure_widths` False) OCR drops or adds a character at a
    line's end, so a width is a weaker cue: a line a character or two short between full
    lines, ending no sentence, goes on (BLK014), as does one short by what opens the full
    line under it, a word pushed down whole or a sentence of one character; a heading over a first line needs the signs
    it needs in a narrow column (BLK009); a first line alone in its block that ends its
    sentence filled the measure (BLK009).
    """
    if not rules.on("BLK005"):
        return [(run, False, {})]
    over = rules.param("BLK005", "over_measure")
    over_share = rules.param("BLK005", "over_share")

    min_slack, slack_share = rules.param("BLK005", "min_slack"), rules.param("BLK005", "slack")

    def slack_at(column: float) -> float:
        return max(min_slack, slack_share * column)

    if len(run) == 1:
        # A line alone between blank lines (OCR sets them so): whether it fills the measure
        # still says whether it is a paragraph's line or a heading of its own. In OCR's
        # blocks (`sure_widths` False) OCR set the line apart: under a line that ends a
        # sentence, one more than `ocr_alone_over` wider than the measure is set across
        # more than the column, a title's, not the column's line (返乡青年把民宿开进了古村落
        # over a column of twelve). Under a paragraph cut mid-sentence it goes on with it.
        width, column = measure.widths[offset], measure.at(offset)
        over_alone = over / 2
        if not sure_widths and _TERMINAL_END.search(_line_above(source, run[0].start)):
            over_alone = rules.param("BLK005", "ocr_alone_over")
        if column - slack_at(column) <= width <= column + over_alone:
            return [(run, False, {"filled": True})]
        after = offset + 1
        # (A photo's caption under it, OCR's next block, is no line of the paragraph's:
        # its width says nothing of where the paragraph goes on, BLK012.)
        caption = bool(under) and rules.on("CAP001") and bool(
            rules["CAP001"].search(source[under[0].start:under[0].end]))
        first = first_line_goes_on(source[run[0].start:run[0].end], width, column, rules,
                                   measure.widths[after]
                                   if after < len(measure.widths) and not caption else None)
        if first:
            if caption and after < len(measure.widths):
                first = dict(first, caption_under={"rule": "BLK012",
                                                   "width": measure.widths[after]})
            return [(run, False, dict(first, filled=True))]
        dropped = rules.param("BLK009", "dropped_indent")
        if (rules.on("BLK009") and not sure_widths
                and _TERMINAL_END.search(source, run[0].start, run[0].end)
                and column - dropped - rules.param("BLK009", "band") <= width
                < column - rules.param("BLK009", "full_from")):
            # BLK009: a line alone in OCR's block (`sure_widths` False) as wide as a
            # paragraph's first line, its indent dropped, that ends its sentence at the
            # measure filled it (10月19日，第138届广交会第一期闭幕。 / 图为… / 本届广交会设
            # 立…): a full line opening a later block goes on with its paragraph (JOIN001,
            # JOIN002), since no paragraph opens full.
            # (The evidence says how short of the measure: a key of its own, since
            # `measure` in a block's start evidence is read as its column's.)
            return [(run, False, {"filled": True,
                                  "first_line_ended": {"width": width, "measure": column}})]
        return [(run, False, {"filled": False})]
    # Printed width (measured once, in cut) includes the paragraph indent (an indented full
    # line is full) and not a mark pushed down from the line above (、传染病… holds one
    # character of its own less).
    widths = [(ln.width if ln.width is not None else measure.widths[offset + k])
              - display_width(_pushed(source[ln.start:ln.end])) for k, ln in enumerate(run)]
    dropped_by = rules.param("BLK009", "dropped_indent") + rules.param("BLK009", "band")
    for k, ln in enumerate(run):
        if " " in source[ln.start:ln.end] and (
                _STRETCHED.fullmatch(source, ln.start, ln.end)):
            # A justified line the extractor stretched, a space after every character
            # (pdftotext, pypdfium2: “ 第 一 ”“ 最 多 ”“ 最): it was spread to fill the
            # measure, never past it, however its spaces count, where its characters alone
            # come near the measure (the few of a line beside a photo, or a title's spaced
            # letters, say nothing). (Not more than its count says: a first line stretched
            # is short by the indent the extractor dropped.)
            column = measure.at(offset + k)
            if display_width(unstretch(source[ln.start:ln.end])) >= column - dropped_by:
                widths[k] = min(widths[k], column)
    # Digits and Latin letters may print wider than half a character: a line holding them
    # may be fuller than its count, by BLK005 run_fuzz a run of them (the gap set between
    # a run and Han characters), at most max_fuzz. Only a paragraph's middle line that
    # ends no sentence (`mid_fuzz`), a line that ended one over a middle line, and a word
    # pushed down whole get the widest face's (half_width_fuzz a character): a character's
    # fuzz everywhere made a first line with a few numbers (…上世纪90年代初，共有18栋)
    # look as full as a middle line, and its paragraph was joined to the one above.
    half_fuzz = rules.param("BLK005", "half_width_fuzz"), rules.param("BLK005", "max_fuzz")
    fuzz = [_run_fuzz(source[ln.start:ln.end], rules.param("BLK005", "run_fuzz"), half_fuzz[1])
            for ln in run]
    # (…前三 / 季度接待游客超过600万人 at a column's foot: the widest face's.)
    mid_fuzz = [f if _TERMINAL_END.search(source, ln.start, ln.end)
                else _fuzz(source[ln.start:ln.end], half_fuzz) for f, ln in zip(fuzz, run)]
    pieces: list[list[Line]] = []
    why: dict[int, dict] = {}  # evidence for a piece's start, by its index in pieces
    # Evidence for a line's end, by that end: why the line goes on into the next. Kept by
    # the line, not the piece being read, since a piece may be split after it is given
    # (BLK010 sets a title apart over a dateline): each piece takes its own lines' at the end.
    line_ends: dict[int, dict] = {}
    piece: list[Line] = []
    indented_page = sum(_INDENT.match(source, ln.raw) is not None for ln in run) \
        >= rules.param("BLK005", "min_indented_share") * len(run) / 8
    dropped = 0.0 if indented_page or not rules.on("BLK009") \
        else rules.param("BLK009", "dropped_indent")
    band = rules.param("BLK009", "band") if dropped else 0.0
    full_from = rules.param("BLK009", "full_from") if dropped else 0.0
    heading_measure = rules.param("BLK009", "min_heading_measure")
    # (A heading between paragraphs is read off its neighbours' widths: not where OCR's
    # counts are unsure, nor where the lines round it may be other columns'.)
    between_paragraphs = bool(dropped) and sure_widths and not interleaved
    units = rules.param("BLK009", "number_units")
    quote_reach = rules.param("BLK005", "quote_reach")
    interrupted = False  # a footer or caption just cut the paragraph being read
    cut_full = cut_open = False  # ... after a full line, one that ended no sentence
    cut_mark = ""  # ... after a line that ended on an opening mark: the mark
    cut_text = ""  # ... the text of the line it cut after
    furniture = [r for r in rules.pattern_rules if r.role == "furniture"]
    jumps = [r for r in rules.pattern_rules if r.role == "jump"]
    inline_jumps, onward = _onward_markers(rules)
    bylines = [r for r in rules.pattern_rules if r.role == "byline"]
    surnames = "".join(r.params.get("surnames", "") for r in bylines)
    # A reporter's title alone (新华社记者) under a title: a byline, not the title's tail.
    reporters_alone = rules.param_patterns("CLS014", "titles_alone") if rules.on("CLS014") else ()
    datelines = [p for r in rules.dateline_rules for p in r.patterns]
    # Caption rules say which end of a caption they recognise (params.marks).
    caption_starts = _caption_rules(rules, "start")
    caption_ends = _caption_rules(rules, "end")
    credit_lines = rules.param_patterns("CAP004", "credit") if rules.on("CAP004") else ()
    # Whether the column squeezes its marks half wide: a paragraph's line that goes on,
    # under a first or full line that went on too, holds more than the measure by no more
    # than its marks squeezed (…艺术节不断增强“服务长三角， / 辐射全中国”的平台功能，…交流，,
    # 31 characters in a column of 30). Such a column keeps a character and its marks on
    # the line where squeezed they fit; one that sets them full width sends them down.
    # (Asked once, where a line's width is weighed against it.)
    column_squeezes: list[bool] = []

    def squeezes() -> bool:
        if not column_squeezes:
            column_squeezes.append(any(
                0 < k < len(run) - 1 and not _HALF.search(source, ln.start, ln.end)
                and (col := measure.at(offset + k)) < widths[k]
                and widths[k] - len(_SQUEEZABLE.findall(source, ln.start, ln.end)) / 2 <= col
                and not _TERMINAL_END.search(source, ln.start, ln.end)
                and not _TERMINAL_END.search(source, run[k - 1].start, run[k - 1].end)
                and col - dropped_by <= widths[k - 1] <= col + over / 2
                and not any(r.search(source[ln.start:ln.end])
                            for r in caption_starts + caption_ends)
                for k, ln in enumerate(run)))
        return column_squeezes[0]

    # Marks no paragraph ends in (JOIN001's, so a paper's override holds here too).
    open_clause = rules.param("JOIN001", "open_clause")
    opening_clause = rules.param("JOIN001", "opening_clause")  # marks no paragraph opens with
    caption: list | None = None  # the lines of a caption the extractor set amid a paragraph
    # Whether each line filled the width expected of it (a first line is short by the
    # dropped indent; a line beside a sub- or superscript is only part of a printed line).
    filled = [False] * len(run)
    fragment = [_FRAGMENT.fullmatch(source, ln.start, ln.end) is not None for ln in run]
    beside = [False] * len(run)  # next to a fragment, past any footer between
    is_furniture = [any(r.search(source[ln.start:ln.end]) for r in furniture) for ln in run]
    prev_real, last = [-1] * len(run), -1
    for k in range(len(run)):
        prev_real[k] = last
        if not is_furniture[k]:
            last = k
    next_real, last = [len(run)] * len(run), len(run)
    for k in range(len(run) - 1, -1, -1):
        next_real[k] = last
        if not is_furniture[k]:
            last = k
    for k in range(len(run)):
        if fragment[k]:
            n = prev_real[k]
            above = source[run[n].start:run[n].end] if n >= 0 else ""
            if not above or not (above[-1].isascii() and above[-1].isalnum()
                                 or source[run[k].start] in _NOTE_MARKS):
                fragment[k] = False
                continue
            for n in (prev_real[k], next_real[k]):
                if 0 <= n < len(run) and not fragment[n]:
                    beside[n] = True
    # Lines of one character in a row of `spread_lines` or more: a printed line spread wide.
    spread: list[bool | str] = [False] * len(run)  # ("over_caption": a caption follows)
    spread_lines, group = rules.param("BLK005", "spread_lines"), 0
    spread_marks = rules.param("BLK005", "spread_marks")
    while group < len(run):
        past, chars = group, 0
        while past < len(run) and (kind := _spread_piece_kind(
                source[run[past].start:run[past].end], spread_marks)):
            chars += kind == "chars"
            past += 1
        # (Two do where a photo's caption follows: the photo cut the paragraph there. A
        # number or a Latin word is one piece, never spread inside, 已 / 增 / 至 / 40 / 个,
        # but counts toward neither: lines of numbers alone in a row are a table's. One
        # alone over a caption is the line before the photo, …较 / 20 / 图为…, gen-15407.)
        over_caption = (chars >= 2 or past - group == 1 and not chars) and past < len(run) and any(
            r.search(source[run[past].start:run[past].end]) for r in caption_starts)
        if chars >= spread_lines or over_caption:
            spread[group:past] = ["over_caption" if over_caption else True] * (past - group)
        group = max(past, group + 1)
    spread_taken = -1  # the last such line read on with its paragraph
    continued: set[int] = set()  # pieces that go on with the paragraph before them
    line_no = {ln.start: k for k, ln in enumerate(run)}
    assumed_full: dict[Line, int] = {}  # short lines taken to go on under a photo's caption
    cut: set[int] = set()  # pieces a footer or caption cut after a full line
    captions: set[int] = set()  # pieces that are a caption the extractor set amid the text
    headings: set[int] = set()  # pieces that are a heading's line (BLK009 heading_above)
    last_cut = -1
    attribution = rules.param_patterns("BLK009", "attribution") if dropped else ()
    from .structure import tag_at_end  # (structure reads blocks: imported when used)

    echo_min = rules.param("BLK005", "echo_min_chars")
    clause_of_one = rules.param_patterns("BLK005", "clause_of_one")
    sentence_of_one = rules.param_patterns("BLK014", "sentence_of_one") \
        if rules.on("BLK014") else ()
    tag_title_over = rules.param("BLK005", "tag_title_over")
    echo_lines = rules.param("BLK005", "echo_lines")
    title_under_cut = rules.param("BLK005", "title_under_cut")
    echo_below = rules.param("CLS016", "min_echo_below") if rules.on("CLS016") else 0
    quote_after_colon = rules.param("BLK009", "quote_after_colon") if dropped else False
    announcing = tuple(rules.param("BLK009", "announcing_marks"))
    quote_openers = tuple(rules.param("BLK009", "quote_openers"))
    # A photo-news column's title (图片报道: CLS016's column_titles) is a title line of its own.
    column_titles = rules.param_patterns("CLS016", "column_titles") if rules.on("CLS016") else ()
    # A title's last line, read with the title's line over it: a byline's second line
    # wrapped inside a title, or the line ending in a column's tag under a title set wider
    # than every column (BLK005).
    wrapped_title = -1
    caption_tail = -1  # the credit's line of a caption taken with the wide line above it

    def close(reason: str | None = None, **evidence) -> None:
        nonlocal piece
        if piece:
            pieces.append(piece)
        piece = []
        if reason:
            why[len(pieces)] = dict(evidence, rule=reason)

    def credited(text: str) -> bool:
        """A line that ends in a photo's credit after a finished sentence (…消暑。视觉中国
        供图), or is a credit alone: a caption's last line, not a paragraph's (…用手机拍摄)."""
        return (any(r.search(text) for r in caption_ends)
                and (_CREDIT_OPENS.search(text) is not None
                     or any(c.match(text) for c in credit_lines)))

    def line_text(k: int) -> str:
        return source[run[k].start:run[k].end]

    def leads_into_quotation(k: int) -> bool:
        """Whether line k ends in a colon and the line under it opens a quotation (…摊主打趣
        老胡： / “明年夏天，咱俩还挨着摆？”): the words the colon announced go on in its
        paragraph (BLK009 `quote_after_colon`)."""
        return (bool(quote_after_colon) and k + 1 < len(run)
                and line_text(k).endswith(announcing)
                and line_text(k + 1).startswith(quote_openers))

    def set_apart(n: int, i: int, width: float, kind: str, under: str) -> None:
        """BLK009: the piece's last n lines, a title or heading at the column's measure, as
        a heading of their own over the text whose first line is line i (width `width`)."""
        nonlocal piece
        title = piece[-n:]
        piece = piece[:-n]
        close()
        pieces.append(title)
        headings.add(len(pieces) - 1)  # (its lines fill no paragraph's measure)
        why[len(pieces) - 1] = {"rule": "BLK009", "measure": column, "width": widths[i - n],
                                kind: True, "above": line_text(i - n - 1)[-4:]}
        why[len(pieces)] = {"rule": "BLK009", "measure": column, "width": width,
                            under: line_text(i - 1)[-4:]}

    def names_line(text: str) -> bool:
        """A line of names: a byline, a reporter's title alone, bare names (spaced,
        foreign, or as CLS014 knows them)."""
        return (any(_byline(r, text) for r in bylines) or names_alone(text, bylines)
                or _SPACED_NAME.fullmatch(text) is not None
                or FOREIGN_NAME.fullmatch(text) is not None
                or any(t.fullmatch(text) for t in reporters_alone))

    def full_with_mark(k: int, text: str, width: float, full: bool) -> bool:
        """Whether line k, opening with a closing mark, fills the measure (the loop's
        `column`, less its `slack`): with the mark it holds, which took the room of a
        character."""
        # (No paragraph opens with a closing mark: the line is a middle one, …现金7619 /
        # 亿元。)
        return (full or beside[k]
                or width + display_width(_pushed(text)) + mid_fuzz[k] >= column - slack)

    def interrupt(k: int) -> None:
        """A footer or caption at line k cuts the paragraph being read: close it, noting
        whether its last line was full, and full mid-sentence (it goes on after)."""
        nonlocal piece, interrupted, cut_full, cut_open, cut_mark, last_cut, cut_text
        cut_full = bool(piece) and filled[k - 1]
        cut_text = line_text(k - 1) if piece else ""
        cut_open = cut_full and not _TERMINAL_END.search(line_text(k - 1))
        # (A line that ends on an opening mark goes on, full or not: …打趣老胡：“.)
        cut_mark = line_text(k - 1)[-1:] if piece and line_text(k - 1)[-1:] in OPENERS else ""
        if cut_full:
            cut.add(len(pieces))
            last_cut = len(pieces)
        interrupted = _flush(pieces, piece) or interrupted
        piece = []

    for i, (line, width) in enumerate(zip(run, widths)):
        text = source[line.start:line.end]
        if caption_tail == i:
            # (the caption's credit line, taken with the line above by CAP002: no other
            # reading may take it too, or two blocks would hold it, 图为…。（资料图片）)
            continue
        column = measure.at(offset + i)
        slack = slack_at(column)
        full = width + (mid_fuzz if piece else fuzz)[i] >= column - slack
        if (piece and caption is None and piece[-1] is run[i - 1]
                and (marker := _onward_at_end(line_text(i - 1), inline_jumps, onward))):
            # BLK005: a line that ends in a marker saying the text goes on on another page,
            # after words of its own (…更好。” / 当（下转第11版）), ends its box there: the
            # line under it (城市更新进行时) is another box's, not the paragraph's.
            close("BLK005", onward_marker=marker, width=widths[i - 1], measure=column)
        if (piece and caption is None and piece[-1] is run[i - 1]
                and len(text.strip()) <= 2 and not credited(line_text(i - 1))
                and credited(line_text(i - 1) + text.strip())):
            # BLK005: a photo's credit the line's end broke (…戏水消暑。视觉中国供 / 图): the
            # line under is the credit's end and the caption's, no line of its own; the
            # caption ends there.
            piece.append(line)
            filled[i] = True
            close()
            why[len(pieces)] = {"rule": "BLK005", "credit_broken": line_text(i - 1)[-2:] + text}
            continue
        if (piece and caption is None and piece[-1] is run[i - 1]
                and any(t.fullmatch(text.strip()) for t in column_titles)):
            name = text.strip()
            # BLK005: a photo-news column's title alone on its line under a paragraph's
            # line (…预计覆盖学生 / 图片报道 / 10月19日，…, the paragraph cut there) is no
            # paragraph's last line: it is a title of its own (CLS016 opens its article).
            close("BLK005", column_title=name, above=line_text(i - 1)[-4:])
            pieces.append([line])
            headings.add(len(pieces) - 1)
            why[len(pieces)] = {"rule": "BLK005", "under_column_title": name}
            continue
        if (not piece and caption is None and pieces and len(pieces) - 1 not in captions
                and len(pieces[-1]) >= 2 and pieces[-1][-1] is run[i - 1]
                and pieces[-1][-2] is run[i - 2]
                and any(t.fullmatch(text.strip()) for t in column_titles)
                and _kicker_over(line_text(i - 1), filled[i - 1], filled[i - 2], rules)
                # (nor a photo's credit its line's end broke: …观赏落日。视觉 / 中国供图)
                and not credited(line_text(i - 2) + line_text(i - 1).strip())
                and not any(c.match(line_text(i - 1)) for c in credit_lines)):
            # BLK005: nor is the short line over that title, under a full paragraph line,
            # where it ends no sentence and holds no clause mark (…120余家博物馆推出夜间 /
            # 科技创新在一线 / 图片报道): a paragraph's short last line ends its sentence, so
            # this one is the title's kicker and the paragraph was cut above it.
            kicker = pieces[-1].pop()
            pieces.append([kicker])
            headings.add(len(pieces) - 1)
            why[len(pieces) - 1] = {"rule": "BLK005", "kicker_over_column_title": text.strip(),
                                    "above": line_text(i - 2)[-4:]}
            pieces.append([line])
            headings.add(len(pieces) - 1)
            why[len(pieces) - 1] = {"rule": "BLK005", "column_title": text.strip(),
                                    "under_kicker": line_text(i - 1)}
            why[len(pieces)] = {"rule": "BLK005", "under_column_title": text.strip()}
            continue
        if (not piece and caption is None and pieces and len(pieces) - 1 in captions
                and not credited(source[pieces[-1][-1].start:pieces[-1][-1].end])
                and any(c.match(text) for c in credit_lines)):
            # CAP004: the credit set on a line of its own under its caption (图为…测 / 量血压。
            # / 新华社记者  毛  强摄) is the caption's, not the paragraph's.
            pieces.append([line])
            captions.add(len(pieces) - 1)
            continue
        if (caption is None and len(piece) >= 2 and i + 1 < len(run)
                and any(c.match(text) for c in credit_lines)
                and piece[-1] is run[i - 1] and piece[-2] is run[i - 2]
                and _TERMINAL_END.search(line_text(i - 1))
                and widths[i - 1] >= column + rules.param("BLK005", "caption_over_measure")
                and filled[i - 2] and not _TERMINAL_END.search(line_text(i - 2))):
            # A caption without a start word, one sentence on a line wider than the column
            # (set across its photo), its credit alone under it, that the extractor ran on
            # from the paragraph it cut mid-sentence (…才知道 / 市民在海滨公园观赏落日。 /
            # 视觉中国供图 / 这里有…): the caption is that line; the paragraph goes on after.
            rest = piece[-1:]
            piece = piece[:-1]
            interrupt(i - 1)
            pieces.append(rest + [line])
            captions.add(len(pieces) - 1)
            why[len(pieces) - 1] = {"rule": "BLK005", "caption_inside": True,
                                    "wider_than_measure": widths[i - 1], "measure": column}
            continue
        if (caption is None and len(piece) >= 2 and i + 1 < len(run) and credited(text)
                and (at := _caption_inside(piece, line_text(i + 1), source, rules))):
            # A caption without a start word, ended by its credit, that the extractor ran
            # on from the paragraph it cut (…不少市民选 / 江滩公园里，…戏水消 / 暑。视觉中国供图
            # / 择在夜间…): it starts where the paragraph's words go on past it (选择).
            rest = piece[at:]
            piece = piece[:at]
            interrupt(line_no[rest[0].start])
            pieces.append(rest + [line])
            captions.add(len(pieces) - 1)
            why[len(pieces) - 1] = {"rule": "BLK005", "caption_inside": True,
                                    "word_past_it": line_text(line_no[rest[0].start] - 1)[-1:]
                                    + line_text(i + 1)[:1]}
            continue
        if (caption is None and piece and piece[-1] is run[i - 1] and i + 1 < len(run)
                and credited(text) and _CREDIT_OPENS.search(text)
                and not pair_in_page(text, line_text(i + 1), source, rules)
                and not _dateline_opener(line_text(i + 1), datelines)
                and (not any(r.search(line_text(i + 1)) for r in caption_starts)
                     # (another photo's caption under it, where a dateline's first line
                     # left its bracket open over this one: the text goes on under both)
                     or _open_dateline_over(piece, source, datelines))
                # (the line under it goes on at the measure or ends the sentence: no first
                # line of another paragraph, no title)
                and (widths[i + 1] + fuzz[i + 1] >= column - slack
                     or _TERMINAL_END.search(line_text(i + 1)))):
            # A caption without a start word, ended by its credit, set amid a paragraph's
            # lines where no word of the paragraph spans its edges (the existing check
            # above found none): the paragraph stops mid-sentence right above it and goes
            # on right under it. Either the line above is full and open (…都会来，“吹 /
            # 市民在海滨公园观赏落日。视觉中国供图 / 着海风听音乐…): the credit's line is the
            # caption; or the paragraph above stopped at a short open line and the caption's
            # lines since are few (…我市 / 持续晴热高温，最高 / 江滩公园里，孩子们在喷泉旁 /
            # 戏水消暑。视觉中国供图 / 气温一度达到…): those lines are the caption.
            k = line_no[piece[0].start]
            if (len(piece) <= rules.param("BLK005", "caption_inside_lines") - 1 and k
                    and widths[i + 1] <= column + over / 2
                    and pieces and pieces[-1][-1] is run[k - 1] and len(pieces[-1]) > 1
                    and len(pieces) - 1 not in captions and not filled[k - 1]
                    and not _TERMINAL_END.search(line_text(k - 1))):
                pieces.append(piece + [line])
                captions.add(len(pieces) - 1)
                why[len(pieces) - 1] = {"rule": "BLK005", "caption_inside": True,
                                        "short_above": line_text(k - 1)[-4:]}
                piece = []
                interrupted, cut_full, cut_open, cut_mark = True, False, False, ""
                # (the short line went on under the caption: the next line resumes it)
                filled[k - 1] = True
                assumed_full[run[k - 1]] = k - 1
                continued.add(len(pieces))
                continue
            # (Lines above the credit's wider than the column by a character, a Han one
            # last, no mark hung past the measure, are the caption's too: it is set
            # across its photo, a little wider than the column: 持 续 晴 热 高 温 ， 最 高 /
            # 江滩公园里，孩子们在喷泉旁 / 戏水消暑。视觉中国供图, pdftotext.)
            top = i
            while (top - 1 > k and widths[top - 1] >= column + rules.param(
                    "BLK005", "caption_over_measure")
                   and _HAN.match(line_text(top - 1)[-1:])):
                top -= 1
            # (One line above it is enough where it opens a dateline, a paragraph's first
            # line by its words: 本报讯（记者 孙 / 江滩公园里，…喷泉 / 旁戏水消暑。视觉中国
            # 供图 / 婷 通讯员…)
            if ((top - k >= 2 or top - k == 1 and _dateline_opener(line_text(k), datelines))
                    and piece == run[k:i]
                    # (or a dateline's line cut short inside its bracket at a name's space,
                    # 本报讯（记者 孙 婷 / 江滩公园里，… / …视觉中国供图 / 通讯员 高 原）…)
                    and (filled[top - 1] or top - k == 1 and leaves_open(line_text(k)))
                    and not _TERMINAL_END.search(line_text(top - 1))
                    # (a caption whole on its lines, across the column, over a line of the
                    # column: not a caption's last words, 压。 谭桂超摄, nor a line of
                    # two columns glued, as PyMuPDF sort=True sets them)
                    and widths[top] >= column - dropped - band
                    and widths[i + 1] <= column + over / 2):
                held = piece[top - k:]
                piece = piece[:top - k]
                interrupt(top)
                pieces.append(held + [line])
                captions.add(len(pieces) - 1)
                why[len(pieces) - 1] = {"rule": "BLK005", "caption_inside": True,
                                        "full_above": line_text(top - 1)[-4:]}
                continue
        if (caption is not None and rules.on("BLK010") and _TERMINAL_END.search(line_text(i - 1))
                and _dateline_apart(text, datelines)):
            # BLK010: a caption that ended its sentence does not go on into a dateline
            # under it (图为学生在实验室进行科学实验。 / 本报北京5月13日电 （记者…): the
            # dateline opens an article's text, as OCR set it without a gap.
            pieces.append(caption)
            captions.add(len(pieces) - 1)
            caption = None
            why[len(pieces)] = {"rule": "BLK010", "dateline": _dateline_opener(text, datelines),
                                "under_caption": True}
        if (caption is not None and _TERMINAL_END.search(line_text(i - 1))
                and any(r.search(text) for r in caption_starts)):
            # A caption that ended its sentence, then another's start (图①：…特展。 /
            # 图②：…): two photos' captions, one under the other.
            pieces.append(caption)
            captions.add(len(pieces) - 1)
            caption = [line]
            why[len(pieces)] = {"rule": "BLK005", "caption_after_caption": text[:3]}
            if not full or any(r.search(text) for r in caption_ends):
                pieces.append(caption)
                captions.add(len(pieces) - 1)
                caption = None
            continue
        if (caption is not None and _TERMINAL_END.search(line_text(i - 1))
                and not _TERMINAL_END.search(text)
                and not any(c.match(text) for c in credit_lines)
                and not any(r.search(text) for r in caption_ends)):
            # A caption that ended its sentence at its line's end, with no credit under it,
            # ends there when the line under it is a paragraph's: the paragraph's line going
            # on, as full as the column and no wider, where the column's paragraph stopped
            # mid-sentence at a full line (…搬过3次 / 图①：1955年…出版 / 的《江城晚报》创刊号。 /
            # 家，从铅与火…, BLK005); or a first line, short by the dropped indent (图①：…
            # 《江城晚报》创刊号。 / 1955年7月8日傍晚，第一期《江城晚报》 / 从印刷厂运出…, BLK009).
            if cut_open and full and width <= column + over / 2:
                ended = {"rule": "BLK005", "cut_open_above": cut_text[-4:]}
            elif (dropped and not beside[i]
                  and column - dropped - band <= width + fuzz[i] < column - full_from):
                ended = {"rule": "BLK009", "measure": column, "width": width}
            elif _title_over_head(run, i, line_text, datelines, rules):
                # (or a title's lines, over its subtitle or dateline: 上图：…活动现场。 /
                # 成都大熊猫基地今年已诞 / 生幼仔11只 / ——写在活动启动之际 / 中新社…)
                ended = {"rule": "BLK010", "title_under_caption": True}
            else:
                ended = None
            if ended:
                pieces.append(caption)
                captions.add(len(pieces) - 1)
                caption = None
                why[len(pieces)] = {**ended, "caption_ended": line_text(i - 1)[-4:]}
        if (caption is not None and not interleaved and _TERMINAL_END.search(line_text(i - 1))
                and not full and not _CLAUSE_MARK.search(text.rstrip("？?！!"))
                and not any(r.search(text) for r in caption_ends)):
            # BLK005: a caption that ended its sentence, not ended above as a paragraph's
            # line or a first line, then a short line with no clause mark, ending none or
            # asking (上图：…下乡活动现场。 / 充电设施跟上了吗？; … / 一线调研): a heading
            # or a title's line, no more of the caption, which ends there. (Not where
            # columns read line by line were put back, BLK009's not_after: the line under
            # a caption there may be any column's.)
            pieces.append(caption)
            captions.add(len(pieces) - 1)
            caption = None
            why[len(pieces)] = {"rule": "BLK005", "caption_ended": line_text(i - 1)[-4:],
                                "heading_under_caption": True}
        if caption is not None and any(r.search(text) for r in jumps):
            # A jump marker under a caption (…创刊号。 / （上接第10版）) is no line of the
            # caption's: the caption ended, and the marker heads what is under it.
            pieces.append(caption)
            captions.add(len(pieces) - 1)
            caption = None
        if caption is not None:
            caption.append(line)
            if not full or any(r.search(text) for r in caption_ends):
                pieces.append(caption)
                captions.add(len(pieces) - 1)
                caption = None
            continue
        if fragment[i] and (piece or (pieces and len(pieces[-1]) > 1) or interrupted):
            # A sub- or superscript (M2, 注①) the extractor set on a line of its own: it
            # and the lines beside it are one printed line.
            if not piece and not interrupted:
                piece = pieces.pop()
            elif not piece:
                continued.add(len(pieces))
            interrupted = False
            piece.append(line)
            filled[i] = True
            continue
        if (spread[i] and not interrupted and (
                i and spread_taken == i - 1
                # (a text box's first line, PyMuPDF's "blocks": the caption says it)
                or not i and spread[i] == "over_caption"
                or i and not spread[i - 1] and not _TERMINAL_END.search(line_text(i - 1))
                and (piece[-1:] == [run[i - 1]] if piece else (
                    pieces and pieces[-1][-1] is run[i - 1] and len(pieces[-1]) > 1
                    and len(pieces) - 1 not in captions)))):
            # A paragraph's line justified across the column with a few characters, the
            # gaps between them so wide that the extractor wrote each character as a line
            # of its own (PyMuPDF: …涵盖新书 / 发 / 布 / 、 / 版 / 权 / 签 / 图为…): one
            # printed line, and a justified one, so the paragraph goes on through it, and
            # the line above it (…补补技术 / 课 / 。 / ” / 他, short only by the characters
            # that could not open the next line) was no paragraph's last either.
            if not piece and i:
                piece = pieces.pop()
            if i and not spread[i - 1]:
                filled[i - 1] = True
            piece.append(line)
            filled[i] = True
            spread_taken = i
            continue
        if is_furniture[i]:
            # A page header or footer the extractor put between two lines of a paragraph.
            interrupt(i)
            pieces.append([line])
            continue
        if any(r.search(text) for r in jumps):
            if piece and marker_across(line_text(i - 1), text, inline_jumps) is not None:
                # The marker's tail, the line break having cut it from its head (…市教育
                # 局、（下 / 转第六版）): the paragraph's line goes on into it, and the text
                # goes on elsewhere (JMP002 lifts the marker whole).
                piece.append(line)
                close()
                continue
            # A jump marker on a line of its own (…隔膜材 / （下转第15版）): the text
            # goes on elsewhere, not on the next line; the marker is a line of its own.
            close()
            pieces.append([line])
            why[len(pieces) - 1] = {"rule": "BLK005", "jump_marker": True}
            continue
        if (interrupted and not piece and cut_full and rules.on("BLK010")
                and (opener := _dateline_opener(text, datelines))):
            # BLK010: no paragraph goes on into a dateline: the full line the caption
            # or footer followed ended there (a title as wide as the column).
            cut.discard(last_cut)
            cut_full = cut_open = False
            if (0 <= last_cut < len(pieces) and pieces[last_cut]
                    and pieces[last_cut][-1] in assumed_full):
                # (taken to go on under the photo; it did not)
                filled[assumed_full[pieces[last_cut][-1]]] = False
            why[len(pieces)] = {"rule": "BLK010", "dateline": opener, "not_continued": True}
        # A line after a footer or caption that cut a full line mid-sentence goes on
        # with that paragraph: it is no first line.
        resumes = interrupted and not piece and cut_open
        if (resumes and dropped and i + 1 < len(run) and not beside[i]
                and column - dropped - band <= width + fuzz[i] < column - full_from
                and column - slack <= widths[i + 1] + fuzz[i + 1] <= column + over / 2
                and (not _TERMINAL_END.search(text)
                     or not _HALF.search(text) and abs(width - (column - dropped)) <= 0.5)
                # (no paragraph opens on a mark pushed down from the line the footer cut:
                # …扎实做好校园安全、食品安全 / 南方日报… / 、传染病防控等工作，…返校。)
                and text[:1] not in opening_clause
                and not _pushed_word(source, run, i, column - width, half_fuzz)):
            # BLK009: a line short by the dropped indent that ends no sentence, a full
            # line under it, after a footer that cut a paragraph mid-sentence: no line of a
            # paragraph's middle is short, so it is a first line (…赋彩人民美 / 第 2 页 /
            # 加装电梯并不容易。低层住户担心采光和 / 噪声，…), and the paragraph the footer
            # cut goes on elsewhere.
            resumes = False
            why[len(pieces)] = {"rule": "BLK009", "measure": column, "width": width,
                                "cut_above": cut_text[-4:]}
            if (not interleaved and 0 <= last_cut < len(pieces) - 1 and pieces[last_cut]
                    # (a first line that goes on: one that ends its sentence may be the cut
                    # paragraph's last, …机 / 遇”（记者 钟俊） / 图为… / 今年是…收官之年。)
                    and not _TERMINAL_END.search(text)
                    # (nor a dateline's head the caption cut from its 电, 本报曼谷10月19日 /
                    # 图为… / 记者孙广勇说，…: no title)
                    and not _dateline_opener(cut_text, datelines)
                    and (k := _short_over_caption(pieces, last_cut, captions, continued, line_no, widths,
                                                  fuzz, beside, source, run, half_fuzz,
                                                  lambda k: measure.at(offset + k), rules))
                    is not None):
                # A line short of a full one, taken to go on under the photo's caption
                # under it, over a first line there: it went on nowhere. It ended its
                # block, a title over the photo (全国秋粮收获近七成 / 图为…摄 / 农业农村部最
                # 新农情调 / 度显示，…), as BLK010 finds for a dateline under the caption.
                # (Not where columns read line by line were put back, BLK009's not_after:
                # the line under a caption there may be any column's; pdfminer.six d5401
                # gen-5408 lost a paragraph's join.)
                cut.discard(last_cut)
                filled[k] = False
                why[len(pieces)]["short_over_caption"] = cut_text[-4:]
        if interrupted and not piece:
            if indented_page and _INDENT.match(source, line.raw) is None:
                # Paragraphs here start indented: an unindented line after the
                # interruption goes on with the paragraph it cut, even after a full stop.
                continued.add(len(pieces))
            elif dropped and cut_full and full:
                # A full line after a full one: the paragraph goes on across the footer
                # (a first line would be short by the dropped indent).
                continued.add(len(pieces))
            elif (dropped and cut_full and _CLOSED_QUOTE.search(cut_text)
                  and any(p.search(text) for p in attribution)):
                # A quotation closed at a full line, the photo that cut the column under
                # it, then its speaker (…得先补补技术课。” / 图①：… / 他说。): the
                # attribution goes on with the quotation (BLK009's `attribution`).
                continued.add(len(pieces))
                why[len(pieces)] = {"rule": "BLK005", "attribution_after_cut": text}
            elif dropped and cut_mark:
                # Any line after one left open on a mark goes on with it (…打趣老胡：“ /
                # ▲7日晚… / 明年夏天，咱俩还挨着摆？”): no title, however it ends.
                continued.add(len(pieces))
                why[len(pieces)] = {"rule": "BLK005", "after_open_mark": cut_mark}
            elif (resumes and dropped and not full and _TERMINAL_END.search(text)
                  and not any(r.search(text) for r in caption_starts)
                  and (word := page_word(cut_text, text, source, rules) or (
                      {"short_below": line_text(i + 1)[:4]} if i + 1 < len(run)
                      and widths[i + 1] + fuzz[i + 1] < column - slack else {}))):
                # A short line that ends a sentence, under the caption or footer that cut a
                # paragraph mid-sentence, whose first characters make a word with the cut
                # line's last (提起美术课，你会想到什 / 图为…摄 / 么？): the paragraph's
                # last line, no title that asks. Where the cut fell between words (…你会
                # 想到 / 图为…摄 / 什么？), so it is when the line under it opens something
                # new, short of the measure: a paragraph's first line, or a title (a kicker
                # never ends a sentence). A full line under it goes on with a paragraph: the
                # cut one, read past a heading the extractor set amid it (…数字普惠金融产 /
                # 图为…摄 / 企业信贷需求满足了吗？ / 品优势，…). (Not a line BLK009 took for
                # a first line above: `resumes` is then off.)
                continued.add(len(pieces))
                why[len(pieces)] = {"rule": "BLK005", "tail_after_cut": cut_text[-4:],
                                    **word}
        interrupted = False
        if (piece and not full and any(r.search(text) for r in caption_ends)
                and _CREDIT_OPENS.search(source[piece[-1].start:piece[-1].end])
                and not any(r.search(text) for r in caption_starts)):
            # A caption's credit wrapped onto a short line of its own (…街頭。記者 /
            # 林俊良／攝影): the line above is the caption, not the paragraph's. (Not a
            # caption whole on its line, 图为…。（资料图片）: it opens there.)
            pieces.append(piece[:-1])
            pieces.append([piece[-1], line])
            piece = []
            continue
        if any(r.search(text) for r in caption_starts):
            # A photo caption printed across the column; the paragraph around it resumes
            # after it and JOIN002 puts it back together.
            if (piece and piece[-1] is run[i - 1] and rules.on("BLK010")
                    and _dateline_past_blank(run[i + 1:] + under, source, datelines,
                                             rules.param("BLK010", "caption_lines"))):
                # BLK010 past a photo: the title over a photo whose caption the dateline
                # follows (…随时借还图书。 / 暑期防溺水 这些地方别去 / 图为…（资料图片） /
                # 本报讯…) is the next article's, as if the dateline stood under it; so past
                # the blank rows under the caption too (pdftotext -layout keeps a page's
                # blank rows: …图为游客在古镇街头拍照留念。 / (blank) / 本报讯…).
                keep, evidence = _title_above_dateline(source, piece, run, i, filled, rules)
                if (not keep and len(piece) <= rules.param("BLK010", "max_title_lines")
                        and (piece[0] is run[0] or (pieces and _TERMINAL_END.search(
                            source[pieces[-1][-1].start:pieces[-1][-1].end])))
                        and not any(_SENTENCE_MARK.search(source[ln.start:ln.end])
                                    for ln in piece)):
                    # Lines whole in a piece of their own, first in the run (set apart by
                    # blank rows above: 首届县域商业发展大会在义乌举办 / 图为快递员分拣包裹。 /
                    # 蔡晨晓摄 / (blank) / 本报讯…) or under a sentence's end: the title, no
                    # paragraph's lines the photo cut.
                    pieces.append(piece)
                    piece = []
                    why[len(pieces) - 1] = {"rule": "BLK010", "title_above_dateline": True,
                                            "past_caption": text[:4], "set_apart": True}
                elif keep:
                    pieces.append(piece[:keep])
                    if "cut_above" in evidence:
                        cut.add(len(pieces) - 1)
                    pieces.append(piece[keep:])
                    piece = []
                    why[len(pieces) - 1] = {"rule": "BLK010", "title_above_dateline": True,
                                            "past_caption": text[:4], **evidence}
            interrupt(i)
            caption = [line]
            wide = max(column, measure.page)
            if (not full or any(r.search(text) for r in caption_ends)
                    or ((width > wide + min(over, over_share * wide) or cut_open)
                        and _TERMINAL_END.search(text)
                        and not (i + 1 < len(run)
                                 and any(c.match(line_text(i + 1)) for c in credit_lines)))):
                # (A caption set wider than the column, under a photo across it, that ends
                # its sentence at the line's end is whole but for its credit: the column's
                # text goes on. So is one that ends its sentence under a paragraph it cut
                # mid-sentence at a full line (…最喜欢的博物馆 / 图①：观众在…特展。 / 服务
                # 依次是…): the paragraph goes on under it.)
                pieces.append(caption)
                captions.add(len(pieces) - 1)
                caption = None
            continue
        if (piece and piece[-1] is run[i - 1] and credited(line_text(i - 1))
                and _CREDIT_OPENS.search(line_text(i - 1))
                and len(piece) <= rules.param("BLK005", "caption_alone_lines")):
            # A caption with no start word whole on lines of its own, ended by its credit
            # after a finished sentence (…持续到9月底。 / 市民在海滨公园观赏落日。视觉中国供图 /
            # 据悉，…; …纳凉、消费。 / 江滩公园里，孩子们在喷泉 / 旁戏水消暑。视觉中国供图 /
            # 引领未来，…), where the extractor set it between two paragraphs: it ends
            # there, and the line under it is no line of it. (Over more than one line, its
            # first line ran on into the credit's line; the line above may be another
            # caption's credit, …夜市 / 选购小吃。  记者 孙  婷 摄 / 江滩公园里，…喷泉旁 /
            # 戏水消暑。视觉中国供图, seed 14202, even one that cut a paragraph at a full line,
            # so that its first line looked to go on with it: …商圈却人头 / ▲…摄 / 江滩公园
            # 里，… / …视觉中国供图 / 攒动，…, seed 15801.)
            if (len(piece) == 2 and not _MARK_INSIDE.search(line_text(i - 2))
                    and not pair_in_page(line_text(i - 2), line_text(i - 1), source, rules)):
                # BLK005: a line with no mark in it over the credit's line, no word across
                # the break (海滨公园“落日音乐会”每周六开唱 / 市民在海滨公园观赏落日。视觉中国
                # 供图 / 本报讯…): a title over its photo, a line of its own; the caption is
                # the credit's line alone. (A caption's first line is a clause of its
                # sentence, 江滩公园里，孩子们在喷泉 / 旁戏水消暑。…, or breaks inside a word.)
                title = piece[:1]
                piece = piece[1:]
                pieces.append(title)
                headings.add(len(pieces) - 1)
                why[len(pieces) - 1] = {"rule": "BLK005", "line_of_its_own": True,
                                        "over_credited_caption": line_text(i - 1)[-4:]}
            close()
            captions.add(len(pieces) - 1)
            why[len(pieces) - 1] = {"rule": "BLK005", "caption_credited": line_text(i - 1)[-4:],
                                    "lines": len(pieces[-1])}
        inside = bool(i) and leaves_open(line_text(i - 1))  # within a bracket left open above
        wide = max(column, measure.page)
        if (not piece and pieces and len(pieces[-1]) == 1 and pieces[-1][-1] is run[i - 1]
                and why.get(len(pieces) - 1, {}).get("byline")
                and ((gap := _TRAILING_GAP.match(source, run[i - 1].end))
                     and WRAPPED_NAME.match(text)
                     or _CUT_NAME.search(above := line_text(i - 1))
                     and above[-1] in surnames and _NAME_REST.match(text))
                and any(_byline(r, f"{line_text(i - 1)}  {text}") for r in bylines)):
            # A byline wrapped inside a spaced name, the names' gap printed at the line's
            # end (…记者  王␣␣ / 林  实习生  刘思远): the line goes on with the byline above,
            # which it completes, and the gap stays between the name's characters. Where the
            # extractor sets each gap as one space and drops the one at the line's end
            # (pdftotext: …记者 王 / 林 实习生 刘思远), a surname alone after the gap, which
            # is no name, says its name's rest opens the line under it (CLS003 surnames).
            # (Which cue decided goes with the byline and with the edit joining its lines:
            # the gap at the line's end, or a surname alone after a one-space gap.)
            cue = "trailing_gap" if gap and WRAPPED_NAME.match(text) else "lone_surname"
            if gap:
                pieces[-1][-1] = run[i - 1]._replace(end=gap.end())
            pieces[-1].append(line)
            named = {"rule": "BLK005", "cue": cue,
                     "name": line_text(i - 1).split()[-1] + text.split()[0]}
            why[len(pieces) - 1] = dict(why[len(pieces) - 1], name_wrapped=text[:2], cue=cue)
            line_ends[pieces[-1][-2].end] = {"name_wrapped": named}
            continue
        if wrapped_title == i and pieces and pieces[-1] == [run[i - 1]]:
            # (the byline's second line or the tag's line, its title's end: see below)
            pieces[-1].append(line)
            continue
        if (sure_widths and not inside and wide < width <= 2 * wide and i + 1 < len(run)
                and not beside[i] and not _TERMINAL_END.search(text)
                and not any(r.search(text) for r in caption_ends)
                and any(r.search(line_text(i + 1)) for r in caption_ends)
                and _TERMINAL_END.search(line_text(i + 1)) is None
                and _SENTENCE_MARK.search(line_text(i + 1))
                and widths[i + 1] + fuzz[i + 1] < column - slack
                # (nor a caption's start under it, 图为…。（资料图片）: a caption of its own,
                # which the wide line does not open)
                and not any(r.search(line_text(i + 1)) for r in caption_starts)
                # (no caption's start in it, at its head or inside it: a paragraph's line
                # that a caption ran into, …选择在夜间▲7日晚，…选购 / 小吃。 记者 孙 婷 摄;
                # asked last, on every tail of the line, where the line under is a credit;
                # a line over twice the page's measure is no caption's printed line, and its
                # tails are not searched)
                and not any(r.search(text[k:]) for k in range(len(text))
                            for r in caption_starts)):
            # CAP002: a line wider than every column's measure, ending no sentence, over a
            # short line that ends the sentence and then a photo's credit (江滩公园里，孩子
            # 们在喷泉旁戏水消 / 暑。视觉中国供图): a caption set in its own smaller type
            # across the photo, with no start word, wrapped onto its credit's line; no
            # heading of the column's text.
            close()
            pieces.append([line, run[i + 1]])
            captions.add(len(pieces) - 1)
            why[len(pieces) - 1] = {"rule": "CAP002", "measure": column, "width": width,
                                    "caption_over_credit": line_text(i + 1)[-4:]}
            caption_tail = i + 1
            continue
        if (not inside and i + 1 < len(run) and not _TERMINAL_END.search(text)
                and widths[i + 1] + fuzz[i + 1] < column - slack
                and not any(_byline(r, text) for r in bylines)
                and any(r.search(text) and _byline(r, text + line_text(i + 1))
                        for r in bylines)):
            # A byline wrapped inside the title of its second name (通讯员  张  萌  中青报·中
            # / 青网记者  李  强): neither line alone reads as names, the two do, and the
            # second falls short. Both are the byline, not a paragraph's lines.
            close()
            pieces.append([line])
            why[len(pieces) - 1] = {"rule": "BLK005", "byline": True, "line_of_its_own": True,
                                    "title_wrapped": line_text(i + 1)[:4]}
            wrapped_title = i + 1
            continue
        byline = None  # whether a byline rule takes the line, asked at most once
        # (A line of full-width characters only, whose width is sure, wider than every
        # column's measure, under a full line that ended a sentence and ending none itself:
        # 了令人惊喜的办学特色。 / 引领未来，中国做对了什么 / 任仲平. No line of the column
        # is wider than its measure, even with each of its marks squeezed to half a
        # character, as a line that justifies its punctuation may set them.)
        # (Not on a page set in OCR's blocks, `sure_widths` False: OCR reads a character
        # twice or a speck as one, 在中央人金融工作会议上, so no count is a sure width.)
        past = (sure_widths and width > wide and i > 0 and filled[i - 1] and not beside[i]
                and _TERMINAL_END.search(line_text(i - 1)) is not None
                and not _TERMINAL_END.search(text) and not _HALF.search(text)
                and (squeezed := width - len(_SQUEEZABLE.findall(text)) / 2) > wide)
        # (A line under a paragraph's last line, over a paragraph's first line and a full
        # one, that no first line could be: wider than one with every mark squeezed, or
        # short of one while what opens the next line would have fitted. No clause mark,
        # no sentence end: a section heading, 从“卖竹子”到“卖产品”.)
        between = (not past and between_paragraphs and not piece and not beside[i]
                   and not interrupted and caption is None and 0 < i < len(run) - 2
                   and pieces and pieces[-1][-1] is run[i - 1] and len(pieces[-1]) > 1
                   and len(pieces) - 1 not in captions and not filled[i - 1]
                   # (a last line, not one as wide as a first line that ended its
                   # sentence at the measure: “扫描只是第一步。” / 中心负责人沈慧芳告诉记)
                   and widths[i - 1] + fuzz[i - 1] < column - dropped - band
                   and _TERMINAL_END.search(line_text(i - 1)) is not None
                   and not _CLAUSE_MARK.search(text) and not _HALF.search(text)
                   and not _TERMINAL_END.search(text)
                   and column - dropped - band <= widths[i + 1] + fuzz[i + 1]
                   < column - full_from
                   and widths[i + 2] + fuzz[i + 2] >= column - slack
                   and (width - len(_SQUEEZABLE.findall(text)) / 2 > column - dropped
                        or width <= column - dropped - 1
                        and not _pushed_word(source, run, i, column - dropped - width,
                                             half_fuzz)))
        if width > wide + min(over, over_share * wide) or past or between or (
                not inside and (byline := any(_byline(r, text, cut_end=i + 1 == len(run))
                                              for r in bylines))):
            # A line much wider than the measure is set in other type (a title across the
            # box), and a byline stands alone: neither is a paragraph's line.
            close()
            pieces.append([line])
            if between:
                # BLK009: between two paragraphs, a line no first line could be is a
                # heading of its own.
                why[len(pieces) - 1] = {"rule": "BLK009", "measure": column, "width": width,
                                        "line_of_its_own": True, "between_paragraphs": True,
                                        "first_line_width": column - dropped}
                continue
            why[len(pieces) - 1] = {"rule": "BLK005", "measure": column, "width": width,
                                    "line_of_its_own": True, **({"byline": True} if byline else {}),
                                    **({"past_measure": True, "widest_measure": wide,
                                        "squeezed_width": squeezed} if past else {})}
            if (past and i + 1 < len(run) and not beside[i + 1]
                    and widths[i + 1] <= wide + over
                    and (tag := tag_at_end(line_text(i + 1), rules))
                    and not _CLAUSE_MARK.search(line_text(i + 1)[:-len(tag)])
                    and not _dateline_opener(line_text(i + 1), datelines)):
                # BLK005: a title wider than every column, wrapped onto a line that ends in
                # its column's tag (创新答卷彰显新型举国体制 / 优势（科技视点） / 习近平总书记
                # 强调，): the tag's line is the title's end, no line of the text under it.
                # (Not a paragraph's first line whose bracket closes at the line's end, a
                # clause before it: 据介绍，该项目（一期）.)
                why[len(pieces) - 1]["column_tag"] = tag
                wrapped_title = i + 1
            continue
        if (_OPENS_WITH_CLOSER.match(text)
                and (piece or (pieces and (len(pieces[-1]) > 1 or len(pieces) - 1 in captions)))
                and not (text[0] == "…" and i and _TERMINAL_END.search(line_text(i - 1)))):
            # (An ellipsis alone after a finished sentence stands for what was left out.)
            # A closing quote or mark pushed to the next line: the paragraph goes on; after
            # a photo's caption, the paragraph the caption cut (JOIN002 joins them).
            if (piece and text[0] in _QUOTE_CLOSERS and _TERMINAL_END.search(line_text(i - 1))
                    and not leaves_open("".join(source[ln.start:ln.end]
                                                for ln in piece[-quote_reach:]))):
                # A closing quote under a finished sentence that opened no quotation
                # (…确保学生安全健康返校。 / ”“卖文化”转变，…): no mark was pushed down
                # here; the line is the tail of a quotation cut elsewhere, printed out of
                # order (MOVE001 takes it to the paragraph that left it open).
                close()
                piece = [line]
                why[len(pieces)] = {"rule": "BLK005", "orphan_tail": text[:1],
                                    "above": line_text(i - 1)[-4:]}
                filled[i] = full_with_mark(i, text, width, full)
                if not filled[i]:
                    close()
                continue
            if piece and credited(line_text(i - 1)):
                # A caption without a start word, ended by its credit (…戏水消暑。视觉中国
                # 供图), that the extractor set amid the paragraph it cut.
                close()
                captions.add(len(pieces) - 1)
            elif not piece and pieces and len(pieces) - 1 not in captions and credited(
                    source[pieces[-1][-1].start:pieces[-1][-1].end]):
                captions.add(len(pieces) - 1)
            if not piece and (resumes or len(pieces) - 1 in captions):
                # (No caption goes on after its credit with a mark: the paragraph does.)
                continued.add(len(pieces))
            elif (not piece and text[:1] in opening_clause and not filled[i - 1]
                  and _TERMINAL_END.search(line_text(i - 1))):
                # A clause mark no sentence end is followed by (什么？ / ，大多只能…),
                # under a short line: no mark was pushed down here, so the line is the
                # tail of a paragraph cut elsewhere, printed out of order (MOVE001
                # takes it to the paragraph it ends).
                piece.append(line)
                why[len(pieces)] = {"rule": "BLK005", "orphan_tail": text[:1],
                                    "above": line_text(i - 1)[-4:]}
                filled[i] = full
                if not full:
                    close()
                continue
            elif not piece:
                piece = pieces.pop()
            piece.append(line)
            filled[i] = full_with_mark(i, text, width, full)
            if not filled[i] and text[-1:] not in open_clause:
                # (A short line that leaves its clause open, …虚高价格，, goes on.)
                close()
            continue
        # BLK010: a dateline opens an article's first paragraph, so the line above it (a
        # title, or the last line of the article before) ends a block. The lines above
        # are the paragraph being read, or the one a short line closed just before.
        host = piece or (pieces[-1] if pieces and len(pieces) - 1 not in captions else [])
        opener = (_dateline_opener(text, datelines)
                  if (host and host[-1] is run[i - 1] and rules.on("BLK010") and not inside
                      and not _OPEN_END.search(line_text(i - 1))) else "")
        if opener:
            keep, evidence = _title_above_dateline(source, host, run, i, filled, rules)
            if keep:
                # No paragraph ends without ending a sentence: the lines after the one that
                # did are a title as wide as the column (…战略支撑。 / 农村公路提质增效行动
                # 启动; …形式。 / 首批…项目名 / 单公布); after a paragraph cut mid-sentence
                # at a full line, a line with no clause that the break runs no word into
                # is the title (…高铁南站、城 / 成都大熊猫基地今年已诞生幼仔11只).
                if piece:
                    pieces.append(piece[:keep])
                    piece = piece[keep:]
                else:
                    pieces[-1:] = [host[:keep], host[keep:]]
                at = len(pieces) if piece else len(pieces) - 1
                if "cut_above" in evidence:
                    cut.add(at - 1)
                why[at] = {"rule": "BLK010", "title_above_dateline": True, **evidence}
            if piece:
                close("BLK010", dateline=opener)
        indented = _INDENT.match(source, line.raw) is not None
        if piece and indented:
            close("BLK005", indented=True)
        # (A colon that ends a paragraph's line announces the quotation under it, …摊主
        # 打趣老胡： / “明年夏天，咱俩还挨着摆？”: the speaker's words go on in the paragraph,
        # however short the line. A sub-head's colon, 车企怎么看：, closed its own piece.)
        announced = (quote_after_colon and bool(piece) and piece[-1] is run[i - 1]
                     and line_text(i - 1).endswith(announcing)
                     and text.startswith(quote_openers))
        if (dropped and piece and width < column - full_from
                and (width >= column - dropped - band
                     # (or shorter only by a number or word the next line opens with:
                     # 理塘县地处海拔 / 4,000米以上的高原…)
                     or _pushed_word(source, run, i, column - dropped - width, half_fuzz))
                and filled[i - 1] and not beside[i]
                and (_TERMINAL_END.search(line_text(i - 1))
                     # (or the paragraph above opened with a dash: an attribution or a
                     # signature, which ends with no mark, ——2014年11月10日，…欢迎宴会上
                     # 强调 / 前些年，…)
                     or (len(piece) > 1 and opens_with_dash(source[piece[0].start:piece[0].end])
                         and not pair_in_page(line_text(i - 1), text, source, rules)
                         and not listed_across(line_text(i - 1), text, rules)))
                and not (_TERMINAL_END.search(text) and i + 1 < len(run)
                         and column - dropped - band <= widths[i + 1] < column - full_from
                         and not leads_into_quotation(i))
                and not (i + 1 < len(run)
                         and (column - width - fuzz[i] < dropped
                              # (Short by the indent exactly, where the next line opens with
                              # a character and the marks no line may open with, 印象深 /
                              # 刻。”他说，…: at full width the three would not stay on the
                              # line, the character alone would, so all went down; squeezed,
                              # they take the indent's room, and the line above was full.)
                              or _CHAR_AND_MARKS.match(
                                  source, run[i + 1].start, run[i + 1].end) is not None
                              and not squeezes())
                         # (A number or Latin word opening the next line is weighed at its
                         # count alone, and only under a line of sure width, no digit or
                         # letter of its own: …吸引了全国 / 2,000多所高校…, where its least
                         # width leaves it no room.)
                         and not ((number_below := _HALF.match(source, run[i + 1].start)
                                   is not None) and fuzz[i])
                         and _pushed_word(source, run, i, column - width - fuzz[i],
                                          (0.0, 0.0) if number_below else half_fuzz,
                                          ended=_COLON_END.search(text) is not None)
                         and (widths[i + 1] + fuzz[i + 1] >= column - slack
                              or _TERMINAL_END.search(line_text(i + 1))))):
            # (A line that ends a sentence with another first-line-wide line below it is
            # this paragraph's last line, not a paragraph of one line, unless it ends in a
            # colon over a quotation, …凌晨时分。 / 卖凉粉的老李冲着隔壁老周喊： / “明年夏天，
            # 咱们还挨着摆吗？”: the colon announces the words under it, so it opens the
            # paragraph they go on in (`leads_into_quotation`); one short by less
            # than the indent only because what opens the next line could not stay on it,
            # …农产品“出 / 山”更加顺畅。, is full; above a title's short tail, 谱写…新篇章 /
            # （国际论坛）, it is a title's line.)
            # BLK009: the line above was full and ended a sentence, and this one is short
            # by the indent the extractor dropped: a new paragraph's first line; but for
            # a quotation the colon above announced, which the join logs (only here, where
            # the line would have opened a paragraph).
            if announced:
                line_ends[run[i - 1].end] = {"quote_after_colon": {
                    "rule": "BLK009", "colon": line_text(i - 1)[-4:], "quotation": text[:4]}}
            else:
                close("BLK009", measure=column, width=width, above=line_text(i - 1)[-4:],
                      **({"colon_over_quotation": text[-4:]} if leads_into_quotation(i) else {}))
                if leads_into_quotation(i):
                    line_ends[line.end] = {"quote_after_colon": {
                        "rule": "BLK009", "colon": text[-4:], "quotation": line_text(i + 1)[:4]}}
        if (dropped and len(piece) == 1 and width < column - full_from
                and not _pushed_word(source, run, i, column - width, half_fuzz)
                # (On a page set in OCR's blocks, `sure_widths` False, a line's width says
                # as little as in a narrow column: OCR drops a character at a line's end,
                # and a paragraph's middle line reads as short as a first line: …引入数十家 /
                # 行业领先企业，…涵盖 / 形机器人、…, the 人 dropped.)
                and ((column >= heading_measure and sure_widths) or (
                    # (Under a marker that the text above goes on on another page, a line
                    # over a paragraph's first line is a title however narrow the column.)
                    pieces and why.get(len(pieces) - 1, {}).get("jump_marker"))
                    # (Nor under a section heading, a line of its own after a paragraph
                    # that ended its sentence: a paragraph opening under it would start
                    # short by the indent, as this line does; the full line over it is a
                    # heading too: …以飨读者。 / 为何著书—— / 中国不是难解的谜团，而是鲜活
                    # 的拼图 / 在21世纪的…. Not a title's lines under its kicker, which go
                    # on in a bracket or quotation: 奋进新征程 / 久久为功，“APEC蓝” / 成为
                    # “北京蓝”（总书 / ….)
                    or (i >= 3 and len(pieces) >= 2 and pieces[-1] == [run[i - 2]]
                        and why.get(len(pieces) - 1, {}).get("line_of_its_own")
                        and not why[len(pieces) - 1].get("byline")
                        and pieces[-2][-1] is run[i - 3] and len(pieces[-2]) > 1
                        and _TERMINAL_END.search(line_text(i - 3))
                        and not leaves_open(line_text(i - 2))
                        and text[:1] not in "（(" and not leaves_open(text))
                    # (In a narrow column, a line with no clause mark in it is a heading's,
                    # unless what follows is a column's tag in brackets: a title's end.)
                    or (not _CLAUSE_MARK.search(line_text(i - 1)) and text[:1] not in "（(")
                    # (Nor where the full line opened a block under a paragraph that ended
                    # its sentence: a paragraph's first line there would be short by the
                    # indent, so the full one is a heading, clause mark or not: …这才是关键。”
                    # / 专家沉下去，小病不出乡 / 会宁县人民医院牵头 / 组建的医共体….)
                    or (i >= 2 and pieces and pieces[-1][-1] is run[i - 2]
                        and len(pieces[-1]) > 1 and len(pieces) - 1 not in captions
                        and _TERMINAL_END.search(line_text(i - 2))
                        # (its width sure: no half-width digits or letters in it, and
                        # filling the measure to the last character)
                        and not _HALF.search(line_text(i - 1)) and widths[i - 1] >= column
                        and text[:1] not in "（(" and not leaves_open(text)))
                and not leaves_open(line_text(i - 1))
                and width >= column - dropped - band
                # (a line that opens with a dateline is an article's first, no heading:
                # 本报讯（记者 林 楠）每逢 / 周六傍晚，…)
                and not _dateline_opener(line_text(i - 1), datelines)
                and filled[i - 1] and not beside[i] and not _TERMINAL_END.search(line_text(i - 1))
                and not _TERMINAL_END.search(text) and not _OPEN_END.search(line_text(i - 1))
                and not _number_goes_on(line_text(i - 1), text, units)
                and not pair_in_page(line_text(i - 1), text, source, rules)):
            # BLK009: a first line that ends no sentence, then another line short by the
            # indent that ends none either: the first was a heading of its own (unless
            # the break falls in a word the page uses, CLS017: …有利于推 / 动项目…).
            close("BLK009", measure=column, width=width, heading_above=line_text(i - 1)[-4:],
                  **({"narrow_column": heading_measure} if column < heading_measure else {}),
                  **({} if sure_widths else {"ocr_widths": True}))
            # (The heading fills no line: as wide as a first line, it was counted full.)
            headings.add(len(pieces) - 1)
        if (dropped and len(piece) == 1 and widths[i - 1] > column + over / 2
                and width >= column - dropped - band and not _TERMINAL_END.search(line_text(i - 1))
                and not leaves_open(line_text(i - 1)) and not _OPEN_END.search(line_text(i - 1))
                and not any(c.isspace() for c in line_text(i - 1).strip())):
            # BLK005: a line well past the measure that opened a block is no paragraph's
            # first line (that is short by the dropped indent) but a title set wider than
            # the column; under it a line as wide as a first line starts the text
            # (大学生“村播”带火大山里的土货 / 的直播间里，贺晓雨把刚 / …). (A short line
            # under it is the title's tail: 乡村学校的“小而 / 美”之路; a wide line with
            # spaces in it may be names, a byline wrapped: 光明日报记者 邓 晖 光明 / 日报….)
            close("BLK005", measure=column, width=widths[i - 1], wide_above=True)
        if (dropped and not piece and full and pieces and len(pieces) - 1 in captions
                and len(pieces) >= 2 and len(pieces) - 2 not in captions
                and len(pieces) - 1 not in continued and len(pieces) - 2 not in headings
                and widths[line_no[pieces[-2][-1].start]] >= column - dropped):
            # A full line after a photo's caption goes on with the paragraph above the
            # photo, though its last line ended a sentence a little short of the measure
            # (…没有一部电梯。 / ▲… / 小区60岁以上的老人…): a first line is short by the
            # dropped indent. (Under a paragraph that ended well short, it is another's.)
            continued.add(len(pieces))
            why[len(pieces)] = {"rule": "BLK005", "full_after_caption": True}
        if (piece and caption is None and len(piece) >= 2 and piece[-1] is run[i - 1]
                and widths[line_no[piece[0].start]] >= column + tag_title_over
                and (tag := tag_at_end(line_text(i - 1), rules))):
            # BLK005: a title set wider than the column, wrapped onto a line that ends in
            # its column's tag (“开放的中国…巨大机 / 遇”（国际人士看中国“十四五”成就）), ends
            # there: the line under it is the text's first (今年是“十四五”规划收官之).
            close("BLK005", measure=column, column_tag=tag)
        if (between_paragraphs and caption is None and len(piece) >= 2 and i >= 3
                and piece[-1] is run[i - 1] and piece[-2] is run[i - 2]
                and _title_over_text(source, run, i, widths, fuzz, column, slack, rules)
                and not beside[i] and not beside[i - 1] and not beside[i - 2]
                and (piece[-3] is run[i - 3] if len(piece) >= 3
                     else pieces and pieces[-1][-1] is run[i - 3])
                and not any(r.search(line_text(k)) for r in caption_starts for k in (i - 2, i))
                and not names_line(line_text(i - 2)) and not names_line(line_text(i - 1))
                and not _dateline_opener(line_text(i), datelines)
                and not _pushed_word(source, run, i, column - width, half_fuzz)):
            # BLK009: under a paragraph's last line, which ended a sentence short of the
            # measure, a full line can open no paragraph (a first line is short by the
            # dropped indent): with the line under it, neither ending a sentence, over a
            # line short by the indent exactly, it is a title wrapped at the column's measure
            # over its text's first line (…改造成了民宿。 / 南京浦口经济开发区：探 / 索集成电路
            # 国产化路径 / 集成电路是信息产业 / 发展的基础。…).
            set_apart(2, i, width, "title_over_first_line", "under_title")
        if (between_paragraphs and caption is None and len(piece) >= 2 and i >= 2
                and piece[-1] is run[i - 1] and piece[-2] is run[i - 2]
                and _heading_over_text(source, run, i, widths, fuzz, column, slack, rules)
                and not beside[i] and not beside[i - 1]
                and not _dateline_opener(text, datelines)
                and not _pushed_word(source, run, i, column - width, half_fuzz)
                and not pair_in_page(line_text(i - 1), text, source, rules)):
            # BLK009: a line that fills the measure under a paragraph's line that ended a
            # sentence, no mark in it, over a line short by the dropped indent that ends
            # none (a full line under it) is a section heading of one line at the column's
            # measure: a paragraph's line short by the indent ends a sentence or its
            # paragraph (…用水量却减少了40%。 / 节水技术破解“缺水难题” / 埃及国土面积的95%左
            # / 右是沙漠，…).
            set_apart(1, i, width, "heading_of_one_line", "under_heading")
        # A paragraph's first line, where the indent was dropped, is short by the indent.
        first = dropped and not piece and not resumes
        expected = column - dropped if first else column
        # A dateline's first line (set in bold, it holds fewer characters) goes on.
        opens_dateline = (not _TERMINAL_END.search(text)
                          and (_DATE.search(text) is not None or leaves_open(text))
                          and any(p.fullmatch(text, partial=True) or p.match(text)
                                  for p in datelines))
        short = (width + (fuzz if first else mid_fuzz)[i] < expected - (band if first else slack)
                 and not beside[i]
                 and not opens_dateline and not _pushed_word(source, run, i, expected - width,
                                                                  half_fuzz))
        if (short and not first and piece and piece[-1] is run[i - 1] and filled[i - 1]
                and (above := measure.at(offset + i - 1)) < column
                and width + fuzz[i] >= above - slack_at(above)):
            # The measure around this line took in another box's wider column nearby,
            # while the paragraph's line above filled its own: judged by the measure it
            # was set to, this line is full too (…也让 / 农产品“出山”…).
            short = False
        if (short and dropped and i + 1 < len(run) and _TERMINAL_END.search(text)
                and column - slack <= widths[i + 1] + fuzz[i + 1] <= column + over / 2
                and (_pushed_word(source, run, i, expected - width, half_fuzz, ended=True)
                     # (or short only by what its digits may take in the widest face: the
                     # line under it, a paragraph's middle, says it was full, …超过600万人次。)
                     or width + _fuzz(text, half_fuzz) >= expected - slack)):
            # A line that ends a sentence short of the measure only by what opens the next
            # (说： / “坐火车…), and a next line as full as a paragraph's middle (a first
            # line would be short by the dropped indent): the paragraph goes on.
            short = False
        if (short and dropped and len(piece) == 1 and piece[0] is run[i - 1]
                and i >= 2 and pieces and pieces[-1][-1] is run[i - 2]
                and _TERMINAL_END.search(line_text(i - 2))
                and widths[i - 1] >= column - full_from and _ASKS_END.search(line_text(i - 1))
                and width + fuzz[i] >= column - dropped - band and _TERMINAL_END.search(text)
                and i + 1 < len(run) and not beside[i]
                and (widths[i + 1] + fuzz[i + 1] >= column - slack
                     or _pushed_word(source, run, i + 1, column - widths[i + 1] - fuzz[i + 1],
                                     half_fuzz))):
            # BLK009: under a paragraph that ended its sentence, a full line that asks (no
            # paragraph's first line is full, its indent dropped), then a line short by the
            # indent that ends a sentence over a full line (一页古籍要经过几道工序？ /
            # “扫描只是第一步。” / 中心负责人沈慧芳告诉记 / 者，…): a heading, and the
            # first line of the paragraph under it, which goes on (a paragraph's last line
            # would leave the full line under it opening none).
            close("BLK009", measure=column, width=width, heading_above=line_text(i - 1)[-4:],
                  first_line_ends_sentence=True)
            headings.add(len(pieces) - 1)
            short = False
        # (A line well past the measure is no full line of a paragraph: a title's. The
        # block's last line, after a full one, ending no sentence, past it by no more than
        # a speck OCR read off a stroke and LAY202 put back on it (…治国理政的重 + 上 + 做),
        # filled it: the paragraph goes on in the next block.)
        filled[i] = not short and (width <= column + over / 2 or (
            i == len(run) - 1 and i > 0 and filled[i - 1] and not _TERMINAL_END.search(text)
            and width - rules.param("BLK011", "max_chars") <= column + over / 2))
        if short and piece and _TERMINAL_END.search(line_text(i - 1)):
            # A short line after a finished sentence that stands alone: a question or
            # announcement without a comma is a sub-head (BLK005); where the indent was
            # dropped, one that asks or exclaims after a full line is a paragraph of one
            # line (BLK009: 引领未来，中国做对了什么？), unless it names the speaker of the
            # quotation above (…！” / 他问道？). Neither closes a quotation the paragraph
            # opened (“腿脚不好，…下过楼了。 / 以后天天都能下来遛弯了！”). One ending in 。
            # stays with the paragraph: on real pages it is as often its last line as a
            # line of its own.
            subhead = _SUBHEAD_END.search(text) and "，" not in text
            one_line = (dropped and filled[i - 1] and not beside[i] and _ASKS_END.search(text)
                        and not _OPENS_WITH_CLOSER.match(text)
                        and not (_CLOSED_QUOTE.search(line_text(i - 1))
                                 and any(p.search(text) for p in attribution)))
            if announced and (subhead or one_line):
                # (Not the quotation a colon ending the line above announced, …摊主打趣老胡：
                # / “明年夏天，咱俩还挨着摆？”: it asks, but in the speaker's words, which go
                # on in the paragraph, as BLK009's first-line test keeps them.)
                line_ends[run[i - 1].end] = {"quote_after_colon": {
                    "rule": "BLK009", "colon": line_text(i - 1)[-4:], "quotation": text[:4]}}
            elif (subhead or one_line) and not (_CLOSED_QUOTE.search(text) and leaves_open(
                    "".join(source[ln.start:ln.end] for ln in piece))):
                close()
                pieces.append([line])
                why[len(pieces) - 1] = (
                    {"rule": "BLK005", "subhead": text[-2:]} if subhead else
                    {"rule": "BLK009", "measure": column, "width": width,
                     "above": line_text(i - 1)[-4:], "one_line": True})
                continue
        if (short and piece and i + 1 < len(run) and echoed_title(
                text, (line_text(k) for k in range(i + 1, len(run))), echo_min, echo_lines)):
            # BLK005: a short line with no mark in it that the lines under it print again
            # word for word (…马杜罗日前表 / 全国秋粮收获近七成 / 农业农村部最新农情调度显 /
            # 示，全国秋粮收获近七成。…) is a title whose lede repeats it, not the last line of
            # the paragraph above, which a converter cut and read on into it.
            close()
            pieces.append([line])
            why[len(pieces) - 1] = {"rule": "BLK005", "measure": column, "width": width,
                                    "line_of_its_own": True, "echoed_below": True}
            continue
        if (short and dropped and not _TERMINAL_END.search(text) and len(piece) >= 2
                and piece[-1] is run[i - 1] and filled[i - 1]
                and _TERMINAL_END.search(line_text(i - 2))
                and not _CLAUSE_MARK.search(line_text(i - 1)) and not _CLAUSE_MARK.search(text)
                and width <= rules.param("BLK005", "title_tail_share") * widths[i - 1]
                and i + 1 < len(run) and not beside[i]
                and column - dropped - band <= widths[i + 1] + fuzz[i + 1] < column - full_from
                and not names_line(text)
                # (the line under it a paragraph's: no caption's, byline's or subtitle's; over
                # a dateline BLK010 sets the title apart, over a byline CLS015 does)
                and not any(r.search(line_text(i + 1)) for r in caption_starts)
                and not _dateline_opener(line_text(i + 1), datelines)
                and not names_line(line_text(i + 1))
                and not opens_with_dash(line_text(i + 1))):
            # BLK005: after a paragraph's last sentence, a full line with no mark in it and
            # a short tail with none, over a paragraph's first line (…并配齐心理咨询室和
            # 图书室。 / 大学生“村播”带火大山里的 / 土货 / 的直播间里，贺晓雨把刚…): no
            # paragraph ends without a mark, so the two lines are a title wrapped onto its
            # tail, set at the column's measure, and the text under it opens there.
            title = piece.pop()
            close()
            pieces.append([title, line])
            why[len(pieces) - 1] = {"rule": "BLK005", "measure": column,
                                    "width": widths[i - 1], "title_over_first_line": True}
            why[len(pieces)] = {"rule": "BLK005", "under_title": text[-4:]}
            continue
        if short and not _TERMINAL_END.search(text):
            # After a full line that did not end a sentence this is that paragraph's
            # last line; after one that did, it is a line of its own (a heading).
            # (Not a subtitle's dash, nor a line of names: 裴  桐 under a title that
            # happens to fill a narrow column.)
            follows_wrap = (bool(piece) and filled[i - 1]
                            and not _TERMINAL_END.search(line_text(i - 1))
                            and not opens_with_dash(text)
                            and not (_SPACED_NAME.fullmatch(text) and not (
                                # (unless a photo's caption follows: the paragraph's line
                                # beside the photo, narrowed to a few characters spread
                                # across the room left: …规划 / 好 实 施 / 图为…, pdftotext)
                                # (a paragraph's: lines of clauses above it, no title's)
                                i + 1 < len(run) and _STRETCH_GAP.search(text)
                                and len(piece) >= 2 and any(
                                    _MARK_INSIDE.search(source, ln.start, ln.end) for ln in piece)
                                and any(r.search(line_text(i + 1)) for r in caption_starts)))
                            and not FOREIGN_NAME.fullmatch(text)
                            and not (any(_byline(r, text) for r in bylines)
                                     if byline is None else byline)
                            and not any(t.fullmatch(text) for t in reporters_alone)
                            and not names_alone(text, bylines))
            if (not follows_wrap and i + 1 < len(run)
                    and (not piece or _TERMINAL_END.search(line_text(i - 1)))
                    and any(c.match(unstretch(line_text(i + 1))) for c in clause_of_one)
                    and widths[i + 1] + fuzz[i + 1] >= column - slack
                    # (not a photo's credit set amid the text: …典型案 / 县融媒体中心供图 /
                    # 例，涵盖…, whose paragraph goes on past it)
                    and not any(r.search(text) for r in caption_ends)
                    and not any(c.match(text) for c in credit_lines)
                    and not opens_with_dash(text)):  # (nor a signature: ——编 者)
                # BLK005: a short line whose next line, full, opens with a clause of one
                # character (…建于上世纪90年代 / 初，共有18栋…) is no title: no text opens so,
                # the word runs across the break. It is a paragraph's first line, short by
                # the indent and the uncertain width of its digits; the paragraph goes on.
                close()
                piece.append(line)
                filled[i] = True
                why.setdefault(len(pieces), {"rule": "BLK005", "measure": column,
                                             "clause_of_one_below": line_text(i + 1)[:2]})
                continue
            if not follows_wrap:
                if (len(piece) >= 2 and piece[-1] is run[i - 1] and i >= 2
                        and widths[i - 1] > column + over / 2
                        and _TERMINAL_END.search(line_text(i - 2))
                        and not _CLAUSE_MARK.search(line_text(i - 1))
                        and not _CLAUSE_MARK.search(text)):
                    # A line past the measure after one that ended a sentence, no mark in
                    # it, over this short one (…等形式。 / 首批“古籍活化”精品项目名 / 单公布):
                    # a title set wider than the column and its tail, no paragraph's line.
                    title = piece.pop()
                    close()
                    pieces.append([title])
                    why[len(pieces) - 1] = {"rule": "BLK005", "measure": column,
                                            "width": widths[i - 1], "line_of_its_own": True,
                                            "title_over_measure": True}
                close()
                pieces.append([line])
                why[len(pieces) - 1] = {"rule": "BLK005", "measure": column, "width": width,
                                        "line_of_its_own": True}
                continue
            piece.append(line)
            if len(text) == 1 and i + 1 < len(run) and len(line_text(i + 1)) == 1:
                # A printed line beside a photo, narrowed to a character or two spread
                # across the room left (…产品 / 经 / 理 / 图②：…): the extractor wrote each
                # character as a line of its own; the paragraph goes on.
                filled[i] = True
                continue
            if i + 1 < len(run) and any(r.search(line_text(i + 1)) for r in caption_starts):
                # A photo's caption right under a line that ends no sentence, however short
                # (…自助借阅点已增 / 图为… / 至40个，…): the photo cut the paragraph; it
                # goes on after (unless a dateline follows the caption: BLK010).
                filled[i] = True
                if width + fuzz[i] < column - dropped - band:
                    assumed_full[line] = i
                continue
            held = "".join(source[ln.start:ln.end] for ln in piece)
            if (i + 1 < len(run) and not _MARK_INSIDE.search(held) and leaves_open(held)
                    and leaves_open(source[piece[0].start:piece[0].end])) and (
                    _closes_first(line_text(i + 1)) or (
                        line_text(i + 1)[:1] not in OPENERS
                        and not leaves_open(held + line_text(i + 1)))):
                # BLK005: the line under it closes a quotation or bracket this text left
                # open before it opens one of its own (“开放的中国为世界 / 经济发展带来巨大机 /
                # 遇”（国际人士看中…）: the text goes on there, however short this line.
                # (A quotation that runs over paragraphs opens each again with “. Only a
                # title's lines, no mark of a sentence or clause in them: a paragraph's
                # last line may be a title's first, …越来越受欢迎。65 / “理解与信任才是基 / 础”;
                # and the quotation opens on the text's first line: a line over it is a
                # phrase of its own, 在推进中国式现代化建设中走在前列 / “这条铁路带给我们的 /
                # 是希望和未来”.)
                filled[i] = True
                why.setdefault(len(pieces), {})["closed_below"] = line_text(i + 1)[:4]
                continue
            if (not sure_widths and rules.on("BLK014") and i + 1 < len(run)
                    and column - slack <= widths[i + 1] + fuzz[i + 1] <= column + over / 2 + (
                        rules.param("BLK011", "max_chars") if i + 2 == len(run) else 0)):
                # BLK014: on a page set in OCR's blocks, a line short that ends no
                # sentence, after a full line and over another full one (no paragraph's
                # first line, which is short by the dropped indent), goes on: it lost a
                # character or two to OCR (…教育机器人等品 / 兼具技术…, 类， dropped), or
                # what opens the line under it could not stay on it, a word pushed down
                # whole (…还不清楚 / (39.7%) 。只有…, OCR's marks read half wide and spaced
                # off) or a sentence of one character (…进军的第一 / 年。全国…). (The line
                # under it past the measure is a title's, but for a speck LAY202 put back
                # on the block's last line: …进军的第一 / 年。全国上下区力同心、攻 + 六可,
                # Tesseract seed 14805, as BLK011 allows below.)
                below = line_text(i + 1)
                lost = width + fuzz[i] >= column - rules.param("BLK014", "max_dropped")
                pushed = not lost and (
                    _pushed_word(source, run, i, column - width, half_fuzz, ocr=True)
                    or any(c.match(below) for c in sentence_of_one))
                if lost or pushed:
                    filled[i] = True
                    # (The evidence goes with the line's end, to the edit joining it to
                    # the line under it; and says where the line under it was let past
                    # the measure only as the block's last line, by BLK011's allowance.)
                    past = widths[i + 1] + fuzz[i + 1] > column + over / 2
                    line_ends[line.end] = {
                        "ocr_dropped_at_end": {
                            "rule": "BLK014", "line": text[-4:], "width": width,
                            "measure": column, "below_width": widths[i + 1],
                            **({"pushed_down": below[:4]} if pushed else {}),
                            **({"below_last_in_block": True} if past else {})}}
                    continue
            if (title_under_cut and not interleaved and i + 1 < len(run) and len(piece) >= 3
                    and piece[-3] is run[i - 2]
                    # (Not where an orderer put back columns read line by line: a line's
                    # neighbours may still be another column's.)
                    # (the line above a paragraph's, a mark in it: no title's line, 推进优质
                    # 医疗资源扩容下沉 / 县域医共体让群众就近看好 / 病; no attribution's, ——…
                    # 第二十二次领导人非正式会 / 议欢迎宴会上强调; and the title is this line
                    # alone, not …取得新的开创 / 大学生“村播”带火大山里的 / 土货, where
                    # the title starts is unsure)
                    and _MARK_INSIDE.search(line_text(i - 1))
                    and _TITLE_WORDS.fullmatch(text)
                    and not _TERMINAL_END.search(line_text(i - 2))
                    # (the line under it a paragraph's, a mark in it, no title's (…比 / 烧 /
                    # 首届县域商业发展大会在义乌举: the column cut the paragraph there, after
                    # a line's first character); no jump marker's (the text goes on on
                    # another page: …确 / 认 / （下转第1版）) or footer's (a caption under
                    # the line, or a name's line, is set apart before this); over
                    # a dateline BLK010 weighs the title's lines)
                    and not is_furniture[i + 1]
                    and _MARK_INSIDE.search(line_text(i + 1))
                    and not any(r.search(line_text(i + 1)) for r in jumps)
                    and not any(c.match(line_text(i + 1)) for c in credit_lines)
                    and not _dateline_opener(line_text(i + 1), datelines)
                    and not any(c.match(unstretch(line_text(i + 1))) for c in clause_of_one)
                    and not pair_in_page(text, line_text(i + 1), source, rules)
                    # (and the text under it repeats its words, as a lede its headline's,
                    # CLS016's min_echo_below pairs of Han characters in its next
                    # echo_lines lines: a paragraph's last line cut off from the text that
                    # goes on with it shares none, …的强化，全国首批老年助餐服 / 活动现场…)
                    and echo_below
                    and len(echoed := han_pairs(text) & han_pairs("".join(
                        line_text(k) for k in range(i + 1, min(len(run), i + 1 + echo_lines))
                    ))) >= echo_below):
                # BLK005: a short line of words alone, no mark in it, under full lines that
                # end no sentence (…开行数量和 / 前三季度我国服务贸易稳中有进 / 进出口总额同比
                # 增长…知识密集型服务贸易…): no paragraph ends without a mark, no word runs
                # on into the line under it, and the text under it takes up its words, so it
                # is a title set into the column where the paragraph above was cut (its tail
                # printed elsewhere), not that paragraph's last line.
                piece.pop()
                close()
                pieces.append([line])
                why[len(pieces) - 1] = {"rule": "BLK005", "measure": column, "width": width,
                                        "line_of_its_own": True,
                                        "title_under_cut": line_text(i - 1)[-4:],
                                        "echoed_below": sorted(echoed)}
                continue
            close()
            continue
        if not piece and pieces and i and "rule" not in why.get(len(pieces), {}):
            why[len(pieces)] = {"rule": "BLK005", "measure": column,
                                "above_width": widths[i - 1]}
        piece.append(line)
        # Where paragraphs start indented the indent says where one ends; a short line
        # there may only be one whose last character was pushed down (kinsoku).
        if short and not indented_page:
            close()
    if piece:
        pieces.append(piece)
    if caption:
        pieces.append(caption)
    for n, p in enumerate(pieces):
        if p:
            # Where paragraphs are indented the indent, not the width, says where one ends.
            why.setdefault(n, {})["filled"] = (None if indented_page else
                                               False if n in headings
                                               else filled[line_no[p[-1].start]])
            why[n]["cut"] = n in cut
            own = {ln.end: line_ends[ln.end] for ln in p[:-1] if ln.end in line_ends}
            if own:
                why[n]["line_ends"] = own
    return [(p, n in continued, why.get(n, {})) for n, p in enumerate(pieces) if p]


OPENERS, CLOSERS = "“‘「『（(《〈【", "”’」』）)》〉】"
_ASCII_QUOTES = "\"'"


_SQUEEZABLE = regex.compile(r"[，。、；：？！“”‘’（）《》〈〉【】「」『』]")
_MARK_INSIDE = regex.compile(r"[。！？!?；;，,、：:]")


def _closes_first(text: str) -> bool:
    """Whether the first quotation mark or bracket of a line closes one (遇”（国际…): the
    line goes on with a quotation the text above it opened. A straight quote says
    nothing (it opens as well as closes)."""
    for ch in text:
        if ch in CLOSERS:
            return True
        if ch in OPENERS or ch in _ASCII_QUOTES:
            return False
    return False


# Double quotation marks as OCR gives them, curly or straight.
_OCR_QUOTES = regex.compile(r"[“”\"＂]")


def opens_quotation_alone(text: str) -> bool:
    """Whether OCR's line opens a quotation with its first character and holds no other
    double quotation mark: a closing mark OCR read as an opening one stands after text
    (“……”, read “……“), so such a line holds two."""
    return text[:1] == "“" and len(_OCR_QUOTES.findall(text)) == 1


def closes_quotation_alone(text: str) -> bool:
    """Whether OCR's line holds one double quotation mark, a closing one: the close of a
    quotation opened on a line above (opens_quotation_alone)."""
    return _OCR_QUOTES.findall(text) == ["”"]


def quotation_closed_across(first: str, later: str) -> bool:
    """Whether a title's first line leaves one quotation open (its only double quotation
    mark opens it: 大学生“村提) and the later line opens by closing it, its only such mark
    (“带火大山里的土货, OCR's reading of ”带火…): one title cut inside its quotation."""
    opened = _OCR_QUOTES.findall(first)
    if not (opened == ["“"] or (opened in (['"'], ["＂"]) and not first.endswith(opened[0]))):
        return False
    return later[:1] in "”\"＂" and len(_OCR_QUOTES.findall(later)) == 1


def leaves_open(text: str) -> bool:
    """Whether a line leaves a bracket or quotation open (本报北京5月13日电（记者 …; a
    title cut mid-phrase: “开放的中国为世界经济发展带)."""
    depth = 0
    last = len(text.rstrip()) - 1
    for n, ch in enumerate(text):
        if ch in _ASCII_QUOTES:
            # OCR reads a curly quote as a straight one (让科闪“追"上科创): a straight quote
            # closes what is open, else opens; but not as the line's last mark, where no
            # opening mark is set (…能看到 / 演艺的未来"): it closed a quotation the line
            # above opened.
            depth = depth - 1 if depth else (0 if n == last else 1)
        elif ch in OPENERS:
            depth += 1
        elif ch in CLOSERS:
            depth = max(0, depth - 1)
    return depth > 0


def _title_over_head(run: list[Line], i: int, line_text, datelines, rules: RuleSet) -> bool:
    """Whether lines i… of the run are a title's: up to BLK010's `max_title_lines` lines
    holding no mark of a clause or a sentence, right over a subtitle's dash or a dateline;
    or lines ending no sentence, a comma or two between a title's phrases allowed, right
    over a byline (上图：…活动现场。 / 流动的艺术，联动的 / 长三角 / 本报记者  曹玲娟):
    text under a caption goes on into no byline."""
    clause = False
    for k in range(i, min(len(run), i + rules.param("BLK010", "max_title_lines") + 1)):
        text = line_text(k)
        if k > i and (opens_with_dash(text) or _dateline_opener(text, datelines)):
            return not clause
        if k > i and takes_byline(text, rules):
            return True
        if _SENTENCE_MARK.search(text) or _TERMINAL_END.search(text):
            return False
        clause = clause or bool(_CLAUSE_MARK.search(text))
    return False


def _dateline_past_blank(lines: list[Line], source: str, datelines: list, most: int) -> bool:
    """Whether a dateline opens one of the `most` lines after a caption's first line
    (`lines`: those under it in its run, then past the blank rows, the next run's)."""
    return any(_dateline_opener(source[ln.start:ln.end], datelines) for ln in lines[:most])


_SENTENCE_MARK = regex.compile(any_of(SENTENCE_END))
_SENTENCE_END = regex.compile(any_of(SENTENCE_END) + any_of(CLOSERS) + "*$")


def _title_over_text(source: str, run: list[Line], i: int, widths: list[float],
                     fuzz: list[float], column: float, slack: float, rules: RuleSet) -> bool:
    """BLK009: whether lines i-2 and i-1 are a title wrapped at the column's measure
    between a paragraph's last line (i-3: short, a sentence ended; not a colon's lead-in)
    and its text's first line (i: short by the dropped indent exactly, no half-width
    character to make its width unsure, ending no sentence, a full line under it, none
    opening with a mark pushed down from it). The title's first line is full, and neither
    holds a sentence's end or leaves a bracket or quotation open."""
    def text(k: int) -> str:
        return source[run[k].start:run[k].end]

    full_from = rules.param("BLK009", "full_from")
    first_width = column - rules.param("BLK009", "dropped_indent")
    title = text(i - 2) + text(i - 1)
    return (i + 1 < len(run)
            and _SENTENCE_END.search(text(i - 3)) is not None
            and widths[i - 3] < column - full_from
            and widths[i - 2] >= column - full_from
            and not _SENTENCE_MARK.search(title) and not _TERMINAL_END.search(text(i - 1))
            and not leaves_open(title)
            and abs(widths[i] - first_width) <= 0.5 and not _HALF.search(text(i))
            and not _TERMINAL_END.search(text(i))
            and widths[i + 1] + fuzz[i + 1] >= column - slack
            and not _OPENS_WITH_CLOSER.match(text(i + 1))
            and _CHAR_AND_MARKS.match(text(i + 1)) is None)


def _heading_over_text(source: str, run: list[Line], i: int, widths: list[float],
                       fuzz: list[float], column: float, slack: float, rules: RuleSet) -> bool:
    """BLK009: whether line i-1 is a section heading of one line at the column's measure
    between a paragraph's line that ended a sentence (i-2) and its text's first line (i:
    short by the dropped indent, no wider than a first line with its half-width characters
    counted half, ending no sentence, opening with no dash, a full line under it that
    opens with no mark pushed down from it). The heading fills the measure to the last character, no half-width
    character to make its width unsure, and holds no mark but quotation marks."""
    def text(k: int) -> str:
        return source[run[k].start:run[k].end]

    first_width = column - rules.param("BLK009", "dropped_indent")
    band = rules.param("BLK009", "band")
    heading = text(i - 1)
    return (i + 1 < len(run)
            and _SENTENCE_END.search(text(i - 2)) is not None
            and column <= widths[i - 1] <= column + 0.5 and not _HALF.search(heading)
            and _MARK_BUT_QUOTES.search(heading) is None and not leaves_open(heading)
            and first_width - band <= widths[i] + fuzz[i] and widths[i] <= first_width
            and not _TERMINAL_END.search(text(i))
            # (not one opening with a dash: it goes on with the clause above, or is a
            # subtitle under a title, CLS015's: …见证 / ——茶园成了当地的绿色银行)
            and not opens_with_dash(text(i))
            and widths[i + 1] + fuzz[i + 1] >= column - slack
            and not _OPENS_WITH_CLOSER.match(text(i + 1))
            and _CHAR_AND_MARKS.match(text(i + 1)) is None)


# Any mark but quotation marks (a section heading at the measure holds none: 节水技术破解
# “缺水难题”).
_MARK_BUT_QUOTES = regex.compile(r"[^\P{P}“”‘’「」『』\"']")


def _title_above_dateline(source: str, host: list[Line], run: list[Line], i: int,
                          filled: list[bool], rules: RuleSet) -> tuple[int, dict]:
    """BLK010: of the lines `host` read before the dateline at line i, how many stay the
    paragraph's (0: all of them), the rest being the next article's title; and why."""
    def text(ln: Line) -> str:
        return source[ln.start:ln.end]

    if (len(host) >= 2 and host[-2] is run[i - 2] and filled[i - 2]
            and not _TERMINAL_END.search(text(host[-2]))
            and not _CLAUSE_MARK.search(text(host[-1]))):
        if (_CLAUSE_MARK.search(text(host[-2]))
                and not pair_in_page(text(host[-2]), text(host[-1]), source, rules)):
            return len(host) - 1, {"cut_above": text(host[-2])[-4:]}
        echo = _lede_echo(source, host, run, i, rules)
        if echo and (_CLAUSE_MARK.search(text(host[-2])) or (
                len(host) >= 3 and host[-3] is run[i - 3] and filled[i - 3]
                and _CLAUSE_MARK.search(text(host[-3])))):
            # (Where the pair across the break is printed elsewhere on the page, 对准这座
            # 城市里的 / 百余家博物馆推出夜间开放 / 本报北京…电 with 的百 in 全国已有120余家…
            # the break tells nothing; the lede under the dateline tells: it says the title's
            # words again, and not the cut line's. A title wrapped at a comma, 加装电梯后，
            # 张大爷天天下 / 楼遛弯, leaves too few pairs on its second line. So too after a
            # full line with no mark of its own under one cut mid-clause: …等品类，兼 / 具技术
            # 前瞻性与成熟商业应用 / 24小时自助借阅点增至40个 / 本报讯….)
            return len(host) - 1, {"cut_above": text(host[-2])[-4:], "lede_echo": echo}
    if (len(host) >= 4 and host[-3] is run[i - 3] and host[-2] is run[i - 2] and filled[i - 3]
            and not _TERMINAL_END.search(text(host[-3]))
            and (_CLAUSE_MARK.search(text(host[-3])) or _CLAUSE_MARK.search(text(host[-4])))
            and not any(_CLAUSE_MARK.search(text(ln)) or _TERMINAL_END.search(text(ln))
                        for ln in host[-2:])
            and not pair_in_page(text(host[-3]), text(host[-2]), source, rules)
            and pair_in_page(text(host[-2]), text(host[-1]), source, rules)):
        # (The same with the title wrapped inside a word: …规划建 / 2025年“书香校园”阅 /
        # 读推广活动启动 / 本报讯…: 阅读 spans the title's break, nothing the text's.)
        return len(host) - 2, {"cut_above": text(host[-3])[-4:], "title_lines": 2}
    ended = [k for k, ln in enumerate(host) if _TERMINAL_END.search(text(ln))]
    if (ended and not _TERMINAL_END.search(text(host[-1]))
            and len(host) - 1 - ended[-1] <= rules.param("BLK010", "max_title_lines")):
        return ended[-1] + 1, {"above": text(host[ended[-1]])[-4:]}
    return 0, {}


def _lede_echo(source: str, host: list[Line], run: list[Line], i: int,
               rules: RuleSet) -> list[str]:
    """BLK010: the pairs of Han characters the last line read before the dateline at line
    i shares with the dateline's first `echo_lines` lines (a headline's words are its
    lede's), where they are at least `min_echo` and more than the line above it shares:
    [] when it is not so."""
    def pairs(ln: Line) -> set[str]:
        return han_pairs(source[ln.start:ln.end])

    lede = set().union(*(pairs(ln) for ln in run[i:i + rules.param("BLK010", "echo_lines")]))
    own = pairs(host[-1]) & lede
    if len(own) < rules.param("BLK010", "min_echo") or len(pairs(host[-2]) & lede) >= len(own):
        return []
    return sorted(own)


# A justified line the extractor wrote with a space after every character (pypdfium2,
# pdftotext: 中 新 社 成 都 9 月 9 日 电): read without them where a line's pattern is asked.
# (Two marks side by side print as one cell's worth, and the extractor keeps them
# together: “ 第 一 ”“ 最 多 ”“ 最; a number keeps its thousands' commas: 标 牌 1,200 余 块.)
# (Each piece is read once, atomic: a digit or letter alone is both a number and a
# character, and tried both ways a line of them that failed at its end (1 2 3 … 0  合计)
# took twice as long a piece: 48 s for 26 pieces on a page of three lines.)
_STRETCHED = regex.compile(r"(?:(?>[0-9A-Za-z.%]+(?:,[0-9]{3})*\p{P}{0,2}|\p{P}{2}|\S)[ \t]){4,}"
                           r"(?>[0-9A-Za-z.%]+(?:,[0-9]{3})*\p{P}{0,2}|\p{P}{2}|\S)")
# A number or a Latin word as an extractor writes it (6,500, 1/3, 21:30, 12.5%): one piece
# of a line spread wide (BLK005), a mark that prints touching it after it.
_SPREAD_WORD = regex.compile(r"[0-9A-Za-z]+(?:[.,:/][0-9]+)*%?")
_STRETCH_GAP = regex.compile(r"(?<=\S)[ \t](?=\S)")
_OTHER_GAP = regex.compile(r"(?<=\S)(?<![。！？][”’」』）)]?)[ \t](?=\S)")


def unstretch(text: str) -> str:
    """The line without the spaces a stretched justified line holds between its
    characters; any other line as it is."""
    if " " not in text and "\t" not in text:
        return text  # (most lines: nothing to ask the pattern)
    return _STRETCH_GAP.sub("", text) if _STRETCHED.fullmatch(text.strip()) else text


def _dateline_apart(text: str, datelines: list) -> str:
    """The dateline a line opens with where it stands apart from what follows it on the
    line (a gap or its reporters' bracket: 本报北京5月13日电 （记者), or ""; one run into
    other text (新华社北京10月19日电全发展…, PyMuPDF sort=True gluing two columns) says less."""
    text = unstretch(text)
    opener = _opener(text, datelines)
    rest = text[len(opener):] if text.startswith(opener) else ""
    if opener and ("（" in opener or "(" in opener or rest[:1] in ("", " ", "\u3000", "（", "(")):
        return opener
    return ""


def _caption_rules(rules: RuleSet, marks: str) -> list:
    """The caption pattern rules that recognise a caption's `marks` end ("start": 图为…,
    "end": …摄, 供图), as their params say."""
    return [r for r in rules.pattern_rules
            if r.role == "caption" and r.params.get("marks") == marks]


def _onward_markers(rules: RuleSet) -> tuple[tuple, tuple[str, ...]]:
    """JMP002's inline marker patterns and JMP001's words that say the text goes on
    elsewhere, for _onward_at_end (empty where either rule is off)."""
    if not (rules.on("JMP001") and rules.on("JMP002")):
        return (), ()
    return tuple(rules.param_patterns("JMP002", "patterns")), tuple(rules.param("JMP001", "onward"))


def _open_dateline_over(piece: list[Line], source: str, datelines) -> bool:
    """Whether `piece` is a dateline's first line, its bracket left open (本报讯（记者 孙
    婷), and one line under it."""
    if len(piece) != 2:
        return False
    first = source[piece[0].start:piece[0].end]
    return bool(_dateline_opener(first, datelines)) and leaves_open(first)


def _kicker_over(text: str, filled: bool, above_filled: bool, rules: RuleSet) -> bool:
    """BLK005: whether a line over a photo-news column's title, under a full paragraph
    line, is the title's kicker: short, a phrase of `min_kicker_chars` or more (CLS024's)
    with no clause mark, ending no sentence and no quotation (…推出夜间 / 科技创新在一线 /
    图片报道; a paragraph's last line, 参观洽谈。, ends its sentence).

    >>> from cleaner.registry import default_rules
    >>> r = default_rules()
    >>> [_kicker_over(t, False, True, r) for t in ("科技创新在一线", "参观洽谈。", "和“银发”", "生")]
    [True, False, False, False]
    """
    text = text.strip()
    return (above_filled and not filled and len(text) >= rules.param("CLS024", "min_kicker_chars")
            and not _CLAUSE_MARK.search(text) and not _TERMINAL_END.search(text)
            and text[-1] not in CLOSERS and _HAN.search(text) is not None)


def _onward_at_end(text: str, patterns, onward: tuple[str, ...]) -> str:
    """The jump marker that ends a line after words of its own and says the text goes on
    elsewhere (当（下转第11版）), or ""."""
    text = text.rstrip()
    if not text or text[-1] not in "）)〕】":
        return ""
    for pattern in patterns:
        for m in pattern.finditer(text):
            if m.end() == len(text) and text[:m.start()].strip() and any(
                    w in m.group() for w in onward):
                return m.group()
    return ""


def _dateline_opener(text: str, datelines: list) -> str:
    """The dateline a line opens with (本报讯（记者…, 新华社北京10月19日电), or "": one
    with a date or its reporters' bracket, or standing apart from the text after it (a
    story's 那条本报讯，才知道 is prose); a stretched line read without its spaces."""
    return _opener(unstretch(text), datelines)


def _opener(text: str, datelines: list) -> str:
    """_dateline_opener on a line already unstretched."""
    month = None
    for p in datelines:
        m = p.match(text)
        if m and (_DATE.search(m.group()) or leaves_open(m.group()) or "（" in m.group()
                  or "(" in m.group() or text[m.end():m.end() + 1] in ("", " ", "\u3000", "（", "(")):
            return m.group()
        if month is None:
            month = _MONTH.search(text) is not None
        if month and p.fullmatch(text, partial=True):
            return text  # a dateline the line's end cut inside its date (新华社北京10月19 / 日电)
    return ""


# A character and the closing marks after it, which no line may open with (刻。”, 补”，),
# one of the kinds _UNBREAKABLE matches.
_CHAR_AND_MARKS = regex.compile(r"\p{Han}[”’」』）)》〉】，。、；：！？…‥]+")

# What line breaking may not split or leave at a line's end, so it goes down whole: a
# number or Latin word, a character with the closing mark after it (行）》) or an ellipsis
# (包……: line breaking does not break before one, UAX #14 LB22), an opening mark with the
# character after it and the marks after that (“一省一策; （套）。),
# a number in brackets with the marks after it (（39.7%）。), a number with its unit sign and
# the marks after it (38.6℃。: UAX #14 breaks before no postfix sign or closing mark).
_UNBREAKABLE = regex.compile(r"[0-9A-Za-z][0-9A-Za-z.,:/%+\-]*[℃°‰′″]*[”’」』）)》〉】，。、；：！？]*"
                             r"|\p{Han}[”’」』）)》〉】，。、；：！？…‥]+"
                             r"|[“‘「『（(《〈【]+(?:[0-9A-Za-z][0-9A-Za-z.,:/%+\-]*[”’」』）)》〉】，。、；：！？]*"
                             r"|\p{Han}[”’」』）)》〉】，。、；：！？…‥]*)?")


_OCR_MARK_SPACE = regex.compile(r" +(?=[”’」』）)》〉】，。、；：！？,;:!?])")
_OCR_HALF_MARK = regex.compile(r"[()\[\],;:!?]")


def _short_over_caption(pieces: list, last_cut: int, captions: set[int], continued: set[int],
                        line_no: dict[int, int], widths: list[float], fuzz: list[float],
                        beside: list, source: str, run: list[Line],
                        half_fuzz: tuple[float, float], column_at, rules: RuleSet) -> int | None:
    """BLK009 `short_over_caption_ends`: the line that ends piece `last_cut`, if a photo's
    caption right under it cut it and it is short of a full line (by more than `full_from`,
    no word pushed off it by justification, no photo beside it) and reads as a title's
    line, no clause mark in it and nothing left open (a paragraph's first line alone over
    the photo, 调查中，受访者认为“慢就业 / 图①：… / ”的主要原因…, goes on under it): it
    was taken to go on under the photo only because the caption stood there. None
    otherwise."""
    if not rules.param("BLK009", "short_over_caption_ends") or last_cut + 1 not in captions:
        return None
    k = line_no[pieces[last_cut][-1].start]
    column, text = column_at(k), source[run[k].start:run[k].end]
    alone = len(pieces[last_cut]) == 1 and last_cut not in continued
    if (beside[k] or not alone and widths[k] + fuzz[k] >= column - rules.param("BLK009", "full_from")
            or _CLAUSE_MARK.search(text) or leaves_open(text)
            or _pushed_word(source, run, k, column - widths[k], half_fuzz)):
        return None
    return k


def _pushed_word(source: str, run: list[Line], i: int, room: float,
                 half_fuzz: tuple[float, float] = (0.0, 0.0), ended: bool = False,
                 ocr: bool = False) -> bool:
    """Whether line i is a full line that justification spread out: what opens the next
    line (96.5%，…; 行）》…; “一省…; the spaces of a stretched line aside) could not stay
    on this one, and the room left here is
    no more than its width (a number or Latin word may print wider than its count, by
    `half_fuzz`: so much a character, at most so much). The line ends no sentence, unless
    the caller weighs that itself (`ended`). OCR's text (`ocr`) is read for the marks it
    spaced off and printed full width."""
    if i + 1 >= len(run) or room <= 0 or (
            not ended and _TERMINAL_END.search(source, run[i].start, run[i].end)):
        return False
    # (A stretched justified line, a space after every character (pypdfium2, pdftotext:
    # 送 ”“ 餐 饮 企 业…), opens with the word its spaces split: 送”.)
    below = unstretch(source[run[i + 1].start:run[i + 1].end])
    if ocr:
        # (OCR (`ocr`) spaces a mark off the word it follows, (39.7%) 。, and reads the
        # page's full-width marks as ASCII ones, half wide: they printed full.)
        below = _OCR_MARK_SPACE.sub("", below)
    m = _UNBREAKABLE.match(below)
    if m is None:
        return False
    # (Marks after the character may be set half wide, as punctuation is squeezed.)
    word = m.group()
    if _HAN.match(word):
        width = display_width(word) - 0.5 * (len(word) - 1)
    else:
        width = display_width(word) + _fuzz(word, half_fuzz)
    if ocr:
        width += 0.5 * len(_OCR_HALF_MARK.findall(word))
    # (A line that ended a sentence must have had no room for it at all.)
    return width >= room + 0.25 if ended else width >= room - 0.25


def _number_goes_on(above: str, below: str, units: str) -> bool:
    """Whether a line ends in a number (or a number and 多 or 余, 来自全国200多) whose unit
    opens the next line (…配有图书约3000 / 册，…; …200多 / 个县): the phrase goes on across
    the break, so the line above is no heading of its own, though justification left it
    short (digits print narrower than their room), and the line below no title's."""
    return _NUMBER_END.search(above.rstrip()) is not None and below[:1] in units


def _fuzz(text: str, half_fuzz: tuple[float, float]) -> float:
    """How much wider than its count a text of digits and Latin letters may print: so
    much a character, at most so much (BLK005 half_width_fuzz, max_fuzz)."""
    each, most = half_fuzz
    return min(each * len(_HALF.findall(text)), most)


def _spread_piece_kind(text: str, marks: str) -> str:
    """BLK005: what kind of piece of a printed line spread wide a line is: "chars", a
    character alone, or two where at most one is not a mark that prints touching its
    neighbour (”；); "word", a number or a Latin word (with such marks), which a justified
    line spreads around, never inside (…借阅点 / 已 / 增 / 至 / 40 / 个 / ， / 覆); "" for
    no piece of one."""
    if len(text) == 1 or len(text) == 2 and sum(c not in marks for c in text) <= 1:
        return "chars"
    word = text[:-1] if text[-1] in marks else text
    return "word" if _SPREAD_WORD.fullmatch(word) else ""


def _run_fuzz(text: str, each: float, most: float) -> float:
    """How much wider than its count a line with runs of digits and Latin letters may
    print: so much a run (the gap set between a run and Han characters, text-autospace),
    at most so much (BLK005 run_fuzz, max_fuzz)."""
    return min(each * len(_HALF_RUN.findall(text)), most)


def names_alone(text: str, bylines: list) -> bool:
    """A short unpunctuated line of names alone (孙秀艳, 张成虎  高睿凯): a byline under a
    title, not the last line of a paragraph (which ends its sentence)."""
    from .classify import NAME_SEPARATORS, names_only

    tokens = [t for t in NAME_SEPARATORS.split(text) if t]
    return (0 < len(tokens) <= 3 and all(_NAME.fullmatch(t) for t in tokens)
            and any("surnames" in r.params and names_only(text, r) for r in bylines))


# A name's last character or two, then a gap, opening a line: a byline wrapped in a name.
WRAPPED_NAME = regex.compile(r"\p{Han}{1,2}(?:[ \u3000]{2,}|\u3000)\p{Han}")
# A line that ends in one character after a gap (…记者 王), and one that opens with a
# name's last character or two and a gap (林 实习生 刘思远), or is only that rest (林, the
# byline's last name): a spaced name cut in two.
_CUT_NAME = regex.compile(r"\p{Han}[ \u3000]+\p{Han}$")
_NAME_REST = regex.compile(r"\p{Han}{1,2}(?:[ \u3000]+\p{Han}|[ \u3000]*$)")
_TRAILING_GAP = regex.compile(r"(?:[ \u3000]{2,}|\u3000)(?=\r?\n)")


def _caption_inside(piece: list, after: str, source: str, rules: RuleSet) -> int:
    """Where, in a paragraph's lines that end in a photo's credit, the caption run on from
    the paragraph starts: the last break (within a caption's few lines of the credit)
    that no word spans, whose left side makes a word with the line after the credit. 0
    when none does."""
    texts = [source[ln.start:ln.end] for ln in piece]
    most = rules.param("BLK005", "caption_inside_lines")
    for at in range(len(texts) - 1, max(0, len(texts) - 1 - most), -1):
        if (pair_in_page(texts[at - 1], after, source, rules)
                and not pair_in_page(texts[at - 1], texts[at], source, rules)):
            return at
    return 0


def takes_byline(text: str, rules: RuleSet) -> bool:
    """Whether a byline rule (CLS003 and its kind) takes the line: 本报记者  刘诗瑶."""
    return any(_byline(r, text) for r in rules.pattern_rules if r.role == "byline")


def _byline(rule, text: str, cut_end: bool = False) -> bool:
    """Whether a byline rule takes the line, as classify does: its pattern, and names after
    its titles (a line of text may open with 记者: 记者翻开1956年的一张旧). `cut_end`: the
    line ends its block, so its last word may be the next reporter's title whose rest OCR
    set in the next block (names_only's `cut_end`: 通讯员 张 萌 中青报. / 青网记者 李 强)."""
    from .classify import names_only  # classify measures widths with this module

    if rule.max_chars is not None and len(text) > rule.max_chars:
        return False
    return rule.search(text) is not None and (
        "surnames" not in rule.params or names_only(text, rule, cut_end=cut_end))


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
    column = _crowded(counts, rules)
    # Too few lines to show a mode (a short page): the widest line is the column.
    return column if counts[column] >= 3 else max(wide)


def _crowded(counts: Counter, rules: RuleSet, captions: Counter | None = None) -> float:
    """The most common width; but where short paragraphs make their first lines (short by
    the dropped indent) the most common, the crowd of lines that much wider (BLK009), lines
    that open a photo's caption (`captions`, counted in `counts` too) not among them."""
    column = max(counts, key=lambda w: (counts[w], w))
    if rules.on("BLK009"):
        dropped = rules.param("BLK009", "dropped_indent")
        near = sum(n for w, n in counts.items() if abs(w - column) <= 0.5)
        aside = captions or Counter()
        above = {w: n - aside[w] for w, n in counts.items()
                 if abs(w - column - dropped) <= 0.5 and n > aside[w]}
        if above and sum(above.values()) >= rules.param("BLK009", "crowd") * near:
            column = max(above, key=lambda w: (above[w], w))
    return column
