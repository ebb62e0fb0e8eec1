"""report.html and report.diff, without a browser: what they contain, that page text stays
text, and that the diff applies, on pages short and long."""
from __future__ import annotations

import json
import re
import subprocess
from html.parser import HTMLParser
from types import SimpleNamespace

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from cleaner import clean, default_rules
from cleaner.manifest import to_dict
from cleaner.report import diff_report, html_report
from cleaner.report.marks import decisions

from .helpers import PAGES, SAMPLE
from .report_pages import BOLD_HEADINGS, WRAPPED


def all_edits(edits):
    for e in edits:
        yield e
        yield from all_edits(e.get("children", ()))


class Dom(HTMLParser):
    """The parts of a page the tests look at: elements with their attributes, the text
    inside each element that has an id, and what it shows: its text with the labels CSS
    draws from data-t attributes."""

    def __init__(self, text: str):
        super().__init__(convert_charrefs=True)
        self.elements: list[tuple[str, dict]] = []
        self.stack: list[tuple[str, dict]] = []
        self.text_of: dict[str, list[str]] = {}
        self.shown_of: dict[str, list[str]] = {}
        self.data: list[str] = []
        self.source_column: list[str] = []  # the text of every .src cell, in order
        self.feed(text)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.elements.append((tag, attrs))
        if tag not in ("meta", "input", "br"):
            self.stack.append((tag, attrs))
            if attrs.get("id"):
                self.text_of[attrs["id"]] = []
                self.shown_of[attrs["id"]] = []
        if "data-t" in attrs:
            self._add(self.shown_of, attrs["data-t"])

    def handle_endtag(self, tag):
        while self.stack:
            if self.stack.pop()[0] == tag:
                break

    def handle_data(self, data):
        self.data.append(data)
        self._add(self.text_of, data)
        self._add(self.shown_of, data)
        if any(t == "div" and "src" in a.get("class", "").split() for t, a in self.stack):
            self.source_column.append(data)

    def _add(self, into: dict, text: str) -> None:
        for _, attrs in self.stack:
            if attrs.get("id") in into:
                into[attrs["id"]].append(text)

    def having(self, name: str):
        return [(tag, a) for tag, a in self.elements if name in a]

    def text(self, element_id: str) -> str:
        return "".join(self.text_of[element_id])

    def shown(self, element_id: str) -> str:
        return "".join(self.shown_of[element_id])


def report(page_text: str | bytes, name: str = "page.txt"):
    page = clean(page_text, name=name)
    manifest = to_dict(page, default_rules())
    return page, manifest, html_report(page, manifest), diff_report(page, manifest)


@pytest.fixture(scope="module")
def sample():
    page, manifest, html, diff = report(SAMPLE.read_bytes(), SAMPLE.name)
    return SimpleNamespace(page=page, manifest=manifest, html=html, diff=diff, dom=Dom(html))


def edit_where(manifest, rule, test=lambda e: True):
    found = [e for e in all_edits(manifest["edits"]) if e["rule"] == rule and test(e)]
    assert found, f"no {rule} edit in the sample"
    return found[0]


# --- report.html --------------------------------------------------------------------------

def test_every_edit_is_in_the_report_once_with_its_rule(sample):
    marked = [(a["data-edit-id"], a["data-rule"]) for _, a in sample.dom.having("data-edit-id")]
    expected = sorted((str(e["id"]), e["rule"]) for e in all_edits(sample.manifest["edits"]))
    assert sorted(marked) == expected
    assert len(expected) > len(sample.manifest["edits"])  # the children are there too


def test_report_is_self_contained(sample):
    for tag, attrs in sample.dom.elements:
        assert "src" not in attrs, tag
        assert tag != "link"
        assert attrs.get("href", "#").startswith("#"), attrs["href"]
    assert not re.search(r"https?:|url\(|@import", sample.html)


def test_every_link_in_the_report_lands(sample):
    ids = {a["id"] for _, a in sample.dom.having("id")}
    targets = {a["href"][1:] for _, a in sample.dom.having("href")}
    assert targets - ids == set()


