"""Write the accuracy gates CI enforces from measured figures, a small margin below them.

    python benchmarks/eval_corpus.py --json /tmp/rows.json
    python benchmarks/set_gates.py /tmp/rows.json > benchmarks/gates.json

Each row's gate is its blocks F1 less `--margin` (0.02; 0.01 on real pages, which move
less), its share of exact articles less `--exact-margin` (0.03), and lost and added
characters at 0. A gate sits on real converter output at the measured level: raise it
when a change raises the figure, so no later change can quietly give the gain back.
"""
from __future__ import annotations

import argparse
import json
import math
import sys
from pathlib import Path

REAL = ("rmrb-",)  # corpora of real pages: a smaller margin


def gates(rows: dict, margin: float, real_margin: float, exact_margin: float) -> dict:
    out = {}
    for key in sorted(rows):
        row = rows[key]
        m = real_margin if key.startswith(REAL) else margin
        out[key] = {"blocks_f1": _floor(row["blocks_f1"] - m),
                    "exact_ratio": _floor(max(0.0, row["exact_ratio"] - exact_margin)),
                    "lost": 0, "added": 0}
    return out


def _floor(x: float) -> float:
    return math.floor(max(0.0, x) * 1000) / 1000


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("rows", help="the JSON that eval_corpus.py --json wrote")
    p.add_argument("--margin", type=float, default=0.02)
    p.add_argument("--real-margin", type=float, default=0.01)
    p.add_argument("--exact-margin", type=float, default=0.03)
    args = p.parse_args(argv)
    try:
        rows = json.loads(Path(args.rows).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"set_gates: {args.rows}: {e}", file=sys.stderr)
        return 2
    out = gates(rows, args.margin, args.real_margin, args.exact_margin)
    print("{\n" + ",\n".join(f" {json.dumps(k)}: {json.dumps(v)}" for k, v in out.items())
          + "\n}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
