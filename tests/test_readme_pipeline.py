"""The README's "Use it in a pipeline" examples, run as written: the shell lines in a
folder with the files they name, the Python ones with exec (datasets as `datasets.map`
would call the function, without installing it; Ray on a local cluster)."""
from __future__ import annotations

import contextlib
import io
import json
import os
import re
import subprocess
import sys
import types
from pathlib import Path

import pytest

from .helpers import PAGES, ROOT

PAGE = "# 标题\n\n本报讯（记者 王五）今天,天气晴。\n\n上图:会场。张三摄\n"


def blocks() -> list[tuple[str, str]]:
    """(language, code) of every fenced block of the section, in order."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Use it in a pipeline", 1)[1].split("\n## ", 1)[0]
    return re.findall(r"```(\w+)\n(.*?)```", section, re.S)


def block(language: str, needle: str) -> str:
    found = [code for lang, code in blocks() if lang == language and needle in code]
    assert len(found) == 1, f"README: no single {language} block with {needle!r}"
    return found[0]


def records(tmp_path: Path, id_field: str = "id", text_field: str = "text") -> list[dict]:
    texts = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))[:4]]
    rows = [{id_field: f"r{i}", text_field: t, "lang": "zh"} for i, t in enumerate(texts)]
    rows.insert(2, {id_field: "bad", text_field: ""})
    return rows


def write_jsonl(path: Path, rows: list[dict]) -> None:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows),
                    encoding="utf-8")


def test_the_shell_lines(tmp_path):
    write_jsonl(tmp_path / "pages.jsonl", records(tmp_path))
    write_jsonl(tmp_path / "crawl.jsonl", records(tmp_path, "url", "body"))
    for year in ("2024", "2025"):
        (tmp_path / "scans" / year).mkdir(parents=True)
        (tmp_path / "scans" / year / "p1.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "scans" / "notes.txt").write_text(PAGE, encoding="utf-8")  # not *.md
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    for line in block("sh", "--jsonl").strip().splitlines():
        done = subprocess.run(["bash", "-o", "pipefail", "-c", line], cwd=tmp_path, env=env,
                              capture_output=True, text=True)
        failed_record = "--jsonl" in line  # each stream holds one bad record
        assert done.returncode == (1 if failed_record else 0), (line, done.stderr)
    articles = [json.loads(x) for x in (tmp_path / "articles.jsonl").read_text().splitlines()]
    ids = [r["id"] for r in articles]
    assert ids == sorted(ids, key=["r0", "r1", "bad", "r2", "r3"].index)  # in input order
    assert [r["error"] for r in articles if r["id"] == "bad"] == ["record bad (line 3): the "
                                                                 "text is empty"]
    assert all(r["lang"] == "zh" and r["text"] for r in articles if r["id"] != "bad")
    manifests = [json.loads(x) for x in (tmp_path / "manifests.jsonl").read_text().splitlines()]
    assert [m["url"] for m in manifests] == ["r0", "r1", "bad", "r2", "r3"]
    assert all("manifest" in m for m in manifests if m["url"] != "bad")
    out = sorted(p.relative_to(tmp_path / "out").as_posix()
                 for p in (tmp_path / "out").rglob("articles.json"))
    assert out == ["2024/p1/articles.json", "2025/p1/articles.json"]


def test_the_python_api():
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        exec(block("python", "clean_many(records"), {})
    assert printed.getvalue() == ("标题 标题\n\n本报讯 今天，天气晴。\n"
                                  "skipped: record a2: the text is empty\n")


class FakeDataset:
    """What the example uses of datasets.Dataset: column_names and a batched map."""

    def __init__(self, rows: list[dict]):
        self.rows = rows
        self.column_names = list(rows[0]) if rows else []

    def map(self, fn, batched=False, batch_size=1000, remove_columns=()):
        assert batched
        out = []
        for at in range(0, len(self.rows), batch_size):
            chunk = self.rows[at:at + batch_size]
            columns = fn({c: [r.get(c) for r in chunk] for c in self.column_names})
            lengths = {len(v) for v in columns.values()}
            assert len(lengths) == 1, "every column of a batch must have one length"
            kept = [c for c in self.column_names if c not in remove_columns]
            assert not kept or lengths == {len(chunk)}, "kept columns need one row per row"
            out += [dict(zip(columns, values)) for values in zip(*columns.values())]
        return FakeDataset(out)


def test_the_datasets_map(tmp_path, monkeypatch):
    rows = records(tmp_path)
    write_jsonl(tmp_path / "pages.jsonl", rows)
    fake = types.ModuleType("datasets")

    def load_dataset(kind, data_files, split):
        assert (kind, split) == ("json", "train")
        text = Path(data_files).read_text(encoding="utf-8")
        return FakeDataset([json.loads(line) for line in text.splitlines()])
    fake.load_dataset = load_dataset
    monkeypatch.setitem(sys.modules, "datasets", fake)
    monkeypatch.chdir(tmp_path)
    scope: dict = {}
    exec(block("python", "load_dataset"), scope)
    got = scope["articles"].rows
    assert [r["id"] for r in got if r["error"]] == ["bad"]
    from cleaner import clean

    for r in rows:
        if r["id"] != "bad":
            want = [a.text for a in clean(r["text"]).articles]
            assert [g["text"] for g in got if g["id"] == r["id"]] == want


@pytest.mark.slow
def test_the_ray_pipeline_on_a_local_cluster(tmp_path):
    ray = pytest.importorskip("ray")  # in the test extra; an installed cleaner may lack it
    (tmp_path / "pages").mkdir()
    write_jsonl(tmp_path / "pages" / "part-0.jsonl", records(tmp_path))
    code = block("python", "ray.init(address=")
    # The same pipeline, pointed at a local cluster and local folders.
    code = code.replace('ray.init(address="auto")', "ray.init(num_cpus=4, "
                        "include_dashboard=False, log_to_driver=False)")
    code = code.replace('"s3://archive/pages/"', repr(str(tmp_path / "pages")))
    code = code.replace('"s3://archive/articles/"', repr(str(tmp_path / "articles")))
    try:
        exec(code, {})
    finally:
        ray.shutdown()
    rows = [json.loads(line) for p in (tmp_path / "articles").iterdir()
            for line in p.read_text(encoding="utf-8").splitlines()]
    assert {r["id"] for r in rows} == {"r0", "r1", "r2", "r3", "bad"}
    assert [r["error"] for r in rows if r["id"] == "bad"] == ["record bad: the text is empty"]
