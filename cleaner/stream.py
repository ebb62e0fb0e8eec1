"""JSON Lines in, JSON Lines out: the cleaner as a step of someone else's pipeline.

Each input line is a record `{"id": ..., "text": ...}` (the field names can be changed);
its other fields pass through to every record made from it. Out comes, per input record,
either one record per article (`per="article"`: the page's id, the article's fields, its
plain text and flags) or one record holding the page's manifest (`per="page"`). A record
that cannot be cleaned (not JSON, no text, empty, binary) becomes one error record
`{"id": ..., "error": "..."}` and the stream goes on.

    >>> lines = to_records(json.dumps({"id": 7, "text": "# 标题\\n\\n正文。"}), 1,
    ...                    Settings(), rules=None)
    >>> json.loads(lines[0][0])["headline"]
    '标题'
"""
from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from .errors import CleanerError
from .manifest import to_dict
from .model import Page
from .pipeline import clean
from .registry import RuleSet

PER = ("article", "page")


@dataclass(frozen=True, slots=True)
class Settings:
    id_field: str = "id"
    text_field: str = "text"
    per: str = "article"
    script: str = "auto"


def article_records(page: Page, record_id: Any, *, id_field: str = "id",
                    text_field: str = "text", extra: dict | None = None) -> list[dict]:
    """One record per article: the page's id, the article's number (from 1) and fields,
    its plain text and its flags; `extra` fields first (they pass through). A page that
    failed gives one record with its `error`; a page with no article, one record with
    article 0 and empty text, so no input record vanishes from the output."""
    base = dict(extra or {})
    base[id_field] = record_id
    if page.error:
        return [{**base, "error": page.error["message"]}]
    if not page.articles:
        return [{**base, "article": 0, "file": None, "headline": None, text_field: "",
                 "flags": []}]
    return [{**base, "article": n, "file": a.file, "headline": a.headline,
             "kicker": a.kicker, "subtitle": a.subtitle, "byline": a.byline,
             "dateline": a.dateline, "summary": a.summary, text_field: a.text,
             "captions": list(a.captions), "jumps": list(a.jumps), "flags": list(a.flags)}
            for n, a in enumerate(page.articles, 1)]


def page_record(page: Page, record_id: Any, *, id_field: str = "id",
                extra: dict | None = None) -> dict:
    """One record per page: its id and its manifest (or its error)."""
    base = dict(extra or {})
    base[id_field] = record_id
    if page.error:
        return {**base, "error": page.error["message"]}
    return {**base, "manifest": to_dict(page)}


def record_name(record_id: Any, line: int | None = None) -> str:
    """How errors name a record: by its id, and its line in the input when known."""
    where = f" (line {line})" if line is not None else ""
    if record_id is None:
        return f"line {line}" if line is not None else "record"
    return f"record {record_id}{where}"


def to_records(raw: str | bytes | dict, line: int, settings: Settings,
               rules: RuleSet | None) -> tuple[list[str], str | None]:
    """Clean one input line, or the record it holds where it was parsed already: (the
    output lines, the one-line error or None)."""
    s = settings
    record_id, extra = None, {}
    try:
        record = raw if isinstance(raw, dict) else read_record(raw, line)
        record_id = record.get(s.id_field)
        extra = {k: v for k, v in record.items() if k != s.text_field}
        name = record_name(record_id, line)
        if s.text_field not in record:
            raise CleanerError(f"{name}: no {s.text_field!r} field{fields_of(record)}")
        text = record[s.text_field]
        if not isinstance(text, str):
            raise CleanerError(f"{name}: {s.text_field!r} must be a string, not "
                               f"{_json_type(text)}")
        page = clean(text, rules=rules, script=s.script, name=name)
        error = None
    except CleanerError as exc:
        page, error = error_page(str(exc), type(exc).__name__), str(exc)
    except Exception as exc:  # a bug: this record fails, the stream goes on
        error = (f"{record_name(record_id, line)}: internal error ({type(exc).__name__}: "
                 f"{exc}); please report it with the record")
        page = error_page(error, "InternalError")
    if s.per == "page":
        out = [page_record(page, record_id, id_field=s.id_field, extra=extra)]
    else:
        out = article_records(page, record_id, id_field=s.id_field, text_field=s.text_field,
                              extra=extra)
    return [json.dumps(r, ensure_ascii=False) for r in out], error


class Overlong(bytes):
    """The start of an input line longer than the limit (`capped_lines`), the rest read
    past and not kept: one error record, where the whole line would have been held in
    memory however long it ran."""

    __slots__ = ()