def test_summary_leads_to_the_join_and_the_moved_run(sample):
    join = edit_where(sample.manifest, "JOIN002", lambda e: e["evidence"]["left"].endswith("网"))
    cut = edit_where(sample.manifest, "MOVE001", lambda e: e["after"] == "")
    paste = edit_where(sample.manifest, "MOVE001", lambda e: e["before"] == "")
    chips = {a["href"]: a for _, a in sample.dom.having("href") if a.get("class") == "chip"}
    assert {f"#e{join['id']}", f"#e{cut['id']}", f"#e{paste['id']}"} <= chips.keys()
    html = sample.html
    assert re.search(rf'href="#e{join["id"]}">[^<]*网‖格', html)
    assert re.search(rf'href="#e{cut["id"]}">cut: 售渠道。', html)
    assert re.search(rf'href="#e{paste["id"]}">paste: 售渠道。', html)


def test_join_links_what_lay_between_and_moves_link_both_ways(sample):
    join = edit_where(sample.manifest, "JOIN002", lambda e: e["evidence"]["left"].endswith("网"))
    between = sample.dom.shown(f"e{join['id']}")
    assert join["links"] and all(f"CAP001 #{n}" in between for n in join["links"])
    for e in all_edits(sample.manifest["edits"]):
        if e["rule"] == "MOVE001":
            (other,) = e["links"]
            assert f"#{other}" in sample.dom.shown(f"e{e['id']}")


def test_lifted_blocks_are_struck_and_say_where_they_went(sample):
    lifted = [e for e in sample.manifest["edits"] if e.get("to") and not e["after"]]
    assert {e["rule"] for e in lifted} >= {"CLS001", "CAP001", "CAP003"}
    for e in lifted:
        text = sample.dom.shown(f"e{e['id']}")
        assert e["to"] in text
        assert e["before"].strip()[:4].replace(",", "，").replace(":", "：")[:1] in text
    banner = re.search(r'<div id="e0"[^>]*>.*?<del class="body">(.*?)</del>', sample.html, re.S)
    assert banner and "解放思想奋发进取" in banner.group(1)


def test_character_changes_read_before_arrow_after(sample):
    e = edit_where(sample.manifest, "SCR001")
    assert re.search(rf'id="e{e["id"]}"[^>]*><del>浹</del><b class="to" data-t="→"></b>'
                     r'<ins data-t="浃"></ins>', sample.html)
    assert sample.dom.text(f"e{e['id']}") == "浹"  # the source; the rest are labels
    assert sample.dom.shown(f"e{e['id']}") == "浹→浃SCR001"


def test_routine_edits_start_quiet_and_structural_ones_marked(sample):
    classes: dict[str, set[bool]] = {}
    for _, a in sample.dom.having("data-rule"):
        if "data-edit-id" in a:
            classes.setdefault(a["data-rule"], set()).add("quiet" in a["class"].split())
    assert classes["PUN001"] == {True}  # hundreds of them
    assert classes["BLK002"] == classes["BLK003"] == {True}  # layout
    for rule in ("JOIN001", "JOIN002", "MOVE001", "CAP001", "CLS001", "SCR001"):
        assert classes[rule] == {False}, rule
    toggles = {a["data-toggle"]: "checked" in a for _, a in sample.dom.having("data-toggle")}
    assert toggles == {rule: not quiet.pop() for rule, quiet in classes.items()}


def test_flags_are_warnings_at_their_paragraph(sample):
    for i, art in enumerate(sample.manifest["articles"]):
        for flag in art["flags"]:
            where = f"art{i}-p{flag['paragraph']}"
            assert f'href="#{where}">⚠ {flag["rule"]} {flag["kind"]}' in sample.html
            assert f'id="{where}" class="para flagged"' in sample.html
    assert sum(len(a["flags"]) for a in sample.manifest["articles"]) == 2


def test_clean_column_holds_each_body_block(sample):
    for i, art in enumerate(sample.manifest["articles"]):
        for n, block in enumerate(art["body"], 1):
            assert sample.dom.text(f"art{i}-p{n}") == block["text"], (i, n)
        assert f"art{i}-p{len(art['body']) + 1}" not in sample.dom.text_of


def test_summary_counts_articles_edits_by_rule_and_flags(sample):
    stats = sample.manifest["stats"]
    assert f"{stats['articles']} articles" in sample.html
    assert f"{stats['flags']} flags" in sample.html
    for rule, count in stats["edits_by_rule"].items():
        assert re.search(rf'data-r="{rule}">{rule}</b></label></td><td class="num">{count}<',
                         sample.html), rule
    for i, art in enumerate(sample.manifest["articles"]):
        assert f'<a href="#art{i}">{art["headline"]}</a>' in sample.html


