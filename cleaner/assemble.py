"""Assemble the cleaned page and its complete edit log (stage assemble).

The cleaned page is every article rendered in page order: '# headline', then its body
blocks, one blank line apart, section headings as '## '. Every difference between the
source and that text is a top-level edit here, and the edits never overlap, so replaying
them on the source (`replay`) rebuilds the cleaned page exactly. Structural edits carry
the finer edits inside them as children: the punctuation fixed in a caption that was lifted
into the manifest, say.
"""
from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass

from .blocks import closing_end, opens_with_dash
from .marks import closing_lookalike
from .model import Article, Block, BodyBlock, Edit
from .registry import RuleSet
from .repair import Join, Move, flag
from .structure import PagePlan, dateline

_MARKER = {"headline": "# ", "heading": "## "}
# Most edits have no evidence, children or links: they share one empty value each (a page
# of one-character lines makes two edits a line; this saves about a third of their
# memory), and that value cannot be changed, so no caller can change every page's edits.
class _Frozen(dict):
    """An empty dict that refuses to change (and pickles as a plain one)."""

    __slots__ = ()

    def _refuse(self, *args, **kwargs):
        raise TypeError("an edit's shared empty evidence cannot change; give it its own dict")

    __setitem__ = __delitem__ = update = setdefault = pop = popitem = clear = _refuse
    __ior__ = _refuse

    def __reduce__(self):
        return dict, ()


_NO_EVIDENCE = _Frozen()
_NO_EDITS: tuple = ()


@dataclass(slots=True)
class _Ctx:
    source: str
    rules: RuleSet
    style: str
    seq: int = 0

    def edit(self, rule: str, start: int, end: int, after: str, *, kind: str = "structure",
             evidence: dict | None = None, children: list[Edit] | None = None,
             dest: str | None = None) -> Edit:
        self.seq += 1
        return Edit(rule=rule, start=start, end=end, before=self.source[start:end],
                    after=after, reason=self.rules[rule].reason, kind=kind,
                    evidence=evidence or _NO_EVIDENCE, children=children or _NO_EDITS,
                    links=_NO_EDITS, dest=dest, seq=self.seq)


def block_text(block: Block, sep: str | None = None) -> str:
    """The block's cleaned text, its lines joined by `sep` (None: as printed lines rejoin,
    or a pipe table's rows a line each, BLK015)."""
    if sep is None and block.role == "table":
        return "\n".join(block.line_texts)
    if sep is not None or len(block.line_texts) < 2:
        return (sep or "").join(block.line_texts)
    parts = [block.line_texts[0]]
    for left, right in zip(block.line_texts, block.line_texts[1:]):
        parts.append(wrap_sep(left, right))
        parts.append(right)
    return "".join(parts)


def wrap_sep(left: str, right: str) -> str:
    """What a printed line end becomes: nothing in Chinese, a space between Latin words."""
    return " " if left[-1:].isascii() and left[-1:].isalpha() and right[:1].isascii() \
        and right[:1].isalpha() else ""


