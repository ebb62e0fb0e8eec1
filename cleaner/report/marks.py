"""The source column: the page exactly as given, each edit marked where it is.

Every text node of the column is source text, in source order: the column's textContent
is the input page, character for character, and each edit's element holds exactly the source it
replaced (its `before`). What the cleaner put in (a heading marker, a full-width comma, a
pasted run), rule ids, reasons and links are empty elements whose visible label comes
from a `data-t` attribute through CSS (`[data-t]::before`), so they never mix with it.

Which edits are decisions about the page's structure (`decisions`) is read from each
edit's shape, not from its rule, so the report stays honest whatever a rule is called:
an article start (a headline marker put in), a heading (a heading marker put in), a
paragraph end (a paragraph break where the source ran on), a join (a line break taken
out between text that is kept), a lift (text taken out to the manifest) and a move.
"""
from __future__ import annotations

import html
import re

from diff_match_patch import diff_match_patch

_ARTICLE_DEST = re.compile(r"articles\[(\d+)\]")
_PARAGRAPH_BREAK = re.compile(r"\n{2,}")

# What each kind of decision is called in the report.
DECISIONS = {"article": "article start", "heading": "heading", "break": "paragraph end",
             "join": "join", "lift": "lift", "move": "move"}

# An edit whose evidence clears its threshold by less than this is doubtful. A rule says
# how sure it was with `margin` in its evidence (how far past its threshold, as a share of
# the scale its figures are on, 0–1); MOVE001 gives its two similarities instead.
LOW_MARGIN = 0.1


def counted(n: int, noun: str) -> str:
    """`n` and the noun, plural unless n is 1: 1 page flag, 2 page flags, 0 flags."""
    return f"{n} {noun}{'' if n == 1 else 's'}"


def esc(text) -> str:
    """Page text as HTML text or attribute value: never markup."""
    return html.escape(str(text), quote=True)


def label(text: str, cls: str = "", href: str = "") -> str:
    """A visible label that is not text of the page: an empty element, shown by CSS."""
    attr = f' class="{cls}"' if cls else ""
    if href:
        return f'<a{attr} href="{esc(href)}" data-t="{esc(text)}"></a>'
    return f'<b{attr} data-t="{esc(text)}"></b>' if cls else f'<i data-t="{esc(text)}"></i>'


def decisions(edits: list[dict], source: str, text: str) -> dict[int, str]:
    """{edit id: kind of decision} for the edits that decide the page's structure (see
    DECISIONS). A join needs kept text on both sides of it: in the cleaned page for a
    top-level edit, in the source for an edit inside a lifted block."""
    out: dict[int, str] = {}
    pos = cursor = 0
    for e in edits:  # top level, in source order: where each lands in the cleaned text
        pos += e["start"] - cursor
        left, right = text[pos - 1:pos], text[pos + len(e["after"]):pos + len(e["after"]) + 1]
        kind = _decision(e, left, right)
        if kind:
            out[e["id"]] = kind
        pos += len(e["after"])
        cursor = e["end"]
        for c in walk(e.get("children", ())):
            kind = _decision(c, source[c["start"] - 1:c["start"]] if c["start"] else "",
                             source[c["end"]:c["end"] + 1])
            if kind:
                out[c["id"]] = kind
    return out


def _decision(e: dict, left: str, right: str) -> str | None:
    before, after = e["before"], e["after"]
    if not after and before[:1] in " \t" and before.strip() and not before.strip("# \t"):
        return None  # a heading's closing '#'s dropped (` ##`, BLK002): markup, no text
    if before.strip() and not after:
        return "move" if e.get("links") else "lift"
    if not before and after.strip():
        marker = after.lstrip("\n")
        if marker.startswith("# "):
            return "article"
        if marker.startswith("#") and not marker.strip("# "):
            return "heading"
        return "move" if e.get("links") else None
    if before.strip() or after.strip():
        return None
    if "\n\n" in after and "\n\n" not in before:
        return "break"
    if ("\n" in before and "\n" not in after and left.strip() and right.strip()):
        return "join"
    return None


def margin(e: dict) -> float | None:
    """How far an edit's evidence cleared its threshold, when its evidence says."""
    ev = e.get("evidence") or {}
    try:
        if "margin" in ev:
            return float(ev["margin"])
        if "similarity_to_target" in ev and "similarity_to_home" in ev:
            return float(ev["similarity_to_target"]) - float(ev["similarity_to_home"])
    except (TypeError, ValueError):
        return None
    return None


def doubtful(e: dict) -> bool:
    m = margin(e)
    return m is not None and m < LOW_MARGIN


