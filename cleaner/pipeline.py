"""The pipeline: decode → normalise → cut into blocks → classify → structure → relocate →
repair → assemble. `clean` is what the command line and other programs call."""
from __future__ import annotations

import regex

from .assemble import assemble, block_text, replay
from .blocks import cut, set_in_ocr_blocks
from .classify import classify
from .decode import check_text, decode
from .doubt import assess, layout_doubt, assess_layout, glued_rows, order_rebuilt
from .errors import CleanerError, RuleTimeoutError
from .heads import mark_heads, mark_reading_on, put_right
from .layout import plan as plan_layout, reordered as columns_reordered
from .model import Page
from .ocr import mark_specks
from .registry import PATTERN_TIMEOUT, RuleSet, RuleTimeout, default_rules
from .repair import plan_joins, relocate
from .structure import segment, sign_notes
from .textnorm import line_edits, plan_script, wrapped_jumps
from .titles import join_column_tags, join_open_quotations, join_wrapped_titles
from .words import paragraph_pairs

SCRIPT_MODES = ("auto", "keep", "s", "t", "t2s", "s2t", "hk2s", "tw2s", "s2hk", "s2tw")


class InternalError(CleanerError):
    """The cleaner broke one of its own invariants: a bug to report, not bad input."""

    exit_code = 70


def clean(page: str | bytes, *, rules: RuleSet | None = None, script: str = "auto",
          name: str = "", strict: bool = False) -> Page:
    """Clean one newspaper page.

    `page` is the converter's text (or its bytes, decoded as `decode` does). Returns the
    `Page`: its articles, page metadata and the edit log, whose replay on `page.source`
    gives `page.text`.

    A rule whose pattern runs past the time limit on this page is stopped on this page:
    the page is cleaned again without it and `page.flags` says so. With `strict`, that
    raises RuleTimeoutError instead.

    >>> p = clean("# 标题\\n\\n本报讯(记者 王五)今天,天气晴。\\n")
    >>> p.articles[0].dateline
    '本报讯（记者 王五）'
    """
    if script not in SCRIPT_MODES:
        raise CleanerError(f"unknown script mode {script!r}; one of {', '.join(SCRIPT_MODES)}")
    if not isinstance(page, (str, bytes, bytearray)):
        raise TypeError(f"{name or 'clean()'}: the page must be str or bytes, not "
                        f"{type(page).__name__}")
    rules = rules or default_rules()
    facts = {}
    if isinstance(page, (bytes, bytearray)):
        page = bytes(page)
        decoded = decode(page, name=name or "input")
        source = decoded.text
        facts = {"encoding": decoded.encoding, "bom": decoded.bom, "newlines": decoded.newlines}
    else:
        source = check_text(page.replace("\r\n", "\n").replace("\r", "\n"),
                            name or "input", "text")
    rules = rules.for_page(source)
    flags = []
    while True:
        try:
            page = _clean(source, rules, script, facts, name)
            break
        except RuleTimeout as stop:
            label = name or "input"
            where = f"rule {stop.rule} (pattern {stop.pattern!r:.60}) ran past " \
                    f"{PATTERN_TIMEOUT:g} s on {label}"
            if strict or stop.rule in rules.stopped:
                raise RuleTimeoutError(f"{where}; fix or disable the rule "
                                       "(--disable ID)") from None
            flags.append({"code": stop.rule, "flag": "rule_timeout", "rule": stop.rule,
                          "pattern": stop.pattern, "seconds": PATTERN_TIMEOUT,
                          "message": f"{where}; the rule was stopped on this page"})
            rules = rules.stop(stop.rule)
    page.flags[:0] = flags  # a stopped rule first, then what assess() doubts
    return page


def _clean(source: str, rules: RuleSet, script: str, facts: dict, name: str) -> Page:
    facts["profile"] = rules.profile
    layout = plan_layout(source, rules)
    for n, e in enumerate(layout):
        e.id = n
    orderers = frozenset(e.rule for e in layout)
    page = _clean_ordered(replay(source, layout) if layout else source, rules, script, facts,
                          name, orderers)
    page.source, page.layout = source, layout
    layout_doubt(page, rules)
    order_rebuilt(page, rules)
    assess_layout(page, rules)
    glued_rows(page, rules, columns_reordered(orderers))
    return page


