"""Time and memory of cleaning pages of growing size, to show both grow linearly.

    python benchmarks/scaling.py [--max-mb 8] [--sizes 1 4] [--series page corpus] [--cli]

(Run it from outside a checkout to measure another one: `python -c` and `python -m` put the
working directory first on sys.path, so PYTHONPATH=OTHER from inside this one measures this.)

A page of N MB is the sample repeated (its articles many times over); `corpus` is the
committed PyMuPDF pages (benchmarks/corpus/generated/pymupdf) run together, real converter
output with its sheet breaks (第 2 页) between the boxes they cut; `one-line` is one paragraph with
no line breaks; `short-lines` is lines of one character each (the worst case for memory:
each line becomes its own block and edits, so memory goes with the number of lines, several
hundred bytes per input byte). Prints wall and CPU seconds (CPU time is what to compare
on a shared machine), MB/s of CPU time, peak memory and peak bytes of memory per input
byte, per size; with --cli, also the wall seconds and peak memory of the whole command
`clean PAGE -o OUT` (the manifest and the report written too: what a user's run peaks at).
"""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "hebei-daily-langfang-page.txt"
CORPUS = ROOT / "benchmarks" / "corpus" / "generated" / "pymupdf"
SERIES = ("page", "corpus", "one-line", "short-lines")

CHILD = """
import sys, time, resource
from cleaner import clean
data = open(sys.argv[1], 'rb').read()
t, c = time.perf_counter(), time.process_time()
page = clean(data)
spent, cpu = time.perf_counter() - t, time.process_time() - c
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{spent:.3f} {cpu:.3f} {peak:.0f} {len(page.edits)}")
"""

# Runs the command and prints the peak resident memory of the largest waited-for child.
PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def page_text(series: str, target: int) -> str:
    if series == "page":
        sample = SAMPLE.read_text(encoding="utf-8")
        return sample * max(1, target // len(sample.encode()))
    if series == "corpus":
        pages = [p.read_text(encoding="utf-8") for p in sorted(CORPUS.glob("*.txt"))]
        out, size = [], 0
        while size < target:
            out.append(pages[len(out) % len(pages)])
            size += len(out[-1].encode()) + 2
        return "\n\n".join(out)
    if series == "short-lines":
        return "# 标题\n\n" + "字\n" * max(1, target // 4)
    unit = "廊坊市在社区党群服务中心,建设党群会客厅667个,打造了倾听民声平台"
    return "# 标题\n\n" + unit * max(1, target // len(unit.encode()))


def command_run(path: Path, out: Path) -> tuple[float, float]:
    """Wall seconds and peak MB of `clean PATH -o OUT -q` (report.html and .diff written;
    past --max-bytes, 4 MiB, which a page of 4 MB run together may pass)."""
    import time

    if out.exists():
        shutil.rmtree(out)
    began = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", PEAK, sys.executable, "-m", "cleaner",
                           str(path), "-o", str(out), "-q", "--max-bytes", "1G"],
                          capture_output=True, text=True, check=True)
    return time.perf_counter() - began, int(done.stdout.split()[-1]) / 1024


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=8.0)
    ap.add_argument("--sizes", type=float, nargs="*",
                    help="exact sizes in MB instead of 1/8 MB growing fourfold")
    ap.add_argument("--series", nargs="*", choices=SERIES, default=list(SERIES))
    ap.add_argument("--cli", action="store_true",
                    help="also time the whole command, manifest and report written")
    args = ap.parse_args()
    tmp = Path("/tmp/cleaner-bench")
    tmp.mkdir(exist_ok=True)
    print(f"load average {os.getloadavg()[0]:.2f} at start")
    print(f"{'series':11} {'MB':>6} {'wall s':>7} {'CPU s':>7} {'MB/s':>6} {'peak MB':>8} "
          f"{'B/B':>5} {'edits':>7}" + (f" {'clean -o: s':>11} {'peak MB':>8}" if args.cli else ""))
    for series in args.series:
        sizes = args.sizes or []
        mb = 0.125
        while not args.sizes and mb <= args.max_mb:
            sizes.append(mb)
            mb *= 4
        for mb in sizes:
            path = tmp / f"{series}-{mb}.txt"
            path.write_text(page_text(series, int(mb * 1024 * 1024)), encoding="utf-8")
            size = path.stat().st_size / 1024 / 1024
            out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                                 text=True, check=True).stdout.split()
            spent, cpu, peak, edits = float(out[0]), float(out[1]), float(out[2]), int(out[3])
            line = (f"{series:11} {size:6.2f} {spent:7.2f} {cpu:7.2f} {size / cpu:6.2f} "
                    f"{peak:8.0f} {peak / size:5.0f} {edits:7}")
            if args.cli:
                wall, command_peak = command_run(path, tmp / "out")
                line += f" {wall:11.2f} {command_peak:8.0f}"
            print(line, flush=True)
    print(f"load average {os.getloadavg()[0]:.2f} at end")


if __name__ == "__main__":
    main()