def assemble(source: str, blocks: list[Block], plan: PagePlan, moves: list[Move],
             joins: dict[int, Join], rules: RuleSet,
             style: str) -> tuple[list[Article], list[Edit], dict]:
    """The cleaned text, the articles, the top-level edits and the page's metadata."""
    ctx = _Ctx(source, rules, style)
    dest: dict[int, str] = {}
    meta = {"banner": None, "furniture": [], "captions": []}
    if plan.banner:
        meta["banner"] = _meta_text(plan.banner, style)
        dest[plan.banner.index] = "page.banner"
    _captions(plan.captions, meta["captions"], "page", dest, style)
    # A jump marker inside a block of the page's own goes with the page's furniture.
    page_blocks = plan.furniture + plan.captions + ([plan.banner] if plan.banner else [])
    for e in sorted((e for b in page_blocks for e in b.edits if e.rule == "JMP002"),
                    key=lambda e: e.start):
        if e.evidence.get("line_end_cut") == 2 and meta["furniture"]:
            # (the tail of a marker a line end cut: it completes the one before)
            e.dest = f"page.furniture[{len(meta['furniture']) - 1}]"
            meta["furniture"][-1] += e.before
            continue
        e.dest = f"page.furniture[{len(meta['furniture'])}]"
        meta["furniture"].append(e.before)

    articles: list[Article] = []
    placed = {b.index for ap in plan.articles for b in
              ([ap.headline] if ap.headline else []) + ap.body + ap.kickers + ap.subtitles
              + ap.bylines + ap.captions + ap.jumps + ap.summary}
    placed |= {b.index for b in plan.furniture + plan.captions} | (
        {plan.banner.index} if plan.banner else set())
    for b in blocks:
        if b.index not in placed:
            # ART001: a safety net. Nothing may be lost, so a block no rule placed goes to
            # the page's furniture, where the report shows it with this rule's id.
            b.role, b.cue = "furniture", "ART001"
            plan.furniture.append(b)
    plan.furniture.sort(key=lambda b: b.index)
    for i, b in enumerate(plan.furniture):
        meta["furniture"].append(_meta_text(b, style))
        dest[b.index] = f"page.furniture[{i}]"
    closes: dict[int, str] = {}
    for n, ap in enumerate(plan.articles):
        where = f"articles[{n}]"
        art = Article(headline=_meta_text(ap.headline, style) if ap.headline else None)
        for field_name, parts in (("kicker", ap.kickers), ("subtitle", ap.subtitles),
                                  ("byline", ap.bylines)):
            if parts:
                setattr(art, field_name, _stacked(parts, field_name, style))
                for b in parts:
                    dest[b.index] = f"{where}.{field_name}"
        if ap.summary:
            art.summary = "\n".join(_meta_text(b, style) for b in ap.summary)
            for b in ap.summary:
                dest[b.index] = f"{where}.summary"
        _captions(ap.captions, art.captions, where, dest, style)
        _jumps(ap, art, where, dest, style)
        ends = []  # the index of each body block's last block (joins go on its line)
        for b in ap.body:
            text = block_text(b)
            if b.index in joins and art.body:
                art.body[-1].text += text
                art.body[-1].spans.append((b.start, b.end))
                ends[-1] = b.index
            else:
                art.body.append(BodyBlock(b.role if b.role in ("heading", "table")
                                          else "paragraph", text, [(b.start, b.end)]))
                ends.append(b.index)
        # A heading whose text ends in '#'s a reader would take for its closing sequence
        # gets one of ours after its last block (model.heading_line, which renders it).
        if ap.headline and (tail := closing_lookalike(art.headline)):
            closes[ap.headline.index] = tail
        for bb, last in zip(art.body, ends):
            if bb.type == "heading" and (tail := closing_lookalike(bb.text)):
                closes[last] = tail
        art.dateline = _dateline(art, rules)
        art.flags = flag([b.text for b in art.body], [b.type for b in art.body], rules)
        for k in ap.kickers:
            if k.role == "kicker" and ("over_title" in k.evidence
                                       or "banner_or_kicker" in k.evidence):
                art.flags.append({"kind": "kicker_or_banner", "rule": "CLS001",
                                  "note": f"{k.text} may be the page's banner, not this "
                                          "article's kicker: it stands at the page's top"})
            if "title_doubt" in k.evidence and k.role == "kicker":
                art.flags.append({"kind": "kicker_or_wrapped_headline", "rule": "CLS015",
                                  "note": f"{k.text} may be the headline's first line, not a "
                                          "kicker: the line under it is about as wide"})
        if ap.evidence.get("head_over_head") and not art.body:
            art.flags.append({"kind": "text_not_found", "rule": "CLS005",
                              "note": "its head stands right over another article's head: "
                                      "its text is printed elsewhere, and none was found"})
        tail = ap.evidence.get("tail_by_words")
        if tail:
            why = ("which this text shares and the text it was printed under does not"
                   if tail.get("disowned") and not tail["words"]
                   else f"which repeat this headline's ({'、'.join(tail['words'])})")
            art.flags.append({"kind": "tail_by_words", "rule": "MOVE004",
                              "note": f"its text from {tail['head']}… was printed after "
                                      f"{tail['printed_in'] or 'another article'}, with no "
                                      f"marker; only its words, {why}, placed it here"})
        found = ap.evidence.get("text_by_words")
        if found:
            art.flags.append({"kind": "text_by_words", "rule": "MOVE006",
                              "note": f"its text from {found['head']}… was printed in "
                                      f"{found['printed_in']}'s, with no marker; only its "
                                      f"words, which repeat this title's and not that one's, "
                                      "placed it here"})
        title = ap.headline.evidence.get("title", {}) if ap.headline is not None else {}
        if title.get("doubt"):
            why = ("taken as the headline's since it is as wide as the headline's line under "
                   "it and the text repeats it word for word"
                   if title.get("lede_repeats")
                   else "taken as the headline's since a kicker is one line, and two title lines "
                   "stand under the one above"
                   if title.get("one_kicker")
                   else "taken as the headline's since it is as wide as the headline's line under "
                        "it, which the measure cut inside a word" if title.get("mid_word_tail")
                   else "the line under it is as wide, so it is taken for a title set to fill "
                        "two lines" if title.get("even")
                   else "the line under it is a little narrower")
            art.flags.append({"kind": "kicker_or_wrapped_headline", "rule": "CLS015",
                              "note": f"the headline's first line ({ap.headline.line_texts[0]}) "
                                      f"may be a kicker: {why}"})
        art.file = article_file(n, len(plan.articles))
        articles.append(art)

    edits = _edits(ctx, blocks, plan, moves, joins, dest, closes)
    return articles, edits, meta


