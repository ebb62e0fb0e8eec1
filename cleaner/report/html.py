"""report.html: one self-contained file (inline CSS, a few lines of inline JS, no network).

Each article is a run of rows: on the left the source a cleaned paragraph came from, every
edit marked at its place and labelled with its rule id (reason, evidence and destination
beside it), on the right that paragraph as cleaned, with what was lifted from the row
(byline, captions…) as the manifest holds it. A summary on top counts articles, edits by
rule and flags, links to each, and lets the reviewer mark or quieten a rule's edits:
routine ones (layout; character rules that only change width or fire more than FREQUENT
times) start quiet so they do not drown the structural ones. The style and script are
report.css and report.js beside this module.
"""
from __future__ import annotations

import html
import re
import unicodedata
from importlib import resources

from diff_match_patch import diff_match_patch

from .diff import _line_of, _line_starts

# A character rule that fires more often than this on one page is routine (punctuation
# width on a page a converter set half-width: hundreds); its marks start quiet.
FREQUENT = 20

_ARTICLE_DEST = re.compile(r"articles\[(\d+)\]")

_ARTICLE_DEST = re.compile(r"articles\[(\d+)\]")
_CSS = resources.files(__package__).joinpath("report.css").read_text(encoding="utf-8")
_JS = resources.files(__package__).joinpath("report.js").read_text(encoding="utf-8")


def esc(text) -> str:
    """Page text as HTML text or attribute value: never markup."""
    return html.escape(str(text), quote=True)


# --- report.diff -------------------------------------------------------------------------


def html_report(page, manifest) -> str:
    """The review page: a summary, then each article as rows, the source a cleaned paragraph
    came from (every edit marked) beside that paragraph."""
    edits = manifest["edits"]
    everything = list(_walk(edits))
    rules = _rule_table(everything)
    view = _View(page.source, {r for r, info in rules.items() if info["quiet"]},
                 {e["id"]: e for e in everything})
    starts = _line_starts(page.source)
    articles = manifest.get("articles", [])
    sections = _sections(page, edits)
    body = [_summary(page, manifest, rules)]
    for i, pieces in enumerate(sections):
        tiled = len(sections) == len(articles)  # else one run for the whole page
        state = {"i": i, "n": 0, "shown": set(), "manifest": manifest, "source": page.source,
                 "art": articles[i] if tiled else {}}
        rows = _rows(pieces, page.source)
        cells = "".join(f'<div class="src">{view.span(_start(r), _end(r), _edits_of(r))}</div>'
                        f'<div class="clean">{_clean_cell(r, state)}</div>' for r in rows)
        body.append(f'<section class="article" id="art{i}"><h2 class="art-title">'
                    f'{_section_title(state, len(sections), rows, starts, page.source)}</h2>'
                    f'<div class="grid"><div class="colhead">source, as printed</div>'
                    f'<div class="colhead">cleaned</div>{cells}</div></section>')
    title = f"Review · {page.name or manifest.get('source') or 'page'}"
    script = (manifest.get("script") or {}).get("detected")
    lang = "zh-Hant" if script == "traditional" else "zh-Hans"  # picks the glyph forms
    return (f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
            f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
            f"<title>{esc(title)}</title>\n<style>{_CSS}</style></head>\n<body>\n"
            + "\n".join(body) + f"\n<script>{_JS}</script>\n</body></html>\n")


def _walk(edits):
    for e in edits:
        yield e
        yield from _walk(e.get("children", ()))


def _width_only(e: dict) -> bool:
    """A change of character width alone (， for ,): routine. NFKC only judges here; it
    never changes text (it would fold Chinese punctuation to ASCII)."""
    return unicodedata.normalize("NFKC", e["before"]) == unicodedata.normalize("NFKC", e["after"])


def _rule_table(edits) -> dict[str, dict]:
    """Per rule: name, kind, reason, its edits and whether they start quiet; structural
    rules first."""
    rules: dict[str, dict] = {}
    for e in edits:
        info = rules.setdefault(e["rule"], {"name": e.get("name", ""), "kind": e.get("kind", ""),
                                            "reason": e.get("reason", ""), "edits": []})
        info["edits"].append(e)
    for info in rules.values():
        info["quiet"] = info["kind"] == "layout" or info["kind"] == "text" and (
            len(info["edits"]) > FREQUENT or all(map(_width_only, info["edits"])))
    order = {"structure": 0, "text": 1, "layout": 2}
    return dict(sorted(rules.items(), key=lambda kv: (order.get(kv[1]["kind"], 3), kv[0])))


