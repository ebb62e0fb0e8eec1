"""cleaner.evaluate and clean-eval: the same figures as the shared yardstick, totals that
add up, and gold that can start from a cleaned page's articles.json."""
from __future__ import annotations

import json
import shutil

import pytest
from click.testing import CliRunner

from cleaner.eval_cli import main as clean_eval
from cleaner.evaluate import (PageScore, clean_and_score, gold_problem, load_gold, score,
                              total)

from .gold_mutations import MUTATIONS, mutate
from .helpers import PAGES, ROOT, SAMPLE, SAMPLE_GOLD

PINS = json.loads((ROOT / "tests" / "fixtures" / "score_pins.json").read_text("utf-8"))
GOLDS = {"hebei-daily-langfang-page": (SAMPLE_GOLD, SAMPLE)} | {
    p.stem: (p, p.with_suffix(".txt")) for p in sorted(PAGES.glob("*.json"))}


def run(*args):
    result = CliRunner().invoke(clean_eval, [str(a) for a in args])
    return result.exit_code, result.stdout, result.stderr


# --- the same figures as tools/score.py -----------------------------------------------------

def test_every_gold_page_and_mutation_is_pinned():
    keys = {f"{n} {m} {t}" for n in GOLDS for m in MUTATIONS for t in ("types", "text")}
    assert set(PINS["scores"]) == keys
    assert PINS["figures"] == list(PageScore(lost_chars=0, added_chars=0).figures())


# Three pages (one of each kind) in the quick loop, the rest marked slow.
QUICK = {"hebei-daily-langfang-page", "md-renmin-01", "pdf-tw-01"}


@pytest.mark.parametrize("name", [pytest.param(n, marks=[] if n in QUICK else [pytest.mark.slow])
                                  for n in GOLDS])
def test_figures_equal_those_score_py_gave(name):
    """Every mutation of every gold page, scored both ways, gives exactly the figures
    tools/score.py gave (pinned by tests/fixtures/pin_scores.py)."""
    gold_path, txt = GOLDS[name]
    gold = load_gold(gold_path)
    source = txt.read_text(encoding="utf-8")
    for mutation in MUTATIONS:
        for mode in ("types", "text"):
            got = score(mutate(gold, mutation), gold, source, ignore_types=mode == "text")
            expected = dict(zip(PINS["figures"], PINS["scores"][f"{name} {mutation} {mode}"]))
            assert got.figures() == expected, (mutation, mode, got.differences[:5])


def test_mistakes_show_in_the_figures():
    gold = load_gold(SAMPLE_GOLD)
    source = SAMPLE.read_text(encoding="utf-8")
    perfect = score(gold, gold, source)
    assert perfect.exact and perfect.blocks_f1 == 1.0 and perfect.differences == []
    missed = score(mutate(gold, "first-article-missed"), gold, source)
    assert (missed.found_articles, missed.exact_articles) == (5, 5)
    assert missed.lost_chars > 0 and "missing article 1" in missed.differences[0]
    split = score(mutate(gold, "paragraph-split"), gold, source)
    assert split.exact_articles == 5 and split.blocks_f1 < 1.0 and split.lost_chars == 0
    typed = score(mutate(gold, "types-swapped"), gold, source)
    assert typed.blocks_f1 < 1.0
    assert score(mutate(gold, "types-swapped"), gold, source, ignore_types=True).blocks_f1 == 1.0
    width = score(mutate(gold, "headline-half-width"), gold, source)
    assert width.exact  # compared width- and space-insensitively
    invented = score(mutate(gold, "characters-lost-and-invented"), gold, source)
    assert (invented.lost_chars, invented.added_chars) == (5, 3)


def test_total_adds_counts_and_averages_ratios():
    gold = load_gold(SAMPLE_GOLD)
    source = SAMPLE.read_text(encoding="utf-8")
    a = score(gold, gold, source)
    b = score(mutate(gold, "first-article-missed"), gold, source)
    t = total([a, b])
    assert t["pages"] == 2
    assert t["gold_articles"] == 12 and t["exact_articles"] == 6 + 5
    assert t["fields"] == f"{a.field_hits + b.field_hits}/{a.field_total + b.field_total}"
    assert t["blocks_f1"] == round((1.0 + b.blocks_f1) / 2, 4)
    assert t["lost_chars"] == b.lost_chars
    assert total([]) == {"pages": 0, "fields": "0/0", **{k: 1.0 for k in (
        "blocks_precision", "blocks_recall", "blocks_f1", "body_similarity",
        "captions_precision", "captions_recall")}}


