"""Fault injection: what must happen when things go wrong around a run.

Each row of the table says what must happen, and every row checks the one thing that
never may: a file the cleaner did not write is lost or changed. A `Scene` is a folder
prepared with the user's own files (`keep`), the fault is applied, `clean` runs, and
then every kept file must still be there byte for byte.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .helpers import ROOT
from .helpers import run_clean as run

PAGE = "# 标题\n\n本报讯（记者 王五）今天,天气晴。\n\n上图:会场。张三摄\n"
OTHER = "# 另一个标题\n\n本报讯 明天下雨。\n"


def snapshot(root: Path) -> dict[str, bytes | None]:
    """Every file and folder under root: path -> bytes (None for a folder)."""
    out: dict[str, bytes | None] = {}
    for path in sorted(root.rglob("*")):
        rel = str(path.relative_to(root))
        out[rel] = None if path.is_dir() and not path.is_symlink() else (
            os.readlink(path).encode() if path.is_symlink() else path.read_bytes())
    return out


def assert_kept(root: Path, before: dict[str, bytes | None]) -> None:
    """Nothing of the user's was lost or changed."""
    now = snapshot(root)
    for rel, content in before.items():
        assert rel in now, f"{rel} was deleted"
        assert now[rel] == content, f"{rel} was changed"


def one_line_error(done, code: int, *words: str) -> str:
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == code, (done.returncode, err)
    assert err.startswith("clean: ") and err.count("\n") == 1, err
    assert "Traceback" not in err, err
    for w in words:
        assert w in err, (w, err)
    return err


def output_of(folder: Path) -> dict[str, str]:
    return {p.name: p.read_text("utf-8") for p in folder.iterdir()}


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.iterdir() if p.name.startswith("."))


# --- the two high-severity repros (issue 8, item 1) -------------------------------------

def test_input_file_at_the_output_place_is_never_replaced(tmp_path):
    """`clean page -o .` where `page` is the input: it used to be deleted."""
    (tmp_path / "page").write_text(PAGE, encoding="utf-8")
    before = snapshot(tmp_path)
    done = run("page", "-o", ".", cwd=tmp_path)
    one_line_error(done, 2, "page", "output folder")
    assert_kept(tmp_path, before)
    assert snapshot(tmp_path) == before  # nothing written at all


def test_foreign_folder_at_the_output_place_is_never_replaced(tmp_path):
    """`clean src.txt -o proj` with proj/src/code.py: code.py used to be deleted."""
    (tmp_path / "proj" / "src").mkdir(parents=True)
    (tmp_path / "proj" / "src" / "code.py").write_text("x\n")
    (tmp_path / "src.txt").write_text(PAGE, encoding="utf-8")
    before = snapshot(tmp_path)
    done = run("src.txt", "-o", "proj", cwd=tmp_path)
    one_line_error(done, 2, str(Path("proj") / "src"), "code.py")
    assert snapshot(tmp_path) == before


# --- the output folder --------------------------------------------------------------------

FOREIGN = [
    # (id, what the user has at out/p, words the error must hold)
    ("file", lambda p: p.write_text("mine"), ["not a folder the cleaner wrote"]),
    ("folder-of-notes", lambda p: (p.mkdir(), (p / "notes.md").write_text("mine")),
     ["notes.md"]),
    ("folder-with-subfolder", lambda p: (p.mkdir(), (p / "01.txt").write_text("mine"),
                                         (p / "img").mkdir(), (p / "img" / "a.png").write_bytes(b"x")),
     ["img"]),
    ("cleaner-names-without-marker", lambda p: (p.mkdir(), (p / "01.txt").write_text("mine"),
                                                (p / "articles.json").write_text("{}")),
     ["not a folder the cleaner wrote"]),
    ("link-to-a-folder", lambda p: (p.parent.joinpath("real").mkdir(),
                                    p.parent.joinpath("real", "x").write_text("mine"),
                                    p.symlink_to(p.parent / "real")),
     ["is a link"]),
]


