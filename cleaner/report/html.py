"""report.html: one self-contained file (inline CSS, a few lines of inline JS, no network).

Each article is a run of rows: on the left the source a cleaned paragraph came from,
exactly as given, every edit marked at its place and labelled with its rule id (marks.py),
on the right that paragraph as cleaned, with what was lifted from the row (byline,
captions…) as the manifest holds it. A summary on top (summary.py) leads with what to
check first: the page's flags, doubtful decisions and inferred structure. Decisions about
structure (article starts, headings, paragraph ends, joins, lifts, moves) are always
marked; routine edits (layout; character rules that only change width or fire more than
FREQUENT times) start quiet, showing the source as it is. The style and script are
report.css and report.js beside this module.
"""
from __future__ import annotations

import re
import unicodedata
from importlib import resources

from ..doubt import headings
from ..registry import default_rules
from .diff import _line_of, _line_starts
from .marks import View, counted, decisions, esc, walk
from .summary import LABELS, summary

# A rule that fires more often than this on one page is routine (punctuation width on a
# page a converter set half-width: hundreds): its character marks start quiet, and its
# paragraph ends and joins show as a glyph, the rule in the title.
FREQUENT = 20

_ARTICLE_DEST = re.compile(r"articles\[(\d+)\]")
_CSS = resources.files(__package__).joinpath("report.css").read_text(encoding="utf-8")
_JS = resources.files(__package__).joinpath("report.js").read_text(encoding="utf-8")

__all__ = ["html_report", "esc"]


def html_report(page, manifest) -> str:
    """The review page: a summary, then each article as rows, the source a cleaned paragraph
    came from (every edit marked) beside that paragraph."""
    edits = manifest["edits"]
    everything = list(walk(edits))
    kinds = decisions(edits, page.ordered, page.text)
    rules = _rule_table(everything, kinds)
    odd = _odd_headings(page, edits, kinds)
    compact = {r for r, info in rules.items()
               if len(info["edits"]) > FREQUENT and {kinds.get(e["id"]) for e in info["edits"]}
               <= {"break", "join", None}}
    view = View(page.ordered, {r for r, info in rules.items() if info["quiet"]},
                {e["id"]: e for e in everything}, kinds,
                compact, {eid: why for eid, (_, _, why) in odd.items()})
    starts = _line_starts(page.ordered)
    articles = manifest.get("articles", [])
    sections = _sections(page, edits)
    title = f"Review · {page.name or manifest.get('source') or 'page'}"
    script = (manifest.get("script") or {}).get("detected")
    lang = "zh-Hant" if script == "traditional" else "zh-Hans"  # picks the glyph forms
    # (The page is built as one list of pieces and joined once: each section joined, then
    # set in the page, then the page joined took three copies of the report at once.)
    out = [f'<!doctype html>\n<html lang="{lang}"><head><meta charset="utf-8">\n'
           f'<meta name="viewport" content="width=device-width, initial-scale=1">\n'
           f"<title>{esc(title)}</title>\n<style>{_CSS}</style></head>\n<body>\n",
           summary(page, manifest, rules, kinds, odd)]
    if manifest.get("layout"):
        out += ["\n", _reading_order(manifest["layout"], page.source)]
    given = "source, in reading order" if manifest.get("layout") else "source, as given"
    odd_blocks = {(a, b): why for a, b, why in odd.values()}
    for i, pieces in enumerate(sections):
        tiled = len(sections) == len(articles)  # else one run for the whole page
        state = {"i": i, "n": 0, "shown": set(), "manifest": manifest, "source": page.ordered,
                 "art": articles[i] if tiled else {}, "odd": odd_blocks}
        rows = _rows(pieces, page.ordered)
        cells = [f'<div class="src{_row_class(r, kinds)}">'
                 f'{view.span(_start(r), _end(r), _edits_of(r))}</div>'
                 f'<div class="clean">{_clean_cell(r, state)}</div>' for r in rows]
        out.append(f'\n<section class="article" id="art{i}"><h2 class="art-title">'
                   f'{_section_title(state, len(sections), rows, starts, page.ordered)}</h2>'
                   f'<div class="grid"><div class="colhead">{given}</div>'
                   f'<div class="colhead">cleaned</div>')
        out += cells
        out.append("</div></section>")
    out.append(f"\n<script>{_JS}</script>\n</body></html>\n")
    return "".join(out)


