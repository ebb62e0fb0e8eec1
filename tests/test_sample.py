"""The sample page against its hand-checked gold (samples/gold/), through the command line
and the project's scorer."""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from cleaner import clean
from cleaner.evaluate import load_gold, score

from .helpers import SAMPLE, SAMPLE_GOLD, assert_sound


@pytest.fixture(scope="module")
def manifest(tmp_path_factory):
    out = tmp_path_factory.mktemp("out")
    done = subprocess.run([sys.executable, "-m", "cleaner", str(SAMPLE), "-o", str(out),
                           "--report", "none"], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr
    return out / SAMPLE.stem / "articles.json"


def test_sample_scores_perfectly(manifest):
    predicted = json.loads(manifest.read_text(encoding="utf-8"))
    result = score(predicted, load_gold(SAMPLE_GOLD), SAMPLE.read_text(encoding="utf-8"))
    figures = result.figures()
    assert figures["exact_articles"] == figures["gold_articles"] == 6, result.differences
    assert figures["blocks_f1"] == 1.0
    assert figures["lost_chars"] == 0 and figures["added_chars"] == 0
    assert result.exact


def test_sample_articles_written_in_page_order(manifest):
    folder = manifest.parent
    data = json.loads(manifest.read_text(encoding="utf-8"))
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert files == [a["file"] for a in data["articles"]]
    first = (folder / files[0]).read_text(encoding="utf-8")
    assert first.startswith("# " + data["articles"][0]["headline"] + "\n\n")


def test_sample_is_sound():
    assert_sound(clean(SAMPLE.read_bytes(), name=SAMPLE.name))


def test_cleaned_articles_clean_to_themselves():
    page = clean(SAMPLE.read_bytes())
    for article in page.articles:
        text = article.render() + "\n"
        again = clean(text)
        assert again.text == text
        assert again.edits == []


def test_manifest_edit_log_replays_to_the_article_files(manifest):
    """What a user can check with no cleaner code: apply the top-level edits of
    articles.json to the source and get the article files, in page order."""
    data = json.loads(manifest.read_text(encoding="utf-8"))
    source = SAMPLE.read_text(encoding="utf-8")
    out, cursor = [], 0
    for edit in sorted(data["edits"], key=lambda e: (e["start"], e["end"], e["id"])):
        assert source[edit["start"]:edit["end"]] == edit["before"]
        out += [source[cursor:edit["start"]], edit["after"]]
        cursor = edit["end"]
    replayed = "".join(out) + source[cursor:]
    files = [(manifest.parent / a["file"]).read_text(encoding="utf-8") for a in data["articles"]]
    assert replayed == "\n".join(files)