@pytest.mark.parametrize("name,make,words", FOREIGN, ids=[f[0] for f in FOREIGN])
def test_foreign_thing_at_the_output_is_refused_and_kept(tmp_path, name, make, words):
    """Must: exit 2 with one line naming out/p, and leave it exactly as it was."""
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    make(tmp_path / "out" / "p")
    before = snapshot(tmp_path)
    done = run(tmp_path / "p.txt", "-o", tmp_path / "out")
    one_line_error(done, 2, str(tmp_path / "out" / "p"), *words)
    assert snapshot(tmp_path) == before


def test_previous_output_is_replaced_and_foreign_neighbours_kept(tmp_path):
    """Must: a cleaner output is replaced whole; the user's files beside it stay."""
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.md").write_text("mine")
    (out / ".p.hidden").write_text("mine too")  # looks like ours, is not
    before = snapshot(tmp_path)
    assert run(page, "-o", out).returncode == 0
    page.write_text(OTHER, encoding="utf-8")
    assert run(page, "-o", out, "--report", "none").returncode == 0
    assert_kept(tmp_path, {k: v for k, v in before.items() if k != "p.txt"})
    assert sorted(output_of(out / "p")) == [".cleaner", "01.txt", "articles.json"]
    assert "明天下雨" in (out / "p" / "01.txt").read_text("utf-8")
    assert leftovers(out) == [".p.hidden"]


@pytest.mark.parametrize("change", [
    lambda p: (p / "2024.txt").write_text("mine"),  # named like an article, not one of its
    lambda p: (p / "articles.json").write_text(     # corrected by hand into gold
        (p / "articles.json").read_text("utf-8").replace("标题", "标题（改）"), "utf-8"),
    lambda p: (p / "01.txt").write_bytes((p / "01.txt").read_bytes()[::-1]),  # same size
], ids=["unlisted-article-name", "hand-corrected-manifest", "same-size-edit"])
def test_a_file_added_or_changed_in_an_earlier_output_is_kept(tmp_path, change):
    """Must: an earlier output holding a file the run did not write, or one changed since,
    is not replaced: exit 2 with one line naming it, and the folder kept as it is."""
    page = _page(tmp_path, "p")
    out = tmp_path / "out"
    assert run(page, "-o", out).returncode == 0
    change(out / "p")
    before = snapshot(tmp_path)
    one_line_error(run(page, "-o", out), 2, str(out / "p"), "left as it is")
    assert snapshot(tmp_path) == before


def test_an_earlier_output_is_replaced_with_a_file_of_its_gone(tmp_path):
    """Must not: a file the run wrote and the user removed keeps nothing from being
    replaced (it was the cleaner's)."""
    page = _page(tmp_path, "p")
    out = tmp_path / "out"
    assert run(page, "-o", out).returncode == 0
    (out / "p" / "report.html").unlink()
    assert run(page, "-o", out).returncode == 0
    assert (out / "p" / "report.html").exists()


def test_an_earlier_output_whose_marker_lists_no_files_is_replaced(tmp_path):
    """Must not: a marker from before the listing (its text alone) still marks the folder
    the cleaner's, as before."""
    from cleaner.output import MARKER_TEXT

    page = _page(tmp_path, "p")
    out = tmp_path / "out"
    assert run(page, "-o", out).returncode == 0
    (out / "p" / ".cleaner").write_text(MARKER_TEXT.format(version="0.1.0"), "utf-8")
    (out / "p" / "07.txt").write_text("an article of the earlier run", "utf-8")
    assert run(page, "-o", out).returncode == 0
    assert not (out / "p" / "07.txt").exists()


def test_output_from_before_the_marker_is_still_recognised(tmp_path):
    page = tmp_path / "p.txt"
    page.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out"
    assert run(page, "-o", out).returncode == 0
    (out / "p" / ".cleaner").unlink()  # as an earlier version wrote it
    assert run(page, "-o", out).returncode == 0
    assert (out / "p" / ".cleaner").exists()