HOSTILE = ('# 标题<script>alert("x")</script> & \'引号\'\n\n'
           '本报讯 正文&amp;</div><b>粗</b>说" onmouseover="alert(1)" x="\n\n'  # joined
           '继续说完。\n\n'
           '上图:图说<img src=x onerror=alert(2)>。\n')
ATTRIBUTES = {"lang", "charset", "name", "content", "id", "class", "title", "href", "type",
              "checked", "data-edit-id", "data-rule", "data-toggle", "data-r", "data-n", "data-t"}


def test_page_text_is_escaped_everywhere():
    page, manifest, html, diff = report(HOSTILE)
    dom = Dom(html)
    tags = [tag for tag, _ in dom.elements]
    assert tags.count("script") == 1 and "img" not in tags  # only the report's own markup
    assert "<b>粗</b>" not in html and "<img" not in html
    assert {name for _, a in dom.elements for name in a} <= ATTRIBUTES
    text = "".join(dom.data)
    for piece in ('<script>alert("x")</script> & \'引号\'', "&amp;</div><b>粗</b>",
                  "<img src=x onerror=alert(2)>"):
        assert piece in text, piece
    join = edit_where(manifest, "JOIN001")
    assert '" x="' in join["evidence"]["left"]
    # The attribute holding it parses back to the very text: escaped, not cut short.
    title = next(a["title"] for _, a in dom.having("data-edit-id")
                 if a["data-edit-id"] == str(join["id"]))
    assert join["evidence"]["left"] in title
    assert html.count("<div") == html.count("</div>")


@pytest.mark.parametrize("path", sorted(PAGES.glob("*.txt")), ids=lambda p: p.stem)
def test_every_test_page_reports_whole(path):
    """On every test page: each edit marked once, each body block in the clean column,
    every link lands, and the diff rebuilds the cleaned page."""
    page, manifest, html, diff = report(path.read_bytes(), path.name)
    dom = Dom(html)
    marked = sorted(a["data-edit-id"] for _, a in dom.having("data-edit-id"))
    assert marked == sorted(str(e["id"]) for e in all_edits(manifest["edits"]))
    for i, art in enumerate(manifest["articles"]):
        assert [dom.text(f"art{i}-p{n}") for n in range(1, len(art["body"]) + 1)] == [
            b["text"] for b in art["body"]]
    assert {a["href"][1:] for _, a in dom.having("href")} <= {a["id"] for _, a in dom.having("id")}
    assert apply_diff(page.source, diff) == page.text


def test_lifts_are_shown_with_the_article_they_went_to(sample):
    """A kicker printed above its headline is reviewed with its own article, not the one
    before it."""
    starts = [sample.html.index(f'id="art{i}"') for i in range(len(sample.manifest["articles"]))]
    starts.append(len(sample.html))
    for e in sample.manifest["edits"]:
        m = re.match(r"articles\[(\d+)\]\.", e.get("to") or "")
        if m:
            i = int(m[1])
            assert starts[i] < sample.html.index(f'id="e{e["id"]}"') < starts[i + 1], e["rule"]
    assert edit_where(sample.manifest, "CLS006")["to"] == "articles[5].kicker"


# --- report.diff --------------------------------------------------------------------------

def split_lines(text: str) -> list[str]:
    lines = text.split("\n")
    return [line + "\n" for line in lines[:-1]] + ([lines[-1]] if lines[-1] else [])


HUNK = re.compile(r"@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@\n")


def apply_diff(source: str, diff: str) -> str:
    """Apply a unified diff strictly: every context and removed line must match."""
    old, out, cursor = split_lines(source), [], 0
    lines = split_lines(diff)
    assert lines[0].startswith("--- a/") and lines[1].startswith("+++ b/")
    k = 2
    while k < len(lines):
        m = HUNK.fullmatch(lines[k])
        assert m, lines[k]
        start, count = int(m[1]), int(m[2] or 1)
        new_count = int(m[4] or 1)
        at = start - 1 if count else start  # an empty range names the line before it
        assert cursor <= at <= len(old)
        out += old[cursor:at]
        cursor, k, seen_old, seen_new = at, k + 1, 0, 0
        while k < len(lines) and not lines[k].startswith("@@"):
            mark, text = lines[k][0], lines[k][1:]
            if k + 1 < len(lines) and lines[k + 1] == "\\ No newline at end of file\n":
                text, k = text[:-1], k + 1
            k += 1
            if mark in " -":
                assert old[cursor] == text, (cursor, text)
                cursor, seen_old = cursor + 1, seen_old + 1
            if mark in " +":
                out.append(text)
                seen_new += 1
            assert mark in " -+"
        assert (seen_old, seen_new) == (count, new_count)
    return "".join(out + old[cursor:])


