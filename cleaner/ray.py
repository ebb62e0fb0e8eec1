"""The cleaner as a step of a Ray Data pipeline, for corpora past one machine.

    pip install 'cleaner[ray]'

    import ray
    from cleaner.ray import Cleaner

    ray.init()                                   # or ray.init(address="auto") on a cluster
    ds = ray.data.read_json("pages/*.jsonl")     # records {"id": ..., "text": ...}
    ds = ds.map_batches(Cleaner, batch_format="pyarrow", concurrency=4)
    ds.write_json("articles/")

`Cleaner` is a callable class, so Ray runs it in actors and each actor loads the rules
once. Each input row (its `id` and `text` columns; the names can be changed) gives one row
per article: the input's other columns, `article` (1, 2, …), `file`, `headline`,
`kicker`, `subtitle`, `byline`, `dateline`, `summary`, the article's plain text (in the
text column), `captions`, `jumps`, `flags` (a JSON list, as text, so every block has the
same schema) and `error` (null). A page that cannot be cleaned is kept as one row with
its `error` and no article fields; a page with no article as one row with article 0.
The rows are those `cleaner.stream.article_records` makes of `clean_many`'s pages.
"""
from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

import pyarrow as pa

from .errors import CleanerError
from .pipeline import clean
from .registry import RuleSet
from .stream import article_records, error_page, record_name

ARTICLE_FIELDS = [
    ("article", pa.int32()), ("file", pa.string()), ("headline", pa.string()),
    ("kicker", pa.string()), ("subtitle", pa.string()), ("byline", pa.string()),
    ("dateline", pa.string()), ("summary", pa.string()),
]
LIST_FIELDS = [("captions", pa.list_(pa.string())), ("jumps", pa.list_(pa.string()))]


class Cleaner:
    """A map_batches-ready callable: a batch of pages in (pyarrow, pandas or numpy
    batches), a pyarrow table of article rows out."""

    def __init__(self, *, id_column: str = "id", text_column: str = "text",
                 rules: Iterable[str] = (), disable: Iterable[str] = (),
                 profile: str = "auto", script: str = "auto"):
        self.id_column, self.text_column, self.script = id_column, text_column, script
        # Once per actor: every batch this actor gets is cleaned with these rules.
        self.rules = RuleSet.load(tuple(rules), tuple(disable),
                                  profile=None if profile == "none" else profile)

    def __call__(self, batch: Any) -> pa.Table:
        table = _as_table(batch)
        if self.text_column not in table.column_names:
            raise KeyError(f"no {self.text_column!r} column; the columns are "
                           f"{', '.join(table.column_names)} (see Cleaner(text_column=...))")
        kept = [c for c in table.column_names if c != self.text_column]
        if self.id_column not in kept:
            kept.append(self.id_column)
        columns = {c: table.column(c).to_pylist() if c in table.column_names
                   else [None] * table.num_rows for c in kept}
        rows = []
        for i, text in enumerate(table.column(self.text_column).to_pylist()):
            extra = {c: columns[c][i] for c in kept}
            page = self.page(extra[self.id_column], text)
            for record in article_records(page, extra[self.id_column],
                                          id_field=self.id_column,
                                          text_field=self.text_column, extra=extra):
                if "flags" in record:
                    record["flags"] = json.dumps(record["flags"], ensure_ascii=False)
                rows.append(record)
        schema = pa.schema(
            [table.schema.field(c) if c in table.column_names else pa.field(c, pa.string())
             for c in kept]
            + [pa.field(n, t) for n, t in ARTICLE_FIELDS]
            + [pa.field(self.text_column, pa.string())]
            + [pa.field(n, t) for n, t in LIST_FIELDS]
            + [pa.field("flags", pa.string()), pa.field("error", pa.string())])
        return pa.Table.from_pylist(rows, schema=schema)

    def page(self, record_id: Any, text: Any):
        """The cleaned page of one row, or the error page it gives."""
        name = record_name(record_id)
        try:
            return clean(text, rules=self.rules, script=self.script, name=name)
        except (CleanerError, TypeError) as exc:
            return error_page(str(exc), type(exc).__name__, name=name)
        except Exception as exc:  # a bug: this row fails, the dataset goes on
            return error_page(f"{name}: internal error ({type(exc).__name__}: {exc}); "
                              "please report it with the page", "InternalError", name=name)


def _as_table(batch: Any) -> pa.Table:
    if isinstance(batch, pa.Table):
        return batch
    if isinstance(batch, dict):  # numpy batches: column name -> array
        return pa.table({k: list(v) for k, v in batch.items()})
    return pa.Table.from_pandas(batch, preserve_index=False)  # pandas batches