def article_file(n: int, count: int) -> str:
    """The file name of article n (0-based) of `count`, zero-padded so that names sort in
    page order: 01.txt … 99.txt, or 001.txt … 100.txt on a page of 100 articles or more.

    >>> article_file(0, 5), article_file(0, 120), article_file(119, 120)
    ('01.txt', '001.txt', '120.txt')
    """
    return f"{n + 1:0{max(2, len(str(count)))}d}.txt"


def _jumps(ap, art: Article, where: str, dest: dict[int, str], style: str) -> None:
    """Jump markers, lines of their own and inline ones, in page order."""
    found = [(j.start, _meta_text(j, style), j.index, None) for j in ap.jumps]
    placed = ap.body + ap.kickers + ap.subtitles + ap.bylines + ap.captions + ap.jumps + (
        [ap.headline] if ap.headline else []) + ap.summary
    found += [(e.start, e.before, None, e) for b in placed for e in walk(b.edits)
              if e.rule == "JMP002"]
    for _, text, index, edit in sorted(found, key=lambda f: f[0]):
        if edit is not None and edit.evidence.get("line_end_cut") == 2 and art.jumps:
            # (a marker's tail a line end cut off its head: one marker, 下转第10 / 版）)
            art.jumps[-1] += text
        else:
            art.jumps.append(text)
        n = len(art.jumps) - 1
        if edit is None:
            dest[index] = f"{where}.jumps[{n}]"
        else:
            edit.dest = f"{where}.jumps[{n}]"


def _dateline(art: Article, rules: RuleSet) -> str | None:
    """The dateline opening the first paragraph (after an editor's note, if any)."""
    for block in art.body:
        if block.type != "paragraph":
            return None
        m = dateline(block.text, rules)
        if m:
            return m.group()
        if not (rules.on("CLS011") and rules["CLS011"].search(block.text)):
            return None
    return None


def _captions(blocks: list[Block], out: list[str], where: str, dest: dict[int, str],
              style: str) -> None:
    """Caption texts in order; a credit line alone completes the caption above it."""
    for b in blocks:
        text = _meta_text(b, style)
        if b.merge_caption and out:
            out[-1] += " " + text
        else:
            out.append(text)
        dest[b.index] = f"{where}.captions[{len(out) - 1}]"


def _stacked(parts: list[Block], field_name: str, style: str) -> str:
    """A head field's blocks on one line, a space apart; but a subtitle's line that opens
    with no dash under one that did is the rest of it, wrapped by a narrow column (——来自
    甘肃、河 / 南、四川基层的调查), and goes on as a printed line end does."""
    text = _meta_text(parts[0], style)
    for b in parts[1:]:
        more = _meta_text(b, style)
        wrapped = (field_name == "subtitle" and opens_with_dash(text)
                   and not opens_with_dash(more))
        text += (wrap_sep(text, more) if wrapped else " ") + more
    return text


def _meta_text(block: Block, style: str) -> str:
    """A lifted block's text: stacked title lines keep a space between them."""
    if block.cue == "CAP003" or (style == "markdown" and block.role in
                                 ("headline", "kicker", "subtitle", "banner")):
        return block_text(block, " ")
    return block_text(block)


