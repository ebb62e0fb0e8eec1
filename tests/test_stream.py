"""`clean --jsonl`, folders, --tree and pipes: what a data engineer runs the cleaner in."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cleaner import clean

from .helpers import PAGES, SAMPLE
from .helpers import run_clean as run

PAGE = "# 标题\n\n本报讯（记者 王五）今天,天气晴。\n\n上图:会场。张三摄\n"
TEXTS = [p.read_text(encoding="utf-8") for p in sorted(PAGES.glob("*.txt"))]


def write_jsonl(path: Path, lines: list) -> Path:
    path.write_text("".join((x if isinstance(x, str) else json.dumps(x, ensure_ascii=False))
                            + "\n" for x in lines), encoding="utf-8")
    return path


def read_jsonl(data: bytes | str) -> list[dict]:
    data = data.decode() if isinstance(data, bytes) else data
    return [json.loads(line) for line in data.splitlines()]


# Bad records, each a line of the input: what must be said about it.
BAD = {
    "empty": ({"id": "empty", "text": ""}, "record empty (line {n}): the text is empty"),
    "blank": ({"id": "blank", "text": " \n\u3000"},
              "record blank (line {n}): the text holds only white space"),
    "binary": ({"id": "binary", "text": "\x00\x01\x02\x03\x04 abc"},
               "record binary (line {n}): this looks like binary data, not text"),
    "number": ({"id": "number", "text": 12}, "record number (line {n}): 'text' must be a "
                                              "string, not a number"),
    "missing": ({"id": "missing", "body": PAGE},
                "record missing (line {n}): no 'text' field (its fields: id, body)"),
    "not-json": ('{"id": "x", "text": "unclosed', "line {n}: not a JSON record"),
    "array": ("[1, 2]", "line {n}: a record must be a JSON object, not list"),
}


def test_stream_keeps_order_passes_fields_through_and_goes_on_past_bad_records(tmp_path):
    lines, expect_bad = [], {}
    for n in range(300):
        if n % 40 == 39:
            kind = list(BAD)[(n // 40) % len(BAD)]
            lines.append(BAD[kind][0])
            expect_bad[n] = BAD[kind][1].format(n=n + 1)
        else:
            lines.append({"id": n, "text": f"# 第{n}版\n\n" + TEXTS[n % len(TEXTS)],
                          "url": f"https://paper/{n}"})
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    done = run("--jsonl", source, "-o", tmp_path / "out.jsonl", "-j", "2")
    err = done.stderr.decode().splitlines()
    assert done.returncode == 1
    assert len(err) == len(expect_bad) + 1
    for line, message in zip(err, expect_bad.values()):
        assert line.startswith(f"clean: {message}"), (line, message)
    assert err[-1] == f"300 records, {len(expect_bad)} failed"
    out = read_jsonl((tmp_path / "out.jsonl").read_text(encoding="utf-8"))
    # Walk the output: each input record's articles, in input order, then the next.
    at = 0
    for n, line in enumerate(lines):
        if n in expect_bad:
            assert out[at]["error"].startswith(expect_bad[n])
            at += 1
            continue
        page = clean(line["text"], name=f"record {n} (line {n + 1})")
        for k, article in enumerate(page.articles, 1):
            record = out[at]
            assert (record["id"], record["article"], record["url"]) == (n, k, line["url"])
            assert record["text"] == article.text and record["headline"] == article.headline
            assert record["flags"] == article.flags
            at += 1
    assert at == len(out)


def test_an_id_field_the_records_lack_is_warned_of_once(tmp_path):
    """Must: --id-field given wrong (URL for url) gives one warning line naming the fields
    the first record has, where every output record carried a null id in silence; the
    stream is cleaned as before. Must not: a stream whose records have it gets none."""
    lines = [{"url": f"u{n}", "body": TEXTS[n % len(TEXTS)]} for n in range(3)]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    done = run("--jsonl", source, "--id-field", "URL", "--text-field", "body")
    err = done.stderr.decode()
    assert done.returncode == 0 and err.count("\n") == 1 and "Traceback" not in err
    assert "warning" in err and "'URL'" in err and "url, body" in err
    assert [r["URL"] for r in read_jsonl(done.stdout)] == [None] * len(read_jsonl(done.stdout))
    done = run("--jsonl", source, "--id-field", "url", "--text-field", "body")
    assert done.returncode == 0 and done.stderr == b""
    assert {r["url"] for r in read_jsonl(done.stdout)} == {"u0", "u1", "u2"}


@pytest.mark.parametrize("how", [["-j", "1"], ["-j", "2", "-q"], ["-"]])
def test_a_later_record_without_the_id_field_is_warned_of_too(tmp_path, how):
    """Must: a record after the first that lacks the id field gets the first's warning
    (its line and fields), as it is read, with -j 2 and --quiet too, and from standard
    input; its output records carry a null id as before. Must not: the records that have
    it, blank lines and a record that is no JSON (an error record of its own) give none."""
    lines = [{"id": 1, "text": PAGE}, "", {"id": 2, "text": PAGE}, {"url": "u3", "text": PAGE},
             "not json", {"id": 5, "text": PAGE}, {"text": PAGE}]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    if how == ["-"]:
        done = run("--jsonl", "-", stdin=source.read_bytes())
        label = "stdin"
    else:
        done = run("--jsonl", source, *how)
        label = str(source)
    err = done.stderr.decode().splitlines()
    warnings = [line for line in err if "warning" in line]
    assert warnings == [
        f"clean: {label}: warning: line 4 has no 'id' field (its fields: url, text); its "
        "output records carry \"id\": null",
        f"clean: {label}: warning: line 7 has no 'id' field (its fields: text); its output "
        "records carry \"id\": null"]
    assert done.returncode == 1 and sum("line 5: not a JSON record" in line for line in err) == 1
    out = read_jsonl(done.stdout)
    assert [r["id"] for r in out] == [1, 2, None, None, 5, None]
    assert out[2]["url"] == "u3"


def test_records_without_the_id_field_are_named_up_to_a_cap(tmp_path):
    """Must: past the first ten later records without the id field, one line says the
    rest go unnamed (a million such records printed a million lines). Must not: the
    records are cleaned all the same, their ids null; a blank first line is no record."""
    from cleaner.cli import MAX_NO_ID_WARNINGS

    many = MAX_NO_ID_WARNINGS + 3
    lines = ["", {"id": 1, "text": PAGE}] + [{"text": PAGE}] * many
    done = run("--jsonl", write_jsonl(tmp_path / "in.jsonl", lines), "-j", "1")
    warnings = [line for line in done.stderr.decode().splitlines() if "warning" in line]
    assert len(warnings) == MAX_NO_ID_WARNINGS + 1
    assert warnings[0].endswith('line 3 has no \'id\' field (its fields: text); its output '
                               'records carry "id": null')
    assert "not named one by one" in warnings[-1] and "line 12" in warnings[-1]
    assert done.returncode == 0
    assert [r["id"] for r in read_jsonl(done.stdout)] == [1] + [None] * many


def test_a_compressed_stream_is_named_as_such(tmp_path):
    """Must: pages.jsonl.gz given to --jsonl is one line saying it is a gzip archive and how
    to read it, exit 2, nothing written (it was "not UTF-8 …, or leave out --jsonl to clean
    a page"). Must not: the same records uncompressed are cleaned."""
    import gzip

    plain = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": PAGE}])
    packed = tmp_path / "in.jsonl.gz"
    packed.write_bytes(gzip.compress(plain.read_bytes()))
    done = run("--jsonl", packed, "-o", tmp_path / "out.jsonl")
    err = done.stderr.decode()
    assert done.returncode == 2 and err.count("\n") == 1 and "Traceback" not in err
    assert "a gzip archive, not JSON Lines" in err and f"zcat {packed}" in err
    assert not (tmp_path / "out.jsonl").exists()
    done = run("--jsonl", "-", stdin=packed.read_bytes())
    assert done.returncode == 2 and "stdin: this is a gzip archive" in done.stderr.decode()
    # ... also where its first line end comes past --max-bytes (the line read past)
    long = tmp_path / "long.jsonl.gz"
    long.write_bytes(packed.read_bytes()[:10].replace(b"\n", b"_") + b"x" * 5000 + b"\n")
    done = run("--jsonl", long, "--max-bytes", "1K")
    assert done.returncode == 2 and "a gzip archive, not JSON Lines" in done.stderr.decode()
    assert run("--jsonl", plain).returncode == 0


def test_stream_output_is_the_same_with_one_job(tmp_path):
    lines = [{"id": n, "text": TEXTS[n % len(TEXTS)]} for n in range(30)] + [BAD["empty"][0]]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    one = run("--jsonl", source, "-j", "1", "--per", "page")
    two = run("--jsonl", source, "-j", "2", "--per", "page")
    assert one.returncode == two.returncode == 1
    assert one.stdout == two.stdout and len(read_jsonl(one.stdout)) == 31


def test_per_page_records_hold_the_manifest_and_validate(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": PAGE, "n": 1}])
    done = run("--jsonl", source, "--per", "page", "-o", tmp_path / "pages.jsonl")
    assert done.returncode == 0 and done.stderr == b""
    (record,) = read_jsonl((tmp_path / "pages.jsonl").read_bytes())
    assert record["id"] == "a" and record["n"] == 1 and "text" not in record
    assert record["manifest"] == clean(PAGE, name="record a (line 1)").to_dict()


def test_field_names_and_stdin_to_stdout():
    data = json.dumps({"url": "u1", "body": PAGE}, ensure_ascii=False).encode() + b"\n\n"
    done = run("--jsonl", "--id-field", "url", "--text-field", "body", stdin=data)
    assert done.returncode == 0
    (record,) = read_jsonl(done.stdout)
    assert record["url"] == "u1" and record["body"] == "标题\n\n本报讯（记者 王五）今天，天气晴。"
    assert record["dateline"] == "本报讯（记者 王五）"


def test_standard_input_given_twice_is_read_once():
    # Its first lines, read to judge whether it is JSON Lines, are given back once: the
    # second '-' reads on at its end, as for the lines after them.
    data = "\n".join(json.dumps({"id": n, "text": PAGE}, ensure_ascii=False) for n in (1, 2))
    done = run("--jsonl", "-", "-", stdin=data.encode() + b"\n")
    assert done.returncode == 0
    assert [record["id"] for record in read_jsonl(done.stdout)] == [1, 2]


@pytest.mark.parametrize("given", ["stdin", "file"])
def test_each_record_is_parsed_once(tmp_path, monkeypatch, given):
    """Must: each record of a stream is parsed once, where the id check parsed it and the
    worker parsed it again (and standard input's first record, judged before any output,
    a third time); a file's first record is parsed twice, judged before standard input is
    read, then in turn. Leaves alone: the output, and a line that is no record, whose error
    record still says why."""
    from click.testing import CliRunner

    import cleaner.stream
    from cleaner.cli import main

    parsed = []
    read = cleaner.stream.read_record
    monkeypatch.setattr(cleaner.stream, "read_record",
                        lambda raw, line: parsed.append(line) or read(raw, line))
    lines = [{"id": n, "text": PAGE} for n in (1, 2, 3)] + [BAD["not-json"][0]]
    data = write_jsonl(tmp_path / "in.jsonl", lines)
    args = ["--jsonl", "-j", "1", "-o", "-"]
    if given == "stdin":
        done = CliRunner().invoke(main, args, input=data.read_bytes())
    else:
        done = CliRunner().invoke(main, [*args, str(data)])
    assert done.exit_code == 1, done.output
    out = [json.loads(x) for x in done.stdout.splitlines() if x.startswith("{")]
    assert [r["id"] for r in out] == [1, 2, 3, None]
    assert "line 4: not a JSON record" in out[-1]["error"]
    # (the line that is no record: tried by the id check, then by the worker for its error)
    assert sorted(parsed) == ([1, 2, 3, 4, 4] if given == "stdin" else [1, 1, 2, 3, 4, 4])


def test_a_stream_of_one_failed_record_counts_one_record():
    done = run("--jsonl", stdin=json.dumps(BAD["missing"][0]).encode() + b"\n")
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[-1] == "1 record, 1 failed"


def test_fail_fast_stops_at_the_first_bad_record(tmp_path):
    lines = [{"id": 0, "text": PAGE}, BAD["empty"][0]] + [{"id": n, "text": PAGE}
                                                         for n in range(1, 50)]
    source = write_jsonl(tmp_path / "in.jsonl", lines)
    for jobs in ("1", "2"):
        done = run("--jsonl", source, "--fail-fast", "-j", jobs, "-q")
        assert done.returncode == 1
        assert [r.get("id") for r in read_jsonl(done.stdout)] == [0, "empty"]
        assert done.stderr.decode() == "clean: record empty (line 2): the text is empty\n"


def test_fail_fast_stops_a_batch_of_pages(tmp_path):
    (tmp_path / "in").mkdir()
    for name, text in (("a", PAGE), ("b", ""), ("c", PAGE), ("d", PAGE)):
        (tmp_path / "in" / f"{name}.txt").write_text(text, encoding="utf-8")
    done = run(tmp_path / "in", "-o", tmp_path / "out", "--fail-fast", "--report", "none")
    assert done.returncode == 1  # a page of the batch failed
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a"]
    err = done.stderr.decode()
    assert "b.txt: the file is empty" in err and "2 not tried (--fail-fast)" in err


def test_not_utf8_line_is_an_error_record(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_bytes(json.dumps({"id": 1, "text": PAGE}).encode() + b"\n"
                       + '{"id": 2, "text": "标题"}'.encode("gbk") + b"\n")
    done = run("--jsonl", source)
    assert done.returncode == 1
    out = read_jsonl(done.stdout)
    assert out[0]["id"] == 1 and out[1]["error"].startswith("line 2: not UTF-8")


@pytest.mark.parametrize("given", ["file", "stdin"])
def test_plain_text_given_as_json_lines_is_one_error_and_writes_nothing(tmp_path, given):
    source = tmp_path / "page.txt"
    source.write_text("\n" + PAGE, encoding="utf-8")
    target = tmp_path / "out.jsonl"
    if given == "file":
        done = run("--jsonl", source, "-o", target)
    else:
        done = run("--jsonl", "-", "-o", target, stdin=source.read_bytes())
    err = done.stderr.decode()
    assert done.returncode == 2 and err.count("\n") == 1, err
    name = source if given == "file" else "stdin"
    assert err.startswith(f"clean: {name}: not JSON Lines (line 2: not a JSON record"), err
    assert not target.exists()


def test_a_first_record_that_fails_is_one_error_record_and_the_stream_goes_on():
    # The first line is a JSON object, so the input is JSON Lines: its record fails alone.
    data = "\n".join(["", json.dumps(BAD["missing"][0]), json.dumps({"id": 2, "text": PAGE})])
    done = run("--jsonl", stdin=data.encode())
    assert done.returncode == 1
    assert done.stderr.decode().splitlines() == [
        "clean: " + BAD["missing"][1].format(n=2), "2 records, 1 failed"]
    first, second = read_jsonl(done.stdout)
    assert first["error"] and second["id"] == 2 and second["headline"] == "标题"


@pytest.mark.parametrize("stdin", [False, True])
def test_a_record_longer_than_max_bytes_is_an_error_record_read_past(tmp_path, stdin):
    # One record over the limit is an error record of its own (its line read past, never
    # held whole); the records on either side of it, the first among them, are cleaned.
    long = {"id": 2, "text": PAGE * 200}
    records = [long, {"id": 3, "text": PAGE}] if stdin else [{"id": 1, "text": PAGE}, long,
                                                            {"id": 3, "text": PAGE}]
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records).encode()
    if stdin:
        done = run("--jsonl", "--max-bytes", "4K", stdin=data)
    else:
        (tmp_path / "in.jsonl").write_bytes(data)
        done = run("--jsonl", tmp_path / "in.jsonl", "--max-bytes", "4K")
    at = 1 if stdin else 2
    assert done.returncode == 1
    assert done.stderr.decode().splitlines()[0] == (
        f"clean: line {at}: a record longer than --max-bytes; raise --max-bytes to clean it")
    out = read_jsonl(done.stdout)
    assert [r.get("id") for r in out if "error" not in r][-1] == 3
    assert sum("error" in r for r in out) == 1
    # Under the default limit the same record is cleaned.
    assert run("--jsonl", stdin=data).returncode == 0


@pytest.mark.parametrize("args,message", [
    (["--jsonl", "--strict"], "--strict is for pages, not --jsonl streams"),
    (["--jsonl", "--report", "none"], "--report is for pages, not --jsonl streams"),
    (["page.txt", "--per", "page"], "--per goes with --jsonl"),
    (["page.txt", "--text-field", "body"], "--text-field goes with --jsonl"),
])
def test_an_option_the_mode_does_nothing_with_is_refused(tmp_path, args, message):
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    args = [str(tmp_path / a) if a == "page.txt" else a for a in args]
    done = run(*args, "-o", tmp_path / "out", stdin=b"")
    assert done.returncode == 2 and done.stderr.decode().startswith(f"clean: {message}")
    assert done.stderr.decode().count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_the_options_of_each_mode_go_with_it(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"url": "u", "body": PAGE}])
    done = run("--jsonl", source, "--per", "page", "--id-field", "url", "--text-field", "body",
               "--fail-fast", "-j", "1")
    assert done.returncode == 0 and read_jsonl(done.stdout)[0]["url"] == "u"
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    done = run(tmp_path / "page.txt", "-o", tmp_path / "out", "--report", "none", "--strict",
               "--max-bytes", "1M", "--glob", "*.txt", "--tree")
    assert done.returncode == 0, done.stderr.decode()
    done = run("--jsonl", source, "--max-bytes", "1M", "--id-field", "url", "--text-field",
               "body")
    assert done.returncode == 0, done.stderr.decode()