def capped_lines(f, limit: int, chunk: int = 1 << 20) -> Iterator[bytes]:
    """The lines of the binary file `f`, each read whole when it is at most `limit` bytes;
    a longer line comes as `Overlong` (its first bytes) once the rest of it is read past in
    `chunk`-sized pieces, so memory stays bounded by the limit whatever the input holds.

    >>> import io
    >>> [type(x).__name__ for x in capped_lines(io.BytesIO(b"ab\\n" + b"x" * 9 + b"\\ncd"), 4)]
    ['bytes', 'Overlong', 'bytes']
    """
    while True:
        line = f.readline(limit + 1)
        if not line:
            return
        if len(line) <= limit or line.endswith(b"\n") and len(line) == limit + 1:
            yield line
            continue
        rest = line
        while rest and not rest.endswith(b"\n"):
            rest = f.readline(chunk)
        yield Overlong(line[:200])


def read_record(raw: str | bytes, line: int) -> dict:
    """The JSON object an input line holds, or CleanerError with a one-line reason (not
    UTF-8, not JSON, not an object, longer than the limit: `Overlong`).

    A byte order mark opening the input (line 1), which Windows tools write before UTF-8,
    is not part of the record.

    >>> read_record(b'{"id": 1}\\n', 1)
    {'id': 1}
    >>> read_record(b'\\xef\\xbb\\xbf{"id": 1}\\n', 1)
    {'id': 1}
    """
    if isinstance(raw, Overlong):
        raise CleanerError(f"line {line}: a record longer than --max-bytes; raise "
                           "--max-bytes to clean it")
    if isinstance(raw, bytes):
        try:
            raw = raw.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise CleanerError(f"line {line}: not UTF-8 (byte {exc.start}); JSON Lines "
                               "must be UTF-8 text") from None
    if line == 1:
        raw = raw.removeprefix("\ufeff")
    try:
        record = json.loads(raw.rstrip("\r\n"))
    except json.JSONDecodeError as exc:
        raise CleanerError(f"line {line}: not a JSON record ({exc.msg}, column "
                           f"{exc.colno})") from None
    if not isinstance(record, dict):
        raise CleanerError(f"line {line}: a record must be a JSON object, not "
                           f"{type(record).__name__}")
    return record


def fields_of(record: dict, shown: int = 5) -> str:
    """The fields a record has, to say beside a field it lacks (a field name given wrong,
    `body` for `text`, is seen at once).

    >>> fields_of({"url": 1, "body": 2}), fields_of({})
    (' (its fields: url, body)', ' (it has no field)')
    """
    if not record:
        return " (it has no field)"
    names = ", ".join(list(record)[:shown]) + (", …" if len(record) > shown else "")
    return f" (its fields: {names})"


def error_page(message: str, kind: str = "InputError", name: str = "") -> Page:
    """The page a record that could not be cleaned comes back as (errors="flag")."""
    return Page(source="", text="", articles=[], edits=[], name=name,
                error={"type": kind, "message": message})


class LineCleaner:
    """A picklable function of (line number, raw line or its record) for batch workers."""

    def __init__(self, settings: Settings, rules: RuleSet):
        self.settings, self.rules = settings, rules

    def __call__(self, item: tuple[int, bytes | dict]) -> tuple[list[str], str | None]:
        return to_records(item[1], item[0], self.settings, self.rules)


def error_record(item: tuple[int, bytes | dict], settings: Settings, how: str
                 ) -> tuple[list[str], str]:
    """The error record of a line (or the record it holds) whose worker died while
    cleaning it."""
    line, raw = item
    record_id, extra = None, {}
    try:
        record = raw if isinstance(raw, dict) else json.loads(raw)
        if isinstance(record, dict):
            record_id = record.get(settings.id_field)
            extra = {k: v for k, v in record.items() if k != settings.text_field}
    except ValueError:
        pass
    error = f"{record_name(record_id, line)}: the worker cleaning it died ({how})"
    return [json.dumps({**extra, settings.id_field: record_id, "error": error},
                       ensure_ascii=False)], error


def numbered_lines(stream: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """(line number, line) for every line that is not blank."""
    for n, line in enumerate(stream, 1):
        if line.strip():
            yield n, line


def _json_type(value: Any) -> str:
    return {bool: "a boolean", int: "a number", float: "a number", list: "a list",
            dict: "an object", type(None): "null"}.get(type(value), type(value).__name__)
