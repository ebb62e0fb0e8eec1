"""Page doubt: after cleaning, what makes the cleaner unsure of the page as a whole.

Each check is a rule of rules/doubt.toml (stage "flag") and adds a page flag with
`Page.flag`: the manifest's page.flags and the top of the report. No check changes text.

- DBT001 many headings were inferred for the paragraphs found;
- DBT002 inferred headings read like the middle of a sentence (`mid_sentence`), but for
  the tests a section head's cues clear (`section_head`: a long-form page's heads are full
  statements between paragraphs that end sentences);
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
  apart (OCR read a box's columns row by row), or lines here and there hold two Han
  words a gutter apart (OCR read a title or a line across the gutter), on a page no
  orderer reordered (`glued_rows`);
- DBT008 the converter did not give the page in reading order, and an orderer rebuilt it
  with no sure place for each column (LAY101 from the text alone, LAY002 from padded
  estimates) for a share of its lines (`order_rebuilt`);
- DBT009 articles' headlines read like OCR's misreading of a large title (`misread_headlines`);
- DBT010 paragraphs end in the middle of a sentence: the text that went on was read
  elsewhere or lost (`cut_paragraphs`);
- DBT011 articles have a headline and no paragraph (`bare_headlines`);
- DBT012 the page holds little Chinese text (`little_chinese`);
- DBT013 the page holds text but no article: all of it went to the page's banner,
  furniture and captions (`no_article`).
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

import regex

from . import interleave
from .assemble import walk
from .blocks import HEADING, display_width, takes_byline
from .heads import bare_byline
from .layout import reordered as columns_reordered
from .marks import CLOSERS, terminal_marks
from .model import Article, BodyBlock, Page
from .registry import RuleSet
from .structure import jump_says

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
    cleared: dict[str, str] | None = None  # a test that held: the cue that clears it


def headings(page: Page, rules: RuleSet, reordered: bool | None = None) -> list[Heading]:
    """Every section heading of the page's articles, with DBT002's verdict on it: the
    tests that hold (`mid_sentence`) but those a section head's cues clear (`section_head`).
    `reordered`: an orderer of the layout stage rebuilt the page's lines (by default, read
    from page.layout)."""
    if reordered is None:
        reordered = columns_reordered(e.rule for e in page.layout)
    out = []
    for n, article in enumerate(page.articles):
        found = {i: mid_sentence(page.ordered, article, i, rules)
                 for i, block in enumerate(article.body) if block.type == "heading"
                 and block.spans and not _printed_marker(page.ordered, block.spans[0][0])}
        heads = [i for i in found if _between_sentences(page.ordered, article, i, rules)]
        for i, block in enumerate(article.body):
            if block.type != "heading" or not block.spans:
                continue
            reasons = found.get(i)
            cleared = (section_head(page.ordered, article, i, reasons, heads, rules,
                                    reordered) if reasons else {})
            out.append(Heading(n, i, block, reasons is not None,
                               tuple(r for r in reasons or () if r not in cleared),
                               cleared or None))
    return out


def section_head(source: str, article: Article, i: int, reasons: tuple[str, ...],
                 heads: list[int], rules: RuleSet, reordered: bool = False) -> dict[str, str]:
    """{DBT002 test: the cue that clears it} for body block `i`, a heading that stands
    between sentences (`heads` lists the article's inferred headings that do, see
    `_between_sentences`). A long-form page (人民日报's theory pages) sets its section
    heads as full statements with no end mark, some longer than max_chars or as wide as
    the next paragraph's first line:
      after_lead_in  the heading before it leads in with a dash (为何著书—— / 中国不是难解
                     的谜团，而是鲜活的拼图): it is that head's statement; clears long and
                     runs_on;
      parallel       at least min_parallel of the article's inferred headings, this one and
                     others about as wide (`_alike`), stand between sentences (更好统筹…具有深
                     刻的理论逻辑、历史逻辑、实践逻辑, 完整准确全面贯彻新发展理念，以高质量发
                     展促进高水平安全, …): clears long and runs_on; one far longer than its
                     fellows (一、坚持党的领导 … 五、坚持党的领导坚持党的领导…) is not cleared;
      short_line     it and the line after it (the next paragraph's first) are narrower
                     than the column's measure (see `_short_line`): no line cut by the
                     column; clears runs_on.
    An open end is never cleared: the text says it runs on. A heading that does not stand
    between sentences (the block before it ends mid-sentence: …国防等安全基础进一步夯) is
    cleared by nothing, nor is one on a page an orderer rebuilt (`reordered`): its lines
    are the orderer's cells and the blocks around it may be another column's."""
    if "open_end" in reasons or i not in heads or reordered:
        return {}
    cues = {}
    before = article.body[i - 1]
    if before.type == "heading" and _lead_in(before.text.rstrip(), rules):
        cues = {r: "after_lead_in" for r in ("long", "runs_on")}
    elif 1 + sum(1 for j in heads if j != i and _alike(article.body[i].text,
                                                       article.body[j].text, rules)
                 ) >= rules.param("DBT002", "min_parallel"):
        cues = {r: "parallel" for r in ("long", "runs_on")}
    elif _short_line(source, article.body[i], rules):
        cues["runs_on"] = "short_line"
    return {r: cue for r, cue in cues.items() if r in reasons}


def _between_sentences(source: str, article: Article, i: int, rules: RuleSet) -> bool:
    """Whether heading `i` stands between sentences: the block before it ends one (or is a
    lead-in heading), the block after it starts one, and its own text starts one and holds
    no gap but one between two Han characters (勇往直前  推动中国式现代化行稳致远); text
    glued across columns (曾 海摄   馆三代…) or cut from a paragraph does not, nor does a
    subtitle (——来自三个省份的调研), which belongs under a headline."""
    text = article.body[i].text.strip(_SPACE)
    if (not 0 < i < len(article.body) - 1 or not text or text[0] in _NO_START
            or text.startswith(rules.param("DBT002", "subtitle_start"))):
        return False
    before = article.body[i - 1].text.rstrip(_SPACE).rstrip(rules.param("DBT002", "closers"))
    if not (before and before[-1] in rules.param("DBT002", "sentence_end")
            or article.body[i - 1].type == "heading" and _lead_in(before, rules)):
        return False
    after = article.body[i + 1].text.lstrip(_SPACE)
    gaps = _GAP.findall(text)
    return (bool(after) and after[0] not in _NO_START and len(gaps) <= 1
            and all(_HAN_GAP.fullmatch(g) for g in gaps))


def _alike(one: str, other: str, rules: RuleSet) -> bool:
    """Whether two headings are about as wide: the narrower at least parallel_width of the
    wider."""
    a, b = sorted((display_width(one.strip()), display_width(other.strip())))
    return b > 0 and a >= rules.param("DBT002", "parallel_width") * b


_GAP = regex.compile(r".[ \t\u3000\u00a0]+.")
_HAN_GAP = regex.compile(r"\p{Han}[ \t\u3000\u00a0]+\p{Han}")


def _short_line(source: str, block: BodyBlock, rules: RuleSet) -> bool:
    """Whether a heading (all of it: one over two printed lines is as wide as both) and
    the line after it (a paragraph's first, indented, or all of a short one) are both
    narrower than the lines around it (the median of up to measure_lines before it and
    after it) by more than measure_slack. A line the column cut is as wide as the rest,
    and so is the line that carries on its sentence (幸福里小区建于上世纪90年代 / 初，共有18
    栋多层住宅楼，没: a paragraph's first line, its indent lost)."""
    start, end = block.spans[0][0], block.spans[-1][1]
    text = block.text.strip(_SPACE + "\u00a0")
    n = rules.param("DBT002", "measure_lines")
    before, after = _lines_around(source, start, end, n)
    around = before + after
    if not text or not around:
        return False
    widths = sorted(display_width(t.strip(_SPACE)) for t in around)
    measure = (widths[(len(widths) - 1) // 2] + widths[len(widths) // 2]) / 2
    short = measure - rules.param("DBT002", "measure_slack")
    return display_width(text) < short and all(display_width(t.strip(_SPACE)) < short
                                                for t in after[:1])


def _lines_around(source: str, start: int, end: int, n: int) -> tuple[list[str], list[str]]:
    """Up to `n` lines with text before the line at `start` and after the one at `end`."""
    before: list[str] = []
    at = source.rfind("\n", 0, start)  # the end of the line before
    while at >= 0 and len(before) < n:
        begin = source.rfind("\n", 0, at) + 1
        if source[begin:at].strip():
            before.insert(0, source[begin:at])
        at = begin - 1
    after: list[str] = []
    at = source.find("\n", end)
    while at >= 0 and len(after) < n:
        stop = source.find("\n", at + 1)
        line = source[at + 1:stop if stop >= 0 else len(source)]
        if line.strip():
            after.append(line)
        at = stop
    return before, after


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
    """Whether the source printed a markdown heading marker at a heading's start: its line
    a markdown heading (blocks.HEADING), not any line opening with '#' (####### 标题, seven,
    is a line of text; a heading found in it is inferred)."""
    line = source.rfind("\n", 0, start) + 1
    return HEADING.match(source, line + len(source[line:start]) - len(
        source[line:start].lstrip(_SPACE))) is not None


def assess(page: Page, rules: RuleSet, reordered: bool | None = None) -> None:
    """Add the page's doubt flags to page.flags (`reordered`: see `headings`)."""
    found = headings(page, rules, reordered)
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
        # (The cues that cleared other headings' tests, counted: see section_head.)
        cleared = Counter(c for h in inferred for c in (h.cleared or {}).values())
        page.flag("DBT002", f"{_counted(len(odd), 'heading reads', 'headings read')} like the "
                  f"middle of a sentence, e.g. “{_clip(odd[0].block.text)}”",
                  headings=len(odd), reasons=dict(sorted(reasons.items())),
                  examples=[_clip(h.block.text) for h in odd[:3]],
                  **({"cleared": dict(sorted(cleared.items()))} if cleared else {}))
    if rules.on("DBT004"):
        columns = _side_by_side(page.ordered, rules)
        if columns is not None:
            page.flag("DBT004", "columns stand side by side on the lines (the converter read "
                      "across them): articles and paragraphs are interleaved; take this "
                      "converter's text in reading order (pdftotext without -layout, "
                      "PyMuPDF without sort)", **columns)
    misread_headlines(page, rules)
    cut_paragraphs(page, rules)
    bare_headlines(page, rules)
    little_chinese(page, rules)
    no_article(page, rules)
    if rules.on("DBT003"):
        measure = _measure(page.ordered, rules, page.input.get("style") == "wrapped")
        if measure is not None:
            page.flag("DBT003", "the lines look hard-wrapped but share no common width: "
                      "paragraph ends may be wrong", **measure)


def misread(headline: str, rules: RuleSet, kicker: bool = False) -> tuple[str, ...]:
    """Which of DBT009's tests say a headline reads like OCR's misreading of a large title
    (rules/doubt.toml): speck (a mark OCR reads off a stroke or a rule: 委内瑞拉加强|),
    letters (a Latin letter or two, one lower-case, beside Han: 丽条腿庆fr), tiny (a
    character, marks aside: 他-), names (a byline's names alone, the title above them
    lost: 赵  鹏  林  蔚), gap (a wide gap inside: a title read across a gutter), no_start (it
    opens with a mark no sentence starts with), open_end (it ends on a clause mark or a
    clause of a character: 引领未来，中). A `kicker` (the line over the headline, from the
    same large type) is put to the tests of marks alone (speck, letters, gap): a kicker is
    a short phrase, and one that ends on a comma is no misreading.

    >>> from cleaner.registry import default_rules
    >>> r = default_rules()
    >>> [misread(t, r) for t in ("委内瑞拉加强|", "张成虎  高睿凯", "引领未来，中", "长江流域水质持续向好")]
    [('speck',), ('names',), ('open_end',), ()]
    """
    text = headline.strip(_SPACE)
    if not text:
        return ()
    found = []
    if any(c in rules.param("LAY201", "specks") for c in text):
        found.append("speck")
    most = rules.param("DBT009", "max_letters")
    if any(len(run) <= most and not run.isupper() for run in _LETTERS_BY_HAN.findall(text)):
        found.append("letters")
    if len(_WORD_CHAR.findall(text)) <= rules.param("DBT009", "max_chars"):
        found.append("tiny")
    elif bare_byline(text, rules):
        found.append("names")
    if regex.search(r"\S[ \u3000]{%d,}\S" % rules.param("DBT009", "min_gap"), text):
        found.append("gap")
    if text[0] in _NO_START:
        found.append("no_start")
    clause = _LAST_CLAUSE.search("".join(text.split()))
    if text[-1] in rules.param("DBT002", "no_end") or (
            clause and len(clause.group(1)) <= rules.param("LAY201", "open_tail")):
        found.append("open_end")
    if kicker:  # (a kicker is a short phrase: its size and its ends say nothing)
        return tuple(t for t in found if t in _KICKER_TESTS)
    return tuple(found)


# A run of Latin letters beside a Han character, neither after a digit (5G) nor inside a
# longer word.
_LETTERS_BY_HAN = regex.compile(
    r"(?<![0-9A-Za-z])(?:(?<=\p{Han}[ ]?)[A-Za-z]+|[A-Za-z]+(?=[ ]?\p{Han}))(?![A-Za-z])")
_LAST_CLAUSE = regex.compile(r"[，,](\p{Han}+)$")
_KICKER_TESTS = ("speck", "letters", "gap")
_WORD_CHAR = regex.compile(r"[\p{L}\p{N}]")


def misread_headlines(page: Page, rules: RuleSet) -> None:
    """DBT009: flag a page where at least `min_headlines` of its articles' headlines (or
    kickers) read like OCR's misreading of a large title (`misread`): the title was read
    in pieces, misread or lost, so the article's head, and where it starts and ends, may
    be wrong. The evidence names the titles (up to five) and the tests each fails."""
    if not rules.on("DBT009"):
        return
    odd = [(title, found) for a in page.articles
           for title, kicker in ((a.kicker, True), (a.headline, False)) if title
           for found in [misread(title, rules, kicker)] if found]
    if len(odd) < rules.param("DBT009", "min_headlines"):
        return
    page.flag("DBT009", f"{_counted(len(odd), 'headline reads', 'headlines read')} like OCR's "
              f"misreading of a large title, e.g. “{_clip(odd[0][0])}” "
              f"({', '.join(odd[0][1])}): the title may be lost or in pieces; check where "
              "the articles around it start and end", headlines=len(odd),
              examples=[{"headline": _clip(h), "tests": list(t)} for h, t in odd[:5]])


def cut_paragraphs(page: Page, rules: RuleSet) -> None:
    """DBT010: flag a page where at least `min_paragraphs` of its articles' paragraphs end
    mid-sentence (`cut`). A paper ends each paragraph on a sentence's end; one that stops on
    a character or a clause mark (…，越来越多的珍贵典) was cut where a column or a box ended
    and the cleaner did not find what goes on (read elsewhere, in another column's or
    article's text, or lost). Not an article's last one where its jump marker says it goes
    on on another page (…其中 / （下转第二版）) and no marker on the page says a text comes
    from elsewhere (（上接第一版）: it may go on here): the paper cut it there. The evidence:
    how many (`paragraphs`) and up to five, each with its article (`article`, its index in
    `articles`, from 0; `file`, its text file, as a reader finds it), its place in the body
    (`block`, from 0) and its last characters (`examples`)."""
    if not rules.on("DBT010"):
        return
    found = [(n, i, article.body[i].text) for n, article in enumerate(page.articles)
             for i in range(len(article.body)) if cut(article.body, i, rules)]
    jumped = {(n, i) for n, i, _ in found if i == len(page.articles[n].body) - 1
              and any(jump_says(j, "onward", rules) for j in page.articles[n].jumps)}
    if jumped and not any(jump_says(e.before, "from_elsewhere", rules) for e in walk(page.edits)
                          if e.rule in ("JMP001", "JMP002")):
        # (Where no marker on the page says a text comes from elsewhere, one that says the
        # article goes on elsewhere was cut by the paper: its text goes on on another page.
        # Where one does, the text may go on here, and the cut is a doubt still. The
        # markers are looked for only on a page with such a cut.)
        found = [f for f in found if f[:2] not in jumped]
    if len(found) < rules.param("DBT010", "min_paragraphs"):
        return
    page.flag("DBT010", f"{_counted(len(found), 'paragraph ends', 'paragraphs end')} in the "
              f"middle of a sentence, e.g. “…{_tail(found[0][2])}”: the text that went on "
              "may be in another column's or article's text, or lost; check the articles "
              "around it", paragraphs=len(found),
              examples=[{"article": n, "file": page.articles[n].file, "block": i,
                         "end": _tail(t)} for n, i, t in found[:5]])


def cut(body: list[BodyBlock], i: int, rules: RuleSet) -> bool:
    """Whether body block `i` is a paragraph that ends mid-sentence (DBT010): its last
    character a letter, a digit, a Han character or one of `open_marks`, and it holds at
    least min_chars characters (a shorter one may be a head, a byline or a signature left
    as a paragraph). Not one that starts with source_start (a quotation's source), nor a
    section head left as a paragraph: no sentence's end inside, it stands between a block
    that ends a sentence and one that starts one.

    >>> from cleaner.registry import default_rules
    >>> from cleaner.model import BodyBlock
    >>> [cut([BodyBlock("paragraph", t, [])], 0, default_rules()) for t in (
    ...     "编者按：近年来，古籍数字化工作稳步推进，越来越多的珍贵典",
    ...     "编者按：近年来，古籍数字化工作稳步推进，越来越多的珍贵典籍走进大众。",
    ...     "——2014年11月10日，习近平主席在亚太经合组织第二十二次领导人非正式会议上强调")]
    [True, False, False]
    """
    block = body[i]
    text = block.text.strip(_SPACE + "\u00a0")
    if (block.type != "paragraph" or len(text) < rules.param("DBT010", "min_chars")
            or text.startswith(rules.param("DBT010", "source_start"))
            or not (text[-1].isalnum() or text[-1] in rules.param("DBT010", "open_marks"))):
        return False
    ends = rules.param("DBT002", "sentence_end")
    if 0 < i < len(body) - 1 and not any(c in ends for c in text):
        before = body[i - 1].text.rstrip(_SPACE).rstrip(rules.param("DBT002", "closers"))
        after = body[i + 1].text.lstrip(_SPACE)
        if before and before[-1] in ends and after and after[0] not in _NO_START:
            return False  # (a section head between sentences, see rules/doubt.toml)
    return True


def bare_headlines(page: Page, rules: RuleSet) -> None:
    """DBT011: flag a page where at least `min_articles` articles have a title (a headline
    or a kicker) and no paragraph (and no caption: a photo's title over its caption is
    whole; nor a table, BLK015: the text under a title may be a table). A paper prints an article's text
    under its title; a title with none was cut from its text, which went to another
    article, or is a line of text taken for a title. The evidence: how many (`articles`)
    and up to five, each with its index (from 0), its text file and headline (`examples`)."""
    if not rules.on("DBT011"):
        return
    bare = [(n, article.headline or article.kicker) for n, article
            in enumerate(page.articles) if (article.headline or article.kicker)
            and not article.captions
            and not any(block.type in ("paragraph", "table") for block in article.body)]
    if len(bare) < rules.param("DBT011", "min_articles"):
        return
    page.flag("DBT011", f"{_counted(len(bare), 'article has', 'articles have')} a headline "
              f"and no text under it, e.g. “{_clip(bare[0][1])}”: its text may be in another "
              "article, or a line of text was taken for a headline; check the articles "
              "around it", articles=len(bare),
              examples=[{"article": n, "file": page.articles[n].file, "headline": _clip(h)}
                        for n, h in bare[:5]])


_LETTERS = regex.compile(r"\p{L}+")
_HANS = regex.compile(r"\p{Han}+")


def little_chinese(page: Page, rules: RuleSet) -> None:
    """DBT012: flag a page whose input holds `min_letters` letters or more, under
    `min_han_share` of them Han (an English page, a Japanese one, OCR run with another
    language's model): the cleaner's rules are for Chinese pages, and there its
    decisions are guesses. The evidence: the letters counted and the Han share.

    >>> from cleaner.registry import default_rules
    >>> page = Page(source="The quick brown fox jumps over the lazy dog.", text="",
    ...             articles=[], edits=[])
    >>> little_chinese(page, default_rules()); page.flags[0]["han_share"]
    0.0
    """
    if not rules.on("DBT012"):
        return
    letters = _count(_LETTERS, page.source)
    if letters < rules.param("DBT012", "min_letters"):
        return
    share = _count(_HANS, page.source) / letters
    if share < rules.param("DBT012", "min_han_share"):
        page.flag("DBT012", f"{share:.0%} of the page's {letters} letters are Chinese: the "
                  "cleaner's rules are for Chinese newspaper pages; check every article, or "
                  "leave this page out", letters=letters, han_share=round(share, 3))


def no_article(page: Page, rules: RuleSet) -> None:
    """DBT013: flag a page that gave no article, all its text taken for the page's own
    furniture (a banner, an edition line, a caption), so that the user is told rather than
    handed an empty page in silence: a one-line page (标题) is read as a banner over a first
    headline that never comes. A page of photographs holds no article either, and is
    flagged too: its captions are where they belong, which the reviewer sees at once. The
    evidence: what the page kept (`banner`, `furniture` and `captions`, counted). (The
    manifest's furniture entries, not lines: lines read together are one entry.)

    >>> from cleaner.registry import default_rules
    >>> page = Page(source="标题", text="", articles=[], edits=[], banner="标题")
    >>> no_article(page, default_rules()); page.flags[0]["banner"]
    '标题'
    """
    if not rules.on("DBT013") or page.articles:
        return
    kept = ([f"the banner “{_clip(page.banner)}”"] if page.banner else []) + [
        _counted(n, one, many) for n, one, many in (
            (len(page.furniture), "furniture entry", "furniture entries"),
            (len(page.captions), "caption", "captions")) if n]
    page.flag("DBT013", "no article was found on the page: its text was all read as the "
              f"page's own ({', '.join(kept) or 'none of it kept'}); check that no headline or "
              "paragraph was taken for them", banner=page.banner,
              furniture=len(page.furniture), captions=len(page.captions))


def _count(runs: regex.Pattern, text: str) -> int:
    """How many characters of `text` the runs of `runs` hold: counted by what is left
    without them, where a list of every letter (findall) held some 80 bytes a letter: 250 MB
    and 2 s on a page of 10 MB, against 20 MB and 0.2 s."""
    return len(text) - len(runs.sub("", text))


def _counted(n: int, one: str, many: str) -> str:
    """A count and its noun and verb, agreeing: 1 paragraph ends, 3 paragraphs end."""
    return f"{n} {one if n == 1 else many}"


def _tail(text: str, size: int = 16) -> str:
    text = text.rstrip()
    return text if len(text) <= size else text[-size:]


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
        return
    # (Scattered lines read across a gutter, no run of them: two words of Han characters
    # a wide gap apart, a title beside a title or a line beside a column's line:
    # 家博物馆推出 依旧3   放      影像.)
    across = [n for n, line in enumerate(lines, 1) if _ACROSS.search(line)]
    if len(across) >= rules.param("DBT007", "min_scattered"):
        page.flag("DBT007", f"{len(across)} lines hold text of two columns a wide gap apart "
                  f"(OCR read across the gutter), e.g. line {across[0]}: titles and "
                  "paragraphs near them may be cut or joined wrongly; check the articles "
                  "around them", lines=len(across), at=across[:20])


_PIECE = regex.compile(r"[ \u3000]+")
# Two Han words a gutter apart: three spaces or more (letter-spaced text has one-character
# pieces, a byline's spaced names two spaces at most).
_ACROSS = regex.compile(r"\p{Han}{2}[ \u3000]{3,}[“\"（(]?\p{Han}{2}")
_HAN = regex.compile(r"\p{Han}")


def _measure(source: str, rules: RuleSet, wrapped: bool) -> dict | None:
    """DBT003's evidence when the text reads hard-wrapped without a measure, else None."""
    terminal = terminal_marks(rules) + CLOSERS
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
