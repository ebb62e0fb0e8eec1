"""Property tests: pages built from parts, broken the ways converters break them.

A `Story` is one article as the paper printed it: a headline, maybe a byline, a first
paragraph opening with a dateline, more paragraphs, photo captions after some of them. A
page is one to three stories; `markdown(stories)` is the clean page a layout tool would
write. A `Breakage` is what a converter did to that page: a paragraph split in two (with
a caption or extra blank lines between the halves), Chinese punctuation set half-width,
zero-width spaces, extra blank lines (some holding spaces), paragraphs indented with
U+3000. The properties:

* soundness: for any page, broken or not (also in ways the cleaner does not claim to
  repair, such as an article cut off mid-sentence), the edit log replays and nothing is lost or
  invented (`assert_sound`), and the zero-width spaces are removed by NRM002, which says
  why, not swept away with the layout;
* repair: a page broken only in the ways the cleaner claims to repair cleans to the same
  articles as the clean page, and the clean page to the stories it was built from;
* idempotence: cleaning an article's cleaned text again changes nothing.

The strategies keep away from text the cleaner rightly treats differently (a paragraph
that reads as a caption, a byline, a dateline or a sub-head; a paragraph that does not
end a sentence); each exclusion is a comment where it is made.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

import pytest
import regex
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from cleaner import Page, clean, default_rules
from cleaner.heads import bare_byline

from .helpers import assert_sound

# Common simplified characters. Left out, so that generated text never looks like
# something other than running text:
#   摄 图 供 稿 发 -- photo credits and markers (CAP001, CAP002: …摄, 上图, 供图, 新华社发)
#   记 者 员 撰 文 -- bylines (CLS003: 记者 …, 通讯员, 撰稿人, 文／图)
#   报 讯 电 社    -- datelines and running heads (CLS004: 本报讯, …电; CLS002: …日报)
#   编 辑 版 页 第 -- page furniture (CLS002: 责任编辑, 第3版)
# and every character OpenCC's t2s would change, so the page stays plainly simplified
# and the script rules (SCR001) have nothing to convert.
HAN = ("的一是在不了有和人这中大为个国我以要他时来用们生到作地于出就分对成会可主年动同工也能"
       "过子说产种面而方后多定行学法所民得经十三之进着等部度家力里如水化高自二理起小物现实加量"
       "都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那义事平形相全表间样与关各"
       "重新线内数正心反你明看原又么利比或但质气向道命此变条只没结解问意建月公无系军很情最立代想"
       "已通并提直题党程展五果料象位入常总次品式活设及管特件长求老头基资边流路级少山统接知较将组"
       "见计别她手角期根论运农指几九区强放决西被干做必战先回则任取")
# A name: a common surname, then one or two characters (CLS003 takes a line for a byline
# only when what follows 记者 starts with a surname).
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹"

SENTENCE_END = "。！？"
# Where JOIN001 sees a paragraph end: a cut right after one of these is a real paragraph
# break to the cleaner, not a split it must repair.
RULES = default_rules()
TERMINAL = RULES.param("JOIN001", "terminal")
# After a ；, what reads as the next item of a list (二是…, 其一…) starts one: not a cut.
_items = RULES["JOIN001"].params.get("list_item", [])
LIST_ITEM = [regex.compile(p) for p in ([_items] if isinstance(_items, str) else _items)]
HALF = {"，": ",", "：": ":", "；": ";", "！": "!", "？": "?"}
ZWSP = "\u200b"
INDENT = "\u3000\u3000"


# --- the parts of a story --------------------------------------------------------------------

def han(min_size: int, max_size: int):
    return st.text(alphabet=HAN, min_size=min_size, max_size=max_size)


names = st.builds(lambda s, given: s + given, st.sampled_from(SURNAMES), han(1, 2))
# A headline: short Han without punctuation (a headline never ends a sentence).
headlines = han(2, 16)
clauses = han(2, 12)


@st.composite
def sentences(draw) -> str:
    """Clauses joined by ，、；, ending in 。！？ (a paragraph always ends a sentence;
    one that does not is a split or truncated paragraph, which the cleaner joins or flags)."""
    parts = draw(st.lists(clauses, min_size=1, max_size=4))
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from("，，，、；")) + part
    return text + draw(st.sampled_from(SENTENCE_END))


NUMBERED = regex.compile(r"^[一二三四五六七八九十]{1,3}、")


def subhead_like(text: str) -> bool:
    """A short line CLS010 takes for an inline sub-head when it stands alone: a short
    question (…？ without a comma) or a numbered item (一、… without 。 or ；)."""
    asking = len(text) <= 20 and text[-1] == "？" and "，" not in text
    numbered = NUMBERED.match(text) is not None and not regex.search("[。；]", text)
    return asking or numbered


@st.composite
def paragraphs(draw) -> str:
    text = "".join(draw(st.lists(sentences(), min_size=1, max_size=3)))
    # A whole paragraph that reads as a sub-head is one (CLS010): end it with 。 instead.
    return text[:-1] + "。" if subhead_like(text) else text


@st.composite
def captions(draw) -> str:
    return f"上图：{draw(clauses)}，{draw(clauses)}。{draw(names)}摄"


@dataclass
class Story:
    headline: str
    byline: str | None
    dateline: str  # always there: a first paragraph without one could be read as a lead
    #                summary (CLS008) when later paragraphs repeat its clauses
    paragraphs: list[str]  # the first opens with the dateline
    captions: dict[int, str] = field(default_factory=dict)  # caption after paragraph i


@dataclass
class Block:
    kind: str  # "headline", "byline", "paragraph", "caption", or "gap" (blank lines)
    text: str
    key: tuple[int, int] | None = None  # a paragraph's (story, paragraph) number


def blocks(stories: list[Story]) -> list[Block]:
    """The page's blocks in order."""
    out = []
    for s, story in enumerate(stories):
        out.append(Block("headline", story.headline))
        if story.byline:
            out.append(Block("byline", story.byline))
        for i, p in enumerate(story.paragraphs):
            out.append(Block("paragraph", p, (s, i)))
            if i in story.captions:
                out.append(Block("caption", story.captions[i]))
    return out


