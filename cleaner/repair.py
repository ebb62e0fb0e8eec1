"""Repair what the converter broke: relocate orphaned runs, rejoin split paragraphs, flag
what cannot be repaired (stages relocate, repair, flag).

A body paragraph in a newspaper ends a sentence. One that does not was cut by a column
break, a photo or the end of a column block, and its continuation is the next body block
of the same article (JOIN001, JOIN002), or, when the converter emitted a column out of
order, a run printed elsewhere on the page that begins mid-sentence (MOVE001). Text
between a jump's two markers (…市场主要在欧 / （下转第九版） / （上接第十五版） / 洲、…) is
the cut paragraph's own rest, no other article's run, and joins it. Under a jump marker,
text whose first line is short by the dropped indent opens a paragraph of its own, on a
page whose paragraphs start so, whatever ended the one above (an attribution, ——…强调,
or a comma), unless a word runs on across the markers. What has no continuation on the
page is kept as it is and flagged (FLG001). An article opens once: a dateline or byline
first after a sheet break, inside an article that opened on sheet 1, opens the text of
the head with no text printed before the break (MOVE005). A headline has text under it:
a head with none takes the stretch of a near article's text that echoes its title and
not that article's own (MOVE006).
"""
from __future__ import annotations

import math
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field

import regex

from .blocks import display_width, opens_with_dash, overlong_heading
from .classify import ends_sentence
from .marks import BRACKETS, terminal_marks
from .model import Block
from .vectors import Vector
from .registry import RuleSet
from .structure import (ArticlePlan, PagePlan, _signature, dateline, editor_note, jump_says,
                        onward_jump, title_tail, whole_quotation)
from .words import block_word



@dataclass(slots=True)
class Move:
    run: list[Block]  # the body blocks moved, in order
    carried: list[Block]  # captions inside the run's stretch of source, moved along
    source: ArticlePlan
    target: ArticlePlan
    anchor: Block  # the target's cut-off last paragraph the run continues (or its headline)
    evidence: dict = field(default_factory=dict)
    rule: str = "MOVE001"

    @property
    def start(self) -> int:
        return self.run[0].start

    @property
    def end(self) -> int:
        return self.run[-1].end


@dataclass(slots=True)
class Join:
    rule: str
    evidence: dict


def relocate(page: PagePlan, rules: RuleSet, sheets: bool = True,
             words: Counter | None = None, orderers: frozenset[str] = frozenset()
             ) -> list[Move]:
    """MOVE001: find runs printed away from their article and move each to the end of the
    article whose cut-off last paragraph it continues.

    A run is the tail of an article's body (up to a section heading) that starts after a
    finished paragraph. Its target is an article whose last paragraph ends mid-sentence
    and that does not say it continues on another page (下转第X版). A run whose head is
    a bare fragment (…品。, 洪，) is the strongest cue; a run without one moves only to an
    article cut off mid-sentence. Either way the run must share more of its vocabulary
    with the target than with the article it was printed in.

    Then, with `sheets` (the text is in the converter's own reading order), the runs a
    sheet break cut are paired with the open ends before it (_sheet_moves; where it cut
    several boxes, a run read on across the break ends at it, so that the order, not the
    run, says which open end its rest after the break continues); last, the
    finished tails that echo another article's headline (MOVE004), unless one of the
    layout rules that put the page in order (`orderers`) read it back from rows.
    """
    if not rules.on("MOVE001"):
        return []
    terminal = terminal_marks(rules)
    heads = rules.param_patterns("MOVE001", "patterns")
    strong_heads = rules.param_patterns("MOVE001", "strong_patterns")
    # (home, first block's index in its body, run, fragment head, strong head). A tail printed away
    # from its article is short: plain runs are weighed only among an article's last
    # paragraphs, fragment runs only for an article's first few fragments, so the work
    # stays linear however long an article is.
    runs: list[tuple[ArticlePlan, int, list[Block], bool, bool]] = []
    last = rules.param("MOVE001", "max_run_blocks")
    marked: set[int] = set()  # runs printed after a marker that they continue (上接第二版)
    # (the runs under a marker that names this very page, and the one article that says it
    # goes on elsewhere: that jump is within the page, and the markers pair the two)
    from_here: dict[int, int] = {}
    onward_articles = [a for a in page.articles if _says_onward(a, rules)]
    # (not on text a layout rule put in order: there the text under a marker and a cut
    # paragraph's end are pieced together, and the markers say nothing of what stands by them)
    here_page = (_page_number(page, rules) if len(onward_articles) == 1 and not orderers
                 & set(rules.param("MOVE001", "page_number_not_after")) else None)
    starts_short: bool | None = None  # the page's habit, asked once, where a run needs it
    # (Not on text read back from rows: a signature stands where its row fell there.)
    signs_notes = (rules.on("CLS023")
                   and not orderers & set(rules.param("MOVE001", "signature_not_after")))
    for article in page.articles:
        body = article.body
        fragments = 0
        stop = marked_from = dated = len(body)
        tails = [j for j in article.jumps if jump_says(j.text, "from_elsewhere", rules)]
        onward = [j for j in article.jumps if jump_says(j.text, "onward", rules)]
        for i in range(len(body) - 1, 0, -1):
            b, prev = body[i], body[i - 1]
            marker_over = any(prev.end <= j.start and j.end <= b.start for j in tails)
            if b.role == "heading" and not (marker_over and prev.role == "paragraph"):
                stop = i
                continue
            opens_dated = dateline(b.text, rules) is not None
            if opens_dated and b.role == "paragraph":
                # (A paragraph that opens with a dateline opens an article that the page's
                # segmentation read into this one: no tail runs on into it.)
                dated = i
            # (A tail that says where it comes from may open with its own section heading:
            # （上接第3版） / 节水技术破解“缺水难题” / 埃及国土面积…)
            # (A marker that the text comes from elsewhere says where a tail starts, though
            # the paragraph above it stops mid-sentence: …联合国粮食及农业组 / （上接第四版） /
            # 人工辅助育幼流程…: that paragraph goes on elsewhere too.)
            # (An editor's note's signature (——编  者, CLS023) closes the note above it as
            # a sentence's end does: a run may start under it, though it reads as a
            # heading until sign_notes sets it as the note's last paragraph.)
            signed = (prev.role == "heading" and not prev.level and signs_notes
                      and _signature(prev.text, rules))
            if (b.role not in ("paragraph", "heading") or (prev.role != "paragraph" and not signed)
                    or not (marker_over or signed or ends_sentence(prev.text, terminal))
                    or opens_dated):
                continue
            if (marker_over and b.role == "paragraph" and not ends_sentence(prev.text, terminal)
                    and any(prev.end <= j.start and j.end <= b.start for j in onward)):
                # (Both markers of a jump between them, 下转 under the paragraph and 上接 over
                # the text: the paragraph's own two parts, printed one after the other
                # (…市场主要在欧 / （下转第九版） / （上接第十五版） / 洲、澳大利亚…).
                # Its rest is no other article's tail; JOIN002 joins it across them.)
                continue
            strong = any(h.search(b.text) for h in strong_heads)
            after_marker = marker_over
            if after_marker:
                marked.add(id(b))
                if here_page is not None and any(
                        prev.end <= j.start and j.end <= b.start
                        and _marker_page(j.text, rules) == here_page for j in tails):
                    from_here[id(b)] = here_page
            # (A run whose first line fills the measure under a finished paragraph, BLK005
            # marked it unindented: on a page whose paragraphs start short, no paragraph
            # opens so.)
            unindented = bool(b.start_evidence.get("unindented"))
            if unindented and starts_short is None:
                starts_short = _starts_short(page, rules)
            fragment = (strong or after_marker or any(h.search(b.text) for h in heads)
                        or unindented and starts_short
                        # (not where the paragraph above left the quotation open: that
                        # is the half it closes, JOIN002's across a photo's caption)
                        or _closes_unopened(b.text) and not _quote_open(prev.text))
            if fragment:
                fragments += 1
            # (Plain runs are weighed among the article's last paragraphs above any text
            # under a from-elsewhere marker: that text is other articles' tails.)
            if (fragment and fragments <= last) or (not fragment and marked_from - i <= last):
                # (A tail that says where it comes from (（上接第14版）) runs to the end of
                # the article it was printed in, its section headings and all, or to the
                # next such marker.)
                runs.append((article, i, body[i:min(dated, marked_from if after_marker else stop)],
                             fragment, strong))
            if after_marker:
                # (A run above the marker ends at it: the text under the marker is another
                # article's tail, not the rest of one that starts above.)
                stop = marked_from = i
    # The sheet breaks the page printed across (_sheet_moves), found once.
    breaks = _sheet_breaks(page, rules) if sheets else []
    places = _sheet_places(page) if breaks else (set(), [])
    # (each break's open ends, none placed yet: read here and for sheet_ends below)
    index = _body_index(page) if breaks else None
    cuts = [_open_ends(page, rules, at, breaks[n - 1] if n else -1, set(), places, index)
            for n, at in enumerate(breaks)]
    for at, cut in zip(breaks, cuts):
        if len(cut) >= 2:
            # (A run read on across a break that cut several boxes ends at it: what
            # follows the break goes on from the open end the order pairs it with
            # (_sheet_moves), not from the run's last paragraph on sheet 1, …这家企业2016年
            # 进入 / 第 2 页 / 记者走进一家古籍数字化中心，… (the lede cut at …本报) / … /
            # 县域市场时只有….)
            # (And a run after it ends where a paragraph opens as a fragment under a
            # finished one: there the next cut box's part on sheet 2 starts, often its
            # paragraph's last line alone (…承办国家队。 / 造成了民宿。, the tail of …老宅改),
            # which the seam, not the run before it, pairs with its open end.)
            runs = [(home, i, run[:next((k for k in range(1, len(run))
                                         if run[k - 1].index < at < run[k].index
                                         or at < run[0].index and _next_box(
                                             run[k - 1], run[k], terminal, strong_heads + heads)),
                                        len(run))],
                     fragment, strong) for home, i, run, fragment, strong in runs]
    if not runs:
        return _at_sheet_breaks(page, rules, [], breaks, places, words, orderers)
    in_fragment_runs = {id(b) for _, _, run, fragment, _ in runs if fragment for b in run}
    position = {id(a): n for n, a in enumerate(page.articles)}
    runs_at: dict[int, list] = {}
    for entry in runs:
        runs_at.setdefault(position[id(entry[0])], []).append(entry)
    vectors: dict[int, Vector] = {}

    def vector(blocks: list[Block]) -> Vector:
        key = id(blocks[0]), id(blocks[-1]), len(blocks)
        if key not in vectors:
            vectors[key] = Vector(b.text for b in blocks)
        return vectors[key]

    def open_targets(excluded: set[int]) -> list[tuple[ArticlePlan, list[Block], bool]]:
        """The articles whose text, without the `excluded` blocks, ends mid-sentence (or
        says it goes on elsewhere), with that text and whether it says so."""
        found = []
        for target in page.articles:
            rest = [b for b in target.body if id(b) not in excluded]
            says_onward = _says_onward(target, rules)
            # (A byline kept in the text, signing a section under a sub-head, ends no
            # sentence but leaves none open: 本报记者 刘诗瑶, CLS023.)
            # (Nor does a paragraph that is one quotation whole, its marks opening and
            # closing it (“中国经济蕴含强大韧性和持久活力”): a pull quote or a quoted
            # heading set in the text, no paragraph its column cut mid-sentence.)
            if (rest and rest[-1].role == "paragraph"
                    and not rest[-1].evidence.get("kept_in_body")
                    and (not ends_sentence(rest[-1].text, terminal) and not says_onward
                         and not whole_quotation(rest[-1].text)
                         or says_onward and marked)):
                # (An article that says it goes on elsewhere takes only a run that says it
                # comes from elsewhere, and only one that shares its vocabulary.)
                found.append((target, rest, says_onward))
        return found

    targets = open_targets(in_fragment_runs)
    nearest = rules.param("MOVE001", "max_targets")
    least = rules.param("MOVE001", "min_similarity")
    fewest = rules.param("MOVE001", "min_shared_bigrams")
    margins = {True: rules.param("MOVE001", "min_margin"),
               False: rules.param("MOVE001", "min_margin_plain")}
    moves: list[Move] = []
    taken: set[int] = set()
    served: set[int] = set()  # the targets a move already goes to (one run each)
    # Fragment-headed runs first: they are the surest, and the articles they leave behind
    # are then judged on what remains.
    # The open ends where a sheet break cut several boxes (_sheet_moves pairs them with
    # the runs after the break in order, which is what says which goes on where): a run
    # with no fragment head, whose only evidence is its words, does not take one first.
    sheet_ends: set[int] = set()
    # (Where it cut one box, a run with no fragment head that opens as a paragraph does,
    # short by the dropped indent, does not take its open end either: the run after the
    # break that goes on mid-sentence is the one that continues it.)
    lone_ends: set[int] = set()
    cut_ends: list[Block] = []
    # (Each such open end's words, its article's on sheet 1 and its title's, and the
    # other open ends of its break: _sheet_moves' check that the words agree.)
    end_words: dict[int, Vector] = {}
    rivals: dict[int, list[int]] = {}
    for cut in cuts:
        if len(cut) >= 2:
            sheet_ends |= {id(end) for _, end in cut}
            of_break = tuple(id(e) for _, e in cut)  # (one for the break's ends: see below)
            for a, end in cut:
                end_words[id(end)] = _sheet_one_words(a, end.index + 1)
                rivals[id(end)] = of_break
        lone_ends |= {id(end) for _, end in cut}
        cut_ends.extend(end for _, end in cut)
    nearest_end: dict[tuple, float] = {}

    def closest(run: list[Block], ends: tuple[int, ...]) -> float:
        """How near the run's words come to the nearest of a break's open ends (asked once
        a run and break, not once an end: linear in the ends)."""
        key = id(run[0]), len(run), id(ends)
        if key not in nearest_end:
            nearest_end[key] = max(vector(run).cosine(end_words[e]) for e in ends)
        return nearest_end[key]

    titled_vectors: dict[tuple, Vector] = {}

    def titled(target: ArticlePlan, rest: list[Block]) -> Vector:
        """The words of a cut article: its title lines' and its text's (`rest`)."""
        key = id(target), id(rest[-1]), len(rest)
        if key not in titled_vectors:
            titled_vectors[key] = Vector([t.text for t in target.titles()] + [b.text for b in rest])
        return titled_vectors[key]

    def pair(fragment_pass: bool, targets: list) -> None:
        """Pair the cut paragraphs `targets` with the runs that go on from them: fragment
        runs or plain ones (`fragment_pass`), each target once, each run once."""
        # (Whether any of them, or of the ends a sheet break cut, leaves a quotation open:
        # a head that closes one is then that paragraph's by its mark, no other's.)
        quoting = any(_quote_open(end.text) for end in
                      [rest[-1] for _, rest, _ in targets] + cut_ends)
        for target, rest, says_onward in targets:
            if id(target) in served or id(rest[-1]) in taken or (
                    not fragment_pass and id(rest[-1]) in sheet_ends):
                continue
            here = position[id(target)]
            best = None
            nearby = (r for n in range(max(0, here - nearest),
                                       min(len(page.articles), here + nearest + 1))
                      for r in runs_at.get(n, ()))
            for home, start, run, fragment, strong in nearby:
                quoted = seamed = False
                if (fragment is not fragment_pass or home is target
                        or any(id(b) in taken for b in run)
                        or (not fragment and id(rest[-1]) in lone_ends
                            and len(run[0].line_texts) > 1 and _opens_short(run[0], rules))
                        or says_onward and id(run[0]) not in marked):
                    continue
                if says_onward:
                    # (both ends marked: their words must agree, unless the marker over the
                    # run names this page and the target is the one article that jumps)
                    strong = id(run[0]) in from_here
                elif (fragment and quoting and _closes_unopened(run[0].text)
                      and not _quote_open(rest[-1].text)):
                    # (A head that closes a quotation it never opened (行”实践活动…) goes
                    # on from a paragraph that left one open (…“乡村振兴青春), where one
                    # did: to one that left none, whatever word its end makes with the
                    # head (…经济总 / 行”: 总行), only its words can take it. Where none
                    # did, the quotation opened in a part of the paragraph printed
                    # elsewhere (…当年参 / … / 复掂量。”: pdfminer.six).)
                    strong = False
                elif fragment and (_seam(rest[-1], run[0], rules, words)
                                   or (quoted := _quotation_seam(rest[-1], run[0])
                                       # (and some words in common: a mark the converter
                                       # lost or set otherwise is no seam alone)
                                       and vector(run).shared(vector(rest)) > 0)):
                    # A run that opens as no paragraph does, and a seam that joins it to the
                    # cut paragraph: the seam is the evidence, however few words the two
                    # parts share.
                    strong = seamed = True
                run_vec = vector(run)
                if id(rest[-1]) in sheet_ends and not seamed and run_vec.cosine(
                        end_words[id(rest[-1])]) < closest(run, rivals[id(rest[-1])]):
                    # (Where a sheet break cut several boxes, a head that reads as a
                    # fragment (定，增进…) is any open end's by its looks alone, and the
                    # first in page order would take it (…谋创新就是 / 定，… for …和平稳 /
                    # 定，…): with no seam, its words must not say another open end's.)
                    continue
                # (A run whose head is a bare short sentence (古村落。, MOVE001's weak
                # `patterns`) is weighed by its words, and the target's words are its
                # title's too: a text cut after a line or two shares little with its rest
                # but its headline's words, 返乡青年把民宿开进了古村落 / 浙江省松阳县的杨
                # 家堂村，是一座有着300多年历史的 / … / 古村落。4年前…. Other runs are
                # weighed against the text alone: a title's words must not draw a longer
                # run to a one-line dateline, …日电（ / 现在有15分钟，…一会儿。” / 记者 王
                # 琳）….)
                words_of = (titled(target, rest) if any(h.search(run[0].text) for h in heads)
                            else vector(rest))
                score = run_vec.cosine(words_of)
                home_score = run_vec.cosine(vector(home.body[:start])) if start else 0.0
                margin = score - home_score
                shared = run_vec.shared(words_of)
                # (Both ends marked, 下转… and 上接…: the markers are the evidence; the
                # words need only lean towards the target (min_margin_plain, however the
                # run's head reads), not reach min_similarity, nor
                # share min_shared_bigrams with a target that printed a line before it
                # jumped.)
                if ((strong or ((score >= least or says_onward)
                                and (shared >= fewest or (says_onward and shared > 0))
                                and margin >= margins[fragment and not says_onward]))
                        and (best is None or (
                            # (Of two runs from one article, one inside the other, both
                            # leaning so, the longer: the tail starts at the first.)
                            len(run) > len(best[2])
                            if home is best[1] and run[-1] is best[2][-1]
                            else margin > best[0]))):
                    best = (margin, home, run, score, home_score, quoted)
            if best is None:
                continue
            margin, home, run, score, home_score, quoted = best
            # Neither the run nor the paragraph it continues may move again.
            taken.update(id(b) for b in run)
            taken.add(id(rest[-1]))
            served.add(id(target))
            moves.append(Move(run=run, carried=_carried(home, run), source=home, target=target,
                              anchor=rest[-1], evidence={
                                  "head": run[0].text[:12], "anchor_tail": rest[-1].text[-12:],
                                  "fragment_head": fragment_pass,
                                  "after_marker": id(run[0]) in marked,
                                  **({"marker_names_this_page": from_here[id(run[0])]}
                                     if says_onward and id(run[0]) in from_here else {}),
                                  "unindented": bool(run[0].start_evidence.get("unindented")),
                                  **({"pushed_down": run[0].start_evidence["pushed_down"]}
                                     if "pushed_down" in run[0].start_evidence else {}),
                                  "similarity_to_target": round(score, 3),
                                  "similarity_to_home": round(home_score, 3),
                                  **({"quotation_seam": True} if quoted else {})}))

    pair(True, targets)
    pair(False, targets)
    # A fragment run that found no home stays where it was printed, and so is its
    # article's end after all: an article whose last paragraph is in such a run, cut
    # mid-sentence, takes a fragment run too (…谢谢你！等 / … / 你老了，也坐电梯！”).
    moved = {id(b) for m in moves for b in m.run}
    before = {id(t): rest[-1] for t, rest, _ in targets}
    pair(True, [t for t in open_targets(in_fragment_runs & moved)
                if id(t[0]) not in served and before.get(id(t[0])) is not t[1][-1]])
    for move in moves:
        _apply(move)
    return _at_sheet_breaks(page, rules, moves, breaks, places, words, orderers)