def _sections(page, edits) -> list[list]:
    """The top-level walk over the source, cut into one run of pieces per article.

    A piece is ("src", start, end) for unchanged source or ("edit", edit). An article
    starts where the first character of its rendering in page.text comes from; lifted
    blocks bound for an article (its kicker, say) that precede that point go with it.
    """
    renders = [a.render() for a in page.articles]
    targets, pos = [], 0
    for r in renders:
        if not page.text.startswith(r, pos):
            targets = []  # the articles do not tile the text: show the page as one run
            break
        targets.append(pos)
        pos += len(r) + 2
    targets = targets[1:]
    sections: list[list] = [[]]
    src, out, k = 0, 0, 0

    def unchanged(a: int, b: int) -> None:
        nonlocal out, k
        while k < len(targets) and targets[k] < out + (b - a):
            cut = a + targets[k] - out
            if cut > a:
                sections[-1].append(("src", a, cut))
            sections.append([])
            out, a, k = out + cut - a, cut, k + 1
        if b > a:
            sections[-1].append(("src", a, b))
        out += b - a

    for e in edits:
        unchanged(src, e["start"])
        if k < len(targets) and targets[k] < out + len(e["after"]):
            sections.append([])
            k += 1
        sections[-1].append(("edit", e))
        out += len(e["after"])
        src = e["end"]
    unchanged(src, len(page.source))
    while len(sections) < len(renders):
        sections.append([])
    for i in range(1, len(sections)):
        _pull_lifts_forward(sections[i - 1], sections[i], i, page.source)
    return sections


def _pull_lifts_forward(prev: list, cur: list, i: int, source: str) -> None:
    j, cut = len(prev), None
    while j > 0:
        kind, *rest = prev[j - 1]
        if kind == "src" and not source[rest[0]:rest[1]].strip():
            j -= 1
        elif kind == "edit" and rest[0].get("kind") == "layout":
            j -= 1
        elif kind == "edit" and _dest_article(rest[0]) == i:
            j -= 1
            cut = j
        else:
            break
    if cut is not None:
        cur[:0] = prev[cut:]
        del prev[cut:]


def _dest_article(e: dict) -> int | None:
    m = _ARTICLE_DEST.match(e.get("to") or "")
    return int(m.group(1)) if m else None


_PARAGRAPH_BREAK = re.compile(r"\n{2,}")


def _rows(pieces: list, source: str) -> list[list]:
    """Cut an article's pieces at its paragraph breaks, so that each row holds what one
    cleaned paragraph came from; a row that yields no text (a lifted kicker) joins the
    next, so the two columns stay level."""
    rows, row = [], []
    for piece in pieces:
        if piece[0] == "src":
            a, b = piece[1], piece[2]
            for m in _PARAGRAPH_BREAK.finditer(source, a, b):
                if m.start() > a:
                    row.append(("src", a, m.start()))
                rows.append(row)
                row, a = [], m.end()
            if b > a:
                row.append(("src", a, b))
        else:
            row.append(piece)
            e = piece[1]
            if not e["before"].strip() and "\n\n" in e["after"]:
                rows.append(row)
                row = []
    rows.append(row)
    merged, carry = [], []
    for row in rows:
        carry += row
        if any(source[p[1]:p[2]].strip() if p[0] == "src" else p[1]["after"].strip()
               for p in row):
            merged.append(carry)
            carry = []
    if carry:
        if merged:
            merged[-1] += carry
        else:
            merged.append(carry)
    return merged


def _start(row: list) -> int:
    return row[0][1] if row[0][0] == "src" else row[0][1]["start"]


def _end(row: list) -> int:
    return row[-1][2] if row[-1][0] == "src" else row[-1][1]["end"]


def _edits_of(row: list) -> list[dict]:
    return [p[1] for p in row if p[0] == "edit"]


def _section_title(state: dict, total: int, rows: list, starts: list[int], source: str) -> str:
    art, i = state["art"], state["i"]
    parts = [f"Article {i + 1} of {total}" if art else "The whole page (no articles)"]
    if art.get("file"):
        parts.append(esc(art["file"]))
    if rows and rows[0]:
        first = _line_of(starts, _start(rows[0]), source) + 1
        last = _line_of(starts, max(_start(rows[-1]), _end(rows[-1]) - 1), source) + 1
        parts.append(f"source lines {first}–{min(last, len(starts))}")
    flags = len(art.get("flags", ()))
    if flags:
        parts.append(f'<span class="warn">⚠ {flags} flag{"s" * (flags > 1)}</span>')
    return " · ".join(parts)


