"""Page doubt: after cleaning, what makes the cleaner unsure of the page as a whole.

Each check is a rule of rules/doubt.toml (stage "flag") and adds a page flag with
`Page.flag`: the manifest's page.flags and the top of the report. No check changes text.

- DBT001 many headings were inferred for the paragraphs found;
- DBT002 inferred headings read like the middle of a sentence (`mid_sentence`);
- DBT003 the text reads hard-wrapped but its lines share no common width (no measure);
- DBT004 columns stand side by side on its lines (pdftotext -layout, PyMuPDF sort=True)
  even after the layout stage (LAY001) read what it could column by column: the text is
  judged in its reading order (`page.ordered`), so the flag stays where the columns did
  not align and were left as printed;
- DBT005 the layout stage (LAY001) rebuilt the reading order, but some lines still hold
  two columns' text (`layout_doubt`, run once page.layout is known);
- DBT006 runs of lines look like a box's columns read row by row (pdfminer.six), but
  LAY101's evidence for them was thin (`assess_layout`);
- DBT007 runs of lines each hold several columns' lines side by side, a space or a few
  apart (OCR read a box's columns row by row), on a page no orderer reordered
  (`glued_rows`);
- DBT008 the converter did not give the page in reading order, and an orderer rebuilt it
  with no sure place for each column (LAY101 from the text alone, LAY002 from padded
  estimates) for a share of its lines (`order_rebuilt`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from . import interleave
from .blocks import display_width, takes_byline
from .model import Article, BodyBlock, Page
from .registry import RuleSet

# Marks a sentence cannot start with: a block that opens with one continues the one before.
_NO_START = "，。、；：！？,.;:!?）)》〉”’」』】〕"
_SPACE = " \t\u3000"
# Two runs of at least four Han characters or marks, three or more spaces apart.
_COLUMN_GAP = regex.compile(r"[\p{Han}，。、；：！？”“）（]{4}[ \u3000]{3,}\S*[\p{Han}，。、；：！？”“）（]{4}")


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading of an article's body, where it is and why it is doubtful."""

    article: int
    index: int  # in the article's body
    block: BodyBlock
    inferred: bool  # not printed as a markdown heading ('#') in the source
    reasons: tuple[str, ...] = ()  # DBT002's tests that hold: long, open_end, runs_on


def headings(page: Page, rules: RuleSet) -> list[Heading]:
    """Every section heading of the page's articles, with DBT002's verdict on it."""
    out = []
    for n, article in enumerate(page.articles):
        for i, block in enumerate(article.body):
            if block.type != "heading" or not block.spans:
                continue
            inferred = not _printed_marker(page.ordered, block.spans[0][0])
            reasons = mid_sentence(page.ordered, article, i, rules) if inferred else ()
            out.append(Heading(n, i, block, inferred, reasons))
    return out


def mid_sentence(source: str, article: Article, i: int, rules: RuleSet) -> tuple[str, ...]:
    """Which of DBT002's tests say body block `i` (a heading) reads mid-sentence (see
    rules/doubt.toml: long, open_end, runs_on)."""
    block = article.body[i]
    text = block.text.rstrip()
    if not text:
        return ()
    reasons = []
    if len(text) > rules.param("DBT002", "max_chars"):
        reasons.append("long")
    if text[-1] in rules.param("DBT002", "no_end") and not _lead_in(text, rules):
        reasons.append("open_end")
    if text[-1].isalnum() and i + 1 < len(article.body) and article.body[i + 1].spans:
        # The next paragraph starts on the very next line, unindented.
        end, nxt = block.spans[-1][1], article.body[i + 1].spans[0][0]
        gap = source[end:nxt]
        line_end = source.find("\n", nxt)
        next_line = source[nxt:line_end if line_end >= 0 else len(source)]
        if (gap.strip(_SPACE) == "\n" and not gap.endswith(tuple(_SPACE)) and next_line
                and (next_line[0] in _NO_START or next_line[0].isalnum() and display_width(text)
                     >= display_width(next_line.rstrip(_SPACE)) - 1
                     and not takes_byline(next_line.strip(_SPACE), rules))):
            reasons.append("runs_on")
    return tuple(reasons)


def _lead_in(text: str, rules: RuleSet) -> bool:
    """A section heading that leads into what follows with a dash (为何著书——,
    这是逐梦征程的历史坐标——): a phrase, no clause mark inside. A line with one
    (今年的两个坐标，提供了一个重要观察维度——) is a sentence leading into a list."""
    end = rules.param("DBT002", "lead_in_end")
    return (text.endswith(end) and len(text) > len(end)
            and not any(c in rules.param("DBT002", "clause_marks") for c in text[:-len(end)]))


def _printed_marker(source: str, start: int) -> bool:
    """Whether the source printed a markdown heading marker at a heading's start."""
    line = source.rfind("\n", 0, start) + 1
    return source[line:start + 1].lstrip(_SPACE).startswith("#")


