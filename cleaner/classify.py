"""Classify blocks on their own (stages classify and captions): furniture, captions, bylines.

Pattern rules come from rules/*.toml (any rule with a `role` and `patterns`); the first
that matches a block, in order of priority, gives it its role. Rules that need the
block's shape rather than its words (CAP003) are here as code with their parameters in data.
"""
from __future__ import annotations

from functools import lru_cache

import regex

from .blocks import display_width
from .marks import BOOK_CLOSE, CLOSERS, STRAIGHT_QUOTES, terminal_marks
from .model import Block
from .registry import RuleSet, compile_all

_ANY_PUNCT = regex.compile(r"[\p{P}]")
_DIGIT = regex.compile(r"[0-9０-９]")
# What stands between the names of a byline: spaces, enumeration commas, slashes, bars.
NAME_SEPARATORS = regex.compile(r"[\s\u3000、，,/／|｜]+")
TERMINAL_CLOSERS = CLOSERS + BOOK_CLOSE + STRAIGHT_QUOTES
_OPENING_QUOTES = "“‘ \u3000"


def classify(blocks: list[Block], rules: RuleSet, reordered: bool = False,
             grid: bool = False) -> None:
    """Set `role`, `cue` and `evidence` of every block from its own text and shape
    (`reordered`: an orderer of the layout stage put the page's columns in order; `grid`:
    it read them off a character grid, LAY001, whose blank rows are vertical space)."""
    for block in blocks:
        if block.role == "table":
            continue  # a pipe table (BLK015): its rows are no title, caption or byline
        if block.level:
            block.role, block.cue = "heading", "BLK002"
        text = block.text
        for rule in rules.pattern_rules:
            if block.level and not rule.headings:
                continue
            if rule.max_chars is not None and len(text) > rule.max_chars:
                continue
            m = rule.search(text)
            if m and "surnames" in rule.params and not names_only(text, rule, cut_end=True):
                continue
            if m:
                block.role, block.cue = rule.role, rule.id
                block.evidence = {"matched": m.group()[:40]}
                break
        else:
            after_figure = block.index and blocks[block.index - 1].cue == "BLK006"
            if not block.level and _stacked_title(block, rules, after_figure, grid):
                block.role, block.cue = "caption", "CAP003"
                block.evidence = {"lines": len(block.lines), "blank_lines_before":
                                  block.gap_before, "grid": grid}
    for block in blocks:
        # A footer or caption split off a printed line it shared: the split is the
        # decision to explain (BLK007, CAP005).
        if block.split_by and block.role in ("furniture", "caption"):
            block.evidence = dict(block.evidence, role_by=block.cue)
            block.cue = block.split_by
        if block.role == "caption" and "caption_over_credit" in block.start_evidence:
            # (A caption's line wider than the column taken with its credit's line under
            # it, in the blocks stage: the widths that said so.)
            block.evidence = dict(block.evidence, **{
                k: block.start_evidence[k] for k in ("caption_over_credit", "measure", "width")})
    if rules.on("CAP004"):
        _credit_lines(blocks, rules)
    if rules.on("CLS022") and not reordered:
        # (An orderer reads a masthead set on the edition line's row as pieces of its grid,
        # 华东科 / 技报, which the title rules join again: CLS015, a word across the break.)
        _masthead_pieces(blocks, rules)


def _masthead_pieces(blocks: list[Block], rules: RuleSet) -> None:
    """CLS022: the page's masthead as OCR reads it, in pieces over the edition line.

    The paper's name is set as a logo at the page's top; Tesseract reads it in pieces of a
    character or a few, each alone between blank lines, the 日 of 日报 now and then lost
    or glued back (南岭 / 报, 北方报, 华东科： / 村 / 王十 / 汉J, 下 / 多 / 闻商报), and then
    the edition line (2025年12月5日 星期五 第13版). A PDF extractor prints the name whole
    (南岭日报), which CLS019 knows. The pieces are no banner: the banner (a slogan, 创建全国
    文明城市 共建共享美好家园) stands under the edition line, over the first title. So
    the blocks over the page's edition line are furniture where there are
    at most `max_pieces` of them, each of at most `max_chars` characters, none a byline,
    caption or heading the converter marked: the edition line is the first furniture line
    (CLS002, CLS019) with a figure in it (a date, a page); above it only the masthead, whole
    (CLS019: 闻商报) or in pieces. Pages an orderer reordered are left alone (classify)."""
    most, longest = rules.param("CLS022", "max_pieces"), rules.param("CLS022", "max_chars")
    edition = next((n for n, b in enumerate(blocks[:most + 1])
                    if b.role == "furniture" and b.cue in ("CLS002", "CLS019")
                    and _DIGIT.search(b.text)), None)
    if not edition:
        return
    above = blocks[:edition]
    if not all(not b.level and (b.role == "paragraph" or b.cue == "CLS019")
               and len("".join(b.text.split())) <= longest for b in above):
        return
    pieces = [b for b in above if b.role == "paragraph"]
    for b in pieces:
        b.role, b.cue = "furniture", "CLS022"
        b.evidence = {"over_edition_line": blocks[edition].text[:16],
                      "masthead": "".join("".join(x.text.split()) for x in above)}