class _View:
    """Renders edits in the source column: one element per edit, children nested."""

    def __init__(self, source: str, quiet: set[str], by_id: dict[int, dict]):
        self.source, self.quiet, self.by_id = source, quiet, by_id
        self.dmp = diff_match_patch()
        self.dmp.Diff_Timeout = 0.05  # a span's diff is small; never let one stall the page

    def span(self, start: int, end: int, edits: list[dict]) -> str:
        """source[start:end] with the edits inside it marked."""
        items: list[tuple[bool, str]] = []  # (is source text, raw text or html)
        cursor = start
        for e in sorted(edits, key=lambda e: (e["start"], e["end"], e["id"])):
            if e["start"] >= cursor:
                items.append((True, self.source[cursor:e["start"]]))
                cursor = e["end"]
            items.append((False, self.edit(e)))
        items.append((True, self.source[cursor:end]))
        out = []
        for n, (is_text, part) in enumerate(items):
            if is_text:
                # A box takes its own lines: the line ends beside it would only add space.
                if n and items[n - 1][1].startswith("<div"):
                    part = part.lstrip("\n")
                if n + 1 < len(items) and items[n + 1][1].startswith("<div"):
                    part = part.rstrip("\n")
                part = _breaks(esc(part))
            out.append(part)
        return "".join(out)

    def edit(self, e: dict) -> str:
        before, after, kind = e["before"], e["after"], e.get("kind", "")
        if before.strip() and not after:
            return self._lifted(e)
        if not before and after.strip() and (e.get("links") or "\n" in after.strip()):
            return self._inserted(e)
        if not before.strip() and not after.strip() and kind == "structure":
            return self._seam(e)
        return self._inline(e)

    def _attrs(self, e: dict, shape: str) -> str:
        quiet = " quiet" if e["rule"] in self.quiet else ""
        title = f"{e['rule']} {e.get('name', '')}: {e.get('reason', '')}"
        if e.get("evidence"):
            title += f" ({_evidence_text(e['evidence'])})"
        return (f'id="e{int(e["id"])}" class="ed {shape} k-{esc(e.get("kind", ""))}{quiet}" '
                f'data-edit-id="{int(e["id"])}" data-rule="{esc(e["rule"])}" title="{esc(title)}"')

    def _head(self, e: dict, what: str, linked: str = "linked") -> str:
        """The label of a structural edit: rule, what happened, where from and to, the
        related edits; then why (reason and evidence)."""
        parts = [_tag(e), f'<span class="what">{what}</span>',
                 f'<span class="line">line {int(e.get("line", 0))}</span>']
        if e.get("to"):
            parts.append(f"→ {_dest_link(e['to'])}")
        if e.get("links"):
            parts.append(f'<span class="links">{linked}: ' + ", ".join(
                f'<a href="#e{int(n)}">{esc(self.by_id.get(n, {}).get("rule", ""))} #{int(n)} '
                f'(line {int(self.by_id.get(n, {}).get("line", 0))})</a>'
                for n in e["links"]) + "</span>")
        why = esc(e.get("reason", ""))
        if e.get("evidence"):
            why += f' <span class="ev">({esc(_evidence_text(e["evidence"]))})</span>'
        return (f'<span class="head">{" ".join(parts)}<span class="why">{why}</span>'
                "</span>")

    def _lifted(self, e: dict) -> str:
        """A block taken out of the text: struck through, with its inner edits."""
        before, children = e["before"], e.get("children", [])
        start = e["start"] + len(before) - len(before.lstrip())
        end = e["end"] - (len(before) - len(before.rstrip()))
        if children:
            start = min(start, min(c["start"] for c in children))
            end = max(end, max(c["end"] for c in children))
        what = "cut, moved away" if e.get("links") else "lifted out"
        return (f'<div {self._attrs(e, "blk")}>{self._head(e, what, "pasted at")}'
                f'<del class="body">{self.span(start, end, children)}</del></div>')

    def _inserted(self, e: dict) -> str:
        """Text put in where there was none: a moved run's paste."""
        what = "pasted here" if e.get("links") else "inserted"
        return (f'<span {self._attrs(e, "ins")}>{self._head(e, what, "cut from")}'
                f'<ins class="body">{_ins_text(e["after"])}</ins></span>')

    def _seam(self, e: dict) -> str:
        """A join: the halves meet here (both are on the page, around this mark); what
        lay between them is linked. The evidence (left|right) is in the title."""
        what = f'joined <del>{esc(_visible(e["before"]))}</del>'
        return (f'<span {self._attrs(e, "seam")}><b class="cut">‖</b>'
                f'{self._head(e, what, "between")}</span>{esc(e["after"])}')

    def _inline(self, e: dict) -> str:
        """A character or layout change, before→after, character by character inside the
        span (diff-match-patch) when either side is longer than one character."""
        before, after = e["before"], e["after"]
        if len(before) > 1 or len(after) > 1:
            parts = []
            diffs = self.dmp.diff_main(before, after)
            self.dmp.diff_cleanupSemantic(diffs)
            for op, text in diffs:
                if op == 0:
                    parts.append(_breaks(esc(text)))
                elif op < 0:
                    parts.append(f"<del>{esc(_visible(text))}</del>")
                else:
                    parts.append(f"<ins>{_ins_text(text)}</ins>")
            inner = "".join(parts)
        else:
            inner = (f'<del>{esc(_visible(before))}</del><i class="to">→</i>'
                     f"<ins>{_ins_text(after)}</ins>")
        kids = "".join(self.edit(c) for c in e.get("children", ()))
        return f'<span {self._attrs(e, "inl")}>{inner}{_tag(e)}</span>{kids}'