def test_empty_folder_at_the_output_is_used(tmp_path):
    (tmp_path / "p.txt").write_text(PAGE, encoding="utf-8")
    (tmp_path / "out" / "p").mkdir(parents=True)
    assert run(tmp_path / "p.txt", "-o", tmp_path / "out").returncode == 0
    assert (tmp_path / "out" / "p" / "01.txt").exists()


def test_input_inside_the_output_folder_is_refused(tmp_path):
    """Must: exit 2 before cleaning; the page and the folder holding it are kept."""
    out = tmp_path / "out"
    (out / "p").mkdir(parents=True)
    inside = _page(out / "p", "p")
    before = snapshot(tmp_path)
    one_line_error(run(inside, "-o", out), 2, "inside the output folder")
    assert snapshot(tmp_path) == before
    # A batch whose second page lies inside the first page's output folder.
    assert run(_page(tmp_path, "q"), "-o", out).returncode == 0
    (out / "q" / "q.txt").write_text(PAGE, encoding="utf-8")
    before = snapshot(tmp_path)
    done = run(tmp_path / "q.txt", out / "q" / "q.txt", "-o", tmp_path / "elsewhere")
    assert done.returncode == 2  # two pages named q: refused before anything is written
    done = run(tmp_path / "q.txt", out / "q" / "01.txt", "-o", out)
    one_line_error(done, 2, "inside the output folder")
    assert snapshot(tmp_path) == before