def _inner(ctx: _Ctx, block: Block, meta: bool) -> list[Edit]:
    """A block's own edits: character rules and the joins of its lines."""
    out = list(block.edits)
    if block.role == "table" and not meta:
        # BLK015: the table as found (an edit that changes nothing, for its evidence);
        # its rows stay a line each, the spaces round a line end aside.
        out.append(ctx.edit("BLK015", block.start, block.start, "", kind="layout",
                            evidence=dict(block.evidence)))
        out.extend(ctx.edit("BLK015", a_end, b_start, "\n", kind="layout")
                   for (_, a_end), (b_start, _) in zip(block.lines, block.lines[1:])
                   if ctx.source[a_end:b_start] != "\n")
    elif len(block.lines) > 1:
        spaced = meta and _meta_text(block, ctx.style) == block_text(block, " ")
        for (a_start, a_end), (b_start, _), left, right in zip(
                block.lines, block.lines[1:], block.line_texts, block.line_texts[1:]):
            if (closed := _closing(ctx, a_start, a_end)) is not None:
                # (a heading's line under which a later stage set another: its closing
                # '#'s dropped, the join after them)
                out.append(closed)
                a_end = closed.end
            if spaced:
                out.append(ctx.edit("JOIN004", a_end, b_start, " ", kind="layout",
                                    evidence=dict(block.line_evidence.get(a_end, {}))))
            else:
                # The lines of a wrapped title (CLS015); lines a blank line apart where the
                # converter spaces every line (BLK008); else a printed line end (JOIN003).
                rule = ("CLS015" if block.title_lines > 1 else
                        "BLK008" if ctx.source.count("\n", a_end, b_start) > 1 else "JOIN003")
                out.append(ctx.edit(rule, a_end, b_start, wrap_sep(left, right),
                                    kind="layout",
                                    evidence={"left": left[-6:], "right": right[:6],
                                              **block.line_evidence.get(a_end, {})}))
    out.sort(key=lambda e: (e.start, e.end, e.seq))
    return out


def _closing(ctx: _Ctx, start: int, end: int) -> Edit | None:
    """BLK002: a markdown heading's closing sequence after its line's text (`# 标题 #`), the
    marker's and no text's, dropped; None where the line has none (blocks.closing_end)."""
    stop = closing_end(ctx.source, start, end)
    if stop == end:
        return None
    return ctx.edit("BLK002", end, stop, "", kind="layout",
                    evidence={"closing_sequence": ctx.source[end:stop].strip()})


