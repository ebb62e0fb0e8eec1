"""How well the page flags say where the cleaner is unsure: per converter, the share of
pages that score low and carry a page flag, and of pages that score high and carry one.

    python benchmarks/flag_calibration.py [--corpus DIR ...] [--corpora FILE] [--low 0.8]
        [--high 0.95] [--converter NAME ...] [--by-converter] [--pages]

A corpus is laid out as for eval_corpus.py (DIR/gold/NAME.json, DIR/CONVERTER/NAME.txt);
without --corpus or --corpora (a file of corpus folders, whitespace apart: a list of dev
sets) every corpus in benchmarks/corpus/ and ../shared/corpus/ is used. Each
page is cleaned and scored (blocks F1, heading and paragraph not told apart). A row gives,
for one corpus and converter: the pages, those under --low with a page flag (DBT...) of
those under it, those at --high or over with one of those at it or over, and how many
pages each flag code is on; --by-converter adds the corpora up, one row a converter
(the dev sets' figures: --low 0.5 --by-converter), and --pages names the low pages with
no flag and the high pages with one. The cleaner should flag nearly every low page ("when unsure,
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


def calibrate(corpus: Path, rules, low: float, high: float, only=(), misses=None
              ) -> list[tuple]:
    """(name, pages, low flagged, low, high flagged, high, codes) for each converter (of
    `only`, when given). `misses`, a list, gets (page, blocks F1, flags) for each low page
    with no flag and each high page with one."""
    from cleaner.evaluate import clean_and_score, load_gold

    golds = {p.stem: load_gold(p) for p in sorted((corpus / "gold").glob("*.json"))}
    rows = []
    for conv in converters(corpus):
        if only and conv.name not in only:
            continue
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
            if misses is not None and ((f1 < low) != bool(flags)) and (f1 < low or f1 >= high):
                misses.append((f"{corpus.name}/{conv.name}/{txt.stem}", f1, sorted(flags)))
        if pages:
            rows.append((f"{corpus.name}/{conv.name}", pages, low_flagged, lows, high_flagged,
                         highs, codes))
    return rows


def main(argv=None) -> int:
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("--corpus", action="append", default=[], metavar="DIR",
                   help="a corpus folder (repeatable); default: every one found")
    p.add_argument("--corpora", action="append", default=[], metavar="FILE",
                   help="a file of corpus folders, whitespace apart (repeatable; added to "
                   "--corpus)")
    p.add_argument("--converter", action="append", default=[], metavar="NAME",
                   help="only this converter's pages (repeatable)")
    p.add_argument("--by-converter", action="store_true",
                   help="one row a converter, the corpora added up")
    p.add_argument("--pages", action="store_true",
                   help="name the low pages with no flag and the high pages with one")
    p.add_argument("--low", type=float, default=0.8, help="a page under this scores low")
    p.add_argument("--high", type=float, default=0.95, help="a page at this or over scores high")
    args = p.parse_args(argv)
    missing = [f for f in args.corpora if not Path(f).is_file()]
    if missing:
        p.error(f"--corpora {missing[0]}: no such file")

    from cleaner import RuleSet

    rules = RuleSet.load(profile="auto")
    print(f"{'corpus/converter':32s} {'pages':>5s} {'low flagged':>12s} {'high flagged':>13s}"
          "  flags (pages)")
    given = args.corpus + [d for f in args.corpora for d in Path(f).read_text().split()]
    totals: dict[str, list] = {}
    misses: list | None = [] if args.pages else None
    for corpus in corpora(given):
        if not (corpus / "gold").is_dir():
            print(f"flag_calibration: {corpus}: no gold/ folder", file=sys.stderr)
            return 2
        for row in calibrate(corpus, rules, args.low, args.high, args.converter, misses):
            if args.by_converter:
                conv = row[0].rsplit("/", 1)[1]
                total = totals.setdefault(conv, [conv, 0, 0, 0, 0, 0, Counter()])
                for k in range(1, 7):
                    total[k] += row[k]
            else:
                _print(*row)
    for row in totals.values():
        _print(*row)
    for name, f1, flags in misses or ():
        print(f"  {'low, no flag' if not flags else 'high, flagged'}: {name} {f1:.3f} "
              f"{' '.join(flags)}")
    return 0


def _print(name, pages, lf, lows, hf, highs, codes) -> None:
    shown = ", ".join(f"{c} {n}" for c, n in sorted(codes.items())) or "-"
    print(f"{name:32s} {pages:5d} {f'{lf}/{lows}':>12s} {f'{hf}/{highs}':>13s}  {shown}")


if __name__ == "__main__":
    raise SystemExit(main())