def test_diff_has_headers_and_applies_to_the_cleaned_page(sample):
    assert sample.diff.startswith(f"--- a/{SAMPLE.name}\n+++ b/{SAMPLE.name}\n@@ ")
    assert apply_diff(sample.page.source, sample.diff) == sample.page.text


def test_diff_lines_come_from_source_and_cleaned_text(sample):
    old, new = set(split_lines(sample.page.source)), set(split_lines(sample.page.text))
    body = [line for line in split_lines(sample.diff)[2:] if not line.startswith(("@@", "\\"))]
    removed = [line[1:] for line in body if line[0] == "-"]
    added = [line[1:] for line in body if line[0] == "+"]
    assert removed and added
    # The source's last line has no newline; the marker line after it says so.
    assert all(line in old or line[:-1] in old for line in removed)
    assert all(line in new for line in added)
    # The moved run: its own line in the source, after the paragraph it ends in the page.
    assert "售渠道。\n" in removed and any(a.endswith("拓展销售渠道。\n") for a in added)


def test_git_applies_the_diff(sample, tmp_path):
    (tmp_path / SAMPLE.name).write_text(sample.page.source, encoding="utf-8")
    (tmp_path / "report.diff").write_text(sample.diff, encoding="utf-8")
    done = subprocess.run(["git", "apply", "report.diff"], cwd=tmp_path, capture_output=True,
                          text=True)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / SAMPLE.name).read_text(encoding="utf-8") == sample.page.text


def test_unchanged_page_has_an_empty_diff():
    page = SimpleNamespace(source="一\n二\n", text="一\n二\n", name="p.txt")
    assert diff_report(page, {"edits": []}) == ""


@st.composite
def edited_pages(draw):
    """A source of short lines and non-overlapping edits of every shape: replacements,
    joins across line ends, deletions and inserts, at the start and the very end."""
    source = draw(st.text(alphabet="ab，\n", max_size=60))
    cuts = sorted(draw(st.lists(st.integers(0, len(source)), max_size=12)))
    edits, prev = [], -1
    for a, b in zip(cuts[::2], cuts[1::2]):
        if a < prev or (a == prev and a == b):
            continue
        after = draw(st.text(alphabet="c，\n", max_size=4))
        if a == b and not after:
            continue
        edits.append({"start": a, "end": b, "before": source[a:b], "after": after})
        prev = b
    pieces, cursor = [], 0
    for e in edits:
        pieces += [source[cursor:e["start"]], e["after"]]
        cursor = e["end"]
    text = "".join(pieces) + source[cursor:]
    return SimpleNamespace(source=source, text=text, name="p.txt"), {"edits": edits}


@settings(max_examples=300, deadline=None)
@given(edited_pages())
# (Found by this test: edits that undo each other leave the page as it was, and no diff.)
@example((SimpleNamespace(source="\n\n", text="\n\n", name="p.txt"),
          {"edits": [{"start": 0, "end": 0, "before": "", "after": "\n"},
                     {"start": 1, "end": 2, "before": "\n", "after": ""}]}))
def test_diff_applies_for_any_edits(case):
    page, manifest = case
    diff = diff_report(page, manifest)
    if page.text == page.source:
        assert diff == ""
    else:
        assert apply_diff(page.source, diff) == page.text


# --- both: a long page --------------------------------------------------------------------

@pytest.mark.slow
def test_a_long_page_reports_whole():
    """The sample twenty times over: every edit marked once in report.html, and the diff
    rebuilds the cleaned page. (How the time grows: benchmarks/report_scaling.py.)"""
    page, manifest, html, diff = report(SAMPLE.read_bytes() * 20, SAMPLE.name)
    marked = sorted(a["data-edit-id"] for _, a in Dom(html).having("data-edit-id"))
    assert marked == sorted(str(e["id"]) for e in all_edits(manifest["edits"]))
    assert len(manifest["edits"]) >= 20
    assert apply_diff(page.source, diff) == page.text


# --- the source column is the source; decisions are marked; doubt leads ----------------

