"""Time report.html and report.diff on growing pages, to show both grow linearly.

    python benchmarks/report_scaling.py [--copies 2 20 200]

The page is the sample repeated; for each size prints the best of three times of each
report and its time per copy of the sample (flat when the growth is linear).
"""
from __future__ import annotations

import argparse
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "samples" / "hebei-daily-langfang-page.txt"


def best_time(fn, *args, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        fn(*args)
        times.append(time.perf_counter() - began)
    return min(times)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", type=int, nargs="*", default=[2, 20, 100])
    args = ap.parse_args()
    from cleaner import clean, default_rules
    from cleaner.manifest import to_dict
    from cleaner.report import diff_report, html_report

    print(f"{'copies':>6} {'edits':>7} {'html s':>8} {'ms/copy':>8} {'diff s':>8} {'ms/copy':>8}")
    for copies in args.copies:
        page = clean(SAMPLE.read_bytes() * copies, name=SAMPLE.name)
        manifest = to_dict(page, default_rules())
        h = best_time(html_report, page, manifest)
        d = best_time(diff_report, page, manifest)
        print(f"{copies:6} {len(manifest['edits']):7} {h:8.3f} {h / copies * 1000:8.2f} "
              f"{d:8.3f} {d / copies * 1000:8.2f}")


if __name__ == "__main__":
    main()