def _credit_lines(blocks: list[Block], rules: RuleSet) -> None:
    """CAP004: a credit line alone completes the caption above it, and makes a short
    sentence above it a caption when nothing else marked one."""
    credits = rules.param_patterns("CAP004", "credit")
    credited = rules["CAP005"].search  # a caption that ends in its credit (…。 张三摄)
    longest = rules.param("CAP004", "max_caption_chars")
    reach = rules.param("CAP004", "max_blocks_back")
    terminal = terminal_marks(rules)
    for n, (prev, block) in enumerate(zip(blocks, blocks[1:])):
        if block.role != "caption" or not any(c.match(block.text) for c in credits):
            continue
        if prev.role == "caption":
            block.merge_caption = True
            continue
        # OCR reads a photo's credit after some of the text beside the photo (图为…。 /
        # 8 lines of text / 卢俊琳摄): it completes the caption above that has none.
        at = _uncredited_caption(blocks, n, reach, credits, credited)
        if at is not None:
            block.merge_caption, block.cue = True, "CAP004"
            block.evidence = dict(block.evidence, credits=blocks[at].text[:12],
                                  blocks_back=n + 1 - at)
        elif (prev.role == "paragraph" and not prev.level and len(prev.text) <= longest
              and ends_sentence(prev.text, terminal)):
            prev.role, prev.cue = "caption", "CAP004"
            prev.evidence = {"credit_below": block.text}
            block.merge_caption = True


def _uncredited_caption(blocks: list[Block], n: int, reach: int, credits, credited) -> int | None:
    """The index of the caption at most `reach` blocks above blocks[n] (text between, no
    title or other caption) that has no credit of its own, or None. (Its index, not the
    block: finding a block again with list.index compares whole blocks, quadratic.)"""
    for k in range(n, max(-1, n - reach), -1):
        b = blocks[k]
        if b.role == "caption":
            has = (credited(b.text) or any(c.match(b.text) for c in credits)
                   or (k + 1 < len(blocks) and blocks[k + 1].merge_caption))
            return None if has else k
        if b.role != "paragraph" or b.level:
            return None
    return None


@lru_cache(maxsize=32)
def _compiled(patterns: tuple[str, ...], rule_id: str):
    return compile_all(patterns, rule=rule_id)


def names_only(text: str, rule, cut_end: bool = False) -> bool:
    """A byline rule's second test (when it lists surnames): once its titles (四川日报记者,
    通讯员, 实习生) are taken out, what remains is names, each opening with a surname.
    `cut_end`: the last word, after a name, may be the next reporter's title cut by the
    line's end (the rule's `cut_title`: …张 萌 中青报· / 中青网记者): a block's text, whose
    line was set apart from its rest by OCR, not a printed line weighed alone."""
    titles = _compiled(tuple(rule.params.get("titles", ())), rule.id)
    surnames = rule.params["surnames"]
    compound = rule.params.get("compound_surnames", ())
    cut = rule.params.get("cut_title")
    names = 0
    tokens = [t for t in NAME_SEPARATORS.split(text) if t]
    for n, token in enumerate(tokens):
        for title in titles:
            token = title.sub("", token)
        if not token:
            continue
        if len(token) == 1:  # a spaced name: 赵  兵
            names += token in surnames
            continue
        if (cut_end and cut and n == len(tokens) - 1 and names
                and _compiled((cut,), rule.id)[0].fullmatch(token)):
            continue  # the next reporter's title, cut by the line's end
        if len(token) > 4 or not (token[0] in surnames or token[:2] in compound):
            return False
        names += 1
    return names > 0


def _stacked_title(block: Block, rules: RuleSet, after_figure: bool = False,
                   grid: bool = False) -> bool:
    """CAP003: two or more short lines without punctuation, after a photo (its blank gap
    or its image reference).

    On a character grid (`grid`: pdftotext -layout, its columns read by LAY001) every
    printed row is a line, so the space over a large title (its leading, the box's top
    margin) is blank rows too, a few of them: the gap is a photo's only where it is as
    tall as one (`grid_min_gap_lines`)."""
    if not rules.on("CAP003") or len(block.lines) < 2:
        return False
    least = rules.param("CAP003", "grid_min_gap_lines" if grid else "min_gap_lines")
    if block.gap_before < least and not after_figure:
        return False
    widest = rules.param("CAP003", "max_line_chars")
    return all(display_width(line) <= widest and not _ANY_PUNCT.search(line)
               for line in block.line_texts)


def ends_sentence(text: str, terminal: str) -> bool:
    """Whether a paragraph's text ends a sentence (closing quotes and brackets allowed).

    >>> ends_sentence("他说：“好。”", "。"), ends_sentence("本报讯（记者 王五）", "。")
    (True, False)
    """
    text = text.rstrip()
    # (OCR reads a closing quote as an opening one, now and then a space before it:
    # …咱俩还挨着摆? “ ends its sentence; no sentence goes on after an opening quote that
    # ends the text.)
    stripped = text.rstrip(TERMINAL_CLOSERS + _OPENING_QUOTES)
    if stripped and stripped[-1] in terminal:
        return True
    # A parenthetical standing alone, e.g. （完） or （本报记者 张三）.
    return text[:1] in "（(" and text[-1:] in "）)"