def _next_box(prev: Block, block: Block, terminal: str, heads: list) -> bool:
    """MOVE001 after a sheet break that cut several boxes: whether `block` starts the next
    cut box's part on sheet 2 (it opens as a fragment, one of `heads`, under `prev`, a
    paragraph that ended a sentence), so that a run read down to it ends before it."""
    return ends_sentence(prev.text, terminal) and any(h.search(block.text) for h in heads)


def _page_number(page: PagePlan, rules: RuleSet) -> int | None:
    """MOVE001: the page's own number, as its furniture prints it (16  社会  2025年3月7日,
    2025年4月1日 星期二 第1版): `page_number`'s first group, where the furniture gives one
    number only; None otherwise."""
    texts = [b.text for b in page.furniture] + [
        b.text for a in page.articles for b in a.evidence.get("furniture", ())]
    found = {_numeral(m.group(1)) for t in texts
             for p in rules.param_patterns("MOVE001", "page_number") for m in p.finditer(t)}
    found.discard(None)
    return found.pop() if len(found) == 1 else None


def _marker_page(text: str, rules: RuleSet) -> int | None:
    """MOVE001: the page a jump marker names (（上接第十四版）: 14), by `marker_page`."""
    for p in rules.param_patterns("MOVE001", "marker_page"):
        if (m := p.search(text)) is not None:
            return _numeral(m.group(1))
    return None


_DIGITS = {c: n for n, c in enumerate("〇一二三四五六七八九")}


def _numeral(text: str) -> int | None:
    """A page number as printed: 14, １４, 十四, 二十, 一〇 (None for anything else)."""
    if text.isdecimal():
        return int(text)
    if "十" in text:
        tens, _, ones = text.partition("十")
        if len(tens) > 1 or len(ones) > 1 or (tens and tens not in _DIGITS) or (
                ones and ones not in _DIGITS):
            return None
        return (_DIGITS[tens] if tens else 1) * 10 + (_DIGITS[ones] if ones else 0)
    if text and all(c in _DIGITS for c in text):
        return int("".join(str(_DIGITS[c]) for c in text))
    return None


def _says_onward(article: ArticlePlan, rules: RuleSet) -> bool:
    """Whether the article says it goes on elsewhere (下转第X版): a jump marker of its own,
    or one JMP002 lifted out of its text."""
    onward = [j.text for j in article.jumps] + [e.before for b in article.body
                                                for e in b.edits if e.rule == "JMP002"]
    return any(jump_says(t, "onward", rules) for t in onward)


def _at_sheet_breaks(page: PagePlan, rules: RuleSet, done: list[Move], breaks: list[int],
                     places: tuple[set[int], list[int]], words: Counter | None,
                     orderers: frozenset[str] = frozenset()) -> list[Move]:
    """The moves `done`, then those the sheet breaks make, in turn: the cut boxes' runs
    (MOVE001), the heads with no text (MOVE002, then MOVE005), the boxes cut at a paragraph's end
    (MOVE003), the finished tails placed by their words (MOVE004, not on text an
    orderer of `orderers` read back from rows), and last the text of the heads still
    with none, placed by their titles' words (MOVE006); each weighs the page as the ones
    before left it."""
    moves = done + _sheet_moves(page, rules, done, breaks, places, words)
    moves += _sheet_heads(page, rules, moves, breaks)
    moves += _sheet_openings(page, rules, moves, breaks)
    moves += _sheet_resumed(page, rules, moves, breaks, places)
    if not orderers & set(rules.param("MOVE004", "not_after")):
        moves += _echo_tails(page, rules, moves,
                             mixed=bool(orderers & set(rules.param("MOVE004", "mixed_after"))))
    return moves + _bodiless_heads(page, rules, moves)


