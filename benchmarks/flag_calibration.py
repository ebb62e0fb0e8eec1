"""How well the page flags say where the cleaner is unsure: per converter, the share of
pages that score low and carry a page flag, and of pages that score high and carry one.

    python benchmarks/flag_calibration.py [--corpus DIR ...] [--low 0.8] [--high 0.95]

A corpus is laid out as for eval_corpus.py (DIR/gold/NAME.json, DIR/CONVERTER/NAME.txt);
without --corpus every corpus in benchmarks/corpus/ and ../shared/corpus/ is used. Each
page is cleaned and scored (blocks F1, heading and paragraph not told apart). A row gives,
for one corpus and converter: the pages, those under --low with a page flag (DBT...) of
those under it, those at --high or over with one of those at it or over, and how many
pages each flag code is on. The cleaner should flag nearly every low page ("when unsure,
say so") and few high ones: a flag on every page says nothing. Prints figures; asserts
none.
"""
from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from eval_corpus import converters, corpora  # noqa: E402


def calibrate(corpus: Path, rules, low: float, high: float) -> list[tuple]:
    """(name, pages, low flagged, low, high flagged, high, codes) for each converter."""
    from cleaner.evaluate import clean_and_score, load_gold

    golds = {p.stem: load_gold(p) for p in sorted((corpus / "gold").glob("*.json"))}
    rows = []
    for conv in converters(corpus):
        pages = lows = low_flagged = highs = high_flagged = 0
        codes: Counter = Counter()
        for txt in sorted(conv.glob("*.txt")):
            if txt.stem not in golds:
                continue
            _, manifest, score = clean_and_score(txt, golds[txt.stem], rules=rules,
                                                 ignore_types=True)
            f1 = score.figures()["blocks_f1"]
            flags = {f["code"] for f in manifest["page"].get("flags", [])}
            codes.update(flags)
            pages += 1
            if f1 < low:
                lows += 1
                low_flagged += bool(flags)
            elif f1 >= high:
                highs += 1
                high_flagged += bool(flags)
        if pages:
            rows.append((f"{corpus.name}/{conv.name}", pages, low_flagged, lows, high_flagged,
                         highs, codes))
    return rows


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", action="append", default=[], metavar="DIR",
                   help="a corpus folder (repeatable); default: every one found")
    p.add_argument("--low", type=float, default=0.8, help="a page under this scores low")
    p.add_argument("--high", type=float, default=0.95, help="a page at this or over scores high")
    args = p.parse_args(argv)
    from cleaner import RuleSet

    rules = RuleSet.load(profile="auto")
    print(f"{'corpus/converter':32s} {'pages':>5s} {'low flagged':>12s} {'high flagged':>13s}"
          "  flags (pages)")
    for corpus in corpora(args.corpus):
        if not (corpus / "gold").is_dir():
            print(f"flag_calibration: {corpus}: no gold/ folder", file=sys.stderr)
            return 2
        for name, pages, lf, lows, hf, highs, codes in calibrate(corpus, rules, args.low,
                                                                  args.high):
            shown = ", ".join(f"{c} {n}" for c, n in sorted(codes.items())) or "-"
            print(f"{name:32s} {pages:5d} {f'{lf}/{lows}':>12s} {f'{hf}/{highs}':>13s}  {shown}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