def test_output_folders_get_normal_permissions(tmp_path):
    out = tmp_path / "out"
    old = os.umask(0o022)
    try:
        assert run(_page(tmp_path, "p"), "-o", out).returncode == 0
    finally:
        os.umask(old)
    assert (out / "p").stat().st_mode & 0o777 == 0o755
    assert (out / "p" / "01.txt").stat().st_mode & 0o777 == 0o644


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes into read-only folders")
def test_read_only_output_names_the_output(tmp_path):
    """Must: exit 2 with one line naming the output path, not the input; nothing lost."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("mine")
    page = _page(tmp_path, "p")
    before = snapshot(tmp_path)
    out.chmod(0o555)
    try:
        done = run(page, "-o", out)
    finally:
        out.chmod(0o755)
    err = one_line_error(done, 2, str(out))
    assert "p.txt" not in err.split(str(out))[0]  # the input is not blamed
    assert snapshot(tmp_path) == before


@pytest.mark.parametrize("errno_name", ["EROFS", "EACCES", "ENOSPC"])
def test_output_fault_names_the_output(tmp_path, errno_name):
    """Must: a read-only file system, a permission fault or a full disk while writing
    exits 2 with one line naming the output path; the previous output and the user's
    files are kept, and no temporary folder is left. (Injected in a child process, so
    it holds for root too.)"""
    out = tmp_path / "out"
    page = _page(tmp_path, "p")
    assert run(page, "-o", out).returncode == 0
    (out / "mine.txt").write_text("mine")
    before = snapshot(tmp_path)
    where = "mkdir" if errno_name != "ENOSPC" else "write"
    script = textwrap.dedent(f"""
        import errno, os, sys
        from cleaner import output
        from cleaner.cli import main
        fault = OSError(errno.{errno_name}, os.strerror(errno.{errno_name}))
        if "{where}" == "mkdir":
            def mkdir(*a, **k):
                raise fault
            output.os.mkdir = mkdir
        else:
            def dump(*a, **k):
                raise fault
            output.write_manifest = dump
        sys.argv[0] = "clean"
        main()
    """)
    done = subprocess.run([sys.executable, "-c", script, str(page), "-o", str(out)],
                          capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    err = one_line_error(done, 2, str(out / "p"), os.strerror(getattr(__import__("errno"),
                                                                       errno_name)).lower())
    assert not err.startswith(f"clean: {page}")  # the input is not blamed
    assert snapshot(tmp_path) == before


def test_unwritable_output_place_names_the_output(tmp_path):
    """Must: an output fault (here, a file where the folder must go) names the output."""
    (tmp_path / "blocker").write_text("mine")
    before = snapshot(tmp_path)
    done = run(_page(tmp_path, "p"), "-o", tmp_path / "blocker" / "out")
    one_line_error(done, 2, str(tmp_path / "blocker"))
    assert_kept(tmp_path, before)


# --- input that is not a page -------------------------------------------------------------

def test_dev_zero_is_refused_at_once(tmp_path):
    """Must: /dev/zero (a device without end) exits 2 with one line before reading it;
    as standard input it stops at --max-bytes. Nothing is written."""
    one_line_error(run("/dev/zero", "-o", tmp_path / "out", timeout=60), 2, "/dev/zero",
                   "device")
    done = run("-", "-o", tmp_path / "out", "--max-bytes", "1M", stdin=bytes(2 * 1024 * 1024))
    one_line_error(done, 2, "--max-bytes")
    assert not (tmp_path / "out").exists()


def test_a_page_over_the_default_cap_is_refused_and_a_raised_cap_reads_it(tmp_path):
    """Must: with no --max-bytes a page over 4 MiB (eighty broadsheet pages; memory goes
    ~100-1,300 bytes per byte) is refused in one line, exit 2, nothing written, before
    it is read; --max-bytes 5M cleans the same page."""
    big = tmp_path / "big.txt"
    big.write_bytes(("国" * 59 + "。\n").encode() * (4 * 1024 * 1024 // 181 + 1))
    assert big.stat().st_size > 4 * 1024 * 1024
    one_line_error(run(big, "-o", tmp_path / "out"), 2, "--max-bytes")
    assert not (tmp_path / "out").exists()
    done = run(big, "-o", tmp_path / "out", "--max-bytes", "5M", "--report", "none")
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "out" / "big" / "articles.json").exists()


def test_fifo_is_refused_without_blocking(tmp_path):
    """Must: a FIFO is refused with one line, and the run does not wait for a writer."""
    fifo = tmp_path / "page.txt"
    os.mkfifo(fifo)
    one_line_error(run(fifo, "-o", tmp_path / "out", timeout=60), 2, str(fifo), "FIFO")
    assert not (tmp_path / "out").exists()


def test_folder_as_input_is_one_line(tmp_path):
    (tmp_path / "pages").mkdir()
    done = run(tmp_path / "pages", "-o", tmp_path / "out")
    one_line_error(done, 2, str(tmp_path / "pages"), "folder")


def test_page_over_the_size_limit_is_refused_and_the_limit_can_be_raised(tmp_path):
    page = _page(tmp_path, "p")
    size = page.stat().st_size
    one_line_error(run(page, "-o", tmp_path / "out", "--max-bytes", str(size - 1)), 2,
                   "--max-bytes")
    assert not (tmp_path / "out").exists()
    assert run(page, "-o", tmp_path / "out", "--max-bytes", str(size)).returncode == 0
    one_line_error(run(page, "--max-bytes", "lots"), 2, "--max-bytes")


# --- names taken from the input ----------------------------------------------------------

@pytest.mark.parametrize("filename,stem", [("..txt", "page"), ("...txt", "page"),
                                           (".hidden.txt", "hidden")])
def test_dot_names_never_write_dot_or_dotdot(tmp_path, filename, stem):
    (tmp_path / "work").mkdir()
    (tmp_path / "work" / filename).write_text(PAGE, encoding="utf-8")
    (tmp_path / "work" / "mine.txt").write_text("mine")
    before = snapshot(tmp_path)
    done = run(filename, "-o", "out", cwd=tmp_path / "work")
    assert done.returncode == 0, done.stderr.decode()
    assert (tmp_path / "work" / "out" / stem / "01.txt").exists()
    assert sorted(p.name for p in (tmp_path / "work" / "out").iterdir()) == [stem]
    assert_kept(tmp_path, before)


def test_long_names_are_cut_with_a_hash_and_stay_apart(tmp_path):
    names = ["字" * 80 + "甲.txt", "字" * 80 + "乙.txt"]  # 243 bytes each
    for n in names:
        (tmp_path / n).write_text(PAGE, encoding="utf-8")
    done = run(*(tmp_path / n for n in names), "-o", tmp_path / "out")
    assert done.returncode == 0, done.stderr.decode()
    folders = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert len(folders) == 2 and all(len(f.encode()) <= 200 for f in folders)
    assert all(f.startswith("字" * 60) for f in folders)


# --- text that is and is not text ---------------------------------------------------------

HAN_ONLY = "中华人民共和国国务院总理今天会见了来访的客人，双方就共同关心的问题交换了意见。" * 4


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", [PAGE, "# 标题\n\n" + HAN_ONLY + "\n", HAN_ONLY],
                         ids=["with-ascii", "han-lines", "han-only"])
def test_utf16_without_a_bom_is_read(tmp_path, encoding, text):
    """Must: UTF-16 with no BOM decodes as such (it used to be refused as not text)."""
    page = tmp_path / "p.txt"
    page.write_bytes(text.encode(encoding))
    done = run(page, "-o", "-")
    assert done.returncode == 0, done.stderr.decode()
    manifest = json.loads(done.stdout)
    assert manifest["input"]["encoding"] == encoding
    assert "国务院" in done.stdout.decode() or "天气晴" in done.stdout.decode()


def test_text_and_bytes_get_the_same_checks():
    """Must: clean(str) refuses what the bytes path refuses: lone surrogates (which
    could not be written) and text that is mostly NUL or control characters."""
    from cleaner import InputError, clean

    nul = "# 标题\n\n" + "正文\x00" * 40 + "\n"
    for text in ("# 标题\n\n正文\ud800。\n", nul, "\x01\x02\x03 正文\n"):
        with pytest.raises(InputError):
            clean(text)
        if "\ud800" not in text:
            with pytest.raises(InputError):
                clean(text.encode("utf-8"))


# --- rules that misbehave -----------------------------------------------------------------

def test_backtracking_user_rule_finishes_with_a_flag(tmp_path):
    """Must: a user rule (a+)+b on 5,000 'a' does not stall the run: the rule is stopped
    on that page after its time limit, the page is written and flagged, a warning names
    the rule and the file; with --strict the run exits 3 and writes nothing."""
    rules = tmp_path / "slow.toml"
    rules.write_text('[[rule]]\nid = "USR001"\nname = "user.slow"\nstage = "classify"\n'
                     'role = "caption"\nreason = "slow"\npatterns = ["(a+)+b"]\n',
                     encoding="utf-8")
    page = _page(tmp_path, "slow", "# 标题\n\n" + "a" * 5000 + "。\n\n本报讯 今天天气晴。\n")
    done = run(page, "--rules", rules, "-o", tmp_path / "out")
    err = done.stderr.decode()
    assert done.returncode == 0, err
    assert "USR001" in err and str(page) in err and "Traceback" not in err
    manifest = json.loads((tmp_path / "out" / "slow" / "articles.json").read_text("utf-8"))
    # (and DBT012: the page is mostly Latin letters)
    assert [f["rule"] for f in manifest["page"]["flags"] if f.get("code") != "DBT012"
            ] == ["USR001"]
    strict = run(page, "--rules", rules, "-o", tmp_path / "strict", "--strict")
    one_line_error(strict, 3, "USR001", str(page))
    assert not (tmp_path / "strict" / "slow").exists()


def test_ten_thousand_rules_load(tmp_path):
    """Must: a file of 10,000 rules loads (parsing is linear; the time is a benchmark
    figure, not asserted) and its rules are listed."""
    body = "".join(f'[[rule]]\nid = "U{chr(65 + n // 1000)}{n % 1000:03d}"\n'
                   f'name = "user.r{n}"\nstage = "classify"\nrole = "caption"\n'
                   f'reason = "r"\npatterns = ["^图{n}："]\n' for n in range(10_000))
    rules = tmp_path / "many.toml"
    rules.write_text(body, encoding="utf-8")
    done = run("--rules", rules, "--list-rules", timeout=600)
    assert done.returncode == 0, done.stderr.decode()
    listed = done.stdout.decode()
    assert "UA000" in listed and "UJ999" in listed


# --- killed during the write --------------------------------------------------------------

CHILD = textwrap.dedent("""
    import os, shutil, signal, sys
    from cleaner import output
    from cleaner.cli import main

    def die(*args, **kwargs):
        os.kill(os.getpid(), signal.SIGKILL)

    point = sys.argv.pop(1)
    if point == "mid-write":  # the marker and the articles written, the manifest not
        output.write_manifest = die
    elif point == "before-swap":
        output._swap = die
    elif point == "after-exchange":  # new output in place, old one not yet removed
        output.shutil.rmtree = die
    elif point == "between-renames":  # no exchange: the two-rename fallback
        output._exchange = lambda a, b: False
        rename = os.rename
        def second(src, dst):
            if str(src).endswith(".tmp"):
                die()
            rename(src, dst)
        output.os.rename = second
    sys.argv[0] = "clean"
    main()
