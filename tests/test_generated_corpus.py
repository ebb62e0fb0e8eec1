"""The committed generated corpora (benchmarks/corpus/generated*) are self-consistent.

The pages there are real converter output of composed pages; their gold comes from the
composition. These tests need no converter: they check that every converter's text has
a gold that follows the manifest contract and holds exactly the text's non-space
characters (a converter's "normalised" substitutions applied, the dateline counted once,
as the scorer counts), so a gate scored on this corpus can reach 0 lost, 0 added.
"""
from __future__ import annotations

import json
import unicodedata
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parents[1] / "benchmarks" / "corpus"
CORPUS = HERE / "generated"  # the PDF converters, sharing the composition's gold
OCR = HERE / "generated-tesseract"  # the OCR, with the gold projected onto its characters
CONVERTERS = ("pymupdf", "pymupdf-sort", "pymupdf-blocks", "pdfminer", "pdfium",
              "pdftotext", "pdftotext-layout", "tesseract")
FIELDS = ("headline", "kicker", "subtitle", "byline", "dateline", "summary")
NAMES = sorted(p.stem for p in (CORPUS / "gold").glob("*.json"))
CASES = [(c, n) for c in CONVERTERS for n in NAMES]


def corpus_of(converter: str) -> Path:
    return OCR if converter == "tesseract" else CORPUS


def gold_for(converter: str, name: str) -> dict:
    path = corpus_of(converter) / "gold" / f"{name}.json"
    return json.loads(path.read_text(encoding="utf-8"))


def printed(gold: dict) -> str:
    """Every string of the gold once: the dateline field repeats its paragraph's head."""
    page = gold["page"]
    parts = [page.get("banner") or ""] + page["furniture"] + page["captions"]
    for a in gold["articles"]:
        parts += [a[f] or "" for f in FIELDS if f != "dateline"]  # summary is null here
        parts += [b["text"] for b in a["body"]] + a["captions"]
    return "".join(parts)


def nonspace(s: str) -> Counter:
    return Counter(c for c in s if not c.isspace())


def test_the_corpus_is_there():
    assert len(NAMES) >= 8
    for conv in CONVERTERS:
        assert sorted(p.stem for p in (corpus_of(conv) / conv).glob("*.txt")) == NAMES, conv
    assert sorted(p.stem for p in (OCR / "gold").glob("*.json")) == NAMES


@pytest.mark.parametrize("converter,name", CASES)
def test_gold_holds_exactly_the_converters_characters(converter, name):
    raw = (corpus_of(converter) / converter / f"{name}.txt").read_bytes().decode("utf-8")
    gold = gold_for(converter, name)
    src = nonspace(raw)
    for before, after in gold.get("normalised", []):
        assert len(before) == len(after)
        for b, a in zip(before, after):
            assert src[b] > 0, f"normalised pair {b}->{a}: {b} is not in the text"
            src[b] -= 1
            src[a] += 1
    src = +src
    held = nonspace(printed(gold))
    assert src - held == Counter(), f"in the text, not in the gold: {''.join((src - held).elements())[:80]}"
    assert held - src == Counter(), f"in the gold, not in the text: {''.join((held - src).elements())[:80]}"


@pytest.mark.parametrize("converter,name", CASES)
def test_gold_follows_the_contract(converter, name):
    gold = gold_for(converter, name)
    assert set(gold["page"]) == {"banner", "furniture", "captions"}
    assert gold["articles"]
    for a in gold["articles"]:
        assert set(FIELDS) | {"body", "captions"} <= set(a)
        # the OCR can lose a headline entirely (its gold then has none); a PDF cannot
        assert a["headline"] or converter == "tesseract", "every article has a headline"
        assert a["body"] or converter == "tesseract"
        assert all(b["type"] in ("paragraph", "heading") and b["text"] for b in a["body"])
        if a["dateline"]:
            assert a["body"][0]["text"].startswith(a["dateline"])
        for s in [a[f] for f in FIELDS if a[f]] + [b["text"] for b in a["body"]] + a["captions"]:
            assert s == s.strip() and unicodedata.is_normalized("NFC", s)


def test_ocr_gold_keeps_the_pages_structure():
    """The OCR gold is the composition's articles and blocks, in the OCR's characters."""
    for name in NAMES:
        base = json.loads((CORPUS / "gold" / f"{name}.json").read_text(encoding="utf-8"))
        ocr = gold_for("tesseract", name)
        assert 0 < len(ocr["articles"]) <= len(base["articles"])
        blocks = sum(len(a["body"]) for a in base["articles"])
        assert blocks * 0.9 <= sum(len(a["body"]) for a in ocr["articles"]) <= blocks


def test_a_title_line_leaving_a_quotation_open_wraps_onto_the_line_closing_it():
    """CLS015 on pdfminer.six's text of the committed gen-0007: the title's first line leaves
    a quotation open (“开放的中国为世界经济发展带来巨大机) over the line whose first mark
    closes it (遇”（国际人士看中国“十四五”成就）): one headline, no kicker."""
    from cleaner import clean

    page = clean((CORPUS / "pdfminer" / "gen-0007.txt").read_text(encoding="utf-8"))
    heads = [(a.kicker, a.headline) for a in page.articles if "开放的中国" in a.headline]
    assert heads == [(None, "“开放的中国为世界经济发展带来巨大机遇”（国际人士看中国“十四五”成就）")]


def test_a_title_s_open_quotation_is_not_weighed_on_a_page_set_in_ocr_s_blocks(monkeypatch):
    """CLS015's `join_open_quotations` weighs a page set in OCR's blocks by its marks'
    places only, not their count (OCR reads a closing quotation mark as an opening one now
    and then): the page above, taken for one so, keeps its kicker (the lower line holds
    more marks than the closing one). `set_in_ocr_blocks` tells such a page (runs of lines
    a blank line apart) from text written line after line and from pdfminer.six's blank
    line after every line."""
    from cleaner import clean, pipeline, titles
    from cleaner.blocks import set_in_ocr_blocks
    from cleaner.registry import default_rules

    counts = {}

    def both(blocks, rules, style, ocr=False):
        # the blocks as the pipeline hands them on, joined as a page of each kind would be
        counts[True] = len(titles.join_open_quotations(list(blocks), rules, style, ocr=True))
        out = titles.join_open_quotations(blocks, rules, style)
        counts[False] = len(out)
        return out

    monkeypatch.setattr(pipeline, "join_open_quotations", both)
    # (CLS017 joins that title first, its lines filling a box of their own: left out here,
    # so that the quotation's lines reach join_open_quotations apart)
    monkeypatch.setattr(pipeline, "join_wrapped_titles", lambda blocks, *a, **k: blocks)
    clean((CORPUS / "pdfminer" / "gen-0007.txt").read_text(encoding="utf-8"))
    assert counts[False] < counts[True]
    rules = default_rules()
    lines = [f"第{n}行的文字写在这里" for n in range(30)]
    assert not set_in_ocr_blocks("\n".join(lines) + "\n", rules)
    assert not set_in_ocr_blocks("\n\n".join(lines) + "\n", rules)
    ocr = "\n\n".join("\n".join(lines[k:k + 5]) for k in range(0, 30, 5)) + "\n"
    assert set_in_ocr_blocks(ocr, rules)
    assert set_in_ocr_blocks((OCR / "tesseract" / "gen-0007.txt").read_text(encoding="utf-8"), rules)