@st.composite
def stories(draw) -> Story:
    dateline = f"本报讯（记者 {draw(names)}）"
    paras = draw(st.lists(paragraphs(), min_size=1, max_size=4))
    paras[0] = dateline + paras[0]
    caps = draw(st.dictionaries(st.integers(0, len(paras) - 1), captions(), max_size=2))
    byline = draw(st.none() | names.map(lambda n: f"本报记者 {n}"))
    return Story(draw(headlines), byline, dateline, paras, caps)


pages = st.lists(stories(), min_size=1, max_size=3)


def markdown(stories: list[Story]) -> str:
    """The clean page, as a layout tool writes it."""
    return "\n\n".join(("# " if b.kind == "headline" else "") + b.text
                       for b in blocks(stories)) + "\n"


# --- breaking a page -------------------------------------------------------------------------

ALL = frozenset({"split", "punctuation", "invisible", "blank", "indent"})


@dataclass
class Breakage:
    split: tuple[int, int, int] | None = None  # (story, paragraph, offset): cut there
    between: str = "blank"  # what separates the halves: "blank", "gap" (3 extra blank
    #                         lines) or "caption" (the paragraph's caption moved in)
    halfwidth: frozenset = frozenset()  # offsets (in the joined content) of ，：；！？ set
    #                                     half-width
    parens: str = ""  # the datelines' parentheses set half-width: "pair", or "open" alone
    zwsp: frozenset = frozenset()  # offsets in the joined content that get a U+200B before
    gaps: dict = field(default_factory=dict)  # block number -> extra blank lines before it
    blank_line: str = ""  # what an extra blank line holds: nothing, spaces, U+3000, a tab
    indent: bool = False  # paragraphs indented with two U+3000