def _edits(ctx: _Ctx, blocks: list[Block], plan: PagePlan, moves: list[Move],
           joins: dict[int, Join], dest: dict[int, str],
           closes: dict[int, str]) -> list[Edit]:
    """The page's edits; `closes`: the blocks after which a heading's line gets a closing
    sequence of ours (model.heading_line), by index, with the text's last '#'s."""
    source = ctx.source
    closes = dict(closes)
    kept_closing: dict[int, int] = {}  # (a line's end past the closing sequence it keeps)
    lifted = [b for b in blocks if b.index in dest]
    kept = {b.index for ap in plan.articles for b in ([ap.headline] if ap.headline else [])}
    kept |= {b.index for ap in plan.articles for b in ap.body}
    moved = {b.index for m in moves for b in m.run}
    edits: list[Edit] = []
    obstacles: list[tuple[int, int, Edit]] = []  # lifts and cuts, to find them in seams
    article_of = {}
    for n, ap in enumerate(plan.articles):
        for b in ([ap.headline] if ap.headline else []) + ap.body:
            article_of[b.index] = n

    # Moves: cut the run where it was printed, paste it after the paragraph it continues.
    # A run whose paragraph is itself in a moved run (a tail brought home, then its own
    # rest after a sheet break) is pasted inside that run's paste, after the paragraph.
    run_of = {b.index: m for m in moves for b in m.run}
    inside: dict[int, list[Move]] = {}
    cuts: dict[int, Edit] = {}
    cut_span = []
    for m in moves:
        if m.anchor.index in run_of:
            inside.setdefault(m.anchor.index, []).append(m)
        children = []
        for b in blocks[m.run[0].index:m.run[-1].index + 1]:
            if b.index in dest:
                children.append(_lift(ctx, b, dest[b.index]))
            else:
                children.extend(_inner(ctx, b, meta=False))
            if b is not m.run[-1] and (closed := _closing(ctx, *b.lines[-1])) is not None:
                children.append(closed)  # (the last block's stands after the cut: below)
        target = article_of.get(m.anchor.index)
        after = ("headline" if m.anchor.role == "headline"
                 else f"paragraph ending …{m.anchor.text[-6:]}")
        cuts[id(m)] = ctx.edit(m.rule, m.start, m.end, "", children=children,
                               evidence=dict(m.evidence),
                               dest=f"articles[{target}], after its {after}")
        edits.append(cuts[id(m)])
        obstacles.append((m.start, m.end, cuts[id(m)]))
        cut_span.append((m.start, m.end))

    def pasted(m: Move, pieces: list[str], carried: list[Edit]) -> None:
        """The run's blocks as the paste writes them, with the runs pasted inside it."""
        carried.append(cuts[id(m)])
        for b in m.run:
            pieces.append(("" if joins.get(b.index) else "\n\n") + _MARKER.get(b.role, "")
                          + block_text(b))
            if b.index in closes:
                pieces.append(" #")
            for n in inside.get(b.index, ()):
                pasted(n, pieces, carried)

    for m in moves:
        if m.anchor.index in run_of:
            continue
        pieces: list[str] = []
        carried: list[Edit] = []
        pasted(m, pieces, carried)
        evidence = dict(m.evidence)
        if (seam := joins.get(m.run[0].index)) is not None:
            # (The run goes on in the paragraph it is pasted after: why, by the join.)
            evidence["joined"] = dict(seam.evidence, rule=seam.rule)
        paste = ctx.edit(m.rule, m.anchor.end, m.anchor.end, "".join(pieces),
                         evidence=evidence)
        paste.before = ""
        paste.links = carried
        for cut in carried:
            cut.links = [paste]
        edits.append(paste)

    cut_span.sort()
    cut_starts = [s for s, _ in cut_span]

    def inside_cut(b: Block) -> bool:
        """Whether a block lies in a cut run (cuts never overlap: one bisect finds it)."""
        i = bisect_right(cut_starts, b.start) - 1
        return i >= 0 and b.end <= cut_span[i][1]

    for b in lifted:
        if inside_cut(b):
            continue
        lift = _lift(ctx, b, dest[b.index])
        edits.append(lift)
        obstacles.append((b.start, b.end, lift))
    # A heading's closing sequence after its block, wherever the block goes: an edit of
    # its own, in the blank space after the block (a cut run's inner ones are the cut's).
    for b in blocks:
        if (closed := _closing(ctx, *b.lines[-1])) is not None and not any(
                s <= closed.start and closed.end <= e for s, e in cut_span):
            if b.index not in run_of and (tail := closes.pop(b.index, None)) is not None:
                # (where one of ours goes, after text that ends in '#'s: the source's kept
                # as it stands, ' #', or set as ours)
                if closed.before == " #":
                    kept_closing[b.index] = closed.end
                    continue
                closed.after = " #"
                closed.evidence["text_ends_in"] = tail
            edits.append(closed)
            obstacles.append((closed.start, closed.end, closed))
    obstacles.sort(key=lambda o: o[0])

    # Kept blocks in source order; the seams between them hold lifted blocks, cut runs and
    # blank space, which become one separator: "" for a join, a blank line otherwise.
    order = [b for b in blocks if b.index in kept and b.index not in moved]
    prev_end, k = 0, 0
    for pos, b in enumerate(order):
        j = joins.get(b.index)
        sep = "" if pos == 0 else ("" if j else "\n\n")
        k = _seam(ctx, prev_end, b.start, sep, j, obstacles, k, edits, opens=b)
        edits.extend(_marker(ctx, b))
        edits.extend(_inner(ctx, b, meta=b.role == "headline"))
        if b.index in closes:
            # (its text's last '#'s kept the text's: model.heading_line)
            edits.append(ctx.edit("BLK002", b.end, b.end, " #", kind="layout",
                                  evidence={"closing_sequence": "#",
                                            "text_ends_in": closes[b.index]}))
        prev_end = kept_closing.get(b.index, b.end)
    _seam(ctx, prev_end, len(source), "\n" if order else "", None, obstacles, k, edits,
          final=True)
    edits.sort(key=lambda e: (e.start, e.end, e.seq))
    _number(edits)
    return edits


def _lift(ctx: _Ctx, b: Block, where: str) -> Edit:
    return ctx.edit(b.cue or "CLS001", b.start, b.end, "", children=_inner(ctx, b, meta=True),
                    evidence=dict(b.evidence, role=b.role), dest=where)


def _marker(ctx: _Ctx, b: Block) -> list[Edit]:
    want = _MARKER.get(b.role, "")
    have = ctx.source[b.start:b.content_start]
    if have == want:
        return []
    # A marker added to a plain line is the decision of the rule that found the heading.
    rule = b.cue if not have and b.cue.startswith("CLS") else "BLK002"
    # The block's own evidence (a headline: what opened its article) and its role.
    evidence = dict(b.evidence, role=b.role)
    return [ctx.edit(rule, b.start, b.content_start, want, kind="layout", evidence=evidence)]