def assess(page: Page, rules: RuleSet) -> None:
    """Add the page's doubt flags to page.flags."""
    found = headings(page, rules)
    inferred = [h for h in found if h.inferred]
    blocks = sum(len(a.body) for a in page.articles)
    if (rules.on("DBT001") and len(inferred) >= rules.param("DBT001", "min_headings")
            and len(inferred) > rules.param("DBT001", "max_share") * blocks):
        page.flag("DBT001", f"{len(inferred)} of {blocks} body blocks were made headings: "
                  "check that they are not the first lines of paragraphs",
                  headings=len(inferred), blocks=blocks)
    odd = [h for h in inferred if h.reasons]
    if rules.on("DBT002") and odd:
        reasons = Counter(r for h in odd for r in h.reasons)
        many = len(odd) > 1
        page.flag("DBT002", f"{len(odd)} heading{'s' * many} read{'s' * (not many)} like the "
                  f"middle of a sentence, e.g. “{_clip(odd[0].block.text)}”",
                  headings=len(odd), reasons=dict(sorted(reasons.items())),
                  examples=[_clip(h.block.text) for h in odd[:3]])
    if rules.on("DBT004"):
        columns = _side_by_side(page.ordered, rules)
        if columns is not None:
            page.flag("DBT004", "columns stand side by side on the lines (the converter read "
                      "across them): articles and paragraphs are interleaved; take this "
                      "converter's text in reading order (pdftotext without -layout, "
                      "PyMuPDF without sort)", **columns)
    if rules.on("DBT003"):
        measure = _measure(page.ordered, rules, page.input.get("style") == "wrapped")
        if measure is not None:
            page.flag("DBT003", "the lines look hard-wrapped but share no common width: "
                      "paragraph ends may be wrong", **measure)


_CELL_GAP = regex.compile(r"[ \u3000]{2,}")


def layout_doubt(page: Page, rules: RuleSet) -> None:
    """DBT005: flag a page whose columns LAY001 read one after the other when lines of
    its reading order still hold two columns' text (cells the gutters did not part: read
    across, so the text around them may be out of order). The lines are named. A photo's
    credit whose reporter's title stands apart from the name (新华社记者  卢汉欣摄: CAP002 or
    CAP004's credit, a title of CLS003's before the gap) is one column's line; a column's
    line beside another's credit (…现代化      本报记者 唐杰强摄) still holds two."""
    if not rules.on("DBT005") or not any(e.rule == "LAY001" for e in page.layout):
        return  # (LAY101 reorders whole lines: none of its lines holds two columns)
    gap = rules.param_patterns("LAY001", "column_gap")[0]
    credits = rules.param_patterns("CAP004", "credit") if rules.on("CAP004") else ()
    titles = rules.param_patterns("CLS003", "titles")

    def credit(text: str) -> bool:
        first = _CELL_GAP.split(text, 1)[0]
        return any(t.fullmatch(first) for t in titles) and (
            (rules.on("CAP002") and rules["CAP002"].search(text) is not None)
            or any(c.search(text) for c in credits))

    left = [n for n, t in enumerate(page.ordered.split("\n"), 1)
            if gap.search(t.strip()) and not credit(t.strip())]
    if len(left) >= rules.param("DBT005", "min_lines"):
        page.flag("DBT005", f"the reading order was rebuilt from the columns' places, but "
                  f"{len(left)} line{'s' * (len(left) > 1)} still hold two columns' text: "
                  "check the articles around them", lines=left[:20], count=len(left))


def order_rebuilt(page: Page, rules: RuleSet) -> None:
    """DBT008: flag a page whose reading order an orderer rebuilt with no sure place for
    each column (`orderers`: LAY101 from the lines' words and widths alone, LAY002 from
    padded estimates) for at least `min_share` of its lines. The evidence: the rules
    (`rules`), how many lines they reordered (`lines`, a count) and their share (`share`)."""
    if not rules.on("DBT008"):
        return
    orderers = set(rules.param("DBT008", "orderers"))
    edits = [e for e in page.layout if e.rule in orderers]
    if not edits:
        return
    total = sum(1 for line in page.source.split("\n") if line.strip())
    moved = sum(1 for e in edits for line in page.source[e.start:e.end].split("\n")
                if line.strip())
    share = moved / max(total, 1)
    if share < rules.param("DBT008", "min_share"):
        return
    by = sorted({e.rule for e in edits})
    page.flag("DBT008", f"the converter did not give the page in reading order: "
              f"{' and '.join(by)} rebuilt it without the columns' places for {moved} of "
              f"its {total} lines ({share:.0%}); where a paragraph runs from one column or "
              "box into the next, check that the right text follows it", rules=by,
              lines=moved, share=round(share, 3))