def _apply(move: Move, first: bool = False) -> None:
    """Move a run out of its article and into the target: after its anchor, or at the
    body's start (`first`: a head that had no text), its captions along."""
    ids = {id(b) for b in move.run}
    move.source.body = [b for b in move.source.body if id(b) not in ids]
    move.source.captions = [c for c in move.source.captions if c not in move.carried]
    at = 0 if first else move.target.body.index(move.anchor) + 1
    move.target.body[at:at] = move.run
    move.target.captions.extend(move.carried)


def _carried(home: ArticlePlan, run: list[Block]) -> list[Block]:
    """The captions of `home` printed inside the run's stretch of source: they go with it."""
    return [c for c in home.captions if run[0].start < c.start < run[-1].end]


def _others_between(paragraphs: list[Block], at_index: list[int], body_of: dict,
                    home: ArticlePlan, low: int, high: int) -> bool:
    """Whether a paragraph of another article than `home` stands between two places of the
    source (`paragraphs` sorted by place, `at_index` their places: a bisect, not a scan of
    the page, since a run's every step asks)."""
    return any(body_of[id(b)] is not home for b in
               paragraphs[bisect_right(at_index, low):bisect_left(at_index, high)])


_NUMBER_END = regex.compile(r"[0-9０-９][.．]?$")
_NUMBER_GOES_ON = regex.compile(r"^[.．]?[0-9０-９%％]")
# A line stopped on a letter or a digit, no mark after it (JOIN002's `_left_open`).
_LETTER_OR_DIGIT = regex.compile(r"[\p{L}\p{N}]")


def _seam(end: Block, head: Block, rules: RuleSet, words: Counter | None) -> bool:
    """MOVE001: whether the cut paragraph `end` and the run's `head` join at a seam: a
    number cut in two (…提高到8 / 5%以上。), or, where the head's first line is as full
    as the measure (BLK005's `unindented`) and the end's last line full too, a word
    (CLS017: printed so on the page, or on the word list) across it (…总是能 /
    够科学把握…)."""
    left, right = end.text.rstrip(), head.text.lstrip()
    if _NUMBER_END.search(left) and _NUMBER_GOES_ON.match(right):
        return True
    return bool(end.filled and head.start_evidence.get("unindented")
                and block_word(left, right, [], 0, 0, rules, words or Counter()))


def _closes_unopened(text: str) -> bool:
    """MOVE001: whether a paragraph closes a quotation before it opens one (你老了，也坐电梯！”
    / “好！”他说。): it starts inside a quotation, as no paragraph does (one quoted over
    several paragraphs opens each with its mark), so it goes on from one cut inside it."""
    close = text.find("”")
    return close > 0 and "“" not in text[:close]


def _quote_open(text: str) -> bool:
    """Whether a paragraph leaves a quotation open: more opening marks than closing."""
    return text.count("“") > text.count("”")


def _quotation_seam(end: Block, head: Block) -> bool:
    """MOVE001: whether the cut paragraph `end` leaves a quotation open that the run's
    `head` closes before it opens any (…谢谢你！等 / … / 你老了，也坐电梯！”): the two
    halves of one quotation."""
    return _closes_unopened(head.text) and _quote_open(end.text)


def _starts_short(page: PagePlan, rules: RuleSet, before: int | None = None) -> bool:
    """MOVE001: whether the page's paragraphs start short by the dropped indent (BLK009),
    so that a full first line tells a run from a paragraph: at least
    `sheet_min_short_starts` of its paragraphs after a finished one (those before block
    `before`, where given) start so."""
    terminal = terminal_marks(rules)
    after_full_stop = [b for a in page.articles for prev, b in zip(a.body, a.body[1:])
                       if prev.role == b.role == "paragraph"
                       and (before is None or b.index < before)
                       and b.start_evidence.get("measure")
                       and b.line_texts and ends_sentence(prev.text, terminal)]
    short = sum(_opens_short(b, rules) for b in after_full_stop)
    return bool(after_full_stop) and short >= rules.param(
        "MOVE001", "sheet_min_short_starts") * len(after_full_stop)


def _opens_short(block: Block, rules: RuleSet) -> bool:
    """Whether a block's first printed line is short of its measure by the dropped indent
    (BLK009), as a paragraph's first line is on a page whose extractor dropped it."""
    measure = block.start_evidence.get("measure")
    return bool(measure and block.line_texts) and display_width(block.line_texts[0]) < (
        measure - rules.param("BLK009", "dropped_indent") / 2)


def _sheet_breaks(page: PagePlan, rules: RuleSet) -> list[int]:
    """MOVE001: the block indexes of the footers between the two sheets a page printed on
    (`sheet_footer`, with paragraphs on both sides of it: one at the page's top or foot
    is no break), where the first sheet's paragraphs start short by the dropped indent
    (so a run that starts full is a cut box going on); [] where there are none."""
    footers = rules.param_patterns("MOVE001", "sheet_footer")
    if not footers or not rules.on("MOVE001"):
        return []
    first = min((b.index for a in page.articles for b in a.body), default=0)
    final = max((b.index for a in page.articles for b in a.body), default=0)
    breaks = sorted(b.index for b in page.furniture if first < b.index < final
                    and any(p.fullmatch(b.text.strip()) for p in footers))
    # (On the first sheet, before the runs in question.)
    if not breaks or not _starts_short(page, rules, breaks[0]):
        return []
    return breaks


def _sheet_places(page: PagePlan) -> tuple[set[int], list[int]]:
    """MOVE001: the block indexes of the page's titles (headlines, kickers, subtitles), and
    of every block it places, sorted: where each box's part on sheet 1 ends (_open_ends)."""
    titles = {b.index for a in page.articles for b in a.titles()}
    others = sorted({b.index for a in page.articles
                     for b in a.body + a.bylines + a.summary + a.jumps} | titles
                    | {b.index for b in page.furniture})
    return titles, others


def _open_ends(page: PagePlan, rules: RuleSet, at: int, low: int, placed: set[int],
               places: tuple[set[int], list[int]],
               index: tuple | None = None) -> list[tuple[ArticlePlan, Block]]:
    """MOVE001: the open ends before the sheet break at block `at` (and after `low`, the
    break before it), in the source's order: each box's last paragraph on sheet 1 that
    ends mid-sentence, with the next box's title (or the footer) printed after it
    (`places`: _sheet_places; `index`, the page's _body_index as it stands, to weigh only
    the articles with text between the two breaks)."""
    terminal = terminal_marks(rules)
    titles, others = places
    ends: list[tuple[ArticlePlan, Block]] = []
    for article in (page.articles if index is None else _holding(page, index, low, at)):
        body = article.body
        k = len(body)
        while k and body[k - 1].index > at:
            k -= 1
        last = body[k - 1] if k else None
        if (last is not None and last.index > low and last.role == "paragraph"
                and id(last) not in placed
                and not ends_sentence(last.text, terminal) and not _jumps_onward(last, rules)
                # (nor one that says it goes on on another page: 下转第十八版 under it; a
                # marker under a paragraph before it said so of that one)
                and not any(jump_says(j.text, "onward", rules) and j.index > last.index
                            for j in article.jumps)
                and _next_of(others, last.index) in titles | {at}):
            ends.append((article, last))
    ends.sort(key=lambda e: e[1].index)
    return ends


def _holding(page: PagePlan, index: tuple, low: int, high: int) -> list[ArticlePlan]:
    """The articles, in page order, with a body block between places `low` (not included)
    and `high` of the source (`index`: _body_index, kept up to date as moves go): the only
    ones whose last paragraph before a sheet break can lie after the break before it. (Each
    break weighing every article made a page of many sheet breaks cost the square of its
    size: 4 MB of 人民日报 pages run together, two thirds of the time.)"""
    body_of, paragraphs, at_index, _ = index
    held = {id(body_of[id(b)])
            for b in paragraphs[bisect_right(at_index, low):bisect_right(at_index, high)]}
    return [a for a in page.articles if id(a) in held]


def _sheet_moves(page: PagePlan, rules: RuleSet, done: list[Move], breaks: list[int],
                 places: tuple[set[int], list[int]],
                 words: Counter | None = None) -> list[Move]:
    """MOVE001 at a sheet break: the page printed onto two sheets (a `第 N 页` footer
    between them) and every box the break crossed was cut there. The converter read
    sheet 1 box by box, each cut box's part ending mid-sentence, then sheet 2 box by box,
    each cut box going on with a run that starts mid-sentence: its first line fills the
    measure, where a paragraph's first line is short by the dropped indent. So the k-th
    open end before the footer goes on at the k-th such run after it, in the same order.
    An open end is a box's last paragraph before the footer that ends mid-sentence with
    the next box's title (or the footer) printed after it.

    Open ends and runs are paired in order; a pair stands when the run shares some of its
    vocabulary with its open end's article (its title and its text on sheet 1:
    sheet_min_shared_bigrams), and no less than with any other open end's (the order is
    the evidence, the words must not say otherwise). Pairing stops at the first pair that
    does not stand. The runs are moved after the paragraphs they continue, and the moves
    applied to the page's articles.
    (Runs the page's other moves placed already stay where they are.) `breaks` and
    `places` are _sheet_breaks' and _sheet_places', found before those moves: a move
    changes which article holds a block, not which blocks the page holds.
    """
    if not breaks:
        return []
    terminal = terminal_marks(rules)
    fewest = rules.param("MOVE001", "sheet_min_shared_bigrams")
    strong_heads = rules.param_patterns("MOVE001", "strong_patterns")
    placed = {id(b) for m in done for b in m.run} | {id(m.anchor) for m in done}
    index = body_of, paragraphs, at_index, _ = _body_index(page)

    moves: list[Move] = []
    for n, at in enumerate(breaks):
        low = breaks[n - 1] if n else -1
        high = breaks[n + 1] if n + 1 < len(breaks) else float("inf")
        after = paragraphs[bisect_right(at_index, at):bisect_left(at_index, high)]
        # (A run the page's other moves placed may end mid-sentence at the break: only the
        # paragraphs they gave a run's rest have theirs.)
        ends = _open_ends(page, rules, at, low, {id(m.anchor) for m in done}, places, index)
        # Runs that start mid-sentence: a first line as full as the measure, after a
        # paragraph of its article that ended a sentence or stood on sheet 1.
        starts: list[Block] = []
        for b in after:
            measure = b.start_evidence.get("measure")
            if (b.role != "paragraph" or not measure or not b.line_texts or id(b) in placed
                    or dateline(b.text, rules)):
                continue
            if _opens_short(b, rules):
                continue
            body = body_of[id(b)].body
            k = body.index(b)
            prev = body[k - 1] if k else None
            if prev is None or prev.index < at or (prev.role == "paragraph"
                                                    and ends_sentence(prev.text, terminal)):
                starts.append(b)
        if ends and not starts:
            moves.extend(_sheet_tails(ends, after, at, body_of, placed, rules, words))
            continue
        if not ends:
            continue
        # (An open end's words are its article's on sheet 1, its title's too: a lede cut
        # after a line or two shares little with the run but its headline's words
        # (乡村学校的“小而美”之路 / 编者按：随着城镇化推进和学龄人口 / 第 2 页 / … / 变化，一些乡
        # 村学校的学生越来越少。…).)
        vectors = {id(a): _sheet_one_words(a, at) for a, _ in ends}
        taken = {id(b) for b in starts}
        for k, ((target, anchor), head) in enumerate(zip(ends, starts)):
            home = body_of[id(head)]
            i = home.body.index(head)
            j = i + 1
            # (to the box's end or the next run's head, a full first line's or a
            # fragment's after a finished paragraph (叶雨婷）…进入总决赛。 / ，委政府…: two
            # cut boxes' runs), and only as far as the run lies in one stretch of the
            # source: nothing of another article's in between)
            while (j < len(home.body) and id(home.body[j]) not in taken
                   and not (ends_sentence(home.body[j - 1].text, terminal)
                            and any(h.search(home.body[j].text) for h in strong_heads))
                   and id(home.body[j]) not in placed and home.body[j].index < high
                   and not _others_between(paragraphs, at_index, body_of, home,
                                           home.body[j - 1].index, home.body[j].index)):
                j += 1
            run = home.body[i:j]
            run_vec = Vector(b.text for b in run)
            sims = {id(a): run_vec.cosine(vectors[id(a)]) for a, _ in ends}
            mine = sims[id(target)]
            shared = run_vec.shared(vectors[id(target)])
            # Or the seam says so: the characters across it make a word the page prints
            # (支 / 持，), the run closes a bracket the open end left open (《…国民经济 /
            # 和社会发展…》), or the open end is a dateline alone, which no text follows.
            across = (block_word(anchor.text, head.text, [], 0, 0, rules, words)
                      if words is not None else {})
            seam = [name for name, found in (
                ("word_across", bool(across)),
                ("bracket_closed", _bracket_open(anchor.text)
                 and not _bracket_open(anchor.text + "".join(b.text for b in run))),
                ("dateline_alone", _only_dateline(anchor.text, rules))) if found]
            if mine < max(sims.values()) or (shared < fewest and not seam):
                break  # the words say the order does not hold: pair no further
            between = (home.body[home.body.index(anchor) + 1:home.body.index(head)]
                       if home is target else [])
            first = between[0] if between else None
            if home is target and not (
                    first and first.index > at and first.role == "paragraph"
                    and len(first.line_texts) > 1 and _opens_short(first, rules)):
                # (In its own article already: an article print's one column cut by each
                # sheet goes on in order, and the break moves nothing within an article.
                # Only where what was read first after the break opens as a paragraph does
                # (short by the dropped indent, on more than one line), another box's, does
                # the run still go up to its open end, past whatever else was read there
                # (a line alone, “好！”他说。; another box's lede): …使这本 / 第 2 页 / “过去
                # 卖原竹，… / 书既是一部摄影集…. Where a line alone was read first, it is
                # the open end's own rest in 人民日报's article prints (领导干 / 部学习贯彻…),
                # and the run another paragraph's.)
                continue
            move = Move(run=run, carried=_carried(home, run), source=home, target=target,
                        anchor=anchor,
                        evidence={"head": head.text[:12], "anchor_tail": anchor.text[-12:],
                                  "sheet_break": f"after block {at}", "open_end": k + 1,
                                  "of_open_ends": len(ends), "similarity_to_target": round(mine, 3),
                                  "shared_bigrams": shared, "seam": seam,
                                  **({"listed": across["listed"]} if "listed" in across else {}),
                                  "best_other": round(max([v for key, v in sims.items()
                                                           if key != id(target)], default=0.0), 3)})
            _apply(move)
            for b in run:
                body_of[id(b)] = target
            moves.append(move)
        # (Where the break cut several boxes, their parts on sheet 2 read one after the
        # other, the open ends the order left unpaired take a box's last line alone
        # wherever it was read after the break, under another box's part, when their seam
        # makes a word with it: …二级能 / … / 效产品销售额占比超过90%。. Where it cut one
        # box, what follows the break is that box's, and such a line is a paragraph of it.)
        paired = {id(m.anchor) for m in moves}
        left = [(t, a) for t, a in ends if id(a) not in paired]
        if len(ends) >= 2 and left:
            moved = placed | {id(b) for m in moves for b in m.run}
            moves.extend(_sheet_tails(left, after, at, body_of, moved, rules, words,
                                      anywhere=True))
    return moves


