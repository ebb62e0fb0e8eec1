"""The manifest (articles.json); cleaner.output writes it with the articles.

The manifest's names are a contract other programs (and the scorer) read: source, page
{banner, furniture, captions}, articles [{headline, kicker, subtitle, byline, dateline,
summary, body [{type, text}], captions, flags}], edits [{rule, ...}] (and layout [{rule,
...}] when the cleaner put side-by-side columns in reading order first); page.flags
[{code, message, ...}] says what makes the cleaner unsure of the page as a whole.
"""
from __future__ import annotations

from . import __version__
from .assemble import line_of, line_starts
from .model import Edit, Page
from .output import write  # noqa: F401  (the writer moved to output.py; callers keep working)
from .registry import RuleSet

SCHEMA_VERSION = 1


def to_dict(page: Page, rules: RuleSet | None = None) -> dict:
    """The manifest of a cleaned page (rule names come from the rules it was cleaned with)."""
    rules = page.rules or rules
    starts = line_starts(page.ordered)
    manifest = {
        "source": page.name,
        "version": SCHEMA_VERSION,
        "cleaner_version": __version__,
        "input": page.input,
        "script": page.script,
        "page": {"banner": page.banner, "furniture": page.furniture,
                 "captions": page.captions, "flags": page.flags},
        "articles": [{
            "file": a.file,
            "headline": a.headline, "kicker": a.kicker, "subtitle": a.subtitle,
            "byline": a.byline, "dateline": a.dateline, "summary": a.summary,
            "body": [{"type": b.type, "text": b.text, "spans": [list(s) for s in b.spans]}
                     for b in a.body],
            "captions": a.captions,
            "jumps": a.jumps,
            "flags": a.flags,
        } for a in page.articles],
        "stats": stats(page),
        "edits": [_edit(e, rules, starts) for e in page.edits],
    }
    if page.layout:
        at = line_starts(page.source)
        manifest["layout"] = [_edit(e, rules, at) for e in page.layout]
    if page.error:
        manifest["error"] = page.error
    return manifest


def stats(page: Page) -> dict:
    """Counts that add up: `edits` (top-level, replayed) plus `nested_edits` (the finer
    edits inside a structural one, listed as its children) is the sum of `edits_by_rule`,
    which counts both, as the report's rule table does."""
    by_rule: dict[str, int] = {}
    nested = 0

    def count(edits, depth: int) -> None:
        nonlocal nested
        for e in edits:
            by_rule[e.rule] = by_rule.get(e.rule, 0) + 1
            nested += depth > 0
            count(e.children, depth + 1)

    count(page.edits, 0)
    return {"articles": len(page.articles), "edits": len(page.edits), "nested_edits": nested,
            "edits_by_rule": dict(sorted(by_rule.items())),
            "flags": sum(len(a.flags) for a in page.articles),
            "page_flags": len(page.flags),
            "source_chars": len(page.source), "clean_chars": len(page.text)}


def _edit(e: Edit, rules: RuleSet, starts: list[int]) -> dict:
    out = {"id": e.id, "rule": e.rule, "name": rules[e.rule].name, "kind": e.kind,
           "start": e.start, "end": e.end,
           "line": line_of(starts, e.start + len(e.before) - len(e.before.lstrip())),
           "before": e.before, "after": e.after, "reason": e.reason}
    if e.dest:
        out["to"] = e.dest
    if e.evidence:
        out["evidence"] = e.evidence
    if e.links:
        out["links"] = [x.id for x in e.links]
    if e.children:
        out["children"] = [_edit(c, rules, starts) for c in e.children]
    return out