def _reading_order(layout: list[dict], source: str) -> str:
    """The layout edits, first: each band of lines as the converter printed it (columns
    side by side) beside the same cells in the reading order the articles below show."""
    starts = _line_starts(source)
    rows = []
    for e in layout:
        first = _line_of(starts, e["start"], source) + 1
        last = _line_of(starts, max(e["start"], e["end"] - 1), source) + 1
        ev = e.get("evidence", {})
        facts = ", ".join(f"{k} {v}" for k, v in ev.items() if k not in ("cells", "lines"))
        cells = len(ev.get("cells", ()))
        rows.append(f'<div class="src" id="layout{e["id"]}"><span class="rule">{esc(e["rule"])}</span> '
                    f'{esc(e.get("name", ""))}: source lines {first}–{last}'
                    f'{f", {cells} cells" if cells else ""}'
                    f'{"; " + esc(facts) if facts else ""}<pre>{esc(e["before"])}</pre></div>'
                    f'<div class="clean"><pre>{esc(e["after"])}</pre></div>')
    reason = esc(layout[0].get("reason", ""))
    return (f'<section class="article layout" id="layout"><h2 class="art-title">Reading '
            f'order · {counted(len(layout), "band")} of lines reordered</h2>'
            f'<p class="legend">{reason}. Left: the band as the converter printed it; '
            f'right: its cells in reading order, the text every article below is cut from '
            f'(spaces between cells dropped, every other character kept).</p>'
            f'<div class="grid"><div class="colhead">source, as given</div>'
            f'<div class="colhead">in reading order</div>{"".join(rows)}</div></section>')


def _odd_headings(page, edits, kinds) -> dict[int, tuple[int, int, str]]:
    """{heading marker's edit id: (article, body index, why)} for the inferred headings
    that read mid-sentence (cleaner.doubt, DBT002's tests)."""
    markers = {e["start"]: e["id"] for e in edits if kinds.get(e["id"]) == "heading"}
    rules = getattr(page, "rules", None) or default_rules()
    out = {}
    for h in headings(page, rules):
        if h.reasons and h.block.spans and h.block.spans[0][0] in markers:
            out[markers[h.block.spans[0][0]]] = (h.article, h.index, ", ".join(h.reasons))
    return out


def _row_class(row: list, kinds: dict[int, str]) -> str:
    """A row that starts an article or a heading the cleaner inferred is marked whole."""
    found = {kinds.get(p[1]["id"]) for p in row if p[0] == "edit"}
    return "".join(f" r-{k}" for k in ("article", "heading") if k in found)


def _width_only(e: dict) -> bool:
    """A change of character width alone (， for ,): routine. NFKC only judges here; it
    never changes text (it would fold Chinese punctuation to ASCII)."""
    return unicodedata.normalize("NFKC", e["before"]) == unicodedata.normalize("NFKC", e["after"])


def _rule_table(edits, kinds: dict[int, str]) -> dict[str, dict]:
    """Per rule: name, kind, reason, its edits, how many decide structure, and whether
    they start quiet (never when any does); rules that decide structure first."""
    rules: dict[str, dict] = {}
    for e in edits:
        info = rules.setdefault(e["rule"], {"name": e.get("name", ""), "kind": e.get("kind", ""),
                                            "reason": e.get("reason", ""), "edits": []})
        info["edits"].append(e)
    for info in rules.values():
        info["decides"] = sum(1 for e in info["edits"] if e["id"] in kinds)
        info["quiet"] = not info["decides"] and (
            info["kind"] == "layout" or info["kind"] == "text" and (
                len(info["edits"]) > FREQUENT or all(map(_width_only, info["edits"]))))
    order = {"structure": 0, "text": 1, "layout": 2}
    return dict(sorted(rules.items(), key=lambda kv: (
        not kv[1]["decides"], order.get(kv[1]["kind"], 3), kv[0])))


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
    unchanged(src, len(page.ordered))
    while len(sections) < len(renders):
        sections.append([])
    for i in range(1, len(sections)):
        _pull_lifts_forward(sections[i - 1], sections[i], i, page.ordered)
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
    """Cut an article's pieces after its paragraph breaks, so that each row holds what
    one cleaned paragraph came from, the break that ends it included (the rows tile the
    source); a row that yields no text (a lifted kicker) joins the next, so the two
    columns stay level."""
    rows, row = [], []
    for piece in pieces:
        if piece[0] == "src":
            a, b = piece[1], piece[2]
            for m in _PARAGRAPH_BREAK.finditer(source, a, b):
                row.append(("src", a, m.end()))
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
        parts.append(f'<span class="warn">⚠ {counted(flags, "flag")}</span>')
    return " · ".join(parts)


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
        why = state["odd"].get((state["i"], n - 1))
        odd = f' doubt" title="{esc("reads mid-sentence: " + why)}' if why else ""
        out.append(f'<{tag} id="art{state["i"]}-p{n}" class="para{flagged}{odd}" data-n="{n}">'
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
            f'{esc(LABELS.get(field, field or "lifted"))}</a>{esc(value if value else to)}</p>')


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