def _sheet_one_words(article: ArticlePlan, before: int) -> Vector:
    """MOVE001 at a sheet break: an open end's words, its article's title lines (headline,
    kickers, subtitles) and its text before block `before` (on sheet 1)."""
    return Vector([t.text for t in article.titles()]
                  + [b.text for b in article.body if b.index < before])


def _sheet_resumed(page: PagePlan, rules: RuleSet, done: list[Move], breaks: list[int],
                   places: tuple[set[int], list[int]]) -> list[Move]:
    """MOVE003: a box the sheet break cut at a paragraph's end (its text on sheet 1 ends a
    sentence, the next box's title or the footer printed after it) resumes on sheet 2 with
    a paragraph that opens short by the dropped indent, which the converter read as more
    text of whatever article it read last (…还出口到东南亚。 under 一座县城的百年影像's
    …使这本 / 第 2 页 / “过去卖原竹，一吨只能卖四五百…). Nothing in the lines says which box
    goes on there; the words do. A run after the break (a paragraph start whose article's
    text before it is on sheet 1, and what follows it in one stretch of the source) goes
    to the box so ended whose sheet-1 text it shares the most words with, where that is at
    least `min_similarity` (cosine of Han bigrams) and `min_shared_bigrams`, and more than
    it shares with the text above it in its own article and with any other box so ended
    by `min_margin`. Each such box
    takes one run; the run goes after its last paragraph on sheet 1. Only boxes at most
    MOVE001's `max_targets` articles away in page order are weighed.
    The sheet breaks are MOVE001's: with MOVE001 off there are none.
    """
    if not breaks or not rules.on("MOVE003"):
        return []
    terminal = terminal_marks(rules)
    least = rules.param("MOVE003", "min_similarity")
    fewest = rules.param("MOVE003", "min_shared_bigrams")
    margin = rules.param("MOVE003", "min_margin")
    nearest = rules.param("MOVE001", "max_targets")
    moved = {id(b) for m in done for b in m.run}
    titles, others = places
    moves: list[Move] = []
    position = {id(a): n for n, a in enumerate(page.articles)}
    index = body_of, paragraphs, at_index, _ = _body_index(page)
    for n, at in enumerate(breaks):
        low = breaks[n - 1] if n else -1
        high = breaks[n + 1] if n + 1 < len(breaks) else float("inf")
        after = paragraphs[bisect_right(at_index, at):bisect_left(at_index, high)]
        # (each body block's place in its article, found once a break for the articles of
        # the paragraphs after it: no list.index a paragraph, nor every article a break)
        place_of = {id(b): k for a in _holding(page, index, at, high)
                    for k, b in enumerate(a.body)}
        # The boxes the break cut at a paragraph's end.
        ends: list[tuple[ArticlePlan, Block]] = []
        for article in _holding(page, index, low, at):
            # (A run a move put in counts where it was printed on sheet 1: the text of a
            # jump that MOVE001 brought from under its marker (（上接第1版）) ends the box
            # there, …实施以来 / （下转第20版） / … / （上接第1版） / ，流域…现象。.)
            last = next((b for b in reversed(article.body) if b.index < at), None)
            if (last is not None and last.index > low and last.role == "paragraph"
                    and ends_sentence(last.text, terminal)
                    and _next_of(others, last.index) in titles | {at}):
                ends.append((article, last))
        if not ends:
            continue
        sheet_one = {id(a): Vector(b.text for b in a.body if b.index < at) for a, _ in ends}
        # The runs after the break that open a paragraph under text of sheet 1.
        runs: list[tuple[ArticlePlan, list[Block]]] = []
        for b in after:
            home = body_of[id(b)]
            k = place_of[id(b)]
            prev = home.body[k - 1] if k else None
            if (id(b) in moved or b.role != "paragraph" or prev is None
                    or not (len(b.line_texts) > 1 and _opens_short(b, rules))
                    or (at < prev.index < b.index and id(prev) not in moved)):
                continue
            j = k + 1
            # (forward in the source only: past a run a move put in, the article's own
            # text goes on from elsewhere)
            while (j < len(home.body) and id(home.body[j]) not in moved
                   and max(at, home.body[j - 1].index) < home.body[j].index < high
                   and not _others_between(paragraphs, at_index, body_of, home,
                                           home.body[j - 1].index, home.body[j].index)):
                j += 1
            runs.append((home, home.body[k:j]))
        served: set[int] = set()
        for home, run in runs:
            run_vec = Vector(b.text for b in run)
            own = run_vec.cosine(Vector(b.text for b in home.body
                                        if b.index < run[0].index and id(b) not in moved))
            # (the boxes at most max_targets articles away in page order: a page of
            # thousands of boxes must not cost the square of them)
            here = position[id(home)]
            scored = sorted(((run_vec.cosine(sheet_one[id(t)]), n, t, last)
                             for n, (t, last) in enumerate(ends)
                             if t is not home and abs(position[id(t)] - here) <= nearest),
                            key=lambda e: -e[0])
            if not scored:
                continue
            score, _, target, last = scored[0]
            runner_up = scored[1][0] if len(scored) > 1 else 0.0
            shared = run_vec.shared(sheet_one[id(target)])
            # (the words must single the box out: from its own article's text above it, and
            # from every other box the break cut so)
            if (id(target) in served or score < least or shared < fewest
                    or score - max(own, runner_up) < margin):
                continue
            served.add(id(target))
            moved.update(id(b) for b in run)
            move = Move(run=run, carried=_carried(home, run), source=home, target=target,
                        anchor=last, rule="MOVE003", evidence={
                            "head": run[0].text[:12], "anchor_tail": last.text[-12:],
                            "sheet_break": f"after block {at}",
                            "similarity_to_target": round(score, 3),
                            "shared_bigrams": shared, "similarity_to_home": round(own, 3)})
            _apply(move)
            for b in run:
                body_of[id(b)] = target
            moves.append(move)
    return moves