def walk(edits):
    """The edits and the edits nested in them (`children`), each before its own."""
    for e in edits:
        yield e
        yield from walk(e.get("children", ()))


class View:
    """Renders source spans with their edits: one element per edit, children nested.

    `quiet`: rules whose marks start quiet; `kinds`: decisions by edit id; `compact`:
    rules that mark so many line ends that a glyph says it (the rule is in the title);
    `odd`: {edit id: why} for heading markers that read mid-sentence."""

    def __init__(self, source: str, quiet: set[str], by_id: dict[int, dict],
                 kinds: dict[int, str], compact: set[str], odd: dict[int, str]):
        self.source, self.quiet, self.by_id = source, quiet, by_id
        self.kinds, self.compact, self.odd = kinds, compact, odd
        self.dmp = diff_match_patch()
        self.dmp.Diff_Timeout = 0.05  # a span's diff is small; never let one stall the page

    def span(self, start: int, end: int, edits: list[dict]) -> str:
        """source[start:end] with the edits inside it marked; white space at its edges
        and beside a box is kept, hidden."""
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
            if not is_text:
                out.append(part)
                continue
            lead = trail = ""
            if n == 0 or items[n - 1][1].startswith("<div"):
                cut = len(part) - len(part.lstrip("\n"))
                lead, part = part[:cut], part[cut:]
            if n + 1 == len(items) or items[n + 1][1].startswith("<div"):
                cut = len(part.rstrip("\n"))
                part, trail = part[:cut], part[cut:]
            out.append(hidden(lead) + breaks(part) + hidden(trail))
        return "".join(out)

    def edit(self, e: dict) -> str:
        kind = self.kinds.get(e["id"])
        if kind in ("lift", "move") and not e["after"]:
            return self._lifted(e)
        if kind == "move" or (not e["before"] and e["after"].strip()
                              and "\n" in e["after"].strip()):
            return self._inserted(e)
        if kind in ("article", "heading"):
            return self._marker(e, kind)
        if kind == "break":
            return self._break(e)
        if kind == "join":
            return self._seam(e)
        return self._inline(e)

    def _attrs(self, e: dict, shape: str) -> str:
        kind = self.kinds.get(e["id"])
        classes = [f"ed {shape} k-{esc(e.get('kind', ''))}"]
        if kind:
            classes.append(f"d-{kind}")
        if e["rule"] in self.quiet:
            classes.append("quiet")
        if e["id"] in self.odd or doubtful(e):
            classes.append("doubt")
        title = f"{e['rule']} {e.get('name', '')}: {e.get('reason', '')}"
        if e.get("evidence"):
            title += f" ({evidence_text(e['evidence'])})"
        if e["id"] in self.odd:
            title += f" ⚠ reads mid-sentence: {self.odd[e['id']]}"
        elif doubtful(e):
            title += f" ⚠ low margin: {margin(e):.3f}"
        return (f'id="e{int(e["id"])}" class="{" ".join(classes)}" data-edit-id="{int(e["id"])}" '
                f'data-rule="{esc(e["rule"])}" title="{esc(title)}"')

    def _head(self, e: dict, what: str, linked: str = "linked") -> str:
        """The label of a structural edit: rule, what happened, where from and to, the
        related edits; then why (reason and evidence). All labels, no page text."""
        parts = [tag(e), label(what, "what"), label(f"line {int(e.get('line', 0))}", "line")]
        if e.get("to"):
            parts.append(label("→ ", "to") + dest_link(e["to"]))
        if e.get("links"):
            parts.append(label(f"{linked}:", "links") + "".join(
                label(f"{self.by_id.get(n, {}).get('rule', '')} #{int(n)} "
                      f"(line {int(self.by_id.get(n, {}).get('line', 0))})", "link", f"#e{int(n)}")
                for n in e["links"]))
        why = e.get("reason", "")
        if e.get("evidence"):
            why += f" ({evidence_text(e['evidence'])})"
        if doubtful(e):
            why += f" ⚠ low margin: {margin(e):.3f}"
        return f'<span class="head">{"".join(parts)}{label(why, "why")}</span>'

    def _lifted(self, e: dict) -> str:
        """A block taken out of the text: struck through, with its inner edits."""
        before, children = e["before"], e.get("children", [])
        start = e["start"] + len(before) - len(before.lstrip())
        end = e["end"] - (len(before) - len(before.rstrip()))
        if children:
            start = min(start, min(c["start"] for c in children))
            end = max(end, max(c["end"] for c in children))
        what = "cut, moved away" if e.get("links") else "lifted out"
        return (f'<div {self._attrs(e, "blk")}>{hidden(self.source[e["start"]:start])}'
                f'{self._head(e, what, "pasted at")}'
                f'<del class="body">{self.span(start, end, children)}</del>'
                f'{hidden(self.source[end:e["end"]])}</div>')

    def _inserted(self, e: dict) -> str:
        """Text put in where there was none: a moved run's paste."""
        what = "pasted here" if e.get("links") else "inserted"
        return (f'<span {self._attrs(e, "ins")}>{self._head(e, what, "cut from")}'
                f'<ins class="body" data-t="{esc(e["after"].strip(chr(10)))}"></ins>'
                f"{self.span(e['start'], e['end'], e.get('children', []))}</span>")

    def _marker(self, e: dict, kind: str) -> str:
        """An article start or a heading the cleaner inferred: the marker it put in and
        its rule, at the start of the line it made a headline or a heading."""
        note = label(f"⚠ mid-sentence: {self.odd[e['id']]}", "odd") if e["id"] in self.odd else ""
        return (f'<span {self._attrs(e, "mark")}><ins data-t="{esc(e["after"].strip())}"></ins>'
                f'{tag(e)}{label(DECISIONS[kind], "what")}{note}'
                f"{hidden(e['before'])}</span>")

    def _break(self, e: dict) -> str:
        """A paragraph end the cleaner inferred where the source ran on: ¶ at the line
        end (the line end itself is source text, kept and hidden: the row ends here)."""
        compact = e["rule"] in self.compact
        return (f'<span {self._attrs(e, "brk compact" if compact else "brk")}>'
                f'{label("¶", "pil")}{"" if compact else tag(e)}{hidden(e["before"])}</span>')

    def _seam(self, e: dict) -> str:
        """A join: the halves meet here; the line end between them stays as printed.
        What lay between them (lifted blocks) is linked."""
        parts, compact = [label("‖", "cut")], e["rule"] in self.compact
        if not compact:
            parts.append(self._head(e, "joined", "between"))
        if e["after"]:
            parts.append(f'<ins data-t="{esc(e["after"])}"></ins>')
        return (f'<span {self._attrs(e, "seam compact" if compact else "seam")}>'
                f'{"".join(parts)}{breaks(e["before"])}</span>')

    def _inline(self, e: dict) -> str:
        """A character or layout change: the source struck, what came in its place as a
        label, character by character (diff-match-patch) when either side is longer."""
        before, after = e["before"], e["after"]
        if e.get("children"):
            inner = self.span(e["start"], e["end"], e["children"]) + _ins(after)
        elif len(before) > 1 or len(after) > 1:
            diffs = self.dmp.diff_main(before, after)
            self.dmp.diff_cleanupSemantic(diffs)
            inner = "".join(breaks(text) if op == 0 else _del(text) if op < 0 else _ins(text)
                            for op, text in diffs)
        else:
            inner = _del(before) + (label("→", "to") if before and after else "") + _ins(after)
        return f'<span {self._attrs(e, "inl")}>{inner}{tag(e)}</span>'


