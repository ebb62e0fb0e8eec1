"""The data model: source blocks, edits, articles and the cleaned page.

Provenance is the point of every type here. A `Block` knows its span in the source; an
`Edit` says which rule changed which span of the source, from what to what and why; an
`Article` is assembled from blocks; a `Page` holds the cleaned text, the articles and the
complete edit log, and replaying that log on the source gives the cleaned text back.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from .marks import closing_lookalike


@dataclass(slots=True)
class Edit:
    """One change of the source: `source[start:end]` (== `before`) becomes `after`.

    Top-level edits never overlap; replaying them in order of `start` on the source gives
    the cleaned page text. `children` are the finer edits inside a structural edit (the
    punctuation fixed inside a caption that was moved to the manifest, say): they explain,
    they are not replayed.
    """

    rule: str
    start: int
    end: int
    before: str
    after: str
    reason: str
    kind: str = "text"  # "text" | "structure" | "layout"
    evidence: dict[str, Any] = field(default_factory=dict)
    children: list[Edit] = field(default_factory=list)
    links: list[Edit] = field(default_factory=list)  # the edits this one pairs with
    dest: str | None = None  # where lifted or moved text went, e.g. "articles[0].captions[1]"
    id: int = -1
    seq: int = 0  # creation order, to keep zero-width inserts at one place in order

    def clear_of(self, edits: list[Edit]) -> bool:
        """Whether this edit touches none of the source `edits` change, so it may be made
        beside them (the mends of one stage, each taking what the others left)."""
        return not any(self.start < e.end and e.start < self.end for e in edits)


@dataclass(slots=True)
class Block:
    """A run of non-blank source lines: the unit the classifiers judge.

    `start`/`end` span the block in the source without surrounding blank space;
    `content_start` skips a markdown heading marker (`## `); `lines` are the (start, end)
    spans of its lines, trimmed. `edits` are the in-block edits (character rules, line
    joins) and `text` is the block's content with them applied.
    """

    index: int
    start: int
    end: int
    content_start: int
    level: int  # markdown heading level, 0 when the block is not a markdown heading
    lines: tuple[tuple[int, int], ...]
    text: str = ""
    line_texts: list[str] = field(default_factory=list)
    edits: list[Edit] = field(default_factory=list)
    role: str = "paragraph"
    cue: str = ""  # the rule id that set the role
    evidence: dict[str, Any] = field(default_factory=dict)
    gap_before: int = 0  # blank lines between this block and the one before
    merge_caption: bool = False  # a credit line that completes the caption above it
    continues: bool = False  # printed lines show it goes on with the paragraph before it
    # Why the block starts where it does, in hard-wrapped text: the rule (BLK005, BLK009)
    # and its evidence (the measure, the widths, the line above).
    start_rule: str = ""
    start_evidence: dict[str, Any] = field(default_factory=dict)
    split_by: str = ""  # the rule that split its first line off a printed line (BLK007, CAP005)
    title_lines: int = 0  # printed lines of a title merged into this block (CLS015)
    # In hard-wrapped text, whether its last line filled the measure (a paragraph cut by
    # a column, page or photo) or fell short of it (the paragraph ended there).
    filled: bool | None = None
    cut: bool = False  # a footer or caption cut it after a full line: it goes on after them
    # Decisions about a line break inside the block, by the end of the line above it: why
    # a printed line end that might have ended the paragraph did not (BLK014: OCR dropped
    # a character at a short line's end), or why a gap inside the line above was not read
    # as two printed lines (BLK013: a caption's credit runs on across the break). The
    # edit that joins the two lines shows them.
    line_evidence: dict[int, dict[str, Any]] = field(default_factory=dict)
    # BLK008: on a double-spaced page (pdfminer.six writes a blank line after each text box,
    # none inside a box of several lines), the starts of the page's lines that open a text
    # box (the page's, shared by its blocks); None on any other page.
    box_starts: frozenset[int] | None = None

    def opens_box(self) -> bool | None:
        """Whether the block's first line opens a text box (None: the page shows no boxes)."""
        return None if self.box_starts is None else self.lines[0][0] in self.box_starts


def one_box(blocks: list[Block], i: int, j: int) -> bool:
    """Whether blocks i to j (inclusive) fill one text box between them, on a page of
    boxes (BLK008): the first opens it, no later line of theirs opens another, and the
    block after them (if any) opens the next."""
    starts = blocks[i].box_starts
    if starts is None or not blocks[i].opens_box():
        return False
    if any(s in starts for n in range(i, j + 1) for s, _ in blocks[n].lines[n == i:]):
        return False
    return j + 1 >= len(blocks) or blocks[j + 1].lines[0][0] in starts