def _tag(e: dict) -> str:
    return f'<b class="tag">{esc(e["rule"])}</b>'


def _visible(text: str) -> str:
    return text.replace("\n", "↵")


def _breaks(escaped: str) -> str:
    """Paragraph breaks inside a span as a small gap, not two empty lines."""
    return _PARAGRAPH_BREAK.sub('<span class="pb"></span>', escaped)


def _ins_text(text: str) -> str:
    """Inserted text. Line ends show as ↵ when the edit is marked; a paragraph break
    inside inserted text (a pasted run) stays a break."""
    if not text.strip():
        return esc(text.replace("\n", "")) + '<i class="nl">↵</i>' * text.count("\n")
    return _breaks(esc(text)).replace("\n", '<i class="nl">↵</i>\n')


def _evidence_text(ev: dict) -> str:
    def show(v):
        if isinstance(v, (list, tuple)):
            v = ", ".join(map(str, v))
        v = str(v)
        return v if len(v) <= 40 else v[:39] + "…"
    return " · ".join(f"{k}: {show(v)}" for k, v in ev.items())


def _dest_link(to: str) -> str:
    n = _ARTICLE_DEST.match(to)
    href = f"#art{n.group(1)}" if n else "#page-meta"
    return f'<a class="dest" href="{href}">{esc(to)}</a>'


# Field names of the manifest as a reviewer reads them, with the Chinese newsroom term.
_LABELS = {"banner": "报眉 banner", "furniture": "版面 furniture", "kicker": "引题 kicker",
           "subtitle": "副题 subtitle", "byline": "署名 byline", "summary": "提要 summary",
           "captions": "图说 caption", "dateline": "电头 dateline"}
_MANIFEST_PATH = re.compile(r"([a-z_]+)(?:\[(\d+)\])?")


def _resolve(manifest: dict, to: str):
    """The manifest value at a destination such as "articles[0].captions[1]"."""
    node = manifest
    for name, index in _MANIFEST_PATH.findall(to):
        node = node.get(name) if isinstance(node, dict) else None
        if index and isinstance(node, list):
            node = node[int(index)] if int(index) < len(node) else None
    return node if isinstance(node, str) else None


