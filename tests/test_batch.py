"""Batches in worker processes: results in order, bounded read-ahead, and a worker that
dies fails its own item only (issue 8: "a worker killed mid-batch")."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from cleaner.batch import describe_death, imap

from .helpers import SAMPLE


def _square_or_die(x: int) -> int:
    if x == 7:
        os._exit(3)
    if x == 13:
        os.kill(os.getpid(), signal.SIGKILL)
    if x == 21:
        raise ValueError("twenty-one")
    return x * x


def _died(x, how):
    return ("failed", x, how)


def test_results_come_in_order_and_a_dead_worker_fails_only_its_item():
    got = list(imap(_square_or_die, range(40), jobs=2, chunk=3, died=_died))
    assert got[7] == ("failed", 7, "exit status 3")
    assert got[13] == ("failed", 13, "killed by SIGKILL")
    assert got[21] == ("failed", 21, "raised ValueError: twenty-one")
    assert [g for n, g in enumerate(got) if n not in (7, 13, 21)] == [
        n * n for n in range(40) if n not in (7, 13, 21)]


def test_read_ahead_is_bounded():
    read = []

    def source():
        for n in range(200):
            read.append(n)
            yield n
    for n, result in enumerate(imap(abs, source(), jobs=2, chunk=4, window=16)):
        assert result == n
        assert len(read) - n <= 16 + 4  # the window, and the chunk being read
    assert len(read) == 200


def test_one_job_runs_in_this_process():
    assert list(imap(lambda x: os.getpid(), [1, 2], jobs=1)) == [os.getpid()] * 2


def test_describe_death():
    assert describe_death(-9) == "killed by SIGKILL"
    assert describe_death(1) == "exit status 1"


def _children(pid: int) -> list[int]:
    try:
        found = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
    except OSError:
        return []
    return [int(c) for c in found]


def test_worker_killed_mid_batch_fails_its_page_and_the_batch_goes_on(tmp_path):
    pages = tmp_path / "pages"
    pages.mkdir()
    sample = SAMPLE.read_text(encoding="utf-8")
    names = [f"p{n:02}" for n in range(24)]
    for n in names:
        (pages / f"{n}.txt").write_text(f"# 第{n}版\n\n" + sample * 3, encoding="utf-8")
    out = tmp_path / "out"
    proc = subprocess.Popen([sys.executable, "-m", "cleaner", str(pages), "-o", str(out),
                             "-j", "2"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True)
    victim = None
    deadline = time.monotonic() + 120
    while victim is None and time.monotonic() < deadline and proc.poll() is None:
        workers = _children(proc.pid)
        if len(workers) == 2 and out.is_dir() and any(out.iterdir()):
            victim = workers[0]
            os.kill(victim, signal.SIGKILL)
        time.sleep(0.02)
    _, err = proc.communicate(timeout=300)
    assert victim is not None, "the batch ended before a worker could be killed"
    died = [line for line in err.splitlines() if "the worker cleaning it died" in line]
    assert len(died) == 1, err
    assert "died (killed by SIGKILL); nothing written for it" in died[0]
    failed = Path(died[0].split("clean: ", 1)[1].split(": the worker", 1)[0]).stem
    assert proc.returncode == 1
    written = sorted(p.name for p in out.iterdir() if not p.name.startswith("."))
    assert written == [n for n in names if n != failed]
    assert f"{len(names) - 1}/{len(names)} pages cleaned" in err and "1 failed" in err
    assert "Traceback" not in err


class _Holds:
    """For imap: item 0 at once; item 1 makes a file and waits, removing the file however
    it ends (as `output.write` removes its temporary folder)."""

    def __init__(self, folder: Path):
        self.folder = folder

    def __call__(self, item: int) -> int:
        if item == 0:
            return 0
        mark = self.folder / f"{item}.tmp"
        mark.write_text("")
        try:
            time.sleep(60)
        finally:
            mark.unlink()
        return item


def test_a_batch_stopped_mid_item_lets_the_worker_undo_what_it_was_writing(tmp_path):
    # (^C or --fail-fast: the batch is closed while a worker is on an item; killed
    # outright, it left its half-written output folder behind)
    results = imap(_Holds(tmp_path), [0, 1], jobs=2, chunk=1)
    assert next(results) == 0
    for _ in range(200):
        if (tmp_path / "1.tmp").exists():
            break
        time.sleep(0.05)
    assert (tmp_path / "1.tmp").exists()
    results.close()
    assert not any(tmp_path.iterdir())