def split_points(story: Story, i: int, anywhere: bool = False) -> list[int]:
    """Where paragraph i may be cut for the cleaner to be expected to rejoin it: inside it,
    not right after a sentence end (that is a real paragraph break), and, in the first
    paragraph, not inside the dateline (a dateline is recognised in one block)."""
    text = story.paragraphs[i]
    if anywhere:
        return list(range(1, len(text)))
    # Nor where the first half is a line of names alone (相一一 / 一。): a paragraph's first
    # printed line is a column's full measure, so a first half as short as a name is the
    # byline over the text to the cleaner (CLS014), as it would be to a reader.
    low = len(story.dateline) if i == 0 else 1
    return [k for k in range(low, len(text)) if text[k - 1] not in TERMINAL
            and not (text[k - 1] == "；" and any(p.match(text[k:]) for p in LIST_ITEM))
            and not bare_byline(text[:k], RULES)]


@st.composite
def breakages(draw, stories: list[Story], kinds: frozenset = ALL,
              anywhere: bool = False) -> Breakage:
    """A converter's damage to the page of `stories`, of the given kinds: "split" (a
    paragraph cut in two), "punctuation" (set half-width), "invisible" (zero-width
    spaces), "blank" (extra blank lines), "indent" (paragraphs indented). With `anywhere`,
    also damage the cleaner does not claim to repair (cuts after a sentence end or inside
    the dateline, one parenthesis of a pair set half-width), for soundness only."""
    b = Breakage()
    page = blocks(stories)
    if "split" in kinds and draw(st.booleans()):
        s, i = draw(st.sampled_from([x.key for x in page if x.key]))
        points = split_points(stories[s], i, anywhere)
        if points:
            # Anywhere, and often near the end: a column break that leaves a short tail.
            at = draw(st.sampled_from(points) | st.sampled_from(points[-5:]))
            b.split = (s, i, at)
            choices = ["blank", "gap"] + (["caption"] if i in stories[s].captions else [])
            b.between = draw(st.sampled_from(choices))
    content = "".join(x.text for x in page)
    marks = [k for k, c in enumerate(content) if c in HALF]
    edges, at = [], 0  # offsets where a block's text starts or ends
    for x in page:
        edges += [at, at + len(x.text)]
        at += len(x.text)
    if "punctuation" in kinds:
        if marks and draw(st.booleans()):
            b.halfwidth = frozenset(draw(st.lists(st.sampled_from(marks), min_size=1,
                                                  max_size=len(marks))))
        # Parentheses as a pair: PUN002 sets pairs, a lone one could be anything.
        b.parens = draw(st.sampled_from(["", "pair"]))
        if anywhere and draw(st.booleans()):
            b.parens = "open"
    if "invisible" in kinds and draw(st.booleans()):
        # Anywhere; often at the start or end of a line, and on both sides of a punctuation
        # mark, where a converter that sets it half-width may leave them too.
        spots = draw(st.lists(st.integers(0, len(content)) | st.sampled_from(edges),
                              min_size=1, max_size=6))
        around = draw(st.lists(st.sampled_from(marks), max_size=2)) if marks else []
        b.zwsp = frozenset(spots + [k + d for k in around for d in (0, 1)])
    if "blank" in kinds:
        n_blocks = len(page) + (2 if b.split else 0)
        b.gaps = draw(st.dictionaries(st.integers(1, n_blocks), st.integers(1, 3),
                                      max_size=3))
        b.blank_line = draw(st.sampled_from(["", "", "  ", "\u3000\u3000", "\t"]))
    if "indent" in kinds:
        b.indent = draw(st.booleans())
    return b