""")

KILLS = [
    # (point, which output must be at out/p afterwards)
    ("mid-write", "old"),
    ("before-swap", "old"),
    ("after-exchange", "new"),
    ("between-renames", None),  # old is kept in .p.XXXXXXXX.old; out/p is missing
]


@pytest.mark.parametrize("point,expect", KILLS, ids=[k[0] for k in KILLS])
def test_killed_during_the_write(tmp_path, point, expect):
    """Must: out/p is the old output or the new one, complete, never a mix; the next run
    removes what the killed one left and writes; the user's files beside it are kept."""
    out = tmp_path / "out"
    page = _page(tmp_path, "p")
    assert run(page, "-o", out).returncode == 0
    old = output_of(out / "p")
    (out / "mine.txt").write_text("mine")
    before = snapshot(tmp_path)
    page.write_text(OTHER, encoding="utf-8")
    child = tmp_path / "child.py"
    child.write_text(CHILD)
    done = subprocess.run([sys.executable, str(child), point, str(page), "-o", str(out)],
                          capture_output=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == -9, done.stderr.decode()
    if expect == "old":
        assert output_of(out / "p") == old
    elif expect == "new":
        assert "明天下雨" in (out / "p" / "01.txt").read_text("utf-8")
        assert sorted(output_of(out / "p")) == sorted(old)
    else:
        assert not (out / "p").exists()
        stale = [p for p in out.iterdir() if p.name.endswith(".old")]
        assert len(stale) == 1 and output_of(stale[0]) == old
    assert_kept(tmp_path, {k: v for k, v in before.items()
                           if k != "p.txt" and not k.startswith("out/p")})
    again = run(page, "-o", out)
    assert again.returncode == 0, again.stderr.decode()
    assert "明天下雨" in (out / "p" / "01.txt").read_text("utf-8")
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt", "p"]  # stale ones gone


def test_stale_folder_without_the_marker_is_not_removed(tmp_path):
    """A `.p.XXXXXXXX.tmp` the cleaner did not write (no marker) is left alone."""
    out = tmp_path / "out"
    out.mkdir()
    (out / ".p.abcdefgh.tmp").mkdir()
    (out / ".p.abcdefgh.tmp" / "01.txt").write_text("mine")
    before = snapshot(tmp_path)
    assert run(_page(tmp_path, "p"), "-o", out).returncode == 0
    assert_kept(tmp_path, before)


def test_stale_folders_of_another_page_are_not_touched(tmp_path):
    """Page `a` sweeps `.a.XXXXXXXX.tmp`, never `.a.b.XXXXXXXX.tmp` (page `a.b`'s)."""
    out = tmp_path / "out"
    other = out / ".a.b.abcdefgh.tmp"
    other.mkdir(parents=True)
    (other / ".cleaner").write_text("x")
    (other / "01.txt").write_text("x")
    assert run(_page(tmp_path, "a"), "-o", out).returncode == 0
    assert (other / "01.txt").exists()


# --- concurrent writers -------------------------------------------------------------------

def test_concurrent_writers_take_turns(tmp_path):
    """Must: two runs writing the same page at once both succeed (they take turns), the
    result is one complete output, no temporary folder is left, and nothing else is lost."""
    out = tmp_path / "out"
    out.mkdir()
    (out / "mine.txt").write_text("mine")
    a, b = tmp_path / "a", tmp_path / "b"
    a.mkdir(), b.mkdir()
    (a / "p.txt").write_text(PAGE, encoding="utf-8")
    (b / "p.txt").write_text(OTHER, encoding="utf-8")
    before = snapshot(tmp_path)
    script = ("import sys\nfrom cleaner.cli import main\nsys.argv[0] = 'clean'\n"
              "for _ in range(15):\n"
              "    try:\n        main()\n    except SystemExit as e:\n"
              "        assert not e.code, e.code\n")
    procs = [subprocess.Popen([sys.executable, "-c", script, str(d / "p.txt"), "-o", str(out),
                               "-q", "--report", "none"],
                              stderr=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
             for d in (a, b)]
    errs = [p.communicate(timeout=300)[1].decode() for p in procs]
    assert [p.returncode for p in procs] == [0, 0], errs
    assert sorted(p.name for p in out.iterdir()) == ["mine.txt", "p"]
    files = output_of(out / "p")
    assert sorted(files) == [".cleaner", "01.txt", "articles.json"]
    manifest = json.loads(files["articles.json"])
    assert manifest["articles"][0]["headline"] in files["01.txt"]  # one run's, not a mix
    assert_kept(tmp_path, before)


def test_a_writer_that_holds_the_folder_too_long_gets_in_use(tmp_path):
    """Must: when another run holds the output folder past the wait, exit 2 with one line
    saying the folder is in use; the previous output and the user's files are kept, and
    no temporary folder is left."""
    import fcntl

    out = tmp_path / "out"
    page = _page(tmp_path, "p")
    assert run(page, "-o", out).returncode == 0
    (out / "mine.txt").write_text("mine")
    before = snapshot(tmp_path)
    script = ("import sys\nfrom cleaner import output\nfrom cleaner.cli import main\n"
              "output.LOCK_WAIT = 0.5\nsys.argv[0] = 'clean'\nmain()\n")
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        done = subprocess.run([sys.executable, "-c", script, str(page), "-o", str(out)],
                              capture_output=True, timeout=120,
                              env={**os.environ, "PYTHONPATH": str(ROOT)})
    finally:
        os.close(fd)
    one_line_error(done, 2, str(out), "in use")
    assert snapshot(tmp_path) == before


def test_an_earlier_output_is_judged_under_the_folder_s_lock(tmp_path, monkeypatch):
    """Must: the check of an earlier output waits for a run swapping its output in (it holds
    the folder's lock): read while the swap went on, the marker of one folder and the files
    of the other made each file "changed", and a run beside another refused its page."""
    import fcntl

    from cleaner import output

    out = tmp_path / "out"
    assert run(_page(tmp_path, "p"), "-o", out).returncode == 0
    monkeypatch.setattr(output, "LOCK_WAIT", 0.2)
    fd = os.open(out, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        with pytest.raises(output.OutputError, match="in use"):
            output.check_target(out / "p")
    finally:
        os.close(fd)
    output.check_target(out / "p")  # (the lock let go: the earlier output is the cleaner's)


def test_a_live_writers_temporary_folder_is_not_swept(tmp_path):
    """Must: a run removes only temporary folders whose writer is gone; one whose writer
    still holds its lock stays."""
    import fcntl

    out = tmp_path / "out"
    live = out / ".p.abcdefgh.tmp"
    live.mkdir(parents=True)
    (live / ".cleaner").write_text("x")
    (live / "01.txt").write_text("being written")
    fd = os.open(live, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX)
        assert run(_page(tmp_path, "p"), "-o", out).returncode == 0
        assert (live / "01.txt").read_text() == "being written"
    finally:
        os.close(fd)
    assert run(_page(tmp_path, "p"), "-o", out).returncode == 0
    assert not live.exists()  # its writer is gone now: swept


def _page(tmp_path: Path, stem: str, text: str = PAGE) -> Path:
    path = tmp_path / f"{stem}.txt"
    path.write_text(text, encoding="utf-8")
    return path
