"""Predicted manifests made from a gold manifest by the mistakes a cleaner makes.

Each mutation takes a gold manifest and returns a new one, deterministically: an article
missed, two merged, a paragraph split, a headline reworded or printed with half-width
punctuation, a byline lost, captions moved to the page, characters lost or invented, an
extra article, blocks out of order or of the wrong type. Scoring the results exercises
every branch of the scorer; tests/pages/pin_scores.py pins what tools/score.py gives for
them, and tests/test_evaluate.py checks cleaner.evaluate gives the same.
"""
from __future__ import annotations

import copy
from typing import Callable


def _arts(doc: dict) -> list[dict]:
    return doc.setdefault("articles", [])


def _paragraphs(doc: dict):
    for a in _arts(doc):
        for i, b in enumerate(a.get("body") or []):
            if isinstance(b, dict) and b.get("type", "paragraph") == "paragraph":
                yield a, i, b


def identity(doc):
    return doc


def nothing(doc):
    return {"page": {}, "articles": []}


def first_article_missed(doc):
    del _arts(doc)[:1]
    return doc


def extra_article(doc):
    _arts(doc).append({"headline": "本版另有一篇短讯", "body": [
        {"type": "paragraph", "text": "这是一段不属于本版的文字。"},
        {"type": "heading", "text": "小标题"}], "captions": ["多出来的图片说明"]})
    return doc


def headline_reworded(doc):
    for a in _arts(doc):
        if a.get("headline"):
            a["headline"] = a["headline"][:-1] + "了"
    return doc


def headline_half_width(doc):
    """Only width and white space differ: matching ignores both."""
    for a in _arts(doc):
        h = a.get("headline") or ""
        a["headline"] = " ".join(h.replace("，", ",").replace("：", ":").replace("？", "?"))
    return doc


def paragraph_split(doc):
    for a, i, b in _paragraphs(doc):
        text = b["text"]
        if len(text) > 20:
            cut = len(text) // 2
            a["body"][i:i + 1] = [dict(b, text=text[:cut]), dict(b, text=text[cut:])]
            return doc
    return doc


def articles_merged(doc):
    arts = _arts(doc)
    if len(arts) > 1:
        arts[0]["body"] = list(arts[0].get("body") or []) + list(arts[1].get("body") or [])
        del arts[1]
    return doc


def blocks_reversed(doc):
    for a in _arts(doc):
        a["body"] = list(reversed(a.get("body") or []))
    return doc


def types_swapped(doc):
    """Every first block of an article changes type: judged only when types are."""
    for a in _arts(doc):
        body = a.get("body") or []
        if body and isinstance(body[0], dict):
            t = body[0].get("type", "paragraph")
            body[0] = dict(body[0], type="heading" if t == "paragraph" else "paragraph")
    return doc


def bare_string_body(doc):
    for a in _arts(doc):
        a["body"] = [b["text"] if isinstance(b, dict) else b for b in a.get("body") or []]
    return doc


def heads_lost(doc):
    """Byline and summary dropped, kicker and subtitle empty strings (the same as none)."""
    for a in _arts(doc):
        a["byline"] = None
        a.pop("summary", None)
        a["kicker"] = a.get("kicker") or ""
        a["subtitle"] = a.get("subtitle") or ""
    return doc


def captions_moved_and_one_lost(doc):
    moved = []
    for a in _arts(doc):
        moved += a.get("captions") or []
        a["captions"] = []
    page = doc.setdefault("page", {}) or {}
    doc["page"] = page
    page["captions"] = (page.get("captions") or []) + moved[1:]
    return doc


def characters_lost_and_invented(doc):
    for a, i, b in _paragraphs(doc):
        if len(b["text"]) > 10:
            a["body"][i] = dict(b, text="★" + b["text"][5:] + "☆☆")
            return doc
    return doc


def dateline_given_twice(doc):
    """A dateline in its field and at the head of the first paragraph: not invented."""
    for a, i, b in _paragraphs(doc):
        if not a.get("dateline"):
            a["dateline"] = b["text"][:6]
            return doc
    return doc


def page_metadata_lost(doc):
    doc["page"] = {"banner": None, "furniture": [], "captions": []}
    return doc


MUTATIONS: dict[str, Callable[[dict], dict]] = {f.__name__.replace("_", "-"): f for f in (
    identity, nothing, first_article_missed, extra_article, headline_reworded,
    headline_half_width, paragraph_split, articles_merged, blocks_reversed, types_swapped,
    bare_string_body, heads_lost, captions_moved_and_one_lost,
    characters_lost_and_invented, dateline_given_twice, page_metadata_lost)}


def mutate(gold: dict, name: str) -> dict:
    """The predicted manifest `name` makes of `gold` (gold itself is left alone)."""
    return MUTATIONS[name](copy.deepcopy(gold))
