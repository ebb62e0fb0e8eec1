"""How much of the reading order LAY002 puts back on PyMuPDF sort=True pages.

    python benchmarks/sort_order.py --corpus DIR [--corpus DIR ...] [-v]

A corpus folder holds pymupdf-sort/NAME.txt and, for the same page, pymupdf/NAME.txt: the
text PyMuPDF gives in reading order (as benchmarks/corpus/generated/ and the dev seeds
do). Each line of the reading-order text that has a next line gives a pair; a pair is kept
when LAY002's order (cleaner/sortrows.py) puts the two lines one right after the other
(lines compared with whitespace removed; a line of the reading order that LAY002 reads
as some other piece, a glued row's or a line cut in two, counts as not kept). The figure
is kept pairs out of all, per corpus and in all.

Blocks F1 on sort=True pages is low (most articles are lost) and moves by chance when a
link between two lines changes how a band's items are ordered: a change of LAY002 that
mends a link can lose a page's articles. The pairs kept move with the order alone, so they
say whether a change read the page more as printed; blocks F1 says whether it paid.
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _squeeze(line: str) -> str:
    return "".join(line.split())


def kept_pairs(sorted_text: str, reading_text: str, rules) -> tuple[int, int]:
    """(pairs kept, pairs) of one page; (0, 0) where LAY002 leaves the page as printed."""
    from cleaner import sortrows

    found = sortrows.order(sorted_text, rules)
    if found is None:
        return 0, 0
    lines = [t for t in (_squeeze(sorted_text[a:b]) for a, b in found[0]) if t]
    reading = [t for t in map(_squeeze, reading_text.split("\n")) if t]
    after: dict[str, set[str]] = {}
    for a, b in zip(reading, reading[1:]):
        after.setdefault(a, set()).add(b)
    ordered = set(zip(lines, lines[1:]))
    pairs = sum(len(v) for v in after.values())
    return sum(1 for a, nexts in after.items() for b in nexts if (a, b) in ordered), pairs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--corpus", action="append", required=True, metavar="DIR")
    ap.add_argument("-v", "--verbose", action="store_true", help="one line a page")
    args = ap.parse_args(argv)
    from cleaner import RuleSet

    rules = RuleSet.load(profile="auto")  # as benchmarks/eval_corpus.py cleans
    all_kept = all_pairs = 0
    for corpus in map(Path, args.corpus):
        kept = pairs = 0
        for txt in sorted((corpus / "pymupdf-sort").glob("*.txt")):
            reading = corpus / "pymupdf" / txt.name
            if not reading.exists():
                continue
            k, n = kept_pairs(txt.read_text(encoding="utf-8"),
                              reading.read_text(encoding="utf-8"), rules)
            if args.verbose:
                print(f"  {corpus.name}/{txt.stem}: {k}/{n}")
            kept, pairs = kept + k, pairs + n
        print(f"{corpus.name:<12} {kept:>6}/{pairs:<6} {kept / pairs if pairs else 0:.4f}")
        all_kept, all_pairs = all_kept + kept, all_pairs + pairs
    print(f"{'all':<12} {all_kept:>6}/{all_pairs:<6} {all_kept / all_pairs if all_pairs else 0:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
