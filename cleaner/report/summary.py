"""The report's top: what a reviewer should check first, then the articles, the page's
own metadata, the flags and every rule that fired.

"Check first" leads with the page's flags (the cleaner unsure of the page as a whole),
the structure the cleaner inferred (article starts, headings, paragraph ends, joins,
lifts), the headings that read like the middle of a sentence (cleaner.doubt, DBT002) and
the decisions whose evidence cleared its threshold narrowly (marks.LOW_MARGIN).
"""
from __future__ import annotations


from .marks import DECISIONS, LOW_MARGIN, counted, doubtful, esc, margin

# Field names of the manifest as a reviewer reads them, with the Chinese newsroom term.
LABELS = {"banner": "报眉 banner", "furniture": "版面 furniture", "kicker": "引题 kicker",
          "subtitle": "副题 subtitle", "byline": "署名 byline", "summary": "提要 summary",
          "captions": "图说 caption", "dateline": "电头 dateline"}

MAX_CHIPS = 12  # distinct edits listed per rule in the summary; more would be a wall


def _visible(text: str) -> str:
    return text.replace("\n", "↵")


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


def _chip(href: str, text: str, count: int = 1, cls: str = "chip") -> str:
    n = f" <small>×{count}</small>" if count > 1 else ""
    return f'<a class="{cls}" href="{esc(href)}">{esc(text)}{n}</a>'


def _chips(items: list[tuple[int, str]]) -> str:
    """(edit id, text) as chips, at most MAX_CHIPS, then how many more."""
    out = [_chip(f"#e{int(eid)}", text) for eid, text in items[:MAX_CHIPS]]
    if len(items) > MAX_CHIPS:
        out.append(f"… {len(items) - MAX_CHIPS} more")
    return " ".join(out)


def summary(page, manifest, rules, kinds: dict[int, str], odd: dict) -> str:
    articles = manifest.get("articles", [])
    page_flags = (manifest.get("page") or {}).get("flags") or []
    n_flags = sum(len(a.get("flags", ())) for a in articles)
    top = len(manifest["edits"])
    inner = sum(len(info["edits"]) for info in rules.values()) - top
    name = page.name or manifest.get("source") or "page"
    facts = [counted(len(articles), "article"),
             f"{counted(top, 'edit')} (+{inner} inside lifted blocks)",
             counted(n_flags, "flag"), counted(len(page_flags), "page flag"),
             f"{len(page.source)} → {len(page.text)} characters"]
    layout = manifest.get("layout") or []
    if layout:
        facts.insert(2, f'<a href="#layout">{counted(len(layout), "band")} of '
                        f'lines put in reading order '
                        f'({esc(", ".join(sorted({e["rule"] for e in layout})))})</a>')
    script = manifest.get("script") or {}
    if script.get("detected"):
        facts.append(esc(f"{script['detected']} script, {script.get('conversion') or 'no'} "
                         f"conversion ({script.get('scope', '')})"))
    out = [f'<header><h1>{esc(name)}</h1>{_page_flags(page_flags)}'
           f'<p class="facts">{" · ".join(facts)}</p>'
           '<p class="legend">Each article below: the source exactly as given (its text is '
           'the input, character for character; or, when the page\'s columns stood side by '
           'side, the input in reading order, as the Reading order section shows), every '
           'edit marked where it is '
           '(<del>struck</del>: taken out, <ins>green</ins>: put in, '
           '<b class="cut">‖</b>: a join, <b class="pil">¶</b>: a paragraph end, '
           '<ins>##</ins>: a heading the cleaner inferred, <span class="warn">⚠</span>: '
           'doubtful), beside the cleaned text it became. Hover a mark for its rule and '
           'reason; tick a rule to mark its edits, untick to quieten them (structural '
           'decisions are always marked).</p></header>',
           _check_first(manifest, rules, kinds, odd, page_flags, n_flags),
           '<section class="summary"><div class="box">']
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
        chips = [_chip(f"#e{int(first)}", s, n) for s, (first, n) in
                 list(groups.items())[:MAX_CHIPS]]
        if len(groups) > MAX_CHIPS:
            chips.append("…")
        checked = "" if info["quiet"] else " checked"
        decides = (f' <span class="decides">decides structure ×{info["decides"]}</span>'
                   if info["decides"] else "")
        rows.append(f'<tr class="k-{esc(info["kind"])}"><td class="rule"><label>'
                    f'<input type="checkbox" data-toggle="{esc(rule)}"{checked}> '
                    f'<b class="tag" data-r="{esc(rule)}">{esc(rule)}</b></label></td>'
                    f'<td class="num">{len(info["edits"])}</td><td><span class="name" '
                    f'title="{esc(info["reason"])}">{esc(info["name"])}</span>{decides} '
                    f'{" ".join(chips)}</td></tr>')
    out.append('<div class="box rules"><h2>Edits by rule</h2><table><tr><th>mark</th>'
               '<th>n</th><th>name · edits</th></tr>' + "".join(rows) + "</table></div>")
    out.append("</section>")
    return "\n".join(out)