def broken(stories: list[Story], b: Breakage) -> str:
    """The page a converter made of `stories` with damage `b`, in markdown form."""
    # Character damage first, on each block's text, by offset in the joined content.
    page, offset = [], 0
    for x in blocks(stories):
        chars = []
        for k, c in enumerate(x.text):
            if offset + k in b.zwsp:
                chars.append(ZWSP)
            chars.append(HALF[c] if offset + k in b.halfwidth and c in HALF else c)
        offset += len(x.text)
        if offset in b.zwsp:
            chars.append(ZWSP)  # at the very end of a line too
        text = "".join(chars)
        if x.key and x.key[1] == 0 and b.parens:  # a first paragraph: its dateline's
            text = text.replace("（", "(", 1)
            if b.parens == "pair":
                text = text.replace("）", ")", 1)
        page.append(Block(x.kind, text, x.key))
    # Then the split: the paragraph's two halves, maybe its caption between them.
    if b.split:
        s, i, at = b.split
        where = next(n for n, x in enumerate(page) if x.key == (s, i))
        text = page[where].text
        at = _damaged_offset(text, at)
        middle = []
        if b.between == "caption":
            middle = [page.pop(where + 1)]
        elif b.between == "gap":
            middle = [Block("gap", "")]
        page[where:where + 1] = [Block("paragraph", text[:at], (s, i)), *middle,
                                 Block("paragraph", text[at:], (s, i))]
    out = []
    for n, x in enumerate(page):
        if x.kind == "gap":
            out.append(f"\n{b.blank_line}" * 3)  # three extra blank lines where a photo was
            continue
        extra = f"{b.blank_line}\n" * b.gaps.get(n, 0)
        sep = "" if n == 0 else "\n\n" + extra
        prefix = {"headline": "# ", "paragraph": INDENT if b.indent else ""}.get(x.kind, "")
        out.append(sep + prefix + x.text)
    return "".join(out) + "\n"


def _damaged_offset(damaged: str, at: int) -> int:
    """Offset in the damaged text of the original's offset `at` (zero-width spaces
    inserted before it count; one inserted exactly at the cut stays with the right half)."""
    seen = 0
    for k, c in enumerate(damaged):
        if c == ZWSP:
            continue
        if seen == at:
            return k
        seen += 1
    return len(damaged)


# --- what a page cleans to -------------------------------------------------------------------

def articles_of(page: Page):
    """The articles' parts a reader gets, and the page's own metadata."""
    return [{"headline": a.headline, "kicker": a.kicker, "subtitle": a.subtitle,
             "byline": a.byline, "dateline": a.dateline, "summary": a.summary,
             "body": [b.text for b in a.body], "captions": a.captions}
            for a in page.articles], (page.banner, page.furniture, page.captions)


def expected(stories: list[Story]):
    return [{"headline": s.headline, "kicker": None, "subtitle": None, "byline": s.byline,
             "dateline": s.dateline, "summary": None, "body": s.paragraphs,
             "captions": [s.captions[i] for i in sorted(s.captions)]}
            for s in stories], (None, [], [])


@st.composite
def repairable(draw, kinds: frozenset = ALL):
    """(stories, their page broken only in ways the cleaner claims to repair)."""
    printed = draw(pages)
    return printed, broken(printed, draw(breakages(printed, kinds)))


@st.composite
def cut_off(draw, printed: list[Story]) -> list[Story]:
    """Some stories' last paragraphs lose their ends, as when the rest is printed on
    another page: the cleaner keeps such a paragraph and flags it (FLG001), or looks for
    its continuation elsewhere on the page (MOVE001)."""
    out = []
    for story in printed:
        last = story.paragraphs[-1]
        low = len(story.dateline) + 1 if len(story.paragraphs) == 1 else 1
        if len(last) > low and draw(st.booleans()):
            at = draw(st.integers(low, len(last) - 1))
            story = replace(story, paragraphs=story.paragraphs[:-1] + [last[:at]])
        out.append(story)
    return out


@st.composite
def any_page(draw):
    printed = draw(pages)
    whole = draw(st.integers(0, 4)) == 0  # now and then the page as printed
    if whole:
        return markdown(printed)
    if draw(st.booleans()):
        printed = draw(cut_off(printed))
    if draw(st.booleans()):
        # A story printed twice, as a converter that emits a column twice does: the two
        # copies look alike to every rule that compares articles (MOVE001, FLG002).
        printed = printed + [draw(st.sampled_from(printed))]
    return broken(printed, draw(breakages(printed, anywhere=True)))