def assess_layout(page: Page, rules: RuleSet) -> None:
    """DBT006: the page's input seems read across columns row by row (pdfminer.six) in
    places the layout stage reordered on thin evidence, or left as printed."""
    if not rules.on("DBT006"):
        return
    runs = interleave.doubts(page.source, rules)
    if not runs:
        return
    kept = [r for r in runs if not r["accepted"]]
    page.flag("DBT006", f"{len(runs)} run{'s' * (len(runs) > 1)} of lines may be columns the "
              f"converter read row by row ({len(kept)} left as printed, "
              f"{len(runs) - len(kept)} reordered on thin evidence), e.g. lines "
              f"{runs[0]['lines'][0]}–{runs[0]['lines'][1]}: check the paragraphs there",
              runs=[{k: r[k] for k in ("lines", "k", "gain", "votes", "accepted")}
                    for r in runs])


def glued_rows(page: Page, rules: RuleSet, reordered: bool) -> None:
    """DBT007: flag runs of lines that each hold two columns' lines or more side by side
    (Tesseract's default segmentation reads a box's 5-7 columns row by row: 报名通道开放不到10分
    法、绘画、太极拳，短视频 / 钟，书法、声乐、智能手机 。” 拍摄剪辑、智能手机使用、). The pieces
    are not on a character grid and their count and widths vary from row to row (a column
    ends, OCR sets spaces inside a column's line and reads a gutter as ” or 。), so they are
    left as read: the flag names the runs. A page an orderer reordered (`reordered`:
    LAY001, LAY002, LAY101), or whose columns DBT004 flags, is left to them."""
    if (not rules.on("DBT007") or reordered
            or any(f.get("code") == "DBT004" for f in page.flags)):
        return
    least = rules.param("DBT007", "min_han")
    shortest = rules.param("DBT007", "min_lines")
    runs: list[list[int]] = []
    first = None
    lines = page.ordered.split("\n")
    for n, line in enumerate(lines + [""], 1):
        # (A line with no space inside is one piece: it is read without counting.)
        pieces = _PIECE.split(line.strip()) if _PIECE.search(line.strip()) else ()
        if sum(1 for piece in pieces if len(_HAN.findall(piece)) >= least) >= 2:
            first = n if first is None else first
            continue
        if first is not None and n - first >= shortest:
            runs.append([first, n - 1])
        first = None
    if runs:
        count = sum(b - a + 1 for a, b in runs)
        page.flag("DBT007", f"{len(runs)} run{'s' * (len(runs) > 1)} of lines ({count} lines) "
                  "hold several columns' lines side by side (OCR read the columns row by "
                  f"row), e.g. lines {runs[0][0]}–{runs[0][1]}: the text there is "
                  "interleaved; check the articles around them", runs=runs[:20],
                  lines=count)


_PIECE = regex.compile(r"[ \u3000]+")
_HAN = regex.compile(r"\p{Han}")


def _measure(source: str, rules: RuleSet, wrapped: bool) -> dict | None:
    """DBT003's evidence when the text reads hard-wrapped without a measure, else None."""
    terminal = rules.param("JOIN001", "terminal") + "”’」』）)"
    least = rules.param("DBT003", "min_line_width")
    raw = [line.strip(_SPACE) for line in source.split("\n")]
    # Only lines with a neighbour count: a line between blank lines is a paragraph or a
    # heading of its own, whatever its width.
    lines = [t for k, t in enumerate(raw) if t and display_width(t) >= least
             and ((k and raw[k - 1]) or (k + 1 < len(raw) and raw[k + 1]))]
    if not lines:
        return None
    widths = [round(display_width(t)) for t in lines]
    open_ends = sum(1 for t in lines if t[-1] not in terminal)
    if not wrapped and open_ends < rules.param("DBT003", "wrapped_share") * len(lines):
        return None
    common, _ = Counter(widths).most_common(1)[0]
    at_measure = sum(1 for w in widths if abs(w - common) <= 1)
    if at_measure >= rules.param("DBT003", "measure_share") * len(widths):
        return None
    return {"lines": len(widths), "most_common_width": common, "at_that_width": at_measure}


def _side_by_side(source: str, rules: RuleSet) -> dict | None:
    """DBT004's evidence when many lines hold two runs of text a wide gap apart, else None.
    A column gap is several spaces between Han characters; a byline's names are spaced
    too, so only a share of the page's lines counts."""
    lines = [t for t in source.split("\n") if t.strip()]
    if len(lines) < rules.param("DBT004", "min_lines"):
        return None
    gapped = sum(1 for t in lines if _COLUMN_GAP.search(t.strip()))
    if gapped < rules.param("DBT004", "min_share") * len(lines):
        return None
    return {"lines": len(lines), "lines_with_a_column_gap": gapped}


def _clip(text: str, size: int = 24) -> str:
    return text if len(text) <= size else text[:size - 1] + "…"