# --- clean-eval -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def mutated_gold(tmp_path_factory):
    """The test pages' gold, each page's changed by a different mistake, so that the
    pages score differently and a total is not simply 1.0."""
    folder = tmp_path_factory.mktemp("gold")
    names = list(MUTATIONS)
    for n, (name, (gold_path, _)) in enumerate(GOLDS.items()):
        doc = mutate(load_gold(gold_path), names[n % len(names)])
        (folder / f"{name}.json").write_text(json.dumps(doc, ensure_ascii=False), "utf-8")
    return folder


def test_clean_eval_totals_are_the_pages_figures_added_up(mutated_gold, tmp_path):
    code, out, err = run(mutated_gold, PAGES, SAMPLE, "-o", tmp_path / "out", "--json",
                         "--ignore-types")
    assert code == 0, err
    table = json.loads(out)
    assert table == json.loads((tmp_path / "out" / "scores.json").read_text("utf-8"))
    assert [r["page"] for r in table["pages"]] == sorted(GOLDS.keys() - {SAMPLE.stem}) + [
        SAMPLE.stem]
    pages = []
    for row in table["pages"]:
        gold = load_gold(mutated_gold / f"{row['page']}.json")
        _, _, expected = clean_and_score(row["source"], gold, ignore_types=True)
        assert {k: row[k] for k in expected.figures()} == expected.figures()
        pages.append(expected.figures())
        assert (tmp_path / "out" / row["page"] / "articles.json").is_file()
    t = table["total"]
    assert t["pages"] == len(pages) == len(GOLDS)
    for k in ("gold_articles", "found_articles", "extra_articles", "exact_articles",
              "ordered_articles", "lost_chars", "added_chars"):
        assert t[k] == sum(p[k] for p in pages), k
    for k in ("blocks_precision", "blocks_recall", "blocks_f1", "body_similarity",
              "captions_precision", "captions_recall"):
        assert t[k] == round(sum(p[k] for p in pages) / len(pages), 4), k
    assert t["exact_articles"] < t["gold_articles"] and 0 < t["blocks_f1"] < 1


def test_clean_eval_prints_a_row_a_page_and_the_total(mutated_gold):
    code, out, _ = run(mutated_gold, PAGES / "md-hk-01.txt", PAGES / "pdf-tw-01.txt", "-v")
    assert code == 0
    lines = out.splitlines()
    assert lines[0].split()[:3] == ["page", "exact", "found"]
    assert [ln.split()[0] for ln in lines if ln.startswith(("md-", "pdf-"))] == [
        "md-hk-01", "pdf-tw-01"]
    assert any(ln.startswith("TOTAL (2 pages)") for ln in lines)


