"""The Python API as a pipeline step uses it: manifests as dicts and JSON, plain and
markdown article text, clean_many in order with errors raised or flagged, short reprs,
errors that name the record, and a schema whose counts add up."""
from __future__ import annotations

import io
import json
from importlib import resources

import pytest

from cleaner import InputError, Page, clean, clean_many
from cleaner.manifest import to_dict
from cleaner.output import manifest_json, write_manifest

from .conftest import check_manifest
from .helpers import PAGES, SAMPLE

PAGE = "# 标题\n\n本报讯（记者 王五）今天,天气晴。\n\n## 小标题\n\n第二段。\n"


def test_to_dict_and_to_json_are_the_manifest():
    page = clean(SAMPLE.read_bytes(), name=SAMPLE.name)
    assert page.to_dict() == to_dict(page)
    assert json.loads(page.to_json()) == page.to_dict()
    assert "\\u" not in page.to_json()  # Chinese stays readable
    assert page.to_json(indent=1).count("\n") > 100


@pytest.mark.parametrize("value", [
    {}, [], (), {"a": []}, {"a": {}}, [[[]]], {"a": [1, -2, 2.5, -0.0, 1e300, 2 ** 70]},
    {"t": True, "f": False, "n": None}, {"s": '标题\n\t"\\ \u2028\x00\u3000'},
    {"tuple": (1, [2, {"x": (3,)}])},
    # json's own spellings (manifest_json leaves them to json): keys that are no strings,
    # numbers that are no JSON numbers
    {1: "a", None: "b", 2.5: "c", True: "d"}, {"nan": float("nan")}, [float("-inf")],
    {"edits": [{"id": 0}, {"evidence": {"score": float("inf")}}]}, {"a": [], 3: []},
])
def test_manifest_json_writes_what_json_writes(value, tmp_path):
    assert manifest_json(value) == json.dumps(value, ensure_ascii=False, indent=1)
    # (and the writer of articles.json, which writes it a list entry at a time; the
    # numbers json spells its own way found after the first entry is written)
    path = tmp_path / "articles.json"
    with open(path, "w", encoding="utf-8") as f:
        write_manifest(value, f)
    assert path.read_text(encoding="utf-8") == json.dumps(value, ensure_ascii=False,
                                                          indent=1) + "\n"


def test_manifest_json_of_real_manifests_is_json_s():
    for path in [SAMPLE, *sorted(PAGES.glob("*.txt"))]:
        manifest = to_dict(clean(path.read_bytes(), name=path.name))
        assert manifest_json(manifest) == json.dumps(manifest, ensure_ascii=False, indent=1)
        written = io.StringIO()
        write_manifest(manifest, written)
        assert written.getvalue() == manifest_json(manifest) + "\n"


def test_article_text_is_plain_and_render_is_markdown():
    (article,) = clean(PAGE).articles
    assert article.render() == "# 标题\n\n本报讯（记者 王五）今天，天气晴。\n\n## 小标题\n\n第二段。"
    assert article.text == "标题\n\n本报讯（记者 王五）今天，天气晴。\n\n小标题\n\n第二段。"


def test_reprs_are_short():
    page = clean(SAMPLE.read_bytes(), name="p.txt")
    assert len(repr(page)) < 100 and repr(page).startswith("Page(name='p.txt', articles=6")
    assert all(len(repr(a)) < 120 for a in page.articles)
    assert "…" in repr(page.articles[0])  # the long headline is cut


@pytest.mark.parametrize("text,kind,message", [
    ("", InputError, "record 9: the text is empty"),
    (" \n\t", InputError, "record 9: the text holds only white space"),
    ("\x00" * 50 + "字", InputError, "record 9: this looks like binary data, not text"),
    (None, TypeError, "record 9: the page must be str or bytes, not NoneType"),
    (17, TypeError, "record 9: the page must be str or bytes, not int"),
])
def test_bad_records_name_the_record_not_a_file(text, kind, message):
    with pytest.raises(kind) as caught:
        clean(text, name="record 9")
    assert str(caught.value) == message
    with pytest.raises(kind):
        clean(text)


def test_clean_many_keeps_order_with_jobs_and_matches_clean():
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))] * 2
    pages = list(clean_many(texts, jobs=2))
    assert [p.name for p in pages] == [f"record {n}" for n in range(len(texts))]
    for n, (text, page) in enumerate(zip(texts, pages)):
        alone = clean(text, name=f"record {n}")
        assert page.to_dict() == alone.to_dict()
        assert page.rules is not None and page.rules.profile == alone.rules.profile


def test_clean_many_raises_at_the_bad_record_by_default():
    got = []
    with pytest.raises(InputError, match="record b: the text is empty"):
        for page in clean_many([("a", PAGE), ("b", ""), ("c", PAGE)], jobs=2):
            got.append(page.name)
    assert got == ["record a"]


def test_clean_many_flags_bad_records_and_goes_on():
    pages = list(clean_many([("a", PAGE), ("b", ""), ("c", None), ("d", PAGE)],
                            errors="flag", jobs=2))
    assert [p.ok for p in pages] == [True, False, False, True]
    assert pages[1].error == {"type": "InputError", "message": "record b: the text is empty"}
    assert pages[2].error["type"] == "TypeError"
    assert pages[1].articles == [] and "error" in repr(pages[1])
    check_manifest(pages[1].to_dict(), "an error page")
    with pytest.raises(ValueError):
        list(clean_many([PAGE], errors="ignore"))


def test_clean_many_refuses_a_record_of_the_wrong_shape_as_a_bad_record():
    """Must: an (id, text, extra) tuple or an [id, text] list is a bad record, flagged
    with its number and what a record is (it raised Python's unpacking ValueError, with
    no record named, even with errors="flag"). Must not: the pairs around it change."""
    records = [("a", PAGE), ("b", PAGE, "extra"), ["c", PAGE], ("d", PAGE)]
    pages = list(clean_many(records, errors="flag"))
    assert [p.ok for p in pages] == [True, False, False, True]
    assert pages[1].error["type"] == "TypeError"
    assert pages[1].error["message"].startswith("record 1: a tuple of 3, where a page is")
    assert pages[2].error["message"].startswith("record 2: a list of 2, where a page is")
    assert pages[3].to_dict() == clean(PAGE, name="record d").to_dict()
    with pytest.raises(TypeError, match="record 1: a tuple of 3"):
        list(clean_many(records[:2]))


def test_py_typed_and_schema_ship_in_the_package():
    files = resources.files("cleaner")
    assert files.joinpath("py.typed").is_file()
    schema = json.loads(files.joinpath("manifest.schema.json").read_text(encoding="utf-8"))
    assert schema["properties"]["version"]["const"] == to_dict(clean(PAGE))["version"]


def test_stats_add_up_and_a_drifting_manifest_fails_the_schema():
    manifest = clean(SAMPLE.read_bytes()).to_dict()
    stats = manifest["stats"]
    assert stats["nested_edits"] > 0  # the sample has edits inside structural edits
    assert sum(stats["edits_by_rule"].values()) == stats["edits"] + stats["nested_edits"]
    check_manifest(manifest, "the sample")
    for broken in ({**manifest, "articles": [{"headline": 3}]},
                   {**manifest, "stats": {**stats, "edits": stats["edits"] + 1}},
                   {k: v for k, v in manifest.items() if k != "edits"}):
        with pytest.raises(AssertionError):
            check_manifest(broken, "a broken manifest")


def test_page_is_importable_for_typing():
    assert Page.__slots__ and "error" in Page.__slots__