def _echo_tails(page: PagePlan, rules: RuleSet, done: list[Move],
                mixed: bool = False) -> list[Move]:
    """MOVE004: an article's last paragraphs printed in another box with no marker, read
    as more text of the article printed before them (一张报纸，陪伴一座城市七十年 / its
    first paragraph, …抢购一空。 / 广东举办…创业大赛 / … / …分享创业经验。 / 七十年来，这张
    报纸换过10次版…). Nothing in the lines says so: both ends are finished paragraphs.
    The words do, and a newspaper's lede and body repeat its headline's words. A run of an
    article's last paragraphs (at most `max_run_blocks`, under a finished paragraph, no
    dateline or editor's note in it, nothing moved; it may open with, or hold, a section
    heading, but ends in a paragraph) goes to the end of the article whose
    headline and text it shares the most with, where
    - it shares at least `min_headline_bigrams` distinct Han bigrams with that article's
      title lines (its headline, kickers and subtitles: a tail repeats a subtitle's words
      as well, 一页古籍要经过几道工序？ under 让典籍里的文字“活”起来 / ——走进一家古籍数字化
      中心), its first paragraph (past a section heading it opens with) at least one, and
      neither any with its own article's headline (its subtitle's words are its own
      text's less surely: they do not keep it);
    - it shares at least `min_shared_bigrams` distinct Han bigrams with that article's
      headline and text, and its vocabulary leans to them over its own article's
      paragraphs above it by `min_margin` (cosine of Han bigrams); its first paragraph's
      leans to them at all.
    - the title words counted are those at most `max_articles_per_word` of the page's
      articles print (发展 and 中国 single none out), and no other article's title lines
      as near (`max_apart`) does the run echo as much (its own article's kickers and
      subtitles aside: a paragraph's line read as a kicker over the headline, 在一家中国
      储能企业的展台前… over 流动的艺术，联动的长三角, kept a tail that echoed it);
    - or, in place of the headline's words (the first and third points): the run disowns
      its own article, sharing not one bigram with its text above, which holds at least
      `disowned_min_bigrams` (the run itself `disowned_min_run_bigrams`), the words it
      shares with the target make `disowned_min_words` different words (the evidence's
      `disowned`), and it leans to the target's text
      over every other article's as near (at least `disowned_min_rivals` of them) by
      `min_margin` (旁边卖冰粉的摊主打趣老胡… read on under a report on a solar trade
      fair: the night market's report near it takes it);
    - the target does not print any of the run's paragraphs already (their first FLG002
      `min_shared_chars` characters, in a paragraph at least so long): a tail goes on from
      its text, it does not repeat it.
    The run is the longest so found: the tail starts at its first paragraph. Each article
    gives at most one run and takes at most one such; one that says it goes on elsewhere
    (下转) takes none.
    Only articles at most `max_apart` away in page order are weighed (a tail stands in a
    box beside or under its own), and no run printed round a block an earlier move took
    out of its article. The article that takes a run is flagged
    (`tail_by_words`): only words placed it. relocate leaves it out on text read back from
    rows (`not_after`). On text whose articles mix other articles' lines (`mixed`: put
    back from rows by an orderer of `mixed_after`, pdfminer.six's columns read across) the
    text above a run holds lines of the article it was read after, and a headline over
    them took that article's paragraphs: the lean asked is `mixed_min_margin`, and the
    run's own headline disowns it only by a word few articles print (as the target's
    words are counted), not by 发展 or 中国; but a run that shares nothing with the text
    above it is no tail for that alone there (that text may be another article's), so it
    moves only where it echoes the target's headline."""
    if not rules.on("MOVE004"):
        return []
    terminal = terminal_marks(rules)
    fewest = rules.param("MOVE004", "min_headline_bigrams")
    margin = rules.param("MOVE004", "mixed_min_margin" if mixed else "min_margin")
    last = rules.param("MOVE004", "max_run_blocks")
    nearest = rules.param("MOVE004", "max_apart")
    moved = {id(b) for m in done for b in m.run}
    taken_out = _taken_out(done)
    articles = page.articles
    heads = [Vector([a.headline.text]) if a.headline is not None else None for a in articles]
    # (the words a tail echoes are its article's title lines', its kicker's and subtitle's
    # too: 一页古籍要经过几道工序？ under 让典籍里的文字“活”起来 / ——走进一家古籍数字化中心)
    titles_of = [Vector([b.text for b in a.titles()]) if a.headline is not None else None
                 for a in articles]
    texts: dict[int, Vector] = {}

    def text_of(n: int) -> Vector:
        if n not in texts:
            a = articles[n]
            texts[n] = Vector([a.headline.text] + [b.text for b in a.body])
        return texts[n]

    rare = rules.param("MOVE004", "max_articles_per_word")
    own_words = rules.param("MOVE004", "disowned_min_bigrams")
    own_terms = rules.param("MOVE004", "disowned_min_words")
    own_run = rules.param("MOVE004", "disowned_min_run_bigrams")
    own_rivals = rules.param("MOVE004", "disowned_min_rivals")
    printed = rules.param("FLG002", "min_shared_chars")
    least = rules.param("MOVE004", "min_shared_bigrams")
    spread: Counter = Counter()  # in how many articles' text each bigram stands
    for n in range(len(articles)):
        if heads[n] is not None:
            spread.update(text_of(n).counts.keys())

    def echoed(n: int, run: Vector) -> list[str]:
        """The bigrams of article n's title lines that the run prints, the rare ones only
        (a headline's words that many articles on the page print, 发展 or 中国, single none
        out)."""
        return [k for k in titles_of[n].counts if k in run.counts and spread[k] <= rare]

    moves: list[Move] = []
    served: set[int] = set()
    for here, home in enumerate(articles):
        body = home.body
        if len(body) < 2 or any(id(b) in moved for b in body):
            continue
        own_head = heads[here]
        near = range(max(0, here - nearest), min(len(articles), here + nearest + 1))
        # (the blocks an earlier move took out of this article: a run printed round one of
        # them is no tail as printed, and moving it with the hole inside gave an edit log
        # that did not replay)
        taken = taken_out.get(id(home), [])
        found = None
        for i in range(max(1, len(body) - last), len(body)):
            b, prev = body[i], body[i - 1]
            if (b.role not in ("paragraph", "heading") or prev.role != "paragraph"
                    or not ends_sentence(prev.text, terminal) or dateline(b.text, rules)
                    or any(x.role not in ("paragraph", "heading") for x in body[i:])
                    or body[-1].role != "paragraph"
                    # (an editor's note opens a text: a run holding one is no tail)
                    or any(editor_note(x.text, rules) for x in body[i:])
                    or _between(taken, b.index, body[-1].index)):
                continue
            run = body[i:]
            # (A tail may open with its section heading, 是“躺平”还是“充电”？ / 调查中…: its
            # first paragraph is the one weighed as the run's first.)
            run_vec = Vector(x.text for x in run)
            first = Vector([next(x.text for x in run if x.role == "paragraph")])
            if own_head is not None and (
                    any(k in run_vec.counts and spread[k] <= rare for k in own_head.counts)
                    if mixed else run_vec.shared(own_head) or first.shared(own_head)):
                continue
            above = Vector(x.text for x in body[:i])
            home_score = run_vec.cosine(above)
            scored = [(run_vec.cosine(text_of(n)), n) for n in near
                      if n != here and heads[n] is not None and articles[n].body]
            if not scored:
                break
            score, n = max(scored)
            target = articles[n]
            words = echoed(n, run_vec)
            # (A run that shares not one bigram with its own article's text above it, where
            # that text is long enough to have said something (`disowned_min_bigrams`), is
            # no part of it; its words need echo no headline, but must single the target
            # out from every other article as near by `min_margin`.)
            disowned = (not mixed and 0 < own_words <= len(above.counts)
                        and not run_vec.shared(above)
                        and len(run_vec.counts) >= own_run
                        # (from at least `disowned_min_rivals` other articles: a lean to
                        # one of two proves little)
                        and len(scored) > own_rivals
                        and score - max(s for s, m in scored if m != n) >= margin
                        and _distinct_words(run, run_vec, text_of(n)) >= own_terms)
            if (id(target) in served or _says_onward(target, rules)
                    or not disowned and (
                        len(words) < fewest or not any(k in first.counts for k in words)
                        # (no other article's title lines as near that it echoes as much:
                        # only those, so that a page of thousands of articles costs no
                        # square of them; its own article's headline it echoes not at all,
                        # and its kickers and subtitles keep no run, as above)
                        or any(len(echoed(m, run_vec)) >= len(words)
                               for m in near if heads[m] is not None and m not in (n, here)))
                    or run_vec.shared(text_of(n)) < least or score - home_score < margin
                    or first.cosine(text_of(n)) <= first.cosine(above)
                    # (an article's tail goes on from its text; it does not print again
                    # what the text printed)
                    or any(len(r.text) >= printed and r.text[:printed] in x.text
                           for r in run for x in target.body)):
                continue
            found = (run, n, score, home_score,
                     _echoed_words("\n".join(b.text for b in target.titles()), words),
                     len(above.counts) if disowned else 0)
            break
        if found is None:
            continue
        run, n, score, home_score, shared, disowning = found
        target = articles[n]
        served.add(id(target))
        move = Move(run=run, carried=_carried(home, run), source=home, target=target,
                    anchor=target.body[-1], rule="MOVE004", evidence={
                        "head": run[0].text[:12], "anchor_tail": target.body[-1].text[-12:],
                        "headline_words_echoed": shared,
                        "similarity_to_target": round(score, 3),
                        "similarity_to_home": round(home_score, 3),
                        **({"disowned": {"home_text_bigrams": disowning, "shared_with_home": 0}}
                           if disowning else {})})
        _apply(move)
        moved.update(id(b) for b in run)
        texts.pop(here, None)  # (both texts changed: weighed again as they now stand)
        texts.pop(n, None)
        target.evidence["tail_by_words"] = {
            "head": run[0].text[:12], "words": shared, "disowned": bool(disowning),
            "printed_in": home.headline.text if home.headline is not None else None}
        moves.append(move)
    return moves


def _bodiless_heads(page: PagePlan, rules: RuleSet, done: list[Move]) -> list[Move]:
    """MOVE006: a head with no text under it takes a stretch of a near article's paragraphs
    that echoes its title's words and none of its own article's title, where the rest of
    that article echoes its own title more than this one's. A headline has text under
    it; where the converter read a neighbouring box's head or text between them, its text
    stands in that box's article, first (创新答卷彰显新型举国体制优势 over 课间铃声一响…
    under 各地中小学课间普遍延长到15分钟), last (…订单已排到明年上半年。 / 历史，正在书写
    新的篇章。 / …基本实现社会主义现代化… under 确保基本实现社会主义现代化取得决定性进展)
    or between (本报北京4月21日电… / “十四五”这5年，我国科技事业… / 教育部有关负责人表示…
    under 今年将新建改扩建乡镇寄宿制学校1000所: the middle is 中国科技 活力奔涌's).

    The stretch starts and ends at a finished paragraph's end (or its article's ends), is
    at most `max_run_blocks` blocks (a subheading inside it goes with it) and not the whole
    text, and opens no paragraph with a dateline but its first. It must print at least
    `min_title_bigrams` distinct Han bigrams of the head's title lines (headline, kickers,
    subtitles), of those at most `max_articles_per_word` of the page's articles print,
    and none of its own article's title (a lede repeats its own headline's words: 高温 in
    a report under 白天躲高温 夜晚逛夜市 keeps it there, though it echoes 持续晴热高温天气
    来袭 more); the rest must print more of its own title than of the head's. Of the
    stretches so found in the articles at most `max_apart` away in page order, the one
    that shares the least with its rest (cosine of Han bigrams) goes under the head, which
    is flagged (`text_by_words`: only words placed it). Nothing another move took is
    weighed. A head over a photo and its caption has no text either: where a near
    article's words echo its title, that text is taken (a known limit; the review found
    no guard that costs nothing on the dev pages)."""
    if not rules.on("MOVE006"):
        return []
    terminal = terminal_marks(rules)
    fewest = rules.param("MOVE006", "min_title_bigrams")
    nearest = rules.param("MOVE006", "max_apart")
    rare = rules.param("MOVE006", "max_articles_per_word")
    longest = rules.param("MOVE006", "max_run_blocks")
    articles = page.articles
    if not any(a.headline is not None and not a.body for a in articles):
        return []
    moved = {id(b) for m in done for b in m.run}
    taken_out = _taken_out(done)
    spread: Counter = Counter()  # in how many articles' title and text each bigram stands
    for a in articles:
        spread.update(Vector([b.text for b in a.titles()] + [b.text for b in a.body]).counts.keys())

    def title(a: ArticlePlan) -> Vector:
        return Vector(b.text for b in a.titles())

    moves: list[Move] = []
    for here, target in enumerate(articles):
        if target.headline is None or target.body:
            continue
        words = title(target)
        rare_words = [k for k in words.counts if spread[k] <= rare]
        if len(rare_words) < fewest:
            continue
        best = None
        for there in range(max(0, here - nearest), min(len(articles), here + nearest + 1)):
            home = articles[there]
            if (there == here or home.headline is None or len(home.body) < 2
                    or any(id(b) in moved for b in home.body)):
                continue
            # (the blocks an earlier move took out of it: no stretch is printed round one)
            found = _title_stretch(home, rules, terminal, title(home), words, rare_words,
                                   fewest, longest, taken_out.get(id(home), []),
                                   _no_space(target.headline.text))
            if found is not None and (best is None or found[0] < best[0]):
                best = found + (home,)
        if best is None:
            continue
        apart, echo, run, home = best
        move = Move(run=run, carried=_carried(home, run), source=home, target=target,
                    anchor=target.headline, rule="MOVE006", evidence={
                        "head": run[0].text[:12], "title": target.headline.text[:12],
                        "title_bigrams_echoed": echo,
                        "similarity_to_rest": round(apart, 3),
                        "printed_in": home.headline.text[:12]})
        _apply(move, first=True)
        moved.update(id(b) for b in run)
        taken_out[id(home)] = sorted(taken_out.get(id(home), []) + [x.index for x in run])
        target.evidence["text_by_words"] = {"head": run[0].text[:12],
                                            "printed_in": home.headline.text}
        moves.append(move)
    return moves