def _seam(ctx: _Ctx, start: int, end: int, sep: str, join: Join | None,
          obstacles: list[tuple[int, int, Edit]], k: int, edits: list[Edit],
          final: bool = False, opens: Block | None = None) -> int:
    """Edits for the blank space of a seam; returns the index of the next obstacle."""
    inside = []
    while k < len(obstacles) and obstacles[k][0] < end:
        if obstacles[k][0] >= start:
            inside.append(obstacles[k])
        k += 1
    pieces, cursor = [], start
    for s, e, _ in inside:
        pieces.append((cursor, s))
        cursor = e
    pieces.append((cursor, end))
    for n, (s, e) in enumerate(pieces):
        want = sep if n == len(pieces) - 1 else ""
        have = ctx.source[s:e]
        if have == want:
            continue
        if not want and n < len(pieces) - 1:
            # Blank space before a lifted block or a cut run goes with it: one edit.
            absorb = inside[n][2]
            absorb.start, absorb.before = s, ctx.source[s:absorb.end]
            continue
        if join is not None and n == len(pieces) - 1:
            between = [o[2] for o in inside]
            ed = ctx.edit(join.rule, s, e, want, evidence=dict(join.evidence))
            ed.links = between
        elif "#" in have:
            # (the marker of a markdown heading with no text, read as a blank line: it
            # heads nothing; marks.empty_heading)
            ed = ctx.edit("BLK002", s, e, want, kind="layout",
                          evidence={"empty_heading": True})
        elif final:
            ed = ctx.edit("BLK003", s, e, want, kind="layout")
        elif join is not None:
            ed = ctx.edit(join.rule, s, e, want, kind="layout")
        elif opens is not None and opens.start_rule and want:
            # A paragraph end found in printed lines: the rule and its evidence.
            ed = ctx.edit(opens.start_rule, s, e, want, kind="layout",
                          evidence=dict(opens.start_evidence))
        elif "\n\n" not in have and "\n" in have and want:
            ed = ctx.edit("BLK005", s, e, want, kind="layout")
        else:
            ed = ctx.edit("BLK001", s, e, want, kind="layout")
        if have and not have.isspace():
            _name_invisible(ctx, ed, have)
        edits.append(ed)
    return k


def _name_invisible(ctx: _Ctx, ed: Edit, have: str) -> None:
    """A line holding only invisible characters (NRM002's: a DEL, a NUL, a zero-width
    space) reads as blank and goes with the blank space round it; the edit that takes it
    out names them (`invisible`: their code points, NRM002's reason), so the reviewer sees
    what went besides white space."""
    chars = ctx.rules.param("NRM002", "chars")
    hidden = sorted({f"U+{ord(c):04X}" for c in have if c in chars})
    if hidden:
        ed.evidence = {**ed.evidence, "invisible": hidden,
                       "invisible_reason": ctx.rules["NRM002"].reason}


def _number(edits: list[Edit]) -> None:
    n = 0
    for e in edits:
        e.id = n
        n += 1
        for c in walk(e.children):
            c.id = n
            n += 1


def walk(edits: list[Edit]):
    """Every edit of `edits` and, under each, its children, depth first."""
    for e in edits:
        yield e
        yield from walk(e.children)


def replay(source: str, edits: list[Edit]) -> str:
    """Apply the top-level edits to the source: the cleaned page.

    >>> replay("ab,c", [Edit("PUN001", 2, 3, ",", "，", "")])
    'ab，c'
    """
    out, cursor = [], 0
    for e in sorted(edits, key=lambda e: (e.start, e.end, e.seq)):
        if e.start < cursor or source[e.start:e.end] != e.before:
            raise ValueError(f"edit {e.id} ({e.rule}) does not apply at {e.start}")
        out.append(source[cursor:e.start])
        out.append(e.after)
        cursor = e.end
    out.append(source[cursor:])
    return "".join(out)


def line_starts(source: str) -> list[int]:
    starts, pos = [0], source.find("\n")
    while pos != -1:
        starts.append(pos + 1)
        pos = source.find("\n", pos + 1)
    return starts


def line_of(starts: list[int], offset: int) -> int:
    return bisect_right(starts, offset)
