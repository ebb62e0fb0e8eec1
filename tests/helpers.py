"""Checks every test page must pass: nothing lost, nothing invented, the log replays."""
from __future__ import annotations

import functools
import importlib.util
import json
import os
import subprocess
import sys
import unicodedata
from collections import Counter
from pathlib import Path

from cleaner import Page, RuleSet
from cleaner.assemble import replay
from cleaner.evaluate import without_heading_markers

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "hebei-daily-langfang-page.txt"
SAMPLE_GOLD = ROOT / "samples" / "gold" / "hebei-daily-langfang-page.json"
PAGES = ROOT / "tests" / "pages"


def run_clean(*args, stdin: bytes | None = None, cwd: Path | None = None,
              timeout: float = 120, tool: str = "cleaner") -> subprocess.CompletedProcess:
    """`python -m cleaner ARGS` (or `tool`, another of its commands) as a user runs it, with
    this checkout's cleaner from any working folder (`cwd`)."""
    return subprocess.run([sys.executable, "-m", tool, *map(str, args)], capture_output=True,
                          cwd=cwd, input=stdin, timeout=timeout,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})


def rules_with(tmp_path: Path, rule: str, **params) -> RuleSet:
    """The default rules with `rule`'s `params` set as a paper's own rule file sets them
    (values as TOML reads them: lists, strings, numbers, booleans)."""
    own = tmp_path / f"{rule}.toml"
    own.write_text(f'[[rule]]\nid = "{rule}"\n[rule.params]\n'
                   + "".join(f"{k} = {json.dumps(v, ensure_ascii=False)}\n"
                             for k, v in params.items()), encoding="utf-8")
    return RuleSet.load([own])


def benchmark_script(name: str):
    """A script of benchmarks/ (no package: run as a file) loaded as a module, to test its
    functions."""
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _chars(text: str) -> Counter:
    """Characters that carry text: not white space, not invisible format characters nor
    the others NRM002 takes for invisible (a zero-width space or a DEL alone on a line goes
    with the blank line, whose edit names it). Every '#' counts: the source's heading
    markers are taken out first (`conservation`), and any other '#' is the page's text
    (####### 七, #5), which must reach the output as every character must."""
    hidden = _invisible()
    return Counter(c for c in text if not c.isspace() and unicodedata.category(c) != "Cf"
                   and c not in hidden)


@functools.cache
def _invisible() -> str:
    """The characters NRM002 takes for invisible (the shipped rules'): round a heading's
    marker, they leave a heading with no text."""
    return RuleSet.load().param("NRM002", "chars")


def output_strings(page: Page) -> list[str]:
    """Every string the cleaner outputs: articles, their metadata and the page's."""
    out = [page.banner or "", *page.furniture, *page.captions]
    for a in page.articles:
        out += [a.headline or "", a.kicker or "", a.subtitle or "", a.byline or "",
                a.summary or "", *a.captions, *a.jumps, *(b.text for b in a.body)]
    return out


def conservation(page: Page) -> tuple[Counter, Counter]:
    """(lost, invented) characters, whitespace aside.

    Only the logged character edits may change a character: every source character
    must reach the output unless an edit replaced it (and then its replacement must).
    """
    # (A markdown heading's marker is the converter's markup, which the cleaner sets anew
    # at each heading of page.text and no field holds: cleaner.evaluate.without_heading_markers,
    # which reads a heading with no text as the cleaner does, invisible characters and all.)
    src = _chars(without_heading_markers(page.source, _invisible()))
    for e in _all_edits(page.edits):
        if e.kind == "text" or e.rule.startswith("NRM"):
            src -= _chars(e.before)
            src += _chars(e.after)
    out = _chars("".join(output_strings(page)))
    return src - out, out - src


def _all_edits(edits):
    for e in edits:
        if not e.children:
            yield e
        yield from _all_edits(e.children)


def assert_sound(page: Page) -> None:
    """The invariants of every cleaned page: the layout edits rebuild the ordered text from
    the source, keeping every character but spaces; the edits rebuild the cleaned text
    from the ordered one."""
    assert replay(page.source, page.layout) == page.ordered
    for e in page.layout:
        assert e.kind == "layout" and e.rule and e.reason
        assert page.source[e.start:e.end] == e.before
        assert sorted("".join(e.before.split())) == sorted("".join(e.after.split()))
    assert replay(page.ordered, page.edits) == page.text
    lost, invented = conservation(page)
    assert not lost, f"lost: {''.join(sorted(lost.elements()))[:80]}"
    assert not invented, f"invented: {''.join(sorted(invented.elements()))[:80]}"
    assert unicodedata.is_normalized("NFC", page.text)
    for e in page.edits:
        assert page.ordered[e.start:e.end] == e.before
        assert e.rule and e.reason
