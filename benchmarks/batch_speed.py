"""How much faster a batch runs with -j N: `clean FOLDER -o OUT -j N`, whole command.

    python benchmarks/batch_speed.py [--pages 100] [--jobs 1 2] [--repeat 3] [--report none]

The pages are made from tests/pages/*.txt and the sample: page i joins three of them,
chosen by i, so every page differs and is the size of a full newspaper page. Each setting
runs --repeat times and the best wall time counts (the machine may be shared; the load
average printed says how busy it was). Prints seconds, pages/s, the speed-up over -j 1 and
the CPU seconds spent (the cost of the workers themselves shows there), the same without
the command's fixed start-up (what -j can speed up at all), the wall time and peak memory
of a one-page run (start-up and what its first page loads), and, as the
ceiling of what the machine gives right now, the speed-up of N processes of plain
arithmetic: on a machine other programs keep busy both fall short of N together.
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# Pages of the committed corpus for the one-page runs: a PyMuPDF page reads the word list's
# common words (CLS017, the heads); a pdfminer.six page also LAY101's.
ONE_PAGES = [ROOT / "benchmarks" / "corpus" / "generated" / conv / "gen-0001.txt"
             for conv in ("pymupdf", "pdfminer")]


def make_pages(folder: Path, count: int) -> int:
    """Write `count` distinct pages to folder; their total size in bytes."""
    sources = sorted((ROOT / "tests" / "pages").glob("*.txt")) + sorted(
        (ROOT / "samples").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in sources]
    folder.mkdir(parents=True, exist_ok=True)
    total = 0
    for i in range(count):
        n = len(texts)
        parts = [texts[i % n], texts[(i * 7 + 3) % n], texts[(i * 5 + 1) % n]]
        page = f"# 第{i + 1}版\n\n" + "\n\n".join(parts)
        path = folder / f"page-{i:04}.txt"
        path.write_text(page, encoding="utf-8")
        total += path.stat().st_size
    return total


def run(pages: Path, out: Path, jobs: int, report: str) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its workers)."""
    if out.exists():
        shutil.rmtree(out)
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "cleaner", str(pages), "-o", str(out), "-q",
                    "-j", str(jobs), "--report", report], check=True)
    wall = time.perf_counter() - began
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def _startup() -> float:
    """Wall seconds of the command doing everything but cleaning: load the rules, list them."""
    began = time.perf_counter()
    subprocess.run([sys.executable, "-m", "cleaner", "--list-rules"], check=True,
                   stdout=subprocess.DEVNULL)
    return time.perf_counter() - began


# Runs one command and prints its peak resident memory (the largest waited-for child's).
_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def one_page(page: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak MB of `clean PAGE -o OUT`: what a one-page run pays, start-up
    and the lazy parts its first page reads (the word list, cleaner/lexicon.py) included."""
    if out.exists():
        shutil.rmtree(out)
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", _PEAK, sys.executable, "-m", "cleaner",
                           str(page), "-o", str(out), "-q"],
                          check=True, capture_output=True, text=True)
    return time.perf_counter() - began, int(done.stdout.split()[-1]) / 1024


def _burn(n: int) -> int:
    s = 0
    for i in range(n):
        s += i * i
    return s


def ceiling(jobs: int) -> float:
    """The speed-up `jobs` processes of plain arithmetic get on this machine now."""
    from multiprocessing import get_context

    work = [3_000_000] * (4 * jobs)
    began = time.perf_counter()
    list(map(_burn, work))
    alone = time.perf_counter() - began
    with get_context("fork").Pool(jobs) as pool:
        began = time.perf_counter()
        pool.map(_burn, work, chunksize=1)
        together = time.perf_counter() - began
    return alone / together


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=100)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--report", default="html,diff", help="as clean --report")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(prefix="cleaner-batch-") as tmp:
        pages = Path(tmp) / "pages"
        size = make_pages(pages, args.pages)
        print(f"{args.pages} pages, {size / 1e6:.1f} MB, --report {args.report}, "
              f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f} at start")
        best: dict[int, tuple[float, float]] = {}
        for _ in range(args.repeat):  # interleaved, so a busy spell hits every setting
            for jobs in args.jobs:
                spent = run(pages, Path(tmp) / "out", jobs, args.report)
                best[jobs] = min(best.get(jobs, spent), spent)
        base = best[args.jobs[0]][0]
        print(f"{'jobs':>4} {'seconds':>8} {'pages/s':>8} {'speed-up':>8} {'CPU s':>6}")
        for jobs in args.jobs:
            wall, cpu = best[jobs]
            print(f"{jobs:>4} {wall:8.2f} {args.pages / wall:8.1f} {base / wall:7.2f}x "
                  f"{cpu:6.1f}")
        startup = min(_startup() for _ in range(args.repeat))
        print(f"start-up (Python, imports, rules; paid once whatever -j): {startup:.2f} s; "
              "without it:")
        for jobs in args.jobs[1:]:
            print(f"{jobs:>4} {base - startup:6.2f} s -> {best[jobs][0] - startup:.2f} s, "
                  f"{(base - startup) / (best[jobs][0] - startup):.2f}x")
        for page in ONE_PAGES:
            wall, peak = min(one_page(page, Path(tmp) / "one") for _ in range(args.repeat))
            print(f"one page ({page.relative_to(ROOT)}, start-up included): {wall:.2f} s, "
                  f"peak {peak:.0f} MB")
        top = max(args.jobs)
        print(f"machine ceiling now: {top} processes of plain arithmetic run "
              f"{ceiling(top):.2f}x as fast as one")
        print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
