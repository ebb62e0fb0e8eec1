"""Time the hostile inputs of tests/test_hostile.py whose size is the attack.

    python benchmarks/hostile.py [--slowdown 10]

For each row with a time floor (3 MB pages, 5000 headings, padded credit lines, ...)
prints the seconds it takes to clean, the seconds a harmless page of the same size
takes on the same machine, and their ratio; then the slowest shipped rule pattern on
each adversarial string. A row is marked SLOW when it takes longer than both its floor
and --slowdown times the harmless page: that catches a quadratic step (old bugs took
30-100x) and never a merely slow machine. Exit status 1 when any row is SLOW.
The tests check what these inputs give; only this script measures how fast.
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

HARMLESS = ("# 全市经济开局良好\n\n本报讯（记者 王五）今年第一季度，全市经济运行平稳，重点项目陆续开工建设。\n\n"
            "企业负责人说，今年以来订单不断，车间里十分忙碌。\n\n")


def seconds(fn, *args) -> float:
    began = time.perf_counter()
    fn(*args)
    return time.perf_counter() - began


def harmless(chars: int) -> str:
    return (HARMLESS * (chars // len(HARMLESS) + 1))[:max(chars, len(HARMLESS))]


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--slowdown", type=float, default=10.0,
                    help="how many times a harmless page's time a row may take")
    args = ap.parse_args()
    from cleaner import clean
    from tests.test_hostile import ADVERSARIAL, ROWS, as_text, shipped_patterns

    slow = 0
    print(f"{'row':44} {'seconds':>8} {'harmless':>8} {'ratio':>6}")
    for row in ROWS:
        if row.seconds is None:
            continue
        data = row.build()
        spent = seconds(clean, data)
        base = seconds(clean, harmless(len(as_text(data))))
        bad = spent > max(row.seconds, args.slowdown * base)
        slow += bad
        print(f"{row.id:44} {spent:8.2f} {base:8.2f} {spent / base:6.1f}"
              f"{'  SLOW' if bad else ''}")
    print(f"\n{'adversarial string':36} {'slowest pattern':28} {'ms':>8}")
    patterns = shipped_patterns()
    for kind, text in ADVERSARIAL.items():
        worst = max((seconds(p.search, text), name) for name, p in patterns)
        print(f"{kind:36} {worst[1]:28} {worst[0] * 1000:8.1f}")
    return 1 if slow else 0


if __name__ == "__main__":
    sys.exit(main())