def walk(edits):
    for e in edits:
        yield e
        yield from walk(e.children)


# No "explain" phase: its line tracing of the cleaner doubles the time a failure takes
# to report, and the shrunk example says more than the lines it ran.
# 150 generated pages a property, a few seconds each: left out of `pytest -m "not slow"`.
pytestmark = pytest.mark.slow
SETTINGS = settings(max_examples=150, deadline=None,
                    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
                    suppress_health_check=[HealthCheck.too_slow])


# --- the properties --------------------------------------------------------------------------

@SETTINGS
@given(any_page())
def test_nothing_lost_or_invented(text):
    page = clean(text)
    assert_sound(page)
    # Every zero-width space (all sit on lines with text) is removed by the rule that says
    # why: NRM002, not a layout edit that happens to span it.
    logged = {e.start for e in walk(page.edits) if e.rule == "NRM002" and e.before == ZWSP}
    assert logged == {k for k, c in enumerate(page.source) if c == ZWSP}


@SETTINGS
@given(pages)
# (Found on a random run: LAY101 read a markdown page's blank-line-separated paragraphs as
# pdfminer's lines and moved 制一。 after the caption's …摄 (摄制, a listed word).)
@example([Story("一一一一一一一一一一一一一一一一", None, "本报讯（记者 王一）",
                ["本报讯（记者 王一）一一。", "一一。", "一一，一一一一，一一一一一一。", "制一。"],
                {0: "上图：一一，一一一一一一一。王一摄", 1: "上图：一一一，一一一一一一。王一摄"})])
# (Found on a random run: MOVE004 took 一三。三一，一不一。, four bigrams that the text above
# it never prints, to the other article, which prints all four: a phrase disowns nothing,
# `disowned_min_run_bigrams`.)
@example([Story("一一", None, "本报讯（记者 王一）",
                ["本报讯（记者 王一）一一。一也一了一，一为一主一么一，一义一之一九一，一与一业一两一个一中。",
                 "一三。三一，一不一。"]),
          Story("一一", None, "本报讯（记者 王一）", ["本报讯（记者 王一）一三一，一不一。"])])
def test_clean_page_reads_as_built(printed):
    page = clean(markdown(printed))
    assert_sound(page)
    assert articles_of(page) == expected(printed)


# One property per kind of repair, then all kinds at once: a failure names its kind.

@SETTINGS
@given(repairable(frozenset({"split", "blank"})))
# (Found on a random run: 一一 alone, a paragraph split before its 。, is no OCR subtitle dash.)
@example(([Story("一一", None, "本报讯（记者 王一）", ["本报讯（记者 王一）一一。", "一一！", "一一。"])],
          "# 一一\n\n本报讯（记者 王一）一一。\n\n一一！\n\n一一\n\n。\n"))
def test_split_paragraph_is_rejoined(case):
    printed, text = case
    assert articles_of(clean(text)) == articles_of(clean(markdown(printed)))


@SETTINGS
@given(repairable(frozenset({"punctuation", "invisible", "blank", "indent"})))
def test_punctuation_invisibles_and_layout_are_repaired(case):
    printed, text = case
    assert articles_of(clean(text)) == articles_of(clean(markdown(printed)))


@SETTINGS
@given(repairable())
def test_broken_page_cleans_back_to_the_articles(case):
    # (Soundness of these pages is test_nothing_lost_or_invented's: its pages include them.)
    printed, text = case
    assert articles_of(clean(text)) == articles_of(clean(markdown(printed)))


@SETTINGS
@given(repairable())
def test_cleaning_is_idempotent(case):
    _, text = case
    for article in clean(text).articles:
        again = clean(article.render() + "\n")
        assert [(e.rule, e.before, e.after) for e in again.edits] == []