def test_an_existing_output_file_is_never_overwritten(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": PAGE}])
    target = tmp_path / "mine.jsonl"
    target.write_text("precious\n")
    done = run("--jsonl", source, "-o", target)
    assert done.returncode == 2 and "exists" in done.stderr.decode()
    assert target.read_text() == "precious\n"
    assert run("--jsonl", tmp_path / "nope.jsonl").returncode == 2


def test_a_folder_given_as_json_lines_is_called_a_folder(tmp_path):
    done = run("--jsonl", tmp_path)
    assert (done.returncode, done.stderr.decode()) == (
        2, f"clean: {tmp_path}: is a folder; with --jsonl give the JSON Lines files in it "
           f"(e.g. {tmp_path}/*.jsonl)\n")
    done = run("--jsonl", tmp_path / "nope.jsonl")
    assert done.stderr.decode() == f"clean: {tmp_path / 'nope.jsonl'}: no such file\n"


def test_an_output_file_that_cannot_be_made_says_why_in_lower_case(tmp_path):
    source = write_jsonl(tmp_path / "in.jsonl", [{"id": 1, "text": PAGE}])
    target = tmp_path / "no-such-folder" / "out.jsonl"
    done = run("--jsonl", source, "-o", target)
    assert (done.returncode, done.stderr.decode()) == (
        2, f"clean: -o {target}: no such file or directory\n")


@pytest.mark.parametrize("args", [["-o", "-"], ["--jsonl", "-o", "-"]])
def test_a_closed_pipe_ends_quietly_with_status_0(tmp_path, args):
    page = tmp_path / "page.txt"
    page.write_text(SAMPLE.read_text(encoding="utf-8") * 20, encoding="utf-8")
    if "--jsonl" in args:
        page = write_jsonl(tmp_path / "in.jsonl", [{"id": n, "text": TEXTS[n % len(TEXTS)]}
                                                   for n in range(200)])
    cmd = " ".join([sys.executable, "-m", "cleaner", str(page), *args])
    done = subprocess.run(["bash", "-o", "pipefail", "-c", f"{cmd} | head -1"],
                          capture_output=True)
    assert done.returncode == 0, done.stderr
    assert done.stderr == b""
    assert done.stdout.count(b"\n") == 1


def test_folders_are_read_recursively_with_glob_and_tree_mirrors_them(tmp_path):
    for sub in ("a", "b/c"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "in" / "a" / "notes.md").write_text(PAGE, encoding="utf-8")
    clash = run(tmp_path / "in", "-o", tmp_path / "flat", "--report", "none")
    assert clash.returncode == 2 and "--tree" in clash.stderr.decode()
    assert not (tmp_path / "flat").exists()
    done = run(tmp_path / "in", "-o", tmp_path / "out", "--tree", "--report", "none", "-q")
    assert done.returncode == 0 and done.stderr == b""
    found = sorted(p.relative_to(tmp_path / "out").as_posix()
                   for p in (tmp_path / "out").rglob("articles.json"))
    assert found == ["a/p/articles.json", "b/c/p/articles.json"]
    md = run(tmp_path / "in", "-o", tmp_path / "md", "--glob", "*.md", "--report", "none")
    assert md.returncode == 0 and (tmp_path / "md" / "notes" / "articles.json").exists()
    none = run(tmp_path / "in", "-o", tmp_path / "x", "--glob", "*.pdf")
    assert none.returncode == 2 and "no file matching *.pdf" in none.stderr.decode()


def test_a_folder_holding_the_output_does_not_read_it_back(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    for _ in range(2):  # the second run must not take out/p/01.txt for a page
        done = run(".", "-o", "out", "--report", "none", "-q", cwd=tmp_path)
        assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p"]


def test_a_folder_whose_pages_are_all_in_the_output_says_so(tmp_path):
    # (not "no file matching *.txt": there is one, in the folder given as -o)
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.txt").write_text(PAGE, encoding="utf-8")
    done = run(tmp_path / "in", "-o", tmp_path / "in")
    assert (done.returncode, done.stderr.decode()) == (
        2, f"clean: {tmp_path / 'in'}: its files matching *.txt are all in the output folder "
           f"(-o {tmp_path / 'in'}), which is never read as input; give another -o\n")
    assert sorted(p.name for p in (tmp_path / "in").iterdir()) == ["p.txt"]


def test_a_folder_holding_an_earlier_runs_output_leaves_its_articles_out(tmp_path):
    # clean in/p.txt -o in/ wrote in/p/01.txt …; cleaning the folder in/ elsewhere then
    # takes the page, not those articles for pages (in/p/ is the cleaner's, by its mark).
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "p.txt").write_text(PAGE, encoding="utf-8")
    assert run(tmp_path / "in" / "p.txt", "-o", tmp_path / "in", "-q").returncode == 0
    articles = len(list((tmp_path / "in" / "p").glob("*.txt")))
    done = run(tmp_path / "in", "-o", tmp_path / "out", "--report", "none")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p"]
    files = f"{articles} file{'' if articles == 1 else 's'}"
    assert (f"clean: {tmp_path / 'in'}: {files} matching *.txt left out: the cleaner "
            f"wrote them, in 1 output folder of an earlier run ({tmp_path / 'in' / 'p'})\n"
            in done.stderr.decode())
    # A page of the user's put in that folder since, named like an article, is no file
    # the marker lists: it is read.
    (tmp_path / "in" / "p" / "2024.txt").write_text(PAGE, encoding="utf-8")
    done = run(tmp_path / "in", "-o", tmp_path / "out2", "--report", "none")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out2").iterdir()) == ["2024", "p"]
    # Every file matching (--glob '*'): the marker, which lists the others, not itself, is
    # the cleaner's too, left out (it was read as a page, .cleaner -> out3/cleaner/).
    done = run(tmp_path / "in", "-o", tmp_path / "out3", "--report", "none", "--glob", "*")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out3").iterdir()) == ["2024", "p"]


def test_a_folder_of_article_named_pages_with_no_mark_is_read(tmp_path):
    # ... but pages named as articles are (01.txt, 02.txt: a converter's numbered pages),
    # in a folder the cleaner did not mark, and a page of its own beside its articles.
    (tmp_path / "in" / "scan").mkdir(parents=True)
    for name in ("01.txt", "02.txt"):
        (tmp_path / "in" / "scan" / name).write_text(PAGE, encoding="utf-8")
    done = run(tmp_path / "in", "-o", tmp_path / "out", "--report", "none", "-q")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["01", "02"]
    (tmp_path / "out2").mkdir()
    assert run(tmp_path / "in" / "scan" / "01.txt", "-o", tmp_path / "in" / "scan",
               "-q").returncode == 0  # in/scan/01/ marked; in/scan/*.txt are no output
    done = run(tmp_path / "in", "-o", tmp_path / "out2", "--report", "none", "-q")
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in (tmp_path / "out2").iterdir()) == ["01", "02"]