def test_a_cleaned_articles_json_is_gold_and_hand_corrections_count(tmp_path):
    """A reviewer's path: clean the page, keep its articles.json (edit log and all) as
    gold, correct it by hand; clean-eval reads it as it stands."""
    page = PAGES / "pdf-renmin-01.txt"
    code, _, err = run(tmp_path / "gold", page, "-o", tmp_path)  # no gold folder yet
    assert code == 2 and "no such folder" in err
    (tmp_path / "gold").mkdir()
    from cleaner.cli import main as clean
    done = CliRunner().invoke(clean, [str(page), "-o", str(tmp_path / "cleaned"),
                                      "--report", "none"])
    assert done.exit_code == 0, done.stderr
    manifest = json.loads((tmp_path / "cleaned" / page.stem / "articles.json").read_text("utf-8"))
    assert manifest["edits"] and manifest["stats"]
    gold = tmp_path / "gold" / f"{page.stem}.json"
    shutil.copy(tmp_path / "cleaned" / page.stem / "articles.json", gold)
    code, out, err = run(tmp_path / "gold", page, "--json")
    assert code == 0, err
    before = json.loads(out)["total"]
    n = len(manifest["articles"])
    assert before["exact_articles"] == before["gold_articles"] == n
    assert before["blocks_f1"] == 1.0 and before["lost_chars"] == before["added_chars"] == 0
    # The reviewer decides the last article's first paragraph was two.
    body = manifest["articles"][-1]["body"]
    first = next(i for i, b in enumerate(body) if b["type"] == "paragraph")
    text = body[first]["text"]
    body[first:first + 1] = [dict(body[first], text=text[:10]), dict(body[first], text=text[10:])]
    del manifest["edits"]
    gold.write_text(json.dumps(manifest, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(tmp_path / "gold", page, "--json")
    after = json.loads(out)["total"]
    assert code == 0, err
    assert after["exact_articles"] == n - 1 and after["blocks_f1"] < 1.0
    assert after["lost_chars"] == 0


def test_a_folder_of_pages_is_scored_in_natural_order(tmp_path):
    # (p2 before p10, as pages are numbered)
    for folder in ("gold", "pages"):
        (tmp_path / folder).mkdir()
    for name in ("p10", "p2", "p1"):
        shutil.copy(PAGES / "md-hk-01.json", tmp_path / "gold" / f"{name}.json")
        shutil.copy(PAGES / "md-hk-01.txt", tmp_path / "pages" / f"{name}.txt")
    code, out, err = run(tmp_path / "gold", tmp_path / "pages", "--json")
    assert code == 0, err
    assert [r["page"] for r in json.loads(out)["pages"]] == ["p1", "p2", "p10"]


def test_pages_without_gold_are_skipped_and_named(tmp_path):
    (tmp_path / "gold").mkdir()
    shutil.copy(PAGES / "md-hk-01.json", tmp_path / "gold")
    code, out, err = run(tmp_path / "gold", PAGES / "md-hk-01.txt", PAGES / "pdf-tw-01.txt",
                         "--json")
    assert code == 0
    assert [r["page"] for r in json.loads(out)["pages"]] == ["md-hk-01"]
    assert "pdf-tw-01.txt: no gold" in err and err.count("\n") == 1
    code, _, err = run(tmp_path / "gold", PAGES / "pdf-tw-01.txt")
    assert code == 2 and err.splitlines()[-1].startswith("clean-eval: no page has gold")


@pytest.mark.parametrize("content, message", [
    ("{not json", "not a JSON gold manifest"),
    ("[1, 2]", "a JSON object"),
    ('{"page": {}}', "no 'articles' list"),
    ('{"articles": [{"headline": 5, "body": []}]}', "headline must be a string"),
    ('{"articles": [{"body": [3]}]}', "a body block"),
    ('{"articles": [], "normalised": [["發"]]}', "'normalised'"),
])
def test_bad_gold_is_one_line_and_exit_2(tmp_path, content, message):
    (tmp_path / "md-hk-01.json").write_text(content, encoding="utf-8")
    code, out, err = run(tmp_path, PAGES / "md-hk-01.txt", "-o", tmp_path / "out")
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and message in err and "Traceback" not in err
    assert not (tmp_path / "out").exists()


def test_gold_problem_accepts_the_contract():
    assert gold_problem(load_gold(SAMPLE_GOLD)) is None
    assert gold_problem({"articles": [{"headline": None, "body": ["正文。"]}]}) is None


def test_never_overwrites_a_scores_json_it_did_not_write(tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    (out / "scores.json").write_text("my own notes\n", encoding="utf-8")
    code, _, err = run(PAGES, PAGES / "md-hk-01.txt", "-o", out)
    assert code == 2 and "not written by clean-eval" in err
    assert (out / "scores.json").read_text(encoding="utf-8") == "my own notes\n"
    assert list(out.iterdir()) == [out / "scores.json"]
    (out / "scores.json").unlink()
    assert run(PAGES, PAGES / "md-hk-01.txt", "-o", out)[0] == 0
    assert run(PAGES, PAGES / "md-hk-01.txt", "-o", out)[0] == 0  # its own: replaced


def test_missing_page_and_same_names_are_errors(tmp_path):
    code, _, err = run(PAGES, tmp_path / "nope.txt")
    assert code == 2 and "nope.txt: no such file or folder" in err
    (tmp_path / "md-hk-01.txt").write_text("# 标题\n\n正文。\n", encoding="utf-8")
    code, _, err = run(PAGES, PAGES / "md-hk-01.txt", tmp_path / "md-hk-01.txt")
    assert code == 2 and "same name" in err


# --- the corpus benchmark's gates (benchmarks/eval_corpus.py, run by .ci/run) ---------------

def test_corpus_benchmark_fails_a_figure_below_its_gate(tmp_path, capsys):
    """A corpus laid out as ../shared/corpus is (CONVERTER/NAME.txt, gold/NAME.json), made
    here of two test pages: gated at what it scores it passes, gated above it fails."""
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from eval_corpus import main as eval_corpus

    corpus = tmp_path / "mini"
    (corpus / "gold").mkdir(parents=True)
    (corpus / "wrapped").mkdir()
    for name in ("pdf-tw-01", "pdf-renmin-01"):
        gold = mutate(load_gold(PAGES / f"{name}.json"), "paragraph-split")
        (corpus / "gold" / f"{name}.json").write_text(json.dumps(gold, ensure_ascii=False),
                                                     encoding="utf-8")
        shutil.copy(PAGES / f"{name}.txt", corpus / "wrapped")
    rows = tmp_path / "rows.json"
    assert eval_corpus(["--corpus", str(corpus), "--json", str(rows)]) == 0
    row = json.loads(rows.read_text(encoding="utf-8"))["mini/wrapped"]
    assert row["pages"] == 2 and row["lost"] == 0 and 0 < row["blocks_f1"] < 1
    assert "mini/wrapped" in capsys.readouterr().out

    def gated(gate: dict) -> int:
        path = tmp_path / "gates.json"
        path.write_text(json.dumps(gate), encoding="utf-8")
        return eval_corpus(["--corpus", str(corpus), "--gate", str(path)])

    at = {"blocks_f1": row["blocks_f1"], "exact_ratio": row["exact_ratio"], "lost": 0,
          "added": 0}
    assert gated({"mini/wrapped": at, "elsewhere/pymupdf": {"lost": 0}}) == 0
    assert gated({"mini/wrapped": dict(at, blocks_f1=row["blocks_f1"] + 0.001)}) == 1
    assert "GATE FAILED mini/wrapped: blocks_f1" in capsys.readouterr().out
    assert gated({"mini/ocr": {"lost": 0}}) == 1  # its corpus was scored: no such converter
    assert gated({"mini/wrapped": {"f1": 0.5}}) == 2


def test_flag_calibration_counts_low_and_high_pages_and_their_flags(tmp_path, capsys):
    """benchmarks/flag_calibration.py on a corpus of two converters' text of one generated
    page: pdfminer.six's, which scores low and carries DBT008, and PyMuPDF's, which scores
    high and carries none."""
    import sys
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from flag_calibration import main as calibrate

    generated = ROOT / "benchmarks" / "corpus" / "generated"
    corpus = tmp_path / "mini"
    (corpus / "gold").mkdir(parents=True)
    shutil.copy(generated / "gold" / "gen-0001.json", corpus / "gold")
    for conv in ("pdfminer", "pymupdf"):
        (corpus / conv).mkdir()
        shutil.copy(generated / conv / "gen-0001.txt", corpus / conv)
    assert calibrate(["--corpus", str(corpus)]) == 0
    out = capsys.readouterr().out.splitlines()
    pdfminer = next(line for line in out if line.startswith("mini/pdfminer"))
    pymupdf = next(line for line in out if line.startswith("mini/pymupdf"))
    assert pdfminer.split()[2:4] == ["1/1", "0/0"] and "DBT008 1" in pdfminer
    assert pymupdf.split()[2:4] == ["0/0", "0/1"] and pymupdf.rstrip().endswith("-")
    assert calibrate(["--corpus", str(tmp_path / "none")]) == 2


@pytest.mark.parametrize("source,output,lost", [
    ("## 要闻\n\n正文。\n", "要闻正文。", ""),        # a heading's marker is markup
    ("#\n\n正文。\n", "正文。", ""),                  # ... a heading's with no text too
    ("#\u3000\n\n正文。\n", "正文。", ""),            # ... blank space round it (blocks)
    ("#\u3000七\n\n正文。\n", "七正文。", "#"),        # a '#' before text with no space is text
    ("####### 七\n\n正文。\n", "七正文。", "#######"),  # seven '#' are text
    ("C#语言。#5\n", "C语言。5", "##"),               # so is a '#' set against a word
    ("# 标题 #\n\n## 小标 ##  \n", "标题小标", ""),     # a closing sequence is the marker's
    ("### ###\n\n正文。\n", "正文。", ""),            # ... all a heading with no text holds
    ("# C#\n\n# 标题#\n", "CC标题", "##"),            # a '#' against the text is text
    ("####### 七 #\n", "七", "########"),            # no heading, no closing sequence
])
def test_a_heading_marker_is_markup_any_other_hash_is_text(source, output, lost):
    """Must: the '#' of a page's text that the output lacks is lost, in the score's check
    and in the tests' (helpers.conservation), where every '#' was taken for markup and its
    loss hidden. Leaves alone: a heading's marker the cleaner drops or sets anew."""
    from cleaner.evaluate import conservation as scored
    from cleaner.model import Page

    from .helpers import conservation

    doc = {"articles": [{"text": output}]}
    assert "".join(sorted(scored(source, doc, {})[0].elements())) == lost
    page = Page(source=source, text=output, articles=[], edits=[], banner=output)
    assert "".join(sorted(conservation(page)[0].elements())) == lost