def _title_stretch(home: ArticlePlan, rules: RuleSet, terminal: str, own: Vector,
                   words: Vector, rare_words: list[str], fewest: int, longest: int,
                   taken: list[int], headline: str = "") -> tuple[float, int, list[Block]] | None:
    """MOVE006: the stretch of `home`'s body that a head of title `words` takes, as
    (cosine to the rest, title bigrams echoed, blocks), or None. Each stretch is weighed
    from counts kept as it grows (and whether it prints the headline whole, each block asked
    once), so a body costs its length times `longest`. `taken`: the
    sorted indexes of the blocks earlier moves took out of `home`. A stretch that prints
    the `headline` whole (spaces aside) is no text under it: that headline is a line of the
    stretch read as a title (编者按：言出必践，是中国共产党 over 编者按：言出必践，是中国共产党
    执政的鲜明风格。, pdftotext -layout d1101 gen-1105)."""
    body = home.body
    counts = [Vector([b.text]).counts for b in body]
    prints_head = [bool(headline) and headline in _no_space(b.text) for b in body]
    total: Counter = Counter()
    for c in counts:
        total.update(c)
    total_sq = sum(v * v for v in total.values())
    # (where a stretch may start or end: the body's ends and after a finished paragraph)
    ends = [0] + [i for i in range(1, len(body))
                  if body[i - 1].role == "paragraph" and body[i].role == "paragraph"
                  and ends_sentence(body[i - 1].text, terminal)] + [len(body)]
    at_end = set(ends)
    best = None
    for i in ends[:-1]:
        if body[i].role != "paragraph":
            continue
        run: Counter = Counter()
        dot = run_sq = 0  # run · total and run · run
        whole = False  # (a block of the run prints the headline whole)
        for j in range(i + 1, min(len(body), i + longest) + 1):
            c = counts[j - 1]
            if j - 1 > i and (dateline(body[j - 1].text, rules) or _between(
                    taken, body[j - 2].index, body[j - 1].index)):
                # (an article opens once: a dateline inside the stretch ends it; and so does
                # a hole an earlier move left)
                break
            if any(own.counts.get(k) for k in c):
                break  # (its own title's words: the stretch is its article's)
            run_sq += sum(v * (2 * run.get(k, 0) + v) for k, v in c.items())
            dot += sum(v * total[k] for k, v in c.items())
            run.update(c)
            whole = whole or prints_head[j - 1]
            if j not in at_end or (i, j) == (0, len(body)):
                continue
            echo = sum(1 for k in rare_words if run.get(k))
            if echo < fewest or whole:
                continue
            rest = [k for k in own.counts if total[k] > run.get(k, 0)]
            rest_words = sum(1 for k in words.counts if total[k] > run.get(k, 0))
            if len(rest) <= rest_words:
                continue
            rest_sq = total_sq - 2 * dot + run_sq
            apart = ((dot - run_sq) / math.sqrt(run_sq * rest_sq)
                     if run_sq > 0 and rest_sq > 0 else 0.0)
            if best is None or apart < best[0]:
                best = (apart, echo, body[i:j])
    return best


def _no_space(text: str) -> str:
    """The text with no white space (a title's line break or its phrases' gap aside)."""
    return "".join(text.split())


def _distinct_words(run: list[Block], run_vec: Vector, other: Vector) -> int:
    """MOVE004: how many different words the run shares with `other`: the stretches of the
    run whose every bigram `other` prints, each counted once, and none that stands inside
    another (发展 inside 可持续发展): one term is several bigrams but one word."""
    found = set(_echoed_words("\n".join(b.text for b in run),
                              [k for k in run_vec.counts if k in other.counts]))
    return sum(1 for w in found if not any(w != v and w in v for v in found))


def _echoed_words(title: str, bigrams: list[str]) -> list[str]:
    """The stretches of `title` that `bigrams` cover (一张报纸, 一座城市七十年): the words
    of it a run repeats, for the evidence."""
    keys, words, start = set(bigrams), [], None
    for i in range(len(title)):
        hit = title[i:i + 2] in keys
        if hit and start is None:
            start = i
        elif not hit and start is not None:
            words.append(title[start:i + 1])
            start = None
    return words


def _sheet_heads(page: PagePlan, rules: RuleSet, done: list[Move],
                 breaks: list[int]) -> list[Move]:
    """MOVE002: a head printed on sheet 1 with no text under it (a headline, its subtitle
    and byline, maybe a photo's caption, and not a paragraph) has its text on sheet 2: the
    box's head fell at the first sheet's foot and its columns went over the break. The
    converter read that text after the break as more paragraphs of the box read before it:
    it follows a finished paragraph, opens short by the dropped indent as a paragraph
    does, and turns to other words (…以飨读者。 / 第 2 页 / 编者按：近年来，古籍数字化工作
    稳步推进… under 让典籍里的文字“活”起来 / ——走进一家古籍数字化中心).

    Each such head, in the source's order, takes the paragraph after the break (of a box
    read before it, on either sheet) whose first paragraph (with the blocks a photo cut
    from it) shares the most of its title's words:
    at least `sheet_head_min_shared` distinct Han bigrams, and more than with its own
    article's title (a headline's words are its lede's). The head takes it and what
    follows in one stretch of the source, up to another article's text, a jump marker or
    the next break; where the paragraph is inside a run a sheet's cut box took (MOVE001),
    that run ends before it. A head whose text echoes none of its words keeps none (CLS005
    flags it). Only boxes at most MOVE001's `max_targets` articles away in page order are
    weighed. The sheet breaks are MOVE001's: with MOVE001 off there are none.
    """
    if not breaks or not rules.on("MOVE002"):
        return []
    terminal = terminal_marks(rules)
    fewest = rules.param("MOVE002", "sheet_head_min_shared")
    nearest = rules.param("MOVE001", "max_targets")
    position = {id(a): n for n, a in enumerate(page.articles)}
    fragments = (rules.param_patterns("MOVE001", "strong_patterns")
                 + rules.param_patterns("MOVE001", "patterns"))
    # (a block inside a run moved before, not its head: the run may end before it)
    inside = {id(b): m for m in done for b in m.run[1:]}
    moved_in = {id(b) for m in done for b in m.run}
    heads_of_runs = {id(m.run[0]) for m in done}
    body_of, paragraphs, at_index, jumps = _body_index(page)
    # (each block's place in its article's body, kept up to date as heads take text: a
    # list.index in the loops below would cost the square of a long article)
    place = {id(b): k for a in page.articles for k, b in enumerate(a.body)}

    def alone(home: ArticlePlan, low: int, high: int) -> bool:
        return _alone(paragraphs, at_index, body_of, jumps, home, low, high)

    def title(article: ArticlePlan) -> Vector:
        return Vector(b.text for b in article.titles())

    moves: list[Move] = []
    for n, at in enumerate(breaks):
        low = breaks[n - 1] if n else -1
        high = breaks[n + 1] if n + 1 < len(breaks) else float("inf")
        heads = [a for a in page.articles if a.headline is not None and not a.body
                 and low < a.headline.index < at]
        if not heads:
            continue
        # The paragraphs after the break that open as a paragraph does, a box's first
        # text on sheet 2.
        starts: list[Block] = []
        for b in paragraphs[bisect_right(at_index, at):]:
            if b.index >= high:
                break
            if b.role != "paragraph" or id(b) in heads_of_runs or not _opens_short(b, rules):
                continue
            home = body_of[id(b)]
            k = place[id(b)]
            prev = home.body[k - 1] if k else None
            # (the box's first text on sheet 2: under its article's text of sheet 1, or
            # under a run a move brought there; in an article printed on sheet 2, any
            # paragraph after a finished one)
            if prev is not None and (prev.index < at or id(prev) in moved_in or (
                    home.first > at and ends_sentence(prev.text, terminal))):
                starts.append(b)
        opening = {id(b) for b in starts}

        def stretch(home: ArticlePlan, i: int, stop) -> int:
            """Where the stretch of `home`'s text from its body[i] ends (exclusive): before
            a block `stop` holds, another article's text, a jump marker, the next break or a
            block printed before the one above it (a run a move put in: past its end, the
            article's own text goes on from elsewhere in the source)."""
            j = i + 1
            while (j < len(home.body) and not stop(home.body[j])
                   and home.body[j - 1].index < home.body[j].index < high
                   and alone(home, home.body[j - 1].index, home.body[j].index)):
                j += 1
            return j

        ledes: dict[tuple[int, int], tuple[Vector, int]] = {}

        def echoes(home: ArticlePlan, head: Block) -> tuple[int, int] | None:
            """How many of the target's title words (and of its own article's) the
            paragraph at `head` prints, with the blocks a photo cut from it; None where
            that is too few to say it is the target's."""
            # (its words found once while its article keeps the same text: every head asks)
            key = id(head), len(home.body)
            if key not in ledes:
                i = place[id(head)]
                lede = Vector(b.text for b in home.body[i:stretch(home, i, lambda b: id(b) in opening)])
                ledes[key] = lede, lede.shared(title(home))
            lede, own = ledes[key]
            shared = lede.shared(words)
            return (shared, own) if shared >= fewest and shared > own else None

        taken: set[int] = set()
        for target in heads:
            words = title(target)
            best = None
            for head in starts:
                home = body_of[id(head)]
                # (a box at most max_targets articles away in page order: a page of
                # thousands of heads must not cost the square of them)
                if id(head) in taken or abs(position[id(home)] - position[id(target)]) > nearest:
                    continue
                found = echoes(home, head)
                if found and (best is None or found[0] > best[0][0]):
                    best = (found, home, head)
            if best is None:
                continue
            (shared, own), home, head = best
            i = place[id(head)]
            # (The text may open with a paragraph that echoes its title less: a paragraph
            # right before it in one stretch that echoes it enough comes along.)
            while (i and id(home.body[i - 1]) in opening and id(home.body[i - 1]) not in taken
                   and home.body[i - 1].index < home.body[i].index
                   and alone(home, home.body[i - 1].index, home.body[i].index)
                   and echoes(home, home.body[i - 1])):
                i -= 1
            head = home.body[i]
            # (up to a run another move took, or a paragraph that opens as another box's cut
            # tail does: …以 / 上。)
            j = stretch(home, i, lambda b: id(b) in taken or id(b) in heads_of_runs
                        or any(p.search(b.text) for p in fragments))
            cut = inside.get(id(head))
            if cut is not None:
                # (the run a cut box took went on only up to this paragraph: the rest of it
                # comes along, whatever stands in its stretch)
                k = cut.run.index(head)
                j = max(j, i + len(cut.run) - k)
                cut.run = cut.run[:k]
                cut.carried = [c for c in cut.carried if c.start < cut.run[-1].end]
            run = home.body[i:j]
            taken.update(id(b) for b in run)
            move = Move(run=run, carried=_carried(home, run), source=home, target=target,
                        anchor=target.headline, rule="MOVE002", evidence={
                            "head": run[0].text[:12], "title": target.headline.text[:12],
                            "sheet_break": f"after block {at}",
                            "shared_with_title": shared, "shared_with_own_title": own,
                            **({"cuts_run_of": cut.anchor.text[-12:]} if cut else {})})
            _apply(move, first=True)
            for b in run:
                body_of[id(b)] = target
            for article in (home, target):
                place.update((id(b), k) for k, b in enumerate(article.body))
            moves.append(move)
    return moves


