"""The command line: outputs, errors, rule files. Bad input gets one line and a non-zero
exit, never a traceback and never a half-written folder."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import pytest

from .helpers import ROOT, SAMPLE
from .helpers import run_clean as run

PAGE = "# 标题\n\n本报讯（记者 王五）今天,天气晴。\n\n上图:会场。张三摄\n"


BAD_INPUTS = [
    ("empty", b"", "is empty"),
    ("whitespace", " \n\t\n\u3000\n".encode(), "only white space"),
    ("invisible-only", "\u200b\n\ufeff\n".encode(), "only white space"),
    ("png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)), "PNG image"),
    ("pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "PDF file"),
    ("zip", b"PK\x03\x04" + bytes(100), "zip archive"),
    ("random-binary", bytes((i * 7919) % 256 for i in range(4000)), "binary"),
    # Japanese and Korean in their own encodings: GB18030 reads their bytes as rare Han
    # characters (擔杮岅偺僥僉僗僩), which were cleaned as a page and flagged nothing
    ("shift-jis", ("東京で開かれた会議で首相は経済政策について説明した。" * 3).encode("shift_jis"),
     "almost all rare"),
    ("euc-kr", ("서울에서 열린 회의에서 대통령은 경제 정책을 설명했다. " * 3).encode("euc-kr"),
     "almost all rare"),
]


@pytest.mark.parametrize("name,data,message", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_input_is_one_line_and_writes_nothing(tmp_path, name, data, message):
    page = tmp_path / f"{name}.txt"
    page.write_bytes(data)
    done = run(page, "-o", tmp_path / "out")
    err = done.stderr.decode()
    assert done.returncode == 2
    assert message in err and err.count("\n") == 1 and "Traceback" not in err
    assert not (tmp_path / "out" / name).exists()


def test_missing_file(tmp_path):
    done = run(tmp_path / "nope.txt", "-o", tmp_path / "out")
    assert done.returncode == 2
    assert done.stderr.decode().strip() == f"clean: {tmp_path / 'nope.txt'}: no such file"


GOOD_ENCODINGS = [
    ("utf-8-bom", b"\xef\xbb\xbf" + PAGE.encode()),
    ("gb18030", PAGE.encode("gb18030")),
    ("gbk-crlf", PAGE.replace("\n", "\r\n").encode("gbk")),
    ("utf-16-bom", PAGE.encode("utf-16")),
    ("utf-16-le-no-bom", PAGE.encode("utf-16-le")),
    ("cr-only", PAGE.replace("\n", "\r").encode()),
]


@pytest.mark.parametrize("name,data", GOOD_ENCODINGS, ids=[g[0] for g in GOOD_ENCODINGS])
def test_encodings_decode_to_the_same_result(tmp_path, name, data):
    page = tmp_path / f"{name}.txt"
    page.write_bytes(data)
    done = run(page, "-o", "-")
    assert done.returncode == 0, done.stderr.decode()
    manifest = json.loads(done.stdout)
    assert manifest["articles"][0]["body"][0]["text"] == "本报讯（记者 王五）今天，天气晴。"
    assert manifest["articles"][0]["captions"] == ["上图：会场。张三摄"]


def test_big5_page_decodes(tmp_path):
    page = tmp_path / "big5.txt"
    page.write_bytes("# 標題\n\n本報訊（記者 陳大文）香港經濟發展迅速，這裡的變化很大。\n".encode("big5"))
    manifest = json.loads(run(page, "-o", "-").stdout)
    assert manifest["input"]["encoding"] == "big5"
    assert manifest["articles"][0]["headline"] == "標題"


def test_writes_articles_manifest_and_reports(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run(page, "-o", tmp_path / "out")
    assert done.returncode == 0
    folder = tmp_path / "out" / "p"
    assert sorted(f.name for f in folder.iterdir()) == [
        ".cleaner", "01.txt", "articles.json", "report.diff", "report.html"]
    assert (folder / "01.txt").read_text(encoding="utf-8") == (
        "# 标题\n\n本报讯（记者 王五）今天，天气晴。\n")
    assert "1 article," in done.stderr.decode()
    again = run(page, "-o", tmp_path / "out", "--report", "none")
    assert again.returncode == 0
    assert sorted(f.name for f in folder.iterdir()) == [".cleaner", "01.txt", "articles.json"]
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["p"]  # no temporary left


def test_stdin_to_stdout():
    done = run("-", "-o", "-", stdin=PAGE.encode())
    assert json.loads(done.stdout)["articles"][0]["headline"] == "标题"


@pytest.mark.parametrize("data,message", [
    (b"", "the input is empty"), (" \n\u3000\n".encode(), "the input holds only white space")])
def test_empty_stdin_is_called_input_and_an_empty_file_a_file(tmp_path, data, message):
    # Standard input is not a file; a file is.
    done = run("-", "-o", tmp_path / "out", stdin=data)
    assert (done.returncode, done.stderr.decode()) == (2, f"clean: stdin: {message}\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    done = run(tmp_path / "empty.txt", "-o", tmp_path / "out")
    assert done.stderr.decode() == f"clean: {tmp_path / 'empty.txt'}: the file is empty\n"
    assert not (tmp_path / "out").exists()


def test_batch_goes_on_past_a_bad_page(tmp_path):
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(b"")
    done = run(tmp_path / "a.txt", tmp_path / "b.txt", "-o", tmp_path / "out", "--report", "none")
    assert done.returncode == 1
    assert (tmp_path / "out" / "a" / "articles.json").exists()
    assert f"{tmp_path / 'b.txt'}: the file is empty" in done.stderr.decode()


def test_a_folder_s_page_that_cannot_be_read_fails_the_run_not_left_out(tmp_path):
    """Must: a file of the folder that the pattern matches but that is no regular file (a
    link to a page since removed, a FIFO) is a page that failed, named on stderr, exit 1,
    as when it is named alone; it was left out without a word, the run saying 0. Leaves
    alone: a folder whose name matches the pattern is read into, not refused."""
    pages = tmp_path / "pages"
    (pages / "old.txt").mkdir(parents=True)
    (pages / "old.txt" / "a.txt").write_text(PAGE, encoding="utf-8")
    (pages / "gone.txt").symlink_to(tmp_path / "moved.txt")
    os.mkfifo(pages / "pipe.txt")
    done = run(pages, "-o", tmp_path / "out", "--report", "none", timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    assert (tmp_path / "out" / "a" / "articles.json").exists()
    assert f"{pages / 'gone.txt'}: a link to {tmp_path / 'moved.txt'}, which does not exist" in err
    assert f"{pages / 'pipe.txt'}: is a FIFO" in err
    assert "1/3 pages cleaned" in err


def test_a_broken_relative_link_is_named_by_the_path_it_resolves_to(tmp_path):
    """Must: a link to a page since removed, written relative to its own folder
    (../../moved.txt), names the path that does not exist, as resolved from the link's
    folder, where the target as written pointed the user from the working folder; the link's
    own text is shown beside it. Leaves alone: a link written as an absolute path is named
    by it alone (the test above)."""
    sub = tmp_path / "pages" / "sub"
    sub.mkdir(parents=True)
    (sub / "a.txt").write_text(PAGE, encoding="utf-8")
    (sub / "gone.txt").symlink_to(os.path.join("..", "..", "moved.txt"))
    done = run("pages", "-o", "out", "--report", "none", cwd=tmp_path, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 1, err
    gone = os.path.join("pages", "sub", "gone.txt")
    moved = os.path.realpath(tmp_path / "moved.txt")
    assert (f"{gone}: a link to {moved}, which does not exist (the link holds "
            f"{os.path.join('..', '..', 'moved.txt')})") in err


def test_a_folder_that_cannot_be_opened_fails_the_run_not_left_out(tmp_path, monkeypatch):
    """Must: a folder under the input that may not be opened is named on stderr and the
    run ends with 1 (2 when it held the only pages); rglob passed over it without a word
    and the run said 0, its pages never cleaned. Run as root every folder opens, so here
    opening it is made to fail. Leaves alone: the pages beside it are cleaned."""
    from click.testing import CliRunner

    from cleaner.cli import main

    pages = tmp_path / "pages"
    (pages / "locked").mkdir(parents=True)
    (pages / "locked" / "b.txt").write_text(PAGE, encoding="utf-8")
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    real_scandir = os.scandir

    def deny(path="."):
        if os.fspath(path) == str(pages / "locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    done = CliRunner().invoke(main, [str(pages), "-o", str(tmp_path / "out"), "-q"])
    assert done.exit_code == 1, done.output
    assert done.output == (f"clean: {pages / 'locked'}: permission denied; the pages in it "
                           "were not read\n")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["a"]
    (pages / "a.txt").unlink()
    done = CliRunner().invoke(main, [str(pages / "locked"), "-o", str(tmp_path / "out")])
    assert done.exit_code == 2, done.output
    assert done.output == (f"clean: {pages / 'locked'}: permission denied; the pages in it "
                           "were not read\n")


def test_a_folder_is_walked_once(tmp_path, monkeypatch):
    """Must: each folder of the tree is listed once, where rglob found the pages and os.walk
    then walked the tree again for the folders it could not open. Leaves alone: what is
    found (the pages at each depth the pattern matches, sorted, a folder named like a page
    read into)."""
    from collections import Counter

    from click.testing import CliRunner

    from cleaner.cli import main

    pages = tmp_path / "pages"
    (pages / "b" / "old.txt").mkdir(parents=True)
    for page in ("a.txt", "b/c.txt", "b/old.txt/d.txt", "b/e.md"):
        (pages / page).write_text(PAGE, encoding="utf-8")
    listed = Counter()
    real_scandir = os.scandir

    def count(path="."):
        listed[os.path.relpath(os.fspath(path), pages)] += 1
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", count)
    done = CliRunner().invoke(main, [str(pages), "-o", str(tmp_path / "out"), "--tree",
                                     "--report", "none"])
    assert done.exit_code == 0, done.output
    assert listed == {".": 1, "b": 1, os.path.join("b", "old.txt"): 1}
    assert sorted(str(p.relative_to(tmp_path / "out")) for p in (tmp_path / "out").rglob(
        "articles.json")) == [os.path.join(*p, "articles.json") for p in (
            ("a",), ("b", "c"), ("b", "old.txt", "d"))]


def test_a_link_to_a_folder_is_followed_where_the_pattern_names_it(tmp_path):
    """Must: a link to a folder is read into where a part of --glob names it (a/*/b.txt
    reads a/link/b.txt, wherever the link leads), as rglob read it before the folder was
    walked once (os.walk follows no link). Leaves alone: `**` and the page pattern of a
    plain --glob follow no link (*.txt reads no page under one), and a link back to a
    folder the walk came through (a cycle) is not read into, where rglob read the same
    pages again under longer names."""
    from click.testing import CliRunner

    from cleaner.cli import main

    pages, elsewhere = tmp_path / "pages", tmp_path / "elsewhere"
    (pages / "a").mkdir(parents=True)
    (pages / "real").mkdir()
    (elsewhere / "deep").mkdir(parents=True)
    for page in (pages / "real" / "b.txt", elsewhere / "b.txt", elsewhere / "deep" / "b.txt"):
        page.write_text(PAGE, encoding="utf-8")
    (pages / "a" / "link").symlink_to(elsewhere, target_is_directory=True)
    (pages / "a" / "up").symlink_to(pages, target_is_directory=True)  # a cycle
    (pages / "a" / "self").symlink_to(pages / "a", target_is_directory=True)  # another

    def cleaned(pattern: str) -> list[str]:
        out = tmp_path / f"out{len(list(tmp_path.glob('out*')))}"
        done = CliRunner().invoke(main, [str(pages), "-o", str(out), "--tree", "--glob",
                                         pattern, "--report", "none"])
        assert done.exit_code == 0, done.output
        return sorted(str(p.parent.relative_to(out)) for p in out.rglob("articles.json"))

    assert cleaned("a/*/b.txt") == [os.path.join("a", "link", "b")]
    assert cleaned("a/*/*/b.txt") == [os.path.join("a", "link", "deep", "b")]
    assert cleaned("link/*.txt") == [os.path.join("a", "link", "b")]
    assert cleaned("*.txt") == [os.path.join("real", "b")]
    assert cleaned("**/b.txt") == [os.path.join("real", "b")]
    assert cleaned("*/*/b.txt") == [os.path.join("a", "link", "b"),
                                    os.path.join("a", "link", "deep", "b")]


def test_a_link_to_a_page_outside_the_folder_is_read_under_the_link_s_name(tmp_path):
    """Must: a link in the input folder to a page outside it is a page of the folder, as the
    --help says (the user put it there: a folder of links to pages picked from elsewhere),
    its output named by the link and, with --tree, mirrored where the link stands, not
    where its target lies. Leaves alone: a link to a page in the output folder is not read
    (the cleaner's own output), and the pages beside the links."""
    pages, elsewhere, out = tmp_path / "pages", tmp_path / "elsewhere", tmp_path / "out"
    (pages / "sub").mkdir(parents=True)
    (elsewhere / "deep").mkdir(parents=True)
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    (elsewhere / "page.txt").write_text(PAGE, encoding="utf-8")
    (elsewhere / "deep" / "other.txt").write_text(PAGE, encoding="utf-8")
    (pages / "far.txt").symlink_to(elsewhere / "page.txt")
    (pages / "sub" / "near.txt").symlink_to(os.path.join("..", "..", "elsewhere", "deep",
                                                          "other.txt"))
    for tree, want in ((True, ["a", "far", os.path.join("sub", "near")]),
                       (False, ["a", "far", "near"])):
        target = out / f"tree{tree}"
        target.mkdir(parents=True)
        (target / "mine.txt").write_text(PAGE, encoding="utf-8")
        (pages / "mine.txt").unlink(missing_ok=True)
        (pages / "mine.txt").symlink_to(target / "mine.txt")
        done = run(pages, "-o", target, "--report", "none", *(["--tree"] if tree else []),
                   timeout=60)
        assert done.returncode == 0, done.stderr.decode()
        assert sorted(str(p.parent.relative_to(target))
                      for p in target.rglob("articles.json")) == want
    assert "page outside it is read as a page of the folder" in " ".join(
        run("--help").stdout.decode().split())


@pytest.mark.parametrize("pattern", ["../*.txt", "/tmp/*.txt", "a**.txt"])
def test_a_glob_that_reaches_outside_the_folder_is_a_usage_error(tmp_path, pattern):
    """Must: --glob names files inside the folder; one that names files outside it (absolute,
    or with ..) or holds ** inside a part is a usage error, exit 2, where rglob read
    ../*.txt beside the folder as its pages and stopped with a traceback on the others.
    Leaves alone: a pattern of folders inside it (sub/*.txt, **/*.txt)."""
    pages = tmp_path / "pages"
    (pages / "sub").mkdir(parents=True)
    (pages / "sub" / "a.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "beside.txt").write_text(PAGE, encoding="utf-8")
    done = run(pages, "-o", tmp_path / "out", "--glob", pattern, timeout=60)
    err = done.stderr.decode()
    assert done.returncode == 2, err
    assert err == (f"clean: --glob {pattern}: a pattern names the files inside the folder "
                   "(*.txt, sub/*.md; ** alone as a part for any folders), never outside it\n")
    for k, inside in enumerate(("sub/*.txt", "**/*.txt")):
        done = run(pages, "-o", tmp_path / f"out{k}", "--glob", inside, timeout=60)
        assert done.returncode == 0, done.stderr.decode()


def test_a_folder_of_the_output_under_the_input_that_cannot_be_opened_is_not_named(
        tmp_path, monkeypatch):
    """Leaves alone: a folder that may not be opened inside -o under the input folder (the
    cleaner's own output, never read as pages) neither is named nor fails the run."""
    from click.testing import CliRunner

    from cleaner.cli import main

    pages = tmp_path / "pages"
    locked = pages / "out" / "old"
    locked.mkdir(parents=True)
    (pages / "a.txt").write_text(PAGE, encoding="utf-8")
    real_scandir = os.scandir

    def deny(path="."):
        if os.fspath(path) == str(locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    done = CliRunner().invoke(main, [str(pages), "-o", str(pages / "out"), "-q"])
    assert (done.exit_code, done.output) == (0, "")
    assert (pages / "out" / "a" / "articles.json").exists()


def test_every_folder_that_cannot_be_opened_is_named_when_they_held_the_only_pages(
        tmp_path, monkeypatch):
    """Must: with no page found, each folder that could not be opened is named, not the
    first alone (the user fixed it to learn of the next on the next run); exit 2."""
    from click.testing import CliRunner

    from cleaner.cli import main

    pages = tmp_path / "pages"
    locked = [pages / "a", pages / "b"]
    for folder in locked:
        folder.mkdir(parents=True)
        (folder / "p.txt").write_text(PAGE, encoding="utf-8")
    real_scandir = os.scandir

    def deny(path="."):
        if os.fspath(path) in map(str, locked):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", deny)
    done = CliRunner().invoke(main, [str(pages), "-o", str(tmp_path / "out")])
    assert done.exit_code == 2, done.output
    assert sorted(done.output.splitlines()) == [
        f"clean: {folder}: permission denied; the pages in it were not read" for folder in locked]


def test_batch_in_parallel_writes_every_page(tmp_path):
    names = [f"p{i}" for i in range(6)]
    for n in names:
        (tmp_path / f"{n}.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "bad.txt").write_bytes(b"%PDF-1.4")
    done = run(*sorted(tmp_path.glob("*.txt")), "-o", tmp_path / "out", "-j", "2",
               "--report", "none")
    assert done.returncode == 1
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == names
    err = done.stderr.decode()
    assert f"{tmp_path / 'bad.txt'}: this is a PDF file" in err
    assert "6/7 pages cleaned" in err


def test_report_both_and_output_folder_checks(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    assert run(page, "-o", tmp_path / "out", "--report", "both").returncode == 0
    assert (tmp_path / "out" / "p" / "report.diff").exists()
    (tmp_path / "file").write_text("x")
    done = run(page, "-o", tmp_path / "file")
    assert done.returncode == 2 and "-o" in done.stderr.decode() and "not a folder" in done.stderr.decode()


def test_an_output_folder_under_a_file_is_refused_as_such(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    (tmp_path / "notes.txt").write_text("mine")
    done = run(page, "-o", tmp_path / "notes.txt" / "out")
    assert done.returncode == 2
    assert done.stderr.decode() == (f"clean: -o {tmp_path / 'notes.txt' / 'out'}: "
                                    f"{tmp_path / 'notes.txt'} is a file, not a folder\n")
    assert (tmp_path / "notes.txt").read_text() == "mine"


def test_a_folder_is_cleaned_in_the_natural_order_of_its_pages(tmp_path):
    # p2 before p10 (and folder 2024-9 before 2024-10), as pages are numbered; where no
    # number differs, the order of the names as before (a before b, p1 before p1a)
    folder = tmp_path / "in"
    names = ["p10", "p2", "p1a", "p1", "b", "a", "2024-10/p1", "2024-9/p1"]
    for name in names:
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / f"{name}.txt").write_text(PAGE, encoding="utf-8")
    done = run("in", "-o", "out", "--tree", "--report", "none", cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    written = [line.split(" -> out/")[1].rstrip("/") for line in done.stderr.decode().splitlines()
               if " -> " in line]
    assert written == ["2024-9/p1", "2024-10/p1", "a", "b", "p1", "p1a", "p2", "p10"]


def test_same_name_in_two_folders_is_refused(tmp_path):
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "p.txt").write_text(PAGE, encoding="utf-8")
    done = run(tmp_path / "a" / "p.txt", tmp_path / "b" / "p.txt", "-o", tmp_path / "out")
    assert done.returncode == 2 and "would both write" in done.stderr.decode()
    assert not (tmp_path / "out").exists()


def test_a_page_given_twice_is_refused_as_such(tmp_path):
    # (clean *.txt p.txt: the two outputs collide, and mirroring folders would not help)
    (tmp_path / "a").mkdir()
    page = tmp_path / "a" / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = run(page, tmp_path / "a" / ".." / "a" / "p.txt", "-o", tmp_path / "out", "--tree")
    err = done.stderr.decode()
    assert done.returncode == 2 and "given twice" in err and err.count("\n") == 1
    assert "--tree" not in err and not (tmp_path / "out").exists()


def test_standard_input_given_twice_is_refused_as_such(tmp_path):
    # (--tree, which the hint for two pages of one name offers, cannot part '-' from '-')
    done = run("-", "-", "-o", tmp_path / "out", stdin=PAGE.encode())
    err = done.stderr.decode()
    assert done.returncode == 2 and err == "clean: -: standard input given twice; give '-' once\n"
    assert not (tmp_path / "out").exists()


def test_no_input_names_the_way_to_read_standard_input(tmp_path):
    # `cat p.txt | clean -o out/` reads nothing: the error says how to read the pipe
    done = run("-o", tmp_path / "out", stdin=PAGE.encode())
    err = done.stderr.decode()
    assert done.returncode == 2 and err.count("\n") == 1 and "'-'" in err
    assert not (tmp_path / "out").exists()


def test_text_input_gets_the_same_checks_as_bytes():
    from cleaner import InputError, clean

    for text in ("", " \n\u3000\n", "\u200b\n"):
        with pytest.raises(InputError):
            clean(text)


def test_bad_report_option(tmp_path):
    done = run(SAMPLE, "-o", tmp_path, "--report", "pdf")
    assert done.returncode == 2 and "--report" in done.stderr.decode()


def test_list_rules_shows_every_rule():
    out = run("--list-rules").stdout.decode()
    for rule_id in ("NRM001", "PUN001", "CAP001", "CLS005", "JOIN001", "MOVE001", "FLG002"):
        assert rule_id in out


def test_user_rule_file_changes_behaviour(tmp_path):
    rules = tmp_path / "mine.toml"
    rules.write_text("[[rule]]\nid = \"USR001\"\nname = \"caption.photo_note\"\n"
                     "stage = \"captions\"\nrole = \"caption\"\npriority = 5\n"
                     "reason = \"our paper opens captions with 【图片】\"\n"
                     "patterns = ['^【图片】']\n", encoding="utf-8")
    page = tmp_path / "p.txt"
    page.write_text("# 标题\n\n本报讯 今天天气晴。\n\n【图片】会场一角。\n", encoding="utf-8")
    plain = json.loads(run(page, "-o", "-").stdout)
    mine = json.loads(run(page, "-o", "-", "--rules", rules).stdout)
    assert plain["articles"][0]["captions"] == []
    assert mine["articles"][0]["captions"] == ["【图片】会场一角。"]
    assert any(e["rule"] == "USR001" for e in mine["edits"])


def test_disable_turns_a_rule_off():
    page = "# 标题\n\n本报讯 今天天气晴。\n\n上图:会场一角。\n".encode()
    on = json.loads(run("-", "-o", "-", stdin=page).stdout)
    off = json.loads(run("-", "-o", "-", "--disable", "CAP001", stdin=page).stdout)
    assert on["articles"][0]["captions"] and not off["articles"][0]["captions"]
    bad = run("-", "-o", "-", "--disable", "XYZ999", stdin=PAGE.encode())
    assert bad.returncode == 3 and "XYZ999" in bad.stderr.decode()


@pytest.mark.parametrize("text,where", [
    ("[[rule]]\nid = \"CAP001\"\nname = \"x\"\n\npatterns = ['(unclosed']\n", ":5"),
    ("[[rule]]\nid = \"X1\n", "line 2"),
    ("[[rule]]\nid = \"USR002\"\nname = \"x\"\nstage = \"nowhere\"\nreason = \"r\"\n", ":4"),
    ("[[rule]]\nid = \"USR003\"\nname = \"x\"\nstage = \"captions\"\nreason = \"r\"\n"
     "patterns = []\n", "empty pattern list"),
    # a parameter out of the range its code works in (LAY001 min_support 0: an IndexError)
    ("[[rule]]\nid = \"LAY001\"\n[rule.params]\nmin_support = 0\n", ":4"),
    # a word list with an empty word, which every text would end on
    ("[[rule]]\nid = \"CLS015\"\n[rule.params]\nopen_questions = [\"为何\", \"\"]\n", "empty string"),
    # a layout pattern the stage reads as a string, and a LAY101 window out of its range:
    # refused at load, not where the first page reaches the rule
    ("[[rule]]\nid = \"LAY002\"\n[rule.params]\nsmall_start = \"^(图为\"\n", ":4: bad pattern"),
    ("[[rule]]\nid = \"LAY101\"\n[rule.params]\nstream_window = 0\n", ":4"),
    # a parameter's old name, told its new one
    ("[[rule]]\nid = \"LAY002\"\n[rule.params]\nno_line_start = \"[。]\"\n",
     ":4: rule LAY002: parameter no_line_start is now called closing_mark"),
])
def test_bad_rule_file_names_file_and_line(tmp_path, text, where):
    rules = tmp_path / "bad.toml"
    rules.write_text(text, encoding="utf-8")
    done = run(SAMPLE, "-o", tmp_path / "out", "--rules", rules)
    err = done.stderr.decode()
    assert done.returncode == 3
    assert "bad.toml" in err and where in err and err.count("\n") == 1
    assert not (tmp_path / "out").exists()


def test_a_bad_rule_id_or_profile_exits_3_as_the_help_says(tmp_path):
    # (the help listed only a bad rule file for status 3; the profile error left out the
    # two choices every run has, auto and none)
    help_text = " ".join(run("--help").stdout.decode().split())
    assert "3 bad rule file, rule id (--disable) or profile (--profile)" in help_text
    done = run(SAMPLE, "-o", tmp_path / "out", "--profile", "hk")
    err = done.stderr.decode()
    assert done.returncode == 3 and err.count("\n") == 1
    assert "hongkong" in err and "auto" in err and "none" in err


@pytest.mark.parametrize("tool,start,module", [("clean", "clean", "cleaner.pipeline"),
                                               ("clean-eval", "clean_eval", "cleaner.evaluate")])
def test_interrupt_while_the_command_loads_is_one_line(tool, start, module):
    """Must: ^C while the modules load (the rules' patterns compile at import) is one line
    and status 130, where it was a traceback from inside an import, or, landing in a
    pattern's __del__, ignored: the run went on and exited 0. The ^C is sent by an import
    hook when a module the command loads is first looked for, so no timing is involved."""
    script = (
        "import importlib.abc, os, signal, sys\n"
        "class Interrupt(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        f"        if name == {module!r}:\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        f"sys.argv = [{tool!r}, '--version']\n"
        f"from cleaner.start import {start}\n"
        f"{start}()\n")
    # (SIGINT restored in the child, as test_stream does: a test run put in the background
    # by a shell without job control starts with SIGINT ignored, which the command rightly
    # keeps ignoring, and this test failed there with status 0.)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)},
                          preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    assert (done.returncode, done.stderr.decode()) == (130, f"{tool}: interrupted\n")
    assert done.stdout == b""


def test_a_command_started_with_interrupt_ignored_loads_on_past_it():
    """Must not: a run started with ^C ignored (a script's `clean … &`: the shell sets
    background commands so) is not ended by a ^C while it loads; it runs to its end."""
    script = (
        "import importlib.abc, os, signal, sys\n"
        "class Interrupt(importlib.abc.MetaPathFinder):\n"
        "    def find_spec(self, name, path, target=None):\n"
        "        if name == 'cleaner.pipeline':\n"
        "            os.kill(os.getpid(), signal.SIGINT)\n"
        "        return None\n"
        "sys.meta_path.insert(0, Interrupt())\n"
        "signal.signal(signal.SIGINT, signal.SIG_IGN)\n"
        "sys.argv = ['clean', '--version']\n"
        "from cleaner.start import clean\n"
        "clean()\n")
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (done.returncode, done.stderr.decode()) == (0, "")
    assert "0.1.0" in done.stdout.decode()


def test_the_commands_start_where_a_load_can_be_interrupted():
    """The installed commands and `python -m cleaner` go through cleaner.start, and
    importing the package loads no pipeline (its API loads on first use)."""
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["project"]["scripts"]
    assert scripts == {"clean": "cleaner.start:clean", "clean-eval": "cleaner.start:clean_eval"}
    done = subprocess.run(
        [sys.executable, "-c", "import sys, cleaner; print('cleaner.pipeline' in sys.modules); "
         "from cleaner import clean, Page; print('cleaner.pipeline' in sys.modules)"],
        capture_output=True, timeout=120, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.stdout.decode().split() == ["False", "True"]


def test_help_teaches():
    out = run("--help").stdout.decode()
    for word in ("--report", "--script", "--rules", "--disable", "Examples", "Exit status"):
        assert word in out


@pytest.mark.parametrize("tool,name,end,least", [("cleaner", "clean", "Exit status", 6),
                                                 ("cleaner.eval_cli", "clean-eval", "Gold:", 3)])
def test_help_sets_each_example_above_what_it_does(tool, name, end, least):
    """Each example command on a line of its own, what it does under it: the commands had
    their descriptions beside them at whatever column each command's length left, or none."""
    out = run("--help", tool=tool).stdout.decode()
    lines = out[out.index("Examples:"):out.index(end)].splitlines()[1:]
    examples = [ln for ln in lines if ln.strip()]
    commands, notes = examples[0::2], examples[1::2]
    assert len(commands) == len(notes) >= least
    assert all(c.strip().startswith(f"{name} ") for c in commands)
    assert all(not n.strip().startswith(f"{name} ") for n in notes)
    indent = {len(c) - len(c.lstrip()) for c in commands}
    assert len(indent) == 1 and {len(n) - len(n.lstrip()) for n in notes} == {indent.pop() + 4}


@pytest.mark.parametrize("mode", [[], ["--jsonl"]], ids=["pages", "jsonl"])
@pytest.mark.parametrize("out", ["", " "], ids=["empty", "blank"])
def test_an_empty_out_is_refused_not_read_as_the_default(tmp_path, mode, out):
    """`-o "$OUT"` with OUT unset: the run had written ./out/ (or, with --jsonl, standard
    output) as though no -o were given."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE if not mode else json.dumps({"id": 1, "text": PAGE}) + "\n",
                    encoding="utf-8")
    done = run(*mode, page, "-o", out, cwd=tmp_path)
    err = done.stderr.decode()
    assert done.returncode == 2 and err.count("\n") == 1, err
    assert err.startswith(f"clean: -o {out!r}: no name") and not done.stdout
    assert sorted(p.name for p in tmp_path.iterdir()) == ["page.txt"]
    # (what must stay: no -o is the default folder, and '-' standard output)
    assert run(*mode, page, "-q", cwd=tmp_path).returncode == 0
    assert mode or (tmp_path / "out" / "page" / "articles.json").is_file()
    assert run(*mode, page, "-o", "-", cwd=tmp_path).stdout


def test_clean_eval_refuses_an_empty_out(tmp_path):
    gold = ROOT / "samples" / "gold"
    done = run(gold, SAMPLE, "-o", "", cwd=tmp_path, tool="cleaner.eval_cli")
    assert done.returncode == 2 and done.stderr.decode().startswith("clean-eval: -o '': no name")
    assert not any(tmp_path.iterdir())


def test_a_bad_report_kind_names_the_kinds_the_help_names():
    err = run("page.txt", "--report", "pdf").stderr.decode()
    assert "html, diff, both (html,diff) or none" in err
    assert "html, diff, both, or none" in " ".join(run("--help").stdout.decode().split())


def test_standard_input_writes_the_stdin_folder_as_the_help_says(tmp_path):
    assert "standard input ('-') writes DIR/stdin/" in run("--help").stdout.decode()
    done = run("-", "-o", tmp_path / "out", "--report", "none", stdin=PAGE.encode())
    assert done.returncode == 0 and (tmp_path / "out" / "stdin" / "articles.json").is_file()


def test_article_files_sort_in_page_order_past_99(tmp_path):
    page = tmp_path / "long.txt"
    page.write_text("".join(f"# 第{n}条消息\n\n本报讯 今天第{n}件事办好了。\n\n"
                            for n in range(1, 121)), encoding="utf-8")
    assert run(page, "-o", tmp_path / "out", "--report", "none").returncode == 0
    folder = tmp_path / "out" / "long"
    files = sorted(p.name for p in folder.glob("*.txt"))
    assert files[:2] == ["001.txt", "002.txt"] and files[-1] == "120.txt" and len(files) == 120
    assert "第100条" in (folder / "100.txt").read_text(encoding="utf-8")
    manifest = json.loads((folder / "articles.json").read_text(encoding="utf-8"))
    assert [a["file"] for a in manifest["articles"]] == files


def test_the_cli_module_run_as_a_script_is_the_clean_command(tmp_path):
    """`python -m cleaner.cli` runs the command as `python -m cleaner` does; it had
    exited 0 having done nothing, which looks like a run that found nothing to clean."""
    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "cleaner.cli", str(page), "-o", "-"],
                          capture_output=True)
    assert done.returncode == 0
    assert json.loads(done.stdout)["articles"][0]["headline"] == "标题"


@pytest.mark.parametrize("tool,args,message", [
    ("cleaner", ["page.txt", "-j", "0"], "clean: invalid value for '-j' / '--jobs'"),
    ("cleaner", ["page.txt", "--no-such"], "clean: no such option '--no-such'"),
    ("cleaner", ["page.txt", "--script", "zz"], "clean: invalid value for '--script'"),
    ("cleaner.eval_cli", [], "clean-eval: missing argument 'GOLD_DIR'"),
])
def test_a_usage_error_is_one_line_too(tmp_path, tool, args, message):
    # (click's own take four: the usage, a hint, a blank line and the error)
    done = run(*args, cwd=tmp_path, tool=tool)
    err = done.stderr.decode()
    assert done.returncode == 2 and err.count("\n") == 1, err
    assert err.startswith(message) and err.endswith("--help)\n"), err
    assert ". (see" not in err  # (click's sentence goes on into the hint, no full stop)
    assert not any(tmp_path.iterdir())


def test_an_unreadable_page_is_refused_by_the_cleaner_as_other_pages_are(tmp_path,
                                                                           monkeypatch):
    """The command reads the page itself, so an unreadable page is one line of its own
    (`x.txt: permission denied`), in a batch as alone, not click's usage error; run as
    root no file is unreadable, so here the check and the read are made to fail."""
    import builtins

    from click.testing import CliRunner

    from cleaner.cli import main

    page = tmp_path / "page.txt"
    page.write_text(PAGE, encoding="utf-8")
    real_open = builtins.open

    def deny(file, *args, **kwargs):
        if str(file) == str(page):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(os, "access", lambda *args, **kwargs: False)
    monkeypatch.setattr(builtins, "open", deny)
    done = CliRunner().invoke(main, [str(page), "-o", str(tmp_path / "out")])
    assert (done.exit_code, done.output) == (2, f"clean: {page}: permission denied\n")
    assert not (tmp_path / "out").exists()


def test_a_batch_stopped_by_ctrl_c_says_how_far_it_got(tmp_path, monkeypatch):
    """^C in a batch of pages names how many were done, as a stream stopped names the
    records its file holds; it had said "interrupted" alone. One page stopped says only
    that, as before."""
    from click.testing import CliRunner

    from cleaner import cli

    pages = tmp_path / "pages"
    pages.mkdir()
    for n in range(1, 6):
        (pages / f"p{n}.txt").write_text(PAGE if n != 2 else "", encoding="utf-8")
    real = cli._attempt

    def attempt(name, *args, **kwargs):
        if name.endswith("p4.txt"):
            raise KeyboardInterrupt
        return real(name, *args, **kwargs)

    monkeypatch.setattr(cli, "_attempt", attempt)
    done = CliRunner().invoke(cli.main, [str(pages), "-o", str(tmp_path / "out"), "-q",
                                         "--report", "none"])
    assert done.exit_code == 130
    assert done.output.splitlines()[-1] == (
        "clean: interrupted after 3 of 5 pages (2 cleaned, 1 failed); run it again for the "
        "rest: it replaces the folders it wrote")
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["p1", "p3"]
    alone = CliRunner().invoke(cli.main, [str(pages / "p4.txt"), "-o", str(tmp_path / "o")])
    assert (alone.exit_code, alone.output) == (130, "clean: interrupted\n")


def test_an_unreadable_jsonl_file_is_one_line_too(tmp_path, monkeypatch):
    """With --jsonl too: `x.jsonl: permission denied` and exit 2, before any output is
    made, where its first record's check let the error through as a traceback."""
    import builtins

    from click.testing import CliRunner

    from cleaner.cli import main

    source = tmp_path / "pages.jsonl"
    source.write_text(json.dumps({"id": 1, "text": PAGE}, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    real_open = builtins.open

    def deny(file, *args, **kwargs):
        if str(file) == str(source):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, *args, **kwargs)

    monkeypatch.setattr(builtins, "open", deny)
    target = tmp_path / "out.jsonl"
    done = CliRunner().invoke(main, ["--jsonl", str(source), "-o", str(target)])
    assert (done.exit_code, done.output) == (2, f"clean: {source}: permission denied\n")
    assert not target.exists()


@pytest.mark.parametrize("args", [["-", "-o", "-"], ["--jsonl"]])
def test_standard_input_closed_is_one_line(args):
    # Started with its standard input closed (clean - <&-), Python has no sys.stdin: one
    # line and exit 2, where a page said internal error and --jsonl a traceback.
    done = subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=True,
                          stdin=None, timeout=120, preexec_fn=lambda: os.close(0),
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert done.stderr.decode() == ("clean: stdin: standard input is closed; pipe the input in, "
                                    "or give a file\n")


@pytest.mark.parametrize("args", [["page.txt", "-o", "-"], ["--jsonl", "pages.jsonl"]])
def test_standard_output_closed_is_one_line(tmp_path, args):
    # Output to standard output started with it closed (clean … -o - >&-): one line and
    # exit 2 before any work, where a page said internal error and --jsonl a traceback.
    (tmp_path / "page.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": 1, "text": PAGE}) + "\n")
    done = subprocess.run([sys.executable, "-m", "cleaner", *args], capture_output=False,
                          stdin=subprocess.DEVNULL, stderr=subprocess.PIPE, cwd=tmp_path,
                          timeout=120, preexec_fn=lambda: os.close(1),
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2
    assert done.stderr.decode() == ("clean: -o -: standard output is closed; give -o a file "
                                    "or folder to write\n")


def test_a_stream_to_a_file_with_standard_output_closed_is_written(tmp_path):
    # Standard output closed (>&-) is nothing to a stream written to a file (-o x.jsonl).
    (tmp_path / "pages.jsonl").write_text(json.dumps({"id": 1, "text": PAGE}) + "\n")
    done = subprocess.run([sys.executable, "-m", "cleaner", "--jsonl", "pages.jsonl", "-o",
                           "out.jsonl"], stdin=subprocess.DEVNULL, stderr=subprocess.PIPE,
                          cwd=tmp_path, timeout=120, preexec_fn=lambda: os.close(1),
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert (done.returncode, done.stderr) == (0, b"")
    assert json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8"))["id"] == 1
