"""Time to load a user rule file of growing size, to show parsing is linear in its size.

    python benchmarks/rule_files.py [--counts 1000 2000 4000 8000]

Each rule is a pattern rule of its own (id, name, stage, role, reason, one pattern).
Prints the seconds to load, and the seconds per thousand rules, which stays flat when
loading is linear (8,000 rules took 38 s when each rule's line was found by rescanning
the file).
"""
from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from cleaner import RuleSet


def rule_file(count: int, folder: Path) -> Path:
    body = "".join(f'[[rule]]\nid = "U{chr(65 + n // 1000)}{n % 1000:03d}"\n'
                   f'name = "user.r{n}"\nstage = "classify"\nrole = "caption"\n'
                   f'reason = "r"\npatterns = ["^图{n}："]\n' for n in range(count))
    path = folder / f"rules-{count}.toml"
    path.write_text(body, encoding="utf-8")
    return path


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--counts", type=int, nargs="*", default=[1000, 2000, 4000, 8000])
    args = ap.parse_args()
    RuleSet.load()  # the shipped rules and OpenCC, loaded once before timing
    print(f"{'rules':>7} {'seconds':>8} {'s/1000':>7}")
    with tempfile.TemporaryDirectory() as tmp:
        for count in args.counts:
            path = rule_file(count, Path(tmp))
            began = time.perf_counter()
            RuleSet.load([path])
            spent = time.perf_counter() - began
            print(f"{count:7} {spent:8.2f} {spent / count * 1000:7.2f}")


if __name__ == "__main__":
    main()
