"""Time and memory of cleaning pages of growing size, to show both grow linearly.

    python benchmarks/scaling.py [--max-mb 50]

A page of N MB is the sample repeated (its articles many times over); a second series
is one paragraph with no line breaks; a third is lines of one character each (the worst
case for memory: each line becomes its own block and edits, so memory goes with the
number of lines, several hundred bytes per input byte). Prints seconds, MB/s, peak
memory and peak bytes of memory per input byte, per size.
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "hebei-daily-langfang-page.txt"

CHILD = """
import sys, time, resource
from cleaner import clean
data = open(sys.argv[1], 'rb').read()
t = time.perf_counter()
page = clean(data)
spent = time.perf_counter() - t
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{spent:.3f} {peak:.0f} {len(page.edits)}")
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--max-mb", type=float, default=8.0)
    ap.add_argument("--sizes", type=float, nargs="*",
                    help="exact sizes in MB instead of 1/8 MB growing fourfold")
    args = ap.parse_args()
    sample = SAMPLE.read_text(encoding="utf-8")
    tmp = Path("/tmp/cleaner-bench")
    tmp.mkdir(exist_ok=True)
    print(f"{'series':11} {'MB':>7} {'seconds':>8} {'MB/s':>6} {'peak MB':>8} {'B/B':>5} "
          f"{'edits':>8}")
    for series in ("page", "one-line", "short-lines"):
        sizes = args.sizes or []
        mb = 0.125
        while not args.sizes and mb <= args.max_mb:
            sizes.append(mb)
            mb *= 4
        for mb in sizes:
            target = int(mb * 1024 * 1024)
            if series == "page":
                text = sample * max(1, target // len(sample.encode()))
            elif series == "short-lines":
                text = "# 标题\n\n" + "字\n" * max(1, target // 4)
            else:
                unit = "廊坊市在社区党群服务中心,建设党群会客厅667个,打造了倾听民声平台"
                text = "# 标题\n\n" + unit * max(1, target // len(unit.encode()))
            path = tmp / f"{series}-{mb}.txt"
            path.write_text(text, encoding="utf-8")
            size = path.stat().st_size / 1024 / 1024
            out = subprocess.run([sys.executable, "-c", CHILD, str(path)], capture_output=True,
                                 text=True, check=True).stdout.split()
            spent, peak, edits = float(out[0]), float(out[1]), int(out[2])
            print(f"{series:11} {size:7.2f} {spent:8.2f} {size / spent:6.2f} {peak:8.0f} "
                  f"{peak / size:5.0f} {edits:8}")


if __name__ == "__main__":
    main()