@dataclass(slots=True)
class BodyBlock:
    type: str  # "paragraph" | "heading" | "table" (a markdown pipe table, a row a line)
    text: str
    spans: list[tuple[int, int]]


def heading_line(marker: str, text: str) -> str:
    """A markdown heading's line: its marker and text, and a closing sequence (' #') where
    the text ends in '#'s a reader would take for one (marks.closing_lookalike)."""
    return marker + text + (" #" if closing_lookalike(text) else "")


@dataclass(slots=True, repr=False)
class Article:
    headline: str | None
    kicker: str | None = None
    subtitle: str | None = None
    byline: str | None = None
    dateline: str | None = None
    summary: str | None = None
    body: list[BodyBlock] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    flags: list[dict[str, Any]] = field(default_factory=list)
    jumps: list[str] = field(default_factory=list)
    file: str = ""

    def render(self) -> str:
        """The article as its text file shows it: markdown headline, then the body."""
        parts = [heading_line("# ", self.headline)] if self.headline is not None else []
        parts += [heading_line("## ", b.text) if b.type == "heading" else b.text
                  for b in self.body]
        return "\n\n".join(parts)

    @property
    def text(self) -> str:
        """The article as plain text: headline, then the body's paragraphs and section
        headings, a blank line apart; no markdown marks."""
        parts = [self.headline] if self.headline is not None else []
        return "\n\n".join(parts + [b.text for b in self.body])

    def __repr__(self) -> str:
        return (f"Article(headline={_short(self.headline)}, blocks={len(self.body)}, "
                f"captions={len(self.captions)}, flags={len(self.flags)})")


@dataclass(slots=True, repr=False)
class Page:
    source: str  # the decoded input text, exactly; the layout edits refer to it
    text: str  # the cleaned page: every article rendered, in page order
    articles: list[Article]
    edits: list[Edit]
    banner: str | None = None
    furniture: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    input: dict[str, Any] = field(default_factory=dict)
    script: dict[str, Any] = field(default_factory=dict)
    name: str = ""
    # Set, and the page empty, when the input could not be cleaned (clean_many with
    # errors="flag"): {"type": "InputError", "message": "record 7: the text is empty"}.
    error: dict[str, str] | None = None
    rules: Any = None  # the RuleSet the page was cleaned with (a paper's profile included)
    # What makes the cleaner unsure of the page as a whole: {"code": rule id, "message":
    # one line for a reviewer, ...evidence}, e.g. a rule stopped on the page (its pattern
    # ran past the time limit) or DBT001-DBT013. The manifest's page.flags; the report's top.
    flags: list[dict[str, Any]] = field(default_factory=list)
    # The reading order: `layout` edits (kind "layout", LAY rules) of `source`, and
    # `ordered` = replay(source, layout), the text `edits` refer to. Without layout edits
    # `ordered` is `source`: replay(replay(source, layout), edits) == text.
    layout: list[Edit] = field(default_factory=list)
    ordered: str | None = None

    def __post_init__(self) -> None:
        if self.ordered is None:
            self.ordered = self.source

    def flag(self, code: str, message: str, **evidence: Any) -> dict[str, Any]:
        """Add a page flag: `code` is the id of the rule that raised it (DBT001), `message`
        says what a reviewer should check, `evidence` the figures behind it (JSON values)."""
        entry = {"code": code, "message": message, **evidence}
        self.flags.append(entry)
        return entry

    @property
    def ok(self) -> bool:
        """True unless the input could not be cleaned (see `error`)."""
        return self.error is None

    def to_dict(self) -> dict[str, Any]:
        """The manifest, as articles.json holds it (see cleaner/manifest.schema.json)."""
        from .manifest import to_dict

        return to_dict(self)

    def to_json(self, *, indent: int | None = None) -> str:
        """The manifest as JSON text (UTF-8 characters kept as they are)."""
        import json

        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    def __repr__(self) -> str:
        if self.error:
            return f"Page(name={self.name!r}, error={self.error['message']!r})"
        return (f"Page(name={self.name!r}, articles={len(self.articles)}, "
                f"edits={len(self.edits)}, chars={len(self.source)}->{len(self.text)})")


def _short(text: str | None, width: int = 24) -> str:
    if text is None or len(text) <= width:
        return repr(text)
    return repr(text[:width] + "…")
