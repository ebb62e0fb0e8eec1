"""Fit LAY101's weights (rules/layout_interleave.toml) on generated pages.

Coordinate search: each weight in GRID is tried at each of its values, one at a time,
keeping a change when the pair accuracy of `benchmarks/interleave_accuracy.py` (adjacent
line pairs of the drawing order, pymupdf-blocks, found adjacent in pdfminer's text after
the reorder) rises by more than `--min-step` on the fitting pages and no text in drawing
order gets reordered (the other converters' text of those pages and of the committed set,
and tests/pages). Prints the weights that changed, as TOML lines for the rule file.

    python benchmarks/corpus/make_corpus.py --pages 12 --seed 201 --out /tmp/fit \\
        --converters pdfminer,pymupdf-blocks,pymupdf,pdfium
    python benchmarks/fit_interleave.py /tmp/fit

Fit on pages not used to judge the result: the shipped weights were fitted on seeds
201–212, and judged on the committed set (seeds 1–10) and on seeds 101–104.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from interleave_accuracy import compact_lines, pairs, reordered_text  # noqa: E402

from cleaner import interleave  # noqa: E402

GRID = {
    "full_successor": [0.0, 0.25, 0.5, 1.0],
    "start_after_open": [-0.5, -1.5, -2.5],
    "start_after_end": [0.75, 1.5, 2.5],
    "full_after_end": [-0.5, -1.0, -2.0],
    "word_unseen": [0.0, -0.25, -0.5, -1.0],
    "word_max": [2.0, 3.0, 4.0],
    "bracket_closes": [0.5, 1.0, 2.5],
    "bracket_orphan": [0.0, -1.0],
    "segment_cost": [5.0, 7.0, 9.0],
    "tail_cost": [0.0, 1.0, 2.0],
    "min_votes": [1, 2, 3],
    "trigram": [0.5, 1.0, 1.5],
    "confident": [1.25, 1.5, 1.75],
}


class _Rules:
    """Just enough of a RuleSet for interleave.order: LAY101 with the given weights."""

    def __init__(self, params: dict):
        self.params = params

    def on(self, rule_id: str) -> bool:
        return True

    def __getitem__(self, rule_id: str):
        return self


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("corpus", help="folder with pdfminer/ and pymupdf-blocks/ (and others)")
    ap.add_argument("--rounds", type=int, default=2)
    ap.add_argument("--min-step", type=float, default=0.002)
    args = ap.parse_args()
    corpus = Path(args.corpus)
    pages = [(p.read_text(encoding="utf-8"),
              pairs(compact_lines((corpus / "pymupdf-blocks" / p.name).read_text(encoding="utf-8"))))
             for p in sorted((corpus / "pdfminer").glob("*.txt"))
             if (corpus / "pymupdf-blocks" / p.name).exists()]
    if not pages:
        print(f"{corpus}: no page has both pdfminer/ and pymupdf-blocks/ text", file=sys.stderr)
        return 2
    in_order = [p.read_text(encoding="utf-8")
                for folder in (corpus, ROOT / "benchmarks/corpus/generated")
                for conv in ("pymupdf", "pymupdf-blocks", "pdfium", "pdftotext")
                for p in sorted((folder / conv).glob("*.txt"))]
    in_order += [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/pages").glob("*.txt"))]
    # real pages in reading order, when ../shared is there (all three extractors' text)
    in_order += [p.read_text(encoding="utf-8")
                 for p in sorted((ROOT.parent / "shared" / "corpus").glob("*/*/*.txt"))
                 if p.parent.name in ("pymupdf", "pdfminer", "pdfium")]

    def accuracy(params: dict) -> float:
        rules, hit, total = _Rules(params), 0, 0
        for source, true in pages:
            mine = pairs(compact_lines(reordered_text(source, interleave.order(source, rules))))
            hit += sum((true & mine).values())
            total += sum(true.values())
        return hit / total

    def reorders_in_order(params: dict) -> int:
        rules = _Rules(params)
        return sum(interleave.order(text, rules) is not None for text in in_order)

    params = dict(interleave.DEFAULTS)
    best = accuracy(params)
    print(f"{len(pages)} pages; pair accuracy with the current weights {best:.4f}")
    for _ in range(args.rounds):
        for key, values in GRID.items():
            for value in values:
                if value == params[key]:
                    continue
                trial = {**params, key: value}
                score = accuracy(trial)
                if score > best + args.min_step and reorders_in_order(trial) == 0:
                    params, best = trial, score
                    print(f"  {key} = {value}: {score:.4f}")
    changed = {k: v for k, v in params.items() if v != interleave.DEFAULTS[k]}
    print(f"pair accuracy {best:.4f}; weights that changed:")
    for key, value in changed.items():
        print(f"{key} = {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