def _clean_cell(row: list, state: dict) -> str:
    """The cleaned text a row became, with joins and moved text marked; the parts lifted
    from the row (byline, captions…) beside it as the manifest holds them."""
    source, manifest = state["source"], state["manifest"]
    pre, paras, post = [], [[]], []

    def put(text: str, cls: str = "", eid: int = -1) -> None:
        for n, part in enumerate(text.split("\n\n")):
            if n and paras[-1]:
                paras.append([])
            if part.strip("\n"):
                paras[-1].append((part.strip("\n"), cls, eid))

    for piece in row:
        if piece[0] == "src":
            put(source[piece[1]:piece[2]])
            continue
        e = piece[1]
        before, after = e["before"], e["after"]
        if before.strip() and not after:
            if e.get("to") not in state["shown"]:  # two blocks of one subtitle: shown once
                (post if paras[0] else pre).append(_lifted_note(e, manifest))
                state["shown"].add(e.get("to"))
        elif not before.strip() and not after.strip() and e.get("kind") == "structure":
            paras[-1].append(("", "seam", e["id"]))
        elif not before and after.strip():
            put(after, "moved", e["id"])
        else:
            put(after, "chg" if e.get("kind") == "text" else "", e["id"])
    flags: dict[int, list] = {}
    for f in state["art"].get("flags", ()):
        flags.setdefault(int(f.get("paragraph") or 0), []).append(f)
    out = list(pre)
    for runs in paras:
        if not any(text for text, _, _ in runs):
            continue
        raw = "".join(text for text, _, _ in runs)
        marker = "# " if raw.startswith("# ") else "## " if raw.startswith("## ") else ""
        inner = "".join(_run_html(t, cls, eid) for t, cls, eid in _strip_prefix(runs, len(marker)))
        if marker == "# ":
            out.append(f'<h3 class="headline">{inner}</h3>')
            continue
        state["n"] += 1
        n, tag = state["n"], "h4" if marker else "p"
        flagged = " flagged" if n in flags else ""
        out.append(f'<{tag} id="art{state["i"]}-p{n}" class="para{flagged}" data-n="{n}">'
                   f"{inner}</{tag}>")
        for f in flags.get(n, ()):
            out.append(f'<p class="warn">⚠ {esc(f.get("rule", ""))} {esc(f.get("kind", ""))}: '
                       f'{esc(f.get("note", ""))}</p>')
    return "".join(out + post)


def _lifted_note(e: dict, manifest: dict) -> str:
    to = e.get("to") or ""
    if e.get("links"):
        targets = " ".join(f'<a href="#e{int(n)}">#{int(n)}</a>' for n in e["links"])
        return (f'<p class="meta away"><a class="label" href="#e{int(e["id"])}">moved away</a>'
                f"{esc(to)} {targets}</p>")
    field = _MANIFEST_PATH.findall(to)[-1][0] if _MANIFEST_PATH.findall(to) else ""
    value = _resolve(manifest, to)
    return (f'<p class="meta {esc(field)}"><a class="label" href="#e{int(e["id"])}">'
            f'{esc(_LABELS.get(field, field or "lifted"))}</a>{esc(value if value else to)}</p>')


def _strip_prefix(runs, size: int):
    out = []
    for text, cls, eid in runs:
        cut = min(size, len(text))
        size -= cut
        if text[cut:] or cls:
            out.append((text[cut:], cls, eid))
    return out


def _run_html(text: str, cls: str, eid: int) -> str:
    if cls == "seam":
        # Drawn by CSS, so the column's text (and a copy of it) is the article's own.
        return f'<a class="seam-mark" href="#e{int(eid)}" title="joined here"></a>'
    if cls:
        return f'<a class="{cls}" href="#e{int(eid)}">{esc(text)}</a>'
    return esc(text)


def _snippet(e: dict) -> str:
    """A few characters that let a reviewer recognise an edit in a list."""
    before, after, ev = e["before"].strip(), e["after"], e.get("evidence", {})
    if not before and not after.strip() and ("left" in ev or "right" in ev):
        return f"{str(ev.get('left', ''))[-3:]}‖{str(ev.get('right', ''))[:3]}"
    if before and not after:
        text, prefix = before, "cut: " if e.get("links") else ""
    elif not before and after.strip() and e.get("links"):
        text, prefix = after.strip(), "paste: "
    else:
        return f"{_visible(e['before'])}→{_visible(after)}"[:16]
    text = text.lstrip("#").strip().split("\n")[0]
    return prefix + (text if len(text) <= 8 else text[:8] + "…")


MAX_CHIPS = 12  # distinct edits listed per rule in the summary; more would be a wall