def test_relative_files_given_with_tree_keep_their_folders(tmp_path):
    for sub in ("a", "b"):
        (tmp_path / sub).mkdir()
        (tmp_path / sub / "p.txt").write_text(PAGE, encoding="utf-8")
    done = run("a/p.txt", "b/p.txt", "-o", "out", "--tree", "--report", "none", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "a" / "p" / "01.txt").exists()
    assert (tmp_path / "out" / "b" / "p" / "01.txt").exists()


def test_each_page_line_shows_with_jobs_and_no_counter_off_a_terminal(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(4):
        (tmp_path / "in" / f"p{n}.txt").write_text(PAGE, encoding="utf-8")
    for jobs in ("1", "2"):
        done = run(tmp_path / "in", "-o", tmp_path / f"out{jobs}", "-j", jobs, "--report", "none")
        err = done.stderr.decode()
        assert done.returncode == 0
        assert sorted(line.split(":")[0] for line in err.splitlines()[:-1]) == [
            f"p{n}.txt" for n in range(4)]
        assert "\r" not in err and "\x1b" not in err and "4/4 pages cleaned" in err
        assert run(tmp_path / "in", "-o", tmp_path / f"q{jobs}", "-j", jobs, "-q").stderr == b""


def _on_a_terminal(*args) -> str:
    """What the command shows on a terminal (a pseudo-terminal as its stderr), run with
    `args`."""
    import pty

    pid, fd = pty.fork()
    if pid == 0:  # the child: stderr is the terminal
        os.execv(sys.executable, [sys.executable, "-m", "cleaner", *map(str, args)])
    chunks = []
    while True:
        try:
            data = os.read(fd, 4096)
        except OSError:
            break
        if not data:
            break
        chunks.append(data)
    os.waitpid(pid, 0)
    return b"".join(chunks).decode()


def test_progress_on_a_terminal_keeps_page_lines_apart(tmp_path):
    (tmp_path / "in").mkdir()
    for n in range(3):
        (tmp_path / "in" / f"p{n}.txt").write_text(PAGE, encoding="utf-8")
    shown = _on_a_terminal(tmp_path / "in", "-o", tmp_path / "out", "-j", "2",
                           "--report", "none")
    # Each page's line starts on a cleared line, never glued to the counter.
    for n in range(3):
        assert f"\r\x1b[Kp{n}.txt: " in shown
    assert "1/3 pages, 0 failed" in shown and "3/3 pages cleaned" in shown


def test_a_streams_counter_on_a_terminal_says_1_record_and_2_records(tmp_path):
    # The live counter of a --jsonl stream agrees with its noun, as its last line does.
    source = write_jsonl(tmp_path / "in.jsonl",
                         [{"id": 1, "text": PAGE}, {"id": 2, "text": PAGE}])
    shown = _on_a_terminal("--jsonl", source, "-o", tmp_path / "out.jsonl")
    assert "\r1 record, 0 failed" in shown and "\r2 records, 0 failed" in shown
    assert "1 records" not in shown


def test_a_stream_stopped_by_ctrl_c_says_so_in_one_line_with_status_130():
    # A record is read and failed (its error shows), then the stream waits for the next
    # line: ^C there ends it with one line, not click's blank line and "Aborted!" (1).
    import signal

    # (SIGINT restored in the child: a shell without job control starts a background
    # command, such as a test run put in the background, with SIGINT ignored, and a
    # Python started so never sees ^C.)
    child = subprocess.Popen([sys.executable, "-m", "cleaner", "--jsonl", "-"],
                             stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                             stderr=subprocess.PIPE,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    child.stdin.write(b'{"id": 1, "text": ""}\n')
    child.stdin.flush()
    first = child.stderr.readline().decode()
    assert first.startswith("clean: record 1 (line 1): the text is empty"), first
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert (child.returncode, err.decode()) == (130, "clean: interrupted\n")


def test_a_stream_to_a_file_stopped_by_ctrl_c_says_what_the_file_holds(tmp_path):
    # The output file is left as far as it got, whole lines, and the one line says so:
    # a part-written file must not pass for a finished one.
    import signal

    out = tmp_path / "out.jsonl"
    child = subprocess.Popen([sys.executable, "-m", "cleaner", "--jsonl", "-", "-o", out],
                             stdin=subprocess.PIPE, stderr=subprocess.PIPE,
                             preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    child.stdin.write(json.dumps({"id": 1, "text": PAGE}).encode() + b"\n"
                      + b'{"id": 2, "text": ""}\n')
    child.stdin.flush()
    assert child.stderr.readline().decode().startswith("clean: record 2 (line 2)")
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert (child.returncode, err.decode()) == (
        130, f"clean: interrupted; {out} holds the output of the first 2 records only\n")
    rows = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert {row["id"] for row in rows} >= {1, 2} and rows[0]["id"] == 1


def test_a_stream_to_a_file_stopped_inside_a_write_keeps_only_whole_records(tmp_path,
                                                                          monkeypatch, capsys):
    # ^C may land inside a record's write (a large record's bytes go out in pieces): the
    # file is cut back to the records it says it holds, no half line left at its end.
    from cleaner import RuleSet, cli
    from cleaner.stream import Settings

    class Halting:
        """The output file, stopped by ^C halfway through the second record's bytes."""

        def __init__(self, f):
            self.f, self.writes = f, 0

        def write(self, data):
            self.writes += 1
            if self.writes == 2:
                self.f.write(data[:len(data) // 2])
                raise KeyboardInterrupt
            return self.f.write(data)

        def __getattr__(self, name):
            return getattr(self.f, name)

    out = tmp_path / "out.jsonl"
    given = write_jsonl(tmp_path / "in.jsonl", [{"id": n, "text": PAGE} for n in (1, 2, 3)])
    real = cli._open_sink
    monkeypatch.setattr(cli, "_open_sink", lambda name: Halting(real(name)))
    with pytest.raises(SystemExit) as stop:
        cli._stream([str(given)], str(out), Settings(), RuleSet.load(), 1, False, True)
    assert stop.value.code == 130
    assert capsys.readouterr().err == (
        f"clean: interrupted; {out} holds the output of the first 1 record only\n")
    rows = read_jsonl(out.read_bytes())
    assert rows and {row["id"] for row in rows} == {1}
    # (without ^C, the same three records are written whole)
    monkeypatch.setattr(cli, "_open_sink", real)
    done = tmp_path / "done.jsonl"
    assert cli._stream([str(given)], str(done), Settings(), RuleSet.load(), 1, False, True) == 0
    assert {row["id"] for row in read_jsonl(done.read_bytes())} == {1, 2, 3}


def test_a_bad_file_beside_standard_input_is_refused_before_stdin_gives_a_line(tmp_path):
    # `clean --jsonl - pages.txt`: the file's fault is known at once; standard input, which
    # may wait for its first line (a producer still starting), is read only after.
    bad = tmp_path / "page.txt"
    bad.write_text(PAGE, encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-m", "cleaner", "--jsonl", "-", bad],
                             stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    try:
        child.wait(timeout=60)  # (stdin left open, never written: communicate would close it)
    finally:
        child.kill()
        child.stdin.close()
    assert child.returncode == 2
    assert child.stderr.read().decode().startswith(f"clean: {bad}: not JSON Lines")


def test_a_byte_order_mark_opening_the_input_is_not_part_of_its_first_record(tmp_path):
    # Windows tools write UTF-8 with a BOM: the stream is read as without it; a BOM inside
    # the stream (line 2) is no record's opening and is still refused, the stream going on.
    plain = write_jsonl(tmp_path / "plain.jsonl", [{"id": 1, "text": PAGE}])
    marked = tmp_path / "marked.jsonl"
    marked.write_bytes(b"\xef\xbb\xbf" + plain.read_bytes())
    want = run("--jsonl", plain, "-o", "-")
    done = run("--jsonl", marked, "-o", "-")
    assert (done.returncode, done.stdout) == (0, want.stdout)
    inside = tmp_path / "inside.jsonl"
    inside.write_bytes(plain.read_bytes() + b"\xef\xbb\xbf" + plain.read_bytes())
    done = run("--jsonl", inside, "-o", "-")
    assert done.returncode == 1
    assert done.stderr.decode().startswith("clean: line 2: not a JSON record")