def wrapped_report():
    page, manifest, html, _ = report(WRAPPED, "wrapped.txt")
    return SimpleNamespace(page=page, manifest=manifest, html=html, dom=Dom(html))


@pytest.fixture(scope="module")
def wrapped():
    return wrapped_report()


@pytest.mark.parametrize("text", [WRAPPED, BOLD_HEADINGS, HOSTILE, "\n\n正文一句。\n\n\n"],
                         ids=["wrapped", "bold", "hostile", "blank-lines"])
def test_source_column_text_is_the_input(text):
    page, manifest, html, _ = report(text)
    dom = Dom(html)
    assert "".join(dom.source_column) == page.source == text
    for e in all_edits(manifest["edits"]):  # each mark holds exactly the source it replaced
        assert dom.text(f"e{e['id']}") == e["before"], e["rule"]


def test_source_column_of_every_test_page_is_its_source():
    for path in [SAMPLE, *sorted(PAGES.glob("*.txt"))]:
        page, _, html, _ = report(path.read_bytes(), path.name)
        assert "".join(Dom(html).source_column) == page.source, path.name


def test_what_the_cleaner_put_in_is_a_label_not_source_text(wrapped):
    comma = edit_where(wrapped.manifest, "PUN001", lambda e: e["before"] == ",")
    assert wrapped.dom.text(f"e{comma['id']}") == ","
    assert "，" in wrapped.dom.shown(f"e{comma['id']}")
    for e in all_edits(wrapped.manifest["edits"]):
        if e["after"].strip().startswith("#"):
            assert wrapped.dom.text(f"e{e['id']}") == ""  # the '## ' is not in the source
            assert e["after"].strip() in wrapped.dom.shown(f"e{e['id']}")
    assert "## " not in "".join(wrapped.dom.source_column)


def classes_of(dom: Dom) -> dict[str, list[str]]:
    return {a["data-edit-id"]: a["class"].split() for _, a in dom.having("data-edit-id")}


def test_structural_decisions_are_marked_and_never_quiet(wrapped):
    kinds = decisions(wrapped.manifest["edits"], wrapped.page.source, wrapped.page.text)
    assert {"article", "break", "join", "lift"} <= set(kinds.values())
    classes = classes_of(wrapped.dom)
    toggles = {a["data-toggle"]: "checked" in a for _, a in wrapped.dom.having("data-toggle")}
    for eid, kind in kinds.items():
        assert f"d-{kind}" in classes[str(eid)] and "quiet" not in classes[str(eid)], kind
    for e in all_edits(wrapped.manifest["edits"]):
        if e["id"] in kinds:
            assert toggles[e["rule"]], e["rule"]
    # A routine character edit may start quiet: it still shows the source.
    comma = edit_where(wrapped.manifest, "PUN001", lambda e: e["before"] == ",")
    assert "quiet" in classes[str(comma["id"])] and comma["id"] not in kinds


def test_headings_and_article_starts_are_marked_where_they_happen():
    page, manifest, html, _ = report(BOLD_HEADINGS)
    dom = Dom(html)
    markers = [e for e in manifest["edits"] if e["after"] == "## "]
    assert len(markers) == 5
    for e in markers:
        assert "d-heading" in classes_of(dom)[str(e["id"])]
        assert dom.shown(f"e{e['id']}").startswith(f"##{e['rule']}heading")
    # The row of an inferred heading is marked whole.
    assert html.count('class="src r-heading') == 5


def test_decisions_are_read_from_the_edit_shape():
    def one(before, after, source="甲\n乙", text="甲乙", start=1, **extra):
        e = {"id": 0, "rule": "X", "start": start, "end": start + len(before),
             "before": before, "after": after, **extra}
        return decisions([e], source, text).get(0)

    assert one("", "## ", "甲\n乙", "甲\n## 乙", start=2) == "heading"
    assert one("", "# ", "甲", "# 甲", start=0) == "article"
    assert one("\n", "\n\n", text="甲\n\n乙") == "break"
    assert one("\n", "", text="甲乙") == "join"
    assert one("\n", "", "\n乙", "乙", start=0) is None  # white space at the page's start
    assert one("\n\n\n", "\n\n", "甲\n\n\n乙", "甲\n\n乙") is None  # blank lines tidied
    assert one("甲", "", "甲\n乙", "乙", start=0, to="page.banner") == "lift"
    assert one(",", "，", "甲,乙", "甲，乙") is None
    # (a heading's closing '#'s dropped, BLK002: markup, no text lifted)
    assert one(" ##", "", "# 甲 ##\n乙", "# 甲\n乙", start=3) is None