def _summary(page, manifest, rules) -> str:
    articles = manifest.get("articles", [])
    n_flags = sum(len(a.get("flags", ())) for a in articles)
    top = len(manifest["edits"])
    inner = sum(len(info["edits"]) for info in rules.values()) - top
    name = page.name or manifest.get("source") or "page"
    facts = [f"{len(articles)} articles", f"{top} edits (+{inner} inside lifted blocks)",
             f"{n_flags} flags", f"{len(page.source)} → {len(page.text)} characters"]
    script = manifest.get("script") or {}
    if script.get("detected"):
        facts.append(esc(f"{script['detected']} script, {script.get('conversion') or 'no'} "
                         f"conversion ({script.get('scope', '')})"))
    out = [f'<header><h1>{esc(name)}</h1><p class="facts">{" · ".join(facts)}</p>'
           '<p class="legend">Each article below: the source as printed, every edit marked '
           'where it is (<del>struck</del>: taken out of the text, <ins>green</ins>: put in, '
           '<b class="cut">‖</b>: a join), beside the cleaned text it became. Hover a mark '
           'for its rule and reason; tick a rule to mark its edits, untick to quieten them.'
           '</p></header>', '<section class="summary"><div class="box">']
    items = []
    for i, a in enumerate(articles):
        flags = len(a.get("flags", ()))
        warn = f' <span class="warn">⚠ {flags}</span>' if flags else ""
        items.append(f'<li><a href="#art{i}">{esc(a.get("headline") or "(no headline)")}</a>'
                     f"{warn}</li>")
    out.append("<h2>Articles</h2><ol>" + "".join(items) + "</ol>")
    out.append(_page_meta(manifest, rules))
    out.append(_flag_list(articles) + "</div>")
    rows = []
    for rule, info in rules.items():
        groups: dict[str, list[int]] = {}  # snippet: [first edit id, count]
        for e in info["edits"]:
            groups.setdefault(_snippet(e), [e["id"], 0])[1] += 1
        chips = [f'<a class="chip" href="#e{int(first)}">{esc(s)}'
                 f'{f" <small>×{n}</small>" if n > 1 else ""}</a>'
                 for s, (first, n) in list(groups.items())[:MAX_CHIPS]]
        if len(groups) > MAX_CHIPS:
            chips.append("…")
        checked = "" if info["quiet"] else " checked"
        rows.append(f'<tr class="k-{esc(info["kind"])}"><td class="rule"><label>'
                    f'<input type="checkbox" data-toggle="{esc(rule)}"{checked}> '
                    f'<b class="tag" data-r="{esc(rule)}">{esc(rule)}</b></label></td>'
                    f'<td class="num">{len(info["edits"])}</td><td><span class="name" '
                    f'title="{esc(info["reason"])}">{esc(info["name"])}</span> '
                    f'{" ".join(chips)}</td></tr>')
    out.append('<div class="box rules"><h2>Edits by rule</h2><table><tr><th>mark</th>'
               '<th>n</th><th>name · edits</th></tr>' + "".join(rows) + "</table></div>")
    out.append("</section>")
    return "\n".join(out)


def _page_meta(manifest: dict, rules: dict) -> str:
    """What was lifted to the page itself (banner, furniture, page captions)."""
    by_dest = {e.get("to"): e["id"] for info in rules.values() for e in info["edits"]
               if (e.get("to") or "").startswith("page.")}
    meta, rows = manifest.get("page") or {}, []
    for key in ("banner", "furniture", "captions"):
        values = meta.get(key)
        values = [values] if isinstance(values, str) else values or []
        for k, text in enumerate(values):
            dest = f"page.{key}" if key == "banner" else f"page.{key}[{k}]"
            link = (f' <a href="#e{int(by_dest[dest])}">#{int(by_dest[dest])}</a>'
                    if dest in by_dest else "")
            rows.append(f"<li>{esc(_LABELS.get(key, key))}: {esc(text)}{link}</li>")
    return f'<h2 id="page-meta">Page</h2><ul>{"".join(rows) or "<li>nothing lifted</li>"}</ul>'


def _flag_list(articles) -> str:
    rows = []
    for i, a in enumerate(articles):
        for f in a.get("flags", ()):
            where = f"#art{i}-p{int(f['paragraph'])}" if f.get("paragraph") else f"#art{i}"
            rows.append(f'<li class="warn"><a href="{where}">⚠ {esc(f.get("rule", ""))} '
                        f'{esc(f.get("kind", ""))}</a> article {i + 1}: {esc(f.get("note", ""))}'
                        "</li>")
    return f'<h2>Flags</h2><ul>{"".join(rows) or "<li>none</li>"}</ul>'