def _clean_ordered(source: str, rules: RuleSet, script: str, facts: dict, name: str,
                   orderers: frozenset[str] = frozenset()) -> Page:
    """Clean the page in reading order: `source` is the input with the layout edits
    replayed (the input itself when there are none); `orderers`, the rules of those
    edits."""
    reordered = columns_reordered(orderers)
    invisible = rules.param("NRM002", "chars")
    invisible_re = regex.compile("[" + regex.escape(invisible) + "]")
    # (Columns read line by line and put back: a fact of the page's order, which BLK005
    # reads too, so it holds whether or not BLK009 is on.)
    interleaved = bool(orderers & set(rules.param("BLK009", "not_after")))
    blocks, style = cut(source, rules, invisible, reordered, interleaved)
    script_plan = plan_script(source, rules, script)
    # (Where the pipe tables' rows start, their raw lines': no bracket pairs across a row's
    # edge, PUN002, nor a mark beside the table judged by a row's edge, PUN001.)
    rows = frozenset(source.rfind("\n", 0, s) + 1 for b in blocks if b.role == "table"
                     for s, _ in b.lines)
    for block in blocks:
        lines = [(block.content_start if n == 0 else start, end)
                 for n, (start, end) in enumerate(block.lines)]
        # (A marker's head and tail on two lines are read as one only in the converter's
        # own order: where an orderer put columns back, the line under a head may be
        # another column's.)
        cut_jumps = {} if reordered else wrapped_jumps(source, lines, rules)
        for n, (start, end) in enumerate(lines):
            edits = line_edits(source, start, end, rules, script_plan, invisible_re,
                               tuple(cut_jumps.get(n, ())), row=block.role == "table",
                               rows=rows)
            block.edits.extend(edits)
            block.line_texts.append(_apply(source, start, end, edits))
        block.text = block_text(block)
    classify(blocks, rules, reordered, grid="LAY001" in orderers)
    mark_specks(blocks, rules, style)
    # (A page set in OCR's blocks: OCR misreads, loses and flips marks and characters, and
    # cuts a paragraph wherever its blocks end, so the title rules weigh its lines so.)
    ocr = style == "wrapped" and not reordered and set_in_ocr_blocks(source, rules)
    blocks = put_right(blocks, rules, style, ocr=ocr)
    # The page's pairs of characters as its paragraphs print them, counted once: where a
    # title or a paragraph breaks inside a word (CLS015, CLS017, JOIN001).
    words = paragraph_pairs(blocks)
    if ocr:
        mark_reading_on(blocks, rules, words)
    blocks = mark_heads(blocks, rules, style, words, ocr=ocr)
    blocks = join_wrapped_titles(blocks, rules, style, words, ocr=ocr)
    blocks = join_column_tags(blocks, rules, style)
    blocks = join_open_quotations(blocks, rules, style, ocr=ocr)
    plan = segment(blocks, rules, style, ocr=ocr, reordered=reordered, orderers=orderers)
    moves = relocate(plan, rules, sheets=not reordered, words=words, orderers=orderers)
    joins = plan_joins(plan, moves, blocks, rules, words)
    sign_notes(plan, rules)
    articles, edits, meta = assemble(source, blocks, plan, moves, joins, rules, style)
    text = replay(source, edits)
    rendered = "\n\n".join(a.render() for a in articles)
    if text != (rendered + "\n" if articles else ""):
        raise InternalError("the edit log does not rebuild the articles (a cleaner bug; "
                            "please report it with the page)")
    facts["style"] = style
    cleaned = Page(source=source, ordered=source, text=text, articles=articles, edits=edits,
                   banner=meta["banner"], furniture=meta["furniture"],
                   captions=meta["captions"], input=facts, script=script_plan.as_dict(),
                   name=name, rules=rules)
    assess(cleaned, rules, reordered)
    return cleaned


def _apply(source: str, start: int, end: int, edits) -> str:
    out, cursor = [], start
    for e in edits:
        out.append(source[cursor:e.start])
        out.append(e.after)
        cursor = e.end
    out.append(source[cursor:end])
    return "".join(out)