def test_page_flags_lead_the_report_and_the_manifest(wrapped):
    flags = wrapped.manifest["page"]["flags"]
    assert flags == wrapped.page.flags and flags
    html = wrapped.html
    top = html.index('id="page-flags"')
    assert top < html.index('id="check-first"') < html.index("<h2>Articles</h2>")
    for f in flags:
        assert f"{f['code']}</b> {f['message']}" in html[top:html.index('id="check-first"')]
    assert wrapped.manifest["stats"]["page_flags"] == len(flags)


def test_a_page_without_flags_says_nothing_doubtful():
    # (A hand-made page: the sample's paragraphs …帮助村民拓展销 stop mid-sentence, DBT010.)
    _, manifest, html, _ = report("湿地候鸟越冬数量增多\n\n本报记者 王 明\n\n今年以来，长江口湿地"
                                  "观测到的越冬候鸟数量明显增多。\n\n专家介绍，湿地生态修复工程"
                                  "实施以来，滩涂植被逐年恢复。\n".encode(), "calm.txt")
    assert manifest["page"]["flags"] == []
    assert 'id="page-flags"' not in html
    assert "<li>Page flags: none</li>" in html


def test_counts_of_one_are_singular_and_of_others_plural():
    # (the calm page: one article, no flag, and the sample: six articles, one page flag)
    _, manifest, html, _ = report("湿地候鸟越冬数量增多\n\n本报记者 王 明\n\n今年以来，长江口湿地"
                                  "观测到的越冬候鸟数量明显增多。\n".encode(), "calm.txt")
    assert len(manifest["articles"]) == 1 and not manifest["page"]["flags"]
    facts = html[:html.index('id="check-first"')]
    assert "1 article ·" in facts and "0 flags" in facts and "0 page flags" in facts
    assert "<li>Inferred: 1 article;" in html
    _, manifest, html, _ = report(SAMPLE.read_bytes(), "sample.txt")
    assert len(manifest["page"]["flags"]) == 1 and len(manifest["articles"]) > 1
    assert "· 1 page flag ·" in html and "1 page flags" not in html
    assert f"{len(manifest['articles'])} articles ·" in html


def check_first(html: str) -> str:
    start = html.index('id="check-first"')
    return html[start:html.index("</section>", start)]


def test_check_first_counts_inferred_structure_and_names_mid_sentence_headings():
    page, manifest, html, _ = report(BOLD_HEADINGS)
    box = check_first(html)
    assert "5 headings</a>" in box and "article start" not in box  # '# 标题' was printed
    assert "⚠ 1 of 5 inferred headings read like the middle of a sentence" in box
    long = next(e for e in manifest["edits"] if e["after"] == "## " and len(
        page.source[e["end"]:page.source.index("\n", e["end"])]) > 24)
    assert f'href="#e{long["id"]}">' in box  # the chip leads to the heading's mark
    assert "doubt" in classes_of(Dom(html))[str(long["id"])]
    assert "mid-sentence: long" in Dom(html).shown(f"e{long['id']}")
    assert [f["code"] for f in manifest["page"]["flags"]] == ["DBT001", "DBT002"]


def test_low_margin_decisions_are_listed_first(sample):
    """A decision whose evidence clears its threshold narrowly is doubtful: listed in
    Check first and marked where it is."""
    manifest = json.loads(json.dumps(sample.manifest))
    paste = edit_where(manifest, "MOVE001", lambda e: e["before"] == "")
    assert "none" in check_first(html_report(sample.page, manifest)).split("low margin")[1][:40]
    paste["evidence"]["similarity_to_home"] = paste["evidence"]["similarity_to_target"] - 0.02
    html = html_report(sample.page, manifest)
    assert re.search(rf'1 decision with a low margin[^<]*<a class="chip" href="#e{paste["id"]}">'
                     r"MOVE001 [^<]*\(0\.02\)", check_first(html))
    assert "doubt" in classes_of(Dom(html))[str(paste["id"])]
    join = edit_where(manifest, "JOIN002")
    join.setdefault("evidence", {})["margin"] = 0.5  # clear: not listed
    low = check_first(html_report(sample.page, manifest)).split("low margin")[1].split("</li>")[0]
    assert f'href="#e{join["id"]}"' not in low and f'href="#e{paste["id"]}"' in low