def _page_flags(flags: list[dict]) -> str:
    """The page's flags, first thing under its name: the cleaner is unsure of it."""
    if not flags:
        return ""
    items = "".join(f'<li><b class="tag">{esc(f.get("code", ""))}</b> {esc(f.get("message", ""))}'
                    "</li>" for f in flags)
    return (f'<div class="page-doubt" id="page-flags"><p>⚠ The cleaner is unsure of this page '
            f'({counted(len(flags), "page flag")}): check it before using it.</p>'
            f"<ul>{items}</ul></div>")


def _check_first(manifest, rules, kinds, odd, page_flags, n_flags) -> str:
    """What a reviewer should look at first, each a link to where it is."""
    everything = [e for info in rules.values() for e in info["edits"]]
    by_kind: dict[str, list[dict]] = {}
    for e in sorted(everything, key=lambda e: e["id"]):
        if e["id"] in kinds:
            by_kind.setdefault(kinds[e["id"]], []).append(e)
    rows = []
    if page_flags:
        codes = ", ".join(sorted({str(f.get("code", "")) for f in page_flags}))
        rows.append(f'<li class="warn"><a href="#page-flags">⚠ '
                    f'{counted(len(page_flags), "page flag")}</a> ({esc(codes)})</li>')
    else:
        rows.append("<li>Page flags: none</li>")
    heads = by_kind.get("heading", [])
    if odd:
        items = [(eid, manifest_heading(manifest, a, b)) for eid, (a, b, _) in sorted(odd.items())]
        rows.append(f'<li class="warn">⚠ {len(odd)} of {len(heads)} inferred headings read '
                    f"like the middle of a sentence: {_chips(items)}</li>")
    low = [e for e in everything if e["id"] in kinds and doubtful(e)]
    if low:
        items = [(e["id"], f"{e['rule']} {_snippet(e)} ({margin(e):.2f})") for e in low]
        rows.append(f'<li class="warn">⚠ {counted(len(low), "decision")} with a '
                    f"low margin (under {LOW_MARGIN}): {_chips(items)}</li>")
    else:
        rows.append(f"<li>Decisions with a low margin (under {LOW_MARGIN}): none</li>")
    inferred = []
    for kind in ("article", "heading", "break", "join", "lift", "move"):
        found = by_kind.get(kind, [])
        if found:
            inferred.append(f'<a href="#e{int(found[0]["id"])}">'
                            f"{counted(len(found), DECISIONS[kind])}</a>")
    articles = len(manifest.get("articles", []))
    rows.append(f"<li>Inferred: {counted(articles, 'article')}; "
                f"{' · '.join(inferred) or 'no structural edits'}</li>")
    if n_flags:
        rows.append(f'<li class="warn">⚠ {counted(n_flags, "article flag")}: '
                    'see Flags below</li>')
    return (f'<section class="check box" id="check-first"><h2>Check first</h2><ul>'
            f'{"".join(rows)}</ul></section>')


def manifest_heading(manifest: dict, article: int, index: int) -> str:
    try:
        text = manifest["articles"][article]["body"][index]["text"]
    except (KeyError, IndexError):
        return "?"
    return text if len(text) <= 12 else text[:12] + "…"


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
            rows.append(f"<li>{esc(LABELS.get(key, key))}: {esc(text)}{link}</li>")
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