def _sheet_openings(page: PagePlan, rules: RuleSet, done: list[Move],
                    breaks: list[int]) -> list[Move]:
    """MOVE005: an article's opening (a dateline paragraph, or a byline over a paragraph)
    first after a sheet break, inside an article that opened on sheet 1 with a dateline or
    byline of its own, opens the text of the nearest head before the break with no text
    (…部、重庆等地出现持续性降雨，部分地区累计 / 第 2 页 / 本报讯（中青报·中青网记者 叶雨
    婷）第二届全国大学生职业规划大赛总决赛… under 全国大学生职业规划大赛总决赛落幕, printed
    before the break over no text). An article opens once: the second opening is another
    box's, the box whose head fell at the first sheet's foot (MOVE002's case, where its
    text shares too few of its title's words for MOVE002 to place it).

    The head takes the opening paragraph (with a dash-led heading right over it: its
    subtitle, ——来自基层一线的调查) and what follows it in one stretch of the source, up
    to another article's text, a jump marker, the next break, a heading, or a paragraph
    that opens as a cut paragraph's rest does (not short by the dropped indent, on a page
    whose paragraphs open short: the box read before it going on). Only heads at most
    MOVE001's `max_targets` articles away in page order are weighed. The sheet breaks are
    MOVE001's: with MOVE001 off there are none.
    """
    if not breaks or not rules.on("MOVE005"):
        return []
    nearest = rules.param("MOVE001", "max_targets")
    position = {id(a): n for n, a in enumerate(page.articles)}
    moved = {id(b) for m in done for b in m.run}
    body_of, paragraphs, at_index, jumps = _body_index(page)

    def opened(article: ArticlePlan, before: int) -> bool:
        """Whether the article opened with a dateline or a byline before block `before`."""
        return (any(b.index < before for b in article.bylines)
                or bool(article.body and article.body[0].index < before
                        and dateline(article.body[0].text, rules) is not None))

    moves: list[Move] = []
    for n, at in enumerate(breaks):
        low = breaks[n - 1] if n else -1
        high = breaks[n + 1] if n + 1 < len(breaks) else float("inf")
        # The first text after the break, past a dash-led heading (a subtitle).
        k = bisect_right(at_index, at)
        if k >= len(paragraphs) or paragraphs[k].index >= high:
            continue
        lead = paragraphs[k]
        home = body_of[id(lead)]
        i = home.body.index(lead)
        opening = lead
        if lead.role == "heading" and opens_with_dash(lead.text) and i + 1 < len(home.body):
            opening = home.body[i + 1]
        byline = [b for b in home.bylines if at < b.index < opening.index]
        cue = ("dateline" if dateline(opening.text, rules) is not None
               else "byline" if byline else None)
        if (cue is None or opening.role != "paragraph" or id(lead) in moved
                or id(opening) in moved or home.body[0] is lead
                or home.headline is None or home.headline.index > at
                or not opened(home, lead.index) or not _alone(
                    paragraphs, at_index, body_of, jumps, home, lead.index, opening.index)):
            continue
        heads = [a for a in page.articles if a.headline is not None and not a.body
                 and low < a.headline.index < at
                 and abs(position[id(a)] - position[id(home)]) <= nearest]
        if not heads:
            continue
        target = max(heads, key=lambda a: a.headline.index)
        short = _starts_short(page, rules, at)
        j = home.body.index(opening) + 1
        while (j < len(home.body) and home.body[j].role == "paragraph"
               and id(home.body[j]) not in moved
               and home.body[j - 1].index < home.body[j].index < high
               and dateline(home.body[j].text, rules) is None
               and not (short and not _opens_short(home.body[j], rules))
               and _alone(paragraphs, at_index, body_of, jumps, home,
                          home.body[j - 1].index, home.body[j].index)):
            j += 1
        run = home.body[i:j]
        move = Move(run=run, carried=_carried(home, run), source=home, target=target,
                    anchor=target.headline, rule="MOVE005", evidence={
                        "head": opening.text[:12], "title": target.headline.text[:12],
                        "sheet_break": f"after block {at}", "opens_with": cue,
                        "second_opening_of": home.headline.text[:12]})
        _apply(move, first=True)
        if byline:
            home.bylines = [b for b in home.bylines if b not in byline]
            target.bylines.extend(byline)
        for b in run:
            body_of[id(b)] = target
        moves.append(move)
    return moves


def _body_index(page: PagePlan) -> tuple[dict, list[Block], list[int], list[int]]:
    """The page's body text as the sheet moves read it, as it stands now: the article
    each body block is in (by id), the blocks in source order, their indexes, and the
    jump markers' indexes in order."""
    paragraphs = sorted((b for a in page.articles for b in a.body), key=lambda b: b.index)
    return ({id(b): a for a in page.articles for b in a.body}, paragraphs,
            [b.index for b in paragraphs],
            sorted(b.index for a in page.articles for b in a.jumps))


def _alone(paragraphs: list[Block], at_index: list[int], body_of: dict, jumps: list[int],
           home: ArticlePlan, low: int, high: int) -> bool:
    """Whether only `home`'s text and no jump marker stand between two places."""
    return not _between(jumps, low, high) and not _others_between(
        paragraphs, at_index, body_of, home, low, high)

def _taken_out(moves: list[Move]) -> dict[int, list[int]]:
    """The indexes of the blocks `moves` took out of each article (by its id), sorted: no
    run or stretch is printed round one (moving it with the hole inside gives an edit log
    that does not replay)."""
    out: dict[int, list[int]] = {}
    for m in moves:
        out.setdefault(id(m.source), []).extend(x.index for x in m.run)
    for indexes in out.values():
        indexes.sort()
    return out


def _between(indexes: list[int], low: int, high: int) -> bool:
    """Whether one of the sorted `indexes` lies strictly between `low` and `high`."""
    i = bisect_right(indexes, low)
    return i < len(indexes) and indexes[i] < high


def _sheet_tails(ends: list[tuple[ArticlePlan, Block]], after: list[Block], at: int,
                 body_of: dict[int, ArticlePlan], placed: set[int], rules: RuleSet,
                 words: Counter | None, anywhere: bool = False) -> list[Move]:
    """MOVE001 at a sheet break that no run after it starts full: a cut box's tail of one
    line, its paragraph's last (so short), first of its box on sheet 2 and ending a
    sentence, goes on the open end whose last characters make a word with its first (…那
    一天的报纸只有4个版，售 / 第 2 页 / 价2分钱，却被市民抢购一空。: 售价). The word
    across the seam is the only evidence a line so short gives; each end takes one. Where
    the break cut one box and left one such line of another article (`sheet_sole_tail`),
    the order is the evidence: the two pair with no word across (…成本从1.2元 / 第 2 页 /
    降到了0.6元左右。). `anywhere` (the open ends the order left unpaired where the break
    cut several boxes): such a line under any finished paragraph after the break, another
    box's part on sheet 2 too, even in the open end's own article further down; a word
    across only."""
    terminal = terminal_marks(rules)
    # The candidates, found once: one-line paragraphs ending a sentence, each the first
    # text of its article after the break (at most max_targets of them, so a page of
    # thousands of boxes costs no square).
    candidates: list[Block] = []
    seen: set[int] = set()  # (the articles whose first text after the break was weighed)
    for b in after:
        home = body_of[id(b)]
        if id(home) in seen and not anywhere:
            continue
        seen.add(id(home))
        if (b.role != "paragraph" or len(b.line_texts) != 1 or id(b) in placed
                or not ends_sentence(b.text, terminal) or dateline(b.text, rules)):
            continue
        body = home.body
        k = body.index(b)
        # (its box's first text on sheet 2, under a paragraph of sheet 1 that ended: one
        # left open there is the line's own; `anywhere`, under any paragraph that ended,
        # another box's run on sheet 2 too)
        if (k and (anywhere or body[k - 1].index < at) and body[k - 1].role == "paragraph"
                and ends_sentence(body[k - 1].text, terminal)):
            candidates.append(b)
            if len(candidates) >= rules.param("MOVE001", "max_targets"):
                break
    moves: list[Move] = []
    used: set[int] = set()
    open_ends = [(t, a) for t, a in ends if id(a) not in placed]
    # (One open end and one such line: the order pairs them, whatever word the seam makes
    # or none (…末端配送成本从1.2元 / 第 2 页 / 降到了0.6元左右。): the line is the only
    # text the break left to go on from the only paragraph it cut.)
    sole = (rules.param("MOVE001", "sheet_sole_tail") and not anywhere and len(open_ends) == 1
            and len([b for b in candidates if body_of[id(b)] is not open_ends[0][0]]) == 1)
    for target, anchor in open_ends:
        for b in candidates:
            home = body_of[id(b)]
            # (`anywhere`, a line of the target's own read further down goes up to its end)
            if id(b) in used or home is target and not (
                    anywhere and target.body.index(b) > target.body.index(anchor) + 1):
                continue
            across = block_word(anchor.text, b.text, [], 0, 0, rules, words or Counter())
            if not across and not sole:
                continue
            used.add(id(b))
            home.body.remove(b)
            body_of[id(b)] = target
            target.body.insert(target.body.index(anchor) + 1, b)
            moves.append(Move(run=[b], carried=[], source=home, target=target, anchor=anchor,
                              evidence={"head": b.text[:12], "anchor_tail": anchor.text[-12:],
                                        "sheet_break": f"after block {at}",
                                        "seam": ["word_across"] if across else [],
                                        **({} if across else {"sole_pair": True}),
                                        "one_line_tail": True, **across,
                                        **({"under_another_part": True} if anywhere else {})}))
            break
    return moves