def hidden(text: str) -> str:
    """Source white space the column keeps but does not show (a row's line end)."""
    return f'<span class="ws">{esc(text)}</span>' if text else ""


def breaks(text: str) -> str:
    """Source text; a paragraph break inside it shows as a small gap, its text kept."""
    out, cursor = [], 0
    for m in _PARAGRAPH_BREAK.finditer(text):
        out += [esc(text[cursor:m.start()]), f'<span class="pb">{esc(m.group())}</span>']
        cursor = m.end()
    out.append(esc(text[cursor:]))
    return "".join(out)


def _del(text: str) -> str:
    """Source text taken out: struck; a line end or an invisible character gets a label."""
    if not text:
        return ""
    shown = "".join("↵" if c == "\n" else f"U+{ord(c):04X}" if not c.isprintable()
                    and not c.isspace() else "" for c in text)
    note = f' data-t="{esc(shown)}"' if shown else ""
    return f"<del{note}>{esc(text)}</del>"


def _ins(text: str) -> str:
    """Text put in: a label, never page text."""
    if not text:
        return ""
    return f'<ins data-t="{esc(text.replace(chr(10), "↵"))}"></ins>'


def tag(e: dict) -> str:
    return label(e["rule"], "tag")


def evidence_text(ev: dict) -> str:
    def show(v):
        if isinstance(v, (list, tuple)):
            v = ", ".join(map(str, v))
        v = str(v)
        return v if len(v) <= 40 else v[:39] + "…"
    return " · ".join(f"{k}: {show(v)}" for k, v in ev.items())


def dest_link(to: str) -> str:
    n = _ARTICLE_DEST.match(to)
    return label(to, "dest", f"#art{n.group(1)}" if n else "#page-meta")