def plan_joins(page: PagePlan, moves: list[Move], blocks: list[Block],
               rules: RuleSet, words: Counter) -> dict[int, Join]:
    """JOIN001/JOIN002: which body blocks continue the paragraph before them.

    Keyed by the index of the continuing block. A join onto a moved run's head is
    MOVE001's, since the move is what brought the halves together.
    """
    terminal = terminal_marks(rules)
    heads = {id(m.run[0]): m for m in moves}
    items = rules.param_patterns("JOIN001", "list_item")
    clause = rules.param("JOIN001", "open_clause")
    # (a sentence or a clause of one character, which no paragraph opens with: the word's
    # last character pushed down a line, BLK014's and BLK005's)
    of_one = ([("sentence_of_one", p) for p in rules.param_patterns("BLK014", "sentence_of_one")]
              + [("clause_of_one", p) for p in rules.param_patterns("BLK005", "clause_of_one")]
              if rules.param("JOIN001", "one_character_opens_none") else [])
    joins: dict[int, Join] = {}
    starts_short: bool | None = None  # the page's habit, asked once, where a join needs it
    for article in page.articles:
        body = article.body
        for a, b in zip(body, body[1:]):
            if a.role != "paragraph" or b.role != "paragraph":
                continue
            if overlong_heading(a.text) or overlong_heading(b.text):
                # A line in a heading's form, its marker of seven '#' or more too long for
                # a markdown heading (####### 标题: text to CommonMark), is set off as a line
                # of its own, no sentence's part: no paragraph goes on into it or out of it,
                # however unended (CLS005 takes it for a title where it stands as one).
                continue
            move = heads.get(id(b))
            moved_full = False
            if (move is not None and move.anchor is a and a.filled
                    and b.start_evidence.get("unindented")):
                # (A run moved under the paragraph it goes on, its first line as full as the
                # measure, under a full line that ends a sentence or a quotation: on a page
                # whose paragraphs start short, by the dropped indent, no paragraph opens
                # so, and the sentence's end was the column's, …失败了就再来。” / (another
                # box) / 团队负责人、大四学生周子航说，….)
                if starts_short is None:
                    starts_short = _starts_short(page, rules)
                moved_full = starts_short
            if whole_quotation(a.text) and not moved_full:
                # A quotation whole on lines of its own (“中国经济蕴含强大韧性和 / 持久活力”)
                # is a pull-quote or a section heading: it ends there, though no sentence
                # mark ends it, and a photo's caption under it cuts nothing.
                continue
            if (move is not None and move.anchor is a and move.evidence.get("quotation_seam")
                    and rules.on("MOVE001")):
                # (The two halves of one quotation: the move is what brought them together,
                # however the run's first line reads.)
                joins[b.index] = Join("MOVE001", {"left": a.text[-8:], "right": b.text[:8],
                                                  "quotation_seam": True})
                continue
            if ends_sentence(a.text, terminal) and not b.continues and not (
                    a.filled and b.start_evidence.get("opens_full")) and not moved_full:
                # (A full line that ends a sentence, then a full line: the paragraph goes on,
                # since a paragraph's first line is short by its dropped indent.)
                continue
            move = heads.get(id(b))
            if move is not None and move.anchor is a and "sheet_break" in move.evidence:
                # (The sheet break and the order of the cut boxes are the evidence.)
                joins[b.index] = Join("MOVE001", {"left": a.text[-8:], "right": b.text[:8],
                                                  "sheet_break": True})
                continue
            # no paragraph ends on a comma, nor opens with one
            opens = b.text.lstrip()[:1]  # ("" is in every string: a mark is tested)
            open_clause = (a.text.rstrip()[-1:] in clause
                           or bool(opens) and opens in rules.param("JOIN001", "opening_clause"))
            across: dict = {}
            one = ""  # (the block opens with a sentence or clause of one character, which decided)
            # (CLS026 found the line alone over b reading on into it: what it read is the
            # evidence, 进出口总额同比增长 / 8.2%，其中…)
            read_on = "reads_on" in a.evidence and "read_on_from" in b.evidence
            if not b.continues and not open_clause and not read_on:
                # The printed lines say where the paragraph ended: the next starts short by
                # the dropped indent, or its last line fell short of the measure, unless
                # the break falls inside a word (持续晴热高 / 温，最高…), however short OCR's
                # reading of its last line, or the next opens with a sentence or a clause of
                # one character, which no paragraph opens with (…价值能翻好几 / 倍。”工厂…;
                # …为期3个月的编程训练 / 营，每天从9点…).
                if b.start_rule == "BLK009":
                    continue
                if (a.filled is False and not _only_dateline(a.text, rules)
                        and not _jumps_onward(a, rules) and not _bracket_open(a.text)
                        # (nor where MOVE001 brought it its rest, and a marker under it
                        # says the box ended there, …中国青 / 年 / （下转第七版）, or its
                        # last line is a character or two, …结构不 / 断: however short)
                        and not (move is not None and move.anchor is a
                                 and (onward_jump(blocks, a.index + 1, rules)
                                      or title_tail(a.line_texts[-1], rules)))):
                    cut = _cut_by_photo(a, b, blocks, rules)
                    if cut is None:
                        across = block_word(a.text, b.text, blocks, 0, 0, rules, words)
                        if not across:
                            # (not under an editor's note's signature, ——编  者 (CLS023),
                            # which closes the note as a sentence's end does; nor onto a run
                            # MOVE001 brought here, whose cut says it goes on somewhere,
                            # not that it goes on from this paragraph's last word)
                            one = next((kind for kind, p in of_one
                                        if p.match(b.text.lstrip())), "")
                            if (not one or _signature(a.text, rules)
                                    or move is not None and move.anchor is a):
                                continue
                    else:
                        across = cut  # (why the short line went on: {"left_open": …})
            if dateline(b.text, rules):
                continue
            if a.text.rstrip()[-1:] in "；;" and any(p.match(b.text) for p in items):
                continue
            evidence = {"left": a.text[-8:], "right": b.text[:8]}
            if one:
                evidence[one] = b.text.lstrip()[:2]  # (why a short line went on)
            if "listed" in across:
                evidence["listed"] = across["listed"]  # (where only the word list knew it)
            if "left_open" in across:
                evidence["left_open"] = across["left_open"]  # (JOIN002: the cut line's end)
            if b.start_evidence.get("opens_full") and ends_sentence(a.text, terminal):
                evidence["opens_full"] = True  # (why a sentence's end did not end it)
            if moved_full and ends_sentence(a.text, terminal):
                evidence["unindented"] = True  # (the same, for a run moved under it)
            if "goes_on" in a.start_evidence:
                # (BLK012: why a line alone between blank lines was taken to go on, and
                # the caption under it whose width it did not weigh.)
                evidence.update({k: a.start_evidence[k]
                                 for k in ("goes_on", "measure", "width", "caption_under")
                                 if k in a.start_evidence})
            if "first_line_ended" in a.start_evidence:
                # (BLK009: why OCR's line alone that ended its sentence was taken as full.)
                evidence["first_line_ended"] = a.start_evidence["first_line_ended"]
            if b.cue == "CLS025":
                # (why the title-like line under the cut text was taken for no heading)
                evidence["no_heading"] = {"rule": "CLS025", **b.evidence}
            if "reads_on" in a.evidence:
                # (CLS026: why the line alone over this text was taken for no title)
                evidence["no_title"] = a.evidence["reads_on"]
            if id(b) in heads and heads[id(b)].anchor is a:
                joins[b.index] = Join("MOVE001", evidence)
                continue
            if not (a.index < b.index):
                continue
            between = [blocks[k] for k in range(a.index + 1, b.index)]
            lifted = [x for x in between if x.role != "paragraph" and x.role != "heading"]
            gap = max([b.gap_before] + [x.gap_before for x in between])
            evidence["blank_lines"] = gap
            if (any(x.role == "jump" for x in lifted) and len(b.line_texts) > 1
                    and _opens_short(b, rules)
                    and not block_word(a.text, b.text, blocks, 0, 0, rules, words)):
                # (Under a jump marker the text's first line says whether it goes on: short
                # by the dropped indent, on a page whose paragraphs start so, it opens a
                # paragraph (——2014年11月10日，习近平主席…上强调 / （下转第13版） / （上接第11版）
                # / 前些年，一见透亮的蓝天，人 / 们都…), unless a word runs across the
                # markers, the line short only because the next would not fit on it
                # (…最喜欢的博 / … / 物馆服务依次是：文物讲解 / （62.4%）…).)
                if starts_short is None:
                    starts_short = _starts_short(page, rules)
                if starts_short:
                    continue
            if lifted or gap >= 2:
                rule = "JOIN002"
                evidence["between"] = [x.role for x in lifted]
            else:
                rule = "JOIN001"
            if rules.on(rule):
                joins[b.index] = Join(rule, evidence)
    return joins


def _cut_by_photo(a: Block, b: Block, blocks: list[Block], rules: RuleSet) -> dict | None:
    """A photo's caption, whole, and nothing else stands between paragraph a and b, each
    in blocks of OCR's own (…工具学习和 / 图为工人在生产线上忙碌。 / 解决问题的能力。), and
    a's last line is short of the block's widest by no more than a first line's dropped
    indent and band (BLK009): the photo cut that line, which OCR read a little short, as
    a caption in the same run of lines says in a PDF extractor's text (the line over it
    is taken to go on under it). A last line of a character or two (BLK011's speck) is
    one OCR split off the line above and counts with it. A caption that ends in neither a
    sentence's end nor a credit may go on into b; after a credit, b may stand in the
    credit's own block. A line much shorter ended its paragraph, unless it stops a block of
    JOIN002's `open_lines` on a letter or a digit (_left_open). None where the photo cut
    nothing; else the evidence: {} or {"left_open": the line's end}."""
    between = blocks[a.index + 1:b.index]
    if not between or between[0].gap_before <= 0 or len(a.line_texts) < 2:
        return None
    if not all(x.role == "caption" for x in between):
        return None
    widths = [display_width(t) for t in a.line_texts]
    last = widths[-1]
    if last <= rules.param("BLK011", "max_chars") and len(widths) > 2:
        # (A character or two OCR split off the printed line: 一批获奖项目已 / 在.)
        last += widths[-2]
    evidence: dict = {}
    if last < max(widths[:-1]) - rules.param("BLK009", "dropped_indent") - rules.param(
            "BLK009", "band"):
        if not _left_open(a, b, rules):
            return None
        evidence["left_open"] = a.line_texts[-1].strip()[-6:]
    caption = between[-1].text.strip()
    credited = rules.on("CAP002") and bool(rules["CAP002"].search(caption))
    # (The text may go on in the credit's own block, under it: 胡云军摄 / 大湾区落地转化。)
    cut = (b.gap_before > 0 or credited) and (
        credited or ends_sentence(caption, terminal_marks(rules)))
    return evidence if cut else None


def _left_open(block: Block, below: Block, rules: RuleSet) -> bool:
    """A paragraph of JOIN002's `open_lines` lines or more whose last stops on a letter or a
    digit, no mark after it (…商圈却人头, …新设个体工商户约1.5), over text whose first line
    is as full as the paragraph's lines (BLK009's full_from), or is all it holds: no
    paragraph ends so, a title's lines are fewer, and a paragraph's first line is short by
    its dropped indent. Over a photo's caption its sentence goes on under the caption,
    however short OCR read the line the photo cut."""
    end = block.text.rstrip()[-1:]
    if (len(block.line_texts) < rules.param("JOIN002", "open_lines")
            or not _LETTER_OR_DIGIT.match(end)):
        return False
    if len(below.line_texts) < 2:
        return True
    widths = sorted(display_width(t) for t in block.line_texts[:-1])
    measure = widths[len(widths) // 2]
    return display_width(below.line_texts[0]) >= measure - rules.param("BLK009", "full_from")


def _next_of(indexes: list[int], index: int) -> int | None:
    """The first of the sorted `indexes` past `index` (captions are left out of them)."""
    k = bisect_right(indexes, index)
    return indexes[k] if k < len(indexes) else None


def _jumps_onward(block: Block, rules: RuleSet) -> bool:
    """A block whose last line ends in a marker that it goes on elsewhere (…（下转第七版）,
    or one a line end cut: …（下转 / 第七版）)."""
    marks = [e for e in block.edits if e.rule == "JMP002"]
    return any(e.end >= block.end - 1 and jump_says(
        (marks[k - 1].before if k and e.evidence.get("line_end_cut") == 2 else "") + e.before,
        "onward", rules) for k, e in enumerate(marks))




_CLOSING = frozenset(BRACKETS.values())


def _bracket_open(text: str) -> bool:
    """Whether a block ends inside brackets (本报北京6月19日电〈记者王 / 轶）…): no paragraph
    does, whatever its last line's width. (Quotation marks are left out: a quotation of
    several paragraphs leaves its mark open at each paragraph's end.)"""
    depth = 0
    for ch in text:
        if ch in BRACKETS:
            depth += 1
        elif ch in _CLOSING:
            depth = max(0, depth - 1)
    return depth > 0


def _only_dateline(text: str, rules: RuleSet) -> bool:
    """A dateline printed on a line of its own, which the text goes on from."""
    m = dateline(text, rules)
    return m is not None and m.end() >= len(text.rstrip())


def flag(paragraphs: list[str], types: list[str], rules: RuleSet) -> list[dict]:
    """FLG001 and FLG002 over an article's final body blocks."""
    flags = []
    terminal = terminal_marks(rules)
    if rules.on("FLG001"):
        for i, (text, kind) in enumerate(zip(paragraphs, types)):
            nxt = types[i + 1] if i + 1 < len(types) else None
            if kind == "paragraph" and nxt != "paragraph" and not ends_sentence(text, terminal):
                flags.append({"kind": "truncated_paragraph", "rule": "FLG001",
                              "paragraph": i + 1,
                              "note": f"ends mid-sentence in …{text[-6:]}; its continuation "
                                      "is not on this page"})
    if rules.on("FLG002"):
        flags.extend(_near_duplicates(paragraphs, types, rules.param("FLG002", "min_shared_chars")))
    return flags


_CLAUSE_START = regex.compile(r"(?:^|(?<=[，。！？；：、,.!?;:]))")


def _near_duplicates(paragraphs: list[str], types: list[str], k: int) -> list[dict]:
    """Paragraphs sharing a run of k characters that starts a clause.

    Indexing only clause starts keeps this linear and cheap; a shared run of two or more
    clauses always contains one.
    """
    seen: dict[str, int] = {}
    flagged: set[tuple[int, int]] = set()
    out = []
    for i, (text, kind) in enumerate(zip(paragraphs, types)):
        if kind != "paragraph":
            continue
        mine: dict[str, int] = {}
        for m in _CLAUSE_START.finditer(text):
            gram = text[m.start():m.start() + k]
            if len(gram) < k:
                continue
            first = seen.get(gram)
            if first is not None and first != i and (first, i) not in flagged:
                flagged.add((first, i))
                out.append({"kind": "near_duplicate", "rule": "FLG002",
                            "paragraph": i + 1, "other_paragraph": first + 1,
                            "note": f"paragraphs {first + 1} and {i + 1} share {gram}…"})
            mine.setdefault(gram, i)
        for gram, idx in mine.items():
            seen.setdefault(gram, idx)
    return out
